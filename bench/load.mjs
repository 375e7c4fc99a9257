// What the bench measures, loaded the way it really runs: the BUILT custom functions as Excel's
// runtime registers them, and the TypeScript core (computeFigures) bundled once for Node.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import vm from 'node:vm';
import webpack from 'webpack';

export const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * The production build to measure: the project's dist/, or BENCH_DIST (e.g. a build made with
 * `npx webpack --mode production --output-path /tmp/bench-dist`, so a bench run never touches a
 * dist/ that another build is writing).
 */
export const dist = path.resolve(root, process.env.BENCH_DIST || 'dist');

/** The bench measures the production build; it builds only when there is none. */
export function ensureBuild() {
  if (fs.existsSync(path.join(dist, 'functions.js'))) return;
  console.log(`${path.join(dist, 'functions.js')} is missing: running npx webpack --mode production ...`);
  try {
    execFileSync('npx', ['webpack', '--mode', 'production', '--output-path', dist], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    console.log(String(error.stdout ?? ''), String(error.stderr ?? ''));
    throw new Error('build failed');
  }
}

/**
 * The built dist/functions.js run as a classic script in this process's own global scope, with a
 * global CustomFunctions.associate collecting what it registers: that is how Excel's runtime
 * (and a browser page) runs it. Not in a node:vm context like ../shared/tools/load-functions.mjs:
 * there every global lookup (Number, Math, Array) goes through the context's interceptors, which
 * made the same calls ~7× slower than in the real runtime and would have measured the harness.
 */
export function builtFunctions() {
  const registry = new Map();
  class CFError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  globalThis.CustomFunctions = { associate: (id, fn) => registry.set(String(id).toUpperCase(), fn), Error: CFError };
  const file = path.join(dist, 'functions.js');
  vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
  if (registry.size === 0) throw new Error('dist/functions.js registered no functions');
  return registry;
}

/**
 * src/core/index.ts bundled into a temporary CommonJS file (webpack's Node API, ts-loader
 * transpile-only: the type check is the typecheck script's job) and required. Unminified, so a
 * failure points at readable code; the temp dir is removed once the module is in memory.
 */
/** A TypeScript entry bundled for Node and required (see bundleCore). */
const nodeRequire = createRequire(import.meta.url);
const LAZY = ['exceljs', 'fflate'];

export async function bundle(entry) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'caseload-bench-'));
  try {
    const compiler = webpack({
      mode: 'production',
      target: 'node',
      context: root,
      entry,
      output: { path: out, filename: 'core.cjs', library: { type: 'commonjs2' } },
      resolve: { extensions: ['.ts', '.js'] },
      // The libraries the workbook layer loads lazily stay Node's own modules, found by their full
      // path: the bundle is required from a temporary folder, which has no node_modules.
      externals: ({ request }, done) =>
        LAZY.includes(request) ? done(null, `commonjs ${nodeRequire.resolve(request)}`) : done(),
      module: {
        rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: 'ts-loader', options: { transpileOnly: true } }],
      },
      optimization: { minimize: false },
      devtool: false,
    });
    const stats = await new Promise((resolve, reject) =>
      compiler.run((error, result) => compiler.close(() => (error ? reject(error) : resolve(result)))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    return createRequire(import.meta.url)(path.join(out, 'core.cjs'));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

export const bundleCore = () => bundle('./src/core/index.ts');
