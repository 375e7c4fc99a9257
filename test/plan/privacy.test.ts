// The privacy checks a case number and a free text go through (core's privacy.ts): a BSN by the
// elfproef, however it is written; a date of birth in the ways Dutch people write dates; a name,
// with prefixes ("de Vries"), initials ("Jansen, P.") or a number beside it ("Jansen 12"). Case
// numbers that are none of these pass, and so does free text about the work.
import { caseNumberProblem, freeTextFinds, isBsn, looksLikeName } from '../../src/core';

describe('a BSN', () => {
  it('passes the elfproef: 9×d1 + 8×d2 + … + 2×d8 − d9 is a multiple of 11', () => {
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 2 = 154 = 14 × 11
    expect(isBsn('123456782')).toBe(true);
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('123456789')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
    expect(isBsn('12345678')).toBe(false);
  });

  it('is refused as a case number however it is written, and only when it passes the elfproef', () => {
    for (const bsn of ['123456782', '1234.56.782', '123 456 782', 'BSN 123456782']) {
      expect(caseNumberProblem(bsn)).toBe('bsn');
    }
    expect(caseNumberProblem('123456789')).toBeUndefined(); // nine digits, no BSN
    expect(caseNumberProblem('2026-000412')).toBeUndefined();
  });
});

describe('a date of birth', () => {
  it('is refused as a case number in the ways dates are written', () => {
    for (const date of [
      '14-03-1985',
      '14-3-1985',
      '14/03/1985',
      '14.03.1985',
      '1985-03-14',
      '14 maart 1985',
      '14 mrt 85',
      '14-03-85',
      'N-14-03-2019',
    ]) {
      expect(caseNumberProblem(date)).toBe('birthDate');
    }
    // No real day, or no date at all.
    for (const number of ['31-02-1985', '14-13-1985', '2026-0412', 'N-0415', 'C-1102']) {
      expect(caseNumberProblem(number)).toBeUndefined();
    }
  });

  it('is warned about in free text after a birth word or from two years back; the work’s own dates pass', () => {
    expect(freeTextFinds('Moeder (geb. 14-03-1985) belde.', 2026)).toEqual(['birthDate']);
    expect(freeTextFinds('Geboren op 3 mei 2024, nu in beeld.', 2026)).toEqual(['birthDate']);
    expect(freeTextFinds('Kind van 12-06-2014 in beeld.', 2026)).toEqual(['birthDate']);
    expect(freeTextFinds('Besproken op 16-11-2026 en 3 maart 2025.', 2026)).toEqual([]);
  });
});

describe('a name', () => {
  it('is refused as a case number, with prefixes, initials or a number beside it', () => {
    for (const name of [
      'Jansen',
      'de Vries',
      'van den Berg',
      'Jansen, P.',
      'A. de Vries',
      'JANSEN',
      'Jansen 12',
      'de Vries-3',
      'P. Jansen 2026',
      'Jansen12',
    ]) {
      expect(caseNumberProblem(name)).toBe('name');
      expect(looksLikeName(name)).toBe(true);
    }
  });

  it('lets case numbers through, also with a word of the case system beside the number', () => {
    for (const number of [
      'N-0415',
      'C1102',
      'WMO-12',
      'Zaak 12',
      'Dossier 2026-14',
      'Jeugd-12',
      'Noord 0412',
      'A-12',
      'J3101',
      '2026-0412',
    ]) {
      expect(caseNumberProblem(number)).toBeUndefined();
    }
  });

  it('is warned about in free text with a title, initials or a double prefix; a colleague’s first name passes', () => {
    for (const text of [
      'Gesprek met mevrouw Jansen over de aanvraag.',
      'Dhr. de Vries belde terug.',
      'Overleg met P. Jansen gepland.',
      'Dossier van Jansen, P. opgevraagd.',
      'Afstemming met de familie van der Berg.',
    ]) {
      expect(freeTextFinds(text, 2026)).toEqual(['name']);
    }
    for (const text of [
      'Bram nam de casus over; Anouk deed de intake.',
      'Meer afstemming met de Wmo-consulent dan de norm aanneemt.',
      'Veel tijd voor overleg met ketenpartners.',
    ]) {
      expect(freeTextFinds(text, 2026)).toEqual([]);
    }
  });
});

it('says each kind once in free text that holds several', () => {
  expect(freeTextFinds('Mw. Jansen, BSN 123456782, geb. 14-03-1985', 2026)).toEqual(['bsn', 'birthDate', 'name']);
});
