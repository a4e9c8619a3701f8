/**
 * Blind round 89: four sample conversations of its own (English, French, Korean, Portuguese) about a shop's
 * laptop that will not join the office Wi-Fi, a tenant's heating dispute, revising for a chemistry exam and
 * organising a small team's weekly notes, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_89: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "The new laptop at the front counter of our bike shop sees the office Wi-Fi but says 'can't connect to this network'. The other two laptops are fine. What should I check first?",
      ),
      a(
        "Start with the saved network: tell Windows to forget it and join again, typing the password fresh. If that fails, check whether the router only allows listed devices (MAC filtering) and add the new laptop's Wi-Fi address, which you find under Settings, Network, Wi-Fi, Hardware properties.",
      ),
      u("Forgetting it didn't help. The router is an old TP-Link, I can log in to it."),
      a(
        "Then look under Wireless, Wireless MAC Filtering. If it is enabled with 'allow the stations specified', add the laptop's address there. Also check Wireless Security: some new laptops refuse the old TKIP setting, so switch it to WPA2-PSK with AES and reconnect all three laptops.",
      ),
    ],
    followUp: "where exactly do I find the MAC address on the laptop again?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Mon radiateur de chambre ne chauffe plus depuis trois semaines et le propriétaire ne répond pas à mes messages. Est-ce que j'ai le droit de retenir une partie du loyer ?",
      ),
      a(
        "Non, retenir le loyer de votre propre initiative est risqué : le bailleur pourrait vous reprocher un défaut de paiement. Envoyez d'abord une mise en demeure par recommandé qui décrit la panne, la date de début et un délai raisonnable pour réparer, par exemple quinze jours. Gardez des photos et les copies de vos messages.",
      ),
      u("Et s'il ne fait toujours rien après le recommandé ?"),
      a(
        "Vous pouvez alors saisir la justice de paix de votre canton, qui peut ordonner les travaux et accorder une réduction de loyer pour la période concernée. La procédure est peu coûteuse et vous pouvez vous faire aider gratuitement par un service d'aide juridique de première ligne.",
      ),
    ],
    followUp: "tu peux me rédiger la lettre de mise en demeure ?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("다음 주에 화학 중간고사인데 산화수 구하는 게 계속 헷갈려요. 쉽게 정리해 줄 수 있어요?"),
      a(
        "네. 규칙을 순서대로 적용하면 됩니다. 홑원소 물질은 0, 화합물 전체의 합은 0, 다원자 이온은 이온의 전하와 같습니다. 플루오린은 항상 -1, 산소는 보통 -2(과산화물에서는 -1), 수소는 비금속과 결합하면 +1, 금속과 결합하면 -1입니다. 나머지 원소는 합이 맞도록 계산하세요.",
      ),
      u("그럼 KMnO4에서 망간은 몇이에요?"),
      a("칼륨이 +1, 산소 네 개가 -8이니까 망간을 x라고 하면 1 + x - 8 = 0, 따라서 망간의 산화수는 +7입니다."),
    ],
    followUp: "Cr2O7 2- 이온의 크롬도 같은 방법으로 풀어 줘",
  },
  {
    language: "Portuguese",
    locale: "pt-PT",
    turns: [
      u(
        "Somos cinco numa pequena agência de design e as notas das reuniões de segunda-feira perdem-se sempre entre e-mails e o WhatsApp. Como organizo isto sem complicar?",
      ),
      a(
        "Crie uma única página partilhada por semana, com o mesmo modelo: decisões, tarefas com responsável e prazo, e assuntos para a próxima reunião. Uma pessoa diferente escreve as notas em cada semana e, no fim da reunião, lêem-se as tarefas em voz alta para confirmar os responsáveis.",
      ),
      u("E onde guardamos essas páginas? Usamos o Google Drive para tudo."),
      a(
        "Então use uma pasta 'Reuniões' no Drive com um documento por semana, nomeado pela data no formato 2026-05-11, para que fiquem ordenados. Fixe o link da pasta no grupo do WhatsApp e deixe lá só avisos curtos, nunca as decisões.",
      ),
    ],
    followUp: "podes dar-me o modelo do documento já pronto?",
  },
];
