/**
 * Blind round 42: where each client was read (repository, path, commit) and the small formatting helpers that
 * reproduce how each client lays a conversation out before sending it.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import type { ChatBody, Source } from "./_types.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});

const MEMBANK = "cf61c4196e4cfdb0f2b7a0316249fa40312dc3a9";
const SCM = "05456d093ff635db5090139b934a1fb2a37206af";
const AIWAVES = "e8c4e3c2d19739d3dff59e577d1c97090cc15f59";
const AMEM = "ceffb860f0712bbae97b184d440df62bc910ca8d";
const SQUAD = "8048bcf308fcc5f5768a9c2d4c3f139b0e81f4e6";
const ONAIR = "d7f57e8511434c427f6e11292f27a7c3c242737a";
const CLAW = "cb92d59f35120eebfcdf7fecb3bdd803c4ccfc4f";
const AITOWN = "2693ed6973e3461204385c9d11fb3aca4e8e3a7a";

export const SRC = {
  memBank: at("zhongwanjun/MemoryBank-SiliconFriend", {
    path: "memory_bank/summarize_memory.py",
    commit: MEMBANK,
  }),
  memBankChat: at("zhongwanjun/MemoryBank-SiliconFriend", { path: "utils/prompt_utils.py", commit: MEMBANK }),
  scmPrompts: at("wbbeyourself/SCM4LLMs", { path: "prompts/dialogue.py", commit: SCM }),
  scmJudge: at("wbbeyourself/SCM4LLMs", { path: "core/chat.py", commit: SCM }),
  scmDemo: at("wbbeyourself/SCM4LLMs", { path: "dialogue_demo.py", commit: SCM }),
  aiwavesMemory: at("aiwaves-cn/agents", { path: "src/agents/agents/memory.py", commit: AIWAVES }),
  aiwavesSop: at("aiwaves-cn/agents", { path: "src/agents/task/sop.py", commit: AIWAVES }),
  chatmemory: at("uezo/chatmemory", {
    path: "chatmemory/chatmemory.py",
    commit: "89c35d3b20646fa22cccd689ad580020e3f9f1a9",
  }),
  amem: at("agiresearch/A-mem", { path: "agentic_memory/memory_system.py", commit: AMEM }),
  squadClassifier: at("awslabs/agent-squad", {
    path: "python/src/agent_squad/classifiers/classifier.py",
    commit: SQUAD,
  }),
  squadOpenAI: at("awslabs/agent-squad", {
    path: "python/src/agent_squad/classifiers/openai_classifier.py",
    commit: SQUAD,
  }),
  squadAgent: at("awslabs/agent-squad", {
    path: "python/src/agent_squad/agents/openai_agent.py",
    commit: SQUAD,
  }),
  onairSummary: at("shinshin86/aituber-onair", {
    path: "packages/core/src/services/chat/providers/openai/OpenAISummarizer.ts",
    commit: ONAIR,
  }),
  onairAnalyzer: at("shinshin86/aituber-onair", {
    path: "packages/comment-intelligence/src/llm/createChatServiceCommentAnalysisProvider.ts",
    commit: ONAIR,
  }),
  onairReply: at("shinshin86/aituber-onair", {
    path: "packages/comment-intelligence/src/context/formatCommentIntelligencePrompt.ts",
    commit: ONAIR,
  }),
  clawExtractor: at("vorojar/AgentClaw", { path: "packages/core/src/memory-extractor.ts", commit: CLAW }),
  clawContext: at("vorojar/AgentClaw", { path: "packages/core/src/context-manager.ts", commit: CLAW }),
  beeai: at("i-am-bee/beeai-framework", {
    path: "python/beeai_framework/memory/summarize_memory.py",
    commit: "1db6811457f8e9f4436e7de463b1b834625ccf88",
  }),
  kwai: at("KwaiKEG/KwaiAgents", {
    path: "kwaiagents/agents/prompts.py",
    commit: "3504ab8a00a3c3f5e5a4ccbd12dee64997f9561c",
  }),
  aiavatar: at("uezo/aiavatarkit", {
    path: "aiavatar/character/service.py",
    commit: "272548ec2618ec1a421b6c8b8ad3bb946e1f771d",
  }),
};

/** The person on the user side of each sample conversation, by language (speaker lists and memory keys). */
const PEOPLE: Record<string, string> = {
  English: "Tom",
  Spanish: "Lucía",
  Chinese: "小林",
  Japanese: "佐藤",
};
export const person = (c: Conversation): string => PEOPLE[c.language] ?? "User";

/** The conversation as (question, answer) exchanges, the unit MemoryBank and SCM4LLMs store. */
export function exchanges(turns: Turn[]): Array<{ q: string; r: string }> {
  const out: Array<{ q: string; r: string }> = [];
  for (let i = 0; i + 1 < turns.length; i += 2) {
    const [q, r] = [turns[i], turns[i + 1]];
    if (q && r) out.push({ q: q.content, r: r.content });
  }
  return out;
}

/** SCM4LLMs tools.py detect_language: English when Latin letters are more than 60% of the characters. */
export const scmIsEnglish = (text: string): boolean =>
  (text.match(/[a-zA-Z]/g)?.length ?? 0) / text.length > 0.6;

/** aiwaves Memory.encode_memory with SINGLE_MESSAGE_TEMPLATE ("name/role/speak content" blocks). */
export function aiwavesEncode(
  turns: Turn[],
  { user, advisor, template }: { user: string; advisor: string; template: string },
): string {
  return turns.map((t) =>
    "\n" + template.replace("{name}", t.role === "user" ? user : advisor)
      .replace("{role}", t.role === "user" ? "Asker" : "Advisor").replace("{content}", t.content)
  ).join("");
}

/** Python's repr of a list of strings, as an f-string prints `list(...)` (aiwaves next_nodes). */
export const pyList = (items: string[]): string => `[${items.map((s) => `'${s}'`).join(", ")}]`;

/** Adds the transport fields `ChatBody` does not name (tools, top_p, stop, max_completion_tokens). */
export const withExtras = (body: ChatBody, extras: Record<string, unknown>): ChatBody => ({
  ...body,
  ...extras,
});

const strArray = { type: "array", items: { type: "string" } };
/** A-mem process_memory response_format (json_schema, strict). */
export const AMEM_EVOLUTION_FORMAT = {
  type: "json_schema",
  "json_schema": {
    name: "response",
    schema: {
      type: "object",
      properties: {
        should_evolve: { type: "boolean" },
        actions: strArray,
        suggested_connections: strArray,
        new_context_neighborhood: strArray,
        tags_to_update: strArray,
        new_tags_neighborhood: { type: "array", items: strArray },
      },
      required: [
        "should_evolve",
        "actions",
        "suggested_connections",
        "tags_to_update",
        "new_context_neighborhood",
        "new_tags_neighborhood",
      ],
      additionalProperties: false,
    },
    strict: true,
  },
};
/** A-mem analyze_content response_format. */
export const AMEM_ANALYZE_FORMAT = {
  type: "json_schema",
  "json_schema": {
    name: "response",
    schema: {
      type: "object",
      properties: { keywords: strArray, context: { type: "string" }, tags: strArray },
    },
  },
};

/** GibsonAI/memori memory_agent.py at the last commit before the rewrite that removed it. */
export const memoriSource: Source = at("GibsonAI/memori", {
  path: "memori/agents/memory_agent.py",
  commit: "0376f98f46d837c76e816534b7917cb15522573b",
});

/** a16z-infra/ai-town: the memory writer and the conversation prompts. */
export const aitownSource = {
  memory: at("a16z-infra/ai-town", { path: "convex/agent/memory.ts", commit: AITOWN }),
  conversation: at("a16z-infra/ai-town", { path: "convex/agent/conversation.ts", commit: AITOWN }),
};

/** fridayL/autoalpha groupchat.py (GROUP_CHAT_TEMPLATE and GroupChat._run). */
export const autoalphaSource: Source = at("fridayL/autoalpha", {
  path: "autoalpha/agent/groupchat.py",
  commit: "84efa0278d7da035e33d267fdbbb1eb1a9d4cf47",
});
