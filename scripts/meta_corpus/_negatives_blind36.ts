/**
 * Blind round 36 hard negatives: the same clients' ordinary turns as they send them (their real system prompts and a
 * real user question), and user turns that ask for a title or a summary of the user's own text.
 */
import { CONVERSATIONS_BLIND_36 } from "./_conversations_blind36.ts";
import { type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind36.ts";
import { SRC } from "./_blind36_fill.ts";

const history = (i: number) => toMessages(CONVERSATIONS_BLIND_36[i]?.turns ?? []);

const CASES: Array<{ source: Source; note: string; body: ChatBody }> = [
  {
    source: SRC.woloAgents,
    note: "wolo general agent turn (English): GENERAL_AGENT system prompt, a coding request",
    body: {
      model: MODEL,
      messages: [
        sys(P.WOLO_GENERAL_SYSTEM),
        usr("add a --since flag to the export command so it only exports rows changed after a given date"),
      ],
      stream: true,
    },
  },
  {
    source: SRC.woloAgents,
    note: "wolo user asks a summary of their own design note (Japanese)",
    body: {
      model: MODEL,
      messages: [
        sys(P.WOLO_GENERAL_SYSTEM),
        usr(
          "この設計メモを3行で要約して、README の冒頭に入れたい:\n\nキャッシュは Redis ではなくプロセス内 LRU にする。理由はデプロイ先が単一インスタンスで、外部依存を増やしたくないため。容量は 512 エントリ、TTL は 10 分。将来スケールアウトする場合は Redis に差し替えられるよう、Cache インターフェースを切っておく。",
        ),
      ],
      stream: true,
    },
  },
  {
    source: SRC.ccChat,
    note:
      "codecompanion chat turn (English): SYSTEM_PROMPT and the history, then a follow-up coding question",
    body: {
      model: MODEL,
      messages: [
        sys(P.CC_CHAT_SYSTEM),
        ...history(0),
        usr("can you also add a dry-run flag for testing on my laptop?"),
      ],
      stream: true,
    },
  },
  {
    source: SRC.ccChat,
    note: "codecompanion user asks a commit title for their own change description (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.CC_CHAT_SYSTEM),
        usr(
          "Give me a short title for this PR description I wrote:\n\nThe importer used to load the whole CSV into memory before validating it. It now streams rows, validates each one as it arrives and writes rejects to a separate file, so a 2 GB export no longer gets the container OOM-killed.",
        ),
      ],
      stream: true,
    },
  },
  {
    source: SRC.twinnyTemplates,
    note: "twinny chat turn (English): system template and a question with the selected code appended",
    body: {
      model: MODEL,
      messages: [
        sys(P.TWINNY_SYSTEM),
        usr(
          "why does this return undefined sometimes?\n\nSelected Code:\nconst find = (xs, id) => { xs.forEach(x => { if (x.id === id) return x }) }",
        ),
      ],
      stream: true,
    },
  },
  {
    source: SRC.twinnyTemplates,
    note: "twinny user asks a title for their own README paragraph (Spanish)",
    body: {
      model: MODEL,
      messages: [
        sys(P.TWINNY_SYSTEM),
        usr(
          "Poneme un título corto para esta sección del README:\n\nPara correr los tests de integración necesitás Docker levantado y la variable DATABASE_URL apuntando a una base vacía. El script `make itest` crea las tablas, carga los datos de prueba y borra todo al terminar.",
        ),
      ],
    },
  },
  {
    source: SRC.evgPrompts,
    note: "fitness assistant turn (Russian): UNLIMITED_SYSTEM_PROMPT and a real question",
    body: {
      model: MODEL,
      messages: [
        sys(P.EVG_UNLIMITED_SYSTEM),
        usr("Сколько белка в день нужно, если я тренируюсь три раза в неделю и вешу 72 кг?"),
      ],
    },
  },
  {
    source: SRC.evgPrompts,
    note: "fitness assistant: user asks a short summary of their own training diary (Russian)",
    body: {
      model: MODEL,
      messages: [
        sys(P.EVG_UNLIMITED_SYSTEM),
        usr(
          "Кратко перескажи мой дневник за неделю: пн — бег 5 км, вт — отдых, ср — присед 4×8 по 60 кг, чт — плавание 40 минут, пт — бег 7 км, сб — растяжка, вс — отдых. Спал в среднем по 6 часов.",
        ),
      ],
    },
  },
  {
    source: SRC.spykerClient,
    note: "Android assistant chat turn (Russian): LlmClientImpl system prompt, history and the next question",
    body: {
      model: MODEL,
      messages: [sys(P.SPYKER_SYSTEM), ...history(3), usr("а сколько примерно стоит однушка там на месяц?")],
      max_tokens: 1200,
      temperature: 0.2,
    },
  },
  {
    source: SRC.spykerClient,
    note: "Android assistant: user asks a title for their own announcement (Russian)",
    body: {
      model: MODEL,
      messages: [
        sys(P.SPYKER_SYSTEM),
        usr(
          "Придумай заголовок для моего объявления: отдам даром детскую коляску, в хорошем состоянии, самовывоз из Приволжского района до воскресенья.",
        ),
      ],
      max_tokens: 1200,
      temperature: 0.2,
    },
  },
  {
    source: SRC.ccChat,
    note: "codecompanion chat turn (Japanese): SYSTEM_PROMPT and the history, then a testing question",
    body: {
      model: MODEL,
      messages: [
        sys(P.CC_CHAT_SYSTEM),
        ...history(2),
        usr("テストではデバウンスをどうやって待てばいいですか？"),
      ],
      stream: true,
    },
  },
  {
    source: SRC.woloAgents,
    note: "wolo user asks a summary of a log they pasted (English)",
    body: {
      model: MODEL,
      messages: [
        sys(P.WOLO_GENERAL_SYSTEM),
        usr(
          "summarize what went wrong here:\n\n12:01:03 worker-2 started job 881\n12:01:09 worker-2 db timeout after 5000ms\n12:01:09 worker-2 retry 1/3\n12:01:15 worker-2 db timeout after 5000ms\n12:01:15 worker-2 retry 2/3\n12:01:21 worker-2 giving up on job 881",
        ),
      ],
      stream: true,
    },
  },
];

export function buildBlind36Negatives(): Negative[] {
  return CASES.map(({ source, note, body }) => ({ task: "blind-36", source, note, body }));
}
