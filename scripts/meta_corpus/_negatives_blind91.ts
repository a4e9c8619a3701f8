/**
 * Blind round 91 hard negatives: ordinary turns of the round's clients as they send them (loz's interactive mode,
 * copilot-chat.el's org and markdown front-ends, ai-shell's chat, Butterfish's shell prompt), including users who ask a commit message, a title
 * or a summary of their own text.
 */
import type { Negative } from "./_negatives_pasted.ts";
import { asst, MODEL, sys, toMessages, usr } from "./_types.ts";
import { CONVERSATIONS_BLIND_91 } from "./_conversations_blind91.ts";
import { SRC } from "./_blind91_fill.ts";
import * as P from "./_prompts_blind91.ts";

const TASK = "blind-91";
const [, SPANISH, , POLISH] = CONVERSATIONS_BLIND_91;

/** loz interactive mode: the typed line as the only user message, max_tokens 4000, temperature 0, streamed. */
const loz = (line: string) => ({
  model: MODEL,
  messages: [usr(line)],
  max_tokens: 4000,
  temperature: 0,
  stream: true,
});

export function buildBlind91Negatives(): Negative[] {
  return [
    {
      task: TASK,
      source: SRC.lozLlm,
      note: "loz interactive question (English)",
      body: loz("how do I see which process is listening on port 5432 on ubuntu"),
    },
    {
      task: TASK,
      source: SRC.lozLlm,
      note: "loz interactive, the user asks a commit message for a change they describe (English)",
      body: loz(
        "write a one-line commit message for this: I renamed getUserById to findUser everywhere and removed the unused cache flag",
      ),
    },
    {
      task: TASK,
      source: SRC.copilotPrompts,
      note: "copilot-chat.el org front-end, the user asks a heading for their own notes (German)",
      body: {
        model: MODEL,
        messages: [
          sys(P.COPILOT_ORG),
          usr(
            "Gib mir eine kurze Überschrift für meine Notizen: Umzug des Servers auf den neuen Host am Freitag, vorher Backup der Datenbank, danach DNS-Einträge umstellen und die Zertifikate erneuern.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      source: SRC.copilotPrompts,
      note: "copilot-chat.el org front-end, an Emacs Lisp question (Japanese)",
      body: {
        model: MODEL,
        messages: [
          sys(P.COPILOT_ORG),
          usr("use-package で特定のモードのときだけ company-mode を有効にするにはどう書けばいいですか？"),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      source: SRC.copilotPrompts,
      note:
        "copilot-chat.el markdown front-end (empty system prompt), the user asks a summary of their own text (Chinese)",
      body: {
        model: MODEL,
        messages: [
          sys(""),
          usr(
            "帮我把这段设计说明总结成两句话：订单服务改为异步写入，先写消息队列再由消费者落库；失败的消息进入死信队列，每小时重试一次，超过三次后人工处理。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      source: SRC.aiShellChat,
      note: "ai-shell chat: the whole history and the next question, no system message, n 1 (Spanish)",
      body: {
        model: MODEL,
        messages: [...toMessages(SPANISH?.turns ?? []), usr(SPANISH?.followUp ?? "")],
        stream: true,
      },
    },
    {
      task: TASK,
      source: SRC.aiShellChat,
      note: "ai-shell chat, after one exchange the user asks a summary of their own release note (Polish)",
      body: {
        model: MODEL,
        messages: [
          usr(POLISH?.turns[0]?.content ?? ""),
          asst(POLISH?.turns[1]?.content ?? ""),
          usr(
            "Streść w jednym zdaniu moją notkę do wydania: W wersji 3.2 dodaliśmy eksport faktur do CSV, poprawiliśmy sortowanie po dacie i usunęliśmy przestarzałe API v1.",
          ),
        ],
        stream: true,
      },
    },
    {
      task: TASK,
      source: SRC.butterfish,
      note:
        "Butterfish shell prompt: ShellSystemMessage (its sysinfo value approximated) and the typed question (English)",
      body: {
        model: MODEL,
        messages: [
          sys(P.BUTTERFISH_SHELL.replace("{sysinfo}", "Linux 6.8.0 x86_64, shell: bash")),
          usr("How do I find files larger than 500MB under /var and sort them by size?"),
        ],
        stream: true,
      },
    },
  ];
}
