/**
 * The new clients' templates as users run them in their own language (prompts translated by hand from the
 * cited source, so every line is `paraphrased`): titles, summaries, compaction, tags, follow-ups, memory.
 */
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const OPENCODE_TITLE = {
  repo: "jehmal/opencode",
  path: "packages/opencode/src/session/prompt/title.txt",
  commit: "323be358574964f39117c89edd7da3281a37285c",
};
const CODEX_COMPACT = {
  repo: "openai/codex",
  path: "codex-rs/core/templates/compact/prompt.md",
  commit: "11baefb5183c7d61c631dee6c3fd6aa9cc93aa73",
};
const MEM0 = {
  repo: "mem0ai/mem0",
  path: "mem0/configs/prompts.py",
  commit: "099e325a4781bf3481bb6e9cb0a9712a15ccce3d",
};
const FASTGPT = {
  repo: "labring/FastGPT",
  path: "packages/service/core/ai/functions/createQuestionGuide.ts",
  commit: "f680be52f1a3e1157b7c7870bc6dce5a3c23064b",
};

const TITLES: Array<[string, string]> = [
  [
    "de",
    "Erzeuge einen kurzen Titel auf Grundlage der ersten Nachricht des Nutzers. Höchstens 50 Zeichen, eine Zeile, keine Anführungszeichen. Gib nur den Titel aus.",
  ],
  [
    "fr",
    "Génère un titre court à partir du premier message de l'utilisateur. 50 caractères maximum, une seule ligne, sans guillemets. Réponds uniquement avec le titre.",
  ],
  [
    "ja",
    "ユーザーが会話を始めた最初のメッセージに基づいて短いタイトルを生成してください。50文字以内、1行のみ、引用符なし。タイトルのみを出力してください。",
  ],
  [
    "ko",
    "사용자가 대화를 시작한 첫 메시지를 바탕으로 짧은 제목을 생성하세요. 최대 50자, 한 줄, 따옴표 없이. 제목만 출력하세요.",
  ],
];

const COMPACTIONS: Array<[string, string]> = [
  [
    "de",
    "Du führst eine KONTEXT-CHECKPOINT-KOMPRIMIERUNG durch. Erstelle eine Übergabe-Zusammenfassung für ein anderes LLM, das die Aufgabe fortsetzt.\n\nEnthalten:\n- Ziel des Nutzers\n- Aktueller Fortschritt und wichtige Entscheidungen\n- Was noch zu tun ist (klare nächste Schritte)\n\nSei knapp, strukturiert und darauf ausgerichtet, dass das nächste LLM nahtlos weiterarbeiten kann.",
  ],
  [
    "es",
    "Estás realizando una COMPACTACIÓN DE CONTEXTO. Crea un resumen de traspaso para otro LLM que retomará la tarea.\n\nIncluye:\n- Objetivo del usuario\n- Progreso actual y decisiones clave\n- Lo que queda por hacer (próximos pasos claros)\n\nSé conciso y estructurado para que el siguiente LLM continúe el trabajo sin problemas.",
  ],
  [
    "it",
    "Stai eseguendo una COMPATTAZIONE DEL CONTESTO. Crea un riepilogo di passaggio di consegne per un altro LLM che riprenderà il lavoro.\n\nIncludi:\n- Obiettivo dell'utente\n- Progressi attuali e decisioni prese\n- Cosa resta da fare (prossimi passi chiari)\n\nSii conciso e strutturato.",
  ],
  [
    "zh",
    "你正在执行上下文检查点压缩。为将要继续该任务的另一个 LLM 创建一份交接摘要。\n\n包括：\n- 用户目标\n- 当前进展和关键决定\n- 剩余工作（明确的下一步）\n\n请简洁、结构清晰，帮助下一个 LLM 无缝继续工作。",
  ],
  [
    "ru",
    "Ты выполняешь СЖАТИЕ КОНТЕКСТА. Составь сводку для передачи другой LLM, которая продолжит задачу.\n\nВключи:\n- Цель пользователя\n- Текущий прогресс и ключевые решения\n- Что осталось сделать (следующие шаги)\n\nБудь краток и структурирован.",
  ],
];

const MEMORY: Array<[string, string]> = [
  [
    "pt",
    'Você é um Organizador de Informações Pessoais. Extraia da conversa abaixo os fatos e preferências relevantes sobre o usuário e retorne-os em JSON com a chave "fatos" (lista de strings). Se não houver nada relevante, retorne uma lista vazia.\n\nA seguir está uma conversa entre o usuário e o assistente:',
  ],
  [
    "nl",
    'Je bent een organisator van persoonlijke informatie. Haal uit het onderstaande gesprek de relevante feiten en voorkeuren van de gebruiker en geef ze terug als JSON met de sleutel "feiten" (een lijst met strings). Vind je niets relevants, geef dan een lege lijst terug.\n\nHieronder volgt een gesprek tussen de gebruiker en de assistent:',
  ],
];

const FOLLOW_UPS: Array<[string, string]> = [
  [
    "fr",
    'Tu es un assistant IA. À partir de l\'historique de la conversation, génère 3 questions que je pourrais poser ensuite. Chaque question doit faire moins de 20 caractères. Réponds au format JSON : ["question1", "question2", "question3"]',
  ],
  [
    "ja",
    'あなたはAIアシスタントです。これまでの会話履歴をもとに、私が次に質問しそうな質問を3つ生成してください。各質問は20文字未満で、JSON形式で返してください: ["質問1", "質問2", "質問3"]',
  ],
  [
    "es",
    'Eres un asistente de IA. Basándote en el historial de la conversación, genera 3 preguntas de seguimiento que yo podría hacer. Cada pregunta debe tener menos de 20 caracteres. Devuélvelas en formato JSON: ["pregunta1", "pregunta2", "pregunta3"]',
  ],
];

const note = (language: string) => `translated into ${language} by hand from the cited template`;

export const LOCALIZED_TEMPLATES: Template[] = [
  ...TITLES.map(([language, prompt]): Template => ({
    client: "opencode",
    task: "title",
    source: OPENCODE_TITLE,
    paraphrased: true,
    note: note(language),
    build: (c) => ({ model: MODEL, messages: [sys(prompt), usr(firstExchange(c).question)], stream: true }),
  })),
  ...COMPACTIONS.map(([language, prompt]): Template => ({
    client: "Codex CLI",
    task: "compaction",
    source: CODEX_COMPACT,
    paraphrased: true,
    note: note(language),
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(prompt)], stream: true }),
  })),
  ...MEMORY.map(([language, prompt]): Template => ({
    client: "mem0",
    task: "memory",
    source: MEM0,
    paraphrased: true,
    note: note(language),
    build: (c) => ({
      model: MODEL,
      messages: [sys(prompt), usr(toLines(c.turns, { user: "user", assistant: "assistant" }))],
      response_format: { type: "json_object" },
    }),
  })),
  ...FOLLOW_UPS.map(([language, prompt]): Template => ({
    client: "FastGPT",
    task: "follow-ups",
    source: FASTGPT,
    paraphrased: true,
    note: note(language),
    build: (c) => ({ model: MODEL, messages: [...toMessages(c.turns), usr(prompt)], max_tokens: 200 }),
  })),
];
