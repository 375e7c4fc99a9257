// The team cost the figures use, typed or from the salaries (and which, said beside it), with what
// follows from it: the average cost per FTE, the productive hours and the integral hourly rate.
// People on a roster without a salary are named: the team cost counts them at the average of those with one.
import { FigureList } from '../components/FigureList';
import { OptionalNumberField } from '../components/OptionalNumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, useSection } from '../state/PlanStore';

export function TeamCostFigures() {
  const strings = useStrings();
  const formats = useFormats();
  const { finance } = useOrganisation();
  const [organisation, setOrganisation] = useSection('organisation');
  const euro = (n: number) => formats.euro(n);
  const unpaid = finance.unpaid.map(p => `${p.name} (${p.team})`).join(', ');
  return (
    <Section level={3} title={strings.teamCostTitle}>
      <OptionalNumberField
        label={strings.teamCostTyped}
        hint={strings.teamCostTypedHint(formats.result(finance.fromRosters, euro))}
        value={organisation.teamCost}
        onChange={teamCost => setOrganisation({ teamCost })}
      />
      <FigureList
        figures={[
          {
            label: strings.teamCostUsed,
            value: formats.result(finance.teamCost, euro),
            note: finance.typed ? strings.teamCostIsTyped : strings.teamCostFromSalaries,
            testId: 'finance-team-cost',
          },
          {
            label: strings.averageCostPerFte,
            value: formats.result(finance.averageCostPerFte, euro),
            note: strings.averageCostPerFteNote,
            testId: 'finance-average-cost',
          },
          {
            label: strings.productiveHours,
            value: formats.result(finance.productiveHours, n => formats.number(n, 0)),
            note: strings.productiveHoursNote,
          },
          {
            label: strings.hourlyRate,
            value: formats.result(finance.hourlyRate, n => formats.euro(n, 2)),
            note: strings.hourlyRateNote,
            testId: 'finance-hourly-rate',
          },
        ]}
      />
      {finance.unpaid.length > 0 && <p role="status">{strings.unpaid(unpaid)}</p>}
    </Section>
  );
}
