import { Fragment, type Node, type NodeType } from '@tiptap/pm/model';
import { cutText, fitsLength } from './fieldRules.ts';
import { MAX_CHILDREN, MAX_TEXT_NODE } from './fittingRichText.ts';

function cutLongTexts(fragment: Fragment): Fragment {
  const nodes: Node[] = [];
  fragment.forEach((node) => {
    const text = node.isText ? (node.text as string) : '';
    const fits = fitsLength(text, MAX_TEXT_NODE);
    nodes.push(fits ? node : node.type.schema.text(cutText(text, MAX_TEXT_NODE), node.marks));
  });
  return Fragment.fromArray(nodes);
}

/**
 * `nodes` (each valid on its own) fitted into the content of a `type` node, keeping every text: a node that may
 * not stand here gets what must come before it, or is wrapped (a paragraph in a list goes into a list item,
 * text in the document into a paragraph), or gives way to its own content; leaves that fit nowhere are dropped.
 * Null when the content cannot be completed.
 */
export function fitContent(type: NodeType, nodes: readonly Node[]): Fragment | null {
  const out: Node[] = [];
  // Paragraphs made here around stray inline content, which takes the inline content that follows too.
  const madeForInline = new Set<Node>();
  let match = type.contentMatch;

  function place(candidate: Node): void {
    const node = type.allowsMarks(candidate.marks)
      ? candidate
      : candidate.mark(candidate.marks.filter((mark) => type.allowsMarkType(mark.type)));
    const direct = match.matchType(node.type);
    if (direct) {
      out.push(node);
      match = direct;
      return;
    }
    const last = out[out.length - 1];
    if (
      last &&
      node.isInline &&
      madeForInline.has(last) &&
      last.contentMatchAt(last.childCount).matchType(node.type)
    ) {
      const grown = last.copy(last.content.addToEnd(node));
      out[out.length - 1] = grown;
      madeForInline.add(grown);
      return;
    }
    const fill = match.fillBefore(Fragment.from(node));
    const afterFill = fill && match.matchFragment(fill)?.matchType(node.type);
    if (fill && afterFill) {
      fill.forEach((filler) => {
        out.push(filler);
      });
      out.push(node);
      match = afterFill;
      return;
    }
    const wrapping = match.findWrapping(node.type) ?? [];
    let wrapped: Node | null = node;
    for (let i = wrapping.length - 1; i >= 0 && wrapped; i--)
      wrapped = (wrapping[i] as NodeType).createAndFill(null, wrapped);
    const afterWrap = wrapping.length > 0 && wrapped ? match.matchType(wrapped.type) : null;
    if (wrapped && afterWrap) {
      out.push(wrapped);
      match = afterWrap;
      if (node.isInline && wrapping.length === 1) madeForInline.add(wrapped);
      return;
    }
    // Neither fits nor wraps: its content may (a list inside a paragraph gives its text).
    node.content.forEach(place);
  }

  for (const node of nodes) place(node);
  let content = cutLongTexts(Fragment.fromArray(out));
  if (content.childCount > MAX_CHILDREN) {
    const kept: Node[] = [];
    for (let i = 0; i < MAX_CHILDREN - 10; i++) kept.push(content.child(i));
    content = Fragment.fromArray(kept);
  }
  const end = type.contentMatch.matchFragment(content);
  if (!end) return null;
  if (end.validEnd) return content;
  const fill = end.fillBefore(Fragment.empty, true);
  return fill ? content.append(fill) : null;
}
