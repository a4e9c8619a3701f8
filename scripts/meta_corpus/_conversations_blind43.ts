/**
 * Blind round 43: four sample conversations of its own (English, French, Chinese, Italian), the kind a note,
 * mail or productivity app's built-in chat holds, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_43: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "I keep my reading notes in one folder per book. What's a good way to link quotes to the chapter they come from without typing the chapter name every time?",
      ),
      a(
        "Give each chapter its own heading in the book note and put the quotes under it as block quotes. Then link to a quote with the heading anchor, like [[Middlemarch#Chapter 12]]. If you use a template for new chapters, the heading is created for you and you only paste the quote.",
      ),
      u("And if the same quote fits two books I'm comparing?"),
      a(
        "Keep the quote in one place, the book it comes from, and give its block an ID such as ^dorothea-choice. In the comparison note embed it with ![[Middlemarch#^dorothea-choice]], so a fix to the quote shows up in both notes.",
      ),
    ],
    followUp: "can I list every note that embeds a given quote?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Je dois organiser la réunion trimestrielle de l'association des parents d'élèves. Comment répartir l'ordre du jour sur une heure et demie ?",
      ),
      a(
        "Commencez par dix minutes pour l'accueil et l'approbation du dernier procès-verbal, puis trente minutes pour le budget de la fête de l'école, vingt minutes pour la sécurité aux abords de l'école et vingt minutes pour les propositions des parents. Gardez dix minutes à la fin pour les décisions et la répartition des tâches.",
      ),
      u("La trésorière ne peut venir qu'à partir de 20 h 30, et la réunion commence à 20 h."),
      a(
        "Alors placez le budget après la sécurité : accueil de 20 h à 20 h 10, sécurité de 20 h 10 à 20 h 30, budget de 20 h 30 à 21 h avec la trésorière, puis les propositions des parents et les décisions jusqu'à 21 h 30.",
      ),
    ],
    followUp: "tu peux me préparer le mail d'invitation aux parents ?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我在用笔记软件复习线性代数，特征值和特征向量总是记混，有什么好办法整理笔记吗？"),
      a(
        "可以为每个概念建一张卡片：正面写定义，背面写一个具体的 2×2 矩阵例子。比如矩阵 [[2,0],[0,3]] 的特征值是 2 和 3，对应的特征向量是 (1,0) 和 (0,1)。把“求特征值”和“求特征向量”的步骤分开写，先解 det(A-λI)=0，再代回去解 (A-λI)x=0。",
      ),
      u("那对称矩阵有什么特别的性质需要单独记吗？"),
      a(
        "需要。实对称矩阵的特征值都是实数，不同特征值对应的特征向量互相正交，而且它一定可以被正交对角化。建议在卡片里加一条反例：非对称矩阵 [[1,1],[0,1]] 只有一个特征值 1，却无法对角化。",
      ),
    ],
    followUp: "能帮我把这些整理成一个复习清单吗？",
  },
  {
    language: "Italian",
    locale: "it-IT",
    turns: [
      u(
        "Nel mio gestionale di note tengo le ricevute delle spese condominiali. Come posso capire quanto ho speso per il riscaldamento quest'anno?",
      ),
      a(
        "Se ogni ricevuta ha un tag come #riscaldamento e un campo importo nelle proprietà della nota, puoi creare una vista che filtra quel tag per l'anno in corso e somma il campo importo. Se alcune ricevute non hanno il tag, cerca la parola 'riscaldamento' nel testo e aggiungilo a mano.",
      ),
      u("Alcune ricevute sono PDF scansionati, senza testo."),
      a(
        "Per quelle serve prima il riconoscimento del testo: molte app lo fanno sugli allegati PDF. In alternativa crea una breve nota per ogni PDF con la data, l'importo e il tag, e collega il file: così entrano anche loro nella somma.",
      ),
    ],
    followUp: "e per confrontare con l'anno scorso?",
  },
];
