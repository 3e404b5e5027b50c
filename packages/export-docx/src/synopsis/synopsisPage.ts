import { pageLayout } from '../pageLayout.ts';

/** A4 landscape with the council document's margins: two columns side by side need the width. */
export const synopsisPage = {
  width: pageLayout.height,
  height: pageLayout.width,
  margin: pageLayout.margin,
  textWidth: pageLayout.height - pageLayout.margin.left - pageLayout.margin.right,
} as const;
