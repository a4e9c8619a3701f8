/**
 * Blind round 95: four sample conversations of its own (English, Spanish, Japanese, Polish) about planning a
 * volunteer group's spring clean-up, a customer chasing a refund for a damaged espresso machine, preparing a
 * university seminar presentation and moving a small office's shared calendar, so the round's templates are filled
 * with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_95: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "I'm organising a spring clean-up of the river path with our residents' association, about 25 volunteers on a Saturday morning. How should I split the work?",
      ),
      a(
        "Split the path into four stretches of roughly equal length and give each one a team leader with a phone. Put the strongest group on the stretch by the weir, where most rubbish collects, and keep one person at the start point for sign-in, gloves and bags. Ask the council in advance to collect the full bags from two agreed drop points.",
      ),
      u("Good idea about the council. What do I need to tell them, and how early?"),
      a(
        "Write to the environment section at least two weeks ahead: the date, the start and end time, the two drop points with a map pin, an estimate of the bags (one or two per volunteer) and whether you expect bulky items like tyres or shopping trolleys. Many councils also lend litter pickers and hi-vis vests if you ask in the same email.",
      ),
    ],
    followUp: "do we need insurance for the volunteers?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u(
        "Compré una cafetera espresso en su tienda en línea y llegó con el depósito de agua roto. Ya mandé fotos hace diez días y nadie me responde. Quiero el reembolso.",
      ),
      a(
        "Lamento mucho la demora. Veo su pedido y las fotos del depósito dañado. Como el daño ocurrió en el envío, tiene derecho al reembolso completo o a un equipo nuevo. ¿Prefiere el reembolso a su tarjeta o que le enviemos otra cafetera?",
      ),
      u("El reembolso, por favor. ¿Tengo que devolver la cafetera rota?"),
      a(
        "Sí, pero sin costo para usted: le envío por correo una guía prepagada de paquetería. Cuando la paquetería escanee el paquete, el reembolso se procesa en un plazo de 3 a 5 días hábiles y verá el abono en su estado de cuenta.",
      ),
    ],
    followUp: "¿y si no tengo la caja original?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来週のゼミで、地方の空き家問題について15分の発表をします。スライドの構成はどうすればいいですか？"),
      a(
        "15分なら10枚前後が目安です。①問題の背景（空き家率の推移）②原因（人口減少・相続の問題）③自治体の取り組み事例を2つ ④課題と自分の提案 ⑤まとめ、という流れがわかりやすいです。データは総務省の住宅・土地統計調査を使うと信頼性が高まります。",
      ),
      u("事例はどの自治体を選べばいいでしょう？"),
      a(
        "空き家バンクで成果を出している長野県や、改修費の補助で移住者を増やしている自治体など、対策の種類が違う2つを選ぶと比較しやすいです。それぞれ「何をしたか」「数字でどう変わったか」を1枚ずつにまとめましょう。",
      ),
    ],
    followUp: "質疑応答ではどんな質問が来そうですか？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Prowadzę małe biuro rachunkowe, pięć osób. Chcemy przenieść wspólny kalendarz z Outlooka do Google Workspace. Jak to zrobić, żeby nie zgubić spotkań z klientami?",
      ),
      a(
        "Najpierw wyeksportuj kalendarz z Outlooka do pliku .ics (Plik, Zapisz kalendarz, cały zakres dat). Potem w Kalendarzu Google utwórz nowy kalendarz współdzielony dla biura i zaimportuj do niego plik w Ustawieniach, Importuj i eksportuj. Spotkania cykliczne przejdą, ale sprawdź kilka z nich ręcznie.",
      ),
      u("A co z uprawnieniami? Nie każdy powinien móc usuwać spotkania."),
      a(
        "W ustawieniach kalendarza współdzielonego nadaj sobie i zastępcy uprawnienie „Wprowadzanie zmian i zarządzanie udostępnianiem”, a pozostałym „Wprowadzanie zmian w wydarzeniach” albo tylko „Wyświetlanie wszystkich szczegółów”. Osoby z samym podglądem nie usuną żadnego spotkania.",
      ),
    ],
    followUp: "czy klienci dostaną ponownie zaproszenia po imporcie?",
  },
];
