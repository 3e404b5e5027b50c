import { exportFileName } from '../exportFileName.ts';
import type { SynopsisOptions } from './SynopsisOptions.ts';

/**
 * The Synopse's file name: territory, title, `Synopse` and the date, safe for every file system.
 * @example synopsisFileName({ title: 'Handlungskonzept', territory: 'Kreis Musterland', … }) // 'Kreis-Musterland_Handlungskonzept_Synopse_2026-12-06.docx'
 */
export function synopsisFileName(options: SynopsisOptions): string {
  const name = exportFileName(
    { meta: { title: options.title, territory: options.territory ?? '' } } as Parameters<
      typeof exportFileName
    >[0],
    options.now ?? new Date(),
  );
  return name.replace(/_(\d{4}-\d{2}-\d{2})\.docx$/, '_Synopse_$1.docx');
}
