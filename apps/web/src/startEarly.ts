import { acceptLinkFromAddress } from './links/acceptLinkFromAddress.ts';
import { prefetchView } from './views/prefetchView.ts';

// Imported first by main.tsx, so this runs as soon as the page's first code is here, before React and the app's
// modules evaluate (some 0.2 s on a slow machine): the link in the address is taken, and what the concept in it
// needs is asked for.
acceptLinkFromAddress();
// A link for the page already open (only the fragment differs) does not reload it.
window.addEventListener('hashchange', acceptLinkFromAddress);
prefetchView(window.location.pathname);
