/**
 * Blind round 54 hard negatives: the same clients' ordinary turns as they send them (their chat system prompts with a
 * real question), and user turns that ask for a title or a summary of the user's own text.
 */
import type { Negative } from "./_negatives_pasted.ts";
import { CONVERSATIONS_BLIND_54 } from "./_conversations_blind54.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind54.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const FIREFOX = at("Firefox-AI/ai-window-remote-settings-prompts", {
  path: "prompts/chat/v2/qwen3-235b-a22b-instruct-2507-maas.md",
  commit: "104e86750001e3e663e729827d56c3db1fbc80bf",
});
const YOUROWN = at("OlgaKalinina101/YourOwnAI", {
  path: "app/src/main/java/com/yourown/ai/domain/prompt/PromptTranslationManager.kt",
  commit: "e20dd8b6b328310ed5bd87b2d68b67a5769a0b0a",
});
const CHATCLI = at("diillson/chatcli", {
  path: "llm/openai/openai_client.go",
  commit: "cda4157d1d1e42d8b0bd972e33c4fa5bcd9139d2",
});
const MEMOCHAT = at("N0n4we/MemoChatTUI", {
  path: "src/app.ts",
  commit: "b803de2eaa0cf6ac096df630a598b8d0c64bc03c",
});
const TRACCOON = at("mcules/Traccoon", {
  path: "backend/app/services/pm_orchestrator.py",
  commit: "a6c7974a2cd765baf594d4235d3c1660ccb981d6",
});
const TELEGRAM = at("juninmd/talk-to-girlfriend-ai", {
  path: "backend/prompts.py",
  commit: "dbd00427790e13a229cf42440e8941b47136784b",
});
const RAYCAST = at("XInTheDark/raycast-g4f", {
  path: "src/api/gpt.jsx",
  commit: "64cf0a089f9b55d1cf28487692b44983cac35c97",
});
const OBSIDIAN = at("m0370/obsidian-llm-assistant", {
  path: "src/main.ts",
  commit: "ff669aa804bd53fe9eede294dfe025c266e1a830",
});
const POLITE_JA = "あなたは日本語で丁寧に回答するアシスタントです。";

const [ENGLISH, GERMAN, CHINESE, PORTUGUESE] = CONVERSATIONS_BLIND_54;
const neg = (source: typeof FIREFOX, note: string) => (body: Negative["body"]): Negative => ({
  task: "blind-54",
  source,
  note,
  body,
});
/** The Telegram client's one-prompt chat turn: known facts, the recent history and the new message. */
const jules = (message: string, history: string) =>
  neg(TELEGRAM, "Telegram client chat turn, CONVERSATION_SYSTEM_PROMPT filled as one prompt (Portuguese)")({
    model: MODEL,
    messages: [usr(P.pyFormat(P.JU_CONVERSATION_SYSTEM_PROMPT, {
      facts_text: "- Rafa (pessoal): mora em Curitiba",
      history_text: history,
      user_message: `User Rafa says: ${message}`,
    }))],
  });

const NEGATIVES: Negative[] = [
  neg(FIREFOX, "Firefox AI Window chat turn with its chat system prompt (English)")({
    model: MODEL,
    messages: [sys(P.FF_CHAT), ...toMessages(ENGLISH?.turns ?? []), usr(ENGLISH?.followUp ?? "")],
    stream: true,
    temperature: 1,
  }),
  neg(FIREFOX, "Firefox AI Window, the user asks a title for their own blog draft (English)")({
    model: MODEL,
    messages: [
      sys(P.FF_CHAT),
      usr(
        "Suggest a title for my blog post, nothing fancy: 'We moved our monorepo from Jenkins to GitHub Actions in two weekends. Build times dropped from 40 to 12 minutes, and the flaky integration tests finally got an owner.'",
      ),
    ],
    stream: true,
    temperature: 1,
  }),
  neg(YOUROWN, "YourOwnAI chat turn with its Russian system prompt")({
    model: MODEL,
    messages: [
      sys(P.YO_SYSTEM_RU),
      usr(
        "Сегодня наконец-то сдала экзамен по вождению с третьей попытки! Инструктор сказал, что я стала спокойнее.",
      ),
    ],
    stream: true,
  }),
  neg(YOUROWN, "YourOwnAI, the user asks a short summary of their own diary entry (Ukrainian)")({
    model: MODEL,
    messages: [
      sys(P.YO_SYSTEM_UK),
      usr(
        "Підсумуй мій запис у щоденнику одним реченням: «Зранку бігала в парку, потім довго говорила з мамою про переїзд, а ввечері нарешті дочитала книжку, яку почала ще влітку».",
      ),
    ],
    stream: true,
  }),
  neg(CHATCLI, "ChatCLI chat turn, the history as sent (English)")({
    model: MODEL,
    messages: [
      ...toMessages(ENGLISH?.turns ?? []),
      usr("should I also add a metric for active export goroutines?"),
    ],
  }),
  neg(CHATCLI, "ChatCLI, the user pastes their own incident notes and asks for a summary (English)")({
    model: MODEL,
    messages: [
      usr(
        "summarize my incident notes for the postmortem, 3 bullets:\n09:12 export latency alert\n09:20 rolled back 2.14.0\n09:41 latency normal, root cause goroutine leak in export handler",
      ),
    ],
  }),
  neg(MEMOCHAT, "MemoChatTUI chat turn with its memo injected into the system prompt (German)")({
    model: MODEL,
    messages: [
      sys("[Preferences]: Mieter in Wien, Altbauwohnung, Therme im Bad"),
      ...toMessages(GERMAN?.turns ?? []),
      usr(GERMAN?.followUp ?? ""),
    ],
    stream: true,
  }),
  neg(TRACCOON, "Traccoon PM chat turn with its system prompt (German)")({
    model: MODEL,
    messages: [
      sys(P.TR_PM_SYSTEM),
      usr("Leg bitte ein Ticket an: der CSV-Export im Kundenportal bricht bei mehr als 10.000 Zeilen ab."),
    ],
  }),
  neg(TRACCOON, "Traccoon PM chat, the user asks a title for their own feature description (German)")({
    model: MODEL,
    messages: [
      sys(P.TR_PM_SYSTEM),
      usr(
        "Gib meiner Beschreibung einen kurzen Ticket-Titel: 'Kunden sollen ihre Rechnungen der letzten zwölf Monate als ZIP herunterladen können, sortiert nach Monat.'",
      ),
    ],
  }),
  jules(PORTUGUESE?.followUp ?? "", "[há 2 min] Rafa: minha cozinha fica uns 19 °C à noite"),
  jules(
    "resume em duas linhas o texto que escrevi pro grupo: 'Pessoal, a festa de sábado mudou pro salão do prédio, começa às 19h e cada um leva um prato salgado.'",
    "[há 1 h] Rafa: bom dia",
  ),
  neg(RAYCAST, "raycast-g4f Summarize command on the user's selected text (Chinese)")({
    model: MODEL,
    messages: [
      usr(
        `${P.G4F_SUMMARIZE_CONTEXT}\n\n${
          CHINESE?.turns[0]?.content ?? ""
        } 我打算下周起把熟成期延长到六周，并换成带隔层的纸盒包装。\n\n`,
      ),
    ],
    stream: true,
  }),
  neg(
    OBSIDIAN,
    "obsidian-llm-assistant quick action Summarize on the user's own note, polite-Japanese preset",
  )({
    model: MODEL,
    messages: [
      sys(POLITE_JA),
      usr(
        `${P.OLA_SUMMARIZE_JA}今週は引っ越しの準備で忙しかった。段ボールを二十箱注文し、水道と電気の手続きを済ませた。新居の近くに良いパン屋を見つけた。`,
      ),
    ],
    stream: true,
  }),
  neg(OBSIDIAN, "obsidian-llm-assistant chat turn with the polite-Japanese preset")({
    model: MODEL,
    messages: [
      sys(POLITE_JA),
      usr("Obsidianでデイリーノートのテンプレートに日付を自動で入れる方法を教えてください。"),
    ],
    stream: true,
  }),
];

export function buildBlind54Negatives(): Negative[] {
  return NEGATIVES;
}
