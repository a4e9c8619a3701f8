/**
 * Blind round 70: four sample conversations of its own (English, French, Chinese, Turkish), a community-garden
 * rota, a squeaking bicycle brake, a pandas merge that multiplies rows and a Cappadocia balloon trip, so the round's
 * chat-bot and companion templates are filled with text the project's `_conversations.ts` and the earlier rounds
 * do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_70: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our community garden has nine plot holders and the water butts run dry every July. Can you help me set up a fair watering rota for the shared beds?",
      ),
      a(
        "With nine people a simple way is three teams of three, each covering one week in three, so nobody waters more than ten days over the summer. Put the rota on the shed door and in your group chat, and add a swap rule: anyone can trade a week as long as they post the swap before Sunday evening.",
      ),
      u("Two of the plot holders are away for most of August. Does the team idea still work?"),
      a(
        "Yes, if you put both of them in the same team and give that team the June and early July weeks instead. The other two teams then share August, which is when the beds need the most water, and the two travellers make up for it by doing the butt cleaning in September.",
      ),
    ],
    followUp: "could we also add a reminder the night before each team's week starts?",
  },
  {
    language: "French",
    locale: "fr-CA",
    turns: [
      u(
        "Mon frein avant de vélo grince à chaque arrêt depuis que j'ai roulé sous la pluie. C'est un frein à disque mécanique. Qu'est-ce que je peux faire?",
      ),
      a(
        "Le plus souvent, ce sont les plaquettes qui ont ramassé de la saleté ou un peu d'huile. Retire la roue, nettoie le disque à l'alcool isopropylique avec un chiffon propre, puis ponce légèrement la surface des plaquettes avec du papier abrasif fin sur une surface plane. Remonte tout et fais une dizaine de freinages progressifs pour les roder.",
      ),
      u("J'ai nettoyé le disque mais ça grince encore, et maintenant le levier va presque jusqu'au guidon."),
    ],
    followUp: "est-ce que je dois changer le câble aussi?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我用 pandas 把订单表和客户表 merge 之后，行数从 1200 变成了 3000 多，这是怎么回事？"),
      a(
        "这通常是因为客户表里的连接键不唯一：同一个 customer_id 在客户表里出现了好几次，merge 时每条订单都会和这些重复行各配一次，行数就被放大了。可以先用 customers['customer_id'].duplicated().sum() 看看有多少重复，再决定是去重还是按最新记录保留一条。",
      ),
      u("确实有 400 多个重复的 customer_id，都是地址改过之后新插的记录。我想每个客户只保留最新的一条。"),
      a(
        "可以先按 updated_at 排序，再用 drop_duplicates(subset='customer_id', keep='last') 只保留最新的一行，然后再 merge。merge 时加上 validate='many_to_one'，以后客户表再出现重复键，pandas 会直接报错，而不是悄悄把行数放大。",
      ),
    ],
    followUp: "如果 updated_at 有空值，排序的时候会不会出问题？",
  },
  {
    language: "Turkish",
    locale: "tr-TR",
    turns: [
      u("Ekim sonunda Kapadokya'ya gidiyoruz. Balon turunu ilk sabaha mı yoksa son sabaha mı ayarlayalım?"),
      a(
        "İlk sabaha ayarlamanızı öneririm. Rüzgar yüzünden uçuşlar sık sık iptal ediliyor; ilk sabah iptal olursa şirketler genelde ertesi güne kaydırıyor, son sabah iptal olursa ikinci bir şansınız kalmıyor. Rezervasyon yaparken iptal durumunda tarih değişikliği ya da tam iade yapıldığını yazılı olarak teyit edin.",
      ),
      u("Üç gece kalacağız, Göreme'de mi yoksa Ürgüp'te mi kalmak daha mantıklı?"),
    ],
    followUp: "balon turu fiyatları kişi başı ne kadar civarında?",
  },
];
