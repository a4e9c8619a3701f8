/**
 * A client's length cap is honoured on every route: the visible answer stops at the cap and ends with
 * `finish_reason: "length"` (chat), or `status: "incomplete"` with `max_output_tokens` (Responses), streamed
 * and not. The test router's primary is a reasoning backend that thinks before it answers.
 */
import { equal, ok } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

const thinking = { primary: { reasoning: true } };
const ask = [{ role: "user" as const, content: "Tell me about the tides in the North Sea" }];

Deno.test("max_completion_tokens on the default route (a reasoning backend) ends the answer at the cap with length", async () => {
  await using router = await startTestRouter({ behaviour: thinking });
  const whole = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask,
    max_completion_tokens: 5,
  });
  equal(whole.choices[0]?.finish_reason, "length");
  equal(whole.usage?.completion_tokens, 5);
  ok((whole.choices[0]?.message.content ?? "").length > 0, "the cap is spent on the answer, not on thinking");
  const sent = router.upstreams.primary.requests.at(-1)?.body as Record<string, unknown>;
  equal(sent.max_tokens, 5);
  equal((sent.chat_template_kwargs as { enable_thinking?: boolean }).enable_thinking, false);

  let finish: string | null | undefined;
  let text = "";
  for await (
    const chunk of await router.client.chat.completions.create({
      model: "ai-router",
      messages: ask,
      max_tokens: 5,
      stream: true,
    })
  ) {
    text += chunk.choices[0]?.delta.content ?? "";
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  equal(finish, "length");
  equal(text, whole.choices[0]?.message.content);
});

Deno.test("a large cap on a reasoning backend keeps thinking on and still ends with length at the cap", async () => {
  await using router = await startTestRouter({
    behaviour: { primary: { reasoning: true, reply: () => "word ".repeat(3000) } },
  });
  const answer = await router.client.chat.completions.create({
    model: "ai-router",
    messages: ask,
    max_tokens: 2000,
  });
  equal(answer.choices[0]?.finish_reason, "length");
  equal(answer.usage?.completion_tokens, 2000);
  const sent = router.upstreams.primary.requests.at(-1)?.body as Record<string, unknown>;
  equal(sent.chat_template_kwargs, undefined);
});

Deno.test("max_output_tokens on the Responses API ends the response incomplete at the cap, streamed and not", async () => {
  await using router = await startTestRouter({ behaviour: thinking });
  const response = await router.client.responses.create({
    model: "ai-router",
    input: ask[0]!.content,
    max_output_tokens: 16,
  });
  equal(response.status, "incomplete");
  equal(response.incomplete_details?.reason, "max_output_tokens");
  ok(response.output_text.length > 0);
  let last = "";
  for await (
    const event of await router.client.responses.create({
      model: "ai-router",
      input: ask[0]!.content,
      max_output_tokens: 16,
      stream: true,
    })
  ) {
    last = event.type;
    if (event.type === "response.incomplete") {
      equal(event.response.incomplete_details?.reason, "max_output_tokens");
    }
  }
  equal(last, "response.incomplete");
});

Deno.test("on the cloud route the upstream keeps room to think and the router ends the visible answer at the cap", async () => {
  await using router = await startTestRouter();
  const hard = [{ role: "user" as const, content: "Prove that sqrt(2) is irrational" }];
  const whole = await router.client.chat.completions.create({
    model: "ai-router",
    messages: hard,
    max_tokens: 5,
  });
  equal(whole.choices[0]?.finish_reason, "length");
  equal(whole.usage?.completion_tokens, 5);
  const words = (whole.choices[0]?.message.content ?? "").trim().split(/\s+/);
  ok(words.length > 0 && words.length <= 5, whole.choices[0]?.message.content ?? "");
  equal((router.upstreams.cloud.requests.at(-1)?.body as { max_tokens?: number }).max_tokens, 16384);

  let chunks = 0;
  let finish: string | null | undefined;
  let usage: number | undefined;
  for await (
    const chunk of await router.client.chat.completions.create({
      model: "ai-router",
      messages: hard,
      max_completion_tokens: 5,
      stream: true,
      stream_options: { include_usage: true },
    })
  ) {
    if (chunk.choices[0]?.delta.content) chunks += 1;
    finish = chunk.choices[0]?.finish_reason ?? finish;
    usage = chunk.usage?.completion_tokens ?? usage;
  }
  equal(chunks, 5);
  equal(finish, "length");
  equal(usage, 5);
});
