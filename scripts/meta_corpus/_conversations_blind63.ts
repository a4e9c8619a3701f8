/**
 * Blind round 63: four sample conversations of its own (English, Spanish, Japanese, Polish), the kind of session a
 * coding agent or an IDE assistant has, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_63: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "The nightly export job in billing/export.py times out on tenants with more than 50k invoices. Can you find out why?",
      ),
      a(
        "The job loads every invoice with `Invoice.objects.filter(tenant=t)` and then touches `invoice.lines` inside the loop, so it issues one query per invoice (N+1). I changed it to `prefetch_related('lines')` and to iterate with `.iterator(chunk_size=2000)`; on the staging dump the export of the largest tenant went from timing out after 30 minutes to finishing in 4.",
      ),
      u("Nice. Add a regression test so nobody reintroduces the N+1."),
      a(
        "Added `test_export_query_count` in billing/tests/test_export.py: it creates 20 invoices with 3 lines each and asserts the export runs in at most 4 queries using `django_assert_max_num_queries`. The test fails on the old code (62 queries) and passes now.",
      ),
    ],
    followUp: "also make the chunk size configurable from settings",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u(
        "Che, el build de la app de React Native falla en iOS con 'Undefined symbol: _OBJC_CLASS_$_RCTBridge' desde que actualizamos a 0.76. ¿Qué puede ser?",
      ),
      a(
        "Ese error aparece cuando un pod todavía enlaza contra la arquitectura vieja. En tu Podfile `react-native-ble-plx` está fijado a la versión 2.0.3, que no soporta la New Architecture. Lo subí a 3.2.0, ejecuté `pod install` con `RCT_NEW_ARCH_ENABLED=1` y el build en el simulador ya compila.",
      ),
      u("Genial. ¿Y en Android hay que tocar algo?"),
      a(
        "En Android compila, pero el plugin de Gradle avisa que `compileSdkVersion` 33 está deprecado. Lo subí a 35 en android/build.gradle y actualicé `targetSdkVersion` a 35; los tests de Detox pasan en el emulador Pixel 7.",
      ),
    ],
    followUp: "armá el changelog para la versión 4.8.0 con esto",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u(
        "Goのgrpcサーバーで、クライアントがキャンセルしてもDBクエリが走り続けているようです。原因を調べてもらえますか？",
      ),
      a(
        "`repository/order.go` の `ListOrders` が `context.Background()` で `QueryContext` を呼んでいるため、リクエストのcontextのキャンセルが伝わっていません。ハンドラーから受け取った `ctx` を渡すように修正し、pgxのプールにも `statement_timeout` を設定しました。",
      ),
      u("ありがとうございます。他にも同じパターンがないか確認してください。"),
      a(
        "`context.Background()` を検索したところ、`repository/customer.go` と `repository/stock.go` にも同じ書き方が3箇所ありました。すべて呼び出し元の `ctx` を使うように直し、`go vet` と既存のテストが通ることを確認しました。",
      ),
    ],
    followUp: "このキャンセルの挙動をテストするにはどう書けばいいですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "W pipeline'ie GitLab CI job `deploy-staging` wisi na kroku `helm upgrade --wait` i po 10 minutach kończy się timeoutem. Sprawdzisz, o co chodzi?",
      ),
      a(
        "Nowy pod `payments-api` nie przechodzi readiness probe: endpoint `/healthz` zwraca 503, bo aplikacja nie może połączyć się z Redisem. W values-staging.yaml adres Redisa wskazuje na `redis-master`, a po migracji chartu usługa nazywa się `redis-primary`. Poprawiłem nazwę i deploy przeszedł w 2 minuty.",
      ),
      u("Dzięki. Dodaj jeszcze alert, gdyby readiness znowu padał dłużej niż 5 minut."),
      a(
        'Dodałem regułę `PaymentsApiNotReady` w monitoring/prometheus-rules.yaml: odpala się, gdy `kube_pod_status_ready{pod=~"payments-api.*"}` jest równe 0 przez 5 minut, i wysyła powiadomienie na kanał #oncall-payments.',
      ),
    ],
    followUp: "zrób z tego merge request do gałęzi release/2.3",
  },
];
