import {
  addWorkshop,
  hideProposal,
  mergeProposals,
  projectWorkshop,
  readWorkshopView,
  releaseProposal,
  setParticipantVotes,
  submitProposal,
  updateWorkshop,
} from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { projectionTexts } from './projectionTexts.ts';

function textOf(text: { parts: Buffer[] } | undefined): string {
  return Buffer.concat(text?.parts ?? []).toString();
}

const people = Array.from({ length: 8 }, (_, i) => `person-${i}000000`);

describe('projectionTexts', () => {
  it('gives every participant exactly JSON.stringify of their projection', () => {
    const doc = new Y.Doc();
    const workshopId = addWorkshop(doc, { title: 'Konferenz', release: 'moderated', dotsPerParticipant: 4 });
    const ids = people.slice(0, 5).map(
      (person, i) =>
        submitProposal(doc, workshopId, person, {
          submissionId: `sub-${i}-000000`,
          text: `Idee ${i} – „Zitat“ ✓`,
        }).id,
    );
    // Released, hidden, merged and still pending proposals; votes from proposers and from others.
    for (const id of ids.slice(0, 4)) releaseProposal(doc, id);
    hideProposal(doc, ids[1] as string);
    mergeProposals(doc, ids[2] as string, [ids[3] as string]);
    updateWorkshop(doc, workshopId, { phase: 'vote' });
    setParticipantVotes(doc, workshopId, people[0] as string, {
      [ids[0] as string]: 2,
      [ids[2] as string]: 1,
    });
    setParticipantVotes(doc, workshopId, people[6] as string, { [ids[2] as string]: 3 });
    const view = readWorkshopView(doc, workshopId);
    const asked = [...people, undefined, people[0]];
    const { wall, texts } = projectionTexts(view, asked);
    for (const person of asked) {
      expect(textOf(texts.get(person)), String(person)).toBe(JSON.stringify(projectWorkshop(view, person)));
    }
    expect(wall).toBe(JSON.stringify(projectWorkshop(view)));
    expect(texts.get(people[7])).toBe(texts.get(undefined));
    expect(texts.get(people[4])).not.toBe(texts.get(undefined));
  });

  it('matches projectWorkshop after random moderation, merges and votes', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 20; round += 1) {
      const doc = new Y.Doc();
      const release = round % 2 === 0 ? 'immediate' : 'moderated';
      const workshopId = addWorkshop(doc, {
        title: 'Runde',
        release,
        stackDots: round % 3 !== 0,
        dotsPerParticipant: 6,
      });
      const ids = Array.from({ length: 12 }, (_, i) => {
        const author = people[random(people.length)] as string;
        return submitProposal(doc, workshopId, author, {
          submissionId: `sub-${round}-${i}-0000`,
          text: `Idee ${i} ä€ „x“`,
        }).id;
      });
      const pick = () => ids[random(ids.length)] as string;
      for (let i = 0; i < 6; i += 1) releaseProposal(doc, pick());
      updateWorkshop(doc, workshopId, { phase: 'vote' });
      for (const person of people.slice(0, 6)) {
        try {
          setParticipantVotes(doc, workshopId, person, { [pick()]: 1, [pick()]: 1 });
        } catch {
          // Not votable (pending) or no stacking: the state stays as it was.
        }
      }
      hideProposal(doc, pick());
      const target = pick();
      const source = pick();
      if (target !== source) mergeProposals(doc, target, [source]);
      const view = readWorkshopView(doc, workshopId);
      const { texts } = projectionTexts(view, [...people, undefined]);
      for (const person of [...people, undefined]) {
        expect(textOf(texts.get(person)), `round ${round}, ${person}`).toBe(
          JSON.stringify(projectWorkshop(view, person)),
        );
      }
    }
  });
});
