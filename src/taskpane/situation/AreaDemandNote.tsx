// Under each area: the cases its population implies, split by age group, and the rate the team's
// own current cases in that area suggest, with a button to use it.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Area, areaDemand, isError, Plan } from '../../core';
import { useFormats, useStrings } from '../i18n/LocaleProvider';

const useStyles = makeStyles({
  note: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  plan: Plan;
  area: Area;
  index: number;
  onRate(rate: number): void;
}

export function AreaDemandNote({ plan, area, index, onRate }: Props) {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const demand = areaDemand(plan, area);
  const whole = (n: number) => formats.number(n, 0);
  const { youth, adults, seniors } = demand.byAgeGroup;
  const split = [youth, adults, seniors].every(n => !isError(n))
    ? strings.expectedByAge(whole(youth as number), whole(adults as number), whole(seniors as number))
    : undefined;
  // The learned rate as the button would set it; once in use there is nothing to offer.
  const rate = isError(demand.learnedRate) ? undefined : Math.round(demand.learnedRate * 10) / 10;
  const offer = demand.currentCases > 0 && rate !== undefined && rate !== area.caseRatePer1000;
  const name = area.name || strings.rowTitle(strings.areaNoun, index + 1, '');
  return (
    <div className={styles.note} aria-live="polite">
      <span>
        {strings.expectedCases}: <strong>{formats.result(demand.expected, whole)}</strong>
        {split && <span className={styles.muted}> ({split})</span>}
      </span>
      {demand.groupsDiffer && (
        <span className={styles.muted}>
          {strings.groupsDiffer(whole(area.youth + area.adults + area.seniors), whole(area.inhabitants))}
        </span>
      )}
      {offer && (
        <span className={styles.muted}>
          {strings.learnedRate(whole(demand.currentCases), formats.number(rate, 1))}{' '}
          <Button
            size="small"
            appearance="subtle"
            aria-label={strings.useLearnedRateLabel(name)}
            onClick={() => onRate(rate)}
          >
            {strings.useLearnedRate}
          </Button>
        </span>
      )}
    </div>
  );
}
