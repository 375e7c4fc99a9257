// Builds a localized custom-functions metadata file from the English one that
// custom-functions-metadata generates from the JSDoc, and a language pack keyed by function id.
// custom-functions-metadata has no localization of its own; Excel picks the file per locale
// through the manifest's <bt:Override Locale="nl-NL">.

/** Every function and parameter must be in the pack: a missing translation fails the build. */
function localizeMetadata(metadata, pack, language) {
  const missing = [];
  const functions = metadata.functions.map(fn => {
    const entry = pack[fn.id];
    if (!entry) {
      missing.push(fn.id);
      return fn;
    }
    const parameters = (fn.parameters || []).map(p => {
      const local = entry.parameters && entry.parameters[p.name];
      if (!local) missing.push(`${fn.id}(${p.name})`);
      return local ? { ...p, name: local.name, description: local.description } : p;
    });
    return { ...fn, name: entry.name, description: entry.description, parameters };
  });
  if (missing.length) throw new Error(`No ${language} translation for: ${missing.join(', ')}`);
  return { ...metadata, functions };
}

/** Webpack plugin: emits `target` beside the generated `source` metadata. */
class LocalizedMetadataPlugin {
  constructor({ source, target, pack, language }) {
    Object.assign(this, { source, target, pack, language });
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LocalizedMetadataPlugin', compilation => {
      compilation.hooks.processAssets.tap(
        { name: 'LocalizedMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin already reported why
          try {
            const english = JSON.parse(asset.source.source().toString());
            const localized = localizeMetadata(english, this.pack, this.language);
            compilation.emitAsset(this.target, new sources.RawSource(JSON.stringify(localized, null, 2)));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizedMetadataPlugin };
