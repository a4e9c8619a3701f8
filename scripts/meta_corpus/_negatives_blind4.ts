/**
 * Hard negatives written with blind round 4 (after the freeze at commit a0d21fb): the same clients' ordinary
 * turns (a Russian students' bot, a Portuguese support chat, a Mastra chat with working memory, an education
 * assistant, a CrewAI research task) and users asking, in Portuguese and Russian, for summaries of their own text.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { EDU_MAIN, HAY_SYSTEM, OPENCHAT_ASSISTANT, STUDENTS_HELPER } from "./_prompts_blind4.ts";

/** crewAIInc/crewAI en.json `role_playing` and `slices.task`, filled as a crew member's real task. */
const CREW_MEMBER =
  "You are Senior Research Analyst. You work at a leading tech think tank and have a knack for dissecting complex data.\nYour personal goal is: Uncover cutting-edge developments in retrieval augmented generation";

const ASKS: Array<{ system?: string; history?: boolean; ask: string; stream?: boolean }> = [
  { system: STUDENTS_HELPER, ask: "Когда у нас экзамен по матанализу и что нужно повторить к нему?" },
  {
    system: STUDENTS_HELPER,
    history: true,
    ask: "Напомни, пожалуйста, кратко, что задали по английскому на пятницу?",
  },
  {
    system: HAY_SYSTEM,
    ask:
      "Olá, não consigo redefinir minha senha, o link que chega no e-mail expira antes de eu abrir. O que faço?",
    stream: true,
  },
  {
    system: OPENCHAT_ASSISTANT,
    ask:
      "Remember that my name is Priya and I prefer short answers. What's a good title for a meetup talk about Kubernetes costs?",
    stream: true,
  },
  { system: EDU_MAIN, ask: "Summarize photosynthesis in three sentences for my biology test tomorrow." },
  {
    system: CREW_MEMBER,
    ask:
      "\nCurrent Task: Research the three most-cited papers on retrieval augmented generation and list their titles, authors and a one-line summary of each.\n\nBegin! This is VERY important to you, use the tools available and give your best Final Answer, your job depends on it!\n\nThought:",
  },
  {
    ask:
      "Resuma este texto para o meu relatório, em no máximo 5 linhas:\n\nA prefeitura anunciou hoje a ampliação da ciclovia da Avenida Paulista até o Paraíso. As obras começam em maio e devem durar seis meses. Comerciantes pedem que as vagas de carga e descarga sejam mantidas.",
    stream: true,
  },
  {
    ask:
      "Сделай краткое содержание этой переписки для моего начальника, без лишних деталей:\n\nИван: Сервер упал в 3 ночи, подняли к 5.\nОльга: Причина — переполнение диска логами.\nИван: Поставили ротацию, больше не повторится.",
    stream: true,
  },
  { ask: "@TG_Bot can you suggest three names for our new hiking group chat? Something fun." },
  {
    system: HAY_SYSTEM,
    history: true,
    ask:
      "Pode me passar para um atendente humano? Já tentei tudo o que você sugeriu e continua sem funcionar.",
    stream: true,
  },
];

export function buildBlind4Negatives(): Negative[] {
  return ASKS.map((item, i) => ({
    task: "blind-4",
    body: {
      model: MODEL,
      messages: [
        ...(item.system ? [sys(item.system)] : []),
        ...(item.history ? toMessages(CONVERSATIONS[(i + 3) % CONVERSATIONS.length]?.turns ?? []) : []),
        usr(item.ask),
      ],
      ...(item.stream ? { stream: true } : {}),
    },
  }));
}
