// Lints processes/**/*.dmn with dmnlint's recommended rules, as ../shared/tools/model-lint does,
// using the packages model-lint installed. It exists because model-lint 2026-11 cannot load
// dmn-moddle 12 ("DmnModdle is not a constructor": the package exports { DmnModdle }) and so
// reports every DMN file as an error without linting it. Remove it once model-lint is fixed.
// usage: node .ci/lint-dmn.mjs PROJECT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const cache = process.env.MODEL_LINT_HOME || path.join(process.env.HOME, '.cache/model-lint');
const require = createRequire(path.join(cache, 'package.json'));
const { DmnModdle } = require('dmn-moddle');
const { Linter } = require('dmnlint');
const NodeResolver = require('dmnlint/lib/resolver/node-resolver');

const root = process.argv[2] || '.';
const walk = (d) => fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }).flatMap(e =>
  e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]) : [];
const files = walk(path.join(root, 'processes')).filter(f => f.endsWith('.dmn'));
const linter = new Linter({ config: { extends: 'dmnlint:recommended' }, resolver: new NodeResolver({ require }) });
let errors = 0, warnings = 0;
for (const f of files) {
  const report = (level, msg) => {
    level === 'error' ? errors++ : warnings++;
    console.log(`${level.padEnd(5)} ${path.relative(root, f)}: ${msg}`);
  };
  try {
    const { rootElement, warnings: parseWarnings } = await new DmnModdle().fromXML(fs.readFileSync(f, 'utf8'), 'dmn:Definitions');
    for (const w of parseWarnings) report('warn', 'parse: ' + w.message);
    const results = await linter.lint(rootElement);
    for (const [rule, reports] of Object.entries(results))
      for (const r of reports) report(r.category === 'error' ? 'error' : 'warn', `${rule} ${r.id || ''} ${r.message}`);
  } catch (e) { report('error', 'cannot lint: ' + e.message); }
}
console.log(`${errors} errors, ${warnings} warnings, ${files.length} DMN files`);
process.exit(errors ? 1 : 0);
