// Client data never belong in the workbook: a case list carries case numbers, and free text is about
// the work, not about the person. With Wmo and youth categories beside them, case numbers are
// pseudonymised health data already (AVG art. 9); a BSN, a date of birth or a name beside them would
// make them plainly personal. So a case number that is, or holds, one of those is refused, and free
// text that seems to hold one gets a warning. The checks are careful guesses, not proof: they catch
// the usual ways people write these things, and say what they found in the user's own terms.
import { monthOf } from '../dates';

/** What a value seems to hold that points at a client. */
export type PrivacyFind = 'bsn' | 'birthDate' | 'name';

// ---- BSN ------------------------------------------------------------------------------------

/** Nine digits, with at most one space or dot between any two ("123456782", "1234.56.782", "123 456 782"). */
const NINE_DIGITS = /(?<!\d)\d(?:[ .]?\d){8}(?!\d)/g;

/** Whether nine digits pass the elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not 0). */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum > 0 && sum % 11 === 0;
}

const holdsBsn = (text: string): boolean =>
  [...text.matchAll(NINE_DIGITS)].some(found => isBsn(found[0].replace(/[ .]/g, '')));

// ---- Dates (of birth) ------------------------------------------------------------------------

const NUMERIC_DATE = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/g; // 14-03-1985, 14/3/85, 14.03.1985
const YEAR_FIRST = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g; // 1985-03-14
const NAMED_MONTH = /(?<!\d)(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4}|\d{2})(?!\d)/gu; // 14 maart 1985, 14 mrt 85

/** A two-digit year as people mean it: 85 is 1985, 12 is 2012. */
const fullYear = (year: string): number => {
  const n = Number(year);
  return year.length === 4 ? n : n >= 30 ? 1900 + n : 2000 + n;
};

function realDay(year: number, month: number | undefined, day: number): boolean {
  if (month === undefined || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The full dates in a text (day, month and year), each with its year and where it starts. */
function datesIn(text: string): { year: number; at: number }[] {
  const found: { year: number; at: number }[] = [];
  const add = (at: number, year: number, month: number | undefined, day: number) => {
    if (realDay(year, month, day)) found.push({ year, at });
  };
  for (const m of text.matchAll(NUMERIC_DATE)) add(m.index, fullYear(m[3]), Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(YEAR_FIRST)) add(m.index, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(NAMED_MONTH)) add(m.index, fullYear(m[3]), monthOf(m[2]), Number(m[1]));
  return found;
}

/** Words that say the date after them is a birthday: "geb. 14-03-1985", "geboren op", "date of birth". */
const BIRTH_WORD = /(?:geb|geboren|geboortedatum|born|birth|dob|d\.o\.b)\.?:?\s*(?:op|on)?\s*$/i;
/** How far before a date a birth word may stand. */
const BIRTH_WORD_REACH = 25;

// ---- Names -----------------------------------------------------------------------------------

// A name: letters only, in words joined by spaces, a comma, an apostrophe, a dot or a hyphen; with
// one word of two letters or more that starts with a capital ("de Vries", "Jansen, P.", "van den
// Berg") or written in capitals from four letters ("JANSEN"; "WMO" stays an abbreviation).
const WORDS = /^[\p{L}'’.-]+(?:,?\s+[\p{L}'’.-]+)*,?$/u;
const CAPITALISED = /(?:^|[\s'’.-])\p{Lu}\p{Ll}/u;
const SHOUTED = /^[\p{Lu}\s'’.,-]+$/u;
/** A word a surname could be: a capital, then two or more small letters with a vowel among them. */
const SURNAME_LIKE = /\p{Lu}(?=\p{Ll}*[aeiouyáàäéèëíïóöúü])\p{Ll}{2,}/u;
/** Words a case number may carry beside its digits without naming anyone ("Zaak 12", "Noord-0412"). */
const CASE_WORDS = new Set(
  [
    'zaak',
    'dossier',
    'casus',
    'melding',
    'aanvraag',
    'aanmelding',
    'team',
    'wijk',
    'gebied',
    'nummer',
    'nr',
    'case',
    'file',
    'wmo',
    'jeugd',
    'noord',
    'oost',
    'zuid',
    'west',
    'centrum',
  ].map(w => w.normalize()),
);

function nameWords(text: string): boolean {
  if (!WORDS.test(text)) return false;
  return CAPITALISED.test(text) || (SHOUTED.test(text) && text.replace(/[^\p{L}]/gu, '').length >= 4);
}

/** A name with a number beside it ("Jansen 12", "de Vries-3", "P. Jansen 2026"): the words alone name someone. */
function nameWithNumber(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const letters = text
    .replace(/\d+/g, ' ')
    .replace(/[\s_#/:-]+/g, ' ')
    .trim();
  if (!letters || !nameWords(letters)) return false;
  const words = letters.split(' ').map(w => w.replace(/[.,'’]/g, '').toLowerCase());
  if (words.every(w => w.length <= 1 || CASE_WORDS.has(w))) return false;
  return SURNAME_LIKE.test(letters) || SHOUTED.test(letters);
}

/** Whether a case number looks like a personal name ("Jansen", "A. de Vries", "Jansen 12") rather than a number. */
export function looksLikeName(value: string): boolean {
  const text = value.trim();
  return nameWords(text) || nameWithNumber(text);
}

// Names in running text: after a title ("mevrouw Jansen", "dhr. de Vries"), with initials ("P.
// Jansen", "Jansen, P."), or with a two-word prefix ("van der Berg"). A first name alone is left
// alone: colleagues are named in reflections, and a capital starts every sentence.
const PREFIX = String.raw`(?:(?:van|de|der|den|het|ter|ten|te|in|op|'t|la|le|el|al)\s+)*`;
const SURNAME = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*`;
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,4}`;
const TITLES = ['mevrouw', 'mevr', 'mw', 'meneer', 'mijnheer', 'dhr', 'de heer', 'familie', 'fam', 'mr', 'mrs', 'ms'];
const anyCase = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
const NAMES_IN_TEXT = [
  new RegExp(String.raw`(?<!\p{L})(?:${TITLES.map(anyCase).join('|')})\.?\s+${PREFIX}${SURNAME}`, 'u'),
  new RegExp(String.raw`(?<!\p{L})${INITIALS}${PREFIX}${SURNAME}`, 'u'),
  new RegExp(String.raw`(?<!\p{L})${SURNAME},\s*${INITIALS}`, 'u'),
  new RegExp(String.raw`(?<!\p{L})(?:van der|van den|van 't|in 't|ter|ten)\s+${SURNAME}`, 'u'),
];

// ---- The checks --------------------------------------------------------------------------------

/** Why a case number is refused: it holds a BSN, a date (of birth, as far as anyone can tell) or a name. */
export function caseNumberProblem(value: string): PrivacyFind | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (holdsBsn(text)) return 'bsn';
  if (datesIn(text).length > 0) return 'birthDate';
  if (looksLikeName(text)) return 'name';
  return undefined;
}

/**
 * What a free text seems to hold that points at a client: a BSN, a date of birth (a date after a
 * birth word, or one from two years before `thisYear` or earlier: the work of this year and last is
 * dated freely) or a name as people write one about someone (with a title or initials). Warned,
 * never refused: the person typing knows what they meant.
 */
export function freeTextFinds(text: string, thisYear: number): PrivacyFind[] {
  const finds: PrivacyFind[] = [];
  if (holdsBsn(text)) finds.push('bsn');
  const birthDate = datesIn(text).some(
    ({ year, at }) => year <= thisYear - 2 || BIRTH_WORD.test(text.slice(Math.max(0, at - BIRTH_WORD_REACH), at)),
  );
  if (birthDate) finds.push('birthDate');
  if (NAMES_IN_TEXT.some(pattern => pattern.test(text))) finds.push('name');
  return finds;
}

/** Whether most of the (non-blank) values are refused as case numbers: a column of names or BSNs, not of case numbers. */
export function mostlyNotCaseNumbers(values: readonly string[]): boolean {
  const filled = values.map(v => v.trim()).filter(Boolean);
  return filled.length > 0 && filled.filter(v => caseNumberProblem(v) !== undefined).length * 2 > filled.length;
}
