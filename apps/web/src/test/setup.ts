import { configure } from '@testing-library/react';
import { loadRichTextEditor } from '@werkbank/editor';

// The editor's code loads on demand in the app (its preview is tested in the editor package); views render here
// with it loaded, as they do once the workspace has been idle for a moment.
await loadRichTextEditor();

// Views load lazily, as in the app. The first import of a view's module in a test run took over a second on this
// machine while another build ran on it, and `findBy…` queries gave up after their default second.
configure({ asyncUtilTimeout: 5000 });
