/**
 * Blind round 51: four sample conversations of its own (English, German, Japanese, Brazilian Portuguese), all of
 * them developer-tool sessions (a slow SQL query, duplicated rows after a pandas merge, a crashing Postgres
 * container, a TypeScript async error), so the round's templates are filled with text no earlier round holds.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_51: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u(
        "This query takes 9 seconds on 40M rows: SELECT * FROM orders WHERE customer_id = 4411 ORDER BY created_at DESC LIMIT 20. What should I index?",
      ),
      a(
        "Create a composite index on (customer_id, created_at DESC). Postgres can then walk the index for that customer in order and stop after 20 rows instead of sorting every order the customer ever placed. Also select only the columns you need so an index-only scan becomes possible.",
      ),
      u("Do I need to drop the existing index on customer_id first?"),
      a(
        "You don't have to, but the new index makes it redundant: any lookup by customer_id alone can use the leading column of the composite one. Drop the old index after the new one is built with CREATE INDEX CONCURRENTLY, so writes are not blocked.",
      ),
    ],
    followUp: "and how do I check that the planner really uses it?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Nach df_orders.merge(df_kunden, on='kunden_id') habe ich plötzlich 30 % mehr Zeilen als vorher. Woran liegt das?",
      ),
      a(
        "Die Kundentabelle enthält kunden_id mehrfach, also entsteht für jede Bestellung pro Treffer eine Zeile. Prüfe mit df_kunden['kunden_id'].duplicated().sum(), wie viele doppelte Schlüssel es gibt, und übergib beim Merge validate='many_to_one', dann wirft pandas einen Fehler statt still zu vervielfachen.",
      ),
    ],
    followUp: "und wie behalte ich pro Kunde nur den neuesten Datensatz?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("docker compose up すると postgres コンテナが数秒で exit 1 になります。ログには「initdb: directory exists but is not empty」と出ています。"),
      a(
        "ボリュームにマウントしたディレクトリに lost+found などのファイルが残っているため initdb が失敗しています。PGDATA をサブディレクトリ（例: /var/lib/postgresql/data/pgdata）に変えるか、空のボリュームを使ってください。",
      ),
      u("PGDATA を変えたら起動しました。既存のデータは消えていませんか？"),
      a(
        "元のディレクトリには何も書き込まれていないので、既存のファイルはそのまま残っています。新しい PGDATA には空のクラスタが作成されたので、必要ならダンプから復元してください。",
      ),
    ],
    followUp: "ダンプからの復元はどのコマンドを使えばいいですか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "No meu handler do Express, o TypeScript reclama: 'Property data does not exist on type Promise<Response>'. O código é const body = fetch(url).data.",
      ),
      a(
        "fetch devolve uma Promise, então você precisa esperar por ela e depois ler o corpo: const res = await fetch(url); const body = await res.json(). O handler também precisa ser async para você poder usar await.",
      ),
    ],
    followUp: "e como eu trato o erro quando a API responde 500?",
  },
];
