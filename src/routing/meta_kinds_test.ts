import { equal, ok } from "node:assert/strict";
import { explainMeta } from "./detect_meta.ts";
import { BASIL_CONVERSATION, featureSignalsOf, metaInput } from "../../tests/fixtures/meta_inputs.ts";

/**
 * The rules without the learned signal: these cases are about what the features read. With it, the signal decides
 * first where it is sure (`explainMeta`), and these requests are META either way.
 */
const FEATURES_ONLY = { metaModel: null };

// Housekeeping recognised by kind in the wordings of clients read in the later corpus rounds, and the shapes that
// keep a person's own request out (see docs/routing.md, "META figures").

Deno.test("explainMeta() knows a condensed question in Spanish and notes of facts to memorize as housekeeping", () => {
  const condense =
    "Dada una conversación y un mensaje de seguimiento, reescribe el mensaje como una pregunta independiente.\n\n<Historial del chat>\nuser: ¿Qué es una API?\nassistant: Una interfaz.\n\n<Mensaje de seguimiento>\n¿y REST?\n\n<Pregunta independiente>\n";
  equal(explainMeta(metaInput([{ role: "user", content: condense }]), FEATURES_ONLY)?.marker, "features");
  const memorize =
    "# Assistant's job\n1. The assistant receives a HISTORY of conversation between USER and AGENT\n2. Assistant writes notes about information worth memorizing for further use\n\n# Format\n- The response format is a JSON array of text notes containing facts to memorize";
  const history = "USER: my dog is called Max\nAGENT: Nice name!";
  equal(
    explainMeta(
      metaInput([{ role: "system", content: memorize }, { role: "user", content: history }]),
      FEATURES_ONLY,
    )
      ?.marker,
    "features",
  );
});

Deno.test("explainMeta() knows next-question suggestions, intent rewrites and memory actions by their wording", () => {
  const next =
    "You're a helpful assistant! \nYour task is to suggest the next question that user might ask. \nHere is the conversation history\n---------------------\nuser: how do tides work?\nassistant: The moon pulls the oceans.\n---------------------\nGiven the conversation history, please give me 3 questions that user might ask next!";
  equal(explainMeta(metaInput([{ role: "user", content: next }]), FEATURES_ONLY)?.marker, "features");
  const intent =
    "Analyze the user's intent from last user saying, then enrich the user's words to reflect their intent.\n\nOutput format:\n```json\n{\n    \"user words\": string\n}\n```";
  equal(
    explainMeta(
      metaInput([{ role: "system", content: intent }, { role: "user", content: "인공지능 대해 설명해줘" }]),
      FEATURES_ONLY,
    )
      ?.marker,
    "features",
  );
});

Deno.test("explainMeta() routes an agent router and an event-log condenser as housekeeping, a user's text summary not", () => {
  const router =
    "Act as a resource manager and analyze the following list of agents: [BILLING, SUPPORT]. You must only select the agent whose description makes them the most suitable to answer the user's question. Respond with the agent's name in single quotes.";
  equal(
    explainMeta(
      metaInput([{ role: "system", content: router }, { role: "user", content: "my invoice is wrong" }]),
    )?.marker,
    "features",
  );
  const condenser =
    "You are maintaining state history for an LLM-based code agent. Track:\n\nSTATE: {File paths}\nTESTS: {Failing cases}\nMAX_LENGTH: Keep summaries under 1000 words**MessageAction** (source=EventSource.USER)\nCONTENT: fix the flaky test\n\n**MessageAction** (source=EventSource.AGENT)\nCONTENT: Pinned the clock.\n\n";
  equal(explainMeta(metaInput([{ role: "user", content: condenser }]), FEATURES_ONLY)?.marker, "features");
  // A summary template run on the person's own text, no conversation in sight: not housekeeping.
  const own = [
    { role: "system", content: "Du bist ein Experte für die Erstellung prägnanter Textzusammenfassungen." },
    {
      role: "user",
      content: "Bitte fasse den folgenden Text zusammen:\n\nUnser Verein sucht Trainer.\n\n- Maximal 3 Sätze",
    },
  ];
  ok(featureSignalsOf(own).includes("text-summary"));
  equal(explainMeta(metaInput(own)), undefined);
});

Deno.test("explainMeta() reads a group chat of named speakers as a transcript, unless the asker speaks in it", () => {
  const channel =
    "Summarize the key points of the next messages:\nanna#2231: the ferry leaves at 7\nmike_b: then we meet at 6:30";
  const verdict = explainMeta(metaInput([{ role: "user", content: channel }]), FEATURES_ONLY);
  equal(verdict?.marker, "features");
  ok(verdict?.signals.includes("transcript"));
  const own =
    "Summarize this thread in two sentences for someone who missed it:\n\nLandlord: The repair is on Thursday.\nMe: Can they come after 5?\nLandlord: Technicians only work until 4.";
  equal(explainMeta(metaInput([{ role: "user", content: own }], { stream: true })), undefined);
  const select =
    "You are an intelligent routing agent. Analyze messages in a group chat and determine if a specialized agent should be activated to respond. Respond with a JSON object with agent_name.";
  equal(
    explainMeta(
      metaInput([{ role: "system", content: select }, { role: "user", content: "<message>hi</message>" }]),
      FEATURES_ONLY,
    )
      ?.marker,
    "features",
  );
});

Deno.test("explainMeta() reads a summary prompt ending in a colon after the conversation as a template, a question not", () => {
  const template = [...BASIL_CONVERSATION, {
    role: "user",
    content: "Create a summary of the conversation above:",
  }];
  equal(explainMeta(metaInput(template), FEATURES_ONLY)?.marker, "features");
  const person = [...BASIL_CONVERSATION, {
    role: "user",
    content: "Can you summarize the conversation above?",
  }];
  equal(explainMeta(metaInput(person, { stream: true })), undefined);
  const memory = [
    { role: "system", content: "You extract structured memory." },
    {
      role: "user",
      content:
        'Extract any long-term memory from this message.\n\nIf nothing important, return NONE.\n\nMessage:\n"I hate 9 AM meetings"',
    },
  ];
  equal(explainMeta(metaInput(memory), FEATURES_ONLY)?.marker, "features");
});

Deno.test("explainMeta() knows agent selection and related questions by their general wording", () => {
  const router =
    "Decide which agent should handle the request: billing, support or sales. Respond only with the agent name.";
  equal(
    explainMeta(
      metaInput([{ role: "system", content: router }, { role: "user", content: "my invoice is wrong" }]),
    )?.marker,
    "features",
  );
  const related = '根据下面的对话记录，生成3个相关问题，按 JSON 格式返回: ["问题1", "问题2", "问题3"]';
  equal(
    explainMeta(metaInput([...BASIL_CONVERSATION, { role: "user", content: related }]), FEATURES_ONLY)
      ?.marker,
    "features",
  );
});

Deno.test("explainMeta(): an app's long persona over a person's short turn is not META by the features", () => {
  const traits = ["tea", "rain", "old films", "cats", "long walks"];
  const persona = [
    "You are Mia, the user's companion in this chat app. Remember what the user tells you in the conversation " +
    "and keep memories of it for later.",
    "- Be warm and curious.",
    "- Use an emoji now and then.",
    "- Keep the conversation going with a question.",
    ...Array.from(
      { length: 60 },
      (_, i) => `- Mia likes ${traits[i % 5]} and talks about it when it fits (${i}).`,
    ),
  ].join("\n");
  const turn = { role: "user", content: "so tired today, work ran until ten" };
  let nearMiss: string[] = [];
  const verdict = explainMeta(metaInput([{ role: "system", content: persona }, turn]), {
    metaModel: null,
    onNearMiss: (trace) => nearMiss = trace.signals,
  });
  equal(verdict, undefined);
  ok(nearMiss.includes("persona-turn") && nearMiss.includes("artifact:memory"), nearMiss.join(" "));
  // A request's shape still speaks for a client (a title-sized token limit), and so does a short prompt.
  const sized = explainMeta(metaInput([{ role: "system", content: persona }, turn], { maxTokens: 16 }), {
    metaModel: null,
  });
  equal(sized?.marker, "features");
  const short = explainMeta(metaInput([{ role: "system", content: persona.slice(0, 600) }, turn]), {
    metaModel: null,
  });
  equal(short?.marker, "features");
  // A turn that itself names an artifact is weighed as before.
  const asks = { role: "user", content: "Summarize the conversation above in one line." };
  equal(
    explainMeta(metaInput([{ role: "system", content: persona }, asks]), { metaModel: null })?.marker,
    "features",
  );
});

Deno.test("explainMeta(): a person's short turn after the app's own answers is not META by the features", () => {
  const persona =
    "You are Mia, the user's companion in this chat app. Remember what the user tells you in the " +
    "conversation and keep memories of it for later. Be warm, use an emoji now and then, and keep the " +
    "conversation going with a question.";
  const flow = [
    { role: "system", content: persona },
    { role: "user", content: "I started knitting last week!" },
    { role: "assistant", content: "Oh how lovely 🧶 What are you making first?" },
    { role: "user", content: "a scarf, but which yarn is soft enough for a baby?" },
  ];
  let nearMiss: string[] = [];
  const verdict = explainMeta(metaInput(flow), {
    metaModel: null,
    onNearMiss: (trace) => nearMiss = trace.signals,
  });
  equal(verdict, undefined);
  ok(nearMiss.includes("persona-turn") && nearMiss.includes("artifact:memory"), nearMiss.join(" "));
  // The same prompt and turn without the app's answer before it is weighed as before (the short-prompt case
  // above), and so is a turn that names an artifact after the answers.
  equal(explainMeta(metaInput([flow[0]!, flow[3]!]), { metaModel: null })?.marker, "features");
  const asks = { role: "user", content: "Summarize the conversation above in one line." };
  equal(explainMeta(metaInput([...flow.slice(0, 3), asks]), { metaModel: null })?.marker, "features");
});

Deno.test("explainMeta() knows retrieval rewrites by what they do to the user's question", () => {
  // LangChain's multi-query retriever, a question-combining step of a text-to-SQL app, the HyDE passage.
  const question = "and what about the older model with the analogue monitor?";
  const multiQuery =
    "You are an AI language model assistant. Your task is to generate 3 different versions of the " +
    "given user question to retrieve relevant documents from a vector database. Provide these alternative " +
    "questions separated by newlines.";
  const combine =
    "Your goal is to combine a sequence of questions into a singular question if they are related. " +
    "Return just the new combined question with no additional explanations.";
  for (const template of [multiQuery, combine]) {
    const messages = [{ role: "system", content: template }, { role: "user", content: question }];
    ok(featureSignalsOf(messages).includes("artifact:query"), template);
  }
  const hyde = `Please write a passage to answer the question\nQuestion: ${question}\nPassage:`;
  ok(featureSignalsOf([{ role: "user", content: hyde }]).includes("artifact:query"));
});

Deno.test("explainMeta() knows a session hand-off by its continuity words in German, French, Spanish and Russian", () => {
  const handoffs = [
    "Der Lauf wird gleich in einem FRISCHEN Lauf fortgesetzt. Schreib die Übergabe an ihn.",
    "# Sauvegarde de Session\nSauvegarde l'etat de session actuel pour une restauration future.",
    "Actualiza el documento con el contexto necesario para recordarlo en la próxima sesión.",
    "Выполни сжатие контекста и сохрани текущую задачу для следующей сессии.",
  ];
  for (const text of handoffs) {
    ok(featureSignalsOf([{ role: "user", content: text }]).includes("handoff"), text);
  }
});
