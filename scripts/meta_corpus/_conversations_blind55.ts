/**
 * Blind round 55: four sample conversations of its own (English, German, Japanese, Brazilian Portuguese), coding
 * sessions of the kind the round's agents compact and hand off, so the templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_55: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "The `formatDueDate` test passes on my laptop but fails in CI with 'expected 14 March, received 13 March'. What's going on?",
      ),
      a(
        "The CI runner is on UTC and your laptop is on Europe/London with daylight saving. `new Date('2025-03-14')` is parsed as UTC midnight, and `toLocaleDateString` then renders it in the local zone. Pin the zone in the test with `process.env.TZ = 'UTC'` in the Jest setup file, or pass `timeZone: 'UTC'` to the formatter.",
      ),
      u("I'd rather fix the formatter. Where exactly do I pass it?"),
      a(
        "In `src/utils/dates.ts`, change the call to `date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })`. Then the output no longer depends on the machine, and the test can stay as it is.",
      ),
    ],
    followUp: "should I also add a test that runs with a different TZ?",
  },
  {
    language: "German",
    locale: "de-DE",
    turns: [
      u(
        "Ich will in unserem Import-Skript `os.path` durch `pathlib` ersetzen. Unter Windows bricht es aber bei Netzlaufwerken ab.",
      ),
      a(
        "Bei UNC-Pfaden wie `\\\\server\\freigabe\\daten` musst du den Pfad als `Path(r'\\\\server\\freigabe') / 'daten'` bauen, nicht aus Einzelteilen mit `/` zusammensetzen. Außerdem liefert `Path.resolve()` auf Netzlaufwerken manchmal den UNC-Pfad statt des Laufwerksbuchstabens zurück; vergleiche Pfade deshalb nach `resolve()` auf beiden Seiten.",
      ),
      u("Und `glob` verhält sich gleich?"),
      a(
        "Fast: `Path.glob('*.csv')` ist unter Windows nicht case-sensitiv, unter Linux schon. Wenn der Import auf beiden laufen soll, filtere mit `p.suffix.lower() == '.csv'`.",
      ),
    ],
    followUp: "muss ich die Tests dafür auch unter Windows laufen lassen?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u(
        'Flutter のアプリを iOS でビルドすると「CocoaPods could not find compatible versions for pod "Firebase/Messaging"」で止まります。',
      ),
      a(
        "Podfile.lock に古い Firebase のバージョンが固定されている可能性が高いです。ios ディレクトリで `pod repo update` を実行してから `pod update Firebase/Messaging` を試してください。それでも駄目なら Podfile の `platform :ios` を 13.0 以上に上げる必要があります。",
      ),
      u("platform を 13.0 にしたら通りました。CI 側も何か変える必要がありますか？"),
      a(
        "CI の macOS イメージで同じ CocoaPods バージョンを使うように、Gemfile で cocoapods のバージョンを固定し、ビルド前に `bundle exec pod install` を実行するのがおすすめです。",
      ),
    ],
    followUp: "Gemfile の書き方の例を見せてもらえますか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "A consulta que lista os pedidos do cliente no painel está levando 8 segundos no Postgres. Já tem índice em customer_id.",
      ),
      a(
        "Se a consulta filtra por customer_id e ordena por created_at com LIMIT, o índice só em customer_id obriga o Postgres a ler todos os pedidos do cliente e ordenar depois. Crie um índice composto `(customer_id, created_at DESC)` e rode `EXPLAIN ANALYZE` de novo para confirmar que ele virou um Index Scan.",
      ),
      u("Criei o índice e caiu para 40 ms. Posso apagar o índice antigo?"),
      a(
        "Pode, desde que nenhuma outra consulta dependa dele sozinho: o índice composto começa por customer_id, então atende os mesmos filtros. Confira em `pg_stat_user_indexes` se o antigo ainda recebe scans antes de removê-lo.",
      ),
    ],
    followUp: "e como faço isso sem travar a tabela em produção?",
  },
];
