// Step 2: the hours a heavy and a light case ask, and how long a case stays open. What they give per
// year (cases closed per FTE) is shown as a secondary figure, named so it is not taken for the band.
import { bandwidthChecks } from '../../core';
import { FieldGrid, Wide } from '../components/FieldGrid';
import { FigureList } from '../components/FigureList';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan, useSection } from '../state/PlanStore';

export function CaseHoursSection() {
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const [bandwidth, setBandwidth] = useSection('bandwidth');
  const plan = usePlan();
  return (
    <Section title={strings.caseHoursTitle}>
      <FieldGrid>
        <NumberField
          label={strings.hoursHeavy}
          value={bandwidth.hoursPerCaseHeavy}
          onChange={hoursPerCaseHeavy => setBandwidth({ hoursPerCaseHeavy })}
          warning={bandwidthChecks(plan).includes('heavyBelowLight') ? strings.plausibility.heavyBelowLight : undefined}
        />
        <NumberField
          label={strings.hoursLight}
          value={bandwidth.hoursPerCaseLight}
          onChange={hoursPerCaseLight => setBandwidth({ hoursPerCaseLight })}
        />
        <Wide>
          <NumberField
            label={strings.caseDuration}
            hint={strings.caseDurationHint}
            value={bandwidth.caseDurationWeeks}
            onChange={caseDurationWeeks => setBandwidth({ caseDurationWeeks })}
          />
        </Wide>
      </FieldGrid>
      <FigureList
        figures={[
          {
            label: strings.closedPerFteYear,
            value: formats.result(figures.bandPerFteYear, formats.band),
            note: strings.closedPerFteYearNote(formats.number(bandwidth.caseDurationWeeks, 1)),
          },
        ]}
      />
    </Section>
  );
}
