// Webpack plugins for what the manifest names by a fixed file name.
const { DEV_MANIFEST, manifestFor } = require('./manifest');

/**
 * A chunk's script once more under a fixed name, when the build names scripts by their content:
 * the manifest's custom functions Script element names functions.js, while the pages load the
 * hashed file. Same bytes; the fixed name is revalidated on every use (deploy/headers.js).
 */
class FixedNamePlugin {
  constructor({ chunk, file }) {
    this.chunk = chunk;
    this.file = file;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FixedNamePlugin', compilation => {
      // After minifying and hashing (the hashes are filled in at OPTIMIZE_HASH), so the copy is byte
      // for byte the file the page loads; marked minimized, so the minifier leaves it alone.
      compilation.hooks.processAssets.tap(
        { name: 'FixedNamePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        () => {
          const chunk = [...compilation.chunks].find(c => c.name === this.chunk);
          const script = chunk && [...chunk.files].find(f => f.endsWith('.js'));
          if (!script) {
            compilation.errors.push(new WebpackError(`FixedNamePlugin: no script for chunk "${this.chunk}"`));
            return;
          }
          if (script === this.file) return;
          const { source, info } = compilation.getAsset(script);
          compilation.emitAsset(this.file, source, { minimized: info.minimized, development: info.development });
        },
      );
    });
  }
}

/**
 * dist/manifest.xml: the manifest of `stage` for `base`, or without one the development manifest,
 * with `version` as its <Version>.
 */
class ManifestPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ManifestPlugin', compilation => {
      compilation.fileDependencies.add(DEV_MANIFEST);
      compilation.hooks.processAssets.tap(
        { name: 'ManifestPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            compilation.emitAsset('manifest.xml', new sources.RawSource(manifestFor(this.options)));
          } catch (error) {
            compilation.errors.push(new WebpackError(`Manifest: ${error.message}`));
          }
        },
      );
    });
  }
}

module.exports = { FixedNamePlugin, ManifestPlugin };
