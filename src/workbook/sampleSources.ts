// Two tables "of the user's own" for the in-browser workbook, so the import can be tried without
// Excel: a staff list and a case list as a municipality's systems might export them.
import type { UserSheet } from './memory/memoryWorkbook';

const staff: unknown[][] = [
  ['Naam', 'Fte', 'Korting', 'Open casussen'],
  ['Anouk', 0.89, 0, 12],
  ['Bram', 1, 0, 15],
  ['Chantal', 0.78, '20%', 9],
  ['Dennis', 0.89, 0, 13],
  ['Esra', 0.67, 0, 8],
  ['Fleur', 1, '50%', 6],
  ['Gijs', 0.89, 0, 14],
  ['Hanna', 0.5, '10%', 3],
];

// This year's cases, as many per category as the sample plan counts (120, 60 and 15).
const kinds: [string, number][] = [
  ['Enkelvoudige vraag', 120],
  ['Meervoudige vraag', 60],
  ['Complexe multiproblematiek', 15],
];
const workers = ['Anouk', 'Bram', 'Chantal', 'Dennis', 'Esra', 'Fleur', 'Gijs'];
const cases: unknown[][] = [
  ['Casusnummer', 'Categorie', 'Behandeld door'],
  ...kinds
    .flatMap(([kind, count]) => Array.from({ length: count }, () => kind))
    .map((kind, i) => [`2026-${String(i + 1).padStart(4, '0')}`, kind, workers[i % workers.length]]),
];

export const SAMPLE_SOURCES: UserSheet[] = [
  {
    name: 'Eigen gegevens',
    rows: [...staff, [], ...cases],
    tables: [
      { name: 'Medewerkers', address: `A1:D${staff.length}` },
      { name: 'Casuslijst', address: `A${staff.length + 2}:C${staff.length + 1 + cases.length}` },
    ],
  },
];
