/**
 * A SIMULATION of the judge model of `ai-router review --judge` and `ai-router improve`, grading by rules it
 * can explain so tests know what to expect:
 *
 * - Its label for a request is the first `JUDGE_RULES` entry matching the request, else the demo
 *   classifier's keyword label; the route was right when it equals that label.
 * - The answer is poor when it is empty or was cut off (`finish_reason` "length").
 * - ENRICH context helped when it has at least one `- ` bullet line.
 * - As the proposer, it adds to the judge label's bullet of the routing prompt the phrase its reason quotes
 *   (`precise`), or the request's first word (`overreach`, a proposal that moves other requests too).
 */
import { chooseByKeywords } from "./simulated_routing.ts";

/** Phrases the keyword classifier misses but the judge knows, with the label they call for. */
const JUDGE_RULES: ReadonlyArray<readonly [string, RegExp, string]> = [
  [
    "ENRICH",
    /\b(exchange rate|stock price|election results?|weekend forecast|release date)\b/i,
    "changes daily",
  ],
  ["COMPLEX", /\b(lemma|irrational|asymptotic|np-hard)\b/i, "needs careful reasoning"],
];

/** How the simulated proposer changes the prompt. */
export type ProposalStyle = "precise" | "overreach";

type Reply = (body: Record<string, unknown>, model: string) => string;
type Message = { role?: string; content?: unknown };

/** A section of the rendered session (`REQUEST:`, `ENRICH CONTEXT:`, `ANSWER (…):`), up to the next one. */
function readSection(text: string, name: string): string {
  const start = text.indexOf(`\n${name}`);
  if (start < 0) return "";
  const body = text.slice(text.indexOf("\n", start + 1) + 1);
  const end = body.search(/\n\n(ENRICH CONTEXT|ANSWER \(finish_reason [^)]*\)):\n/);
  return (end < 0 ? body : body.slice(0, end)).trim();
}

/** The simulated judge's verdict on a rendered session (see `src/review/judge_session.ts`). */
export function gradeSession(system: string, session: string): Record<string, unknown> {
  const labels = (/routes: ([A-Z0-9_, ]+)\./.exec(system)?.[1] ?? "SIMPLE").split(/,\s*/);
  const route = /^ROUTE: (\S+)/m.exec(session)?.[1] ?? "";
  const request = readSection(session, "REQUEST");
  const lastUser = request.split(/\n\n(?=[A-Z]+: )/).reverse().find((turn) => turn.startsWith("USER: ")) ??
    request;
  const rule = JUDGE_RULES.find(([label, pattern]) => labels.includes(label) && pattern.test(lastUser));
  const phrase = rule ? rule[1].exec(lastUser)?.[0] : undefined;
  const label = rule?.[0] ?? chooseByKeywords({ messages: [{ content: lastUser }] }, labels).label;
  const answer = readSection(session, "ANSWER");
  const cut = /^ANSWER \(finish_reason length\):/m.test(session);
  const context = readSection(session, "ENRICH CONTEXT");
  const reason = route === label
    ? `the route fits: ${label} is the judge's label too`
    : rule
    ? `the request asks about "${phrase}", which ${rule[2]}: ${label}`
    : `by the judge's keywords the request is ${label}, not ${route}`;
  return {
    label,
    routeOk: route === label,
    answerOk: answer !== "" && answer !== "(none)" && !cut,
    enrichHelped: route === "ENRICH" ? /^- /m.test(context) : null,
    reason,
  };
}

/** Adds `"phrase"` to the end of the bullet for `label` in a routing prompt. */
function addPhrase(prompt: string, { label, phrase }: { label: string; phrase: string }): string {
  const lines = prompt.split("\n");
  const start = lines.findIndex((line) => new RegExp(`^\\s*-\\s+${label}\\b[^:]*:`).test(line));
  if (start < 0) return prompt;
  let end = start;
  while (end + 1 < lines.length && lines[end + 1]?.trim() !== "" && !/^\s*-\s/.test(lines[end + 1] ?? "")) {
    end++;
  }
  lines[end] = `${lines[end]} Also "${phrase}".`;
  return lines.join("\n");
}

/** The simulated proposer: the current prompt with one phrase added per misroute. */
export function proposePrompt(request: string, style: ProposalStyle): string {
  let prompt = /<current_prompt>\n([\s\S]*?)\n<\/current_prompt>/.exec(request)?.[1] ?? "";
  const added: string[] = [];
  for (const item of request.matchAll(/should be ([A-Z0-9_]+): (.*)\n\s+request: (.*)/g)) {
    const [, label = "", reason = "", text = ""] = item;
    const phrase = style === "precise"
      ? /"([^"]+)"/.exec(reason)?.[1]
      : /[A-Za-z']+/.exec(text)?.[0]?.toLowerCase();
    if (!phrase || added.includes(phrase)) continue;
    prompt = addPhrase(prompt, { label, phrase });
    added.push(phrase);
  }
  return `<prompt>\n${prompt}\n</prompt>\nAdded ${added.map((p) => `"${p}"`).join(", ") || "nothing"}.`;
}

/** A `SimulatorBehaviour.reply` that answers the judge and proposer prompts and passes anything else on. */
export function createJudgeReply(options: { style: ProposalStyle; otherwise: Reply }): Reply {
  return (body, model) => {
    const messages = Array.isArray(body.messages) ? body.messages as Message[] : [];
    const system = String(messages.find((message) => message.role === "system")?.content ?? "");
    const user = String(messages.at(-1)?.content ?? "");
    if (/You grade one routed request/.test(system)) return JSON.stringify(gradeSession(system, user));
    if (/You improve the routing prompt/.test(system)) return proposePrompt(user, options.style);
    return options.otherwise(body, model);
  };
}
