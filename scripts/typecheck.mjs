// Type-checks every package with its own tsconfig (core without Node or DOM globals, its tests with Node's).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const projects = [
  'packages/core/tsconfig.json',
  'packages/core/tsconfig.test.json',
  'packages/cli/tsconfig.json',
  'packages/hub/tsconfig.json',
  'packages/web/tsconfig.json',
].filter((p) => existsSync(`${root}${p}`));
let failed = false;
for (const p of projects) {
  const r = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', p, '--noEmit'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`typecheck failed: ${p}`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`typecheck: ${projects.length} projects clean`);
