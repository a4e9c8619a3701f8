/**
 * Blind round 12: four conversations of its own (not the project's `_conversations.ts` ones) that the round's
 * templates are filled with: an English coding-agent session, a French everyday question, a Japanese data
 * question and a Brazilian Portuguese one, each with the user's next question.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const BLIND12_CONVERSATIONS: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "The integration test `test_export_csv` passes locally but fails on CI about one run in five with `PermissionError: [Errno 13] /tmp/export.csv`. Any idea?",
      ),
      a(
        "Two CI jobs share the runner's /tmp and both write /tmp/export.csv, so one job sometimes finds the other's file still open. Use pytest's `tmp_path` fixture instead of a fixed path, and pass the directory into `export_csv(out_dir=...)`.",
      ),
      u("Done, I switched to tmp_path in tests/test_export.py and it's green ten times in a row."),
      a(
        "Good. Keep the `out_dir` parameter in the public function too, so callers stop relying on /tmp. I would also add `--randomly-seed` to the CI command to catch order-dependent tests early.",
      ),
    ],
    followUp: "ok and how do I make the seed show up in the CI log?",
  },
  {
    language: "French",
    locale: "fr-FR",
    turns: [
      u("Mon ficus perd ses feuilles depuis que je l'ai rentré pour l'hiver. Je l'arrose une fois par semaine, c'est trop ?"),
      a(
        "Probablement pas l'arrosage seul : le ficus réagit surtout au changement de lumière et à l'air sec du chauffage. Placez-le près d'une fenêtre lumineuse, loin du radiateur, et n'arrosez que lorsque les trois premiers centimètres de terre sont secs. La chute devrait s'arrêter en deux à trois semaines.",
      ),
    ],
    followUp: "et je dois le rempoter maintenant ou attendre le printemps ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("pandasで月ごとの売上合計を出したいです。日付の列は文字列で、形式は「2024/03/15」です。"),
      a(
        "まず `df['日付'] = pd.to_datetime(df['日付'], format='%Y/%m/%d')` で日付型に変換し、`df.groupby(df['日付'].dt.to_period('M'))['売上'].sum()` で月ごとの合計が出ます。",
      ),
      u("ありがとうございます。店舗ごとにも分けられますか？"),
      a(
        "はい、`df.groupby([df['日付'].dt.to_period('M'), '店舗'])['売上'].sum().unstack()` とすると、行が月、列が店舗の表になります。",
      ),
    ],
    followUp: "その表をExcelに書き出すには？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Vou fazer a trilha da Pedra da Gávea no sábado com dois amigos. Precisamos contratar guia ou dá pra ir sozinhos?",
      ),
      a(
        "Dá para ir sem guia se vocês já têm experiência com trilhas, mas a parte da Carrasqueira é uma escalada de uns 30 metros e muita gente leva corda e cadeirinha. Saiam bem cedo, levem pelo menos 2 litros de água por pessoa e evitem ir se tiver chovido na véspera.",
      ),
    ],
    followUp: "e quanto tempo leva a subida mais ou menos?",
  },
];
