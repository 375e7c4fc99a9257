// Builds the custom functions, their metadata (from core's catalogue and the language packs)
// and the task pane. `npm start` serves it over http on localhost for a plain browser;
// `npm run start:excel` serves it over https with Office's trusted dev certificates.
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { FunctionsMetadataPlugin } = require('./scripts/functions-metadata');

const port = 3000;
const officeJs = 'node_modules/@microsoft/office-js/dist';

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  const https = Boolean(env.https);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
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
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Office.js is served from this add-in's own origin: the pane makes no request elsewhere.
          {
            from: `${officeJs}/{office,custom-functions-runtime,o15apptofilemappingtable,es6-promise}.js`,
            to: 'office-js/[name][ext]',
          },
          { from: `${officeJs}/excel-*.js`, to: 'office-js/[name][ext]', globOptions: { ignore: ['**/*.debug.js'] } },
          {
            from: `${officeJs}/{en-us,nl-nl}/*.js`,
            to: ({ absoluteFilename }) => `office-js/${path.basename(path.dirname(absoluteFilename))}/[name][ext]`,
            globOptions: { ignore: ['**/*.debug.js'] },
          },
        ],
      }),
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
