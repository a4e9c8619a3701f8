/**
 * Blind round 75: voice assistants, robots, streaming bots and game NPC engines nobody on the project had read,
 * measured without changing the rules. This file holds the game and role-play engines (a MineColonies citizen's
 * memory, a Second Life RPG's guide summary, hover-text condenser and psychological profile, a wuxia/multi-scenario
 * game's scene summary and NPC inner memory, a Unity NPC's short-term summary and long-term fact extraction, a
 * generative-agents RPG's context summary and liking score, a Spanish group-chat game's next-speaker observer and
 * mission judge, and a 3DXChat bot's rolling summary); `_blind75_bots.ts` holds the robots and bots. The negatives
 * (`_negatives_blind75.ts`) are the same clients' ordinary turns and people asking about their own text.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind75.ts";
import { fill, lines, MISSION, people, withFollowUp } from "./_blind75_fill.ts";
import { BLIND75_BOTS } from "./_blind75_bots.ts";
import { BLIND75_RPG } from "./_blind75_rpg.ts";

export { buildBlind75Negatives } from "./_negatives_blind75.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const MC = at("KoenLemmen/minecoloniesllm", {
  path: "src/main/java/com/thereallemon/llmconversations/interaction/LLMConversationHandler.java",
  commit: "e80e314d7af4b59989cd5052c2658ff7bb348be9",
});
const GAME = "2b87a2f9e2375a86a0b5be6c785e1ae581b3543c";
const AGORA = at("aitorAG/agora", {
  path: "engine/src/agents/observer.py",
  commit: "e55692439b37649e7b0756139a43ef2c6a3c08a1",
});

/** LLM_Based_Game: each AppendLine adds "\n" (Unity's Environment.NewLine off Windows). */
const appendLines = (xs: string[]) => xs.map((x) => x + "\n").join("");
const gameTranscript = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "玩家" : people(c).npc}: ${t.content}`);

/** aitorAG/agora: "[author] content" lines; the player's internal author is "Usuario". */
const agoraLines = (c: Conversation, n: number) =>
  lines(withFollowUp(c).slice(-n), { label: (t) => `[${t.role === "user" ? "Usuario" : people(c).npc}] ` });

const GAMES: Template[] = [
  {
    client: "minecoloniesllm",
    task: "summary",
    source: MC,
    note:
      "summarizeConversationWithLLM at goodbye: memory-assistant system (job translation key), the role-prefixed transcript in the user message, no history; max_tokens 300, temperature 0.7 (config defaults); the extra_body reasoning field is left out",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `You are a memory assistant for ${
            people(c).npc
          }, a com.minecolonies.job.builder. Create brief, factual summaries that help remember key conversation points. Focus on: requests made, information shared, topics discussed, and any commitments.`,
        ),
        usr(
          "Summarize the key points and topics from this conversation in one concise sentence (10-20 words). Focus on what the player asked about, any requests made, and important information shared:\n\n" +
            lines(c.turns, { label: (t) => `${t.role}: `, terminate: true }),
        ),
      ],
      max_tokens: 300,
      temperature: 0.7,
    }),
  },
  {
    client: "LLM_Based_Game",
    task: "summary",
    source: at("XLZXLZXLZ/LLM_Based_Game", {
      path: "Assets/C#Scripts/LLM/Chat/ConversationManager.cs",
      commit: GAME,
    }),
    note:
      "SummarizeAndUpdateMemoryCoroutine with no earlier short-term memory; the oldest half of the history is summarized, here the whole conversation; LLMProfile defaults temperature 0.7, max_tokens 2000",
    build: (c) => {
      const L = P.GAME_SUMMARY_LINES;
      const body = [...L.slice(0, 6), L[8] ?? "", ...gameTranscript(c), "", L[12] ?? ""];
      return {
        model: MODEL,
        messages: [sys(P.GAME_SUMMARY_SYSTEM), usr(appendLines(body))],
        temperature: 0.7,
        max_tokens: 2000,
      };
    },
  },
  {
    client: "LLM_Based_Game",
    task: "memory",
    source: at("XLZXLZXLZ/LLM_Based_Game", {
      path: "Assets/C#Scripts/LLM/Chat/NPC/Memory/MemoryExtractor.cs",
      commit: GAME,
    }),
    note:
      "ExtractMemoriesCoroutine after each summary: [type|importance] fact lines; temperature 0.7, max_tokens 2000",
    build: (c) => {
      const L = P.GAME_EXTRACT_LINES;
      const body = [
        ...L.slice(0, 26),
        `角色名称：${people(c).npc}`,
        "",
        L[28] ?? "",
        ...gameTranscript(c),
        "",
        L[31] ?? "",
      ];
      return {
        model: MODEL,
        messages: [sys(P.GAME_EXTRACT_SYSTEM), usr(appendLines(body))],
        temperature: 0.7,
        max_tokens: 2000,
      };
    },
  },
  {
    client: "agora",
    task: "speaker-selection",
    source: AGORA,
    note:
      "ObserverAgent.evaluate_continuation after the player's message, one actor in the scene; temperature 0.3, max_tokens 180 (OBSERVER_MAX_OUTPUT_TOKENS default), stream false",
    build: (c) => {
      const npc = people(c).npc;
      const all = withFollowUp(c);
      const last = all[all.length - 1]?.content ?? "";
      return {
        model: MODEL,
        messages: [
          sys(fill(P.AGORA_CONTINUATION_SYSTEM, {
            actors: npc,
            spoken: npc,
            not_spoken: "ninguno",
            who_options: `uno de los personajes ("${npc}"), "user" o "none"`,
            names: `"${npc}"`,
          })),
          usr(
            fill(P.AGORA_CONTINUATION_USER, {
              context: agoraLines(c, 5),
              last_author: "Usuario",
              last_content: last,
            }),
          ),
        ],
        temperature: 0.3,
        max_tokens: 180,
        stream: false,
      };
    },
  },
  {
    client: "agora",
    task: "classification",
    source: AGORA,
    paraphrased: true,
    note:
      "ObserverAgent.evaluate_missions: has the player reached the private mission (last 10 messages); the mission text is a stand-in; temperature 0.3, max_tokens 180, stream false",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AGORA_MISSION_SYSTEM),
        usr(
          `Conversación reciente:\n${agoraLines(c, 10)}\n\nMisión del jugador (participante "Usuario"): ${
            MISSION[c.language] ?? ""
          }\n\n¿El jugador (Usuario) ha alcanzado ya su misión? Responde con el JSON especificado.`,
        ),
      ],
      temperature: 0.3,
      max_tokens: 180,
      stream: false,
    }),
  },
  {
    client: "AI-3DXChat-Bot-With-Local-LLM",
    task: "compaction",
    source: at("3dxbot/AI-3DXChat-Bot-With-Local-LLM", {
      path: "src/chat_memory.py",
      commit: "369ebdbc9b8179be06c6770ae7d5d59f25f35137",
    }),
    note:
      "bot.py _handle_summarization through ollama_manager.generate_response: summarizer system (plus the blank line the builder adds), the kept chat history, then the prompt with the old messages; Ollama /api/chat mapped to a chat completion",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant that summarizes conversations.\n\n"),
        ...toMessages(c.turns),
        usr(fill(P.DXBOT_SUMMARY_USER, {
          conversation_text: lines(c.turns, { label: (t) => `${t.role}: ` }),
        })),
      ],
    }),
  },
];

export const BLIND75: Template[] = [...GAMES, ...BLIND75_RPG, ...BLIND75_BOTS];
