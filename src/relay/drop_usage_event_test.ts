import { equal } from "node:assert/strict";
import { dropUsageEvent } from "./drop_usage_event.ts";

Deno.test("dropUsageEvent() drops the usage-only chunk and keeps every other event", () => {
  const usageOnly = `data: ${JSON.stringify({ choices: [], usage: { "prompt_tokens": 3 } })}`;
  equal(dropUsageEvent(usageOnly), undefined);
  const lastWithUsage = `data: ${
    JSON.stringify({ choices: [{ delta: {} }], usage: { "prompt_tokens": 3 } })
  }`;
  equal(dropUsageEvent(lastWithUsage), lastWithUsage);
  equal(dropUsageEvent("data: [DONE]"), "data: [DONE]");
  equal(dropUsageEvent('data: {"usage": broken'), 'data: {"usage": broken');
});
