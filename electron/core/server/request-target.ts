/** A request's path, percent-decoded, and its query; what the server routes on. */
export interface RequestTarget {
  path: string;
  query: URLSearchParams;
}

/**
 * Reads an origin-form request target (`/path?query`) and refuses everything else with null: absolute
 * form, `*`, a scheme-relative `//host`, malformed or overlong percent-escapes and NUL bytes. The server
 * answers null with 400, so no target can throw inside the request handler and stop the process.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (raw === undefined || !raw.startsWith('/') || raw.startsWith('//')) return null;
  const queryAt = raw.indexOf('?');
  const rawPath = queryAt === -1 ? raw : raw.slice(0, queryAt);
  let path: string;
  try {
    // decodeURIComponent refuses stray `%`, bad hex and overlong or surrogate UTF-8 with a URIError
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  return { path, query: new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1)) };
}
