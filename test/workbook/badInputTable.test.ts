// docs/bad-input.md, section "Task pane and workbook", says what the user sees for each bad input
// in the pane and the workbook. Every row is a test: its id names a scenario (support/scenarios.ts)
// that is run through the Excel adapter, and the warning and save columns must be what happens.
import { LAYOUT } from '../../src/workbook/layout';
import { badInputTable, quoted } from './support/markdownTable';
import { runScenario, SCENARIOS } from './support/scenarios';

const rows = badInputTable('## Task pane and workbook', [
  'id',
  'bad input',
  'what the user sees',
  'warning',
  'save',
]).map(([id, input, sees, warning, save]) => ({ id, input, sees, warning, save }));

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
