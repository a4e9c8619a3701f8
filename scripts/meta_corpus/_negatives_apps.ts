/** Hard negatives in apps' own wrapping: RAG turns, JSON-producing requests and role-play turns. */
import { CONVERSATIONS } from "./_conversations.ts";
import { PASTED_TEXTS } from "./_texts.ts";
import { asst, type ChatBody, MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const RAG_QUESTIONS = [
  "What are the main points of the attached document?",
  "Give me a title for this report.",
  "Summarize the document in 5 bullet points.",
  "When does construction start?",
  "Which customers do we need to warn, and by when?",
  "Write a short summary I can paste into Slack.",
  "Extract every date mentioned as a JSON list.",
  "Was steht in dem Dokument über die Kosten?",
  "What follow-up questions should I ask the vendor?",
  "Is there anything about parking?",
];

/** Open WebUI `DEFAULT_RAG_TEMPLATE`, prepended to the last user message (open-webui config.py). */
const openWebUiRag = (context: string, query: string) =>
  `### Task:\nRespond to the user query using the provided context, incorporating inline citations in the format [id] **only when the <source> tag includes an explicit id attribute** (e.g., <source id="1">).\n\n### Guidelines:\n- If you don't know the answer, clearly state that.\n- If uncertain, ask the user for clarification.\n- Respond in the same language as the user's query.\n- If the context is unreadable or of poor quality, inform the user and provide the best possible answer.\n- Do not cite if the <source> tag does not contain an id attribute.\n\n### Output:\nProvide a clear and direct response to the user's query, including inline citations in the format [id] only when the <source> tag with id attribute is present in the context.\n\n<context>\n<source id="1" name="notes.pdf">${context}</source>\n</context>\n\n<user_query>\n${query}\n</user_query>`;

/** AnythingLLM: default chat prompt plus `[CONTEXT n]` blocks in the system message (systemSettings.js, AiProviders). */
const anythingLlmSystem = (context: string) =>
  `Given the following conversation, relevant context, and a follow up question, reply with an answer to the current question the user is asking. The current date and time is Tue Dec 01 2026. Return only your response to the question given the above information following the users instructions as needed.\nContext:\n[CONTEXT 0]:\n${context}\n[END CONTEXT 0]\n\n`;

/** Page Assist `DEFAUTL_RAG_SYSTEM_PROMPT` (src/services/ollama.ts). */
const pageAssistSystem = (context: string, question: string) =>
  `You are a helpful AI assistant. Use the following pieces of context to answer the question at the end. If you don't know the answer, just say you don't know. DO NOT try to make up an answer. If the question is not related to the context, politely respond that you are tuned to only answer questions that are related to the context.  <doc id='0'>${context}</doc>  Question: ${question} Helpful answer:`;

/** Cherry Studio `REFERENCE_PROMPT` (src/renderer/src/config/prompts.ts), the user message with references. */
const cherryReference = (context: string, question: string) =>
  `Please answer the question based on the reference materials\n\n## Citation Rules:\n- Please cite the context at the end of sentences when appropriate.\n- Please use the format of citation number [number] to reference the context in corresponding parts of your answer.\n- If all reference content is not relevant to the user's question, please answer based on your knowledge.\n\n## My question is:\n\n${question}\n\n## Reference Materials:\n\n[1] ${context}\n\nPlease respond in the same language as the user's question.\n`;

export function buildRagNegatives(): Negative[] {
  const negatives: Negative[] = [];
  for (let i = 0; i < 32; i++) {
    const context = PASTED_TEXTS[i % PASTED_TEXTS.length] ?? "";
    const question = RAG_QUESTIONS[i % RAG_QUESTIONS.length] ?? "";
    const history = i % 3 === 0 ? toMessages(CONVERSATIONS[i % CONVERSATIONS.length]?.turns ?? []) : [];
    const shape = i % 4;
    const messages = shape === 0
      ? [...history, usr(openWebUiRag(context, question))]
      : shape === 1
      ? [sys(anythingLlmSystem(context)), ...history, usr(question)]
      : shape === 2
      ? [sys(pageAssistSystem(context, question)), ...history, usr(question)]
      : [...history, usr(cherryReference(context, question))];
    negatives.push({ task: "rag", body: { model: MODEL, messages, stream: i % 5 !== 4 } });
  }
  return negatives;
}

const schema = (name: string, properties: Record<string, unknown>) => ({
  type: "json_schema",
  json_schema: {
    name,
    strict: true,
    schema: { type: "object", properties, required: Object.keys(properties) },
  },
});

const JSON_REQUESTS: Array<(text: string) => ChatBody> = [
  (t) => ({
    model: MODEL,
    messages: [usr(`Extract all people, places and dates from this text as JSON:\n\n${t}`)],
    stream: true,
  }),
  (t) => ({
    model: MODEL,
    messages: [sys("You extract structured data. Reply with JSON only."), usr(t)],
    response_format: { type: "json_object" },
  }),
  () => ({
    model: MODEL,
    messages: [usr("Write a blog post about composting in small apartments.")],
    response_format: schema("blog_post", {
      title: { type: "string" },
      body: { type: "string" },
      tags: { type: "array", items: { type: "string" } },
    }),
  }),
  () => ({
    model: MODEL,
    messages: [sys("You are a recipe generator."), usr("Give me a vegetarian lasagna recipe for 6 people.")],
    response_format: schema("recipe", {
      title: { type: "string" },
      ingredients: { type: "array", items: { type: "string" } },
      steps: { type: "array", items: { type: "string" } },
    }),
  }),
  (t) => ({
    model: MODEL,
    messages: [
      usr(
        `Convert this into a JSON object with keys "summary" (max 20 words), "sentiment" and "topics":\n\n${t}`,
      ),
    ],
    stream: false,
    max_tokens: 200,
  }),
  () => ({
    model: MODEL,
    messages: [
      usr(
        'Generate 10 fake users as a JSON array with fields "name", "email" and "age" for my test database.',
      ),
    ],
    stream: true,
  }),
  (t) => ({
    model: MODEL,
    messages: [
      sys("Classify support tickets. Output JSON with fields category and priority."),
      usr("Ticket: my order arrived with a cracked screen and I need it before Friday"),
      asst('{"category":"damaged_item","priority":"high"}'),
      usr(`Ticket: ${t.slice(0, 120)}`),
    ],
    response_format: { type: "json_object" },
  }),
  () => ({
    model: MODEL,
    messages: [usr("Suggest 5 names for my bakery. Return them as a JSON array of strings, nothing else.")],
    stream: true,
  }),
  (t) => ({
    model: MODEL,
    messages: [usr(`Create 3 quiz questions with answers about this text, formatted as JSON:\n\n${t}`)],
    response_format: schema("quiz", { questions: { type: "array", items: { type: "object" } } }),
  }),
];

export function buildJsonNegatives(): Negative[] {
  return Array.from({ length: 27 }, (_, i) => ({
    task: "json",
    body: (JSON_REQUESTS[i % JSON_REQUESTS.length] as (text: string) => ChatBody)(
      PASTED_TEXTS[(i + 5) % PASTED_TEXTS.length] ?? "",
    ),
  }));
}

const RP_TURNS = [
  "*I draw my sword and step between you and the wolf.* Stay behind me!",
  "Tell me about the Ember Isles, Captain. What's waiting for us there?",
  "(OOC: can you give me a quick recap of the story so far? I took a break.)",
  "*She smiles and hands him a letter sealed with red wax.* Read it when you're alone.",
  "I ignore the warning and open the chained atlas.",
  "(OOC: please describe what my character looks like right now, I want to draw her.)",
  "Professor, what does the inscription say? Translate it for me, word by word.",
  "*I sit by the fire and ask the old sailor about his first voyage.*",
  "Let's skip ahead to the next morning. What happens at dawn?",
  "(OOC: summarize Mara's personality in three words)",
];

/** SillyTavern chat turns: the card as system messages, the history, the user's new turn (openai.js). */
export function buildRoleplayNegatives(): Negative[] {
  return Array.from({ length: 20 }, (_, i) => ({
    task: "roleplay",
    body: {
      model: MODEL,
      messages: [
        sys("Write Captain Mara's next reply in a fictional chat between Captain Mara and User."),
        sys(
          "Captain Mara is the weathered captain of the airship Kestrel. Gruff, loyal, secretly fond of poetry.",
        ),
        sys("[Start a new Chat]"),
        usr("*I climb aboard, soaked from the storm.* Permission to come aboard, Captain?"),
        asst("*Mara eyes you over her spyglass.* Granted. Drip on my deck and you mop it."),
        usr(RP_TURNS[i % RP_TURNS.length] ?? ""),
      ],
      stream: i % 4 !== 3,
      max_tokens: 300,
    },
  }));
}
