// Pane texts in English for starting and printing; same ids as the Dutch ones.
import type { PaneStartTexts } from '../nl/paneStart';

export const paneStart: PaneStartTexts = {
  tabLoading: 'Loading this tab…',
  tabLoadFailed: 'This tab could not be loaded. Reload the task pane.',
  languageLabel: 'Language',
  startEmptyButton: 'Start empty',
  startEmptyNote: 'Or start from an empty plan instead of the sample.',
  startEmptyTitle: 'Start empty?',
  startEmptyBody:
    'An empty plan replaces the plan in the task pane. What you changed since opening or the last download, and ' +
    'text you have not kept or adopted yet, is then lost. To keep it, choose Cancel and download it first.',
  startEmptyConfirm: 'Start empty',
  startedEmpty: 'You start from an empty plan. Begin in step 1 with your municipality and your areas.',
  printButton: 'Print',
  printNote: 'Only this overview, on one A4 page in landscape.',
};
