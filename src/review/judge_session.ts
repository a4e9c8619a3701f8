import { z } from "zod";
import type { Backend } from "../backends/backend.ts";
import { getPromptText } from "../config/load_prompts.ts";
import { redact } from "../logs/redact.ts";
import type { SessionLogEntry } from "../logs/session_log_entry.ts";
import { renderConversation, renderTemplate, type RoutingMessage } from "../routing/render_prompt.ts";
import type { RouterState } from "../router_state.ts";
import { callJudgeModel, type JudgeAnswer } from "./call_judge_model.ts";

/** What the judge said about one session. */
export interface JudgeVerdict {
  label: string;
  routeOk: boolean;
  answerOk: boolean;
  enrichHelped: boolean | null;
  reason: string;
}

/** Bounds on what one session shows the judge: the request's end, the context and the answer's start. */
const REQUEST_CHARS = 6_000;
const CONTEXT_CHARS = 2_000;
const ANSWER_CHARS = 3_000;
/** A verdict is one short JSON object. */
export const JUDGE_REPLY_TOKENS = 300;

const verdictSchema = z.object({
  label: z.string(),
  routeOk: z.boolean(),
  answerOk: z.boolean(),
  enrichHelped: z.boolean().nullable().default(null),
  reason: z.string().default(""),
});

/** The messages a session log kept (already redacted by the writer), or its query when it kept none. */
export function toSessionMessages(entry: SessionLogEntry): RoutingMessage[] {
  const messages = entry.client_messages.filter((m): m is RoutingMessage =>
    typeof m === "object" && m !== null && typeof (m as { role?: unknown }).role === "string"
  );
  return messages.length > 0 ? messages : [{ role: "user", content: entry.user_query }];
}

/**
 * The session as the judge reads it. Everything passes through `redact()` again, as the session log did, so
 * a log written by an older version or edited by hand sends no credential or inline image to the judge.
 */
export function renderSession(entry: SessionLogEntry): string {
  const messages = redact(toSessionMessages(entry)) as RoutingMessage[];
  const request =
    renderConversation(messages, { maxChars: REQUEST_CHARS, truncationNote: "[earlier turns cut]" }).text;
  const enrich = entry.steps.filter((s) => s.step === "enrich").at(-1);
  const answer = entry.steps.filter((s) => s.step === "answer" && s.status >= 200 && s.status < 300).at(-1);
  const cut = (text: string | undefined, max: number) =>
    String(redact(text ?? "")).slice(0, max).trim() || "(none)";
  return [
    `ROUTE: ${entry.route}`,
    `CONFIDENCE: ${entry.confidence ?? "n/a"}`,
    "",
    `REQUEST:\n${request}`,
    "",
    `ENRICH CONTEXT:\n${cut(enrich?.response_content, CONTEXT_CHARS)}`,
    "",
    `ANSWER (finish_reason ${answer?.finish_reason ?? "none"}):\n${
      cut(answer?.response_content, ANSWER_CHARS)
    }`,
  ].join("\n");
}

/** The judge's system prompt: `prompts/review/judge.md` with the labels and the routing prompt in force. */
export function renderJudgePrompt(state: RouterState): string {
  const labels = state.config.routing.labels.join(", ");
  const routing = getPromptText(state.prompts, "routing/system.md").replaceAll("{{labels}}", labels);
  return renderTemplate(getPromptText(state.prompts, "review/judge.md"), {
    labels,
    "routing_prompt": routing,
  });
}

/** Reads the judge's JSON (the first `{…}` of the reply); throws a `SyntaxError` naming what was wrong. */
export function readJudgeVerdict(text: string, labels: readonly string[]): JudgeVerdict {
  const json = /\{[\s\S]*\}/.exec(text)?.[0];
  if (!json) throw new SyntaxError("the judge answered no JSON object");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new SyntaxError("the judge's JSON does not parse"); // V8's message would quote the reply
  }
  const parsed = verdictSchema.safeParse(value);
  if (!parsed.success) {
    throw new SyntaxError(`the judge's JSON lacks ${parsed.error.issues[0]?.path.join(".")}`);
  }
  const label = parsed.data.label.trim().toUpperCase();
  if (!labels.includes(label)) throw new SyntaxError(`the judge chose "${label}", not one of the labels`);
  return { ...parsed.data, label };
}

/** Has the judge grade one session. */
export async function judgeSession(
  backend: Backend,
  request: { system: string; entry: SessionLogEntry; labels: readonly string[] },
): Promise<{ verdict: JudgeVerdict; tokens: JudgeAnswer["tokens"] }> {
  const answer = await callJudgeModel(backend, {
    system: request.system,
    user: renderSession(request.entry),
    maxTokens: JUDGE_REPLY_TOKENS,
    requestId: `review-${request.entry.id}`,
  });
  return { verdict: readJudgeVerdict(answer.text, request.labels), tokens: answer.tokens };
}
