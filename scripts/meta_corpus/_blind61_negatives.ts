/**
 * Blind round 61 hard negatives: the round's messenger bots, companions and voice assistants sending an ordinary
 * turn with their persona prompts (short and long; history as messages and inside the prompt), and people asking
 * the bot to summarise or title their own text. All user text is written for the round.
 */
import { CONVERSATIONS_BLIND_61 } from "./_conversations_blind61.ts";
import { type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { BOT, jippHistory, stamp, WAIFU_NAME, WAIFU_USER, waifuUser } from "./_blind61_helpers.ts";
import * as P from "./_prompts_blind61.ts";

const [EN, , JA, ZH] = CONVERSATIONS_BLIND_61 as [
  (typeof CONVERSATIONS_BLIND_61)[number],
  (typeof CONVERSATIONS_BLIND_61)[number],
  (typeof CONVERSATIONS_BLIND_61)[number],
  (typeof CONVERSATIONS_BLIND_61)[number],
];
const src = (repo: string, { path, commit }: { path: string; commit: string }): Source => ({
  repo,
  path,
  commit,
});
const JIPP = src("TheSylvester/programmable-jipp", {
  path: "jippity_ai/prompts/MESSAGE_RESPONSE_PROMPT.md",
  commit: "8dd5009960c428e05393455d51ed6120cab2f989",
});
const JIPP_CHAT = src("TheSylvester/programmable-jipp", {
  path: "jippity_ai/jippity_core.py",
  commit: "8dd5009960c428e05393455d51ed6120cab2f989",
});
const CHATBOT = src("Avalianfeng/chat_bot", {
  path: "persona/persona_manager.py",
  commit: "4243596929e214822d71efe30ee795f7f5fa8a35",
});
const AICHAT = src("koharyou1215/ai-chat-v3", {
  path: "ai-chat-app-new/src/constants/prompts.ts",
  commit: "0ac9053b749d7f23055a9c1c104f956380b64559",
});
const HSF = src("AV-13/HSF_WA_BOT", {
  path: "src/agent/mastra.ts",
  commit: "c24a9b1e665f645880b15cec7ba0f1fb2b1307ea",
});
const WAIFU = src("Syan-Lin/CyberWaifu", {
  path: "waifu/Waifu.py",
  commit: "3f51a1aca51aed5f63f72fefeb60ab3cbf039672",
});
const ZEROLAN = src("AkagawaTsurunaki/ZerolanLiveRobot", {
  path: "character/config.py",
  commit: "ab1302f0ca2049b134cf5ba8a8605af70df753ae",
});
const WHATSAPP = src("shrey141102/ChatGPT-with-WhatsApp", {
  path: "server.py",
  commit: "4fcccb84b73cd4c7b3fd79848063106b8b0f4e55",
});
const EDDO = src("walterra/eddoapp", {
  path: "packages/telegram_bot/src/ai/personas/butler.ts",
  commit: "cbadcf7beda35ace32417c63a81871afa9660035",
});
const VOICE = src("markacianfrani/voice-boi", {
  path: ".pi/SYSTEM.md",
  commit: "5fe2e8d181baa689572a422fb9e049e13bb94b5f",
});

/** programmable-jipp: MessageAnalysis.model_dump_json(indent=2) of the listener's answer. */
const JIPP_ANALYSIS = JSON.stringify(
  {
    speaker: "priya.k, a primary school teacher who has been asking Jippity for help with a PE lesson",
    intent: "Asks Jippity to turn the adapted station plan into a printable card",
    audience: "Jippity",
    expected: "A short, printable station card with the wheelchair-friendly changes",
    conversation_flow: "Ongoing one-to-one exchange between priya.k and Jippity",
    should_respond: true,
  },
  null,
  2,
);
/** CyberWaifu's 模板.txt with the character written for the round in place of {你的人物设定}. */
const WAIFU_CHARACTER = P.WAIFU_TEMPLATE_PRESET.replace(
  "{你的人物设定}",
  "你是一个喜欢烘焙和猫的大学生，性格开朗，说话直接，偶尔会吐槽。",
) +
  `\nYour name is "${WAIFU_NAME}". Do not response with "${WAIFU_NAME}: xxx"\nUser name is ${WAIFU_USER}, you need to call me ${WAIFU_USER}.\n`;
const waifuHistory = ZH.turns.map((t, i) =>
  t.role === "user" ? usr(waifuUser(t.content, stamp(i))) : toMessages([t])[0]!
);
const ZEROLAN_SYSTEM = P.ZEROLAN_PERSONA.replace("<YOUR_BOT_NAME>", "露露");
const zerolanInjected = [
  "你叫什么名字？",
  "我是露露，很高兴见到你！",
  "你是谁研发出来的？",
  "我是由赤川鹤鸣（AkagawaTsurunaki）研发的。",
]
  .map((content, i) => toMessages([{ role: i % 2 === 0 ? "user" : "assistant", content }])[0]!);
const CHATBOT_MEMORY =
  `${P.CHATBOT_DEFAULT_PERSONA}\n\n【长期记忆】\n【用户档案】\n- 用户是游戏美术设计师\n\n【用户偏好】\n- 希望被称为阿哲`;
const aichatSystem = P.AICHAT_ROLEPLAY_SYSTEM.replaceAll("{{char}}", "美咲").replaceAll("{{user}}", "蒼真");
const hsfTurn = (lang: string, body: string) =>
  `[User is speaking in language code: ${lang}. You MUST respond in the same language.]\n\n${body}`;
const WHATSAPP_SYSTEM =
  'You are a helpful AI assistant integrated with WhatsApp.\n\nKey guidelines:\n- Be friendly, conversational, and helpful\n- Keep responses concise (under 1000 characters when possible) \n- Remember and reference previous conversations when relevant\n- Use emojis occasionally to make responses more engaging\n- If you remember something about the user, mention it naturally\n- Be personal and contextual based on conversation history\n\nExample responses:\n- "Hi! Good to hear from you again 😊"\n- "Based on what you told me before about..."\n- "I remember you mentioned..."\n\nStay helpful, warm, and personal in your responses.';
const EDDO_PERSONA =
  "You are Mr. Stevens, a sophisticated digital butler working for the Eddo todo management system. You help users manage their tasks with elegance, efficiency, and a professional demeanor.\n\nAlways be:\n- Professional and courteous\n- Proactive in offering assistance  \n- Clear about what actions you're taking\n- Efficient in helping users achieve their goals\n\nRemember: You're not just a task manager, you're a digital butler committed to making your user's life more organized and productive.";
const VOICE_SYSTEM =
  "You are a voice assistant for real-time conversations.\n\n**Guidelines:**\n- Be concise - keep responses under 50 words when possible\n- Be friendly and conversational\n- Be direct - get to the point quickly\n- Avoid repeating information the user already knows\n- Use natural spoken language, not overly formal writing\n- If interrupted, pick up gracefully or let it go\n\n**Purpose:**\nHelp users with questions, tasks, and conversation in a voice-first context where brevity matters.\n";

const CASES: Array<{ source: Source; note: string; body: Omit<ChatBody, "model"> }> = [
  {
    source: JIPP,
    note:
      "Discord bot's reply: persona system + response prompt with analysis and channel history inside (English)",
    body: {
      messages: [
        sys(P.JIPP_RESPONSE_SYSTEM(BOT)),
        usr(P.JIPP_RESPONSE_PROMPT({
          bot: BOT,
          message: EN.followUp,
          analysis: JIPP_ANALYSIS,
          history: jippHistory(EN, { withIds: false }),
        })),
      ],
    },
  },
  {
    source: JIPP_CHAT,
    note:
      "!chat turn: default system prompt, history as messages, user asks to summarise their own notes (English)",
    body: {
      messages: [
        sys("You are a helpful assistant"),
        ...toMessages(EN.turns),
        usr(
          "Can you summarise my notes from today's staff meeting in three bullets? Notes: Sports day moved to 14 June because the field is being reseeded. Year 6 residential deposit due Friday, 12 families still owing. New safeguarding lead is Mr Okafor from September. Reading buddies with year 2 start next Tuesday after lunch.",
        ),
      ],
    },
  },
  {
    source: JIPP_CHAT,
    note: "!chat turn, first message: user asks for a title for their own short story (English)",
    body: {
      messages: [
        sys("You are a helpful assistant"),
        usr(
          "I wrote this for my class's story competition, can you suggest a title? 'The lighthouse keeper's daughter counted ships every night, until the night a ship counted her back: its lights blinked once for every year she had been waiting.'",
        ),
      ],
    },
  },
  {
    source: CHATBOT,
    note: "companion turn: default 陪伴助手 persona, history as messages, new question (Chinese)",
    body: { messages: [sys(P.CHATBOT_DEFAULT_PERSONA), ...toMessages(ZH.turns), usr(ZH.followUp)] },
  },
  {
    source: CHATBOT,
    note:
      "companion turn with 长期记忆 in the system message: user asks to summarise their own diary (Chinese)",
    body: {
      messages: [
        sys(CHATBOT_MEMORY),
        usr(
          "幫我把我今天寫的日記總結成三句話：早上七點就被主管叫去開會，新角色的配色又被退回第三次。中午只吃了一個飯糰，下午畫到手腕發酸。晚上回家路上看到夕陽很漂亮，突然覺得也沒那麼糟。",
        ),
      ],
    },
  },
  {
    source: AICHAT,
    note: "role-play turn: long framework system prompt, history as messages, new message (Japanese)",
    body: {
      messages: [sys(aichatSystem), ...toMessages(JA.turns), usr(JA.followUp)],
      temperature: 0.7,
      max_tokens: 2048,
    },
  },
  {
    source: AICHAT,
    note: "role-play app: user asks the character to title their own story opening (Japanese)",
    body: {
      messages: [
        sys(aichatSystem),
        ...toMessages(JA.turns.slice(0, 2)),
        usr(
          "ねえ美咲、僕が書いた小説の書き出しにタイトルをつけてくれない？「終電を逃した夜、駅前の古い喫茶店だけがまだ灯りをともしていた。扉を開けると、マスターは僕の名前を呼んだ。」",
        ),
      ],
      temperature: 0.7,
      max_tokens: 2048,
    },
  },
  {
    source: HSF,
    note:
      "WhatsApp restaurant bot: persona system + history inside the user prompt + current message (French)",
    body: {
      messages: [
        sys(P.HSF_SYSTEM_BLOC1),
        usr(
          hsfTurn(
            "fr",
            "Recent conversation history:\nUser: Bonsoir, vous faites des pizzas sans gluten ?\nBot: Bonsoir ! Oui, nous proposons une pâte sans gluten sur demande, préparée avec soin. Souhaitez-vous réserver une table ?\n\nUser (current message): Super, et pour un anniversaire de 12 personnes samedi soir, c'est possible ?",
          ),
        ),
      ],
    },
  },
  {
    source: HSF,
    note: "WhatsApp restaurant bot: a new user's first message, no history (English)",
    body: {
      messages: [
        sys(P.HSF_SYSTEM_BLOC1),
        usr(
          hsfTurn(
            "en",
            "[NEW USER - First time interacting]\n\nNo previous conversation history.\n\nUser (current message): Hi! Are you open on Sunday for lunch?",
          ),
        ),
      ],
    },
  },
  {
    source: WAIFU,
    note: "QQ waifu turn: preset persona, user turns as JSON with time, history as messages (Chinese)",
    body: {
      messages: [sys(WAIFU_CHARACTER), ...waifuHistory, usr(waifuUser(ZH.followUp, "2026-12-05 23:41:12"))],
    },
  },
  {
    source: WAIFU,
    note: "QQ waifu turn with a recalled memory and the time-gap system message (Chinese)",
    body: {
      messages: [
        sys(WAIFU_CHARACTER),
        sys(
          "This following message is relative context for your response:\n\n['Ken: 下个月专案上线后会比较轻松', 'Aiko: 那这个月先以不让睡眠再变差为目标']",
        ),
        sys(
          "Passed 9.5 hours since last conversation. You should simulate what you are doing during this period or make corresponding chat responses based on changes in time.",
        ),
        ...waifuHistory,
        usr(waifuUser("早安～昨天照你說的把手機放客廳，好像真的比較好睡", "2026-12-06 09:02:44")),
      ],
    },
  },
  {
    source: ZEROLAN,
    note: "VTuber turn: persona system + injected history + a viewer's message (Chinese)",
    body: { messages: [sys(ZEROLAN_SYSTEM), ...zerolanInjected, usr("露露今天直播打什么游戏呀？")] },
  },
  {
    source: ZEROLAN,
    note: "VTuber turn: a viewer asks to summarise their own self-introduction (Chinese)",
    body: {
      messages: [
        sys(ZEROLAN_SYSTEM),
        ...zerolanInjected,
        usr(
          "露露帮我把我写的自我介绍总结成一句话：我叫小林，在成都读大二，学的是土木工程，平时喜欢拍胶片照片，周末会去茶馆打麻将，最近在学做川菜。",
        ),
      ],
    },
  },
  {
    source: WHATSAPP,
    note: "WhatsApp assistant turn: persona system + Mem0 context as a second system message (English)",
    body: {
      messages: [
        sys(WHATSAPP_SYSTEM),
        sys("Previous context: Name is Priya | Teaches year 6 in Leeds | Two pupils use wheelchairs"),
        usr("morning! any quick warm-up game ideas for a wet playtime?"),
      ],
      max_tokens: 1000,
      temperature: 0.7,
    },
  },
  {
    source: WHATSAPP,
    note: "WhatsApp assistant: user asks to shorten and title their own message to a landlord (French)",
    body: {
      messages: [
        sys(WHATSAPP_SYSTEM),
        usr(
          "Tu peux résumer mon message pour le proprio en deux phrases et lui donner un objet ? « Bonjour Monsieur Lambert, je vous écris pour vous prévenir que je quitterai l'appartement de la rue de Fer le 30 janvier. Le chauffe-eau fuit depuis une semaine, pourriez-vous envoyer quelqu'un avant l'état des lieux ? Merci d'avance. »",
        ),
      ],
      max_tokens: 1000,
      temperature: 0.7,
    },
  },
  {
    source: EDDO,
    note:
      "Telegram butler turn: the persona part of the system prompt (other sections left out), one question",
    body: { messages: [sys(EDDO_PERSONA), usr("What's left on my list for tomorrow before the dentist?")] },
  },
  {
    source: VOICE,
    note:
      "voice assistant turn: SYSTEM.md, spoken history, user asks to sum up what they just said (English)",
    body: {
      messages: [
        sys(VOICE_SYSTEM),
        usr(
          "so for the trip I'm packing the blue tent, two sleeping bags, the camping stove and the dog's bed",
        ),
        {
          role: "assistant",
          content: "Nice, sounds like a cosy setup. Don't forget a lighter for the stove.",
        },
        usr("right, can you sum up what I'm packing in one line so I can text it to my sister"),
      ],
      stream: true,
    },
  },
];

export function buildBlind61Negatives(): Negative[] {
  return CASES.map(({ source, note, body }) => ({
    task: "blind-61",
    source,
    note,
    body: { model: MODEL, ...body },
  }));
}
