/**
 * Blind round 22: four sample conversations of its own (English, Spanish, Chinese, Russian), so the round's
 * templates are filled with text the project's `_conversations.ts` does not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_22: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u(
        "Our integration test `test_upload_resumes` passes locally but fails about one run in five on CI with a timeout. Where would you start?",
      ),
      a(
        "A test that only fails under CI load usually races against a fixed sleep or a shared port. Look for `time.sleep` or hard-coded ports in the fixture first; on a busy runner the background uploader may not be listening yet. Replace the sleep with a readiness poll on the health endpoint and bind the fake server to port 0.",
      ),
      u("There's a `sleep(2)` right after starting the uploader thread. I swapped it for a poll on /healthz."),
      a(
        "Good. Rerun the job a dozen times with `--count=12` from pytest-repeat; if it stays green, remove the retry decorator someone added to hide the flake.",
      ),
    ],
    followUp: "should the poll have its own timeout too?",
  },
  {
    language: "Spanish",
    locale: "es-ES",
    turns: [
      u(
        "Mi casero quiere subirme el alquiler un 8 % al renovar el contrato en junio. ¿Puede hacerlo sin más?",
      ),
      a(
        "Depende de lo que diga el contrato y de la fecha en que se firmó. Si el contrato fija la actualización al IPC o a otro índice, solo puede aplicar ese índice en la renovación anual. Si se trata de un contrato nuevo al terminar la prórroga, puede proponer otra renta, pero usted no está obligado a aceptarla. Revise también si su vivienda está en una zona declarada tensionada, porque allí hay límites adicionales.",
      ),
      u("El contrato es de 2021 y dice que se actualiza cada año según el IPC."),
    ],
    followUp: "¿y si me niego a firmar la subida?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我家的猫最近总是半夜在客厅跑酷，还抓沙发，有什么办法让它晚上安静点吗？"),
      a(
        "猫在夜里活跃多半是白天精力没消耗完。睡前留出十五分钟，用逗猫棒陪它玩到有点喘，然后喂一小份晚餐，它通常就会犯困。沙发那边可以放一个竖立的猫抓板，并在扶手上贴双面胶，让它改去抓猫抓板。",
      ),
      u("逗猫棒它玩两分钟就不理了，怎么办？"),
    ],
    followUp: "那激光笔可以用吗？",
  },
  {
    language: "Russian",
    locale: "ru-RU",
    turns: [
      u("Хочу поехать из Москвы в Казань на выходные на поезде. Какой вариант удобнее: ночной или «Ласточка» днём?"),
      a(
        "Если хочется сэкономить день, берите ночной поезд: выезжаете в пятницу вечером и утром уже в Казани, а гостиница на одну ночь не нужна. Дневная «Ласточка» быстрее и дешевле, но съедает почти весь световой день. Билеты на пятничные ночные поезда лучше брать за две-три недели.",
      ),
      u("Тогда ночной. Купе или плацкарт, если еду одна?"),
      a(
        "Одной спокойнее в купе, особенно в женском, если такое есть в составе. Плацкарт дешевле, но там шумнее и меньше личного пространства.",
      ),
    ],
    followUp: "а есть ли в купе розетки?",
  },
];
