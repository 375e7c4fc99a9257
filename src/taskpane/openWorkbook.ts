// Where the pane runs decides which workbook it works on: inside Excel the open workbook
// (through Office.js), in a plain browser a workbook in memory that starts with the sample plan
// (or holds a file the user opened) and can be previewed and downloaded. This is the only file
// that makes that choice.
import { Language, samplePlan } from '../core';
import { memoryStorage, MemoryWorkbook, OfficePort, PlanStorage, PlanStore, SAMPLE_SOURCES } from '../workbook';

export interface WorkbookConnection {
  storage: PlanStore;
  /** Only outside Excel: the in-memory workbook, for its preview and the .xlsx download. */
  memory?: MemoryWorkbook;
  /**
   * The name of the user's file the in-memory workbook was read from. Its download then holds the
   * add-in's sheets only: the user's own sheets would lose their charts, pivot tables and macros.
   */
  fileName?: string;
}

export interface Host {
  inExcel: boolean;
  /** Office's display language ("nl-NL"), inside Office. */
  displayLanguage?: string;
}

/**
 * Waits for Office.js and says where we are. Office.js comes from Microsoft's CDN in the page's
 * head, before this code: where it could not load (no network, the tests) Office is undefined and
 * the pane is in a plain browser. Outside Office, Office.onReady answers at once without a host;
 * should it not answer within `outsideOfficeMs` (office.js loaded but its own parts did not), the
 * pane starts in browser mode rather than waiting forever. A page Office opened (its URL carries
 * Office's _host_Info) waits as long as Office takes.
 */
export async function detectHost(outsideOfficeMs = 8000): Promise<Host> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { inExcel: false };
  const openedByOffice = /[?&#]_host_Info=/i.test(globalThis.location?.href ?? '');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLate = new Promise<undefined>(resolve => {
    if (!openedByOffice) timer = setTimeout(() => resolve(undefined), outsideOfficeMs);
  });
  const info = await Promise.race([Office.onReady().catch(() => undefined), tooLate]);
  clearTimeout(timer);
  if (!info?.host) return { inExcel: false };
  return { inExcel: info.host === Office.HostType.Excel, displayLanguage: Office.context.displayLanguage };
}

export async function openWorkbook(host: Host, language: Language): Promise<WorkbookConnection> {
  if (host.inExcel) return { storage: new PlanStorage(new OfficePort(), language) };
  const memory = new MemoryWorkbook({ sheets: SAMPLE_SOURCES });
  const storage = memoryStorage(memory, language);
  await storage.save(samplePlan());
  return { storage, memory };
}

/**
 * Outside Excel: a workbook the user opened from an .xlsx file, in memory. The file is read in a
 * worker (exceljs with it, fetched only then); a file too large to open fails with TooLargeToOpen.
 */
export async function openWorkbookFile(file: File, language: Language): Promise<WorkbookConnection> {
  const [{ readInWorker }, { bookOf }] = await Promise.all([
    import('./readInWorker'),
    import('../workbook/memory/xlsxImport'),
  ]);
  const memory = bookOf(await readInWorker(await file.arrayBuffer()));
  return { storage: memoryStorage(memory, language), memory, fileName: file.name };
}
