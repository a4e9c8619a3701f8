/**
 * A SIMULATION of a routing classifier and a search-enabled cloud, for the demo and tests: labels come
 * from keywords in the last user turn, not from a model. Real routing quality comes from the real
 * classifier and `prompts/routing/system.md`; `ai-router eval` measures it.
 */

/** Keyword rules, checked in order; the first that matches and is offered picks the label. */
const KEYWORD_LABELS: ReadonlyArray<readonly [string, RegExp]> = [
  ["ENRICH", /\b(news|today|tonight|latest|current(ly)?|right now|this week|price of|weather|score)\b/i],
  ["COMPLEX", /\b(prove|proof|theorem|research[- ]level|rigorous|derive|conjecture|formal verification)\b/i],
  ["CODE", /\b(code|function|script|debug|refactor|compile|typescript|python|bug)\b/i],
  [
    "MODERATE",
    /\b(explain|why|how (do|does|can|to)|code|function|script|debug|write|summari[sz]e|compare)\b/i,
  ],
];

/** The last user turn of the conversation the router renders for its classifier. */
export function toClassifierText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? body.messages as Array<{ content?: unknown }> : [];
  const text = String(messages.at(-1)?.content ?? "");
  // The router sends the conversation as "ROLE: text" blocks; judge the last user turn.
  const turns = text.split(/\n\n(?=[A-Z]+: )/);
  return [...turns].reverse().find((turn) => turn.startsWith("USER: ")) ?? text;
}

/** Picks a label for `structured_outputs.choice` from keywords; `logprob` -0.05 ≈ confidence 0.95 on a keyword, -0.2 ≈ 0.82 otherwise. */
export function chooseByKeywords(
  body: Record<string, unknown>,
  choices: string[],
): { label: string; logprob: number } {
  const text = toClassifierText(body);
  for (const [label, pattern] of KEYWORD_LABELS) {
    if (pattern.test(text) && choices.includes(label)) return { label, logprob: -0.05 };
  }
  // Never META, even when offered: in the demo, META comes from the rules alone (docs/routing.md).
  const fallback = choices.includes("SIMPLE")
    ? "SIMPLE"
    : choices.find((choice) => choice !== "META") ?? "SIMPLE";
  return { label: fallback, logprob: -0.2 };
}

/** The simulators' answer to anything they do not special-case. */
type Reply = (body: Record<string, unknown>, model: string) => string;

function readConversation(body: Record<string, unknown>) {
  const messages = Array.isArray(body.messages)
    ? body.messages as Array<{ role?: string; content?: unknown }>
    : [];
  return { messages, system: messages.find((message) => message.role === "system")?.content };
}

/** The simulated cloud: bullet "facts" when asked for enrichment context, else a normal answer. */
export function replyAsCloud(
  body: Record<string, unknown>,
  { model, reply }: { model: string; reply: Reply },
): string {
  const { system } = readConversation(body);
  if (typeof system === "string" && /gather current facts/i.test(system)) {
    const date = new Date().toISOString().slice(0, 10);
    return `- (${date}, simulated source) A simulated headline relevant to the question.\n` +
      `- (${date}, simulated source) A second simulated fact with a number: 42.\n` +
      "- (simulated) These facts come from the simulator, not from a search.";
  }
  return reply(body, model);
}

/** The JSON a client's housekeeping task asks for, keyed by a phrase of its template. */
const META_REPLIES: ReadonlyArray<readonly [RegExp, unknown]> = [
  [/\btitle\b/i, { title: "🧪 Simulated chat title" }],
  [/\btags\b/i, { tags: ["Simulation", "Demo"] }],
  [/follow-up questions/i, { "follow_ups": ["What else can the router do?", "How is this routed?"] }],
  [/search queries/i, { queries: ["simulated search query"] }],
];

/**
 * The simulated local model: for the META system prompt (client housekeeping) it answers the JSON the
 * task asks for, wrapped in a `<think>` block as a reasoning model might, so the demo shows the router
 * cleaning it; anything else gets `reply`.
 */
export function replyAsLocal(
  body: Record<string, unknown>,
  { model, reply }: { model: string; reply: Reply },
): string {
  const { messages, system } = readConversation(body);
  if (typeof system !== "string" || !/housekeeping tasks/i.test(system)) return reply(body, model);
  const task = String(messages.at(-1)?.content ?? "");
  const match = META_REPLIES.find(([pattern]) => pattern.test(task));
  return `<think>The task wants JSON only.</think>${
    JSON.stringify(match ? match[1] : { text: "simulated" })
  }`;
}
