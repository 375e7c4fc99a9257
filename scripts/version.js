// The manifest's <Version>. Excel reads the functions' metadata (functions.json, functions.nl.json)
// only when it installs a version of the add-in, and the Microsoft 365 admin center takes an update
// only with a higher <Version>. release.json records the version that goes with the metadata as the
// sources make it now, by a fingerprint of both files: test/deploy.version.test.ts fails while they
// differ from it (a function changed: `npm run version:record -- <higher version>`), and a build
// refuses a --env version (or ADDIN_VERSION) lower than the recorded one. Without either, a build
// takes the recorded version; manifest.xml says the same one.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { metadataFiles } = require('./functions-metadata');
const { DEV_MANIFEST } = require('./manifest');

const RELEASE = path.resolve(__dirname, '../release.json');
/** The manifest schema's form: one to four numbers of at most five digits, separated by dots. */
const FORM = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;

/** A version's numbers, four of them ("1.2" is 1.2.0.0). */
const parts = version => [...version.split('.').map(Number), 0, 0, 0].slice(0, 4);

/** Negative, zero or positive as `a` is lower than, the same as or higher than `b`. */
function compareVersions(a, b) {
  const [x, y] = [parts(a), parts(b)];
  const i = x.findIndex((n, at) => n !== y[at]);
  return i < 0 ? 0 : x[i] - y[i];
}

/** The fingerprint of the metadata files: any change to a name, argument or help text changes it. */
function metadataFingerprint(files = metadataFiles()) {
  const hash = crypto.createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(`${name}\n${files[name]}\n`);
  return `sha256:${hash.digest('hex')}`;
}

const readRelease = () => JSON.parse(fs.readFileSync(RELEASE, 'utf8'));

/**
 * The version a build writes into its manifest: --env version, else ADDIN_VERSION, else the
 * recorded one. Throws a sentence for one that is not a version or lower than the recorded one.
 */
function requestedVersion(env, environment = process.env, release = readRelease()) {
  const [given, source] =
    env.version !== undefined ? [String(env.version), '--env version'] : [environment.ADDIN_VERSION, 'ADDIN_VERSION'];
  if (given === undefined || given === '') return release.version;
  if (!FORM.test(given.trim()))
    throw new Error(`${source} "${given}" is not a version: give up to four numbers with dots, such as 1.2.0.0.`);
  if (compareVersions(given.trim(), release.version) < 0)
    throw new Error(
      `${source} "${given}" is lower than ${release.version}, the version these functions were released with: ` +
        `Excel reads functions.json only when it installs a higher version than it has. Give ${release.version} or higher.`,
    );
  return given.trim();
}

/**
 * The record for `version` and the metadata's `fingerprint`: metadata that changed since the
 * recorded release needs a higher version, or Excel would keep reading the old one.
 */
function releaseRecord(version, fingerprint, release) {
  if (!FORM.test(version)) throw new Error(`"${version}" is not a version, such as 1.2.0.0.`);
  if (compareVersions(version, release.version) < 0)
    throw new Error(`${version} is lower than ${release.version}, the version already recorded.`);
  if (fingerprint !== release.metadata && compareVersions(version, release.version) === 0)
    throw new Error(`The functions changed since ${release.version}: record a higher version.`);
  return { version, metadata: fingerprint };
}

/** Records `version` as the one for the metadata as it is now, in release.json and manifest.xml. */
function recordRelease(version) {
  const record = releaseRecord(version, metadataFingerprint(), readRelease());
  fs.writeFileSync(RELEASE, `${JSON.stringify(record, null, 2)}\n`);
  const manifest = fs.readFileSync(DEV_MANIFEST, 'utf8');
  fs.writeFileSync(DEV_MANIFEST, manifest.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`));
}

if (require.main === module) {
  const [command, version] = process.argv.slice(2);
  try {
    if (command !== 'record' || !version) throw new Error('use: node scripts/version.js record <version>');
    recordRelease(version);
    console.log(`  release.json and manifest.xml: version ${version}`);
  } catch (error) {
    console.error(`  ${error.message}`);
    process.exit(2);
  }
}

module.exports = {
  compareVersions,
  metadataFingerprint,
  readRelease,
  recordRelease,
  releaseRecord,
  requestedVersion,
};
