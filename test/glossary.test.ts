// docs/glossary.md gives each figure one Dutch and one English name; the language packs must use
// exactly those, and the Dutch texts one register (je/jullie) and the glossary's sense of
// "formatie" (the approved FTE, never the staff present).
import fs from 'fs';
import path from 'path';
import { PACKS } from '../src/core';

const glossary = fs.readFileSync(path.resolve(__dirname, '../docs/glossary.md'), 'utf8');
const rows = glossary
  .split('\n')
  .filter(line => line.startsWith('| ') && !line.startsWith('| Nederlands') && !line.startsWith('|---'))
  .map(line => line.split('|').map(cell => cell.trim()))
  .map(([, dutch, english, fn]) => ({ dutch, english, fn }));

/** Every text of a pack the pane and the sheets show, as one lower-case string (templates called with "…"). */
function textsOf(language: 'nl' | 'en'): string {
  const { pane, sheets } = PACKS[language];
  const flat = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'function'
        ? [String((value as (...args: string[]) => unknown)('…', '…', '…', '…', '…', '…'))]
        : Object.values(value as object).flatMap(flat);
  return [...flat(pane), ...flat(sheets)].join('\n').toLowerCase();
}

test('the glossary lists the figures', () => {
  expect(rows.length).toBeGreaterThan(15);
});

test.each(rows.map(r => [r.dutch, r]))('%s: the same name in pane and sheets, in both languages', (_n, row) => {
  expect(textsOf('nl')).toContain(row.dutch.toLowerCase());
  expect(textsOf('en')).toContain(row.english.toLowerCase());
});

test.each(rows.filter(r => r.fn).map(r => [r.fn, r]))('%s has the glossary’s Dutch name in Excel', (_f, row) => {
  const [, id, dutchName] = /^(\w+) \((\w+)\)$/.exec(row.fn)!;
  const functions = PACKS.nl.functions as Record<string, { name: string }>;
  expect(functions[id].name).toBe(dutchName);
});

test('the Dutch texts say je/jullie, never u, and use no second word for a reduction', () => {
  const dutch = [textsOf('nl'), JSON.stringify(PACKS.nl.functions), JSON.stringify(PACKS.nl.argumentNames)].join('\n');
  expect(dutch).not.toMatch(/\b(u|uw)\b/i);
  expect(dutch).not.toMatch(/korting/i);
});

test('README, manifest, help page and docs say je/jullie too, never u or uw', () => {
  const files = [
    'README.md',
    'manifest.xml',
    'src/help/help.html',
    ...fs
      .readdirSync(path.resolve(__dirname, '../docs'))
      .filter(name => name.endsWith('.md'))
      .map(name => `docs/${name}`),
  ];
  const formal = /(?<![\w.\-/'’])(u|uw|uzelf)(?![\w\-'’])/gi;
  const found = files.flatMap(file =>
    (fs.readFileSync(path.resolve(__dirname, '..', file), 'utf8').match(formal) ?? []).map(word => `${file}: ${word}`),
  );
  expect(found).toEqual([]);
  // The pattern finds the formal register where it is used.
  expect('Hier kunt u uw team kiezen.'.match(formal)).toEqual(['u', 'uw']);
});

test('"formatie" means the approved FTE only: the staff present is bezetting, the need is benodigd', () => {
  // The uses a review found before the glossary: formatie for the people present, or for the need.
  const misuse =
    /(huidige|aanwezige|benodigde) formatie|formatie (in het scenario|die ze vragen|nodig)|formatieverhouding/;
  expect(textsOf('nl').match(new RegExp(`[^\\n]*(${misuse.source})[^\\n]*`, 'g')) ?? []).toEqual([]);
  // And where formatie is named, it is next to bezetting or benodigd, or says it is approved FTE.
  expect(textsOf('nl')).toContain('formatie (fte)');
});
