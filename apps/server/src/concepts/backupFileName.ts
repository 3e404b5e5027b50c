import type { ConceptJSON } from '@werkbank/concept';
import { exportFileName } from '@werkbank/export-docx';

/** Named like the Word export, e.g. `Kreis-Musterland_Handlungskonzept-gegen-Rassismus_2026-03-27_Sicherung.json`. */
export function backupFileName(concept: ConceptJSON, date: Date): string {
  return exportFileName(concept, date).replace(/\.docx$/, '_Sicherung.json');
}
