/**
 * Blind round 27: four sample conversations of its own (English, French, Japanese, Brazilian Portuguese), so the
 * round's templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_27: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u("My bike chain keeps slipping on the smallest rear cog when I pedal hard uphill. What should I check first?"),
      a(
        "Start with the chain wear: a chain stretched past 0.75% skips on small cogs because it no longer sits in the worn teeth. Measure it with a chain checker or a ruler over 12 links (more than 12 1/16 inches means replace it). If the chain is fine, check the rear derailleur limit screw and cable tension, and look at the cog for hooked teeth.",
      ),
      u("The checker drops in at 0.75. Do I need a new cassette too?"),
    ],
    followUp: "how do I know which chain fits an 11-speed cassette?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u("Mon propriétaire veut garder toute la garantie locative pour une tache sur la moquette. Il a le droit ?"),
      a(
        "Non, pas automatiquement. Il doit prouver que le dégât dépasse l'usure normale en comparant l'état des lieux d'entrée et de sortie, et chiffrer le dommage. La garantie bloquée sur un compte ne peut être libérée qu'avec l'accord des deux parties ou une décision du juge de paix.",
      ),
      u("L'état des lieux d'entrée ne mentionne pas la moquette du tout."),
      a(
        "Dans ce cas, on présume que vous l'avez reçue dans l'état où elle se trouve à la sortie, sauf preuve contraire de sa part. Répondez-lui par écrit en refusant la retenue et proposez une conciliation.",
      ),
    ],
    followUp: "et s'il refuse de signer la libération de la garantie ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月から在宅勤務が週3日になります。通勤定期をやめた場合、交通費の精算はどうするのが一般的ですか？"),
      a(
        "多くの会社では定期代の支給をやめ、出社した日の往復運賃を実費で精算する方式に切り替えます。就業規則や交通費規程に在宅勤務時の扱いが書かれているか確認し、出社日数によっては定期の方が安い場合もあるので比較してみてください。",
      ),
      u("月に8日くらい出社する予定です。どちらが得になりそうですか？"),
    ],
    followUp: "在宅勤務手当は課税されますか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Comprei uma geladeira que chegou com a porta amassada. A loja diz que só troca se eu pagar o frete. Pode isso?"),
      a(
        "Não. Pelo Código de Defesa do Consumidor, produto entregue com vício aparente deve ser trocado ou consertado sem custo para você, incluindo o frete. Registre a reclamação por escrito com fotos e o número do pedido; se a loja não resolver em 30 dias, você pode pedir a troca, o dinheiro de volta ou abatimento no preço.",
      ),
    ],
    followUp: "posso registrar no Procon pela internet?",
  },
];
