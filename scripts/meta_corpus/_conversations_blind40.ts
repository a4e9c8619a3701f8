/**
 * Blind round 40: four sample conversations of its own (English, Spanish, Korean, Brazilian Portuguese), three
 * coding-agent sessions and one everyday one, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_40: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "TestOrderQueue_Drain in internal/queue/queue_test.go fails about one run in ten on CI but never on my machine. Can you look?",
      ),
      a(
        "The test starts three workers and then asserts the queue is empty after `time.Sleep(50 * time.Millisecond)`. On the slower CI runners the workers have not finished by then. I replaced the sleep with a `sync.WaitGroup` the workers signal on exit, and `Drain` now returns only after `wg.Wait()`. 200 runs with `-count=200 -race` pass locally.",
      ),
      u("Good. Keep the public Drain signature as it is, the billing service calls it."),
      a(
        "It is unchanged: `func (q *Queue) Drain(ctx context.Context) error`. The WaitGroup lives inside the struct, and a cancelled context still returns `ctx.Err()` right away. Next I would add the same fix to `TestOrderQueue_Close`, which has the identical sleep.",
      ),
    ],
    followUp: "ok do TestOrderQueue_Close too and then run the whole package",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u(
        "La migración 0042 de Django se cuelga en producción al agregar la columna `fecha_baja` a la tabla de clientes, que tiene 30 millones de filas. ¿Qué hago?",
      ),
      a(
        "El problema es el `default=timezone.now`: Postgres reescribe toda la tabla para rellenar el valor. Dividí la migración en dos: 0042 agrega la columna como `null=True` sin default (es instantáneo) y 0043 rellena por lotes de 10.000 con un `RunPython` que se puede reanudar.",
      ),
      u("¿Y el índice sobre fecha_baja? Lo necesitamos para el reporte mensual."),
      a(
        "Lo puse en una migración aparte, 0044, con `AddIndexConcurrently` y `atomic = False`, así no bloquea escrituras. Falta probar los tiempos en el staging con una copia de la base.",
      ),
    ],
    followUp: "¿cuánto tardaría el relleno por lotes con 30 millones de filas?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("React Native 앱이 iOS 릴리스 빌드에서만 시작하자마자 꺼져. 디버그 빌드는 멀쩡해."),
      a(
        "크래시 로그를 보면 `react-native-reanimated` 플러그인이 릴리스 번들에서 빠져 있어요. babel.config.js에서 플러그인이 `env.development` 안에만 들어 있었습니다. 최상위 `plugins` 배열로 옮기고, 플러그인은 반드시 마지막에 두었습니다.",
      ),
      u("고쳤더니 켜지긴 하는데 이번엔 안드로이드 빌드가 느려졌어."),
      a(
        "안드로이드는 Hermes 캐시 때문일 가능성이 커요. `cd android && ./gradlew clean` 후 다시 빌드해 보시고, 그래도 느리면 gradle.properties의 `org.gradle.jvmargs`를 `-Xmx4g`로 올려 보세요. 아직 확인은 못 했습니다.",
      ),
    ],
    followUp: "gradle clean 했는데도 8분 걸려",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Quero organizar as contas da casa numa planilha. Eu e minha esposa dividimos aluguel, luz e mercado, mas ganhamos salários diferentes.",
      ),
      a(
        "Uma forma justa é dividir proporcionalmente à renda. Se você ganha R$ 6.000 e ela R$ 4.000, você paga 60% e ela 40% das contas comuns. Na planilha, uma aba com as rendas, outra com as despesas do mês e uma coluna que calcula a parte de cada um com `=despesa*renda/renda_total`.",
      ),
      u("E as despesas que só um usa, tipo a academia dela?"),
      a(
        'Essas ficam fora da divisão: marque com uma coluna "pessoal" = SIM e use `SOMASE` para somar só as comuns. Assim cada um paga as próprias e o resumo mostra quanto cada um transfere para a conta conjunta no fim do mês.',
      ),
    ],
    followUp: "dá para fazer isso no Google Planilhas também?",
  },
];
