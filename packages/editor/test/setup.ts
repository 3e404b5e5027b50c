import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadRichTextEditor } from '../src/richText/loadRichTextEditor.ts';

// ProseMirror measures layout that jsdom does not have: give it empty rectangles instead of crashing.
function emptyRect(): DOMRect {
  return {
    x: 0,
    y: 0,
    width: 0,
    height: 0,
    top: 0,
    right: 0,
    bottom: 0,
    left: 0,
    toJSON: () => ({}),
  } as DOMRect;
}
function emptyRects(): DOMRectList {
  const list = [] as unknown as DOMRectList & DOMRect[];
  (list as unknown as { item: (i: number) => DOMRect | null }).item = () => null;
  return list;
}
for (const proto of [Range.prototype, Element.prototype]) {
  proto.getBoundingClientRect ??= emptyRect;
  proto.getClientRects ??= emptyRects;
}
Range.prototype.getBoundingClientRect = emptyRect;
Range.prototype.getClientRects = emptyRects;
document.elementFromPoint ??= () => null;
Element.prototype.scrollIntoView ??= () => {};
// ProseMirror's `view.pasteHTML` builds a ClipboardEvent, which jsdom lacks.
globalThis.ClipboardEvent ??= class ClipboardEvent extends Event {
  readonly clipboardData: DataTransfer | null = null;
} as typeof globalThis.ClipboardEvent;
// jsdom has no DragEvent, so fireEvent.dragOver would build a plain Event and lose the pointer position.
globalThis.DragEvent ??= class DragEvent extends MouseEvent {
  readonly dataTransfer: DataTransfer | null = null;
} as typeof globalThis.DragEvent;

// Tell React that act() is in charge, so state updates from Yjs in tests do not warn.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => cleanup());

// The editor's code loads on demand in the app (a preview shows the text meanwhile, tested on its own); tests
// render with it loaded, as the app does once the workspace has been idle for a moment.
await loadRichTextEditor();
