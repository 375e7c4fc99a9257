// A fictional but realistic municipality, to explore the add-in without typing: the standalone
// pane opens with it and `npm run sample` writes it to an .xlsx file. Three area teams and a youth
// team; time and pay figures follow the Cao Sociaal Werk (36 hours a week, 170 hours of leave, the
// holidays of 2026 on a weekday counted from the calendar, an IKB of 16.4 %). Weeks run from June to late November 2026; each team adopted a first
// band in June and a second in September, when onboarding new colleagues was weighed in.
import { addDays } from '../dates';
import { holidayHoursIn } from '../holidays';
import { Language } from '../language/language';
import { isError } from '../result';
import { defaultActivities } from './activities';
import { computeFigures } from './figures';
import { withIds } from './ids';
import { Person, Plan, Team } from './plan';
import { ConversationLists, sampleConversation } from './sampleConversation';
import { CAO_PRESETS } from './cao';
import { baseline } from './scenarios';

import { emptyTeam } from './team';

export { emptyTeam };

/** How far from its norm a case is listed (DEVIATING_CASES' default) and when the mix drift warns. */
export const DEFAULT_CONVERSATION: Plan['conversation'] = { tolerance: 0.5, driftThreshold: 0.1 };

/** A plan with nothing filled in but sensible time defaults, one team and the work package's activities. */
export function emptyPlan(language: Language): Plan {
  return withIds({
    situation: { municipality: '', areas: [], facilities: [], demand: [], stakeholders: [], problem: '' },
    bandwidth: {
      definitions: { case: '', caseload: '', directTime: '', indirectTime: '' },
      purpose: '',
      time: {
        hoursPerWeek: 36,
        weeks: 52,
        leaveHours: 170,
        holidayHours: 50.4,
        otherHours: 0,
        absenceRate: 0,
        indirectShare: 0,
      },
      hoursPerCaseHeavy: 0,
      hoursPerCaseLight: 0,
      caseDurationWeeks: 52,
      categories: [],
    },
    teams: [emptyTeam()],
    organisation: { teamCost: null, supportCost: 0, individualHours: 0, fteToSplit: 0 },
    finance: { ikbShare: 0, employerShare: 0, otherPerFte: 0, scales: [], pay: [], products: [], budgets: [] },
    implement: { agreements: [], evaluations: [], reflections: [] },
    tracker: defaultActivities(language),
    conversation: { ...DEFAULT_CONVERSATION },
    scenarios: [],
    formulas: 'caseload',
  });
}

const person = (
  name: string,
  fte: number,
  openCases: number,
  indirectHoursPerWeek: number,
  period: Partial<Pick<Person, 'reduction' | 'from' | 'to'>> = {},
): Person => ({ name, fte, reduction: 0, from: '', to: '', openCases, indirectHoursPerWeek, ...period });

const FIRST_WEEK = '2026-06-01';
const WEEKS = 26;
const FIRST_BAND = FIRST_WEEK;
const SECOND_BAND = '2026-09-07';

/** 26 weekly counts of open cases: a level, a slow rise and a ripple, the same every run. */
function weeks(level: number, rise: number, typed: Record<number, number> = {}): Team['weeks'] {
  return Array.from({ length: WEEKS }, (_, i) => ({
    week: addDays(FIRST_WEEK, 7 * i),
    openCases: Math.round(level + rise * i + 3 * Math.sin(i * 1.3)),
    ftePresent: typed[i] ?? null,
  }));
}

const cases = (single: number, multiple: number, complex: number): Team['cases'] => [
  { category: 'Enkelvoudige vraag', count: single },
  { category: 'Meervoudige vraag', count: multiple },
  { category: 'Complexe multiproblematiek', count: complex },
];

const onboarding = {
  name: 'Inwerken nieuwe collega’s',
  reduction: 0.05,
  from: '2026-09-01',
  to: '2027-03-31',
  note: '',
};
const registration = {
  name: 'Registratielast nieuw systeem',
  reduction: 0.05,
  from: '2026-01-01',
  to: '2026-12-31',
  note: '',
};

/** The four teams, made afresh for every plan so no two plans share a list. */
const teams = (): Team[] => baseTeams().map(team => ({ id: '', ...team, ...sampleConversation(team.name) }));

const baseTeams = (): Omit<Team, keyof ConversationLists | 'id'>[] => [
  {
    // Many nursing homes and Wmo requests: capacity was moved here.
    name: 'Noord',
    formatie: 6.2,
    extraWeight: 0,
    roster: [
      person('Anouk', 0.89, 12, 12),
      person('Bram', 1, 15, 14),
      person('Chantal', 0.78, 9, 10, { reduction: 0.2 }),
      person('Dennis', 0.89, 13, 13),
      person('Esra', 0.67, 8, 9),
      // A new colleague: onboarding until December, then a full caseload.
      person('Iris', 0.89, 4, 12, { reduction: 0.4, from: '2026-09-01', to: '2026-11-30' }),
      person('Iris', 0.89, 7, 12, { from: '2026-12-01' }),
    ],
    factors: [registration, onboarding],
    cases: cases(130, 55, 12),
    weeks: weeks(52, 0.45, { 10: 3.6 }),
    bands: [],
  },
  {
    name: 'Centrum',
    formatie: 5.4,
    extraWeight: 0,
    roster: [
      person('Fleur', 1, 6, 16, { reduction: 0.5 }),
      person('Gijs', 0.89, 14, 11),
      person('Hanna', 0.5, 3, 6, { reduction: 0.1 }),
      person('Jesse', 1, 16, 13),
      person('Kim', 0.89, 12, 12),
      person('Mo', 0.78, 10, 10),
    ],
    factors: [registration],
    cases: cases(120, 60, 15),
    weeks: weeks(55, 0.2),
    bands: [],
  },
  {
    // Heavier youth problems that surface late: each case takes 10% more hours.
    name: 'Zuid',
    formatie: 6.8,
    extraWeight: 0.1,
    roster: [
      person('Nadia', 1, 13, 12),
      person('Olaf', 0.89, 12, 13),
      person('Priya', 0.89, 11, 12),
      // Pregnancy leave from October to January.
      person('Lotte', 0.78, 9, 10, { to: '2026-10-02' }),
      person('Lotte', 0.78, 0, 10, { from: '2027-01-11' }),
      person('Ruben', 1, 15, 14),
      person('Sanne', 0.67, 8, 8),
      person('Tim', 0.89, 4, 12, { reduction: 0.5, from: '2026-10-05', to: '2027-01-10' }),
    ],
    factors: [registration, onboarding],
    cases: cases(110, 70, 20),
    weeks: weeks(58, 0.4, { 18: 4.4 }),
    bands: [],
  },
  {
    name: 'Jeugd',
    formatie: 4.5,
    extraWeight: 0.2,
    roster: [
      person('Umar', 1, 11, 12),
      person('Vera', 0.89, 10, 12),
      person('Wout', 0.89, 10, 11),
      person('Xandra', 0.78, 8, 10, { reduction: 0.2 }),
    ],
    factors: [registration],
    cases: cases(40, 45, 25),
    weeks: weeks(33, 0.3),
    bands: [],
  },
];

/**
 * Example salaries (named as examples, so nobody takes them for a collective agreement's figures),
 * each person's scale, the tariffs of the three products and the teams' budgets. The complex
 * product is priced below its cost, as the seeds describe happening.
 */
const finance = (): Plan['finance'] => {
  const scale = (n: number) => `Schaal ${n} (voorbeeld)`;
  const paid = (team: string, people: [string, number][]) =>
    people.map(([name, n]) => ({ team, name, scale: scale(n), salary: null }));
  return {
    ikbShare: CAO_PRESETS.sociaalWerk.ikbShare,
    employerShare: 0.3,
    otherPerFte: 4000,
    scales: [
      { name: scale(8), salary: 47000 },
      { name: scale(9), salary: 52000 },
      { name: scale(10), salary: 58000 },
    ],
    pay: [
      ...paid('Noord', [
        ['Anouk', 9],
        ['Bram', 10],
        ['Chantal', 8],
        ['Dennis', 9],
        ['Esra', 8],
        ['Iris', 8],
      ]),
      // Mo has no pay line yet: named in the pane, counted on VC Financiën, and left out of the average cost per FTE.
      ...paid('Centrum', [
        ['Fleur', 10],
        ['Gijs', 9],
        ['Hanna', 8],
        ['Jesse', 9],
        ['Kim', 9],
      ]),
      ...paid('Zuid', [
        ['Nadia', 10],
        ['Olaf', 9],
        ['Priya', 9],
        ['Lotte', 9],
        ['Ruben', 9],
        ['Sanne', 8],
        ['Tim', 8],
      ]),
      ...paid('Jeugd', [
        ['Umar', 10],
        ['Vera', 9],
        ['Xandra', 9],
      ]),
      // A salary of one's own (an allowance on top of the scale) instead of the scale's.
      { team: 'Jeugd', name: 'Wout', scale: scale(9), salary: 55000 },
    ],
    products: [
      { product: 'Enkelvoudige vraag', tariff: 2300 },
      { product: 'Meervoudige vraag', tariff: 5100 },
      { product: 'Complexe multiproblematiek', tariff: 8500 },
    ],
    // Jeugd has no budget of its own yet; Centrum's budget names no FTE.
    budgets: [
      { team: 'Noord', budget: 450000, budgetFte: 6.2 },
      { team: 'Centrum', budget: 390000, budgetFte: null },
      { team: 'Zuid', budget: 490000, budgetFte: 6.8 },
    ],
  };
};

/** Each team's band history: the band its inputs proposed on each adoption date, with why. */
function withBands(plan: Plan): Plan {
  const versions = [
    { from: FIRST_BAND, reason: 'Eerste bandbreedte, vastgesteld met het team na de werkgroep' },
    { from: SECOND_BAND, reason: 'Inwerken van nieuwe collega’s meegewogen' },
  ];
  const teams = plan.teams.map((team, i) => ({
    ...team,
    bands: versions.flatMap(({ from, reason }) => {
      const band = computeFigures(plan, i, from).bandPerFte;
      return isError(band) ? [] : [{ from, low: band.low, high: band.high, reason, basis: '' }];
    }),
  }));
  return { ...plan, teams };
}

export function samplePlan(): Plan {
  const tracker = defaultActivities('nl').map((a, i) => ({
    ...a,
    status: a.step === 1 ? ('done' as const) : a.step === 2 && i % 2 === 0 ? ('busy' as const) : a.status,
    owner: a.step === 1 ? 'Teamleider' : a.step === 2 ? 'Werkgroep caseload' : '',
    date: a.step === 1 ? '2026-05-15' : '',
  }));
  return withBands(
    withIds({
      situation: {
        municipality: 'Gemeente Waalbeek (voorbeeld)',
        areas: [
          {
            name: 'Noord',
            team: 'Noord',
            inhabitants: 14200,
            youth: 3100,
            adults: 8300,
            seniors: 2800,
            caseRatePer1000: 14,
          },
          {
            name: 'Centrum',
            team: 'Centrum',
            inhabitants: 11800,
            youth: 1900,
            adults: 7600,
            seniors: 2300,
            caseRatePer1000: 16,
          },
          {
            name: 'Zuid',
            team: 'Zuid',
            inhabitants: 16500,
            youth: 4200,
            adults: 9100,
            seniors: 3200,
            caseRatePer1000: 12,
          },
          {
            name: 'Hele gemeente, jeugd',
            team: 'Jeugd',
            inhabitants: 9200,
            youth: 9200,
            adults: 0,
            seniors: 0,
            caseRatePer1000: 12,
          },
        ].map(area => ({ id: '', ...area })),
        facilities: [
          { area: 'Noord', kind: 'Verpleeghuis', count: 3 },
          { area: 'Noord', kind: 'Basisschool', count: 5 },
          { area: 'Centrum', kind: 'Beschermd wonen', count: 2 },
          { area: 'Centrum', kind: 'Wmo-inloop', count: 1 },
          { area: 'Zuid', kind: 'Basisschool', count: 7 },
          { area: 'Zuid', kind: 'Voortgezet onderwijs', count: 1 },
        ],
        demand: [
          { area: 'Noord', theme: 'Wmo-aanvragen ouderen', cases: 95, trend: 'rising' },
          { area: 'Centrum', theme: 'Schulden en inkomen', cases: 70, trend: 'stable' },
          { area: 'Zuid', theme: 'Jeugd en opvoeding', cases: 110, trend: 'rising' },
        ],
        stakeholders: [
          { who: 'Wethouder sociaal domein', interest: 'Betaalbare en tijdige hulp', involvement: 'Opdrachtgever' },
          {
            who: 'Professionals wijkteams',
            interest: 'Werk dat te dragen is',
            involvement: 'Bepalen de bandbreedte mee',
          },
          {
            who: 'Huisartsen',
            interest: 'Snelle doorverwijzing',
            involvement: 'Verwijzers, twee keer per jaar overleg',
          },
          { who: 'Financiën', interest: 'Kostprijs en formatie onderbouwd', involvement: 'Rekent mee in stap 2' },
        ],
        problem:
          'Professionals ervaren een te hoge werkdruk en de wachtlijst groeit, terwijl niemand kan zeggen hoeveel casussen passen bij de beschikbare tijd.',
      },
      bandwidth: {
        definitions: {
          case: 'Een huishouden met een hulpvraag waarvoor een plan is gemaakt.',
          caseload: 'Het aantal open casussen per fte op een peildatum.',
          directTime: 'Tijd met of voor de inwoner: gesprekken, huisbezoeken, afstemming over de casus.',
          indirectTime: 'Overleg, scholing, registratie en reistijd die niet bij één casus horen.',
        },
        purpose: 'Inwoners snel en dichtbij helpen, zodat zij weer zelf verder kunnen, met zo min mogelijk zware zorg.',
        time: {
          hoursPerWeek: 36,
          weeks: 52,
          leaveHours: CAO_PRESETS.sociaalWerk.leaveHours + 10, // plus a day the teams agreed on
          // 2026 has 7 holidays on a weekday as the Cao Sociaal Werk counts them (5 May every year): 50.4 hours.
          holidayHours: holidayHoursIn(2026, CAO_PRESETS.sociaalWerk.liberation, 36),
          otherHours: 36,
          absenceRate: 0.055,
          indirectShare: 0.4,
        },
        hoursPerCaseHeavy: 40,
        hoursPerCaseLight: 25,
        caseDurationWeeks: 26,
        categories: [
          { name: 'Enkelvoudige vraag', hoursPerCase: 20 },
          { name: 'Meervoudige vraag', hoursPerCase: 45 },
          { name: 'Complexe multiproblematiek', hoursPerCase: 90 },
        ].map(category => ({ id: '', ...category })),
      },
      teams: teams(),
      // No typed team cost: it follows from the example salaries below and the rosters.
      organisation: { teamCost: null, supportCost: 300000, individualHours: 80, fteToSplit: 22.9 },
      finance: finance(),
      implement: {
        agreements: [
          {
            when: 'Boven de bandbreedte',
            action: 'Nieuwe aanmeldingen eerst bespreken in het teamoverleg',
            who: 'Teamleider',
          },
          { when: 'Onder de bandbreedte', action: 'Ruimte benutten voor preventie en scholing', who: 'Team' },
        ],
        evaluations: [
          { date: '2026-12-15', topic: 'Eerste evaluatie bandbreedte', who: 'Teams en teamleiders' },
          { date: '2027-03-15', topic: 'Meewegende factoren herzien', who: 'Werkgroep caseload' },
        ],
        reflections: [
          {
            date: '2026-10-28',
            observation: 'Twee collega’s in het inwerktraject nemen nog geen complexe casussen',
            factor: 'Inwerken nieuwe collega’s',
            bandChanged: 'Ja, per 7 september',
          },
        ],
      },
      tracker,
      conversation: { ...DEFAULT_CONVERSATION },
      scenarios: [
        baseline('Basis', 'Noord'),
        // Three colleagues of 0.89 FTE, still onboarding (a quarter less), at the average cost per FTE.
        { ...baseline('3 nieuwe collega’s', 'Noord'), extraFte: 2.67, newStaffReduction: 0.25 },
        { ...baseline('10% groei', 'Zuid'), caseGrowth: 0.1 },
        { ...baseline('Minder registratie', 'Centrum'), hoursChange: -0.05 },
      ],
      formulas: 'caseload',
    }),
  );
}
