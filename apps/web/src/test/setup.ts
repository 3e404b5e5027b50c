import { loadRichTextEditor } from '@werkbank/editor';

// The editor's code loads on demand in the app (its preview is tested in the editor package); views render here
// with it loaded, as they do once the workspace has been idle for a moment.
await loadRichTextEditor();
