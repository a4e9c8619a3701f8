/**
 * Blind round 49: four sample conversations of its own (English, German, Japanese, Turkish), the kind of talk a
 * home or voice assistant, a shop's customer service and a study helper get, so the round's templates are filled
 * with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_49: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u("It's freezing in the kids' room again. Can you bump the upstairs heating to 21 until bedtime?"),
      a(
        "Done: the upstairs thermostat is set to 21°C until 20:30, then it drops back to the night setting of 17°C. The hallway radiator valve is still reporting a low battery, so that room may warm up more slowly.",
      ),
      u("Ugh, that valve again. Remind me to buy AA batteries when I'm at Lidl on Saturday."),
      a(
        "I've added a reminder for Saturday at 10:00, tied to when you arrive at Lidl: buy AA batteries for the hallway radiator valve.",
      ),
    ],
    followUp: "and can you make the nursery light dim to 30% at half seven every evening?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Guten Tag, meine Bestellung 48213 sollte am Montag kommen, laut Sendungsverfolgung liegt das Paket aber seit Donnerstag im Verteilzentrum Wels.",
      ),
      a(
        "Das tut mir leid. Ich sehe, dass das Paket am Donnerstag in Wels gescannt wurde und seitdem keine Bewegung hatte. Ich habe beim Zusteller einen Nachforschungsauftrag gestellt; die Antwort kommt in der Regel innerhalb von zwei Werktagen.",
      ),
      u("Und wenn es verloren ist? Ich brauche die Wanderschuhe für eine Tour am 14."),
      a(
        "Wenn der Zusteller das Paket bis Mittwoch nicht findet, schicken wir Ihnen kostenlos ein Ersatzpaar per Express, damit es vor dem 14. bei Ihnen ist. Alternativ erstatten wir den vollen Betrag von 139,90 Euro.",
      ),
    ],
    followUp: "Kann ich das Ersatzpaar eine Nummer größer bekommen, also 44 statt 43?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("明日、化学の小テストがあるんだけど、モル濃度の計算がよくわからない。"),
      a(
        "モル濃度は「溶質の物質量（mol）÷ 溶液の体積（L）」で求めます。たとえば塩化ナトリウム 5.85 g（0.1 mol）を水に溶かして 500 mL にすると、0.1 ÷ 0.5 = 0.2 mol/L です。体積は mL から L に直すのを忘れないでください。",
      ),
      u("じゃあ 200 mL に 0.05 mol だったら？"),
      a(
        "0.05 ÷ 0.2 = 0.25 mol/L です。正解への近道は、まず単位をそろえることです。小テスト前に、質量から物質量を出す問題も一緒に練習しておきましょう。",
      ),
    ],
    followUp: "質量から物質量を出す問題を三つ出して",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u("Yarın sabah annemi hastaneye götürmem lazım, randevu 9.15'te. Kaçta çıkmam gerekir?"),
      a(
        "Evden Acıbadem Hastanesi'ne sabah trafiğinde yaklaşık 40 dakika sürüyor. Otopark ve kayıt için de 15 dakika eklersen en geç 8.20'de çıkman iyi olur. Alarmı 7.30'a kurdum.",
      ),
      u("Tamam. Bir de annemin ilaç listesini yanıma almam gerektiğini hatırlat."),
      a("Yarın 8.00 için hatırlatma ekledim: annenin ilaç listesini ve kimliğini yanına al."),
    ],
    followUp: "Dönüşte eczaneye de uğramam gerekecek, yol üstünde nöbetçi eczane var mı?",
  },
];
