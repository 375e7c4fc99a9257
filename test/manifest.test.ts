// The manifest Excel installs, checked offline (`npm run validate` needs a Microsoft web service):
// it parses, says what a user sees (Dutch name with English override, CASELOAD namespace, Dutch
// function names), refers only to resources it defines and only to files the build produces.
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const DEV_SERVER = 'https://localhost:3000/';

interface Localized {
  '@_DefaultValue': string;
  Override?: { '@_Locale': string; '@_Value': string }[];
  'bt:Override'?: { '@_Locale': string; '@_Value': string }[];
}
type Resource = Localized & { '@_id': string };

const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: name => ['Override', 'bt:Override', 'bt:Image', 'bt:Url', 'bt:String'].includes(name),
});
const app = parser.parse(xml).OfficeApp;
const resources = app.VersionOverrides.Resources;
const byId = (list: Resource[], id: string) => list.find(r => r['@_id'] === id);
const override = (element: Localized, locale: string) =>
  [...(element.Override ?? []), ...(element['bt:Override'] ?? [])].find(o => o['@_Locale'] === locale)?.['@_Value'];

test('the manifest is well-formed XML', () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test('it is a Dutch Excel add-in with a GUID id that may read and write the workbook', () => {
  expect(app['@_xsi:type']).toBe('TaskPaneApp');
  expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(app.DefaultLocale).toBe('nl-NL');
  expect(app.Permissions).toBe('ReadWriteDocument');
  expect(app.Hosts.Host['@_Name']).toBe('Workbook');
});

test('the display name is Dutch, with an English override', () => {
  expect(app.DisplayName['@_DefaultValue']).toBe('Verantwoorde Caseload');
  expect(override(app.DisplayName, 'en-US')).toBe('Responsible Caseload');
});

test('every text on the ribbon and in the get-started callout has an English override', () => {
  const strings: Resource[] = [
    ...resources['bt:ShortStrings']['bt:String'],
    ...resources['bt:LongStrings']['bt:String'],
  ];
  const texts = strings.filter(s => s['@_id'] !== 'Functions.Namespace');
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter(text => !override(text, 'en-US')).map(text => text['@_id'])).toEqual([]);
});

test('the functions are called CASELOAD.*, with the Dutch metadata for nl-NL', () => {
  const functions = app.VersionOverrides.Hosts.Host.AllFormFactors.ExtensionPoint;
  const namespace = byId(resources['bt:ShortStrings']['bt:String'], functions.Namespace['@_resid']);
  expect(namespace?.['@_DefaultValue']).toBe('CASELOAD');

  const metadata = byId(resources['bt:Urls']['bt:Url'], functions.Metadata.SourceLocation['@_resid'])!;
  expect(metadata['@_DefaultValue']).toBe(`${DEV_SERVER}functions.json`);
  expect(override(metadata, 'nl-NL')).toBe(`${DEV_SERVER}functions.nl.json`);
  expect(override(metadata, 'nl-BE')).toBe(`${DEV_SERVER}functions.nl.json`);
});

test('functions, ribbon and task pane share one long-lived runtime', () => {
  const host = app.VersionOverrides.Hosts.Host;
  const runtime = host.Runtimes.Runtime;
  expect(runtime['@_lifetime']).toBe('long');
  const button = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
  expect([
    host.AllFormFactors.ExtensionPoint.Page.SourceLocation['@_resid'],
    host.DesktopFormFactor.FunctionFile['@_resid'],
    button.Action.SourceLocation['@_resid'],
  ]).toEqual([runtime['@_resid'], runtime['@_resid'], runtime['@_resid']]);
});

test('every resid refers to a resource defined in Resources', () => {
  const defined = new Set(
    [
      ...resources['bt:Images']['bt:Image'],
      ...resources['bt:Urls']['bt:Url'],
      ...resources['bt:ShortStrings']['bt:String'],
      ...resources['bt:LongStrings']['bt:String'],
    ].map((r: Resource) => r['@_id']),
  );
  const referenced = [...xml.matchAll(/\bresid="([^"]*)"/g)].map(m => m[1]);
  expect(referenced.length).toBeGreaterThan(0);
  expect(referenced.filter(id => !defined.has(id))).toEqual([]);
});

test('every URL is https and names a file the build puts in dist/', () => {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the tests.');
  const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map(m => m[1]);
  expect(urls.filter(url => !url.startsWith(DEV_SERVER))).toEqual([]);
  const files = urls.map(url => new URL(url).pathname.slice(1));
  expect(files).toEqual(
    expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'functions.nl.json']),
  );
  expect(files.filter(file => !existsSync(path.join(DIST, file)))).toEqual([]);
});
