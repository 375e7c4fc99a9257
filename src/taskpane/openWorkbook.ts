// Where the pane runs decides which workbook it works on: inside Excel the open workbook
// (through Office.js), in a plain browser a workbook in memory that starts with the sample plan
// (or holds a file the user opened) and can be previewed and downloaded; there, and only there, a
// copy of the plan is kept in the browser while it is in no file, and the pane starts from that
// copy when there is one. This is the only file that makes that choice.
//
// The workbook layer is a chunk of its own, fetched as the pane starts: in a plain browser the pane
// shows the plan first and builds the workbook in memory after, since the user can start typing in
// the plan long before anyone asks for the workbook (a save, the preview, a download).
import { emptyPlan, Language, Plan, samplePlan } from '../core';
import type { MemoryWorkbook, PlanStore } from '../workbook';
import { BrowserCopy, KeptCopy } from './state/browserCopy';
import { indexedDbShelf } from './state/indexedDbShelf';

export interface WorkbookConnection {
  storage: PlanStore;
  /** Only outside Excel: the in-memory workbook, for its preview and the .xlsx download. */
  memory?: MemoryWorkbook;
  /**
   * The name of the user's file the in-memory workbook was read from. Its download then holds the
   * add-in's sheets only: the user's own sheets would lose their charts, pivot tables and macros.
   */
  fileName?: string;
  /** Only outside Excel: the copy of the plan kept in this browser while it is in no file. */
  copy?: BrowserCopy;
  /** Only on starting outside Excel: the plan kept in this browser last time, to show again. */
  restored?: KeptCopy | 'unreadable';
}

/** One copy for the page: the database is opened on first use, so never inside Excel. */
const browserCopy = new BrowserCopy(indexedDbShelf());

export interface Host {
  inExcel: boolean;
  /** Office's display language ("nl-NL"), inside Office. */
  displayLanguage?: string;
  /** Office opened the page, but Office.js did not load or did not get ready: the pane cannot run. */
  officeJsMissing?: boolean;
}

/**
 * What Office says in the address of a page it opens: _host_Info=Excel$Win32$16.01$nl-NL$… (or with
 * "|" between the parts), the host and its display language. Undefined for a page Office did not open.
 */
export function officeHostInfo(href: string): { displayLanguage?: string } | undefined {
  const info = /[?&#]_host_Info=([^&#]*)/i.exec(href)?.[1];
  if (info === undefined) return undefined;
  const locale = decodeURIComponent(info).split(/[$|]/)[3];
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(locale ?? '') ? { displayLanguage: locale } : {};
}

/** How long a page outside Office waits for Office.js to answer, unless its URL says `?officeWait=<ms>` (tests). */
export const OUTSIDE_OFFICE_WAIT_MS = 8000;

/**
 * Waits for Office.js and says where we are. Office.js comes from Microsoft's CDN in the page's
/**
 * Waits for Office.js and says where we are. Office.js comes from Microsoft's CDN in the page's
 * head, before this code. In a page Office opened (its URL carries Office's _host_Info) the pane
 * waits as long as Office takes; if Office.js is not there (a proxy blocked it) or fails to get
 * ready, the pane cannot reach the workbook, and says so in the language Office named. In a plain
 * browser, where Office.js could not load (no network, the tests) Office is undefined; where it
 * did, Office.onReady answers at once without a host, and should it not answer within
 * OUTSIDE_OFFICE_WAIT_MS (office.js loaded but its own parts did not; `?officeWait=<ms>` for tests),
 * the pane starts in browser mode rather than waiting forever.
 */
export async function detectHost(): Promise<Host> {
  const url = globalThis.location?.href ?? '';
  const openedByOffice = officeHostInfo(url);
  const missing = () => (openedByOffice ? { inExcel: false, officeJsMissing: true, ...openedByOffice } : undefined);
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return missing() ?? { inExcel: false };
  const waitMs = Number(/[?&]officeWait=(\d+)/.exec(url)?.[1] ?? OUTSIDE_OFFICE_WAIT_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLate = new Promise<undefined>(resolve => {
    if (!openedByOffice) timer = setTimeout(() => resolve(undefined), waitMs);
  });
  const info = await Promise.race([Office.onReady().catch(() => undefined), tooLate]);
  clearTimeout(timer);
  if (!info) return missing() ?? { inExcel: false };
  if (!info.host) return { inExcel: false };
  return { inExcel: info.host === Office.HostType.Excel, displayLanguage: Office.context.displayLanguage };
}

/** What starting gives: outside Excel the plan to show at once, and the workbook, opened when asked. */
export interface Start {
  /** Outside Excel: the plan the workbook in memory will hold, and the copy this browser kept on top of it. */
  shown?: { plan: Plan; fresh: boolean; restored?: KeptCopy | 'unreadable' };
  /** Opens the workbook: in Excel the open one, outside Excel one built in memory (a moment's work). */
  open(): Promise<WorkbookConnection>;
}

const workbookLayer = () => import('../workbook');

export async function openWorkbook(host: Host, language: Language): Promise<Start> {
  if (host.inExcel) {
    const open = async () => {
      const { OfficePort, PlanStorage } = await workbookLayer();
      return { storage: new PlanStorage(new OfficePort(), language) };
    };
    return { open };
  }
  const restored = await browserCopy.read();
  // A plan from the user's own file comes back without that file's sheets, and without the sample's.
  const fileName = restored === 'unreadable' ? undefined : restored?.fileName;
  const sample = fileName === undefined;
  const open = async (): Promise<WorkbookConnection> => {
    const { memoryStorage, MemoryWorkbook, SAMPLE_SOURCES } = await workbookLayer();
    const memory = new MemoryWorkbook(sample ? { sheets: SAMPLE_SOURCES } : {});
    const storage = memoryStorage(memory, language);
    if (sample) await storage.save(samplePlan());
    return { storage, memory, copy: browserCopy, restored, fileName };
  };
  return { shown: { plan: sample ? samplePlan() : emptyPlan(language), fresh: !sample, restored }, open };
}

/** Outside Excel: an empty workbook in memory, to start a plan from nothing instead of the sample. */
export async function openEmptyWorkbook(language: Language): Promise<WorkbookConnection> {
  const { memoryStorage, MemoryWorkbook } = await workbookLayer();
  const memory = new MemoryWorkbook();
  return { storage: memoryStorage(memory, language), memory, copy: browserCopy };
}

/**
 * Outside Excel: a workbook the user opened from an .xlsx file, in memory. The file is read in a
 * worker (exceljs with it, fetched only then); a file too large to open fails with TooLargeToOpen.
 */
export async function openWorkbookFile(file: File, language: Language): Promise<WorkbookConnection> {
  const [{ readInWorker }, { bookOf }, { memoryStorage }] = await Promise.all([
    import('./readInWorker'),
    import('../workbook/memory/xlsxImport'),
    workbookLayer(),
  ]);
  const memory = bookOf(await readInWorker(await file.arrayBuffer()));
  return { storage: memoryStorage(memory, language), memory, fileName: file.name, copy: browserCopy };
}
