/**
 * Blind round 18: four sample conversations of its own (English, German, Simplified Chinese, Turkish), so the
 * round's templates are filled with text the project's `_conversations.ts` does not hold. The round's clients
 * are coding agents and agent frameworks, so two of the four are about code.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_18: Conversation[] = [
  {
    language: "English",
    locale: "en-US",
    turns: [
      u(
        "Our Jest suite passes locally but `orders.test.ts` fails on CI about one run in five with `Timeout - Async callback was not invoked within 5000 ms`.",
      ),
      a(
        "A test that only times out on CI usually waits on something real: a network call, a timer or a database that is slower there. Check whether `orders.test.ts` awaits a promise that never settles when the mocked HTTP client is not reset between tests, and run it with `--runInBand` on CI to see if parallel workers share state.",
      ),
      u("With --runInBand it passes every time. The tests share one Postgres schema."),
      a(
        "Then the workers race on the same tables. Give each Jest worker its own schema (for example `test_${process.env.JEST_WORKER_ID}`) in the global setup, or wrap each test in a transaction that is rolled back in `afterEach`.",
      ),
    ],
    followUp: "which of the two is faster?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Unsere Gastherme zeigt seit gestern den Fehler F28 und die Wohnung bleibt kalt. Der Gaszähler läuft aber.",
      ),
      a(
        "F28 bedeutet bei vielen Thermen, dass beim Start keine Flamme erkannt wird. Prüfen Sie, ob der Gashahn unter dem Gerät ganz offen ist, und drücken Sie einmal die Entstörtaste. Kommt der Fehler wieder, ist oft die Zündelektrode oder der Ionisationsfühler verschmutzt – das sollte ein Installateur reinigen.",
      ),
      u("Der Hahn ist offen, nach der Entstörung lief sie zehn Minuten und dann wieder F28."),
    ],
    followUp: "kann ich die Elektrode selbst reinigen?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我想用 Python 每天早上八点自动把公司共享盘里的新报销单汇总成一个 Excel，有什么简单的办法？"),
      a(
        "可以写一个脚本：用 pathlib 找出当天新增的报销单文件，用 pandas 读取并合并，再用 to_excel 写成汇总表。定时执行在 Windows 上用“任务计划程序”，在 Linux 上用 cron，例如 `0 8 * * * python3 merge.py`。",
      ),
      u("报销单有的是 xlsx，有的是 csv，列名也不完全一样，怎么办？"),
      a(
        "先分别用 read_excel 和 read_csv 读取，然后用一个映射字典把不同的列名统一，比如把“金额(元)”和“报销金额”都改成“金额”，再 concat 合并即可。",
      ),
    ],
    followUp: "那重复提交的报销单怎么去掉？",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u("Ankara'dan İzmir'e taşınıyorum. Elektrik aboneliğimi nasıl devrederim, yoksa kapatıp yeniden mi açmalıyım?"),
      a(
        "Devir değil, eski adreste aboneliği sonlandırıp yeni adreste yeni abonelik açmanız gerekir. Ankara'daki dağıtım şirketine e-Devlet üzerinden veya şubeden fesih başvurusu yapın; son endeks okunur ve güvence bedeliniz iade edilir. İzmir'de ise kira sözleşmesi ve kimlikle yeni abonelik başvurusu yaparsınız.",
      ),
      u("Güvence bedeli ne kadar sürede iade ediliyor?"),
      a(
        "Son fatura kesildikten sonra genellikle birkaç gün içinde bildirdiğiniz IBAN'a güncellenmiş tutar olarak yatırılır; borç varsa önce ondan düşülür.",
      ),
    ],
    followUp: "yeni abonelik için depozito ödüyor muyum?",
  },
];
