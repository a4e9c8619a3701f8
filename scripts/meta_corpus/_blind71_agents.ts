/**
 * Blind round 71, agents, RAG and routers: OrbitX's and codi's and oldpal's compaction (coding agents), the
 * agent-patterns-ts summary buffer, observer memory and metadata pass, Litecoin-Knowledge-Hub's three query
 * rewrites, BioJourney's expert selection and the hotel robot's Italian interest keyword.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind71.ts";
import { at, fill, labelled, lastUser, litecoinHistory } from "./_blind71_fill.ts";

const AP = "blessanm86/agent-patterns-ts";
const LTC = "IndigoNakamoto/Litecoin-Knowledge-Hub";
const CODI = "laynepenney/codi";
/** codi `context.ts` `formatForSummarization` without an embedding provider: `[role]: text` cut at 500. */
const codiContent = (turns: Parameters<typeof toMessages>[0]) =>
  turns.map((t) => `[${t.role}]: ${t.content.slice(0, 500)}`).join("\n\n");
/** BioJourney `personaSelector.js` BASE_DATA, JSON.stringify with two spaces. */
const BIO_BASE = JSON.stringify(
  { appName: "CarePath AI", version: "1.0", userProfile: { name: "John Doe", age: 30 } },
  null,
  2,
);
/** agent-patterns-ts `ConversationMetadataSchema` as the JSON schema its Ollama `format` carries (reconstructed). */
const METADATA_SCHEMA = {
  type: "object",
  properties: {
    threadName: { type: "string", minLength: 1, maxLength: 60 },
    suggestions: {
      type: "array",
      minItems: 1,
      maxItems: 3,
      items: {
        type: "object",
        properties: { label: { type: "string" }, prompt: { type: "string" } },
        required: ["label", "prompt"],
      },
    },
    category: { type: "string", enum: ["billing", "technical", "feature-request", "account", "general"] },
    securityFlag: { type: "string", enum: ["none", "pii-detected", "prompt-injection", "suspicious"] },
  },
  required: ["threadName", "suggestions", "category", "securityFlag"],
  additionalProperties: false,
};

export const BLIND71_AGENTS: Template[] = [
  {
    client: "OrbitX",
    task: "compaction",
    source: at("Skywang16/OrbitX", "src-tauri/src/agent/prompt/components/conversation_summary.rs"),
    note:
      "context/summarizer.rs build_summary_request: system prompt, `[role] text` history, max_tokens 512, temp 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ORBITX_SYSTEM),
        usr(
          `Summarize the following conversation history:\n\n${
            c.turns.map((t) => `[${t.role}] ${t.content}\n\n`).join("")
          }`,
        ),
      ],
      max_tokens: 512,
      temperature: 0.3,
      stream: false,
    }),
  },
  {
    client: "codi",
    task: "compaction",
    source: at(CODI, "src/agent/context.ts"),
    note: "createSummarizationProvider: one user message through provider.streamChat, no files discussed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.CODI_NORMAL, { FILES: "", CONTENT: codiContent(c.turns) }))],
      stream: true,
    }),
  },
  {
    client: "codi",
    task: "compaction",
    source: at(CODI, "src/agent/context.ts"),
    note: "createAggressiveSummarizationProvider when memory is high: one user message, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.CODI_AGGRESSIVE, { CONTENT: codiContent(c.turns) }))],
      stream: true,
    }),
  },
  {
    client: "oldpal",
    task: "compaction",
    source: at("hasna/oldpal", "packages/core/src/context/summarizer.ts"),
    note: "LLMSummarizer: one user message, User:/Assistant: transcript, read from the streaming chat",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.OLDPAL, {
        TRANSCRIPT: labelled(c.turns, { user: "User", assistant: "Assistant", join: "\n\n" }),
      }))],
      stream: true,
    }),
  },
  {
    client: "agent-patterns-ts",
    task: "compaction",
    source: at(AP, "src/context-management/strategies/summary-buffer.ts"),
    note:
      "summary-buffer strategy: older messages as `role: text` after the prompt, one user message (ollama.chat)",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${P.AP_SUMMARIZE}\n\n---\n\n${
            labelled(c.turns, { user: "user", assistant: "assistant", join: "\n\n" })
          }`,
        ),
      ],
    }),
  },
  {
    client: "agent-patterns-ts",
    task: "memory",
    source: at(AP, "src/observational-memory/observer.ts"),
    paraphrased: true,
    note: "runObserver: Ollama `system` field rendered as a system message, the transcript with today's date",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AP_OBSERVER),
        usr(fill(P.AP_OBSERVER_USER, {
          TODAY: "2026-12-07",
          TRANSCRIPT: labelled(c.turns, { user: "User", assistant: "Assistant" }),
        })),
      ],
    }),
  },
  {
    client: "agent-patterns-ts",
    task: "classification",
    source: at(AP, "src/post-conversation-metadata/metadata.ts"),
    paraphrased: true,
    note:
      "generateMetadata after a turn: thread name, follow-ups, category, security flag; Ollama format as json_schema",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.AP_METADATA), ...toMessages(c.turns)],
      response_format: {
        type: "json_schema",
        json_schema: { name: "ConversationMetadata", schema: METADATA_SCHEMA },
      },
    }),
  },
  {
    client: "Litecoin-Knowledge-Hub",
    task: "query-rewrite",
    source: at(LTC, "backend/services/rewriter.py"),
    paraphrased: true,
    note:
      "LocalRewriter: the whole prompt to Ollama /api/generate (here one user message), num_predict 100, temp 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(
          `${P.LTC_REWRITER}\n\nChat History:\n${
            litecoinHistory(c.turns)
          }\nUser Input: ${c.followUp}\n\nRewritten Query:`,
        ),
      ],
      max_tokens: 100,
      temperature: 0.1,
      stream: false,
    }),
  },
  {
    client: "Litecoin-Knowledge-Hub",
    task: "query-rewrite",
    source: at(LTC, "backend/rag_pipeline.py"),
    paraphrased: true,
    note:
      "QA_WITH_HISTORY_PROMPT: chat history, the new input, then the standalone-question instruction (LangChain)",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr(c.followUp), usr(P.LTC_QA_HISTORY)],
    }),
  },
  {
    client: "Litecoin-Knowledge-Hub",
    task: "query-rewrite",
    source: at(LTC, "backend/rag_pipeline.py"),
    paraphrased: true,
    note: "query router: system, the last two human turns as history and the latest query; structured output",
    build: (c) => {
      const humans = c.turns.filter((t) => t.role === "user").map((t) => `Human: ${t.content}`);
      return {
        model: MODEL,
        messages: [
          sys(P.LTC_ROUTER),
          usr(`Chat History:\n${humans.slice(-2).join("\n")}\n\nLatest Query: ${c.followUp}`),
        ],
      };
    },
  },
  {
    client: "BioJourney.ai",
    task: "speaker",
    source: at("Dishank-Sen/BioJourney.ai", "backend/prompts/select_persona.md"),
    paraphrased: true,
    note:
      "gemini/personaSelector.js on every message: the rendered template as one human message (LangChain invoke)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.BIO_SELECT, { BASE: BIO_BASE, MESSAGE: c.followUp }))],
    }),
  },
  {
    client: "Hotel-receptionist robot",
    task: "tags",
    source: at(
      "A-rgonaut/LM-32_HrR_Hotel-receptionist_Robot",
      "src/simulation/ros2_ws/src/progetto/progetto/system_instructions/estrazione_semantica_a.md",
    ),
    paraphrased: true,
    note:
      "ServerLLM.py: Gemini system_instruction rendered as a system message, the guest's utterance, temp 0.1",
    build: (c) => ({ model: MODEL, messages: [sys(P.HOTEL_A), usr(lastUser(c))], temperature: 0.1 }),
  },
];
