import { type RichTextDoc, type RichTextNode, richTextToPlain } from '@werkbank/concept';
import { type Translate, useT } from '@werkbank/editor';
import { Fragment, type ReactNode } from 'react';
import { safeHref } from './safeHref.ts';
import { TableScroll } from './TableScroll.tsx';

interface RichTextProps {
  doc: RichTextDoc;
  /**
   * How far the body's headings move down: 2 makes a body's Überschrift 1 an `h3` under the chapter's `h2`.
   * `null` shows them as bold paragraphs, as the Word export does inside goals and measure sheets.
   */
  headingOffset: number | null;
}

/** A stored rich-text body as HTML, without an editor: paragraphs, headings, lists, quotes, tables, links. */
export function RichText({ doc, headingOffset }: RichTextProps) {
  const t = useT();
  return <>{nodes(doc.content, headingOffset, t)}</>;
}

function nodes(
  content: readonly RichTextNode[] | undefined,
  offset: number | null,
  t: Translate,
): ReactNode[] {
  return (content ?? []).map((node, index) => block(node, offset, index, t));
}

function block(node: RichTextNode, offset: number | null, key: number, t: Translate): ReactNode {
  const children = nodes(node.content, offset, t);
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading': {
      const level = Number(node.attrs?.level ?? 1);
      if (offset === null) {
        return (
          <p key={key}>
            <strong>{children}</strong>
          </p>
        );
      }
      const Tag = `h${Math.min(6, level + offset)}` as 'h3';
      return <Tag key={key}>{children}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      const type = node.attrs?.type;
      return (
        <ol key={key} start={start === 1 ? undefined : start} type={isListType(type) ? type : undefined}>
          {children}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'hardBreak':
      return <br key={key} />;
    case 'table':
      return (
        <TableScroll key={key} label={tableLabel(node, t)}>
          <table>
            <tbody>{children}</tbody>
          </table>
        </TableScroll>
      );
    case 'tableRow':
      return <tr key={key}>{children}</tr>;
    case 'tableHeader':
    case 'tableCell': {
      const Cell = node.type === 'tableHeader' ? 'th' : 'td';
      const colSpan = Number(node.attrs?.colspan ?? 1);
      const rowSpan = Number(node.attrs?.rowspan ?? 1);
      return (
        <Cell
          key={key}
          colSpan={colSpan > 1 ? colSpan : undefined}
          rowSpan={rowSpan > 1 ? rowSpan : undefined}
        >
          {children}
        </Cell>
      );
    }
    case 'text':
      return marked(node, key);
    default:
      return children.length > 0 ? <div key={key}>{children}</div> : null;
  }
}

// A table in a text has no caption: its first row names it ("Tabelle: Jahr, Anzahl").
function tableLabel(table: RichTextNode, t: Translate): string {
  const first = table.content?.[0];
  const cells = (first?.content ?? []).map((cell) =>
    richTextToPlain({ type: 'doc', content: cell.content ?? [] }),
  );
  return t('web.document.table', { columns: cells.filter(Boolean).join(', ').slice(0, 100) });
}

function isListType(type: unknown): type is '1' | 'a' | 'A' | 'i' | 'I' {
  return type === '1' || type === 'a' || type === 'A' || type === 'i' || type === 'I';
}

function marked(node: RichTextNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'underline') out = <u>{out}</u>;
    else if (mark.type === 'strike') out = <s>{out}</s>;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) out = <a href={href}>{out}</a>;
    }
  }
  return <Fragment key={key}>{out}</Fragment>;
}
