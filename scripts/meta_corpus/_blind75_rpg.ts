/**
 * Blind round 75, RPG engines: a Second Life RPG's guide summary, hover-text condenser and psychological profile
 * (pakkio/nexus), a multi-scenario wuxia game's scene summary and NPC inner memory (msw2004727/FB), and a
 * generative-agents RPG's context summary and liking score (RaiyanRizwan/AIRPG).
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind75.ts";
import { fill, lastAssistant, lines, people, pyJsonIndent } from "./_blind75_fill.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const NEXUS = "4b7051cbbf2305cc4a16bf394c62a7cacca610b0";
const FB = "b694e5ef0cec701a750cbd0c7a0bf984cb6bc3aa";
const AIRPG = "73622098d84a563ae8cf780a734de3e4c158e856";

/** pakkio/nexus player_profile_manager.py DEFAULT_PROFILE, the profile a new session starts from. */
const NEXUS_DEFAULT_PROFILE = {
  "core_traits": {
    curiosity: 5,
    caution: 5,
    empathy: 5,
    skepticism: 5,
    pragmatism: 5,
    aggression: 3,
    deception: 2,
    honor: 5,
  },
  "decision_patterns": [],
  "veil_perception": "neutral_curiosity",
  "interaction_style_summary": "Observant and typically polite.",
  "key_experiences_tags": [],
  "trust_levels": { general: 5 },
  "inferred_motivations": ["understand_the_veil_crisis", "survive"],
  "philosophical_leaning": "neutral",
  "recent_changes_log": [],
  "llm_analysis_notes": "",
  "player_name": null,
  achievements: [],
};

/** RaiyanRizwan/AIRPG: memories are "name: speech" statements; the conversation's turns stand in for them. */
const airpgMemories = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? people(c).player : people(c).npc}: ${t.content}`);

export const BLIND75_RPG: Template[] = [
  {
    client: "nexus",
    task: "summary",
    source: at("pakkio/nexus", { path: "hint_manager.py", commit: NEXUS }),
    note: "summarize_conversation_for_guide: last 8 messages as Player:/NPC: lines; stream false",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NEXUS_GUIDE_SYSTEM),
        usr(
          "Please summarize this conversation excerpt:\n\n" +
            lines(c.turns.slice(-8), {
              label: (t) => (t.role === "user" ? "Player: " : "NPC: "),
              terminate: true,
            }),
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "nexus",
    task: "summary",
    source: at("pakkio/nexus", { path: "chat_manager.py", commit: NEXUS }),
    note:
      "generate_summary_for_llsettext: the NPC's last reply (over 80 characters, * and _ removed) condensed for the Second Life hover text; stream false",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "You are a text condenser. Output ONLY the condensed text, nothing else. No quotes, no explanations.",
        ),
        usr(
          `Condense this NPC dialogue to max 70 characters, keeping the core meaning. Use Italian:\n\n${
            lastAssistant(c).trim().replaceAll("*", "").replaceAll("_", "")
          }`,
        ),
      ],
      stream: false,
    }),
  },
  {
    client: "nexus",
    task: "memory",
    source: at("pakkio/nexus", { path: "player_profile_manager.py", commit: NEXUS }),
    paraphrased: true,
    note:
      "update_player_profile: one system message with the default profile, the last 4 chat messages and this turn's actions as json.dumps(indent=2); the action line is a stand-in in main_core.py's \"Received '<item>' from <npc>\" form",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(P.NEXUS_PROFILE_SYSTEM, {
          previous_profile_json_str: pyJsonIndent(NEXUS_DEFAULT_PROFILE),
          interaction_log_json_str: pyJsonIndent(
            c.turns.slice(-4).map((t) => ({ role: t.role, content: t.content })),
          ),
          player_actions_summary_json_str: pyJsonIndent([`Received 'Mappa' from ${people(c).npc}`]),
        })),
      ],
      stream: false,
    }),
  },
  {
    client: "FB",
    task: "summary",
    source: at("msw2004727/FB", { path: "ai-proxy/prompts/chatSummaryPrompt.js", commit: FB }),
    note:
      "npc-chat-summary route (ai-proxy/routes/aiRoutes.js): callAI with the Traditional-Chinese language rule as system and response_format json_object; the world summary is a stand-in",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.FB_LANG_SYSTEM_RULE),
        usr(
          fill(P.FB_CHAT_SUMMARY, {
            username: people(c).player,
            npcName: people(c).npc,
            longTermSummary: "江湖近日風平浪靜。",
          })
            .replace(
              '@@S@@: "@@M@@"',
              c.turns.map((t) => `${t.role === "user" ? people(c).player : people(c).npc}: "${t.content}"`)
                .join("\n"),
            ),
        ),
      ],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "FB",
    task: "memory",
    source: at("msw2004727/FB", { path: "ai-proxy/prompts/npcMemoryPrompt.js", commit: FB }),
    paraphrased: true,
    note:
      "npc-memory route: the caller's interactionData text is reconstructed as the chat lines; empty old memory stand-in; response_format json_object",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.FB_LANG_SYSTEM_RULE),
        usr(fill(P.FB_NPC_MEMORY, {
          npcName: people(c).npc,
          oldSummary: "我對這位玩家還不太了解。",
          interactionData: c.turns.map((t) =>
            `${t.role === "user" ? people(c).player : people(c).npc}: "${t.content}"`
          )
            .join("\n"),
        })),
      ],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "AIRPG",
    task: "summary",
    source: at("RaiyanRizwan/AIRPG", { path: "NPC/Prompts.py", commit: AIRPG }),
    paraphrased: true,
    note:
      "dialogue_context, sent before every NPC line (NPC/NPC.py dialogue): one user message; the retrieved memories are stood in for by the conversation's turns",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${people(c).npc} is speaking to ${people(c).player}. Briefly summarize the context given what ${
            people(c).npc
          } remembers: \n` + airpgMemories(c).join("\n"),
        ),
      ],
    }),
  },
  {
    client: "AIRPG",
    task: "classification",
    source: at("RaiyanRizwan/AIRPG", { path: "NPC/Prompts.py", commit: AIRPG }),
    paraphrased: true,
    note:
      "emotion_level after a conversation (NPC/Grapevine.py update_NPC_emotion): one user message, a liking score from -10 to 10; memories stood in for by the turns",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          airpgMemories(c).join("\n") + "\n" +
            `Based on these memories about ${people(c).player} from ${
              people(c).npc
            }, generate a number from -10 to 10 based on how much ${people(c).npc} likes or dislikes ${
              people(c).player
            }. -10 means an absolute hatred, 0 means completely neutral, and 10 means absolute love. YOU CAN ONLY RETURN A NUMBER FROM -10 to 10! `,
        ),
      ],
    }),
  },
];
