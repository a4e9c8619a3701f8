/**
 * Blind round 36: four sample conversations of its own (English, Spanish, Japanese, Russian), coding-agent and
 * everyday sessions, so the round's templates are filled with text the project's `_conversations.ts` and the
 * earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_36: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "The nightly backup job in cron/backup.sh exits 0 even when rsync fails halfway. Can you make it fail properly?",
      ),
      a(
        "The script pipes rsync into tee, so the pipeline returns tee's status. I added `set -o pipefail` at the top and changed the final line to `exit ${PIPESTATUS[0]}`, which now reports rsync's code. I also made the log file name include the date so failed runs are not overwritten.",
      ),
      u("Nice. Our monitoring only checks for the word ERROR in the log though, will that still work?"),
      a(
        "Not yet: rsync writes `rsync error:` in lower case. I added a trap on ERR that appends `ERROR backup failed with code $?` to the log, so the existing check fires without changing the monitor.",
      ),
    ],
    followUp: "can you also add a dry-run flag for testing on my laptop?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u("Tengo un huerto en el balcón y las hojas de los tomates se están poniendo amarillas desde abajo. ¿Qué puede ser?"),
      a(
        "Si el amarillo empieza por las hojas de abajo y sube, lo más común es falta de nitrógeno o exceso de riego. Revisá si la maceta drena bien y si la tierra queda húmeda más de dos días; si es así, regá menos y agregá un fertilizante con algo de nitrógeno cada dos semanas.",
      ),
      u("La maceta es de 10 litros y riego todos los días porque pega mucho el sol de la tarde."),
      a(
        "Para una tomatera, 10 litros es poco: la tierra se seca rápido arriba pero abajo queda encharcada. Pasala a una de 20 o 30 litros, poné una capa de mulch para que no se evapore tanto, y regá a fondo día por medio, a la mañana temprano.",
      ),
    ],
    followUp: "¿y las hojas amarillas las saco o las dejo?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("社内ツールの React アプリで、検索ボックスに入力するたびに API が呼ばれて重いです。どう直せばいいですか？"),
      a(
        "入力ごとに fetch しているので、300ms 程度のデバウンスを入れるのが定番です。useEffect の中で setTimeout を使い、クリーンアップ関数で clearTimeout すれば、最後の入力から一定時間たったときだけ API を呼べます。古いリクエストは AbortController で中断すると、結果の順序が入れ替わる問題も防げます。",
      ),
      u("AbortController を使うと、中断したリクエストでエラーが出てコンソールが赤くなります。"),
    ],
    followUp: "テストではデバウンスをどうやって待てばいいですか？",
  },
  {
    language: "Russian",
    locale: "ru-RU",
    turns: [
      u("Переезжаю в Казань в марте. Что лучше: снимать квартиру сразу на год или сначала на пару месяцев?"),
      a(
        "Если вы не знаете город, разумнее сначала снять на 1–2 месяца посуточно или помесячно в районе, где будете работать, и за это время посмотреть другие районы. Долгосрочная аренда обычно дешевле в месяц, но договор на год с залогом сложнее расторгнуть без потерь.",
      ),
      u("Работать буду рядом с метро «Козья слобода». Какие районы рядом удобные?"),
      a(
        "Рядом удобны Ново-Савиновский район и окрестности Кремлёвской набережной: до работы можно дойти пешком или доехать одну-две станции. Чуть дешевле жильё в районе «Яшьлек», откуда тоже прямая ветка метро.",
      ),
    ],
    followUp: "а сколько примерно стоит однушка там на месяц?",
  },
];
