/**
 * Blind round 79: four sample conversations of its own (English, German, Japanese, Brazilian Portuguese), each a
 * short coding session whose assistant turn carries the change as a code block, so commit-message, diff-summary and
 * hand-off templates of developer tools have a diff to work on; none of the text is in `_conversations.ts` or the
 * earlier rounds.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_79: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our invoice exporter calls the tax API and dies on the first 429. Can you add a retry with backoff to fetch_rates() in exporter/rates.py?",
      ),
      a(
        'I wrapped the request in a small loop: up to four attempts, sleeping 1, 2 and 4 seconds, and honouring the Retry-After header when the API sends one.\n\n```python\ndef fetch_rates(session, url):\n    for attempt in range(4):\n        resp = session.get(url, timeout=10)\n        if resp.status_code != 429:\n            resp.raise_for_status()\n            return resp.json()\n        time.sleep(float(resp.headers.get("Retry-After", 2 ** attempt)))\n    raise RateLimited(url)\n```\n\nAfter the fourth 429 it raises RateLimited so the nightly job fails loudly instead of exporting stale rates.',
      ),
      u("Good. Can the tests avoid actually sleeping? The suite already takes ages."),
      a(
        "Yes: fetch_rates now takes a sleep argument defaulting to time.sleep, and test_rates.py passes a fake that records the delays. The new test asserts the delays were [1, 2, 4] and that RateLimited is raised; it runs in a few milliseconds.",
      ),
    ],
    followUp: "what happens if Retry-After is an HTTP date instead of seconds?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Die Seite mit den offenen Bestellungen lädt seit dem letzten Release fast acht Sekunden. Im Log sehe ich einen Seq Scan auf orders. Kannst du dir die Abfrage anschauen?",
      ),
      a(
        "Die Abfrage filtert nach status und sortiert nach created_at, aber es gibt nur einen Index auf customer_id. Ich habe eine Migration angelegt, die einen zusammengesetzten Index erstellt, ohne die Tabelle zu sperren:\n\n```sql\nCREATE INDEX CONCURRENTLY idx_orders_status_created\n    ON orders (status, created_at DESC)\n    WHERE status IN ('open', 'pending');\n```\n\nAuf der Staging-Datenbank fällt die Abfrage damit von 7,8 s auf 40 ms.",
      ),
      u("Läuft CONCURRENTLY überhaupt in unserer Migrationstransaktion?"),
      a(
        "Nein, CONCURRENTLY darf nicht in einer Transaktion laufen. Ich habe die Migration deshalb mit `disable_ddl_transaction!` markiert und im Kommentar vermerkt, dass sie bei einem Abbruch einen ungültigen Index hinterlassen kann, der vor dem nächsten Versuch gelöscht werden muss.",
      ),
    ],
    followUp: "und wie prüfe ich nach dem Deploy, ob der Index gültig ist?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u(
        "検索ボックスで一文字打つたびにAPIが呼ばれてしまいます。src/hooks/useSearch.ts にデバウンスを入れてもらえますか？",
      ),
      a(
        "入力値を300ミリ秒遅らせてから問い合わせるように、useDebouncedValue フックを追加しました。\n\n```ts\nexport function useDebouncedValue<T>(value: T, delay = 300): T {\n  const [debounced, setDebounced] = useState(value);\n  useEffect(() => {\n    const id = setTimeout(() => setDebounced(value), delay);\n    return () => clearTimeout(id);\n  }, [value, delay]);\n  return debounced;\n}\n```\n\nuseSearch はこの値が変わったときだけ fetch するので、「東京駅」と打っても呼び出しは一回になります。",
      ),
      u("古いリクエストの結果が後から返ってきて上書きされることはありませんか？"),
      a(
        "あり得ます。そこで useSearch の effect で AbortController を作り、クリーンアップで abort するようにしました。中断されたリクエストは AbortError として無視されるので、表示されるのは常に最新の入力に対する結果です。",
      ),
    ],
    followUp: "テストではタイマーをどうやって進めればいいですか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "A imagem Docker do nosso serviço de relatórios está com 1,2 GB e o deploy demora demais. Dá pra deixar ela menor?",
      ),
      a(
        'Separei o Dockerfile em dois estágios: um com as ferramentas de build e outro só com o binário e os certificados.\n\n```dockerfile\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/relatorios ./cmd/relatorios\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/relatorios /relatorios\nENTRYPOINT ["/relatorios"]\n```\n\nA imagem final ficou com 24 MB.',
      ),
      u("Mas o serviço gera PDF com fontes do sistema. Isso não vai quebrar na distroless?"),
      a(
        "Vai, a distroless não tem fontes. Copiei as fontes DejaVu do estágio de build para /usr/share/fonts e apontei a variável RELATORIOS_FONT_DIR para lá; a imagem subiu para 31 MB e o PDF de teste saiu igual ao de produção.",
      ),
    ],
    followUp: "consigo rodar um shell nessa imagem pra depurar?",
  },
];
