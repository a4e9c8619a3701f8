/**
 * Blind round 38: four sample conversations of its own (English, Spanish, Chinese, Polish), so the round's templates
 * are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_38: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("My nightly rsync backup to the NAS keeps failing with 'connection reset by peer' around 3am. Where do I start?"),
      a(
        "Check the NAS logs for that hour first: many NAS units run their own scheduled tasks (disk scrubs, updates) at night and drop SSH sessions. Then add `-e 'ssh -o ServerAliveInterval=30'` to the rsync call so an idle link is not cut by the router.",
      ),
      u("The NAS log shows a firmware update check at 03:00 that restarts the SSH service."),
      a(
        "That explains it. Move the backup to 01:30 or the update check to the afternoon, and add `--partial` so an interrupted run resumes instead of starting over.",
      ),
    ],
    followUp: "can rsync send me an email when a run fails?",
  },
  {
    language: "Spanish",
    locale: "es-ES",
    turns: [
      u("Quiero hacer el Camino Portugués desde Tui en mayo. ¿Cuántos días necesito y dónde duermo?"),
      a(
        "Desde Tui hasta Santiago son unos 115 km, normalmente en cinco o seis etapas: Tui–O Porriño, O Porriño–Redondela, Redondela–Pontevedra, Pontevedra–Caldas de Reis, Caldas–Padrón y Padrón–Santiago. En mayo conviene reservar los albergues privados; los públicos no admiten reserva y se llenan pronto.",
      ),
      u("¿Y qué necesito para conseguir la Compostela?"),
    ],
    followUp: "¿puedo mandar la mochila en taxi entre etapas?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我家阳台朝北，想种点香草，比如薄荷和罗勒，能种活吗？"),
      a(
        "朝北阳台直射光少，薄荷比较耐阴，一般能长得不错；罗勒喜欢每天至少六小时阳光，在北阳台容易徒长、叶子变小。可以把罗勒放在最亮的角落，或者补一盏植物灯。",
      ),
      u("薄荷要多久浇一次水？我怕浇死了。"),
      a(
        "用手指插进土里两厘米左右，感觉干了再浇，浇就浇透，盆底要有排水孔。夏天大概两三天一次，冬天一周左右一次。",
      ),
    ],
    followUp: "薄荷会不会长得太疯把别的植物挤死？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Wynajmuję mieszkanie w Krakowie i właściciel chce podnieść czynsz o 20% od przyszłego miesiąca. Czy może tak zrobić?"),
      a(
        "Przy umowie na czas określony podwyżka w trakcie umowy jest możliwa tylko wtedy, gdy umowa to przewiduje. Przy umowie na czas nieokreślony właściciel musi wypowiedzieć dotychczasową wysokość czynszu z zachowaniem co najmniej trzymiesięcznego terminu, na koniec miesiąca kalendarzowego.",
      ),
      u("Mam umowę na czas nieokreślony i dostałem tylko SMS-a."),
    ],
    followUp: "czy mogę zakwestionować podwyżkę w sądzie?",
  },
];
