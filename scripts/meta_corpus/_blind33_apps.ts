/**
 * Blind round 33, second half: the French RAG chatbot's coreference rewrite and source router, the companion's
 * compaction, memory and note synthesis, the bookmark, Joplin and SiYuan tag prompts, and a Telegram bot's mail digest.
 */
import { MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind33.ts";
import { aki, femtoEmails, fill, SRC } from "./_blind33_fill.ts";
import { noteText, RINO_SOURCES, rinoHistory } from "./_blind33_fill.ts";

export const BLIND_33_APPS: Template[] = [
  {
    client: "chatbot-service",
    task: "query-rewrite",
    source: SRC.rinoClarify,
    note:
      "clarify_question: French coreference-resolution system prompt, 'Historique de la conversation' + 'Message reçu' as user; call_llm temperature 0.5, max_tokens 600",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.RINO_CLARIFY_SYSTEM),
        usr(
          fill(P.RINO_CLARIFY_USER, {
            "formatted_history.strip()": rinoHistory(c),
            "question.strip()": c.followUp,
          }),
        ),
      ],
      temperature: 0.5,
      max_tokens: 600,
    }),
  },
  {
    client: "chatbot-service",
    task: "classification",
    source: SRC.rinoSources,
    note:
      "ask_mixtral_for_relevant_sources: the request (the follow-up) and the chatbot's sources as indented JSON (source names reconstructed); call_llm defaults",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.RINO_SOURCES_SYSTEM),
        usr(
          fill(P.RINO_SOURCES_PROMPT, {
            question: c.followUp,
            "json.dumps(sources, ensure_ascii=False, indent=2)": JSON.stringify(RINO_SOURCES, null, 2),
          }),
        ),
      ],
      temperature: 0.5,
      max_tokens: 600,
    }),
  },
  {
    client: "ai-bookmarker",
    task: "tags",
    source: SRC.bookmark,
    note:
      "processContent: JSON-only system prompt, summary + 5 tags request over the page text (first 5000 chars)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.BOOKMARK_SYSTEM),
        usr(P.BOOKMARK_USER.replace("${truncatedContent}", noteText(c).slice(0, 5000))),
      ],
      temperature: 0.2,
      max_tokens: 2000,
    }),
  },
  {
    client: "aki-the-bot",
    task: "compaction",
    source: SRC.akiCompact,
    note:
      "_create_compact_summary: COMPACT_PROMPT as the only user message, temperature 0.7, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [usr(aki(P.AKI_COMPACT, c))],
      temperature: 0.7,
      max_tokens: 2000,
    }),
  },
  {
    client: "aki-the-bot",
    task: "memory",
    source: SRC.akiMemory,
    note:
      "_create_memory_entry: MEMORY_PROMPT as the only user message, temperature 0.5, MEMORY_MAX_TOKENS 500",
    build: (c) => ({
      model: MODEL,
      messages: [usr(aki(P.AKI_MEMORY, c))],
      temperature: 0.5,
      max_tokens: 500,
    }),
  },
  {
    client: "aki-the-bot",
    task: "memory",
    source: SRC.akiNote,
    note:
      "synthesize_note (a /note command without text): NOTE_SYNTHESIS_PROMPT as the only user message, temperature 0.7",
    build: (c) => ({ model: MODEL, messages: [usr(aki(P.AKI_NOTE, c))], temperature: 0.7 }),
  },
  {
    client: "joplin-auto-tagger",
    task: "tags",
    source: SRC.joplin,
    note:
      "OpenAI-compatible path: system 'You output JSON only.', the Chinese tag prompt over the note body; temperature 0.2, max_tokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You output JSON only."),
        usr(P.JOPLIN_PROMPT.replace("${message.noteContent}", noteText(c))),
      ],
      temperature: 0.2,
      max_tokens: 2000,
    }),
  },
  {
    client: "nb-assistant",
    task: "tags",
    source: SRC.nba,
    note:
      "autoTagDoc via openai-model.ts jsonCompletions: classification system prompt, AUTO_TAG_PROMPT + ', response in JSON format', json_object, max_tokens 2048, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are responsible extract entity and generate classification from the text user provided."),
        usr(`${P.NBA_AUTOTAG.replace("{text}", noteText(c))}, response in JSON format`),
      ],
      max_tokens: 2048,
      temperature: 0,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "FemtoBot",
    task: "summary",
    source: SRC.femto,
    paraphrased: true,
    note:
      "daily email digest job: Ollama /api/chat stream mapped to a streamed chat completion; the mails are stand-ins built from the conversation's turns",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.FEMTO_SYSTEM), usr(fill(P.FEMTO_USER, { emails_text: femtoEmails(c) }))],
      stream: true,
    }),
  },
];
