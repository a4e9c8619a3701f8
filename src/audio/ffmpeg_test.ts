import { deepEqual, equal } from "node:assert/strict";
import { toAtempoFilter, toEncodeArgs } from "./ffmpeg.ts";

Deno.test("toAtempoFilter() chains stages within 0.5–2 so atempo drops no samples", () => {
  equal(toAtempoFilter(0.25), "atempo=0.5,atempo=0.5");
  equal(toAtempoFilter(4), "atempo=2,atempo=2");
  equal(toAtempoFilter(3), "atempo=2,atempo=1.5");
  equal(toAtempoFilter(1.25), "atempo=1.25");
  equal(toAtempoFilter(0.3), "atempo=0.5,atempo=0.6");
});

Deno.test("toEncodeArgs() reads s16le mono at the voice's rate and writes the format's codec", () => {
  deepEqual(toEncodeArgs(22_050, { format: "mp3", speed: 1 }), [
    ...["-hide_banner", "-loglevel", "error", "-f", "s16le", "-ar", "22050", "-ac", "1", "-i", "pipe:0"],
    ...["-ar", "24000", "-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3", "pipe:1"],
  ]);
  const opus = toEncodeArgs(16_000, { format: "opus", speed: 2 });
  deepEqual(opus.slice(11, 13), ["-af", "atempo=2"]);
  deepEqual(opus.slice(13), ["-ar", "48000", "-c:a", "libopus", "-f", "ogg", "pipe:1"]);
});
