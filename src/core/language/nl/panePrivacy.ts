// Pane texts in Dutch for privacy: what a case number and a free text may not hold, a person's own
// reflection notes (kept in their own browser) and the notes they chose to share, the felt-workload
// counts shown only from enough answers, the privacy settings with Opschonen, figures per staff
// member behind the works council's consent, and the notice for notes that carried a name. Part of
// the pane texts (pane.ts).

/** What a free text seems to hold, as the warning names it. */
export interface FreeTextFinds {
  bsn: boolean;
  birthDate: boolean;
  name: boolean;
}

const listed = (items: string[], or: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;

export const panePrivacy = {
  // Case numbers and free text
  caseNumberBsn:
    'Dit lijkt een BSN: het klopt met de elfproef. Een BSN hoort nooit in de werkmap. Gebruik het casusnummer.',
  caseNumberBirthDate:
    'Dit lijkt een datum, misschien een geboortedatum. Die hoort niet in een casusnummer. Gebruik het casusnummer.',
  caseNumberName: 'Dit lijkt een naam. Gebruik een casusnummer, nooit de naam van een cliënt.',
  caseNumberKept: 'Niet overgenomen: het casusnummer blijft wat het was.',
  caseReflectionHint:
    'Over het werk: wat kostte meer of minder tijd, en waarom. Geen namen, adres, BSN, geboortedatum of gezondheid van een cliënt.',
  caseListed: 'Op de lijst sinds',
  caseListedHint: 'Opschonen haalt de casus weg als hij langer op de lijst staat dan jullie bewaren.',
  freeTextWarning: (finds: FreeTextFinds) =>
    `Deze tekst lijkt ${listed(
      [finds.name && 'een naam', finds.bsn && 'een BSN', finds.birthDate && 'een geboortedatum'].filter(
        (item): item is string => typeof item === 'string',
      ),
      'of',
    )} van een cliënt te bevatten. Schrijf over het werk, niet over de persoon.`,

  // Individual reflection: a person's own notes
  ownNotesLine:
    'Je notities zijn van jou. Bewaren zet ze alleen in deze browser op deze computer, niet in de werkmap: je ' +
    'teamleider en collega’s lezen ze niet mee. Wie deze browser op deze computer gebruikt, kan ze wel openen. Een ' +
    'notitie deel je alleen met het team als je dat per notitie kiest; hij komt dan zonder je naam in de werkmap.',
  ownNotesWriteHint: 'Schrijf over je werk en hoe dat voelt. Geen namen of gegevens van cliënten.',
  ownNotesSave: 'Bewaren, alleen voor mij',
  ownNotesSaved: (count: number) =>
    `${count} ${count === 1 ? 'notitie' : 'notities'} bewaard in deze browser. Niets ervan komt in de werkmap.`,
  ownNotesKept: (person: string) => `Eigen notities van ${person}, alleen in deze browser`,
  ownNotesNone: 'Nog geen eigen notities in deze browser.',
  ownNotesRemove: (aspect: string, date: string) =>
    `Eigen notitie over ${aspect.toLowerCase()} van ${date} verwijderen`,
  ownNotesShare: 'Delen met het team',
  ownNotesShareLabel: (aspect: string, date: string) =>
    `Notitie over ${aspect.toLowerCase()} van ${date} delen met het team`,
  ownNotesShareTitle: 'Deze notitie met het team delen?',
  ownNotesShareBody:
    'De notitie komt zonder je naam op het blad VC Gesprek zodra iemand Naar werkmap schrijven kiest. Iedereen die ' +
    'de werkmap opent, kan hem lezen, ook je teamleider. Uit je eigen notities gaat hij weg.',
  ownNotesShareConfirm: 'Delen zonder naam',
  ownNotesCancel: 'Annuleren',
  ownNotesShared: 'Gedeeld met het team, zonder naam.',
  ownNotesUnavailable: (reason: string) =>
    `Deze browser bewaart geen notities (${reason}). Wat je typte staat nog in de velden: kopieer wat je wilt houden.`,
  ownNotesUnreadable:
    'De notities in deze browser zijn door een nieuwere versie bewaard en hier niet te lezen. Ze blijven staan; er ' +
    'wordt niets overheen geschreven.',
  sharedNotesTitle: (team: string) => `Met het team gedeeld, zonder naam: team ${team}`,
  sharedNotesIntro: 'Notities die iemand zelf met het team deelde. Ze staan in de werkmap, zonder naam.',
  sharedNotesNone: 'Nog geen gedeelde notities.',
  sharedNotesRemove: (aspect: string, date: string) =>
    `Gedeelde notitie over ${aspect.toLowerCase()} van ${date} verwijderen`,

  // Felt workload from enough answers
  feltIntro: (min: number) =>
    'Tel per week of evaluatiemoment hoeveel teamleden hun werk te weinig, goed of te veel vinden. Alleen ' +
    `aantallen, nooit wie wat zei, en pas vanaf ${min} antwoorden: bij minder is te herleiden wie wat vond. ` +
    'Caseload is iets anders dan werklast: de telling staat naast de positie in de bandbreedte van die week.',
  feltNew: 'Nieuwe telling',
  feltAdd: 'Telling toevoegen',
  feltAdded: (date: string) => `Telling van ${date} toegevoegd.`,
  feltTooFewToAdd: (answered: number, min: number) =>
    `${answered} ${answered === 1 ? 'antwoord' : 'antwoorden'}: een telling wordt pas bewaard vanaf ${min} ` +
    'antwoorden. Tel samen met een ander team of in een groter overleg.',
  feltTooFew: (answered: number, min: number) =>
    `${answered} ${answered === 1 ? 'antwoord' : 'antwoorden'}: te weinig om te tonen hoe ze verdeeld zijn ` +
    `(vanaf ${min}).`,
  feltSmallTeam: (team: string, people: number, min: number) =>
    `Team ${team} heeft vandaag ${people} ${people === 1 ? 'persoon' : 'mensen'} op het rooster, minder dan ${min}. ` +
    'Tel de ervaren werkdruk samen met een ander team: dan is niet te herleiden wie wat vond.',
  feltCounts: (tooLittle: number, right: number, tooMuch: number) =>
    `Te weinig ${tooLittle}, goed ${right}, te veel ${tooMuch}.`,
  feltRemove: (date: string) => `Telling van ${date} verwijderen`,
  overviewFeltTooFew: 'te weinig antwoorden om te tonen',

  // Privacy settings and Opschonen
  privacyTitle: 'Privacy en bewaren',
  privacyIntro:
    'Wat de werkmap toont en hoe lang ze gegevens bewaart. Spreek dit af met de functionaris gegevensbescherming ' +
    '(FG) en, voor cijfers per medewerker, met de ondernemingsraad (OR). Zie docs/privacy.md.',
  minAnswersLabel: 'Aantallen tonen vanaf (antwoorden)',
  minAnswersHint: (min: number) =>
    `Geldt voor de ervaren werkdruk en elk ander aantal per groep. Minimaal ${min}: hoger mag, lager niet.`,
  staffFiguresLabel: 'Cijfers per medewerker',
  staffFiguresTeam: 'Alleen per team',
  staffFiguresPerPerson: 'Ook per medewerker',
  staffFiguresNote:
    'Caseload, werklast en indirecte tijd per medewerker maken de werkmap bruikbaar om personeel te volgen. Daar ' +
    'moet de ondernemingsraad eerst mee instemmen (WOR art. 27 lid 1 onder l), en de Autoriteit Persoonsgegevens ' +
    'vraagt voor het volgen van personeel een DPIA. Zet dit pas aan als beide geregeld zijn.',
  staffFiguresOff:
    'Cijfers per medewerker staan uit. Na instemming van de OR zijn ze aan te zetten in het tabblad Gesprek, ' +
    'onder Privacy en bewaren.',
  keepMonthsLabel: 'Bewaren (maanden)',
  keepMonthsHint:
    'Hoe lang casuslijsten, tellingen van ervaren werkdruk en gedeelde notities in de werkmap blijven: van 1 tot 120 maanden.',
  cleanUpCount: (cases: number, felt: number, notes: number, date: string) =>
    `Opschonen haalt weg wat van vóór ${date} is: ${cases} ${cases === 1 ? 'casus' : 'casussen'}, ${felt} ` +
    `${felt === 1 ? 'telling' : 'tellingen'} en ${notes} gedeelde ${notes === 1 ? 'notitie' : 'notities'}.`,
  cleanUpUndated: (count: number) =>
    `${count} ${count === 1 ? 'casus heeft' : 'casussen hebben'} geen datum op de lijst en ` +
    `${count === 1 ? 'blijft' : 'blijven'} staan: vul die datum in of verwijder ze.`,
  cleanUp: 'Opschonen',
  cleanUpTitle: 'Oudere gegevens opschonen?',
  cleanUpBody:
    'Ze gaan uit het plan, en bij de volgende keer Naar werkmap schrijven uit de werkmap. De versiegeschiedenis van ' +
    'de werkmap en kopieën ervan (bijlagen, downloads) bewaren ze nog: ruim die apart op.',
  cleanUpCancel: 'Annuleren',
  cleanUpDone: (count: number) =>
    `${count} ${count === 1 ? 'rij' : 'rijen'} opgeschoond. Kies Naar werkmap schrijven om ze ook uit de werkmap te halen.`,
  cleanUpHistory:
    'De versiegeschiedenis van de werkmap en kopieën ervan bewaren wat opgeschoond is: ruim die apart op.',

  // Notes that carried a name, moved on opening
  movedNotesTitle: 'Notities zonder naam gezet',
  movedNotesIntro:
    'Deze werkmap had reflectienotities met een naam erbij, leesbaar voor iedereen met de werkmap. Ze staan nu ' +
    'zonder naam bij de gedeelde notities van hun team:',
  movedNotesTeam: (team: string, count: number, people: string) =>
    `team ${team}: ${count} ${count === 1 ? 'notitie' : 'notities'} (van ${people})`,
  movedNotesNext:
    'De volgende keer dat je naar de werkmap schrijft, verdwijnen de namen van het blad. Nieuwe notities blijven in ' +
    'de eigen browser van wie ze schrijft. Wie een notitie liever helemaal weghaalt, doet dat in het tabblad Gesprek.',
};

export type PanePrivacyTexts = typeof panePrivacy;
