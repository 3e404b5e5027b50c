import '@werkbank/editor/editor.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { acceptLinkFromAddress } from './links/acceptLinkFromAddress.ts';
import { registerServiceWorker } from './registerServiceWorker.ts';
import { prefetchView } from './views/prefetchView.ts';

acceptLinkFromAddress();
// A link for the page already open (only the fragment differs) does not reload it.
window.addEventListener('hashchange', acceptLinkFromAddress);
registerServiceWorker();
prefetchView(window.location.pathname);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
