const STAMP = /\[#([\w-]+)@(\d+(?:\.\d+)?)\]/;

/** The tag and send time `stampedText` put into a proposal text, or undefined for any other text. */
export function readStamp(text: string): { tag: string; sentAt: number } | undefined {
  const match = STAMP.exec(text);
  return match ? { tag: match[1] as string, sentAt: Number(match[2]) } : undefined;
}
