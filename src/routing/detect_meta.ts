import { type RoutingMessage, toMessageText } from "./render_prompt.ts";

/** What {@linkcode detectMeta} looks at. */
export interface MetaInput {
  messages: readonly RoutingMessage[];
  model: string | undefined;
  /** Value of the configured task header (e.g. `X-OpenWebUI-Task`), if sent. */
  taskHeader: string | null | undefined;
  /** Model ids that mark task requests (Open WebUI's dedicated External Task Model). */
  taskModels: readonly string[];
}

/** Open WebUI task templates (CLIENTS.md §2.2): each needs the task frame as well, never a bare `### Task:`. */
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
/** `DEFAULT_RAG_TEMPLATE`: a real chat turn that happens to start with `### Task:` (CLIENTS.md §2.5). */
const OPEN_WEBUI_RAG = /respond to the user query using the provided context/i;
const TOOL_SELECTION = /Available Tools:[\s\S]*choose and return the correct tool/i;

/** Other clients' META phrases (CLIENTS.md §6, §7); they may sit in the first or the last message. */
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

function matchOpenWebUiTask(text: string): string | undefined {
  if (OPEN_WEBUI_RAG.test(text)) return undefined;
  const unframed = OPEN_WEBUI_UNFRAMED.find(([, pattern]) => pattern.test(text))?.[0];
  if (unframed || !OPEN_WEBUI_FRAME.test(text)) return unframed;
  return OPEN_WEBUI_TASKS.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * Recognises client-generated (META) requests, in the order of CLIENTS.md §8.5: the explicit task
 * header or task model, Open WebUI task phrases, tool selection, other clients' phrases, FIM tokens.
 * Returns the name of the marker that matched, or undefined for a real chat turn.
 */
export function detectMeta(input: MetaInput): string | undefined {
  if (input.taskHeader && input.taskHeader.trim() !== "") return "task-header";
  if (input.model !== undefined && input.taskModels.includes(input.model)) return "task-model";
  const { messages } = input;
  const first = messages[0];
  const last = messages.at(-1);
  const ends = first === last ? [first] : [first, last];
  const texts = ends.filter((m): m is RoutingMessage => m !== undefined).map((m) => toMessageText(m.content));
  for (const text of texts) {
    const task = matchOpenWebUiTask(text);
    if (task) return task;
  }
  if (texts.some((text) => TOOL_SELECTION.test(text))) return "tool-selection";
  for (const [rule, pattern] of CLIENT_PHRASES) {
    if (texts.some((text) => pattern.test(text))) return rule;
  }
  if (texts.some((text) => FIM.test(text))) return "fim";
  return undefined;
}
