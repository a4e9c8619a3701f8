/**
 * Blind round 75 negatives: the same clients' ordinary turns as they send them (a MineColonies citizen's reply, a
 * Unity NPC's Chinese role-play prompt, the Sassi companion's normal agent, a VRChat companion, the Spanish Twitch
 * bot Verónica) and people asking those characters for a summary or title of their own text. None of them is META.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_75 as C } from "./_conversations_blind75.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { MODEL, sys, toMessages, usr, type WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind75.ts";
import { people, withFollowUp } from "./_blind75_fill.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const neg = (
  messages: WireMessage[],
  { source, note, extra = {} }: {
    source: ReturnType<typeof at>;
    note: string;
    extra?: Record<string, unknown>;
  },
): Negative => ({ task: "blind-75", body: { model: MODEL, messages, ...extra }, source, note });
const [EN, DE, KO, PT] = C as [Conversation, Conversation, Conversation, Conversation];

const MC = at("KoenLemmen/minecoloniesllm", {
  path: "src/main/java/com/thereallemon/llmconversations/config/LLMConfig.java",
  commit: "e80e314d7af4b59989cd5052c2658ff7bb348be9",
});
const GAME = at("XLZXLZXLZ/LLM_Based_Game", {
  path: "Assets/C#Scripts/LLM/Chat/ChatAgent.cs",
  commit: "2b87a2f9e2375a86a0b5be6c785e1ae581b3543c",
});
const SASSI = at("NaughtyPrata/sassiv2", {
  path: "agents/base_agent.py",
  commit: "967da3bba349ab33459856ea053a66a03f387d1a",
});
const VRC = at("Steptoesrees/tts-stt-ai", {
  path: "Core/Chat_Memory.py",
  commit: "68dc237db77965ef1e9b22326856df17685edb22",
});
const TWITCH = at("javipalanca/twitchrecap", {
  path: "bot.py",
  commit: "7834deeb38aba3bdc2c7818a60ccafa6c985b65a",
});

/** minecoloniesllm default system_prompt with a builder citizen, no memories and no colony events yet. */
const mcSystem = (c: Conversation) =>
  `You are ${people(c).npc}, a builder in the colony of Oakhollow. You are speaking with ${
    people(c).player
  }. Your happiness is 7/10. Be friendly, stay in character, and keep responses brief (1-3 sentences). Speak naturally about your work, the colony, your feelings, and recent events. You're aware of births, deaths, and construction happening in the colony.`;

/** LLM_Based_Game BuildSystemPromptAsync with only the name set and the memory system on (AppendLine = "\n"). */
const gameSystem = (c: Conversation) => {
  const L = P.GAME_ROLEPLAY_LINES;
  const body = [`你现在要扮演一个名叫"${people(c).npc}"的角色。`, "", ...L.slice(17, 22)];
  return body.map((x) => x + "\n").join("");
};

/** twitchrecap: every chat line is stored as "author: text"; !veronica answers from the stored channel history. */
const twitchHistory = (c: Conversation, last: string): WireMessage[] => [
  sys(P.TWITCH_ROLE.replace("{0}", "drpalanca")),
  ...c.turns.map((t): WireMessage =>
    t.role === "user" ? usr(`${people(c).player}: ${t.content}`) : { role: "assistant", content: t.content }
  ),
  usr(`${people(c).player}: ${last}`),
];

export function buildBlind75Negatives(): Negative[] {
  return [
    neg([sys(mcSystem(EN)), ...toMessages(withFollowUp(EN))], {
      source: MC,
      note:
        "citizen reply: system prompt, the conversation history ending with the player's message (English)",
      extra: { max_tokens: 300, temperature: 0.7 },
    }),
    neg([
      sys(mcSystem(DE)),
      usr(
        "Ich hab dir meinen Bauplan mitgebracht: ein Lagerhaus mit zwei Etagen neben dem Brunnen. Was hältst du davon?",
      ),
    ], {
      source: MC,
      note: "player asks the citizen's opinion on a plan (German)",
      extra: { max_tokens: 300, temperature: 0.7 },
    }),
    neg([sys(gameSystem(KO)), ...toMessages(withFollowUp(KO))], {
      source: GAME,
      note: "NPC role-play turn with the Chinese system prompt and a Korean conversation",
      extra: { temperature: 0.7, max_tokens: 2000 },
    }),
    neg([sys(gameSystem(EN)), usr("帮我给我写的这首小诗起个标题吧：月光落在井边，你的影子比我先回家。")], {
      source: GAME,
      note: "player asks the NPC to title the player's own poem (Chinese)",
      extra: { temperature: 0.7, max_tokens: 2000 },
    }),
    neg([sys(P.SASSI_NORMAL_SYSTEM), ...toMessages(withFollowUp(PT))], {
      source: SASSI,
      note: "normal agent reply with the conversation history (Portuguese)",
      extra: { max_tokens: 1500, temperature: 0.7, stream: false },
    }),
    neg([
      sys(P.SASSI_NORMAL_SYSTEM),
      usr(
        "can you summarise this for me in two lines? it's my own note for tomorrow: Call the landlord about the leaking tap, pay the electricity bill before Friday, and book the dentist for the week after next.",
      ),
    ], {
      source: SASSI,
      note: "user asks for a summary of the user's own note (English)",
      extra: { max_tokens: 1500, temperature: 0.7, stream: false },
    }),
    neg([sys(P.VRCHAT_SYSTEM), ...toMessages(withFollowUp(DE))], {
      source: VRC,
      note:
        "VRChat companion turn: the whole prompt file as system, then the voice transcript turns (German)",
      extra: { max_tokens: 300 },
    }),
    neg([
      sys(P.VRCHAT_SYSTEM),
      usr(
        "hey so I wrote a description for my world, can you shorten it into one sentence? It's a rainy night market on a floating island where every stall sells a different kind of light.",
      ),
    ], {
      source: VRC,
      note: "player asks to shorten the player's own world description (English)",
      extra: { max_tokens: 300 },
    }),
    neg(twitchHistory(PT, `!veronica ${PT.followUp}`), {
      source: TWITCH,
      note: "viewer question to Verónica with the stored channel history (Portuguese)",
    }),
    neg(
      twitchHistory(
        KO,
        "!veronica resume este texto que he escrito para mi canal: los viernes jugamos a juegos de terror y los domingos hacemos directos de cocina con los suscriptores.",
      ),
      { source: TWITCH, note: "viewer asks Verónica to summarize the viewer's own text (Spanish)" },
    ),
  ];
}
