// Collective agreements (cao's) as presets: choosing one fills the leave hours, the individual
// choice budget (IKB) and the holiday hours of the year from the calendar, each still editable.
// The figures and where they come from are in docs/cao.md; a figure the sources at hand could not
// confirm is named in `unconfirmed`, so the pane says to check it instead of presenting it as fact.
import { holidayHoursIn, LiberationDay } from '../holidays';
import type { Plan } from './plan';

export const CAO_IDS = ['gemeenten', 'sociaalWerk', 'jeugdzorg'] as const;
export type CaoId = (typeof CAO_IDS)[number];

export interface CaoPreset {
  /** Hours a week of a full-time job. */
  hoursPerWeek: number;
  /** Leave hours a year of a full-time job: statutory plus extra-statutory. */
  leaveHours: number;
  /** IKB paid as money, as a share of the salary. */
  ikbShare: number;
  /** Whether 5 May is a holiday every year or in lustrum years only. */
  liberation: LiberationDay;
  /** Fields whose preset the sources could not confirm. */
  unconfirmed: readonly ('leaveHours' | 'ikbShare')[];
}

export const CAO_PRESETS: Record<CaoId, CaoPreset> = {
  // Art. 6.1 (4 × 36 statutory) + art. 6.2 from 1 January 2025 (57.6 extra); IKB 8 + 6.75 + 1.5 + 0.8 %;
  // art. 6.6: 5 May every year from 2023.
  gemeenten: { hoursPerWeek: 36, leaveHours: 201.6, ikbShare: 0.1705, liberation: 'yearly', unconfirmed: [] },
  // Art. 5.7: 144 statutory + 26 extra (taken as time from 2024); art. 4.2: IKB 8 + 8.3 + 0.1 %; art. 5.9.
  sociaalWerk: { hoursPerWeek: 36, leaveHours: 170, ikbShare: 0.164, liberation: 'yearly', unconfirmed: [] },
  // Art. 9.1: 144 + 56 hours of verlofbudget; art. 7.3: 8 % holiday pay; the year-end payment of
  // art. 7.2 could not be confirmed, so it is left out and flagged; art. 9.7: 5 May every year.
  jeugdzorg: { hoursPerWeek: 36, leaveHours: 200, ikbShare: 0.08, liberation: 'yearly', unconfirmed: ['ikbShare'] },
};

/** The plan with a cao's preset filled in, its holiday hours counted for `year`. */
export function applyCao(plan: Plan, id: CaoId, year: number): Plan {
  const preset = CAO_PRESETS[id];
  return {
    ...plan,
    bandwidth: {
      ...plan.bandwidth,
      time: {
        ...plan.bandwidth.time,
        hoursPerWeek: preset.hoursPerWeek,
        leaveHours: preset.leaveHours,
        holidayHours: holidayHoursIn(year, preset.liberation, preset.hoursPerWeek),
      },
    },
    finance: { ...plan.finance, ikbShare: preset.ikbShare },
  };
}
