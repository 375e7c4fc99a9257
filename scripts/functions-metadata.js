// Webpack plugin: emits the custom functions' metadata, functions.json (English) and
// functions.nl.json (Dutch Excel, through the manifest's nl-NL/nl-BE override), made from core's
// catalogue and the language packs by src/functions/metadata.ts. A text missing from a pack is a
// type error already; a failure here is reported as a build error.
const path = require('path');
const { requireFresh } = require('./require-ts');

const SOURCE = path.resolve(__dirname, '../src/functions/metadata.ts');
const PACKS = path.resolve(__dirname, '../src/core/language/packs.ts');

class FunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', compilation => {
      compilation.hooks.processAssets.tap(
        { name: 'FunctionsMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            const { functionsMetadata } = requireFresh(SOURCE);
            const { PACKS: packs } = require(PACKS);
            const emit = (file, language) =>
              compilation.emitAsset(
                file,
                new sources.RawSource(JSON.stringify(functionsMetadata(packs[language].functions), null, 2)),
              );
            emit('functions.json', 'en');
            emit('functions.nl.json', 'nl');
          } catch (error) {
            compilation.errors.push(new WebpackError(`Function metadata: ${error.message}`));
          }
        },
      );
    });
  }
}

module.exports = { FunctionsMetadataPlugin };
