/**
 * Blind round 57: messenger bots, companion and role-play apps, personal and family assistants, read from their
 * sources and measured without changing the rules. AstrBot group-chat plugins deciding in Chinese whether to answer,
 * a Russian Telegram persona bot choosing text or image and writing its image prompt, a Telegram agent consolidating
 * its summaries, a Korean companion's running summary, a Japanese VTuber LINE bot's sensitivity judge, a family
 * assistant's topic routing and nightly recap, a Discord storyteller's "story so far", a Telegram persona bot's
 * per-user summaries and emoji reactions, a Discord memory cog's recaller and memorizer, and mistermorph's Telegram
 * addressing decision and memory draft. The rest of the templates: `_blind57_tail.ts`; negatives:
 * `_negatives_blind57.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { asst, MODEL, sys, type Template, usr, type WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind57.ts";
import { answered, at, COMMIT, GRUMP, grumpWords, incoming, pairs } from "./_blind57_fill.ts";
import { BLIND57_TAIL } from "./_blind57_tail.ts";
export { buildBlind57Negatives } from "./_negatives_blind57.ts";

/** persona-bot's `getHistoryMessages`: user records as `user`, the bot's own as `assistant`. */
const personaBotHistory = (c: Conversation): WireMessage[] =>
  answered(c).before.map((t) => t.role === "user" ? usr(t.content) : asst(t.content));

/** group_chat_enhanced's air-reading prompt with a fresh group's defaults (no impression, no memories). */
function airReading(c: Conversation): string {
  const { before, message } = incoming(c);
  const history = before.slice(-3).map((t) => `${t.role}: ${t.content}`).join("\n") || "无最近对话。";
  return P.AIR_READING_PROMPT.replace("{user_id}", () => "20231108").replace(
    "{message_content}",
    () => message,
  )
    .replace("{base_willingness:.2f}", () => "0.50").replace("{user_score:.2f}", () => "0.50")
    .replace("{group_activity:.2f}", () => "0.50").replace("{fatigue_level:.2f}", () => "0.00")
    .replace("{interaction_mode}", () => "normal").replace("{impression_summary}", () => "无印象信息")
    .replace("{memories_str}", () => "无相关记忆。").replace("{history_str}", () => history);
}

const lunaPairs = (c: Conversation) =>
  pairs(c).map((p) => `User: ${p.user}\nAssistant: ${p.assistant}`).join("\n");

const HEAD: Template[] = [
  {
    client: "astrbot better auto-reply",
    task: "speaker",
    source: at("oyxning/astrtbot_plugin_better_auto_reply", {
      path: "main.py",
      commit: COMMIT.betterAutoReply,
    }),
    note:
      "DEFAULT_DECISION_PROMPT via provider.text_chat(prompt=...): the @-mention, is_at True, history 'N/A'",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        P.BETTER_AUTO_REPLY.replaceAll("{user_message}", () => incoming(c).message).replace(
          "{is_at}",
          () => "True",
        )
          .replace("{history}", () => "N/A"),
      )],
    }),
  },
  {
    client: "astrbot group chat enhanced",
    task: "speaker",
    source: at("Him666233/astrbot_plugin_group_chat_enhanced", {
      path: "src/response_engine.py",
      commit: COMMIT.groupChatEnhanced,
    }),
    note: "read-the-room check (reply or [DO_NOT_REPLY]) with no persona configured, contexts=[]",
    build: (c) => ({ model: MODEL, messages: [sys(P.AIR_READING_SYSTEM), usr(airReading(c))] }),
  },
  {
    client: "persona-bot",
    task: "classification",
    source: at("yanislav-igonin/persona-bot", { path: "src/prompt.ts", commit: COMMIT.personaBot }),
    note: "decideReplyMode: text or image reply, system messages around the history; persona text is ours",
    build: (c) => {
      const { question, answer } = answered(c);
      return {
        model: "grok-3-latest",
        messages: [
          sys(GRUMP),
          grumpWords(),
          sys(P.PERSONA_BOT_3),
          sys(P.PERSONA_BOT_4),
          sys(P.PERSONA_BOT_5),
          sys(P.PERSONA_BOT_6.replace(/\$\{String\([^)]*\)\}/, "false")),
          ...personaBotHistory(c),
          usr(P.PERSONA_BOT_7.replace("${latestUserText}", () => question)),
          sys(P.PERSONA_BOT_8.replace("${textReply}", () => answer)),
        ],
      };
    },
  },
  {
    client: "persona-bot",
    task: "image-prompt",
    source: at("yanislav-igonin/persona-bot", { path: "src/prompt.ts", commit: COMMIT.personaBot }),
    note: "generateImagePrompt: one English image-model prompt for the bot's prepared reply",
    build: (c) => {
      const { question, answer } = answered(c);
      return {
        model: "grok-3-latest",
        messages: [
          sys(GRUMP),
          grumpWords(),
          sys(P.PERSONA_BOT_9),
          sys(P.PERSONA_BOT_10),
          ...personaBotHistory(c),
          usr(P.PERSONA_BOT_11.replace("${latestUserText}", () => question)),
          sys(P.PERSONA_BOT_12.replace("${textReply}", () => answer)),
        ],
      };
    },
  },
  {
    client: "cw-telegram-agent",
    task: "summary",
    source: at("olivia3215/cw-telegram-agent", {
      path: "src/handlers/received_helpers/summarization.py",
      commit: COMMIT.cwTelegram,
    }),
    note:
      "Instructions-Consolidate-Summaries.md + the oldest summaries, OpenAILLM.query_plain_text's fixed user turn; " +
      "the summary entries are made from the conversation's turns",
    build: (c) => {
      const entries = c.turns.map((t) =>
        (t.role === "user" ? "The user wrote: " : "I replied: ") + t.content
      );
      return {
        model: MODEL,
        messages: [
          sys(`${P.CW_CONSOLIDATE}\n\nSummaries to consolidate:\n\n${entries.join("\n")}`),
          usr("⟦special⟧ Please respond to the instructions provided."),
        ],
      };
    },
  },
  {
    client: "L.U.N.A. core",
    task: "summary",
    source: at("lucid-luna/luna-core", { path: "services/memory/memory_service.py", commit: COMMIT.luna }),
    note: "_generate_summary without an existing summary; server mode sends temperature 0.9, max_tokens 128",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("당신은 대화 내용을 간결하고 정확하게 요약하는 전문가입니다."),
        usr(P.LUNA_NEW.replace("{conversation_str}", () => lunaPairs(c))),
      ],
      temperature: 0.9,
      max_tokens: 128,
    }),
  },
  {
    client: "L.U.N.A. core",
    task: "summary",
    source: at("lucid-luna/luna-core", { path: "services/memory/memory_service.py", commit: COMMIT.luna }),
    note: "_generate_summary updating an existing summary (here the first answer stands for it)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("당신은 대화 내용을 간결하고 정확하게 요약하는 전문가입니다."),
        usr(
          P.LUNA_UPDATE.replace("{existing_summary.content}", () => pairs(c)[0]?.assistant ?? "")
            .replace("{conversation_str}", () => lunaPairs(c)),
        ),
      ],
      temperature: 0.9,
      max_tokens: 128,
    }),
  },
  {
    client: "AI-Vtuber-Project LINE bot",
    task: "classification",
    source: at("koshikawa-masato/AI-Vtuber-Project", {
      path: "src/line_bot/llm_context_judge.py",
      commit: COMMIT.vtuber,
    }),
    note:
      "Layer 4 sensitivity judge of the incoming message, temperature 0.3, max_tokens 500 (OpenAIProvider)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.JUDGE_SYSTEM),
        usr(
          P.JUDGE_USER.replace("{text}", () => incoming(c).message)
            .replace("{', '.join(detected_words) if detected_words else 'なし'}", () => "なし")
            .replace("{detection_method}", () => "websearch"),
        ),
      ],
      temperature: 0.3,
      max_tokens: 500,
    }),
  },
];

export const BLIND57: Template[] = [...HEAD, ...BLIND57_TAIL];
