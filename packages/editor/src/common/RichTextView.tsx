import type { RichTextDoc, RichTextNode } from '@werkbank/concept';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { safeHref } from './safeHref.ts';

export interface RichTextViewProps {
  doc: RichTextDoc;
  /**
   * How far the body's headings move down: 2 makes a body's Überschrift 1 an `h3` under a chapter's `h2`.
   * `null` shows them as bold paragraphs, as the Word export does inside goals and measure sheets.
   */
  headingOffset: number | null;
  /** Wraps each table (for a scrolling, named region); the table as it is by default. */
  wrapTable?: (table: ReactElement, node: RichTextNode, key: number) => ReactNode;
  /** Links as styled text that cannot be followed or focused (a preview of a text being edited). */
  inertLinks?: boolean;
}

/**
 * A stored rich-text body as HTML, without an editor: paragraphs, headings, lists, quotes, tables, links. The
 * document view reads bodies with it, and an editor shows its text with it until the editor's code has loaded.
 */
export function RichTextView({ doc, headingOffset, wrapTable, inertLinks = false }: RichTextViewProps) {
  return <>{nodes(doc.content, { offset: headingOffset, wrapTable, inertLinks })}</>;
}

interface Options {
  offset: number | null;
  wrapTable: RichTextViewProps['wrapTable'];
  inertLinks: boolean;
}

function nodes(content: readonly RichTextNode[] | undefined, options: Options): ReactNode[] {
  return (content ?? []).map((node, index) => block(node, options, index));
}

function block(node: RichTextNode, options: Options, key: number): ReactNode {
  const children = nodes(node.content, options);
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading': {
      const level = Number(node.attrs?.level ?? 1);
      if (options.offset === null) {
        return (
          <p key={key}>
            <strong>{children}</strong>
          </p>
        );
      }
      const Tag = `h${Math.min(6, level + options.offset)}` as 'h3';
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
    case 'table': {
      const table = (
        <table key={key}>
          <tbody>{children}</tbody>
        </table>
      );
      return options.wrapTable ? <Fragment key={key}>{options.wrapTable(table, node, key)}</Fragment> : table;
    }
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
      return marked(node, key, options.inertLinks);
    default:
      return children.length > 0 ? <div key={key}>{children}</div> : null;
  }
}

function isListType(type: unknown): type is '1' | 'a' | 'A' | 'i' | 'I' {
  return type === '1' || type === 'a' || type === 'A' || type === 'i' || type === 'I';
}

function marked(node: RichTextNode, key: number, inertLinks: boolean): ReactNode {
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'underline') out = <u>{out}</u>;
    else if (mark.type === 'strike') out = <s>{out}</s>;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href && inertLinks) out = <span className="wb-link">{out}</span>;
      else if (href) out = <a href={href}>{out}</a>;
    }
  }
  return <Fragment key={key}>{out}</Fragment>;
}
