// How a team is called in the pane: its name, or "Team 2" while it has none; and the choice of
// team that areas and scenarios offer, which keeps a value that names no team visible as such
// instead of silently showing another.
import { Plan, sameName, Team } from '../../core';
import type { PaneTexts as Strings } from '../../core';
import type { Option } from '../components/SelectField';
import { useStrings } from '../i18n/LocaleProvider';
import { useTeam, useTeamIndex } from '../state/PlanStore';

export const teamName = (team: Team | undefined, index: number, strings: Strings): string =>
  team?.name.trim() ? team.name : strings.teamNumbered(index + 1);

/** The teams to choose from, plus every value in `used` that is spelt otherwise or names no team. */
export function teamOptions(plan: Plan, strings: Strings, used: readonly string[]): Option[] {
  const options: Option[] = plan.teams.map((team, i) => ({ value: team.name, label: teamName(team, i, strings) }));
  for (const value of new Set(used)) {
    if (options.some(o => o.value === value)) continue;
    const known = plan.teams.findIndex(t => sameName(t.name, value));
    const label =
      known >= 0
        ? teamName(plan.teams[known], known, strings)
        : value.trim() === ''
          ? strings.noTeam
          : strings.unknownTeam(value);
    options.push({ value, label });
  }
  return options;
}

/** The name of the team shown. */
export function useTeamShownName(): string {
  const [team] = useTeam();
  return teamName(team, useTeamIndex(), useStrings());
}
