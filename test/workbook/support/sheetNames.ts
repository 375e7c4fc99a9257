// The add-in's sheets as a user sees them in Excel's sheet tabs, in order: written out here once,
// not derived from the layout, so a renamed or reordered sheet fails the tests that use it.
export const ADDIN_SHEETS = [
  'VC Situatie',
  'VC Bandbreedte',
  'VC Teams',
  'VC Implementatie',
  'VC Gesprek',
  "VC Scenario's",
  'VC Financiën',
  'VC Werkpakket',
  'VC Overzicht',
  'VC Instellingen',
];

/** The sample workbook's own sheets, which come before the add-in's. */
export const USER_SHEETS = ['Rooster', 'Casussen'];
