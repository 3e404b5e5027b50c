/**
 * Runs in the page: for each key pressed in the editor labelled `label`, the time from the keydown event
 * to the frame after the DOM shows the typed text (requestAnimationFrame, then a message so the paint has
 * happened). Remote edits change the DOM too, so a key counts only once its own text is in the DOM.
 */
export function measureInPage(label: string): void {
  const editor = document.querySelector<HTMLElement>(`[role="textbox"][aria-label="${label}"]`);
  if (!editor) throw new Error(`no editor labelled ${label}`);
  const samples: number[] = [];
  const waiting: { text: string; start: number }[] = [];
  let typed = '';
  Object.assign(window, { __typingSamples: samples });
  editor.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length !== 1) return;
      typed += event.key;
      waiting.push({ text: typed.slice(-12), start: event.timeStamp });
    },
    true,
  );
  new MutationObserver(() => {
    const content = editor.textContent ?? '';
    while (waiting.length > 0 && content.includes((waiting[0] as { text: string }).text)) {
      const { start } = waiting.shift() as { start: number };
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => samples.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    }
  }).observe(editor, { subtree: true, childList: true, characterData: true });
}
