// The manifest's <Version> and the functions' metadata. Excel reads functions.json only when it
// installs a version, and the admin center takes an update only with a higher <Version>: so the
// metadata the sources make now must be the one release.json records (a function changed without a
// higher version fails here), manifest.xml says that version, and a build refuses a lower one.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const {
  compareVersions,
  metadataFingerprint,
  readRelease,
  releaseRecord,
  requestedVersion,
} = require('../scripts/version');
const { metadataFiles } = require('../scripts/functions-metadata');

const ROOT = path.resolve(__dirname, '..');
const release = readRelease();

test('the functions are as release.json records them: a changed functions.json needs a higher version', () => {
  const now = metadataFingerprint();
  if (now !== release.metadata)
    throw new Error(
      `functions.json or functions.nl.json changed since version ${release.version}. Excel reads them only when ` +
        `it installs a higher version: run \`npm run version:record -- <a version above ${release.version}>\`.`,
    );
  expect(now).toBe(release.metadata);
});

test('manifest.xml says the recorded version', () => {
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  expect(/<Version>([^<]*)<\/Version>/.exec(manifest)?.[1]).toBe(release.version);
});

describe('recording a release', () => {
  const files = metadataFiles();
  const changed = { ...files, 'functions.json': files['functions.json'].replace('"description"', '"description" ') };
  const recorded = { version: '1.1.0.0', metadata: metadataFingerprint(files) };

  test('a change to any text of the metadata changes its fingerprint', () => {
    expect(metadataFingerprint(changed)).not.toBe(recorded.metadata);
    expect(metadataFingerprint({ ...files })).toBe(recorded.metadata);
  });

  test('changed metadata under the same version is refused; a higher version is recorded', () => {
    expect(() => releaseRecord('1.1.0.0', metadataFingerprint(changed), recorded)).toThrow(
      'The functions changed since 1.1.0.0: record a higher version.',
    );
    expect(releaseRecord('1.1.1', metadataFingerprint(changed), recorded)).toEqual({
      version: '1.1.1',
      metadata: metadataFingerprint(changed),
    });
    expect(() => releaseRecord('1.0.9.9', recorded.metadata, recorded)).toThrow(/lower than 1\.1\.0\.0/);
    expect(() => releaseRecord('v2', recorded.metadata, recorded)).toThrow(/not a version/);
  });
});

describe('the version a build writes', () => {
  const recorded = { version: '1.1.0.0', metadata: 'sha256:x' };

  test('--env version wins over ADDIN_VERSION; without either, the recorded one', () => {
    expect(requestedVersion({ version: '1.2.0.0' }, { ADDIN_VERSION: '1.3' }, recorded)).toBe('1.2.0.0');
    expect(requestedVersion({}, { ADDIN_VERSION: '1.3' }, recorded)).toBe('1.3');
    expect(requestedVersion({}, {}, recorded)).toBe('1.1.0.0');
    expect(requestedVersion({}, { ADDIN_VERSION: '' }, recorded)).toBe('1.1.0.0');
  });

  test('a version lower than the recorded one, or no version at all, is refused with a sentence', () => {
    expect(() => requestedVersion({ version: '1.0.5.0' }, {}, recorded)).toThrow(
      /--env version "1\.0\.5\.0" is lower than 1\.1\.0\.0.*Excel reads functions\.json only when it installs a higher version/,
    );
    expect(() => requestedVersion({}, { ADDIN_VERSION: '1.1.0.0.1' }, recorded)).toThrow(
      /ADDIN_VERSION .* is not a version/,
    );
    expect(() => requestedVersion({ version: 'latest' }, {}, recorded)).toThrow(/is not a version/);
  });

  test('versions compare by their numbers, missing ones counting as 0', () => {
    expect(compareVersions('1.10.0.0', '1.9.0.0')).toBeGreaterThan(0);
    expect(compareVersions('1.2', '1.2.0.0')).toBe(0);
    expect(compareVersions('1.1.0.0', '1.1.0.1')).toBeLessThan(0);
  });

  test('`npm run build -- --env version=…` lower than the recorded one stops and writes nothing', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'caseload-version-'));
    const result = spawnSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out, '--env', 'version=0.9'],
      { cwd: ROOT, env: { ...process.env, ADDIN_URL: '', ADDIN_VERSION: '' }, encoding: 'utf8' },
    );
    const written = fs.readdirSync(out);
    fs.rmSync(out, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toContain(`--env version "0.9" is lower than ${release.version}`);
    expect(written).toEqual([]);
  }, 60_000);
});
