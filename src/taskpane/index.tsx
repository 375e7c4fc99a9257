// Starts the pane: finds out where it runs (Excel or a plain browser) and in which language,
// then renders it against the matching workbook.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectLanguage } from './i18n/detectLanguage';
import { detectHost, openWorkbook } from './openWorkbook';

async function start() {
  const host = await detectHost();
  const language = detectLanguage(window.location.search, host.displayLanguage, navigator.language);
  document.documentElement.lang = language;
  const connect = () => openWorkbook(host, language);
  createRoot(document.getElementById('root') as HTMLElement).render(<App language={language} connect={connect} />);
}

void start();
