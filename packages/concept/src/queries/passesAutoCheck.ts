import type { AutoCheck } from './autoChecks.ts';
import type { ChecklistInput } from './ChecklistInput.ts';
import type { Finding } from './Finding.ts';
import { flattenGoalTree, goalTree } from './goalTree.ts';
import { hasWrittenText } from './hasWrittenText.ts';

/** Whether an automatic checklist item passes; `findings` are `checkConcept`'s for the same concept. */
export function passesAutoCheck(
  check: AutoCheck,
  concept: ChecklistInput,
  findings: readonly Finding[],
  chapterKeys: readonly string[] = [],
): boolean {
  const none = (code: Finding['code']) => !findings.some((f) => f.code === code);
  switch (check) {
    case 'actors-entered':
      return (concept.actors?.length ?? 0) > 0;
    case 'chapters-written':
      return (
        chapterKeys.length > 0 &&
        chapterKeys.every((key) => {
          const chapter = concept.chapters?.find((c) => c.key === key);
          return chapter !== undefined && hasWrittenText(chapter.body);
        })
      );
    case 'vision-written':
      return hasWrittenText(concept.vision);
    case 'fields-have-goals':
      return (concept.fieldsOfAction?.length ?? 0) > 0 && none('field-without-goal');
    case 'goals-in-fields': {
      const lower = flattenGoalTree(goalTree(concept.goals)).filter((n) => n.depth > 0);
      return lower.length > 0 && lower.every((n) => (n.goal.fieldIds?.length ?? 0) > 0);
    }
    case 'measures-have-goals':
      return concept.measures.length > 0 && none('measure-without-goal');
    case 'key-measures-marked':
      return concept.measures.some((m) => m.isKeyMeasure);
    case 'proposals-answered':
      return (concept.workshops ?? []).some((w) => w.proposals.length > 0) && none('proposals-unanswered');
    case 'version-adopted':
      return (concept.versions ?? []).some((v) => v.adopted && v.resolution !== null);
  }
}
