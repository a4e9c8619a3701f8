/**
 * The rules of the four first-studied clients (Open WebUI, Continue, Chatbox, NextChat; docs/decisions.md, "META
 * rules") and the raw FIM markers: their own prompts' words, matched before anything general.
 */
import { matchNextChatPrompt } from "./nextchat_locale_prompts.ts";
import { testFrom, toGateStart, toPhraseGate } from "./meta_scan.ts";

/** Open WebUI task templates (open-webui `backend/open_webui/config.py`, the `DEFAULT_*_PROMPT_TEMPLATE` constants): each needs the task frame as well, never a bare `### Task:`. */
const OPEN_WEBUI_TASKS: ReadonlyArray<readonly [string, RegExp]> = [
  ["openwebui-title", /generate a concise,? (?:3-5 word )?title|RESPOND ONLY WITH THE TITLE TEXT/i],
  ["openwebui-tags", /generate 1-3 broad tags/i],
  ["openwebui-follow-ups", /relevant follow-up questions/i],
  ["openwebui-queries", /necessity of generating search queries/i],
  ["openwebui-autocomplete", /you are an autocompletion system/i],
  ["openwebui-image-prompt", /prompt for an? image generation|prompt for am image generation/i],
  ["openwebui-document-suggestions", /generate 3-5 insightful questions/i],
  ["openwebui-compaction", /history that will be compacted/i],
];

/** The two Open WebUI templates without the `### Task:` frame, matched on longer phrases instead. */
const OPEN_WEBUI_UNFRAMED: ReadonlyArray<readonly [string, RegExp]> = [
  ["openwebui-emoji", /likely facial expression through a fitting emoji/i],
  ["openwebui-moa", /responses from various models to the latest user query/i],
];

/** Open WebUI's frame around a task: the `### Task:` heading or the `<chat_history>` block. */
const OPEN_WEBUI_FRAME = /### Task:|<chat_history>|### Chat History:/i;
/** `DEFAULT_RAG_TEMPLATE`: a real chat turn that happens to start with `### Task:` (open-webui `backend/open_webui/config.py`; docs/decisions.md, "META rules"). */
const OPEN_WEBUI_RAG = /respond to the user query using the provided context/i;
const TOOL_SELECTION = /Available Tools:[\s\S]*choose and return the correct tool/i;

/** Other clients' META phrases (Continue's, Chatbox's and NextChat's own prompts); they may sit in the first or the last message. */
const CLIENT_PHRASES: ReadonlyArray<readonly [string, RegExp]> = [
  ["continue-title", /title for the chat that is 3-4 words/i],
  ["continue-compaction", /create a comprehensive summary of this conversation/i],
  ["chatbox-title", /give this conversation a name/i],
  ["chatbox-search", /who can access latest data/i],
  ["nextchat-title", /four to five word title/i],
  ["nextchat-summary", /summarize the discussion briefly in 200 words/i],
];

/** Raw FIM prompts (Continue autocomplete sent to chat) and the chat-model hole filler. */
const FIM = /<\|fim_prefix\|>|<fim_prefix>|\[SUFFIX\][\s\S]*\[PREFIX\]|You are a HOLE FILLER/;

/** The RAG template and the tasks are not in the gate (they need the frame, which is): tried from the start. */
function matchOpenWebUiTask(text: string, from: number): string | undefined {
  if (OPEN_WEBUI_RAG.test(text)) return undefined;
  const unframed = OPEN_WEBUI_UNFRAMED.find(([, pattern]) => testFrom(pattern, { text, from }))?.[0];
  if (unframed || !testFrom(OPEN_WEBUI_FRAME, { text, from })) return unframed;
  return OPEN_WEBUI_TASKS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** Everything the studied clients' rules and the FIM markers look for, in one pass that rules them all out. */
const STUDIED_GATE = toPhraseGate([
  OPEN_WEBUI_FRAME,
  ...OPEN_WEBUI_UNFRAMED.map(([, pattern]) => pattern),
  /Available Tools:/,
  ...CLIENT_PHRASES.map(([, pattern]) => pattern),
  FIM,
]);

/** Those rules in order, on the instruction windows, each tried from where the gate first matched in a window. */
function matchInOrder(texts: readonly string[], starts: readonly number[]): string | undefined {
  const from = (index: number) => starts[index] as number;
  for (const [index, text] of texts.entries()) {
    const task = matchOpenWebUiTask(text, from(index));
    if (task) return task;
  }
  if (texts.some((text, index) => testFrom(TOOL_SELECTION, { text, from: from(index) }))) {
    return "tool-selection";
  }
  for (const [rule, pattern] of CLIENT_PHRASES) {
    if (texts.some((text, index) => testFrom(pattern, { text, from: from(index) }))) return rule;
  }
  return undefined;
}

/**
 * The marker of the first studied client's rule (or `fim`) that matches the instruction windows. The gate holds
 * every one of them: where it finds nothing, none of them can match, and nothing else runs.
 */
export function matchStudiedClients(windows: readonly string[]): string | undefined {
  const localized = matchNextChatPrompt(windows.at(-1));
  if (localized) return localized;
  const starts = windows.map((text) => toGateStart(STUDIED_GATE, text));
  if (starts.every((start) => start === Infinity)) return undefined;
  const studied = matchInOrder(windows, starts);
  if (studied) return studied;
  return windows.some((text, index) => testFrom(FIM, { text, from: starts[index] as number }))
    ? "fim"
    : undefined;
}
