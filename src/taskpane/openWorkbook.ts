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

/** Waits for Office.js (it answers outside Office too, without a host) and says where we are. */
export async function detectHost(): Promise<Host> {
  if (typeof Office === 'undefined') return { inExcel: false };
  const info = await Office.onReady();
  return {
    inExcel: info.host === Office.HostType.Excel,
    displayLanguage: info.host ? Office.context.displayLanguage : undefined,
  };
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
