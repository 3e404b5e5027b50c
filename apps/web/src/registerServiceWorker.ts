/** Installs the service worker that keeps the app shell on the device (built app only; dev has none). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('Service worker not installed; the app still works online.', error);
    });
  });
}
