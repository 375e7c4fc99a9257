// `npm run deploy:config`: writes the server examples in deploy/ from the one header table,
// deploy/headers.js: nginx.conf, web.config (IIS) and staticwebapp.config.json (Azure Static Web
// Apps), each serving dist/ under the example base https://caseload.example-gemeente.nl/vc/.
// For your own host: `npm run deploy:config -- --url=https://host/folder/ --out=<folder>`.
// test/deploy.headers.test.ts fails while a file in deploy/ differs from what this writes.
const fs = require('fs');
const path = require('path');
const { URL } = require('url');
const { EVERY_FILE, RULES, TYPES } = require('../deploy/headers');
const { EXAMPLE_BASE, parseBase } = require('./manifest');

const DEPLOY = path.resolve(__dirname, '../deploy');
const MADE_BY = 'Made by `npm run deploy:config` from deploy/headers.js: change that table, not this file.';

const rest = RULES.find(rule => rule.rest);
const specific = RULES.filter(rule => !rule.rest);
/** Every header some rule sets, in table order. */
const ruleHeaders = [...new Set(RULES.flatMap(rule => Object.keys(rule.headers)))];
const mimeOf = type => type.split(';')[0].trim();
const hasCharset = type => /charset=utf-8/i.test(type);
/** The text types: worth compressing (the PNGs are compressed already). */
const compressible = [...new Set(Object.values(TYPES).filter(hasCharset).map(mimeOf))];
/** What a file that no rule names would get, and what a specific rule sends instead ("" for none). */
const restValue = header => rest.headers[header] ?? '';
const ruleValue = (rule, header) => rule.headers[header] ?? '';
const CACHE = 'Cache-Control';
const without = (headers, name) => Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));

// --- nginx -----------------------------------------------------------------------------------------

function nginx(base) {
  const { hostname, pathname } = new URL(base);
  const variable = header => `$caseload_${header.toLowerCase().replace(/-/g, '_')}`;
  const quote = value => `"${value}"`;
  const keys = rule =>
    rule.files ? rule.files.map(file => `${pathname}${file}`) : [`~^${pathname.replace(/\./g, '\\.')}${rule.folder}`];
  const maps = ruleHeaders.map(header => {
    const lines = [`    default ${quote(restValue(header))};`];
    for (const rule of specific)
      if (ruleValue(rule, header) !== restValue(header))
        for (const key of keys(rule)) lines.push(`    ${key} ${quote(ruleValue(rule, header))};`);
    return `map $uri ${variable(header)} {\n${lines.join('\n')}\n}`;
  });
  const types = Object.entries(TYPES).map(([ext, type]) => `            ${mimeOf(type)} ${ext.slice(1)};`);
  // nginx adds the charset to text/html by itself; naming it again is a warning.
  const charsetTypes = compressible.filter(t => t !== 'text/html');
  const fixed = Object.entries(EVERY_FILE).map(([name, value]) => `        add_header ${name} ${quote(value)} always;`);
  // Without "always", nginx adds a header to successful responses only: a 404 is never cached.
  const perFile = ruleHeaders.map(
    header => `        add_header ${header} ${variable(header)}${header === CACHE ? '' : ' always'};`,
  );
  return `# Verantwoorde Caseload on nginx, serving dist/ as ${base}
# ${MADE_BY}
#
# Put this file in /etc/nginx/conf.d/ (nginx reads it inside http { }), copy the contents of dist/
# to /var/www/verantwoorde-caseload${pathname}, set the certificate paths (a publicly trusted
# certificate: Office refuses any other), then \`nginx -t\` and \`systemctl reload nginx\`.
#
# Headers that differ per file come from the maps below: the first line that matches the path
# wins, "default" is for the content-hashed scripts. nginx leaves out a header whose value is "".
# One location with variables, because an add_header in a nested location would drop the others.
# Cache-Control goes with successful responses only (no "always"), so a script asked for before
# it was uploaded is not kept as a 404 for a year. The text files are sent gzipped.

${maps.join('\n\n')}

server {
    listen 80;
    listen [::]:80;
    server_name ${hostname};
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl;
    listen [::]:443 ssl;
    server_name ${hostname};
    ssl_certificate     /etc/ssl/certs/${hostname}.pem;
    ssl_certificate_key /etc/ssl/private/${hostname}.key;

    root /var/www/verantwoorde-caseload;

    location ${pathname} {
        types {
${types.join('\n')}
        }
        default_type application/octet-stream;
        charset utf-8;
        charset_types ${charsetTypes.join(' ')};
        gzip on;
        gzip_vary on;
        gzip_types ${charsetTypes.join(' ')};

${fixed.join('\n')}
${perFile.join('\n')}

        try_files $uri =404;
    }
}
`;
}

// --- IIS -------------------------------------------------------------------------------------------

const xmlAttribute = value => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A year as IIS writes a time span (days.hours:minutes:seconds). */
const timeSpan = seconds => {
  const two = n => String(n).padStart(2, '0');
  const days = Math.floor(seconds / 86400);
  const rest = seconds % 86400;
  return `${days}.${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`;
};

/**
 * A Cache-Control value as IIS's static file handler sends it: <clientCache>, which applies to the
 * files it serves and not to its error responses (customHeaders would go with a 404 too).
 */
function clientCache(value) {
  if (!value) return '<clientCache cacheControlMode="NoControl" />';
  if (value === 'no-cache') return '<clientCache cacheControlMode="DisableCache" />';
  const directives = value.split(',').map(d => d.trim());
  const maxAge = directives.find(d => d.startsWith('max-age='));
  if (!maxAge) throw new Error(`web.config: no <clientCache> for Cache-Control "${value}"`);
  const custom = directives.filter(d => d !== maxAge).join(', ');
  return (
    `<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="${timeSpan(Number(maxAge.slice(8)))}"` +
    `${custom ? ` cacheControlCustom="${xmlAttribute(custom)}"` : ''} />`
  );
}

function webConfig(base) {
  const mimeMaps = Object.entries(TYPES).flatMap(([ext, type]) => [
    `      <remove fileExtension="${ext}" />`,
    `      <mimeMap fileExtension="${ext}" mimeType="${xmlAttribute(type)}" />`,
  ]);
  const add = (indent, headers) =>
    Object.entries(headers).map(([name, value]) => `${indent}<add name="${name}" value="${xmlAttribute(value)}" />`);
  const restHeaders = without(rest.headers, CACHE);
  const locations = specific.flatMap(rule =>
    (rule.files ?? [rule.folder.replace(/\/$/, '')]).map(
      where => `  <!-- ${rule.what} -->
  <location path="${where}">
    <system.webServer>
      <staticContent>
        ${clientCache(rule.headers[CACHE])}
      </staticContent>
      <httpProtocol>
        <customHeaders>
${Object.keys(restHeaders)
  .map(name => `          <remove name="${name}" />`)
  .concat(add('          ', without(rule.headers, CACHE)))
  .join('\n')}
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Verantwoorde Caseload on IIS, serving dist/ as ${base}
  ${MADE_BY}

  Copy this file next to taskpane.html, into the folder IIS serves as ${new URL(base).pathname}
  (https only, with a publicly trusted certificate). It needs nothing but IIS's static content
  feature (and, for compression, the server's static compression: docs/deploy.md). The headers
  below are for every file; each <location> changes them for a file the manifest or a page names
  by a fixed name. Cache-Control comes from <clientCache>, which IIS adds to the files it serves
  and not to a 404. X-Frame-Options is removed in case the server adds it to every site: it would
  keep Excel on the web from showing the pane.
-->
<configuration>
  <system.webServer>
    <staticContent>
${mimeMaps.join('\n')}
      ${clientCache(rest.headers[CACHE])}
    </staticContent>
    <urlCompression doStaticCompression="true" />
    <httpProtocol>
      <customHeaders>
        <remove name="X-Frame-Options" />
${add('        ', { ...EVERY_FILE, ...restHeaders }).join('\n')}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
${locations.join('\n')}
</configuration>
`;
}

// --- Azure Static Web Apps -------------------------------------------------------------------------

function staticWebApp(base) {
  const { pathname } = new URL(base);
  const routes = [...specific, rest].flatMap(rule =>
    (rule.files ?? [rule.rest ? '*' : `${rule.folder}*`]).map(where => ({
      route: `${pathname}${where}`,
      ...(Object.keys(rule.headers).length > 0 ? { headers: rule.headers } : {}),
    })),
  );
  const config = {
    // The first route that matches adds its headers to the global ones. Cache-Control is per route
    // (the icons get none), so the content-hashed scripts have theirs from the last, catch-all one.
    globalHeaders: EVERY_FILE,
    routes,
    mimeTypes: TYPES,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Every example for a base, by file name. */
function deployConfigs(base = EXAMPLE_BASE) {
  const checked = parseBase(base, '--url');
  return {
    'nginx.conf': nginx(checked),
    'web.config': webConfig(checked),
    'staticwebapp.config.json': staticWebApp(checked),
  };
}

if (require.main === module) {
  const option = name => process.argv.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  try {
    const out = path.resolve(option('out') ?? DEPLOY);
    fs.mkdirSync(out, { recursive: true });
    for (const [file, text] of Object.entries(deployConfigs(option('url') ?? EXAMPLE_BASE))) {
      fs.writeFileSync(path.join(out, file), text);
      console.log(`  wrote ${path.relative(process.cwd(), path.join(out, file))}`);
    }
  } catch (error) {
    console.error(`  ${error.message}`);
    process.exit(2);
  }
}

module.exports = { deployConfigs };
