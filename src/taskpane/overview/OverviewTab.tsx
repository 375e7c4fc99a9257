// The overview for the team meeting: per team the band in force and its versions, the latest
// week's caseload and status with the forecast, the latest felt workload, the deviating cases,
// the case-mix drift and the open agreements; for the organisation the work package per step and
// the money: hourly rate, the yearly cost of the FTE shortfall and what is left of the budget.
// The same figures as the sheet VC Overzicht, which prints them on one page; *Afdrukken* prints
// this tab the same way from the pane: only the overview, with the municipality and the date above
// it, on one A4 page in landscape (the page and what else the pane hides: taskpane.html).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { isError, overview, Result, statusWord } from '../../core';
import { FigureList } from '../components/FigureList';
import { FigureTable } from '../components/FigureTable';
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { Section } from '../components/Section';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, usePlan, useTeamsFigures, useToday } from '../state/PlanStore';

const useStyles = makeStyles({
  print: {
    '@media print': {
      fontSize: '9pt',
      lineHeight: 1.3,
      // The tables show every column on paper: no scrolling there.
      '& [role="group"]': { overflow: 'visible' },
      '& table': { width: '100%' },
      '& th, & td': { paddingBlock: '2px', paddingInline: '4px' },
      '& h2': { fontSize: '11pt', lineHeight: 1.3 },
      '& section': { marginBlockEnd: tokens.spacingVerticalM, breakInside: 'avoid' },
    },
  },
  onScreen: { '@media print': { display: 'none' } },
  onPaper: {
    display: 'none',
    '@media print': { display: 'block', margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: '13pt' },
  },
  printing: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalL,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2, flexBasis: '16rem', flexGrow: 1 },
});

export function OverviewTab() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const plan = usePlan();
  const { teams, steps, totals } = overview(plan, useTeamsFigures());
  const { finance } = useOrganisation();
  const euro = (n: Result<number>, cents = 0) => formats.result(n, v => formats.euro(v, cents));
  const one = (n: number) => formats.fixed(n, 1);
  const points = (share: number) => `${share > 0 ? '+' : ''}${formats.number(share * 100, 1)}`;
  const today = useToday();
  return (
    <div className={styles.print}>
      <h1 className={styles.onPaper}>{strings.printTitle(plan.situation.municipality, dateText(today, language))}</h1>
      <div className={styles.onScreen}>
        <Intro>{strings.overviewIntro}</Intro>
        <div className={styles.printing}>
          <Button onClick={() => window.print()}>{strings.printButton}</Button>
          <p className={styles.note}>{strings.printNote}</p>
        </div>
      </div>
      <Section title={strings.overviewTeams}>
        <FigureTable
          caption={strings.overviewTeams}
          rowHeaders
          columns={[
            { heading: strings.overviewTeam },
            { heading: strings.overviewBand, numeric: true },
            { heading: strings.overviewSince },
            { heading: strings.overviewVersions, numeric: true },
            { heading: strings.overviewLastWeek },
            { heading: strings.overviewForecast, numeric: true },
            { heading: strings.overviewFelt },
            { heading: strings.overviewDeviating, numeric: true },
            { heading: strings.mixDrift, numeric: true },
            { heading: strings.mixFteReal, numeric: true },
            { heading: strings.openAgreements, numeric: true },
          ]}
          rows={teams.map(t => {
            const inForce = t.figures.bandInForce;
            const week = t.lastWeek;
            return [
              t.team,
              isError(inForce) ? strings.noValue : formats.band(inForce.band),
              isError(inForce) ? strings.noValue : dateText(inForce.from, language),
              String(t.versions),
              week
                ? `${dateText(week.date, language)}: ${formats.result(week.caseload, one)}${
                    isError(week.status) ? '' : ` (${statusWord(week.status, language)})`
                  }`
                : strings.noValue,
              formats.result(t.figures.monitoring.forecast, one),
              t.felt
                ? strings.overviewFeltValue(t.felt.tooLittle, t.felt.right, t.felt.tooMuch)
                : t.feltTooFew
                  ? strings.overviewFeltTooFew
                  : strings.noValue,
              `${t.deviations.above} / ${t.deviations.below}`,
              formats.result(t.mix.drift, points),
              formats.result(t.mix.fteReal, n => formats.fixed(n, 2)),
              String(t.openAgreements),
            ];
          })}
        />
      </Section>
      <Section title={strings.overviewOrganisation}>
        <FigureList
          figures={[
            ...steps.map(s => ({
              label: strings.overviewStep(s.step),
              value: strings.overviewStepValue(s.done, s.total),
            })),
            { label: strings.overviewAbove, value: String(totals.above) },
            { label: strings.overviewBelow, value: String(totals.below) },
            { label: strings.overviewTooMuch, value: String(totals.tooMuch) },
            { label: strings.hourlyRate, value: euro(finance.hourlyRate, 2) },
            { label: strings.shortfallCost, value: euro(finance.total.shortfallCost) },
            { label: strings.budgetLeft, value: euro(finance.total.budgetLeft) },
          ]}
        />
      </Section>
      <div className={styles.onScreen}>
        <SaveToWorkbook />
      </div>
    </div>
  );
}
