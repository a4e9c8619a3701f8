/**
 * Blind round 25 hard negatives: the round's clients' ordinary turns as they send them (search/RAG answer prompts,
 * chat system prompts with a real question), and user turns asking for a title or summary of the user's own text.
 */
import { asst, MODEL, sys, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind25.ts";

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const LEPTON = src("leptonai/search_with_lepton", {
  path: "search_with_lepton.py",
  commit: "0a2fe3713ee42c4c0c6da1bb56d3cbbeccf431d5",
});
const CHATOLLAMA = src("sugarforever/chat-ollama", {
  path: "server/api/models/chat/index.post.ts",
  commit: "c7cca20dcd5bbb7136f23321d39da354ecd487ca",
});
const OPX = src("parthh01/openperplex_backend_os", {
  path: "groq_api.py",
  commit: "1ffdb41da2ba91cc5245a0154797cfafdc52ed69",
});
const MEMFREE = src("memfreeme/memfree", {
  path: "frontend/lib/tools/generate-title.ts",
  commit: "3163843f3475e767d0a6154ab20462f12cbb82dc",
});
const HIVE = src("HiveNexus/hivechat", {
  path: "app/hooks/chat/useChat.ts",
  commit: "8af40078d6c6a499f4b80ef933d8884dcd54ed4a",
});
const QQ = src("MilkMangoTea/QQ_BOT", {
  path: "core/function_completion.py",
  commit: "bb05d33eeb58b453637416920de48150322f28dc",
});
const LANVENT = src("lanvent/plugin_summary", {
  path: "main.py",
  commit: "aef832e54558b7bcd30481a2a5e1f6e89c3e235a",
});
const STATUT = src("GHOST-Science-Club/statutscan-app", {
  path: "backend/chat/agent/agent.py",
  commit: "619a3146bca9aaa0a2ab9b833c3c14bf0465ee50",
});
const SILI = src("project-epb/Chatbot-SILI", {
  path: "src/plugins/llm/prompts/SILI-v6.prompt.md",
  commit: "3a747a39012f058b6afc4d82972b934012877e5c",
});

const LEPTON_CONTEXT =
  "[[citation:1]] The Tour de France 2025 started in Lille on 5 July and finished in Paris on 27 July.\n\n[[citation:2]] The final stage climbed Montmartre three times before the finish on the Champs-Élysées.";
const STATUT_SYSTEM = "You are helpfull assistant, who help students with administrative problems.";
/** chatgpt-on-wechat's default character_desc, the session system prompt the plugin's bot runs with. */
const WECHAT_SYSTEM =
  "你是ChatGPT, 一个由OpenAI训练的大型语言模型, 你旨在回答并解决人们的任何问题，并且可以使用多种语言与人交流。";

const ragFill = (question: string, { history, context }: { history: string; context: string }) =>
  P.CHATOLLAMA_RAG.replace("{context}", context).replace("{chatHistory}", history).replace(
    "{question}",
    question,
  );

const ITEMS: Array<
  { source: ReturnType<typeof src>; note: string; messages: WireMessage[]; stream?: boolean }
> = [
  {
    source: LEPTON,
    note: "search answer turn, English question",
    messages: [
      sys(P.LEPTON_RAG.replace("{context}", LEPTON_CONTEXT)),
      usr("how many times did they climb Montmartre?"),
    ],
    stream: true,
  },
  {
    source: LEPTON,
    note: "search answer turn asking for a summary of an event, English",
    messages: [
      sys(P.LEPTON_RAG.replace("{context}", LEPTON_CONTEXT)),
      usr("summary of the last stage of the 2025 Tour"),
    ],
    stream: true,
  },
  {
    source: CHATOLLAMA,
    note: "knowledge-base turn: SYSTEM_TEMPLATE filled and sent as one human message, German question",
    messages: [
      usr(ragFill(
        "Wie lange gilt die Garantie auf den Akku?",
        {
          history:
            "user: Ich habe den Staubsauger im März gekauft.\nassistant: Danke, welches Modell ist es?",
          context:
            "Garantiebedingungen: Auf den Akku gewähren wir 24 Monate ab Kaufdatum, auf alle übrigen Teile 36 Monate.",
        },
      )),
    ],
    stream: true,
  },
  {
    source: CHATOLLAMA,
    note: "knowledge-base turn where the user asks for a title of their own paragraph, English",
    messages: [
      usr(ragFill(
        "Suggest a title for my paragraph: We tested three battery packs in freezing weather and only the LiFePO4 pack kept 80% of its capacity after ten cycles.",
        {
          history: "",
          context: "Battery chemistry notes: LiFePO4 cells tolerate cold better than NMC cells.",
        },
      )),
    ],
    stream: true,
  },
  {
    source: OPX,
    note: "get_answer turn, Italian question",
    messages: [
      sys(P.OPX_SEARCH),
      usr(
        "User Question : " + "quali documenti servono per rinnovare la carta d'identità?" +
          "\n\n CONTEXTS :\n\n" +
          "Per il rinnovo della CIE servono la vecchia carta, una fototessera recente e il codice fiscale; il costo è di 22,21 euro.",
      ),
    ],
  },
  {
    source: MEMFREE,
    note: "user asks for a title of their own blog post, English",
    messages: [
      usr(
        "Give me three title options for my blog post, under 8 words each:\n\nLast winter I switched our bakery's ovens to off-peak hours and cut the power bill by a third without changing the opening times.",
      ),
    ],
    stream: true,
  },
  {
    source: HIVE,
    note: "ordinary chat turn with history, Chinese",
    messages: [
      usr("下周去杭州出差三天，住哪一片比较方便？"),
      asst("如果会议在钱江新城，住在市民中心附近最方便，地铁4号线和7号线都能到。"),
      usr("那晚上有什么值得去的地方吗？"),
    ],
    stream: true,
  },
  {
    source: HIVE,
    note: "user asks for a three-point summary of their own meeting notes, Chinese",
    messages: [
      usr(
        "帮我把这段会议记录总结成三点：\n周一例会讨论了新版官网上线时间，设计稿周三前定稿；后端接口周五联调；市场部要求上线前一周拿到宣传图。",
      ),
    ],
    stream: true,
  },
  {
    source: QQ,
    note: "ordinary group-chat turn through the chat chain (persona, long-term memory, history), Chinese",
    messages: [
      sys(P.QQ_PERSONA),
      sys("【相关长期记忆】\n小白喜欢打羽毛球"),
      usr("小白: 今天球馆人好多"),
      asst("周末都这样喵"),
      usr("小白: @MilkMangoTower 明早几点去比较空？"),
    ],
  },
  {
    source: LANVENT,
    note: "a group member asks the bot to summarise an article they paste, Chinese",
    messages: [
      sys(WECHAT_SYSTEM),
      usr(
        "帮我总结一下这篇文章的要点：本市从下月起对老旧小区加装电梯给予每台20万元补贴，居民需三分之二以上同意并在街道办提交申请。",
      ),
    ],
  },
  {
    source: STATUT,
    note: "ordinary question to the school-statute assistant, Polish",
    messages: [sys(STATUT_SYSTEM), usr("Czy wychowawca może nie wpuścić ucznia na wycieczkę za spóźnienia?")],
    stream: true,
  },
  {
    source: STATUT,
    note: "user asks for a summary of their own letter, Polish",
    messages: [
      sys(STATUT_SYSTEM),
      usr(
        "Streść w dwóch zdaniach moje pismo do dyrektora: Szanowny Panie Dyrektorze, zwracam się z prośbą o zmianę terminu poprawy sprawdzianu z matematyki mojego syna, ponieważ w wyznaczonym dniu będzie na zawodach pływackich reprezentując szkołę.",
      ),
    ],
    stream: true,
  },
  {
    source: SILI,
    note: "ordinary chat turn to the koishi bot persona, Chinese",
    messages: [sys(P.SILI_SYSTEM), usr("今天加班到十点，好累啊，你在干嘛？")],
    stream: true,
  },
  {
    source: SILI,
    note: "user asks the bot for a title of their own story opening, Chinese",
    messages: [
      sys(P.SILI_SYSTEM),
      usr("帮我给这段小说开头起个标题：雨下了整整七天，灯塔看守人终于在第八天清晨看见了那艘没有帆的船。"),
    ],
    stream: true,
  },
];

export function buildBlind25Negatives(): Negative[] {
  return ITEMS.map((item) => ({
    task: "blind-25",
    source: item.source,
    note: item.note,
    body: { model: MODEL, messages: item.messages, ...(item.stream ? { stream: true } : {}) },
  }));
}
