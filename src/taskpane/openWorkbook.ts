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

/** How long a page outside Office waits for Office.js to answer, unless its URL says `?officeWait=<ms>` (tests). */
export const OUTSIDE_OFFICE_WAIT_MS = 8000;

/**
 * Waits for Office.js and says where we are. Office.js comes from Microsoft's CDN in the page's
 * head, before this code: where it could not load (no network, the tests) Office is undefined and
 * the pane is in a plain browser. Outside Office, Office.onReady answers at once without a host;
 * should it not answer within OUTSIDE_OFFICE_WAIT_MS (office.js loaded but its own parts did not),
 * the pane starts in browser mode rather than waiting forever. A page Office opened (its URL
 * carries Office's _host_Info) waits as long as Office takes.
 */
export async function detectHost(): Promise<Host> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { inExcel: false };
  const url = globalThis.location?.href ?? '';
  const openedByOffice = /[?&#]_host_Info=/i.test(url);
  const waitMs = Number(/[?&]officeWait=(\d+)/.exec(url)?.[1] ?? OUTSIDE_OFFICE_WAIT_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLate = new Promise<undefined>(resolve => {
    if (!openedByOffice) timer = setTimeout(() => resolve(undefined), waitMs);
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

/** Outside Excel: a workbook the user opened from an .xlsx file, in memory. */
export async function openWorkbookFile(file: File, language: Language): Promise<WorkbookConnection> {
  // exceljs is a separate chunk, fetched only now.
  const { importXlsx } = await import('../workbook/memory/xlsxImport');
  const memory = await importXlsx(await file.arrayBuffer());
  return { storage: memoryStorage(memory, language), memory, fileName: file.name };
}
