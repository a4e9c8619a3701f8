import { ok } from "node:assert/strict";
import { openChromiumPage } from "./_chromium_page.ts";
import { toWav } from "../src/audio/wav_header.ts";
import { hasEspeak, speakWithEspeak } from "./realtime_client.ts";
import { startRealtimeRouter } from "./realtime_fixture.ts";

const hasChromium = await Deno.stat("/usr/bin/chromium").then(() => true, () => false);

Deno.test({
  name: "/talk in Chromium at 390 px: a fake microphone's speech is transcribed and the answer is played",
  ignore: !hasChromium || !hasEspeak(),
  fn: async () => {
    await using box = await startRealtimeRouter();
    const wav = await Deno.makeTempFile({ suffix: ".wav" });
    try {
      // Chromium plays the file in a loop: the silence around the words lets the server hear the turn end.
      const speech = await speakWithEspeak("What time is it in Paris?", { silenceMs: 1500 });
      await Deno.writeFile(wav, toWav({ rate: 24_000, width: 2, channels: 1 }, speech));
      await using page = await openChromiumPage(`${box.router.baseUrl}/talk`, {
        width: 390,
        height: 844,
        mobile: true,
        flags: [
          "--use-fake-device-for-media-stream",
          "--use-fake-ui-for-media-stream",
          `--use-file-for-fake-audio-capture=${wav}`,
          "--autoplay-policy=no-user-gesture-required",
          // The test CA is not in Chromium's store; the official client tests check the chain.
          "--ignore-certificate-errors",
        ],
      });
      await page.waitFor(
        `document.getElementById("key") !== null`,
        "the page: " + page.errors.join("; "),
        15_000,
      ).catch(async (e) => {
        throw new Error(
          String(e) + " " + page.errors.join("; ") + " " +
            await page.evaluate("location.href + document.documentElement.outerHTML.slice(0, 300)"),
        );
      });
      await page.evaluate(
        `document.getElementById("key").value = "family-key"; document.getElementById("save").click()`,
      );
      await page.waitFor(
        `document.getElementById("status").textContent.startsWith("Connected")`,
        "connected",
        20_000,
      );
      await page.evaluate(`document.getElementById("free").click()`);
      await page.waitFor(
        `[...document.querySelectorAll(".me")].some((d) => d.textContent.startsWith("Simulated transcript of"))`,
        "the person's words in the transcript",
        30_000,
      ).catch(async (e) => {
        throw new Error(
          `${e} ${await page.evaluate(
            "[window.talkSent, ctx && ctx.state, document.getElementById('status').textContent, document.getElementById('log').innerText].join(' | ')",
          )}`,
        );
      });
      await page.waitFor(
        `[...document.querySelectorAll(".box")].some((d) => d.textContent.includes("The box heard you clearly."))`,
        "the box's answer in the transcript",
        30_000,
      );
      await page.waitFor(`(window.talkPlayed || 0) > 0`, "answer audio played", 30_000);
      const width = Number(await page.evaluate("document.documentElement.scrollWidth"));
      ok(width <= 390, `no sideways scrolling at 390 px (${width})`);
    } finally {
      await Deno.remove(wav);
    }
  },
});
