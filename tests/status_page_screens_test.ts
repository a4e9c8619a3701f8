/**
 * The status page as a person sees it, in headless Chromium at phone width (390 px) and desktop width, light
 * and dark: nothing runs off the side. With `AI_ROUTER_SCREENSHOTS=DIR` the test also writes the pictures
 * the README shows (`DIR/status-390.png`, `DIR/status-desktop.png`, …).
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { openChromiumPage } from "./_chromium_page.ts";
import { startAudioTestRouter } from "./audio_upstreams.ts";
import type { TestRouter } from "./test_router.ts";
import { createManualClock, type ManualClock } from "../src/manual_clock.ts";
import type { Supervision } from "../src/supervisor/supervision.ts";

const HOUR_MS = 3_600_000;
const SCREENSHOT_DIR = Deno.env.get("AI_ROUTER_SCREENSHOTS");

/** Thor-like supervision: the coder is swapped out for its sibling and the vision model is still loading. */
const SUPERVISION: Supervision = {
  ensureReady: () => Promise.resolve(),
  isReady: (backend) => backend !== "vision",
  expectsUp: (backend) => backend !== "coder",
  touch: () => {},
  describe: () => ({
    enabled: true,
    containers: {
      "vllm-coder": {
        state: "stopped",
        wanted: false,
        backends: ["coder"],
        swapGroup: "coders",
        restarts: 0,
      },
      "vllm-vision": { state: "starting", wanted: true, backends: ["vision"], restarts: 1, memoryGib: 14.2 },
    },
  }),
};

/** Backends whose containers are not up: their URLs refuse connections (port 9 is discard, never served). */
const ASLEEP = `  coder:
    urls: ["http://127.0.0.1:9/v1"]
    model: sim-coder
  vision:
    urls: ["http://127.0.0.1:9/v1"]
    model: sim-vision
    inputModalities: [text, image]
`;

const MEMBERS = `
users:
  members:
    ann: { key: ANN_KEY, limits: { cloudSpendPerDayUsd: 0.003, tokensPerDay: 200000 } }
    ben: { key: BEN_KEY, limits: { cloudSpendPerDayUsd: 1 } }
    kid: { key: KID_KEY, cloudAllowed: false, limits: { requestsPerMinute: 20 } }
prices:
  cloud: { inputPerMillionUsd: 3, outputPerMillionUsd: 15 }
`;

/** An editor's autocomplete cancelled as one types: the stream is read once, then the client leaves. */
async function cancelAutocomplete(router: TestRouter) {
  router.upstreams.primary.behaviour.interTokenMs = 100;
  const controller = new AbortController();
  const response = await fetch(`${router.baseUrl}/v1/completions`, {
    method: "POST",
    headers: { authorization: "Bearer ben-key" },
    body: JSON.stringify({ model: "ai-router", prompt: "def add(a, b):", stream: true }),
    signal: controller.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  await reader.read();
  controller.abort();
  await reader.cancel().catch(() => {});
  router.upstreams.primary.behaviour.interTokenMs = 2;
}

/** A day of family traffic: a few requests an hour, some to the cloud, one failure, cancellations; the clock moves. */
async function playDay(router: TestRouter, clock: ManualClock) {
  const baseUrl = router.baseUrl;
  const keys = { ann: "ann-key", ben: "ben-key", kid: "kid-key" };
  const clients = Object.values(keys).map((apiKey) =>
    new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey, maxRetries: 0 })
  );
  for (let hour = 1; hour < 24; hour++) {
    clock.advance(HOUR_MS);
    const busy = hour >= 6 ? 1 + (hour % 4) : 0;
    for (let i = 0; i < busy; i++) {
      const client = clients[(hour + i) % clients.length] as OpenAI;
      const cloud = (hour + i) % 3 === 0 && client !== clients[2];
      await client.chat.completions.create({
        model: cloud ? "cloud" : "ai-router",
        messages: [{ role: "user", content: `question ${hour}.${i}` }],
      });
    }
    if (hour % 5 === 0) await cancelAutocomplete(router);
  }
  router.upstreams.primary.behaviour.failure = { kind: "status", status: 500 };
  await (clients[1] as OpenAI).chat.completions.create({
    model: "local",
    messages: [{ role: "user", content: "hi" }],
  })
    .catch(() => {});
  router.upstreams.primary.behaviour.failure = null;
}

const VIEWS = [
  { name: "390", width: 390, dark: false, mobile: true, shot: 1900 },
  { name: "390-dark", width: 390, dark: true, mobile: true, shot: 1100 },
  { name: "desktop", width: 1280, dark: false, mobile: false, shot: 1400 },
  { name: "desktop-dark", width: 1280, dark: true, mobile: false, shot: 900 },
];

/** Elements whose box reaches past the viewport's right edge, and the page's own scroll width. */
const OVERFLOW_CHECK = `(() => {
  const width = document.documentElement.clientWidth;
  const over = [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5)
    .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className?.baseVal ?? el.className ? "." + (el.className.baseVal ?? el.className) : ""));
  return { scrollWidth: document.documentElement.scrollWidth, width, over: over.slice(0, 10) };
})()`;

function readPngWidth(png: Uint8Array): number {
  return new DataView(png.buffer, png.byteOffset).getUint32(16);
}

Deno.test("GET / at 390 px and at desktop width, light and dark, has no horizontal scroll", async () => {
  // The day is replayed from 00:30 to 23:30 of one local day, whatever the hour and zone the suite runs in:
  // the daily budgets and the problems that mention them must see the whole day's spend.
  const clock = createManualClock(new Date(2026, 0, 14, 0, 30).getTime());
  await using audio = await startAudioTestRouter({
    whisper: "wyoming",
    piper: "wyoming",
    routerOptions: {
      extraYaml: MEMBERS,
      extraBackendsYaml: ASLEEP,
      secrets: { ANN_KEY: "ann-key", BEN_KEY: "ben-key", KID_KEY: "kid-key" },
      supervision: SUPERVISION,
      // A local model and a slower cloud with real-looking delays, so the latency chart has shape.
      behaviour: { primary: { ttftMs: 20, interTokenMs: 2 }, cloud: { ttftMs: 60, interTokenMs: 3 } },
      clock,
    },
  });
  const { router } = audio;
  await playDay(router, clock);
  for (const view of VIEWS) {
    await using page = await openChromiumPage(`${router.baseUrl}/`, { ...view, height: 800 });
    await page.waitFor(`document.getElementById("headline")`, "the headline");
    const layout = await page.evaluate(OVERFLOW_CHECK) as {
      scrollWidth: number;
      width: number;
      over: string[];
    };
    deepEqual(layout.over, [], `${view.name}: elements past the right edge`);
    equal(layout.scrollWidth, layout.width, `${view.name}: the page scrolls sideways`);
    const png = await page.screenshot();
    equal(readPngWidth(png), view.width, `${view.name}: screenshot width`);
    // The docs' pictures show the first screens, where the overview is; the checks above cover it all.
    if (SCREENSHOT_DIR) {
      await Deno.writeFile(`${SCREENSHOT_DIR}/status-${view.name}.png`, await page.screenshot(view.shot));
    }
    const text = String(await page.evaluate("document.body.innerText"));
    match(text, /whisper\s+up/, "Whisper is listed and up");
    match(text, /piper\s+up/, "Piper is listed and up");
    match(
      text,
      /coder\s+resting\s+chat[^\n]*another model is using the memory/,
      "a swapped-out model is resting",
    );
    match(text, /vision\s+starting/);
    match(text, /ann has used all of today's cloud budget/);
    match(text, /What to do:/);
    match(text, /4 requests were cancelled by the app in the last day/, "cancelled apart from failures");
    equal(
      await page.evaluate(`document.querySelectorAll("#members svg.bar").length`),
      2,
      "a spend bar per member with a cloud budget (kid has no cloud)",
    );
    ok(
      Number(await page.evaluate(`document.querySelectorAll("#traffic svg rect").length`)) > 10,
      "bars per hour",
    );
    ok(
      Number(await page.evaluate(`document.querySelectorAll("#latency svg path").length`)) >= 4,
      "latency lines",
    );
    equal(page.errors.length, 0, page.errors.join("\n"));
  }
});
