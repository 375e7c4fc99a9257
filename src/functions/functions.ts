// The CASELOAD custom functions: every function of core's catalogue, registered under its id.
// Each is the same thin wrapper: Excel's raw arguments go to the core function, a refusal comes
// back as an Excel error with a message. Names and help are in the language packs; the metadata
// Excel reads is made from them at build time (metadata.ts).
import './standaloneRuntime';
import { CATALOGUE } from '../core/catalogue';
import { toExcel } from './excelEdge';

for (const fn of CATALOGUE) {
  CustomFunctions.associate(fn.id, (...args: unknown[]) => toExcel(fn, args));
}
