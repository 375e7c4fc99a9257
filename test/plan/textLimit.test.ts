// One limit for every text of the plan (TEXT_LIMIT), below Excel's 32,767 characters per cell: the
// schema that checks a workbook read back takes exactly what the pane takes, and the text the
// add-in writes itself (a band version's basis, quoting the definitions) stays within it too.
import { adoptBand, BandVersionSchema, PlanSchema, samplePlan, TEXT_LIMIT } from '../../src/core';

const EXCEL_CELL_LIMIT = 32_767;

test('the limit leaves every text whole in an Excel cell', () => {
  expect(TEXT_LIMIT).toBeLessThan(EXCEL_CELL_LIMIT);
});

test('a purpose and a team name of the limit read back; one character more does not', () => {
  const plan = samplePlan();
  plan.bandwidth.purpose = 'p'.repeat(TEXT_LIMIT);
  plan.teams[0].name = 'T'.repeat(TEXT_LIMIT);
  expect(PlanSchema.safeParse(plan).success).toBe(true);
  plan.bandwidth.purpose += 'p';
  expect(PlanSchema.safeParse(plan).success).toBe(false);
});

test('a band adopted on long definitions and factor names keeps a basis the workbook reads back', () => {
  const plan = samplePlan();
  plan.bandwidth.definitions.case = 'c'.repeat(TEXT_LIMIT);
  plan.bandwidth.definitions.caseload = 'l'.repeat(TEXT_LIMIT);
  plan.teams[0].factors = plan.teams[0].factors.map(f => ({ ...f, from: '', to: '', name: 'f'.repeat(TEXT_LIMIT) }));
  const on = '2026-09-07';
  const adopted = adoptBand(plan, 0, { from: on, reason: 'r', language: 'nl' });
  if ('code' in adopted || 'refused' in adopted) throw new Error('no band');
  const version = adopted.teams[0].bands.at(-1)!;
  expect(version.basis.length).toBeLessThanOrEqual(TEXT_LIMIT);
  expect(BandVersionSchema.safeParse(version).success).toBe(true);
  // Shortened where it quotes, and said so with "…"; the definitions themselves stay whole.
  expect(version.basis).toMatch(/c…/);
  expect(adopted.bandwidth.definitions.case).toHaveLength(TEXT_LIMIT);
});
