// Each team's budget for the year (typed here) beside what its roster will cost over that year,
// people who start or leave during it counted for their part of it, and the difference.
import { Result } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { OptionalNumberField } from '../components/OptionalNumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, usePlan, usePlanActions } from '../state/PlanStore';
import { teamName } from '../teams/teamNames';
import { withBudget } from './financeEdits';

export function YearBudget() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const { finance } = useOrganisation();
  const { edit } = usePlanActions();
  const euro = (n: Result<number>) => formats.result(n, v => formats.euro(v));
  const { total } = finance;
  return (
    <Section level={3} title={strings.budgetTitle(String(finance.year))} intro={strings.budgetIntro}>
      <FigureTable
        caption={strings.budgetTitle(String(finance.year))}
        focusable
        rowHeaders
        columns={[
          { heading: strings.team, total: strings.allTeams },
          { heading: strings.formatieColumn, numeric: true, total: formats.fixed(total.formatie, 2) },
          { heading: strings.budgetColumn, total: euro(total.budget) },
          { heading: strings.projected, numeric: true, live: true, total: euro(total.projected) },
          { heading: strings.budgetLeft, numeric: true, live: true, total: euro(total.budgetLeft) },
        ]}
        rows={finance.teams.map((team, i) => {
          const name = teamName(plan.teams[i], i, strings);
          return [
            name,
            formats.fixed(team.formatie, 2),
            <OptionalNumberField
              key="budget"
              inTable
              label={strings.budgetLabel(name)}
              value={team.budget}
              onChange={budget => edit(p => withBudget(p, team.name, budget))}
            />,
            euro(team.projected),
            team.budgetLeft === null ? strings.noValue : euro(team.budgetLeft),
          ];
        })}
      />
    </Section>
  );
}
