// docs/bad-input.md, section "Task pane and workbook", says what the user sees for each bad input
// in the pane and the workbook. Every row is a test: its id names a scenario (support/scenarios.ts)
// that is run through the Excel adapter, and the warning and save columns must be what happens.
import fs from 'fs';
import path from 'path';
import { LAYOUT } from '../../src/workbook/layout';
import { runScenario, SCENARIOS } from './support/scenarios';

const DOC = path.resolve(__dirname, '../../docs/bad-input.md');
const HEADING = '## Task pane and workbook';

interface Row {
  id: string;
  input: string;
  sees: string;
  warning: string;
  save: string;
}

function workbookTable(markdown: string): Row[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex(line => line.trim() === HEADING);
  if (start < 0) throw new Error(`docs/bad-input.md has no "${HEADING}" heading`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  const table = lines.slice(start + 1, end < 0 ? undefined : end).filter(line => line.trim().startsWith('|'));
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map(cell => cell.trim());
  const [header, separator, ...body] = table;
  expect(cells(header)).toEqual(['id', 'bad input', 'what the user sees', 'warning', 'save']);
  expect(cells(separator).every(cell => /^:?-+:?$/.test(cell))).toBe(true);
  return body.map(line => {
    const [id, input, sees, warning, save] = cells(line);
    return { id, input, sees, warning, save };
  });
}

const quoted = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map(m => m[1]);
const rows = workbookTable(fs.readFileSync(DOC, 'utf8'));

describe('docs/bad-input.md: task pane and workbook', () => {
  it('names each scenario once, and only scenarios that exist', () => {
    expect(new Set(rows.map(r => r.id)).size).toBe(rows.length);
    for (const row of rows) expect(Object.keys(SCENARIOS)).toContain(row.id);
    for (const row of rows) expect(row.sees.length).toBeGreaterThan(20);
  });

  it.each(rows.map(row => [row.id, row] as const))('%s', async (_id, row) => {
    const scenario = SCENARIOS[row.id];
    const { warnings, saved } = await runScenario(scenario, 'office');

    // The warning column: "none", or `problem` in `where` (said at the load, or for an edit made
    // while the pane is open, at the save).
    if (row.warning === 'none') {
      expect(warnings).toEqual([]);
    } else {
      const [problem, where] = quoted(row.warning);
      expect(warnings).toEqual(expect.arrayContaining([expect.objectContaining({ problem, where })]));
    }

    // The save column: every sheet written, nothing written, or the named sheets left alone.
    if (row.save === 'writes every sheet') {
      expect(saved.written).toHaveLength(LAYOUT.length);
      expect(scenario.untouched).toEqual([]);
    } else if (row.save === 'writes nothing') {
      expect(saved.written).toEqual([]);
      expect(scenario.untouched).toEqual(['*']);
    } else {
      expect(row.save).toMatch(/^leaves `.+` alone$/);
      const alone = quoted(row.save);
      expect(scenario.untouched).toEqual(alone);
      for (const sheet of alone) expect(saved.written).not.toContain(sheet);
    }
  });
});
