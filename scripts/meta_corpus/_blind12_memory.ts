/**
 * Blind round 12, memory frameworks and Qwen-Agent: memory extraction, follow-ups, speaker selection, search terms.
 * Each template names the file and commit its text was read from.
 */
import type { Conversation } from "./_conversations.ts";
import { type ChatBody, MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import * as T from "./_texts_blind12.ts";
import { at, fill, lastOf } from "./_blind12_agents.ts";

const userTurns = (c: Conversation) => c.turns.filter((t) => t.role === "user").map((t) => t.content);

/** QwenLM/Qwen-Agent utils.py `has_chinese_chars`: any CJK unified ideograph (kanji count too). */
const qwenLang = (text: string) => /[\u4e00-\u9fff]/.test(text) ? "ZH" : "EN";
/** MemTensor/MemOS `detect_lang`: Chinese when ideographs are over 30% of the letters. */
function memosLang(text: string): "ZH" | "EN" {
  const han = text.match(/[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/g)?.length ?? 0;
  const letters = text.replace(/\b(user|assistant)\s*:/gi, "").replace(/[\s\d\p{P}\p{S}]/gu, "").length;
  return letters > 0 && han / letters > 0.3 ? "ZH" : "EN";
}

/** MemoryScope's prompt_to_msg: the system prompt, then system, few-shot and query again in the user message. */
function memoryScope(c: Conversation, lang: "CN" | "EN"): ChatBody {
  const name = lang === "CN" ? "用户" : "user";
  const colon = lang === "CN" ? "：" : ":";
  const sentences = userTurns(c).map((text, i) => `${i + 1} ${name}${colon}${text}`);
  const system = T[`MEMORYSCOPE_SYSTEM_${lang}`].trim().split("{num_obs}").join(String(sentences.length))
    .split("{user_name}").join(name);
  const fewShot = T[`MEMORYSCOPE_FEW_SHOT_${lang}`].split("{user_name}").join(name).trim();
  const query = T[`MEMORYSCOPE_QUERY_${lang}`].split("{user_name}").join(name).replace(
    "{user_query}",
    sentences.join("\n"),
  ).trim();
  return { model: MODEL, messages: [sys(system), usr([system, "", fewShot, "", query].join("\n"))] };
}

const MS_WORKER = "memoryscope/core/worker/backend/get_observation_worker.yaml";
/** QwenLM/Qwen-Agent examples/group_chat_demo.py CFGS agents: the router sees `name: description` lines. */
const QWEN_AGENTS: Array<[string, string]> = [
  ["小塘", "一个勤劳的打工人，每天沉迷工作，日渐消瘦。（这是一个真实用户）"],
  ["甄嬛", "一位后宫妃嫔"],
  ["ikun", "熟悉蔡徐坤的动态"],
  ["大头", "是一个体育生，不喜欢追星"],
];
const qwenRouterSystem = () =>
  T.QWEN_ROUTER_ZH.replace("{agent_descs}", QWEN_AGENTS.map(([n, d]) => `${n}: ${d}`).join("\n"))
    .replace("{agent_names}", QWEN_AGENTS.map(([n]) => n).join(", "));
export const BLIND12_MEMORY: Template[] = [
  {
    client: "cognee",
    task: "memory",
    source: at("topoteretes/cognee", {
      path: "cognee/infrastructure/llm/prompts/feedback_detection_system.txt",
      commit: T.COMMITS.COGNEE,
    }),
    note:
      "analyze_turn_for_session_context: system + CURRENT USER MESSAGE / PREVIOUS sections; instructor adds its response-model tool, not reproduced",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(T.COGNEE_TURN_ANALYSIS),
        usr(
          `CURRENT USER MESSAGE:\n${c.followUp}\n\nPREVIOUS QUESTION:\n${
            lastOf(c, "user")
          }\n\nPREVIOUS ANSWER:\n${lastOf(c, "assistant")}`,
        ),
      ],
    }),
  },
  {
    client: "MemoryScope",
    task: "memory",
    source: at("modelscope/MemoryScope", { path: MS_WORKER, commit: T.COMMITS.MEMORYSCOPE }),
    note:
      "GetObservationWorker with language cn: the user's sentences numbered, prompt_to_msg(concat_system_prompt)",
    build: (c) => memoryScope(c, "CN"),
  },
  {
    client: "MemoryScope",
    task: "memory",
    source: at("modelscope/MemoryScope", { path: MS_WORKER, commit: T.COMMITS.MEMORYSCOPE }),
    note: "GetObservationWorker with language en",
    build: (c) => memoryScope(c, "EN"),
  },
  {
    client: "MemOS",
    task: "memory",
    source: at("MemTensor/MemOS", {
      path: "src/memos/templates/mem_reader_prompts.py",
      commit: T.COMMITS.MEMOS,
    }),
    note: "SimpleStructMemReader._get_llm_response: zh or en prompt by detect_lang, one user message",
    build: (c) => {
      const window = c.turns.map((t) => `${t.role}: ${t.content}\n`).join("");
      const prompt = memosLang(window) === "ZH" ? T.MEMOS_READER_ZH : T.MEMOS_READER_EN;
      return { model: MODEL, messages: [usr(prompt.replace("${conversation}", window))] };
    },
  },
  {
    client: "MemOS",
    task: "follow-ups",
    source: at("MemTensor/MemOS", {
      path: "src/memos/api/handlers/suggestion_handler.py",
      commit: T.COMMITS.MEMOS,
    }),
    note: "get_further_suggestion: FURTHER_SUGGESTION_PROMPT with the last two messages",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant that generates suggestion queries based on dialogue context."),
        usr(fill(T.MEMOS_FURTHER, {
          DIALOGUE: c.turns.slice(-2).map((t) => `${t.role}: ${t.content}`).join("\n"),
        })),
      ],
    }),
  },
  {
    client: "Qwen-Agent",
    task: "speaker",
    source: at("QwenLM/Qwen-Agent", {
      path: "qwen_agent/agents/group_chat_auto_router.py",
      commit: T.COMMITS.QWEN,
    }),
    note:
      "GroupChatAutoRouter with the group_chat_demo agents (zh template); the user is 小塘, the answers 大头",
    build: (c) => ({
      model: MODEL,
      messages: [sys(qwenRouterSystem()), usr(toLines(c.turns, { user: "小塘", assistant: "大头" }))],
      stream: true,
    }),
  },
  {
    client: "Qwen-Agent",
    task: "search-query",
    source: at("QwenLM/Qwen-Agent", {
      path: "qwen_agent/agents/keygen_strategies/gen_keyword.py",
      commit: T.COMMITS.QWEN,
    }),
    note:
      "GenKeyword run by Memory on the user's query, zh or en by has_chinese_chars; stop ['Observation:'] not kept",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(T[`QWEN_KEYWORD_${qwenLang(c.followUp)}`], { QUERY: c.followUp }))],
      stream: true,
    }),
  },
];
