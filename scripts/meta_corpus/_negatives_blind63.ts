/**
 * Hard negatives of blind round 63 from the same clients: ordinary agent turns as they are sent (a command file or the
 * installed CLAUDE.md around a real question, the next instruction of the session) and users asking for a summary or
 * a title of their own text.
 */
import type { Conversation } from "./_conversations.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { MODEL, sys, toMessages, usr } from "./_types.ts";
import { CONVERSATIONS_BLIND_63 } from "./_conversations_blind63.ts";
import * as P from "./_prompts_blind63.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const COOKBOOK = "d4a413b713119573fce72b49d111a1dd2bbc0b91";
/** The cookbook's CLAUDE.md per conversation, in the conversation's language where the cookbook ships one. */
const CLAUDE_MD = [
  { text: P.WB_CLAUDE_EN, path: "plugins/en/CLAUDE.md" },
  { text: P.WB_CLAUDE_ES, path: "plugins/es/CLAUDE.md" },
  { text: P.WB_CLAUDE_JA, path: "plugins/ja/CLAUDE.md" },
  { text: P.WB_CLAUDE_EN, path: "plugins/en/CLAUDE.md" },
];
const claudeMd = (i: number) => CLAUDE_MD[i % CLAUDE_MD.length] ?? CLAUDE_MD[0] ?? { text: "", path: "" };
const conversation = (i: number): Conversation => {
  const c = CONVERSATIONS_BLIND_63[i];
  if (!c) throw new Error(`blind 63 has no conversation ${i}`);
  return c;
};

const RFC_ES =
  "RFC-14: Reintentos de webhooks\n\nHoy, si el endpoint del cliente responde 5xx, descartamos el evento. Propuesta: guardar cada entrega fallida en la tabla webhook_attempts y reintentar con backoff exponencial (1 min, 5 min, 30 min, 2 h, 12 h). Tras el quinto fallo el evento pasa a estado 'dead' y se muestra en el panel con un botón para reenviarlo a mano. Los reintentos los procesa un worker nuevo que lee la tabla cada 30 segundos con SELECT ... FOR UPDATE SKIP LOCKED. Riesgos: clientes que no son idempotentes recibirían duplicados; por eso agregamos el header Idempotency-Key con el id del evento.";
const POST_PL =
  "Wczoraj o 14:20 staging przestał przyjmować płatności testowe. Okazało się, że po aktualizacji chartu Redisa usługa zmieniła nazwę z redis-master na redis-primary, a nasz values-staging.yaml nadal wskazywał starą nazwę. Readiness probe zwracała 503, helm czekał 10 minut i pipeline padał. Poprawka zajęła jedną linijkę, ale szukanie przyczyny zajęło nam dwie godziny. Wniosek: nazwy usług z zależnych chartów trzymamy teraz w jednym miejscu, a na readiness mamy alert po 5 minutach.";

export function buildBlind63Negatives(): Negative[] {
  const followUps: Negative[] = CONVERSATIONS_BLIND_63.map((c, i) => ({
    task: "agent-turn",
    source: at("wasabeef/claude-code-cookbook", {
      path: claudeMd(i).path,
      commit: COOKBOOK,
    }),
    note:
      `${c.language}: the next instruction of the coding session, with the cookbook's CLAUDE.md as the system prompt`,
    body: {
      model: MODEL,
      messages: [sys(claudeMd(i).text), ...toMessages(c.turns), usr(c.followUp)],
      stream: true,
    },
  }));
  const [en, es, ja, pl] = [conversation(0), conversation(1), conversation(2), conversation(3)];
  return [
    ...followUps,
    {
      task: "agent-turn",
      source: at("SuperClaude-Org/SuperClaude_Framework", {
        path: "plugins/superclaude/commands/explain.md",
        commit: "226c45cc93b865108843a669c6545d421784b68c",
      }),
      note:
        "English: /sc:explain with a question about the session's code (arguments appended by Claude Code)",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(en.turns),
          usr(
            `${P.SC_EXPLAIN}\n\nARGUMENTS: how does prefetch_related avoid the N+1 here, and what does iterator() change?`,
          ),
        ],
        stream: true,
      },
    },
    {
      task: "agent-turn",
      source: at("cexll/myclaude", {
        path: "agents/development-essentials/commands/ask.md",
        commit: "08877af53087365bf014aa6488c4dcf9da7b1927",
      }),
      note: "Japanese: /ask with an architecture question ($ARGUMENTS filled)",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(ja.turns),
          usr(
            P.MC_ASK.replace(
              "ARGS_SLOT",
              "注文サービスの読み取りをレプリカに逃がすべきか、それともキャッシュを入れるべきか、判断の基準を教えてください。",
            ),
          ),
        ],
        stream: true,
      },
    },
    {
      task: "agent-turn",
      source: at("affaan-m/everything-claude-code", {
        path: ".github/prompts/code-review.prompt.md",
        commit: "c40b6c0cf5968f606ff0d45071a0495b015d0ff5",
      }),
      note: "English: the Copilot code-review prompt file run on a selection",
      body: {
        model: MODEL,
        messages: [
          usr(
            `${P.ECC_CODE_REVIEW}\n\nSelected code (billing/export.py):\n\`\`\`python\ndef export_tenant(tenant):\n    rows = []\n    for invoice in Invoice.objects.filter(tenant=tenant).prefetch_related("lines").iterator(chunk_size=2000):\n        rows.append([invoice.number, sum(l.amount for l in invoice.lines.all())])\n    return rows\n\`\`\``,
          ),
        ],
        stream: true,
      },
    },
    {
      task: "agent-turn",
      source: at("slopus/happy", {
        path: "packages/happy-cli/src/claude/utils/systemPrompt.ts",
        commit: "2c8ecacc19f14abd81111a4605ac8c7f6bedb7e1",
      }),
      note:
        "Spanish: Happy's appended system prompt (asks the agent to keep a chat title with a tool) on an ordinary next instruction; Claude Code's own system prompt before it left out",
      body: {
        model: MODEL,
        messages: [sys(P.HAPPY_BASE_SYSTEM_PROMPT), ...toMessages(es.turns), usr(es.followUp)],
        stream: true,
      },
    },
    {
      task: "pasted-summary",
      note: "Spanish: in the coding session the user pastes their own RFC and asks for a short summary",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(es.turns),
          usr(`Antes de seguir, resumime en tres viñetas este RFC que escribí para el equipo:\n\n${RFC_ES}`),
        ],
        stream: true,
      },
    },
    {
      task: "pasted-title",
      note: "Polish: the user asks for a title for their own post-mortem draft",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(pl.turns),
          usr(
            `Napisałem krótki post-mortem na bloga zespołu. Zaproponuj 3 tytuły, maksymalnie 8 słów:\n\n${POST_PL}`,
          ),
        ],
        stream: true,
      },
    },
    {
      task: "pasted-summary",
      note: "Chinese: the user pastes their own weekly report and asks for a summary",
      body: {
        model: MODEL,
        messages: [
          usr(
            "帮我把我写的这段周报压缩成两句话，发到群里用：\n\n本周完成了订单服务 context 取消的修复，ListOrders、客户和库存的仓储层一共改了 4 处 context.Background()，并给 pgx 连接池加了 statement_timeout。下周计划补上取消行为的集成测试，并评估读请求是否迁移到只读副本。",
          ),
        ],
        stream: true,
      },
    },
  ];
}
