// .xlsx files as other programs leave them, made from one the add-in wrote: part paths from the
// package's root, as openpyxl (and so pandas) writes them, and a zip whose central directory says
// a part unpacks to far more than it does, as a zip bomb's does.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** "../tables/table1.xml" named from "xl/worksheets" as openpyxl names it: "/xl/tables/table1.xml". */
const fromRoot = (folder: string, target: string) => {
  const path = folder ? folder.split('/') : [];
  for (const step of target.split('/')) {
    if (step === '..') path.pop();
    else if (step !== '.') path.push(step);
  }
  return `/${path.join('/')}`;
};

/** The file with every internal relationship target written from the package's root. */
export function withRootTargets(file: Uint8Array): Uint8Array {
  const parts = unzipSync(file);
  for (const [path, data] of Object.entries(parts)) {
    const rels = /^(?:(.*)\/)?_rels\/[^/]+\.rels$/.exec(path);
    if (!rels) continue;
    const xml = strFromU8(data).replace(/<Relationship\b[^>]*>/g, element =>
      /TargetMode="External"/.test(element)
        ? element
        : element.replace(
            /\bTarget="([^"/][^"]*)"/,
            (_all, target: string) => `Target="${fromRoot(rels[1] ?? '', target)}"`,
          ),
    );
    parts[path] = strToU8(xml);
  }
  return zipSync(parts);
}

/** The file with its central directory saying `part` unpacks to `bytes` (the data stays as it is). */
export function declaringUnpacked(file: Uint8Array, part: string, bytes: number): Uint8Array {
  const out = new Uint8Array(file);
  const view = new DataView(out.buffer);
  for (let at = 0; at < out.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = strFromU8(out.subarray(at + 46, at + 46 + nameLength));
    if (name === part) {
      view.setUint32(at + 24, bytes, true);
      return out;
    }
  }
  throw new Error(`No part ${part} in the file`);
}
