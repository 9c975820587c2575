/**
 * A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then random bits. Ids made one after
 * another sort in the order they were made, so the key of each new sale lands beside the last one in the
 * sales index (a page already in memory) instead of on a random page of a million-row index.
 */
export function uuidV7(nowMs: number, random: Uint8Array): string {
  if (random.length < 16) throw new Error('uuidV7 needs 16 random bytes');
  const bytes = random.slice(0, 16);
  let time = nowMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
