import type { RichTextDoc, RichTextNode } from '@werkbank/concept';
import { Fragment, type ReactNode } from 'react';
import { safeHref } from './safeHref.ts';

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
  return <>{nodes(doc.content, headingOffset)}</>;
}

function nodes(content: readonly RichTextNode[] | undefined, offset: number | null): ReactNode[] {
  return (content ?? []).map((node, index) => block(node, offset, index));
}

function block(node: RichTextNode, offset: number | null, key: number): ReactNode {
  const children = nodes(node.content, offset);
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
        <div key={key} className="document-table-scroll">
          <table>
            <tbody>{children}</tbody>
          </table>
        </div>
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
