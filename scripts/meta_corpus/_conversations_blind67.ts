/**
 * Blind round 67: four sample conversations of its own (English, German, Simplified Chinese, Brazilian Portuguese),
 * the kind a coding agent, an IDE assistant or a terminal tool holds, so the round's templates are filled with text
 * that `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_67: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "The nightly backup job for the allotment society's booking site fails with `pg_dump: error: connection to server on socket failed`. It ran fine until we moved Postgres into a container last week.",
      ),
      a(
        "The job still dials the Unix socket under /var/run/postgresql, which no longer exists on the host. Point pg_dump at the container over TCP instead:\n\n```bash\npg_dump -h 127.0.0.1 -p 5433 -U bookings -F c -f /srv/backup/bookings.dump bookings\n```\n\nand put the password in ~/.pgpass of the user cron runs as, mode 0600.",
      ),
      u("Done, and it works by hand. But under cron it still says the password is wrong."),
      a(
        "Cron runs the job as root, so it reads /root/.pgpass, not yours. Either move the line there or set PGPASSFILE=/home/ciaran/.pgpass at the top of the crontab. Check with `sudo -i crontab -l` which user the entry belongs to.",
      ),
    ],
    followUp: "can we also keep only the last seven dumps?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Unsere Vereins-App zeigt die Trainingszeiten doppelt an, seit ich die Liste mit `useEffect` lade. Woran liegt das?",
      ),
      a(
        "In der Entwicklungsumgebung führt React im StrictMode jeden Effekt absichtlich zweimal aus. Dein Effekt hängt die geladenen Termine an den bestehenden Zustand an, statt ihn zu ersetzen:\n\n```tsx\nuseEffect(() => {\n  ladeTermine().then((neu) => setTermine(neu));\n}, []);\n```\n\nSo steht die Liste nach dem zweiten Lauf nicht doppelt da.",
      ),
      u("Stimmt, ich hatte `setTermine([...termine, ...neu])`. Und wie breche ich den Abruf ab, wenn man die Seite schnell wieder verlässt?"),
      a(
        "Gib dem Abruf einen AbortController mit und ruf im Cleanup `controller.abort()` auf. Die abgebrochene Anfrage wirft einen AbortError, den du im catch einfach ignorierst.",
      ),
    ],
    followUp: "muss ich das in jedem Effekt so machen?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我们社区图书角的借书小程序，导出 Excel 的时候中文全是乱码，后端是 Go 写的，直接输出 CSV。"),
      a(
        "Excel 打开 CSV 时默认按系统编码读取，没有 BOM 就会把 UTF-8 当成 GBK。写入数据之前先写三个字节的 BOM：\n\n```go\nw.Write([]byte{0xEF, 0xBB, 0xBF})\ncw := csv.NewWriter(w)\n```\n\n同时把响应头设成 `text/csv; charset=utf-8`。",
      ),
      u("加了 BOM 以后 Excel 正常了，但是 WPS 打开第一列的列名前面多了个奇怪的符号。"),
      a(
        "那是旧版 WPS 没有识别 BOM，把它当成了普通字符。可以提供两个下载按钮，一个带 BOM 给 Excel，一个不带给 WPS；或者干脆导出 xlsx，用 excelize 这个库，编码问题就都没有了。",
      ),
    ],
    followUp: "excelize 生成的文件大概会有多大？",
  },
  {
    language: "Portuguese",
    locale: "pt-BR",
    turns: [
      u(
        "Tenho um script em Python que lê as planilhas de presença da escolinha de futebol e manda um resumo por e-mail. Ele leva quase dez minutos. Dá para acelerar?",
      ),
      a(
        "O gargalo costuma ser abrir cada planilha com openpyxl célula por célula. Leia tudo de uma vez com pandas e só depois agrupe:\n\n```python\ndf = pd.concat(pd.read_excel(p, usecols='A:D') for p in arquivos)\nresumo = df.groupby('turma')['presente'].mean()\n```\n\nCom umas cinquenta planilhas isso deve cair para menos de um minuto.",
      ),
      u("Caiu para quarenta segundos. Agora o e-mail sai com os acentos quebrados no Outlook."),
    ],
    followUp: "e se eu mandar o resumo como anexo em vez de no corpo?",
  },
];
