/**
 * Blind round 74, apps on the JVM, .NET and Go: dango-ai-code-mother's Chinese intent classifier (LangChain4j),
 * ntg-jvm-agent's title and running summary (Kotlin, Spring AI), RecaLLM's session summary (Java), Ai.NetTrack's
 * title (C#), ai-talk's history compression and query router (LangChain4j), HieuDevs ai-agent's reply suggestions
 * (Go), ModelEngine app-platform's follow-up questions and Chinese query rewrite (Java).
 */
import { firstExchange, MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind74.ts";
import { at, fill, labelled, lastAssistant, lastUser, qaRounds } from "./_blind74_fill.ts";

const NTG = "nashtech-garage/ntg-jvm-agent";
const AITALK = "aoebiu/ai-talk";
const ME = "ModelEngine-Group/app-platform";

/** ai-talk knowledge bases are configured by the user; two descriptions as LangChain4j numbers them ("1: …"). */
const AITALK_OPTIONS = "1: 家庭事务与行政手续资料库\n2: 旅行与交通笔记";

/** HieuDevs ai-agent `SuggestionAgent.buildResponseFormat`. */
const HIEU_FORMAT = {
  type: "json_schema",
  "json_schema": {
    name: "suggestion_response",
    strict: true,
    schema: {
      type: "object",
      properties: {
        leading_sentence: {
          type: "string",
          description: "A brief, conversational sentence guiding how to respond",
        },
        vocab_options: {
          type: "array",
          items: {
            type: "object",
            properties: {
              text: { type: "string", description: "The vocabulary word or phrase" },
              emoji: { type: "string", description: "A relevant emoji that matches the meaning" },
            },
            required: ["text", "emoji"],
            additionalProperties: false,
          },
          description: "Exactly 3 diverse vocabulary options with emojis",
          minItems: 3,
          maxItems: 3,
        },
      },
      required: ["leading_sentence", "vocab_options"],
      additionalProperties: false,
    },
  },
};

export const BLIND74_APPS: Template[] = [
  {
    client: "dango-ai-code-mother",
    task: "intent",
    source: at(
      "usagi3067/dango-ai-code-mother",
      "backend/app/app-service/src/main/java/com/dango/dangoaicodeapp/domain/codegen/node/IntentClassifierNode.java",
    ),
    note:
      "IntentClassifierService (@SystemMessage intent-classifier-prompt.txt) with 项目结构/用户输入 as the user message; no project structure yet (无); String return, not streamed",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.DANGO_INTENT), usr(`项目结构:\n无\n\n用户输入:\n${c.followUp}`)],
      stream: false,
    }),
  },
  {
    client: "ntg-jvm-agent",
    task: "title",
    source: at(
      NTG,
      "orchestrator/src/main/kotlin/com/ntgjvmagent/orchestrator/service/SummarizationService.kt",
    ),
    note:
      "SummarizationService.create: SUMMARY_PROMPT and the quoted question through trimIndent, Prompt(text) call",
    build: (c) => ({
      model: MODEL,
      messages: [usr(`${P.NTG_TITLE}\n"${firstExchange(c).question}"`)],
      stream: false,
    }),
  },
  {
    client: "ntg-jvm-agent",
    task: "summary",
    source: at(
      NTG,
      "orchestrator/src/main/kotlin/com/ntgjvmagent/orchestrator/service/SummarizationService.kt",
    ),
    note:
      "SummarizationService.update: SUMMARY_UPDATE_PROMPT with the older history rows (ChatMessageMapper 'User: '/'Assistant: ') joined by newlines, Prompt(text) call",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.NTG_SUMMARY_UPDATE, {
        "{{latest_message}}": labelled(c.turns, { user: "User", assistant: "Assistant" }),
      }))],
      stream: false,
    }),
  },
  {
    client: "RecaLLM",
    task: "summary",
    source: at("samredway/RecaLLM", "src/main/java/com/redway/recallm/services/PromptService.java"),
    note:
      "MemoryService.compressSessionHistory: SUMMARY_PROMPT + 'ROLE: content' rows joined by blank lines, one input string (sent as Responses input; here the same text as the one user message)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${P.RECALLM_SUMMARY}${labelled(c.turns, { user: "USER", assistant: "ASSISTANT", join: "\n\n" })}`,
        ),
      ],
    }),
  },
  {
    client: "Ai.NetTrack",
    task: "title",
    source: at("Ahod26/Ai.NetTrack", "backend/Services/Classes/LLM/OpenAIService.cs"),
    note:
      "GenerateChatTitle: system title prompt, the first message; MaxOutputTokenCount 50, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.NETTRACK_TITLE),
        usr(`Generate a title for this conversation: ${firstExchange(c).question}`),
      ],
      max_tokens: 50,
      temperature: 0.3,
    }),
  },
  {
    client: "ai-talk",
    task: "compaction",
    source: at(
      AITALK,
      "server/src/main/java/info/mengnan/dialogerai/server/core/ChatHistoryCompressing.java",
    ),
    note:
      "compressHistory: COMPRESSION_PROMPT_TEMPLATE with 用户/助手 rows each ending in a blank line; chatModel.chat(text)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.AITALK_COMPRESSION, {
        "{{query}}": labelled(c.turns, { user: "用户", assistant: "助手", join: "", tail: "\n\n" }),
      }))],
      stream: false,
    }),
  },
  {
    client: "ai-talk",
    task: "routing",
    source: at(AITALK, "rag/src/main/java/info/mengnan/dialogerai/rag/ChatService.java"),
    note:
      "LanguageModelQueryRouter with QUERY_ROUTER_PROMPT_TEMPLATE: numbered knowledge-base descriptions and the user query; chatModel.chat(text)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.AITALK_ROUTER, { "{{options}}": AITALK_OPTIONS, "{{query}}": c.followUp }))],
      stream: false,
    }),
  },
  {
    client: "ai-agent (HieuDevs)",
    task: "reply-suggestions",
    source: at("HieuDevs/ai-agent", "work-flows/agents/suggestion_agent.go"),
    note:
      "SuggestionAgent.generateSuggestions: system from the YAML config, user template with the last AI message; json_schema response_format, max_tokens 150, temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.HIEU_SYSTEM), usr(fill(P.HIEU_USER, { "{last_message}": lastAssistant(c) }))],
      max_tokens: 150,
      temperature: 0.7,
      response_format: HIEU_FORMAT,
    }),
  },
  {
    client: "ModelEngine app-platform",
    task: "follow-ups",
    source: at(
      ME,
      "app-builder/plugins/app-base/src/main/java/modelengine/jade/app/engine/base/service/impl/AppBuilderRecommendServiceImpl.java",
    ),
    note:
      "queryRecommends: one human message with the last question and answer; stream(false), temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.ME_RECOMMEND, {
        "{{history}}": `User: ${lastUser(c)}\nAssistant: ${lastAssistant(c)}\n`,
      }))],
      stream: false,
      temperature: 0.3,
    }),
  },
  {
    client: "ModelEngine app-platform",
    task: "query-rewrite",
    source: at(
      ME,
      "app-builder/plugins/aipp-rewriter/src/main/java/modelengine/fit/jade/aipp/rewrite/domain/entity/support/BuiltinRewriter.java",
    ),
    paraphrased: true,
    note:
      "BuiltinRewriter: prompt.txt with the histories and the raw query as one HumanMessage, stream(false); the history rows are laid out as the prompt's own Q:/A: examples (memory.text() not read)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.ME_REWRITE, { "{{histories}}": qaRounds(c.turns), "{{query}}": c.followUp }))],
      stream: false,
    }),
  },
];
