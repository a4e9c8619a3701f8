/**
 * Blind round 71: four sample conversations of its own (New Zealand English, Swiss German, Korean, Italian), so the
 * round's templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_71: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "I'm turning the sleepout behind our house in Dunedin into a pottery room. Can I run a small electric kiln in there?",
      ),
      a(
        "Usually yes, if the wiring can take it. Most small kilns need a dedicated 15 or 20 amp circuit, so get an electrician to check the sleepout's supply first. Keep 45 cm of clear space around the kiln, put it on a concrete paver rather than the timber floor, and plan for ventilation: firing glazes gives off fumes you shouldn't breathe.",
      ),
      u("What kind of ventilation? The room only has one small window."),
      a(
        "A downdraft vent kit that attaches under the kiln and ducts outside through the wall is the usual answer for small rooms. If that's not possible, an extractor fan high on the wall opposite the window works, run it during the whole firing and leave the door shut so the fumes don't drift into the garden office next door.",
      ),
    ],
    followUp: "and do I need council consent for the extra circuit?",
  },
  {
    language: "German",
    locale: "de-CH",
    turns: [
      u(
        "Unser Turnverein in Winterthur hat am Kuchenverkauf 1'340 Franken eingenommen. Darf die Kassierin das Bargeld einfach auf ihr Privatkonto einzahlen und dann überweisen?",
      ),
      a(
        "Besser nicht. Vereinsgeld gehört auf das Vereinskonto, sonst vermischt sich Privat- und Vereinsvermögen und die Revisoren können die Einnahme kaum nachprüfen. Zahlt das Geld direkt am Postschalter oder am Einzahlautomaten auf das Vereinskonto ein und legt die Quittung zur Kassenabrechnung.",
      ),
      u("Und was muss auf die Kassenabrechnung drauf?"),
      a(
        "Datum und Anlass, Anfangsbestand des Wechselgelds, gezählter Endbestand, daraus der Erlös, und die Unterschriften von zwei Personen, die gemeinsam gezählt haben. Ausgaben wie Zutaten, die Mitglieder vorgestreckt haben, führt ihr mit Belegen separat auf.",
      ),
    ],
    followUp: "Müssen wir den Erlös irgendwo versteuern?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("3살 된 웰시코기가 제가 출근하면 계속 짖는다고 아랫집에서 민원이 들어왔어요. 어떻게 해야 할까요?"),
      a(
        "분리불안일 가능성이 높아요. 외출 전 20~30분은 일부러 관심을 주지 말고, 나갈 때와 들어올 때 인사를 짧게 해 주세요. 처음에는 5분, 10분처럼 짧게 나갔다가 돌아오는 연습을 반복하면서 혼자 있는 시간을 조금씩 늘리는 게 좋아요. 노즈워크 매트나 간식을 채운 장난감을 주면 혼자 있는 시간을 더 편하게 보낼 수 있어요.",
      ),
      u("낮에 산책을 더 시키면 도움이 될까요?"),
      a(
        "네, 출근 전에 30분 이상 충분히 산책하고 냄새 맡기를 하게 해 주면 에너지가 빠져서 짖는 횟수가 줄어드는 경우가 많아요. 그래도 2주 넘게 나아지지 않으면 반려견 행동 전문 수의사와 상담해 보세요.",
      ),
    ],
    followUp: "홈캠으로 확인해 보니 문 앞에서만 짖던데 이건 왜 그런 거예요?",
  },
  {
    language: "Italian",
    locale: "it-IT",
    turns: [
      u(
        "A metà ottobre vorremmo fare il giro delle Tre Cime di Lavaredo con due bambini di 8 e 10 anni. È fattibile o è troppo tardi nella stagione?",
      ),
      a(
        "Il giro ad anello dal Rifugio Auronzo è lungo circa 10 km con 400 metri di dislivello, quindi per bambini di quell'età abituati a camminare è fattibile in 4-5 ore con le soste. A metà ottobre però la strada a pedaggio è spesso ancora aperta ma i rifugi Lavaredo e Locatelli di solito hanno già chiuso, quindi portate da mangiare e acqua per tutto il giorno.",
      ),
      u("E se nevica?"),
      a(
        "Con neve fresca sul versante nord il sentiero può ghiacciarsi, soprattutto vicino alla Forcella Lavaredo. Controllate il bollettino meteo e valanghe della Regione Veneto la sera prima, e se è caduta neve accorciate il giro fino alla Cappella degli Alpini e tornate indietro.",
      ),
    ],
    followUp: "servono i ramponcini per i bambini?",
  },
];
