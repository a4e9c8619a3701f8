import { equal, ok } from "node:assert/strict";
import type OpenAI from "openai";
import type { SessionLogEntry } from "../src/logs/session_log_entry.ts";
import { priceSession } from "../src/users/price_session.ts";
import { startTestRouter } from "./test_router.ts";

Deno.test("xAI receives one conversation id for every turn of a conversation, and its cached tokens reach the session log", async () => {
  await using router = await startTestRouter({ servers: { cloud: { server: "xai" } } });
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: "user", content: "Prove that there are infinitely many primes." },
  ];
  for (const next of ["Now prove it for primes of the form 4k+3.", undefined]) {
    const { data, response } = await router.client.chat.completions.create({ model: "ai-router", messages })
      .withResponse();
    equal(response.headers.get("x-ai-router-backend"), "cloud");
    messages.push({ role: "assistant", content: data.choices[0]?.message.content ?? "" });
    if (next) messages.push({ role: "user", content: next });
  }
  const ids = router.upstreams.cloud.promptCache.conversationIds;
  equal(ids.length, 2);
  equal(ids[0], ids[1]);
  ok(ids[0]?.startsWith("ai-router-"), ids[0]);
  const [first, second] = router.sessions.map((entry) =>
    entry.steps.find((step) => step.provider === "cloud")
  );
  equal(first?.tokens?.cached, undefined, "nothing cached on the first turn");
  ok(
    (second?.tokens?.cached ?? 0) > 0,
    `cached tokens on the second turn: ${JSON.stringify(second?.tokens)}`,
  );
  // A local answer carries no conversation id: the header is only for the cloud's cache.
  equal(router.upstreams.primary.requests.some((request) => request.headers.has("x-grok-conv-id")), false);
});

Deno.test("priceSession() prices cached prompt tokens at the cached rate, and at the input rate when none is set", () => {
  const entry = {
    steps: [{
      provider: "cloud",
      location: "cloud",
      tokens: { prompt: 1_000_000, completion: 0, cached: 800_000 },
    }],
  } as unknown as SessionLogEntry;
  const priced = priceSession(entry, {
    cloud: { inputPerMillionUsd: 3, outputPerMillionUsd: 15, cachedInputPerMillionUsd: 0.75 },
  });
  equal(priced.cloudUsd, 1.2, "0.2 M at $3 and 0.8 M at $0.75");
  equal(priceSession(entry, { cloud: { inputPerMillionUsd: 3, outputPerMillionUsd: 15 } }).cloudUsd, 3);
});
