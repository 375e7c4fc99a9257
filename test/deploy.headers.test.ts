// The server examples in deploy/ say what the one header table (deploy/headers.js) says: each is
// exactly what `npm run deploy:config` writes from it, and read the way its server reads it
// (nginx's maps, IIS's inherited customHeaders, Static Web Apps' global and route headers) it
// sends every file of the build the table's headers. And the table covers the build: every file
// has its rule, and only content-hashed files are cached for good.
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

  test('no header that would stop Excel on the web from framing the pane; no websocket in the policy', () => {
    for (const file of FILES) {
      const headers = headersFor(file);
      expect(Object.keys(headers)).not.toContain('X-Frame-Options');
      expect(headers['Content-Security-Policy'] ?? '').not.toMatch(/frame-ancestors|ws:|wss:/);
    }
  });
});

// --- Each example read as its server reads it ------------------------------------------------------

/** nginx: the fixed add_header lines, the maps (exact keys, then regexes in order, else default), the types. */
function nginxHeaders(conf: string, file: string): Headers {
  const uri = `${PATH}${file}`;
  const maps = new Map<string, string>();
  for (const [, variable, body] of conf.matchAll(/map \$uri (\$\w+) \{\n([\s\S]*?)\n\}/g)) {
    const entries = [...body.matchAll(/^ {4}(\S+) "(.*)";$/gm)].map(([, key, value]) => ({ key, value }));
    const exact = entries.find(e => e.key === uri);
    const regex = entries.find(e => e.key.startsWith('~') && new RegExp(e.key.slice(1)).test(uri));
    maps.set(variable, (exact ?? regex ?? entries.find(e => e.key === 'default'))!.value);
  }
  const headers: Headers = {};
  for (const [, name, value] of conf.matchAll(/^ +add_header (\S+) (\$\w+|"[^"]*") always;$/gm)) {
    const resolved = value.startsWith('$') ? maps.get(value)! : value.slice(1, -1);
    if (resolved !== '') headers[name] = resolved; // nginx sends no header whose value is empty
  }
  const types = Object.fromEntries(
    [...conf.matchAll(/^ {12}(\S+) (\w+);$/gm)].map(([, type, extension]) => [`.${extension}`, type]),
  );
  const charsetTypes = ['text/html', ...(/charset_types ([^;]+);/.exec(conf)?.[1].split(' ') ?? [])];
  const type = types[path.extname(file)];
  return { 'Content-Type': charsetTypes.includes(type) ? `${type}; charset=utf-8` : type, ...headers };
}

/** IIS: the site's customHeaders, then the <location> for the file or its folder (remove, add). */
function iisHeaders(config: string, file: string): Headers {
  const xml = new XMLParser({
    ignoreAttributes: false,
    isArray: name => ['location', 'add', 'remove', 'mimeMap'].includes(name),
  });
  const { configuration } = xml.parse(config);
  const headers: Headers = {};
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
  const mime = configuration['system.webServer'].staticContent.mimeMap.find(
    (m: { '@_fileExtension': string }) => m['@_fileExtension'] === path.extname(file),
  );
  return { 'Content-Type': mime['@_mimeType'], ...headers };
}

/** Azure Static Web Apps: global headers, replaced or added to by the first route that matches. */
function staticWebAppHeaders(config: string, file: string): Headers {
  const { globalHeaders, routes, mimeTypes } = JSON.parse(config);
  const uri = `${PATH}${file}`;
  const route = routes.find((r: { route: string }) =>
    r.route.endsWith('*') ? uri.startsWith(r.route.slice(0, -1)) : uri === r.route,
  );
  return { 'Content-Type': mimeTypes[path.extname(file)], ...globalHeaders, ...(route?.headers ?? {}) };
}

const sorted = (headers: Headers) => Object.fromEntries(Object.entries(headers).sort(([a], [b]) => a.localeCompare(b)));

describe.each([
  ['nginx.conf', nginxHeaders],
  ['web.config', iisHeaders],
  ['staticwebapp.config.json', staticWebAppHeaders],
] as [string, (config: string, file: string) => Headers][])('deploy/%s', (name, headersOf) => {
  test('sends every file of the build exactly the headers of the table', () => {
    const config = read(name);
    for (const file of FILES) expect([file, sorted(headersOf(config, file))]).toEqual([file, sorted(headersFor(file))]);
  });
});
