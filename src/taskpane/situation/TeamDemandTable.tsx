// Step 1 per team: the areas each team serves and the cases a year they imply, the areas that
// name no team on a row of their own, and all areas together at the foot.
import { areaDemand, expectedCases, Plan, Result, sameName, teamExpectedCases, ifComputed } from '../../core';
import type { PaneTexts as Strings } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { usePlan } from '../state/PlanStore';
import { teamName } from '../teams/teamNames';

interface Row {
  team: string;
  areas: string;
  expected: Result<number>;
}

function rowsOf(plan: Plan, strings: Strings): Row[] {
  const { areas } = plan.situation;
  const named = areas.map((a, i) => a.name || strings.rowTitle(strings.areaNoun, i + 1, ''));
  const listed = (keep: (team: string) => boolean) =>
    named.filter((_n, i) => keep(areas[i].team)).join(', ') || strings.noValue;
  const rows: Row[] = plan.teams.map((team, i) => ({
    team: teamName(team, i, strings),
    areas: listed(name => sameName(name, team.name)),
    expected: teamExpectedCases(plan, team.name),
  }));
  const orphan = (name: string) => !plan.teams.some(t => sameName(t.name, name));
  const orphans = areas.filter(a => orphan(a.team));
  if (orphans.length > 0) {
    const each = orphans.map(a => areaDemand(plan, a).expected);
    rows.push({
      team: strings.areasWithoutTeam,
      areas: listed(orphan),
      expected: ifComputed(each, () => (each as number[]).reduce((sum, n) => sum + n, 0)),
    });
  }
  return rows;
}

export function TeamDemandTable() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const whole = (n: number) => formats.number(n, 0);
  return (
    <Section title={strings.teamDemandTitle} intro={strings.teamDemandIntro}>
      <FigureTable
        caption={strings.teamDemandTitle}
        rowHeaders
        liveBody
        columns={[
          { heading: strings.team, total: strings.allAreas },
          { heading: strings.areasColumn, total: '' },
          {
            heading: strings.expectedCases,
            numeric: true,
            live: true,
            total: formats.result(expectedCases(plan), whole),
          },
        ]}
        rows={rowsOf(plan, strings).map(row => [row.team, row.areas, formats.result(row.expected, whole)])}
      />
    </Section>
  );
}
