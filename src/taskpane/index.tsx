// Starts the pane: finds out where it runs (Excel or a plain browser) and in which language, and
// in Excel whether this Excel has the API sets the pane needs; then renders the pane against the
// matching workbook, or in an Excel too old for it a sentence saying so.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ExcelTooOld } from './ExcelTooOld';
import { detectLanguage } from './i18n/detectLanguage';
import { detectHost, openWorkbook } from './openWorkbook';
import { missingRequirements, officeSetSupported } from './requirements';

async function start() {
  const host = await detectHost();
  const language = detectLanguage(window.location.search, host.displayLanguage, navigator.language);
  document.documentElement.lang = language;
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const missing = host.inExcel ? missingRequirements(officeSetSupported) : [];
  if (missing.length > 0) {
    root.render(<ExcelTooOld language={language} missing={missing} />);
    return;
  }
  const connect = () => openWorkbook(host, language);
  root.render(<App language={language} connect={connect} />);
}

void start();
