/**
 * Four conversations written for blind round 14 only (not the corpus's `_conversations.ts` ones): a coding chat in
 * English, a household question in Spanish, a Python question in Japanese and a cycling plan in Brazilian
 * Portuguese. The round's templates are filled with each of them.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND14: Conversation[] = [
  {
    language: "English",
    locale: "en-US",
    turns: [
      u("git rebase stopped with a conflict in package-lock.json. What's the least painful way through?"),
      a(
        "Don't merge the lockfile by hand. Take the version from the branch you rebase onto with `git checkout --theirs package-lock.json`, run `npm install` to regenerate it, then `git add package-lock.json` and `git rebase --continue`.",
      ),
      u("It stopped again on the next commit with the same file."),
      a(
        "That happens when several commits touch the lockfile. Repeat the same three steps for each stop, or squash the lockfile commits first with an interactive rebase so you only resolve it once.",
      ),
    ],
    followUp: "can I make git remember the resolution?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u("Me llegó un recibo de luz de 2.300 pesos y normalmente pago 800. ¿Qué puede estar pasando?"),
      a(
        "Lo más común es haber salido de la tarifa subsidiada por consumo alto en verano: el aire acondicionado o un refrigerador viejo bastan. Compara los kWh del recibo con los del bimestre anterior y revisa si el medidor avanza con todo apagado.",
      ),
    ],
    followUp: "¿y si el medidor sí avanza con todo apagado?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("Pythonのasyncioで、複数のAPIを同時に呼んで一番早い結果だけ使いたいです。どう書けばいいですか？"),
      a(
        "asyncio.wait にタスクを渡して return_when=asyncio.FIRST_COMPLETED を指定します。最初に終わったタスクの結果を使い、残りの pending タスクは cancel() してください。",
      ),
      u("タイムアウトも付けたいです。"),
      a("asyncio.wait に timeout=3 のように渡せます。done が空ならタイムアウトなので、その場合も pending を全部キャンセルします。"),
    ],
    followUp: "例外が出たタスクはどう扱えばいいですか？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u("Quero ir de bicicleta para o trabalho, são 12 km com uma subida forte no final. Por onde começo?"),
      a(
        "Comece duas vezes por semana, saindo com roupa de treino e trocando no trabalho. Faça o trajeto num domingo para conhecer a subida e use marchas leves nela sem vergonha de ir devagar.",
      ),
    ],
    followUp: "vale a pena comprar uma bicicleta elétrica?",
  },
];
