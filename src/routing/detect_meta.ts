import { matchKnownPhrase } from "./meta_phrases.ts";
import { type MetaModel, scoreMetaModel } from "./meta_model.ts";
import { TRAINED_META_MODEL } from "./trained_meta_model.ts";
import { ARTIFACT_IN, asksForArtifact, opensWithArtifactTask } from "./meta_artifact.ts";
import {
  asksToAnswerPerson,
  mayHaveStructuralSignal,
  META_THRESHOLD,
  scoreMetaFeatures,
} from "./meta_features.ts";
import { type MetaRequestSignals, type MetaView, toMetaView } from "./meta_view.ts";
import { matchStudiedClients } from "./meta_studied_clients.ts";
import type { RoutingMessage } from "./render_prompt.ts";

/** What {@linkcode detectMeta} looks at. */
export interface MetaInput {
  messages: readonly RoutingMessage[];
  model: string | undefined;
  /** Value of the configured task header (e.g. `X-OpenWebUI-Task`), if sent. */
  taskHeader: string | null | undefined;
  /** Model ids that mark task requests (Open WebUI's dedicated External Task Model). */
  taskModels: readonly string[];
  /** `stream`, `max_tokens` and `response_format` of the request (weighed by the features). */
  request?: MetaRequestSignals;
}

/** Why a request is META: the marker (a known phrase, a header, or `features`) and the signals that fired. */
export interface MetaVerdict {
  marker: string;
  /** Signal names, e.g. `transcript`, `artifact:title`, `no-stream`; one `phrase:<marker>` for phrases. */
  signals: string[];
  /** The features' score, when they decided. */
  score?: number;
}

/**
 * How close a request that is not META came: the features' score and signals when they were weighed, or only the
 * learned signal's logit (`model:<logit>`) when it was sure on its own and they were not read.
 */
export interface MetaTrace {
  score?: number;
  signals: string[];
}

/** Options of {@linkcode explainMeta}. */
export interface ExplainMetaOptions {
  /** Known phrases of these clients are ignored (leave-one-client-out evaluation). */
  excludeClients?: readonly string[];
  /** Told how close a request that is not META came, whenever an artifact was asked for (for the log). */
  onNearMiss?: (trace: MetaTrace) => void;
  /** The learned signal (default: the trained one); `null` leaves it out (the rules alone, for evaluation). */
  metaModel?: MetaModel | null;
}

/**
 * The features' signals that show a client's frame around the request: a conversation quoted or referred to, a
 * hand-off, an instruction after the history, an output constraint.
 */
const FRAME_SIGNALS = new Set([
  "transcript",
  "history-ref",
  "handoff",
  "repeat",
  "trailing-instruction",
  "constraint",
]);
/** Signals of a person's own turn: an answer asked for, a RAG context to answer from, their own material. */
const PERSON_SIGNALS = new Set(["answer-task", "rag-context", "personal"]);

/**
 * Whether an app framed the request: a system prompt or the app's earlier answers in the messages, or a frame
 * the features saw, and nothing that says it is a person's own turn. A lone user message with none of these
 * is what a person's first turn looks like, and so is a short turn in the flow of an app's chat
 * (`isPersonaTurn`); people's own tasks ("extract the names… output as JSON") score like templates. So the
 * model's bare threshold is bounded by the everyday turns of that shape, its framed one by the framed ones
 * (`scripts/train_meta_model.ts`; docs/decisions.md, "A threshold per request shape").
 */
export function isFramedRequest(view: MetaView, signals: readonly string[]): boolean {
  if (isPersonaTurn(view) || signals.some((name) => PERSON_SIGNALS.has(name))) return false;
  return view.systemChars > 0 || view.priorAssistantLengths.length > 0 ||
    signals.some((name) => FRAME_SIGNALS.has(name));
}

/**
 * The learned signal's verdict, above its threshold for the request's shape. It does not settle the features'
 * near misses: in cross-validation and on a blind round that cost more false META than it found
 * (docs/decisions.md, "META by a learned signal").
 */
function byModel(
  view: MetaView,
  { model, signals, logit = scoreMetaModel(view, model) }: {
    model: MetaModel;
    signals: string[];
    logit?: number;
  },
): MetaVerdict | undefined {
  // Most requests score below both thresholds: their shape need not be read.
  if (logit < Math.min(model.threshold, model.framedThreshold)) return undefined;
  const framed = isFramedRequest(view, signals);
  // A template whose stated task is answering the person is that person's turn, however much it reads like an app's
  // step (no housekeeping request of the corpus has one; companion and RAG apps' turns do). Read last: it costs a
  // pass over the instruction, and only a request the model would take needs it.
  if (logit < (framed ? model.framedThreshold : model.threshold) || asksToAnswerPerson(view)) {
    return undefined;
  }
  return {
    marker: "model",
    signals: [...signals, ...(framed ? ["framed"] : []), `model:${logit.toFixed(2)}`],
  };
}

/** Where the features do not decide, the learned signal may; otherwise the near miss tells how close they came. */
function leaveToModel(
  view: MetaView,
  { model, logit, score, signals, onNearMiss }: {
    model: MetaModel | null;
    logit: number;
    score: number;
    signals: string[];
    onNearMiss: ExplainMetaOptions["onNearMiss"];
  },
): MetaVerdict | undefined {
  const learned = model ? byModel(view, { model, signals, logit }) : undefined;
  if (!learned) onNearMiss?.({ score, signals });
  return learned;
}

/**
 * A logit below which the learned signal overrules the features' META, unless the request's shape or the
 * router's own recall says it is a client's (`STRUCTURAL`). On blind rounds 4–21, each scored by the rules
 * frozen before it and a model trained without it, it took 3 of 12 false META away for 4 of 760 found; on
 * rounds 22–23, 3 of 6 for none of 117 (docs/decisions.md, "META by a learned signal").
 */
const MODEL_VETO = -1;
/** Signals that are not words: a person's turn does not repeat the router's answers or ask for 16 tokens. */
const STRUCTURAL = new Set(["repeat", "small-max-tokens", "meta-schema"]);

/** A system prompt this long is an app's persona or an agent's instructions, not a one-task template. */
const PERSONA_PROMPT_CHARS = 2500;
/** A last user message this short is a person's turn, not material to work on. */
const PERSON_TURN_CHARS = 300;

/**
 * A person's turn under an app's prompt: the last message is a user turn under `PERSON_TURN_CHARS` that names no
 * artifact, and either the system prompts are an app's persona (over `PERSONA_PROMPT_CHARS`) or the turn
 * follows the app's own answers (a conversation in its flow). The features would weigh the app's prompt (its
 * "conversation", its lists, the memory or emoji it mentions), not a task. On blind rounds 22–35 a quarter of
 * the false META had the long-prompt shape; on rounds 40–45, 7 of 15 had the in-flow shape and no housekeeping
 * request found did (docs/decisions.md, "META by a learned signal").
 */
function isPersonaTurn(view: MetaView): boolean {
  const turn = view.lastUserChars;
  if (turn === undefined || turn >= PERSON_TURN_CHARS || ARTIFACT_IN(view.lastWindow)) return false;
  const answered = view.priorAssistantLengths.length > 0;
  return view.systemChars > PERSONA_PROMPT_CHARS || (view.systemChars > 0 && answered);
}

/**
 * A person's short turn after the app's own answers that frames its ask as theirs ("a checklist I can paste into our
 * Jira epic", 我要发到团队群里): a person asking for the artifact in the flow of a chat, whatever it names. A template
 * quoting the person is long, or not in the flow of the app's answers.
 */
function isOwnAskInFlow(view: MetaView, names: readonly string[]): boolean {
  return names.includes("personal") && view.priorAssistantLengths.length > 0 &&
    view.lastUserChars !== undefined && view.lastUserChars < PERSON_TURN_CHARS;
}

/** Share of a recent answer's sentences that makes a request an echo of it. */
const ECHO_SHARE = 0.5;
/** At most this many characters of the request's own (an instruction, not a question of the user's). */
const ECHO_OWN_CHARS = 400;

/** An answer cap at or under this many tokens is a client's housekeeping step (see {@linkcode explainMeta}). */
const TINY_ANSWER_TOKENS = 16;
/** A single user message shorter than this is a person's question, not a template with its material. */
const SHORT_QUESTION_CHARS = 200;
const isLoneShortQuestion = (view: MetaView) =>
  view.windows.length === 1 && view.lastUserChars !== undefined && view.lastUserChars < SHORT_QUESTION_CHARS;

const byMarker = (marker: string): MetaVerdict => ({ marker, signals: [`phrase:${marker}`] });

/**
 * Recognises client-generated (META) requests: the explicit task header or task model; the studied
 * clients' rules (docs/decisions.md, "META rules"); known phrases of other clients; FIM prompts; and otherwise the
 * shared features (embedded transcript, short artifact, output constraints, request signals), whose
 * signals are returned so the session log can say why. Undefined for a real chat turn.
 */
export function explainMeta(input: MetaInput, options: ExplainMetaOptions = {}): MetaVerdict | undefined {
  if (input.taskHeader && input.taskHeader.trim() !== "") return byMarker("task-header");
  if (input.model !== undefined && input.taskModels.includes(input.model)) return byMarker("task-model");
  const view = toMetaView(input.messages, input.request);
  const studied = matchStudiedClients(view.windows);
  if (studied) return byMarker(studied);
  // Most of a recent answer of the router quoted back with little of the request's own: a client's task
  // about that answer, whatever its language or wrapper (the words need not be known).
  const artifact = asksForArtifact(view);
  if (view.echo >= ECHO_SHARE && view.ownChars <= (artifact ? ECHO_OWN_CHARS : ECHO_OWN_CHARS / 2)) {
    return { marker: "echo", signals: [`echo:${view.echo.toFixed(2)}`, `own-chars:${view.ownChars}`] };
  }
  // An answer capped at a few tokens is a label, a name, a yes or no, or a title: what an app asks for its own
  // bookkeeping, in any language and whether or not it names the artifact. No hard negative or everyday turn of the
  // corpus sets a cap this low; 177 housekeeping requests do. A lone short question is a person's (or a
  // developer's smoke test), however capped: it is classified as any other (docs/decisions.md, "Person's tasks in
  // any language, tiny answer caps, and the framed threshold").
  if (
    view.maxTokens !== undefined && view.maxTokens <= TINY_ANSWER_TOKENS && !isLoneShortQuestion(view) &&
    !asksToAnswerPerson(view)
  ) {
    return { marker: "max-tokens", signals: [`max-tokens:${view.maxTokens}`] };
  }
  const model = options.metaModel === undefined ? TRAINED_META_MODEL : options.metaModel;
  // Housekeeping asks for a short artifact; without one the phrases and features need not run, but an
  // artifact named in words the lexicon lacks is what the learned signal is for.
  if (!artifact) return model ? byModel(view, { model, signals: [] }) : undefined;
  const known = matchKnownPhrase(view.windows, options.excludeClients);
  if (known) return byMarker(known.marker);
  // The learned signal reads a long message in about half the time the features do, and where it is sure they
  // cannot change the outcome, so they are not read. At or above both of its thresholds every path below ends in
  // META, unless the task is answering the person (then the features decide alone); under its veto, every path
  // ends in a real turn unless a signal that is not words stands against it.
  const logit = model ? scoreMetaModel(view, model) : NaN;
  if (
    model && logit >= Math.max(model.threshold, model.framedThreshold) &&
    !asksToAnswerPerson(view)
  ) {
    return { marker: "model", signals: [`model:${logit.toFixed(2)}`] };
  }
  if (logit < MODEL_VETO && !mayHaveStructuralSignal(view)) {
    options.onNearMiss?.({ signals: [`model:${logit.toFixed(2)}`] });
    return undefined;
  }
  const { score, signals } = scoreMetaFeatures(view);
  const names = signals.map((signal) => signal.name);
  const undecided = { model, logit, score, onNearMiss: options.onNearMiss };
  // A template whose stated task is answering the person ("answer the user's question", 回答问题, 답변하세요, "continue
  // the role-play with the user") is that person's turn, whatever conversation, title or list it holds: the other
  // features' words cannot outweigh it (read from the features' own pass, which found it).
  if (names.includes("answer-task") && !mayHaveStructuralSignal(view)) {
    options.onNearMiss?.({ score, signals: [...names, ...(model ? [`model:${logit.toFixed(2)}`] : [])] });
    return undefined;
  }
  if (score < META_THRESHOLD) return leaveToModel(view, { ...undecided, signals: names });
  if (names.some((name) => STRUCTURAL.has(name))) return { marker: "features", signals: names, score };
  // A short system message that opens with the artifact ("Given the conversation, generate a search query") is the
  // task, and the turns after it its material, the person's new question last: the query-rewrite shape of RAG apps.
  if ((isPersonaTurn(view) && !opensWithArtifactTask(view)) || isOwnAskInFlow(view, names)) {
    return leaveToModel(view, { ...undecided, signals: [...names, "persona-turn"] });
  }
  if (!model) return { marker: "features", signals: names, score };
  // The features read a chat app's own persona prompt as well ("remember what the user tells you", emoji
  // tags): where the learned signal is sure a request is a person's turn, it overrules them.
  const traced = [...names, `model:${logit.toFixed(2)}`];
  if (logit >= MODEL_VETO) return { marker: "features", signals: traced, score };
  options.onNearMiss?.({ score, signals: traced });
  return undefined;
}

/**
 * Whether the learned signal weighs a request at its framed threshold, as {@linkcode explainMeta} decides it
 * (for the trainer, which bounds each threshold by the everyday turns of its shape).
 */
export function isFramedForModel(view: MetaView): boolean {
  if (!asksForArtifact(view)) return isFramedRequest(view, []);
  // The features read the task of answering the person only near their threshold; it is a person's signal wherever
  // it is, as the router's own veto has it.
  const names = [
    ...scoreMetaFeatures(view).signals.map((signal) => signal.name),
    ...(asksToAnswerPerson(view) ? ["answer-task"] : []),
  ];
  return isFramedRequest(view, names);
}

/** The marker of {@linkcode explainMeta}'s verdict, or undefined for a real chat turn. */
export function detectMeta(input: MetaInput, options: ExplainMetaOptions = {}): string | undefined {
  return explainMeta(input, options)?.marker;
}
