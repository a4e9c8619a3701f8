/**
 * Blind round 75 fill helpers: the names each game or bot gives the two speakers, the client-specific transcript
 * forms, and Python's `json.dumps(..., indent=2)` (which escapes every non-ASCII character) for pakkio/nexus.
 */
import type { Conversation, Turn } from "./_conversations.ts";

/** Player and character names per conversation language (stand-ins for the game's save data). */
const NAMES: Record<string, { player: string; npc: string }> = {
  English: { player: "Mia", npc: "Juniper" },
  German: { player: "Lukas", npc: "Greta" },
  Korean: { player: "지훈", npc: "하나" },
  Portuguese: { player: "Inês", npc: "Tiago" },
};

export function people(c: Conversation): { player: string; npc: string } {
  return NAMES[c.language] ?? { player: "Player", npc: "NPC" };
}

export const lastUser = (c: Conversation): string =>
  [...c.turns].reverse().find((t) => t.role === "user")?.content ?? c.followUp;

export const lastAssistant = (c: Conversation): string =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";

/** `label(role): content` lines joined by `separator`, each line optionally terminated. */
export function lines(
  turns: Turn[],
  { label, separator = "\n", terminate = false }: {
    label: (t: Turn) => string;
    separator?: string;
    terminate?: boolean;
  },
): string {
  const out = turns.map((t) => `${label(t)}${t.content}`);
  return terminate ? out.map((l) => l + separator).join("") : out.join(separator);
}

/** The conversation plus the follow-up as the newest player message (games that wait for the player's turn). */
export const withFollowUp = (c: Conversation): Turn[] => [...c.turns, { role: "user", content: c.followUp }];

/** Python `json.dumps(value, indent=2)`: ensure_ascii escapes every code unit above 0x7f as \uXXXX. */
export function pyJsonIndent(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * DoanNgocCuong/MiniProd_NLP3_VeryFastMoodEmotionClassification_T12_2025 data/utils_processing.py@af24dfa7af46593f14eff8a9a4730a65283b7b79
 * documents the classifier input as the robot's previous question, the child's answer and the robot's reply to check.
 */
export function pikaInput(c: Conversation): string {
  const t = c.turns;
  const r = t.map((x) => x.role).lastIndexOf("assistant");
  const a = t.slice(0, r).map((x) => x.role).lastIndexOf("user");
  const q = t.slice(0, a).map((x) => x.role).lastIndexOf("assistant");
  return `Previous Robot Pika's Question: ${q >= 0 ? t[q]?.content : ""}\n Previous Children's Answer: ${
    t[a]?.content ?? ""
  }\n Now Pika Robot's Response need check: ${t[r]?.content ?? ""}`;
}

/** Per-language stand-ins for game state the clients keep (a player's private mission, a world summary). */
export const MISSION: Record<string, string> = {
  English: "Conseguir que el personaje le explique qué hacer con la planta.",
  German: "Conseguir que el personaje le explique cómo salvar su masa madre.",
  Korean: "Conseguir que el personaje le enseñe a tocar el acorde sin ruido.",
  Portuguese: "Conseguir que el personaje le proponga una ruta de dos días.",
};

/** The same string with each `@@name@@` marker of the copied templates replaced. */
export function fill(template: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`@@${k}@@`, v), template);
}
