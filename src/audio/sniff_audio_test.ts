import { equal } from "node:assert/strict";
import { sniffAudio } from "./sniff_audio.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p));

Deno.test("sniffAudio() names containers by their magic bytes", () => {
  equal(sniffAudio(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt ")), "wav");
  equal(sniffAudio(bytes("OggS", [0, 2])), "ogg");
  equal(sniffAudio(bytes("fLaC", [0])), "flac");
  equal(sniffAudio(bytes([0, 0, 0, 32], "ftypM4A ")), "mp4");
  equal(sniffAudio(bytes("ID3", [4, 0])), "mp3");
  equal(sniffAudio(bytes([0xff, 0xfb, 0x90, 0x64])), "mp3");
  equal(sniffAudio(bytes([0xff, 0xf1, 0x50, 0x80])), "aac");
  equal(sniffAudio(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f])), "webm");
});

Deno.test("sniffAudio() rejects text, images, RIFF that is not WAVE and empty input", () => {
  equal(sniffAudio(bytes("hello, this is text")), undefined);
  equal(sniffAudio(bytes([0x89], "PNG")), undefined);
  equal(sniffAudio(bytes("RIFF", [0, 0, 0, 0], "WEBP")), undefined);
  equal(sniffAudio(new Uint8Array()), undefined);
});
