// docs/functions.md is the reference users read; it must say what the built metadata says.
import fs from 'fs';
import path from 'path';
const { renderReference } = require('../../scripts/function-reference');

const read = (file: string) => fs.readFileSync(path.resolve(__dirname, '../..', file), 'utf8');

test('docs/functions.md matches the metadata of the current build (run `npm run docs` after changing a function)', () => {
  const expected = renderReference(JSON.parse(read('dist/functions.json')), JSON.parse(read('dist/functions.nl.json')));
  expect(read('docs/functions.md')).toBe(expected);
});
