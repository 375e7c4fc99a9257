// An .xlsx from anywhere, made fit for exceljs before it reads it, or refused. Sizes first: a zip
// names each part's unpacked size in its central directory, so a file that would unpack to more
// than MAX_UNPACKED_BYTES (a "zip bomb": 2 MB that unpack to 2 GB) is refused before anything is
// inflated, and a part that unpacks to more than it said is cut off at that size (fflate inflates
// into a buffer of the size named), so the file reads as damaged instead. Then what exceljs cannot
// read: the tables' column formulas (calculatedColumns.ts), and part paths written from the
// package's root ("/xl/worksheets/sheet1.xml", as openpyxl, and so pandas, writes them), which
// exceljs does not follow: they are made relative to the part that names them, as Excel writes them.
import { withoutColumnFormulasXml } from './calculatedColumns';

/** Far more than any planning workbook (100,000 listed cases unpack to some 40 MB), far less than a pane can hold. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** An .xlsx has a part per sheet, table, chart and picture: thousands would be no workbook. */
const MAX_PARTS = 10_000;

/** A file refused before it was read, with what it would have unpacked to. */
export class TooLargeToOpen extends Error {
  constructor(readonly unpackedBytes: number) {
    super(`The file would unpack to ${unpackedBytes} bytes, more than ${MAX_UNPACKED_BYTES}`);
    this.name = 'TooLargeToOpen';
  }
}

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;
const RELATIONSHIPS = /^(?:(.*)\/)?_rels\/[^/]+\.rels$/;

/** A target from the package's root, as a path from the folder of the part that names it. */
export function relativeTarget(fromFolder: string, target: string): string {
  const from = fromFolder ? fromFolder.split('/') : [];
  const to = target.replace(/^\/+/, '').split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/** A relationships part with every internal target from the root made relative to `folder`. */
export const withRelativeTargets = (xml: string, folder: string): string =>
  xml.replace(/<Relationship\b[^>]*>/g, element =>
    /\bTargetMode="External"/.test(element)
      ? element
      : element.replace(/\bTarget="(\/[^"]*)"/, (_all, target: string) => `Target="${relativeTarget(folder, target)}"`),
  );

/** The file as exceljs can read it; throws TooLargeToOpen, or fflate's error for a file that is no zip. */
export async function readableXlsx(file: Uint8Array): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
  let unpacked = 0;
  let count = 0;
  // Only the central directory is read here: the filter refuses every part, so nothing is inflated.
  unzipSync(file, {
    filter: part => {
      unpacked += part.originalSize;
      count += 1;
      return false;
    },
  });
  if (unpacked > MAX_UNPACKED_BYTES || count > MAX_PARTS) throw new TooLargeToOpen(unpacked);

  const parts = unzipSync(file);
  for (const [path, data] of Object.entries(parts)) {
    const folder = RELATIONSHIPS.exec(path);
    if (folder) parts[path] = strToU8(withRelativeTargets(strFromU8(data), folder[1] ?? ''));
    else if (TABLE_PART.test(path)) parts[path] = strToU8(withoutColumnFormulasXml(strFromU8(data)));
  }
  // Stored, not compressed again: exceljs unpacks it at once.
  return zipSync(parts, { level: 0 });
}
