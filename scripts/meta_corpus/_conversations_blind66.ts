/**
 * Blind round 66: four sample conversations of its own (English, French, Korean, Brazilian Portuguese), a coding
 * session and three everyday ones, so the round's templates are filled with text the project's `_conversations.ts`
 * and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_66: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our Go service leaks goroutines: after a day the pprof goroutine count is over 40k and they are all parked in worker.go:88 on a channel send. What is going on?",
      ),
      a(
        "Line 88 sends each result on `results` but the consumer in handler.go returns early when the request context is cancelled, so nobody reads the channel any more and every worker blocks forever. I changed the send to a `select` on `results <- r` and `<-ctx.Done()`, and made `results` buffered with the job count so a finished batch never waits on a gone reader.",
      ),
      u("The count is flat now. Can we also stop starting workers when the request is already cancelled?"),
      a(
        "Yes: `dispatch()` now checks `ctx.Err()` before spawning and the loop breaks on cancellation. I added TestDispatchCancelled, which cancels after two jobs and uses goleak to assert no goroutine is left; it passes with `go test -race ./internal/worker/...`.",
      ),
    ],
    followUp: "should I also put a timeout on the database call inside the worker?",
  },
  {
    language: "French",
    locale: "fr-CA",
    turns: [
      u(
        "Je veux faire du pain au levain mais ma cuisine est froide l'hiver, autour de 17 degrés. Mon pain reste plat et dense. Qu'est-ce que je fais de travers ?",
      ),
      a(
        "À 17 °C, la fermentation est beaucoup plus lente : si vous suivez une recette écrite pour 24 °C, la pâte n'a tout simplement pas assez levé. Allongez le pointage jusqu'à ce que la pâte ait gonflé d'environ 50 %, même si cela prend 8 à 10 heures, ou placez le bol dans le four éteint avec la lumière allumée.",
      ),
      u("Et mon levain, je le nourris une fois par jour et je le garde sur le comptoir. C'est suffisant ?"),
      a(
        "Dans une pièce froide, une fois par jour peut suffire, mais utilisez-le seulement quand il a doublé et qu'il est bombé, pas quand il est déjà retombé. Avec de l'eau tiède (environ 30 °C) au rafraîchi, il sera prêt plus vite et plus actif.",
      ),
    ],
    followUp: "est-ce que je peux mettre la pâte au frigo pendant la nuit ?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("다음 달에 부모님을 모시고 제주도에 3박 4일로 가려고 해요. 두 분 다 무릎이 안 좋으셔서 많이 걷는 코스는 힘들어요. 어떻게 짜면 좋을까요?"),
      a(
        "걷는 거리가 짧은 곳 위주로 동선을 잡는 게 좋습니다. 첫날은 공항 근처 숙소에서 쉬시고, 둘째 날은 차로 이동하며 주차장에서 가까운 섭지코지와 성산 일출봉 입구 전망대까지만, 셋째 날은 한림공원처럼 평지 산책로가 있는 곳을 추천합니다. 렌터카는 필수이고 숙소는 엘리베이터가 있는 곳으로 고르세요.",
      ),
      u("렌터카는 제가 운전할 건데, 부모님이 오래 차에 계시면 허리도 아프시대요."),
      a(
        "그러면 하루 이동 시간을 두 시간 이내로 줄이세요. 동쪽과 서쪽에 숙소를 하나씩 잡아 이틀씩 묵으면 매일 섬을 가로지를 필요가 없고, 한 시간마다 카페나 휴게소에 들러 쉬는 일정으로 짜면 훨씬 편하실 거예요.",
      ),
    ],
    followUp: "비 오는 날에 갈 만한 실내 장소도 알려 주세요.",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Sou MEI e emito nota fiscal pelo portal, mas este mês recebi um pagamento de um cliente de Portugal. Preciso emitir nota para cliente do exterior?",
      ),
      a(
        "Sim, a venda de serviço para o exterior também deve ter nota fiscal, mas ela é uma exportação de serviço: no emissor nacional você informa o tomador como estrangeiro, com o país e o documento dele, e em geral não há ISS nessa operação. O valor entra normalmente no seu faturamento anual do MEI.",
      ),
      u("O dinheiro caiu em euros na minha conta da Wise. Qual valor em reais eu coloco na nota?"),
      a(
        "Use a conversão do dia do recebimento pela cotação de compra do Banco Central (PTAX) e guarde o comprovante da Wise com a data. Se houver tarifa de câmbio, a nota é pelo valor bruto do serviço, não pelo valor que chegou depois da tarifa.",
      ),
    ],
    followUp: "e se o cliente pagar em duas parcelas em meses diferentes?",
  },
];
