import type { Editor } from '@tiptap/core';
import { useRef } from 'react';
import { useRovingFocus } from '../common/useRovingFocus.ts';
import { useT } from '../i18n/useT.ts';
import { TableTools } from './TableTools.tsx';
import { ToolbarButton } from './ToolbarButton.tsx';
import { useToolbarState } from './useToolbarState.ts';

/** Props of `EditorToolbar`. */
export interface EditorToolbarProps {
  editor: Editor;
  label: string;
  onLink: () => void;
}

type Level = 1 | 2 | 3 | 4;

/** The formatting toolbar of one rich-text editor: one Tab stop, arrow keys between its controls. */
export function EditorToolbar({ editor, label, onLink }: EditorToolbarProps) {
  const t = useT();
  const state = useToolbarState(editor);
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useRovingFocus(ref);
  const run = () => editor.chain().focus();
  function setBlock(value: string) {
    if (value === 'p') run().setParagraph().run();
    else
      run()
        .setHeading({ level: Number(value.slice(1)) as Level })
        .run();
  }
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={t('rte.toolbar', { label })}
      className="wb-rte__toolbar"
      onKeyDown={onKeyDown}
    >
      <select
        data-roving=""
        aria-label={t('rte.blockType')}
        value={state.block}
        onChange={(event) => setBlock(event.target.value)}
      >
        <option value="p">{t('rte.paragraph')}</option>
        {[1, 2, 3, 4].map((level) => (
          <option key={level} value={`h${level}`}>
            {t('rte.heading', { level })}
          </option>
        ))}
      </select>
      <ToolbarButton
        label={t('rte.bold')}
        icon="bold"
        shortcut="B"
        pressed={state.bold}
        onClick={() => run().toggleBold().run()}
      />
      <ToolbarButton
        label={t('rte.italic')}
        icon="italic"
        shortcut="I"
        pressed={state.italic}
        onClick={() => run().toggleItalic().run()}
      />
      <ToolbarButton
        label={t('rte.underline')}
        icon="underline"
        shortcut="U"
        pressed={state.underline}
        onClick={() => run().toggleUnderline().run()}
      />
      <ToolbarButton
        label={t('rte.bulletList')}
        icon="bulletList"
        pressed={state.bulletList}
        onClick={() => run().toggleBulletList().run()}
      />
      <ToolbarButton
        label={t('rte.orderedList')}
        icon="orderedList"
        pressed={state.orderedList}
        onClick={() => run().toggleOrderedList().run()}
      />
      <ToolbarButton
        label={t('rte.outdent')}
        icon="outdent"
        disabled={!state.canOutdent}
        onClick={() => run().liftListItem('listItem').run()}
      />
      <ToolbarButton
        label={t('rte.indent')}
        icon="indent"
        disabled={!state.canIndent}
        onClick={() => run().sinkListItem('listItem').run()}
      />
      <ToolbarButton
        label={t('rte.blockquote')}
        icon="blockquote"
        pressed={state.blockquote}
        onClick={() => run().toggleBlockquote().run()}
      />
      <ToolbarButton label={t('rte.link')} icon="link" pressed={state.link} onClick={onLink} />
      <TableTools editor={editor} inTable={state.inTable} />
      <ToolbarButton
        label={t('rte.undo')}
        icon="undo"
        shortcut="Z"
        disabled={!state.canUndo}
        onClick={() => run().undo().run()}
      />
      <ToolbarButton
        label={t('rte.redo')}
        icon="redo"
        shortcut="Shift+Z"
        disabled={!state.canRedo}
        onClick={() => run().redo().run()}
      />
    </div>
  );
}
