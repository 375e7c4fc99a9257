// The add-in's address and its manifests. manifest.xml (in the project root) is the development
// manifest: https://localhost:3000/, the development Id, "(dev)" in its name and the functions as
// CASELOADDEV.*, the one that `npm run start:excel` sideloads. For a real host the build writes
// dist/manifest.xml from it with productionManifest(): every URL under the host's base, and the Id,
// name and namespace of its stage, production (CASELOAD.*) or acceptance, the municipality's test
// environment. Each stage has an Id and a namespace of its own, so all three can be installed in
// one tenant side by side: two add-ins with the same function names would give #REF! (Microsoft's
// custom functions naming guidance). The sheets write their formulas in the namespace of the
// add-in that writes them (the build tells the pane: webpack.config.js).
const fs = require('fs');
const path = require('path');
const { URL } = require('url');

const DEV_MANIFEST = path.resolve(__dirname, '../manifest.xml');
const DEV_BASE = 'https://localhost:3000/';
const DEV_ID = '13992ad0-0352-486e-a579-95333d442a9d';
const PRODUCTION_ID = 'b9c638bb-5f43-48f1-95c9-a9af1fa65728';
const ACCEPTANCE_ID = 'dd0d43c3-f819-4d28-bf11-a461d4c50134';
const EXAMPLE_BASE = 'https://caseload.example-gemeente.nl/vc/';

/**
 * What sets one installation apart from another in a tenant: its Id, the mark after its name (in
 * English and Dutch) and its functions' namespace (letters and digits, at most 32: the manifest's limit).
 */
const STAGES = {
  development: { id: DEV_ID, mark: { en: ' (dev)', nl: ' (dev)' }, namespace: 'CASELOADDEV' },
  acceptance: { id: ACCEPTANCE_ID, mark: { en: ' (acceptance)', nl: ' (acceptatie)' }, namespace: 'CASELOADACC' },
  production: { id: PRODUCTION_ID, mark: { en: '', nl: '' }, namespace: 'CASELOAD' },
};
/** The stages a build for a host can be made for (development is the manifest without a host). */
const HOSTED_STAGES = ['production', 'acceptance'];

/**
 * The base URL the add-in is hosted under, checked: https, ending in "/", nothing after the path.
 * Throws an Error whose message says what is wrong and what to give instead.
 */
function parseBase(value, source = '--env url') {
  const given = String(value ?? '').trim();
  const example = `for example ${EXAMPLE_BASE}`;
  if (!given) throw new Error(`${source} is empty: give the https address where dist/ will be hosted, ${example}`);
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`${source} "${given}" is not a URL: give the https address where dist/ will be hosted, ${example}`);
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `${source} "${given}" is not https: Office loads add-ins only over https with a publicly trusted ` +
        `certificate. Give the https address, ${example}`,
    );
  if (url.username || url.password)
    throw new Error(`${source} "${given}" holds a user name or password: leave them out.`);
  if (url.search || url.hash || given.includes('?') || given.includes('#'))
    throw new Error(`${source} "${given}" has a query or fragment: give only the folder, ${example}`);
  if (!given.endsWith('/'))
    throw new Error(
      `${source} "${given}" must end in "/": it is the folder that holds taskpane.html, so every file's ` +
        `URL is this base plus its name. Did you mean ${given}/ ?`,
    );
  return url.href;
}

/** The base a build was asked for (--env url wins over ADDIN_URL), or undefined for development. */
function requestedBase(env, environment = process.env) {
  if (env.url !== undefined) return parseBase(env.url, '--env url');
  if (environment.ADDIN_URL !== undefined && environment.ADDIN_URL !== '')
    return parseBase(environment.ADDIN_URL, 'ADDIN_URL');
  return undefined;
}

/** The stage a build for a host is for (--env stage wins over ADDIN_STAGE; production if neither). */
function requestedStage(env, environment = process.env) {
  const [given, source] =
    env.stage !== undefined ? [env.stage, '--env stage'] : [environment.ADDIN_STAGE || 'production', 'ADDIN_STAGE'];
  if (!HOSTED_STAGES.includes(given))
    throw new Error(`${source} "${given}" is not a stage: give ${HOSTED_STAGES.join(' or ')}.`);
  return given;
}

/** The namespace of a build's functions: its stage's on a host, else the development one. */
const namespaceFor = (base, stage = 'production') => STAGES[base ? stage : 'development'].namespace;

const readDevManifest = () => fs.readFileSync(DEV_MANIFEST, 'utf8');

/** Replaces `from` by `to` in `text`, and insists it was there `times` times (or at least once). */
function replaceCounted(text, from, to, what, times) {
  const count = text.split(from).length - 1;
  if (times === undefined ? count === 0 : count !== times)
    throw new Error(`manifest.xml: expected ${times ?? 'at least one'} ${what}, found ${count}`);
  return text.split(from).join(to);
}

const VERSION = /<Version>[^<]*<\/Version>/g;

/** The manifest with its <Version> set (a version scripts/version.js checked). */
function withVersion(xml, version) {
  if (version === undefined) return xml;
  const found = xml.match(VERSION)?.length ?? 0;
  if (found !== 1) throw new Error(`manifest.xml: expected one <Version>, found ${found}`);
  return xml.replace(VERSION, `<Version>${version}</Version>`);
}

/**
 * The manifest for a real host: the development manifest moved to `base` (checked by parseBase),
 * with the Id, name and namespace of `stage`.
 */
function productionManifest(base, stage = 'production', devXml = readDevManifest()) {
  const checked = parseBase(base, 'base');
  const dev = STAGES.development;
  const { id, mark, namespace } = STAGES[stage];
  // The development notes give way to where this file came from.
  const note =
    '<!--\n  Made by the build from manifest.xml for the base URL it was given: do not edit; change manifest.xml\n' +
    `  and build again (docs/deploy.md). The ${stage} Id and functions ${namespace}.*; upload it in the\n` +
    '  Microsoft 365 admin center.\n-->';
  let xml = devXml.replace(/<!--[\s\S]*?-->/, () => note);
  xml = replaceCounted(xml, `<Id>${dev.id}</Id>`, `<Id>${id}</Id>`, 'development Id', 1);
  xml = replaceCounted(xml, DEV_BASE, checked.replace(/&/g, '&amp;'), `URL under ${DEV_BASE}`);
  // The namespace, and the texts that tell the user to type it.
  xml = replaceCounted(xml, `DefaultValue="${dev.namespace}"`, `DefaultValue="${namespace}"`, 'namespace', 1);
  xml = replaceCounted(xml, `=${dev.namespace}.`, `=${namespace}.`, `"=${dev.namespace}."`);
  // The name: the DisplayName's default (English) and its overrides (Dutch), nothing else is marked.
  xml = xml.replace(/<DisplayName\b[\s\S]*?<\/DisplayName>/, block =>
    block
      .split('\n')
      .map(line =>
        line.includes('DefaultValue=')
          ? replaceCounted(line, `${dev.mark.en}"`, `${mark.en}"`, '"(dev)"', 1)
          : line.includes('Value=')
            ? replaceCounted(line, `${dev.mark.nl}"`, `${mark.nl}"`, '"(dev)"', 1)
            : line,
      )
      .join('\n'),
  );
  if (xml.includes(dev.mark.en) || xml.includes(dev.namespace))
    throw new Error(`manifest.xml: "(dev)" outside the DisplayName, or ${dev.namespace} outside the namespace`);
  return xml;
}

/**
 * The manifest a build writes to dist/: for a base, the one of its stage; else the development one.
 * `version` (checked by the build) replaces the <Version> of manifest.xml.
 */
const manifestFor = ({ base, stage = 'production', version } = {}) =>
  withVersion(base ? productionManifest(base, stage) : readDevManifest(), version);

module.exports = {
  ACCEPTANCE_ID,
  DEV_BASE,
  DEV_ID,
  DEV_MANIFEST,
  EXAMPLE_BASE,
  PRODUCTION_ID,
  STAGES,
  manifestFor,
  namespaceFor,
  parseBase,
  productionManifest,
  requestedBase,
  requestedStage,
};
