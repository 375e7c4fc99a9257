// The browser's IndexedDB as a shelf for one record: the copy of the plan (browserCopy.ts), which
// holds a plan with a long case list where localStorage's few megabytes would not and takes the
// plan as it is, without turning it into text first; and, in a database of their own, people's own
// reflection notes (conversation/ownNotes.ts), so removing the one never touches the other. One
// database, one store, one record each.
import type { Shelf } from './browserCopy';

/** Where a record is: the database, its one store and the record's key. */
export interface ShelfPlace {
  readonly database: string;
  readonly store: string;
  readonly key: string;
}

/** Where the copy of the plan is. */
export const INDEXED_DB = { database: 'verantwoorde-caseload', store: 'browser-copy', key: 'plan' } as const;

const finished = (request: IDBRequest | IDBOpenDBRequest) =>
  new Promise<unknown>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB: aborted'));
  });

function openDatabase(place: ShelfPlace): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(place.database, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(place.store);
    finished(opening).then(() => resolve(opening.result), reject);
  });
}

export function indexedDbShelf(place: ShelfPlace = INDEXED_DB): Shelf {
  let database: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode) => {
    if (!database) {
      const opening = (database = openDatabase(place));
      opening.catch(() => database === opening && (database = undefined)); // tried again next time
    }
    return (await database).transaction(place.store, mode).objectStore(place.store);
  };
  return {
    get: async () => finished((await store('readonly')).get(place.key)),
    put: async record => {
      const shelf = await store('readwrite');
      shelf.put(record, place.key);
      await committed(shelf.transaction);
    },
    remove: async () => {
      const shelf = await store('readwrite');
      shelf.delete(place.key);
      await committed(shelf.transaction);
    },
  };
}
