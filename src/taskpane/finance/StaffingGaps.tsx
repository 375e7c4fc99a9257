// Formatie, bezetting, inzetbare bezetting and benodigd per team and for the organisation, with the
// fte-tekort (benodigd − inzetbaar), the formatietekort (benodigd − formatie) and the vacancy room
// (formatie − bezetting), each in euro per year at the average cost per FTE.
import { Result } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, usePlan } from '../state/PlanStore';
import { teamName } from '../teams/teamNames';

export function StaffingGaps() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const { finance } = useOrganisation();
  const two = (n: Result<number>) => formats.result(n, v => formats.fixed(v, 2));
  const euro = (n: Result<number>) => formats.result(n, v => formats.euro(v));
  const { total } = finance;
  return (
    <Section level={3} title={strings.gapsTitle} intro={strings.gapsIntro}>
      <FigureTable
        caption={strings.gapsTitle}
        rowHeaders
        liveBody
        columns={[
          { heading: strings.team, total: strings.allTeams },
          { heading: strings.formatieColumn, numeric: true, live: true, total: two(total.formatie) },
          { heading: strings.bezettingColumn, numeric: true, live: true, total: two(total.bezetting) },
          { heading: strings.deployableColumn, numeric: true, live: true, total: two(total.inzetbaar) },
          { heading: strings.benodigdColumn, numeric: true, live: true, total: two(total.benodigd) },
          { heading: strings.shortfall, numeric: true, live: true, total: two(total.shortfall) },
          { heading: strings.shortfallCost, numeric: true, live: true, total: euro(total.shortfallCost) },
          { heading: strings.formatieShortfall, numeric: true, live: true, total: two(total.formatieShortfall) },
          {
            heading: strings.formatieShortfallCost,
            numeric: true,
            live: true,
            total: euro(total.formatieShortfallCost),
          },
          { heading: strings.vacancy, numeric: true, live: true, total: two(total.vacancy) },
          { heading: strings.vacancyCost, numeric: true, live: true, total: euro(total.vacancyCost) },
        ]}
        rows={finance.teams.map((team, i) => [
          teamName(plan.teams[i], i, strings),
          two(team.formatie),
          two(team.bezetting),
          two(team.inzetbaar),
          two(team.benodigd),
          two(team.shortfall),
          euro(team.shortfallCost),
          two(team.formatieShortfall),
          euro(team.formatieShortfallCost),
          two(team.vacancy),
          euro(team.vacancyCost),
        ])}
      />
    </Section>
  );
}
