/**
 * Blind round 45: the sources read and the small fillers the round's templates share (how each client lays out
 * the conversation it sends), kept apart so `_blind45.ts` holds only the templates.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, type ChatBody, MODEL, type Source, sys, usr, type WireMessage } from "./_types.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

export const LIVE2DPET = "f62f0aafaac56bee69ffcd5462a7ab9419482a58";
export const CHASM = at("milkyway0308/crystallized-chasm", {
  path: "babechat/ignitor-babe.user.js",
  commit: "6c7f49c6531a126c1c5a0927a3137fac27684f21",
});
export const NEOCHAT = "89ac1549fba3dd085070e451fefe7fe15643f385";
export const HER = "5530cda9f2f20cdb9764bf566ee0261c05305d9f";
export const GF = "2f325de3ccc14e3117bdef3663fd076262f7fd51";
export const THAL = "ef212f68a26a6d037886d858be1710aa7047cbe1";
export const OMW = "16ed8a126e5a88f6d0f4d23ff7a59724826e7127";
export const MEMORY_BOOKS = at("aikohanasaki/SillyTavern-MemoryBooks", {
  path: "stmemory.js",
  commit: "eb5615d851f7130d8599afcfc76c558738553700",
});
export const CHAR_MEMORY = at("JasperCatStudios/sillytavern-character-memory", {
  path: "index.js",
  commit: "2b83c3d09788fd22895c8123f5d68a797c1413fb",
});
export const MY_NEURO = "675f1b90b0cedc4ddb5bf4d9da154d1b20a90630";
export const AMICA = "1f1578b1630cec5aef8256d9a84d0e3bb5cefa1d";
export const AIRI = at("moeru-ai/airi", {
  path: "packages/stage-ui/src/stores/modules/artistry-autonomous.ts",
  commit: "f790a96d70a0da8f587d9cf59a0093942049ac3f",
});

/** The character's name in the role-play clients' transcripts, and the user's. */
export const CHAR = "Lina";
export const USER = "Aoi";

/** Gemini `generateContent`, Ollama `generate` and single-prompt helpers reach a chat endpoint as one user message. */
export const one = (content: string): ChatBody => ({ model: MODEL, messages: [usr(content)] });

/** The conversation as `<name>: text` lines with the role-play clients' speaker names. */
export function named(c: Conversation, { separator = "\n" }: { separator?: string } = {}): string {
  return c.turns.map((t) => `${t.role === "user" ? USER : CHAR}: ${t.content}`).join(separator);
}

/** The last line the character spoke (what the emotion and image directors look at). */
export function lastReply(c: Conversation): string {
  return [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";
}

/** The last thing the user said. */
export function lastUserTurn(c: Conversation): string {
  return [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";
}

/** A character card the user wrote (the clients fill it from their settings). */
export const CARD =
  "Lina is a cheerful librarian in her twenties who lives in a small harbour town. She loves rainy days, old maps and strong tea, teases the user gently and remembers every detail they tell her.";

/** A persona turn as the clients send it: their system prompt, the conversation, then the user's next message. */
export const personaTurn = (system: string, c: Conversation): WireMessage[] => [
  sys(system),
  ...c.turns.map((t) => t.role === "user" ? usr(t.content) : asst(t.content)),
  usr(c.followUp),
];
