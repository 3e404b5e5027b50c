// Time and memory of exporting the benchmark concept (12 fields of action, 60 goals, 300 measures) to .docx,
// side by side with references in one run: the same export without table-of-contents page numbers, docx packing
// the same text as a plain document (what building the body with the docx library alone costs), and the
// 25-measure sample concept.
// Each variant runs in a child process of its own (so its peak RSS is its own), in rounds that alternate
// between variants so they share the machine's noise; the median is over all measured runs after warm-up. CPU time
// (user + system of the process) is printed beside wall time, as it varies less on a busy machine.
// Settings: ROUNDS (2), RUNS per round (5), WARMUP runs per child (2), ONLY (comma-separated variant keys),
// LOADER (`bundle`, the default, or `tsx` to run the children's TypeScript through tsx as before 2026-12-07).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { type ConceptJSON, sampleConcept } from '@werkbank/concept';
import { conceptToDocx, fflateDeflateRaw } from '@werkbank/export-docx';

const ROUNDS = Number(process.env.ROUNDS ?? 2);
const RUNS = Number(process.env.RUNS ?? 5);
const WARMUP = Number(process.env.WARMUP ?? 2);
const BIG = { fields: 12, goals: 60, measures: 300 };
const LOADER = process.env.LOADER ?? 'bundle';

interface Variant {
  name: string;
  runs: number;
  run: () => Promise<Uint8Array>;
}

function variants(): Record<string, Variant> {
  // Each child builds only the concept its variant exports, so its peak is that export's, not the others' data.
  let bigConcept: ConceptJSON | undefined;
  let smallConcept: ConceptJSON | undefined;
  const big = () => (bigConcept ??= sampleConcept(BIG));
  const small = () => (smallConcept ??= sampleConcept());
  const version = (c: ConceptJSON) => c.versions.find((v) => v.adopted) ?? null;
  return {
    big: {
      name: 'Export 300 Maßnahmen (TOC-Seiten geschätzt, Kompression der Plattform)',
      runs: RUNS,
      run: () => conceptToDocx(big(), { version: version(big()) }),
    },
    bigZlib: {
      name: 'Export 300 Maßnahmen wie im Server (zlib)',
      runs: RUNS,
      run: () => conceptToDocx(big(), { version: version(big()), deflateRaw: zlibDeflateRaw }),
    },
    bigFflate: {
      name: 'Export 300 Maßnahmen mit fflate (bis 2026-12-07)',
      runs: RUNS,
      run: () => conceptToDocx(big(), { version: version(big()), deflateRaw: fflateDeflateRaw }),
    },
    bigNoToc: {
      name: 'Export 300 Maßnahmen (ohne TOC-Seitenzahlen)',
      runs: RUNS,
      run: () => conceptToDocx(big(), { version: version(big()), tocPageNumbers: 'none' }),
    },
    plain: {
      name: 'Referenz: docx, gleicher Text als schlichtes Dokument',
      runs: RUNS,
      run: plainReference(big),
    },
    small: {
      name: 'Referenz: Export 25 Maßnahmen (Beispielkonzept)',
      runs: RUNS,
      run: () => conceptToDocx(small()),
    },
  };
}

const zlibDeflateRaw = (data: Uint8Array) => deflateRawSync(data, { level: 6 });

/** The body text of a .docx as top-level paragraphs and tables (rows of cells of texts), read with zlib. */
function bodyOf(bytes: Uint8Array): (string | string[][])[] {
  const data = Buffer.from(bytes);
  let at = data.length - 22;
  while (data.readUInt32LE(at) !== 0x06054b50) at--;
  let entry = data.readUInt32LE(at + 16);
  let xml = '';
  for (let i = data.readUInt16LE(at + 10); i > 0 && !xml; i--) {
    const nameLength = data.readUInt16LE(entry + 28);
    const local = data.readUInt32LE(entry + 42);
    if (data.toString('utf8', entry + 46, entry + 46 + nameLength) === 'word/document.xml') {
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      xml = inflateRawSync(data.subarray(start, start + data.readUInt32LE(entry + 20))).toString('utf8');
    }
    entry += 46 + nameLength + data.readUInt16LE(entry + 30) + data.readUInt16LE(entry + 32);
  }
  const text = (x: string) => [...x.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const body = xml.replace(/<w:sdt>.*?<\/w:sdt>/, '');
  return (body.match(/<w:tbl>.*?<\/w:tbl>|<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []).map((block) =>
    block.startsWith('<w:tbl>')
      ? (block.match(/<w:tr>.*?<\/w:tr>/g) ?? []).map((row) =>
          (row.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map(text),
        )
      : text(block),
  );
}

/** The parts of docx the plain reference uses; docx is export-docx's dependency, not the benchmark's. */
interface Docx {
  Paragraph: new (text: string) => object;
  Table: new (options: { rows: object[] }) => object;
  TableRow: new (options: { children: object[] }) => object;
  TableCell: new (options: { children: object[] }) => object;
  Document: new (options: { sections: { children: object[] }[] }) => object;
  Packer: { pack(document: object, type: 'uint8array'): Promise<Uint8Array> };
}

/** docx packing the export's text as plain paragraphs and tables: no styles, lists, headers or estimation. */
function plainReference(concept: () => ConceptJSON): () => Promise<Uint8Array> {
  let blocks: (string | string[][])[] | undefined;
  return async () => {
    const docxPath = createRequire(new URL('../packages/export-docx/package.json', import.meta.url)).resolve(
      'docx',
    );
    const docx = (await import(pathToFileURL(docxPath.replace(/index\.c?js$/, 'index.mjs')).href)) as Docx;
    blocks ??= bodyOf(await conceptToDocx(concept(), { tocPageNumbers: 'none' }));
    const children = blocks.map((block) =>
      typeof block === 'string'
        ? new docx.Paragraph(block)
        : new docx.Table({
            rows: block.map(
              (cells) =>
                new docx.TableRow({
                  children: cells.map((c) => new docx.TableCell({ children: [new docx.Paragraph(c)] })),
                }),
            ),
          }),
    );
    return docx.Packer.pack(new docx.Document({ sections: [{ children }] }), 'uint8array');
  };
}

async function child(key: string, warmup: number): Promise<void> {
  const variant = variants()[key] as Variant;
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const { heapUsed, rss } = process.memoryUsage();
    peakHeap = Math.max(peakHeap, heapUsed);
    peakRss = Math.max(peakRss, rss);
  };
  for (let i = 0; i < warmup; i++) await variant.run();
  const timer = setInterval(sample, 2);
  const times: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < variant.runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const out = await variant.run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    bytes = out.length;
    sample();
  }
  clearInterval(timer);
  // maxRSS also catches peaks inside synchronous stretches the timer cannot sample.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ times, cpu, peakHeap, peakRss: Math.max(peakRss, maxRss), bytes }));
}

/**
 * The children run this file bundled by esbuild, as the server and the browser run the export: built JavaScript.
 * Under tsx a child also held tsx's loader thread and the TypeScript it compiled, about 80 MB of resident set
 * that no user's export has. The bundle sits next to this file, so the paths it resolves stay the same.
 */
async function bundle(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = fileURLToPath(new URL('./exportDocx.bundle.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['esbuild'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function parent(): Promise<void> {
  const keys = process.env.ONLY ? process.env.ONLY.split(',') : Object.keys(variants());
  const results = new Map<
    string,
    { times: number[]; cpu: number[]; peakHeap: number; peakRss: number; bytes: number }
  >();
  const childCommand =
    LOADER === 'tsx' ? ['--import', 'tsx', fileURLToPath(import.meta.url)] : [await bundle()];
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of keys) {
      const out = spawnSync(process.execPath, [...childCommand, 'child', key, String(WARMUP)], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      if (out.status !== 0) throw new Error(`${key}: ${out.stderr}`);
      const r = JSON.parse(out.stdout.trim().split('\n').at(-1) as string);
      const seen = results.get(key);
      results.set(key, {
        times: [...(seen?.times ?? []), ...r.times],
        cpu: [...(seen?.cpu ?? []), ...r.cpu],
        peakHeap: Math.max(seen?.peakHeap ?? 0, r.peakHeap),
        peakRss: Math.max(seen?.peakRss ?? 0, r.peakRss),
        bytes: r.bytes,
      });
    }
  }
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(
    `Node ${process.version}, ${ROUNDS} Runden × ${RUNS} Läufe nach ${WARMUP} Aufwärmläufen je Prozess (${LOADER === 'tsx' ? 'TypeScript über tsx' : 'Bündel von esbuild'}), Load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}\n`,
  );
  console.log(
    '| Variante | Median ms | min–max ms | CPU-Median ms | Läufe | Spitze RSS MB | Spitze Heap MB | Datei KB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const key of keys) {
    const r = results.get(key);
    if (!r) continue;
    const t = r.times;
    console.log(
      `| ${variants()[key]?.name} | ${median(t).toFixed(0)} | ${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)} | ${median(r.cpu).toFixed(0)} | ${t.length} | ${mb(r.peakRss)} | ${mb(r.peakHeap)} | ${(r.bytes / 1024).toFixed(0)} |`,
    );
  }
}

if (process.argv[2] === 'child') await child(process.argv[3] as string, Number(process.argv[4]));
else await parent();
