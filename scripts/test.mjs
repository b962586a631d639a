// `npm test`: every check and every test, then one last line with the counts: "N passed, N failed".
// Checks: the admin build is current, the schema matches the contract (../shared/checks/contract.mjs),
// generated admin code is current (codegen --check), TypeScript compiles; then vitest runs every
// project (unit, admin, integration, e2e) against PostgreSQL (DATABASE_URL, else an embedded one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
let passed = 0;
let failed = 0;

function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label}`);
  return ok;
}

function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else failed++;
}

const bin = name => path.join(root, 'node_modules', '.bin', name);

check('admin build is current', node, ['scripts/prepare.mjs']);
const contract = path.join(root, '..', 'shared', 'checks', 'contract.mjs');
if (existsSync(contract)) check('schema.graphql holds the API contract', node, [contract]);
check('generated admin code is current (codegen --check)', bin('graphql-codegen'), ['--config', 'codegen.ts', '--check']);
check('TypeScript compiles (server, tests, admin)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('TypeScript compiles (admin)', bin('tsc'), ['-p', 'admin/tsconfig.json', '--noEmit']);

mkdirSync(path.join(root, '.tmp'), { recursive: true });
const report = path.join(root, '.tmp', 'vitest-report.json');
const projects = process.argv.slice(2);
run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...projects.flatMap(p => ['--project', p])]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += (json.numFailedTests ?? 0) + (json.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(json);
} else failed++;

function countSuitesWithFailedTests(json) {
  // numFailedTestSuites also counts files whose tests failed; count only files that failed to run.
  return (json.testResults ?? []).filter(r => r.status === 'failed' && r.assertionResults?.some(a => a.status === 'failed')).length;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
