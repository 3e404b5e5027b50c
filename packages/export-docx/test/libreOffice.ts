import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Whether LibreOffice, poppler and the Liberation fonts are installed. In CI (CI=true) their absence is an error,
 * so the read-back tests fail there rather than skip; on a developer's machine they are skipped.
 */
export async function readBackToolsAvailable(): Promise<boolean> {
  try {
    await run('soffice', ['--version'], { timeout: 60_000 });
    await run('pdftotext', ['-v']);
    // The table of contents is laid out with Arial's widths, which LibreOffice only has as Liberation Sans.
    const { stdout } = await run('fc-match', ['Arial']);
    if (!stdout.includes('Liberation Sans')) throw new Error(`Arial is drawn as ${stdout.trim()}`);
    return true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(
        `LibreOffice, poppler or Liberation fonts missing in CI (${(error as Error).message}): apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-dejavu-core fonts-liberation2`,
      );
    }
    return false;
  }
}

/** A .docx converted to PDF by headless LibreOffice (which never updates fields), read back with pdftotext. */
export interface PdfText {
  /** The text of each page, in `pdftotext -layout` form. */
  pages: string[];
  pdfPath: string;
  dir: string;
}

/** Converts `.docx` bytes to PDF in a fresh LibreOffice profile and returns the text of its pages. */
export async function docxToPdfText(bytes: Uint8Array, name: string): Promise<PdfText> {
  const dir = await mkdtemp(join(tmpdir(), 'werkbank-export-'));
  const docx = join(dir, `${name}.docx`);
  await writeFile(docx, bytes);
  await run(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { timeout: 600_000 },
  );
  const pdfPath = join(dir, `${name}.pdf`);
  await readFile(pdfPath);
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 1 << 28 });
  return { pages: stdout.split('\f').slice(0, -1), pdfPath, dir };
}

/** Removes the files of a conversion. */
export async function removeConversion(pdf: PdfText): Promise<void> {
  await rm(pdf.dir, { recursive: true, force: true });
}

/**
 * Converts several `.docx` files to PDF in one LibreOffice run (one start-up for all) and returns the text of each
 * one's pages, in the order given.
 */
export async function docxesToPdfTexts(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<PdfText[]> {
  const dir = await mkdtemp(join(tmpdir(), 'werkbank-export-'));
  const paths = await Promise.all(
    files.map(async ({ name, bytes }) => {
      const path = join(dir, `${name}.docx`);
      await writeFile(path, bytes);
      return path;
    }),
  );
  await run(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...paths,
    ],
    { timeout: 900_000 },
  );
  return Promise.all(
    files.map(async ({ name }) => {
      const pdfPath = join(dir, `${name}.pdf`);
      const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 1 << 28 });
      return { pages: stdout.split('\f').slice(0, -1), pdfPath, dir };
    }),
  );
}
