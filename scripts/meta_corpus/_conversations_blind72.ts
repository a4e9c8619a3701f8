/**
 * Blind round 72: four sample conversations of its own (English, German, Japanese, Portuguese), a coding-agent
 * session and everyday ones, so the round's templates are filled with text the project's `_conversations.ts` and
 * the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_72: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our Go service leaks goroutines: pprof shows thousands stuck in worker.go:88 on a channel send after the HTTP client times out. Can you find why?",
      ),
      a(
        "The worker sends its result on an unbuffered channel, but the handler stops reading once ctx is cancelled, so the send blocks forever. I changed the send in worker.go to a select on ctx.Done() and made results a buffered channel of size 1. The leak test in worker_test.go now passes with -race.",
      ),
      u("Good. Does the retry loop in client.go have the same problem?"),
      a(
        "Yes, retry() sleeps with time.Sleep and ignores cancellation. I replaced it with a timer inside a select on ctx.Done(), so a cancelled request stops retrying at once. Remaining: the metrics counter for abandoned retries is not wired yet.",
      ),
    ],
    followUp: "ok, wire the counter and add it to the Grafana dashboard json too",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Wir wollen im Juli mit zwei Kindern (6 und 9) eine Woche ins Salzkammergut. Wo wohnt man gut, wenn wir viel baden und wandern wollen, aber ohne Auto?",
      ),
      a(
        "Bad Ischl ist ideal: Bahnhof mit Verbindungen nach Hallstatt und Gmunden, Busse zum Wolfgangsee und mehrere Familienpensionen in Gehweite. Zum Baden eignen sich das Strandbad Strobl und der Nussensee, zum Wandern mit Kindern die Katrin-Seilbahn und der Rundweg um den Offensee.",
      ),
      u("Gibt es dort eine Gästekarte, mit der Bus und Seilbahn billiger sind?"),
      a(
        "Ja, ab zwei Nächten bekommt ihr von der Unterkunft die Salzkammergut-Gästekarte: Ermäßigungen auf die Katrin-Seilbahn, die Schifffahrt am Wolfgangsee und einige Bäder. Die Regionalbusse sind damit aber nicht gratis, dafür lohnt sich das Klimaticket Oberösterreich für eine Woche eher nicht; Einzeltickets reichen.",
      ),
    ],
    followUp: "und wie kommen wir am besten vom Wiener Hauptbahnhof nach Bad Ischl?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u(
        "来月から在宅勤務になるので、六畳の部屋にデスクを置きたいです。腰痛持ちなので椅子選びのポイントを教えてください。",
      ),
      a(
        "腰痛がある場合は、座面の高さと奥行きを調整できること、ランバーサポートの位置を変えられることが大切です。足裏が床にしっかり付き、膝が約90度になる高さに合わせてください。予算が三万円前後なら、ランバーサポート付きのメッシュチェアを店舗で実際に座って比べるのがおすすめです。",
      ),
      u("デスクの高さはどれくらいがいいですか？身長は165センチです。"),
      a(
        "身長165センチなら、デスクの天板は床から約67〜70センチが目安です。肘を90度に曲げたときに天板と同じ高さになるのが理想なので、高さ調整できるデスクか、椅子を上げてフットレストを使う方法もあります。",
      ),
    ],
    followUp: "モニターアームも必要ですか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Tenho uma planilha de gastos do mês e quero saber quanto gastei com mercado e delivery separados. As categorias estão na coluna C e os valores na coluna E.",
      ),
      a(
        'Use SOMASE: em uma célula vazia, =SOMASE(C:C;"Mercado";E:E) para o mercado e =SOMASE(C:C;"Delivery";E:E) para o delivery. Se houver variações como "mercado" em minúsculas, a função já ignora maiúsculas, mas espaços extras atrapalham; use ARRUMAR na coluna C antes.',
      ),
      u("Deu certo. E dá para ver isso por semana também?"),
      a(
        'Sim: crie uma coluna F com =NÚMSEMANA(A2) se a data estiver na coluna A, e depois use SOMASES(E:E;C:C;"Delivery";F:F;35) para a semana 35. Uma tabela dinâmica com semanas nas linhas e categorias nas colunas mostra tudo de uma vez.',
      ),
    ],
    followUp: "como faço um gráfico dessa tabela dinâmica?",
  },
];
