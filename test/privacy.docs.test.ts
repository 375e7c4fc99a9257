// docs/privacy.md is what a municipality's privacy officer (FG) and works council read, Dutch
// first, then English: each half must have the sections they look for, and say what the product
// really does (the minimum answers, the months kept, the tables, where own notes are kept, the
// work-package activity).
import fs from 'fs';
import path from 'path';
import { DEFAULT_PRIVACY, defaultActivities, MIN_ANSWERS } from '../src/core';
import { OWN_NOTES_DB } from '../src/taskpane/conversation/ownNotes';
import { ALL_TABLES } from '../src/workbook/layout';

const doc = fs.readFileSync(path.resolve(__dirname, '../docs/privacy.md'), 'utf8');
const dutchAt = doc.indexOf('\n## Nederlands\n');
const englishAt = doc.indexOf('\n## English\n');

const SECTIONS = {
  nl: [
    'Wat er in de werkmap staat',
    'Rollen',
    'Grondslag',
    'Bijzondere persoonsgegevens',
    'Pseudonimisering',
    'Wie de werkmap mag openen',
    'Bewaren en opschonen',
    'Pre-DPIA',
    'Register van verwerkingen (art. 30)',
    'Ondernemingsraad',
    'Wat de invoegtoepassing doet',
  ],
  en: [
    'What the workbook holds',
    'Roles',
    'Legal basis',
    'Special categories',
    'Pseudonymisation',
    'Who may open the workbook',
    'Retention',
    'Pre-DPIA checklist',
    'Record of processing (art. 30)',
    'Works council',
    'What the add-in does',
  ],
} as const;

test('Dutch first, then English', () => {
  expect(dutchAt).toBeGreaterThan(0);
  expect(englishAt).toBeGreaterThan(dutchAt);
});

describe.each([
  ['nl', doc.slice(dutchAt, englishAt)],
  ['en', doc.slice(englishAt)],
] as const)('the %s half', (language, text) => {
  const headings = [...text.matchAll(/^### (.+)$/gm)].map(m => m[1]);

  test('has every section a privacy officer looks for, in that order', () => {
    expect(headings).toEqual(SECTIONS[language]);
  });

  test('names the controller, the legal basis, the special categories, a DPIA and the works council by their articles', () => {
    expect(text).toMatch(language === 'nl' ? /verwerkingsverantwoordelijke/i : /controller/i);
    expect(text).toContain('art. 6');
    expect(text).toContain('art. 9');
    expect(text).toContain('DPIA');
    expect(text).toMatch(language === 'nl' ? /WOR art\.\s+27 lid 1 onder k en l/ : /WOR art\. 27\(1\)\(k\) and \(l\)/);
  });

  test('gives a record-of-processing entry as a table with the fields art. 30 asks for', () => {
    const rows = text.split('\n').filter(line => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(rows.length).toBeGreaterThanOrEqual(11);
  });

  test('says what the product does: the minimum of answers, the months kept, the tables, where own notes are', () => {
    expect(text).toContain(`${MIN_ANSWERS} ${language === 'nl' ? 'antwoorden' : 'answers'}`);
    expect(text).toContain(`${DEFAULT_PRIVACY.keepMonths}`);
    expect(text).toContain(OWN_NOTES_DB.database);
    expect(text).toContain('elfproef');
    expect(text).toContain('Jansen 12');
    for (const table of ['vcCaseList', 'vcFelt', 'vcSharedNotes', 'vcRoster']) {
      expect(ALL_TABLES.some(t => t.name === table)).toBe(true);
      expect(text).toContain(`\`${table}\``);
    }
    // The table of named notes is gone: named only as what earlier workbooks had.
    expect(ALL_TABLES.some(t => t.name === 'vcNotes')).toBe(false);
    expect(text).toMatch(/`vcNotes`, (voor iedereen leesbaar|readable by all)/);
    expect(text).toMatch(language === 'nl' ? /versiegeschiedenis/ : /version history/);
  });

  test('names the work-package activity that involves the privacy officer and the works council', () => {
    const activity = defaultActivities(language).find(a => a.step === 1 && /\b(FG|OR)\b/.test(a.activity));
    expect(activity).toBeDefined();
    expect(text).toContain(activity!.activity);
  });
});
