/**
 * Blind round 30: four sample conversations of its own (English, German, Japanese, Portuguese), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_30: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u("My CSV import script chokes on a file exported from Excel: the first column name comes out as '\\ufeffid'. What's going on?"),
      a(
        "That's a UTF-8 byte order mark. Excel writes one at the start of CSV files saved as 'CSV UTF-8', and Python's default 'utf-8' codec keeps it as part of the first header. Open the file with encoding='utf-8-sig' and the BOM is stripped, so the column is plain 'id' again.",
      ),
      u("That fixed it. Should I also worry about the semicolons some of our users have instead of commas?"),
      a(
        "Yes: Excel uses the list separator of the user's region, so German or French machines export with semicolons. Sniff the dialect with csv.Sniffer on the first few kilobytes, or let users pick the delimiter in the upload form.",
      ),
    ],
    followUp: "and what about dates like 03/04/2025, how do I know which is the month?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u("Unser Verein will die Mitgliedsbeiträge künftig per SEPA-Lastschrift einziehen. Was brauchen wir dafür?"),
      a(
        "Ihr braucht eine Gläubiger-Identifikationsnummer (in Österreich über die Oesterreichische Nationalbank, in Deutschland bei der Bundesbank), von jedem Mitglied ein unterschriebenes SEPA-Mandat mit Mandatsreferenz und ein Vereinskonto, dessen Bank Lastschriften als Einreicher zulässt. Die Mitglieder müsst ihr vor jedem Einzug rechtzeitig informieren (Pre-Notification).",
      ),
      u("Wie lange kann ein Mitglied die Lastschrift zurückgeben lassen?"),
      a(
        "Bei einer autorisierten Lastschrift acht Wochen ab Belastung ohne Angabe von Gründen; fehlt ein gültiges Mandat, sogar 13 Monate. Rechnet also bei Rücklastschriften mit Bankgebühren und klärt im Beitragsreglement, wer sie trägt.",
      ),
    ],
    followUp: "Und wie formulieren wir die Pre-Notification am besten?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("ベランダでミニトマトを育てています。葉が下のほうから黄色くなってきたのですが、原因は何でしょうか？"),
      a(
        "下葉から黄色くなる場合、よくある原因は窒素不足か水のやりすぎです。実がつき始めた時期なら肥料切れの可能性が高いので、2週間に1回ほど追肥してください。土が常に湿っているなら、表面が乾いてから水やりするようにしましょう。",
      ),
      u("追肥は液体肥料と固形肥料、どちらがいいですか？"),
    ],
    followUp: "プランターの大きさはどれくらい必要ですか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Vou fazer meu primeiro mochilão pelo Peru em julho. Preciso me preocupar com a altitude em Cusco?"),
      a(
        "Sim. Cusco fica a cerca de 3.400 metros, e muita gente sente dor de cabeça, falta de ar e insônia nos primeiros dias. O ideal é começar pelo Vale Sagrado, que é mais baixo, beber bastante água, evitar álcool e subir devagar. Converse com um médico sobre acetazolamida antes da viagem.",
      ),
      u("E o chá de coca ajuda mesmo ou é só turismo?"),
      a(
        "Ele alivia um pouco os sintomas leves e é comum nos hotéis, mas não previne o mal de altitude. Não leve folhas de coca de volta ao Brasil: é proibido trazer para o país.",
      ),
    ],
    followUp: "quantos dias devo reservar para Machu Picchu?",
  },
];
