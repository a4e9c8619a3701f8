/**
 * Blind round 42 hard negatives: the same clients' ordinary turns as they send them (MemoryBank's SiliconFriend
 * companion prompt, SCM4LLMs' answer prompt with the previous turn, KwaiAgents' Chinese conclusion stage, aiavatarkit's
 * Japanese character turn, Agent Squad's OpenAIAgent, AgentClaw's persona, AITuber OnAir's reply prompt after the
 * comment analysis, an AI Town agent's next line) and user turns asking for a summary or title of the user's own text.
 */
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import type { Source, WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind42.ts";
import { SRC } from "./_blind42_fill.ts";
import { CONVERSATIONS_BLIND_42 } from "./_conversations_blind42.ts";
import { aitownNegative } from "./_blind42_aitown.ts";

const conversation = (i: number) =>
  CONVERSATIONS_BLIND_42[i] ?? { language: "", locale: "", turns: [], followUp: "" };
const [EN, ES, ZH] = [conversation(0), conversation(1), conversation(2)];

const neg = (
  source: Source | undefined,
  { note, messages, stream = false }: { note: string; messages: WireMessage[]; stream?: boolean },
): Negative => ({
  task: "blind-42",
  ...(source ? { source } : {}),
  note,
  body: { model: MODEL, messages, ...(stream ? { stream } : {}) },
});

const fmt = (template: string, vars: Record<string, string>) =>
  Object.entries(vars).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, () => value), template);

const KWAI_DATE =
  "当前阳历日期和时间: 2026-10-12 18:30:05.120431\n当前星期: 星期一\n当前农历日期: 二〇二六年九月初二\n当前时辰: 酉时";
const AIAVATAR_CHARACTER =
  "あなたは「ことね」という名前の、図書館で働く20代の女性です。落ち着いた話し方で、相手の話をよく聞きます。";
const SQUAD_AGENT_SYSTEM = P.SQUAD_AGENT.replace("{self.name}", "Tech Agent").replace(
  "{self.description}",
  "Specializes in technology areas including software development, hardware, AI, cybersecurity, blockchain, cloud computing, emerging tech innovations, and pricing/costs related to technology products and services.",
);

export function buildBlind42Negatives(): Negative[] {
  const zh1 = ZH.turns;
  return [
    neg(SRC.memBankChat, {
      note:
        "SiliconFriend ChatGPT companion prompt (cn) as system, a Chinese question (wrapper reconstructed)",
      messages: [
        sys(fmt(P.MEMBANK_CHAT_CN, {
          user_name: "小林",
          boot_actual_name: "硅基朋友",
          personality:
            "小林性格温和、做事认真，最近工作压力较大；回复策略：多倾听，先共情再给出具体可行的建议。",
          related_memory_content:
            "小林：这周加班到很晚，回家还要刷手机到半夜。\n硅基朋友：辛苦了，睡前少看手机会睡得更好。",
        })),
        usr("我最近晚上总是睡不着，白天上班很困，有什么办法吗？"),
      ],
    }),
    neg(SRC.scmPrompts, {
      note: "SCM4LLMs zh_no_history_agent_prompt with the previous turn and a new question (zh)",
      messages: [
        usr(fmt(P.SCM_ZH_NO_HISTORY_AGENT_PROMPT, {
          pre_turn_text: `[第2轮]\n\n用户：${zh1[2]?.content ?? ""}\n\n助手：${zh1[3]?.content ?? ""}`,
          input: ZH.followUp,
        })),
      ],
    }),
    neg(SRC.kwai, {
      note:
        "KwaiAgents conclusion_prompt_template (zh) with the default zh profile and the conversation as memory",
      messages: [
        usr(fmt(P.KWAI_CONCLUSION_ZH, {
          agent_name: "AI助手",
          agent_bio: "你能帮助人类解决他们的问题",
          agent_instructions: "",
          current_date_and_time: KWAI_DATE,
          memory: `* Conversation History:\nUser: ${zh1[0]?.content ?? ""}\nAssistant:${
            zh1[1]?.content ?? ""
          }\n`,
          goal: "老人被骗转账后还能追回钱吗？",
        })),
      ],
    }),
    neg(SRC.aiavatar, {
      note: "aiavatarkit character system prompt and self-intro turn, then a Japanese user turn",
      messages: [
        sys(fmt(P.AIAVATAR_SYSTEM, { character_prompt: AIAVATAR_CHARACTER })),
        usr(fmt(P.AIAVATAR_SELF_INTRO, { username: "佐藤" })),
        {
          role: "assistant",
          content:
            "<think>スーパーバイザーからの指示。ユーザーの名前は佐藤として把握した。</think><answer>わかりました。</answer>",
        },
        usr("最近読んだ本で面白かったものを教えてくれる？"),
      ],
      stream: true,
    }),
    neg(SRC.squadAgent, {
      note: "Agent Squad OpenAIAgent (Tech Agent) system prompt, history and a question (en)",
      messages: [
        sys(SQUAD_AGENT_SYSTEM),
        ...toMessages(EN.turns),
        usr(EN.followUp),
      ],
      stream: true,
    }),
    neg(SRC.clawContext, {
      note:
        "AgentClaw default SOUL.md persona before the default system prompt, a Chinese task (wrapper reconstructed)",
      messages: [
        sys(`${P.CLAW_SOUL}\n\n${P.CLAW_DEFAULT_SYSTEM}`),
        usr("帮我查一下明天上海的天气，适合出去跑步吗？"),
      ],
      stream: true,
    }),
    neg(SRC.onairReply, {
      note:
        "AITuber OnAir formatCommentIntelligencePrompt (ja) for a selected viewer comment, sent to the reply model",
      messages: [
        usr([
          P.ONAIR_REPLY_LINES_JA[0],
          P.ONAIR_REPLY_LINES_JA[1],
          "",
          "選んだコメント:",
          "「mika_0921」さん: 今日の配信テーマは何ですか？",
          "",
          "未選択コメントの状況:",
          "挨拶コメントが3件ありました。",
          "",
          "補足コンテキスト:",
          "- 初見の視聴者が来ています。",
          "",
          "指示:",
          "初見の視聴者にも分かるように、歓迎しつつ今日の配信内容を短く説明してください。",
          "",
          P.ONAIR_REPLY_LINES_JA.at(-1) ?? "",
        ].join("\n")),
      ],
    }),
    neg(undefined, {
      note: "user asks for a two-sentence summary of their own notice (es)",
      messages: [
        ...toMessages(ES.turns),
        usr(
          "Resúmeme en dos frases este aviso que voy a pegar en el grupo de vecinos: «A partir del lunes 3 abriré la panadería de mi cochera de 7 a 11 de la mañana. Habrá conchas, bolillos y pan de yema. Se aceptan pedidos por WhatsApp con un día de anticipación y se paga en efectivo o transferencia».",
        ),
      ],
      stream: true,
    }),
    neg(undefined, {
      note: "user asks for a title for their own circular (ja)",
      messages: [
        usr(
          "回覧板に載せるお知らせにタイトルを付けてください。本文：「10月20日（日）午前9時から、第二公園で防災訓練を行います。消火器の使い方と避難経路の確認を予定しています。雨天の場合は公民館で行います。」",
        ),
      ],
      stream: true,
    }),
    neg(undefined, {
      note: "user asks mid-conversation for a note of what was decided, to send to someone (en)",
      messages: [
        ...toMessages(EN.turns),
        usr(
          "Can you put what we said about the tyres and chain into three bullet points I can text to my dad?",
        ),
      ],
      stream: true,
    }),
    aitownNegative(EN),
  ];
}
