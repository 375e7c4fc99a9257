// Each team's budget for the year, in euro and in FTE (both typed here), beside what its roster
// will cost and hold over that year, people who start or leave during it counted for their part of
// it, and the differences. The totals of what is left count only the teams with a budget.
import { EDITS, Result } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { OptionalNumberField } from '../components/OptionalNumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, usePlan, usePlanActions } from '../state/PlanStore';
import { teamName } from '../teams/teamNames';

export function YearBudget() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const { finance } = useOrganisation();
  const { apply } = usePlanActions();
  const euro = (n: Result<number>) => formats.result(n, v => formats.euro(v));
  const fte = (n: number) => formats.fixed(n, 2);
  const { total } = finance;
  return (
    <Section level={3} title={strings.budgetTitle(String(finance.year))} intro={strings.budgetIntro}>
      <FigureTable
        caption={strings.budgetTitle(String(finance.year))}
        rowHeaders
        columns={[
          { heading: strings.team, total: strings.allTeams },
          { heading: strings.formatieColumn, numeric: true, total: fte(total.formatie) },
          { heading: strings.budgetColumn, total: euro(total.budget) },
          { heading: strings.projected, numeric: true, live: true, total: euro(total.projected) },
          { heading: strings.budgetLeft, numeric: true, live: true, total: euro(total.budgetLeft) },
          { heading: strings.budgetFteColumn, total: fte(total.budgetFte) },
          { heading: strings.fteInYear, numeric: true, live: true, total: fte(total.fteInYear) },
          { heading: strings.fteLeft, numeric: true, live: true, total: fte(total.fteLeft) },
        ]}
        rows={finance.teams.map((team, i) => {
          const name = teamName(plan.teams[i], i, strings);
          return [
            name,
            fte(team.formatie),
            <OptionalNumberField
              key="budget"
              inTable
              label={strings.budgetLabel(name)}
              value={team.budget}
              onChange={budget => apply(EDITS.setBudget, { team: team.name, change: { budget } })}
            />,
            euro(team.projected),
            team.budgetLeft === null ? strings.noValue : euro(team.budgetLeft),
            <OptionalNumberField
              key="budgetFte"
              inTable
              label={strings.budgetFteLabel(name)}
              value={team.budgetFte}
              onChange={budgetFte => apply(EDITS.setBudget, { team: team.name, change: { budgetFte } })}
            />,
            fte(team.fteInYear),
            team.fteLeft === null ? strings.noValue : fte(team.fteLeft),
          ];
        })}
      />
    </Section>
  );
}
