// Pane texts in Dutch for starting and printing: a tab that is still loading, the choice of
// language, starting from an empty plan, printing the overview, and what to fill in first where a
// figure cannot be computed yet. Part of the pane texts (pane.ts).

export const paneStart = {
  tabLoading: 'Dit tabblad wordt geladen…',
  tabLoadFailed: 'Dit tabblad kon niet geladen worden. Laad het taakvenster opnieuw.',
  languageLabel: 'Taal',
  startEmptyTitle: 'Leeg beginnen',
  startEmptyButton: 'Leeg beginnen',
  startEmptyNote: 'Begin met een leeg plan in plaats van het voorbeeld, om je eigen gemeente in te vullen.',
  startEmptyQuestion: 'Leeg beginnen?',
  startEmptyBody:
    'Een leeg plan vervangt het plan in het taakvenster. Wat je sinds het openen of de laatste download ' +
    'veranderde, en tekst die je nog niet bewaard of vastgesteld hebt, ben je dan kwijt. Wil je het houden, kies ' +
    'dan Annuleren en download het eerst.',
  startEmptyConfirm: 'Leeg beginnen',
  startedEmpty: 'Je begint met een leeg plan. Begin bij stap 1 met je gemeente en je gebieden.',
  printButton: 'Afdrukken',
  printNote:
    'Alleen dit overzicht, op één A4 liggend. Excel voor Mac opent vanuit het taakvenster geen afdrukvenster: ' +
    'druk daar het blad VC Overzicht af (na Naar werkmap schrijven).',
  printTitle: (municipality: string, date: string) =>
    `Overzicht${municipality ? ` ${municipality}` : ''}, afgedrukt op ${date}`,
  // A figure that waits for input on an empty (or unfinished) plan: what to fill in first, by the
  // argument that is still 0 (or the weeks a trend needs), instead of why it cannot be computed.
  fillInFirst: (what: string) => `Vul eerst ${what} in.`,
  fillInWhat: {
    hours_per_case_high: 'de uren per casus (stap 2)',
    hours_per_case_low: 'de uren per casus (stap 2)',
    hours_per_case: 'de uren per casus (stap 2)',
    norm_hours: 'de uren per casus (stap 2)',
    cases_per_year: 'de casussen per jaar van het team (stap 2)',
    case_counts: 'de casussen per jaar van het team (stap 2)',
    fte: 'de teamleden (stap 2)',
    fte_range: 'de teamleden (stap 2)',
    existing_fte: 'de teamleden (stap 2)',
    formatie: 'de formatie van het team (stap 2)',
    needed_fte: 'de casussen per jaar en de uren per casus (stap 2)',
    needs: 'de casussen per jaar en de uren per casus (stap 2)',
    productive_hours: 'de beschikbare tijd en de teamleden (stap 2)',
    available_hours: 'de beschikbare tijd (stap 2)',
    available_hours_per_fte: 'de beschikbare tijd (stap 2)',
    client_hours_per_fte: 'de beschikbare tijd (stap 2)',
    total_hours: 'de beschikbare tijd (stap 2)',
    inhabitants: 'de inwoners van de gebieden (stap 1)',
    hours: 'de casuslijst van het team (Gesprek)',
    costs: 'de uren per casus (stap 2) en de salarissen (Financiën)',
    caseloads: 'de open casussen van minstens twee weken (stap 3)',
  } as Readonly<Record<string, string>>,
};

export type PaneStartTexts = typeof paneStart;
