/**
 * Blind round 86: four sample conversations of its own (English, French, Japanese, Polish), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_86: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "The rainwater tank next to our shed has turned green inside and the water smells a bit like a pond. We only use it for the vegetable garden. Is it still safe to water tomatoes with it?",
      ),
      a(
        "For watering it is usually fine: the green colour is algae growing because light gets into the tank. Water at the base of the plants rather than over the fruit, and don't use it for anything you eat raw without washing. To stop the algae, make the tank opaque (paint it or wrap it) and keep the inlet screened so leaves don't rot in it.",
      ),
      u("Should I empty it and scrub it out first, or can I just cover it?"),
      a(
        "If there is a thick layer of sludge at the bottom, drain it and scrub it once, then cover it. If it's only green water, covering it is enough: without light the algae die off within a few weeks and settle out.",
      ),
    ],
    followUp: "and would a bit of bleach in the tank hurt the plants?",
  },
  {
    language: "French",
    locale: "fr-BE",
    turns: [
      u(
        "Je dois rendre un mémoire de master en juin et mon directeur veut que je passe de Word à LaTeX. J'ai déjà 40 pages. Est-ce que ça vaut vraiment la peine de tout convertir maintenant ?",
      ),
      a(
        "Si le mémoire contient beaucoup d'équations, de références croisées ou une longue bibliographie, oui : LaTeX vous fera gagner du temps sur la mise en page finale. Vous pouvez convertir le texte avec Pandoc (`pandoc memoire.docx -o memoire.tex`), puis corriger à la main les tableaux et les figures. Comptez une à deux journées pour 40 pages.",
      ),
      u("Et pour la bibliographie, j'utilise Zotero. Ça marche avec LaTeX ?"),
      a(
        "Oui, très bien. Installez l'extension Better BibTeX dans Zotero, exportez votre collection en fichier .bib avec la mise à jour automatique, et utilisez biblatex avec biber dans votre document. Les citations se font alors avec \\cite{cle}.",
      ),
    ],
    followUp: "est-ce que je peux garder le style de citation imposé par ma faculté ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("来月から在宅勤務が週3日になります。自宅の机が狭くて、モニターとノートPCを置くと書類を広げる場所がありません。何か工夫はありますか？"),
      a(
        "モニターアームを使うと、モニターを机から浮かせて奥行きを確保できます。ノートPCは縦置きスタンドに立ててクラムシェルモードで使い、外付けキーボードだけを手前に置くと、書類を広げるスペースがかなり増えます。",
      ),
      u("クラムシェルモードだとノートPCが熱くなりませんか？"),
      a(
        "閉じた状態では放熱が少し悪くなりますが、縦置きスタンドなら底面と側面から熱が逃げるので、通常の事務作業なら問題ありません。動画編集など負荷の高い作業が多い場合は、ファン付きのスタンドを選ぶと安心です。",
      ),
    ],
    followUp: "おすすめのモニターアームの選び方を教えてください",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Kupiłem używany rower szosowy i przerzutka tylna nie chce wrzucić najmniejszej zębatki. Linka wygląda na nową. Co mogę sprawdzić sam w domu?",
      ),
      a(
        "Najpierw sprawdź śrubę ograniczającą oznaczoną literą H na przerzutce: jeśli jest za mocno wkręcona, łańcuch nie zejdzie na najmniejszą zębatkę. Wykręć ją o pół obrotu i spróbuj ponownie. Jeśli to nie pomoże, poluzuj regulator naciągu linki przy manetce o jeden lub dwa obroty.",
      ),
      u("Odkręciłem śrubę H i teraz działa, ale przy zmianie na większe zębatki łańcuch trochę hałasuje."),
    ],
    followUp: "czy hak przerzutki może być krzywy i jak to sprawdzić?",
  },
];
