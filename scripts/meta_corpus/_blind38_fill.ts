/**
 * Blind round 38: where each client's template was read, and the transcript forms the clients build from their stored
 * messages, so `_blind38.ts` stays a list of requests.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

export const SRC = {
  motorhead: at("getmetal/motorhead", {
    path: "src/reducer.rs",
    commit: "042b12f3ba2009416122e267fb7e26e2c179dbca",
  }),
  chatBackend: at("AI-at-Work/Chat-Backend", {
    path: "api_call/prompts.go",
    commit: "a201f3c57354c31f145241b92440e1ffa2656cab",
  }),
  mcArc: at("pmall/mc-arc", {
    path: "mc_arc/prompts.py",
    commit: "389c48deedb79f20efc99b993060c58777349a14",
  }),
  mcArcExample: at("pmall/mc-arc", {
    path: "examples/shared.py",
    commit: "389c48deedb79f20efc99b993060c58777349a14",
  }),
  langroid: at("langroid/langroid", {
    path: "langroid/language_models/base.py",
    commit: "786c4fe39a3fd7b595d3220a08676e9af78f4143",
  }),
  langroidAgent: at("langroid/langroid", {
    path: "langroid/agent/chat_agent.py",
    commit: "786c4fe39a3fd7b595d3220a08676e9af78f4143",
  }),
  nekroMemory: at("KroMiose/nekro-agent", {
    path: "nekro_agent/services/memory/consolidator.py",
    commit: "2ee12cf43356f8f29f27a32f1ec648bb029dbd8b",
  }),
  nekroRecall: at("KroMiose/nekro-agent", {
    path: "nekro_agent/services/memory/recall_contract.py",
    commit: "2ee12cf43356f8f29f27a32f1ec648bb029dbd8b",
  }),
  raAid: at("ai-christianson/RA.Aid", {
    path: "ra_aid/prompts/key_facts_gc_prompts.py",
    commit: "4b32edc21de6c4548496f842a7796ff534d85a1b",
  }),
  naturel: at("KroMiose/nonebot_plugin_naturel_gpt", {
    path: "nonebot_plugin_naturel_gpt/chat.py",
    commit: "56879fb3df6b727fbc793f841f6adffd6ba4f3ce",
  }),
  deepcode: at("HKUDS/DeepCode", {
    path: "core/agent_runtime/compaction.py",
    commit: "4c5ab71af7e57a37bd73924d6c89304285e39c93",
  }),
};

/** Speaker names for a two-person chat, per conversation language (the multi-character and group-chat clients). */
const NAMES: Record<string, [string, string]> = {
  English: ["Priya", "Tom"],
  Spanish: ["Lucía", "Andrés"],
  Chinese: ["小林", "阿哲"],
  Polish: ["Kasia", "Marek"],
};

export function speakers(c: Conversation): [string, string] {
  return NAMES[c.language] ?? ["Ana", "Ben"];
}

export function who(c: Conversation, t: Turn): string {
  const [user, other] = speakers(c);
  return t.role === "user" ? user : other;
}

/** Complete (user, assistant) pairs, the form langroid keeps its chat history in. */
export function pairs(turns: Turn[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < turns.length; i++) {
    const q = turns[i];
    const r = turns[i + 1];
    if (q?.role === "user" && r?.role === "assistant") out.push([q.content, r.content]);
  }
  return out;
}

/** The last complete exchange, as Chat-Backend formats it before folding it into the running summary. */
export function lastExchange(turns: Turn[]): string {
  const all = pairs(turns);
  const [q, r] = all[all.length - 1] ?? ["", ""];
  return `User: ${q}\n\nAssistant: ${r}`;
}

/** nekro-agent's `[HH:MM] sender: text` lines (consolidator) with each text cut at 500 characters. */
export function nekroLines(c: Conversation): string {
  return c.turns.map((t, i) =>
    `[20:${String(10 + i * 3).padStart(2, "0")}] ${who(c, t)}: ${t.content.slice(0, 500)}`
  )
    .join("\n");
}

/** Naturel GPT's default persona (config.py PRESETS) and its history lines (`generate_msg_template`). */
export const NATUREL_KEY = "白羽";
export const NATUREL_INTRO =
  "白羽是一名喜欢二次元的中二宅女，她机智、傲娇，对人类充满好奇，聊天时喜欢使用各种可爱的颜文字，如果冒犯到她会生气。";

export function naturelLines(c: Conversation, { clock }: { clock: boolean }): string {
  return c.turns.map((t, i) => {
    const time = clock ? `[21:${String(5 + i * 2).padStart(2, "0")}:00 PM] ` : "";
    return `${time}${t.role === "user" ? who(c, t) : NATUREL_KEY}: ${t.content}`;
  }).join("\n");
}
