/**
 * What the META rules read first: whether the instruction asks for a short artifact (title, tags, summary,
 * query, …) and of which kind, and whether a leading system message does (`meta_lexicon.ts` holds the words).
 * Without an artifact a request is not housekeeping by the features, and they are not read.
 */
import { ARTIFACTS } from "./meta_lexicon.ts";
import { toExactUnion, toStart } from "./meta_scan.ts";
import type { MetaView } from "./meta_view.ts";

/**
 * Any kind of artifact, in one pattern with one group per kind: without one a request is not housekeeping
 * and nothing else runs; with one, the kind is the first one mentioned (one pass instead of one per kind).
 */
const ANY_ARTIFACT = new RegExp(ARTIFACTS.map(([, pattern]) => `(${pattern.source})`).join("|"), "i");
/** Its global twin: the kind is read from where `ARTIFACT_UNION` found the first mention. */
const ANY_ARTIFACT_FROM = new RegExp(ANY_ARTIFACT.source, "gi");
/** The same alternatives grouped by first character: the same positions match, in about half the time. */
const ARTIFACT_UNION = toExactUnion(ARTIFACTS.map(([, pattern]) => pattern));

/** Where the first artifact is mentioned in each view's instruction text (read by the gate, then the kind). */
const artifactStarts = new WeakMap<MetaView, number>();

function toArtifactStart(view: MetaView): number {
  let start = artifactStarts.get(view);
  if (start === undefined) artifactStarts.set(view, start = toStart(ARTIFACT_UNION, view.instructionText));
  return start;
}

/** The kind of artifact mentioned first in the view's instruction text, if any. */
export function findArtifact(view: MetaView): string | undefined {
  const start = toArtifactStart(view);
  if (start === Infinity) return undefined;
  ANY_ARTIFACT_FROM.lastIndex = start;
  const match = ANY_ARTIFACT_FROM.exec(view.instructionText);
  ANY_ARTIFACT_FROM.lastIndex = 0;
  const index = match?.findIndex((group, i) => i > 0 && group !== undefined) ?? -1;
  return ARTIFACTS[index - 1]?.[0];
}

/** Whether the instruction asks for any short artifact at all (title, tags, summary, query, …). */
export function asksForArtifact(view: MetaView): boolean {
  return toArtifactStart(view) !== Infinity;
}

/** Whether a system message asks for an artifact (a chat's system prompt sets a persona, not a task). */
export const ARTIFACT_IN = (text: string) => ARTIFACT_UNION.test(text);

/**
 * Whether a leading system message asks for an artifact. They open the instruction text, so where its first
 * artifact comes after them none of them has one, and they are not read again (the artifact patterns have no
 * anchor or lookaround: a match in a window is a match at the same place in the windows joined).
 */
export function hasSystemArtifact(view: MetaView): boolean {
  const systemsEnd = view.systemWindows.reduce((end, window) => end + window.length + 1, 0);
  return toArtifactStart(view) < systemsEnd && view.systemWindows.some((window) => ARTIFACT_IN(window));
}

/** A system message this short can be a one-task template; its task is stated in its first characters. */
const TASK_PROMPT_CHARS = 2000;
const OPENING_CHARS = 240;

/** Whether a short leading system message's opening (as `toOpening` cuts it) names an artifact. */
const someSystemOpening = (view: MetaView, toOpening: (window: string) => string) =>
  view.systemWindows.some((window) =>
    window.length < TASK_PROMPT_CHARS && ANY_ARTIFACT.test(toOpening(window))
  );

/**
 * A short leading system message that opens with the artifact ("Generate a title …", "You are a title generator",
 * "Summarize the conversation …"): the system message is the task and the user message its material. A chat's
 * system prompt opens with a persona or behaviour and is rarely this short.
 */
export function hasSystemTask(view: MetaView): boolean {
  return someSystemOpening(view, (window) => window.slice(0, OPENING_CHARS));
}

/** The end of a system message's first sentence (a stop followed by a space or line end, or a line end). */
const FIRST_SENTENCE_END = /[.!?。！？](?=\s|$)|\n/;

/** The first sentence of a message's opening characters. */
function toFirstSentence(window: string): string {
  const head = window.trimStart().slice(0, OPENING_CHARS);
  const end = head.search(FIRST_SENTENCE_END);
  return end < 0 ? head : head.slice(0, end);
}

/**
 * The stricter `hasSystemTask`: the artifact is asked for in the first sentence ("Given the below conversation,
 * generate a search query…"), so the message is the task, not a persona that later mentions memories or emoji ("You
 * are Mia, the user's companion. Remember what the user tells you…").
 */
export function opensWithArtifactTask(view: MetaView): boolean {
  return someSystemOpening(view, toFirstSentence);
}
