/**
 * Blind round 77: research agents, coding-agent compaction, memory and second-brain tools and an MCP chat client
 * never used in the corpus before, read from their source and measured without changing the rules: EchOS's note
 * tags and full processing, an Italian tutor's summary and fact memory, EspressoBot's chunk summariser, the Swiss
 * ZAS/EAK Copilot's German memory summary, French title and French query variants, runable's and agent-go's
 * compaction, better-chatbot's thread title, two deep-research planners (search query, research brief, report file
 * name), a Portuguese research planner and notesGPT's voice-note title and summary. Negatives: `_negatives_blind77.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, sys, type Template, toLines, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind77.ts";
import { buildBlind77NegativeList, ZAS, zasMemory } from "./_negatives_blind77.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const userAssistant = (c: Conversation, separator = "\n") =>
  toLines(c.turns, { user: "User", assistant: "Assistant", separator });

const ECHOS = at("albinotonnina/echos", {
  path: "packages/core/src/agent/categorization.ts",
  commit: "bae9be7c853095accc59b46d26446c282d3e887f",
});
const ITALIAN = at("gavinbmoore/italian-language-learning", {
  path: "server/src/lib/conversation-memory.ts",
  commit: "f8b92a1e4f9ac5f26caaf611c62db40fd0438169",
});
const DEEP_RESEARCH = (path: string) =>
  at("vishnu-ssuresh/deep-research", { path, commit: "5a7738945cbe0fce2a51ee8bc6a405ef5ee296a1" });

/** albinotonnina/echos categorization.ts `categorizeLightweight` with an empty tag vocabulary (a new vault). */
const ECHOS_LIGHT = (title: string, content: string) =>
  `Analyze the following content and provide categorization in JSON format:\n\nTitle: ${title}\n\nContent:\n${
    content.slice(0, 5000)
  }\n\nPlease categorize this content with:\n1. A single, concise category (e.g., "programming", "health", "finance", "personal", "work")\n2. 3-5 relevant tags for organization and searchability\n\nRespond with a JSON object in this exact format:\n{\n  "category": "your category here",\n  "tags": ["tag1", "tag2", "tag3"]\n}`;
/** albinotonnina/echos categorization.ts `processFull`, likewise. */
const ECHOS_FULL = (title: string, content: string) =>
  `Analyze the following content thoroughly and provide comprehensive processing in JSON format:\n\nTitle: ${title}\n\nContent:\n${
    content.slice(0, 10000)
  }\n\nPlease provide:\n1. A single, concise category (e.g., "programming", "health", "finance", "personal", "work")\n2. 3-5 relevant tags for organization and searchability\n3. A one-sentence gist (max 100 characters) that captures the essence\n4. A comprehensive summary (2-3 paragraphs) covering the main ideas and insights\n5. 3-5 key takeaways or actionable points from the content\n\nRespond with a JSON object in this exact format:\n{\n  "category": "your category here",\n  "tags": ["tag1", "tag2", "tag3"],\n  "gist": "one sentence summary under 100 chars",\n  "summary": "2-3 paragraph comprehensive summary...",\n  "keyPoints": ["point 1", "point 2", "point 3"]\n}`;
/** gavinbmoore/italian-language-learning conversation-memory.ts `generateConversationSummary` system message. */
const ITALIAN_SUMMARY =
  "You are summarizing an Italian language learning conversation. Create a brief summary (2-3 sentences) covering:\n1. Main topics discussed\n2. Key vocabulary or grammar points practiced\n3. Any notable progress or patterns\n\nKeep it concise and focus on what would be useful context for future conversations.";
/** Same file, `extractKeyFacts` system message. */
const ITALIAN_FACTS =
  'You are extracting key facts from an Italian language learning conversation. Extract:\n- User preferences (topics they enjoy, learning goals)\n- Personal information the user shared (name, interests, profession)\n- Topics discussed\n- Common mistakes or corrections\n\nFormat as JSON object with a "facts" array: {"facts": [{"type": "fact|topic|preference|correction", "content": "the fact", "importance": 1-10}]}\nOnly extract genuinely useful information for future conversations. Be selective.';
/** pranavchavda/espressobot conversation-summarizer-agent.js agent instructions (MAX_SUMMARY_LENGTH 1000). */
const ESPRESSO_INSTRUCTIONS =
  "You are a conversation summarizer for an e-commerce assistant. Your job is to create concise, factual summaries that preserve important context for future interactions.\n\nWhen summarizing conversations:\n1. Focus on key topics, decisions, and actions taken\n2. Preserve specific product names, SKUs, and prices mentioned\n3. Note any unresolved issues or pending tasks\n4. Keep summaries under 1000 characters\n5. Use clear, factual language without interpretation\n\nFor recursive summaries (summary of summaries):\n- Maintain chronological flow\n- Remove redundancy while preserving all key information\n- Focus on the overall narrative and outcomes";
const espressoChunk = (c: Conversation) =>
  `Please summarize the following conversation chunk:\n\n${
    c.turns.map((t, i) => `[Message ${i + 1}] ${t.role === "user" ? "User" : "Assistant"}: ${t.content}`)
      .join("\n\n")
  }\n\nCreate a concise summary focusing on key business decisions, product interactions, and any pending tasks.`;
/** arushkumarsingh/runable compactor.ts `buildCompactionPrompt` on a first compaction (no existing summary). */
const runableCompaction = (c: Conversation) =>
  `You are compacting a conversation history to save context space. This is the first compaction.\n\n## Messages to Compact\n\n${
    c.turns.map((t, i) => `[${i + 1}] ${t.role.toUpperCase()}: ${t.content}`).join("\n\n")
  }\n\n## Task\n\nCreate a NEW summary that summarizes all the messages. Use this EXACT structure:\n\n# Goal\n[What is the user trying to achieve? What is the main objective or task?]\n\n# Current Plan\n[What steps or approach have been planned or are being followed?]\n\n# Key Decisions\n[Important choices made, approaches selected, rejected alternatives]\n\n# Facts / Constraints\n[Technical details, requirements, limitations, environment info]\n\n# Tool Results\n[Important outputs from tool calls, file operations, command results]\n\n# Open Questions\n[Unresolved issues, pending decisions, things that need clarification]\n\n---\n\nIMPORTANT RULES:\n1. Keep it concise but preserve critical information\n2. Focus on technical facts, not conversational fluff\n3. Extract key information from messages\n4. If a section is empty or not applicable, write "None" or "N/A"\n5. Use bullet points for readability\n6. Maximum length: keep the summary under 2000 words\n\nGenerate the summary now:`;
/** finettt/agent-go api.go `compressContext` prompt. */
const agentGoCompress = (c: Conversation) =>
  `Compress the following conversation into a brief summary (1-3 sentences), preserving key details and context:\n\n${
    c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}\n`).join("")
  }\nBrief summary:`;
/** cgoinglove/better-chatbot prompts.ts `CREATE_THREAD_TITLE_PROMPT`. */
export const BETTER_TITLE =
  "\nYou are a chat title generation expert.\n\nCritical rules:\n- Generate a concise title based on the first user message\n- Title must be under 80 characters (absolutely no more than 80 characters)\n- Summarize only the core content clearly\n- Do not use quotes, colons, or special characters\n- Use the same language as the user's message";
/** vishnu-ssuresh/deep-research user_prompts.py `build_research_brief_user_prompt`. */
const researchBriefUser = (c: Conversation) =>
  `Based on the following conversation, create a comprehensive research brief.\n\n${
    toLines(c.turns, { user: "USER", assistant: "ASSISTANT", separator: "\n\n" })
  }\n\nCreate a research brief that clearly outlines:\n1. Research objective - what we're trying to find out\n2. Key topics and subtopics to investigate\n3. Expected scope and depth\n4. Any specific angles or perspectives to focus on`;
/** Same file, `build_filename_user_prompt`. */
const filenameUser = (query: string) =>
  `Based on this research query, generate a short, clean filename (without extension).\n\nResearch Query: ${query}\n\nRequirements:\n- Use only lowercase letters, numbers, and underscores\n- Maximum 50 characters\n- Be descriptive but concise\n- No special characters or spaces\n\nReturn ONLY the filename, nothing else.`;
/** Nutlope/notesGPT together.ts system message for the voice-note extraction. */
const NOTES_GPT =
  "The following is a transcript of a voice message. Extract a title, summary, and action items from it and answer in JSON in this format: {title: string, summary: string, actionItems: [string, string, ...]}";

const JSON_OBJECT = { type: "json_object" };
const noteTitle = (c: Conversation) => firstExchange(c).question.slice(0, 80);

export const BLIND77: Template[] = [
  {
    client: "EchOS",
    task: "tags",
    source: ECHOS,
    note:
      "categorize_note on a note holding the conversation (title: the first question); streamSimple, maxTokens 500",
    build: (c) => ({
      model: MODEL,
      messages: [usr(ECHOS_LIGHT(noteTitle(c), userAssistant(c)))],
      stream: true,
      max_tokens: 500,
    }),
  },
  {
    client: "EchOS",
    task: "summary",
    source: ECHOS,
    note:
      "processFull (category, tags, gist, summary, key points) on the same note; streamSimple, maxTokens 2000",
    build: (c) => ({
      model: MODEL,
      messages: [usr(ECHOS_FULL(noteTitle(c), userAssistant(c)))],
      stream: true,
      max_tokens: 2000,
    }),
  },
  {
    client: "italian-language-learning",
    task: "summary",
    source: ITALIAN,
    note:
      "generateConversationSummary every 20 messages: `User:`/`Assistant:` lines, max_tokens 250, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [sys(ITALIAN_SUMMARY), usr(`Summarize this conversation:\n\n${userAssistant(c)}`)],
      max_tokens: 250,
      temperature: 0.3,
    }),
  },
  {
    client: "italian-language-learning",
    task: "memory",
    source: ITALIAN,
    note: "extractKeyFacts after the summary: max_tokens 150, temperature 0.2, JSON object",
    build: (c) => ({
      model: MODEL,
      messages: [sys(ITALIAN_FACTS), usr(`Extract key facts from:\n\n${userAssistant(c)}`)],
      max_tokens: 150,
      temperature: 0.2,
      response_format: JSON_OBJECT,
    }),
  },
  {
    client: "EspressoBot",
    task: "compaction",
    source: at("pranavchavda/espressobot", {
      path: "frontend/server/agents/conversation-summarizer-agent.js",
      commit: "fefb7c3e4bee97b61e7cc416038c66bdb63c5bad",
    }),
    paraphrased: true,
    note:
      "OpenAI Agents SDK run: instructions as system, the chunk prompt as user (the create_summary tool omitted)",
    build: (c) => ({ model: MODEL, messages: [sys(ESPRESSO_INSTRUCTIONS), usr(espressoChunk(c))] }),
  },
  {
    client: "ZAS/EAK Copilot",
    task: "summary",
    source: ZAS("memory.py"),
    note: "SUMMARY_MEMORY_PROMPT_DE alone as one system message; the memory is `<timestamp> - <role>` blocks",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.pyFormat(P.ZAS_SUMMARY_MEMORY_DE, { conversational_memory: zasMemory(c) }))],
    }),
  },
  {
    client: "ZAS/EAK Copilot",
    task: "title",
    source: ZAS("chat.py"),
    note: "CHAT_TITLE_SYSTEM_PROMPT_FR with the first answer, the first question as the user message",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return {
        model: MODEL,
        messages: [sys(P.pyFormat(P.ZAS_CHAT_TITLE_FR, { assistant_response: answer })), usr(question)],
      };
    },
  },
  {
    client: "ZAS/EAK Copilot",
    task: "query-rewrite",
    source: ZAS("retrieval.py"),
    note:
      "QUERY_REWRITING_PROMPT_FR alone as one system message, n_alt_queries 6 (config.yaml), the next question",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.pyFormat(P.ZAS_QUERY_REWRITING_FR, {
          n_alt_queries: "6",
          conversational_memory: zasMemory(c),
          query: c.followUp,
        })),
      ],
    }),
  },
  {
    client: "runable",
    task: "compaction",
    source: at("arushkumarsingh/runable", {
      path: "src/agent/compactor.ts",
      commit: "a69ae0f27b2a18c9d7babe70c656745a60035463",
    }),
    note: "generateText with the prompt only (one user message), maxOutputTokens 4000",
    build: (c) => ({ model: MODEL, messages: [usr(runableCompaction(c))], max_tokens: 4000 }),
  },
  {
    client: "agent-go",
    task: "compaction",
    source: at("finettt/agent-go", {
      path: "src/api.go",
      commit: "efc12928b987b9e05486c0abbb1c0a03d524779e",
    }),
    note: "/compress and auto-compress: one user message, temperature 0.15, max_tokens 1500 (constants.go)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(agentGoCompress(c))],
      temperature: 0.15,
      max_tokens: 1500,
    }),
  },
  {
    client: "better-chatbot",
    task: "title",
    source: at("cgoinglove/better-chatbot", {
      path: "src/lib/ai/prompts.ts",
      commit: "5c98ab67afd438982320515e65c4246ad418ac6e",
    }),
    note:
      "api/chat/title: streamText with CREATE_THREAD_TITLE_PROMPT as system and the first message as prompt",
    build: (c) => ({
      model: MODEL,
      messages: [sys(BETTER_TITLE), usr(firstExchange(c).question)],
      stream: true,
    }),
  },
  {
    client: "local-deep-researcher",
    task: "query-rewrite",
    source: at("langchain-ai/local-deep-researcher", {
      path: "src/ollama_deep_researcher/prompts.py",
      commit: "0be4c86ea71e1671ff273dfc07dc1aab45ed22f8",
    }),
    note:
      "generate_query: query_writer_instructions + JSON-mode instructions as system (ChatOllama format json)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          P.pyFormat(P.LDR_QUERY_WRITER, {
            current_date: "December 07, 2026",
            research_topic: firstExchange(c).question,
          }) + P.LDR_JSON_MODE,
        ),
        usr("Generate a query for web search:"),
      ],
      response_format: JSON_OBJECT,
    }),
  },
  {
    client: "deep-research (vishnu-ssuresh)",
    task: "summary",
    source: DEEP_RESEARCH("core/prompts/user_prompts.py"),
    note:
      "research_brief_node: RESEARCH_BRIEF_SYSTEM_PROMPT and the conversation as USER:/ASSISTANT:, temperature 0.5",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.DR_RESEARCH_BRIEF_SYSTEM), usr(researchBriefUser(c))],
      temperature: 0.5,
    }),
  },
  {
    client: "deep-research (vishnu-ssuresh)",
    task: "title",
    source: DEEP_RESEARCH("core/prompts/system_prompts.py"),
    note: "the report's file name from the first query (FILENAME_GENERATION_SYSTEM_PROMPT), temperature 0.5",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.DR_FILENAME_SYSTEM), usr(filenameUser(firstExchange(c).question))],
      temperature: 0.5,
    }),
  },
  {
    client: "LLM_agents research planner",
    task: "query-rewrite",
    source: at("Julialunna/LLM_agents", {
      path: "LangGraph_Course/last_project/prompts.py",
      commit: "8408924f5ff3ae4dc32313a30af630a87f21eee9",
    }),
    paraphrased: true,
    note:
      "build_queries (Portuguese) as one user message; with_structured_output's tool schema omitted, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.pyFormat(P.JL_BUILD_QUERIES, { user_input: firstExchange(c).question }))],
      temperature: 0,
    }),
  },
  {
    client: "notesGPT",
    task: "summary",
    source: at("Nutlope/notesGPT", {
      path: "convex/together.ts",
      commit: "57b92f165f6a0b1a173b039fbe55696ce8960fa2",
    }),
    paraphrased: true,
    note:
      "voice-note title/summary/action items; the transcript is the user's turns; Instructor's schema omitted",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(NOTES_GPT),
        usr(c.turns.filter((t) => t.role === "user").map((t) => t.content).join(" ")),
      ],
      max_tokens: 1000,
      temperature: 0.6,
      response_format: JSON_OBJECT,
    }),
  },
];

export function buildBlind77Negatives(): Negative[] {
  return buildBlind77NegativeList();
}
