/** What kind of formatting changed on words that stayed: a mark, or the kind of block they stand in. */
export type FormattingAspect =
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strike'
  | 'link'
  | 'heading'
  | 'list'
  | 'quote'
  | 'table'
  | 'paragraph';
