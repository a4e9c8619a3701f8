/**
 * Blind round 59: four sample conversations of its own (English, Simplified Chinese, Japanese, Spanish), coding-agent
 * sessions like the ones the round's clients compact, title and remember, so the round's templates are filled with
 * text that `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_59: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u(
        "The nightly CSV export in reports/export.py times out for tenants with more than 200k invoices. Can you make it stream instead of building the whole file in memory?",
      ),
      a(
        "I changed export_invoices() to iterate over a server-side cursor in batches of 5,000 and write each batch straight to the response with csv.writer, so memory stays flat. I also added an index on invoices(tenant_id, issued_at) in migration 0042, because the ORDER BY was doing a full scan.",
      ),
      u("Tests pass locally. Does the Content-Length header still make sense?"),
      a(
        "No, with streaming the length is unknown up front, so I removed it and the response now uses chunked transfer encoding. The two tests that asserted Content-Length were updated to check the header row and the row count instead.",
      ),
    ],
    followUp: "can you also gzip the stream when the client sends Accept-Encoding: gzip?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("登录接口偶尔返回 502，日志里是 upstream prematurely closed connection。帮我查一下 nginx 和 gunicorn 的配置。"),
      a(
        "问题在于 gunicorn 的 keepalive 是 2 秒，而 nginx 的 upstream keepalive_timeout 是 60 秒，nginx 复用了一个 gunicorn 已经关闭的连接。我把 gunicorn.conf.py 里的 keepalive 改成了 75，并在 deploy/nginx/app.conf 中把 keepalive_timeout 设为 60，保证后端比代理活得更久。",
      ),
      u("改完以后还需要重启哪些服务？"),
      a(
        "需要先执行 systemctl reload nginx，再滚动重启 gunicorn（kill -HUP 主进程即可，不会断开现有请求）。我已经把这两步写进了 deploy/README.md 的“发布步骤”一节。",
      ),
    ],
    followUp: "能不能顺便加一个 502 比例的 Prometheus 告警？",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u(
        "React Native アプリで、オフライン時に送信したフォームを再接続後に自動で再送したいです。今は送信失敗するとデータが消えてしまいます。",
      ),
      a(
        "src/queue/outbox.ts に送信キューを作り、失敗したリクエストを AsyncStorage に保存するようにしました。NetInfo で接続復帰を検知したら古い順に再送し、成功したものだけキューから削除します。二重送信を防ぐため、各リクエストに uuid の Idempotency-Key ヘッダーを付けています。",
      ),
      u("サーバー側は何か変更が必要ですか？"),
      a(
        "はい、API 側で Idempotency-Key を 24 時間保存し、同じキーの再送には前回のレスポンスを返す必要があります。Express のミドルウェア案を server/middleware/idempotency.js に追加しました。",
      ),
    ],
    followUp: "キューが大きくなりすぎた場合の上限はどう決めればいいですか？",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u(
        "En el pipeline de GitHub Actions el job de tests tarda 14 minutos. ¿Podés revisar .github/workflows/ci.yml y ver qué se puede acelerar?",
      ),
      a(
        "Encontré tres cosas: no se cachean las dependencias de pnpm, los tests de integración corren en serie y se construye la imagen de Docker aunque solo cambien archivos de documentación. Agregué actions/cache para el store de pnpm, dividí los tests en 4 shards con una matriz y puse un filtro paths-ignore para docs/**.",
      ),
      u("¿Y cuánto tarda ahora?"),
      a(
        "En la última corrida del PR bajó a 5 minutos y 20 segundos. El shard más lento es el 3, porque concentra los tests de facturación; se podría rebalancear por tiempo de ejecución más adelante.",
      ),
    ],
    followUp: "¿cómo rebalanceo los shards según el tiempo de cada test?",
  },
];
