/**
 * Blind round 49, second half of the templates: N.E.K.O's localized memory prompts, Bloom's title, the Groq voice
 * assistant's fact extraction, OpenMAIC's classroom director and the Xianyu shop agent's summary and intent label.
 */
import { asst, MODEL, sys, type Template, usr } from "./_types.ts";
import * as F from "./_blind49_fill.ts";
import * as P from "./_prompts_blind49.ts";
import { at, fill, firstUser, NEKO, neko, NEKO_NEW, NEKO_OLD } from "./_blind49_shared.ts";

export const BLIND_ROUND_49_TAIL: Template[] = [
  {
    client: "N.E.K.O",
    task: "summary",
    source: at("Project-N-E-K-O/N.E.K.O", { path: "config/prompts_memory.py", commit: NEKO_OLD }),
    note:
      "recent-history compression with the UI language set to Japanese; llm.ainvoke(prompt) sends one user message",
    build: (c) => ({ model: MODEL, messages: [usr(neko(P.NEKO_JA, c))] }),
  },
  {
    client: "N.E.K.O",
    task: "summary",
    source: at("Project-N-E-K-O/N.E.K.O", { path: "config/prompts_memory.py", commit: NEKO_OLD }),
    note: "recent-history compression, Russian UI language; one user message",
    build: (c) => ({ model: MODEL, messages: [usr(neko(P.NEKO_RU, c))] }),
  },
  {
    client: "N.E.K.O",
    task: "summary",
    source: at("Project-N-E-K-O/N.E.K.O", { path: "config/prompts/prompts_memory.py", commit: NEKO_NEW }),
    note:
      "recent-history compression, Spanish UI language, with the owner's name for {MASTER_NAME}; one user message",
    build: (c) => ({ model: MODEL, messages: [usr(neko(P.NEKO_ES, c))] }),
  },
  {
    client: "N.E.K.O",
    task: "summary",
    source: at("Project-N-E-K-O/N.E.K.O", { path: "config/prompts/prompts_memory.py", commit: NEKO_NEW }),
    note: "recent-history compression, Portuguese UI language; one user message",
    build: (c) => ({ model: MODEL, messages: [usr(neko(P.NEKO_PT, c))] }),
  },
  {
    client: "N.E.K.O",
    task: "memory",
    source: at("Project-N-E-K-O/N.E.K.O", { path: "config/prompts_memory.py", commit: NEKO_OLD }),
    paraphrased: true,
    note:
      "settings extraction, Korean UI language; the name substitution and the one-user-message call reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        P.NEKO_KO_SETTINGS.replaceAll("{LANLAN_NAME}", NEKO.lanlan).replaceAll("{MASTER_NAME}", NEKO.master)
          .replace("%s", F.nekoLines(c.turns, NEKO)),
      )],
    }),
  },
  {
    client: "Bloom (tutor-gpt)",
    task: "title",
    source: at("plastic-labs/tutor-gpt", {
      path: "utils/prompts/name.ts",
      commit: "4eea5b43da1e6e07234942044577dfd4f8b9357c",
    }),
    note: "app/api/chat/name/route.ts: namePrompt (user, assistant) + the first message, max_tokens 10",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(P.TUTOR_NAME),
        asst("Yes, I understand, send the first message whenever you're ready."),
        usr(firstUser(c)),
      ],
      max_tokens: 10,
    }),
  },
  {
    client: "home_assistant_llm_claude (Voice Assistant LLM)",
    task: "memory",
    source: at("kainzpat14/home_assistant_llm_claude", {
      path: "custom_components/voice_assistant/conversation_manager.py",
      commit: "287f0c1b64bc3cbfab37a6771fad7a1595eb61c9",
    }),
    note:
      "_extract_and_save_facts on session timeout: fixed system message + FACT_EXTRACTION_PROMPT, no tools",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a fact extraction assistant. Extract facts from conversations and return them as JSON."),
        usr(P.KAINZ_FACTS.replace("<<CONVERSATION>>", F.kainzLines(c.turns))),
      ],
    }),
  },
  {
    client: "OpenMAIC",
    task: "speaker",
    source: at("THU-MAIC/OpenMAIC", {
      path: "lib/prompts/templates/director/system.md",
      commit: "30c9b37ef5d355d1c189f05db23c44576950d38d",
    }),
    note:
      "director-graph.ts directorNode: buildDirectorPrompt (director-prompt.ts@58b3adabb3283bf3b8b2c4d422a0b21de463ae72) as system + 'Decide which agent should speak next.'; the three-agent roster is illustrative",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(P.MAIC_DIRECTOR, {
          "{{agentList}}": [
            '- id: "default-1", name: "AI Teacher", role: teacher, priority: 10',
            '- id: "default-2", name: "Teaching Assistant", role: assistant, priority: 7',
            '- id: "default-3", name: "Curious Classmate", role: student, priority: 5',
          ].join("\n"),
          "{{respondedList}}": "None yet.",
          "{{conversationSummary}}": F.maicSummary(c.turns),
          "{{discussionSection}}": "",
          "{{whiteboardSection}}": "",
          "{{studentProfileSection}}": "",
          "{{rule1}}":
            "1. The teacher (role: teacher, highest priority) should usually speak first to address the user's question or topic.",
          "{{turnCountPlusOne}}": "1",
          "{{whiteboardOpenText}}": "CLOSED (slide canvas is visible)",
        })),
        usr("Decide which agent should speak next."),
      ],
    }),
  },
  {
    client: "XianyuAutoAgent (ai_kefu)",
    task: "compaction",
    source: at("xeonselina/XianyuAutoAgent", {
      path: "ai_kefu/agent/context_summarizer.py",
      commit: "80f52760d9ea998a9a28f6b729d9617ac6574ce4",
    }),
    note:
      "summarize_context: system '你是一个专业的对话摘要助手。' + the prompt, max_tokens 500, temperature 0.3; the short sample conversation is summarised whole (no earlier summary)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("你是一个专业的对话摘要助手。"),
        usr(fill(P.XY_CONTEXT, {
          "{conversation_history}": F.xianyuLines(c.turns),
          "{previous_summary_section}": "",
        })),
      ],
      max_tokens: 500,
      temperature: 0.3,
    }),
  },
  {
    client: "XianyuAutoAgent (ai_kefu)",
    task: "classification",
    source: at("xeonselina/XianyuAutoAgent", {
      path: "ai_kefu/services/intent_service.py",
      commit: "24dd1cde88b9b99e2d3ae6278a46ab90dd2d5013",
    }),
    note:
      "extract_intent: INTENT_EXTRACTION_PROMPT (workflow_prompts.py) with the new message, max_tokens 10, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.XY_INTENT.replace("{user_message}", c.followUp))],
      max_tokens: 10,
      temperature: 0.1,
    }),
  },
];
