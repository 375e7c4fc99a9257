// Whatever a workbook holds, the pane never shows the schema's own report (English JSON): what was
// read is checked cell by cell and said in the user's words, and the last check over the whole plan
// says so in those words too, should it ever find something.
import { PlanSchema, samplePlan } from '../../src/core';
import { periodDates } from '../../src/workbook/formats/migrate1';
import { checked } from '../../src/workbook/fromSheets';

test('a plan that does not fit as a whole is refused in the user’s language, saying where', () => {
  const plan = samplePlan();
  plan.teams[3].name = 'N'.repeat(20_000);
  const refusal = (language: 'nl' | 'en') => {
    try {
      checked(PlanSchema, plan, language);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('not refused');
  };
  expect(refusal('nl')).toBe(
    'wat er staat past als geheel niet in het plan (teams › 3 › name). Er is niets gelezen en niets geschreven; ' +
      'de werkmap blijft zoals ze is.',
  );
  expect(refusal('en')).toMatch(/^what it holds does not fit the plan as a whole \(teams › 3 › name\)\./);
  expect(refusal('en')).not.toMatch(/[{}]|too_big|Too big/);
});

test('a format-1 factor period is turned into dates only within the plan’s years', () => {
  expect(periodDates('2026 Q4 – 2027 Q1')).toEqual({ from: '2026-10-01', to: '2027-03-31' });
  // Outside them it stays the note it was, rather than a date every later check refuses.
  expect(periodDates('1985')).toBeUndefined();
  expect(periodDates('2200 Q1')).toBeUndefined();
});
