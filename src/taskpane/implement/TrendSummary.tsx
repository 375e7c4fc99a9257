// Where the weekly figures are heading: the trend a few weeks ahead, the weeks already outside
// the band (each against the version in force in its week), and, against the band in force now, a
// warning while there is still time to act when the trend leaves it soon.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { FORECAST_WEEKS, isError } from '../../core';
import { FigureList } from '../components/FigureList';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures } from '../state/PlanStore';

export function TrendSummary() {
  const strings = useStrings();
  const formats = useFormats();
  const { monitoring } = useFigures();
  const whole = (n: number) => formats.number(n, 0);
  const { weeksUntilOutside, side } = monitoring;
  const sideWord = side === 'below' ? strings.trendSideBelow : strings.trendSideAbove;
  const warning =
    monitoring.warning && !isError(weeksUntilOutside)
      ? weeksUntilOutside === 0
        ? strings.trendOutsideNow(sideWord)
        : strings.trendWarning(weeksUntilOutside, sideWord)
      : undefined;
  return (
    <Section title={strings.trendTitle} intro={strings.trendIntroVersions} level={3}>
      {warning && (
        <MessageBar intent="warning" data-testid="trend-warning">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
      <FigureList
        figures={[
          {
            label: strings.trendForecast(FORECAST_WEEKS),
            value: formats.result(monitoring.forecast, n => formats.fixed(n, 1)),
          },
          { label: strings.weeksAbove, value: whole(monitoring.weeksAbove), testId: 'weeks-above' },
          { label: strings.weeksBelow, value: whole(monitoring.weeksBelow), testId: 'weeks-below' },
          {
            label: strings.weeksUntilOutsideInForce,
            value: formats.result(weeksUntilOutside, whole),
            testId: 'weeks-until-outside',
          },
        ]}
      />
    </Section>
  );
}
