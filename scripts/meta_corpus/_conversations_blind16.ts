/**
 * Four sample conversations of blind round 16, written for it (not the project's `_conversations.ts` ones): a flaky
 * Python test in English, a French question about a train pass, a Chinese question about home Wi-Fi and an Italian
 * one about repotting a lemon tree.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND16: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u("My pytest suite passes locally but test_export_csv fails about one run in five on CI. Where do I start?"),
      a(
        "Intermittent failures like that usually come from shared state or ordering. Run `pytest -p no:randomly -x` and then `pytest --count=20 tests/test_export.py` with pytest-repeat; if it only fails after other tests, a fixture is leaking a temp file or a module-level cache.",
      ),
      u("It only fails when test_import runs first. Both write to /tmp/out.csv."),
      a(
        "That's the cause: both tests share one path. Use the `tmp_path` fixture in each test so every test gets its own directory, and delete the hard-coded /tmp path.",
      ),
    ],
    followUp: "can I make that the default for the whole module?",
  },
  {
    language: "French",
    locale: "fr-FR",
    turns: [
      u("Je prends le TER tous les jours entre Lyon et Grenoble. Est-ce que l'abonnement mensuel vaut le coup ?"),
      a(
        "Avec un aller-retour quotidien, oui : l'abonnement illimité coûte nettement moins que 20 allers-retours au plein tarif, et votre employeur doit en rembourser la moitié.",
      ),
    ],
    followUp: "Et si je télétravaille deux jours par semaine ?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("家里卧室的 Wi-Fi 信号很差，路由器在客厅，隔了两堵墙。买个信号放大器有用吗？"),
      a(
        "放大器能用，但会把速度减半。更好的办法是买一套支持 Mesh 的路由器，把一个节点放在两堵墙之间的走廊上；如果能走网线，用有线回程效果最好。",
      ),
      u("Mesh 路由器一般多少钱？"),
      a("两只装的入门款大约 400 到 600 元，支持 Wi-Fi 6 的三只装一般在 1000 元左右。"),
    ],
    followUp: "那我租的房子不能打孔，怎么布线？",
  },
  {
    language: "Italian",
    locale: "it-IT",
    turns: [
      u("Il mio limone in vaso ha le foglie gialle e le radici escono dal fondo. Devo rinvasarlo adesso a dicembre?"),
      a(
        "Meglio aspettare la fine di febbraio o marzo, quando riparte la vegetazione. Per ora tienilo in un posto luminoso e fresco, annaffia poco e non concimare; le foglie gialle d'inverno spesso vengono dal troppo acqua.",
      ),
    ],
    followUp: "che terriccio uso quando lo rinvaso?",
  },
];
