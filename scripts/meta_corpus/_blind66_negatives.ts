/**
 * Blind round 66 hard negatives: the round's clients' ordinary answer turns as they send them (main system prompt or
 * answer template plus a real user question) and user turns that title, tag or summarise the user's own text.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_66 } from "./_conversations_blind66.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind66.ts";
import { type ChatBody, MODEL, sys, toMessages, usr } from "./_types.ts";

const NOSANA = "c575bef52db5c79447282f6f5e7d7b181fa301ba";
const VAULT = "3a97b5b076ad2625f34a64a82abc7c85835073c1";
const SB = "0690ed449830f35e8985a665bc2336ea5a89a391";
const ASSISTOS_CHAT = "09fe22de51693495abd5235366c6e3e9a2cab400";
const ORAMA = "666ab48008838c0a35385e6651ff5bfb3ce7e68c";
const OLLAMAC = "7c6bc45238838a7b80c785335203efceef95e4f2";
const STORY = "febfcc93fb95802edc86723d5b1558c24e33a45c";
const AGENTSCOPE = "da00849f2c3db60b16edaf2371ae1d863f341ae2";
const ACCOMPANY = "353507c15d7e66c3a1a8613fa947070b99a453af";
const POCKETMIND = "70149edc3a5b8fa642c33bc0472a4ea41bcc2467";
const LUCERON = "fc765c8252f52a7c01b5d4b45ec33fff227e33de";
const BLURR = "6dad9c340fa456e426ba08cc89aea52c50cab81a";
const FRIDAY = "You are a helpful assistant named Friday.";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(key, value), template);
const neg = (
  ...[task, body, source, note]: [string, ChatBody, ReturnType<typeof at>, string]
): Negative => ({ task, body, source, note });

/** nosana-chat's recent-context block: `role: text` lines with `model` for the assistant, marked when complete. */
const nosanaRecent = (c: Conversation) =>
  "…no history above\n" +
  c.turns.map((t) => `${t.role === "user" ? "user" : "model"}: ${t.content}`).join("\n");
const SEARCH_HITS = JSON.stringify([
  {
    id: "faq-12",
    score: 0.82,
    document: { title: "Rainy-day spots", content: "Indoor aquarium and museums near the airport." },
  },
]);

export function blind66Negatives(): Negative[] {
  const [en, fr, ko, pt] = CONVERSATIONS_BLIND_66 as [Conversation, Conversation, Conversation, Conversation];
  return [
    neg(
      "blind-66-answer",
      {
        model: MODEL,
        messages: [
          sys(P.NOSANA_ZERO_SYSTEM),
          usr(
            fill(P.NOSANA_ZERO_USER, {
              "{recentText}": nosanaRecent(en),
              "{query}": en.followUp,
              "{customPrompt}": "None",
            }),
          ),
        ],
        stream: true,
      },
      at("meet447/nosana-chat-mcp", { path: "src/app/api/v1/ask/handlers/utils.ts", commit: NOSANA }),
      "nosana-chat's zero-mode answer turn with the recent conversation (English)",
    ),
    neg(
      "blind-66-answer",
      {
        model: MODEL,
        messages: [
          sys(P.NOSANA_ZERO_SYSTEM),
          usr(
            fill(P.NOSANA_ZERO_USER, {
              "{recentText}": nosanaRecent(pt),
              "{query}": pt.followUp,
              "{customPrompt}": "None",
            }),
          ),
        ],
        stream: true,
      },
      at("meet447/nosana-chat-mcp", { path: "src/app/api/v1/ask/handlers/utils.ts", commit: NOSANA }),
      "nosana-chat's zero-mode answer turn (Portuguese)",
    ),
    neg(
      "blind-66-answer",
      {
        model: MODEL,
        messages: [sys(P.VAULT_SYSTEM), ...toMessages(en.turns), usr(en.followUp)],
        stream: true,
      },
      at("Andy-Stack/vault-ai", { path: "AIClasses/OpenAI/OpenAI.ts", commit: VAULT }),
      "vault-ai's chat turn: SystemInstruction then the conversation (tools omitted; English)",
    ),
    neg(
      "blind-66-own-text",
      {
        model: MODEL,
        messages: [
          sys(P.SB_CHAT_SYSTEM),
          usr(
            "Suggest three tags for this note I just wrote, lowercase please:\n\nBought a second-hand road bike, a 2019 Trek Domane. New chain and tyres needed before the spring club rides; the shop quoted 140 euro.",
          ),
        ],
        stream: true,
      },
      at("justyns/silverbullet-ai", { path: "src/init.ts", commit: SB }),
      "silverbullet-ai chat: the user asks for tags for their own note (English)",
    ),
    neg(
      "blind-66-answer",
      {
        model: MODEL,
        messages: [
          sys(
            'Step into the shoes of Luna, a character known for their distinctive traits: a cheerful astronomy teacher who loves bad puns. Your mission is to respond to the replies of the user while emanating an emotion that naturally aligns with the replies and encapsulates the distinct essence of this character. Please answer in the same language as the given replies. Please only use emojis that have faces. The response should have the following structure: {"reply": "reply to the given text", "emotion":{"name":"name of the emotion", "emoji":"emoji of the emotion"}}',
          ),
          usr("C'est vrai qu'on peut voir Saturne à l'œil nu ce mois-ci ?"),
        ],
        response_format: { type: "json_object" },
      },
      at("AssistOS-AI/ChatBotsFlows", { path: "Chatbots#56siYYa2GpTS.js", commit: ASSISTOS_CHAT }),
      "AssistOS personality chat turn with a filled personality (wrapper reconstructed; French question)",
    ),
    neg(
      "blind-66-rag-answer",
      {
        model: MODEL,
        messages: [
          sys(P.ORAMA_ANSWER_SYSTEM),
          usr(fill(P.ORAMA_ANSWER_USER, { "{question}": ko.followUp, "{context}": SEARCH_HITS })),
        ],
        stream: true,
      },
      at("oramasearch/oramacore", { path: "src/ai/answer.rs", commit: ORAMA }),
      "OramaCore's answer turn with search hits (Korean question)",
    ),
    neg(
      "blind-66-own-text",
      {
        model: MODEL,
        messages: [
          ...toMessages(ko.turns),
          usr(
            "이 메모에 어울리는 제목 하나만 지어 줘: 엄마 무릎 약 챙기기, 공항에서 휠체어 서비스 신청, 숙소 1층 방 요청.",
          ),
        ],
        stream: true,
      },
      at("kevinhermawan/Ollamac", { path: "Ollamac/ViewModels/MessageViewModel.swift", commit: OLLAMAC }),
      "Ollamac chat: the user asks for a title for their own memo (Korean)",
    ),
    neg(
      "blind-66-answer",
      {
        model: MODEL,
        messages: [
          sys(P.SV_NEW_STORY_PROMPT),
          usr(
            "A lighthouse keeper on a Scottish island finds a radio that receives tomorrow's shipping forecast.",
          ),
        ],
      },
      at("TheFlynnster123/story-vault-ui", {
        path: "src/features/Prompts/services/SystemPrompts.ts",
        commit: STORY,
      }),
      "story-vault's new-story turn: newStoryPrompt and the user's story idea (wrapper reconstructed; English)",
    ),
    neg(
      "blind-66-answer",
      { model: MODEL, messages: [sys(FRIDAY), ...toMessages(en.turns), usr(en.followUp)] },
      at("agentscope-ai/agentscope", { path: "src/agentscope/agent/_agent.py", commit: AGENTSCOPE }),
      "AgentScope ReAct agent turn with the documented example system prompt (tools omitted; English)",
    ),
    neg(
      "blind-66-own-text",
      {
        model: MODEL,
        messages: [
          usr(
            "帮我把下面这段我和房东的聊天记录总结成三个标签：\n房东：下个月起房租涨两百。\n我：合同写的是一年不变。\n房东：那等合同到期再说吧。",
          ),
        ],
      },
      at("zzzlip/langraph-AI-Accompany-Agent", { path: "memory.py", commit: ACCOMPANY }),
      "a user turn asking to tag their own pasted chat log (Chinese)",
    ),
    neg(
      "blind-66-own-text",
      {
        model: MODEL,
        messages: [
          usr(
            "Peux-tu résumer cet article en trois points ? « La ville de Québec prolongera les heures d'ouverture de ses bibliothèques jusqu'à 22 h dès janvier, grâce à un budget de 1,2 million de dollars. »",
          ),
        ],
      },
      at("future-gole/notebook", {
        path: "backend/src/main/resources/prompts/analyse/summarizer.md",
        commit: POCKETMIND,
      }),
      "a user turn asking to summarise their own pasted article (French)",
    ),
    neg(
      "blind-66-own-text",
      {
        model: MODEL,
        messages: [
          usr(
            "Please summarize the following conversation I had with my landlord, I need it for the tenancy board:\n\nMe: The boiler has been broken since 3 November.\nLandlord: A plumber will come next week.\nMe: That was two weeks ago.",
          ),
        ],
      },
      at("camrenhall/luceron-ai-backend-server", {
        path: "src/services/summary_service.py",
        commit: LUCERON,
      }),
      "a user turn asking to summarise their own pasted conversation (English)",
    ),
    neg(
      "blind-66-answer",
      {
        model: MODEL,
        messages: [
          ...toMessages(pt.turns),
          usr("Lembra que eu sou alérgico a camarão, tá? Que prato típico de Portugal eu posso pedir?"),
        ],
      },
      at("Ayush0Chaudhary/blurr", {
        path: "app/src/main/java/com/blurr/voice/data/MemoryExtractor.kt",
        commit: BLURR,
      }),
      "an ordinary chat turn that states a fact to remember (Portuguese)",
    ),
    neg(
      "blind-66-answer",
      { model: MODEL, messages: [...toMessages(fr.turns), usr(fr.followUp)], stream: true },
      at("kevinhermawan/Ollamac", { path: "Ollamac/ViewModels/MessageViewModel.swift", commit: OLLAMAC }),
      "Ollamac's ordinary chat turn after the conversation (French)",
    ),
  ];
}
