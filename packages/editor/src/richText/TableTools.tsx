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
        icon="table"
        onClick={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      />
    );
  }
  return (
    <>
      <ToolbarButton
        label={t('rte.addRow')}
        icon="plus"
        text={t('rte.short.row')}
        onClick={() => run().addRowAfter().run()}
      />
      <ToolbarButton
        label={t('rte.addColumn')}
        icon="plus"
        text={t('rte.short.column')}
        onClick={() => run().addColumnAfter().run()}
      />
      <ToolbarButton
        label={t('rte.deleteRow')}
        icon="minus"
        text={t('rte.short.row')}
        onClick={() => run().deleteRow().run()}
      />
      <ToolbarButton
        label={t('rte.deleteColumn')}
        icon="minus"
        text={t('rte.short.column')}
        onClick={() => run().deleteColumn().run()}
      />
      <ToolbarButton
        label={t('rte.deleteTable')}
        icon="close"
        text={t('rte.short.table')}
        onClick={() => run().deleteTable().run()}
      />
    </>
  );
}
