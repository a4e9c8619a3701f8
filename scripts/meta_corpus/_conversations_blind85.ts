/**
 * Blind round 85: four sample conversations of its own (English, French, Japanese, Polish) about a flaky test,
 * a database backup job, a React render loop and a reverse proxy, so the round's templates (mostly coding agents)
 * are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_85: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u(
        "test_invoice_due_date passes on my laptop but fails in CI about one run in three. It asserts that an invoice created today is due in 14 days. What could make that flaky?",
      ),
      a(
        "The usual suspect is time. If the test builds 'today' with date.today() but the code under test uses datetime.now(timezone.utc), the two disagree whenever the CI runner's local date differs from the UTC date, which happens for part of every day on machines set to a non-UTC zone. Runs that start close to midnight can also cross the date boundary between creating the invoice and computing the expected value.",
      ),
      u("The runners are in Sydney, so that fits. How do I make the test stable?"),
      a(
        "Freeze the clock instead of reading it twice. With freezegun, decorate the test with @freeze_time('2026-03-02 09:00:00+00:00') and compute both the invoice date and the expectation from that instant, or better, let the invoice service take a clock parameter and pass a fixed one in the test. Either way both sides see the same date, in the same time zone, on every run.",
      ),
    ],
    followUp: "can you rewrite the test with an injected clock?",
  },
  {
    language: "French",
    locale: "fr-FR",
    turns: [
      u(
        "Je veux sauvegarder chaque nuit une base PostgreSQL de 40 Go sur un serveur Debian. pg_dump en format texte prend presque deux heures. Comment accélérer ?",
      ),
      a(
        "Passez au format répertoire avec pg_dump -Fd -j 4 -f /sauvegardes/base_$(date +%F) mabase : le dump est écrit en parallèle par quatre processus, une table par processus, et il est compressé par défaut. Sur 40 Go, on descend souvent sous les quarante minutes si le disque suit. La restauration peut aussi être parallélisée avec pg_restore -j.",
      ),
      u("Et pour ne garder que les sept dernières sauvegardes ?"),
      a(
        "Ajoutez après le dump une ligne find /sauvegardes -maxdepth 1 -name 'base_*' -mtime +7 -exec rm -rf {} +, et lancez le tout depuis un timer systemd plutôt que cron : vous aurez les journaux dans journalctl et une alerte si le service échoue.",
      ),
    ],
    followUp: "peux-tu m'écrire le fichier .service et le .timer ?",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u(
        "React のコンポーネントで useEffect の中で fetch して setState したら、リクエストが無限に飛び続けます。依存配列には options オブジェクトを入れています。",
      ),
      a(
        "原因は options オブジェクトです。親コンポーネントが再レンダーされるたびに新しいオブジェクトが作られるので、中身が同じでも参照が変わり、useEffect が毎回実行されます。その中で setState すると再レンダーが起き、また新しい options が渡される、というループになります。",
      ),
      u("じゃあ useMemo で options を包めば直りますか？"),
      a(
        "親側で useMemo を使って options をメモ化すれば止まります。ただ、依存配列には options 全体ではなく、実際に使う値（たとえば options.page と options.query）だけを入れる方が確実です。プリミティブ値なら参照の問題が起きません。",
      ),
    ],
    followUp: "AbortController でアンマウント時にリクエストを止める書き方も教えて",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u(
        "Mam aplikację Node na porcie 3000 i chcę ją wystawić przez nginx pod domeną sklep.example.pl z certyfikatem Let's Encrypt. Od czego zacząć?",
      ),
      a(
        "Najpierw blok server w /etc/nginx/sites-available/sklep z server_name sklep.example.pl i location / { proxy_pass http://127.0.0.1:3000; } oraz nagłówkami Host, X-Forwarded-For i X-Forwarded-Proto. Po włączeniu strony i nginx -t uruchom certbot --nginx -d sklep.example.pl: certbot sam doda blok na porcie 443 i przekierowanie z HTTP.",
      ),
      u("A websockety? Czat w aplikacji przestał działać po przejściu na nginx."),
      a(
        'Nginx domyślnie nie przekazuje nagłówka Upgrade. Dodaj w location proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection "upgrade"; i podnieś proxy_read_timeout, bo bezczynne połączenie zostanie zamknięte po 60 sekundach.',
      ),
    ],
    followUp: "jak sprawdzić, czy odnawianie certyfikatu działa automatycznie?",
  },
];
