// Excel's object model as far as officeWorkbook uses it, built from office-addin-mock's
// OfficeMockObject (a property reads as an error until it was loaded and synced) over a
// MemoryWorkbook that holds the cells. Writes are queued like Office.js queues them and carried
// out at context.sync(), through MemoryWorkbook.apply, which refuses any write to a sheet the user
// made. context.sync() calls are counted.
import { OfficeMockObject } from 'office-addin-mock';
import { Area, areaAddress, parseArea, quoteSheet } from '../../../src/workbook/addresses';
import { isCellError } from '../../../src/workbook/cellKinds';
import type { Cell } from '../../../src/workbook/toSheets';
import { MemoryWorkbook } from '../../../src/workbook/memory/memoryWorkbook';
import { ExcelRun } from '../../../src/workbook/office/officePort';
import { WriteStep } from '../../../src/workbook/saveSteps';

type Mock = OfficeMockObject & Record<string, unknown>;

export interface FakeExcel {
  run: ExcelRun;
  /** context.sync() calls since the last reset. */
  syncs(): number;
  resetSyncs(): void;
  /** Every Office.js method the add-in called, in order ("worksheets.add VC Situatie", …). */
  calls: string[];
}

const officeValue = (value: unknown) =>
  value === null || value === undefined ? '' : isCellError(value) ? value.error : value;
const addressOf = (sheet: string, area: Area) =>
  `${/^\w+$/.test(sheet) ? sheet : quoteSheet(sheet)}!${areaAddress(area)}`;

export function fakeExcel(book: MemoryWorkbook, options: { selection?: string } = {}): FakeExcel {
  let syncCount = 0;
  const calls: string[] = [];

  const run: ExcelRun = async batch => {
    const tracked: Mock[] = [];
    const queued: (() => WriteStep | undefined)[] = [];
    const mock = (data: object): Mock => {
      const created = new OfficeMockObject(data as never) as Mock;
      tracked.push(created);
      return created;
    };
    const call = (what: string) => calls.push(what);
    // Where a range is, for the fake's own use: reading `address` unloaded would be an error.
    const areas = new WeakMap<object, string>();
    const where = (r: Mock) => areas.get(r)!;

    /** A collection whose `load('items/x,items/y/z')` loads each item, as Office.js does. */
    const collection = (items: Mock[], members: object): Mock => {
      const list = mock({ items, ...members });
      list.load = (properties: string) => {
        OfficeMockObject.prototype.load.call(list, 'items');
        const paths = properties
          .split(',')
          .map(p => p.trim())
          .filter(p => p.startsWith('items/'))
          .map(p => p.slice('items/'.length));
        for (const item of items) if (paths.length > 0) item.load(paths.join(','));
        return list;
      };
      return list;
    };

    const range = (sheet: string, address?: string): Mock => {
      // The whole sheet: only ever cleared.
      if (address === undefined) {
        const whole = mock({ clear: () => queued.push(() => ({ op: 'clearSheet', sheet })) });
        whole.dataValidation = mock({ clear: () => call(`dataValidation.clear ${sheet}`) });
        return whole;
      }
      // Whole columns ("B:B") are only ever formatted; give them their first cell.
      const area = parseArea(address.replace(/^([A-Z]+):[A-Z]+$/, '$11'));
      const values = book.sheet(sheet) ? book.values(sheet, area).map(row => row.map(officeValue)) : [];
      const data = {
        address: addressOf(sheet, area),
        values,
        rowCount: area.bottom - area.top + 1,
        columnCount: area.right - area.left + 1,
        format: { font: {}, fill: {}, columnWidth: 0 },
        worksheet: { name: sheet, getRange: (a: string) => range(sheet, a) },
        getRow: (i: number) => range(sheet, areaAddress({ ...area, top: area.top + i, bottom: area.top + i })),
        getUsedRangeOrNullObject: () => usedRange(sheet, area),
        clear: (applyTo?: string) => {
          call(`clear ${sheet}!${areaAddress(area)}${applyTo ? ` ${applyTo}` : ''}`);
          queued.push(() => ({ op: 'clear', sheet, address: areaAddress(area) }));
        },
      };
      const target = mock(data);
      // Writes to formulas / numberFormat are caught as they are made and carried out at sync.
      const write: { formulas?: unknown[][]; numberFormat?: string[][] } = {};
      let queuedWrite = false;
      const proxy = new Proxy(target, {
        set(object, property, value) {
          const written =
            (property === 'formulas' || property === 'numberFormat') && value !== data[property as 'values'];
          if (written && Array.isArray(value)) {
            write[property as 'formulas'] = value;
            if (!queuedWrite) {
              queuedWrite = true;
              call(`write ${sheet}!${areaAddress(area)}`);
              queued.push(() => {
                if (!write.formulas) return undefined;
                const cells = write.formulas.map((row, r) =>
                  row.map((typed, c): Cell => {
                    const format = write.numberFormat?.[r]?.[c];
                    const formula = typeof typed === 'string' && typed.startsWith('=') ? typed : undefined;
                    // As in Excel, a leading apostrophe marks text and is not part of the value.
                    const value = typeof typed === 'string' && typed.startsWith("'") ? typed.slice(1) : typed;
                    return { value: formula ? null : (value as Cell['value']), formula, format };
                  }),
                );
                return { op: 'write', sheet, address: areaAddress(area), cells };
              });
            }
          }
          return Reflect.set(object, property, value);
        },
      });
      const validation = mock({ clear: () => call(`dataValidation.clear ${sheet}!${areaAddress(area)}`) });
      Object.defineProperty(validation, 'rule', {
        set(rule: { list: { source: string } }) {
          call(`dataValidation.rule ${sheet}!${areaAddress(area)}`);
          queued.push(() => ({ op: 'list', sheet, address: areaAddress(area), words: rule.list.source.split(',') }));
        },
      });
      target.dataValidation = validation;
      target.isNullObject = false; // Office.js sets it at every sync, loaded or not
      areas.set(proxy, areaAddress(area));
      return proxy;
    };

    const usedRange = (sheet: string, within?: Area): Mock => {
      let used: Area | undefined;
      book.grid(sheet).forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === '') return;
          if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) return;
          used = used
            ? {
                top: Math.min(used.top, r),
                left: Math.min(used.left, c),
                bottom: Math.max(used.bottom, r),
                right: Math.max(used.right, c),
              }
            : { top: r, left: c, bottom: r, right: c };
        }),
      );
      if (used) return range(sheet, areaAddress(used));
      const nothing = mock({ address: '', values: [], rowCount: 0 });
      nothing.isNullObject = true;
      return nothing;
    };

    const table = (name: string, sheet: string, fresh?: { address: string }): Mock => {
      const existing = book.tables.find(t => t.name === name);
      const at = () => book.tables.find(t => t.name === name)?.address ?? fresh?.address ?? 'A1';
      const t = mock({
        name,
        style: '',
        worksheet: { name: sheet },
        getRange: () => range(sheet, at()),
        getHeaderRowRange: () => range(sheet, areaAddress({ ...parseArea(at()), bottom: parseArea(at()).top })),
        getDataBodyRange: () => range(sheet, areaAddress({ ...parseArea(at()), top: parseArea(at()).top + 1 })),
        resize: (to: Mock) => {
          call(`table.resize ${name} ${where(to)}`);
          queued.push(() => ({ op: 'resizeTable', sheet, name, address: where(to) }));
        },
        delete: () => {
          call(`table.delete ${name}`);
          queued.push(() => ({ op: 'deleteTable', sheet, name }));
        },
      });
      if (!existing && !fresh) throw new Error(`ItemNotFound: table ${name}`);
      return t;
    };

    /** A chart; `change` when the add-in adds or edits it (not when it only lists the charts). */
    const chart = (sheet: string, name: string, change: boolean, source?: Mock): Mock => {
      const made = mock({
        name,
        title: { text: '' },
        axes: { categoryAxis: {} },
        setPosition: (from: string, to: string) => Object.assign(placed, { from, to }),
        setData: (data: Mock) => Object.assign(placed, { series: where(data) }),
        delete: () => {
          call(`chart.delete ${sheet} ${name}`);
          deleted = true;
          queued.push(() => ({ op: 'deleteChart', sheet, name }));
        },
      });
      let deleted = false;
      // A trendline is recorded as a call with what was set on it by the time of the sync.
      made.series = {
        getItemAt: (index: number) => ({
          set name(seriesName: string) {
            placed.seriesNames[index] = seriesName;
          },
          trendlines: {
            add: (type: string) => {
              const line = { forwardPeriod: 0 };
              queued.push(() => {
                call(`trendline ${sheet} series ${index} ${type} forward ${line.forwardPeriod}`);
                return undefined;
              });
              return line;
            },
          },
        }),
      };
      const placed = {
        series: source ? where(source) : '',
        seriesNames: [] as string[],
        categories: '',
        from: '',
        to: '',
      };
      const axis = made.axes as Mock;
      (axis.categoryAxis as Mock).setCategoryNames = (names: Mock) =>
        Object.assign(placed, { categories: where(names) });
      const before = book.charts.find(c => c.sheet === sheet && c.name === name);
      if (!change) return made;
      queued.push(() =>
        deleted
          ? undefined
          : {
              op: 'chart',
              sheet,
              exists: Boolean(before),
              // A chart got by name keeps it; a new one is named by the add-in before the sync.
              chart: {
                ...before,
                ...placed,
                name: before ? name : String(made.name),
                title: before ? before.title : String((made.title as Mock).text),
              },
            },
      );
      return made;
    };

    const worksheet = (name: string): Mock => {
      const sheet = mock({
        name,
        getRange: (address?: string) => range(name, address),
        getUsedRangeOrNullObject: () => usedRange(name),
        tables: {
          add: (address: string, hasHeaders: boolean) => {
            call(`tables.add ${name}!${address} ${hasHeaders}`);
            const made = table(`Table${book.tables.length + 1}`, name, { address });
            queued.push(() => ({ op: 'addTable', sheet: name, name: String(made.name), address }));
            return made;
          },
        },
      });
      // The page setup as the port leaves it, carried out at sync as the print step it stands for.
      const header = { leftHeader: '', centerHeader: '', rightHeader: '' };
      const page = {
        orientation: '',
        paperSize: '',
        zoom: {} as Excel.PageLayoutZoomOptions,
        headersFooters: { defaultForAllPages: header },
      };
      sheet.pageLayout = page;
      queued.push(() => {
        if (!page.orientation) return undefined;
        call(
          `pageLayout ${name} ${page.orientation} ${page.paperSize} ${JSON.stringify(page.zoom)} ${header.rightHeader}`,
        );
        const fit = page.zoom.horizontalFitToPages === 1 && page.zoom.verticalFitToPages === 1;
        if (page.orientation !== 'Landscape' || page.paperSize !== 'A4' || !fit || header.rightHeader !== '&D') {
          throw new Error(`The fake knows only the overview's page setup, not ${JSON.stringify(page)}`);
        }
        // As Excel: a header of more than 255 characters, its codes included, is refused.
        if (`&L${header.leftHeader}&C${header.centerHeader}&R${header.rightHeader}`.length > 255) {
          throw new Error('InvalidArgument: The argument is invalid or missing or has an incorrect format.');
        }
        return {
          op: 'print',
          sheet: name,
          print: {
            orientation: 'landscape',
            paper: 'A4',
            fitToOnePage: true,
            header: { left: header.leftHeader, center: header.centerHeader },
          },
        };
      });
      // Mock objects cannot be handed to a mock's constructor, so collections are set afterwards.
      sheet.charts = collection(
        book.charts.filter(c => c.sheet === name).map(c => chart(name, c.name, false)),
        {
          add: (type: string, source: Mock, seriesBy: string) => {
            call(`charts.add ${name} ${type} ${seriesBy}`);
            return chart(name, 'Chart', true, source);
          },
          getItem: (chartName: string) => chart(name, chartName, true),
        },
      );
      return sheet;
    };

    const sheets = book.sheets.map(s => worksheet(s.name));
    const added = new Set<string>();
    const context = new OfficeMockObject({
      workbook: {},
      sync: async () => {
        syncCount++;
        for (const step of queued.splice(0)) {
          const made = step();
          if (made) book.apply([made]);
        }
        for (const m of tracked) await m.sync();
      },
    });
    const workbook = mock({
      getSelectedRange: () => {
        const [sheet, address] = (options.selection ?? 'Blad1!A1').split('!');
        return range(sheet.replace(/^'|'$/g, ''), address);
      },
    });
    workbook.worksheets = collection(sheets, {
      getItem: (name: string) => {
        // As Office.js: a sheet that is not there (nor added in this batch) fails the batch.
        if (!book.sheet(name) && !added.has(name)) throw new Error(`ItemNotFound: worksheet ${name}`);
        return worksheet(name);
      },
      add: (name: string) => {
        call(`worksheets.add ${name}`);
        added.add(name);
        queued.push(() => ({ op: 'addSheet', sheet: name }));
        return worksheet(name);
      },
    });
    workbook.tables = collection(
      book.tables.map(t => table(t.name, t.sheet)),
      { getItem: (name: string) => table(name, book.tables.find(t => t.name === name)?.sheet ?? '') },
    );
    // Workbook names: the add-in's save marks. A deleted or added name is carried out at sync, so a
    // missing or existing one fails the batch there, as in Excel.
    const namedItem = (name: string) => mock({ name, formula: `="${book.names.get(name) ?? ''}"` });
    workbook.names = collection([...book.names.keys()].map(namedItem), {
      getItem: (name: string) => {
        const item = mock({ name });
        item.delete = () => {
          call(`names.delete ${name}`);
          queued.push(() => ({ op: 'deleteName', name }));
        };
        return item;
      },
      add: (name: string, reference: string) => {
        call(`names.add ${name}`);
        const item = mock({ name, visible: true });
        queued.push(() => {
          if (item.visible === false) call(`names.hidden ${name}`);
          return { op: 'addName', name, text: reference.replace(/^="|"$/g, '') };
        });
        return item;
      },
    });
    context.workbook = workbook;
    return batch(context as unknown as Excel.RequestContext);
  };

  return {
    run,
    syncs: () => syncCount,
    resetSyncs: () => (syncCount = 0),
    calls,
  };
}
