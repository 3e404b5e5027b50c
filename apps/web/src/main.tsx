import '@werkbank/editor/editor.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { acceptLinkFromAddress } from './links/acceptLinkFromAddress.ts';
import { registerServiceWorker } from './registerServiceWorker.ts';
import { loadViewSwitch } from './views/loadViewSwitch.ts';

acceptLinkFromAddress();
registerServiceWorker();
if (window.location.pathname.startsWith('/c/')) void loadViewSwitch();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
