/** One entry of {@linkcode writeTar}: a file with bytes, a directory, or a symlink. */
export type TarEntry =
  | { path: string; data: Uint8Array | string; mode?: number }
  | { path: string; directory: true }
  | { path: string; symlink: string };

const encoder = new TextEncoder();

function writeField(header: Uint8Array, offset: number, length: number, value: string): void {
  header.set(encoder.encode(value).subarray(0, length), offset);
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, "0");
}

/** A minimal ustar archive, enough for a `docker build` context and a `FROM scratch` root filesystem. */
export function writeTar(entries: readonly TarEntry[]): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  for (const entry of entries) {
    const data = "data" in entry
      ? (typeof entry.data === "string" ? encoder.encode(entry.data) : entry.data)
      : new Uint8Array();
    const header = new Uint8Array(512);
    writeField(header, 0, 100, entry.path);
    const mode = "data" in entry ? entry.mode ?? 0o644 : 0o755;
    writeField(header, 100, 8, octal(mode, 8));
    writeField(header, 108, 8, octal(0, 8));
    writeField(header, 116, 8, octal(0, 8));
    writeField(header, 124, 12, octal(data.length, 12));
    writeField(header, 136, 12, octal(Math.floor(Date.now() / 1000), 12));
    writeField(header, 148, 8, "        ");
    header[156] = ("directory" in entry ? "5" : "symlink" in entry ? "2" : "0").charCodeAt(0);
    if ("symlink" in entry) writeField(header, 157, 100, entry.symlink);
    writeField(header, 257, 6, "ustar\0");
    writeField(header, 263, 2, "00");
    const checksum = header.reduce((sum, byte) => sum + byte, 0);
    writeField(header, 148, 8, `${octal(checksum, 7)}\0`);
    chunks.push(header, data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  chunks.push(new Uint8Array(1024));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
