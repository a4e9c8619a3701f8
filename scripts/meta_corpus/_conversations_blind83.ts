/**
 * Blind round 83: four sample conversations of its own (English, German, Chinese, Portuguese) about studying,
 * meeting preparation, journaling and running a small business, so the round's templates are filled with text
 * the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_83: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "My organic chemistry exam is in nine days and I keep mixing up SN1 and SN2. Is there a quick way to tell which one a question wants?",
      ),
      a(
        "Look at three things in order. The substrate: methyl and primary carbons almost always go SN2, tertiary carbons go SN1 because the carbocation is stable. The nucleophile: a strong, negatively charged one such as hydroxide or cyanide pushes towards SN2, a weak neutral one such as water or ethanol towards SN1. The solvent: polar aprotic solvents like acetone or DMSO favour SN2, polar protic ones like water favour SN1. Secondary substrates are the tricky middle ground, so decide on the nucleophile and solvent there.",
      ),
      u("Okay. And what happens to the stereochemistry in each case?"),
      a(
        "SN2 is a single backside attack, so a chiral centre is inverted, like an umbrella turning inside out. SN1 goes through a flat carbocation that can be attacked from either face, so you get a mixture of both configurations, usually close to racemic with a slight excess of inversion.",
      ),
    ],
    followUp: "can you give me five practice questions on that?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Ich leite morgen zum ersten Mal die Teambesprechung in unserer Steuerkanzlei. Wir sind sechs Leute und die Besprechungen dauern immer über eine Stunde. Wie bekomme ich das auf 30 Minuten?",
      ),
      a(
        "Schicken Sie heute noch eine Tagesordnung mit höchstens vier Punkten und einer Zeitangabe pro Punkt. Beginnen Sie pünktlich, lassen Sie jeden Punkt mit einer Entscheidung oder einer Aufgabe mit Namen und Termin enden und verschieben Sie Detaildiskussionen, die nur zwei Personen betreffen, in ein eigenes Gespräch.",
      ),
      u("Und wer schreibt das Protokoll? Bisher hat das niemand gemacht."),
      a(
        "Lassen Sie das Protokoll reihum führen, jede Woche eine andere Person. Es reicht ein kurzes Ergebnisprotokoll: Beschlüsse, offene Aufgaben mit Verantwortlichen und Fristen. Legen Sie es spätestens am selben Nachmittag im gemeinsamen Ordner ab.",
      ),
    ],
    followUp: "wie formuliere ich die Einladung dazu?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我想开始每天写感恩日记，但总是坚持不了三天。有什么办法能让我养成这个习惯？"),
      a(
        "先把门槛降到最低：每天只写三件小事，每件一句话就够。把写日记和一个已有的习惯绑在一起，比如刷牙之后或者睡前关灯之前。本子和笔放在枕头旁边，不要依赖手机，以免一打开就去刷别的应用。",
      ),
      u("如果某天真的觉得没什么值得感恩的呢？"),
      a(
        "那就写最具体、最普通的事情，比如一杯热茶、公交车准时到站、同事帮你带了午饭。感恩日记的重点不是大事，而是训练自己去注意细节。实在写不出来的日子，也可以写一件明天想期待的事。",
      ),
    ],
    followUp: "每周要不要回顾一次？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Tenho uma pequena confeitaria em Curitiba com três funcionárias. Toda semana perco horas montando a escala de trabalho no papel. Existe um jeito mais simples?",
      ),
      a(
        "Uma planilha compartilhada já resolve boa parte: uma linha por dia, uma coluna por funcionária e uma aba com as folgas pedidas. Se quiser algo pronto, aplicativos gratuitos de escala permitem que elas troquem turnos entre si e recebam aviso no celular.",
      ),
      u("E como eu controlo as horas extras para não ter problema com a CLT?"),
      a(
        "Some as horas de cada funcionária na própria planilha e marque em vermelho quando passar de 44 horas semanais ou de duas horas extras por dia. Guarde o registro de ponto assinado todo mês e combine por escrito, em acordo individual ou coletivo, se for usar banco de horas.",
      ),
    ],
    followUp: "preciso pagar adicional no domingo?",
  },
];
