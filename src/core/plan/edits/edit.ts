// A change to the plan with a name: what the pane does when someone adds a team, renames an area or
// types a tariff. Each edit is one module with its own test, and the ones that touch names keep
// every reference in step (references.ts), so referential integrity lives here and nowhere else.
import type { Plan } from '../plan';

export interface PlanEdit<Args> {
  /** Names the edit in tests and messages: "renameTeam". */
  readonly name: string;
  /** The plan after the edit; the plan itself is never changed. */
  perform(plan: Plan, args: Args): Plan;
}

export const defineEdit = <Args>(edit: PlanEdit<Args>): PlanEdit<Args> => edit;
