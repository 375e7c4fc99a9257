// docs/glossary.md gives each figure one Dutch and one English name, the names the code gives it
// and the second names it must never have again. The language packs must use exactly those names,
// the Dutch texts one register (je/jullie) and the glossary's sense of "formatie" (the approved
// FTE, never the staff present). A second name for a figure anywhere a user reads fails here.
import fs from 'fs';
import path from 'path';
import { PACKS } from '../src/core';

const root = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const cells = (cell: string) =>
  cell
    .split(',')
    .map(word => word.trim().replace(/^`|`$/g, ''))
    .filter(Boolean);

interface Row {
  dutch: string;
  english: string;
  code: string[];
  fn: string;
  never: string[];
}

const rows: Row[] = read('docs/glossary.md')
  .split('\n')
  .filter(line => line.startsWith('| ') && !line.startsWith('| Nederlands') && !line.startsWith('|---'))
  .map(line => line.split('|').map(cell => cell.trim()))
  .map(([, dutch, english, code, fn, never]) => ({ dutch, english, code: cells(code), fn, never: cells(never) }));

/** Every text a pack's part holds, as one string (templates called with "…"). */
function flat(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function')
    return [String((value as (...args: string[]) => unknown)('…', '…', '…', '…', '…', '…'))];
  return Object.values(value as object).flatMap(flat);
}

/** Every text of a pack the pane and the sheets show, as one lower-case string. */
function textsOf(language: 'nl' | 'en'): string {
  const { pane, sheets } = PACKS[language];
  return [...flat(pane), ...flat(sheets)].join('\n').toLowerCase();
}

/** All a user reads: both packs whole (pane, sheets, errors, functions' help, argument names), README, help page, manifest. */
const userTexts = [
  ...flat(PACKS.nl),
  ...flat(PACKS.en),
  read('README.md'),
  read('src/help/help.html'),
  read('manifest.xml'),
].join('\n');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole word or words, any case. */
const phrase = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(text)}(?![\\p{L}\\p{N}_-])`, 'giu');

/**
 * The second names in `texts`: each "never" word of a row still found once the glossary names that
 * hold it are taken out (so "kostprijs per casus" is a second name, "gemiddelde kostprijs per casus" is not).
 */
export function secondNames(texts: string, glossary: readonly Row[]): string[] {
  const names = glossary.flatMap(r => [r.dutch, r.english]);
  const found = (word: string) =>
    phrase(word).test(
      names
        .filter(name => name.length > word.length && phrase(word).test(name))
        .reduce((text, name) => text.replace(phrase(name), '¶'), texts),
    );
  return glossary.flatMap(r => r.never.filter(found).map(word => `"${word}" is a second name for ${r.dutch}`));
}

test('the glossary lists the figures', () => {
  expect(rows.length).toBeGreaterThan(15);
  expect(rows.every(r => r.code.length > 0)).toBe(true);
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

const coreSource = (function sources(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map(entry =>
      entry.isDirectory()
        ? sources(path.join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? fs.readFileSync(path.join(dir, entry.name), 'utf8')
          : '',
    )
    .join('\n');
})(path.join(root, 'src/core'));

const codeNames = rows.flatMap(r => r.code.filter(name => !name.includes('_')).map(name => [name, r] as const));
test.each(codeNames)('%s names a field or function in src/core', name => {
  // Declared as a field (`name:`, `name?:`), a function or constant, or a value of a choice ('name').
  expect(coreSource).toMatch(new RegExp(`\\b${name}\\??:|(function|const) ${name}\\b|'${name}'`));
});

const argumentIds = rows.flatMap(r => r.code.filter(name => name.includes('_')).map(name => [name, r] as const));
test.each(argumentIds)('argument %s has the glossary’s name in Excel and in the pane’s messages', (id, row) => {
  const nl = PACKS.nl.argumentNames as Record<string, string>;
  const en = PACKS.en.argumentNames as Record<string, string>;
  expect(nl[id]).toBe(row.dutch.toLowerCase());
  expect(en[id].toLowerCase()).toBe(row.english.toLowerCase());
  // Excel's argument names: the Dutch name with _ for spaces and without accents (clienturen).
  const inExcel = row.dutch
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ /g, '_');
  const parameters = Object.values(PACKS.nl.functions).flatMap(f =>
    Object.entries(f.parameters ?? {}).filter(([key]) => key === id),
  );
  expect(parameters.length).toBeGreaterThan(0);
  for (const [, parameter] of parameters) expect(parameter.name).toBe(inExcel);
});

test('no figure has a second name anywhere a user reads', () => {
  expect(secondNames(userTexts, rows)).toEqual([]);
});

test('a second name put into a text is found (doctored texts)', () => {
  const withOld = `${userTexts}\nDe goedgekeurde formatie van het team.`;
  expect(secondNames(withOld, rows)).toEqual(['"goedgekeurde formatie" is a second name for Formatie']);
  const inReadme = userTexts.replace('Gemiddelde kostprijs per casus', 'Kostprijs per casus');
  expect(secondNames(inReadme, rows)).toContain(
    '"kostprijs per casus" is a second name for Gemiddelde kostprijs per casus',
  );
  // The name itself, where a longer one holds a never word, is no second name.
  expect(secondNames('De gemiddelde kostprijs per casus.', rows)).toEqual([]);
});

test.each(['nl', 'en'] as const)('%s: the pane and the sheets call the same field alike', language => {
  const { pane, sheets } = PACKS[language];
  // [pane's label, the sheet's word]: the sheet's may say more after it ("… voor de casuslijst").
  const pairs = [
    [pane.definitionsTitle, sheets.bandwidth.definitions],
    [pane.hoursPerWeek, sheets.bandwidth.hoursPerWeek],
    [pane.weeks, sheets.bandwidth.weeks],
    [pane.demandTrend, sheets.situation.demand.trend],
    [pane.toleranceLabel, sheets.conversation.tolerance],
    [pane.measureHours, sheets.conversation.caseList.hours],
    [pane.ftePresentColumn, sheets.implement.weeks.present],
  ];
  for (const [inPane, onSheet] of pairs)
    expect(onSheet.toLowerCase()).toMatch(new RegExp(`^${escape(inPane.toLowerCase())}`));
});

/** Dutch a reviewer struck (issue 21): calques of "against", labels for typing and for time-writing, … */
const STRUCK = [
  /\bgetypt\b/i,
  /\buren besteed\b/i,
  /\b(beoordeeld|berekend|telt|tellen)( mee)? tegen\b/i,
  /(?<!\baf )\btegen (de|het) (bandbreedte|gemiddelde)/i,
  // A band is agreed, not calculated ("het is geen rekensommetje"); its ends are onder- and bovengrens.
  /\bbandbreedte berekenen\b/i,
  /\bgeldend (laag|hoog)\b/i,
];

test('the Dutch reads as Dutch: no calque of "against", nothing getypt, no uren besteed', () => {
  const dutch = [...flat(PACKS.nl), read('src/help/help.html'), read('manifest.xml')].join('\n');
  expect(STRUCK.flatMap(pattern => dutch.match(pattern) ?? [])).toEqual([]);
  // Each pattern finds what it was written for; Dutch's own "afzetten tegen" is no calque.
  const doctored = [
    'Fte getypt',
    'Uren besteed',
    'Elke week wordt beoordeeld tegen de versie',
    'wie telt tegen het gemiddelde',
  ];
  expect(doctored.map(text => STRUCK.some(pattern => pattern.test(text)))).toEqual([true, true, true, true]);
  expect(STRUCK.some(pattern => pattern.test('zet de caseload af tegen de bandbreedte'))).toBe(false);
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
      .readdirSync(path.join(root, 'docs'))
      .filter(name => name.endsWith('.md'))
      .map(name => `docs/${name}`),
  ];
  const formal = /(?<![\w.\-/'’])(u|uw|uzelf)(?![\w\-'’])/gi;
  const found = files.flatMap(file => (read(file).match(formal) ?? []).map(word => `${file}: ${word}`));
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
