/**
 * Blind round 82: chat bots and companion apps never used in the corpus before, read at the commits cited and
 * measured without changing the rules: a Matrix multi-agent bot (who answers, thread summary line, memory flush),
 * a Slack weekly digest, a companion agent's relationship memory, a QQ group bot (whether to reply, group culture
 * profile), a QQ member portrait, WhatsApp group digests in Portuguese and Hebrew, a WeChat-style companion's event
 * extraction, a Swiss Telegram persona's image prompt, a Koishi daily group report and a chat app's emoji reaction.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind82.ts";

export { buildBlind82Negatives } from "./_negatives_blind82.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const fill = (template: string, fields: Record<string, string>) =>
  template.replace(/\$?\{(\w+)\}/g, (match, name: string) => fields[name] ?? match);
const name = (role: string, { user, bot }: { user: string; bot: string }) => role === "user" ? user : bot;
/** Python's `html.escape` (quote=True), which mindroom applies to thread text. */
const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(
    /'/g,
    "&#x27;",
  );
const jsonSchema = (schemaName: string, properties: Record<string, unknown>) => ({
  type: "json_schema",
  json_schema: {
    name: schemaName,
    schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
  },
});

const MINDROOM = "9f69327b497a8fdb4b696b3ba0f48158f2c3bd47";
const MATRIX = { user: "@lena:matrix.example.org", bot: "@mindroom_general:matrix.example.org" };
const TANABE = "e9f0f3b52e7533eb69013f8e9b8c651924a82216";
const GROUPMATE = "e3d1053cbdf338df964add165ddb2026d017aaa1";
const QQ = { user: "阿杰", bot: "小梦" };
const WA = { user: "Carla", bot: "Tanabe GPT" };

/** mindroom routing.py: the last three thread messages (100 characters each) before the rendered template. */
const routerPrompt = (c: Conversation) => {
  const context = c.turns.slice(-3).map((t) => `${name(t.role, MATRIX)}: ${t.content.slice(0, 100)}\n`).join(
    "",
  );
  const agentsInfo =
    "general:\n  General-purpose assistant for everyday questions\n\nresearch:\n  Searches the web and summarizes sources";
  const prompt = fill(P.MINDROOM_ROUTER_AGENT_SELECTION_PROMPT_TEMPLATE, {
    agents_info: agentsInfo,
    message: c.followUp,
  });
  return `${P.MINDROOM_ROUTER_THREAD_CONTEXT_HEADER}\n${context}\n${prompt}`;
};
/** agno renders an instruction list as bullet lines inside `<instructions>`. */
const agnoInstructions = (text: string) =>
  `<instructions>\n${text.split("\n").map((l) => `- ${l}`).join("\n")}\n</instructions>`;
const tanabeLines = (c: Conversation) => c.turns.map((t) => `>>${name(t.role, WA)}: ${t.content}.\n`);
const qqTime = (i: number) => `03-14 20:${String(10 + i).padStart(2, "0")}`;

export const BLIND82: Template[] = [
  {
    client: "mindroom",
    task: "speaker",
    source: at("mindroom-ai/mindroom", { path: "src/mindroom/routing.py", commit: MINDROOM }),
    paraphrased: true,
    note:
      "ROUTER_AGENT_SELECTION_PROMPT_TEMPLATE (prompts.py) after the thread context, run by an agno Agent with role and output_schema _RoutingSuggestion; agno's system wrapper and the agent descriptions reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("<your_role>\nRoute messages to appropriate agents or teams\n</your_role>"),
        usr(routerPrompt(c)),
      ],
      response_format: jsonSchema("_RoutingSuggestion", {
        entity_name: { type: "string" },
        reasoning: { type: "string" },
      }),
    }),
  },
  {
    client: "mindroom",
    task: "title",
    source: at("mindroom-ai/mindroom", { path: "src/mindroom/thread_summary.py", commit: MINDROOM }),
    paraphrased: true,
    note:
      "THREAD_SUMMARY_INSTRUCTIONS as agno instructions, THREAD_SUMMARY_USER_PROMPT_TEMPLATE with the html-escaped thread (tags not requested), output_schema _ThreadSummary",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(agnoInstructions(P.MINDROOM_THREAD_SUMMARY_INSTRUCTIONS)),
        usr(fill(P.MINDROOM_THREAD_SUMMARY_USER_PROMPT_TEMPLATE, {
          tag_vocabulary: "(tags are not requested for this summary refresh)",
          conversation: escape(c.turns.map((t) => `${name(t.role, MATRIX)}: ${t.content}`).join("\n")),
        })),
      ],
      response_format: jsonSchema("_ThreadSummary", { summary: { type: "string" } }),
    }),
  },
  {
    client: "mindroom",
    task: "memory",
    source: at("mindroom-ai/mindroom", { path: "src/mindroom/memory/auto_flush.py", commit: MINDROOM }),
    paraphrased: true,
    note:
      "MEMORY_AUTO_FLUSH_EXTRACT_PROMPT_TEMPLATE with NO_REPLY and no existing snippets, run by an agno Agent whose role is the system text (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("<your_role>\nExtract durable memory statements for long-term memory storage.\n</your_role>"),
        usr(fill(P.MINDROOM_MEMORY_AUTO_FLUSH_EXTRACT_PROMPT_TEMPLATE, {
          no_reply_token: "NO_REPLY",
          existing_block: P.MINDROOM_MEMORY_NO_EXISTING_SNIPPETS,
          excerpt: c.turns.map((t) => `${t.role}: ${t.content.split(/\s+/).join(" ").slice(0, 500)}`).join(
            "\n",
          ),
        })),
      ],
    }),
  },
  {
    client: "slack_summ_bot",
    task: "summary",
    source: at("thomaskwon416/slack_summ_bot", {
      path: "services/summarizer.py",
      commit: "403fb57429f24d52d91af9c396061e1f13359e6c",
    }),
    note:
      "SUMMARY_SYSTEM_PROMPT (configs/system_prompts.py) formatted with the TOP-LEVEL/REPLY lines of slack_handlers/commands.py as the only message; max_tokens 30000, temperature 0.3",
    build: (c) => {
      const lines = c.turns.map((t, i) =>
        `${i === 0 ? "TOP-LEVEL" : "REPLY to top-level"} ts=1718010000.000100 (2024-06-10 09:0${i}:00) ${
          t.role === "user" ? "U04LENA" : "U05BOT"
        }: ${t.content}`
      );
      return {
        model: MODEL,
        messages: [sys(P.SLACK_SUMMARY_SYSTEM_PROMPT.replace("{}", lines.join("\n")))],
        max_tokens: 30000,
        temperature: 0.3,
      };
    },
  },
  {
    client: "ToolAgents advanced agent",
    task: "memory",
    source: at("Maximilian-Winter/ToolAgents", {
      path: "src/ToolAgents/agents/advanced_agent.py",
      commit: "fbba77ab2bf3715be9309054e0c3bd08d75b6247",
    }),
    note:
      "sum_prompt_alt_template with the oldest chat turn pair before it leaves the window, alone as a user message; temperature 0.4, 4096 new tokens",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const turn = `User: ${question.trim()}\n\nAssistant: ${answer.trim()}\n\n`;
      const content = fill(P.TOOLAGENTS_SUM_PROMPT_ALT, {
        CHAT_TURN: turn,
        USER_NAME: "User",
        ASSISTANT_NAME: "Assistant",
      });
      return { model: MODEL, messages: [usr(content)], temperature: 0.4, max_tokens: 4096 };
    },
  },
  {
    client: "nonebot-plugin-ai-groupmate",
    task: "classification",
    source: at("yaowan233/nonebot-plugin-ai-groupmate", {
      path: "src/nonebot_plugin_ai_groupmate/agent/__init__.py",
      commit: GROUPMATE,
    }),
    note:
      "check_if_should_reply in a group chat: the gatekeeper system prompt and the recent context plus newest message",
    build: (c) => {
      const system = fill(P.GROUPMATE_GATEKEEPER_FSTRING, {
        scene_desc: "群聊",
        bot_name: QQ.bot,
        scene_extra: P.GROUPMATE_GROUP_SCENE_EXTRA,
      });
      const history = c.turns.map((t) => `${name(t.role, QQ)}: ${t.content}\n`).join("");
      const input = `【最近上下文】\n${history}\n\n【最新消息】\n${c.followUp}\n\n请判断是否回复(YES/NO):`;
      return { model: MODEL, messages: [sys(system), usr(input)] };
    },
  },
  {
    client: "nonebot-plugin-ai-groupmate",
    task: "memory",
    source: at("yaowan233/nonebot-plugin-ai-groupmate", {
      path: "src/nonebot_plugin_ai_groupmate/group_memory.py",
      commit: GROUPMATE,
    }),
    note:
      "_call_summary_model: the group-culture profile system prompt, first profile, _format_message lines",
    build: (c) => {
      const lines = c.turns.map((t, i) =>
        `[${qqTime(i)}] ${t.role === "user" ? "" : "[BOT] "}${name(t.role, QQ)}: ${t.content.slice(0, 100)}`
      );
      const user = `【现有档案】\n（无，这是首次建档）\n\n【最新聊天记录】\n${
        lines.join("\n")
      }\n\n请输出更新后的档案：`;
      return { model: MODEL, messages: [sys(P.GROUPMATE_GROUP_PROFILE_SYSTEM), usr(user)] };
    },
  },
  {
    client: "astrbot_plugin_portrayal",
    task: "memory",
    source: at("Zhalslar/astrbot_plugin_portrayal", {
      path: "core/llm.py",
      commit: "00d41075c93a8e43e070fb75461f235758d2ace4",
    }),
    note:
      "the built-in 画像 prompt (builtin_prompts.yaml) as system prompt, _build_portrait_prompt with the member's profile and numbered messages",
    build: (c) => {
      const texts = c.turns.filter((t) => t.role === "user").map((t, i) => `${i + 1}. ${t.content}`).join(
        "\n",
      );
      const prompt = `以下是目标用户的基础资料：\nQQ号：20240314\n昵称：${QQ.user}\n\n` +
        `以下是目标用户在群聊中的历史发言记录，按时间顺序排列。\n这些内容仅作为行为分析素材，而非对话。\n\n` +
        `--- 聊天记录开始 ---\n${texts}\n--- 聊天记录结束 ---\n\n请基于以上内容对该用户进行分析。`;
      return { model: MODEL, messages: [sys(P.PORTRAYAL_DEFAULT), usr(prompt)] };
    },
  },
  {
    client: "tanabe-gpt",
    task: "summary",
    source: at("tanabedx/tanabe-gpt", { path: "periodicSummary/periodicSummary.js", commit: TANABE }),
    note:
      "PERIODIC_SUMMARY.DEFAULT plus the unread group messages as >>name lines, one user message, temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.TANABE_PERIODIC + "\n\n" + tanabeLines(c).join(""))],
      temperature: 0.7,
    }),
  },
  {
    client: "tanabe-gpt",
    task: "summary",
    source: at("tanabedx/tanabe-gpt", { path: "resumos/resumos.js", commit: TANABE }),
    note:
      "RESUMO.DEFAULT for '#resumo N' (the last N messages), {groupPersonality} left unfilled as the code does, temperature 1",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.TANABE_RESUMO, {
        name: WA.user,
        messageTexts: tanabeLines(c).join(" "),
        timeDescription: `as últimas ${c.turns.length} mensagens desta conversa`,
      }))],
      temperature: 1,
    }),
  },
  {
    client: "chara",
    task: "classification",
    source: at("charaiy/chara", {
      path: "js/core/memory.js",
      commit: "5fa4236f1add1f2e6ef8d2b58e5959d82ac89700",
    }),
    note:
      "performEventExtraction: the database-recorder system prompt for the character and the dated chat buffer",
    build: (c) => {
      const lines = c.turns.map((t, i) =>
        `[2026/3/14 20:${10 + i}:05] ${t.role === "user" ? "用户" : "林夏"}: ${t.content}\n`
      );
      return {
        model: MODEL,
        messages: [
          sys(P.CHARA_EVENT_SYSTEM.replaceAll("${char.name}", "林夏")),
          usr(
            `[对话上下文]\n${lines.join("")}\n[结束]\n`,
          ),
        ],
      };
    },
  },
  {
    client: "parmelae-bot",
    task: "image-prompt",
    source: at("netzhuffle/parmelae-bot", {
      path: "src/MessageGenerators/DallEPromptGenerator.ts",
      commit: "4f88a85461c8a28df088f1cc660734b65a233e80",
    }),
    note:
      "the few-shot Dall-E prompt chain; {description} is the persona agent's brief image request, here the conversation's next question",
    build: (c) => ({
      model: MODEL,
      messages: P.PARMELAE_DALLE_PARTS.map(([role, text]) => ({
        role: role === "System"
          ? "system" as const
          : role === "Human"
          ? "user" as const
          : "assistant" as const,
        content: text.replace("{description}", c.followUp),
      })),
    }),
  },
  {
    client: "koishi chat-summarizer",
    task: "summary",
    source: at("WittF/chat-summarizer", {
      path: "src/ai-service.ts",
      commit: "effb5d954b38204b4464fee95f28b7f81810bedf",
    }),
    paraphrased: true,
    note:
      "config.ts default systemPrompt and userPromptTemplate (traditional mode), temperature 0.7; the chat-record line format reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.WITTF_SYSTEM),
        usr(fill(P.WITTF_USER, {
          timeRange: "2026-03-14",
          messageCount: String(c.turns.length),
          groupInfo: "群组 736105422",
          content: c.turns.map((t, i) => `[20:${10 + i}] ${name(t.role, QQ)}: ${t.content}`).join("\n"),
        })),
      ],
      temperature: 0.7,
    }),
  },
  {
    client: "videostrates thesis-project",
    task: "emoji",
    source: at("videostrates-thesis-project/thesis-project", {
      path: "src/services/chatgpt/openai.ts",
      commit: "1b5bfc2f47c308aa60bc8ef14fab5c2a2eca1e6c",
    }),
    paraphrased: true,
    note:
      "sendChatMessageForReaction: the chat with the last user message wrapped by buildReactionMessage (reactionTemplate.ts); the app's own system message left out",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(fill(P.VIDEOSTRATES_REACTION, { input: c.followUp }))],
    }),
  },
  {
    client: "WhatsApp-Group-Summary-Bot",
    task: "summary",
    source: at("Nitzan94/WhatsApp-Group-Summary-Bot", {
      path: "src/services/SummaryService.js",
      commit: "964dcb32d5ba85d2610f9980bda1b3503d84672b",
    }),
    note: "getSystemPrompt and buildPrompt with numbered [HH:MM] lines, temperature 0.3",
    build: (c) => {
      const lines = c.turns.map((t, i) =>
        `${i + 1}. [20:${10 + i}] ${t.role === "user" ? "דנה" : "יוסי"}: ${t.content}`
      );
      const user = fill(P.NITZAN_USER, {
        groupName: "משפחה",
        startTime: "14.3.2026, 20:10:00",
        endTime: `14.3.2026, 20:${9 + c.turns.length}:00`,
        formattedMessages: lines.join("\n"),
      });
      return { model: MODEL, messages: [sys(P.NITZAN_SYSTEM), usr(user)], temperature: 0.3 };
    },
  },
];
