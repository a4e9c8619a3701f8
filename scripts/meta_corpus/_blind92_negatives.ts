/**
 * Blind round 92's hard negatives: the clients' ordinary turns (LangChain.js's entity-memory conversation,
 * LlamaIndex.TS's context chat, a RealChar character, a plain agent turn) and users asking for a summary, title or
 * shortening of their own text, in the round's languages.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_92 } from "./_conversations_blind92.ts";
import { MODEL, sys, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind92.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(key, value), template);
const humanAi = (c: Conversation) => toLines(c.turns, { user: "Human", assistant: "AI" });
const LANGCHAINJS = "62fc484b2a0d1ec5b8bebff4a8a0efe6300ada72";
const LLAMAINDEXTS = "acd9b66de4ec1305d8f7e87832cc68093116bb16";
const KAGENT = "5229184e280a6f3bf205b4e64405a92d1fbc259f";
const REALCHAR = "bd452d7ab164098d251935276c870ddfc14a9046";
const AMS = "3f703c0d5ebd554386250d356bcb8bb8b41a73db";
const TRADING = "85946c2f60768ab2dae23a5a36cd927662feef94";

const conv = (i: number) => CONVERSATIONS_BLIND_92[i % CONVERSATIONS_BLIND_92.length]!;

export function buildBlind92Negatives(): Negative[] {
  const entityChat = (c: Conversation) =>
    fill(P.LC_ENTITY_CONVERSATION, { "{entities}": "", "{history}": humanAi(c), "{input}": c.followUp });
  const items: Array<Omit<Negative, "task">> = [
    {
      source: at("langchain-ai/langchainjs", {
        path: "libs/langchain-classic/src/memory/prompt.ts",
        commit: LANGCHAINJS,
      }),
      note: "LangChain.js entity-memory conversation template with a real follow-up question (English)",
      body: { model: MODEL, messages: [usr(entityChat(conv(0)))] },
    },
    {
      source: at("run-llama/LlamaIndexTS", {
        path: "packages/core/src/prompts/prompt.ts",
        commit: LLAMAINDEXTS,
      }),
      note:
        "LlamaIndex.TS context chat: defaultContextSystemPrompt with a retrieved passage, history, then the user's question (Spanish)",
      body: {
        model: MODEL,
        messages: [
          sys(P.LI_CONTEXT.replace(
            "{context}",
            "Modelo 303: autoliquidación trimestral del IVA. Plazos: del 1 al 20 de abril, julio y octubre, y del 1 al 30 de enero.",
          )),
          ...toMessages(conv(1).turns),
          usr(conv(1).followUp),
        ],
        stream: true,
      },
    },
    {
      source: at("Shaunwei/RealChar", {
        path: "realtime_ai_character/character_catalog/annie/config.yaml",
        commit: REALCHAR,
      }),
      note: "RealChar character system prompt, then the user chatting in character (English)",
      body: {
        model: MODEL,
        messages: [
          sys(P.REALCHAR_ANNIE),
          usr("Annie, can Tibbers help me light the campfire tonight? And what's his favourite snack?"),
        ],
        stream: true,
      },
    },
    {
      source: at("TauricResearch/TradingAgents", {
        path: "tradingagents/graph/reflection.py",
        commit: TRADING,
      }),
      note: "a user asking for a two-sentence summary of their own pasted notes (Turkish)",
      body: {
        model: MODEL,
        messages: [usr(
          "Şu notlarımı iki cümlede özetler misin? Toplantıya götüreceğim: Depo kirası ocaktan itibaren %18 artıyor. Ya daha küçük bir depoya geçeceğiz ya da stoğu azaltıp siparişleri haftalık vereceğiz. Muhasebe ikinci seçeneği destekliyor ama satış ekibi teslim sürelerinin uzamasından endişeli.",
        )],
      },
    },
    {
      source: at("redis/agent-memory-server", {
        path: "agent_memory_server/memory_strategies.py",
        commit: AMS,
      }),
      note: "a user asking for a title for their own blog post draft (Japanese)",
      body: {
        model: MODEL,
        messages: [usr(
          "このブログ記事のタイトル案を3つ考えてください：\n週末だけの家庭菜園を始めて一年。最初はミニトマトを全部枯らしたけれど、点滴ホースとタイマーを付けてから収穫が倍になった。忙しい人ほど水やりを自動化すべきだと思う。",
        )],
        stream: true,
      },
    },
    {
      source: at("kagent-dev/kagent", { path: "go/adk/pkg/memory/kagent_service.go", commit: KAGENT }),
      note:
        "an ordinary agent turn after a conversation: the user asks the next real question (Japanese history)",
      body: { model: MODEL, messages: [...toMessages(conv(2).turns), usr(conv(2).followUp)], stream: true },
    },
    {
      source: at("langchain-ai/langchainjs", {
        path: "libs/langchain-classic/src/chains/conversational_retrieval_chain.ts",
        commit: LANGCHAINJS,
      }),
      note:
        "a user asking to summarize what they themselves wrote in the chat, mid-conversation (Turkish history, English ask)",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(conv(3).turns),
          usr(
            "Here's the note I'll leave for the movers, can you shorten it to one line? 'Please do not open the small bedroom, the cat is inside with her litter box. Load it last.'",
          ),
        ],
      },
    },
  ];
  return items.map((item) => ({ task: "blind-92", ...item }));
}
