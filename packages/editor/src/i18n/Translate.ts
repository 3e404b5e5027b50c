import type { EditorMessageKey } from './editorMessagesDe.ts';

/** Values for `{name}` placeholders in a message. */
export type MessageParams = Record<string, string | number>;

/** Looks up a message by key (the editor's keys are typed; other catalogues' keys are plain strings). */
export type Translate = (key: EditorMessageKey | (string & {}), params?: MessageParams) => string;
