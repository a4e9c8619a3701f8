/**
 * Blind round 59, second half: the compaction, segment-summary and memory templates (QwenPaw (CoPaw), ReMe,
 * picoclaw), filled the same way as the first half in `_blind59.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_59 } from "./_conversations_blind59.ts";
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind59.ts";
import * as W from "./_wire_blind59.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const COPAW = "9a11bf58fd5d9dc4ac8b06f53a3461b4b609c5ef";
const REME = "c8e124876974d79da15ca8c35979ed2b21e14b20";
const PICO = "cf67dd3851e7926bf04ea9016c2e61248f9f614e";
const index = (c: Conversation) => CONVERSATIONS_BLIND_59.indexOf(c);
const copaw = (c: Conversation, instruction: string) =>
  `# conversation\n${W.copawHistory(c)}\n\n${instruction}`;
const pico = (prompt: string, c: Conversation, { ratio, cap }: { ratio: number; cap: number }) => {
  const target = Math.min(cap, Math.floor(W.roughTokens(W.picoHistory(c)) * ratio));
  const text = prompt.replace("%d", String(target)).replace("%s", "(none)").replace("%s", W.picoHistory(c));
  return { model: MODEL, messages: [usr(text)], max_tokens: target * 2, temperature: 0.3 };
};

export const COMPACTION: Template[] = [
  {
    client: "QwenPaw (CoPaw)",
    task: "compaction",
    source: at("agentscope-ai/CoPaw", {
      path: "src/qwenpaw/agents/context/compactor_prompts.py",
      commit: COPAW,
    }),
    note:
      "light_context_manager.py: ReActAgent with SYSTEM_PROMPT_ZH, one user message `# conversation` + INITIAL_USER_MESSAGE_ZH",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.COPAW_SYSTEM_PROMPT_ZH), usr(copaw(c, P.COPAW_INITIAL_USER_MESSAGE_ZH))],
    }),
  },
  {
    client: "QwenPaw (CoPaw)",
    task: "compaction",
    source: at("agentscope-ai/CoPaw", {
      path: "src/qwenpaw/agents/context/compactor_prompts.py",
      commit: COPAW,
    }),
    note: "the same compactor with language en",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.COPAW_SYSTEM_PROMPT_EN), usr(copaw(c, P.COPAW_INITIAL_USER_MESSAGE_EN))],
    }),
  },
  {
    client: "QwenPaw (CoPaw)",
    task: "compaction",
    source: at("agentscope-ai/CoPaw", {
      path: "src/qwenpaw/agents/context/compactor_prompts.py",
      commit: COPAW,
    }),
    note: "second compaction: `# previous-summary` (written for this round) + UPDATE_USER_MESSAGE_ZH",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.COPAW_SYSTEM_PROMPT_ZH),
        usr(
          `# conversation\n${W.copawHistory(c)}\n\n# previous-summary\n${
            W.previousSummaryZh(c)
          }\n\n${P.COPAW_UPDATE_USER_MESSAGE_ZH}`,
        ),
      ],
    }),
  },
  {
    client: "ReMe",
    task: "compaction",
    source: at("agentscope-ai/ReMe", { path: "reme/steps/evolve/compressor.yaml", commit: REME }),
    note: "compressor.py: one user message, compress_prompt_zh with the transcript",
    build: (c) => ({ model: MODEL, messages: [usr(P.REME_COMPRESS_ZH.replace("{text}", W.remeHistory(c)))] }),
  },
  {
    client: "ReMe",
    task: "compaction",
    source: at("agentscope-ai/ReMe", { path: "reme/steps/evolve/compressor.yaml", commit: REME }),
    note: "compressor.py with queries: compress_query_prompt_zh, the queries as `- ` lines",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          P.REME_COMPRESS_QUERY_ZH.replace("{queries}", `- ${c.followUp}`).replace(
            "{text}",
            W.remeHistory(c),
          ),
        ),
      ],
    }),
  },
  {
    client: "ReMe",
    task: "compaction",
    source: at("agentscope-ai/ReMe", { path: "reme/steps/evolve/compressor.yaml", commit: REME }),
    note: "compressor.py, English compress_prompt",
    build: (c) => ({ model: MODEL, messages: [usr(P.REME_COMPRESS_EN.replace("{text}", W.remeHistory(c)))] }),
  },
  {
    client: "picoclaw",
    task: "summary",
    source: at("sipeed/picoclaw", { path: "pkg/seahorse/short_compaction.go", commit: PICO }),
    note:
      "buildLeafSummaryPrompt as one user message; target tokens min(1200, 0.35 x input), max tokens twice LeafTargetTokens is 2400",
    build: (c) => ({ ...pico(P.PICO_LEAF, c, { ratio: 0.35, cap: 1200 }), max_tokens: 2400 }),
  },
  {
    client: "picoclaw",
    task: "summary",
    source: at("sipeed/picoclaw", { path: "pkg/seahorse/short_compaction.go", commit: PICO }),
    note:
      "level 2 when the first summary is too long: buildAggressiveLeafSummaryPrompt, target min(640, 0.2 x input)",
    build: (c) => pico(P.PICO_AGGR, c, { ratio: 0.2, cap: 640 }),
  },
];

export const MEMORY: Template[] = [
  {
    client: "QwenPaw (CoPaw)",
    task: "memory",
    source: at("agentscope-ai/CoPaw", { path: "src/qwenpaw/agents/memory/prompts.py", commit: COPAW }),
    note:
      "reme_light_memory_manager.py: DreamOptimizer agent (read/write/edit tools, left out) gets DREAM_OPTIMIZATION_ZH; no chat history",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a Dream Memory Organizer specialized in optimizing long-term memory files."),
        usr(P.COPAW_DREAM_ZH.replace("{current_date}", `2026-03-0${2 + Math.max(0, index(c))}`)),
      ],
    }),
  },
  {
    client: "ReMe",
    task: "memory",
    source: at("agentscope-ai/ReMe", { path: "reme/steps/evolve/auto_memory.yaml", commit: REME }),
    note:
      "auto_memory.py: agent with system_prompt_zh and user_message_create_zh (daily_write tool left out)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.REME_AUTO_SYSTEM_ZH),
        usr(
          P.REME_AUTO_CREATE_ZH.replace("{today}", "2026-03-02").replace("{note}", "(none)")
            .replaceAll("{session_id}", `sess-${7 + index(c)}`).replaceAll("{today}", "2026-03-02")
            .replace("{history}", W.remeHistory(c)),
        ),
      ],
    }),
  },
];
