// Lets plain Node require the project's TypeScript sources, transpiled on the fly by the
// TypeScript compiler the project already installs (transpile only, no type check: `npm run
// typecheck` does that). Used by the build (function metadata from the language packs) and by
// `npm run sample`, so neither needs a separate compile step.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const SRC = path.resolve(__dirname, '../src') + path.sep;

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  module._compile(outputText, filename);
};

/** Requires a source file afresh: the watching dev server must see edits to the language packs. */
function requireFresh(file) {
  for (const key of Object.keys(require.cache)) if (key.startsWith(SRC)) delete require.cache[key];
  return require(file);
}

module.exports = { requireFresh };
