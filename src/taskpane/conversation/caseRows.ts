// A listed case as the pane edits it: what is known of it (hours spent, or weeks open while it
// runs) is one choice with one amount, so a case never holds both or neither by accident.
import type { ListedCase, Outcome } from '../../core';

export interface CaseRow {
  caseNumber: string;
  category: string;
  measure: 'hours' | 'weeks';
  amount: number;
  worker: string;
  reflection: string;
  outcome: Outcome;
}

export const toCaseRow = (c: ListedCase): CaseRow => ({
  caseNumber: c.caseNumber,
  category: c.category,
  measure: c.hours === null && c.weeksOpen !== null ? 'weeks' : 'hours',
  amount: c.hours ?? c.weeksOpen ?? 0,
  worker: c.worker,
  reflection: c.reflection,
  outcome: c.outcome,
});

export const fromCaseRow = ({ measure, amount, ...rest }: CaseRow): ListedCase => ({
  ...rest,
  hours: measure === 'hours' ? amount : null,
  weeksOpen: measure === 'weeks' ? amount : null,
});

export const newCase = (category: string): ListedCase => ({
  caseNumber: '',
  category,
  hours: 0,
  weeksOpen: null,
  worker: '',
  reflection: '',
  outcome: '',
});
