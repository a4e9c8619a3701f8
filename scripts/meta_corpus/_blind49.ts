/**
 * Blind round 49: voice assistants, home assistants, personal-assistant and companion apps, a customer-service
 * agent, education apps and a browser-extension chat, read from their source and measured without changing the
 * rules: MiGPT's Chinese short- and long-term memory for a Xiaomi speaker, Home Agent's and a Groq voice
 * assistant's Home Assistant fact extraction, DeepTutor's Chinese memory curator, Omi's follow-up question and
 * thread title, Cerebr's sidebar title, Leon's history compaction and skill router, N.E.K.O's conversation summary
 * in Japanese, Russian, Spanish and Portuguese and its Korean settings extraction, Bloom (tutor-gpt)'s title,
 * OpenMAIC's classroom director (who speaks next) and a Xianyu shop agent's Chinese context summary and intent
 * label. Negatives in `_negatives_blind49.ts`.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as F from "./_blind49_fill.ts";
import * as P from "./_prompts_blind49.ts";
import { at, fill, firstUser, lastAssistant, lastUser, MIGPT } from "./_blind49_shared.ts";
import { BLIND_ROUND_49_TAIL } from "./_blind49_tail.ts";
export { buildBlind49Negatives } from "./_negatives_blind49.ts";

export const BLIND_ROUND_49: Template[] = [
  {
    client: "MiGPT",
    task: "memory",
    source: at("idootop/mi-gpt", {
      path: "src/services/bot/memory/short-term.ts",
      commit: "02b033402ec46b3ae8020c3d8a011545a11bad99",
    }),
    note:
      "ShortTermMemoryAgent: one user message, jsonMode → response_format json_object (src/services/openai.ts); no earlier short-term memory",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.MIGPT_SHORT, {
        "{{masterName}}": MIGPT.master,
        "{{botName}}": MIGPT.bot,
        "{{shortTermMemory}}": "暂无短期记忆",
        "{{messages}}": F.miGptLines(c.turns, MIGPT),
      }))],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "MiGPT",
    task: "memory",
    source: at("idootop/mi-gpt", {
      path: "src/services/bot/memory/long-term.ts",
      commit: "02b033402ec46b3ae8020c3d8a011545a11bad99",
    }),
    note:
      "LongTermMemoryAgent: one user message, json_object; the newest short-term memory is the conversation's messages as MiGPT formats them",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.MIGPT_LONG, {
        "{{masterName}}": MIGPT.master,
        "{{botName}}": MIGPT.bot,
        "{{longTermMemory}}": "暂无长期记忆",
        "{{shortTermMemory}}": F.miGptLines(c.turns, MIGPT),
      }))],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Home Agent (hass-agent-llm)",
    task: "memory",
    source: at("aradlein/hass-agent-llm", {
      path: "custom_components/home_agent/agent/memory_extraction.py",
      commit: "0d60cdc271923229beef478951195303c5b97680",
    }),
    note:
      "_call_primary_llm_for_extraction: fixed system message + the extraction prompt, temperature 0.3; the last exchange is the current turn",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "You are a memory extraction assistant. Extract important information from conversations and return it as JSON.",
        ),
        usr(fill(P.HASS_EXTRACT, {
          "<<HISTORY>>": c.turns.length > 2
            ? F.hassLines(c.turns.slice(0, -2))
            : "(No previous conversation)",
          "<<USER>>": lastUser(c),
          "<<ASSISTANT>>": lastAssistant(c),
        })),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "DeepTutor",
    task: "memory",
    source: at("HKUDS/DeepTutor", {
      path: "deeptutor/services/memory/prompts/zh.yaml",
      commit: "b3dc27ba1d3631211bd9635988068cc978f2086d",
    }),
    paraphrased: true,
    note:
      "L2 consolidation of the chat surface: system_l2 + user_l2 (focus and sections from the same file); the entity block around the session (deeptutor/services/memory/snapshot/adapters.py `### role` blocks) is reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(P.DT_SYSTEM_L2, { "{user_label}": "default", "{today}": "2026-11-20" })),
        usr(fill(P.DT_USER_L2, {
          "{surface}": "chat",
          "{focus}": "用户暴露出来的稳定误解、已展示掌握的概念、反复回来的持久话题。临时的对话噪声不要记。",
          "{sections}": "误解, 掌握, 话题",
          "{existing}": "(empty)",
          "{entities}": `ref: chat:s_20261120\nlabel: ${
            firstUser(c).slice(0, 30)
          }\nts: 2026-11-20T00:05:00+00:00\n\n${
            c.turns.map((t) => `### ${t.role}\n${t.content}`).join("\n\n")
          }`,
          "{changes}": "(none)",
          "{kb_queries}": "(none)",
        })),
      ],
    }),
  },
  {
    client: "Omi",
    task: "follow-ups",
    source: at("BasedHardware/omi", {
      path: "backend/utils/llm/followup.py",
      commit: "0702794e6bb042d7d7c66f4748ba357a2070e06f",
    }),
    note:
      "llm_mini.invoke(prompt): one user message; the wearable's transcript with the user and one other speaker",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.OMI_FOLLOWUP.replace("<<TRANSCRIPT>>", F.omiTranscript(c.turns).replaceAll("    ", ""))),
      ],
    }),
  },
  {
    client: "Omi",
    task: "title",
    source: at("BasedHardware/omi", {
      path: "backend/utils/llm/title_generation.py",
      commit: "94d2001ec19ad234d6a04facea5ecbf33ca40569",
    }),
    note: "generate_thread_title: one HumanMessage with the thread's first user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.OMI_TITLE.replace("<<MESSAGE>>", F.omiFirstMessage(c)))],
    }),
  },
  {
    client: "Cerebr",
    task: "title",
    source: at("yym68686/Cerebr", {
      path: "src/services/title-generator.js",
      commit: "bfba78a9e45c1ef7a47c307940419608645537fe",
    }),
    note: "callNonStreamingAPI: one user message, stream false, response_format json_object",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.CEREBR_TITLE.replace("{{MESSAGES:END:2}}", F.cerebrHistory(c.turns)))],
      stream: false,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Leon",
    task: "compaction",
    source: at("leon-ai/leon", {
      path: "server/src/core/llm-manager/llm-duties/react-llm-duty/history-compaction.ts",
      commit: "151e4681123ee0f0ad4ea71e2271e99ee40848c1",
    }),
    note:
      "agent-history-manager.ts compactHistoryLogs: system AGENT_HISTORY_COMPACTION_SYSTEM_PROMPT (agent-constants.ts@c42dd21457e164c20d2a4807c7400104eda7aa22), temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LEON_COMPACT_SYSTEM), usr(F.leonCompaction(c.turns))],
      temperature: 0,
    }),
  },
  {
    client: "Leon",
    task: "classification",
    source: at("leon-ai/leon", {
      path: "server/src/core/llm-manager/llm-duties/skill-router-llm-duty.ts",
      commit: "36ad12d7476f9bdd16ad53b3473fb15a83b2fa43",
    }),
    paraphrased: true,
    note:
      "SkillRouterLLMDuty: system prompt with the skill list (its `skillListContent` lines reconstructed), the history, then the query",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LEON_ROUTER_SYSTEM.replace(
          "{{ SKILL_LIST }}",
          "- timer_skill: Set, list and cancel timers\n- weather_skill: Current weather and forecasts\n- todo_list_skill: Manage to-do lists and reminders\n- smart_home_skill: Control lights and thermostats",
        )),
        ...toMessages(c.turns),
        usr(`User Query: "${c.followUp}"\nChosen Skill Name: `),
      ],
    }),
  },
  ...BLIND_ROUND_49_TAIL,
];
