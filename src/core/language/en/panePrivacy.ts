// Pane texts in English for privacy; same ids as the Dutch ones.
import type { FreeTextFinds, PanePrivacyTexts } from '../nl/panePrivacy';

const listed = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

export const panePrivacy: PanePrivacyTexts = {
  caseNumberBsn:
    'This looks like a BSN: it passes the elfproef. A BSN never belongs in the workbook. Use the case number.',
  caseNumberBirthDate:
    'This looks like a date, perhaps a date of birth. It does not belong in a case number. Use the case number.',
  caseNumberName: 'This looks like a name. Use a case number, never a client’s name.',
  caseNumberKept: 'Not taken over: the case number stays what it was.',
  caseReflectionHint:
    'About the work: what took more or less time, and why. No name, address, BSN, date of birth or health of a client.',
  caseListed: 'Listed since',
  caseListedHint: 'Opschonen (clean up) removes the case once it has been listed longer than you keep lists.',
  freeTextWarning: (finds: FreeTextFinds) =>
    `This text seems to hold ${listed(
      [finds.name && 'a name', finds.bsn && 'a BSN', finds.birthDate && 'a date of birth'].filter(
        (item): item is string => typeof item === 'string',
      ),
    )} of a client. Write about the work, not about the person.`,

  ownNotesLine:
    'Your notes are yours. Keep puts them in this browser on this computer only, not in the workbook: your team ' +
    'leader and colleagues do not read them. Whoever uses this browser on this computer can open them. You share a ' +
    'note with the team only if you choose to, note by note; it then goes into the workbook without your name.',
  ownNotesWriteHint: 'Write about your work and how it feels. No names or details of clients.',
  ownNotesSave: 'Keep, for me only',
  ownNotesSaved: count =>
    `${count} ${count === 1 ? 'note' : 'notes'} kept in this browser. None of it goes into the workbook.`,
  ownNotesKept: person => `Own notes of ${person}, in this browser only`,
  ownNotesNone: 'No own notes in this browser yet.',
  ownNotesRemove: (aspect, date) => `Remove the own note on ${aspect.toLowerCase()} of ${date}`,
  ownNotesShare: 'Share with the team',
  ownNotesShareLabel: (aspect, date) => `Share the note on ${aspect.toLowerCase()} of ${date} with the team`,
  ownNotesShareTitle: 'Share this note with the team?',
  ownNotesShareBody:
    'The note goes onto the sheet VC Gesprek without your name as soon as someone chooses Write to workbook. ' +
    'Everyone who opens the workbook can read it, your team leader too. It leaves your own notes.',
  ownNotesShareConfirm: 'Share without a name',
  ownNotesCancel: 'Cancel',
  ownNotesShared: 'Shared with the team, without a name.',
  ownNotesUnavailable: reason =>
    `This browser keeps no notes (${reason}). What you typed is still in the fields: copy what you want to keep.`,
  ownNotesUnreadable:
    'The notes in this browser were kept by a newer version and cannot be read here. They stay; nothing is written over them.',
  sharedNotesTitle: team => `Shared with the team, without a name: team ${team}`,
  sharedNotesIntro: 'Notes someone chose to share with the team. They are in the workbook, without a name.',
  sharedNotesNone: 'No shared notes yet.',
  sharedNotesRemove: (aspect, date) => `Remove the shared note on ${aspect.toLowerCase()} of ${date}`,

  feltIntro: min =>
    'Count per week or evaluation moment how many team members find their work too little, right or too much. ' +
    `Counts only, never who said what, and only from ${min} answers: with fewer, anyone can tell who said what. ` +
    'Caseload is not workload: each count sits beside the position in the range that week.',
  feltNew: 'New count',
  feltAdd: 'Add count',
  feltAdded: date => `Count of ${date} added.`,
  feltTooFewToAdd: (answered, min) =>
    `${answered} ${answered === 1 ? 'answer' : 'answers'}: a count is kept only from ${min} answers. Count together ` +
    'with another team or in a larger meeting.',
  feltTooFew: (answered, min) =>
    `${answered} ${answered === 1 ? 'answer' : 'answers'}: too few to show how they split (from ${min}).`,
  feltSmallTeam: (team, people, min) =>
    `Team ${team} has ${people} ${people === 1 ? 'person' : 'people'} on today’s roster, fewer than ${min}. Count ` +
    'felt workload together with another team, so nobody can tell who said what.',
  feltCounts: (tooLittle, right, tooMuch) => `Too little ${tooLittle}, right ${right}, too much ${tooMuch}.`,
  feltRemove: date => `Remove the count of ${date}`,
  overviewFeltTooFew: 'too few answers to show',

  privacyTitle: 'Privacy and keeping',
  privacyIntro:
    'What the workbook shows and how long it keeps data. Agree this with the data protection officer (FG) and, for ' +
    'figures per staff member, with the works council (OR). See docs/privacy.md.',
  minAnswersLabel: 'Show counts from (answers)',
  minAnswersHint: min =>
    `For felt workload and any other count per group. At least ${min}: higher is allowed, lower is not.`,
  staffFiguresLabel: 'Figures per staff member',
  staffFiguresTeam: 'Per team only',
  staffFiguresPerPerson: 'Per staff member too',
  staffFiguresNote:
    'Caseload, workload and indirect time per staff member make the workbook usable for monitoring staff. The works ' +
    'council must agree to that first (WOR art. 27(1)(l)), and the Dutch Data Protection Authority asks for a DPIA ' +
    'for monitoring staff. Turn this on only once both are arranged.',
  staffFiguresOff:
    'Figures per staff member are off. Once the works council agreed, they can be turned on on the Conversation ' +
    'tab, under Privacy and keeping.',
  keepMonthsLabel: 'Keep (months)',
  keepMonthsHint: 'How long case lists, felt-workload counts and shared notes stay in the workbook: 1 to 120 months.',
  cleanUpCount: (cases, felt, notes, date) =>
    `Opschonen (clean up) removes what is from before ${date}: ${cases} ${cases === 1 ? 'case' : 'cases'}, ${felt} ` +
    `${felt === 1 ? 'count' : 'counts'} and ${notes} shared ${notes === 1 ? 'note' : 'notes'}.`,
  cleanUpUndated: count =>
    `${count} ${count === 1 ? 'case has' : 'cases have'} no listing date and ${count === 1 ? 'stays' : 'stay'}: ` +
    'fill in the date or remove them.',
  cleanUp: 'Opschonen (clean up)',
  cleanUpTitle: 'Clean up older data?',
  cleanUpBody:
    'They leave the plan, and the workbook the next time you write to it. The workbook’s version history and copies ' +
    'of it (attachments, downloads) still hold them: clean those up separately.',
  cleanUpCancel: 'Cancel',
  cleanUpDone: count =>
    `${count} ${count === 1 ? 'row' : 'rows'} cleaned up. Choose Write to workbook to remove them from the workbook too.`,
  cleanUpHistory:
    'The workbook’s version history and copies of it keep what was cleaned up: clean those up separately.',

  movedNotesTitle: 'Notes now without a name',
  movedNotesIntro:
    'This workbook had reflection notes with a name beside them, readable by everyone with the workbook. They are now ' +
    'among their team’s shared notes, without the name:',
  movedNotesTeam: (team, count, people) => `team ${team}: ${count} ${count === 1 ? 'note' : 'notes'} (of ${people})`,
  movedNotesNext:
    'The next time you write to the workbook, the names leave the sheet. New notes stay in the browser of whoever ' +
    'writes them. Anyone who would rather remove a note altogether does so on the Conversation tab.',
};
