// Where the pane decides it runs (detectHost), now that Office.js comes from Microsoft's CDN: where
// it could not load, or loaded but never answers outside Office, the pane starts in browser mode
// instead of waiting forever; a page Office opened waits for Office however long it takes.
import { detectHost, Host, OUTSIDE_OFFICE_WAIT_MS } from '../src/taskpane/openWorkbook';

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
