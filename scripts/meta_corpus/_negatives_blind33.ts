/**
 * Blind round 33 hard negatives: the round's clients' ordinary turns as they send them (the Discord bot's channel Q&A
 * and its basic chat persona, the French RAG chatbot's answer call, the companion's main chat turn with its persona and
 * format, the SiYuan plugin's chat with history, a WeChat bot turn) with real requests, and user turns asking for a
 * title or a summary of the user's own text, in several languages.
 */
import { asst, type ChatBody, MODEL, sys, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind33.ts";

const src = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const JWANDER = src("Jwander0820/DiscordAISummaryBot", {
  path: "discord_bot/cogs/conversation_cog.py",
  commit: P.JWANDER_COMMIT,
});
const RINO = src("RINOHeinrich1/chatbot-service", {
  path: "backend/services/mixtral.py",
  commit: P.RINO_COMMIT,
});
const AKI = src("simonryu328/aki-the-bot", { path: "agents/soul_agent.py", commit: P.AKI_COMMIT });
const NBA = src("jaar23/nb-assistant", { path: "src/orchestrator/openai-model.ts", commit: P.NBA_COMMIT });
const ALONE = src("al-one/wechat-gptbot-summary", { path: "plugin.py", commit: P.ALONE_COMMIT });

const CHANNEL = [
  "[19:40] [id:kaiyu] 凱宇: 這週六的桌遊團改到晚上七點喔",
  "[19:42] [id:peiyi] 佩怡: 好，我會帶卡坦島",
  "[19:45] [id:kaiyu] 凱宇: 有人要一起訂披薩嗎",
].join("\n");

/** The /ask flow: observer persona as the 'model' turn, the f-string with the channel log and the question. */
const jwanderAsk = (question: string): ChatBody => ({
  model: MODEL,
  messages: [
    asst(P.JWANDER_QA_SYSTEM),
    usr(
      P.JWANDER_QA_USER.replace("{len(messages)}", "3").replace("{message_text}", CHANNEL).replace(
        "{question}",
        question,
      ),
    ),
  ],
});

/** call_cloud_llm with the basic role prompt and the chat f-string. */
const jwanderChat = (question: string): ChatBody => ({
  model: MODEL,
  messages: [
    asst(P.JWANDER_ROLE_BASIC),
    usr(
      P.JWANDER_CHAT_USER.replace("{history}", CHANNEL.replace(/\[id:[a-z]+\] /g, "")).replace(
        "{問題}",
        question,
      ),
    ),
  ],
  temperature: 0.7,
});

/** generate_answer without SQL reasoning: base persona + the "not available" line, context and request as user. */
const rinoAnswer = (context: string, query: string): ChatBody => ({
  model: MODEL,
  messages: [
    sys(
      P.RINO_RAG_SYSTEM_BASE.replace(
        "{description or 'réponds poliment et avec clarté.'}",
        "réponds poliment et avec clarté.",
      ) +
        P.RINO_RAG_SYSTEM_NOSQL,
    ),
    usr(P.RINO_RAG_USER.replace("{contexte.strip()}", context).replace("{query.strip()}", query)),
  ],
  temperature: 0,
  max_tokens: 300,
});
const FAQ =
  "Les retours sont acceptés sous 30 jours avec le ticket de caisse.\n(Source: FAQ générale)\n---\nLa boutique de Lyon est ouverte du mardi au samedi, de 10 h à 19 h.\n(Source: FAQ générale)";

/** The companion's main turn: static persona/format, recent exchanges, current conversation and time, then the message. */
const akiChat = (message: string): ChatBody => ({
  model: MODEL,
  messages: [
    sys(
      P.AKI_STATIC.replace("{persona}", P.AKI_PERSONA.replaceAll("{user_name}", "Priya")) +
        "\n---\n\nRECENT EXCHANGES:\n(none yet)" +
        "\n---\n\nCURRENT CONVERSATION:\n[2026-12-06 21:02] Priya: finally finished the first draft of my short story\n[2026-12-06 21:02] Aki: WAIT that's huge" +
        "\n\n---\n\nRIGHT NOW:\nSunday, December 06, 2026 at 09:05 PM. It's late night.",
    ),
    usr(message),
  ],
  temperature: 0.7,
  max_tokens: 1000,
});

/** nb-assistant's streamed chat with the truncated history (no custom system prompt set). */
const nbaChat = (history: Array<[string, string]>, question: string): ChatBody => ({
  model: MODEL,
  messages: [...history.flatMap(([q, a]) => [usr(q), asst(a)]), usr(question)],
  stream: true,
});

const ASKS: Array<Omit<Negative, "task">> = [
  { source: JWANDER, note: "channel Q&A, zh-TW", body: jwanderAsk("凱宇說桌遊團幾點開始？") },
  {
    source: JWANDER,
    note: "basic chat persona, user asks for a title for their own announcement, zh-TW",
    body: jwanderChat("幫我寫的這段公告想個標題：「本週六晚上七點桌遊團，地點在老地方，請自備零食。」"),
  },
  {
    source: JWANDER,
    note: "basic chat persona, ordinary question, zh-TW",
    body: jwanderChat("卡坦島新手要怎麼開局比較好？"),
  },
  {
    source: RINO,
    note: "RAG answer, French",
    body: rinoAnswer(FAQ, "Est-ce que je peux rendre un article acheté il y a trois semaines ?"),
  },
  {
    source: RINO,
    note: "RAG call, the user asks for a summary of their own text, French",
    body: rinoAnswer(
      FAQ,
      "Peux-tu résumer en deux phrases le message que j'ai écrit pour le service client : « J'ai acheté une lampe le 12 novembre, elle ne s'allume plus et je voudrais un échange plutôt qu'un remboursement. »",
    ),
  },
  {
    source: RINO,
    note: "RAG answer, opening hours, French",
    body: rinoAnswer(FAQ, "Quels sont les horaires de la boutique de Lyon ?"),
  },
  {
    source: AKI,
    note: "companion main turn, ordinary",
    body: akiChat("ok but now I'm scared to show it to anyone lol"),
  },
  {
    source: AKI,
    note: "companion main turn, the user asks for a title for their own story",
    body: akiChat(
      "can you help me title it? it's about my grandma teaching me to swim in the river behind her house",
    ),
  },
  {
    source: AKI,
    note: "companion main turn, the user asks for a summary of their own paragraph",
    body: akiChat(
      "sum this up in one line for my blurb: 'Every summer Nani waded in first, counting to ten in Punjabi, and every summer I stayed on the bank until she reached eight.'",
    ),
  },
  {
    source: NBA,
    note: "SiYuan chat with history, the user asks for tags for their own note",
    body: nbaChat(
      [["我的读书笔记该怎么分类？", "可以按主题、作者或阅读年份建立笔记本。"]],
      "给我这篇我写的笔记起三个标签：《人类简史》第三章讲农业革命如何让人类定居，也带来了更多劳动和疾病。",
    ),
  },
  {
    source: NBA,
    note: "SiYuan chat with history, ordinary question, English",
    body: nbaChat(
      [["How do I link two blocks?", "Type (( and pick the block to reference."]],
      "and how do I embed a whole document instead?",
    ),
  },
  {
    source: ALONE,
    note: "WeChat bot ordinary turn (plain chat, no summary command), Chinese",
    body: {
      model: MODEL,
      messages: [usr("帮我把我写的这段请假理由改得正式一点：明天家里有事，想请一天假。")],
    },
  },
];

export function buildBlind33Negatives(): Negative[] {
  return ASKS.map((item) => ({ task: "blind-33", ...item }));
}
