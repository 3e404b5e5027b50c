import { CURRENT_DOC_SCHEMA_VERSION, keys, updateMeta } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isNewerSchema } from './isNewerSchema.ts';

function docAt(version: number | undefined): Y.Doc {
  const doc = new Y.Doc();
  updateMeta(doc, { title: 'Handlungskonzept' });
  if (version !== undefined) doc.getMap(keys.META).set(keys.DOC_SCHEMA_VERSION, version);
  return doc;
}

describe('isNewerSchema', () => {
  it('holds for a document a newer Werkbank wrote, and turns true once its state reaches this one', () => {
    const mine = docAt(CURRENT_DOC_SCHEMA_VERSION);
    const newer = new Y.Doc();
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(mine));
    newer.getMap(keys.META).set(keys.DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION + 1);
    expect(isNewerSchema(mine)).toBe(false);
    expect(isNewerSchema(newer)).toBe(true);
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(newer));
    expect(isNewerSchema(mine)).toBe(true);
  });

  it('does not hold for current or older documents (no version stored is version 1)', () => {
    expect(isNewerSchema(docAt(undefined))).toBe(false);
    expect(isNewerSchema(docAt(1))).toBe(false);
    expect(isNewerSchema(docAt(CURRENT_DOC_SCHEMA_VERSION))).toBe(false);
  });
});
