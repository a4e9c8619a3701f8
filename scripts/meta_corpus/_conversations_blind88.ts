/**
 * Blind round 88: four sample conversations of its own (English, Mexican Spanish, Japanese, Dutch), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_88: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "I'm taking my two kids (8 and 11) on their first overnight tramp, the Pinnacles track in the Coromandel. What should I sort out beforehand?",
      ),
      a(
        "Book the Pinnacles Hut early, since weekends fill up months ahead. Pack warm layers even in summer, because the hut sits at 500 metres and nights get cold. Let each kid carry their own sleeping bag and water, and plan on about three hours up with breaks at the swing bridges.",
      ),
      u("The forecast says showers on Saturday afternoon. Is the track still okay with kids in the wet?"),
      a(
        "Light showers are fine, but the old packhorse steps get slippery and the stream crossings rise quickly after heavy rain. Start early so you reach the hut before the showers, and if MetService issues a heavy rain watch, postpone rather than risk the crossings.",
      ),
    ],
    followUp: "what snacks keep kids going on the climb without a sugar crash?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u(
        "Quiero abrir un puesto de tamales los domingos afuera de mi casa en Puebla. ¿Necesito algún permiso del municipio?",
      ),
      a(
        "Sí. Para vender en la vía pública necesitas un permiso de comercio en vía pública del Ayuntamiento; se tramita en la dirección de abasto y comercio con tu INE, comprobante de domicilio y un croquis del lugar. Además conviene tomar el curso de manejo higiénico de alimentos que ofrece la Secretaría de Salud.",
      ),
      u("¿Y cuánto cuesta más o menos el permiso? No quiero gastar mucho al principio."),
      a(
        "Depende de los metros que ocupes y de la zona, pero para un puesto pequeño de un solo día a la semana suele ser una cuota modesta que se paga por mes. Pregunta en ventanilla por la tarifa de puestos semifijos y lleva las medidas exactas de tu mesa.",
      ),
    ],
    followUp: "¿Qué pasa si un vecino se queja del humo del anafre?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月、祖母の米寿のお祝いを家族でやります。何を準備すればいいですか？"),
      a(
        "米寿のテーマカラーは金色や黄色なので、黄色いちゃんちゃんこや金色の座布団、ひまわりの花束などがよく選ばれます。会場は祖母様が移動しやすい近所の料亭や自宅がおすすめで、食事は柔らかい料理を事前にお店に相談しておくと安心です。",
      ),
      u("祖母は写真が苦手なんですが、記念写真は撮った方がいいですか？"),
      a(
        "無理に撮らなくても大丈夫です。集合写真を一枚だけにして、あとは食事中の自然な様子をスマホで撮る程度にすれば負担が少ないです。撮る前に本人に一言確認すると気持ちよく過ごせます。",
      ),
    ],
    followUp: "プレゼントは何歳の孫からでも渡せる物がいいですか？",
  },
  {
    language: "Dutch",
    locale: "nl-NL",
    turns: [
      u(
        "Ik wil mijn oude bakfiets ombouwen naar elektrisch met een middenmotor. Is dat slim of kan ik beter een voorwielmotor nemen?",
      ),
      a(
        "Een middenmotor geeft meer trekkracht op hellingen en gebruikt de versnellingen, maar past alleen als je bracket de juiste maat heeft. Een voorwielmotor is goedkoper en makkelijker te monteren, maar bij een zware bakfiets kan het voorwiel wegslippen bij nat weer.",
      ),
      u("Mag ik daarna gewoon op het fietspad rijden met de kinderen in de bak?"),
      a(
        "Ja, zolang de ondersteuning stopt bij 25 km/u en het motorvermogen maximaal 250 watt is, blijft het wettelijk een gewone fiets. Controleer wel of de remmen het extra gewicht aankunnen; hydraulische schijfremmen zijn dan sterk aan te raden.",
      ),
    ],
    followUp: "hoe lang gaat zo'n accu ongeveer mee voordat hij vervangen moet worden?",
  },
];
