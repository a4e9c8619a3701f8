/**
 * Hard negatives of blind round 16: ordinary turns of the same clients (goblin-agents' ReAct and rewrite agents,
 * griptape's documented agent turns, a trae-agent task, a Flowise chatflow question) and users asking for a title,
 * summary or rewrite of their own text in several languages. Each is a real user turn, not housekeeping.
 */
import { CONVERSATIONS_BLIND16 } from "./_conversations_blind16.ts";
import type { Negative } from "./_negatives_pasted.ts";
import * as P from "./_prompts_blind16.ts";
import { MODEL, sys, toMessages, usr, type WireMessage } from "./_types.ts";

const goblin = (path: string) => ({
  repo: "Xcraft-Inc/goblin-agents",
  path,
  commit: "335c70981637e4cd9d77083d46c7c590407bcba4",
});
const history = (i: number) => toMessages(CONVERSATIONS_BLIND16[i]?.turns ?? []);

const ITEMS: Array<{ messages: WireMessage[]; note: string; source?: Negative["source"] }> = [
  {
    source: goblin("lib/prompts/reactAgent.md"),
    note: "goblin-agents react(): reactAgent.md, history, then the user's question (French)",
    messages: [
      sys(P.GOBLIN_REACT_AGENT),
      ...history(1),
      usr("Et pour un abonnement annuel, c'est combien ?"),
    ],
  },
  {
    source: goblin("lib/prompts/rewriteAgent.md"),
    note: "goblin-agents rewrite assistant: the user's own e-mail draft to reformulate (French)",
    messages: [
      sys(P.GOBLIN_REWRITE_AGENT),
      usr(
        "Bonjour Madame Favre, suite a votre appel de ce matin je vous confirme que la mise a jour de Crésus Salaires est disponible, il faut juste relancer le logiciel et sa devrait marcher, sinon rappelez nous. Cordialement, Luc",
      ),
    ],
  },
  {
    note: "griptape ConversationMemory docs example: an ordinary agent turn with its history",
    messages: [
      usr("My favorite animal is a Liger."),
      { role: "assistant", content: "That's fascinating! Ligers are the largest of all big cats." },
      usr("What is my favorite animal?"),
    ],
  },
  {
    note: "trae-agent style task: a coding instruction, not housekeeping",
    messages: [
      usr(
        "Fix the bug where export_csv() writes the header twice when the file already exists. Add a regression test in tests/test_export.py.",
      ),
    ],
  },
  {
    note: "Flowise chatflow: an ordinary question with history (Italian)",
    messages: [...history(3), usr("E ogni quanto lo devo concimare in primavera?")],
  },
  {
    note: "gptme user: title for their own PR description (English)",
    messages: [
      usr(
        "Suggest a short title for my pull request:\n\nThe exporter and importer tests both wrote to /tmp/out.csv, so the export test failed whenever the import test ran first. Both now use pytest's tmp_path fixture.",
      ),
    ],
  },
  {
    note: "MetaGPT user: summary of their own text in under 50 words (English)",
    messages: [
      usr(
        "Summarize this in less than 50 words for our changelog: we replaced the polling loop in the sync worker with a webhook, cut average latency from 40 s to under 2 s, and removed the cron job that restarted the worker every night.",
      ),
    ],
  },
  {
    note: "Sage user: summary of their own meeting notes (Chinese)",
    messages: [
      usr(
        "帮我把这段会议纪要总结成三点：下周一前完成登录页改版；支付接口的超时从 30 秒改为 10 秒；测试环境周三停机维护半天。",
      ),
    ],
  },
  {
    note: "Cursor user: summary of their own README paragraph (German)",
    messages: [
      usr(
        "Fasse bitte diesen Absatz aus meiner README in einem Satz zusammen: Das Tool liest CSV-Dateien aus dem Ordner input/, prüft die Spalten gegen das Schema in schema.json und schreibt fehlerhafte Zeilen in errors.log.",
      ),
    ],
  },
  {
    note: "agent user: a title for their own blog post (Korean)",
    messages: [
      usr(
        "내 블로그 글 제목 좀 지어줘. 내용은: 주말마다 한강에서 자전거를 타면서 느낀 점, 그리고 초보자가 처음 살 만한 자전거 고르는 법.",
      ),
    ],
  },
];

export function buildBlind16NegativesImpl(): Negative[] {
  return ITEMS.map((item) => ({
    task: "blind-16",
    body: { model: MODEL, messages: item.messages, stream: true },
    note: item.note,
    ...(item.source ? { source: item.source } : {}),
  }));
}
