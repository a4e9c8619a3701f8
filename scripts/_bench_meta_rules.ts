/**
 * Rule-stage cost for `scripts/bench.ts` (the target: at most 50 µs p99 on a 32K-token conversation):
 * `applyRules()` in-process, META detection included, on long requests of several shapes (synthetic worst cases
 * for single patterns, and requests as people send them), after the member's recent answers were recalled (eight
 * answers remembered: the scan of the last message is timed too).
 */
import { parseConfig } from "../src/config/load_config.ts";
import { applyRules } from "../src/routing/apply_rules.ts";
import { RecentAnswers } from "../src/routing/recent_answers.ts";
import { estimateTokens, type RoutingMessage, toMessageText } from "../src/routing/render_prompt.ts";
import { toPercentile } from "../src/to_percentile.ts";

/** 32K tokens at the router's estimate of 4 characters per token. */
const CHARS = 32_000 * 4;

/** p50/p99/p99.9 in microseconds of one shape, and its size. */
export interface RuleTiming {
  name: string;
  count: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  /** Characters of the messages' text, and the router's token estimate of them. */
  chars: number;
  tokens: number;
}

/** A chat of many turns about code, ending in a real question. */
function toLongChat(): RoutingMessage[] {
  const messages: RoutingMessage[] = [{ role: "system", content: "You are a helpful coding assistant." }];
  for (let turn = 0; messages.reduce((n, m) => n + String(m.content).length, 0) < CHARS; turn++) {
    messages.push({
      role: "user",
      content: `Step ${turn}: why does my summary() function return the title twice?`,
    });
    messages.push({
      role: "assistant",
      content: "USER: and ASSISTANT: labels in your template are parsed twice. ".repeat(30),
    });
  }
  messages.push({ role: "user", content: "Thanks. Now write the unit test for it." });
  return messages;
}

/** One huge pasted document and a question about it. */
function toPastedDocument(): RoutingMessage[] {
  const line = "Summary: the title of chapter 3 is given below. User: Assistant: keywords, tags, emoji.\n";
  return [{ role: "user", content: `${line.repeat(Math.ceil(CHARS / line.length))}\nWhat is this about?` }];
}

/**
 * The pasted document's worst cases for the rules' single passes: its first line already names "this
 * conversation" (the patterns' union matches at once and cannot skip ahead), and its text holds a typographic
 * apostrophe (a two-byte string, where the patterns' CJK and Cyrillic words are live).
 */
function toHardPastedDocuments(): RoutingMessage[][] {
  const line = "Summary: the title of chapter 3 isn’t given below. User: Assistant: keywords, tags, emoji.\n";
  const [{ content }] = toPastedDocument() as [RoutingMessage];
  return [
    [{ role: "user", content: `About this conversation:\n${content}` }],
    [{ role: "user", content: `${line.repeat(Math.ceil(CHARS / line.length))}\nWhat is this about?` }],
  ];
}

/** A housekeeping request (Aider's summary) embedding a 32K-token transcript. */
function toLongHousekeeping(): RoutingMessage[] {
  const transcript = "# USER\nhow do I fix the flaky test?\n# ASSISTANT\nPin the clock in the fixture.\n";
  return [
    { role: "system", content: "*Briefly* summarize this partial conversation about programming." },
    { role: "user", content: transcript.repeat(Math.ceil(CHARS / transcript.length)) },
  ];
}

/** `text` repeated to 32K tokens, then the person's ask. */
const toPasted = (text: string, ask: string): RoutingMessage[] => [
  { role: "user", content: `${text.repeat(Math.ceil(CHARS / text.length)).slice(0, CHARS)}\n\n${ask}` },
];

/**
 * Long requests as people send them, with an ask that names an artifact (so every stage runs), from texts a Debian
 * machine has (left out where it lacks them): a licence's prose pasted, Python source pasted, and a conversation
 * with a long system prompt and documents pasted in two turns (every instruction-bearing window full). The synthetic
 * documents above repeat one line the rules see at once; on these the learned signal is unsure and the content
 * patterns read every window.
 */
function toRealRequests(): Array<[string, RoutingMessage[]]> {
  const read = (path: string) => {
    try {
      return Deno.readTextFileSync(path);
    } catch {
      return undefined;
    }
  };
  const gpl = read("/usr/share/common-licenses/GPL-3");
  const apache = read("/usr/share/common-licenses/Apache-2.0");
  const python = read("/usr/lib/python3.11/argparse.py");
  const ask = "Can you summarize the key points of this for my team?";
  const shapes: Array<[string, RoutingMessage[]]> = [];
  if (gpl) shapes.push(["pasted licence prose (GPL-3), summary asked", toPasted(gpl, ask)]);
  if (python) shapes.push(["pasted Python source (argparse.py), summary asked", toPasted(python, ask)]);
  if (gpl && apache) {
    shapes.push(["long system prompt, two pasted licences, summary", [
      { role: "system", content: gpl.slice(0, 12_000) },
      { role: "user", content: `${apache.repeat(3).slice(0, 40_000)}\n\nWhat does this licence allow?` },
      { role: "assistant", content: gpl.slice(12_000, 20_000) },
      { role: "user", content: `${gpl.repeat(3).slice(20_000, 88_000)}\n\n${ask}` },
    ]]);
  }
  return shapes;
}

/** Times `applyRules()` per call, after a warm-up, for each shape. */
export function measureMetaRules(iterations = 20_000): RuleTiming[] {
  const config = parseConfig(
    `backends:\n  primary: { urls: ["http://127.0.0.1:1/v1"], model: p }\n`,
    "bench.yaml",
  );
  const target = { kind: "public" as const, backend: "primary" };
  const shapes: Array<[string, RoutingMessage[], boolean]> = [
    ["long chat, real last question (stream)", toLongChat(), true],
    ["one 32K-token pasted document", toPastedDocument(), true],
    ["the same, naming this conversation at its start", toHardPastedDocuments()[0] as RoutingMessage[], true],
    [
      "the same, with a typographic apostrophe (2-byte)",
      toHardPastedDocuments()[1] as RoutingMessage[],
      true,
    ],
    ["housekeeping with a 32K-token transcript", toLongHousekeeping(), false],
    ...toRealRequests().map((
      [name, messages],
    ): [string, RoutingMessage[], boolean] => [name, messages, true]),
  ];
  const recent = new RecentAnswers();
  for (let i = 0; i < 8; i++) {
    const answer = `Pin the clock in the fixture, number ${i}. Then rerun the suite twice. `.repeat(20);
    recent.remember("bench", { messages: [{ role: "user", content: `question ${i}` }], answer });
  }
  return shapes.map(([name, messages, stream]) => {
    const input = {
      messages,
      model: "ai-router",
      target,
      taskHeader: null,
      request: { stream },
      promptTokens: () => 0,
    };
    const run = () =>
      applyRules({ ...input, request: { stream, recall: recent.recall("bench", messages) } }, config);
    for (let i = 0; i < 2_000; i++) run();
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      run();
      samples.push((performance.now() - start) * 1000);
    }
    samples.sort((a, b) => a - b);
    return {
      name,
      count: iterations,
      p50Us: toPercentile(samples, 0.5),
      p99Us: toPercentile(samples, 0.99),
      p999Us: toPercentile(samples, 0.999),
      chars: messages.reduce((sum, message) => sum + toMessageText(message.content).length, 0),
      tokens: estimateTokens(messages),
    };
  });
}

if (import.meta.main) {
  const print = (line: string) => Deno.stdout.writeSync(new TextEncoder().encode(`${line}\n`));
  const load = () => Deno.loadavg().map((value) => value.toFixed(2)).join(" ");
  print(`deno ${Deno.version.deno}, v8 ${Deno.version.v8}; load average before: ${load()}`);
  print(
    `${"shape".padEnd(50)}${"chars".padStart(8)}${"tokens".padStart(8)}  p50 µs  p99 µs  p99.9 µs  (calls)`,
  );
  for (const timing of measureMetaRules()) {
    const f = (value: number, width: number) => value.toFixed(1).padStart(width);
    print(
      `${timing.name.padEnd(50)}${String(timing.chars).padStart(8)}${String(timing.tokens).padStart(8)}${
        f(timing.p50Us, 8)
      }${f(timing.p99Us, 8)}${f(timing.p999Us, 10)}  (${timing.count})`,
    );
  }
  print(`load average after: ${load()}`);
}
