// The organisation's view over all teams: the formatie, the staff on the rosters (bezetting) and
// what of it is deployable, what the work asks (benodigd), the dekkingsgraad and the
// bezettingsgraad, the formatietekort, the average cost price of a case (teams plus support), how
// an amount of FTE would be split over the teams, and finance.
import { isError } from '../../core';
import { FigureList } from '../components/FigureList';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, useSection } from '../state/PlanStore';
import { FinanceSection } from '../finance/FinanceSection';
import { CapacitySplit } from './CapacitySplit';

export function OrganisationPerspective() {
  const strings = useStrings();
  const formats = useFormats();
  const figures = useOrganisation();
  const [organisation, setOrganisation] = useSection('organisation');
  const ratio = figures.dekkingsgraad;
  const rounded = isError(ratio) ? undefined : Math.round(ratio * 100) / 100;
  const reading =
    rounded === undefined
      ? undefined
      : rounded < 1
        ? strings.ratioUnder
        : rounded > 1
          ? strings.ratioOver
          : strings.ratioBalanced;
  const two = (n: number) => formats.fixed(n, 2);
  return (
    <>
      <Section title={strings.organisationTitle} intro={strings.organisationIntro}>
        <NumberField
          label={strings.supportCost}
          value={organisation.supportCost}
          onChange={supportCost => setOrganisation({ supportCost })}
        />
        <NumberField
          label={strings.individualHours}
          value={organisation.individualHours}
          onChange={individualHours => setOrganisation({ individualHours })}
        />
        <FigureList
          figures={[
            { label: strings.formatieTotal, value: two(figures.formatie), testId: 'organisation-formatie' },
            { label: strings.existingFte, value: two(figures.bezetting), testId: 'organisation-bezetting' },
            { label: strings.deployableFte, value: two(figures.inzetbaar), testId: 'organisation-inzetbaar' },
            { label: strings.fteNeeded, value: formats.result(figures.benodigd, two), testId: 'organisation-benodigd' },
            {
              label: strings.staffingRatio,
              value: formats.result(ratio, two),
              note: reading,
              testId: 'dekkingsgraad',
            },
            { label: strings.fillRate, value: formats.result(figures.bezettingsgraad, two), testId: 'bezettingsgraad' },
            {
              label: strings.formatieShortfall,
              value: formats.result(figures.formatietekort, two),
              testId: 'organisation-formatietekort',
            },
            { label: strings.casesPerYear, value: formats.number(figures.casesPerYear, 0) },
            {
              label: strings.costPerCase,
              value: formats.result(figures.costPerCase, formats.euro),
              note: strings.costPerCaseNote,
              testId: 'organisation-cost-per-case',
            },
          ]}
        />
        <CapacitySplit />
      </Section>
      <FinanceSection />
    </>
  );
}
