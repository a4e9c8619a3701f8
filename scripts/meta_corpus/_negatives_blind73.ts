/**
 * Blind round 73, hard negatives from the round's own clients: their ordinary chat turns as they send them (system
 * prompt, history, the next question) and users asking a title or a summary of their own text.
 */
import { CONVERSATIONS_BLIND_73 } from "./_conversations_blind73.ts";
import { type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind73.ts";
import { at, CHIT, chitGeneral, STITCH } from "./_blind73_fill.ts";

const [EN, FR, JA, PL] = CONVERSATIONS_BLIND_73;
const turn = (c: typeof EN) => (c ? [...toMessages(c.turns), usr(c.followUp)] : []);
const negative = (
  source: Source,
  { note, body }: { note: string; body: ChatBody },
): Negative => ({
  task: "blind-73",
  source,
  note,
  body,
});

const CHIT_SRC = at("Fortyseven/chit", { path: "src/preset-prompts/general.js", commit: CHIT });
const LOCALMIND = at("michaeltkuo/localmind", {
  path: "src/constants/prompts.ts",
  commit: "531ff9d79fef878c118dddd51fdb4b52430b22c5",
});
/** LocalMind `getSystemPrompt(false)`: the standard prompt plus the temporal block with the day's date. */
const LOCALMIND_SYSTEM = P.LM_STANDARD + P.fill(P.LM_TEMPORAL, { currentDate: "Monday, December 7, 2026" });
const STITCH_SRC = at("yexiyue/Stitchwork", { path: "crates/server/src/chat/mod.rs", commit: STITCH });
const STITCH_BOSS = P.fill(P.SW_BOSS, { today: "2026年12月07日" });

export function buildNegativesBlind73(): Negative[] {
  return [
    negative(CHIT_SRC, {
      note: "chit chat turn with the General Query preset, history and the next question (English)",
      body: {
        model: MODEL,
        messages: [sys(chitGeneral()), ...turn(EN)],
        stream: true,
      },
    }),
    negative(CHIT_SRC, {
      note: "chit user asks a title for their own haiku (Japanese)",
      body: {
        model: MODEL,
        messages: [
          sys(chitGeneral()),
          usr("自分で書いた俳句に題名をつけてください：「雪解けの 川音ひびく 朝の橋」"),
        ],
        stream: true,
      },
    }),
    negative(LOCALMIND, {
      note: "LocalMind chat turn with its standard system prompt and history (French)",
      body: {
        model: MODEL,
        messages: [sys(LOCALMIND_SYSTEM), ...turn(FR)],
        stream: true,
      },
    }),
    negative(LOCALMIND, {
      note: "LocalMind user asks a title for their own essay opening (English)",
      body: {
        model: MODEL,
        messages: [
          sys(LOCALMIND_SYSTEM),
          usr(
            "Suggest a title for the essay I'm writing. It starts: 'My grandfather kept every broken clock he ever owned, convinced that one winter he would finally have the time to mend them all.'",
          ),
        ],
        stream: true,
      },
    }),
    negative(
      at("WongSaang/chatgpt-ui-server", {
        path: "chat/views.py",
        commit: "bb8e10b09aab04bdbb42a54e4020bd691f4fb147",
      }),
      {
        note: "chatgpt-ui-server conversation with the default system content and history (Polish)",
        body: { model: MODEL, messages: [sys("You are a helpful assistant."), ...turn(PL)], stream: true },
      },
    ),
    negative(
      at("stevesefpi/chatgpt-express-gui", {
        path: "routes/chat.js",
        commit: "d102addb1bfed08e65207640c1dcc5da07d180e1",
      }),
      {
        note: "chatgpt-express-gui user asks a summary of their own meeting notes (Polish)",
        body: {
          model: MODEL,
          messages: [
            sys(P.EXPRESS_MAIN),
            usr(
              "Streść w dwóch zdaniach moje notatki z zebrania wspólnoty: Dach nad klatką B będzie naprawiony w maju. Koszt pokryje fundusz remontowy, a mieszkańcy parteru dostaną zniżkę na miejsca parkingowe na czas prac.",
            ),
          ],
        },
      },
    ),
    negative(
      at("hritik2002/runable-take-home-assignment", {
        path: "index.ts",
        commit: "a04de1f407b67e6352e1f2d0910cec90d5e0ec93",
      }),
      {
        note: "runable coding agent task with its system prompt (English)",
        body: {
          model: MODEL,
          messages: [
            sys(P.RUNABLE_SYSTEM),
            usr(
              "Write a Python script that renames every .jpeg file in /workspace/photos to .jpg and prints how many files it changed.",
            ),
          ],
        },
      },
    ),
    negative(
      at("rahulratan1509/beda_assistant", {
        path: "modules/responder.py",
        commit: "594cb60a5f4199e125f6751a696299e227c758dd",
      }),
      {
        note: "beda_assistant chat turn with its system prompt and history (Japanese)",
        body: {
          model: MODEL,
          messages: [sys(P.BEDA_SYSTEM), ...turn(JA)],
          max_tokens: 4000,
          temperature: 0.7,
        },
      },
    ),
    negative(STITCH_SRC, {
      note: "Stitchwork boss asks the assistant about this month's output (Chinese)",
      body: {
        model: MODEL,
        messages: [sys(STITCH_BOSS), usr("这个月张师傅一共做了多少件衬衫？工资大概是多少？")],
        stream: true,
        max_tokens: 10000,
      },
    }),
    negative(STITCH_SRC, {
      note: "Stitchwork boss asks a one-line summary of their own notice (Chinese)",
      body: {
        model: MODEL,
        messages: [
          sys(STITCH_BOSS),
          usr(
            "帮我把这段通知总结成一句话：本周六车间停电检修，所有工人休息一天，周日照常上班，周六的计件任务顺延到下周一完成。",
          ),
        ],
        stream: true,
        max_tokens: 10000,
      },
    }),
  ];
}
