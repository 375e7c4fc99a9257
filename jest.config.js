// Two projects. `fast` (`npm run test:fast`) needs nothing but the sources: the model, the
// functions, the workbook layer, the pane's logic. `slow` needs what takes time or a program from
// outside: the production build in dist/, Chromium (one for the whole run, started by
// test/browser/globalSetup.ts) or LibreOffice. `npm test` builds and runs both.

/**
 * The slow project's files, under test/: the browser tests, LibreOffice, and every file that
 * reads dist/ (the build's manifest, headers, functions bundle and metadata, and the README's
 * function table).
 */
const SLOW = [
  'browser/',
  'workbook/libreOffice.test.ts',
  'deploy.build.test.ts',
  'deploy.headers.test.ts',
  'functions/bundle.test.ts',
  'functions/reference.test.ts',
  'manifest.test.ts',
  'readme.test.ts',
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependencies break jest on
    // Node 20; the mock only needs the OfficeApp enum, so point it at that file.
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 20000,
  // A worker per core (jest's default leaves one core to itself, which on two cores means one at a
  // time): a browser test mostly waits for Chromium, so two at once keep both cores busy.
  maxWorkers: '100%',
  projects: [
    {
      ...shared,
      displayName: 'fast',
      testMatch: ['<rootDir>/test/**/*.test.{ts,tsx}'],
      // Regular expressions: a folder's name stands for everything in it.
      testPathIgnorePatterns: SLOW.map(file => `<rootDir>/test/${file.replace(/\./g, '\\.')}`),
    },
    {
      ...shared,
      displayName: 'slow',
      testMatch: SLOW.map(file => `<rootDir>/test/${file.endsWith('/') ? `${file}**/*.test.{ts,tsx}` : file}`),
      globalSetup: '<rootDir>/test/browser/globalSetup.ts',
      globalTeardown: '<rootDir>/test/browser/globalTeardown.ts',
    },
  ],
};
