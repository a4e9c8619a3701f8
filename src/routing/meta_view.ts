/**
 * What the META features read from a request, built in bounded time: windows (head and tail) of the
 * messages that carry a client's instruction (system messages, the first and the last message), so a
 * 32K-token conversation costs the same as a short one (`deno task bench`, "META rule stage").
 */
import { type RoutingMessage, toMessageText } from "./render_prompt.ts";
import type { Recall } from "./recent_answers.ts";

/** Characters kept from the start and from the end of each instruction-bearing message. */
const WINDOW = 1000;
/** Characters of a message's end searched for an output slot (`Title:`, `Standalone question:`). */
const TAIL = 120;
/** At most this many system messages are read (instructions sit in the first ones). */
const MAX_SYSTEMS = 3;

/** Request fields besides the messages that the features weigh. */
export interface MetaRequestSignals {
  /** What the request shares with the member's recent answers (`RecentAnswers.recall`), when known. */
  recall?: Recall;
  stream?: boolean | null | undefined;
  maxTokens?: number | null | undefined;
  responseFormat?: unknown;
}

/** The bounded view of a request. */
export interface MetaView {
  /** Head-and-tail windows of the instruction-bearing messages (known phrases and features read these). */
  windows: string[];
  /** The windows joined. */
  instructionText: string;
  /** Ends of those messages, where templates leave an output slot. */
  lastTails: string[];
  /** Window of the last user message (a user's own framing lives there). */
  lastUserWindow: string;
  /** Window of the last message (a template's specification, when it is one). */
  lastWindow: string;
  /** Windows of the leading system messages. */
  systemWindows: string[];
  /** Characters of those system messages, whole (an app's long persona prompt shows in its length). */
  systemChars: number;
  /** Characters of the last message, whole, when it is a user's (a person's turn is short); else undefined. */
  lastUserChars: number | undefined;
  /**
   * The messages before the last repeat a conversation the router just answered (found by the caller from
   * hashes of recent requests and answers, see `recent_answers.ts`): the compaction shape.
   */
  repeatsConversation: boolean;
  /** Share of a recent answer quoted in the last message, and that message's own characters. */
  echo: number;
  ownChars: number;
  /** Lengths of assistant turns before the last message (few-shot examples are one-liners). */
  priorAssistantLengths: number[];
  /** The last message is a system instruction after at least two conversation turns. */
  trailingInstruction: boolean;
  /** The last message is a user message after at least two conversation turns. */
  askAfterHistory: boolean;
  stream: boolean;
  maxTokens: number | undefined;
  /** `response_format` as JSON when it carries a schema, cut to a few KB. */
  schemaText: string | undefined;
}

/** How far before the tail window a seam (the end of an embedded block) is looked for. */
const SEAM_REACH = 8000;

/**
 * Head and tail of a long message, plus the text after the last block that closes before the tail: clients
 * put their instruction between an embedded transcript (`</history>`, `</EVENT>`, a fence) and a trailing
 * block (tools, a schema), where neither end of the message shows it. The seam is looked for in a bounded
 * reach, so the cost does not grow with the message.
 */
function toWindow(text: string): string {
  if (text.length <= 2 * WINDOW) return text;
  const end = text.length - WINDOW;
  const seam = findLastSeam(text, { from: Math.max(WINDOW, end - SEAM_REACH), to: end });
  const middle = seam < 0 ? "" : `\n${text.slice(seam, Math.min(seam + WINDOW, end))}`;
  return `${text.slice(0, WINDOW)}${middle}\n${text.slice(-WINDOW)}`;
}

/** Any seam; the regexp engine scans for `<` and newlines faster than three `lastIndexOf` calls do. */
const SEAM = /<\/|\n```|\n---/;
/** Characters per step of the backward search for the last seam. */
const SEAM_STEP = 1024;

/** Marks found after another character (a table ruled with dashes) before the reach is left to `SEAM`. */
const MARK_TRIES = 4;

/**
 * Whether `mark` (three characters) follows a newline somewhere wholly in `text[from, to)`; undefined after
 * `MARK_TRIES` marks that do not, so that a run of dashes costs no loop of its own.
 */
function hasLineMark(
  text: string,
  mark: string,
  { from, to }: { from: number; to: number },
): boolean | undefined {
  let tries = 0;
  for (let at = text.indexOf(mark, from + 1); at >= 0 && at + 3 <= to; at = text.indexOf(mark, at + 3)) {
    if (text.charCodeAt(at - 1) === 10) return true;
    // The two marks that overlap this one follow one of its own characters, not a newline.
    if (++tries === MARK_TRIES) return undefined;
  }
  return false;
}

/**
 * Whether any seam lies wholly in `text[from, to)`. Without a `<` in the reach (a pasted document, a transcript):
 * `indexOf` of a fence's backticks and a rule's dashes, which the engine finds by those rare characters, where
 * `SEAM` over the reach stopped at every newline as well (the reach is four times a window: a twentieth of the
 * rule stage on a pasted document). With one, `SEAM` as before: `indexOf("</")` stops at every `<`, and text dense
 * with them (code, markup) took it twice as long as `SEAM`.
 */
function hasSeam(text: string, reach: { from: number; to: number }): boolean {
  const angle = text.indexOf("<", reach.from);
  if (angle >= 0 && angle + 2 <= reach.to) return SEAM.test(text.slice(reach.from, reach.to));
  const fence = hasLineMark(text, "```", reach);
  const rule = fence === false ? hasLineMark(text, "---", reach) : fence;
  return rule ?? SEAM.test(text.slice(reach.from, reach.to));
}

/**
 * Where the last seam (`</`, a fence, a `---` rule) that lies wholly in `text[from, to)` starts, or -1: the
 * reach is searched in steps from its end, each step overlapping the next by a seam's length less one.
 */
export function findLastSeam(text: string, { from, to }: { from: number; to: number }): number {
  if (!hasSeam(text, { from, to })) return -1;
  for (let stepEnd = to; stepEnd > from; stepEnd -= SEAM_STEP) {
    const stepStart = Math.max(from, stepEnd - SEAM_STEP - 3);
    const step = text.slice(stepStart, stepEnd);
    if (!SEAM.test(step)) continue;
    return stepStart + Math.max(step.lastIndexOf("</"), step.lastIndexOf("\n```"), step.lastIndexOf("\n---"));
  }
  return -1;
}

const isSystem = (message: RoutingMessage) => message.role === "system" || message.role === "developer";

/** Picks the instruction-bearing messages: the first system messages, the first other message, the last one. */
function pickInstructionMessages(messages: readonly RoutingMessage[]): RoutingMessage[] {
  const picked: RoutingMessage[] = [];
  let systems = 0;
  let firstOther: RoutingMessage | undefined;
  for (const message of messages) {
    if (isSystem(message)) {
      if (systems++ < MAX_SYSTEMS) picked.push(message);
    } else {
      firstOther = message;
      break;
    }
  }
  if (firstOther) picked.push(firstOther);
  const last = messages.at(-1);
  if (last && !picked.includes(last)) picked.push(last);
  return picked;
}

function toSchemaText(responseFormat: unknown): string | undefined {
  if (typeof responseFormat !== "object" || responseFormat === null) return undefined;
  if ((responseFormat as { type?: unknown }).type !== "json_schema") return undefined;
  return JSON.stringify(responseFormat).slice(0, 4000);
}

/** Builds the view; the only full pass over the messages reads roles and assistant lengths. */
export function toMetaView(messages: readonly RoutingMessage[], request: MetaRequestSignals = {}): MetaView {
  const picked = pickInstructionMessages(messages);
  const texts = picked.map((message) => toMessageText(message.content));
  const windows = texts.map(toWindow);
  const lastIndex = messages.length - 1;
  const priorAssistantLengths: number[] = [];
  let turns = 0;
  let lastUser: RoutingMessage | undefined;
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index] as RoutingMessage;
    if (message.role === "user") lastUser = message;
    if (index === lastIndex || isSystem(message)) continue;
    turns++;
    if (message.role === "assistant" && priorAssistantLengths.length < 8) {
      const content = message.content;
      priorAssistantLengths.push(
        typeof content === "string" ? content.length : toMessageText(content).length,
      );
    }
  }
  const last = messages.at(-1);
  // The leading system messages that are not the last one: their windows and their whole length.
  const systemAt = picked.flatMap((message, index) => isSystem(message) && message !== last ? [index] : []);
  return {
    windows,
    instructionText: windows.join("\n"),
    lastTails: texts.map((text) => text.slice(-TAIL)),
    lastUserWindow: lastUser === last
      ? (windows.at(-1) ?? "")
      : lastUser
      ? toWindow(toMessageText(lastUser.content))
      : "",
    lastWindow: windows.at(-1) ?? "",
    systemWindows: systemAt.map((index) => windows[index] as string),
    systemChars: systemAt.reduce((sum, index) => sum + (texts[index] as string).length, 0),
    lastUserChars: last?.role === "user" ? texts.at(-1)?.length : undefined,
    repeatsConversation: request.recall?.repeatsConversation === true,
    echo: request.recall?.echo ?? 0,
    ownChars: request.recall?.ownChars ?? 0,
    priorAssistantLengths,
    trailingInstruction: last !== undefined && isSystem(last) && turns >= 2,
    askAfterHistory: last?.role === "user" && turns >= 2,
    stream: request.stream === true,
    maxTokens: request.maxTokens ?? undefined,
    schemaText: toSchemaText(request.responseFormat),
  };
}
