/**
 * Blind round 47: four coding-agent sessions of its own (English, French, Chinese, Polish), each with a code edit
 * in an answer, so the round's compaction, hand-off, title and commit templates are filled with text the project's
 * `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_47: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "The nightly export job in scripts/export_orders.py crashes with `UnicodeEncodeError` when a customer name has an umlaut. Can you fix it?",
      ),
      a(
        'The CSV writer opens the file with the platform default encoding, which is cp1252 on the build agent. I changed the open call to UTF-8 and added a BOM so Excel keeps reading it:\n\n```python\nwith open(path, "w", newline="", encoding="utf-8-sig") as handle:\n    writer = csv.writer(handle)\n    writer.writerows(rows)\n```\n\nThe test `test_export_handles_non_ascii` now passes.',
      ),
      u("Good. Does the S3 upload step need the same change?"),
      a(
        "No: `upload_export()` reads the file back in binary mode and sends the bytes unchanged, so the encoding is already fixed by the time it runs. I left it as it is.",
      ),
    ],
    followUp: "now make the job retry the upload three times before it gives up",
  },
  {
    language: "French",
    locale: "fr-FR",
    turns: [
      u(
        "Dans notre appli Vue, le composant `ListeFactures.vue` recharge toutes les factures à chaque frappe dans le champ de recherche. Tu peux ajouter un anti-rebond ?",
      ),
      a(
        "J'ai ajouté un anti-rebond de 300 ms autour de l'appel à l'API et annulé la requête précédente avec un `AbortController` :\n\n```ts\nconst rechercher = useDebounceFn(async (terme: string) => {\n  controleur?.abort();\n  controleur = new AbortController();\n  factures.value = await api.factures(terme, { signal: controleur.signal });\n}, 300);\n```\n\nLe réseau ne montre plus qu'une requête par pause de saisie.",
      ),
      u("Et les tests unitaires, ils passent encore ?"),
      a(
        "Deux tests échouaient parce qu'ils attendaient la requête tout de suite ; je leur ai ajouté `vi.advanceTimersByTime(300)`. Toute la suite `npm run test:unit` est verte.",
      ),
    ],
    followUp: "affiche un petit indicateur de chargement pendant la recherche",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我们的 Go 服务在 `internal/cache/lru.go` 里并发读写 map，压测时偶尔 panic：concurrent map writes。帮我修一下。"),
      a(
        "原因是 `Get` 会更新访问顺序，也在写 map，但只加了读锁。我把读写锁换成了普通互斥锁，并把淘汰逻辑放进同一个临界区：\n\n```go\nfunc (c *LRU) Get(key string) (any, bool) {\n\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n\treturn c.getLocked(key)\n}\n```\n\n`go test -race ./internal/cache/...` 已经通过。",
      ),
      u("换成互斥锁之后性能会不会掉很多？"),
      a(
        "基准测试 `BenchmarkLRUParallel` 从每次 210ns 变成 260ns，大约慢 20%，但在压测的 QPS 下可以忽略。如果以后需要，可以按 key 分片成 16 个小缓存来降低锁竞争。",
      ),
    ],
    followUp: "那就按 key 分片吧，先做 16 个分片",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Migracja `0042_add_invoice_index` w naszym projekcie Django blokuje tabelę faktur na kilka minut na produkcji. Da się to zrobić bez blokady?",
      ),
      a(
        'Tak. Na PostgreSQL indeks można budować współbieżnie, ale wtedy migracja nie może działać w transakcji. Zmieniłem ją tak:\n\n```python\nclass Migration(migrations.Migration):\n    atomic = False\n    operations = [\n        AddIndexConcurrently("invoice", models.Index(fields=["issued_at"], name="invoice_issued_idx")),\n    ]\n```\n\nNa kopii bazy indeks zbudował się w 4 minuty bez blokowania zapisów.',
      ),
      u("A co jeśli budowanie indeksu się przerwie w połowie?"),
      a(
        "Wtedy zostaje nieważny indeks (INVALID). Dodałem do instrukcji wdrożenia krok, który go wykrywa w `pg_index` i usuwa przez `DROP INDEX CONCURRENTLY` przed ponowną próbą.",
      ),
    ],
    followUp: "dodaj test, który sprawdza, że migracja ma atomic = False",
  },
];
