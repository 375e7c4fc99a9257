// Corrupted and hand-edited workbooks, through both adapters: the user is told what could not be
// read (and where), the rest is read, and a save leaves every hand-edited sheet and every sheet of
// the user's own exactly as it was.
import { AdapterKind, runScenario, SCENARIOS } from './support/scenarios';

describe.each<AdapterKind>(['memory', 'office'])('a hand-edited workbook (%s adapter)', kind => {
  it.each(Object.keys(SCENARIOS))('%s', async id => {
    await runScenario(SCENARIOS[id], kind);
  });
});
