// Runs every benchmark one after another (they must not compete for the machine's cores) and prints
// each one's own table. Pass names to run a subset: `corepack pnpm bench exportDocx`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const all = [
  'exportDocx',
  'exportServerMemory',
  'conceptMemory',
  'healthUnderWork',
  'openConcept',
  'presenceJoin',
  'syncLatency',
  'typingLatency',
  'workshop',
];
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;

let failed = false;
for (const name of wanted) {
  const file = join(here, `${name}.ts`);
  if (!existsSync(file)) {
    console.error(`Unbekannter Benchmark: ${name} (bekannt: ${all.join(', ')})`);
    failed = true;
    continue;
  }
  console.log(`\n## ${name}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', cwd: here });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
