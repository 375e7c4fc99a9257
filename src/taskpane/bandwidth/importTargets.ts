// What a table of the user's own can become in the plan: team members or a case list (counted per
// category and per worker) of the team shown, or the organisation's costs; which columns each
// needs; and how the rows, once read, change the plan. The mapping and counting themselves are the workbook layer's (importSources.ts).
import { Plan, todayIso } from '../../core';
import type { PaneTexts as Strings } from '../../core';
import {
  guessColumn,
  importCaseList,
  importCosts,
  importListedCases,
  importRoster,
  SkippedRow,
  withCaseCounts,
  withCaseList,
  withRoster,
} from '../../workbook';

export type ImportTarget = 'roster' | 'cases' | 'caseList' | 'costs';
export const IMPORT_TARGETS: readonly ImportTarget[] = ['roster', 'cases', 'caseList', 'costs'];

type Guessable = Parameters<typeof guessColumn>[1];

export interface TargetField {
  key: Guessable;
  label(strings: Strings): string;
  hint?(strings: Strings): string;
  required: boolean;
}

export const TARGET_FIELDS: Record<ImportTarget, readonly TargetField[]> = {
  roster: [
    { key: 'name', label: s => s.personName, required: true },
    { key: 'fte', label: s => s.personFte, required: true },
    { key: 'reduction', label: s => s.personReduction, required: false },
    { key: 'openCases', label: s => s.personOpenCases, required: false },
  ],
  cases: [
    { key: 'category', label: s => s.importCategory, required: true },
    { key: 'worker', label: s => s.importWorker, hint: s => s.importWorkerHint, required: false },
  ],
  caseList: [
    { key: 'caseNumber', label: s => s.caseNumber, hint: s => s.importCaseNumberHint, required: true },
    { key: 'category', label: s => s.importCategory, required: true },
    { key: 'hours', label: s => s.measureHours, required: false },
    { key: 'weeksOpen', label: s => s.measureWeeks, required: false },
    { key: 'worker', label: s => s.caseWorker, required: false },
  ],
  costs: [
    { key: 'teamCost', label: s => s.teamCost, required: false },
    { key: 'supportCost', label: s => s.supportCost, required: false },
  ],
};

export const targetLabel = (target: ImportTarget, strings: Strings): string =>
  ({
    roster: strings.importTargetRoster,
    cases: strings.importTargetCases,
    caseList: strings.importTargetCaseList,
    costs: strings.importTargetCosts,
  })[target];

/** Column header per field key; a field left out is undefined. */
export type ColumnChoice = Partial<Record<Guessable, string>>;

export const guessColumns = (target: ImportTarget, headers: readonly string[]): ColumnChoice =>
  Object.fromEntries(TARGET_FIELDS[target].map(f => [f.key, guessColumn(headers, f.key)]));

/** Whether the choice has every column the target needs (costs: at least one). */
export const isComplete = (target: ImportTarget, columns: ColumnChoice): boolean =>
  target === 'costs'
    ? TARGET_FIELDS.costs.some(f => columns[f.key])
    : TARGET_FIELDS[target].every(f => !f.required || columns[f.key]);

export interface ImportOutcome {
  apply(plan: Plan): Plan;
  summary(strings: Strings): string;
  skipped: SkippedRow[];
  skippedCount: number;
  /** Nothing was taken over, for the reason the summary gives (client data where case numbers belong). */
  refused?: boolean;
}

/** The team that imported rosters and case lists go to: its place in plan.teams and its name as shown. */
export interface ImportTeam {
  index: number;
  name: string;
}

/** Reads the source's rows (headers first) as the target, with the chosen columns. */
export function importAs(
  target: ImportTarget,
  values: unknown[][],
  columns: ColumnChoice,
  team: ImportTeam,
): ImportOutcome {
  switch (target) {
    case 'roster': {
      const chosen = {
        name: columns.name!,
        fte: columns.fte!,
        reduction: columns.reduction,
        openCases: columns.openCases,
      };
      const { value: people, ...rest } = importRoster(values, chosen);
      return {
        ...rest,
        apply: plan => withRoster(plan, team.index, people, chosen),
        summary: s => s.importDoneRosterTeam(people.length, team.name),
      };
    }
    case 'cases': {
      const { value: counts, ...rest } = importCaseList(values, {
        category: columns.category!,
        worker: columns.worker,
      });
      const total = counts.categories.reduce((sum, c) => sum + c.count, 0);
      return {
        ...rest,
        apply: plan => withCaseCounts(plan, team.index, counts),
        summary: s => s.importDoneCasesTeam(counts.categories.length, total, team.name),
      };
    }
    case 'caseList': {
      const chosen = {
        caseNumber: columns.caseNumber!,
        category: columns.category!,
        hours: columns.hours,
        weeksOpen: columns.weeksOpen,
        worker: columns.worker,
      };
      const { value: cases, notCaseNumbers, ...rest } = importListedCases(values, chosen);
      if (notCaseNumbers) {
        return { ...rest, refused: true, apply: plan => plan, summary: s => s.importNamesRefused(chosen.caseNumber) };
      }
      return {
        ...rest,
        apply: plan => withCaseList(plan, team.index, cases, todayIso()),
        summary: s => s.importDoneCaseList(cases.length, team.name),
      };
    }
    case 'costs': {
      const { value: costs, ...rest } = importCosts(values, {
        teamCost: columns.teamCost,
        supportCost: columns.supportCost,
      });
      return {
        ...rest,
        apply: plan => ({
          ...plan,
          organisation: {
            ...plan.organisation,
            teamCost: costs.teamCost ?? plan.organisation.teamCost,
            supportCost: costs.supportCost ?? plan.organisation.supportCost,
          },
        }),
        summary: s => s.importDoneCosts,
      };
    }
  }
}
