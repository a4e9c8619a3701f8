/**
 * Blind round 40: where each client's text was read, and the transcript forms the clients build before filling it.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { Source } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

const QWERY = "ea69b8ba6a1859f28f0fcf2fc18f22ff9b4a261b";
const ADNIFY = "cf3e9387bd4824d2e0fbae931d67ac476a761306";

export const SRC = {
  qweryCompaction: at("Guepard-Corp/qwery-core", {
    path: "packages/agent-factory-sdk/src/agents/session-compaction.ts",
    commit: QWERY,
  }),
  qweryTitle: at("Guepard-Corp/qwery-core", {
    path: "packages/agent-factory-sdk/src/services/generate-conversation-title.service.ts",
    commit: QWERY,
  }),
  qweryBase: at("Guepard-Corp/qwery-core", {
    path: "packages/agent-factory-sdk/src/agents/prompts/base-agent.prompt.ts",
    commit: QWERY,
  }),
  adnify: at("adnaan-worker/Adnify", {
    path: "src/renderer/agent/context/summaryService.ts",
    commit: ADNIFY,
  }),
  johnnymny: at("johnnymny/claude-code-handover", {
    path: "hooks/handover_worker.py",
    commit: "4f651c1d5a04f73a50df7b38f9b9c0ef55c25545",
  }),
  bomber: at("bomber555/claude-code-handover", {
    path: "hooks/pre-compact-handover.py",
    commit: "d2067893e451bb67b01b81a508108d7d23eadd76",
  }),
  chess: at("BY-ee/chess-master-FE", {
    path: ".agent/workflows/context-convention.md",
    commit: "6444fa05a76f91daae19562502c367c1bb40695a",
  }),
  socialseed: at("daironpf/socialseed-e2e", {
    path: ".opencode/agents/save-chat.md",
    commit: "452bcd4de7e6dcfef0c97372af944b31ad872d4b",
  }),
  sommerfest: at("Spenzerxxl/sommerfest-website", {
    path: ".claude/commands/übergabe.md",
    commit: "bd48dd2f7dc622eb3f8c5f59d1f3f9c427ba67f2",
  }),
  rapidmon: at("rapidmon/Information-collection-based-on-sns-algorithm", {
    path: ".claude/commands/handoff.md",
    commit: "df83722c4d6a6742fb7c25d2ad25e4d099ce3f97",
  }),
  memsys: at("3x-Projetos/claude-memory-system", {
    path: ".claude/commands/end.md",
    commit: "893f691b88fd53ed32f47ea5117d651a2ada19d5",
  }),
  ystandard: at("yosiakatsuki/ystandard", {
    path: ".claude/commands/commit.md",
    commit: "18dba7737242d177c753ab0b65eb7fa2de066b57",
  }),
  cfrs: at("cfrs2005/claude-plugins", {
    path: "plugins/memory-manager/commands/save.md",
    commit: "28da3a0627042601d94b66b6d7a87bec6da1c254",
  }),
  longmemory: at("killvxk/LongMemory", {
    path: "ccplugin/commands/save.md",
    commit: "82c93a281f513d8f8faa668612ec687b896566e8",
  }),
  mutiexpert: at("senjay2580/MutiExpert", {
    path: ".claude/commands/context-memory.md",
    commit: "d72514ae98b3c7d1b4806a7495cc927b4b900f4e",
  }),
};

const lastOf = (turns: Turn[], role: Turn["role"]) =>
  [...turns].reverse().find((t) => t.role === role)?.content ?? "";

/** Adnify's buildConversationText: `User:`/`Assistant:` blocks, each cut to 500 characters, joined by a blank line. */
export function adnifyConversationText(c: Conversation): string {
  return c.turns
    .map((t) =>
      t.role === "user" ? `User: ${t.content.slice(0, 500)}` : `Assistant: ${t.content.slice(0, 500)}`
    )
    .join("\n\n");
}

/** Adnify's last user request (extractUserRequests keeps the first 200 characters). */
export const adnifyLastRequest = (c: Conversation) => lastOf(c.turns, "user").slice(0, 200);

/**
 * The tail of a Claude Code session JSONL as the hook reads it; the real lines carry more fields (uuid, parentUuid,
 * cwd, version), reconstructed here with the ones that hold the conversation.
 */
export function claudeCodeJsonl(c: Conversation, sessionId: string): string {
  return c.turns
    .map((t, i) =>
      JSON.stringify({
        type: t.role,
        message: { role: t.role, content: t.content },
        sessionId,
        timestamp: `2026-03-02T09:${String(10 + i * 3).padStart(2, "0")}:00.000Z`,
      })
    )
    .join("\n") + "\n";
}

/** Fills a Python f-string's `{name}` (and `{name[:8]}`) placeholders. */
export function fillPython(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)(\[:8\])?\}/g, (whole, name: string, cut?: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return cut ? value.slice(0, 8) : value;
  });
}

/** The lines a main agent hands to a subagent when it passes the conversation on (wrapper reconstructed). */
export const roleLines = (c: Conversation, { user, assistant }: { user: string; assistant: string }) =>
  c.turns.map((t) => `${t.role === "user" ? user : assistant}: ${t.content}`).join("\n");
