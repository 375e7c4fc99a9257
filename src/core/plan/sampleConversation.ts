// The sample municipality's conversation side: per team a short case list (case numbers only,
// never a client's name) with a few cases far above or below their norm and the team's reflection
// on some of them, how many said their work was too little, right or too much at three evaluation
// moments, how the team divides its cases, and one reflection note a colleague chose to share with
// the team (without a name). The reflections speak of the work, never of the client's
// circumstances. Noord's list holds clearly more heavy cases than its step 2 mix assumed: its mix
// drift warns. Jeugd has four people: too few to count felt workload without pointing at someone
// (MIN_ANSWERS), so it has no counts.
import type { Division, Felt, ListedCase, Note, Outcome, Team } from './plan';

export type ConversationLists = Pick<Team, 'caseList' | 'felt' | 'division' | 'sharedNotes'>;

/** When the sample's cases were put on their lists. */
const LISTED = '2026-09-01';

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
  listed: LISTED,
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
        'Meer instanties bij de casus betrokken dan bij de aanmelding bekend was: veel afstemming die de norm niet kent.',
        'factor',
      ),
      listed(
        'N-0419',
        SINGLE,
        8,
        'Dennis',
        'Na één gesprek was de vraag helder en kon de casus naar een algemene voorziening.',
        'nothing',
      ),
      listed('N-0420', SINGLE, 22, 'Esra'),
      listed('N-0423', SINGLE, { weeks: 12 }, 'Anouk'),
      listed('N-0431', SINGLE, 19, 'Dennis'),
      listed('N-0433', SINGLE, 25, 'Iris'),
      listed('N-0437', SINGLE, 16, 'Esra'),
      listed(
        'N-0440',
        SINGLE,
        { weeks: 45 },
        'Esra',
        'Staat open zolang een vervolgplek op zich laat wachten, zonder dat er werk in zit.',
        'category',
      ),
      listed('N-0402', MULTIPLE, 50, 'Bram'),
      listed('N-0405', MULTIPLE, 40, 'Anouk'),
      listed(
        'N-0407',
        MULTIPLE,
        72,
        'Chantal',
        'Eerste casus van de medewerker in deze wijk: tijd om de samenwerkingspartners te leren kennen.',
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
        'Elke week een overleg met ketenpartners, dat de categorie niet meerekent.',
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
    sharedNotes: [
      {
        date: '2026-11-16',
        aspect: 'energy',
        note: 'Storingen in het registratiesysteem kosten me meer energie dan de gesprekken zelf.',
      } satisfies Note,
    ],
  },
  Centrum: {
    caseList: [
      listed('C-1101', SINGLE, 21, 'Gijs'),
      listed('C-1102', SINGLE, 31, 'Jesse', 'Gesprekken duren dubbel zo lang door extra afstemming.', 'factor'),
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
    sharedNotes: [],
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
    sharedNotes: [],
  },
  Jeugd: {
    caseList: [
      listed('J-3101', SINGLE, 26, 'Umar'),
      listed('J-3102', SINGLE, 11, 'Vera'),
      listed('J-3201', MULTIPLE, 60, 'Wout'),
      listed('J-3202', MULTIPLE, 58, 'Umar'),
      listed('J-3203', MULTIPLE, { weeks: 41 }, 'Xandra'),
      listed('J-3301', COMPLEX, 170, 'Vera', 'Veel afstemming met andere hulpverleners.', ''),
    ],
    felt: [],
    division: division('team', 'together', 'De basis op orde; extra’s alleen als er ruimte is.'),
    sharedNotes: [],
  },
};

/** A sample team's conversation lists, made afresh for every plan so no two plans share a list. */
export const sampleConversation = (team: string): ConversationLists =>
  structuredClone(LISTS[team] ?? { caseList: [], felt: [], division: [], sharedNotes: [] });
