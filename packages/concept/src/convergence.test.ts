import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  buildConcept,
  buildVotingWorkshop,
  paragraphs,
  replicaOf,
  syncDocs,
  testTemplate,
} from '../test/factories.ts';
import { pickEdit, randomEdits } from '../test/randomEdits.ts';
import { TestNetwork } from '../test/TestNetwork.ts';
import type { ConceptJSON } from './json/conceptJsonSchema.ts';
import { fromJSON, parseConceptJSON } from './json/fromJSON.ts';
import { readVersions } from './json/readers.ts';
import { toJSON } from './json/toJSON.ts';
import { ConceptError } from './model/ConceptError.ts';
import { sampleRandom } from './sample/sampleRandom.ts';
import { createConceptFromTemplate } from './template/createConceptFromTemplate.ts';
import { addActor } from './verbs/actorVerbs.ts';
import { addMeasure } from './verbs/measureVerbs.ts';
import { setVision } from './verbs/metaVerbs.ts';
import { addVersion, markVersionAdopted } from './verbs/versionVerbs.ts';
import { watchChapterStatus } from './verbs/watchChapterStatus.ts';

// One run: 3 replicas, 30 rounds of 1–3 random edits each, shuffled and lossy delivery. Set
// CONVERGENCE_SEED=n to replay a single seed.
const SEEDS = process.env.CONVERGENCE_SEED ? [Number(process.env.CONVERGENCE_SEED)] : range(100);
const ROUNDS = 30;
const REPLICAS = 3;

interface Run {
  seed: number;
  jsons: ConceptJSON[];
  stateVectors: Uint8Array[];
}

const applied = new Map<string, number>();
const refused = new Map<string, number>();
let runs: Run[] = [];

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The shared starting state: a concept from a template plus goals, measures, a voting workshop and more. */
function startingState(doc: Y.Doc): void {
  createConceptFromTemplate(
    testTemplate,
    { title: 'Konzept', territory: 'Kreis Musterland', territoryType: 'kreis' },
    doc,
  );
  const { fields } = buildConcept(doc);
  buildVotingWorkshop(doc, fields.sport, 4);
  addVersion(doc, { name: 'Entwurf', createdAt: '2025-01-01T00:00:00Z' });
  addActor(doc, { name: 'Integrationsrat', type: 'politics' });
  setVision(doc, paragraphs('Alle Menschen achten einander.'));
}

/**
 * Seeded bytes for `createId` and a fixed clock for default timestamps, so a seed replays exactly (Yjs client
 * ids are set explicitly).
 */
function seedIds(seed: number): void {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2025, 4, 10) });
  const random = sampleRandom(seed + 1_000_003);
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array: ArrayBufferView) => {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let k = 0; k < bytes.length; k++) bytes[k] = random.int(0, 255);
    return array;
  });
}

function edit(doc: Y.Doc, name: string, random: ReturnType<typeof sampleRandom>, where: string): void {
  try {
    randomEdits[name]?.(doc, random);
    applied.set(name, (applied.get(name) ?? 0) + 1);
  } catch (error) {
    if (!(error instanceof ConceptError))
      throw new Error(`${where}: ${name} crashed: ${error}`, { cause: error });
    refused.set(name, (refused.get(name) ?? 0) + 1);
  }
}

function run(seed: number): Run {
  seedIds(seed);
  const random = sampleRandom(seed);
  const origin = new Y.Doc();
  origin.clientID = 1000;
  startingState(origin);
  const docs = range(REPLICAS).map((i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
    return doc;
  });
  // As in the app, where the chapter view of each client turns its own first typing into a draft status.
  for (const doc of docs) watchChapterStatus(doc);
  const network = new TestNetwork(docs);
  for (let round = 0; round < ROUNDS; round++) {
    for (const doc of docs) {
      if (random.next() < 0.1) network.setOffline(doc, true);
      else if (random.next() < 0.2) network.reconnect(doc);
      const count = random.int(1, 3);
      for (let i = 0; i < count; i++) edit(doc, pickEdit(random), random, `seed ${seed}, round ${round}`);
    }
    network.deliverSome(random, 0.05);
  }
  network.settle(random);
  vi.restoreAllMocks();
  vi.useRealTimers();
  return {
    seed,
    jsons: docs.map((doc) => toJSON(doc)),
    stateVectors: docs.map((doc) => Y.encodeStateVector(doc)),
  };
}

function hasDuplicateCodes(json: ConceptJSON): boolean {
  return new Set(json.measures.map((m) => m.code.trim().toLowerCase())).size !== json.measures.length;
}

describe(`convergence: ${REPLICAS} replicas, ${SEEDS.length} seeds × ${ROUNDS} rounds of random edits`, () => {
  beforeAll(() => {
    runs = SEEDS.map(run);
  }, 120_000);

  afterAll(() => vi.restoreAllMocks());

  it('every replica ends with the same Yjs state and the same Concept JSON', () => {
    for (const { seed, jsons, stateVectors } of runs) {
      for (let i = 1; i < REPLICAS; i++) {
        expect(stateVectors[i], `seed ${seed}, replica ${i}`).toEqual(stateVectors[0]);
        expect(jsons[i], `seed ${seed}, replica ${i}`).toEqual(jsons[0]);
      }
    }
  });

  it('the converged JSON passes parseConceptJSON (no dangling links, goal cycles, clashing codes) and round-trips', () => {
    for (const { seed, jsons } of runs) {
      const json = jsons[0] as ConceptJSON;
      expect(hasDuplicateCodes(json), `seed ${seed}`).toBe(false);
      expect(() => parseConceptJSON(json), `seed ${seed}`).not.toThrow();
      expect(toJSON(fromJSON(json)), `seed ${seed}`).toEqual(json);
    }
  });

  it('exercised every verb, and some edits were refused with a ConceptError', () => {
    for (const name of Object.keys(randomEdits)) expect(applied.get(name) ?? 0, name).toBeGreaterThan(0);
    expect([...refused.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(
      runs.some(({ jsons }) => (jsons[0]?.goals.length ?? 0) > 0 && (jsons[0]?.measures.length ?? 0) > 0),
    ).toBe(true);
    expect(runs.some(({ jsons }) => jsons[0]?.measures.some((m) => m.targetGroups.length > 1))).toBe(true);
  });

  it('replays a seed exactly (set CONVERGENCE_SEED to debug one)', () => {
    const first = runs[0] as Run;
    expect(run(first.seed).jsons[0]).toEqual(first.jsons[0]);
  });
});

describe('concurrent edits that once broke the model (minimal reproductions)', () => {
  const resolution = { body: 'Rat', date: '2025-06-26', drucksache: '1/2025' };

  function twoReplicas(): [Y.Doc, Y.Doc] {
    const doc = new Y.Doc();
    return [doc, replicaOf(doc)];
  }

  // Both replicas store M-01; readers disambiguate (uniqueCodes), so the merged JSON passes parseConceptJSON.
  it('concurrent addMeasure on two replicas yields Concept JSON that parseConceptJSON accepts', () => {
    const [a, b] = twoReplicas();
    addMeasure(a, { title: 'Aktionswoche' });
    addMeasure(b, { title: 'Beratungsstelle' });
    syncDocs(a, b);
    expect(toJSON(a).measures.map((m) => m.code)).toEqual(['M-01', 'M-01-2']);
    expect(toJSON(b)).toEqual(toJSON(a));
    expect(() => parseConceptJSON(toJSON(a))).not.toThrow();
  });

  it('concurrent markVersionAdopted of two known versions leaves exactly one adopted', () => {
    const [a, b] = twoReplicas();
    const first = addVersion(a, { name: 'Fassung A' });
    const second = addVersion(a, { name: 'Fassung B' });
    syncDocs(a, b);
    markVersionAdopted(a, first, resolution);
    markVersionAdopted(b, second, resolution);
    syncDocs(a, b);
    expect(readVersions(a).filter((v) => v.adopted)).toHaveLength(1);
  });

  // The adopted version is one register in meta, so even a version the other replica has not seen yet cannot
  // end up adopted alongside another.
  it('adopting a version while another replica adopts a version it just created leaves exactly one adopted', () => {
    for (const order of [
      [1, 2],
      [2, 1],
    ]) {
      const a = new Y.Doc();
      a.clientID = order[0] as number;
      const existing = addVersion(a, { name: 'Fassung A' });
      const b = new Y.Doc();
      b.clientID = order[1] as number;
      syncDocs(a, b);
      markVersionAdopted(a, existing, resolution);
      markVersionAdopted(b, addVersion(b, { name: 'Fassung B' }), resolution);
      syncDocs(a, b);
      expect(readVersions(a).filter((v) => v.adopted)).toHaveLength(1);
    }
  });
});
