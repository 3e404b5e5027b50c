import * as Y from 'yjs';
import type { ConceptTemplate } from '../template/templateSchema.ts';
import type { ChecklistInput } from './ChecklistInput.ts';
import { checkConcept } from './checkConcept.ts';
import { passesAutoCheck } from './passesAutoCheck.ts';
import { readChecklistInput } from './readChecklistInput.ts';

/** One checklist item: ticked by hand (with who and when) or by Werkbank's own check (`auto`). */
export interface ChecklistItemState {
  id: string;
  text: string;
  auto: boolean;
  done: boolean;
  tickedBy?: string;
  tickedAt?: string;
}

/** One phase of the process path with its checklist. */
export interface PhaseProgress {
  key: string;
  title: string;
  description: string;
  current: boolean;
  done: number;
  total: number;
  items: ChecklistItemState[];
}

/** The process path: the current phase and every phase's checklist. */
export interface ChecklistProgress {
  currentPhase: string;
  phases: PhaseProgress[];
}

/** The template parts the process path reads. */
export type PathTemplate = Pick<ConceptTemplate, 'phases'> & Partial<Pick<ConceptTemplate, 'chapters'>>;

/** The current phase's key: the stored one if the template has it, else the first (concepts stored before phases). */
export function currentPhaseKey(phase: string, template: Pick<ConceptTemplate, 'phases'>): string {
  return template.phases.some((p) => p.key === phase) ? phase : (template.phases[0]?.key ?? '');
}

/**
 * Checklist progress per phase: items ticked by hand (who and when) and items Werkbank checks itself (they
 * tick themselves when the check passes, from `checkConcept`'s findings). Reads a Y.Doc or Concept JSON.
 * @example checklistProgress(doc, template).phases.map((p) => `${p.title}: ${p.done}/${p.total}`)
 */
export function checklistProgress(source: Y.Doc | ChecklistInput, template: PathTemplate): ChecklistProgress {
  const concept = source instanceof Y.Doc ? readChecklistInput(source) : source;
  const findings = checkConcept(concept);
  const currentPhase = currentPhaseKey(concept.meta.phase, template);
  const phases = template.phases.map((phase) => {
    const items = phase.checklist.map((item): ChecklistItemState => {
      if (item.check) {
        const done = passesAutoCheck(item.check, concept, findings, item.chapters);
        return { id: item.id, text: item.text, auto: true, done };
      }
      const done = concept.checklist[item.id] === true;
      const tick = done ? concept.checklistTicks?.[item.id] : undefined;
      return {
        id: item.id,
        text: item.text,
        auto: false,
        done,
        ...(tick ? { tickedBy: tick.by, tickedAt: tick.at } : {}),
      };
    });
    return {
      key: phase.key,
      title: phase.title,
      description: phase.description,
      current: phase.key === currentPhase,
      done: items.filter((i) => i.done).length,
      total: items.length,
      items,
    };
  });
  return { currentPhase, phases };
}
