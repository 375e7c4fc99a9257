// The README is what a newcomer trusts: its function table and its list of dependencies must
// say what the build and package.json really hold.
import fs from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const readme = read('README.md');
const pkg = JSON.parse(read('package.json'));

/** The first column of the Markdown table that follows `heading` (a line of its own). */
function firstColumn(heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const lines = readme.slice(start + heading.length + 2).split('\n');
  const table = lines.slice(lines.findIndex(l => l.startsWith('|')));
  return table
    .slice(
      2,
      table.findIndex(l => !l.startsWith('|')),
    )
    .map(l => l.split('|')[1].trim());
}

test('the function table lists every function of the build, with its Dutch name', () => {
  const english: { id: string }[] = JSON.parse(read('dist/functions.json')).functions;
  const dutch: { id: string; name: string }[] = JSON.parse(read('dist/functions.nl.json')).functions;
  const expected = english.map(f => `\`${f.id}\` (\`${dutch.find(d => d.id === f.id)?.name}\`)`);
  expect(firstColumn('## Functions').sort()).toEqual(expected.sort());
});

test('every runtime dependency, and only those, is explained in the runtime table', () => {
  const explained = firstColumn('Runtime (in the browser):').flatMap(cell => cell.split(',').map(n => n.trim()));
  expect(explained.sort()).toEqual(Object.keys(pkg.dependencies).sort());
});

test('every development dependency is named in the README', () => {
  const development = readme.slice(readme.indexOf('\nDevelopment:\n'));
  const unexplained = Object.keys(pkg.devDependencies).filter(name => {
    const bare = name.replace(/^@types\/.*/, '@types/*');
    return !development.includes(bare) && !development.includes(name.replace(/-plugin$/, '(-plugin)'));
  });
  expect(unexplained).toEqual([]);
});
