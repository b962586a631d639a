// Runs on `npm install` / `npm ci` (the "prepare" script): builds the admin workspace when
// admin/dist is missing or older than its sources, so that the server always serves a current
// /admin and GraphiQL. A failed build fails the install, loudly.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(root, ...parts);
const OUTPUTS = [at('admin/dist/index.html'), at('admin/dist/graphiql.html')];
const SOURCES = [
  at('admin/src'),
  at('admin/index.html'),
  at('admin/graphiql.html'),
  at('admin/vite.config.ts'),
  at('schema.graphql'),
  at('package-lock.json'),
];

function newest(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map(name => newest(path.join(file, name))));
}

function staleReason() {
  const missing = OUTPUTS.find(file => !existsSync(file));
  if (missing) return `${path.relative(root, missing)} is missing`;
  const built = Math.min(...OUTPUTS.map(file => statSync(file).mtimeMs));
  const changed = SOURCES.find(source => newest(source) > built);
  return changed ? `${path.relative(root, changed)} changed since the last build` : null;
}

const reason = staleReason();
if (!reason) {
  console.log('prepare: admin/dist is up to date');
  process.exit(0);
}
if (process.env.CIS_SKIP_ADMIN_BUILD === '1') {
  console.warn(
    `prepare: ${reason}, but CIS_SKIP_ADMIN_BUILD=1: /admin and GraphiQL will be missing or stale`,
  );
  process.exit(0);
}

let viteBin;
try {
  viteBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
} catch {
  console.error(`prepare: ${reason} and vite is not installed (an install without devDependencies?).`);
  console.error(
    'prepare: install with devDependencies, or build admin/dist elsewhere and set CIS_SKIP_ADMIN_BUILD=1.',
  );
  process.exit(1);
}

console.log(`prepare: building the admin workspace (${reason})`);
const started = Date.now();
const build = spawnSync(process.execPath, [viteBin, 'build', '--config', 'admin/vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error(
    `\nprepare: THE ADMIN BUILD FAILED (exit ${build.status ?? build.signal}); fix it or run \`npm run build:admin\` to see why.`,
  );
  process.exit(build.status || 1);
}
console.log(`prepare: admin built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
