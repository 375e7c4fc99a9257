// Every named edit of the plan, listed once.
import { addTeam } from './addTeam';
import { cleanUp } from './cleanUp';
import { changeFactor } from './changeFactor';
import { changeRosterRow } from './changeRosterRow';
import { removeTeam } from './removeTeam';
import { renameTeam } from './renameTeam';
import { setAreas } from './setAreas';
import { setBudget } from './setBudget';
import { setCategories } from './setCategories';
import { setPay } from './setPay';
import { setTariff } from './setTariff';

export { defineEdit, type PlanEdit } from './edit';
export { freeTeamName } from './addTeam';
export { teamNameProblem } from './renameTeam';
export { cleanUpCount, keptFrom, type CleanUpCount } from './cleanUp';
export type { DatedChange } from './datedChange';

export const EDITS = {
  addTeam,
  renameTeam,
  removeTeam,
  setAreas,
  setCategories,
  setPay,
  setTariff,
  setBudget,
  cleanUp,
  changeRosterRow,
  changeFactor,
};
