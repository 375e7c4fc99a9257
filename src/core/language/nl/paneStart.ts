// Pane texts in Dutch for starting and printing: a tab that is still loading, the choice of
// language, starting from an empty plan, and printing the overview. Part of the pane texts (pane.ts).

export const paneStart = {
  tabLoading: 'Dit tabblad wordt geladen…',
  tabLoadFailed: 'Dit tabblad kon niet geladen worden. Laad het taakvenster opnieuw.',
  languageLabel: 'Taal',
  startEmptyButton: 'Leeg beginnen',
  startEmptyNote: 'Of begin met een leeg plan in plaats van het voorbeeld.',
  startEmptyTitle: 'Leeg beginnen?',
  startEmptyBody:
    'Een leeg plan vervangt het plan in het taakvenster. Wat je sinds het openen of de laatste download ' +
    'veranderde, en tekst die je nog niet bewaard of vastgesteld hebt, ben je dan kwijt. Wil je het houden, kies ' +
    'dan Annuleren en download het eerst.',
  startEmptyConfirm: 'Leeg beginnen',
  startedEmpty: 'Je begint met een leeg plan. Begin bij stap 1 met je gemeente en je gebieden.',
  printButton: 'Afdrukken',
  printNote: 'Alleen dit overzicht, op één A4 liggend.',
};

export type PaneStartTexts = typeof paneStart;
