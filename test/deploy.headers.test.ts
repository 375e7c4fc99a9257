// The server examples in deploy/ say what the one header table (deploy/headers.js) says: each is
// exactly what `npm run deploy:config` writes from it, and read the way its server reads it
// (nginx's maps, IIS's inherited customHeaders and clientCache, Static Web Apps' global and route
// headers) it sends every file of the build the table's headers. And the table covers the build:
// every file has its rule, only content-hashed files are cached for good, the icons carry no
// Cache-Control (Office requires it), and a 404 is never cached; the text files go compressed.
import fs from 'fs';
import path from 'path';
import { XMLParser } from 'fast-xml-parser';

const { HASHED, RULES, TYPES, headersFor, ruleFor } = require('../deploy/headers');
const { deployConfigs } = require('../scripts/deploy-config');
const { EXAMPLE_BASE } = require('../scripts/manifest');

type Headers = Record<string, string>;

const ROOT = path.resolve(__dirname, '..');
const DIST = path.resolve(process.env.BROWSER_DIST ?? path.join(ROOT, 'dist'));
const PATH = new URL(EXAMPLE_BASE).pathname; // "/vc/"
const read = (file: string) => fs.readFileSync(path.join(ROOT, 'deploy', file), 'utf8');

/** Every file of the build, relative to dist/ with "/" ("assets/icon-16.png"). */
function distFiles(): string[] {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html')))
    throw new Error(`${DIST} holds no build: run \`npm run build\`.`);
  return (fs.readdirSync(DIST, { recursive: true }) as string[])
    .filter(file => fs.statSync(path.join(DIST, file)).isFile())
    .map(file => file.split(path.sep).join('/'));
}
const FILES = distFiles();

test.each(Object.keys(deployConfigs()))('deploy/%s is what `npm run deploy:config` writes from the table', file => {
  expect(read(file)).toBe(deployConfigs(EXAMPLE_BASE)[file]);
});

describe('the table covers the build', () => {
  test('the build has the files the table names', () => {
    const named = RULES.flatMap((rule: { files?: string[] }) => rule.files ?? []);
    expect(named.filter((file: string) => !FILES.includes(file))).toEqual([]);
  });

  test('a file no rule names is content-hashed: only such a file may be kept for good', () => {
    const rest = FILES.filter(file => ruleFor(file).rest);
    expect(rest.length).toBeGreaterThan(2);
    expect(rest.filter(file => !HASHED.test(file))).toEqual([]);
    for (const file of rest) expect(headersFor(file)['Cache-Control']).toMatch(/immutable/);
  });

  test('every kind of file has its content type', () => {
    expect(FILES.filter(file => !TYPES[path.extname(file)])).toEqual([]);
  });

  test('the pages, the manifest and the function metadata are revalidated; the pages carry their policy', () => {
    for (const file of [
      'taskpane.html',
      'help.html',
      'manifest.xml',
      'functions.json',
      'functions.nl.json',
      'functions.js',
    ])
      expect([file, headersFor(file)['Cache-Control']]).toEqual([file, 'no-cache']);
    expect(headersFor('taskpane.html')['Content-Security-Policy']).toMatch(/script-src 'self' https:\/\/appsforoffice/);
    expect(headersFor('help.html')['Content-Security-Policy']).toMatch(/^default-src 'none'/);
    expect(headersFor('functions.json')['Access-Control-Allow-Origin']).toBe('*');
  });

  test('the icons carry no Cache-Control: Office caches them itself and shows a blank icon otherwise', () => {
    const icons = FILES.filter(file => file.startsWith('assets/'));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) expect([icon, headersFor(icon)['Cache-Control']]).toEqual([icon, undefined]);
  });

  test('no header that would stop Excel on the web from framing the pane; no websocket in the policy', () => {
    for (const file of FILES) {
      const headers = headersFor(file);
      expect(Object.keys(headers)).not.toContain('X-Frame-Options');
      expect(headers['Content-Security-Policy'] ?? '').not.toMatch(/frame-ancestors|ws:|wss:/);
    }
  });
});

// --- Each example read as its server reads it ------------------------------------------------------

/**
 * nginx: the fixed add_header lines, the maps (exact keys, then regexes in order, else default), the
 * types. An add_header without "always" goes with successful responses only.
 */
function nginxHeaders(conf: string, file: string, status = 200): Headers {
  const uri = `${PATH}${file}`;
  const maps = new Map<string, string>();
  for (const [, variable, body] of conf.matchAll(/map \$uri (\$\w+) \{\n([\s\S]*?)\n\}/g)) {
    const entries = [...body.matchAll(/^ {4}(\S+) "(.*)";$/gm)].map(([, key, value]) => ({ key, value }));
    const exact = entries.find(e => e.key === uri);
    const regex = entries.find(e => e.key.startsWith('~') && new RegExp(e.key.slice(1)).test(uri));
    maps.set(variable, (exact ?? regex ?? entries.find(e => e.key === 'default'))!.value);
  }
  const headers: Headers = {};
  for (const [, name, value, always] of conf.matchAll(/^ +add_header (\S+) (\$\w+|"[^"]*")( always)?;$/gm)) {
    if (status >= 400 && !always) continue;
    const resolved = value.startsWith('$') ? maps.get(value)! : value.slice(1, -1);
    if (resolved !== '') headers[name] = resolved; // nginx sends no header whose value is empty
  }
  const types = Object.fromEntries(
    [...conf.matchAll(/^ {12}(\S+) (\w+);$/gm)].map(([, type, extension]) => [`.${extension}`, type]),
  );
  const charsetTypes = ['text/html', ...(/charset_types ([^;]+);/.exec(conf)?.[1].split(' ') ?? [])];
  const type = types[path.extname(file)];
  if (status >= 400) return headers;
  return { 'Content-Type': charsetTypes.includes(type) ? `${type}; charset=utf-8` : type, ...headers };
}

interface ClientCache {
  '@_cacheControlMode': string;
  '@_cacheControlMaxAge'?: string;
  '@_cacheControlCustom'?: string;
}

/** The Cache-Control IIS's static file handler sends for a <clientCache> (its directives in table order). */
function clientCacheHeader(cache: ClientCache): string | undefined {
  const mode = cache['@_cacheControlMode'];
  if (mode === 'NoControl') return undefined;
  if (mode === 'DisableCache') return 'no-cache';
  const [days, time] = cache['@_cacheControlMaxAge']!.split('.');
  const [h, m, sec] = time.split(':').map(Number);
  const maxAge = `max-age=${Number(days) * 86400 + h * 3600 + m * 60 + sec}`;
  const custom = (cache['@_cacheControlCustom'] ?? '').split(', ').filter(Boolean);
  return [custom[0], maxAge, ...custom.slice(1)].filter(Boolean).join(', ');
}

/** Directives compared as a set: IIS may put max-age elsewhere in the list, which means the same. */
const directives = (value: string | undefined) => (value === undefined ? undefined : value.split(', ').sort());

/**
 * IIS: headers a server may add to every site (X-Frame-Options, a common hardening default), the
 * site's customHeaders, then the <location> for the file or its folder (remove, add); Cache-Control
 * from the <clientCache> nearest the file, which the static file handler sends with a file it
 * serves and not with a 404.
 */
function iisHeaders(config: string, file: string, status = 200): Headers {
  const xml = new XMLParser({
    ignoreAttributes: false,
    isArray: name => ['location', 'add', 'remove', 'mimeMap'].includes(name),
  });
  const { configuration } = xml.parse(config);
  const headers: Headers = { 'X-Frame-Options': 'SAMEORIGIN' };
  const apply = (custom: { remove?: { '@_name': string }[]; add?: { '@_name': string; '@_value': string }[] }) => {
    for (const r of custom.remove ?? []) delete headers[r['@_name']];
    for (const a of custom.add ?? []) {
      // IIS refuses the whole configuration (error 500.19) when a header is added twice.
      if (a['@_name'] in headers) throw new Error(`${file}: ${a['@_name']} added twice without <remove>`);
      headers[a['@_name']] = a['@_value'];
    }
  };
  apply(configuration['system.webServer'].httpProtocol.customHeaders);
  const location = configuration.location.find(
    (l: { '@_path': string }) => l['@_path'] === file || file.startsWith(`${l['@_path']}/`),
  );
  if (location) apply(location['system.webServer'].httpProtocol.customHeaders);
  if (status >= 400) return headers;
  const site = configuration['system.webServer'].staticContent;
  const mime = site.mimeMap.find((m: { '@_fileExtension': string }) => m['@_fileExtension'] === path.extname(file));
  const cache = clientCacheHeader(location?.['system.webServer'].staticContent?.clientCache ?? site.clientCache);
  return { 'Content-Type': mime['@_mimeType'], ...headers, ...(cache ? { 'Cache-Control': cache } : {}) };
}

/**
 * Azure Static Web Apps: global headers, replaced or added to by the first route that matches, on
 * every response. Its deployments are atomic (a build's files arrive together), so a content-hashed
 * name is either there or never will be: a 404 cached for it does no harm.
 */
function staticWebAppHeaders(config: string, file: string): Headers {
  const { globalHeaders, routes, mimeTypes } = JSON.parse(config);
  const uri = `${PATH}${file}`;
  const route = routes.find((r: { route: string }) =>
    r.route.endsWith('*') ? uri.startsWith(r.route.slice(0, -1)) : uri === r.route,
  );
  return { 'Content-Type': mimeTypes[path.extname(file)], ...globalHeaders, ...(route?.headers ?? {}) };
}

/** Headers in name order, Cache-Control as its set of directives. */
const comparable = (headers: Headers) =>
  Object.fromEntries(
    Object.entries(headers)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => [name, name === 'Cache-Control' ? directives(value) : value]),
  );

describe.each([
  ['nginx.conf', nginxHeaders],
  ['web.config', iisHeaders],
  ['staticwebapp.config.json', staticWebAppHeaders],
] as [string, (config: string, file: string) => Headers][])('deploy/%s', (name, headersOf) => {
  test('sends every file of the build exactly the headers of the table', () => {
    const config = read(name);
    for (const file of FILES)
      expect([file, comparable(headersOf(config, file))]).toEqual([file, comparable(headersFor(file))]);
  });
});

describe('a 404 is never kept', () => {
  // A page deployed before the script it names: the browser must ask again, not keep the 404 a year.
  const missing = 'taskpane.0123456789abcdef0123.js';

  test.each([
    ['nginx.conf', nginxHeaders],
    ['web.config', iisHeaders],
  ] as [string, (config: string, file: string, status: number) => Headers][])(
    'deploy/%s sends no Cache-Control with it, but still the security headers',
    (name, headersOf) => {
      expect(headersFor(missing)['Cache-Control']).toMatch(/immutable/);
      const headers = headersOf(read(name), missing, 404);
      expect(headers['Cache-Control']).toBeUndefined();
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    },
  );
});

describe('the examples otherwise', () => {
  test('nginx sends every text file gzipped (text/html it compresses by itself)', () => {
    const conf = read('nginx.conf');
    expect(conf).toMatch(/^ +gzip on;$/m);
    const gzipped = /gzip_types ([^;]+);/.exec(conf)![1].split(' ');
    const text = Object.values(TYPES as Record<string, string>).filter(t => t.includes('charset'));
    expect(text.map(t => t.split(';')[0]).filter(t => t !== 'text/html' && !gzipped.includes(t))).toEqual([]);
  });

  test('IIS compresses static files and removes an X-Frame-Options the server adds to every site', () => {
    const config = read('web.config');
    expect(config).toContain('<urlCompression doStaticCompression="true" />');
    expect(iisHeaders(config, 'taskpane.html')['X-Frame-Options']).toBeUndefined();
  });
});
