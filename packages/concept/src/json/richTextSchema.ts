import { z } from 'zod/mini';
import { lazySchema } from './lazySchema.ts';

/** One ProseMirror node in JSON form; the concept schema validates node names when it is loaded into Yjs. */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const markSchema = lazySchema(() =>
  z.object({
    type: z.string().check(z.minLength(1), z.maxLength(64)),
    attrs: z.optional(z.record(z.string(), z.unknown())),
  }),
);

export const richTextNodeSchema: z.ZodMiniType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().check(z.minLength(1), z.maxLength(64)),
    attrs: z.optional(z.record(z.string(), z.unknown())),
    content: z.optional(z.array(richTextNodeSchema).check(z.maxLength(10_000))),
    marks: z.optional(z.array(markSchema).check(z.maxLength(20))),
    text: z.optional(z.string().check(z.maxLength(100_000))),
  }),
);

/** A rich-text body: a ProseMirror `doc` node as JSON. */
export const richTextSchema = lazySchema(() =>
  z.object({
    type: z.literal('doc'),
    content: z.optional(z.array(richTextNodeSchema).check(z.maxLength(10_000))),
  }),
);

export type RichTextDoc = z.infer<typeof richTextSchema>;
