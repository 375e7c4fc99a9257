// Where the pane decides it runs (detectHost), now that Office.js comes from Microsoft's CDN: where
// it could not load, or loaded but never answers outside Office, the pane starts in browser mode
// instead of waiting forever; a page Office opened waits for Office however long it takes, and
// where Office.js did not load there (a proxy), the pane says so instead of showing the sample.
import { detectHost, Host, officeHostInfo, OUTSIDE_OFFICE_WAIT_MS } from '../src/taskpane/openWorkbook';

type Ready = { host: string | null };
const scope = globalThis as { Office?: unknown; location?: unknown };

/** Office.js as far as detectHost reads it, answering onReady with `ready`. */
function fakeOffice(ready: () => Promise<Ready>, displayLanguage = 'en-GB') {
  scope.Office = { onReady: ready, HostType: { Excel: 'Excel' }, context: { displayLanguage } };
}

afterEach(() => {
  delete scope.Office;
  delete scope.location;
});

test('without Office.js (it did not load): browser mode at once', async () => {
  expect(await detectHost()).toEqual({ inExcel: false });
});

test('in Excel: Excel, with Office display language', async () => {
  fakeOffice(async () => ({ host: 'Excel' }));
  expect(await detectHost()).toEqual({ inExcel: true, displayLanguage: 'en-GB' });
});

test('Office.js in a plain browser answers without a host: browser mode', async () => {
  fakeOffice(async () => ({ host: null }));
  expect(await detectHost()).toEqual({ inExcel: false });
});

test('Office.js that fails to get ready: browser mode', async () => {
  fakeOffice(() => Promise.reject(new Error('a part of office.js did not load')));
  expect(await detectHost()).toEqual({ inExcel: false });
});

test('Office.js that never answers outside Office: browser mode after 8 seconds', async () => {
  jest.useFakeTimers();
  try {
    fakeOffice(() => new Promise<Ready>(() => undefined));
    let host: Host | undefined;
    void detectHost().then(found => (host = found));
    await jest.advanceTimersByTimeAsync(OUTSIDE_OFFICE_WAIT_MS - 1);
    expect(host).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(host).toEqual({ inExcel: false });
  } finally {
    jest.useRealTimers();
  }
});

test('a page that says ?officeWait=<ms> (the browser tests) waits that long instead', async () => {
  scope.location = { href: 'http://127.0.0.1/vc/taskpane.html?officeWait=100' };
  fakeOffice(() => new Promise<Ready>(() => undefined));
  const started = Date.now();
  expect(await detectHost()).toEqual({ inExcel: false });
  expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  expect(Date.now() - started).toBeLessThan(OUTSIDE_OFFICE_WAIT_MS);
});

test('a page Office opened waits for Office, however slow', async () => {
  scope.location = { href: 'https://host/vc/taskpane.html?_host_Info=Excel$Win32$16.01$nl-NL$$$$0&officeWait=50' };
  fakeOffice(() => new Promise<Ready>(resolve => setTimeout(() => resolve({ host: 'Excel' }), 300)), 'nl-NL');
  expect(await detectHost()).toEqual({ inExcel: true, displayLanguage: 'nl-NL' });
});

const OPENED_BY_EXCEL = 'https://host/vc/taskpane.html?_host_Info=Excel$Win32$16.01$nl-NL$$$$0';

test("a page Office opened whose Office.js did not load: not the sample, but a page saying so, in Office's language", async () => {
  scope.location = { href: OPENED_BY_EXCEL };
  expect(await detectHost()).toEqual({ inExcel: false, officeJsMissing: true, displayLanguage: 'nl-NL' });
});

test('a page Office opened whose Office.js fails to get ready: the same', async () => {
  scope.location = { href: OPENED_BY_EXCEL.replace('nl-NL', 'en-GB') };
  fakeOffice(() => Promise.reject(new Error('a part of office.js did not load')));
  expect(await detectHost()).toEqual({ inExcel: false, officeJsMissing: true, displayLanguage: 'en-GB' });
});

test("Office's _host_Info: the display language, with $ or | between the parts; none outside Office", () => {
  expect(officeHostInfo(OPENED_BY_EXCEL)).toEqual({ displayLanguage: 'nl-NL' });
  expect(officeHostInfo('https://h/t.html?x=1&_host_Info=Excel|Web|16.00|en-US|x|0')).toEqual({
    displayLanguage: 'en-US',
  });
  expect(officeHostInfo('https://h/t.html?_host_Info=Excel')).toEqual({});
  expect(officeHostInfo('https://h/t.html?lang=nl')).toBeUndefined();
});
