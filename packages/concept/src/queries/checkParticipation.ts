import type { ProposalJSON, VersionJSON, WorkshopJSON } from '../json/conceptJsonSchema.ts';
import type { Finding } from './Finding.ts';
import { newFinding } from './newFinding.ts';

/** A workshop as the checks read it. */
export type CheckedWorkshop = Pick<WorkshopJSON, 'id' | 'title'> & {
  proposals: readonly Pick<ProposalJSON, 'moderation' | 'mergedInto' | 'outcome' | 'measureId'>[];
};

/** Whether a proposal still waits for an answer: shown (or waiting for release), not merged, no outcome. */
function unanswered(p: CheckedWorkshop['proposals'][number]): boolean {
  return p.moderation !== 'hidden' && !p.mergedInto && !p.outcome && !p.measureId;
}

/** One finding per workshop whose proposals are not all answered yet. */
export function checkWorkshops(workshops: readonly CheckedWorkshop[]): Finding[] {
  return workshops.flatMap((w) => {
    const count = w.proposals.filter(unanswered).length;
    if (count === 0) return [];
    const message = `Workshop „${w.title}“: ${count} Vorschläge noch ohne Antwort`;
    return [newFinding('proposals-unanswered', 'workshop', w.id, message, { count })];
  });
}

/** Versions whose resolution is dated before the day the version was saved (a warning, not a refusal). */
export function checkVersions(
  versions: readonly Pick<VersionJSON, 'id' | 'name' | 'createdAt' | 'resolution'>[],
): Finding[] {
  return versions
    .filter((v) => v.resolution?.date && v.createdAt && v.resolution.date < v.createdAt.slice(0, 10))
    .map((v) =>
      newFinding(
        'resolution-before-version',
        'version',
        v.id,
        `Fassung „${v.name}“: Beschlussdatum ${v.resolution?.date} liegt vor dem Speichern der Fassung`,
      ),
    );
}
