const STORAGE_KEY = 'counter-pos.token';

/**
 * The browser-mode token arrives once in the URL fragment (never sent to the server's logs). It is kept
 * for this tab only and taken out of the address bar so it is not bookmarked or shown over a shoulder.
 */
export function takeBrowserToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(STORAGE_KEY, decodeURIComponent(match[1]));
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
