/** Object keys as encoded, with their colon: the same few dozen names recur in every row. */
const encodedKeys = new Map<string, string>();
/** Keys are the code's own names, but a payload could carry a map keyed by data: the cache stays bounded. */
const MAX_ENCODED_KEYS = 4_096;

function encodedKey(key: string): string {
  let encoded = encodedKeys.get(key);
  if (encoded === undefined) {
    encoded = `${JSON.stringify(key)}:`;
    if (encodedKeys.size < MAX_ENCODED_KEYS) encodedKeys.set(key, encoded);
  }
  return encoded;
}

/**
 * The encoding journal hashes are taken over: JSON with object keys sorted, no whitespace, and only
 * integers as numbers (money in fen, weights in mg), so the same event always hashes the same.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new TypeError(`journal values must be safe integers: ${value}`);
      return String(value);
    case 'object': {
      // string building in loops: every journal row is encoded twice inside the sale's transaction
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      let out = '';
      // the default sort orders by UTF-16 code units, as comparing with < does
      for (const key of Object.keys(record).sort()) {
        const field = record[key];
        if (field !== undefined) out += `${out === '' ? '' : ','}${encodedKey(key)}${canonicalJson(field)}`;
      }
      return `{${out}}`;
    }
    default:
      throw new TypeError(`journal values cannot hold ${typeof value}`);
  }
}
