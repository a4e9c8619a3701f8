/**
 * Blind round 54: four sample conversations of its own (English, German, Chinese, Brazilian Portuguese), a coding
 * session in an editor, a household matter, a small-shop question and a hobby one, so the round's templates are
 * filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_54: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our Go service leaks goroutines: after a day the pprof goroutine count is at 40k and most stacks sit in handler/export.go:88 waiting on a channel send. What's going on?",
      ),
      a(
        "Line 88 sends each export row on `results`, but the consumer returns early when the client disconnects, so nobody drains the channel and every producer blocks forever. I changed the send to a `select` on `ctx.Done()` and `results <- row`, and the handler now cancels the context when the writer fails. After a load test the count stays under 300.",
      ),
      u("Good. Can we also make the export stop reading from Postgres when the context is cancelled?"),
      a(
        "Yes: I switched `db.Query` to `db.QueryContext(ctx, ...)` in store/export.go and check `rows.Err()` after the loop, so a cancelled request closes the cursor instead of reading the remaining 2 million rows.",
      ),
    ],
    followUp: "write a test that proves the goroutines are gone after a client disconnect",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Unsere Therme im Altbau zeigt seit gestern Fehler F28 und die Wohnung bleibt kalt. Der Installateur kommt erst am Montag. Kann ich selbst etwas tun?",
      ),
      a(
        "F28 heißt bei den meisten Geräten, dass die Flamme beim Zünden nicht erkannt wird. Prüfen Sie zuerst, ob der Gashahn unter der Therme offen ist und ob andere Gasgeräte, etwa der Herd, funktionieren. Ist beides in Ordnung, können Sie die Störung einmal mit der Reset-Taste quittieren. Öffnen Sie das Gerät bitte nicht selbst.",
      ),
      u("Der Herd geht, der Hahn ist offen. Nach dem Reset lief sie zehn Minuten und dann wieder F28."),
      a(
        "Dann liegt es wahrscheinlich an der Zündelektrode oder am Ionisationsfühler, beides ist Sache des Installateurs. Bis Montag helfen ein elektrischer Heizlüfter im Hauptraum und geschlossene Türen; notieren Sie dem Installateur die Uhrzeiten der Störungen, das verkürzt die Suche.",
      ),
    ],
    followUp: "Zahlt das die Hausverwaltung oder ich als Mieter?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我在淘宝开了一家卖手工皂的小店，最近退货率突然升到百分之十五，大多数买家说皂在运输中裂开了。该怎么办？"),
      a(
        "手工皂开裂通常是因为皂体没有完全熟成、含水量偏高，加上冬天运输温差大。建议先把熟成期从四周延长到六周，发货前抽查几块看是否还软；包装上每块皂单独用气泡膜包好，再放进有隔层的纸盒，箱子四角塞满填充物。",
      ),
      u("如果改了包装，运费会涨多少？我现在每单平均八块钱。"),
      a(
        "气泡膜和隔层纸盒每单大约多一块五到两块钱，重量基本不变，所以快递费不会明显增加。按百分之十五的退货率算，每一百单少退十几单，省下的退货运费和损耗远高于包装成本。",
      ),
    ],
    followUp: "要不要在商品详情页里说明一下熟成时间？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Comecei a fazer pão de fermentação natural, mas o miolo fica denso e com buracos só em cima. Uso 500 g de farinha, 350 g de água e 100 g de levain.",
      ),
      a(
        "Miolo denso com bolhas só no topo costuma ser fermentação curta: a massa ainda não tinha crescido o bastante quando foi ao forno. Com 70% de hidratação, deixe a fermentação principal até a massa aumentar uns 50% e ficar com bolhas nas laterais do pote, o que pode levar 5 a 6 horas a 24 °C.",
      ),
      u("Minha cozinha fica uns 19 °C à noite. Isso muda muito?"),
      a(
        "Muda bastante: a 19 °C a fermentação pode levar 8 a 10 horas. Uma saída é usar água morna a 30 °C na mistura e deixar o pote dentro do forno desligado com a luz acesa, que costuma ficar entre 24 e 26 °C.",
      ),
    ],
    followUp: "e a fermentação na geladeira depois de modelar, quanto tempo eu deixo?",
  },
];
