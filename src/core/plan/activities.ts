// The work package's activities per step, prefilled in a new plan's tracker. Teams edit,
// add and remove them; these are only a start. Involving the privacy officer (FG) and the works
// council (OR) comes first: the plan holds staff names and pseudonymised case data (docs/privacy.md).
import { Language } from '../language/language';
import { Activity, Step } from './plan';

const ACTIVITIES: Record<Language, Record<Step, string[]>> = {
  nl: {
    1: [
      'Gebieden in kaart brengen: inwoners en leeftijdsgroepen',
      'Voorzieningen per gebied inventariseren',
      'Zorgvraag en de trend daarin beschrijven',
      'Belanghebbenden en hun belang in beeld brengen',
      'Management en financiën aan tafel krijgen',
      'FG en OR betrekken',
      'Het caseloadprobleem samen benoemen',
    ],
    2: [
      'Afspreken wat een casus is en wat caseload is',
      'Directe en indirecte tijd definiëren',
      'De bedoeling van het team opschrijven',
      'Beschikbare tijd per fte vaststellen',
      'Casuscategorieën en uren per casus schatten',
      'Meewegende factoren bespreken en wegen',
      'De bandbreedte vaststellen met professionals',
    ],
    3: [
      'Afspreken wie wat doet boven en onder de bandbreedte',
      'Evaluatiemomenten plannen',
      'Wekelijks de cijfers naast de bandbreedte leggen',
      'Afwijkingen bespreken en vastleggen',
      'Meewegende factoren en bandbreedte bijstellen',
    ],
  },
  en: {
    1: [
      'Map the areas: inhabitants and age groups',
      'List the facilities in each area',
      'Describe care demand and its trend',
      'Map the stakeholders and their interests',
      'Bring management and finance to the table',
      'Involve the data protection officer (FG) and the works council (OR)',
      'Name the caseload problem together',
    ],
    2: [
      'Agree what a case is and what caseload is',
      'Define direct and indirect time',
      "Write down the team's purpose",
      'Set the available time per FTE',
      'Estimate case categories and hours per case',
      'Discuss and weigh the weighing factors',
      'Set the bandwidth together with the professionals',
    ],
    3: [
      'Agree who does what above and below the band',
      'Plan evaluation moments',
      'Hold the figures against the band every week',
      'Discuss and record deviations',
      'Adjust weighing factors and the band',
    ],
  },
};

export function defaultActivities(language: Language): Activity[] {
  return ([1, 2, 3] as const).flatMap(step =>
    ACTIVITIES[language][step].map(activity => ({ step, activity, status: 'todo' as const, owner: '', date: '' })),
  );
}
