// Reads an .xlsx off the pane's thread. exceljs takes seconds over a large file (a case list of
// 100,000 rows), and on the pane's own thread the pane would not answer a key meanwhile; here it
// stays usable, and a file too large to open is refused before anything is unpacked.
import { TooLargeToOpen } from '../workbook/memory/readableXlsx';
import { readXlsx, ReadSheet } from '../workbook/memory/xlsxImport';

/** What the worker sends back: the sheets, or why there are none. */
export type FileReadReply = { sheets: ReadSheet[] } | { tooLarge: number } | { failed: string };

// The worker's own scope (the project's types are the page's: DOM, not WebWorker).
const scope = self as unknown as {
  onmessage: (event: MessageEvent<ArrayBuffer>) => void;
  postMessage(reply: FileReadReply): void;
};

scope.onmessage = event => {
  readXlsx(event.data).then(
    sheets => scope.postMessage({ sheets }),
    (error: unknown) =>
      scope.postMessage(
        error instanceof TooLargeToOpen ? { tooLarge: error.unpackedBytes } : { failed: String(error) },
      ),
  );
};
