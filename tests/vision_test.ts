import { deepEqual, equal, match, ok } from "node:assert/strict";
import OpenAI from "openai";
import { startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { startTestRouter } from "./test_router.ts";
import { findFreePort } from "./find_free_port.ts";

const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const PNG_URL = `data:image/png;base64,${PNG_BASE64}`;
const JPEG = new Uint8Array([
  0xff,
  0xd8,
  0xff,
  0xe0,
  0,
  16,
  0x4a,
  0x46,
  0x49,
  0x46,
  0,
  1,
  1,
  0,
  0,
  1,
  0,
  1,
  0,
  0,
]);

type Part = OpenAI.Chat.ChatCompletionContentPart;

/** A router whose `vision` backend is its own simulator; `visionYaml` goes under `vision:`. */
async function startVisionRouter(
  visionYaml = "  backend: vision\n  allowPrivateUrls: true",
  withBackend = true,
) {
  const vl = await startOpenAiSimulator({ models: ["sim-vl"] });
  const router = await startTestRouter({
    extraBackendsYaml: withBackend
      ? `  vision:\n    urls: ["${vl.baseUrl}"]\n    model: sim-vl\n    inputModalities: [text, image]\n`
      : "",
    extraYaml: `vision:\n${visionYaml}`,
  });
  return {
    router,
    vl,
    [Symbol.asyncDispose]: async () => {
      await router[Symbol.asyncDispose]();
      await vl[Symbol.asyncDispose]();
    },
  };
}

function withImage(url: string, role: "user" | "system" = "user"): OpenAI.Chat.ChatCompletionMessageParam[] {
  const parts: Part[] = [{ type: "text", text: "What is this?" }, { type: "image_url", image_url: { url } }];
  return [
    role === "user" ? { role: "user", content: parts } : { role: "system", content: parts as never },
    { role: "assistant", content: "A picture." },
    { role: "user", content: "And now?" },
  ];
}

async function expectBadRequest(
  promise: Promise<unknown>,
  { param, pattern }: { param: string; pattern: RegExp },
) {
  const error = await promise.then(() => undefined, (e) => e);
  ok(error instanceof OpenAI.BadRequestError, `expected a 400, got ${error}`);
  equal(error.param, param);
  match(error.message, pattern);
}

Deno.test("vision requests are counted in metrics and described in the session log", async () => {
  await using setup = await startVisionRouter();
  await setup.router.client.chat.completions.create({ model: "ai-router", messages: withImage(PNG_URL) });
  const bytes = atob(PNG_BASE64).length;
  deepEqual(setup.router.sessions[0]?.images, { count: 1, bytes, formats: ["png"] });
  const metrics = await (await fetch(`${setup.router.baseUrl}/metrics`)).text();
  match(metrics, /^ai_router_vision_images_total\{backend="vision",format="png"\} 1$/m);
  match(metrics, new RegExp(`^ai_router_vision_image_bytes_total\\{backend="vision"\\} ${bytes}$`, "m"));
});

Deno.test("POST /v1/chat/completions sends an image to the vision backend even under a text-only alias", async () => {
  await using setup = await startVisionRouter();
  const { response } = await setup.router.client.chat.completions.create({
    model: "local",
    messages: withImage(PNG_URL),
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "vision");
  equal(setup.router.upstreams.primary.requests.length, 0, "the text-only model never saw the image");
});

Deno.test("POST /v1/chat/completions sends an image in an earlier turn to the vision backend", async () => {
  await using setup = await startVisionRouter();
  const { data, response } = await setup.router.client.chat.completions.create({
    model: "ai-router",
    messages: withImage(PNG_URL),
  }).withResponse();
  equal(response.headers.get("x-ai-router-backend"), "vision");
  equal(response.headers.get("x-ai-router-route"), "VISION");
  ok(data.choices[0]?.message.content);
  equal(setup.vl.requests.length, 1);
  equal(setup.router.upstreams.primary.requests.length, 0);
  // The route's system prompt comes first; the client's messages follow unchanged.
  const sent = (setup.vl.requests[0]?.body.messages as Array<{ role: string; content: Part[] }>)
    .filter((m) => m.role !== "system");
  equal((sent[0]?.content[1] as { image_url: { url: string } }).image_url.url, PNG_URL);
});

Deno.test("POST /v1/chat/completions downloads an http image and inlines it as a data URL", async () => {
  const images = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    () => new Response(JPEG, { headers: { "content-type": "application/octet-stream" } }),
  );
  await using setup = await startVisionRouter();
  try {
    const url = `http://127.0.0.1:${images.addr.port}/cat.jpg`;
    await setup.router.client.chat.completions.create({
      model: "ai-router",
      messages: [{ role: "user", content: [{ type: "input_image", image_url: url } as unknown as Part] }],
    });
    const sent = (setup.vl.requests[0]?.body.messages as Array<{ role: string; content: Part[] }>)
      .filter((m) => m.role !== "system");
    const part = sent[0]?.content[0] as { type: string; image_url: { url: string } };
    equal(part.type, "image_url");
    match(part.image_url.url, /^data:image\/jpeg;base64,\/9j\/4A/);
  } finally {
    await images.shutdown();
  }
});

Deno.test("POST /v1/chat/completions rejects images it cannot route or accept, and keeps serving", async () => {
  await using setup = await startVisionRouter(
    "  backend: vision\n  maxImageBytes: 100\n  allowedMimeTypes: [image/png, image/jpeg]\n  fetchTimeoutMs: 1000",
  );
  const { client } = setup.router;
  const chat = (messages: OpenAI.Chat.ChatCompletionMessageParam[]) =>
    client.chat.completions.create({ model: "ai-router", messages });
  const gif = `data:image/gif;base64,${btoa("GIF89a\x01\x00\x01\x00\x00\x00\x00;")}`;
  await expectBadRequest(chat(withImage(gif)), {
    param: "messages.0.content.1",
    pattern: /Unsupported image type/,
  });
  const text = `data:image/png;base64,${btoa("just some text, not a picture")}`;
  await expectBadRequest(chat(withImage(text)), {
    param: "messages.0.content.1",
    pattern: /Unsupported image type/,
  });
  const big = `data:image/png;base64,${btoa("\x89PNG\r\n\x1a\n" + "x".repeat(200))}`;
  await expectBadRequest(chat(withImage(big)), { param: "messages.0.content.1", pattern: /too large/ });
  await expectBadRequest(chat(withImage(PNG_URL, "system")), {
    param: "messages.0.content",
    pattern: /only allowed in user messages/,
  });
  await expectBadRequest(chat(withImage("file:///etc/passwd")), {
    param: "messages.0.content.1",
    pattern: /http\(s\) or data/,
  });
  // Loopback is private and not allowed here.
  await expectBadRequest(chat(withImage("http://127.0.0.1:9/x.png")), {
    param: "messages.0.content.1",
    pattern: /private/,
  });
  equal(setup.vl.requests.length, 0);
  const plain = await chat([{ role: "user", content: "hello" }]);
  ok(plain.choices[0]?.message.content);
  equal(setup.router.upstreams.primary.requests.length, 1);
});

Deno.test("POST /v1/chat/completions answers 400 for an unreachable image URL", async () => {
  const port = findFreePort();
  await using setup = await startVisionRouter();
  await expectBadRequest(
    setup.router.client.chat.completions.create({
      model: "ai-router",
      messages: withImage(`http://127.0.0.1:${port}/gone.png`),
    }),
    { param: "messages.0.content.1", pattern: /unreachable/ },
  );
});

Deno.test("POST /v1/chat/completions with an image and no vision backend is a 400 on messages", async () => {
  await using setup = await startVisionRouter("  maxImages: 4", false);
  await expectBadRequest(
    setup.router.client.chat.completions.create({ model: "ai-router", messages: withImage(PNG_URL) }),
    { param: "messages", pattern: /no vision backend/ },
  );
  equal(setup.router.upstreams.primary.requests.length, 0);
});

Deno.test("POST /v1/chat/completions checks downloaded images for size and type, not the server's label", async () => {
  const images = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/big.png") {
      return new Response(new Uint8Array(5000).fill(0x89), { headers: { "content-type": "image/png" } });
    }
    if (path === "/page.png") {
      return new Response("<html>not an image</html>", { headers: { "content-type": "image/png" } });
    }
    return new Response(null, { status: 302, headers: { location: "http://10.0.0.1/x.png" } });
  });
  await using setup = await startVisionRouter(
    "  backend: vision\n  allowPrivateUrls: true\n  maxImageBytes: 1000",
  );
  try {
    const base = `http://127.0.0.1:${images.addr.port}`;
    const chat = (url: string) =>
      setup.router.client.chat.completions.create({ model: "ai-router", messages: withImage(url) });
    await expectBadRequest(chat(`${base}/big.png`), { param: "messages.0.content.1", pattern: /too large/ });
    await expectBadRequest(chat(`${base}/page.png`), {
      param: "messages.0.content.1",
      pattern: /Unsupported image type/,
    });
    await expectBadRequest(chat(`${base}/moved.png`), {
      param: "messages.0.content.1",
      pattern: /status 302/,
    });
    equal(setup.vl.requests.length, 0);
  } finally {
    await images.shutdown();
  }
});

Deno.test("POST /v1/chat/completions over vision.maxImages keeps the newest images and notes the earlier ones", async () => {
  await using setup = await startVisionRouter("  backend: vision\n  maxImages: 2");
  const photo = (text: string, count = 1): OpenAI.Chat.ChatCompletionMessageParam => ({
    role: "user",
    content: [
      { type: "text", text },
      ...Array(count).fill({ type: "image_url", image_url: { url: PNG_URL } }),
    ],
  });
  // Open WebUI sends every earlier photo again: three turns with one photo each.
  const history = [photo("first"), { role: "assistant", content: "A." } as const, photo("second")];
  await setup.router.client.chat.completions.create({
    model: "ai-router",
    messages: [...history, { role: "assistant", content: "B." }, photo("third")],
  });
  const sent = (setup.vl.requests[0]?.body.messages as Array<{ role: string; content: Part[] | string }>)
    .filter((m) => m.role === "user").map((m) =>
      (m.content as Part[]).map((p) => p.type === "text" ? p.text : p.type)
    );
  deepEqual(sent, [["first", "[earlier image omitted]"], ["second", "image_url"], ["third", "image_url"]]);
  deepEqual(setup.router.sessions[0]?.images?.count, 2);
  deepEqual(setup.router.sessions[0]?.images?.omitted, 1);
  // More images than the limit in the newest message alone is still the client's 400.
  await expectBadRequest(
    setup.router.client.chat.completions.create({
      model: "ai-router",
      messages: [...history, photo("many", 3)],
    }),
    { param: "messages", pattern: /Too many images: at most 2 per request/ },
  );
  equal(setup.vl.requests.length, 1);
});
