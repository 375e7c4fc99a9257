// Building for a real host: the base URL is checked before anything is built (a clear sentence for
// one that is not https or lacks its trailing slash, from --env url and from ADDIN_URL alike), and
// the build's files are what a host needs: content-hashed scripts that the pages still find,
// functions.js (named by the manifest) the very same bundle, Office.js from Microsoft's CDN ahead
// of them, the table's policy in the pages, and help.html with its contact line.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const { EXAMPLE_BASE, parseBase, productionManifest, requestedBase, requestedStage } = require('../scripts/manifest');
const { helpParameters } = require('../scripts/help');
const { HELP_CONTENT_SECURITY_POLICY, HASHED, OFFICE_JS, paneContentSecurityPolicy } = require('../deploy/headers');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.resolve(process.env.BROWSER_DIST ?? path.join(ROOT, 'dist'));
const dist = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8');

describe('the base URL', () => {
  test.each([
    ['https://caseload.example-gemeente.nl/vc/', 'https://caseload.example-gemeente.nl/vc/'],
    ['https://Caseload.Example-Gemeente.nl/', 'https://caseload.example-gemeente.nl/'],
    ['  https://host.nl:8443/a/b/  ', 'https://host.nl:8443/a/b/'],
  ])('%s is taken as %s', (given, taken) => {
    expect(parseBase(given)).toBe(taken);
  });

  test.each([
    ['http://caseload.example-gemeente.nl/vc/', /is not https/],
    [
      'https://caseload.example-gemeente.nl/vc',
      /must end in "\/".*Did you mean https:\/\/caseload\.example-gemeente\.nl\/vc\/ \?/,
    ],
    ['https://caseload.example-gemeente.nl/vc/?v=2', /query or fragment/],
    ['https://caseload.example-gemeente.nl/vc/#x', /query or fragment/],
    ['https://user:secret@caseload.example-gemeente.nl/vc/', /user name or password/],
    ['caseload.example-gemeente.nl/vc/', /is not a URL/],
    ['', /is empty/],
  ])('%s is refused', (given, why) => {
    expect(() => parseBase(given)).toThrow(why);
    expect(() => productionManifest(given)).toThrow(why);
  });

  test('--env url wins over ADDIN_URL; an empty ADDIN_URL is no base; without either, development', () => {
    expect(requestedBase({ url: 'https://a.nl/' }, { ADDIN_URL: 'https://b.nl/' })).toBe('https://a.nl/');
    expect(requestedBase({}, { ADDIN_URL: 'https://b.nl/' })).toBe('https://b.nl/');
    expect(requestedBase({}, { ADDIN_URL: '' })).toBeUndefined();
    expect(requestedBase({}, {})).toBeUndefined();
    expect(() => requestedBase({}, { ADDIN_URL: 'https://b.nl' })).toThrow(/^ADDIN_URL "https:\/\/b\.nl" must end/);
  });

  /** The real build command, stopped by a wrong base before it builds anything. */
  const build = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'caseload-refused-'));
    const result = spawnSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out, ...args],
      { cwd: ROOT, env: { ...process.env, ADDIN_URL: '', ...env }, encoding: 'utf8' },
    );
    const written = fs.readdirSync(out);
    fs.rmSync(out, { recursive: true, force: true });
    return { status: result.status, said: result.stderr + result.stdout, written };
  };

  test('`npm run build -- --env url=http://…` stops with the sentence and writes nothing', () => {
    const { status, said, written } = build(['--env', 'url=http://caseload.example-gemeente.nl/vc/']);
    expect(status).not.toBe(0);
    expect(said).toContain('--env url "http://caseload.example-gemeente.nl/vc/" is not https');
    expect(written).toEqual([]);
  }, 60_000);

  test('ADDIN_URL without its trailing slash stops the build the same way', () => {
    const { status, said, written } = build([], { ADDIN_URL: 'https://caseload.example-gemeente.nl/vc' });
    expect(status).not.toBe(0);
    expect(said).toContain('ADDIN_URL "https://caseload.example-gemeente.nl/vc" must end in "/"');
    expect(written).toEqual([]);
  }, 60_000);

  test('the stage: --env stage wins over ADDIN_STAGE, production without either, anything else refused', () => {
    expect(requestedStage({ stage: 'acceptance' }, { ADDIN_STAGE: 'production' })).toBe('acceptance');
    expect(requestedStage({}, { ADDIN_STAGE: 'acceptance' })).toBe('acceptance');
    expect(requestedStage({}, {})).toBe('production');
    expect(() => requestedStage({ stage: 'test' }, {})).toThrow(
      '--env stage "test" is not a stage: give production or acceptance.',
    );
  });

  test('`--env stage=acceptance` without an address stops the build: the acceptance add-in needs a host', () => {
    const { status, said, written } = build(['--env', 'stage=acceptance']);
    expect(status).not.toBe(0);
    expect(said).toContain('the acceptance stage needs the address it is hosted at (--env url)');
    expect(written).toEqual([]);
  }, 60_000);

  test('the example base makes a manifest with every URL under it', () => {
    const xml: string = productionManifest(EXAMPLE_BASE);
    const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map(m => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter(url => !url.startsWith(EXAMPLE_BASE))).toEqual([]);
  });
});

describe('the built files', () => {
  const files = () => fs.readdirSync(DIST);
  const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(m => m[1]);

  test('the pane loads Office.js from the CDN first, then its own content-hashed scripts, which exist', () => {
    const scripts = scriptsOf(dist('taskpane.html'));
    expect(scripts[0]).toBe(OFFICE_JS);
    expect(scripts.slice(1).map(s => s.replace(/\.[0-9a-f]{20}\.js$/, '.js'))).toEqual(['functions.js', 'taskpane.js']);
    for (const script of scripts.slice(1)) {
      expect(script).toMatch(HASHED);
      expect(files()).toContain(script);
    }
  });

  test('every script of ours has a content-hashed name, but for functions.js: the same bytes as the hashed bundle', () => {
    const scripts = files().filter(f => f.endsWith('.js'));
    expect(scripts.filter(f => !HASHED.test(f))).toEqual(['functions.js']);
    const hashed = scriptsOf(dist('taskpane.html')).find(s => s.startsWith('functions.'))!;
    expect(fs.readFileSync(path.join(DIST, 'functions.js')).equals(fs.readFileSync(path.join(DIST, hashed)))).toBe(
      true,
    );
  });

  test('the pages, the manifest and the metadata keep their names', () => {
    expect(files()).toEqual(
      expect.arrayContaining(['taskpane.html', 'help.html', 'manifest.xml', 'functions.json', 'functions.nl.json']),
    );
  });

  test("the pages carry the table's policy; a production build has no websocket in it", () => {
    const policy = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy(dist('taskpane.html'))).toBe(paneContentSecurityPolicy());
    expect(policy(dist('taskpane.html'))).not.toMatch(/ws:|wss:|localhost/);
    expect(policy(dist('help.html'))).toBe(HELP_CONTENT_SECURITY_POLICY);
  });

  test('help.html: Dutch and English, no script, and a contact line', () => {
    const help = dist('help.html');
    expect(scriptsOf(help)).toEqual([]);
    expect(help).not.toMatch(/<script/i);
    expect(help).toMatch(/<section id="?nl"? lang="?nl"?/);
    expect(help).toMatch(/<section id="?en"? lang="?en"?/);
    expect(help).toMatch(/Er gaat niets de werkmap uit/);
    expect(help).toMatch(/Nothing leaves the workbook/);
    expect(help).toMatch(/Vragen over de invoegtoepassing\?/);
    expect(help).toMatch(/Questions about the add-in\?/);
    // The functions by the namespace this build's manifest gives them.
    const namespace = /id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(dist('manifest.xml'))![1];
    expect(help.match(/<code>=(\w+)\.…<\/code>/g)).toEqual(Array(2).fill(`<code>=${namespace}.…</code>`));
  });
});

describe('the contact line of help.html', () => {
  test('from --env contact, else ADDIN_CONTACT, else a sentence pointing at the municipality', () => {
    expect(helpParameters({ contact: 'Team IV' }, { ADDIN_CONTACT: 'other' }).contactNl).toContain('Team IV');
    expect(helpParameters({}, { ADDIN_CONTACT: 'Team IV' }).contactEn).toContain('Team IV');
    expect(helpParameters({}, {}).contactNl).toMatch(/functioneel beheerder of de servicedesk van je gemeente/);
  });

  test('is text: markup is escaped; an e-mail address and an https link become links', () => {
    const { contactNl } = helpParameters({ contact: '<b>IV</b>, iv@gemeente.nl, https://intranet.gemeente.nl/vc' }, {});
    expect(contactNl).toContain('&lt;b&gt;IV&lt;/b&gt;');
    expect(contactNl).toContain('<a href="mailto:iv@gemeente.nl">iv@gemeente.nl</a>');
    expect(contactNl).toContain('<a href="https://intranet.gemeente.nl/vc">https://intranet.gemeente.nl/vc</a>');
    expect(helpParameters({ contact: '" onmouseover="x' }, {}).contactNl).not.toContain('"');
  });
});
