import { deepEqual, equal, throws } from "node:assert/strict";
import { parseWav, toPcmSeconds, toWav, toWavHeader } from "./wav_header.ts";

const FORMAT = { rate: 22_050, width: 2, channels: 1 };

Deno.test("toWav() and parseWav() round-trip PCM and its format", () => {
  const pcm = new Uint8Array([1, 2, 3, 4, 5, 6]);
  const wav = parseWav(toWav(FORMAT, pcm));
  deepEqual(wav.format, FORMAT);
  deepEqual([...wav.pcm], [...pcm]);
});

Deno.test("parseWav() reads streamed 0xFFFFFFFF sizes to the end of the file", () => {
  const header = toWavHeader(FORMAT);
  equal(new DataView(header.buffer).getUint32(40, true), 0xffffffff);
  const file = new Uint8Array([...header, 9, 9, 8, 8]);
  deepEqual([...parseWav(file).pcm], [9, 9, 8, 8]);
});

Deno.test("parseWav() skips unknown chunks and rejects what is not PCM WAV", () => {
  const wav = toWav(FORMAT, new Uint8Array([7, 7]));
  const list = new Uint8Array([..."LIST"].map((c) => c.charCodeAt(0)).concat([2, 0, 0, 0, 0, 0]));
  const withList = new Uint8Array([...wav.subarray(0, 36), ...list, ...wav.subarray(36)]);
  deepEqual([...parseWav(withList).pcm], [7, 7]);
  throws(() => parseWav(new TextEncoder().encode("not a wav file at all")), TypeError);
  const float = toWav(FORMAT, new Uint8Array(4));
  new DataView(float.buffer).setUint16(20, 3, true);
  throws(() => parseWav(float), /not integer PCM/);
});

Deno.test("toPcmSeconds() divides by rate, width and channels", () => {
  equal(toPcmSeconds(32_000, { rate: 16_000, width: 2, channels: 1 }), 1);
});
