import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';

/** What the toolbar shows as pressed or available. */
export interface ToolbarState {
  block: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  bulletList: boolean;
  orderedList: boolean;
  inList: boolean;
  blockquote: boolean;
  link: boolean;
  linkHref: string;
  inTable: boolean;
  canUndo: boolean;
  canRedo: boolean;
  canIndent: boolean;
  canOutdent: boolean;
}

function blockOf(editor: Editor): string {
  for (const level of [1, 2, 3, 4]) if (editor.isActive('heading', { level })) return `h${level}`;
  return 'p';
}

function read(editor: Editor): ToolbarState {
  return {
    block: blockOf(editor),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    inList: editor.isActive('listItem'),
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    linkHref: String(editor.getAttributes('link').href ?? ''),
    inTable: editor.isActive('table'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
    canIndent: editor.can().sinkListItem('listItem'),
    canOutdent: editor.can().liftListItem('listItem'),
  };
}

function equal(a: ToolbarState, b: ToolbarState | null): boolean {
  return !!b && (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}

/** The toolbar's state, re-rendering only when one of its values changes. */
export function useToolbarState(editor: Editor): ToolbarState {
  return useEditorState({ editor, selector: ({ editor: e }) => read(e), equalityFn: equal });
}
