// The namespace the add-in's functions have in Excel, which the sheets' formulas call them by:
// CASELOAD in production, CASELOADDEV and CASELOADACC in the development and acceptance add-ins, so
// that add-ins installed side by side do not clash (scripts/manifest.js). A workbook's formulas are
// in the namespace of the add-in that last wrote them; the next write by another add-in rewrites
// them in its own. The build sets it (webpack's DefinePlugin); outside a build (the tests,
// `npm run sample`) it is production's.
declare const __FUNCTIONS_NAMESPACE__: string | undefined;

export const FUNCTIONS_NAMESPACE: string =
  typeof __FUNCTIONS_NAMESPACE__ === 'string' ? __FUNCTIONS_NAMESPACE__ : 'CASELOAD';
