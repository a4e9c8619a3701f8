/** Khoj, Page Assist, Perplexica and Obsidian Copilot housekeeping templates (verbatim unless `paraphrased`). */
import { asst, MODEL, sys, type Template, toLines, usr } from "./_types.ts";

const KHOJ = { repo: "khoj-ai/khoj", commit: "ae229ca894c0b80ad84664afcfdde523b5e87057" };
const PAGE_ASSIST = { repo: "n4ze3m/page-assist", commit: "87808cf884596d1e9df40dc28965b212f2e5ccdf" };
const PERPLEXICA = { repo: "ItzCrazyKns/Perplexica", commit: "d7b020e5bb6456e7510e54acf098aa1605818d90" };
const COPILOT = { repo: "logancyang/obsidian-copilot", commit: "611831b782e128e418293cf9463736a2fe0f20f1" };

const schemaFormat = (name: string, properties: Record<string, unknown>) => ({
  type: "json_schema",
  json_schema: { name, schema: { type: "object", properties, required: Object.keys(properties) } },
});

export const KHOJ_TEMPLATES: Template[] = [
  {
    client: "Khoj",
    task: "title",
    source: { ...KHOJ, path: "src/khoj/processor/conversation/prompts.py" },
    note:
      "conversation_title_generation; construct_chat_history keeps user turns as 'User:' lines (utils.py); fast model",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `You are an extremely smart and helpful title generator assistant. Given a conversation, extract the subject of the conversation. Crisp, informative, ten words or less.\n\nConversation History:\n${
          c.turns.filter((turn) => turn.role === "user").map((turn) => `User: ${turn.content}\n`).join("")
        }\n\nAssistant:`,
      )],
      stream: false,
    }),
  },
  {
    client: "Khoj",
    task: "query-rewrite",
    source: { ...KHOJ, path: "src/khoj/routers/helpers.py" },
    paraphrased: true,
    note:
      "extract_questions_system_prompt (examples shortened) + extract_questions_user_message; DocumentQueries schema",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `You are Khoj, an extremely smart and helpful document search assistant with only the ability to use natural language semantic search to retrieve information from the user's notes.\nConstruct upto 3 search queries to retrieve relevant information to answer the user's question.\n- You will be provided past questions(User), search queries(Assistant) and answers(A) for context.\n- You can use context from previous questions and answers to improve your search queries.\n- Break down your search into multiple search queries from a diverse set of lenses to retrieve all related documents. E.g who, what, where, when, why, how.\n- Add date filters to your search queries when required to retrieve the relevant information. This is the only structured query filter you can use.\n- Output 1 concept per query. Do not use boolean operators (OR/AND) to combine queries. They do not work and degrade search quality.\nWhat searches will you perform to answer the users question? Respond with a JSON object with the key "queries" mapping to a list of searches you would perform on the user's knowledge base. Just return the queries and nothing else.\n\nCurrent Date: Tuesday, 2026-12-01\nUser's Location: Berlin, Germany\n\nHere are some examples of how you can construct search queries to answer the user's question:\n\nIllustrate - Using diverse perspectives to retrieve all relevant documents\nUser: How was my trip to Cambodia?\nAssistant: {"queries": ["How was my trip to Cambodia?", "Angkor Wat temple visit", "Flight to Phnom Penh", "Expenses in Cambodia", "Stay in Cambodia"]}\nA: The trip was amazing. You went to the Angkor Wat temple and it was beautiful.`,
        ),
        usr(
          `Here's our most recent chat history:\n${
            c.turns.map((turn) => turn.role === "user" ? `User: ${turn.content}\n` : `A: ${turn.content}\n\n`)
              .join("")
          }\nUser: ${c.followUp}\nAssistant:`,
        ),
      ],
      stream: false,
      response_format: schemaFormat("DocumentQueries", {
        queries: { type: "array", items: { type: "string" } },
      }),
    }),
  },
];

const PAGE_ASSIST_TITLE = (conversation: string) =>
  `Here is the conversation:\n\n--------------\n\n${conversation}\n\n--------------\n\nCreate a concise, 3-5 word phrase as a title for this conversation. Avoid quotation marks or special formatting. RESPOND ONLY WITH THE TITLE TEXT. ANSWER USING THE SAME LANGUAGE AS THE CONVERSATION.\n\nExamples of titles:\n\nStellar Achievement Celebration\nFamily Bonding Activities\n🇫🇷 Voyage à Paris\n🍜 Receta de Ramen Casero\nShakespeare Analyse Literarische\n日本の春祭り体験\nДревнегреческая Философия Обзор\n\nResponse:`;

export const PAGE_ASSIST_TEMPLATES: Template[] = [
  {
    client: "Page Assist",
    task: "title",
    source: { ...PAGE_ASSIST, path: "src/services/title.ts" },
    note: "one HumanMessage, LangChain invoke (no stream)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(PAGE_ASSIST_TITLE(toLines(c.turns, { user: "User", assistant: "Assistant" })))],
      stream: false,
    }),
  },
  {
    client: "Page Assist",
    task: "query-rewrite",
    source: { ...PAGE_ASSIST, path: "src/services/ollama.ts" },
    note:
      "DEFAULT_RAG_QUESTION_PROMPT; history via formatChatHistoryAsString (src/chain/chat-with-x.ts): human/ai",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `Given the following conversation and a follow up question, rephrase the follow up question to be a standalone question.   Chat History: ${
          toLines(c.turns, { user: "human", assistant: "ai" })
        } Follow Up Input: ${c.followUp} Standalone question:`,
      )],
      stream: false,
    }),
  },
  {
    client: "Page Assist",
    task: "search-query",
    source: { ...PAGE_ASSIST, path: "src/services/ollama.ts" },
    note: "DEFAULT_WEBSEARCH_FOLLOWUP_PROMPT",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `You will rephrase follow-up questions into concise, standalone search queries optimized for internet search engines. Transform conversational questions into keyword-focused search terms by removing unnecessary words, question formats, and context dependencies while preserving the core information need.\n\nONLY RETURN QUERY WITHOUT ANY TEXT\n\nExamples:\nFollow-up question: What are the symptoms of a heart attack?\nheart attack symptoms\n\nFollow-up question: Where is the upcoming Olympics being held?\nupcoming Olympics \n\nFollow-up question: Taylor Swift's latest album?\nTaylor Swift latest album 2026\n\nFollow-up question: How does photosynthesis work in plants?\nphotosynthesis process plants\n\nFollow-up question: What's the current stock price of Apple?\nApple stock price today\n\nPrevious Conversation:\n${
          toLines(c.turns, { user: "human", assistant: "ai" })
        }\n\nFollow-up question: ${c.followUp}\n`,
      )],
      stream: false,
    }),
  },
];

export const PERPLEXICA_TEMPLATES: Template[] = [
  {
    client: "Perplexica",
    task: "follow-ups",
    source: { ...PERPLEXICA, path: "src/lib/agents/suggestions/index.ts" },
    note:
      "suggestionGeneratorPrompt (src/lib/prompts/suggestions/index.ts); generateObject sends a zodResponseFormat schema named 'object'",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `\nYou are an AI suggestion generator for an AI powered search engine. You will be given a conversation below. You need to generate 4-5 suggestions based on the conversation. The suggestion should be relevant to the conversation that can be used by the user to ask the chat model for more information.\nYou need to make sure the suggestions are relevant to the conversation and are helpful to the user. Keep a note that the user might use these suggestions to ask a chat model for more information. \nMake sure the suggestions are medium in length and are informative and relevant to the conversation.\n\nSample suggestions for a conversation about Elon Musk:\n{\n    "suggestions": [\n        "What are Elon Musk's plans for SpaceX in the next decade?",\n        "How has Tesla's stock performance been influenced by Elon Musk's leadership?"\n    ]\n}\n\nToday's date is 2026-12-01T17:40:00.000Z\n`,
        ),
        usr(`<chat_history>\n${toLines(c.turns, { user: "User", assistant: "AI" })}\n</chat_history>`),
      ],
      stream: false,
      response_format: schemaFormat("object", { suggestions: { type: "array", items: { type: "string" } } }),
    }),
  },
  {
    client: "Perplexica",
    task: "search-query",
    source: { ...PERPLEXICA, path: "src/lib/agents/media/image.ts" },
    note: "imageSearchPrompt + few-shots (src/lib/prompts/media/image.ts)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          "\nYou will be given a conversation below and a follow up question. You need to rephrase the follow-up question so it is a standalone question that can be used by the LLM to search the web for images.\nYou need to make sure the rephrased question agrees with the conversation and is relevant to the conversation.\nMake sure to make the querey standalone and not something very broad, use context from the answers in the conversation to make it specific so user can get best image search results.\nOutput only the rephrased query in query key JSON format. Do not include any explanation or additional text.\n",
        ),
        usr("<conversation>\n</conversation>\n<follow_up>\nWhat is a cat?\n</follow_up>"),
        asst('{"query":"A cat"}'),
        usr("<conversation>\n</conversation>\n<follow_up>\nHow does an AC work?\n</follow_up>"),
        asst('{"query":"AC working"}'),
        usr(
          `<conversation>\n${
            toLines(c.turns, { user: "User", assistant: "AI" })
          }\n</conversation>\n<follow_up>\n${c.followUp}\n</follow_up>`,
        ),
      ],
      stream: false,
      response_format: schemaFormat("object", { query: { type: "string" } }),
    }),
  },
];

export const COPILOT_TEMPLATES: Template[] = [
  {
    client: "Obsidian Copilot",
    task: "title",
    source: { ...COPILOT, path: "src/core/ChatPersistenceManager.ts" },
    note: "generateAITopic: chatModel.invoke(prompt), one user message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `Generate a concise title (max 5 words) for this conversation based on its content. Return only the title without any explanation or quotes.\n\nConversation:\n${
          c.turns.slice(0, 6).map((turn) =>
            `${turn.role === "user" ? "user" : "AI"}: ${turn.content.slice(0, 200)}`
          )
            .join("\n")
        }`,
      )],
      stream: false,
    }),
  },
  {
    client: "Obsidian Copilot",
    task: "query-rewrite",
    source: { ...COPILOT, path: "src/chainUtils.ts" },
    note: "getStandaloneQuestion: temperature 0, chatModel.stream (streams)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `Given the following conversation and a follow up question,\n    summarize the conversation as context and keep the follow up question unchanged, in its original language.\n    If the follow up question is unrelated to its preceding messages, return this follow up question directly.\n    If it is related, then combine the summary and the follow up question to construct a standalone question.\n    Make sure to keep any [[]] wrapped note titles in the question unchanged.\n    If there's nothing in the chat history, just return the follow up question.\n\n    Chat History:\n    ${
          toLines(c.turns, { user: "user", assistant: "assistant" })
        }\n    Follow Up Input: ${c.followUp}\n    Standalone question:`,
      )],
      stream: true,
      temperature: 0,
    }),
  },
];
