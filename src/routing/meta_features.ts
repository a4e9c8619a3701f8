/**
 * The shared features of client housekeeping requests, whatever the client: an embedded transcript of an
 * earlier conversation, an ask for a short artifact about it, output constraints, and request signals.
 * Each signal has a weight; the sum decides (see `META_THRESHOLD`). Patterns run on bounded windows of the
 * instruction-bearing messages (see `toMetaView`), so the cost does not grow with the conversation.
 */
import type { MetaView } from "./meta_view.ts";
import {
  ANSWER_TASK,
  ANSWER_TASK_IMPERATIVE,
  ARTIFACTS,
  CONSTRAINT,
  HANDOFF,
  HISTORY_REF,
  NOT_ANSWER,
  PERSONAL_ANY,
  RAG_CONTEXT,
  THIRD_PERSON_USER,
} from "./meta_lexicon.ts";
import { findArtifact, hasSystemArtifact, hasSystemTask } from "./meta_artifact.ts";
import { hasNamedSpeakers, isCodeAsk, OWN_SPEAKER_LINE } from "./meta_shapes.ts";
import {
  findMatching,
  someMatchFrom,
  testFrom,
  toPartUnion,
  toScanStart,
  toScriptSplitSearch,
  toUnion,
} from "./meta_scan.ts";

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
  /<[\w -]{0,16}(?:history|conversation|dialog(?:ue)?|transcript|chat|messages|events?|episodes?|content)[\w -]{0,16}(?:\s[^<>\n]{0,40})?>|\[(?:CONVERSATION|CHAT|HISTORY|TRANSCRIPT|DIALOGUE)[^\]\n]{0,30}\]|\bBEGIN (?:CONVERSATION|TRANSCRIPT|CHAT)|^\s*(?:#+ |\*\*)?(?:chat history|conversation history|previous conversation|conversation|new lines|history|transcript|gesprächsverlauf|chatverlauf|historique(?: de la conversation)?|historial(?: de (?:la )?conversación)?|cronologia|对话历史|对话记录|聊天记录|会話履歴|会話ログ|대화 기록|история (?:диалога|переписки))\s*(?:\*\*)?\s*[:：]|["']role["']\s*:\s*["'](?:user|assistant)["']|source=EventSource\.(?:USER|AGENT)/im;
const PERSONA =
  /\b(?:you are|you're|as) (?:a |an |the )?(?:[\w-]+ ){0,6}(?:titl\w*|summari[sz]\w*|suggestion|rephraser|emoji|compression|compacting|classifier|prompt writer|title generator|tagg\w*|organi[sz]er|component|namer|recorder|extractor|synthesi[sz]er|compressor|condenser)\b|\byou are (?:now )?(?:performing|summari[sz]ing|compressing|compacting|generating|extracting)\b|(?:^|\n|[.!]\s)you (?:extract|summari[sz]e|condense|compress|classify)\b|你是一[个名位][^，。\n]{0,12}(?:标题|摘要|总结|压缩|记忆|分类|命名|提取|重写|改写)|あなたは[^、。\n]{0,16}(?:タイトル|要約|圧縮|記憶|分類)/i;
/** An empty slot the model is to fill, at the very end: `Title:` on its own line (in several languages), an inline `Standalone question:`, or an opened tag (`<Standalone question>`, `<summary>`). */
const OUTPUT_SLOT =
  /(?:^|\n)\s*(?:\|\|>)?(?:title|new summary|summary|standalone (?:question|query)|rephrased question|questions|response|assistant|output|titel|titre|t[íi]tulo|titolo|tiêu đề|judul|başlık|tytuł|zusammenfassung|résumé|resumen|riassunto|resumo|samenvatting|заголовок|резюме|标题|摘要|总结|タイトル|要約|제목|요약)\s*[:：]\s*$|(?:standalone (?:question|query)|rephrased question|new summary)\s*:\s*$|<(?!\/)[\w -]{1,30}>\s*$|(?:^|\n)\s*(?:tags|keywords|labels|categories|schlagwörter|étiquettes|etiquetas|タグ|标签|태그|теги)\s*[:：]\s*$/i;
/** A schema whose keys name an artifact, in any language: short string or string-list properties, few of them. */
const META_SCHEMA_KEYS =
  /"(?:title|titles|tags|queries|query|suggestions|follow_ups|followups|follow_up_questions|questions|facts|memories|memory|summary|labels?|emoji|topic|keywords|category|next_speaker|speaker|entities)"/;
/** An example of the output's JSON shape inside the instruction: `{"facts": [...]}`, `["question1", ...]`. */
const JSON_SHAPE = /\{\s*"[^"\n]{1,24}"\s*:\s*[\[{"]|\[\s*"[^"\n]{1,16}\d"\s*,\s*"[^"\n]{1,16}\d"/;
/** The title words: a template that leaves a title slot at its end asks for a title, whatever it summarises. */
const TITLE_WORDS = ARTIFACTS.find(([kind]) => kind === "title")?.[1] ?? /$^/;
/** Specification lines of a template: bullets or numbered items. */
const LIST_ITEM = /^[ \t]*(?:[-*•]|\d+[.)])[ \t]+\S/gm;

/**
 * The patterns tried on the instruction text as a whole, read from `matching` (a content signal's pattern goes
 * here, or in `WINDOW_PATTERNS`, so that the union holds it: `testFrom` is only right for patterns it holds).
 */
const TEXT_PATTERNS = [
  HISTORY_REF,
  CONSTRAINT,
  JSON_SHAPE,
  HANDOFF,
  PERSONA,
  NOT_ANSWER,
  THIRD_PERSON_USER,
  RAG_CONTEXT,
];

/** The patterns that read single windows. */
const WINDOW_PATTERNS = [HISTORY_BLOCK, ROLE_LINE, LIST_ITEM, PERSONAL_ANY, OWN_SPEAKER_LINE];

/** Every pattern the content signals try, for one first pass (see `meta_scan.ts`). */
const CONTENT_UNION = toUnion([...TEXT_PATTERNS, ...WINDOW_PATTERNS]);
/** The transcript's window patterns alone, looked for where the content union's pass found their keys. */
const TRANSCRIPT_UNION = toPartUnion(CONTENT_UNION, [HISTORY_BLOCK, ROLE_LINE]);

/**
 * What the content patterns find in the view: one pass of the union, stepped from hit to hit over the
 * instruction text. A view of one window (a single long message) is that text, so the window patterns are
 * found in the same pass; otherwise each window is read from where the union first matched in it.
 */
function toTextFacts(view: MetaView) {
  const text = view.instructionText;
  const start = toScanStart(CONTENT_UNION, { windows: view.windows, text });
  const single = view.windows.length === 1;
  const patterns = single ? [...TEXT_PATTERNS, ...WINDOW_PATTERNS] : TEXT_PATTERNS;
  const matching = findMatching(CONTENT_UNION, { patterns, text, from: start.text });
  const lastFrom = start.windows.at(-1) ?? 0;
  const userFrom = view.lastUserWindow === view.lastWindow ? lastFrom : 0;
  if (!single) {
    return {
      matching,
      lastRefersToHistory: testFrom(HISTORY_REF, { text: view.lastWindow, from: lastFrom }),
      ownChat: testFrom(OWN_SPEAKER_LINE, { text: view.lastUserWindow, from: userFrom }),
      transcript: hasTranscript(
        view.windows,
        toScanStart(TRANSCRIPT_UNION, { windows: view.windows, text }).windows,
      ),
      listItems: countListItems(view.lastWindow, lastFrom),
      // The last user message is most often the last window, already passed by the union.
      personal: testFrom(PERSONAL_ANY, {
        text: view.lastUserWindow,
        from: view.lastUserWindow === view.lastWindow ? lastFrom : 0,
      }),
    };
  }
  const roles = matching.get(ROLE_LINE);
  const items = matching.get(LIST_ITEM);
  const userIsLast = view.lastUserWindow === view.lastWindow;
  return {
    matching,
    lastRefersToHistory: matching.has(HISTORY_REF),
    ownChat: userIsLast ? matching.has(OWN_SPEAKER_LINE) : OWN_SPEAKER_LINE.test(view.lastUserWindow),
    transcript: matching.has(HISTORY_BLOCK) || (roles !== undefined && hasRoleLines(text, roles)),
    listItems: items === undefined ? 0 : countListItems(view.lastWindow, items),
    personal: view.lastUserWindow === view.lastWindow
      ? matching.has(PERSONAL_ANY)
      : testFrom(PERSONAL_ANY, { text: view.lastUserWindow, from: 0 }),
  };
}

/** Whether a window has two role-labelled lines of two different roles (stops at the second role). */
function hasRoleLines(text: string, from: number): boolean {
  let first: string | undefined;
  return someMatchFrom(ROLE_LINE, text, {
    from,
    each: (match) => {
      const role = (match[1] as string).toLowerCase();
      if (first === undefined) first = role;
      return role !== first;
    },
  });
}

function hasTranscript(windows: readonly string[], starts: readonly number[]): boolean {
  return windows.some((text, index) => {
    const from = starts[index] ?? 0;
    return testFrom(HISTORY_BLOCK, { text, from }) || hasRoleLines(text, from);
  });
}

/** Few-shot examples: at least two earlier assistant turns, all one-liners (tags, emoji, labels). */
function hasFewShot(view: MetaView): boolean {
  return view.priorAssistantLengths.length >= 2 && view.priorAssistantLengths.every((length) => length <= 40);
}

function countListItems(text: string, from: number): number {
  let count = 0;
  someMatchFrom(LIST_ITEM, text, { from, each: () => ++count >= 3 });
  return count;
}

/** A template's instruction rather than a chat turn: no question, and long or written as a list. */
function isInstructionShaped(text: string, listItems: number): boolean {
  return !/[?？]\s*$/.test(text) && (text.length >= 200 || listItems >= 3);
}

/** Content signals: what the instruction asks for and about what. */
function toContentSignals(view: MetaView): MetaSignal[] {
  const signals: MetaSignal[] = [];
  const add = (name: string, { weight, fired }: { weight: number; fired: boolean }) =>
    fired && signals.push({ name, weight });
  const { matching, transcript, listItems, personal, lastRefersToHistory, ownChat } = toTextFacts(view);
  const historyRefAll = matching.has(HISTORY_REF);
  // Lines of named speakers are a chat only when the instruction calls them messages or a conversation.
  add("transcript", {
    weight: 2,
    fired: transcript || (historyRefAll && hasNamedSpeakers(view.windows)),
  });
  // The conversation the router just served, replayed with one more message that is an instruction (long or
  // specified, not a question): the compaction shape. A short ask in the flow of the chat is not.
  add("repeat", {
    weight: 1.5,
    fired: view.repeatsConversation && isInstructionShaped(view.lastWindow, listItems),
  });
  const historyRef = historyRefAll;
  // An ask after the history counts as the instruction only when that ask itself is about the conversation
  // (a chat's system prompt saying "in this conversation" does not make a user's turn housekeeping).
  const constraint = matching.has(CONSTRAINT) || matching.has(JSON_SHAPE);
  const handoff = matching.has(HANDOFF);
  add("history-ref", { weight: 1, fired: historyRef });
  const artifact = findArtifact(view);
  if (artifact) signals.push({ name: `artifact:${artifact}`, weight: 1.5 });
  add("constraint", { weight: 1, fired: constraint });
  add("handoff", { weight: 1.5, fired: handoff });
  // Templates are written as specifications; a person's ask in the flow of a chat rarely is.
  add("spec", { weight: 1, fired: listItems >= 3 || hasSystemArtifact(view) });
  add("persona", { weight: 1.5, fired: matching.has(PERSONA) });
  add("system-task", { weight: 1, fired: hasSystemTask(view) });
  add("not-answer", { weight: 1, fired: matching.has(NOT_ANSWER) });
  add("third-person-user", { weight: 1, fired: matching.has(THIRD_PERSON_USER) });
  const slotTails = view.lastTails.filter((tail) => OUTPUT_SLOT.test(tail));
  add("output-slot", { weight: 1.5, fired: slotTails.length > 0 });
  // An ask after the conversation that ends in a colon ("Create a summary of the conversation above:") leaves the
  // model to write what follows: a template's prompt, where a person's question ends in a question or a period.
  add("trailing-colon", {
    weight: 1,
    fired: view.askAfterHistory && /[:：]\s*$/.test(view.lastWindow.slice(-8)),
  });
  add("few-shot", { weight: 1, fired: hasFewShot(view) });
  // An instruction after the conversation: a final system message, or a constrained ask about "this conversation".
  // A specification (a list) after the conversation, about it, is a template too, constrained or not.
  const specified = listItems >= 3;
  // The last window is part of the instruction text: where the hand-off words are nowhere, they are not there.
  const lastHandoff = handoff && HANDOFF.test(view.lastWindow);
  const askAfterHistory = view.askAfterHistory && (lastRefersToHistory || lastHandoff) &&
    (constraint || handoff || specified);
  add("trailing-instruction", { weight: 1, fired: view.trailingInstruction || askAfterHistory });
  // Housekeeping summarises a conversation (or hands work over); a summary of a text with no conversation in sight
  // and no hand-off is a person's own document, whatever template wraps it. Not where the template ends in a title
  // slot ("Summarise the question into a short title … Tiêu đề:"): the summary there is the title of a chat.
  const aboutConversation = view.askAfterHistory || view.trailingInstruction ||
    signals.some((signal) =>
      signal.name === "transcript" || signal.name === "history-ref" || signal.name === "handoff" ||
      signal.name === "repeat" || signal.name === "trailing-instruction"
    );
  add("text-summary", {
    weight: -1.5,
    fired: (artifact === "summary" || artifact === "compaction") && !aboutConversation &&
      !slotTails.some((tail) => TITLE_WORDS.test(tail)),
  });
  add("rag-context", { weight: -2.5, fired: matching.has(RAG_CONTEXT) });
  add("personal", { weight: -1.5, fired: personal || ownChat });
  return signals;
}

/** Request signals: how the client asked (stream, token limit, schema). */
function toRequestSignals(view: MetaView): MetaSignal[] {
  const signals: MetaSignal[] = [];
  // Coding agents stream their compaction and title requests as they stream everything: streaming is no
  // evidence either way, only an explicit non-stream call is a (weak) sign of a background task.
  signals.push(view.stream ? { name: "stream", weight: 0 } : { name: "no-stream", weight: 0.5 });
  if (hasSmallMaxTokens(view)) signals.push({ name: "small-max-tokens", weight: 1.5 });
  if (hasMetaSchema(view)) signals.push({ name: "meta-schema", weight: 1.5 });
  return signals;
}

const hasSmallMaxTokens = (view: MetaView) => view.maxTokens !== undefined && view.maxTokens <= 64;
const hasMetaSchema = (view: MetaView) =>
  view.schemaText !== undefined && META_SCHEMA_KEYS.test(view.schemaText);

/**
 * Whether the request could carry a signal that is not words (`repeat`, `small-max-tokens`, `meta-schema`): the
 * signals that stand against the learned signal's veto in `detect_meta.ts`. Read without the content patterns.
 */
export function mayHaveStructuralSignal(view: MetaView): boolean {
  return view.repeatsConversation || hasSmallMaxTokens(view) || hasMetaSchema(view);
}

/** Where `ANSWER_TASK` first matches, its other scripts' words read only where the text has their characters. */
const searchAnswerTask = toScriptSplitSearch(ANSWER_TASK);

/** Whether each view's instruction states the task of answering the person: read once, by whichever asks first. */
const answerTasks = new WeakMap<MetaView, boolean>();

/**
 * Whether the instruction's stated task is answering the person ("Now answer the user's question", 回答用户的问题,
 * "continue the role-play with the user") and it does not say not to: the words as an imperative or a stated task
 * near where `ANSWER_TASK` first matches, not a purpose clause. Read only where it can change a verdict (the
 * features' score reaches the threshold, the learned signal is above one of its own): its words in ten
 * languages, in the features' union, made every scan of a two-byte text slower.
 */
export function asksToAnswerPerson(view: MetaView): boolean {
  let answer = answerTasks.get(view);
  if (answer === undefined) {
    const text = view.instructionText;
    const at = searchAnswerTask(text);
    answer = at >= 0 && !NOT_ANSWER.test(text) &&
      testFrom(ANSWER_TASK_IMPERATIVE, { text, from: Math.max(0, at - 48) });
    answerTasks.set(view, answer);
  }
  return answer;
}

/** All signals that fired and their sum (callers check `asksForArtifact` first). */
export function scoreMetaFeatures(view: MetaView): { score: number; signals: MetaSignal[] } {
  const signals = [...toContentSignals(view), ...toRequestSignals(view)];
  let score = signals.reduce((sum, signal) => sum + signal.weight, 0);
  // A prompt whose task is answering the person is a chat turn, unless it says not to answer; it can only lower
  // the score, so it is read only where the score reaches the threshold.
  if (score >= META_THRESHOLD && asksToAnswerPerson(view)) {
    signals.push({ name: "answer-task", weight: -2.5 });
    score -= 2.5;
  }
  // The code-task pattern is costly and can only lower a score: it runs only when it could change the
  // decision. An embedded coding conversation is what a title is about, not a task: its turns are left out.
  const transcript = signals.some((signal) => signal.name === "transcript");
  if (score < META_THRESHOLD || !isCodeAsk(view.lastUserWindow, { transcript })) return { score, signals };
  signals.push({ name: "code-task", weight: -1.5 });
  return { score: score - 1.5, signals };
}
