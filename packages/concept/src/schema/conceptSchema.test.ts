import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { conceptExtensions } from './conceptExtensions.ts';
import { conceptSchema } from './conceptSchema.ts';

/** What decides which documents a schema accepts and how they read, without the DOM parsing/rendering functions. */
function essentials(schema: Schema) {
  const plain = (spec: object) =>
    Object.fromEntries(
      Object.entries(spec).filter(
        ([key, value]) => typeof value !== 'function' && key !== 'parseDOM' && key !== 'toDOM',
      ),
    );
  return {
    topNode: schema.topNodeType.name,
    nodes: Object.values(schema.nodes).map((type) => ({
      name: type.name,
      spec: plain(type.spec),
      defaultAttrs: type.isText || type.hasRequiredAttrs() ? null : type.create().attrs,
      inline: type.isInline,
      leaf: type.isLeaf,
      content: type.contentMatch.edgeCount,
    })),
    marks: Object.values(schema.marks).map((type) => ({
      name: type.name,
      spec: plain(type.spec),
      defaultAttrs: type.create().attrs,
      excludesItself: type.excludes(type),
    })),
  };
}

describe('conceptSchema', () => {
  it('is the schema the editor builds from its Tiptap extensions, node for node and mark for mark', () => {
    expect(essentials(conceptSchema())).toEqual(essentials(getSchema(conceptExtensions())));
  });

  it('accepts and refuses the same documents as the editor’s schema', () => {
    const tiptap = getSchema(conceptExtensions());
    const documents = [
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] },
      {
        type: 'doc',
        content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }],
      },
      { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'paragraph' }] }] },
      { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [] }] }] },
      { type: 'doc', content: [{ type: 'table', content: [] }] },
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 3 }, content: [{ type: 'hardBreak' }] }] },
      { type: 'doc', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      { type: 'doc', content: [] },
    ];
    for (const json of documents) {
      const accepts = (schema: Schema) => {
        try {
          schema.nodeFromJSON(json).check();
          return true;
        } catch {
          return false;
        }
      };
      expect(accepts(conceptSchema()), JSON.stringify(json)).toBe(accepts(tiptap));
    }
  });
});
