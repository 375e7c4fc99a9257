// The one store of the pane: the Plan the team is editing, whether it differs from what was last
// read from or written to the workbook, and the figures derived from it.
import { createContext, ReactNode, useCallback, useContext, useMemo, useReducer } from 'react';
import { computeFigures, Figures, Plan } from '../../core';

interface State {
  plan: Plan;
  /** The plan as last loaded or saved; edits since then are unsaved. */
  stored: Plan;
}

type Action =
  { type: 'loaded'; plan: Plan } | { type: 'saved'; plan: Plan } | { type: 'edited'; recipe: (plan: Plan) => Plan };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { plan: action.plan, stored: action.plan };
    case 'saved':
      return { ...state, stored: action.plan };
    case 'edited':
      return { ...state, plan: action.recipe(state.plan) };
  }
}

interface PlanView {
  plan: Plan;
  figures: Figures;
  unsaved: boolean;
}

interface PlanActions {
  edit(recipe: (plan: Plan) => Plan): void;
  loaded(plan: Plan): void;
  saved(plan: Plan): void;
}

const ViewContext = createContext<PlanView | null>(null);
const ActionsContext = createContext<PlanActions | null>(null);

export function PlanProvider({ initial, children }: { initial: Plan; children: ReactNode }) {
  const [state, dispatch] = useReducer(reducer, { plan: initial, stored: initial });
  const figures = useMemo(() => computeFigures(state.plan), [state.plan]);
  const view = useMemo(
    () => ({ plan: state.plan, figures, unsaved: state.plan !== state.stored }),
    [state.plan, state.stored, figures],
  );
  const actions = useMemo<PlanActions>(
    () => ({
      edit: recipe => dispatch({ type: 'edited', recipe }),
      loaded: plan => dispatch({ type: 'loaded', plan }),
      saved: plan => dispatch({ type: 'saved', plan }),
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
export const useFigures = (): Figures => useView().figures;
export const useUnsaved = (): boolean => useView().unsaved;

export function usePlanActions(): PlanActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('PlanProvider is missing');
  return actions;
}

type Section = 'situation' | 'bandwidth' | 'team' | 'organisation' | 'implement';

/** One part of the plan and a setter that replaces some of its fields. */
export function useSection<K extends Section>(key: K): [Plan[K], (patch: Partial<Plan[K]>) => void] {
  const section = usePlan()[key];
  const { edit } = usePlanActions();
  const set = useCallback(
    (patch: Partial<Plan[K]>) => edit(plan => ({ ...plan, [key]: { ...plan[key], ...patch } })),
    [edit, key],
  );
  return [section, set];
}
