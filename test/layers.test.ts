// The layers keep to their imports, enforced by lint (eslint.config.mjs): core imports nothing
// outside core; the custom functions and the workbook layer import only core; nothing but the pane
// imports the pane. A forbidden import in any layer fails `npm run lint` with a sentence naming
// the rule; an allowed one passes.
import { execFileSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '..');

// ESLint's flat config is an ES module, which jest's module system cannot load: the project's own
// lint runs in a child process, once for all cases, exactly as `npm run lint` would see each file.
const LINT = `
  import { ESLint } from 'eslint';
  const eslint = new ESLint({ cwd: process.cwd() });
  const cases = JSON.parse(process.argv[1]);
  const out = [];
  for (const [file, from] of cases) {
    const code = "import { a } from '" + from + "';\\nexport const b = a;\\n";
    const [result] = await eslint.lintText(code, { filePath: file });
    out.push(result.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message));
  }
  console.log(JSON.stringify(out));
`;

const forbidden: [string, string, string][] = [
  ['src/core/plan/figures.ts', '../../workbook', 'src/core may import only itself'],
  ['src/core/messages.ts', '../taskpane/App', 'src/core may import only itself'],
  ['src/core/language/nl/pane.ts', '../../../functions/metadata', 'src/core may import only itself'],
  ['src/functions/functions.ts', '../workbook', 'src/functions may import only src/core'],
  ['src/functions/functions.ts', '../taskpane/App', 'src/functions may import only src/core'],
  ['src/workbook/sheets/bandwidth.ts', '../../taskpane/App', 'src/workbook may import only src/core'],
  ['src/workbook/layout.ts', '../functions/functions', 'src/workbook may import only src/core'],
];
const allowed: [string, string][] = [
  ['src/core/plan/figures.ts', '../functions/bandwidth'], // core's own functions folder
  ['src/functions/excelEdge.ts', '../core/messages'],
  ['src/workbook/sheets/bandwidth.ts', '../../core'],
  ['src/workbook/sheets/bandwidth.ts', '../model'],
  ['src/taskpane/App.tsx', '../workbook'],
];

const cases = [...forbidden, ...allowed].map(([file, from]) => [path.join(root, file), from]);
const problems: string[][] = JSON.parse(
  execFileSync(process.execPath, ['--input-type=module', '-e', LINT, JSON.stringify(cases)], { cwd: root }).toString(),
);

test.each(forbidden.map((c, i) => [...c, problems[i]] as const))(
  '%s may not import %s',
  (_file, _from, rule, found) => {
    expect(found).toEqual([expect.stringContaining(rule)]);
  },
);

test.each(allowed.map((c, i) => [...c, problems[forbidden.length + i]] as const))(
  '%s may import %s',
  (_file, _from, found) => {
    expect(found).toEqual([]);
  },
);
