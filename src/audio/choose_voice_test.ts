import { deepEqual, throws } from "node:assert/strict";
import { audioSchema } from "../config/audio_schema.ts";
import { chooseVoice } from "./choose_voice.ts";

const config = audioSchema.parse({
  defaultVoice: "en_US-lessac-high",
  voices: {
    alloy: { voice: "en_US-libritts_r-medium", speaker: "7717" },
    fable: { voice: "en_GB-alan-medium" },
  },
});

Deno.test("chooseVoice() maps configured names, passes Piper ids through and sends other OpenAI names to the default", () => {
  deepEqual(chooseVoice("alloy", config), { name: "en_US-libritts_r-medium", speaker: "7717" });
  deepEqual(chooseVoice("fable", config), { name: "en_GB-alan-medium" });
  deepEqual(chooseVoice("de_DE-thorsten-medium", config), { name: "de_DE-thorsten-medium" });
  deepEqual(chooseVoice("shimmer", config), { name: "en_US-lessac-high" });
});

Deno.test("chooseVoice() rejects unknown names with a 400 on voice", () => {
  throws(() => chooseVoice("robot", config), { status: 400, param: "voice" });
  throws(() => chooseVoice("shimmer", audioSchema.parse({})), /Unknown voice "shimmer"/);
});
