import type { z } from 'zod';

/**
 * Parses a handler's answer against its channel's output schema and refuses one that carries a field the
 * schema does not name. Parsing strips such a field, so a check that only parsed would hide the leak that
 * shows as soon as the check is off (the packaged app skips it): what is tested is what is sent.
 */
export function checkedOutput(schema: z.ZodType, channel: string, raw: unknown): unknown {
  const parsed = schema.parse(raw);
  const extra = strippedPath(raw, parsed, channel);
  if (extra !== null) throw new Error(`${extra} is not in the contract’s output of ${channel}`);
  return parsed;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The path of the first field present in `raw` but gone from what the schema made of it, else null. */
function strippedPath(raw: unknown, parsed: unknown, path: string): string | null {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < raw.length; i++) {
      const found = strippedPath(raw[i], parsed[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isRecord(raw) || !isRecord(parsed)) return null;
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (!(key in parsed)) return `${path}.${key}`;
    const found = strippedPath(value, parsed[key], `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}
