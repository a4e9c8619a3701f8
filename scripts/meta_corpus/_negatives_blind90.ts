/** Blind round 90: hard negatives from the same clients' ordinary turns and users' own title/summary asks. */
import { CONVERSATIONS_BLIND_90 } from "./_conversations_blind90.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind90.ts";
import { CHATPAD, flowdown, NATIVEMIND, NOW, OBJECTIVE, QVINK } from "./_sources_blind90.ts";

const [EN, FR, JA, PL] = CONVERSATIONS_BLIND_90;

export function buildBlind90Negatives(): Negative[] {
  const fdSystem = [
    P.FD_MINIMAL.replace("{{Template.applicationName}}", "FlowDown").replace(
      "{{Template.currentDateTime}}",
      NOW,
    )
      .replace("{{Template.systemLanguage}}", "en_NZ"),
    P.FD_COMMAND.replace("\\(modelName)", "ai-router").replace(
      "\\(Date().formatted(date: .long, time: .complete))",
      "December 7, 2026 at 4:14:05 PM UTC",
    ).replace("\\(Locale.current.identifier)", "en_NZ"),
  ].join("\n");
  const cpSystem = "You are ChatGPT, a large language model trained by OpenAI.";
  return [
    {
      task: "blind-90",
      source: flowdown("Execute/ConversationSession+SystemPrompt.swift"),
      note:
        "FlowDown ordinary turn: minimal system prompt and the system command merged, history, new question (English)",
      body: {
        model: MODEL,
        messages: [sys(fdSystem), ...toMessages(EN?.turns ?? []), usr(EN?.followUp ?? "")],
        stream: true,
      },
    },
    {
      task: "blind-90",
      source: flowdown("Execute/ConversationSession+SystemPrompt.swift"),
      note: "FlowDown user asks a title for their own blog paragraph (French)",
      body: {
        model: MODEL,
        messages: [
          sys(fdSystem),
          usr(
            "Trouve-moi un titre accrocheur pour ce paragraphe de mon blog : « Chaque samedi matin, je descends au marché de la place Flagey avec un panier vide et aucune liste. Je rentre avec ce que les maraîchers ont de plus beau, et le menu de la semaine s'écrit tout seul. »",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-90",
      source: CHATPAD,
      note: "chatpad ordinary turn: default system message, history and the new question (Japanese)",
      body: {
        model: MODEL,
        messages: [sys(cpSystem), ...toMessages(JA?.turns ?? []), usr(JA?.followUp ?? "")],
        stream: true,
      },
    },
    {
      task: "blind-90",
      source: CHATPAD,
      note: "chatpad user asks a summary of their own meeting notes (Polish)",
      body: {
        model: MODEL,
        messages: [
          sys(cpSystem),
          usr(
            "Streść w dwóch zdaniach moje notatki z zebrania wspólnoty: ustalono remont klatki schodowej od października, koszt dzielimy według powierzchni mieszkań, a wybór wykonawcy nastąpi po zebraniu trzech ofert do końca sierpnia.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-90",
      source: QVINK,
      note: "roleplay turn with qvink's long-term memories injected before the user's message (English)",
      body: {
        model: MODEL,
        messages: [
          sys(
            P.QV_LONG.replace(
              "{{memories}}",
              "* Mira agreed to guide User across the salt flats.\n* User lost the map at the river crossing.",
            ),
          ),
          usr("*I shade my eyes against the glare.* Mira, how far is it to the next well?"),
        ],
        stream: true,
      },
    },
    {
      task: "blind-90",
      source: NATIVEMIND,
      note: "NativeMind ordinary chat turn with its default system prompt (Polish)",
      body: { model: MODEL, messages: [sys(P.NM_CHAT_SYS), usr(PL?.followUp ?? "")], stream: true },
    },
    {
      task: "blind-90",
      source: NATIVEMIND,
      note: "NativeMind user asks for a title for their own pasted paragraph (English)",
      body: {
        model: MODEL,
        messages: [
          sys(P.NM_CHAT_SYS),
          usr(
            "Give this paragraph a short title, just the title please: Our village library now lends out tools as well as books. Drills, ladders and a pressure washer sit on the back shelf, and the waiting list for the hedge trimmer is longer than for any novel.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-90",
      source: flowdown("Execute/ConversationSession+SystemPrompt.swift"),
      note: "FlowDown ordinary follow-up in a French conversation",
      body: {
        model: MODEL,
        messages: [
          sys(fdSystem.replaceAll("en_NZ", "fr_BE")),
          ...toMessages(FR?.turns ?? []),
          usr(FR?.followUp ?? ""),
        ],
        stream: true,
      },
    },
    {
      task: "blind-90",
      source: OBJECTIVE,
      note: "roleplay turn with the Objective extension's current-task injection (Japanese)",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(JA?.turns ?? []),
          sys(P.OBJ_CURRENT.replace(/{{task}}/gi, "ミニトマトの葉が黄色くなる原因を突き止める")),
          usr(JA?.followUp ?? ""),
        ],
        stream: true,
      },
    },
  ];
}
