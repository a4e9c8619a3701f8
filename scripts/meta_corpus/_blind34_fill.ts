/**
 * Blind round 34: the sources read and the transcript formats each client builds before filling its template.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

export const SRC = {
  flavia: at("flavioluiz/flavIA", {
    path: "src/flavia/agent/base.py",
    commit: "2a111fb3de27099535a3ae83cbba83de40389477",
  }),
  jiuwenDialogue: at("openJiuwen-ai/agent-core", {
    path: "openjiuwen/core/context_engine/processor/compressor/dialogue_compressor.py",
    commit: "4f2c29c34899a45cec56a7d765fcc95e4002f60a",
  }),
  jiuwenTeam: at("openJiuwen-ai/agent-core", {
    path: "openjiuwen/agent_teams/memory/extractor.py",
    commit: "4f2c29c34899a45cec56a7d765fcc95e4002f60a",
  }),
  dynamiqContext: at("dynamiq-ai/dynamiq", {
    path: "dynamiq/nodes/tools/context_manager.py",
    commit: "9fcec5f14f96e311212f240ca14fd0f1f2ccc771",
  }),
  dynamiqGraph: at("dynamiq-ai/dynamiq", {
    path: "dynamiq/nodes/agents/prompts/orchestrators/graph.py",
    commit: "9fcec5f14f96e311212f240ca14fd0f1f2ccc771",
  }),
  hive: at("adenhq/hive", {
    path: "core/framework/graph/context_handoff.py",
    commit: "9c781ed78ea54a63f3feae21f7a77ec54041986d",
  }),
  codeAssistant: at("stippi/code-assistant", {
    path: "crates/code_assistant_core/resources/compaction_prompt.md",
    commit: "cbed96653554ca4edb97211baf912bcd5386200c",
  }),
  codeAssistantName: at("stippi/code-assistant", {
    path: "crates/code_assistant_core/src/plugins/name_session.rs",
    commit: "cbed96653554ca4edb97211baf912bcd5386200c",
  }),
  claw: at("openJiuwen-ai/jiuwenclaw", {
    path: "jiuwenclaw/agentserver/memory/summarizer.py",
    commit: "513645f2216658633cd37f3478ee44ea7f4b20f5",
  }),
  gaiaFollowUp: at("jigarbhoye04/gaia-ai", {
    path: "apps/api/app/agents/core/nodes/follow_up_actions_node.py",
    commit: "17fd7617827e64b5db62b259d85e34fd9529d0fa",
  }),
  gaiaConvo: at("jigarbhoye04/gaia-ai", {
    path: "apps/api/app/agents/prompts/convo_prompts.py",
    commit: "17fd7617827e64b5db62b259d85e34fd9529d0fa",
  }),
  zukus: at("cilvet/zukus", {
    path: ".cursor/commands/compact.md",
    commit: "6605179343cefcd4689476387aa69b6be25e8305",
  }),
  echodent: at("AlanKBR/EchoDent", {
    path: ".github/prompts/context-compression.prompt.md",
    commit: "8ced68cc86592516bca1e33e860be5b7eb1e5002",
  }),
};

/** Replaces `{name}` (Python str.format) or `{{ name }}` (Jinja) placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{ ?(\w+) ?\}\}|\{(\w+)\}/g, (whole, jinja, py) => values[jinja ?? py] ?? whole);
}

const py = { user: "User", assistant: "Assistant" };
/** `User: …` / `Assistant: …` lines (flavIA's serializer, jiuwenclaw's format_messages_for_summary). */
export const userAssistantLines = (c: Conversation) =>
  c.turns.map((t) => `${py[t.role]}: ${t.content}`).join("\n");

/** jiuwenclaw cuts each message at 1000 characters (format_messages_for_summary). */
export const clawLines = (c: Conversation) =>
  c.turns.map((t) =>
    `${py[t.role]}: ${t.content.length > 1000 ? `${t.content.slice(0, 1000)}...` : t.content}`
  )
    .join("\n");

/** Python's repr of a str (single quotes unless the text holds one and no double quote). */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(
    new RegExp(quote, "g"),
    `\\${quote}`,
  );
  return `${quote}${body}${quote}`;
}

/** Jinja's rendering of dynamiq's `_chat_history` (a Python list of role/content dicts). */
export const pyHistory = (turns: Turn[]) =>
  `[${turns.map((t) => `{'role': '${t.role}', 'content': ${pyRepr(t.content)}}`).join(", ")}]`;

/** LangChain's `pretty_repr()`: an 80-column `=` title line, a blank line, the content. */
export function prettyRepr(turns: Turn[]): string {
  return turns.map((t) => {
    const title = ` ${t.role === "user" ? "Human" : "Ai"} Message `;
    const side = "=".repeat(Math.floor((80 - title.length) / 2));
    const line = `${side}${title}${side}${(80 - title.length) % 2 ? "=" : ""}`;
    return `${line}\n\n${t.content}`;
  }).join("");
}

/** The Python repr of LangChain messages gaia puts in `{conversation_summary}` (recent_messages, a list). */
export const langchainList = (turns: Turn[]) =>
  `[${
    turns.map((t) =>
      `${t.role === "user" ? "HumanMessage" : "AIMessage"}(content=${
        pyRepr(t.content)
      }, additional_kwargs={}, response_metadata={})`
    ).join(", ")
  }]`;

/** openJiuwen's `_serialize_message`: `[index] role=… | content=…`. */
export const jiuwenLine = (index: number, t: Turn) => `[${index}] role=${t.role} | content=${t.content}`;

/** The team-memory extractor's record: every turn a team message between the leader and one member. */
export function teamRecord(c: Conversation): string {
  const lines = c.turns.map((t, i) => {
    const ts = `06-02 09:${String(10 + i * 3).padStart(2, "0")}`;
    return t.role === "user"
      ? `[${ts}] leader -> researcher: ${t.content}`
      : `[${ts}] researcher -> leader: ${t.content}`;
  });
  return ["# 本轮团队协作记录\n", "## 团队对话\n", ...lines, ""].join("\n");
}
