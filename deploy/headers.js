// The one table of what the add-in's files are served with: content types and HTTP headers. The
// server examples next to this file (nginx.conf, web.config, staticwebapp.config.json) are written
// from it by `npm run deploy:config` (scripts/deploy-config.js); the build takes the pages'
// Content-Security-Policy from it for their meta tags; the tests serve dist/ with exactly these
// headers and run the pane under them (test/deploy*.test.ts). Change a header here, then run
// `npm run deploy:config`; a test fails while an example differs from this table.
const path = require('path');
const { URL } = require('url');

/** Office.js, from Microsoft's CDN as Microsoft requires for add-ins in production. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The only host outside the add-in's own that a page may load anything from. */
const OFFICE_SCRIPT_HOST = new URL(OFFICE_JS).origin;

/**
 * The task pane's policy: code only from its own origin and Office's script host, connections only
 * to its own origin (plus webpack's live-reload websocket in a development build, never in a
 * production one). Styles inline because Fluent UI (Griffel) inserts its rules at run time.
 */
function paneContentSecurityPolicy({ liveReload = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_SCRIPT_HOST}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${liveReload ? ' ws://localhost:* wss://localhost:*' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** help.html is text and pictures: no code at all. */
const HELP_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "img-src 'self'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Content types by extension (every kind of file the build writes). */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * On every response. No X-Frame-Options and no frame-ancestors: Excel on the web shows the pane in
 * a frame of Microsoft's own pages, and either would stop it.
 */
const EVERY_FILE = {
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Which files get which headers besides EVERY_FILE, by exact name or folder (relative to the base
 * URL); the first rule that matches wins, and a file no rule names gets the last one. Only the
 * scripts have content-hashed names (a new build gives new names), so only they may be cached for
 * good; the pages and the metadata have fixed names and are revalidated on each use. The icons get
 * no Cache-Control at all: Office caches them itself and requires that the server add none (with
 * one, Excel may show a blank or generic ribbon icon); a new icon needs a new file name.
 * Cache-Control is sent with successful responses only, so a 404 (a script asked for before it was
 * uploaded) is never kept (scripts/deploy-config.js).
 */
const RULES = [
  {
    what: 'the task pane',
    files: ['taskpane.html'],
    headers: { 'Cache-Control': REVALIDATE, 'Content-Security-Policy': paneContentSecurityPolicy() },
  },
  {
    what: 'the help page',
    files: ['help.html'],
    headers: { 'Cache-Control': REVALIDATE, 'Content-Security-Policy': HELP_CONTENT_SECURITY_POLICY },
  },
  {
    // Excel on the web reads the function metadata from its own origin (excel.officeapps.live.com
    // and others), so these need CORS. They are public files without cookies: any origin may read.
    what: 'the custom functions (metadata, and the script the manifest names)',
    files: ['functions.json', 'functions.nl.json', 'functions.js'],
    headers: { 'Cache-Control': REVALIDATE, 'Access-Control-Allow-Origin': '*' },
  },
  { what: 'the manifest', files: ['manifest.xml'], headers: { 'Cache-Control': REVALIDATE } },
  { what: 'the icons (named in the manifest; Office caches them itself)', folder: 'assets/', headers: {} },
  { what: 'the content-hashed scripts', rest: true, headers: { 'Cache-Control': IMMUTABLE } },
];

/** A content-hashed file name as the build writes them: taskpane.0123456789abcdef0123.js (and its licence file). */
const HASHED = /\.[0-9a-f]{20}\.js(\.LICENSE\.txt)?$/;

/** The rule for a file, by its path relative to the base ("taskpane.html", "assets/icon-16.png"). */
function ruleFor(file) {
  const name = file.split(path.sep).join('/');
  return RULES.find(rule => rule.rest || rule.files?.includes(name) || (rule.folder && name.startsWith(rule.folder)));
}

/** Every header a file is served with, Content-Type included. */
function headersFor(file) {
  const type = TYPES[path.extname(file)];
  return { ...(type ? { 'Content-Type': type } : {}), ...EVERY_FILE, ...ruleFor(file).headers };
}

module.exports = {
  EVERY_FILE,
  HASHED,
  HELP_CONTENT_SECURITY_POLICY,
  OFFICE_JS,
  OFFICE_SCRIPT_HOST,
  RULES,
  TYPES,
  headersFor,
  paneContentSecurityPolicy,
  ruleFor,
};
