// What a PDF that Chromium printed says: its pages, their size and their text, for the tests of printing. No PDF
// library is among the project's packages and this needs little: Chromium (Skia) writes each page's
// content as a Flate stream, text as glyph numbers (<0015001A> Tj, or arrays with TJ) and a
// ToUnicode map per font that turns them back into characters. Each text run becomes one piece, in
// the order it is painted; pieces are joined by a space.
import zlib from 'zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2];
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const start = match.index! + match[0].indexOf(body) + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const raw = pdf.subarray(start, start + length);
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? zlib.inflateSync(raw) : raw });
  }
  return objects;
}

const ranges = (cmap: string) => [...cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)].map(m => m[1]);

/** A font's ToUnicode map: glyph number (hex) to text. */
function unicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const chars = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map(h => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, glyph, to] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(glyph.toUpperCase(), chars(to));
  for (const block of ranges(cmap))
    for (const [, low, high, to] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      for (let glyph = parseInt(low, 16), i = 0; glyph <= parseInt(high, 16); glyph++, i++) {
        const code = parseInt(to, 16) + i;
        map.set(glyph.toString(16).toUpperCase().padStart(low.length, '0'), String.fromCodePoint(code));
      }
    }
  return map;
}

export interface PdfPage {
  /** In points (1/72 inch), from the page's MediaBox: A4 in landscape is 842 × 595. */
  width: number;
  height: number;
  text: string;
}

/** Each page: its size and its text, in the order it is painted. */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const objects = objectsOf(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const pages = [...objects.values()].filter(o => /\/Type \/Page\b(?!s)/.test(o.dict));
  return pages.map(page => {
    const [, , width, height] = (/\/MediaBox \[([^\]]+)\]/.exec(page.dict)?.[1] ?? '0 0 0 0')
      .trim()
      .split(/\s+/)
      .map(Number);
    // The page's fonts by resource name (/F5), each with its ToUnicode map.
    const resources = objects.get(ref(page.dict, 'Resources'))?.dict ?? page.dict;
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? objects.get(ref(resources, 'Font'))?.dict ?? '';
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, number] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const cmap = objects.get(ref(objects.get(Number(number))?.dict ?? '', 'ToUnicode'))?.stream;
      fonts.set(name, cmap ? unicodeMap(cmap.toString('latin1')) : new Map());
    }
    const content = objects.get(ref(page.dict, 'Contents'))?.stream?.toString('latin1') ?? '';
    const pieces: string[] = [];
    for (const [, run] of content.matchAll(/BT([\s\S]*?)ET/g)) {
      const font = fonts.get(/\/(\w+) [\d.]+ Tf/.exec(run)?.[1] ?? '') ?? new Map();
      const glyphs = [...run.matchAll(/<([0-9a-fA-F]+)>/g)].flatMap(
        ([, hex]) => hex.toUpperCase().match(/.{4}/g) ?? [],
      );
      pieces.push(glyphs.map(glyph => font.get(glyph) ?? '').join(''));
    }
    return { width, height, text: pieces.join(' ').replace(/\s+/g, ' ') };
  });
}
