// The organisation's view: the staff the work asks for against the staff there is, and the
// integral cost price of a case (team plus support).
import { isError } from '../../core';
import { FigureList } from '../components/FigureList';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, useSection } from '../state/PlanStore';

export function OrganisationPerspective() {
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const [organisation, setOrganisation] = useSection('organisation');
  const ratio = figures.staffingRatio;
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
    <Section title={strings.organisationTitle}>
      <NumberField
        label={strings.teamCost}
        value={organisation.teamCost}
        onChange={teamCost => setOrganisation({ teamCost })}
      />
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
          { label: strings.fteNeeded, value: formats.result(figures.fteNeeded, two) },
          { label: strings.existingFte, value: two(figures.existingFte) },
          { label: strings.staffingRatio, value: formats.result(ratio, two), note: reading, testId: 'staffing-ratio' },
          { label: strings.casesPerYear, value: formats.number(figures.casesPerYear, 0) },
          { label: strings.costPerCase, value: formats.result(figures.costPerCase, formats.euro) },
        ]}
      />
    </Section>
  );
}
