// Peak memory of the server while it writes Word documents of the benchmark concept (12 fields of action, 60 goals,
// 300 measures), as production runs it: the built server (`node apps/server/dist/main.js`, or SERVER), exports in
// its worker thread, fetched through the API. For each variant in VARIANTS (`|`-separated; each `-` for the
// defaults or `NAME=value` settings of the server's environment joined by `;`, e.g. `-|WORKER_MEMORY_MB=128`;
// `SERVER=path` there runs another build, to compare two versions in one run) a fresh server imports the concept,
// rests 2 s, then the kernel's high-water mark of its resident set (VmHWM in /proc/<pid>/status) is reset and
// EXPORTS (5) exports run one after another. Printed: the resident set before, the high-water mark after the
// first export and after all, the resident set AFTER_MS (3000) after the last, the median time per export and
// the server process's CPU time (all threads) per export. The variants alternate over ROUNDS (2). Linux only.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleConcept } from '@werkbank/concept';
import { freePort } from './lib/syncLatency/freePort.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';
import { waitUntilUp } from './lib/syncLatency/waitUntilUp.ts';

const EXPORTS = Number(process.env.EXPORTS ?? 5);
const AFTER_MS = Number(process.env.AFTER_MS ?? 3000);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const VARIANTS = (process.env.VARIANTS ?? '-').split('|');
const BIG = { fields: 12, goals: 60, measures: 300 };
const serverDir = fileURLToPath(new URL('../apps/server', import.meta.url));
const built = resolve(serverDir, process.env.SERVER ?? 'dist/main.js');
if (!existsSync(built)) throw new Error(`${built} fehlt: erst \`corepack pnpm build\`.`);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const mib = (kb: number) => (kb / 1024).toFixed(0);

/** User and system CPU time of a process so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A field of /proc/<pid>/status in kB. */
function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line?.split(/\s+/)[1]);
}

interface Result {
  before: number;
  firstPeak: number;
  peak: number;
  after: number;
  times: number[];
  cpu: number;
}

async function measure(setting: string): Promise<Result> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'werkbank-export-memory-')),
    LOG_LEVEL: 'warn',
    EXPORTS_PER_MINUTE: '1000',
    BACKUP_INTERVAL_MINUTES: '0',
  };
  let server = built;
  for (const assignment of setting === '-' ? [] : setting.split(';')) {
    const [name, value] = assignment.split('=');
    if (!name || value === undefined) throw new Error(`VARIANTS: „${assignment}“ ist kein NAME=Wert`);
    if (name === 'SERVER') server = resolve(serverDir, value);
    else env[name] = value;
  }
  const child = spawn(process.execPath, [server], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const target = { name: 'Werkbank', child, serverUrl: '', room: '', params: {} };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${base}/api/health`, child);
    const imported = await fetch(`${base}/api/concepts/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sampleConcept(BIG)),
    });
    if (!imported.ok) throw new Error(`import: ${imported.status} ${await imported.text()}`);
    const { id, ownerToken } = (await imported.json()) as { id: string; ownerToken: string };
    await sleep(2000);
    const pid = child.pid as number;
    const before = status(pid, 'VmRSS');
    writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current resident set
    const times: number[] = [];
    const cpuBefore = cpuMs(pid);
    let firstPeak = 0;
    for (let i = 0; i < EXPORTS; i++) {
      const started = performance.now();
      const response = await fetch(`${base}/api/concepts/${id}/export.docx`, {
        headers: { authorization: `Bearer ${ownerToken}` },
      });
      const bytes = (await response.arrayBuffer()).byteLength;
      if (response.status !== 200) throw new Error(`export: ${response.status}`);
      if (bytes < 100_000) throw new Error(`export: only ${bytes} bytes`);
      times.push(performance.now() - started);
      if (i === 0) firstPeak = status(pid, 'VmHWM');
    }
    const peak = status(pid, 'VmHWM');
    const cpu = (cpuMs(pid) - cpuBefore) / EXPORTS;
    await sleep(AFTER_MS);
    return { before, firstPeak, peak, after: status(pid, 'VmRSS'), times, cpu };
  } finally {
    await stopServer(target);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

console.log(
  `Node ${process.version}, ${built.replace(`${serverDir}/`, 'apps/server/')}, ${ROUNDS} Runden × ${EXPORTS} Exporte, Load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}\n`,
);
console.log(
  `| Einstellungen | Runde | RSS vorher MiB | Spitze 1. Export MiB | Spitze alle MiB | RSS ${AFTER_MS / 1000} s danach MiB | Median ms | CPU ms je Export |`,
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (let round = 0; round < ROUNDS; round++) {
  for (const setting of VARIANTS) {
    const r = await measure(setting);
    console.log(
      `| ${setting === '-' ? 'Standard' : setting.replaceAll(';', ', ')} | ${round + 1} | ${mib(r.before)} | ${mib(r.firstPeak)} | ${mib(r.peak)} | ${mib(r.after)} | ${median(r.times).toFixed(0)} | ${r.cpu.toFixed(0)} |`,
    );
  }
}
