/** One entry of {@linkcode writeTar}: a file with bytes, a directory, or a symlink. */
export type TarEntry =
  | { path: string; data: Uint8Array | string; mode?: number }
  | { path: string; directory: true }
  | { path: string; symlink: string };

const encoder = new TextEncoder();

function writeField(
  header: Uint8Array,
  { offset, length, value }: { offset: number; length: number; value: string },
): void {
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
    writeField(header, { offset: 0, length: 100, value: entry.path });
    const mode = "data" in entry ? entry.mode ?? 0o644 : 0o755;
    writeField(header, { offset: 100, length: 8, value: octal(mode, 8) });
    writeField(header, { offset: 108, length: 8, value: octal(0, 8) });
    writeField(header, { offset: 116, length: 8, value: octal(0, 8) });
    writeField(header, { offset: 124, length: 12, value: octal(data.length, 12) });
    writeField(header, { offset: 136, length: 12, value: octal(Math.floor(Date.now() / 1000), 12) });
    writeField(header, { offset: 148, length: 8, value: "        " });
    header[156] = ("directory" in entry ? "5" : "symlink" in entry ? "2" : "0").charCodeAt(0);
    if ("symlink" in entry) writeField(header, { offset: 157, length: 100, value: entry.symlink });
    writeField(header, { offset: 257, length: 6, value: "ustar\0" });
    writeField(header, { offset: 263, length: 2, value: "00" });
    const checksum = header.reduce((sum, byte) => sum + byte, 0);
    writeField(header, { offset: 148, length: 8, value: `${octal(checksum, 7)}\0` });
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
