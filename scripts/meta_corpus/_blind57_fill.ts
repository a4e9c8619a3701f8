/**
 * Blind round 57 helpers: the commits read, and the few ways the round's messenger bots cut a conversation before
 * they put it into a prompt (the last answered exchange, user/assistant pairs, Go's JSON encoding).
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { type Source, sys } from "./_types.ts";
import { PERSONA_BOT_0 } from "./_prompts_blind57.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

export const COMMIT = {
  betterAutoReply: "8d02f2fcf24817958f379bbbe098fe6738ca3abb",
  groupChatEnhanced: "8987c52f8afb3c95427f02cc34cb6f76470e3815",
  personaBot: "69f00a134b4749ff745ef895414380e27e235043",
  cwTelegram: "7329d67b6d230d295f931f1364bce827c89dccfb",
  luna: "57de958064ce71a851a743eb67f3dac437f0ae2d",
  vtuber: "f19ae49bd81ecab89a6f52e13e8a8d6fc88d68cb",
  family: "11d1e1cde0c3cd5506e9848731e8396b7fd0c85a",
  storyteller: "7e72cae3dbf05426fd6dbefd1e84be77d716a965",
  tbot: "a3b4aad0a0958a6440eb5cc8d5e2cb945782ba87",
  crab: "fb446e9f013b9010ea72e182c4babbbc2eca4ea9",
  morph: "ecb8a0303c1c1a9e90cd0ce2003a8fb666d55c50",
  gepetesque: "f68f20bf30b25fa85c7cd834c65cd0edf7e1d8f3",
};

/** The last user turn that has an answer, that answer, and the turns before them (bots that act on a reply). */
export function answered(c: Conversation): { before: Turn[]; question: string; answer: string } {
  const i = c.turns.findLastIndex((t, n) => t.role === "user" && c.turns[n + 1]?.role === "assistant");
  return { before: c.turns.slice(0, i), question: c.turns[i]!.content, answer: c.turns[i + 1]!.content };
}

/** The newest user message and the turns before it (bots deciding on an incoming message). */
export function incoming(c: Conversation): { before: Turn[]; message: string } {
  const i = c.turns.findLastIndex((t) => t.role === "user");
  return { before: c.turns.slice(0, i), message: c.turns[i]!.content };
}

/** Complete user/assistant pairs, as stores that save a turn only once it is answered. */
export function pairs(c: Conversation): Array<{ user: string; assistant: string }> {
  return c.turns.flatMap((t, n) =>
    t.role === "user" && c.turns[n + 1]?.role === "assistant"
      ? [{ user: t.content, assistant: c.turns[n + 1]!.content }]
      : []
  );
}

/** Go's `json.Marshal`: like JSON.stringify, but `<`, `>`, `&`, U+2028 and U+2029 are escaped. */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** persona-bot keeps personas in its database; this Russian persona and word list are ours. */
export const GRUMP =
  "Ты — Ворчун, саркастичный пенсионер из Telegram-чата. Ты всё критикуешь, но в глубине души добрый.";
export const GRUMP_WORDS = ["эх", "молодёжь", "в наше время"];

/** The words message: JS turns the array into a comma-joined string inside the template literal. */
export const grumpWords = () => sys(PERSONA_BOT_0.replace("${words}", () => GRUMP_WORDS.join(",")));
