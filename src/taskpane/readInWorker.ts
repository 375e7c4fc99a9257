// The pane's side of openFile.worker.ts: the file's bytes go to a worker of their own (handed
// over, not copied) and its sheets come back as plain data. A new worker per file, ended when it
// answers, so nothing of a large file stays in memory after.
import { TooLargeToOpen } from '../workbook/memory/readableXlsx';
import type { ReadSheet } from '../workbook/memory/xlsxImport';
import type { FileReadReply } from './openFile.worker';

export function readInWorker(bytes: ArrayBuffer): Promise<ReadSheet[]> {
  const worker = new Worker(new URL('./openFile.worker.ts', import.meta.url));
  return new Promise<ReadSheet[]>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FileReadReply>) => {
      if ('sheets' in data) resolve(data.sheets);
      else reject('tooLarge' in data ? new TooLargeToOpen(data.tooLarge) : new Error(data.failed));
    };
    // The worker itself failed (it could not load, or ran out of memory).
    worker.onerror = event => reject(new Error(event.message));
    worker.postMessage(bytes, [bytes]);
  }).finally(() => worker.terminate());
}
