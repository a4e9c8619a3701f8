/**
 * Blind round 60: four sample conversations of its own (English, Brazilian Portuguese, Chinese, Chilean Spanish),
 * written for this round so the agent, RAG and router templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_60: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("The cordless drill I bought from the DIY shop six weeks ago stopped charging. Can I still take it back?"),
      a(
        "Within the first six months a fault counts as being there from the start, so the shop has to repair or replace it, or refund you if that fails. Bring the drill, the charger and the receipt or the bank statement showing the payment.",
      ),
      u("I lost the receipt but it's on my loyalty card history."),
      a(
        "That works as proof of purchase at most chains: ask the service desk to look the sale up by your card number, and take a screenshot of the app entry in case their system is down.",
      ),
    ],
    followUp: "and if I paid part of it with a gift card, where does the refund go?",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Meu passaporte vence em março e vou viajar em maio. Preciso renovar agora ou dá pra esperar?"),
      a(
        "Melhor renovar já: vários países exigem seis meses de validade na entrada. Você preenche o formulário no site da Polícia Federal, paga a GRU e agenda o atendimento com o passaporte antigo e um documento com foto.",
      ),
      u("A GRU é aquela taxa de uns 250 reais, né? Posso pagar por Pix?"),
      a(
        "Isso, a taxa do passaporte comum fica em torno de R$ 257. A GRU tem código de barras, então dá para pagar no app do banco; alguns bancos também aceitam o QR Code Pix impresso nela.",
      ),
    ],
    followUp: "e depois do atendimento quanto tempo demora pra ficar pronto",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我下周要出差十天，家里养的酸种（鲁邦种）没人喂，怎么办？"),
      a(
        "出发前最后喂一次，按 1:1:1 喂完静置两小时，然后密封放进冰箱冷藏。低温下酵母活动很慢，十天左右一般没问题，表面出现一层灰色液体也正常，倒掉即可。",
      ),
      u("回来以后能直接用来做面包吗？"),
      a("最好不要直接用。先拿出来回温，再连续喂两三次，等它在四到六小时内能涨到两倍，再用来和面，面包的发酵才会稳定。"),
    ],
    followUp: "那冷藏之后第一次喂养要用什么比例？",
  },
  {
    language: "Spanish",
    locale: "es-CL",
    turns: [
      u("Trabajo como diseñadora freelance y emito boletas de honorarios. ¿Cuánto me retienen este año?"),
      a(
        "La retención de las boletas de honorarios sube un poco cada año por la ley de cotizaciones de independientes; revisa el porcentaje vigente en el sitio del SII. Ese monto lo paga quien te contrata y después se cruza con tu declaración de renta de abril.",
      ),
      u("¿Y si el cliente es una persona natural y no retiene?"),
      a(
        "Entonces la boleta se emite sin retención y tú misma debes pagar ese porcentaje como pago provisional mensual, en el formulario del mes siguiente.",
      ),
    ],
    followUp: "¿eso va en el F29 o en otro formulario?",
  },
];
