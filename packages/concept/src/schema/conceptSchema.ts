import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { conceptExtensions } from './conceptExtensions.ts';

let cached: Schema | undefined;

/** The ProseMirror schema of every rich-text body, built once from `conceptExtensions()`. */
export function conceptSchema(): Schema {
  cached ??= getSchema(conceptExtensions());
  return cached;
}
