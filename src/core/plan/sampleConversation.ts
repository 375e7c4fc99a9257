// The sample municipality's conversation side: per team a short case list (case numbers only,
// never a client's name) with a few cases far above or below their norm and the team's reflection
// on some of them, how many said their work was too little, right or too much at three evaluation
// moments, how the team divides its cases, and one note a colleague chose to keep. Noord's list
// holds clearly more heavy cases than its step 2 mix assumed: its mix drift warns.
import type { Division, Felt, ListedCase, Outcome, PersonalNote, Team } from './plan';

export type ConversationLists = Pick<Team, 'caseList' | 'felt' | 'division' | 'notes'>;

const SINGLE = 'Enkelvoudige vraag';
const MULTIPLE = 'Meervoudige vraag';
const COMPLEX = 'Complexe multiproblematiek';

/** A listed case: hours spent (a number) or weeks open ({ weeks }). */
const listed = (
  caseNumber: string,
  category: string,
  spent: number | { weeks: number },
  worker = '',
  reflection = '',
  outcome: Outcome = '',
): ListedCase => ({
  caseNumber,
  category,
  hours: typeof spent === 'number' ? spent : null,
  weeksOpen: typeof spent === 'number' ? null : spent.weeks,
  worker,
  reflection,
  outcome,
});

const MOMENTS = ['2026-09-07', '2026-10-05', '2026-11-16'];
const felt = (counts: [number, number, number][]): Felt[] =>
  counts.map(([tooLittle, right, tooMuch], i) => ({ date: MOMENTS[i], tooLittle, right, tooMuch }));

const division = (divides: Division['divides'], norm: Division['norm'], quality = ''): Division[] => [
  { divides, norm, quality, note: '' },
];

const LISTS: Record<string, ConversationLists> = {
  Noord: {
    caseList: [
      listed('N-0412', SINGLE, 18, 'Anouk'),
      listed(
        'N-0415',
        SINGLE,
        35,
        'Bram',
        'De schulden bleken groter dan bij de aanmelding; drie schuldeisers en een beschermingsbewind erbij.',
        'factor',
      ),
      listed(
        'N-0419',
        SINGLE,
        8,
        'Dennis',
        'Na één huisbezoek was de vraag helder; de inwoner ging verder met de Wmo-inloop.',
        'nothing',
      ),
      listed('N-0420', SINGLE, 22, 'Esra'),
      listed('N-0423', SINGLE, { weeks: 12 }, 'Anouk'),
      listed('N-0431', SINGLE, 19, 'Dennis'),
      listed('N-0433', SINGLE, 25, 'Iris'),
      listed('N-0437', SINGLE, 16, 'Esra'),
      listed('N-0440', SINGLE, { weeks: 45 }, 'Esra', 'Wacht al maanden op een plek in beschermd wonen.', 'category'),
      listed('N-0402', MULTIPLE, 50, 'Bram'),
      listed('N-0405', MULTIPLE, 40, 'Anouk'),
      listed(
        'N-0407',
        MULTIPLE,
        72,
        'Chantal',
        'Nieuw in deze wijk: veel tijd om de huisarts en de school te leren kennen.',
        'individual',
      ),
      listed('N-0409', MULTIPLE, 44, 'Dennis'),
      listed('N-0411', MULTIPLE, { weeks: 20 }, 'Chantal'),
      listed('N-0414', MULTIPLE, 38, 'Bram'),
      listed('N-0416', MULTIPLE, 20, 'Iris'),
      listed('N-0418', MULTIPLE, 47, 'Anouk'),
      listed('N-0390', COMPLEX, 95, 'Bram'),
      listed(
        'N-0393',
        COMPLEX,
        150,
        'Bram',
        'Huiselijk geweld en schulden tegelijk: elke week een veiligheidsoverleg.',
        'factor',
      ),
      listed('N-0396', COMPLEX, { weeks: 30 }, 'Dennis'),
    ],
    felt: felt([
      [0, 3, 3],
      [0, 2, 4],
      [0, 1, 5],
    ]),
    division: division('teamLeader', 'together', 'Een 7 is genoeg; waar de veiligheid van een kind speelt een 10.'),
    notes: [
      {
        person: 'Bram',
        date: '2026-11-16',
        aspect: 'energy',
        note: 'Storingen in het registratiesysteem kosten me meer energie dan de gesprekken zelf.',
      } satisfies PersonalNote,
    ],
  },
  Centrum: {
    caseList: [
      listed('C-1101', SINGLE, 21, 'Gijs'),
      listed('C-1102', SINGLE, 31, 'Jesse', 'Taalbarrière: elk gesprek met een tolk.', 'factor'),
      listed('C-1103', SINGLE, 17, 'Kim'),
      listed('C-1104', SINGLE, { weeks: 10 }, 'Mo'),
      listed('C-1105', SINGLE, 9, 'Gijs'),
      listed('C-1106', SINGLE, 20, 'Hanna'),
      listed('C-1201', MULTIPLE, 50, 'Jesse'),
      listed('C-1202', MULTIPLE, 41, 'Kim'),
      listed('C-1203', MULTIPLE, { weeks: 22 }, 'Fleur'),
      listed('C-1301', COMPLEX, 85, 'Jesse'),
    ],
    felt: felt([
      [1, 4, 1],
      [0, 5, 1],
      [0, 4, 2],
    ]),
    division: division('team', 'perPerson'),
    notes: [],
  },
  Zuid: {
    caseList: [
      listed('Z-2101', SINGLE, 24, 'Nadia'),
      listed('Z-2102', SINGLE, 30, 'Olaf'),
      listed('Z-2103', SINGLE, 10, 'Priya'),
      listed('Z-2104', SINGLE, { weeks: 8 }, 'Sanne'),
      listed('Z-2201', MULTIPLE, 52, 'Ruben'),
      listed('Z-2202', MULTIPLE, 80, 'Nadia'),
      listed('Z-2203', MULTIPLE, 49, 'Olaf'),
      listed('Z-2301', COMPLEX, 110, 'Ruben'),
    ],
    felt: felt([
      [0, 2, 5],
      [0, 2, 5],
      [0, 1, 6],
    ]),
    division: [],
    notes: [],
  },
  Jeugd: {
    caseList: [
      listed('J-3101', SINGLE, 26, 'Umar'),
      listed('J-3102', SINGLE, 11, 'Vera'),
      listed('J-3201', MULTIPLE, 60, 'Wout'),
      listed('J-3202', MULTIPLE, 58, 'Umar'),
      listed('J-3203', MULTIPLE, { weeks: 41 }, 'Xandra'),
      listed('J-3301', COMPLEX, 170, 'Vera', 'Drie gezinsleden met elk een eigen hulpverlener; veel afstemming.', ''),
    ],
    felt: felt([
      [0, 3, 1],
      [0, 3, 1],
      [1, 2, 1],
    ]),
    division: division('team', 'together', 'De basis op orde; extra’s alleen als er ruimte is.'),
    notes: [],
  },
};

/** A sample team's conversation lists, made afresh for every plan so no two plans share a list. */
export const sampleConversation = (team: string): ConversationLists =>
  structuredClone(LISTS[team] ?? { caseList: [], felt: [], division: [], notes: [] });
