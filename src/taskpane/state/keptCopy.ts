// The copy of the plan this browser keeps (browserCopy.ts), as stored: checked against the plan's
// schema when read back, so a record this version cannot read is reported and never restored. A
// chunk of its own: the schema is needed only when there is a copy to read.
import { z } from 'zod';
import { DEFAULT_PRIVACY, Plan, PlanSchema } from '../../core';

/** The plan kept in this browser, when it was kept, and the file it was opened from, if any. */
export interface KeptCopy {
  plan: Plan;
  /** Local date (ISO) and time (HH:MM) of the last change kept. */
  keptOn: string;
  keptAt: string;
  fileName?: string;
}

type Kept = Record<string, unknown>;
const isKept = (value: unknown): value is Kept => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A plan kept before reflection notes stayed with their person, as today's plan: its notes (each
 * with a name) are the team's shared notes without the name, as a workbook of that time reads
 * (workbook/formats/namedNotes.ts); its cases have no day they were listed, and its privacy
 * settings are the defaults. A plan kept since passes as it is.
 */
function keptBeforeOwnNotes(plan: unknown): unknown {
  if (!isKept(plan) || !Array.isArray(plan.teams)) return plan;
  return {
    privacy: DEFAULT_PRIVACY,
    ...plan,
    teams: plan.teams.map((team: unknown) => {
      if (!isKept(team) || !Array.isArray(team.notes)) return team;
      const { notes, ...rest } = team;
      return {
        ...rest,
        caseList: Array.isArray(team.caseList) ? team.caseList.map(c => ({ listed: '', ...c })) : team.caseList,
        sharedNotes: notes.map(n => (isKept(n) ? { date: n.date, aspect: n.aspect, note: n.note } : n)),
      };
    }),
  };
}

/** The stored record: its format first, so a later version knows what it reads. */
const RecordSchema = z.object({
  format: z.literal(1),
  plan: z.preprocess(keptBeforeOwnNotes, PlanSchema),
  keptOn: z.string(),
  keptAt: z.string(),
  fileName: z.string().optional(),
});

/** A stored record as the copy to restore; 'unreadable' when it is not one this version can read. */
export function readCopy(stored: unknown): KeptCopy | 'unreadable' | undefined {
  if (stored === undefined || stored === null) return undefined;
  const record = RecordSchema.safeParse(stored);
  if (!record.success) return 'unreadable';
  const { plan, keptOn, keptAt, fileName } = record.data;
  return { plan, keptOn, keptAt, fileName };
}
