import { gunzipSync } from 'node:zlib';

/**
 * The regular files of a gzipped tar archive (an npm package tarball), by path. npm's tarballs use plain
 * ustar headers; long names in pax or GNU extension records are not needed for the files read here.
 */
export function untarGz(archive: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(archive);
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = field(header, 0, 100);
    const prefix = field(header, 345, 155);
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const body = offset + 512;
    if (type === '0' || type === '\0') {
      files.set(prefix ? `${prefix}/${name}` : name, Buffer.from(tar.subarray(body, body + size)));
    }
    offset = body + Math.ceil(size / 512) * 512;
  }
  return files;
}

function field(header: Buffer, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? length : end).toString('utf8');
}
