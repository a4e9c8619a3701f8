/**
 * Blind round 56: four sample conversations of its own (British English, Swiss German, Simplified Chinese,
 * Brazilian Portuguese) about errands people bring to agent and RAG assistants (a flaky CI job, a flat handover,
 * a rice cooker warranty, a first half marathon), so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_56: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "Our nightly CI job fails about one run in five with 'ECONNRESET' while npm installs packages. Re-running it always passes. Any idea?",
      ),
      a(
        "That pattern usually points at the network between the runner and the registry rather than your code. Turn on npm's retry settings (fetch-retries 5, fetch-retry-mintimeout 20000) and cache ~/.npm between runs so fewer downloads happen at all.",
      ),
      u("We already cache node_modules, not ~/.npm. Is that worse?"),
      a(
        "Caching node_modules skips npm entirely only when the lockfile hash matches; the moment it changes you download everything again. Caching ~/.npm keeps the tarballs, so even a changed lockfile mostly installs from disk.",
      ),
    ],
    followUp: "how do I key that cache on the lockfile in GitHub Actions?",
  },
  {
    language: "German",
    locale: "de-CH",
    turns: [
      u(
        "Ich ziehe Ende März aus meiner Wohnung in Winterthur aus. Muss ich vor der Wohnungsabgabe alle Dübellöcher zuspachteln?",
      ),
      a(
        "Kleine Dübellöcher gelten in der Schweiz meist als normale Abnutzung, solange es nicht übermässig viele sind. Schau aber in deinen Mietvertrag: Manche Verwaltungen verlangen ausdrücklich, dass sie fachgerecht verschlossen werden.",
      ),
      u("Im Vertrag steht nichts dazu. Und was ist mit dem Backofen, der ist ziemlich verkrustet?"),
      a(
        "Den Backofen musst du gründlich reinigen, das gehört zur ordentlichen Endreinigung. Viele lassen ihn von einer Reinigungsfirma mit Abnahmegarantie machen, dann übernimmt die Firma allfällige Nachreinigungen bei der Abgabe.",
      ),
    ],
    followUp: "Was kostet so eine Endreinigung mit Abnahmegarantie ungefähr?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我去年十一月在京东买的电饭煲，现在内胆涂层开始脱落了，还能保修吗？"),
      a(
        "一般小家电整机保修一年，你买了不到半年，在保修期内。不过内胆涂层有的品牌算易损件，只保三个月。建议先看说明书的保修条款，再联系京东客服申请售后。",
      ),
      u("说明书上写内胆保修六个月。我需要准备什么材料？"),
      a(
        "那你还在六个月内。准备好订单号、涂层脱落的照片，最好再拍一张电饭煲底部的型号铭牌。在京东订单页点“申请售后”，选择“维修”或“换货”，上传照片就可以了。",
      ),
    ],
    followUp: "如果客服说是人为损坏怎么办？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Vou correr minha primeira meia maratona em Curitiba daqui a dez semanas. Hoje consigo correr 8 km sem parar. Dá tempo?"),
      a(
        "Dá, sim. Com 8 km de base e dez semanas, o caminho é aumentar o longão de domingo em cerca de 1 a 1,5 km por semana e manter dois treinos curtos e leves no meio da semana.",
      ),
      u("E o ritmo? Meu pace hoje é uns 6:30 por km."),
      a(
        "No longão, fique uns 30 a 45 segundos mais lento que isso, algo como 7:00 a 7:15. A ideia é terminar inteiro; o ritmo de prova você testa só em um ou dois treinos curtos perto do fim do ciclo.",
      ),
    ],
    followUp: "Preciso tomar gel durante a prova?",
  },
];
