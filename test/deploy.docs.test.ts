// docs/deploy.md is what a municipality's IT department follows, Dutch first, then English: each
// half must say what the header table, the manifests and the requirement check really hold.
import fs from 'fs';
import path from 'path';
import { MINIMUM_EXCEL } from '../src/taskpane/requirements';

const { EVERY_FILE, RULES, TYPES } = require('../deploy/headers');
const { DEV_ID, PRODUCTION_ID } = require('../scripts/manifest');
const { deployConfigs } = require('../scripts/deploy-config');

const ROOT = path.resolve(__dirname, '..');
const doc = fs.readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8');
const dutchAt = doc.indexOf('\n## Nederlands\n');
const englishAt = doc.indexOf('\n## English\n');
const halves: [string, string][] = [
  ['Dutch', doc.slice(dutchAt, englishAt)],
  ['English', doc.slice(englishAt)],
];

test('Dutch first, then English', () => {
  expect(dutchAt).toBeGreaterThan(0);
  expect(englishAt).toBeGreaterThan(dutchAt);
});

describe.each(halves)('the %s half', (_language, text) => {
  test('gives every header of the table with its value, and every content type', () => {
    const headers: [string, string][] = [
      ...Object.entries(EVERY_FILE as Record<string, string>),
      ...RULES.flatMap((rule: { headers: Record<string, string> }) => Object.entries(rule.headers)),
    ];
    for (const [name, value] of headers) {
      expect(text).toContain(`\`${name}`);
      expect(text).toContain(value);
    }
    for (const [extension, type] of Object.entries(TYPES as Record<string, string>))
      expect(text).toContain(`| \`${extension}\` | \`${type}\` |`);
  });

  test('names the example files, the two Ids and the minimum Excel versions the pane checks for', () => {
    for (const file of Object.keys(deployConfigs())) expect(text).toContain(`deploy/${file}`);
    expect(text).toContain(PRODUCTION_ID);
    expect(text).toContain(DEV_ID);
    expect(text).toContain(MINIMUM_EXCEL.version);
    expect(text).toContain(MINIMUM_EXCEL.build);
    expect(text).toContain(MINIMUM_EXCEL.mac);
    expect(text).toContain(`Excel ${MINIMUM_EXCEL.perpetual}`);
  });

  test('says what needs a new <Version> and a re-upload, and how to remove the add-in', () => {
    expect(text).toContain('<Version>');
    expect(text).toMatch(/functions\.json/);
    expect(text).toMatch(/24/);
  });
});
