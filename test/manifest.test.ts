// The manifests Excel installs, checked offline (`npm run validate` needs a Microsoft web service):
// the development manifest (manifest.xml, https://localhost:3000/) and a production and an
// acceptance one made for a real host, each valid against Microsoft's XSD schemas, saying what a
// user sees in every language (English by default, Dutch for nl-NL and nl-BE, as the pane decides),
// referring only to resources it defines, with every URL under its own base and icons of the sizes
// Excel asks for; each stage with an Id and a functions namespace of its own; a broken manifest is
// rejected; and the dist/manifest.xml of the build names only files the build produced.
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { languageOf } from '../src/core/language/language';
import { detectLanguage } from '../src/taskpane/i18n/detectLanguage';
import { schemaErrors } from './manifestSchema';

const {
  ACCEPTANCE_ID,
  DEV_BASE,
  DEV_ID,
  EXAMPLE_BASE,
  PRODUCTION_ID,
  STAGES,
  productionManifest,
} = require('../scripts/manifest');

const ROOT = path.resolve(__dirname, '..');
/** The build to check: dist/, or BROWSER_DIST (a build made elsewhere, as the browser tests take it). */
const DIST = path.resolve(process.env.BROWSER_DIST ?? path.join(ROOT, 'dist'));

interface Override {
  '@_Locale': string;
  '@_Value': string;
}
interface Localized {
  '@_DefaultValue': string;
  Override?: Override[];
  'bt:Override'?: Override[];
}
type Resource = Localized & { '@_id': string };

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: name => ['Override', 'bt:Override', 'bt:Image', 'bt:Url', 'bt:String'].includes(name),
});

const DEV_XML = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PRODUCTION_XML: string = productionManifest(EXAMPLE_BASE);
const ACCEPTANCE_XML: string = productionManifest(EXAMPLE_BASE, 'acceptance');
type Stage = 'development' | 'acceptance' | 'production';
const stageOf = (id: string) =>
  (Object.entries(STAGES) as [Stage, { id: string }][]).find(([, stage]) => stage.id === id)![0];

/** A PNG's width and height, from its header. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** What Office shows for a locale: the override for exactly that locale, else the default. */
const inLocale = (element: Localized, locale: string) =>
  [...(element.Override ?? []), ...(element['bt:Override'] ?? [])].find(o => o['@_Locale'] === locale)?.['@_Value'] ??
  element['@_DefaultValue'];

/** The parts of a manifest the tests read. */
function read(xml: string) {
  const app = parser.parse(xml).OfficeApp;
  const resources = app.VersionOverrides.Resources;
  const host = app.VersionOverrides.Hosts.Host;
  const urls: Resource[] = resources['bt:Urls']['bt:Url'];
  const strings: Resource[] = [
    ...resources['bt:ShortStrings']['bt:String'],
    ...resources['bt:LongStrings']['bt:String'],
  ];
  const byId = (list: Resource[], id: string) => list.find(r => r['@_id'] === id)!;
  const button = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
  return {
    app,
    host,
    resources,
    urls,
    strings,
    /** Every text a user reads, with the place it stands. */
    texts: [
      ['DisplayName', app.DisplayName],
      ['Description', app.Description],
      ...strings.filter(s => s['@_id'] !== 'Functions.Namespace').map(s => [s['@_id'], s]),
    ] as [string, Localized][],
    metadata: byId(urls, host.AllFormFactors.ExtensionPoint.Metadata.SourceLocation['@_resid']),
    learnMore: byId(urls, host.DesktopFormFactor.GetStarted.LearnMoreUrl['@_resid']),
    ribbonLabel: byId(strings, button.Label['@_resid']),
    namespace: byId(strings, host.AllFormFactors.ExtensionPoint.Namespace['@_resid']),
    images: resources['bt:Images']['bt:Image'] as (Localized & { '@_id': string })[],
    /** Every URL in the manifest, defaults and overrides. */
    allUrls: [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map(m => m[1]),
  };
}

const MANIFESTS: [Stage, string, string][] = [
  ['development', DEV_XML, DEV_BASE],
  ['production', PRODUCTION_XML, EXAMPLE_BASE],
  ['acceptance', ACCEPTANCE_XML, EXAMPLE_BASE],
];

describe.each(MANIFESTS)('the %s manifest', (kind, xml, base) => {
  const manifest = read(xml);
  const { app, host, resources } = manifest;

  test("is well-formed and valid against Microsoft's manifest schemas", async () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(await schemaErrors(xml)).toEqual([]);
  });

  test('is an Excel task pane add-in with a GUID Id that may read and write the workbook', () => {
    expect(app['@_xsi:type']).toBe('TaskPaneApp');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.Hosts.Host['@_Name']).toBe('Workbook');
  });

  test('every URL is https and under its base', () => {
    expect(manifest.allUrls.length).toBeGreaterThan(10);
    expect(manifest.allUrls.filter(url => !url.startsWith(base))).toEqual([]);
    const files = manifest.allUrls.map(url => url.slice(base.length).replace(/#.*/, ''));
    expect(new Set(files)).toEqual(
      new Set([
        'taskpane.html',
        'help.html',
        'functions.js',
        'functions.json',
        'functions.nl.json',
        ...['16', '32', '64', '80'].map(size => `assets/icon-${size}.png`),
      ]),
    );
  });

  test('its icons have the sizes Excel asks for: IconUrl 32 px, HighResolutionIconUrl 64 px, ribbon 16, 32, 80', () => {
    const file = (url: string) => path.join(ROOT, url.slice(base.length));
    expect(pngSize(file(app.IconUrl['@_DefaultValue']))).toEqual([32, 32]);
    expect(pngSize(file(app.HighResolutionIconUrl['@_DefaultValue']))).toEqual([64, 64]);
    const ribbon = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control.Icon['bt:Image'];
    expect(ribbon.map((i: { '@_size': string }) => i['@_size'])).toEqual(['16', '32', '80']);
    for (const { '@_size': size, '@_resid': id } of ribbon) {
      const image = manifest.images.find(i => i['@_id'] === id)!;
      expect([id, pngSize(file(image['@_DefaultValue']))]).toEqual([id, [Number(size), Number(size)]]);
    }
  });

  test('English by default, Dutch for nl-NL and nl-BE, in every text a user reads', () => {
    expect(app.DefaultLocale).toBe('en-US');
    for (const [place, text] of manifest.texts) {
      const dutch = inLocale(text, 'nl-NL');
      expect([place, inLocale(text, 'nl-BE')]).toEqual([place, dutch]);
      expect([place, dutch]).not.toEqual([place, text['@_DefaultValue']]);
    }
    expect(inLocale(app.DisplayName, 'nl-NL')).toMatch(/^Verantwoorde Caseload/);
    expect(app.DisplayName['@_DefaultValue']).toMatch(/^Responsible Caseload/);
    expect(inLocale(manifest.ribbonLabel, 'nl-NL')).toBe('Bandbreedte afspreken');
    expect(manifest.ribbonLabel['@_DefaultValue']).toBe('Agree a caseload range');
  });

  test("the functions are called by its stage's namespace, with the Dutch metadata for nl-NL and nl-BE", () => {
    const namespace = STAGES[kind].namespace;
    expect(namespace).toBe({ development: 'CASELOADDEV', acceptance: 'CASELOADACC', production: 'CASELOAD' }[kind]);
    expect(manifest.namespace['@_DefaultValue']).toBe(namespace);
    // The texts that tell the user what to type say the same namespace.
    expect([...xml.matchAll(/=(CASELOAD\w*)\./g)].map(m => m[1])).toEqual(Array(3).fill(namespace));
    expect(manifest.metadata['@_DefaultValue']).toBe(`${base}functions.json`);
    expect(inLocale(manifest.metadata, 'nl-NL')).toBe(`${base}functions.nl.json`);
    expect(inLocale(manifest.metadata, 'nl-BE')).toBe(`${base}functions.nl.json`);
  });

  test('SupportUrl and LearnMoreUrl open help.html, at its Dutch part for nl-NL and nl-BE', () => {
    for (const link of [app.SupportUrl, manifest.learnMore]) {
      expect(link['@_DefaultValue']).toBe(`${base}help.html#en`);
      expect(inLocale(link, 'nl-NL')).toBe(`${base}help.html#nl`);
      expect(inLocale(link, 'nl-BE')).toBe(`${base}help.html#nl`);
    }
  });

  test('functions, ribbon and task pane share one long-lived runtime', () => {
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
      [...resources['bt:Images']['bt:Image'], ...manifest.urls, ...manifest.strings].map((r: Resource) => r['@_id']),
    );
    const referenced = [...xml.matchAll(/\bresid="([^"]*)"/g)].map(m => m[1]);
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter(id => !defined.has(id))).toEqual([]);
  });

  test('asks Office only for what the functions need: the pane checks its Excel API sets itself', () => {
    const sets = app.Requirements.Sets.Set.map((s: { '@_Name': string; '@_MinVersion': string }) => [
      s['@_Name'],
      s['@_MinVersion'],
    ]);
    expect(sets).toEqual([
      ['SharedRuntime', '1.1'],
      ['CustomFunctionsRuntime', '1.2'],
    ]);
  });
});

describe('development, acceptance and production manifests', () => {
  const dev = read(DEV_XML);
  const production = read(PRODUCTION_XML);
  const acceptance = read(ACCEPTANCE_XML);

  test('have different Ids and namespaces, so all can be installed in one tenant without a #REF!', () => {
    expect([dev.app.Id, acceptance.app.Id, production.app.Id]).toEqual([DEV_ID, ACCEPTANCE_ID, PRODUCTION_ID]);
    expect(new Set([DEV_ID, ACCEPTANCE_ID, PRODUCTION_ID]).size).toBe(3);
    const namespaces = [dev, acceptance, production].map(m => m.namespace['@_DefaultValue']);
    expect(new Set(namespaces).size).toBe(3);
    // Letters and digits after CASELOAD, at most 32: the manifest's limit, and how an .xlsx file
    // stores the formulas (_xldudf_NAMESPACE_NAME, src/workbook/memory/fileFormula.ts).
    for (const namespace of namespaces) expect(namespace).toMatch(/^CASELOAD[A-Z0-9]{0,24}$/);
  });

  test('development says "(dev)" in its name, acceptance "(acceptatie)" or "(acceptance)", production nothing', () => {
    for (const locale of ['en-US', 'nl-NL', 'nl-BE']) {
      expect(inLocale(dev.app.DisplayName, locale)).toMatch(/ \(dev\)$/);
      expect(inLocale(production.app.DisplayName, locale)).toMatch(/Caseload$/);
      expect(inLocale(acceptance.app.DisplayName, locale)).toMatch(
        locale === 'en-US' ? /^Responsible Caseload \(acceptance\)$/ : /^Verantwoorde Caseload \(acceptatie\)$/,
      );
    }
    expect(PRODUCTION_XML + ACCEPTANCE_XML).not.toMatch(/\(dev\)|localhost|CASELOADDEV/);
  });

  test('differ in nothing else: each is the development one moved to its host and stage', () => {
    const comparable = (xml: string, base: string) =>
      xml
        .replace(/<!--[\s\S]*?-->/, '')
        .replaceAll(base, 'BASE/')
        .replace(/<Id>[^<]*<\/Id>/, '<Id/>')
        .replace(/ \((dev|acceptatie|acceptance)\)"/g, '"')
        .replace(/CASELOAD(DEV|ACC)?([".])/g, 'NAMESPACE$2');
    expect(comparable(PRODUCTION_XML, EXAMPLE_BASE)).toBe(comparable(DEV_XML, DEV_BASE));
    expect(comparable(ACCEPTANCE_XML, EXAMPLE_BASE)).toBe(comparable(DEV_XML, DEV_BASE));
  });
});

describe('languages: the ribbon and function names the manifest gives and the pane a locale gets', () => {
  // Office's display languages, English and Dutch variants and a few others.
  const ENGLISH = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-IN', 'en-NZ', 'en-ZA', 'en-SG'];
  const DUTCH = ['nl-NL', 'nl-BE'];
  const OTHER = ['de-DE', 'fr-FR', 'fr-BE', 'fy-NL', 'es-ES', 'pl-PL', 'tr-TR', 'ar-SA', 'ja-JP'];
  const manifest = read(PRODUCTION_XML);
  const dutchName = inLocale(manifest.app.DisplayName, 'nl-NL');

  test.each([...ENGLISH, ...DUTCH, ...OTHER])('%s', locale => {
    const expected = DUTCH.includes(locale) ? 'nl' : 'en';
    const manifestLanguage = (dutch: boolean) => (dutch ? 'nl' : 'en');
    // The manifest: display name, ribbon button, help link and function metadata, all one language.
    expect(manifestLanguage(inLocale(manifest.app.DisplayName, locale) === dutchName)).toBe(expected);
    expect(manifestLanguage(inLocale(manifest.ribbonLabel, locale) === 'Bandbreedte afspreken')).toBe(expected);
    expect(manifestLanguage(inLocale(manifest.learnMore, locale).endsWith('#nl'))).toBe(expected);
    expect(manifestLanguage(inLocale(manifest.metadata, locale).endsWith('functions.nl.json'))).toBe(expected);
    // The pane: Office's display language decides, whatever the browser says.
    expect(languageOf(locale)).toBe(expected);
    expect(detectLanguage('', locale, 'nl-NL')).toBe(expected);
    expect(detectLanguage('', locale, 'en-US')).toBe(expected);
  });

  test('outside Office the browser language decides the same way; Dutch when nothing says', () => {
    expect(detectLanguage('', undefined, 'en-GB')).toBe('en');
    expect(detectLanguage('', undefined, 'de-DE')).toBe('en');
    expect(detectLanguage('', undefined, 'nl')).toBe('nl');
    expect(detectLanguage('', undefined, 'nl-BE')).toBe('nl');
    expect(detectLanguage('', undefined, '')).toBe('nl');
    expect(detectLanguage('?lang=nl', 'en-GB', 'en-GB')).toBe('nl');
  });
});

describe('a broken manifest is rejected by the schema check', () => {
  const broken: [string, (xml: string) => string, RegExp][] = [
    [
      'Permissions before DefaultSettings',
      xml =>
        xml
          .replace('  <Permissions>ReadWriteDocument</Permissions>\n', '')
          .replace('  <DefaultSettings>', '  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>'),
      /Permissions/,
    ],
    ['an Id that is not a GUID', xml => xml.replace(/<Id>[^<]*<\/Id>/, '<Id>verantwoorde-caseload</Id>'), /Id/],
    ['a runtime lifetime="forever"', xml => xml.replace('lifetime="long"', 'lifetime="forever"'), /lifetime/],
    ['no DefaultLocale', xml => xml.replace(/ *<DefaultLocale>[^<]*<\/DefaultLocale>\n/, ''), /DefaultLocale/],
    ['an unknown element', xml => xml.replace('<Hosts>', '<Host>x</Host>\n  <Hosts>'), /Host/],
  ];

  test.each(broken)('%s', async (_what, breakIt, named) => {
    const xml = breakIt(DEV_XML);
    expect(xml).not.toBe(DEV_XML);
    const errors = await schemaErrors(xml);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(named);
  });
});

describe('dist/manifest.xml, as the build wrote it', () => {
  const file = path.join(DIST, 'manifest.xml');

  test('is valid and names only files the build put in dist/', async () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the tests.`);
    const xml = readFileSync(file, 'utf8');
    expect(await schemaErrors(xml)).toEqual([]);
    const manifest = read(xml);
    const page = inLocale(manifest.app.DefaultSettings.SourceLocation, 'en-US');
    const base = page.replace(/taskpane\.html$/, '');
    expect(manifest.allUrls.filter(url => !url.startsWith(base))).toEqual([]);
    const files = manifest.allUrls.map(url => url.slice(base.length).replace(/#.*/, ''));
    expect(files.filter(name => !existsSync(path.join(DIST, name)))).toEqual([]);
    // A plain build keeps the development manifest; a build for a host, its stage's for its base.
    const stage = stageOf(manifest.app.Id);
    expect(stage === 'development' ? base : stage).toBe(stage === 'development' ? DEV_BASE : stage);
    const version = (text: string) => /<Version>([^<]*)</.exec(text)![1];
    const expected = stage === 'development' ? DEV_XML : productionManifest(base, stage);
    expect(xml).toBe(expected.replace(/<Version>[^<]*</, `<Version>${version(xml)}<`));
  });
});
