/**
 * Blind round 69: four sample conversations of its own (English, Canadian French, Simplified Chinese, Brazilian
 * Portuguese), the kind a document Q&A or company knowledge-base assistant holds, so the round's RAG and search
 * templates are filled with text that `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_69: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our warehouse scanners keep dropping off the Wi-Fi in aisle 14 only. The handbook says something about roaming thresholds. What should I check first?",
      ),
      a(
        "Start with the access point that covers aisle 14: the handbook's network section says scanners roam when the signal drops below -70 dBm, and metal racking in the high aisles often pushes it lower. Check the controller log for that AP's channel and transmit power, and whether the scanners are stuck on the 2.4 GHz band.",
      ),
      u("The log shows AP-14 on channel 11 at low power, and the scanners are all on 2.4 GHz."),
      a(
        "Then two changes are worth trying: raise AP-14's transmit power one step, and move it off channel 11 if AP-13 next to it also uses 11. The handbook also recommends enabling 5 GHz on the scanner profile, since the newer units support it and the band is far less crowded in the warehouse.",
      ),
    ],
    followUp: "how do I push that profile change to all the scanners at once?",
  },
  {
    language: "French",
    locale: "fr-CA",
    turns: [
      u(
        "Je commence chez vous lundi prochain. Selon le guide de l'employé, combien de jours de vacances j'ai la première année?",
      ),
      a(
        "D'après le guide de l'employé, la première année vous accumulez 1,25 jour de vacances par mois travaillé, soit 15 jours si vous restez douze mois complets. Vous pouvez commencer à les prendre après la période de probation de trois mois, avec l'accord de votre gestionnaire.",
      ),
      u("Et si je tombe malade pendant la probation, est-ce que ça compte?"),
      a(
        "Oui : le guide prévoit deux jours de maladie payés dès l'embauche, séparés des vacances. Au-delà, une absence pendant la probation peut prolonger celle-ci du même nombre de jours, et il faut un billet médical après trois jours consécutifs.",
      ),
    ],
    followUp: "est-ce que je peux reporter les jours non pris à l'année suivante?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我们部门下个月要去成都出差三天，公司差旅制度里住宿标准是多少？"),
      a(
        "根据公司《差旅费管理办法》，成都属于二类城市，普通员工的住宿标准是每晚不超过450元，部门经理及以上不超过600元。超出标准的部分需要在出差前由分管领导审批，否则报销时只按标准金额核销。",
      ),
      u("那高铁可以坐一等座吗？"),
      a(
        "制度规定普通员工乘坐高铁二等座，部门经理及以上可以乘坐一等座。如果因为二等座售罄只能买一等座，需要在报销单上注明原因并附上购票截图。",
      ),
    ],
    followUp: "出差补贴是按天算还是按次算？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Estou lendo o contrato de locação que subi aqui. Qual é a multa se eu sair do apartamento antes dos 30 meses?",
      ),
      a(
        "Pela cláusula 9 do contrato, a multa por rescisão antecipada é de três aluguéis, cobrada de forma proporcional ao tempo que falta para completar os 30 meses. Se você sair por transferência de trabalho para outra cidade, a cláusula 9.2 dispensa a multa, desde que avise o locador por escrito com 30 dias de antecedência.",
      ),
      u("E o depósito caução, eles devolvem corrigido?"),
      a(
        "Sim. A cláusula 11 diz que a caução de três aluguéis é devolvida em até 30 dias depois da entrega das chaves, corrigida pelo rendimento da poupança, descontando só débitos em aberto e reparos de danos que não sejam desgaste normal de uso.",
      ),
    ],
    followUp: "preciso mandar esse aviso por carta registrada ou e-mail serve?",
  },
];
