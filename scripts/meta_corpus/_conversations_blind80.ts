/**
 * Blind round 80: four sample conversations of its own (English, German, Chinese, Portuguese), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_80: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our nightly Postgres backup job on the build server started failing with 'pg_dump: error: aborting because of server version mismatch'. Nothing changed on our side as far as I know.",
      ),
      a(
        "That error means the pg_dump binary is older than the server it talks to. Most likely the database was upgraded (say from 15 to 16) while the build server still has the old client package. Run `pg_dump --version` on the build server and `SELECT version();` on the database to confirm.",
      ),
      u("Yes, the client is 15.6 and the server is 16.2. Can I just install the 16 client next to the old one?"),
      a(
        "Yes. On Debian or Ubuntu add the PGDG repository and install postgresql-client-16; it installs alongside 15. Then point the job at /usr/lib/postgresql/16/bin/pg_dump explicitly, or adjust the pg_wrapper cluster setting, so the cron job does not pick up the old binary first.",
      ),
    ],
    followUp: "will a dump made with the 16 client still restore into our old staging server on 15?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Wir wollen im Frühjahr mit dem Zug von Wien nach Kopenhagen fahren, zwei Erwachsene und ein Kind mit vier Jahren. Lohnt sich der Nachtzug?",
      ),
      a(
        "Für diese Strecke schon: Der Nightjet von Wien nach Hamburg spart eine Hotelnacht, und von Hamburg fahren tagsüber direkte Züge nach Kopenhagen. Für eine Familie ist ein eigenes Schlafwagenabteil am bequemsten; Kinder unter sechs Jahren reisen ohne eigenen Platz meist gratis, mit eigenem Bett zahlt man einen ermäßigten Preis.",
      ),
      u("Und wann sollte ich buchen, damit es nicht zu teuer wird?"),
      a(
        "Die Buchung öffnet in der Regel sechs Monate vor der Fahrt, und die günstigen Sparschiene-Kontingente sind bei Schlafwagenabteilen schnell weg. Für April also am besten schon im Oktober oder November buchen und das Abteil gleich für alle drei Personen reservieren.",
      ),
    ],
    followUp: "kann man den Kinderwagen im Abteil mitnehmen?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我家阳台朝北，想种点香草做饭用，哪些比较好养？"),
      a(
        "朝北阳台光照偏少，建议选耐阴一些的香草：薄荷、香菜、细香葱和欧芹都能在散射光下长得不错。罗勒和迷迭香需要每天至少六小时直射光，在北阳台上容易徒长，不太推荐。",
      ),
      u("薄荷长得太快了，会不会把别的植物挤死？"),
      a(
        "会的，薄荷靠地下茎蔓延，最好单独种在一个盆里，不要和其他香草混种。每两三周剪一次顶，既能吃又能让它长得更紧凑。",
      ),
    ],
    followUp: "冬天要不要把它们搬进屋里？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Sou MEI e quero emitir nota fiscal de serviço para um cliente de outra cidade. Preciso me cadastrar na prefeitura dele?",
      ),
      a(
        "Não. Desde 2023 o MEI emite a NFS-e pelo Emissor Nacional, no portal gov.br, e o imposto continua sendo pago pela guia do DAS. O cadastro em outra prefeitura não é necessário; basta informar o município do tomador na nota.",
      ),
      u("E se o cliente pedir retenção de ISS?"),
      a(
        "O MEI não sofre retenção de ISS na fonte, porque o ISS já está incluído no valor fixo do DAS. Se o cliente insistir, explique isso e indique a regra do Simples Nacional; a própria NFS-e nacional já sai sem retenção para o MEI.",
      ),
    ],
    followUp: "qual é o limite de faturamento anual do MEI hoje?",
  },
];
