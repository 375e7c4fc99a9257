// docs/deploy.md is what a municipality's IT department follows, Dutch first, then English: each
// half must say what the header table, the manifests and the requirement check really hold.
import fs from 'fs';
import path from 'path';
import { MINIMUM_EXCEL } from '../src/taskpane/requirements';

const { EVERY_FILE, RULES, TYPES } = require('../deploy/headers');
const { STAGES } = require('../scripts/manifest');
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

  test('names the example files, each stage with its Id and namespace, and the Excel versions the pane checks for', () => {
    for (const file of Object.keys(deployConfigs())) expect(text).toContain(`deploy/${file}`);
    for (const { id, namespace } of Object.values(STAGES) as { id: string; namespace: string }[]) {
      expect(text).toContain(id);
      expect(text).toContain(`\`${namespace}.…\``);
    }
    expect(text).toContain('--env stage=acceptance');
    expect(text).toContain(MINIMUM_EXCEL.version);
    expect(text).toContain(MINIMUM_EXCEL.build);
    expect(text).toContain(MINIMUM_EXCEL.mac);
    expect(text).toContain(`Excel ${MINIMUM_EXCEL.perpetual}`);
  });

  test('says what needs a new <Version> and a re-upload, how to set it, and that it takes up to 72 hours', () => {
    expect(text).toContain('<Version>');
    expect(text).toMatch(/functions\.json/);
    expect(text).toContain('--env version=');
    expect(text).toContain('release.json');
    expect(text).toMatch(/72/);
    expect(text).not.toMatch(/\b24 (uur|hours)/);
  });

  test('the prerequisites an IT department will hit: mailboxes, roles, groups, an anonymous host, WebView2', () => {
    expect(text).toContain('Exchange Online');
    expect(text).toMatch(/nested\s+groups|geneste\s+groepen/);
    expect(text).toMatch(/mail-enabled|e-mailbaar/);
    expect(text).toMatch(/Application\s+Administrator/);
    expect(text).toMatch(/anonymously|anoniem/);
    expect(text).toContain('WebView2');
    expect(text).toContain('ES2020');
  });

  test('the quick stop: turn the add-in off, keeping its assignment', () => {
    expect(text).toContain('*Turn off*');
    expect(text).toContain('*Turn on*');
  });
});
