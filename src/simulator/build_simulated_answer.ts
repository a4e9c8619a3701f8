import type { ServerTraits } from "./simulated_server.ts";
import {
  defaultReply,
  type SimulatedAnswer,
  type SimulatedToolCall,
  toTokens,
} from "./simulated_completion.ts";
import { toSchemaValue } from "./simulated_schema_value.ts";
import { answerJsonObject, answerTaskPrompt } from "./simulated_tasks.ts";

type Json = Record<string, unknown>;

/** The parts of the simulator's behaviour an answer depends on. */
export interface AnswerBehaviour {
  reply: (body: Json, model: string) => string;
  choose: (body: Json, choices: string[]) => { label: string; logprob: number };
  reasoning: boolean;
  answerInReasoning: boolean;
}

/** The label choices the request constrains the answer to, as the simulated version reads them. */
function readChoices(body: Json, traits: ServerTraits): string[] | undefined {
  const structured = (body.structured_outputs as { choice?: unknown } | undefined)?.choice;
  if (traits.structuredOutputs && Array.isArray(structured) && structured.length > 0) {
    return structured.map(String);
  }
  const guided = body.guided_choice;
  if (traits.guidedChoice && Array.isArray(guided) && guided.length > 0) return guided.map(String);
  return undefined;
}

/** The JSON schema of `response_format` (or vLLM's `structured_outputs.json`), when the request has one. */
function readSchema(body: Json, traits: ServerTraits): Json | undefined {
  const format = body.response_format as { type?: string; json_schema?: { schema?: Json } } | undefined;
  if (format?.type === "json_schema") return format.json_schema?.schema ?? {};
  const structured = (body.structured_outputs as { json?: unknown } | undefined)?.json;
  if (traits.structuredOutputs && structured && typeof structured === "object") return structured as Json;
  return undefined;
}

/** The last user message's text. */
function toLastUserText(body: Json): string {
  const messages = Array.isArray(body.messages) ? body.messages as Json[] : [];
  const content = [...messages].reverse().find((m) => m.role === "user")?.content;
  if (typeof content === "string") return content;
  return Array.isArray(content) ? content.map((p) => (p as { text?: string }).text ?? "").join(" ") : "";
}

/**
 * The tools the model calls, if any: `tool_choice` "none" forbids it, a named function forces that one, and
 * "auto"/"required" (or none given) call the first tool. With parallel calls allowed (`parallel_tool_calls`
 * is true unless sent false), a question that names several tools calls each of them, and a question that
 * asks the one tool about several things ("in Paris and in London") calls it once for each, as models do.
 * After a tool result the model answers in prose, as a real one does, so agent loops end.
 */
function pickTools(body: Json): { tool: Json; about?: string }[] {
  // Only function tools are the model's to call; server-side tools (xAI's web_search) run on the server.
  const tools = (Array.isArray(body.tools) ? body.tools as Json[] : []).filter((tool) =>
    tool.type === "function"
  );
  const messages = Array.isArray(body.messages) ? body.messages as Json[] : [];
  if (tools.length === 0 || body.tool_choice === "none" || messages.at(-1)?.role === "tool") return [];
  const fn = (tool: Json) => (tool.function ?? {}) as Json;
  const named = (body.tool_choice as { function?: { name?: string } } | undefined)?.function?.name;
  if (named) return tools.filter((tool) => fn(tool).name === named).map((tool) => ({ tool }));
  if (body.parallel_tool_calls === false) return [{ tool: tools[0] as Json }];
  const question = toLastUserText(body);
  const mentioned = tools.filter((tool) => question.includes(String(fn(tool).name)));
  if (mentioned.length > 1) return mentioned.map((tool) => ({ tool }));
  const parts = question.split(/,|\band\b|\bund\b|\bet\b|\by\b/i).map((p) => p.trim()).filter((p) =>
    p.length > 1
  );
  const tool = mentioned[0] ?? tools[0] as Json;
  if (parts.length < 2) return [{ tool }];
  return parts.map((part) => ({ tool, about: toSubject(part) }));
}

/** What a part of a question is about: the words after its last preposition ("the weather in Paris" → "Paris"). */
function toSubject(part: string): string {
  const clean = part.replace(/[?.!]+$/, "").trim();
  return clean.match(/\b(?:in|for|of|about|at|to)\s+([^,]+)$/i)?.[1]?.trim() ?? clean;
}

/** A call with schema-valid arguments; the first string argument names what the call is `about`. */
function toToolCall(pick: { tool: Json; about?: string }, id: string): SimulatedToolCall {
  const fn = (pick.tool.function ?? {}) as { name?: string; parameters?: Json };
  const args = toSchemaValue(fn.parameters ?? { type: "object", properties: {} }) as Json;
  if (pick.about && args && typeof args === "object") {
    const key = Object.keys(args).find((k) => typeof args[k] === "string");
    if (key) args[key] = pick.about;
  }
  return { id, name: String(fn.name ?? ""), arguments: JSON.stringify(args) };
}

/**
 * The answer's text: a schema's value, a JSON object using the instruction's keys (`json_object`), Open WebUI's
 * task replies for the default reply, or the reply; choices after the first (`n`) differ as samples do.
 */
function toAnswerText(
  body: Json,
  options: { model: string; behaviour: AnswerBehaviour; traits: ServerTraits; choice?: number },
): string {
  const { model, behaviour, traits, choice = 0 } = options;
  const schema = readSchema(body, traits);
  if (schema) return JSON.stringify(toSchemaValue(schema));
  if ((body.response_format as { type?: string } | undefined)?.type === "json_object") {
    return answerJsonObject(body);
  }
  // Only the default reply answers tasks: a test that gives its own reply (even after start) gets that reply.
  const task = behaviour.reply === defaultReply ? answerTaskPrompt(body) : undefined;
  const text = task ?? behaviour.reply(body, model);
  return choice > 0 && !task ? `${text} (sample ${choice + 1})` : text;
}

/** Builds what the simulated model answers to one request, under the traits of the server it plays. */
export function buildSimulatedAnswer(
  body: Json,
  options: {
    model: string;
    behaviour: AnswerBehaviour;
    traits: ServerTraits;
    callId: string;
    choice?: number;
  },
): SimulatedAnswer {
  const answer = buildContentAnswer(body, options);
  if (!options.behaviour.answerInReasoning || answer.toolCalls) return answer;
  return { ...answer, tokens: [], reasoning: [...answer.reasoning, ...answer.tokens] };
}

function buildContentAnswer(
  body: Json,
  options: {
    model: string;
    behaviour: AnswerBehaviour;
    traits: ServerTraits;
    callId: string;
    choice?: number;
  },
): SimulatedAnswer {
  const { behaviour, traits } = options;
  const choices = readChoices(body, traits);
  if (choices) {
    const { label, logprob } = behaviour.choose(body, choices);
    return { tokens: [label], reasoning: [], finishReason: "stop", logprob };
  }
  const picked = pickTools(body);
  if (picked.length > 0) {
    return {
      tokens: [],
      reasoning: [],
      finishReason: "tool_calls",
      toolCalls: picked.map((pick, i) =>
        toToolCall(pick, i === 0 ? options.callId : `${options.callId}_${i}`)
      ),
    };
  }
  let tokens = toTokens(toAnswerText(body, options));
  // Reasoning is a chat feature (the reasoning parser splits chat output); legacy completions have none.
  const thinking = behaviour.reasoning && Array.isArray(body.messages) &&
    (body.chat_template_kwargs as { enable_thinking?: boolean } | undefined)?.enable_thinking !== false;
  const reasoning = thinking ? toTokens("Let me think about what is being asked before answering.") : [];
  const limit = Number(body.max_tokens ?? body.max_completion_tokens ?? Infinity);
  const cut = tokens.length + reasoning.length > limit;
  if (cut) tokens = tokens.slice(0, Math.max(0, limit - reasoning.length));
  return { tokens, reasoning, finishReason: cut ? "length" : "stop" };
}
