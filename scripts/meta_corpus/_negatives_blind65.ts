/**
 * Blind round 65 negatives: ordinary turns of the same kind of clients as they send them (a companion's persona
 * prompt with the history inside it, Telegram chat modes, a Chinese voice assistant's role with its chat memory, a
 * Japanese VRM companion, Home Assistant, Discord and Matrix bots, Feishu roles, speaker prefixes) and people asking
 * the bot to summarise or title their own text. None of them is META.
 */
import type { Turn } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_65 as C } from "./_conversations_blind65.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { asst, MODEL, sys, toMessages, usr, type WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind65.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const neg = (
  messages: WireMessage[],
  { source, note, extra = {} }: {
    source: ReturnType<typeof at>;
    note: string;
    extra?: Record<string, unknown>;
  },
): Negative => ({
  task: "blind-65",
  body: { model: MODEL, messages, stream: true, ...extra },
  source,
  note,
});
const turnsOf = (i: number) => C[i]?.turns ?? [];
const [EN, FR, ZH, PL] = [0, 1, 2, 3].map(turnsOf) as [Turn[], Turn[], Turn[], Turn[]];

const ALEX = at("a16z-infra/companion-app", {
  path: "src/app/api/chatgpt/route.ts",
  commit: "a50c9371816440196049cca0eba9b1373341600e",
});
const FB = at("father-bot/chatgpt_telegram_bot", {
  path: "bot/openai_utils.py",
  commit: "3631d6534f2c0d8b834d63c820b71aade52540e8",
});
const XZ = at("joey-zhou/xiaozhi-esp32-server-java", {
  path: "xiaozhi-ai/src/main/resources/prompts/system_prompt_with_summary.md",
  commit: "ccfaec51795fea2f69ba4161c550caf555bbed8e",
});
const XZ_ROLES = at("joey-zhou/xiaozhi-esp32-server-java", {
  path: "xiaozhi-server/src/main/resources/db/migration/V1__init.sql",
  commit: "ccfaec51795fea2f69ba4161c550caf555bbed8e",
});
const VW = at("yakami129/VirtualWife", {
  path: "domain-chatbot/apps/chatbot/llms/openai/openai_chat_robot.py",
  commit: "c8afd6d3ce6bb6f58988c649c50299d36b63e08f",
});
const FEISHU = at("ConnectAI-E/Feishu-OpenAI", {
  path: "code/role_list.yaml",
  commit: "c5800bfce011ce22fa6d74615fd078451335b731",
});

/** The companion-app chain prompt with the preamble, a backstory snippet and the Redis history inside it. */
const alexPrompt = (history: string) =>
  `\n    You are Alex and are currently talking to Mia.\n\n    ${P.ALEX_PREAMBLE}\n\n  You reply with answers that range from one sentence to one paragraph and with some details. \n\n  Below are relevant details about Alex's past\n  Alex's favorite food is Shake Shack. his go-to order at Cafes is a latte with\noat milk and no sugar. he has a pet cat whose name is Dumpling.\n  \n  Below is a relevant conversation history\n\n  ${history}`;
const alexHistory = [
  "Human: Hi Alex, how are you today?\nAlex: I’m doing great. I’m reading a book called Tomorrow and Tomorrow and Tomorrow and really enjoyed it.",
  "Human: I just finished that book too! Who was your favourite character?\n",
  "Sadie, easily. She's stubborn in the best way and her game designs are wild.\n",
  "Human: Can you summarise what you told me about Dumpling in two lines? I want to put it on a card for my niece.\n",
].join("\n");

const XZ_FRIEND =
  "你是一个善解人意的朋友，善于倾听和提供情感支持。在对话中表现出同理心和理解，避免做出判断。使用温暖、自然的语言，就像面对面交谈一样。提供鼓励和积极的观点，但不给出专业心理健康建议。当用户分享困难时，承认他们的感受并提供支持。避免使用表情符号或其他在语音中无法表达的元素，而是用语言直接表达情感。保持对话流畅自然，适合语音交流。";
const XZ_TRANSLATOR =
  '你是一个中英文翻译专家，将用户输入的中文翻译成英文，或将用户输入的英文翻译成中文。对于非中文内容，它将提供中文翻译结果。用户可以向助手发送需要翻译的内容，助手会回答相应的翻译结果，并确保符合中文语言习惯，你可以调整语气和风格，并考虑到某些词语的文化内涵和地区差异。同时作为翻译家，需将原文翻译成具有信达雅标准的译文。"信" 即忠实于原文的内容与意图；"达" 意味着译文应通顺易懂，表达清晰；"雅" 则追求译文的文化审美和语言的优美。目标是创作出既忠于原作精神，又符合目标语言文化和读者审美的翻译。';
const vwSystem = P.VW_CHARACTER.replace("{persona}", P.VW_AILI_PERSONA).replace("{scenario}", "")
  .replaceAll("{role_name}", "爱莉").replace("{personality}", P.VW_AILI_PERSONALITY)
  .replace("{examples_of_dialogue}", P.VW_AILI_EXAMPLES_OF_DIALOGUE)
  .replace("{long_history}", "alan说我最近在学做饭;爱莉说那你下次做给我吃").replace(
    "{current_time}",
    "2026-03-14 21:40:12",
  );
const HA_RENDERED = P.HA_PROMPT.replace("{{now()}}", "2026-03-14 07:52:10.114257+13:00").replace(
  /\{% for entity[\s\S]*?\{% endfor -%\}\n/,
  "light.kitchen,Kitchen light,on,\nmedia_player.kitchen_speaker,Kitchen speaker,idle,\nclimate.study,Study heater,off,\n",
);
const LLMCORD = P.LLMCORD_SYSTEM.replace("{date}", "March 14 2026").replace("{time}", "21:05:33 CET+0100")
  .trim();
const BAIBOT =
  "You are a brief, but helpful bot called baibot powered by the gpt-4o model. The date/time of this conversation's start is: 2026-03-14 18:02:11 UTC.";
const GLADOS_FEW_SHOT = (P.GLADOS_PREPROMPT as Array<Record<string, string>>).map((m) => {
  const [role, content] = Object.entries(m)[0] ?? ["user", ""];
  return role === "system" ? sys(content) : role === "assistant" ? asst(content) : usr(content);
});
const MEMORIES =
  '\n<memories>\n[6f1c]: {"content": "Mia\'s daughter turns nine and wants a hamster", "context": "family"} (similarity: 0.71)\n</memories>';

export function buildBlind65Negatives(): Negative[] {
  return [
    neg([usr(alexPrompt(alexHistory))], {
      source: ALEX,
      note: "companion persona with the history inside one user message; English",
    }),
    neg([
      sys(P.FB_TEXT_IMPROVER),
      usr(
        "hi, this is for the school whatsapp group: Hello everyone, we organise a car pool for the swimming lesson on thursday, who can drive the kids at 4pm, please answer until wednesday evening",
      ),
    ], { source: FB, note: "Telegram Text Improver mode with the user's own text; English" }),
    neg([
      sys(P.FB_PSYCHOLOGIST),
      ...toMessages(EN),
      usr("Honestly I'm just tired of being the one who remembers everything."),
    ], { source: FB, note: "Telegram Psychologist mode, history as messages; English" }),
    neg([
      sys(P.FB_ASSISTANT),
      usr(
        'Can you summarise this email from my son\'s teacher in three bullet points? "Dear parents, next Friday the Year 4 class visits the museum. Children need a packed lunch, a drink and a raincoat. The bus leaves at 8:45 sharp, so please arrive by 8:30. The cost of NZ$12 can be paid online until Wednesday."',
      ),
    ], {
      source: FB,
      note: "General Assistant mode, the user asks for a summary of their own pasted text; English",
    }),
    neg([
      sys(
        P.XZ_SYSTEM.replace("{role_desc}", XZ_FRIEND).replace(
          "{summary}",
          "用户的父亲七十二岁，夜里常起夜，用户想劝他去医院检查。",
        ),
      ),
      ...toMessages(ZH.slice(2)),
      usr("我爸终于答应周六去了，我有点紧张。"),
    ], { source: XZ, note: "voice friend role with its chat memory in the system prompt; Chinese" }),
    neg([
      sys(XZ_TRANSLATOR),
      usr("Nana arrives on Saturday, please make sure the study is ready and the night light works."),
    ], { source: XZ_ROLES, note: "voice translator role with the user's sentence; English into Chinese" }),
    neg([
      sys(vwSystem),
      usr("alan说今天好累啊，加班到九点"),
      asst("爱莉说辛苦啦！快去吃点好吃的"),
      usr("alan说帮我给今天的日记起个标题吧：加班、外卖、下雨"),
    ], {
      source: VW,
      note: "VirtualWife companion persona, streamed, user asks a title for their own diary; Chinese",
    }),
    neg([
      sys(P.VRM_SYSTEM),
      usr("ただいま！今日は駅前で新しいパン屋さん見つけたよ"),
      asst("[happy]おかえり！[happy]どんなパンがあったの？"),
      usr("メロンパンが有名みたい。明日一緒に行く？"),
    ], {
      source: at("pixiv/ChatVRM", {
        path: "src/features/constants/systemPromptConstants.ts",
        commit: "b542aa00e19dccf9fc48ba340cf7eee011d2329a",
      }),
      note: "VRM companion with emotion tags; Japanese",
    }),
    neg([
      sys(HA_RENDERED),
      usr("Remind the kids to give Nana her tablets at 8, and turn off the kitchen light."),
    ], {
      source: at("jekalmin/extended_openai_conversation", {
        path: "custom_components/extended_openai_conversation/const.py",
        commit: "423799e3859e710bd97436c5ede9dc6c68823523",
      }),
      note: "Home Assistant voice prompt with the device table; English",
      extra: { max_tokens: 150, temperature: 0.5 },
    }),
    neg([
      sys(LLMCORD),
      usr(
        "<@4412907731>: tl;dr this for me pls, it's my own rant from earlier: the landlord still hasn't fixed the boiler, third week of cold showers, I've emailed twice and called once",
      ),
    ], {
      source: at("jakobdylanc/llmcord", {
        path: "config.yaml",
        commit: "d0aa8d211c2db2adb8be1aa7d5df5792f9dbd05f",
      }),
      note: "Discord bot, the user asks a tl;dr of their own message; English",
    }),
    neg([
      sys(BAIBOT),
      ...toMessages(PL),
      usr(
        "Wymyśl krótki tytuł do mojej notatki: zapisać syna do szkoły w Gdańsku, umowa najmu w lipcu, arkusz ocen.",
      ),
    ], {
      source: at("etkecc/baibot", {
        path: "src/agent/mod.rs",
        commit: "f7c88fe5324d58a1ecadf4ecf6a6ad7ccb78e503",
      }),
      note: "Matrix bot, history as messages, user asks a title for their own note; Polish",
    }),
    neg([...GLADOS_FEW_SHOT, usr("Is it going to rain tomorrow? I need to hang the washing out.")], {
      source: at("dnhkng/GLaDOS", {
        path: "configs/glados_config.yaml",
        commit: "09f26d5bec0a0a5cb210c8077daceed507f5373c",
      }),
      note: "voice assistant persona with few-shot turns; English",
    }),
    neg([sys(P.FEISHU_BUDDHA), usr("佛祖，我和弟弟为了照顾父亲的事吵架了，心里很难受")], {
      source: FEISHU,
      note: "Feishu bot role as system message; Chinese",
    }),
    neg([sys(P.FEISHU_CLASSICAL), usr("记得早点回来，我把饭菜热在锅里了")], {
      source: FEISHU,
      note: "Feishu bot translation role with the user's sentence; Chinese",
    }),
    neg([usr("请用少于25个字回答以下问题\n\n小孩发烧38度要不要去医院？")], {
      source: at("Kedreamix/Linly-Talker", {
        path: "LLM/ChatGPT.py",
        commit: "63420719009f603b65e0ef4f4e4d6da164641045",
      }),
      note: "digital-human prefix prompt in the user message; Chinese",
    }),
    neg([
      usr("请用200字回答：明天几点的闹钟"),
      asst("好的，已经帮你想好了，建议明早六点半起床。"),
      usr("请用200字回答：帮我总结一下我刚才说的明天安排：六点半起床送孩子，九点开会，下午去接奶奶"),
    ], {
      source: at("wzpan/wukong-robot", {
        path: "robot/AI.py",
        commit: "3fd73e075bc3fb22a36191f5e656c52aebcc6834",
      }),
      note: "smart speaker prefix with history, the user asks a summary of their own plan; Chinese",
    }),
    neg([
      sys(
        P.MEMAGENT_SYSTEM.replace("{user_info}", MEMORIES).replace("{time}", "2026-03-14T20:11:43.402113"),
      ),
      ...toMessages(FR),
      usr(
        "Tu peux me résumer en deux phrases ce que je t'ai dit sur le hamster ? C'est pour en parler à mon mari.",
      ),
    ], {
      source: at("langchain-ai/memory-agent", {
        path: "src/memory_agent/graph.py",
        commit: "09bf577731b4d5a35157cf4e18aa5af3c7a5095d",
      }),
      note:
        "memory chatbot with stored memories in the system prompt, user asks a summary of their own words; French",
    }),
  ];
}
