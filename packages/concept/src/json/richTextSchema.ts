import { z } from 'zod';

/** One ProseMirror node in JSON form; the concept schema validates node names when it is loaded into Yjs. */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const markSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richTextNodeSchema).max(10_000).optional(),
    marks: z.array(markSchema).max(20).optional(),
    text: z.string().max(100_000).optional(),
  }),
);

/** A rich-text body: a ProseMirror `doc` node as JSON. */
export const richTextSchema = z.object({
  type: z.literal('doc'),
  content: z.array(richTextNodeSchema).max(10_000).optional(),
});

export type RichTextDoc = z.infer<typeof richTextSchema>;
