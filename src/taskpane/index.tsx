// Starts the pane: finds out where it runs (Excel or a plain browser) and in which language, and
// in Excel whether this Excel has the API sets the pane needs; then renders the pane against the
// matching workbook, in an Excel too old for it a sentence saying so, and where Office opened the
// page but Office.js did not load, a page saying that (not the browser's sample municipality).
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ExcelTooOld } from './ExcelTooOld';
import { OfficeJsMissing } from './OfficeJsMissing';
import { detectLanguage, rememberedLanguage } from './i18n/detectLanguage';
import { detectHost, openWorkbook } from './openWorkbook';
import { missingRequirements, officeSetSupported } from './requirements';

async function start() {
  const host = await detectHost();
  const language = detectLanguage(
    window.location.search,
    host.displayLanguage,
    navigator.language,
    rememberedLanguage(),
  );
  document.documentElement.lang = language;
  const root = createRoot(document.getElementById('root') as HTMLElement);
  if (host.officeJsMissing) {
    const officeJs = document.querySelector<HTMLScriptElement>('script[src$="/office.js"]')?.src ?? 'Office.js';
    root.render(<OfficeJsMissing language={language} script={officeJs} />);
    return;
  }
  const missing = host.inExcel ? missingRequirements(officeSetSupported) : [];
  if (missing.length > 0) {
    root.render(<ExcelTooOld language={language} missing={missing} />);
    return;
  }
  const begin = () => openWorkbook(host, language);
  root.render(<App language={language} begin={begin} />);
}

void start();
