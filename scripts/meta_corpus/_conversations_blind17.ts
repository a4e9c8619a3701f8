/**
 * Four sample conversations of blind round 17, written for it (not the project's `_conversations.ts` ones): a sourdough
 * starter in English, a French question about a delayed train refund, a Korean job-interview preparation and an
 * Italian question about a condominium boiler.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND17: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("My sourdough starter smells like nail polish remover after two days in the fridge. Is it dead?"),
      a(
        "It is not dead, just hungry. The acetone smell comes from the yeast running out of food. Discard all but 50 g, feed it 50 g flour and 50 g water at room temperature, and repeat twice a day until it doubles within six hours.",
      ),
      u("Should I switch to rye flour for the feedings?"),
      a(
        "A spoon of rye in each feeding helps, because rye carries more enzymes and wild yeast. You do not need to switch completely; 20 percent rye is plenty.",
      ),
    ],
    followUp: "how long can it stay in the fridge between bakes?",
  },
  {
    language: "French",
    locale: "fr-FR",
    turns: [
      u(
        "Mon TGV Paris-Lyon est arrivé avec 1 h 40 de retard hier soir. Est-ce que j'ai droit à un remboursement, et comment le demander ?",
      ),
      a(
        "Oui. Avec la garantie G30 de la SNCF, un retard entre une et deux heures donne droit à une compensation de 25 % du prix du billet. La demande se fait en ligne sur le site SNCF Connect, rubrique « Garantie G30 », dans les 60 jours, avec la référence du dossier.",
      ),
    ],
    followUp: "Et si j'avais payé avec une carte Avantage, ça change quelque chose ?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("다음 주에 데이터 분석가 면접이 있어요. SQL 실무 질문으로 보통 어떤 게 나오나요?"),
      a(
        "자주 나오는 것은 윈도 함수(ROW_NUMBER, LAG)로 전월 대비 증감 구하기, 여러 테이블 JOIN 후 중복 제거, 그리고 GROUP BY와 HAVING으로 조건에 맞는 고객 찾기입니다. 쿼리를 쓰면서 왜 그렇게 썼는지 말로 설명하는 연습을 꼭 하세요.",
      ),
      u("윈도 함수 연습 문제를 하나만 내 주세요."),
      a(
        "주문 테이블(orders: user_id, order_date, amount)에서 사용자별로 직전 주문 대비 금액이 얼마나 늘었는지 구해 보세요. LAG(amount) OVER (PARTITION BY user_id ORDER BY order_date)를 쓰면 됩니다.",
      ),
    ],
    followUp: "정답 쿼리도 보여 줄 수 있어요?",
  },
  {
    language: "Italian",
    locale: "it-IT",
    turns: [
      u(
        "Nel nostro condominio la caldaia centralizzata si spegne ogni notte verso le due e la mattina i termosifoni sono freddi. Di chi è la responsabilità di farla controllare?",
      ),
      a(
        "Dell'amministratore di condominio, che deve nominare il terzo responsabile dell'impianto termico. Può scrivergli una PEC chiedendo un intervento del manutentore e la verifica del libretto di impianto, dove va annotato ogni guasto.",
      ),
      u("Quanto tempo ha per rispondere?"),
      a(
        "La legge non fissa un termine preciso, ma per un guasto al riscaldamento in inverno si considera ragionevole un intervento entro pochi giorni. Se non risponde, può chiedere la convocazione di un'assemblea straordinaria.",
      ),
    ],
    followUp: "Posso chiamare io il tecnico e poi farmi rimborsare?",
  },
];
