/**
 * Blind round 95: seven productivity, support-desk, meeting, email and education clients never used in the corpus,
 * read from their source and measured without changing the rules: libredesk's hand-over summary and tag suggestion
 * for a support conversation, vibe's transcript summary, LearnHouse's chat title and student follow-up questions,
 * Glass's live-meeting analysis (summary with suggested questions), Aomail's email-thread keypoints with a category
 * and its reply-approach suggestions, Huly's per-participant channel summary and its bot's history summary, and
 * Midday's first-turn chat title. The negatives (the same clients' ordinary turns and users' own asks) are in
 * `_blind95_negatives.ts`.
 */
import type { Conversation, Turn } from "./_conversations.ts";
import { MODEL, type Source, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind95.ts";

export { buildBlind95Negatives } from "./_blind95_negatives.ts";

const at = (repo: string, commit: string) => (path: string): Source => ({ repo, path, commit });
const LIBREDESK = at("abhinavxd/libredesk", "948ffd8cda71fe4fae820a4da7f17db745d15c09");
const VIBE = at("thewh1teagle/vibe", "fb5fbab5a431582ca25eaef3cc47a2264615abf6");
const LEARNHOUSE = at("learnhouse/learnhouse", "6fcca07134068e708cacf0be994ba080c2749cd9");
const GLASS = at("pickle-com/glass", "71bc3dce7c92c31ffd0e68eb708f55b171f52a96");
const AOMAIL = at("aomail-ai/aomail-app", "d5977a0eba391d3fc00b7281478f56d7331ea93c");
const HULY = at("hcengineering/platform", "32858aff1b15b584b06526200dcb4e6be23b0e05");
const MIDDAY = at("midday-ai/midday", "47d252aab7e3ab28a0027376cfdd6ee83d2e5ccf");

const lastOf = (turns: Turn[], role: Turn["role"]) =>
  [...turns].reverse().find((t) => t.role === role)?.content ?? "";

/** libredesk internal/conversation/models/models.go Transcript: `Customer: …` / `Agent: …`, each line ended. */
export const libredeskTranscript = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "Customer" : "Agent"}: ${t.content.trim()}\n`).join("");

/** Tags a support workspace might have configured; the list is the workspace's data, not the client's text. */
const WORKSPACE_TAGS = [
  "billing",
  "refund",
  "shipping",
  "damaged-item",
  "account",
  "bug",
  "feature-request",
  "how-to",
];

/** vibe desktop/src/lib/transcript.ts asText with diarized speakers (`[Speaker n] text`). */
const vibeText = (c: Conversation) =>
  c.turns.map((t) => `[Speaker ${t.role === "user" ? 1 : 2}] ${t.content.trim()}\n`).join("");

/** Glass summaryService.addConversationTurn: `${speaker.toLowerCase()}: text`, the user's mic is "Me". */
export const glassLines = (c: Conversation) =>
  c.turns.map((t) => `${t.role === "user" ? "me" : "them"}: ${t.content.trim()}`).slice(-30).join("\n");

const GLASS_ANALYSE =
  "\n\nAnalyze the conversation and provide a structured summary. Format your response as follows:\n\n" +
  "**Summary Overview**\n- Main discussion point with context\n\n**Key Topic: [Topic Name]**\n- First key insight\n" +
  "- Second key insight\n- Third key insight\n\n**Extended Explanation**\n" +
  "Provide 2-3 sentences explaining the context and implications.\n\n**Suggested Questions**\n" +
  "1. First follow-up question?\n2. Second follow-up question?\n3. Third follow-up question?\n\n" +
  "Keep all points concise and build upon previous analysis if provided.";

/** Python str.format over Aomail's templates (`{{`/`}}` are literal braces). */
export function pyFormat(template: string, values: Record<string, string>): string {
  return template.replace(
    /\{\{|\}\}|\{(\w+)\}/g,
    (m, key) => m === "{{" ? "{" : m === "}}" ? "}" : values[key] ?? m,
  );
}

/** An email thread as one body: each message after the other, oldest first (Aomail reads the provider's thread). */
const emailThread = (c: Conversation) => c.turns.map((t) => t.content.trim()).join("\n\n");
const emailSubject = (c: Conversation) => c.turns[0]?.content.split(/[.?!。？]/)[0]?.slice(0, 70) ?? "";

/** Huly summarizeMessages: `---\n\n@Name\ntext` per message, joined by blank lines. */
const HULY_PEOPLE = { user: "Dana Kowalski", assistant: "Ravi Menon" };
const hulyText = (c: Conversation) =>
  c.turns.map((t) => "---\n\n@" + HULY_PEOPLE[t.role] + "\n" + t.content.trim()).join("\n\n");
const langCode = (c: Conversation) => c.locale.split("-")[0] ?? "en";

export const BLIND95: Template[] = [
  {
    client: "libredesk",
    task: "summary",
    source: LIBREDESK("internal/ai/copilot.go"),
    note:
      "Summarize: summarizeSystemPrompt as system, `Conversation:` + the Customer/Agent transcript as user; openai.go sends max_tokens 1024 by default",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LD_SUMMARIZE), usr("Conversation:\n" + libredeskTranscript(c))],
      max_tokens: 1024,
    }),
  },
  {
    client: "libredesk",
    task: "tags",
    source: LIBREDESK("internal/ai/copilot.go"),
    note:
      "SuggestTags: suggestTagsSystemPrompt as system, the workspace's allowed tags and the transcript as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.LD_SUGGEST_TAGS),
        usr("Allowed tags:\n" + WORKSPACE_TAGS.join("\n") + "\n\nConversation:\n" + libredeskTranscript(c)),
      ],
      max_tokens: 1024,
    }),
  },
  {
    client: "vibe",
    task: "summary",
    source: VIBE("desktop/src/lib/llm/openai.ts"),
    note:
      "default summary prompt with the diarized transcript for %s (use-summaries.ts), one user message, max_tokens 8192; the language is the one the user picked",
    build: (c) => ({
      model: MODEL,
      max_tokens: 8192,
      messages: [usr(P.VIBE_SUMMARY.replace("{{LANGUAGE}}", c.language).replace("%s", vibeText(c)))],
    }),
  },
  {
    client: "LearnHouse",
    task: "title",
    source: LEARNHOUSE("apps/api/src/services/ai/base.py"),
    note:
      "generate_chat_title on the first exchange (each cut to 300 characters), fast tier, max_tokens 30, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      max_tokens: 30,
      temperature: 0.3,
      messages: [
        usr(
          "Summarize this conversation into a very short title (max 6 words). " +
            "Output ONLY the title, nothing else. No quotes, no punctuation at the end.\n\n" +
            `User: ${(c.turns[0]?.content ?? "").slice(0, 300)}\n` +
            `Assistant: ${(c.turns[1]?.content ?? "").slice(0, 300)}`,
        ),
      ],
    }),
  },
  {
    client: "LearnHouse",
    task: "follow-ups",
    source: LEARNHOUSE("apps/api/src/services/ai/base.py"),
    note:
      "generate_follow_up_suggestions after an answer: the question cut to 200 and the answer to 500 characters, max_tokens 150, temperature 0.7",
    build: (c) => ({
      model: MODEL,
      max_tokens: 150,
      temperature: 0.7,
      messages: [
        usr(
          "Given this educational response, suggest 3 brief follow-up questions a student might ask. Output only the questions, one per line. IMPORTANT: Write the questions in the same language as the user's question.\n\n" +
            `User's question: ${lastOf(c.turns, "user").slice(0, 200)}\nResponse: ${
              lastOf(c.turns, "assistant").slice(0, 500)
            }\n\nQuestions:`,
        ),
      ],
    }),
  },
  {
    client: "Glass",
    task: "summary",
    source: GLASS("src/features/listen/summary/summaryService.js"),
    note:
      "makeOutlineAndRequests (first analysis, no previous result): pickle_glass_analysis system prompt with the me/them lines for {{CONVERSATION_HISTORY}}, then the format request; temperature 0.7, max_tokens 1024",
    build: (c) => ({
      model: MODEL,
      temperature: 0.7,
      max_tokens: 1024,
      messages: [sys(P.GLASS_ANALYSIS_PREFIX + glassLines(c)), usr(GLASS_ANALYSE)],
    }),
  },
  {
    client: "Aomail",
    task: "summary",
    source: AOMAIL("backend/aomail/ai_providers/prompts.py"),
    paraphrased: true,
    note:
      "SUMMARIZE_CONVERSATION_PROMPT (keypoints per email plus category/organization/topic) sent as the only user message (openai/client.py get_prompt_response); the thread body, subject and category dict are reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(pyFormat(P.AO_SUMMARIZE_CONVERSATION, {
          language: c.language,
          categories: "{'Others': ''}",
          user_description: "",
          subject: emailSubject(c),
          body: emailThread(c),
        })),
      ],
    }),
  },
  {
    client: "Aomail",
    task: "suggested-replies",
    source: AOMAIL("backend/aomail/ai_providers/prompts.py"),
    paraphrased: true,
    note:
      "GENERATE_RESPONSE_KEYWORDS_PROMPT (five ways to respond) as the only user message; the email subject and body are reconstructed from the thread",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          pyFormat(P.AO_RESPONSE_KEYWORDS, { input_subject: emailSubject(c), input_email: emailThread(c) }),
        ),
      ],
    }),
  },
  {
    client: "Huly",
    task: "summary",
    source: HULY("services/ai-bot/pod-ai-bot/src/utils/openai.ts"),
    note:
      "summarizeMessages: the per-participant prompt as system (lang from the user's locale), the channel's messages as one user message",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.HULY_PARTICIPANTS.replace("{{LANG}}", langCode(c))), usr(hulyText(c))],
    }),
  },
  {
    client: "Huly",
    task: "compaction",
    source: HULY("services/ai-bot/pod-ai-bot/src/utils/openai.ts"),
    note:
      "requestSummary of the bot's own history when it grows too long: fixed system line, the history as `role: message` lines; stream false",
    build: (c) => ({
      model: MODEL,
      stream: false,
      messages: [
        sys("Make a summary of messages history"),
        usr(
          `Summarize the following messages, keeping the key points:  ${
            c.turns.map((t) => `${t.role}: ${t.content}`).join("\n")
          }`,
        ),
      ],
    }),
  },
  {
    client: "Midday",
    task: "title",
    source: MIDDAY("apps/api/src/chat/utils.ts"),
    paraphrased: true,
    note:
      "generateChatTitle on the first user message only; AI SDK generateText with Output.object, rendered here as chat completions with a json_schema response_format (wrapper reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `Generate a concise 3-5 word title for this conversation.\n\nUser: ${
            (c.turns[0]?.content ?? "").trim()
          }`,
        ),
      ],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "response",
          strict: true,
          schema: {
            type: "object",
            properties: { title: { type: "string", description: "Concise 3-5 word conversation title" } },
            required: ["title"],
            additionalProperties: false,
          },
        },
      },
    }),
  },
];
