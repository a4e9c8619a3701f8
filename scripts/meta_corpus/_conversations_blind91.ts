/**
 * Blind round 91: four sample conversations of its own (English, Spanish, Chinese, Polish), each a short coding
 * session whose assistant turn carries the change as a code block, so the commit-message generators of the round have
 * a staged diff to work on and the session-title template a developer session to name; none of the text is in
 * `_conversations.ts` or the earlier rounds.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_91: Conversation[] = [
  {
    language: "English",
    locale: "en-CA",
    turns: [
      u(
        "Our backup script keeps filling the NAS because old snapshots never get deleted. Can you make backup.sh keep only the last 14 daily archives?",
      ),
      a(
        'After the tarball is written, the script now lists the archives newest first and removes everything past the fourteenth:\n\n```bash\nls -1t "$DEST"/home-*.tar.zst | tail -n +15 | xargs -r rm --\n```\n\n`xargs -r` keeps it from running `rm` with no arguments when there are fewer than 15 archives.',
      ),
      u("Filenames never have spaces, but could this delete the archive that is still being written?"),
      a(
        "No: the cleanup runs only after `tar` has exited successfully, and the new archive is the newest file, so it is always among the fourteen kept. I also added `set -euo pipefail` at the top so a failed tar stops the script before any deletion.",
      ),
    ],
    followUp: "how would I keep one archive per month on top of the dailies?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u(
        "El formulario de alta de socios deja enviar el DNI con puntos y después la búsqueda no lo encuentra. ¿Podés normalizarlo antes de guardarlo?",
      ),
      a(
        'Agregué una función que quita puntos, espacios y guiones y valida que queden entre 7 y 8 dígitos; el handler del formulario la llama antes de insertar:\n\n```ts\nexport function normalizarDni(valor: string): string {\n  const limpio = valor.replace(/[.\\s-]/g, "");\n  if (!/^\\d{7,8}$/.test(limpio)) throw new Error("DNI inválido");\n  return limpio;\n}\n```\n\nLos socios ya cargados con puntos se corrigen con una migración aparte.',
      ),
      u("¿Y la búsqueda? La gente también escribe el DNI con puntos ahí."),
      a(
        "La búsqueda ahora pasa el texto por la misma normalizarDni antes de consultar, y si no parece un DNI busca por apellido como antes, así que no cambia nada para quien busca por nombre.",
      ),
    ],
    followUp: "¿conviene guardar también el CUIL o alcanza con el DNI?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u('我们的 Rust 服务读取配置文件时，如果端口写成字符串 "8080" 就直接 panic。能不能让它同时接受数字和字符串？'),
      a(
        "可以。我给端口字段加了一个自定义反序列化函数，数字和纯数字字符串都能解析，其他情况返回清楚的错误而不是 panic：\n\n```rust\nfn port_from_any<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {\n    #[derive(Deserialize)]\n    #[serde(untagged)]\n    enum P { N(u16), S(String) }\n    match P::deserialize(d)? {\n        P::N(n) => Ok(n),\n        P::S(s) => s.trim().parse().map_err(de::Error::custom),\n    }\n}\n```\n\n字段上加 `#[serde(deserialize_with = \"port_from_any\")]` 即可。",
      ),
      u("那 99999 这种超出范围的值呢？"),
      a(
        '数字 99999 超出 u16，serde 会报 invalid value；字符串 "99999" 在 parse 时失败，也会变成带字段名的配置错误，服务启动时打印出来后退出，不会再 panic。',
      ),
    ],
    followUp: "要不要顺便支持环境变量覆盖端口？",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Pipeline w GitHub Actions za każdym razem instaluje zależności od zera i trwa dwanaście minut. Da się dodać cache dla npm?",
      ),
      a(
        "Tak. Dodałem cache oparty na pliku package-lock.json, więc klucz zmienia się tylko przy zmianie zależności:\n\n```yaml\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          cache: npm\n      - run: npm ci\n```\n\nPrzy trafieniu w cache instalacja powinna trwać kilkadziesiąt sekund zamiast kilku minut.",
      ),
      u("A czy cache nie przeniesie się między gałęziami i nie zepsuje buildów?"),
      a(
        "Cache jest tylko katalogiem ~/.npm z pobranymi paczkami, a npm ci i tak instaluje dokładnie wersje z package-lock.json, więc inna gałąź z innym lockiem dostanie po prostu inny klucz.",
      ),
    ],
    followUp: "czy warto też cache'ować katalog .next przy buildzie?",
  },
];
