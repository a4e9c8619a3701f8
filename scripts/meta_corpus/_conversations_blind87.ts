/**
 * Blind round 87: four sample conversations of its own (English, Spanish, Japanese, Dutch), document and search
 * questions of the kind the round's RAG clients answer, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_87: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u("According to the handbook, can I expense a taxi home after working past 10 pm?"),
      a(
        "Yes. The travel section allows a taxi or ride-share home when you leave the office after 22:00, up to $60 per trip. Keep the receipt and add the project code in the expense tool within 30 days.",
      ),
      u("Does that also apply when I work from the Ottawa office instead of Toronto?"),
      a(
        "It does: the rule covers every Canadian office. The only difference is that Ottawa trips above $45 need your manager's approval before you submit them.",
      ),
    ],
    followUp: "and what about parking instead of a taxi?",
  },
  {
    language: "Spanish",
    locale: "es-ES",
    turns: [
      u("¿Qué dice el reglamento de la comunidad sobre instalar un punto de carga para el coche en el garaje?"),
      a(
        "El artículo 12 permite instalar un punto de carga en tu plaza sin votación de la junta, pero debes comunicarlo por escrito al presidente con al menos 15 días de antelación y pagar tú la instalación y el consumo.",
      ),
      u("¿Y quién se encarga del contador?"),
      a(
        "Según el mismo artículo, la instalación necesita un contador propio homologado; lo coloca el instalador autorizado que contrates y la lectura se la pasa la administración a la compañía eléctrica.",
      ),
    ],
    followUp: "¿cuánto tiempo tarda normalmente la aprobación?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("社内規程では、在宅勤務の日に通勤手当はどうなりますか？"),
      a(
        "就業規則第24条によると、月に10日以上在宅勤務をする場合、通勤手当は定期代ではなく出社した日数分の実費精算に切り替わります。",
      ),
      u("在宅勤務手当も別にもらえますか？"),
      a(
        "はい、在宅勤務手当として1日あたり200円が支給されます。申請は勤怠システムで在宅勤務の日を登録するだけで、月末に自動で計算されます。",
      ),
    ],
    followUp: "半日だけ在宅の場合はどうなりますか？",
  },
  {
    language: "Dutch",
    locale: "nl-NL",
    turns: [
      u("Wat staat er in de huurvoorwaarden over het ophangen van zonnepanelen op het balkon?"),
      a(
        "Artikel 7 van de algemene huurvoorwaarden zegt dat je voor veranderingen aan de buitenkant van de woning schriftelijke toestemming van de verhuurder nodig hebt. Balkonpanelen vallen daaronder.",
      ),
      u("Moet ik ze weghalen als ik verhuis?"),
      a(
        "Ja, bij het einde van de huur moet je de woning in de oorspronkelijke staat opleveren, tenzij de verhuurder schriftelijk akkoord gaat dat de panelen blijven hangen.",
      ),
    ],
    followUp: "mag de verhuurder toestemming weigeren?",
  },
];
