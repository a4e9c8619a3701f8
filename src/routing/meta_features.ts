/**
 * The shared features of client housekeeping requests, whatever the client: an embedded transcript of an
 * earlier conversation, an ask for a short artifact about it, output constraints, and request signals.
 * Each signal has a weight; the sum decides (see `META_THRESHOLD`). Patterns run on bounded windows of the
 * instruction-bearing messages (see `toMetaView`), so the cost does not grow with the conversation.
 */
import type { MetaView } from "./meta_view.ts";
import { ARTIFACTS, CONSTRAINT, HANDOFF, HISTORY_REF, PERSONAL_LOCALIZED } from "./meta_lexicon.ts";
import { hasNamedSpeakers, isCodeTask, isOwnChat } from "./meta_shapes.ts";

/** A signal that fired, by name (logged), and its weight. */
export interface MetaSignal {
  name: string;
  weight: number;
}

/** Score at or above which the features decide META. */
export const META_THRESHOLD = 4;

/** Role-labelled lines: `USER:`, `- You:`, `[ASSISTANT]:`, `||>User:`, `# USER`, `---User---`, `Human:`, `AI:`. */
const ROLE_LINE =
  /^[ \t]*(?:[-*>]\s*)?(?:\|\|>|---|#\s*)?\[?(user|assistant|human|ai|you|model|bot|response|q|a)\]?(?:---|\s*[:：]|\s*$)/gim;
/** History blocks: tags, headings, JSON arrays of messages. */
const HISTORY_BLOCK =
  /<[\w -]{0,16}(?:history|conversation|dialog(?:ue)?|transcript|chat|messages|events?|episodes?|content)[\w -]{0,16}(?:\s[^<>\n]{0,40})?>|\[(?:CONVERSATION|CHAT|HISTORY|TRANSCRIPT|DIALOGUE)[^\]\n]{0,30}\]|\bBEGIN (?:CONVERSATION|TRANSCRIPT|CHAT)|^\s*(?:#+ |\*\*)?(?:chat history|conversation history|previous conversation|conversation|new lines|history|transcript|gesprächsverlauf|chatverlauf|historique(?: de la conversation)?|historial(?: de (?:la )?conversación)?|cronologia|对话历史|对话记录|聊天记录|会話履歴|会話ログ|대화 기록|история (?:диалога|переписки))\s*(?:\*\*)?\s*[:：]|"role"\s*:\s*"(?:user|assistant)"|source=EventSource\.(?:USER|AGENT)/im;
const PERSONA =
  /\b(?:you are|you're|as) (?:a |an |the )?(?:[\w-]+ ){0,6}(?:titl\w*|summari[sz]\w*|suggestion|rephraser|emoji|compression|compacting|classifier|prompt writer|title generator|tagg\w*|organi[sz]er|component|namer|recorder|extractor|synthesi[sz]er|compressor|condenser)\b|\byou are (?:now )?(?:performing|summari[sz]ing|compressing|compacting|generating|extracting)\b|(?:^|\n|[.!]\s)you (?:extract|summari[sz]e|condense|compress|classify)\b|你是一[个名位][^，。\n]{0,12}(?:标题|摘要|总结|压缩|记忆|分类|命名|提取)|あなたは[^、。\n]{0,16}(?:タイトル|要約|圧縮|記憶|分類)/i;
const NOT_ANSWER =
  /\bdo not (?:try to )?answer\b|\bdo not respond to (?:questions|the questions|anything) in\b|\btreat the (?:history|conversation) only as data\b|\bnever answer\b|\bignore previous instructions\b|\bdo not reply as\b|\bsystem operation\b|\bact as the \*{0,2}user\b/i;
const THIRD_PERSON_USER =
  /\bthe user'?s (?:input|message|query|request|primary language|language|first message)\b|\b(?:des (?:Nutzers|Benutzers)|de l'utilisateur|del usuario|dell'utente|do usuário|van de gebruiker)\b|ユーザー|用户|사용자|пользовател/i;
/** An empty slot the model is to fill, at the very end: `Title:` on its own line (in several languages), an inline `Standalone question:`, or an opened tag (`<Standalone question>`, `<summary>`). */
const OUTPUT_SLOT =
  /(?:^|\n)\s*(?:\|\|>)?(?:title|new summary|summary|standalone (?:question|query)|rephrased question|questions|response|assistant|output|titel|titre|t[íi]tulo|titolo|zusammenfassung|résumé|resumen|riassunto|resumo|samenvatting|заголовок|резюме|标题|摘要|总结|タイトル|要約|제목|요약)\s*[:：]\s*$|(?:standalone (?:question|query)|rephrased question|new summary)\s*:\s*$|<(?!\/)[\w -]{1,30}>\s*$|(?:^|\n)\s*(?:tags|keywords|labels|categories|schlagwörter|étiquettes|etiquetas|タグ|标签|태그|теги)\s*[:：]\s*$/i;
const RAG_CONTEXT =
  /<context>|<source id=|\[CONTEXT \d+\]|<search-results>|<doc id=|reference materials|use the following pieces of context|provided context/i;
/** A user's own framing of pasted material ("between me and the bot", "for our spreadsheet", OOC notes). */
const PERSONAL =
  /\b(?:I wrote|my notes|I had this|I got this|my (?:boss|blog|essay|article|email|notes|newsletter|draft|landlord|team|group)|here'?s our|our group chat|for (?:my|our) \w+|between me and|me and (?:the|my) \w+)\b|\(OOC:/i;

/** A schema whose keys name an artifact, in any language: short string or string-list properties, few of them. */
const META_SCHEMA_KEYS =
  /"(?:title|titles|tags|queries|query|suggestions|follow_ups|followups|follow_up_questions|questions|facts|memories|memory|summary|labels?|emoji|topic|keywords|category|next_speaker|speaker|entities)"/;
/** An example of the output's JSON shape inside the instruction: `{"facts": [...]}`, `["question1", ...]`. */
const JSON_SHAPE = /\{\s*"[^"\n]{1,24}"\s*:\s*[\[{"]|\[\s*"[^"\n]{1,16}\d"\s*,\s*"[^"\n]{1,16}\d"/;
/** Specification lines of a template: bullets or numbered items. */
const LIST_ITEM = /^[ \t]*(?:[-*•]|\d+[.)])[ \t]+\S/gm;

/** Whether a window has two role-labelled lines of two different roles (stops at the second role). */
function hasRoleLines(text: string): boolean {
  let first: string | undefined;
  for (const match of text.matchAll(ROLE_LINE)) {
    const role = (match[1] as string).toLowerCase();
    if (first === undefined) first = role;
    else if (role !== first) return true;
  }
  return false;
}

function hasTranscript(windows: readonly string[]): boolean {
  return windows.some((text) => {
    return HISTORY_BLOCK.test(text) || hasRoleLines(text);
  });
}

/**
 * A short leading system message that opens with the artifact ("Generate a title …", "You are a title generator",
 * "Summarize the conversation …"): the system message is the task and the user message its material. A chat's
 * system prompt opens with a persona or behaviour and is rarely this short.
 */
function hasSystemTask(view: MetaView): boolean {
  return view.systemWindows.some((window) => window.length < 2000 && ANY_ARTIFACT.test(window.slice(0, 240)));
}

/** Few-shot examples: at least two earlier assistant turns, all one-liners (tags, emoji, labels). */
function hasFewShot(view: MetaView): boolean {
  return view.priorAssistantLengths.length >= 2 && view.priorAssistantLengths.every((length) => length <= 40);
}

function countListItems(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(LIST_ITEM)) if (++count >= 3) break;
  return count;
}

/** A template's instruction rather than a chat turn: no question, and long or written as a list. */
function isInstructionShaped(text: string): boolean {
  return !/[?？]\s*$/.test(text) && (text.length >= 200 || countListItems(text) >= 3);
}

/** Whether a system message asks for an artifact (a chat's system prompt sets a persona, not a task). */
const ARTIFACT_IN = (text: string) => ANY_ARTIFACT.test(text);

/** Content signals: what the instruction asks for and about what. */
function toContentSignals(view: MetaView): MetaSignal[] {
  const signals: MetaSignal[] = [];
  const text = view.instructionText;
  const add = (name: string, { weight, fired }: { weight: number; fired: boolean }) =>
    fired && signals.push({ name, weight });
  const historyRefAll = HISTORY_REF.test(text);
  // Lines of named speakers are a chat only when the instruction calls them messages or a conversation.
  add("transcript", {
    weight: 2,
    fired: hasTranscript(view.windows) || (historyRefAll && hasNamedSpeakers(view.windows)),
  });
  // The conversation the router just served, replayed with one more message that is an instruction (long or
  // specified, not a question): the compaction shape. A short ask in the flow of the chat is not.
  add("repeat", { weight: 1.5, fired: view.repeatsConversation && isInstructionShaped(view.lastWindow) });
  const historyRef = historyRefAll;
  // An ask after the history counts as the instruction only when that ask itself is about the conversation
  // (a chat's system prompt saying "in this conversation" does not make a user's turn housekeeping).
  const lastRefersToHistory = HISTORY_REF.test(view.lastWindow);
  const constraint = CONSTRAINT.test(text) || JSON_SHAPE.test(text);
  const handoff = HANDOFF.test(text);
  add("history-ref", { weight: 1, fired: historyRef });
  const artifact = findArtifact(text);
  if (artifact) signals.push({ name: `artifact:${artifact}`, weight: 1.5 });
  add("constraint", { weight: 1, fired: constraint });
  add("handoff", { weight: 1.5, fired: handoff });
  // Templates are written as specifications; a person's ask in the flow of a chat rarely is.
  add("spec", {
    weight: 1,
    fired: countListItems(view.lastWindow) >= 3 || view.systemWindows.some((w) => ARTIFACT_IN(w)),
  });
  add("persona", { weight: 1.5, fired: PERSONA.test(text) });
  add("system-task", { weight: 1, fired: hasSystemTask(view) });
  add("not-answer", { weight: 1, fired: NOT_ANSWER.test(text) });
  add("third-person-user", { weight: 1, fired: THIRD_PERSON_USER.test(text) });
  add("output-slot", { weight: 1.5, fired: view.lastTails.some((tail) => OUTPUT_SLOT.test(tail)) });
  // An ask after the conversation that ends in a colon ("Create a summary of the conversation above:") leaves the
  // model to write what follows: a template's prompt, where a person's question ends in a question or a period.
  add("trailing-colon", {
    weight: 1,
    fired: view.askAfterHistory && /[:：]\s*$/.test(view.lastWindow.slice(-8)),
  });
  add("few-shot", { weight: 1, fired: hasFewShot(view) });
  // An instruction after the conversation: a final system message, or a constrained ask about "this conversation".
  // A specification (a list) after the conversation, about it, is a template too, constrained or not.
  const specified = countListItems(view.lastWindow) >= 3;
  const askAfterHistory = view.askAfterHistory && (lastRefersToHistory || HANDOFF.test(view.lastWindow)) &&
    (constraint || handoff || specified);
  add("trailing-instruction", { weight: 1, fired: view.trailingInstruction || askAfterHistory });
  // Housekeeping summarises a conversation (or hands work over); a summary of a text with no conversation in sight
  // and no hand-off is a person's own document, whatever template wraps it.
  const aboutConversation = view.askAfterHistory || view.trailingInstruction ||
    signals.some((signal) =>
      signal.name === "transcript" || signal.name === "history-ref" || signal.name === "handoff" ||
      signal.name === "repeat" || signal.name === "trailing-instruction"
    );
  add("text-summary", {
    weight: -1.5,
    fired: (artifact === "summary" || artifact === "compaction") && !aboutConversation,
  });
  add("rag-context", { weight: -2.5, fired: RAG_CONTEXT.test(text) });
  add("personal", {
    weight: -1.5,
    fired: PERSONAL.test(view.lastUserWindow) || PERSONAL_LOCALIZED.test(view.lastUserWindow) ||
      isOwnChat(view.lastUserWindow),
  });
  return signals;
}

/** Request signals: how the client asked (stream, token limit, schema). */
function toRequestSignals(view: MetaView): MetaSignal[] {
  const signals: MetaSignal[] = [];
  // Coding agents stream their compaction and title requests as they stream everything: streaming is no
  // evidence either way, only an explicit non-stream call is a (weak) sign of a background task.
  signals.push(view.stream ? { name: "stream", weight: 0 } : { name: "no-stream", weight: 0.5 });
  if (view.maxTokens !== undefined && view.maxTokens <= 64) {
    signals.push({ name: "small-max-tokens", weight: 1.5 });
  }
  if (view.schemaText !== undefined && META_SCHEMA_KEYS.test(view.schemaText)) {
    signals.push({ name: "meta-schema", weight: 1.5 });
  }
  return signals;
}

/**
 * Any kind of artifact, in one pattern with one group per kind: without one a request is not housekeeping
 * and nothing else runs; with one, the kind is the first one mentioned (one pass instead of one per kind).
 */
const ANY_ARTIFACT = new RegExp(ARTIFACTS.map(([, pattern]) => `(${pattern.source})`).join("|"), "i");

/** The kind of artifact mentioned first in `text`, if any. */
function findArtifact(text: string): string | undefined {
  const match = ANY_ARTIFACT.exec(text);
  if (!match) return undefined;
  const index = match.findIndex((group, i) => i > 0 && group !== undefined);
  return ARTIFACTS[index - 1]?.[0];
}

/** Whether the instruction asks for any short artifact at all (title, tags, summary, query, …). */
export function asksForArtifact(view: MetaView): boolean {
  return ANY_ARTIFACT.test(view.instructionText);
}

/** All signals that fired and their sum (callers check {@linkcode asksForArtifact} first). */
export function scoreMetaFeatures(view: MetaView): { score: number; signals: MetaSignal[] } {
  const signals = [...toContentSignals(view), ...toRequestSignals(view)];
  const score = signals.reduce((sum, signal) => sum + signal.weight, 0);
  // The code-task pattern is the costliest and can only lower a score: it runs only when it could change
  // the decision (the same verdicts, less work on the long chats that stay below the threshold).
  if (score < META_THRESHOLD || !isCodeTask(view.lastUserWindow)) return { score, signals };
  signals.push({ name: "code-task", weight: -1.5 });
  return { score: score - 1.5, signals };
}
