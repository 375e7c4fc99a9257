// Pane texts in English for starting and printing; same ids as the Dutch ones.
import type { PaneStartTexts } from '../nl/paneStart';

export const paneStart: PaneStartTexts = {
  tabLoading: 'Loading this tab…',
  tabLoadFailed: 'This tab could not be loaded. Reload the task pane.',
  languageLabel: 'Language',
  startEmptyTitle: 'Start empty',
  startEmptyButton: 'Start empty',
  startEmptyNote: 'Start from an empty plan instead of the sample, to fill in your own municipality.',
  startEmptyQuestion: 'Start empty?',
  startEmptyBody:
    'An empty plan replaces the plan in the task pane. What you changed since opening or the last download, and ' +
    'text you have not kept or adopted yet, is then lost. To keep it, choose Cancel and download it first.',
  startEmptyConfirm: 'Start empty',
  startedEmpty: 'You start from an empty plan. Begin in step 1 with your municipality and your areas.',
  printButton: 'Print',
  printNote:
    'Only this overview, on one A4 page in landscape. Excel for Mac opens no print dialog from the task pane: ' +
    'print the sheet VC Overzicht there (after Write to workbook).',
  printTitle: (municipality, date) => `Overview${municipality ? ` ${municipality}` : ''}, printed on ${date}`,
  fillInFirst: what => `First fill in ${what}.`,
  fillInWhat: {
    hours_per_case_high: 'the hours per case (step 2)',
    hours_per_case_low: 'the hours per case (step 2)',
    hours_per_case: 'the hours per case (step 2)',
    norm_hours: 'the hours per case (step 2)',
    cases_per_year: "the team's cases per year (step 2)",
    case_counts: "the team's cases per year (step 2)",
    fte: 'the team members (step 2)',
    fte_range: 'the team members (step 2)',
    existing_fte: 'the team members (step 2)',
    formatie: "the team's approved FTE (step 2)",
    needed_fte: 'the cases per year and the hours per case (step 2)',
    needs: 'the cases per year and the hours per case (step 2)',
    productive_hours: 'the available time and the team members (step 2)',
    available_hours: 'the available time (step 2)',
    available_hours_per_fte: 'the available time (step 2)',
    client_hours_per_fte: 'the available time (step 2)',
    total_hours: 'the available time (step 2)',
    inhabitants: "the areas' inhabitants (step 1)",
    hours: "the team's case list (Conversation)",
    costs: 'the hours per case (step 2) and the salaries (Finance)',
    caseloads: 'the open cases of at least two weeks (step 3)',
  },
};
