// Builds the custom functions, their metadata (from core's catalogue and the language packs), the
// task pane, the help page and the manifest. `npm start` serves it over http on localhost for a
// plain browser; `npm run start:excel` serves it over https with Office's trusted dev certificates.
//
// A production build for a real host: `npm run build -- --env url=https://host/folder/` (or the
// ADDIN_URL environment variable) writes dist/manifest.xml with every URL under that base;
// `--env stage=acceptance` (ADDIN_STAGE) makes it the acceptance add-in (its own Id, name and
// namespace); `--env version=1.2.0.0` (ADDIN_VERSION) sets its <Version>, at least the one
// release.json records; `--env contact="…"` (or ADDIN_CONTACT) sets the contact line of help.html.
// Without a base, dist/manifest.xml is the development manifest (https://localhost:3000/). The
// pane writes its formulas in the build's namespace. docs/deploy.md.
const path = require('path');
const { DefinePlugin } = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { FunctionsMetadataPlugin } = require('./scripts/functions-metadata');
const { FixedNamePlugin, ManifestPlugin } = require('./scripts/build-plugins');
const { namespaceFor, requestedBase, requestedStage } = require('./scripts/manifest');
const { requestedVersion } = require('./scripts/version');
const { helpParameters } = require('./scripts/help');
const { HELP_CONTENT_SECURITY_POLICY, OFFICE_JS, paneContentSecurityPolicy } = require('./deploy/headers');

const port = 3000;

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  const https = Boolean(env.https);
  let base, stage, version;
  try {
    base = requestedBase(env);
    stage = requestedStage(env);
    version = requestedVersion(env);
    if (!base && stage !== 'production')
      throw new Error(`the ${stage} stage needs the address it is hosted at (--env url)`);
  } catch (error) {
    // A wrong base, stage or version stops the build with one sentence, before anything is written.
    console.error(`\n  The add-in's address, stage or version: ${error.message}\n`);
    process.exit(2);
  }
  // The functions' namespace in this build's manifest: the sheets' formulas and help.html use it too.
  const namespace = namespaceFor(base, stage);
  // Only the production build's scripts are named by their content: a new build gives new names, so
  // a host may let browsers keep them for good (deploy/headers.js). The dev server keeps plain names.
  const scriptName = dev ? '[name].js' : '[name].[contenthash:20].js';
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: scriptName, chunkFilename: scriptName, clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      noParse: /exceljs\.min\.js$/,
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
      ],
    },
    performance: { hints: false },
    optimization: {
      // exceljs (the .xlsx download, loaded only when asked for) ships minified: parsing and
      // minifying it again would double the build time for nothing.
      splitChunks: {
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async' } },
      },
      minimizer: [new TerserPlugin({ exclude: /exceljs/ })],
    },
    plugins: [
      new FunctionsMetadataPlugin(),
      // The manifest names functions.js (its Script element); the page loads the hashed bundle.
      new FixedNamePlugin({ chunk: 'functions', file: 'functions.js' }),
      new ManifestPlugin({ base, stage, version }),
      // The namespace the sheets' formulas call the functions by: the one this build's manifest gives them.
      new DefinePlugin({ __FUNCTIONS_NAMESPACE__: JSON.stringify(namespace) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        templateParameters: { officeJs: OFFICE_JS, csp: paneContentSecurityPolicy({ liveReload: dev }) },
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/help/help.html',
        inject: false,
        templateParameters: { ...helpParameters(env), namespace, csp: HELP_CONTENT_SECURITY_POLICY },
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
    ],
    devServer: {
      port,
      host: 'localhost',
      hot: false,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https
        ? { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() }
        : 'http',
      open: false,
      client: { overlay: false },
      onListening: server => {
        const scheme = https ? 'https' : 'http';
        console.log(`\n  Task pane: ${scheme}://localhost:${server.options.port}/taskpane.html\n`);
      },
    },
  };
};
