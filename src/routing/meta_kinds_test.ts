import { equal, ok } from "node:assert/strict";
import { explainMeta } from "./detect_meta.ts";
import { asksToAnswerPerson } from "./meta_features.ts";
import { toMetaView } from "./meta_view.ts";
import {
  BASIL_CONVERSATION,
  explainByFeatures,
  featureSignalsOf,
  metaInput,
} from "../../tests/fixtures/meta_inputs.ts";

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
  // Chat exports put a time before full names (a Slack bot's ISO stamps, WhatsApp's date and time); a pasted
  // document's "Operating System: …" and "Current Time: …" lines, with no time before them, are not speakers.
  const stamped = [
    "2023-11-14T09:12:44 Maria Lopez: the staging pipeline is failing\n2023-11-14T09:20:03 Kenji Sato: the test DB ran out of disk",
    "12/03/2024, 10:15 - Maria Lopez: the staging pipeline is failing\n12/03/2024, 10:17 - Kenji Sato: the test DB ran out of disk",
  ];
  for (const lines of stamped) {
    const ask = `Summarize the following conversation for the channel:\n${lines}`;
    ok(featureSignalsOf([{ role: "user", content: ask }]).includes("transcript"), lines);
  }
  const fields =
    "Summarize the following conversation setup:\nOperating System: Debian 12\nCurrent Time: 10:15";
  ok(!featureSignalsOf([{ role: "user", content: fields }]).includes("transcript"));
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
  const { verdict, nearMiss } = explainByFeatures([{ role: "system", content: persona }, turn]);
  equal(verdict, undefined);
  ok(nearMiss.includes("persona-turn") && nearMiss.includes("artifact:memory"), nearMiss.join(" "));
  // A request's shape still speaks for a client (a title-sized token limit), and so does a short prompt.
  const sized = explainMeta(metaInput([{ role: "system", content: persona }, turn], { maxTokens: 48 }), {
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
  const { verdict, nearMiss } = explainByFeatures(flow);
  equal(verdict, undefined);
  ok(nearMiss.includes("persona-turn") && nearMiss.includes("artifact:memory"), nearMiss.join(" "));
  // The same prompt and turn without the app's answer before it is weighed as before (the short-prompt case
  // above), and so is a turn that names an artifact after the answers.
  equal(explainMeta(metaInput([flow[0]!, flow[3]!]), { metaModel: null })?.marker, "features");
  const asks = { role: "user", content: "Summarize the conversation above in one line." };
  equal(explainMeta(metaInput([...flow.slice(0, 3), asks]), { metaModel: null })?.marker, "features");
  // The person asking for it in their own words, with where they will put it, is their turn (blind round 133).
  const own = {
    role: "user",
    content:
      "Summarize the conversation above as a list of 3 bullet points. Only output the bullets. I want to share it with my sister.",
  };
  const { verdict: ownVerdict, nearMiss: ownMiss } = explainByFeatures([...flow.slice(0, 3), own]);
  equal(ownVerdict, undefined);
  ok(ownMiss.includes("personal") && ownMiss.includes("persona-turn"), ownMiss.join(" "));
});

Deno.test("explainMeta(): a short system task over the app's conversation is housekeeping, the person's new question last", () => {
  // The query-rewrite shape of RAG apps: the task opens the system message, the stored turns follow in their roles.
  const task =
    "Given the below conversation, generate a search query to look up in order to get information " +
    "relevant to the conversation. Only respond with the query, nothing else.";
  const flow = [
    { role: "system", content: task },
    { role: "user", content: "Which subsidiaries does Nordwind Logistics have?" },
    { role: "assistant", content: "Nordwind Rail, Nordwind Air Cargo and BalticLink." },
    { role: "user", content: "Who is the CEO of BalticLink?" },
  ];
  const { verdict, nearMiss } = explainByFeatures(flow);
  equal(verdict?.marker, "features", nearMiss.join(" "));
  ok(verdict?.signals.includes("system-task"), verdict?.signals.join(" "));
  // A title asked after the turns, with its length in a range ("in 3-4 words"), is the app's instruction.
  const titled = [...flow.slice(1), {
    role: "user",
    content: "Set a title for the conversation in 3-4 words.",
  }];
  equal(explainMeta(metaInput(titled), { metaModel: null })?.marker, "features");
  // A chat persona over the same turns is still the person's (the persona-turn case above).
  const persona = {
    role: "system",
    content: "You are Nordwind's friendly assistant. Keep the conversation going.",
  };
  equal(explainMeta(metaInput([persona, ...flow.slice(1)]), { metaModel: null }), undefined);
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

Deno.test("explainMeta(): an answer capped at a few tokens is housekeeping in any wording, unless the task is answering the person or it is a lone short question", () => {
  const nickname = [{
    role: "user",
    content:
      "Based on this recent exchange, which nickname does the character use for the person? If one is used, " +
      'reply with that nickname only (no punctuation, no explanation); otherwise reply "unknown".\n\n' +
      "Person: long day at the clinic again\nCharacter: Rest now, sunshine. Tea first, then tell me.",
  }];
  equal(explainMeta(metaInput(nickname, { maxTokens: 10 }), FEATURES_ONLY)?.marker, "max-tokens");
  // Above the cap the request is weighed as any other (here: no artifact named, so not META by the rules).
  equal(explainMeta(metaInput(nickname, { maxTokens: 17 }), FEATURES_ONLY), undefined);
  const answer = [{
    role: "user",
    content:
      "Answer the user's question from the notes.\nNotes: the bins go out on Tuesday.\nQuestion: when?",
  }];
  equal(explainMeta(metaInput(answer, { maxTokens: 10 })), undefined);
  // A person's (or a developer's smoke test's) short question is classified however it is capped.
  const hard = [{ role: "user", content: "Prove that sqrt(2) is irrational" }];
  equal(explainMeta(metaInput(hard, { maxTokens: 5 })), undefined);
});

Deno.test("explainMeta(): a template whose task is answering the person is that person's turn, whatever conversation and titles it holds, in any of the languages", () => {
  // A Korean notice-board assistant: the recent conversation, the person's question, a notice with its title.
  const notice =
    "**최근 대화 맥락**:\nuser: 장학금 신청 언제까지야?\nassistant: 3월 19일 오후 6시까지예요.\n" +
    "user: 소득 제한 있어?\n\n**사용자의 현재 질문**: 소득 제한 있어?\n\n**공지사항**:\n- 제목: 국가장학금 2차 신청 안내\n" +
    "- 내용: 신청기간 3월 19일까지. 소득 8구간 이하 학생만 지원합니다.\n\n**지침:**\n" +
    "1. 사용자의 **현재 질문**에 직접적으로 답변하세요\n2. 대화체로 작성하세요\n3. 공지에 없으면 없다고 안내\n\n답변:";
  let near: string[] = [];
  equal(
    explainMeta(metaInput([{ role: "user", content: notice }]), { onNearMiss: (t) => near = t.signals }),
    undefined,
  );
  ok(near.includes("answer-task"), near.join(" "));
  const asks = [
    "基于给定的引用信息回答问题。\n引用：华法林与布洛芬合用会增加出血风险。\n问题：能一起吃吗？",
    "以下の資料をもとに、質問に答えてください。\n資料：ゴミの日は火曜日です。\n質問：いつ？",
    "Beantworte die Frage anhand der Notizen.\nNotizen: Müll am Dienstag.\nFrage: Wann?",
    "Réponds à la question à partir des notes.\nNotes : poubelles le mardi.\nQuestion : quand ?",
    "Ответь на вопрос по заметкам.\nЗаметки: мусор во вторник.\nВопрос: когда?",
    // A companion's frame: its memories of the chat, then the task of going on with the person.
    "# Memories\n以下是之前发生过的对话记录。\n2天前，阿哲 说：周末去漫展吗\n接下来，请基于以上的信息，与用户继续扮演角色。",
    "Memories of the chat: the user likes tea. Stay in character and reply to the user's latest message.",
  ];
  for (const content of asks) ok(asksToAnswerPerson(toMetaView([{ role: "user", content }])), content);
  // Not a task of answering: told not to, or a purpose the template's own task serves.
  const not = [
    "Rewrite the question as a search query. Do not answer the question.",
    "Write three search queries so that a search engine can answer the question below.",
  ];
  for (const content of not) ok(!asksToAnswerPerson(toMetaView([{ role: "user", content }])), content);
});
