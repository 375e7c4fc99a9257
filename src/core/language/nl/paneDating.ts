// Pane texts in Dutch for changes that hold from a date (roster and weighing factors), what a week
// was graded with, adopting a band for a date, and the plausibility warnings. Part of the pane texts (pane.ts).
import type { CheckCode } from '../../plan/plausibility';

export const paneDating = {
  // A roster row or weighing factor changed from a date
  changeFrom: 'Wijziging geldt vanaf',
  changeFromHint: (until: string) =>
    `Tot en met ${until} blijft de oude waarde gelden (een eigen rij), dus de weken daarvoor houden hun oordeel.`,
  changeFromPast:
    'Deze datum ligt in het verleden: weken vanaf deze datum krijgen de nieuwe waarde, ook als ze al zijn ingevuld.',
  regraded: (count: number, weeks: string) =>
    `Met terugwerkende kracht: ${count} ${count === 1 ? 'ingevulde week krijgt' : 'ingevulde weken krijgen'} ` +
    `een ander oordeel (${weeks}).`,
  regradedNone: 'Geen ingevulde week krijgt door deze wijziging een ander oordeel.',

  // What a week was graded with
  weekBandVersion: (from: string) => `versie ${from}`,
  weekNotEntered: 'nog niet ingevuld',
  openCasesInvalidOrBlank: 'Vul een aantal van 0 of meer in, of laat het leeg zolang de week nog niet is ingevuld.',
  weeksUpToDate: 'De week van vandaag staat er al. Een volgende week voeg je toe als die begonnen is.',

  // Adopting a band for a date
  adoptBasis: (basis: string) => `Grondslag die wordt vastgelegd: ${basis}`,
  adoptRefusedEmpty: (band: string) =>
    `Een bandbreedte van ${band} kan niet worden vastgesteld: er valt geen caseload tegen af te zetten. ` +
    'Kijk de meewegende factoren en de uren per casus na.',
  adoptRefusedBounds: (band: string) =>
    `Een bandbreedte van ${band} kan niet worden vastgesteld: de ondergrens moet lager zijn dan de bovengrens. ` +
    'Kijk de uren per casus (zwaar en licht) na.',

  // Plausibility: allowed, but probably a slip of the keyboard
  plausibilityTitle: 'Klopt dit?',
  plausibility: {
    contractHours:
      'Meer dan 48 contracturen per week: klopt dat? Dat is meer dan de Arbeidstijdenwet gemiddeld toestaat.',
    heavyBelowLight: 'Een zware casus kost hier minder uren dan een lichte: zijn zwaar en licht omgewisseld?',
    ftePerPerson: 'Meer dan 1,2 fte voor één persoon: klopt dat?',
    endBeforeStart: 'Het einde ligt voor het begin: deze periode kan nergens meetellen.',
    overlap: 'Deze periode overlapt met een andere rij van dezelfde persoon: die telt dan dubbel mee.',
    yearOutOfRange: 'Een datum buiten 1990–2100: is het jaar goed ingevuld?',
    factorLarge: 'Een factor van 50% of meer halveert de bandbreedte of meer: klopt dat?',
    duplicateWeek: 'Deze week staat er meer dan eens.',
  } satisfies Record<CheckCode, string>,
};

export type PaneDatingTexts = typeof paneDating;
