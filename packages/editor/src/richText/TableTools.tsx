import type { Editor } from '@tiptap/core';
import { useT } from '../i18n/useT.ts';
import { ToolbarButton } from './ToolbarButton.tsx';

/** Props of `TableTools`. */
export interface TableToolsProps {
  editor: Editor;
  inTable: boolean;
}

/** Insert a table, and inside one add or delete rows and columns or the table itself. */
export function TableTools({ editor, inTable }: TableToolsProps) {
  const t = useT();
  const run = () => editor.chain().focus();
  if (!inTable) {
    return (
      <ToolbarButton
        label={t('rte.table')}
        onClick={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      >
        ⊞
      </ToolbarButton>
    );
  }
  return (
    <>
      <ToolbarButton label={t('rte.addRow')} onClick={() => run().addRowAfter().run()}>
        {t('rte.glyph.addRow')}
      </ToolbarButton>
      <ToolbarButton label={t('rte.addColumn')} onClick={() => run().addColumnAfter().run()}>
        {t('rte.glyph.addColumn')}
      </ToolbarButton>
      <ToolbarButton label={t('rte.deleteRow')} onClick={() => run().deleteRow().run()}>
        {t('rte.glyph.deleteRow')}
      </ToolbarButton>
      <ToolbarButton label={t('rte.deleteColumn')} onClick={() => run().deleteColumn().run()}>
        {t('rte.glyph.deleteColumn')}
      </ToolbarButton>
      <ToolbarButton label={t('rte.deleteTable')} onClick={() => run().deleteTable().run()}>
        {t('rte.glyph.deleteTable')}
      </ToolbarButton>
    </>
  );
}
