// The help page (src/help/help.html) is what a user opens from Excel: it must name every sheet the
// add-in writes, in Dutch and in English, and the ribbon button by the name the manifest gives it.
import fs from 'fs';
import path from 'path';
import { LAYOUT } from '../src/workbook/layout';

const read = (file: string) => fs.readFileSync(path.resolve(__dirname, '..', file), 'utf8');
const help = read('src/help/help.html');
const section = (language: 'nl' | 'en') => {
  const start = help.indexOf(`<section id="${language}"`);
  return help.slice(start, help.indexOf('</section>', start));
};
const named = (name: string) => `<code>${name}</code>`;

test.each(['nl', 'en'] as const)('%s: the help page lists every sheet the add-in writes', language => {
  const listed = LAYOUT.map(sheet => sheet.name).filter(name => !section(language).includes(named(name)));
  expect(listed).toEqual([]);
  expect(LAYOUT.length).toBeGreaterThanOrEqual(10);
});

test('the help page names the ribbon button as the manifest does, in both languages', () => {
  const [, english, dutch] =
    /id="TaskpaneButton.Label" DefaultValue="([^"]+)">\s*<bt:Override Locale="nl-NL" Value="([^"]+)"/.exec(
      read('manifest.xml'),
    )!;
  expect(section('nl')).toContain(`<em>Start &gt; ${dutch}</em>`);
  expect(section('en')).toContain(`<em>Home &gt; ${english}</em>`);
});
