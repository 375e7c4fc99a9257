// Webpack plugin: emits the custom functions' metadata, functions.json (English) and
// functions.nl.json (Dutch Excel, through the manifest's nl-NL/nl-BE override), made from core's
// catalogue and the language packs by src/functions/metadata.ts. A text missing from a pack is a
// type error already; a failure here is reported as a build error.
const path = require('path');
const { requireFresh } = require('./require-ts');

const SOURCE = path.resolve(__dirname, '../src/functions/metadata.ts');
const PACKS = path.resolve(__dirname, '../src/core/language/packs.ts');

/** The metadata files, by name, as the build writes them (also what scripts/version.js fingerprints). */
function metadataFiles() {
  const { functionsMetadata } = requireFresh(SOURCE);
  const { PACKS: packs } = require(PACKS);
  const text = language => JSON.stringify(functionsMetadata(packs[language].functions), null, 2);
  return { 'functions.json': text('en'), 'functions.nl.json': text('nl') };
}

class FunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', compilation => {
      compilation.hooks.processAssets.tap(
        { name: 'FunctionsMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            for (const [file, text] of Object.entries(metadataFiles()))
              compilation.emitAsset(file, new sources.RawSource(text));
          } catch (error) {
            compilation.errors.push(new WebpackError(`Function metadata: ${error.message}`));
          }
        },
      );
    });
  }
}

module.exports = { FunctionsMetadataPlugin, metadataFiles };
