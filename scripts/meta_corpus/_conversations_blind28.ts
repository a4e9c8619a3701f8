/**
 * Blind round 28: four sample conversations of its own (English, Mexican Spanish, Simplified Chinese, Polish), coding
 * and agent work mixed with everyday questions, so the round's templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_28: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u("The CI job for our Go service fails with `go: updates to go.mod needed` but it builds fine on my laptop. Why?"),
      a(
        "Your laptop probably has a newer go.sum or a workspace file (go.work) that CI does not see. Run `go mod tidy` locally, commit both go.mod and go.sum, and check that CI uses the same Go version as you (`go version`). A `GOFLAGS=-mod=mod` in your shell would also hide the problem locally.",
      ),
      u("I had GOFLAGS set. After tidy the diff adds golang.org/x/sync. Is it safe to commit?"),
      a(
        "Yes. It is an indirect dependency that a package you import now needs; tidy records it so CI resolves the same versions. Commit it and unset GOFLAGS so you see such errors before CI does.",
      ),
    ],
    followUp: "can I make CI fail early when go.mod is not tidy?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u("Mi perro de 9 años empezó a tomar muchísima agua y orina dentro de la casa. ¿Debo preocuparme?"),
      a(
        "Sí conviene llevarlo al veterinario pronto. Beber y orinar mucho de repente en un perro mayor puede indicar diabetes, problemas renales o síndrome de Cushing. Lleva, si puedes, una muestra de orina de la mañana y anota cuánta agua toma en 24 horas.",
      ),
      u("¿Le quito el agua en la noche para que no se orine?"),
    ],
    followUp: "¿qué análisis le van a hacer?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我用 FastAPI 写了一个上传接口，大文件（2GB）上传到一半就断开，日志里是 413 Request Entity Too Large。"),
      a(
        "413 通常不是 FastAPI 报的，而是前面的 Nginx。把 nginx.conf 里的 client_max_body_size 调大（例如 3g），并适当加大 proxy_read_timeout。FastAPI 端最好用 UploadFile 流式写盘，不要一次读进内存。",
      ),
      u("改了 client_max_body_size 以后不报 413 了，但是内存涨得很厉害。"),
      a(
        "说明代码里还在用 await file.read() 一次性读取。改成按块读取：while chunk := await file.read(1024 * 1024): 写入临时文件，这样内存占用就稳定在几 MB。",
      ),
    ],
    followUp: "能不能直接传到 S3，不经过服务器？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Chcę przenieść bazę PostgreSQL 14 na nowy serwer z wersją 16. pg_dump czy pg_upgrade?"),
      a(
        "Przy przenosinach na inny serwer najprościej użyć pg_dump/pg_restore w formacie katalogowym z kilkoma zadaniami (-Fd -j 4). pg_upgrade działa tylko na tej samej maszynie. Przy dużej bazie i krótkim oknie serwisowym rozważ replikację logiczną.",
      ),
      u("Baza ma 300 GB, a przerwa może trwać najwyżej 20 minut."),
    ],
    followUp: "jak skonfigurować replikację logiczną z 14 do 16?",
  },
];
