// Filling the time and pay defaults from a collective agreement (cao): the leave hours, the IKB and
// the holiday hours of the year the figures are on, counted from the calendar; and the holiday
// hours alone, with Liberation Day every year or in lustrum years only. Everything stays editable.
import { Button, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { applyCao, CAO_IDS, CAO_PRESETS, CaoId, holidayHoursIn, LiberationDay, weekdayHolidays } from '../../core';
import { SelectField } from '../components/SelectField';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, usePlanActions, useSection } from '../state/PlanStore';

const useStyles = makeStyles({ button: { alignSelf: 'flex-start' } });

export function CaoPreset() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const { edit } = usePlanActions();
  const [bandwidth, setBandwidth] = useSection('bandwidth');
  const year = Number(useFigures().on.slice(0, 4));
  const [cao, setCao] = useState<CaoId | ''>('');
  const [liberation, setLiberation] = useState<LiberationDay>('yearly');
  const days = (rule: LiberationDay) => String(weekdayHolidays(year, rule).length);
  const choose = (value: string) => {
    if (!(CAO_IDS as readonly string[]).includes(value)) return setCao('');
    const id = value as CaoId;
    setCao(id);
    setLiberation(CAO_PRESETS[id].liberation);
    edit(plan => applyCao(plan, id, year));
  };
  const preset = cao ? CAO_PRESETS[cao] : undefined;
  return (
    <>
      <SelectField
        label={strings.caoLabel}
        hint={strings.caoHint}
        value={cao}
        options={[
          { value: '', label: strings.caoNone },
          ...CAO_IDS.map(id => ({ value: id, label: strings.caoNames[id] })),
        ]}
        onChange={choose}
      />
      {preset && (
        <p role="status">
          {strings.caoFilled(
            strings.caoNames[cao as CaoId],
            formats.number(preset.leaveHours, 1),
            formats.percent(preset.ikbShare, 2),
            days(preset.liberation),
            String(year),
            formats.number(holidayHoursIn(year, preset.liberation, preset.hoursPerWeek), 1),
          )}
          {preset.unconfirmed.includes('ikbShare') && ` ${strings.caoUnconfirmed}`}
        </p>
      )}
      <SelectField
        label={strings.liberationLabel}
        value={liberation}
        options={[
          { value: 'yearly', label: strings.liberationYearly },
          { value: 'lustrum', label: strings.liberationLustrum },
        ]}
        onChange={value => setLiberation(value === 'lustrum' ? 'lustrum' : 'yearly')}
        hint={strings.holidaysCounted(days(liberation), String(year))}
      />
      <Button
        className={styles.button}
        onClick={() =>
          setBandwidth({
            time: { ...bandwidth.time, holidayHours: holidayHoursIn(year, liberation, bandwidth.time.hoursPerWeek) },
          })
        }
      >
        {strings.holidaysFromCalendar(String(year))}
      </Button>
    </>
  );
}
