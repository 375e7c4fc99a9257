// A team with nothing filled in: what a new plan starts with, what a team read from an older
// workbook is completed with, and what the figures of a team that does not exist are made from.
import type { Team } from './plan';

/** An empty team: a new plan has one, named by the user. */
export const emptyTeam = (name = ''): Team => ({
  id: '', // a read or migration fills it in; the pane's addTeam gives a new one
  name,
  formatie: 0,
  extraWeight: 0,
  roster: [],
  factors: [],
  cases: [],
  weeks: [],
  bands: [],
  caseList: [],
  felt: [],
  division: [],
  sharedNotes: [],
});
