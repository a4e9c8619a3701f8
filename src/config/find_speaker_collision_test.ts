import { deepEqual, equal } from "node:assert/strict";
import { findSpeakerCollision } from "./find_speaker_collision.ts";

Deno.test("findSpeakerCollision() finds libritts_r id 79 named by speaker 280", () => {
  deepEqual(findSpeakerCollision("en_US-libritts_r-medium", 79), { namedId: 280, nameOfId: "7717" });
  deepEqual(findSpeakerCollision("en_US-libritts_r-medium", 159), { namedId: 697, nameOfId: "4945" });
});

Deno.test("findSpeakerCollision() passes ids that no name shadows and voices with named speakers", () => {
  equal(findSpeakerCollision("en_US-libritts_r-medium", 134), undefined);
  equal(findSpeakerCollision("en_GB-vctk-medium", 3), undefined);
});

Deno.test("findSpeakerCollision() reads the server's own speaker list when given", () => {
  deepEqual(findSpeakerCollision("custom", 1, { speakerNames: ["1", "0"] }), { namedId: 0, nameOfId: "0" });
});
