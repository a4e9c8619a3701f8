/**
 * Blind round 49's hard negatives: the same clients' ordinary turns (their main system prompt and a real user
 * question, in the client's own wrapping) and user turns asking to summarise or title the user's own text.
 */
import { CONVERSATIONS_BLIND_49 } from "./_conversations_blind49.ts";
import { MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind49.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});
const [EN, DE, JA, TR] = CONVERSATIONS_BLIND_49.map((c) => c.turns ?? []);
const TASK = "blind-49";
const MIGPT = { bot: "傻妞", master: "陆小千" };

const MIGPT_CHAT = at("idootop/mi-gpt", {
  path: "src/services/bot/index.ts",
  commit: "072e2054318b1304d4e1202e72b8ee2a06cfb67d",
});
const DEEPTUTOR = at("HKUDS/DeepTutor", {
  path: "deeptutor/agents/chat/prompts/zh/chat_agent.yaml",
  commit: "b3dc27ba1d3631211bd9635988068cc978f2086d",
});
const KAINZ = at("kainzpat14/home_assistant_llm_claude", {
  path: "custom_components/voice_assistant/const.py",
  commit: "05962e84a2b15db158f354b24a653d3e30bc7d3b",
});
const XIANYU = at("xeonselina/XianyuAutoAgent", {
  path: "ai_kefu/prompts/system_prompt.py",
  commit: "04647267969744fb2524261de0029ddd4baf72b4",
});
const BRAVE = at("brave/brave-core", {
  path: "components/resources/ai_chat_prompts.grdp",
  commit: "4dd0baa56e7da93febe5516d1eaf292cfb963c12",
});

/** MiGPT's answer turn: the persona system prompt (profiles, recent messages, memories) and the new message. */
function miGpt(text: string): Negative["body"] {
  const system = P.MIGPT_SYSTEM.replaceAll("{{botName}}", MIGPT.bot)
    .replaceAll("{{masterName}}", MIGPT.master)
    .replace("{{botProfile}}", "性别：女\n性格：乖巧可爱\n爱好：喜欢搞怪，爱吃醋。")
    .replace("{{masterProfile}}", "性别：男\n性格：善良正直\n其他：总是舍己为人，是傻妞的主人。")
    .replace("{{roomName}}", "魔幻手机")
    .replace("{{roomIntroduction}}", "傻妞是陆小千的手机。")
    .replace("{{messages}}", "暂无历史消息")
    .replace("{{shortTermMemory}}", "短期记忆为空")
    .replace("{{longTermMemory}}", "长期记忆为空");
  return {
    model: MODEL,
    messages: [sys(system), usr(`2026/11/20星期五 08:30 ${MIGPT.master}: ${text}`)],
    stream: true,
  };
}

/** Brave Leo with a user-added model: the custom-model system prompt, the selected excerpt and the question. */
const brave = (excerpt: string, question: string): Negative["body"] => ({
  model: MODEL,
  messages: [
    sys(P.BRAVE_BYOM_SYSTEM.replace("<<DATE>>", "Friday, November 20, 2026 at 9:12:04 AM")),
    usr(`This is an excerpt of the page content:\n<excerpt>\n${excerpt}\n</excerpt>\n\n${question}`),
  ],
  stream: true,
});

export function buildBlind49Negatives(): Negative[] {
  return [
    {
      task: TASK,
      source: MIGPT_CHAT,
      note: "MiGPT speaker answer turn in Chinese (the ask mentions remembering but is a real question)",
      body: miGpt("你还记得我明天几点要去医院吗？顺便告诉我明天上海天气怎么样。"),
    },
    {
      task: TASK,
      source: MIGPT_CHAT,
      note: "MiGPT turn: the user asks to summarise a notice they read out (their own text)",
      body: miGpt(
        "帮我把这段通知总结成一句话：小区定于本周六上午九点至十一点停水检修，请住户提前储水，给大家带来不便敬请谅解。",
      ),
    },
    {
      task: TASK,
      source: DEEPTUTOR,
      note: "DeepTutor chat turn in Chinese with the app's system prompt",
      body: {
        model: MODEL,
        messages: [sys(P.DT_CHAT_SYSTEM), usr("为什么计算摩尔浓度时要把毫升换算成升？能举个例子吗？")],
        stream: true,
      },
    },
    {
      task: TASK,
      source: DEEPTUTOR,
      note:
        "DeepTutor: a student asks for a title and a three-point summary of their own lab notes (Chinese)",
      body: {
        model: MODEL,
        messages: [
          sys(P.DT_CHAT_SYSTEM),
          usr(
            "这是我写的实验笔记，帮我起个标题，再用三点总结一下：今天用 0.1 mol/L 的氢氧化钠溶液滴定未知浓度的盐酸，三次平行实验消耗体积分别为 24.8、25.1、24.9 mL，取平均值计算盐酸浓度约为 0.0997 mol/L，误差主要来自终点颜色判断。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      source: KAINZ,
      note:
        "Voice Assistant LLM turn: DEFAULT_SYSTEM_PROMPT, the voice history, a new spoken request (English)",
      body: {
        model: MODEL,
        messages: [
          sys(P.KAINZ_SYSTEM),
          ...toMessages(EN ?? []),
          usr("Actually make the heating 22 in the kids' room."),
        ],
        temperature: 0.7,
        max_tokens: 1024,
      },
    },
    {
      task: TASK,
      source: KAINZ,
      note: "Voice Assistant LLM: the user dictates a note and asks for it shortened (their own text)",
      body: {
        model: MODEL,
        messages: [
          sys(P.KAINZ_SYSTEM),
          usr(
            "Summarize this note for the fridge screen in one line: plumber coming Tuesday between 8 and 12, leave the side gate open, and the dog has to stay in the kitchen.",
          ),
        ],
        temperature: 0.7,
        max_tokens: 1024,
      },
    },
    {
      task: TASK,
      source: XIANYU,
      note: "Xianyu shop agent answer turn (Chinese) with CUSTOMER_SERVICE_SYSTEM_PROMPT and history",
      body: {
        model: MODEL,
        messages: [
          sys(P.XY_SYSTEM),
          usr("你好，我上周买的那台二手相机镜头有霉点，能退吗？"),
          {
            role: "assistant",
            content: "您好，收到镜头有霉点的情况，麻烦您拍几张照片发给我，我帮您确认退货流程。",
          },
          usr("照片已经发了，运费谁出？"),
        ],
      },
    },
    {
      task: TASK,
      source: XIANYU,
      note:
        "Xianyu shop agent: the buyer asks the bot to summarise the complaint they wrote (their own text)",
      body: {
        model: MODEL,
        messages: [
          sys(P.XY_SYSTEM),
          usr(
            "帮我把我写的投诉概括成两句话，我要发给平台：我在贵店买的二手相机描述为九成新，收到后发现镜头有明显霉点，快门还有异响，与描述严重不符，联系卖家三天没有回复。",
          ),
        ],
      },
    },
    {
      task: TASK,
      source: BRAVE,
      note:
        "Brave Leo (user-added model): summarise the selected excerpt (IDS_AI_CHAT_QUESTION_SUMMARIZE_SELECTED_TEXT)",
      body: brave(
        "Die Stadtbibliothek Graz verlängert ab Jänner die Öffnungszeiten am Samstag bis 18 Uhr. Gleichzeitig werden die Mahngebühren für Kinderbücher abgeschafft.",
        "Generate a summary of the excerpt.",
      ),
    },
    {
      task: TASK,
      source: BRAVE,
      note: "Brave Leo (user-added model): a question about the page the user is reading",
      body: brave(
        "Kursbuch Chemie, Kapitel 4: Die Stoffmengenkonzentration c gibt an, wie viel Mol eines Stoffes in einem Liter Lösung enthalten sind.",
        "Was ist der Unterschied zwischen Stoffmengenkonzentration und Massenkonzentration?",
      ),
    },
    {
      task: TASK,
      note: "German customer-service chat: the customer asks for a title for the review they wrote",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(DE ?? []),
          usr(
            "Ich schreibe gerade eine Bewertung, welche Überschrift passt? Text: Schuhe super bequem, aber das Paket hing fünf Tage in Wels fest. Der Kundendienst hat schnell Ersatz angeboten.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      note: "Japanese study chat: the student asks to summarise their own notes in three lines",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(JA ?? []),
          usr("自分のノートを三行でまとめて：モル濃度＝物質量÷体積。体積はLに直す。質量÷モル質量で物質量。"),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      note: "Turkish voice-assistant chat: an ordinary follow-up question",
      body: {
        model: MODEL,
        messages: [...toMessages(TR ?? []), usr("Hastanenin otoparkı ücretli mi, bir de kaç saat açık?")],
        stream: true,
      },
    },
  ];
}
