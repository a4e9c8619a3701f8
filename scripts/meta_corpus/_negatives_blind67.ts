/**
 * Blind round 67 negatives: ordinary turns of the same clients as they send them (a coding agent's or IDE
 * assistant's system prompt with the history and the next request, a Rust tutor's quiz answer, a Chinese assistant's
 * question, a codebase agent's direct-answer prompt) and developers asking for a summary, a title or a commit line of
 * their own text. None of them is META.
 */
import type { Turn } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_67 as C } from "./_conversations_blind67.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { asst, MODEL, sys, toMessages, usr, type WireMessage } from "./_types.ts";
import * as P from "./_prompts_blind67.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const neg = (
  messages: WireMessage[],
  { source, note, extra = {} }: {
    source?: ReturnType<typeof at>;
    note: string;
    extra?: Record<string, unknown>;
  },
): Negative => ({
  task: "blind-67",
  body: { model: MODEL, messages, stream: true, ...extra },
  ...(source ? { source } : {}),
  note,
});
const turnsOf = (i: number) => C[i]?.turns ?? [];
const [EN, DE, ZH, PT] = [0, 1, 2, 3].map(turnsOf) as [Turn[], Turn[], Turn[], Turn[]];

const MAGUI = at("microsoft/magentic-ui", {
  path: "src/magentic_ui/teams/omniagent/_system_prompt.py",
  commit: "36fa15838bb288a4a5e6b2850d540e3f0cdd5a0b",
});
const ZGSM = at("zgsm-ai/zgsm-backend-deploy", {
  path: "chatgpt/server/bot/prompt.py",
  commit: "0518dd974cdf016d318076136ccf1def40480ccd",
});
const SW = at("microsoft/semanticworkbench", {
  path: "assistants/codespace-assistant/assistant/text_includes/instruction_prompt.txt",
  commit: "2c2b0df7b17d408a77fa04f2c8f902cc98c06b66",
});
const MARVIN = at("scadoshi/scotbot", {
  path: "src/chat/preamble.txt",
  commit: "d6c630970c6f1b349d6d7f4d1e094e7efe6c1aee",
});
const HOOSH = at("nomad-prime/hoosh", {
  path: "src/prompts/hoosh_coder.txt",
  commit: "37edfc16c9871cc56fe325400b2a38655b8f3942",
});
const AG = at("yushaw/agentGraph", {
  path: "generalAgent/config/prompt_templates/charlie_identity.jinja2",
  commit: "d9d4154107471fea0d8d5175c1e1fc1b715953a2",
});
const COPILOT = at("isliudong/GPT-copilot-plugin", {
  path: "src/main/java/com/ld/chatgptcopilot/actions/AbsChatGetMenuAction.java",
  commit: "ccf4f8f23da0d657ac47e175d15d76c69f58fa44",
});
const MISTRA = at("xichen1997/mistracode", {
  path: "codebase_agent_rag.py",
  commit: "07353031456fee8e553657a23c857778a6c3a59f",
});
const ZGSM_BASE =
  "You are a question-answering AI that can access the internet and respond in Chinese markdown format.\nCurrent date: 2026-12-07\n";
const COPILOT_SYSTEM =
  "You are ChatGPT, a large language model trained by OpenAI. Include code language in markdown snippets whenever possible.";

export function buildBlind67Negatives(): Negative[] {
  return [
    neg([
      sys(P.MAGUI_CORE_GUIDELINES),
      usr(
        "Rename the scanned receipts in ./receipts so each starts with its date, like 2026-11-03_hardware-store.pdf.",
      ),
    ], {
      source: MAGUI,
      note: "Magentic-UI task turn with part of the OmniAgent system prompt (English)",
    }),
    neg([
      sys(ZGSM_BASE),
      ...toMessages(ZH.slice(0, 2)),
      usr("能不能顺便把借阅日期那一列改成 2006-01-02 这种格式？"),
    ], {
      source: ZGSM,
      note: "zgsm chat turn with the default base prompt and history (Chinese)",
      extra: { temperature: 0 },
    }),
    neg([
      sys(P.SW_CODESPACE_INSTRUCTION_HEAD),
      ...toMessages(EN),
      usr("can we also keep only the last seven dumps?"),
    ], {
      source: SW,
      note: "codespace assistant follow-up with its instruction prompt's first paragraph (English)",
    }),
    neg([
      sys(P.MARVIN_PREAMBLE),
      usr("Let's do lifetimes."),
      asst(
        "Question 1: why does `fn longest(x: &str, y: &str) -> &str` fail to compile?\nA) &str is not Sized\nB) the compiler cannot tell which input the returned reference borrows from\nC) string slices cannot be returned\nD) both parameters must be String",
      ),
      usr("B, because it doesn't know whether the result lives as long as x or as long as y."),
    ], {
      source: MARVIN,
      note: "Rust tutor quiz answer under the Marvin preamble (English)",
    }),
    neg([
      sys(P.HOOSH_CODER_IDENTITY),
      ...toMessages(DE),
      usr("Bau den AbortController bitte in src/hooks/useTermine.ts ein und lass die Tests laufen."),
    ], {
      source: HOOSH,
      note: "hoosh coder request after the history (German)",
    }),
    neg([sys(P.AG_CHARLIE_IDENTITY), usr("帮我查一下 excelize 最新版本支持哪些 Go 版本，附上来源。")], {
      source: AG,
      note: "agentGraph Charlie identity and an ordinary request (Chinese)",
    }),
    neg([sys(COPILOT_SYSTEM), usr("Explain what this regex matches: ^(?:[01]\\d|2[0-3]):[0-5]\\d$")], {
      source: COPILOT,
      note: "GPT-copilot-plugin menu action chat (English)",
      extra: { stream: true },
    }),
    neg([
      usr(
        P.MISTRA_DIRECT.replaceAll(
          "\u0000query\u0000",
          "What is the difference between a process and a thread?",
        ),
      ),
    ], {
      source: MISTRA,
      note: "mistracode chat_direct prompt, an ordinary general question (English)",
      extra: { stream: false, temperature: 0.7, max_tokens: 1500 },
    }),
    neg([...toMessages(PT), usr("e se eu mandar o resumo como anexo em vez de no corpo?")], {
      note: "plain follow-up after the history (Portuguese)",
    }),
    neg([usr(
      "Summarize this incident write-up in three bullets for the team channel:\n\nAt 02:10 the nightly backup failed because pg_dump could not reach the socket after the Postgres container move. Ciaran switched the job to TCP on port 5433 and moved the credentials to root's .pgpass. The 03:00 rerun succeeded and the dump was verified by restoring it into a scratch database.",
    )], { note: "user asks for a summary of their own incident text (English)" }),
    neg([usr(
      "Schreib mir eine Commit-Nachricht (eine Zeile, Imperativ) für diese Änderung: Termine werden jetzt ersetzt statt angehängt, und der Abruf wird beim Verlassen der Seite abgebrochen.",
    )], { note: "user asks for a commit line for their own change description (German)" }),
    neg([
      usr(
        "给这段话起个标题，十个字以内：社区图书角的借书小程序现在可以导出带 BOM 的 CSV，Excel 打开不再乱码，WPS 用户请使用 xlsx 导出。",
      ),
    ], {
      note: "user asks for a title of their own announcement (Chinese)",
    }),
    neg([usr(
      "Resume este aviso para o grupo dos pais em duas frases: a partir de segunda o treino da turma sub-11 muda para as 17h, e quem faltar três vezes seguidas perde a vaga no campeonato.",
    )], { note: "user asks for a two-sentence summary of their own notice (Portuguese)" }),
    neg([
      ...toMessages(EN),
      usr(
        "Before you go on: write me a short note for my colleague on what we changed in the cron job, I'll paste it in our wiki.",
      ),
    ], {
      note: "user asks for a hand-over note mid-conversation for a colleague (English)",
    }),
    neg([
      ...toMessages(DE),
      usr(
        "Kannst du mir die Frage von eben nochmal kürzer formulieren, so dass ich sie im Forum posten kann?",
      ),
    ], {
      note: "user asks to rephrase their own question for a forum (German)",
    }),
  ];
}
