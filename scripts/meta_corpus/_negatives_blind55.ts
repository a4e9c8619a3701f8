/**
 * Blind round 55 hard negatives: the same agents' ordinary turns as they send them (the next request of a Claude
 * Code session in the language of the command pack, DbRheo's main system prompt with a data question, bedrock
 * engineer's and agent-sdk's next coding question), and user turns that ask for a summary, a title or a commit
 * message of the user's own text, some of them mentioning the session's housekeeping words.
 */
import { CONVERSATIONS_BLIND_55 } from "./_conversations_blind55.ts";
import { type ChatBody, MODEL, type Source, sys, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind55.ts";

const conv = (i: number) => CONVERSATIONS_BLIND_55[i] ?? CONVERSATIONS_BLIND_55[0]!;
const history = (i: number) => toMessages(conv(i).turns);
const turn = (...messages: ChatBody["messages"]): ChatBody => ({ model: MODEL, messages, stream: true });
const src = (key: keyof typeof P.SRC, path: string): Source => ({ ...P.SRC[key], path });

const CASES: Array<Omit<Negative, "task"> & { task?: string }> = [
  {
    note: "Claude Code session, the next Russian request after a /context-compress pack session",
    body: turn(
      ...history(0),
      usr("Хорошо, теперь добавь в dates.test.ts тест, который запускается с TZ=America/New_York."),
    ),
  },
  {
    note: "Claude Code session, the next German request (follow-up of the conversation)",
    body: turn(...history(1), usr(conv(1).followUp)),
  },
  {
    note: "Claude Code session, the next Japanese request (follow-up of the conversation)",
    body: turn(...history(2), usr(conv(2).followUp)),
  },
  {
    note: "Claude Code session, the next Portuguese request (follow-up of the conversation)",
    body: turn(...history(3), usr(conv(3).followUp)),
  },
  {
    note: "Korean user in a session with a /handoff pack: asks for a fix, says no summary",
    body: turn(
      ...history(0),
      usr("요약은 필요 없고, 지금 실패하는 테스트만 고쳐 줘. dates.ts 수정한 부분도 보여 줘."),
    ),
  },
  {
    note: "French user in a session with /session-save: an ordinary coding request",
    body: turn(
      ...history(1),
      usr("Peux-tu écrire la fonction qui filtre les fichiers .csv sans tenir compte de la casse ?"),
    ),
  },
  {
    task: "agent-turn",
    source: src("DR", "packages/core/src/dbrheo/core/prompts.py"),
    note:
      "DbRheo main agent: _get_default_system_prompt (suffixes for language and memory not added) and a Chinese data question",
    body: {
      model: MODEL,
      messages: [
        sys(P.DR_SYSTEM),
        usr("帮我查一下 orders 表里上个月每天的订单数，按日期排序，再画个折线图。"),
      ],
      stream: true,
    },
  },
  {
    task: "agent-turn",
    note:
      "English coding agent turn after the session (agent-sdk / bedrock-engineer kind): the conversation's follow-up",
    body: turn(...history(0), usr(conv(0).followUp)),
  },
  {
    task: "pasted-summary",
    note: "Chinese user asks to summarise the weekly report they wrote",
    body: turn(
      usr(
        "帮我把下面这段我写的周报压缩成三句话：本周完成了订单导出功能的重构，把原来的同步导出改成了后台任务；修复了导出文件在 Excel 里中文乱码的问题；下周计划接入对象存储并补充单元测试，预计周三提测。",
      ),
    ),
  },
  {
    task: "pasted-title",
    note: "German user asks for a title for their own blog post",
    body: turn(
      usr(
        "Ich habe diesen Absatz für unseren Tech-Blog geschrieben. Gib mir bitte einen knackigen Titel, nur den Titel:\n\nWir haben unser Import-Skript von os.path auf pathlib umgestellt und dabei gelernt, dass UNC-Pfade unter Windows eigene Regeln haben und glob dort nicht zwischen Groß- und Kleinschreibung unterscheidet.",
      ),
    ),
  },
  {
    task: "pasted-summary",
    note: "Spanish user asks for a commit message for the change they describe themselves",
    body: turn(
      usr(
        "Escríbeme un mensaje de commit en formato Conventional Commits para este cambio mío: moví la validación del correo del controlador al servicio de usuarios y añadí pruebas para correos con mayúsculas.",
      ),
    ),
  },
  {
    task: "pasted-summary",
    note: "Japanese user asks to shorten their own handover memo for a colleague",
    body: turn(
      usr(
        "同僚への引き継ぎメモを書いたので、5行以内に要約してください。\n\n・iOS ビルドは Podfile の platform を 13.0 に上げて解決済み\n・CI は Gemfile で cocoapods を固定する予定、まだ未対応\n・Android 側は問題なし\n・来週のリリースまでに CI の修正をお願いしたい",
      ),
    ),
  },
];

export function buildBlind55Negatives(): Negative[] {
  return CASES.map(({ task, ...rest }) => ({ task: task ?? "blind-55", ...rest }));
}
