// A fictional but realistic municipality, to explore the add-in without typing: the standalone
// pane opens with it and `npm run sample` writes it to an .xlsx file. Time figures follow the
// CAO Sociaal Werk (36 hours a week, 170 hours of leave, 7 weekday holidays of 7.2 hours).
import { Language } from '../language/language';
import { defaultActivities } from './activities';
import { Plan } from './plan';
import { baseline } from './scenarios';

/** A plan with nothing filled in but sensible time defaults and the work package's activities. */
export function emptyPlan(language: Language): Plan {
  return {
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
      factors: [],
    },
    team: { roster: [] },
    organisation: { teamCost: 0, supportCost: 0, individualHours: 0 },
    implement: { agreements: [], evaluations: [], weeks: [], reflections: [] },
    tracker: defaultActivities(language),
    scenarios: [],
  };
}

const person = (name: string, fte: number, reduction: number, openCases: number, indirectHoursPerWeek: number) => ({
  name,
  fte,
  reduction,
  openCases,
  indirectHoursPerWeek,
});

export function samplePlan(): Plan {
  const tracker = defaultActivities('nl').map((a, i) => ({
    ...a,
    status: a.step === 1 ? ('done' as const) : a.step === 2 && i % 2 === 0 ? ('busy' as const) : a.status,
    owner: a.step === 1 ? 'Teamleider' : a.step === 2 ? 'Werkgroep caseload' : '',
    date: a.step === 1 ? '2026-09-15' : '',
  }));
  return {
    situation: {
      municipality: 'Gemeente Waalbeek (voorbeeld)',
      areas: [
        { name: 'Noord', inhabitants: 14200, youth: 3100, adults: 8300, seniors: 2800, caseRatePer1000: 9 },
        { name: 'Centrum', inhabitants: 11800, youth: 1900, adults: 7600, seniors: 2300, caseRatePer1000: 12 },
        { name: 'Zuid', inhabitants: 16500, youth: 4200, adults: 9100, seniors: 3200, caseRatePer1000: 8 },
      ],
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
        { who: 'Professionals wijkteam', interest: 'Werk dat te dragen is', involvement: 'Bepalen de bandbreedte mee' },
        { who: 'Huisartsen', interest: 'Snelle doorverwijzing', involvement: 'Verwijzers, twee keer per jaar overleg' },
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
        leaveHours: 180, // 170 hours of CAO leave, plus a day the team agreed on
        holidayHours: 50.4,
        otherHours: 36,
        absenceRate: 0.055,
        indirectShare: 0.4,
      },
      hoursPerCaseHeavy: 40,
      hoursPerCaseLight: 25,
      caseDurationWeeks: 26,
      categories: [
        { name: 'Enkelvoudige vraag', count: 120, hoursPerCase: 20 },
        { name: 'Meervoudige vraag', count: 60, hoursPerCase: 45 },
        { name: 'Complexe multiproblematiek', count: 15, hoursPerCase: 90 },
      ],
      factors: [
        { name: 'Inwerken nieuwe collega’s', reduction: 0.05, period: '2026 Q4 – 2027 Q1' },
        { name: 'Registratielast nieuw systeem', reduction: 0.05, period: '2026' },
      ],
    },
    team: {
      roster: [
        person('Anouk', 0.89, 0, 12, 12),
        person('Bram', 1, 0, 15, 14),
        person('Chantal', 0.78, 0.2, 9, 10),
        person('Dennis', 0.89, 0, 13, 13),
        person('Esra', 0.67, 0, 8, 9),
        person('Fleur', 1, 0.5, 6, 16),
        person('Gijs', 0.89, 0, 14, 11),
      ],
    },
    organisation: { teamCost: 468000, supportCost: 84000, individualHours: 80 },
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
        { date: '2026-12-15', topic: 'Eerste evaluatie bandbreedte', who: 'Team en teamleider' },
        { date: '2027-03-15', topic: 'Meewegende factoren herzien', who: 'Werkgroep caseload' },
      ],
      weeks: [
        { week: '2026-W40', openCases: 71, ftePresent: 5.6 },
        { week: '2026-W41', openCases: 74, ftePresent: 5.6 },
        { week: '2026-W42', openCases: 72, ftePresent: 5.2 },
        { week: '2026-W43', openCases: 77, ftePresent: 5.6 },
        { week: '2026-W44', openCases: 79, ftePresent: 5.4 },
        { week: '2026-W45', openCases: 81, ftePresent: 5.6 },
        { week: '2026-W46', openCases: 83, ftePresent: 5.6 },
        { week: '2026-W47', openCases: 86, ftePresent: 5.1 },
      ],
      reflections: [
        {
          date: '2026-10-28',
          observation: 'Twee collega’s in het inwerktraject nemen nog geen complexe casussen',
          factor: 'Inwerken nieuwe collega’s',
          bandChanged: 'Nee',
        },
      ],
    },
    tracker,
    scenarios: [
      baseline('Basis'),
      // Three colleagues of 0.89 FTE, still onboarding (a quarter less), at about € 72,000 a year each.
      { ...baseline('3 nieuwe collega’s'), extraFte: 2.67, newStaffReduction: 0.25, extraCost: 216000 },
      { ...baseline('10% groei'), caseGrowth: 0.1 },
      { ...baseline('Minder registratie'), hoursChange: -0.05 },
    ],
  };
}
