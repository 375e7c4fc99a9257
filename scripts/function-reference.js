// Writes docs/functions.md, the function reference, from the metadata the build generated
// (dist/functions.json and dist/functions.nl.json, made from the catalogue and the language packs), so the
// reference can never say something Excel does not. Run: npm run docs (after npm run build).
const fs = require('fs');
const path = require('path');

function signature(fn) {
  const params = fn.parameters.map(p => (p.optional ? `[${p.name}]` : p.name));
  return `${fn.name}(${params.join(', ')})`;
}

function renderReference(english, dutch) {
  const nl = new Map(dutch.functions.map(f => [f.id, f]));
  const lines = [
    '# CASELOAD function reference',
    '',
    'Generated from the custom-functions metadata by `npm run docs`; do not edit by hand.',
    'Each function is shown with its English name (English Excel) and its Dutch name (Dutch Excel).',
    '',
  ];
  for (const fn of english.functions) {
    const local = nl.get(fn.id);
    lines.push(`## ${fn.id}`, '', `\`=CASELOAD.${signature(fn)}\``, '', fn.description, '');
    lines.push('| parameter | help |', '|---|---|');
    for (const p of fn.parameters) lines.push(`| ${p.optional ? `[${p.name}]` : p.name} | ${p.description} |`);
    lines.push('', `Nederlands: \`=CASELOAD.${signature(local)}\`. ${local.description}`, '');
  }
  return lines.join('\n');
}

module.exports = { renderReference };

if (require.main === module) {
  const dist = path.resolve(__dirname, '../dist');
  const read = name => JSON.parse(fs.readFileSync(path.join(dist, name), 'utf8'));
  const target = path.resolve(__dirname, '../docs/functions.md');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, renderReference(read('functions.json'), read('functions.nl.json')));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
