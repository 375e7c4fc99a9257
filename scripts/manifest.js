// The add-in's address and its manifests. manifest.xml (in the project root) is the development
// manifest: https://localhost:3000/, the development Id and "(dev)" in its name, the one that
// `npm run start:excel` sideloads. For a real host the build writes dist/manifest.xml from it with
// productionManifest(): every URL under the host's base, the production Id, the name without
// "(dev)". Two Ids, so a tenant can have both installed side by side.
const fs = require('fs');
const path = require('path');
const { URL } = require('url');

const DEV_MANIFEST = path.resolve(__dirname, '../manifest.xml');
const DEV_BASE = 'https://localhost:3000/';
const DEV_ID = '13992ad0-0352-486e-a579-95333d442a9d';
const PRODUCTION_ID = 'b9c638bb-5f43-48f1-95c9-a9af1fa65728';
const DEV_MARK = ' (dev)';
const EXAMPLE_BASE = 'https://caseload.example-gemeente.nl/vc/';

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

const readDevManifest = () => fs.readFileSync(DEV_MANIFEST, 'utf8');

/** Replaces `from` by `to` in `text`, and insists it was there `times` times (or at least once). */
function replaceCounted(text, from, to, what, times) {
  const count = text.split(from).length - 1;
  if (times === undefined ? count === 0 : count !== times)
    throw new Error(`manifest.xml: expected ${times ?? 'at least one'} ${what}, found ${count}`);
  return text.split(from).join(to);
}

/** The manifest for a real host: the development manifest moved to `base` (checked by parseBase). */
function productionManifest(base, devXml = readDevManifest()) {
  const checked = parseBase(base, 'base');
  // The development notes give way to where this file came from.
  const note =
    '<!--\n  Made by the build from manifest.xml for the base URL it was given: do not edit; change manifest.xml\n' +
    '  and build again (docs/deploy.md). Production Id; upload it in the Microsoft 365 admin center.\n-->';
  let xml = devXml.replace(/<!--[\s\S]*?-->/, () => note);
  xml = replaceCounted(xml, `<Id>${DEV_ID}</Id>`, `<Id>${PRODUCTION_ID}</Id>`, 'development Id', 1);
  xml = replaceCounted(xml, DEV_BASE, checked.replace(/&/g, '&amp;'), `URL under ${DEV_BASE}`);
  // The name: the DisplayName's default and its overrides, nothing else says "(dev)".
  xml = xml.replace(/<DisplayName\b[\s\S]*?<\/DisplayName>/, block => replaceCounted(block, DEV_MARK, '', '"(dev)"'));
  if (xml.includes(DEV_MARK)) throw new Error('manifest.xml: "(dev)" outside the DisplayName');
  return xml;
}

/** The manifest a build writes to dist/: the production one for a base, else the development one. */
const manifestFor = base => (base ? productionManifest(base) : readDevManifest());

module.exports = {
  DEV_BASE,
  DEV_ID,
  DEV_MANIFEST,
  EXAMPLE_BASE,
  PRODUCTION_ID,
  manifestFor,
  parseBase,
  productionManifest,
  requestedBase,
};
