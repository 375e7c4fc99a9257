// Adopting a band: the band the team's inputs propose for a date becomes a version of its band
// history, in force from that date, with the reason and the basis it was computed on (the weighing
// factors in force on that date, hours per case and the definitions), so later readers see why it
// was set. A band with nothing in it (0 – 0) is refused.
import type { Band } from '../band';
import { inPeriod } from '../dates';
import { Language } from '../language/language';
import { PANE_TEXTS } from '../language/paneTexts';
import { isError, Result } from '../result';
import { shortened, TEXT_LIMIT } from '../textLimit';
import { computeFigures, Figures } from './figures';
import type { Plan } from './plan';

/** Bands that differ by less than this (open cases per FTE) are the same band as shown. */
const SHOWN_PRECISION = 0.05;

const sameBand = (a: Band, b: Band) =>
  Math.abs(a.low - b.low) < SHOWN_PRECISION && Math.abs(a.high - b.high) < SHOWN_PRECISION;

/** Whether today's inputs propose a band other than the one in force (or there is none yet). */
export function proposesChange(figures: Figures): boolean {
  if (isError(figures.bandPerFte)) return false;
  return isError(figures.bandInForce) || !sameBand(figures.bandPerFte, figures.bandInForce.band);
}

/** The most of one quoted text the basis holds: three quotes and the words around them stay within TEXT_LIMIT. */
const QUOTE_LIMIT = TEXT_LIMIT / 4;

/** A text quoted in the basis, shortened with "…" where it is longer (the text itself stays whole where it is). */
const quote = (text: string) => shortened(text, QUOTE_LIMIT);

/**
 * What a band is based on, in words: the factors in force, hours per case, duration and
 * definitions. It is kept as one text of the band version, so it fits in TEXT_LIMIT however long
 * the texts it quotes are.
 */
export function basisText(plan: Plan, teamIndex: number, on: string, language: Language): string {
  const words = PANE_TEXTS[language].pane;
  const team = plan.teams[teamIndex];
  const number = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  const percent = (share: number) => `${number.format(share * 100)}%`;
  const factors = team.factors.filter(f => inPeriod(on, f.from, f.to));
  const { hoursPerCaseHeavy, hoursPerCaseLight, caseDurationWeeks, definitions } = plan.bandwidth;
  return [
    words.basisFactors(factors.length ? quote(factors.map(f => `${f.name} ${percent(f.reduction)}`).join(', ')) : '—'),
    words.basisHours(number.format(hoursPerCaseHeavy), number.format(hoursPerCaseLight), percent(team.extraWeight)),
    words.basisDuration(number.format(caseDurationWeeks)),
    words.basisDefinitions(quote(definitions.case) || '—', quote(definitions.caseload) || '—'),
  ].join(' ');
}

/**
 * The band a team would adopt from `from`: what its inputs propose with the weighing factors in
 * force on that date, which are the factors its basis lists, so the number and the recorded basis
 * agree (a factor that ends before that date counts in neither).
 */
export const bandFrom = (plan: Plan, teamIndex: number, from: string): Result<Band> =>
  computeFigures(plan, teamIndex, from).bandPerFte;

/** Why a band cannot be adopted: nothing to hold a caseload against (0 – 0), or a low bound not below the high one. */
export type AdoptionRefusal = 'empty' | 'bounds';

export function adoptionRefusal(band: Band): AdoptionRefusal | undefined {
  if (!Number.isFinite(band.low) || !Number.isFinite(band.high) || band.high <= 0) return 'empty';
  return band.low >= band.high ? 'bounds' : undefined;
}

/**
 * The plan with the band its inputs propose for `from` (bandFrom) adopted for a team from that
 * date, with the basis it was computed on; a band that cannot be computed, or is refused, is not.
 */
export function adoptBand(
  plan: Plan,
  teamIndex: number,
  adoption: { from: string; reason: string; language: Language },
): Result<Plan> | { refused: AdoptionRefusal } {
  const band = bandFrom(plan, teamIndex, adoption.from);
  if (isError(band)) return band;
  const refused = adoptionRefusal(band);
  if (refused) return { refused };
  const version = {
    from: adoption.from,
    low: band.low,
    high: band.high,
    reason: adoption.reason,
    basis: basisText(plan, teamIndex, adoption.from, adoption.language),
  };
  const teams = plan.teams.map((team, i) => (i === teamIndex ? { ...team, bands: [...team.bands, version] } : team));
  return { ...plan, teams };
}
