import { describe, expect, it } from 'vitest';
import { softHyphens } from './softHyphens.ts';

const shown = (word: string) => softHyphens(word).replaceAll('\u00AD', '|');

describe('softHyphens', () => {
  it('marks where compounds of the administration join and where a syllable surely starts, leaving three letters at either end', () => {
    expect(shown('Beratungsinfrastruktur')).toBe('Bera|tungs|infra|struktur');
    expect(shown('Migrant*innenorganisationen')).toBe('Migrant*in|nen|orga|ni|sa|tionen');
    expect(shown('Diskriminierungsfälle')).toBe('Diskri|mi|nierungs|fälle');
    expect(shown('Schlüsselmaßnahme')).toBe('Schlüs|sel|maßnahme');
    expect(shown('Demokratiekonferenz')).toBe('Demokra|tiekonfe|renz');
    expect(shown('Gedenkstättenfahrten')).toBe('Gedenkstät|tenfahrten');
    expect(shown('beschlossen')).toBe('beschlos|sen');
    expect(shown('Kreisintegrationszentrum')).toBe('Kreisintegra|tions|zentrum');
    expect(shown('Theater')).toBe('Theater');
    expect(shown('Empowerment-Workshops')).toBe('Empo|werment-Workshops');
    expect(shown('M-001')).toBe('M-001');
    expect(shown('Maßnahme')).toBe('Maßnahme');
  });
});
