/**
 * Blind round 78: chat front-ends, coding agents and companion/bot projects whose prompts are largely Chinese,
 * Japanese or Korean, never used in the corpus before, read from their source and measured without changing the
 * rules: titles (lujiangc-dreamland, Kubent, GPT Box, deepseek-harness, llm-smart-router), compaction and
 * hand-off summaries (Kubent, Friday, deepseek-harness, MyChatbot World, deepseek-tui-py), chat and session
 * summaries, memory and profile extraction (Friday, daoyoucode, qqbot, AI Companion), a follow-up judge and a
 * reply-complexity classifier, and next-step suggestions (llmdx); plus hard negatives from the same clients.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_78 } from "./_conversations_blind78.ts";
import { asst, type ChatBody, firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind78.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });

const LUJIANG = "jianger666/lujiangc-dreamland";
const MWIN = "yanghui1-arch/mwin";
const GPTBOX = at("lollipopkit/flutter_gpt_box", {
  path: "lib/core/util/chat_title.dart",
  commit: "968929cf50a57f45ce661bb736ce0d31897db86a",
});
const FRIDAY = "basenana/friday";
const FRIDAY_HEAD = "c7974d8d70a067d385bcc53437c9c6bf263cf9ce";
const DSH = "toninfo/deepseek-harness";
const DSH_HEAD = "611615650f1bd789dc83cedc428acc17934614d3";
const MYCHAT = at("SUNWOONGKYU/mychatbot-world", {
  path: "app/api/chat/route.ts",
  commit: "e007a70e9be4f054b13a39302b03eecc1a2760a1",
});
const TUI = "fjw1049/deepseek-tui-py";
const TUI_HEAD = "7d9801dacebec6f8dd2ffe455e6c7ca220052a11";
const DAOYOU = "daoyou-zhang/daoyoucode";
const DAOYOU_HEAD = "b1088182b5e6cc1a920bc445cc455524f8a59192";
const QQBOT = "yorshka20/qqbot";
const QQBOT_HEAD = "b931b79deaccee11b61f9d4acabd8b8b70a84cad";
const COMPANION = "ddll8023/ai-companion-V2";
const COMPANION_HEAD = "025c7907bc30241fc8ce92cd2398cb69ee7480a2";
const LLMDX = at("lenML/llmdx", {
  path: "examples/workflows/text_adventure/generate_suggestions.md",
  commit: "d9016d1aa86c9efc8d247c9dbf2ca6c24cff0c3b",
});
const ROUTER = at("SHINZO111/llm-smart-router", {
  path: "src/conversation/title_generator.py",
  commit: "3e58b618020cdc4064faf764ea6f971d85b2293e",
});

/** SUNWOONGKYU/mychatbot-world app/api/chat/route.ts `compactHistory`: system and closing user message. */
const MYCHAT_COMPACT_SYSTEM = "이전 대화를 3문장으로 요약하세요. 핵심 맥락만 남기세요.";
const MYCHAT_COMPACT_USER = "위 대화를 요약해주세요.";
/** fjw1049/deepseek-tui-py src/deepseek_tui/engine/capacity.py: the summarizer's system prompt. */
const TUI_COMPACT_SYSTEM =
  "You write structured compaction handoffs for a coding agent. Follow the contract exactly. Prefer structure and continuity over prose polish. Do not call tools.";
/** toninfo/deepseek-harness apps/cli/config/agent-presets/minimal/agent.cordis.yml persona text. */
const DSH_PERSONA = "You are a helpful software engineer assistant.";

/** Names for clients that show speakers (qqbot history lines, Friday's chat record). */
const NAMES = ["Aoife", "Lukas", "小林", "Minh"];
const nameOf = (c: Conversation) => NAMES[CONVERSATIONS_BLIND_78.indexOf(c)] ?? "user";
const firstUser = (c: Conversation) => firstExchange(c).question;
/** Pairs of (user, assistant) turns, the `{'user', 'ai'}` history items of daoyoucode. */
const pairs = (c: Conversation) => {
  const out: Array<{ user: string; ai: string }> = [];
  for (const t of c.turns) {
    if (t.role === "user") out.push({ user: t.content, ai: "" });
    else if (out.length > 0) out[out.length - 1]!.ai = t.content;
  }
  return out;
};
/** Go html/template escapes text placed with `{{ .Context }}`. */
const htmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;").replace(
    /"/g,
    "&#34;",
  );
const one = (content: string, extra: Partial<ChatBody> = {}): ChatBody => ({
  model: MODEL,
  messages: [usr(content)],
  ...extra,
});

export const BLIND78: Template[] = [
  {
    client: "lujiangc-dreamland",
    task: "title",
    source: at(LUJIANG, {
      path: "src/app/api/ai-assistant/generate-title/route.ts",
      commit: "941281b23bb8b5a5c4de1b068fa59ea6c3280ea5",
    }),
    note:
      "Chinese title system prompt, the user's question as user message; max_tokens 15, temperature 0.3, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LJ_TITLE), usr(firstUser(c))],
      max_tokens: 15,
      temperature: 0.3,
      stream: false,
    }),
  },
  {
    client: "Kubent",
    task: "title",
    source: at(MWIN, {
      path: "kubent/src/service/chat.py",
      commit: "8fab45d5a5745f2ad3e579af33bbc9d303799cd4",
    }),
    note: "TITLE_PROMPT as system, the chat message as user (router summary_title)",
    build: (c) => ({ model: MODEL, messages: [sys(P.KUBENT_TITLE), usr(firstUser(c))] }),
  },
  {
    client: "Kubent",
    task: "compaction",
    source: at(MWIN, {
      path: "kubent/src/utils/llm_context.py",
      commit: "f560152d567492f5d8bf4f5619282b3b3501bfef",
    }),
    note:
      "solve_exceed_context: SUMMARY_SYSTEM_PROMPT, `User:`/`Assistant:` parts joined by blank lines; temperature 0.3, max_tokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.KUBENT_SUMMARY),
        usr(
          `Please summarize the following conversation:\n\n${
            c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}`).join("\n\n")
          }`,
        ),
      ],
      temperature: 0.3,
      max_tokens: 500,
    }),
  },
  {
    client: "GPT Box",
    task: "title",
    source: GPTBOX,
    note: "lib/view/page/home/req.dart sends titlePrompt as system and the first user text; not streamed",
    build: (c) => ({ model: MODEL, messages: [sys(P.GPTBOX_TITLE), usr(firstUser(c))] }),
  },
  {
    client: "Friday",
    task: "compaction",
    source: at(FRIDAY, { path: "core/agents/summarize/prompt.go", commit: FRIDAY_HEAD }),
    note:
      "summarize agent: DEFAULT_SUMMARIZE_PROMPT as the react agent's system prompt, session history, DEFAULT_USER_MESSAGE last; the agent's built-in tool definitions are left out",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.FRIDAY_SUMMARIZE), ...toMessages(c.turns), usr(P.FRIDAY_SUMMARIZE_USER)],
    }),
  },
  {
    client: "Friday",
    task: "summary",
    source: at(FRIDAY, {
      path: "pkg/llm/prompts/wechat.go",
      commit: "67c5ad9d1f0ae009d04662de9b2d1f7cfd420fa8",
    }),
    paraphrased: true,
    note:
      "WeChat chat-record digest, one user message (pkg/llm/client/openai/v1/chat.go); the record's line format is reconstructed, html/template escaping applied",
    build: (c) =>
      one(
        P.FRIDAY_WECHAT.replace(
          "{{ .Context }}",
          htmlEscape(
            c.turns.map((t) => `${t.role === "user" ? nameOf(c) : "Friday"}: ${t.content}`).join("\n"),
          ),
        ),
      ),
  },
  {
    client: "Friday",
    task: "memory",
    source: at(FRIDAY, { path: "memory/prompts.go", commit: FRIDAY_HEAD }),
    paraphrased: true,
    note:
      "memory.Processor.ProcessSession: sessionPrompt with FormatConversation (USER:/ASSISTANT: blocks) sent as the agent's user message; the workspace system prompt of the agent it goes through is left out",
    build: (c) =>
      one(
        P.fill(P.FRIDAY_MEMORY, {
          session_id: "0197c2a4-5e1b-7d3a-9f10-6b2e8c4d1a77",
          session_created_at: "2026-05-16T09:12:44+08:00",
          memory_dir: "/home/friday/.friday/memory",
          workspace_dir: "/home/friday/.friday/workspace",
          conversation: c.turns.map((t) => `${t.role === "user" ? "USER" : "ASSISTANT"}: ${t.content}\n\n`)
            .join(""),
        }),
      ),
  },
  {
    client: "deepseek-harness",
    task: "title",
    source: at(DSH, { path: "packages/session/session-title-llm/src/index.ts", commit: DSH_HEAD }),
    note:
      "first-prompt title provider: language-aware system prompt, the human messages framed as JSON; bundle defaults maxOutputTokens 64; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.DSH_TITLE_SYSTEM),
        usr(`${P.DSH_TITLE_USER_PREFIX}${JSON.stringify([{ seq: 3, text: firstUser(c) }])}`),
      ],
      max_tokens: 64,
      stream: true,
    }),
  },
  {
    client: "deepseek-harness",
    task: "compaction",
    source: at(DSH, { path: "packages/compaction/compaction-basic/src/summarizer.ts", commit: DSH_HEAD }),
    paraphrased: true,
    note:
      "COMPACTION_INSTRUCTION appended as the final user message after the conversation's own system prompt (minimal preset persona) and messages; tools left out; streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(DSH_PERSONA), ...toMessages(c.turns), usr(P.DSH_COMPACTION)],
      stream: true,
    }),
  },
  {
    client: "MyChatbot World",
    task: "compaction",
    source: MYCHAT,
    note:
      "compactHistory on context overflow: Korean system prompt, the history, Korean closing user message; max_tokens 150",
    build: (c) => ({
      model: MODEL,
      messages: [sys(MYCHAT_COMPACT_SYSTEM), ...toMessages(c.turns), usr(MYCHAT_COMPACT_USER)],
      max_tokens: 150,
    }),
  },
  {
    client: "deepseek-tui-py",
    task: "compaction",
    source: at(TUI, { path: "src/deepseek_tui/engine/capacity.py", commit: TUI_HEAD }),
    note:
      "structured handoff: compact.md contract, 700-word limit, `Conversation to archive:` with User:/Assistant: blocks; max_tokens 1536, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(TUI_COMPACT_SYSTEM),
        usr(
          `${P.TUI_COMPACT_MD.trim()}\n\nKeep the filled handoff under 700 words when possible; structure and required headings take priority over the word limit.\n\n---\n\nConversation to archive:\n\n${
            c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}\n\n`).join("")
          }`,
        ),
      ],
      max_tokens: 1536,
      stream: true,
    }),
  },
  {
    client: "deepseek-tui-py",
    task: "compaction",
    source: at(TUI, { path: "src/deepseek_tui/engine/cycle.py", commit: TUI_HEAD }),
    note:
      "cycle hand-off: cycle_handoff.md as system prompt, the conversation, the [CYCLE BOUNDARY] user message; briefing cap 3000 tokens, max_tokens 6000, temperature 0.2, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.TUI_CYCLE_MD),
        ...toMessages(c.turns),
        usr(
          "[CYCLE BOUNDARY] The next turn starts in a fresh context.\n\nProduce your `<carry_forward>` block now. Stay under 3000 tokens. Output only the block — no other text.",
        ),
      ],
      max_tokens: 6000,
      temperature: 0.2,
      stream: true,
    }),
  },
  {
    client: "daoyoucode",
    task: "summary",
    source: at(DAOYOU, { path: "backend/daoyoucode/agents/memory/long_term_memory.py", commit: DAOYOU_HEAD }),
    paraphrased: true,
    note:
      "LongTermMemory.generate_summary: LLMRequest(prompt) reconstructed as one user message; 用户:/AI: lines; temperature 0.3, max_tokens 300",
    build: (c) =>
      one(
        P.fill(P.DY_SUMMARY, {
          conversation_text: pairs(c).flatMap((p) => [`用户: ${p.user}`, `AI: ${p.ai}`]).join("\n"),
        }),
        { temperature: 0.3, max_tokens: 300 },
      ),
  },
  {
    client: "daoyoucode",
    task: "memory",
    source: at(DAOYOU, { path: "backend/daoyoucode/agents/memory/long_term_memory.py", commit: DAOYOU_HEAD }),
    note:
      "LongTermMemory.extract_key_info: one user message, last five exchanges; temperature 0.1, max_tokens 500",
    build: (c) =>
      one(
        P.fill(P.DY_KEYINFO, {
          conversation_text: pairs(c).slice(-5).flatMap((p) => [`用户: ${p.user}`, `AI: ${p.ai}`]).join("\n"),
        }),
        { temperature: 0.1, max_tokens: 500 },
      ),
  },
  {
    client: "daoyoucode",
    task: "memory",
    source: at(DAOYOU, { path: "backend/daoyoucode/agents/memory/long_term_memory.py", commit: DAOYOU_HEAD }),
    paraphrased: true,
    note:
      "_deep_analyze_with_llm user profile: LLMRequest(prompt) reconstructed as one user message; AI replies cut to 100 characters; temperature 0.3",
    build: (c) =>
      one(
        P.fill(P.DY_PROFILE, {
          conv_text: pairs(c).map((p) => `User: ${p.user}\nAI: ${p.ai.slice(0, 100)}...`).join("\n"),
        }),
        { temperature: 0.3 },
      ),
  },
  {
    client: "daoyoucode",
    task: "classification",
    source: at(DAOYOU, {
      path: "backend/daoyoucode/agents/middleware/followup_advanced.py",
      commit: DAOYOU_HEAD,
    }),
    note:
      "follow-up detector (是/否): last three user messages and the new message; temperature 0.1, max_tokens 10",
    build: (c) =>
      one(
        P.fill(P.DY_FOLLOWUP, {
          history_text: c.turns.filter((t) => t.role === "user").slice(-3).map((t) => `用户: ${t.content}`)
            .join("\n"),
          user_input: c.followUp,
        }),
        { temperature: 0.1, max_tokens: 10 },
      ),
  },
  {
    client: "qqbot",
    task: "summary",
    source: at(QQBOT, { path: "prompts/llm/summarize.txt", commit: QQBOT_HEAD }),
    paraphrased: true,
    note:
      "SummarizeService.summarize (thread context compression): llmService.generate(prompt) reconstructed as one user message; max_tokens 200",
    build: (c) =>
      one(
        P.fillDouble(P.QQ_SUMMARIZE, {
          conversationText: c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}`)
            .join("\n"),
        }),
        { max_tokens: 200 },
      ),
  },
  {
    client: "qqbot",
    task: "classification",
    source: at(QQBOT, { path: "prompts/analysis/reply_complexity.txt", commit: QQBOT_HEAD }),
    paraphrased: true,
    note:
      "ReplyComplexityClassifierPlugin: history as `[speaker]: text` lines (bot replies as [bot], 100 characters), the new message; generateLite with jsonMode, max_tokens 200",
    build: (c) =>
      one(
        P.fillDouble(P.QQ_COMPLEXITY, {
          historyLines: c.turns
            .map((t) =>
              `[${t.role === "user" ? nameOf(c) : "bot"}]: ${t.content.replace(/\s+/g, " ").slice(0, 100)}`
            )
            .join("\n"),
          senderNickname: nameOf(c),
          senderRole: "user",
          quotedReply: "（无）",
          currentMessage: c.followUp,
        }),
        { max_tokens: 200, response_format: { type: "json_object" } },
      ),
  },
  {
    client: "AI Companion",
    task: "memory",
    source: at(COMPANION, { path: "backend/app/tasks/session_extract.py", commit: COMPANION_HEAD }),
    note:
      "session analysis (summary + candidate memories): SESSION_ANALYSIS_SYSTEM_PROMPT, user message with the date and `[role #id]` lines",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AC_SESSION),
        usr(
          [
            "当前日期：2026-05-16",
            "",
            "【对话记录】",
            ...c.turns.map((t, i) => `[${t.role} #${412 + i}] ${t.content}`),
          ]
            .join("\n"),
        ),
      ],
    }),
  },
  {
    client: "llmdx",
    task: "follow-ups",
    source: LLMDX,
    paraphrased: true,
    note:
      "text-adventure next-step suggestions: the markdown System Prompt section (re-rendered by the engine), the history, the Template as user message; temperature 0.5, json_schema response format",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LD_SUGGEST_SYSTEM), ...toMessages(c.turns), usr(P.LD_SUGGEST_TEMPLATE)],
      temperature: 0.5,
      response_format: { type: "json_schema", json_schema: P.LD_SUGGEST_SCHEMA },
    }),
  },
  {
    client: "llm-smart-router",
    task: "title",
    source: ROUTER,
    paraphrased: true,
    note: "Japanese title prompt, Gemini generate_content(prompt) reconstructed as one user message",
    build: (c) =>
      one(P.SR_TITLE.replace("{text[:500]}", firstUser(c).replace(/\n/g, " ").trim().slice(0, 500))),
  },
];

/** Hard negatives: the same clients' ordinary turns, and users asking for a title or summary of their own text. */
export function buildBlind78Negatives(): Negative[] {
  const [, de, zh, vi] = CONVERSATIONS_BLIND_78 as [Conversation, Conversation, Conversation, Conversation];
  const withFollowUp = (c: Conversation) => [...toMessages(c.turns), usr(c.followUp)];
  return [
    {
      task: "rag-turn",
      source: at(LUJIANG, {
        path: "src/app/api/ai-assistant/route.ts",
        commit: "28fff29e5053a0f1b7fbb5bc8e92c4cc5a78dbe9",
      }),
      note:
        "web search on: search results inserted as a system message before the latest user message; German",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(de.turns),
          sys(
            "Web search results for context:\n1. Fahrradmitnahme im Nightjet | ÖBB\n   Fahrräder können in ausgewählten Nightjet-Verbindungen mit Reservierung mitgenommen werden.\n   Source: https://www.nightjet.com/reisen/fahrrad.html",
          ),
          usr(de.followUp),
        ],
        stream: true,
      },
    },
    {
      task: "agent-turn",
      source: at(MWIN, {
        path: "kubent/src/agent/kubent/system_prompt.py",
        commit: "a1247e521df55996bd1f487cb8f171f97ec439f1",
      }),
      note: "Kubent's system prompt and a real request; English",
      body: {
        model: MODEL,
        messages: [
          sys(P.fill(P.KUBENT_SYSTEM, { project_name: "support-bot", project_description: "Not provided" })),
          usr(
            "Our support agent calls the order lookup tool twice on almost every turn. Can you find out why from the traces and propose a fix?",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "chat-turn",
      source: GPTBOX,
      note: "GPT Box ordinary turn, no configured system prompt; Vietnamese",
      body: { model: MODEL, messages: withFollowUp(vi), stream: true },
    },
    {
      task: "pasted-title",
      source: GPTBOX,
      note: "the user asks for a title of their own text; Chinese",
      body: {
        model: MODEL,
        messages: [
          usr(
            "给我这段公众号文章起个标题，不超过十五个字：\n\n周末我们在城郊的旧粮仓办了一场二手书市集，三十多个摊主带来了自己读过的书，还有人把绝版的连环画整箱搬来。最让人意外的是，下午的换书角比卖书的摊位还热闹。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "agent-turn",
      source: at(FRIDAY, { path: "core/agents/prompts.go", commit: FRIDAY_HEAD }),
      note: "Friday's task-execution agent prompt and a real request; Chinese",
      body: {
        model: MODEL,
        messages: [
          sys(P.FRIDAY_AGENT_SYSTEM),
          usr("帮我把 ~/Downloads 里上周下载的 PDF 按月份整理到不同的文件夹里。"),
        ],
      },
    },
    {
      task: "pasted-summary",
      source: at(DSH, { path: "apps/cli/config/agent-presets/minimal/agent.cordis.yml", commit: DSH_HEAD }),
      note: "minimal persona; the user asks to summarize their own stand-up notes; English",
      body: {
        model: MODEL,
        messages: [
          sys(DSH_PERSONA),
          usr(
            "Summarize my stand-up notes into three bullet points for Slack:\n\n- finished the retry wrapper for the payments client, PR is up\n- flaky test in test_invoices.py is a timezone issue, not the mock\n- tomorrow: pair with Dana on the webhook signature check, then look at the slow dashboard query",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "chat-turn",
      source: MYCHAT,
      note:
        "persona system prompt, the stored summary as a second system message after compaction, last history and the new message; Korean",
      body: {
        model: MODEL,
        messages: [
          sys("You are 하늘. 친절하고 꼼꼼한 여행 상담사. Tone: 존댓말."),
          sys("[이전 대화 요약] 사용자는 5월에 부산 여행을 계획하고 있으며 숙소는 해운대 쪽을 원한다."),
          asst("해운대 근처라면 동백섬 산책로와 더베이101이 가까워서 첫날 저녁 일정으로 좋습니다."),
          usr("부산 2박 3일 일정 짜 주세요. 둘째 날은 감천문화마을에 꼭 가고 싶어요."),
        ],
        max_tokens: 500,
        temperature: 0.8,
        stream: false,
      },
    },
    {
      task: "pasted-title",
      source: MYCHAT,
      note: "persona chat; the user asks for a title of their own blog post; Korean",
      body: {
        model: MODEL,
        messages: [
          sys("You are 하늘. 친절하고 꼼꼼한 여행 상담사. Tone: 존댓말."),
          usr(
            "제가 쓴 블로그 글인데 제목 좀 지어 주세요.\n\n새벽 다섯 시에 일어나 태종대 전망대까지 걸어 올라갔다. 바다 위로 해가 떠오르자 멀리 대마도의 윤곽이 희미하게 보였고, 돌아오는 길에는 자갈마당에서 갓 구운 조개를 먹었다.",
          ),
        ],
        max_tokens: 500,
        temperature: 0.8,
        stream: false,
      },
    },
    {
      task: "agent-turn",
      source: at(TUI, { path: "src/deepseek_tui/prompts/base.md", commit: TUI_HEAD }),
      note:
        "deepseek-tui-py base prompt (runtime environment sections left out) and a coding request; Chinese",
      body: {
        model: MODEL,
        messages: [
          sys(P.TUI_BASE_MD),
          usr("CI 上 tests/test_cache.py 偶尔失败，本地跑不出来。帮我看看 fixture 的作用域是不是有问题。"),
        ],
        stream: true,
      },
    },
    {
      task: "agent-turn",
      source: at(DAOYOU, { path: "backend/cli/commands/chat.py", commit: DAOYOU_HEAD }),
      note: "daoyoucode MainAgent system prompt and a question about the project; Chinese",
      body: {
        model: MODEL,
        messages: [sys(P.DY_SYSTEM), usr("这个项目的目录结构是怎样的？agents 下面都有哪些模块？")],
        temperature: 0.7,
      },
    },
    {
      task: "pasted-summary",
      source: at(COMPANION, { path: "backend/app/prompts/chat.py", commit: COMPANION_HEAD }),
      note: "AI Companion chat prompt; the user asks to summarize their own diary entry; Chinese",
      body: {
        model: MODEL,
        messages: [
          sys(`${P.AC_CHAT}\n\n${P.AC_NO_REASONING}`),
          ...toMessages(zh.turns),
          usr(
            "帮我把今天的日记总结成三句话：早上七点起来给番茄浇了水，发现第二串花开了。中午和同事去吃了新开的米线店，味道一般。晚上下雨，把花盆都搬进了屋里，顺便把发黄的老叶剪掉了。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "roleplay",
      source: at("lenML/llmdx", {
        path: "examples/workflows/text_adventure/generate_story.md",
        commit: "d9016d1aa86c9efc8d247c9dbf2ca6c24cff0c3b",
      }),
      note:
        "text-adventure story turn: GM system prompt, the player's action as user message; temperature 0.75; Chinese",
      body: {
        model: MODEL,
        messages: [
          sys(P.LD_STORY_SYSTEM),
          usr("我推开地窖那扇发霉的木门，举着火把慢慢走下石阶。"),
          asst(
            "火光在潮湿的石壁上摇晃，你听见台阶尽头传来滴水声。地窖比你想象的更深，空气里混着铁锈和陈年葡萄酒的味道。最下面一级台阶旁，一只破木箱半掩在稻草里，箱盖上刻着一个你从未见过的纹章。",
          ),
          usr("我蹲下来，用匕首撬开木箱。"),
        ],
        temperature: 0.75,
      },
    },
  ].map((n) => ({ ...n, body: n.body as ChatBody }));
}
