// The one store of the pane: the Plan the teams are editing, whether it differs from what was last
// read from or written to the workbook (and, outside Excel, from what was last opened or
// downloaded), which team is shown, and the figures derived from it on today's date (for the team
// shown, and for the organisation).
import { createContext, ReactNode, useCallback, useContext, useMemo, useReducer } from 'react';
import {
  computeFigures,
  Figures,
  organisationFigures,
  OrganisationFigures,
  Plan,
  PlanEdit,
  Team,
  todayIso,
} from '../../core';

interface State {
  plan: Plan;
  /** The plan as last loaded or saved; edits since then are unsaved. */
  stored: Plan;
  /**
   * The plan as last loaded or downloaded. Outside Excel the workbook lives in memory only, so what
   * differs from this is in no file yet, whether written to that workbook or not.
   */
  downloaded: Plan;
  /** The team shown (its place in plan.teams). */
  team: number;
}

type Action =
  | { type: 'loaded'; plan: Plan }
  | { type: 'saved'; plan: Plan }
  | { type: 'downloaded'; plan: Plan }
  | { type: 'edited'; recipe: (plan: Plan) => Plan }
  | { type: 'team'; team: number };

/** The team index kept inside the plan's teams (a team may have been removed). */
const within = (team: number, plan: Plan) => Math.min(Math.max(team, 0), Math.max(plan.teams.length - 1, 0));

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { plan: action.plan, stored: action.plan, downloaded: action.plan, team: within(state.team, action.plan) };
    case 'saved':
      return { ...state, stored: action.plan };
    case 'downloaded':
      return { ...state, downloaded: action.plan };
    case 'edited': {
      const plan = action.recipe(state.plan);
      return { ...state, plan, team: within(state.team, plan) };
    }
    case 'team':
      return { ...state, team: within(action.team, state.plan) };
  }
}

interface PlanView {
  plan: Plan;
  /** Every team's figures on today's date, in the plan's order. */
  teams: Figures[];
  /** The date the figures hold on: today. */
  today: string;
  team: number;
  figures: Figures;
  organisation: OrganisationFigures;
  unsaved: boolean;
  notDownloaded: boolean;
}

interface PlanActions {
  edit(recipe: (plan: Plan) => Plan): void;
  /** One of core's named edits (EDITS), which keep every reference to a renamed thing in step. */
  apply<Args>(edit: PlanEdit<Args>, args: Args): void;
  loaded(plan: Plan): void;
  saved(plan: Plan): void;
  /** Outside Excel: the plan went into a downloaded file. */
  downloaded(plan: Plan): void;
  selectTeam(team: number): void;
}

const ViewContext = createContext<PlanView | null>(null);
const ActionsContext = createContext<PlanActions | null>(null);

export function PlanProvider({ initial, children }: { initial: Plan; children: ReactNode }) {
  const [state, dispatch] = useReducer(reducer, { plan: initial, stored: initial, downloaded: initial, team: 0 });
  const today = todayIso();
  const teams = useMemo(
    () => state.plan.teams.map((_t, i) => computeFigures(state.plan, i, today)),
    [state.plan, today],
  );
  const organisation = useMemo(() => organisationFigures(state.plan, today, teams), [state.plan, today, teams]);
  const figures = teams[state.team] ?? computeFigures(state.plan, state.team, today);
  const view = useMemo(
    () => ({
      plan: state.plan,
      teams,
      today,
      team: state.team,
      figures,
      organisation,
      unsaved: state.plan !== state.stored,
      notDownloaded: state.plan !== state.downloaded,
    }),
    [state.plan, state.stored, state.downloaded, state.team, teams, today, figures, organisation],
  );
  const actions = useMemo<PlanActions>(
    () => ({
      edit: recipe => dispatch({ type: 'edited', recipe }),
      apply: (edit, args) => dispatch({ type: 'edited', recipe: plan => edit.perform(plan, args) }),
      loaded: plan => dispatch({ type: 'loaded', plan }),
      saved: plan => dispatch({ type: 'saved', plan }),
      downloaded: plan => dispatch({ type: 'downloaded', plan }),
      selectTeam: team => dispatch({ type: 'team', team }),
    }),
    [],
  );
  return (
    <ActionsContext.Provider value={actions}>
      <ViewContext.Provider value={view}>{children}</ViewContext.Provider>
    </ActionsContext.Provider>
  );
}

function useView(): PlanView {
  const view = useContext(ViewContext);
  if (!view) throw new Error('PlanProvider is missing');
  return view;
}

export const usePlan = (): Plan => useView().plan;
/** The figures of the team shown, on today's date. */
export const useFigures = (): Figures => useView().figures;
/** Every team's figures on today's date, in the plan's order. */
export const useTeamsFigures = (): Figures[] => useView().teams;
export const useOrganisation = (): OrganisationFigures => useView().organisation;
export const useToday = (): string => useView().today;
export const useUnsaved = (): boolean => useView().unsaved;
/** Outside Excel: the plan differs from the one last opened or downloaded, so it is in no file. */
export const useNotDownloaded = (): boolean => useView().notDownloaded;
/** The place of the team shown in plan.teams. */
export const useTeamIndex = (): number => useView().team;

export function usePlanActions(): PlanActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('PlanProvider is missing');
  return actions;
}

type Section = 'situation' | 'bandwidth' | 'organisation' | 'implement' | 'finance' | 'conversation';

/** One shared part of the plan and a setter that replaces some of its fields. */
export function useSection<K extends Section>(key: K): [Plan[K], (patch: Partial<Plan[K]>) => void] {
  const section = usePlan()[key];
  const { edit } = usePlanActions();
  const set = useCallback(
    (patch: Partial<Plan[K]>) => edit(plan => ({ ...plan, [key]: { ...plan[key], ...patch } })),
    [edit, key],
  );
  return [section, set];
}

/** The team shown and a setter that replaces some of its fields. */
export function useTeam(): [Team, (patch: Partial<Team>) => void] {
  const { plan, team: index } = useView();
  const { edit } = usePlanActions();
  const set = useCallback(
    (patch: Partial<Team>) =>
      edit(plan => ({ ...plan, teams: plan.teams.map((t, i) => (i === index ? { ...t, ...patch } : t)) })),
    [edit, index],
  );
  return [plan.teams[index], set];
}
