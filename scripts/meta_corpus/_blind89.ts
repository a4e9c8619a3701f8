/**
 * Blind round 89: business, support, note-taking and workflow clients never used in the corpus before, read from
 * their source and measured without changing the rules: a French campus assistant's headline and search-keyword
 * steps, Glimt's note title, paperless-gpt's document title, tags, type and correspondent, an Obsidian tagger with
 * few-shot examples, two IT-ticket classifiers (an autogen agent and a Spanish JSON prompt), smart replies and a
 * mood check of two messaging apps, a French real-estate call summary run by Vapi, and Zep's progressive summary
 * and intent extraction; the hard negatives are in `_blind89_negatives.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import { firstExchange, MODEL, type Source, sys, type Template, toLines, usr } from "./_types.ts";
import * as P from "./_prompts_blind89.ts";

export { buildBlind89Negatives } from "./_blind89_negatives.ts";

const at = (repo: string, commit: string) => (path: string): Source => ({ repo, path, commit });
const NOT_YUKII = at("Not-Yukii/Template", "849ccec73fc3affc9c6634f3544a74af862947a3");
const GLIMT = at("varsan-g/Glimt", "56d61514a349f707dad31e7701154b1867060090");
const PAPERLESS = at("icereed/paperless-gpt", "72ddde765709544823a0f5452575a070fdaac3b4");
const TAGGER = at("lucagrippa/obsidian-ai-tagger", "eaf8e09e44e048b61bac29ec2f32d65316c68f68");
const CORTEX = at("sultanbk/CortexDesk", "cf5f209c17761e1a7711af7f58ab44178eb5cac1");
const TICKETS = at("r1h1/tickets-with-ai-and-ml", "6463c6ba4f9828cb4d8176aae17059f02dc6c7ee");
const MSG_APP = at("shivarag200701/messaging-app", "36cfe7765a6cc80bdb7890372a7d71f42c4b6cc4");
const CHAT_APP = at("AmanKumar2202/Chat-app", "7688298d312a73f50cdf8b8a60bb65afa5e583d9");
const VAPI = at("bssoufo/vapi-tool-for-ange", "97b4366d71a53974dfc4deaa8714df0966d8d8ca");
const ZEP = at("getzep/zep", "d6e6c8ddb0c9a4602ffe9f14615fab7cf18b2f86");

/** The conversation as one text, the way note apps and document stores hold it. */
const plain = (c: Conversation) => c.turns.map((t) => t.content).join("\n\n");
const firstQuestion = (c: Conversation) => firstExchange(c).question;
const lastTurn = (c: Conversation) => c.turns[c.turns.length - 1]?.content ?? "";
const one = (content: string) => ({ model: MODEL, messages: [usr(content)] });
/** paperless-gpt's template fields for a document holding the conversation (LLM_LANGUAGE defaults to English). */
const doc = (c: Conversation) => ({
  "{{.Language}}": "English",
  "{{.Title}}": "scan_0042.pdf",
  "{{.Content}}": plain(c),
});
const TAGS = ["Receipts", "Insurance", "Housing", "School", "Work", "Health", "Travel"];

const paperless = (task: string, { path, template, extra, note }: {
  path: string;
  template: string;
  extra: Record<string, string>;
  note: string;
}): Template => ({
  client: "paperless-gpt",
  task,
  source: PAPERLESS(path),
  note:
    `${note}; app_llm.go sends the executed template as the one human message (langchaingo GenerateContent)`,
  build: (c) => one(P.fill(template, { ...doc(c), ...extra })),
});

/** The tagger's LangChain prompt: system, the first three examples as human/ai pairs, then the note. */
function taggerMessages(c: Conversation) {
  const human = (inputTags: string, document: string) =>
    usr(P.fill(P.TAGGER_HUMAN, { "{inputTags}": inputTags, "{document}": document }));
  const examples = P.TAGGER_EXAMPLES.flatMap((e) => [
    human(e.inputTags.map((tag) => ` - ${tag}`).join("\n"), e.document),
    { role: "assistant" as const, content: JSON.stringify(e.response) },
  ]);
  const vault = ["#chemistry", "#housing", "#it-support", "#meetings", "#team"].map((tag) => `- ${tag}`).join(
    "\n",
  );
  return [sys(P.TAGGER_SYSTEM), ...examples, human(vault, plain(c))];
}

/** Vapi's transcript as the call analysis sees it: one `AI:` or `User:` line per utterance. */
const callTranscript = (c: Conversation) => toLines(c.turns, { user: "User", assistant: "AI" });

export const BLIND89: Template[] = [
  {
    client: "Not-Yukii Template",
    task: "title",
    source: NOT_YUKII("app/recherche_titre.py"),
    note:
      "generate_title: SYSTEM_PROMPT as system, the first question stripped as user (ollama chat, not streamed)",
    build: (c) => ({ model: MODEL, messages: [sys(P.NY_TITLE), usr(firstQuestion(c).trim())] }),
  },
  {
    client: "Not-Yukii Template",
    task: "query-rewrite",
    source: NOT_YUKII("app/recherche_local.py"),
    paraphrased: true,
    note:
      "generer_keywords_requete(question): two-word search query; OllamaLLM.invoke(prompt) as one user message",
    build: (c) => one(P.fill(P.NY_KEYWORDS, { "{question}": c.followUp })),
  },
  {
    client: "Glimt",
    task: "title",
    source: GLIMT("src/lib/ai/title-prompt.ts"),
    note:
      "title-generation.ts generateText: TITLE_SYSTEM_PROMPT as system, buildTitlePrompt(note cut to 500) as prompt, maxOutputTokens 20",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.GLIMT_TITLE_SYSTEM), usr(P.GLIMT_TITLE_USER + plain(c).slice(0, 500))],
      max_tokens: 20,
    }),
  },
  paperless("title", {
    path: "default_prompts/title_prompt.tmpl",
    template: P.PG_TITLE,
    extra: {},
    note: "getSuggestedTitle with the scan's file name as original title",
  }),
  paperless("tags", {
    path: "default_prompts/tag_prompt.tmpl",
    template: P.PG_TAG,
    extra: { '{{.AvailableTags | join ", "}}': TAGS.join(", ") },
    note: "getSuggestedTags, CREATE_NEW_TAGS unset, with the instance's tags",
  }),
  paperless("classification", {
    path: "default_prompts/document_type_prompt.tmpl",
    template: P.PG_DOCUMENT_TYPE,
    extra: { '{{.AvailableDocumentTypes | join ", "}}': "Invoice, Contract, Letter, Receipt, Notes" },
    note: "getSuggestedDocumentType with the instance's document types",
  }),
  paperless("classification", {
    path: "default_prompts/correspondent_prompt.tmpl",
    template: P.PG_CORRESPONDENT,
    extra: {
      '{{.AvailableCorrespondents | join ", "}}': "Vodafone, City Council, Landlord",
      '{{.BlackList | join ", "}}': "",
    },
    note: "getSuggestedCorrespondent with example correspondents and an empty blacklist",
  }),
  {
    client: "obsidian-ai-tagger",
    task: "tags",
    source: TAGGER("src/llm.ts"),
    paraphrased: true,
    note:
      "system-prompt.ts + examples.ts (first three) + the note; withStructuredOutput adds a `tagger` tool, left out here",
    build: (c) => ({ model: MODEL, messages: taggerMessages(c), temperature: 0 }),
  },
  {
    client: "CortexDesk",
    task: "classification",
    source: CORTEX("chatbot/utility/prompt.py"),
    paraphrased: true,
    note:
      "autogen ClassifierAgent: classifier_prompt as system_message, the ticket from the user agent as user",
    build: (c) => ({ model: MODEL, messages: [sys(P.CORTEX_CLASSIFIER), usr(firstQuestion(c))] }),
  },
  {
    client: "tickets-with-ai-and-ml",
    task: "classification",
    source: TICKETS("src/services/iaml.js"),
    note:
      "clasificarTicketIA(asunto, descripcion): prompts.js ticket_classifier with ticket_actual filled, JSON.stringify as one user message",
    build: (c) => {
      const base = P.TICKETS_PROMPT_BASE.ticket_classifier;
      const descripcion = c.turns.filter((t) => t.role === "user").map((t) => t.content).join(" ");
      const asunto = firstQuestion(c).split(/[.?!]/)[0] ?? "";
      return one(JSON.stringify({ ...base, ticket_actual: { asunto, descripcion } }));
    },
  },
  {
    client: "messaging-app",
    task: "suggested-replies",
    source: MSG_APP("server/routes/aiRoutes.js"),
    note:
      "POST /api/ai/suggest: the system line, then the other person's last message (Chat.js sends lastMsg.content)",
    build: (c) => ({ model: MODEL, messages: [sys(P.MSG_APP_SUGGEST), usr(lastTurn(c))] }),
  },
  {
    client: "messaging-app",
    task: "classification",
    source: MSG_APP("server/routes/mentalHealthRoutes.js"),
    note:
      "POST /api/mental-health/analyze: mood check of the last two messages as `sender: text`, temperature 0.3",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.MSG_APP_MOOD),
        usr(c.turns.slice(-2).map((t) => `${t.role === "user" ? "lena" : "marc"}: ${t.content}`).join("\n")),
      ],
      temperature: 0.3,
    }),
  },
  {
    client: "Chat-app",
    task: "suggested-replies",
    source: CHAT_APP("backend/src/utils/smartReply.js"),
    note: "generateSmartReplies(the received message) as one user message, temperature 0.6, max_tokens 50",
    build: (c) => ({
      ...one(P.fill(P.CHAT_APP_SMART_REPLY, { "${messageText}": lastTurn(c) })),
      temperature: 0.6,
      max_tokens: 50,
    }),
  },
  {
    client: "vapi-tool-for-ange",
    task: "summary",
    source: VAPI("assistants/bs-re-triage-manager/prompts/summary-user-prompt.md"),
    paraphrased: true,
    note:
      "Vapi analysisPlan.summaryPlan: summary-system-prompt.md as system, summary-user-prompt.md with {{transcript}} as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.VAPI_SUMMARY_SYSTEM),
        usr(P.fill(P.VAPI_SUMMARY_USER, { "{{transcript}}": callTranscript(c) })),
      ],
    }),
  },
  {
    client: "Zep",
    task: "summary",
    source: ZEP("pkg/extractors/prompts.go"),
    note:
      "incrementalSummarizer: the OpenAI template with no previous summary and `role: content` lines, sent as one system message (llm_openai.go), max_tokens 1024",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.fill(P.ZEP_SUMMARY_OPENAI, {
        "{{.PrevSummary}}": "",
        "{{.MessagesJoined}}": toLines(c.turns, { user: "human", assistant: "ai" }),
      }))],
      max_tokens: 1024,
    }),
  },
  {
    client: "Zep",
    task: "intent",
    source: ZEP("pkg/extractors/prompts.go"),
    note:
      "IntentExtractor.processMessage: the intent template with the new message as one system message, max_tokens 512",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.fill(P.ZEP_INTENT, { "{{.Input}}": c.followUp }))],
      max_tokens: 512,
    }),
  },
];
