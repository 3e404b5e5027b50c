/** A4 portrait with the margins German administrations use (2.5 cm left for filing), in twips. */
export const pageLayout = {
  width: 11906,
  height: 16838,
  margin: { top: 1417, right: 1134, bottom: 1134, left: 1417, header: 709, footer: 567 },
  /** Width of the text column: the page less its left and right margins. */
  textWidth: 11906 - 1417 - 1134,
  /** Height of the text column: the page less its top and bottom margins. */
  textHeight: 16838 - 1417 - 1134,
  font: 'Arial',
  /** Body text size in half-points. */
  fontSize: 22,
  /** Table text size in half-points. */
  tableFontSize: 18,
} as const;
