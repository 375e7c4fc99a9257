// The overview for the team meeting: per team the band in force and its versions, the latest
// week's caseload and status with the forecast, the latest felt workload, the deviating cases,
// the case-mix drift and the open agreements; for the organisation the work package per step and
// the money: hourly rate, the yearly cost of the FTE shortfall and what is left of the budget.
// The same figures as the sheet VC Overzicht, which prints them on one page.
import { isError, overview, Result, statusWord } from '../../core';
import { FigureList } from '../components/FigureList';
import { FigureTable } from '../components/FigureTable';
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { Section } from '../components/Section';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, usePlan, useTeamsFigures } from '../state/PlanStore';

export function OverviewTab() {
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  const plan = usePlan();
  const { teams, steps, totals } = overview(plan, useTeamsFigures());
  const { finance } = useOrganisation();
  const euro = (n: Result<number>, cents = 0) => formats.result(n, v => formats.euro(v, cents));
  const one = (n: number) => formats.fixed(n, 1);
  const points = (share: number) => `${share > 0 ? '+' : ''}${formats.number(share * 100, 1)}`;
  return (
    <>
      <Intro>{strings.overviewIntro}</Intro>
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
              t.felt ? strings.overviewFeltValue(t.felt.tooLittle, t.felt.right, t.felt.tooMuch) : strings.noValue,
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
      <SaveToWorkbook />
    </>
  );
}
