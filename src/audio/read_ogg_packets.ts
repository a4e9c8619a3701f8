/**
 * The packets of the first logical stream of an Ogg file (RFC 3533): pages start with `OggS`, a segment table
 * gives lacing values, and a packet ends at the first lacing value under 255. Enough to feed an Opus decoder
 * without a demuxer package; chained or multiplexed streams beyond the first are ignored.
 */
export function readOggPackets(bytes: Uint8Array): Uint8Array[] {
  const packets: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  let serial: number | undefined;
  let offset = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (offset + 27 <= bytes.length) {
    if (view.getUint32(offset) !== 0x4f676753) throw new TypeError(`No Ogg page at byte ${offset}`);
    const pageSerial = view.getUint32(offset + 14, true);
    const segments = bytes[offset + 26] ?? 0;
    const table = bytes.subarray(offset + 27, offset + 27 + segments);
    let body = offset + 27 + segments;
    const own = serial === undefined || pageSerial === serial;
    serial ??= pageSerial;
    for (const lacing of table) {
      if (body + lacing > bytes.length) throw new TypeError("The Ogg file ends inside a page");
      if (own) pending.push(bytes.subarray(body, body + lacing));
      body += lacing;
      if (own && lacing < 255) {
        packets.push(concat(pending));
        pending = [];
      }
    }
    offset = body;
  }
  return packets;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
