// The copy of the plan this browser keeps (browserCopy.ts), as stored: checked against the plan's
// schema when read back, so a record this version cannot read is reported and never restored. A
// chunk of its own: the schema is needed only when there is a copy to read.
import { z } from 'zod';
import { Plan, PlanSchema } from '../../core';

/** The plan kept in this browser, when it was kept, and the file it was opened from, if any. */
export interface KeptCopy {
  plan: Plan;
  /** Local date (ISO) and time (HH:MM) of the last change kept. */
  keptOn: string;
  keptAt: string;
  fileName?: string;
}

/** The stored record: its format first, so a later version knows what it reads. */
const RecordSchema = z.object({
  format: z.literal(1),
  plan: PlanSchema,
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
