/**
 * Hard negatives of blind round 17: the same clients' ordinary turns as they send them (Quivr's RAG and plain-chat
 * prompts, Casibase's default system prompt with and without knowledge, bisheng's knowledge-base prompt in Chinese,
 * R2R's RAG template, Open Notebook's chat prompt, DeepChat's and Scira's plain history), and users asking for a
 * title or summary of their own text in five languages.
 */
import { type ChatBody, MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { CONVERSATIONS_BLIND17 } from "./_conversations_blind17.ts";
import * as P from "./_prompts_blind17.ts";

const history = (i: number) =>
  toMessages(CONVERSATIONS_BLIND17[i % CONVERSATIONS_BLIND17.length]?.turns ?? []);
const QUIVR_HEAD = "Your name is Quivr. You're a helpful assistant. Today's date is December 07, 2026. ";
const KNOWLEDGE =
  "Travel policy 2026, section 3: Employees may book second class for trips under four hours. Taxis are reimbursed only between 22:00 and 06:00 or with a receipt and a reason. Meals abroad are covered up to 45 EUR a day.";
const ESSAY =
  "When my grandmother moved into the care home, she brought one thing from her kitchen: a dented aluminium pot. Every Sunday she asks the staff to let her make polenta in it, and every Sunday half the corridor turns up with a plate.";
const EMAIL =
  "Gentile Marco, ti confermo che la consegna dei pannelli slitta al 14 marzo per un ritardo del fornitore. Il montaggio resta previsto per il 17. Se per voi è un problema, possiamo anticipare la parte elettrica alla settimana prima. Un saluto, Giulia";

/** Open Notebook's chat system prompt rendered as Jinja renders it (block tags become empty). */
const openNotebookSystem = (context: string, { name, description }: { name: string; description: string }) =>
  P.ON_CHAT_SYSTEM.replace("{% if notebook %}", "").replace("{{notebook.name}}", name)
    .replace("{{notebook.description}}", description).replace("{% if context %}", "").replace(
      "{{context}}",
      context,
    )
    .replaceAll("{% endif %}", "").replace(/\n$/, "");

const BODIES: Array<[string, ChatBody]> = [
  ["rag-answer", {
    model: MODEL,
    messages: [
      sys(QUIVR_HEAD + P.QUIVR_RAG_SYSTEM_TAIL),
      ...history(0),
      sys(
        P.QUIVR_RAG_CONTEXT.replace("{files}", "['travel-policy-2026.pdf']").replace("{context}", KNOWLEDGE)
          .replace("{custom_instructions}", "None"),
      ),
      usr(
        P.QUIVR_RAG_ANSWER.replace("{task}", "Can I take a taxi from the airport at 8 pm?").replace(
          "{rephrased_task}",
          "Is a taxi from the airport at 20:00 reimbursed under the travel policy?",
        ),
      ),
    ],
    stream: true,
  }],
  ["own-text-title", {
    model: MODEL,
    messages: [
      sys(QUIVR_HEAD.trimEnd() + P.QUIVR_CHAT_SYSTEM_TAIL.replace("{custom_instructions}", "None")),
      usr(
        P.QUIVR_CHAT_ANSWER.replace(
          "{task}",
          `Give this short story a title, three options please:\n\n${ESSAY}`,
        ),
      ),
    ],
    stream: true,
  }],
  ["chat", {
    model: MODEL,
    messages: [sys(P.CASIBASE_DEFAULT_SYSTEM), usr("면접 전날 긴장을 줄이려면 무엇을 하면 좋을까요?")],
    stream: true,
  }],
  ["rag-answer", {
    model: MODEL,
    messages: [
      sys(P.CASIBASE_DEFAULT_SYSTEM),
      sys(`Knowledge 1: ${KNOWLEDGE}`),
      usr("How much can I spend on dinner in Vienna?"),
    ],
    stream: true,
  }],
  ["rag-answer", {
    model: MODEL,
    messages: [
      usr(
        P.BISHENG_KNOWLEDGE.replace(
          "${retrieved_file_content}",
          "年假制度：入职满一年的员工每年享有10天带薪年假，未休年假可顺延至次年3月31日，逾期作废。",
        ).replace("${question}", "今年没休完的年假明年还能用吗？"),
      ),
    ],
  }],
  ["rag-answer", {
    model: MODEL,
    messages: [
      sys("You are a helpful agent."),
      usr(
        P.R2R_RAG.replaceAll("{query}", "Are meals abroad reimbursed?").replace(
          "{context}",
          `[c910e2e] ${KNOWLEDGE}`,
        ),
      ),
    ],
  }],
  ["own-text-summary", {
    model: MODEL,
    messages: [
      sys(
        openNotebookSystem(ESSAY, {
          name: "Thesis",
          description: "Notes for my master thesis on urban heat islands",
        }),
      ),
      usr("Résume la note sélectionnée en deux phrases, s'il te plaît."),
    ],
  }],
  ["chat", {
    model: MODEL,
    messages: [...history(1), usr(CONVERSATIONS_BLIND17[1]?.followUp ?? "")],
    stream: true,
  }],
  ["chat", {
    model: MODEL,
    messages: [...history(2), usr(CONVERSATIONS_BLIND17[2]?.followUp ?? "")],
    stream: true,
  }],
  ["own-text-summary", {
    model: MODEL,
    messages: [usr(`Riassumi questa email in una riga per il mio capo:\n\n${EMAIL}`)],
    stream: true,
  }],
  ["own-text-title", {
    model: MODEL,
    messages: [usr(`이 글에 어울리는 블로그 제목 세 개만 지어 주세요.\n\n${ESSAY}`)],
    stream: true,
  }],
  ["own-text-title", {
    model: MODEL,
    messages: [
      usr(
        "帮我给这段话起个标题，不超过十个字：\n\n周末我们去了郊外的草莓园，孩子第一次自己摘草莓，回家路上一直在讲。",
      ),
    ],
    stream: true,
  }],
  ["own-text-summary", {
    model: MODEL,
    messages: [
      ...history(3),
      usr("Can you summarize what you told me so far in two bullet points? I'll forward it."),
    ],
    stream: true,
  }],
];

/** The round's negatives, each a request a user or an ordinary client turn sends. */
export function buildBlind17Negatives(): Negative[] {
  return BODIES.map(([task, body]) => ({ task, body }));
}
