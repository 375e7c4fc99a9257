// Step 2: the hours one FTE really has in a year, and what is left for clients; a cao fills the defaults.
import { bandwidthChecks, Plan } from '../../core';
import { FieldGrid, Wide } from '../components/FieldGrid';
import { FigureList } from '../components/FigureList';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlan, useSection } from '../state/PlanStore';
import { CaoPreset } from './CaoPreset';

type Time = Plan['bandwidth']['time'];

export function AvailableTimeSection() {
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const [bandwidth, setBandwidth] = useSection('bandwidth');
  const { time } = bandwidth;
  const checks = bandwidthChecks(usePlan());
  const set = (key: keyof Time) => (value: number) => setBandwidth({ time: { ...time, [key]: value } });
  const hours = (value: number) => formats.number(value, 1);
  return (
    <Section title={strings.timeTitle}>
      <CaoPreset />
      <FieldGrid>
        <NumberField
          label={strings.hoursPerWeek}
          value={time.hoursPerWeek}
          onChange={set('hoursPerWeek')}
          warning={checks.includes('contractHours') ? strings.plausibility.contractHours : undefined}
        />
        <NumberField label={strings.weeks} value={time.weeks} onChange={set('weeks')} />
        <NumberField label={strings.leaveHours} value={time.leaveHours} onChange={set('leaveHours')} />
        <NumberField label={strings.holidayHours} value={time.holidayHours} onChange={set('holidayHours')} />
        <NumberField
          label={strings.otherHours}
          hint={strings.otherHoursHint}
          value={time.otherHours}
          onChange={set('otherHours')}
        />
        <NumberField
          kind="percent"
          label={strings.absenceRate}
          value={time.absenceRate}
          onChange={set('absenceRate')}
        />
        <Wide>
          <NumberField
            kind="percent"
            label={strings.indirectShare}
            hint={strings.indirectShareHint}
            value={time.indirectShare}
            onChange={set('indirectShare')}
          />
        </Wide>
      </FieldGrid>
      <FigureList
        figures={[
          { label: strings.availableHours, value: formats.result(figures.availableHours, hours) },
          { label: strings.clientHours, value: formats.result(figures.clientHours, hours) },
        ]}
      />
    </Section>
  );
}
