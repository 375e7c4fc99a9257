// The browser's IndexedDB as the shelf for the copy of the plan (browserCopy.ts): it holds a plan
// with a long case list where localStorage's few megabytes would not, and takes the plan as it is,
// without turning it into text first. One database, one store, one record.
import type { Shelf } from './browserCopy';

/** Where the record is: the database, its one store and the record's key. */
export const INDEXED_DB = { database: 'verantwoorde-caseload', store: 'browser-copy', key: 'plan' } as const;
const { database: DATABASE, store: STORE, key: KEY } = INDEXED_DB;

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

function openDatabase(): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    finished(opening).then(() => resolve(opening.result), reject);
  });
}

export function indexedDbShelf(): Shelf {
  let database: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode) => {
    if (!database) {
      const opening = (database = openDatabase());
      opening.catch(() => database === opening && (database = undefined)); // tried again next time
    }
    return (await database).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    get: async () => finished((await store('readonly')).get(KEY)),
    put: async record => {
      const shelf = await store('readwrite');
      shelf.put(record, KEY);
      await committed(shelf.transaction);
    },
    remove: async () => {
      const shelf = await store('readwrite');
      shelf.delete(KEY);
      await committed(shelf.transaction);
    },
  };
}
