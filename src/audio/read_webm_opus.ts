/**
 * The Opus packets of a WebM (Matroska) file, as browsers record them (`MediaRecorder` with
 * `audio/webm;codecs=opus`). A small EBML walk, not a full demuxer: it descends into Segment, Tracks,
 * TrackEntry and Cluster (and BlockGroup), finds the track whose CodecID is `A_OPUS`, and collects that
 * track's frames from SimpleBlock and Block elements. Element ids are the Matroska specification's
 * (ietf-wg-cellar/matroska-specification `ebml_matroska.xml`). Laced blocks are refused: MediaRecorder
 * writes one frame per block.
 */

const SEGMENT = 0x18538067;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const TRACK_NUMBER = 0xd7;
const CODEC_ID = 0x86;
const CLUSTER = 0x1f43b675;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;
const BLOCK = 0xa1;
/** Elements whose children are read; everything else is skipped by its size. */
const CONTAINERS = new Set([SEGMENT, TRACKS, TRACK_ENTRY, CLUSTER, BLOCK_GROUP]);

interface Vint {
  value: number;
  length: number;
  /** All value bits set: "unknown size", which live recordings use for Segment and Cluster. */
  unknown: boolean;
}

function readVint(bytes: Uint8Array, { offset, keepMarker }: { offset: number; keepMarker: boolean }): Vint {
  const first = bytes[offset];
  if (first === undefined || first === 0) throw new TypeError(`Bad EBML number at byte ${offset}`);
  const length = Math.clz32(first) - 23;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === (0xff >> length);
  for (let i = 1; i < length; i++) {
    const byte = bytes[offset + i];
    if (byte === undefined) throw new TypeError("The WebM file ends inside an element header");
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

/** The WebM's Opus frames, in file order. */
export function readWebmOpus(bytes: Uint8Array): Uint8Array[] {
  const tracks = new Map<number, string>();
  const blocks: { track: number; frame: Uint8Array }[] = [];
  let trackNumber: number | undefined;
  let offset = 0;
  while (offset < bytes.length) {
    const id = readVint(bytes, { offset, keepMarker: true });
    const size = readVint(bytes, { offset: offset + id.length, keepMarker: false });
    const start = offset + id.length + size.length;
    const end = size.unknown ? bytes.length : Math.min(bytes.length, start + size.value);
    if (CONTAINERS.has(id.value)) {
      offset = start; // descend: the children follow
      continue;
    }
    const body = bytes.subarray(start, end);
    if (id.value === TRACK_NUMBER) trackNumber = toUint(body);
    if (id.value === CODEC_ID && trackNumber !== undefined) {
      tracks.set(trackNumber, new TextDecoder().decode(body));
    }
    if (id.value === SIMPLE_BLOCK || id.value === BLOCK) blocks.push(toFrame(body));
    offset = end;
  }
  const opus = [...tracks].find(([, codec]) => codec === "A_OPUS")?.[0];
  if (opus === undefined) throw new TypeError("The WebM file has no Opus audio track");
  return blocks.filter((block) => block.track === opus).map((block) => block.frame);
}

function toUint(body: Uint8Array): number {
  return body.reduce((value, byte) => value * 256 + byte, 0);
}

/** A (Simple)Block: track number, 16-bit timecode, flags, then the frame. */
function toFrame(body: Uint8Array): { track: number; frame: Uint8Array } {
  const track = readVint(body, { offset: 0, keepMarker: false });
  const flags = body[track.length + 2] ?? 0;
  if ((flags & 0x06) !== 0) throw new TypeError("Laced WebM blocks are not supported");
  return { track: track.value, frame: body.subarray(track.length + 3) };
}
