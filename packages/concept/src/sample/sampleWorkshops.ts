import type {
  FieldOfActionJSON,
  MeasureJSON,
  ProposalJSON,
  WorkshopJSON,
} from '../json/conceptJsonSchema.ts';
import type { SampleRandom } from './sampleRandom.ts';
import { sampleVocabulary } from './sampleVocabulary.ts';

const DOTS = 3;

/**
 * Closed workshops with pseudonymous proposals and dot votes. Every third proposal was promoted to a measure
 * (in measure order, while measures last) and one proposal per workshop was hidden by the moderation.
 */
export function sampleWorkshops(
  measures: readonly MeasureJSON[],
  fields: readonly FieldOfActionJSON[],
  random: SampleRandom,
): WorkshopJSON[] {
  const count = Math.min(20, Math.max(2, Math.ceil(measures.length / 10)));
  let promoted = 0;
  return Array.from({ length: count }, (_, w) => {
    const spent = new Map<string, number>();
    const format = sampleVocabulary.workshopFormats[w % sampleVocabulary.workshopFormats.length] as string;
    const field = fields.length > 0 ? fields[w % fields.length] : undefined;
    const id = `workshop-${w + 1}`;
    const proposals = Array.from({ length: random.int(6, 10) }, (_, p): ProposalJSON => {
      const hidden = p === 4;
      const measure = !hidden && p % 3 === 0 ? measures[promoted] : undefined;
      if (measure) promoted++;
      const deferred = !hidden && !measure && p % 4 === 1;
      return {
        id: `${id}-p${p + 1}`,
        text: sampleVocabulary.proposals[(w + p) % sampleVocabulary.proposals.length] as string,
        fieldId: field?.id ?? null,
        author: `Teilnehmende*r ${random.int(1, 60)}`,
        createdAt: `2024-${String(9 + (w % 3)).padStart(2, '0')}-15T18:${String(10 + p).padStart(2, '0')}:00.000Z`,
        moderation: hidden ? 'hidden' : 'visible',
        votes: hidden ? {} : votes(random, spent, DOTS),
        measureId: measure?.id ?? null,
        participantId: `participant-${((w * 7 + p * 13) % 40) + 1}`,
        submissionId: `${id}-submission-${p + 1}`,
        targetGroup: p % 2 === 0 ? 'Jugendliche' : '',
        mergedInto: null,
        outcome: measure ? 'promoted' : deferred ? 'deferred' : null,
        outcomeReason: deferred ? 'Wird in der nächsten Förderperiode aufgegriffen.' : '',
      };
    });
    return {
      id,
      title: `${format}${field ? ` „${field.title}“` : ''}`,
      date: `2024-${String(9 + (w % 3)).padStart(2, '0')}-${String(10 + w).padStart(2, '0')}`,
      format,
      fieldIds: field ? [field.id] : [],
      guidingQuestions: [
        'Was brauchen Sie, um sich vor Ort sicher und zugehörig zu fühlen?',
        'Was sollte als Erstes passieren?',
      ],
      phase: 'closed',
      dotsPerParticipant: DOTS,
      place: w % 4 === 3 ? '' : 'Bürgerhaus Mitte',
      online: w % 4 === 3,
      stackDots: true,
      release: w % 2 === 0 ? 'moderated' : 'immediate',
      proposals,
    };
  });
}

// Each participant spends at most their dots across the proposals of one workshop, as the voting page allows.
function votes(random: SampleRandom, spent: Map<string, number>, budget: number): Record<string, number> {
  const result: Record<string, number> = {};
  for (let i = random.int(0, 7); i > 0; i--) {
    const participant = `participant-${random.int(1, 40)}`;
    const dots = Math.min(random.int(1, 3), budget - (spent.get(participant) ?? 0));
    if (dots <= 0 || participant in result) continue;
    result[participant] = dots;
    spent.set(participant, (spent.get(participant) ?? 0) + dots);
  }
  return result;
}
