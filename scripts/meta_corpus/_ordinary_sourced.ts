import type { OrdinaryTurn } from "./_ordinary_types.ts";

/*
 * Ordinary user turns collected verbatim from public benchmark and evaluation files (negatives for
 * the META model): MT-Bench and its translations (German, Spanish, French, Italian, Japanese, Dutch,
 * Portuguese, Korean), the Vicuna questions in English and Japanese and in LLMZoo's translations
 * (Arabic, German, Spanish, French, Italian, Korean, Portuguese, Chinese), AlignBench (Chinese), and
 * Arena-Hard prompts from Chatbot Arena users (English; Russian translation). Role-play prompts,
 * system-prompt-like instructions and unsafe requests are left out; long texts are cut to about
 * their first 1,500 characters. Every entry's `source` names the question file it was read from as
 * `owner/repo path@commit`.
 *
 * FIRST_TURNS are a benchmark question's first turn alone. FOLLOW_UPS are MT-Bench second turns
 * (follow-ups such as "now make it shorter"): the history is the first turn and, as the assistant's
 * answer, the GPT-4 reference answer the same repository ships next to the question file at the same
 * commit (`reference_answer/gpt-4.jsonl`, for KoMT-Bench `reference_answer_ko/gpt-4.jsonl`).
 */

const M2LINGUAL_MT_BENCH_DE =
  "ServiceNow/FastChat fastchat/llm_judge/data/mt_bench_de/question.jsonl@57659b0588c8077b855f48ba9421bf31fbcd9f72";
const M2LINGUAL_MT_BENCH_ES =
  "ServiceNow/FastChat fastchat/llm_judge/data/mt_bench_es/question.jsonl@57659b0588c8077b855f48ba9421bf31fbcd9f72";
const M2LINGUAL_MT_BENCH_FR =
  "ServiceNow/FastChat fastchat/llm_judge/data/mt_bench_fr/question.jsonl@57659b0588c8077b855f48ba9421bf31fbcd9f72";
const M2LINGUAL_MT_BENCH_IT =
  "ServiceNow/FastChat fastchat/llm_judge/data/mt_bench_it/question.jsonl@57659b0588c8077b855f48ba9421bf31fbcd9f72";
const M2LINGUAL_MT_BENCH_JP =
  "ServiceNow/FastChat fastchat/llm_judge/data/mt_bench_jp/question.jsonl@57659b0588c8077b855f48ba9421bf31fbcd9f72";
const M2LINGUAL_MT_BENCH_NL =
  "ServiceNow/FastChat fastchat/llm_judge/data/mt_bench_nl/question.jsonl@57659b0588c8077b855f48ba9421bf31fbcd9f72";
const M2LINGUAL_MT_BENCH_PT =
  "ServiceNow/FastChat fastchat/llm_judge/data/mt_bench_pt/question.jsonl@57659b0588c8077b855f48ba9421bf31fbcd9f72";
const LMSYS_MT_BENCH =
  "lm-sys/FastChat fastchat/llm_judge/data/mt_bench/question.jsonl@0e6d3e4beaab66f4d3f93db72541a4abab8af28d";
const LMSYS_VICUNA_BENCH =
  "lm-sys/FastChat fastchat/llm_judge/data/vicuna_bench/question.jsonl@0e6d3e4beaab66f4d3f93db72541a4abab8af28d";
const KO_MT_BENCH =
  "LG-AI-EXAONE/KoMT-Bench FastChat/fastchat/llm_judge/data/mt_bench/question_ko.jsonl@56d4f3af437543dce39f08aecfb818abed81210d";
const JA_VICUNA =
  "ku-nlp/ja-vicuna-qa-benchmark data/jp_bench/question.jsonl@128a862da6a4478c3e80ab3c3b716d1417380751";
const RU_ARENA_HARD =
  "RefalMachine/llmtf_open benchmark/llmaaj/ru_arena-hard-v0.1/questions.json@504bd7fc2793c900e97010f124651460afcd4812";
const ALIGNBENCH = "THUDM/AlignBench data/data_v1.1_release.jsonl@5b79d4a84e566db26e755c719935c62a0e1b0527";
const ARENA_HARD =
  "lm-sys/arena-hard-auto data/arena-hard-v0.1/question.jsonl@efc012e192b88024a5203f5a28ec8fc0342946df";
const LLMZOO_VICUNA_AR =
  "FreedomIntelligence/LLMZoo llmzoo/eval/questions/multilingual/ar100.jsonl@cf70d9cd7a34808681ebe58e652f697420d7b055";
const LLMZOO_VICUNA_DE =
  "FreedomIntelligence/LLMZoo llmzoo/eval/questions/multilingual/de100.jsonl@cf70d9cd7a34808681ebe58e652f697420d7b055";
const LLMZOO_VICUNA_ES =
  "FreedomIntelligence/LLMZoo llmzoo/eval/questions/multilingual/es100.jsonl@cf70d9cd7a34808681ebe58e652f697420d7b055";
const LLMZOO_VICUNA_FR =
  "FreedomIntelligence/LLMZoo llmzoo/eval/questions/multilingual/fr100.jsonl@cf70d9cd7a34808681ebe58e652f697420d7b055";
const LLMZOO_VICUNA_IT =
  "FreedomIntelligence/LLMZoo llmzoo/eval/questions/multilingual/it100.jsonl@cf70d9cd7a34808681ebe58e652f697420d7b055";
const LLMZOO_VICUNA_KO =
  "FreedomIntelligence/LLMZoo llmzoo/eval/questions/multilingual/ko100.jsonl@cf70d9cd7a34808681ebe58e652f697420d7b055";
const LLMZOO_VICUNA_PT =
  "FreedomIntelligence/LLMZoo llmzoo/eval/questions/multilingual/pt100.jsonl@cf70d9cd7a34808681ebe58e652f697420d7b055";
const LLMZOO_VICUNA_ZH =
  "FreedomIntelligence/LLMZoo llmzoo/eval/questions/multilingual/zh100.jsonl@cf70d9cd7a34808681ebe58e652f697420d7b055";

/** A first user turn and the assistant's answer to it, as a follow-up's history. */
function answered(user: string, assistant: string): NonNullable<OrdinaryTurn["history"]> {
  return [{ role: "user", content: user }, { role: "assistant", content: assistant }];
}

// Two arrays: one literal holding both shapes is too complex a union for the type checker (TS2590).
const FIRST_TURNS: OrdinaryTurn[] = [
  {
    lang: "de",
    text:
      "Verfassen Sie einen fesselnden Reiseblog-Beitrag über eine kürzliche Reise nach Hawaii, wo kulturelle Erlebnisse und unbedingt zu sehende Attraktionen hervorgehoben werden.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Entwerfen Sie eine professionelle E-Mail, in der Sie das Feedback Ihres Vorgesetzten zum von Ihnen erstellten 'Quartalsfinanzbericht' einholen. Fragen Sie speziell nach der Datenanalyse, dem Präsentationsstil und der Klarheit der gezogenen Schlussfolgerungen. Halten Sie die E-Mail kurz und präzise.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Stellen Sie sich vor, Sie schreiben einen Blog-Beitrag, in dem Sie zwei beliebte Smartphone-Modelle vergleichen. Erstellen Sie eine Gliederung für den Blog-Beitrag, einschließlich wichtiger Punkte und Zwischenüberschriften, um die Eigenschaften, Leistung und Benutzererfahrung der beiden Modelle effektiv zu vergleichen und gegenüberzustellen. Bitte antworten Sie in weniger als 200 Wörtern.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Schreibe eine überzeugende E-Mail, um deinen introvertierten Freund, der öffentliches Sprechen nicht mag, zu überreden, sich als Gastredner bei einer lokalen Veranstaltung zu melden. Nutze überzeugende Argumente und gehe auf mögliche Einwände ein. Bitte fasse dich kurz.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Beschreibe einen lebendigen und einzigartigen Charakter, unter Verwendung von starken Bildern und kreativer Sprache. Bitte antworte in weniger als zwei Absätzen.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Schreiben Sie einen beschreibenden Absatz über einen belebten Marktplatz, indem Sie sinnliche Details wie Gerüche, Geräusche und visuelle Elemente einbauen, um ein immersives Erlebnis für den Leser zu schaffen.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Könnten Sie eine fesselnde Kurzgeschichte schreiben, die mit dem Satz beginnt: Das alte verlassene Haus am Ende der Straße verbarg ein Geheimnis, das niemand jemals entdeckt hatte.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Verfassen Sie einen fesselnden einleitenden Absatz für eine fiktive Kurzgeschichte. Die Geschichte sollte eine Figur beinhalten, die eines Morgens aufwacht und feststellt, dass sie durch die Zeit reisen kann.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      '1. "Erneuerbare Bio-Energie: Neueste Entdeckung trifft Ethik am Scheideweg"\n2. "Innovativer Durchbruch in Bio-Energie: Wissenschaftlich Präzise und Ethisch Sensible"\n3. "Weckt Bio-Energie die Zukunft auf? Die neueste Innovation trifft auf ethische Herausforderungen"\n4. "Revolutionäre Erneuerbare Bio-Energie: Ein Spielwechsler unter Berücksichtigung der Ethik"',
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      'Korrigiere den folgenden Absatz, um eventuelle grammatikalische Fehler zu beheben:\nSie konnte sich nicht erinnern, wo ihre Tasche ist, daher dachte ich, sie könnte im Auto sein, aber er sagte, sie sei auf dem Küchentisch, war sich aber nicht sicher. Dann baten sie mich, danach zu suchen. Sie fragte: "Kannst du das?" und ich antwortete: "Vielleicht, aber ich bin mir nicht sicher". Er hat mich allerdings nicht gehört. "Was?", fragte er, "Hast du sie gefunden?".',
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Stellen Sie sich vor, Sie nehmen an einem Rennen mit einer Gruppe von Menschen teil. Wenn Sie gerade die zweite Person überholt haben, welche ist Ihre aktuelle Position? Wo befindet sich die Person, die Sie gerade überholt haben?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Sie können ein wunderschönes rotes Haus zu Ihrer Linken und ein hypnotisches Gewächshaus zu Ihrer Rechten sehen, ein attraktiver beheizter rosa Ort vor Ihnen. Also, wo ist das Weiße Haus?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Thomas ist sehr gesund, aber er muss jeden Tag ins Krankenhaus gehen. Was könnten die Gründe dafür sein?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "David hat drei Schwestern. Jede von ihnen hat einen Bruder. Wie viele Brüder hat David?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Lesen Sie den folgenden Text sorgfältig durch und beantworten Sie die Fragen mit einer Erklärung:\nBei einem kleinen Unternehmen sind Parkplätze für die Top-Führungskräfte reserviert: CEO, Präsident, Vizepräsident, Sekretär und Kassierer, mit den Parkplätzen in dieser Reihenfolge. Der Parkplatzwachmann kann auf einen Blick erkennen, ob die Autos richtig geparkt sind, indem er sich die Farbe der Autos ansieht. Die Autos sind gelb, grün, lila, rot und blau, und die Namen der Führungskräfte sind Alice, Bert, Cheryl, David und Enid.\n* Das Auto auf dem ersten Platz ist rot.\n* Ein blaues Auto ist zwischen dem roten Auto und dem grünen Auto geparkt.\n* Das Auto auf dem letzten Platz ist lila.\n* Der Sekretär fährt ein gelbes Auto.\n* Alices Auto ist nebendem von David geparkt.\n* Enid fährt ein grünes Auto.\n* Berts Auto ist zwischen Cheryls und Enids Auto geparkt.\n* Davids Auto ist auf dem letzten Platz geparkt.\nFrage: Wie heißt der Sekretär?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Jedes Problem besteht aus drei Aussagen. Basierend auf den ersten beiden Aussagen kann die dritte Aussage wahr, falsch oder unsicher sein.\n1. Orangen kosten mehr als Äpfel.\n2. Orangen kosten weniger als Bananen.\n3. Bananen kosten mehr als Äpfel und Bananen kosten mehr als Orangen.\nWenn die ersten beiden Aussagen wahr sind, dann ist die dritte Aussage",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "A ist der Vater von B. B ist der Vater von C. Was ist die Beziehung zwischen A und C?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Welches Wort gehört nicht zu den anderen?\nReifen, Lenkrad, Auto, Motor",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Eines Morgens nach Sonnenaufgang stand Suresh vor einem Pfahl. Der Schatten des Pfahls fiel genau auf seine rechte Seite. Können Sie mir sagen, in welche Richtung der Schatten zeigte - Osten, Süden, Westen oder Norden? Erklären Sie Ihre Denkschritte.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Eltern haben sich beim Schulleiter über Mobbing in den Pausen beschwert. Der Schulleiter möchte dies schnell lösen und hat die Pausenaufsichten angewiesen, wachsam zu sein. Welche Situation sollten die Aufsichten dem Schulleiter melden?\na) Ein inaktives Mädchen sitzt alleine auf einer Bank, vertieft in ein Buch und zeigt keine Interaktion mit ihren Mitschülern.\nb) Zwei Jungen, die ein Eins-gegen-Eins-Basketballspiel spielen, sind in einen hitzigen Streit über den zuletzt erzielten Korb verwickelt.\nc) Eine Gruppe von vier Mädchen hat ein anderes Mädchen umzingelt und scheint in den Besitz ihres Rucksacks gelangt zu sein.\nd) Drei Jungs sind über ein Handheld-Videospiel gebeugt, was gegen die Regeln verstößt und auf dem Schulgelände nicht erlaubt ist.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Die Eckpunkte eines Dreiecks befinden sich an den Punkten (0, 0), (-1,1) und (3,3). Wie groß ist der Flächeninhalt des Dreiecks?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Ein Technologie-Startup investiert im ersten Jahr 8000$ in Softwareentwicklung und investiert dann im zweiten Jahr die Hälfte dieses Betrags in die Softwareentwicklung. \nWie hoch ist der Gesamtbetrag, den das Startup in den zwei Jahren in die Softwareentwicklung investiert hat?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "In einer Umfrage, die an einer örtlichen Highschool durchgeführt wurde, wurden die Vorlieben für eine neue Schulfarbe gemessen: 58% der Schüler mochten die Farbe Blau, 45% bevorzugten Grün und 22% mochten beide Farben. Wenn wir zufällig einen Schüler aus der Schule auswählen, wie hoch ist die Wahrscheinlichkeit, dass er weder Blau noch Grün mag?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Wenn man zwei Würfel wirft, wie hoch ist die Wahrscheinlichkeit, dass man eine Gesamtzahl wirft, die mindestens 3 ist?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Einige Leute stiegen an der Endstation in einen Bus. An der ersten Bushaltestelle stiegen die Hälfte der Leute aus und 4 weitere Leute stiegen ein. Dann an der zweiten Bushaltestelle stiegen 6 Leute aus und 8 weitere stiegen ein. Wenn insgesamt 25 Leute zur dritten Haltestelle fuhren, wie viele Leute sind an der Endstation in den Bus gestiegen?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  { lang: "de", text: "x+y = 4z, x*y = 4z^2, drücke x-y in z aus.", source: M2LINGUAL_MT_BENCH_DE },
  {
    lang: "de",
    text: "Wie viele ganze Zahlen sind in der Lösung der Ungleichung |x + 5| < 10?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Wenn eine Zahl durch 10 geteilt wird, bleibt der Rest 4. Was ist der Rest, wenn die doppelte Zahl durch 4 geteilt wird?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Benjamin ging in eine Buchhandlung und kaufte eine Vielfalt an Büchern. Er kaufte 5 Exemplare eines Science-Fiction-Romans, jedes mit einem Preis von 20 Dollar, 3 Exemplare eines Geschichtsbuchs zum Preis von jeweils 30 Dollar und 2 Exemplare eines Philosophiebuchs für jeweils 45 Dollar.\nWas war die Gesamtkosten seiner Einkäufe?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Angenommen, f(x) = 4x^3 - 9x - 14, finde den Wert von f(2).",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Entwickeln Sie ein Python-Programm, das alle Textdateien in einem Verzeichnis liest und die fünf am häufigsten vorkommenden Wörter zurückgibt.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Schreibe ein C++ Programm, um die nth Fibonacci Zahl mit Rekursion zu finden.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Schreibe eine einfache Website in HTML. Wenn ein Benutzer auf den Button klickt, zeigt es einen zufälligen Witz aus einer Liste von 4 Witzen.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Hier ist eine Python-Funktion, um die Länge der längsten gemeinsamen Teilsequenz von zwei Eingabestrings zu finden. Können Sie einen Fehler in dieser Funktion erkennen?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Schreiben Sie eine Funktion, um den höchsten gemeinsamen Vorfahren (nicht LCA) von zwei Knoten in einem Binärbaum zu finden.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Implementieren Sie eine Funktion, um den Median von zwei sortierten Arrays unterschiedlicher Größe mit einer Raumkomplexität von O(1) und einer Zeitkomplexität von O(n) zu finden.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Schreiben Sie eine Funktion, um das Mehrheitselement in einem gegebenen Integer-Array mit Hilfe des Boyer-Moore-Wahlalgorithmus zu finden.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Ein Binärbaum ist vollständig, wenn alle seine Ecken entweder null oder zwei Kinder haben. Bezeichnen wir mit B_n die Anzahl der vollständigen Binärbäume mit n Ecken. Implementieren Sie eine Funktion, um B_n zu finden.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Ihnen werden zwei sortierte Listen der Größe m und n gegeben. Implementieren Sie eine Funktion, um das k-kleinste Element in der Vereinigung der beiden Listen mit linearer Komplexität zu finden.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Implementieren Sie ein Programm zur Ermittlung der gemeinsamen Elemente in zwei Arrays, ohne zusätzliche Datenstrukturen zu verwenden.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Bewerten Sie die folgenden Filmkritiken auf einer Skala von 1 bis 5, wobei 1 sehr negativ, 3 neutral und 5 sehr positiv ist:\n1. Dieser Film, der am 18. November 2019 veröffentlicht wurde, war phänomenal. Die Kinematographie, das Schauspiel, die Handlung - alles war erstklassig.\n2. Noch nie war ich so enttäuscht von einem Film. Die Handlung war vorhersehbar und die Charaktere eindimensional. Meiner Meinung nach ist dieser Film der schlechteste, der 2022 veröffentlicht wurde.\n3. Der Film war in Ordnung. Es gab einige Teile, die ich genossen habe, aber es gab auch Teile, die lustlos wirkten. Dies ist ein Film, der im Februar 2018 veröffentlicht wurde und ziemlich gewöhnlich zu sein scheint.\nGeben Sie die Antwort als JSON-Array von Ganzzahlen zurück.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Angesichts dieser Kategorien - Literatur, Geschichte, Wissenschaft und Kunst. Bitte analysieren Sie die folgenden Fragen und ordnen Sie sie einer dieser Kategorien zu. In Ihrer Antwort verzichten Sie bitte auf jegliche überflüssige Worte. Listen Sie nur ein Thema pro Satz auf, und halten Sie sich streng an das Zeilen-für-Zeilen-Format.\n1. Diskutieren Sie die Hauptthemen und stilistischen Techniken, die Leo Tolstoi in 'Krieg und Frieden' verwendet hat. Wie passen sie in den breiteren sozialen Kontext des Russlands des 19. Jahrhunderts?\n2. Analysieren Sie die geopolitischen Strategien und Inlandspolitiken, die der US-Präsident während des Zweiten Weltkriegs angenommen hat. Wie haben diese Maßnahmen die Nachkriegs-Weltordnung geprägt?\n3. Zeichnen Sie die Lewis-Struktur für Wasser und erklären Sie die Natur seiner Polarität. Wie beeinflusst dies seine einzigartigen Eigenschaften wie den hohen Siedepunkt und die Fähigkeit, viele Stoffe zu lösen?\n4. Untersuchen Sie kritisch die künstlerischen Techniken und stilistischen Entscheidungen, die Leonardo da Vinci in der 'Mona Lisa' getroffen hat. Wie spiegelt das Gemälde das kulturelle und philosophische Milieu der italienischen Renaissance wider?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Extrahieren Sie die folgenden Informationen aus den vorgestellten Texten: Der Name des Buches, der Autor, die Hauptfigur, das Jahr der Veröffentlichung. Ausgabe im Format \"Hauptfigur, Buch, Autor, Jahr der Veröffentlichung\", ein Buch pro Zeile.\na) Im Bereich der Zauberei-Literatur sticht das Werk von J.K. Rowling hervor. Eines ihrer Bücher, das einen unauslöschlichen Eindruck hinterlassen hat, ist 'Harry Potter und der Stein der Weisen'. Diese ikonische Geschichte, veröffentlicht im Jahr 1997, erzählt die Geschichte von Harry, einem jungen Waisenjungen, der an seinem 11. Geburtstag seine magischen Fähigkeiten entdeckt. Bald findet er sich in der Hogwarts Schule für Hexerei und Zauberei wieder, einem Ort voller Magie und Abenteuer, irgendwo in Schottland.\nb) Die Magie von Mittelerde hat Leser weltweit in ihren Bann gezogen, dank der Brillanz von J.R.R. Tolkien. In einem seiner grundlegenden Werke, 'Der Herr der Ringe: Die Gefährten', veröffentlicht im Jahr 1954, treffen wir auf Frodo Beutlin, einen mutigen Hobbit, der die gefährliche Aufgabe hat, den Einen Ring zu zerstören. Die epische Reise führt ihn vom friedlichen Auenland in die tumultartigen Regionen Mittelerdes.\nc) In einer weit entfernten Galaxie liefert die Vorstellungskraft von L.E. Starlighter uns 'Die Prism Galaxy Chroniken: Das Erwachen des Starcaster'. Veröffentlicht im Jahr 2028, handelt die Geschichte von Zylo, einem bescheidenen Raumschiffmechaniker, der unerwartet entdeckt, dass er ein Starcaster ist - eine",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Angesichts der folgenden Daten ermitteln Sie das Unternehmen mit dem höchsten Gewinn im Jahr 2021 und geben Sie den Namen seines CEOs an:\na) Unternehmen X, mit CEO Amy Williams, meldete einen Umsatz von 30 Milliarden Dollar und einen Gewinn von 3 Milliarden Dollar im Jahr 2021.\nb) Unternehmen Y, unter der Leitung von CEO Mark Thompson, meldete einen Umsatz von 60 Milliarden Dollar und einen Gewinn von 6 Milliarden Dollar im gleichen Jahr.\nc) Unternehmen Z, unter CEO Sarah Johnson, verkündete einen Umsatz von 20 Milliarden Dollar und einen Gewinn von 7 Milliarden Dollar im Jahr 2021.\nd) Unternehmen W, geleitet von CEO James Smith, gab einen Umsatz von 300 Milliarden Dollar und einen Gewinn von 21 Milliarden Dollar im Jahr 2021 bekannt.\ne) Unternehmen V, mit CEO Lisa Brown, meldete einen Umsatz von 200 Milliarden Dollar und einen Gewinn von 25 Milliarden Dollar im Jahr 2021.\nf) Unternehmen U, unter CEO John White, meldete einen Umsatz von 180 Milliarden Dollar und einen Gewinn von 20 Milliarden Dollar im gleichen Jahr.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Identifizieren Sie die Länder, deren Hauptstädte und die dort gesprochenen Sprachen in den folgenden Sätzen. Ausgabe im JSON-Format.\na) Mitten in den idyllischen Aussichten bezaubert Kopenhagen, die Hauptstadt Dänemarks, die Besucher mit seiner blühenden Kunstszene und der bezaubernden dänischen Sprache, die von seinen Einwohnern gesprochen wird.\nb) Im bezaubernden Reich Eldoria entdeckt man Avalore, eine großartige Stadt, die eine ätherische Aura ausstrahlt. Lumina, eine melodische Sprache, dient als Hauptkommunikationsmittel in dieser mystischen Wohnstätte.\nc) Eingebettet in eine harmonische Mischung aus jahrhundertealten Bräuchen und zeitgenössischen Wundern steht Buenos Aires, die Hauptstadt Argentiniens, als pulsierende Metropole. Sie ist ein lebhaftes Zentrum, in dem die ausdrucksstarke spanische Sprache über die Einwohner der Stadt herrscht.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      'Bitte lesen Sie den untenstehenden Absatz und zählen Sie, wie oft die Wörter "Amazonas", "Fluss" und "Sie" vorkommen. Bitte präsentieren Sie die Ergebnisse im Format "Wort, Anzahl der Erscheinungen", wobei jedes Wort in einer separaten Zeile steht. Sortieren Sie die Zeilen nach der Anzahl der Erscheinungen.\nDer Amazonas, eine faszinierende Weite von Naturwundern, beherbergt den legendären Amazonasfluss. Durch atemberaubende Landschaften wie den Regenwald des Amazonas fließt der Fluss durch Brasilien, Kolumbien und Peru und gibt unzähligen Kreaturen Leben. Von den mächtigen Jaguaren, die im Dschungel des Amazonas herumstreifen, bis zu den lebendigen Ara\'s, die über dem Dach des Waldes schweben, strotzt diese bemerkenswerte Region vor Artenvielfalt. Tief in den Strömungen des Flusses gleiten prächtige rosafarbene Flussdelfine neben Piranhas und elektrischen Aalen. Entlang der Flussufer finden Sie lebhafte Städte wie Manaus, wo das urbane auf das wilde trifft und Iquitos, ein Tor zum Herzen des Amazonas Regenwaldes. Wenn Sie weiter vordringen, enthüllt der Amazonasfluss versteckte Juwelen wie den fesselnden Anavilhanas-Archipel, ein Mosaik aus Inseln voller seltener Arten. Begeben Sie sich auf ein Abenteuer, erkunden Sie den bezaubernden Amazonasfluss und tauchen Sie ein in eine Welt voller Leben und wilder Schönheit.',
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Ermitteln Sie die genannten Entitäten (Personen, Organisationen, Orte) in dem gegebenen Nachrichtenartikel. Bitte erstellen Sie ein JSON-Wörterbuch, das die genannten Entitäten basierend auf ihrer Entitätstypen in drei separaten Gruppen auflistet. Der Schlüssel ist der Typ der Entität und der Wert ist eine Liste von Strings.\n\nGestern kündigten Adamson Emerson, der Geschäftsführer von Faraday, und Dieter Zetsche, der Geschäftsführer der Daimler AG, Pläne zum Bau einer neuen Gigafactory in Berlin an. Die Anlage wird ein Gemeinschaftsunternehmen zwischen Faraday und Daimler sein, dass Elektrofahrzeuge und Batteriepakete für beide Unternehmen produziert und Tausende von Arbeitsmöglichkeiten in der Region schafft. Emerson und Zetsche erklärten, dass die strategische Lage von Berlin, gekoppelt mit seiner qualifizierten Belegschaft und starken Infrastruktur, es zu einer idealen Wahl für die Expansion macht. Die neue Gigafactory soll die wachsende Nachfrage nach Elektrofahrzeugen in Europa erfüllen und zu einer nachhaltigen Zukunft beitragen. Der Geschäftsführer von Volkswagen, Herbert Diess, begrüßte die Nachricht und sagte, dass eine größere Zusammenarbeit dem Übergang der Autoindustrie zur E-Mobilität zugutekommen wird.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Analysieren Sie die folgenden Kundenbewertungen aus verschiedenen Quellen für drei verschiedene Smartphones - das neueste iPhone, Samsung Galaxy und Google Pixel - und geben Sie eine Gesamtbewertung für jedes Telefon auf einer Skala von 1 bis 10. Berücksichtigen Sie dabei die folgenden komplexen und widersprüchlichen Rezensionen:\n- TechRadars Rezension des neuesten iPhones: Das neue iPhone ist ein atemberaubender Triumph der Technik, der eine neue Messlatte für die Leistung und Bildqualität von Smartphones setzt. Allerdings fehlt ihm aufgrund des inkrementellen Designs und des hohen Preises der 'Wow'-Faktor der vorherigen iPhones. Dennoch sind seine Leistung und Intelligenz konkurrenzlos.\n- CNETs Rezension des neuesten Samsung Galaxy: Das Samsung Galaxy-Telefon hat viele Positivpunkte, darunter ein erstaunlicher Bildschirm, schnelle Leistung, solide Akkulaufzeit und eine beeindruckende Auswahl an Kameraoptionen. Bixby lässt jedoch weiterhin zu wünschen übrig, AR-Emoji wirkt flach und das allgemeine Design des Telefons hat sich nicht viel verändert. Das neue Galaxy ist insgesamt ein großartiges Telefon, hat aber ein paar schwächere Stellen, die es von wahrer Größe abhalten.\n- The Verges Rezension des neuesten Google Pixel: Googles Pixel packt hochmoderne Spezifikationen, innovative, von AI unterstützte Software und eine überzeugende Kamera in ein schlankes Design. Doch das Telefon hat eine schwache Akkulaufzeit, keinen erweiterbaren Speicher und seine Leistung stockt manchmal",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Gegeben ist eine Menge von komplexen Gleichungen, extrahiere alle eindeutigen Variablennamen aus jeder Gleichung. Gib das Ergebnis als JSON-Zeichenkette zurück, wobei jeder Gleichung eine Zeile zugewiesen wird.\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * sum(N=1 bis 5; ln(N)^2) = 5D*integral(a=0 bis pi; cos(comb(N=1 bis 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Gegeben die folgenden Aufzeichnungen der Aktienkurse, extrahieren Sie die höchsten und niedrigsten Schlusskurse für jeden Monat im Jahr 2022. Geben Sie die Ergebnisse als CSV-Zeichenkette zurück, wobei jede Zeile für einen Monat reserviert ist.\nDatum,Eröffnung,Hoch,Tief,Schluss,Volume\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Im Bereich der Quantenphysik, was ist Überlagerung und wie hängt es mit dem Phänomen der Quantenverschränkung zusammen?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Betrachten Sie einen Satelliten, der sich in einer kreisförmigen Umlaufbahn um die Erde befindet. Die Geschwindigkeit des Satelliten nimmt ab. Was wird mit dem Orbitalradius und der Umlaufperiode des Satelliten geschehen? Bitte begründen Sie Ihre Antwort mit den Prinzipien der Physik.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Die Photosynthese ist ein lebenswichtiger Prozess für das Leben auf der Erde. Könnten Sie die beiden Hauptphasen der Photosynthese skizzieren, einschließlich wo sie innerhalb des Chloroplasten stattfinden und welche die primären Eingaben und Ausgaben für jede Phase sind?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Was ist das zentrale Dogma der Molekularbiologie? Welche Prozesse sind beteiligt? Wer hat das benannt?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Beschreiben Sie den Prozess und schreiben Sie die ausgeglichene chemische Reaktion auf, die auftritt, wenn fester Kalziumkarbonat mit Salzsäure zu wässrigem Kalziumchlorid, Kohlendioxid und Wasser reagiert. Welche Art von Reaktion ist das und welche Beobachtungen könnten darauf hinweisen, dass die Reaktion stattfindet?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Bitte erklären Sie die Unterschiede zwischen exothermischen und endothermischen Reaktionen und geben Sie die Kriterien an, die Sie zur Unterscheidung zwischen ihnen verwendet haben. Bitte geben Sie zusätzlich ein Beispiel aus der realen Welt an, um Ihre Erklärung zu veranschaulichen.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Die Stadt Vega plant den Bau einer Brücke über den Vegona Fluss, die eine Strecke von 1,8 Kilometern überwinden soll. Der vorgeschlagene Standort liegt in einem seismisch aktiven Gebiet, das mehrere Erdbeben hoher Stärke erlebt hat. Unter diesen Umständen, was wäre der beste Ansatz für den Bau der Brücke?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Sie wurden beauftragt, ein solarbetriebenes Wasserheizsystem für ein Wohngebäude zu entwerfen. Beschreiben Sie die Schlüsselkomponenten und Überlegungen, die Sie in Ihren Entwurf einbeziehen würden. Entwerfen Sie einen Fünf-Schritte-Arbeitsablauf.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Bitte beschreiben Sie das Konzept des maschinellen Lernens. Könnten Sie auf die Unterschiede zwischen überwachtem, unüberwachtem und Bestärkungslernen eingehen? Geben Sie bitte jeweils reale Beispiele an.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Wie haben die Alpen und der Rhein die Besiedlung und Landwirtschaft in Westeuropa beeinflusst? Nennen Sie drei Auswirkungen.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Geben Sie Einblicke in die Korrelation zwischen Wirtschaftsindikatoren wie BIP, Inflation und Arbeitslosenquoten. Erklären Sie, wie fiskalische und geldpolitische Maßnahmen diese Indikatoren beeinflussen.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Wie formen die Lebensphasen unser Verständnis von Zeit und Sterblichkeit?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Besprechen Sie Kartellgesetze und deren Auswirkungen auf den Wettbewerb im Markt. Vergleichen Sie die Kartellgesetze in den USA und China zusammen mit einigen Fallstudien.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Erstellen Sie einen Unterrichtsplan, der Drama-, Pantomime- oder Theater-Techniken in eine Geschichtsklasse integriert. Dauer: 3 Unterrichtsstunden (jede dauert 45 Minuten) über 3 Tage\nThema: Opiumkriege zwischen China und Großbritannien\nKlassenstufe: 9-10",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Teilen Sie Ideen, um Kunstmeisterwerke in interaktive Erlebnisse für Kinder zu verwandeln. Listen Sie 5 spezifische Kunstwerke und zugehörige Ideen auf.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Erklären Sie, was der Basisratenfehler ist und nennen Sie fünf konkrete Beispiele dafür, wie Politiker ihn für ihre Kampagnen nutzen.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Beschreiben Sie fünf Schlüsselprinzipien bei der Bewertung eines Arguments im analytischen Schreiben.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Welche Methoden verwendete Sokrates, um die herrschenden Gedanken seiner Zeit in Frage zu stellen?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Was sind einige Geschäftsetikette-Normen beim Geschäftemachen in Japan?",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Schlagen Sie fünf preisgekrönte Dokumentarfilme mit kurzen Hintergrundbeschreibungen vor, die angehende Filmemacher studieren sollten.",
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "es",
    text:
      "Redacta una entrada de blog de viaje interesante sobre un reciente viaje a Hawaii, destacando experiencias culturales y atracciones que debes ver.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Redacte un correo electrónico profesional solicitando la retroalimentación de su supervisor sobre el 'Informe Financiero Trimestral' que preparó. Pregunte específicamente acerca del análisis de datos, estilo de presentación y la claridad de las conclusiones extraídas. Mantenga el correo electrónico corto y al punto.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Imagina que estás escribiendo una entrada de blog comparando dos modelos populares de smartphones. Desarrolla un esquema para la entrada del blog, incluyendo puntos clave y subtítulos para comparar y contrastar eficazmente las características, el rendimiento y la experiencia del usuario de los dos modelos. Por favor, responde en menos de 200 palabras.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Escribe un correo electrónico persuasivo para convencer a tu amigo introvertido, a quien no le gusta hablar en público, para que sea voluntario como ponente invitado en un evento local. Utiliza argumentos convincentes y aborda posibles objeciones. Por favor, sé conciso.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Describe un personaje vívido y único, utilizando una fuerte imaginería y un lenguaje creativo. Por favor, responde en menos de dos párrafos.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Escribe un párrafo descriptivo sobre un bullicioso mercado, incorporando detalles sensoriales como olores, sonidos y elementos visuales para crear una experiencia inmersiva para el lector.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "¿Podrías escribir una breve y cautivadora historia que comienza con la siguiente frase: La vieja casa abandonada al final de la calle guardaba un secreto que nadie había descubierto nunca.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Escribe un intrigante párrafo de apertura para un cuento corto ficticio. La historia deberá involucrar a un personaje que se despierte una mañana para descubrir que puede viajar en el tiempo.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      '1. "Último Descubrimiento en Bioenergía Renovable: Innovación Revolucionaria respetando Ética Ambiental"\n2. "Descubrimiento Pionero en Bioenergía Renovable: Conciliando Ciencia y Ética"\n3. "Nuevo Avance en Bioenergía: Equilibrio entre Innovación Sustentable y Dilemas Éticos"\n4. "Bioenergía Renovable al Rescate: Descubrimiento Científico con Conciencia Ética"',
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      'Corrige el siguiente párrafo para corregir cualquier error gramatical:\nElla no recordaba dónde estaba su bolso, así que yo pensaba que está en el coche, pero él dice que está en la mesa de la cocina pero no está seguro, y luego me pidieron que lo buscara. Ella dijo: "¿Puedes?", y yo respondí con: "Tal vez, pero no estoy seguro", y él no me escuchó, y , "¿Qué?", pregunta, "¿Lo encontraste?".',
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Imagina que estás participando en una carrera con un grupo de personas. Si acabas de adelantar a la segunda persona, ¿cuál es tu posición actual? ¿Dónde está la persona a la que acabas de adelantar?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Puedes ver una hermosa casa roja a tu izquierda y un invernadero hipnótico a tu derecha, un atractivo lugar rosa cálido al frente. Entonces, ¿dónde está la Casa Blanca?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Thomas es muy saludable, pero tiene que ir al hospital todos los días. ¿Cuáles podrían ser las razones?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "David tiene tres hermanas. Cada una de ellas tiene un hermano. ¿Cuántos hermanos tiene David?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Traduce la siguiente entrada en español:\nLee atentamente el siguiente pasaje y responde a las preguntas con una explicación:\nEn una pequeña empresa, los espacios de estacionamiento están reservados para los altos ejecutivos: CEO, presidente, vicepresidente, secretario y tesorero, con los espacios alineados en ese orden. El guardia del estacionamiento puede saber de un vistazo si los autos están estacionados correctamente al mirar el color de los autos. Los autos son amarillos, verdes, morados, rojos y azules, y los nombres de los ejecutivos son Alice, Bert, Cheryl, David y Enid.\n* El auto en el primer espacio es rojo.\n* Un auto azul está estacionado entre el auto rojo y el auto verde.\n* El auto en el último espacio es morado.\n* El secretario conduce un auto amarillo.\n* El auto de Alice está estacionado junto al de David.\n* Enid conduce un auto verde.\n* El auto de Bert está estacionado entre los de Cheryl y Enid.\n* El auto de David está estacionado en el último espacio.\nPregunta: ¿Cómo se llama el secretario?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Cada problema consta de tres afirmaciones. Basándose en las dos primeras afirmaciones, la tercera afirmación puede ser verdadera, falsa o incierta.\n1. Las naranjas cuestan más que las manzanas.\n2. Las naranjas cuestan menos que los plátanos.\n3. Los plátanos cuestan más que las manzanas y los plátanos cuestan más que las naranjas.\nSi las dos primeras afirmaciones son verdaderas, entonces la tercera afirmación es",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "A es el padre de B. B es el padre de C. ¿Cuál es la relación entre A y C?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "¿Qué palabra no pertenece a las demás? \nneumático, volante, coche, motor",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Una mañana después del amanecer, Suresh estaba de pie frente a un poste. La sombra del poste caía exactamente a su derecha. ¿Puedes decirme hacia qué dirección apuntaba la sombra - este, sur, oeste o norte? Explica tus pasos de razonamiento.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Los padres se han quejado al director sobre el acoso durante el recreo. El director quiere resolver esto rápidamente, instruyendo a los asistentes del recreo a estar vigilantes. ¿Qué situación deberían reportar los asistentes al director?\na) Una niña desinteresada está sentada sola en un banco, absorta en un libro y sin mostrar ninguna interacción con sus compañeros.\nb) Dos chicos participando en un juego de baloncesto uno a uno están involucrados en una discusión acalorada respecto a la última canasta anotada.\nc) Un grupo de cuatro chicas ha rodeado a otra chica y parece haberse apoderado de su mochila.\nd) Tres chicos están agrupados sobre un videojuego portátil, lo cual está en contra de las reglas y no está permitido en el recinto escolar.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Los vértices de un triángulo están en los puntos (0, 0), (-1, 1) y (3, 3). ¿Cuál es el área del triángulo?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Una startup tecnológica invierte $8000 en desarrollo de software en el primer año, y luego invierte la mitad de esa cantidad en desarrollo de software en el segundo año. \n¿Cuál es la cantidad total que la startup invirtió en desarrollo de software durante los dos años?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "En una encuesta realizada en una escuela secundaria local, se midieron las preferencias por un nuevo color para la escuela: el 58% de los estudiantes les gustaba el color azul, el 45% prefería el verde y el 22% le gustaba ambos colores. Si elegimos aleatoriamente a un estudiante de la escuela, ¿cuál es la probabilidad de que no le guste ni el azul ni el verde?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Al lanzar dos dados, ¿cuál es la probabilidad de que saques un número total que sea al menos 3?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Algunas personas subieron a un autobús en la terminal. En la primera parada de autobús, la mitad de las personas bajaron y 4 personas más subieron. Luego, en la segunda parada de autobús, 6 personas bajaron y 8 más subieron. Si había un total de 25 personas dirigiéndose a la tercera parada, ¿cuántas personas subieron al autobús en la terminal?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  { lang: "es", text: "x+y = 4z, x*y = 4z^2, expresa x-y en z", source: M2LINGUAL_MT_BENCH_ES },
  {
    lang: "es",
    text: "¿Cuántos números enteros existen en la solución de la desigualdad |x + 5| < 10?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Cuando un número se divide por 10, el residuo es 4. ¿Cuál es el residuo cuando el doble del número se divide por 4?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Benjamín fue a una librería y compró una variedad de libros. Compró 5 copias de una novela de ciencia ficción, cada una a $20, 3 copias de un libro de historia a $30 cada una, y 2 copias de un libro de filosofía a $45 cada una.\n¿Cuál fue el costo total de sus compras?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Dado que f(x) = 4x^3 - 9x - 14, encuentra el valor de f(2).",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Desarrolla un programa en Python que lea todos los archivos de texto en un directorio y devuelva las 5 palabras con el mayor número de ocurrencias.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Escriba un programa en C++ para encontrar el enésimo número de Fibonacci utilizando la recursividad.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Escribe un sitio web sencillo en HTML. Cuando un usuario hace clic en el botón, muestra una broma aleatoria de una lista de 4 bromas.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Aquí tienes una función en Python para encontrar la longitud de la subsecuencia común más larga de dos cadenas de texto ingresadas. ¿Puedes identificar algún error en esta función?\n\n```\ndef longitud_subsecuencia_comun_mas_larga(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) para _ en rango(m + 1)]\n\n    para i en rango(1, m + 1):\n        para j en rango(1, n + 1):\n            si str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            mas:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n``` \n\nNote: The above is a literal translation and Python keywords 'for', 'in', 'range', 'if', 'else' are not translated. If you prefer Python keywords not to be translated the function should be:\n\n``` \ndef longitud_subsecuencia_comun_mas_larga(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Escriba una función para encontrar el ancestro común más alto (no el LCA) de dos nodos en un árbol binario.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Implementa una función para encontrar la mediana de dos matrices ordenadas de diferentes tamaños con una complejidad espacial de O(1) y una complejidad temporal de O(n).",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Escribe una función para encontrar el elemento mayoritario en un arreglo de números enteros utilizando el Algoritmo de Votación de Boyer-Moore.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Un árbol binario está lleno si todos sus vértices tienen cero o dos hijos. Dejemos que B_n denote el número de árboles binarios completos con n vértices. Implementa una función para encontrar B_n.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Se te dan dos listas ordenadas de tamaño m y n. Implemente una función para encontrar el k-ésimo elemento más pequeño en la unión de las dos listas con complejidad lineal.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Implementar un programa para encontrar los elementos comunes en dos matrices sin utilizar ninguna estructura de datos adicional.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Evalúa las siguientes críticas de películas en una escala de 1 a 5, donde 1 es muy negativo, 3 es neutral y 5 es muy positivo:\n1. Esta película, estrenada el 18 de noviembre de 2019, fue fenomenal. La cinematografía, la actuación, la trama, todo fue de primera categoría.\n2. Nunca antes había estado tan decepcionado con una película. La trama era predecible y los personajes eran unidimensionales. En mi opinión, esta es la peor película que se ha lanzado en 2022.\n3. La película estaba bien. Había algunas partes que disfruté, pero también había partes que parecían mediocres. Esta es una película que se lanzó en febrero de 2018 y parece ser bastante ordinaria.\nDevuelve la respuesta como una matriz JSON de enteros.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Dadas estas categorías - Literatura, Historia, Ciencia y Arte. Por favor analice las siguientes preguntas y asignelas a una de estas categorías. En su respuesta, absténgase de pronunciar cualquier palabra superflua. Liste solo un tema por frase, siguiendo estrictamente el formato línea por línea.\n1. Discuta los principales temas y técnicas estilísticas empleadas por Leo Tolstoy en 'Guerra y Paz'. ¿Cómo se alinean con el contexto social más amplio de la Rusia del siglo XIX?\n2. Analice las estrategias geopolíticas y las políticas internas adoptadas por el presidente de EE.UU durante la Segunda Guerra Mundial. ¿Cómo influenciaron estas acciones el orden internacional posterior a la guerra?\n3. Dibuje la estructura de Lewis para el agua y explique la naturaleza de su polaridad. ¿Cómo influye esto en sus propiedades únicas, como su alto punto de ebullición y capacidad para disolver muchas sustancias?\n4. Examine críticamente las técnicas artísticas y las opciones estilísticas que Leonardo da Vinci empleó en 'Mona Lisa'. ¿Cómo refleja la pintura el entorno cultural y filosófico del Renacimiento italiano?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Extrae la siguiente información de los textos presentados: El nombre del libro, el autor, el personaje principal, el año de publicación. Presenta la respuesta en el formato de \"personaje principal, libro, autor, año de publicación\", un libro por línea. \na) En el reino de la literatura sobre magia, se destaca la obra de J.K. Rowling. Uno de sus libros que dejó una huella indeleble es 'Harry Potter y la piedra filosofal'. Este relato icónico, publicado en 1997, narra la historia de Harry, un joven huérfano que descubre sus habilidades mágicas en su 11º cumpleaños. Pronto, se encuentra en la escuela de magia y hechicería de Hogwarts, un lugar lleno de magia y aventura, situado en algún lugar de Escocia.\nb) La magia de la Tierra Media ha encantado a los lectores de todo el mundo, gracias a la brillantez de J.R.R. Tolkien. En una de sus obras seminales, 'El señor de los anillos: La comunidad del anillo', publicada en 1954, conocemos a Frodo Bolsón, un valiente hobbit encargado de la peligrosa misión de destruir el Anillo Único. El épico viaje le lleva de la tranquila comarca a las tumultuosas regiones de la Tierra Media.\nc) En una galaxia muy, muy lejana, la imaginación de L.E. Starlighter nos ofrece 'Las crónicas de la galaxia del prisma: El despertar del stellator'. Publicada en 2028, la historia trata sobre Zylo, un humilde mecánico de naves espaciales, que descubre inesperadamente que es un stellator, una persona rara con el poder de manipular el polvo de estrellas. Con el",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Dado los siguientes datos, identifique la empresa con mayor beneficio en 2021 y proporcione el nombre de su CEO:\na) Compañía X, con CEO Amy Williams, reportó $30 mil millones en ingresos y $3 mil millones de beneficio en 2021.\nb) Compañía Y, liderada por el CEO Mark Thompson, publicó ingresos de $60 mil millones y un beneficio de $6 mil millones en el mismo año.\nc) Compañía Z, bajo la dirección de la CEO Sarah Johnson, anunció ingresos de $20 mil millones y un beneficio de $7 mil millones en 2021.\nd) Compañía W, gestionada por el CEO James Smith, reveló ingresos de $300 mil millones con un beneficio de $21 mil millones en 2021.\ne) Compañía V, con CEO Lisa Brown, reportó ingresos de $200 mil millones y un beneficio de $25 mil millones en 2021.\nf) Compañía U, bajo el CEO John White, publicó ingresos de $180 mil millones y un beneficio de $20 mil millones en el mismo año.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Identifica los países, sus capitales y los idiomas hablados en las siguientes frases. Muestra la salida en formato JSON.\na) Entre las vistas idílicas, Copenhague, la capital de Dinamarca, cautiva a los visitantes con su próspera escena artística y el encantador idioma danés que hablan sus habitantes.\nb) Dentro del encantador reino de Eldoria, uno descubre Avalore, una ciudad grandiosa que emana un aura etérea. Lumina, un idioma melodioso, sirve como el principal medio de comunicación dentro de esta morada mística.\nc) Anidado entre una armoniosa mezcla de costumbres antiguas y maravillas contemporáneas, Buenos Aires, la capital de Argentina, se erige como una metrópolis bulliciosa. Es un centro vibrante donde el expresivo idioma español domina a los habitantes de la ciudad.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      'Por favor, lee el siguiente párrafo y cuenta cuántas veces aparecen las palabras "Amazonas", "río" y "tú". Por favor, presenta los resultados en el formato de "palabra, número de apariciones" con cada palabra en una línea separada. Ordena las líneas en orden del número de apariciones.\nEl Amazonas, un fascinante despliegue de las maravillas de la naturaleza, es hogar del legendario río Amazonas. Fluyendo a través de paisajes impresionantes como la selva amazónica, el río serpentea a través de Brasil, Colombia y Perú, dando vida a innumerables criaturas. Desde los poderosos jaguares que merodean la selva amazónica hasta los vibrantes guacamayos que vuelan sobre el dosel, esta notable región está llena de biodiversidad. En lo profundo de las corrientes del río, magníficos delfines de río rosados se deslizan grácilmente junto a pirañas y anguilas eléctricas. A lo largo de las orillas del río, encontrarás bulliciosas ciudades como Manaus, donde lo urbano se encuentra con lo salvaje, e Iquitos, una puerta de entrada al corazón de la selva amazónica. A medida que avanzas, el río Amazonas revela joyas ocultas como el cautivador archipiélago de Anavilhanas, un mosaico de islas llenas de especies raras. Embárcate en una aventura, explora el encantador río Amazonas y sumérgete en un mundo lleno de vida y belleza salvaje.',
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Identifique las entidades nombradas (personas, organizaciones, ubicaciones) mencionadas en el artículo de noticias dado. Por favor, genere un diccionario JSON que liste las entidades nombradas en tres grupos separados basándose en sus tipos de entidad. La llave es el tipo de entidad y el valor es una lista de cadenas de texto.\n\nAyer, Adamson Emerson, el director general de Faraday, y Dieter Zetsche, el director general de Daimler AG, anunciaron planes para construir una nueva Gigafactoría en Berlín. La instalación será una empresa conjunta entre Faraday y Daimler, produciendo vehículos eléctricos y paquetes de baterías para ambas empresas, creando miles de oportunidades de trabajo en la región. Emerson y Zetsche declararon que la ubicación estratégica de Berlín, junto con su fuerza laboral cualificada y una fuerte infraestructura, la convierte en una elección ideal para la expansión. La nueva Gigafactoría pretende satisfacer la creciente demanda de vehículos eléctricos en Europa y contribuir a un futuro sostenible. Herbert Diess, director general de Volkswagen, acogió con agrado la noticia, diciendo que una mayor colaboración beneficiará la transición de la industria automotriz a la e-movilidad.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Analiza las siguientes opiniones de los clientes de diferentes fuentes para tres smartphones diferentes: el último iPhone, Samsung Galaxy y Google Pixel, y proporciona una calificación general para cada teléfono en una escala del 1 al 10. Ten en cuenta las siguientes opiniones complejas y contradictorias:\n- Reseña de TechRadar del último iPhone: El nuevo iPhone es un asombroso triunfo de la ingeniería que establece un nuevo estándar en rendimiento y calidad de cámara de los smartphones. Sin embargo, el diseño incremental y el alto precio significan que carece del factor 'wow' de los iPhones anteriores. Aun así, su potencia e inteligencia son inigualables.\n- Reseña de CNET del último Samsung Galaxy: El teléfono Samsung Galaxy tiene muchos puntos fuertes, incluyendo una pantalla asombrosa, rendimiento rápido, buena duración de la batería y una impresionante variedad de opciones de cámara. Dicho esto, Bixby sigue siendo mediocre, el emoji AR se queda corto y el diseño general del teléfono no ha cambiado mucho. El nuevo Galaxy es un teléfono sorprendente en general, pero tiene algunas debilidades persistentes que le impiden alcanzar la verdadera grandeza.\n- Reseña de The Verge del último Google Pixel: El Pixel de Google incorpora especificaciones de vanguardia, software impulsado por IA y una cámara excepcional en un diseño elegante. Sin embargo, el teléfono tiene una duración de batería insuficiente, carece de almacenamiento ampliable y su rendimiento se entrecorta en",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Dado un conjunto de ecuaciones complejas, extraiga todos los nombres de variables únicos de cada ecuación. Devuelva los resultados como una cadena JSON, con una línea asignada para cada ecuación.\n```\n1) y = (3/4)x^3 - e^(2x) + sen(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * sum(N=1 a 5; ln(N)^2) = 5D*integral(a=0 a pi; cos(comb(N=1 a 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Dado los siguientes registros de precios de acciones, extrae los precios de cierre más altos y más bajos para cada mes en el año 2022. Devuelve los resultados como una cadena CSV, con una línea asignada para cada mes.\nFecha,Apertura,Máximo,Mínimo,Cierre,Volumen\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "En el campo de la física cuántica, ¿qué es la superposición y cómo se relaciona con el fenómeno del entrelazamiento cuántico?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Considera un satélite que está en órbita circular alrededor de la Tierra. La velocidad del satélite disminuye. ¿Qué sucederá con el radio de la órbita del satélite y el periodo de revolución? Por favor, justifica tu respuesta utilizando los principios de la física.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "La fotosíntesis es un proceso vital para la vida en la Tierra. ¿Podrías esbozar las dos etapas principales de la fotosíntesis, incluyendo dónde ocurren dentro del cloroplasto, y las entradas y salidas principales para cada etapa?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "¿Cuál es el dogma central de la biología molecular? ¿Qué procesos están involucrados? ¿Quién nombró esto?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Describe el proceso y escribe la ecuación química equilibrada para la reacción que ocurre cuando el carbonato de calcio sólido reacciona con ácido clorhídrico para formar cloruro de calcio acuoso, dióxido de carbono y agua. ¿Qué tipo de reacción es esta y qué observaciones podrían indicar que está teniendo lugar la reacción?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Por favor explique las diferencias entre las reacciones exotérmicas y endotérmicas, e incluya los criterios que utilizó para distinguir entre ellas. Además, por favor proporciona un ejemplo del mundo real para ilustrar tu explicación.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "La ciudad de Vega tiene la intención de construir un puente que cubrirá el río Vegona, cubriendo una distancia de 1.8 kilómetros. La ubicación propuesta se encuentra dentro de una zona sísmicamente activa que ha experimentado varios terremotos de alta magnitud. Dadas estas circunstancias, ¿cuál sería el mejor enfoque para construir el puente?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Se le ha asignado la tarea de diseñar un sistema de calefacción de agua alimentado por energía solar para un edificio residencial. Describe los componentes claves y las consideraciones que incluirías en tu diseño. Diseña un flujo de trabajo de cinco pasos.\n\nTranslation:\n\nSe le ha encargado diseñar un sistema de calefacción de agua alimentado por energía solar para un edificio residencial. Describa los componentes clave y las consideraciones que incluiría en su diseño. Diseñe un flujo de trabajo de cinco pasos.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Por favor, describe el concepto de aprendizaje automático. ¿Podrías elaborar las diferencias entre el aprendizaje supervisado, no supervisado y de refuerzo? Proporciona ejemplos reales de cada uno.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "¿Cómo han influido los Alpes y el Río Rin en el asentamiento y la agricultura en Europa Occidental? Enumera tres impactos.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Proporcione información sobre la correlación entre indicadores económicos como el PIB, la inflación y las tasas de desempleo. Explique cómo las políticas fiscales y monetarias afectan esos indicadores.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "¿Cómo las etapas de la vida dan forma a nuestra comprensión del tiempo y la mortalidad?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Discuta las leyes antimonopolio y su impacto en la competencia del mercado. Compare las leyes antimonopolio en Estados Unidos y China junto con algunos estudios de casos.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Crea un plan de lección que integre técnicas de drama, mimo o teatro en una clase de historia. Duración: 3 períodos de clase (cada uno dura 45 minutos) durante 3 días\nTema: Guerras del Opio entre China y Gran Bretaña\nNivel de grado: 9-10.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      'Comparte ideas para adaptar obras maestras del arte en experiencias interactivas para niños. Lista 5 obras de arte específicas y las ideas asociadas.\n\n1. "La noche estrellada" de Vincent Van Gogh - Podría convertirse en una actividad de pintura en la que se les proporcionan a los niños los colores utilizados por Van Gogh y se les permite recrear la obra maestra o darle su propio giro.\n\n2. "La última cena" de Leonardo Da Vinci - Una actividad interactiva podría involucrar a los niños en una representación teatral de la pintura, aprendiendo sobre su historia y significado.\n\n3. "Las Meninas" de Velázquez - Un rompecabezas en 3D que permita a los niños entender la profundidad y las diferentes perspectivas presentes en este cuadro.\n\n4. "El Grito" de Edvard Munch - Podría convertirse en una actividad de narración de cuentos donde los niños podrían inventar su propia historia sobre lo que el sujeto pudo haber visto para justificar su expresión en la pintura.\n\n5. "La persistencia de la memoria" de Salvador Dalí - Crear su propia interpretación del cuadro utilizando plastilina u otros materiales moldeables.',
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Explica qué es la falacia de la tasa base y enumera cinco ejemplos específicos de cómo los políticos la utilizan para las campañas.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Describe cinco principios clave para evaluar un argumento en la escritura analítica.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "¿Qué métodos empleó Sócrates para desafiar los pensamientos predominantes de su época?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "¿Cuáles son algunas normas de etiqueta empresarial al hacer negocios en Japón?",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Sugiere cinco documentales galardonados con breves descripciones de su contexto para que los cineastas aspirantes puedan estudiar.",
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "fr",
    text:
      "Rédigez un article de blog de voyage captivant sur un voyage récent à Hawaii, mettant en évidence les expériences culturelles et les attractions incontournables.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Objet : Demande de retour sur le 'Rapport Financier Trimestriel'\n\nCher(e) [Nom du superviseur],\n\nJ'espère que vous allez bien. J'ai récemment terminé le 'Rapport Financier Trimestriel' et j'aimerais solliciter vos précieux commentaires pour m'aider à identifier les domaines d'amélioration.\n\nPlus précisément, j'aimerais avoir votre avis sur l'analyse des données, le style de présentation, ainsi que la clarté des conclusions qui ont été tirées. Ces éléments, comme vous le savez, sont cruciaux pour assurer la qualité et l'efficacité de notre travail en finance.\n\nJe vous remercie d'avance pour le temps que vous consacrerez à examiner mon rapport. J'apprécie énormément vos conseils et recommandations.\n\nDans l'attente de vos retours, je vous souhaite une excellente journée.\n\nCordialement,\n[Votre nom]",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Imaginez que vous écrivez un article de blog comparant deux modèles de smartphones populaires. Élaborez un plan pour le billet de blog, incluant des points clés et des sous-titres pour comparer et contraster efficacement les caractéristiques, les performances et l'expérience utilisateur des deux modèles. Veuillez répondre en moins de 200 mots.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Rédigez un e-mail persuasif pour convaincre votre ami introverti, qui n'aime pas la prise de parole en public, de se porter volontaire en tant qu'intervenant invité à un événement local. Utilisez des arguments convaincants et répondez à d'éventuelles objections. Soyez concis, s'il vous plaît.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Décrivez un personnage vif et unique, en utilisant une imagerie forte et un langage créatif. Veuillez répondre en moins de deux paragraphes.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Rédigez un paragraphe descriptif sur un marché animé, incorporant des détails sensoriels tels que les odeurs, les sons et les éléments visuels pour créer une expérience immersive pour le lecteur.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Pourriez-vous écrire une courte histoire captivante commençant par la phrase: La vieille maison abandonnée au bout de la rue gardait un secret que personne n'avait jamais découvert.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Rédigez un paragraphe d'ouverture intrigant pour une nouvelle fictive. L'histoire devrait impliquer un personnage qui se réveille un matin pour découvrir qu'il peut voyager dans le temps.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Aidez-moi à construire un titre accrocheur, mais scientifiquement précis, pour un article sur la dernière découverte en matière d'énergie bio-renouvelable, tout en gérant soigneusement les dilemmes éthiques entourant les sources d'énergie bio. Proposez 4 options.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      'Corrigez le paragraphe suivant pour corriger toutes les erreurs grammaticales :\nElle ne se souvenait pas où est son sac, donc je pense qu\'il est dans la voiture mais il dit qu\'il est sur la table de la cuisine mais il n\'est pas sûr, et ensuite ils m\'ont demandé de le chercher, elle dit, "Peux-tu ?", et je réponds "Peut-être, mais je ne suis pas sûr," et il ne m\'a pas entendu, et, "Quoi?", il demande, "L\'as-tu trouvé ?".',
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Imaginez que vous participez à une course avec un groupe de personnes. Si vous venez de dépasser la deuxième personne, quelle est votre position actuelle? Où se trouve la personne que vous venez de dépasser ?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Vous pouvez voir une belle maison rouge sur votre gauche et une serre hypnotique sur votre droite, un lieu rose chauffé attrayant à l'avant. Alors, où est la Maison Blanche?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Thomas est très en bonne santé, mais il doit aller à l'hôpital tous les jours. Quelles pourraient être les raisons?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "David a trois soeurs. Chacune d'elles a un frère. Combien de frères David a-t-il?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Traduisez l'entrée suivante en français :\nLisez attentivement le passage ci-dessous et répondez aux questions avec une explication :\nDans une petite entreprise, les places de parking sont réservées pour les plus hauts responsables : CEO, président, vice-président, secrétaire et trésorier, avec les places alignées dans cet ordre. Le gardien du parking peut dire en un coup d'œil si les voitures sont bien garées en regardant la couleur des voitures. Les voitures sont jaunes, vertes, violettes, rouges et bleues, et les noms des dirigeants sont Alice, Bert, Cheryl, David et Enid.\n* La voiture sur la première place est rouge.\n* Une voiture bleue est garée entre la voiture rouge et la voiture verte.\n* La voiture sur la dernière place est violette.\n* Le secrétaire conduit une voiture jaune.\n* La voiture d'Alice est garée à côté de celle de David.\n* Enid conduit une voiture verte.\n* La voiture de Bert est garée entre celle de Cheryl et celle d'Enid.\n* La voiture de David est garée sur la dernière place.\nQuestion : Quel est le nom du secrétaire ?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Chaque problème consiste en trois déclarations. Selon les deux premières déclarations, la troisième peut être vraie, fausse ou incertaine.\n1. Les oranges coûtent plus cher que les pommes.\n2. Les oranges coûtent moins cher que les bananes.\n3. Les bananes coûtent plus cher que les pommes et les bananes coûtent plus cher que l'orange.\nSi les deux premières déclarations sont vraies, alors la troisième déclaration est",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "A est le père de B. B est le père de C. Quelle est la relation entre A et C ?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Quel mot ne va pas avec les autres ?\npneu, volant, voiture, moteur",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Un matin après le lever du soleil, Suresh se tenait face à un poteau. L'ombre du poteau tombait exactement à sa droite. Pouvez-vous me dire dans quelle direction pointait l'ombre - est, sud, ouest ou nord? Expliquez les étapes de votre raisonnement.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Les parents se sont plaints au directeur au sujet des intimidations durant la récréation. Le directeur souhaite résoudre rapidement ce problème, en demandant aux surveillants de récréation d'être vigilants. Quelle situation les aides doivent-ils signaler au directeur ?\na) Une fille désengagée est assise seule sur un banc, plongée dans un livre et ne montrant aucune interaction avec ses pairs.\nb) Deux garçons engagés dans un jeu de basket en tête à tête sont impliqués dans une dispute animée concernant le dernier panier marqué.\nc) Un groupe de quatre filles a entouré une autre fille et semble avoir pris possession de son sac à dos.\nd) Trois garçons sont regroupés autour d'un jeu vidéo portable, ce qui est contre les règles et n'est pas autorisé sur le terrain de l'école.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Les sommets d'un triangle se trouvent aux points (0, 0), (-1, 1) et (3, 3). Quelle est l'aire du triangle ?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Une startup technologique investit 8000 $ dans le développement de logiciels la première année, puis investit la moitié de ce montant dans le développement de logiciels la deuxième année.\nQuel est le montant total que la startup a investi dans le développement de logiciels sur les deux années?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Dans une enquête menée dans un lycée local, les préférences pour une nouvelle couleur d'école ont été mesurées : 58% des élèves ont aimé la couleur bleue, 45% ont préféré le vert et 22% ont aimé les deux couleurs. Si nous choisissons au hasard un élève de l'école, quelle est la probabilité qu'il n'aime ni le bleu ni le vert?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Lorsque vous lancez deux dés, quelle est la probabilité que vous obteniez un nombre total qui soit au moins 3?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Certaines personnes sont montées dans un bus au terminal. Au premier arrêt de bus, la moitié des personnes sont descendues et 4 personnes de plus sont montées. Puis, au deuxième arrêt de bus, 6 personnes sont descendues et 8 autres sont montées. S'il y avait un total de 25 personnes se dirigeant vers le troisième arrêt, combien de personnes sont montées dans le bus au terminal ?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  { lang: "fr", text: "x+y = 4z, x*y = 4z^2, exprime x-y en z", source: M2LINGUAL_MT_BENCH_FR },
  {
    lang: "fr",
    text: "Combien d'entiers se trouvent dans la solution de l'inégalité |x + 5| < 10",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Lorsqu'un nombre est divisé par 10, le reste est 4. Quel est le reste lorsque le double du nombre est divisé par 4 ?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Benjamin est allé dans une librairie et a acheté une variété de livres. Il a acheté 5 exemplaires d'un roman de science-fiction, chacun au prix de 20 $, 3 exemplaires d'un livre d'histoire au prix de 30 $ chacun, et 2 exemplaires d'un livre de philosophie pour 45 $ chacun.\nQuel était le coût total de ses achats ?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Étant donné que f(x) = 4x^3 - 9x - 14, trouvez la valeur de f(2).",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Développez un programme Python qui lit tous les fichiers texte d'un répertoire et renvoie les 5 mots les plus fréquents.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Écrivez un programme C++ pour trouver le nième nombre de Fibonacci en utilisant la récursion.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Écrivez un site web simple en HTML. Lorsqu'un utilisateur clique sur le bouton, il affiche une blague aléatoire d'une liste de 4 blagues.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Voici une fonction Python pour trouver la longueur de la plus longue sous-séquence commune de deux chaînes de caractères en entrée. Pouvez-vous identifier un bug dans cette fonction?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Écrivez une fonction pour trouver l'ancêtre commun le plus haut (pas LCA) de deux nœuds dans un arbre binaire.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Mettez en œuvre une fonction pour trouver la médiane de deux tableaux triés de différentes tailles avec une complexité spatiale O(1) et une complexité temporelle O(n).",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Écrire une fonction pour trouver l'élément majoritaire dans un tableau d'entiers donné en utilisant l'algorithme de vote de Boyer-Moore.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Un arbre binaire est complet si tous ses sommets ont soit zéro, soit deux enfants. Soit B_n le nombre d'arbres binaires complets avec n sommets. Implémentez une fonction pour trouver B_n.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "On vous donne deux listes triées de taille m et n. Implémentez une fonction pour trouver le k-ème plus petit élément dans l'union des deux listes avec une complexité linéaire.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Mettez en œuvre un programme pour trouver les éléments communs dans deux tableaux sans utiliser de structures de données supplémentaires.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Évaluez les critiques de film suivantes sur une échelle de 1 à 5, avec 1 étant très négatif, 3 étant neutre et 5 étant très positif:\n1. Ce film sorti le 18 novembre 2019 était phénoménal. La cinématographie, le jeu des acteurs, l'intrigue - tout était de premier ordre.\n2. Jamais auparavant je n'avais été si déçu par un film. L'intrigue était prévisible et les personnages étaient unidimensionnels. À mon avis, ce film est le pire qui ait été sorti en 2022.\n3. Le film était correct. Il y avait des parties que j'ai appréciées, mais il y avait aussi des parties qui manquaient de l'intérêt. C'est un film qui est sorti en février 2018 et qui semble être assez ordinaire.\nRenvoyez la réponse sous la forme d'un tableau JSON d'entiers.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Étant donné ces catégories - Littérature, Histoire, Science et Art. Veuillez analyser les questions suivantes et les attribuer à l'une de ces catégories. Dans votre réponse, abstenez-vous de prononcer des mots superflus. Énumérez un seul sujet par phrase, en respectant strictement le format ligne par ligne.\n1. Discutez des principaux thèmes et des techniques stylistiques employés par Léon Tolstoï dans 'Guerre et Paix'. Comment s'alignent-ils avec le contexte social plus large de la Russie du 19e siècle?\n2. Analysez les stratégies géopolitiques et les politiques intérieures adoptées par le président des États-Unis pendant la Seconde Guerre mondiale. Comment ces actions ont-elles façonné l'ordre international d'après-guerre?\n3. Dessinez la structure de Lewis pour l'eau et expliquez la nature de sa polarité. Comment cela influence-t-il ses propriétés uniques telles que le point d'ébullition élevé et la capacité de dissoudre de nombreuses substances?\n4. Examinez de manière critique les techniques artistiques et les choix stylistiques employés par Léonard de Vinci dans la 'Mona Lisa'. Comment cette peinture reflète-t-elle le milieu culturel et philosophique de la Renaissance italienne?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Extrait les informations suivantes des textes présentés : Le nom du livre, l'auteur, le personnage principal, l'année de publication. Résultat dans le format \"personnage principal, livre, auteur, année de publication\", un livre par ligne.\na) Dans le domaine de la littérature sorcière, une véritable exception est l'œuvre de J.K. Rowling. L'un de ses livres qui a laissé une marque indélébile est 'Harry Potter à l'école des sorciers'. Ce conte emblématique, publié en 1997, raconte l'histoire de Harry, un jeune orphelin qui découvre ses capacités magiques à son 11ème anniversaire. Bientôt, il se retrouve à l'école de sorcellerie Poudlard, un lieu grouillant de magie et d'aventure, situé quelque part en Écosse.\nb) La magie de la Terre du Milieu a enchanté les lecteurs du monde entier, grâce au génie de J.R.R. Tolkien. Dans l'un de ses travaux fondateurs, 'Le Seigneur des Anneaux : La Communauté de l'Anneau', publié en 1954, nous rencontrons Frodo Baggins, un courageux hobbit chargé de la quête périlleuse de détruire l'Anneau Unique. Le voyage épique le mène de la paisible Comté aux régions tumultueuses de la Terre du Milieu.\nc) Dans une galaxie lointaine, l'imagination de L.E. Starlighter nous offre 'Les Chroniques de la Galaxie Prism : L'Éveil du Starcaster'. Publié en 2028, l'histoire est celle de Zylo, un humble mécanicien de vaisseau spatial, qui découvre inopinément qu'il est un Starcaster - un individu rare avec le pouvoir de manipuler la poussière d'étoile. Dans le",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Étant donné les données suivantes, identifiez l'entreprise ayant réalisé le plus grand bénéfice en 2021 et fournissez le nom de son PDG :\na) L'entreprise X, dirigée par PDG Amy Williams, a annoncé 30 milliards de dollars de revenus et un bénéfice de 3 milliards de dollars en 2021.\nb) L'entreprise Y, dirigée par le PDG Mark Thompson, a affiché des revenus de 60 milliards de dollars et un bénéfice de 6 milliards de dollars la même année.\nc) L'entreprise Z, dirigée par PDG Sarah Johnson, a annoncé un revenu de 20 milliards de dollars et un bénéfice de 7 milliards de dollars en 2021.\nd) L'entreprise W, dirigée par PDG James Smith, a révélé un revenu de 300 milliards de dollars et un bénéfice de 21 milliards de dollars en 2021.\ne) L'entreprise V, avec PDG Lisa Brown, a rapporté un revenu de 200 milliards de dollars et un bénéfice de 25 milliards de dollars en 2021.\nf) L'entreprise U, dirigée par le PDG John White, a affiché un revenu de 180 milliards de dollars et un bénéfice de 20 milliards de dollars la même année.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Identifiez les pays, leurs capitales et les langues parlées dans les phrases suivantes. Sortie au format JSON.\na) Au milieu des paysages idylliques, Copenhague, capitale du Danemark, captive les visiteurs avec sa scène artistique en plein essor et l'enchanting langage danois parlé par ses habitants.\nb) Au sein de l'enchanting royaume d'Eldoria, on découvre Avalore, une ville grandiose qui émane une aura éthérée. Lumina, une langue mélodieuse, est le principal mode de communication de cet logements mystiques.\nc) Nichée au milieu d'un mélange harmonieux de coutumes ancestrales et de merveilles contemporaines, Buenos Aires, capitale de l'Argentine, se présente comme une métropole animée. C'est une plaque tournante dynamique où l'expressif langue espagnole a le dessus sur les habitants de la ville.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Veuillez lire le paragraphe ci-dessous et compter combien de fois les mots \"Amazon\", \"rivière\" et \"vous\" apparaissent. Veuillez présenter les résultats sous le format \"mot, nombre d'apparitions\" avec chaque mot sur une ligne séparée. Triez les lignes en fonction du nombre d'apparitions.\nL'Amazonie, une étendue fascinante de merveilles naturelles, abrite le légendaire fleuve Amazone. S'écoulant à travers des paysages à couper le souffle comme la forêt tropicale amazonienne, la rivière serpente à travers le Brésil, la Colombie et le Pérou, donnant vie à d'innombrables créatures. Des puissants jaguars qui rôdent dans la jungle amazonienne aux vibrantes aras qui planent au-dessus de la canopée, cette région remarquable fourmille de biodiversité. Profondément dans le courant de la rivière, de magnifiques dauphins roses de rivière glissent gracieusement aux côtés des piranhas et des anguilles électriques. Le long des berges, vous trouverez des villes animées comme Manaus, où l'urbain rencontre la nature sauvage, et Iquitos, une porte d'entrée vers le cœur de la forêt tropicale amazonienne. Au fur et à mesure que vous vous aventurez plus loin, le fleuve Amazone révèle des joyaux cachés comme l'archipel d'Anavilhanas, une mosaïque d'îles débordantes d'espèces rares. Embarquez pour une aventure, explorez l'envoûtante rivière Amazone et immergez-vous dans un monde grouillant de vie et une beauté sauvage inapprivoisée.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Identifiez les entités nommées (personnes, organisations, lieux) mentionnées dans l'article de presse donné. Veuillez générer un dictionnaire JSON qui répertorie les entités nommées en trois groupes distincts basés sur leurs types d'entités. La clé est le type d'entité et la valeur est une liste de chaînes.\n\nHier, Adamson Emerson, le PDG de Faraday, et Dieter Zetsche, le PDG de Daimler AG, ont annoncé des plans pour construire une nouvelle Gigafactory à Berlin. L'installation sera une entreprise commune entre Faraday et Daimler, produisant des véhicules électriques et des packs de batteries pour les deux entreprises, créant des milliers d'opportunités d'emploi dans la région. Emerson et Zetsche ont déclaré que la localisation stratégique de Berlin, couplée à sa main-d'œuvre qualifiée et à sa solide infrastructure, en fait un choix idéal pour l'expansion. La nouvelle Gigafactory vise à répondre à la demande croissante de véhicules électriques en Europe et à contribuer à un avenir durable. Herbert Diess, PDG de Volkswagen, a accueilli la nouvelle, disant qu'une plus grande collaboration bénéficiera à la transition de l'industrie automobile vers l'e-mobilité.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Analysez les critiques suivantes de clients provenant de différentes sources pour trois smartphones différents - le dernier iPhone, Samsung Galaxy et Google Pixel - et fournissez une note globale pour chaque téléphone sur une échelle de 1 à 10. Prenez en compte les critiques complexes et contradictoires suivantes :\n- Critique de TechRadar sur le dernier iPhone : Le nouvel iPhone est un triomphe éblouissant de l'ingénierie qui établit une nouvelle barre pour les performances des smartphones et la qualité de la caméra. Cependant, le design incrémentiel et le prix élevé signifient qu'il manque le facteur 'wow' des iPhones précédents. Néanmoins, sa puissance et son intelligence sont sans égales.\n- Critique de CNET sur le dernier Samsung Galaxy : Le téléphone Samsung Galaxy a beaucoup de points forts, dont un écran incroyable, des performances rapides, une solide autonomie de la batterie et un impressionnant éventail d'options de caméra. Cela dit, Bixby reste peu brillant, les émojis AR tombent à plat et le design global du téléphone n'a pas beaucoup changé. Le nouveau Galaxy est un téléphone incroyable dans l'ensemble, mais il a quelques faiblesses persistantes qui l'empêchent d'atteindre la vraie grandeur.\n- Critique de The Verge sur le dernier Google Pixel : Le Pixel de Google intègre des spécifications de pointe, un logiciel innovant alimenté par l'IA, et un appareil photo tueur dans un design épuré. Cependant, le téléphone a une autonomie de batterie insuffisante, manque de",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Étant donné un ensemble d'équations complexes, extrayez tous les noms de variables uniques de chaque équation. Renvoyez les résultats sous forme de chaîne JSON, avec une ligne allouée pour chaque équation.\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * sum(N=1 à 5; ln(N)^2) = 5D*integral(a=0 à pi; cos(comb(N=1 à 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Étant donné les enregistrements suivants des prix des actions, extrayez les prix de clôture les plus élevés et les plus bas pour chaque mois de l'année 2022. Renvoyez les résultats sous forme de chaîne CSV, avec une ligne allouée pour chaque mois.\nDate, Ouverture, Haut, Bas, Clôture, Volume\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Dans le domaine de la physique quantique, qu'est-ce que la superposition, et comment se rapporte-t-elle au phénomène de l'intrication quantique?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Envisagez un satellite qui est en orbite circulaire autour de la Terre. La vitesse du satellite diminue. Que va-t-il arriver au rayon orbital du satellite et à sa période de révolution? Veuillez justifier votre réponse en utilisant les principes de la physique.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "La photosynthèse est un processus vital pour la vie sur Terre. Pourriez-vous décrire les deux principales étapes de la photosynthèse, y compris où elles ont lieu dans le chloroplaste, et les entrées et sorties principales pour chaque étape?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Quel est le dogme central de la biologie moléculaire? Quels processus sont impliqués? Qui a nommé cela?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Décrivez le processus et écrivez l'équation chimique équilibrée pour la réaction qui se produit lorsque le carbonate de calcium solide réagit avec l'acide chlorhydrique pour former du chlorure de calcium aqueux, du dioxyde de carbone et de l'eau. Quel type de réaction est-ce, et quelles observations pourraient indiquer que la réaction a lieu?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Veuillez expliquer les différences entre les réactions exothermiques et endothermiques, et inclure les critères que vous avez utilisés pour les distinguer. De plus, veuillez fournir un exemple concret pour illustrer votre explication.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "La ville de Vega a l'intention de construire un pont qui enjambera la rivière Vegona, couvrant une distance de 1,8 kilomètres. L'emplacement proposé se situe dans une zone sismiquement active qui a connu plusieurs tremblements de terre de haute magnitude. Étant donné ces circonstances, quelle serait la meilleure approche pour construire le pont?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "On vous a confié la tâche de concevoir un système de chauffage de l'eau alimenté par l'énergie solaire pour un bâtiment résidentiel. Décrivez les composants clés et les considérations que vous incluriez dans votre conception. Concevez un workflow en cinq étapes.\n\nTranslation:\nOn vous a chargé de concevoir un système de chauffage d'eau alimenté par l'énergie solaire pour un immeuble d'habitation. Décrivez les éléments clés et les considérations que vous intégreriez dans votre conception. Élaborez un processus de travail en cinq étapes.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Veuillez décrire le concept de l'apprentissage automatique. Pourriez-vous élaborer sur les différences entre l'apprentissage supervisé, non supervisé et par renforcement? Fournissez des exemples concrets de chacun.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Comment les Alpes et le Rhin ont-ils influencé l'établissement et l'agriculture en Europe de l'Ouest ? Enumérez trois impacts.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Fournissez des informations sur la corrélation entre les indicateurs économiques tels que le PIB, l'inflation et les taux de chômage. Expliquez comment les politiques fiscales et monétaires affectent ces indicateurs.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Comment les étapes de la vie façonnent-elles notre compréhension du temps et de la mortalité?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Discutez des lois antitrust et de leur impact sur la concurrence sur le marché. Comparez les lois antitrust aux États-Unis et en Chine, avec quelques études de cas.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Créez un plan de leçon qui intègre du théâtre, du mime ou des techniques théâtrales dans un cours d'histoire. Durée : 3 périodes de cours (chaque période dure 45 minutes) sur 3 jours\nSujet : Les guerres de l'opium entre la Chine et la Grande-Bretagne\nNiveau scolaire : 9-10ème",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Partagez des idées pour adapter des chefs-d'œuvre artistiques en expériences interactives pour les enfants. Énumérez 5 œuvres d'art spécifiques et les idées associées.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Expliquez ce qu'est le sophisme de base rate et énumérez cinq exemples spécifiques de la manière dont les politiciens l'utilisent pour les campagnes.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Décrivez cinq principes clés pour évaluer un argument dans l'écriture analytique.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Quelles méthodes Socrate a-t-il utilisées pour remettre en question les pensées dominantes de son époque?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Quelles sont certaines normes d'étiquette commerciale lorsqu'on fait des affaires au Japon?",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Suggérez cinq films documentaires primés avec de brèves descriptions pour que les aspirants cinéastes puissent les étudier.",
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "it",
    text:
      "Componi un coinvolgente post per un blog di viaggi riguardo un recente viaggio alle Hawaii, mettendo in risalto le esperienze culturali e le attrazioni imperdibili.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Oggetto: Richiesta di Feedback sul 'Rapporto Finanziario Trimestrale'\n\nGentile Supervisore,\n\nSpero che lei stia bene. Sto scrivendo per richiedere un feedback sul 'Rapporto Finanziario Trimestrale' che ho preparato recentemente.\n\nIn particolare, sarei molto interessato a conoscere il suo parere in merito all'analisi dei dati, allo stile di presentazione, e alla chiarezza delle conclusioni tratte dal rapporto. Il suo punto di vista sarà certamente prezioso per me per migliorare ulteriormente il mio lavoro.\n\nPrendo questa opportunità per ringraziarla in anticipo per il tempo dedicato alla revisione del mio lavoro. Attendendo con interesse i suoi commenti constructivi, le mando i miei migliori saluti.\n\nCordiali saluti,\n[Tuo Nome]",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Immagina di scrivere un post sul blog che confronta due popolari modelli di smartphone. Sviluppa un abbozzo per il post del blog, include punti chiave e sottotitoli per confrontare e contrapporre efficacemente le caratteristiche, le prestazioni e l'esperienza utente dei due modelli. Rispondi in meno di 200 parole.\n\n1. Introduzione\n2. Caratteristiche Principali\n   - Modello Smartphone 1\n   - Modello Smartphone 2\n3. Prestazioni\n   - Valutazione delle prestazioni del Modello Smartphone 1\n   - Valutazione delle prestazioni del Modello Smartphone 2\n4. Esperienza Utente\n   - Esperienza Utente del Modello Smartphone 1\n   - Esperienza Utente del Modello Smartphone 2\n5. Confronto e Contrasto\n6. Conclusione",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Scrivi una email convincente per persuadere il tuo amico introverso, che non ama parlare in pubblico, a offrirsi volontario come relatore ospite in un evento locale. Utilizza argomentazioni convincenti e affronta le possibili obiezioni. Sii conciso.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Descrivi un personaggio vivido e unico, utilizzando immagini forti e un linguaggio creativo. Si prega di rispondere in meno di due paragrafi.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Scrivi un paragrafo descrittivo su un mercato pieno di vita, incorporando dettagli sensoriali come odori, suoni ed elementi visivi per creare un'esperienza coinvolgente per il lettore.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Potresti scrivere un breve racconto avvincente che inizia con la frase: La vecchia casa abbandonata alla fine della strada custodiva un segreto che nessuno aveva mai scoperto.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Crea un affascinante paragrafo d'apertura per un racconto breve di fantasia. La storia dovrebbe coinvolgere un personaggio che si sveglia una mattina per scoprire di poter viaggiare nel tempo.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      '1. "Scoperta rivoluzionaria dell\'energia bio-rinnovabile: innovazione e dilemmi etici nella nuova frontiera energetica"\n2. "All\'avanguardia dell\'energia bio-rinnovabile: Conciliare il progresso scientifico con un approccio etico"\n3. "Una svolta eticamente cosciente nella bio-energia rinnovabile: la nostra ultima scoperta"\n4. "Esplorando l\'ultimo ritrovato in bio-energia rinnovabile: tra innovazione e sfide etiche"',
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      'Modifica il seguente paragrafo per correggere eventuali errori grammaticali:\nLei non ricordava dove fosse la sua borsa, quindi io pensavo fosse in macchina, ma lui ha detto che è sul tavolo della cucina, ma non ne è sicuro, e poi mi hanno chiesto di cercarla, lei ha detto, "Puoi?", e io ho risposto, "Forse, ma non ne sono sicuro", e lui non mi ha sentito, e, "Cosa?", ha chiesto, "L\'hai trovata?".',
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Immagina di partecipare a una corsa con un gruppo di persone. Se hai appena superato la seconda persona, qual è la tua posizione attuale? Dove si trova la persona che hai appena superato?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Puoi vedere una bella casa rossa alla tua sinistra e una serra ipnotica alla tua destra, un attraente luogo rosa riscaldato sul davanti. Quindi, dov'è la Casa Bianca?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Thomas è molto in salute, ma deve andare in ospedale ogni giorno. Quali potrebbero essere i motivi?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "David ha tre sorelle. Ognuna di loro ha un fratello. Quanti fratelli ha David?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Leggi attentamente il seguente passaggio e rispondi alle domande con una spiegazione:\nIn una piccola azienda, i posti auto sono riservati ai dirigenti di alto livello: CEO, presidente, vicepresidente, segretario e tesoriere, con i posti allineati in quest'ordine. La guardia del parcheggio può capire a prima vista se le auto sono parcheggiate correttamente guardando il colore delle auto. Le auto sono gialle, verdi, viola, rosse e blu, e i nomi dei dirigenti sono Alice, Bert, Cheryl, David e Enid. \n* L'auto nel primo spazio è rossa. \n* Un'auto blu è parcheggiata tra l'auto rossa e l'auto verde. \n* L'auto nello spazio finale è viola. \n* Il segretario guida un'auto gialla.\n* L'auto di Alice è parcheggiata accanto a quella di David.\n* Enid guida un'auto verde.\n* L'auto di Bert è parcheggiata tra quella di Cheryl e quella di Enid.\n* L'auto di David è parcheggiata nello spazio finale.\nDomanda: Qual è il nome del segretario?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Ogni problema consiste in tre affermazioni. In base alle prime due affermazioni, la terza affermazione può essere vera, falsa o incerta.\n1. Le arance costano più delle mele.\n2. Le arance costano meno delle banane.\n3. Le banane costano di più delle mele e le banane costano di più delle arance.\nSe le prime due affermazioni sono vere, allora la terza affermazione è",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "A è il padre di B. B è il padre di C. Qual è la relazione tra A e C?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Quale parola non appartiene agli altri?\npneumatico, volante, auto, motore",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Una mattina dopo l'alba, Suresh stava in piedi di fronte a un palo. L'ombra del palo cadeva esattamente alla sua destra. Puoi dirmi la direzione verso cui l'ombra puntava - est, sud, ovest o nord? Spiega i tuoi passaggi di ragionamento.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "I genitori si sono lamentati con il preside per il bullismo durante la ricreazione. Il preside vuole risolvere rapidamente la situazione, dando istruzioni agli aiutanti della ricreazione di essere vigili. Quale situazione dovrebbero segnalare gli aiutanti al preside?\na) Una ragazza disimpegnata è seduta da sola su una panchina, assorta in un libro e non sta interagendo con i suoi coetanei.\nb) Due ragazzi impegnati in una partita uno contro uno di basket sono coinvolti in un'accesa discussione riguardo all'ultimo canestro segnato.\nc) Un gruppo di quattro ragazze ha circondato un'altra ragazza e sembra aver preso possesso del suo zaino.\nd) Tre ragazzi sono accovacciati intorno a un videogioco portatile, il che è contro le regole e non è permesso nel recinto della scuola.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "I vertici di un triangolo si trovano nei punti (0, 0), (-1, 1) e (3, 3). Qual è l'area del triangolo?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Una startup tecnologica investe $8000 nello sviluppo di software nel primo anno, e poi investe la metà di quella somma nello sviluppo di software nel secondo anno. \nQual è l'ammontare totale che la startup ha investito nello sviluppo di software nei due anni?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "In un sondaggio condotto in una scuola superiore locale, sono state misurate le preferenze per un nuovo colore della scuola: il 58% degli studenti ha apprezzato il colore blu, il 45% ha preferito il verde, e il 22% ha apprezzato entrambi i colori. Se scegliamo a caso uno studente dalla scuola, qual è la probabilità che non gli piaccia né il blu né il verde?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Quando si lanciano due dadi, qual è la probabilità che si ottenga un numero totale che sia almeno 3?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Alcune persone sono salite su un autobus al capolinea. Alla prima fermata dell'autobus, la metà delle persone è discesa e sono salite 4 persone in più. Poi, alla seconda fermata dell'autobus, 6 persone sono scese e ne sono salite 8 in più. Se c'erano un totale di 25 persone dirette alla terza fermata, quante persone sono salite sull'autobus al capolinea?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  { lang: "it", text: "x+y = 4z, x*y = 4z^2, esprimi x-y in z", source: M2LINGUAL_MT_BENCH_IT },
  {
    lang: "it",
    text: "Quanti interi sono nella soluzione della disuguaglianza |x + 5| < 10",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Quando un numero viene diviso per 10, il resto è 4. Qual è il resto quando il doppio del numero viene diviso per 4?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Benjamin è andato in una libreria e ha acquistato una varietà di libri. Ha comprato 5 copie di un romanzo di fantascienza, ciascuna al prezzo di $20, 3 copie di un libro di storia al prezzo di $30 ciascuno, e 2 copie di un libro di filosofia per $45 ciascuno.\nQual è stato il costo totale dei suoi acquisti?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Dato che f(x) = 4x^3 - 9x - 14, trova il valore di f(2).",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Sviluppare un programma Python che legge tutti i file di testo in una directory e restituisce le 5 parole con il maggior numero di occorrenze.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Scrivi un programma C++ per trovare l'n-esimo numero di Fibonacci utilizzando la ricorsione.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Scrivi un semplice sito web in HTML. Quando un utente fa clic sul pulsante, mostra uno scherzo casuale da una lista di 4 barzellette.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Ecco una funzione Python per trovare la lunghezza della più lunga sottosequenza comune di due stringhe di input. Puoi identificare qualche bug in questa funzione?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Scrivi una funzione per trovare l'antenato comune più alto (non LCA) di due nodi in un albero binario.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Implementa una funzione per trovare la mediana di due array ordinati di dimensioni diverse con complessità spaziale O(1) e complessità temporale O(n).",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Scrivi una funzione per trovare l'elemento maggioritario in un array di interi dato usando l'Algoritmo di Voto di Boyer-Moore.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Un albero binario è pieno se tutti i suoi vertici hanno zero o due figli. Chiamiamo B_n il numero di alberi binari pieni con n vertici. Implementa una funzione per trovare B_n.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Ti vengono dati due elenchi ordinati di dimensione m e n. Implementa una funzione per trovare il k-esimo elemento più piccolo nell'unione dei due elenchi con complessità lineare.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Implementa un programma per trovare gli elementi comuni in due array senza utilizzare alcuna struttura dati extra.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Valuta le seguenti recensioni di film su una scala da 1 a 5, dove 1 è molto negativo, 3 è neutro e 5 è molto positivo:\n1. Questo film uscito l'18 novembre 2019 è stato fenomenale. La cinematografia, la recitazione, la trama - tutto era di livello superiore.\n2. Non sono mai stato così deluso da un film. La trama era prevedibile e i personaggi erano unidimensionali. Secondo me, questo è il peggior film uscito nel 2022.\n3. Il film era ok. C'erano alcune parti che mi sono piaciute, ma c'erano anche parti che sembravano scarse. Questo è un film che è uscito a febbraio 2018 e sembra essere piuttosto ordinario.\nRestituisci la risposta come un array JSON di interi.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Date queste categorie - Letteratura, Storia, Scienza e Arte. Si prega di analizzare le seguenti domande e assegnarle a una di queste categorie. Nella tua risposta, evita di pronunciare qualsiasi parola superflua. Elenca solo un argomento per frase, attenendoti rigorosamente al formato riga per riga.\n1. Discuti i temi principali e le tecniche stilistiche impiegate da Leo Tolstoy in 'Guerra e Pace'. Come si allineano con il più ampio contesto sociale della Russia del 19° secolo?\n2. Analizza le strategie geopolitiche e le politiche interne adottate dal Presidente degli Stati Uniti durante la Seconda Guerra Mondiale. Come queste azioni hanno plasmato l'ordine internazionale del dopoguerra?\n3. Disegna la struttura di Lewis per l'acqua e spiega la natura della sua polarità. Come influisce su le sue proprietà uniche come l'alto punto di ebollizione e la capacità di dissolvere molte sostanze?\n4. Esamina criticamente le tecniche artistiche e le scelte stilistiche impiegate da Leonardo da Vinci in 'Mona Lisa'. Come il dipinto riflette il contesto culturale e filosofico del Rinascimento italiano?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Estrai le seguenti informazioni dai testi presentati: Il nome del libro, l'autore, il personaggio principale, l'anno di pubblicazione. Riporta nell'ordine \"personaggio principale, libro, autore, anno di pubblicazione\", un libro per riga.\na) Nel regno della letteratura magica, un vero e proprio punto di riferimento è l'opera di J.K. Rowling. Uno dei suoi libri che ha lasciato un segno indelebile è 'Harry Potter e la Pietra Filosofale'. Questo racconto iconico, pubblicato nel 1997, racconta la storia di Harry, un giovane orfano che scopre le sue abilità magiche in occasione del suo 11° compleanno. Presto, si ritrova alla Scuola di Magia e Stregoneria di Hogwarts, un luogo traboccante di magia e avventura, situato da qualche parte in Scozia.\nb) La magia della Terra di Mezzo ha affascinato i lettori di tutto il mondo, grazie alla brillantezza di J.R.R. Tolkien. In una delle sue opere fondamentali, 'Il Signore degli Anelli: La Compagnia dell'Anello', pubblicato nel 1954, incontriamo Frodo Baggins, un coraggioso hobbit incaricato della pericolosa missione di distruggere l'Unico Anello. L'epico viaggio lo porta dalla pacifica Contea alle tumultuose regioni della Terra di Mezzo.\nc) In una galassia lontana, l'immaginazione di L.E. Starlighter ci regala 'Le Cronache della Galassia Prisma: Il Risveglio dello Starcaster'. Pubblicato nel 2028, il racconto parla di Zylo, un umile meccanico di astronavi, che scopre inaspettatamente di essere uno Starcaster - un raro individuo con il potere",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Data alla seguente informazione, identifica l'azienda con il profitto più alto nel 2021 e fornisci il nome del suo CEO:\na) La Società X, con la CEO Amy Williams, ha segnalato un fatturato di 30 miliardi di dollari e un profitto di 3 miliardi nel 2021.\nb) La Società Y, guidata dal CEO Mark Thompson, ha registrato un fatturato di 60 miliardi di dollari e un profitto di 6 miliardi nello stesso anno.\nc) La Società Z, sotto la CEO Sarah Johnson, ha annunciato un fatturato di 20 miliardi di dollari e un profitto di 7 miliardi nel 2021.\nd) La Società W, gestita dal CEO James Smith, ha rivelato un fatturato di 300 miliardi di dollari con un profitto di 21 miliardi nel 2021.\ne) La Società V, con la CEO Lisa Brown, ha segnalato un fatturato di 200 miliardi di dollari e un profitto di 25 miliardi nel 2021.\nf) La Società U, sotto il CEO John White, ha registrato un fatturato di 180 miliardi di dollari e un profitto di 20 miliardi nello stesso anno.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Identifica i paesi, le loro capitali e le lingue parlate nelle seguenti frasi. Output in formato JSON.\na) Tra le viste idilliache, Copenaghen, la capitale della Danimarca, cattura i visitatori con la sua fiorente scena artistica e l'affascinante lingua danese parlata dai suoi abitanti.\nb) Nel suggestivo regno di Eldoria, si scopre Avalore, una città grandiosa che emana un aura eterea. Lumina, una lingua melodiosa, funge da principale mezzo di comunicazione in questo dimora mistica.\nc) Immersa in un armonioso connubio di antichi costumi e meraviglie contemporanee, Buenos Aires, la capitale dell'Argentina, si impone come una metropoli frenetica. È un centro vibrante dove la espressiva lingua spagnola domina sugli abitanti della città.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Si prega di leggere il paragrafo sottostante e contare quante volte compaiono le parole \"Amazon\", \"fiume\" e \"tu\". Si prega di presentare i risultati nel formato \"parola, numero di apparizioni\" con ogni parola su una linea separata. Ordina le righe in ordine del numero di apparizioni.\nL'Amazon, una affascinante estensione delle meraviglie della natura, ospita il leggendario fiume Amazon. Scorrendo attraverso paesaggi mozzafiato come la foresta pluviale dell'Amazon, il fiume si insinua attraverso il Brasile, la Colombia e il Perù, dando vita a innumerevoli creature. Dai potenti giaguari che si aggirano nella giungla dell'Amazon ai vibranti macaw che volano sopra la chioma degli alberi, questa regione straordinaria è ricca di biodiversità. Nel profondo delle correnti del fiume, magnifici delfini rosa di fiume volteggiano con grazia accanto a piranha e anguille elettriche. Lungo le rive del fiume, troverai città vivaci come Manaus, dove l'urbano incontra il selvaggio, e Iquitos, un passaggio verso il cuore della foresta pluviale dell'Amazon. Mentre ti addentri ulteriormente, il fiume Amazon rivela gemme nascoste come l'affascinante arcipelago di Anavilhanas, un mosaico di isole ricche di specie rare. Imbarcati in un'avventura, esplora l'affascinante fiume Amazon e immergiti in un mondo pieno di vita e bellezza selvaggia.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Identifica le entità nominate (persone, organizzazioni, località) menzionate nell'articolo di notizie fornito. Si prega di generare un dizionario JSON che elenchi le entità nominate in tre gruppi separati in base ai loro tipi di entità. La chiave è il tipo di entità e il valore è un elenco di stringhe.\n\nIeri, Adamson Emerson, l'AD di Faraday, e Dieter Zetsche, l'AD di Daimler AG, hanno annunciato piani per costruire una nuova Gigafactory a Berlino. L'impianto sarà una joint venture tra Faraday e Daimler, che produrrà veicoli elettrici e batterie per entrambe le aziende, creando migliaia di opportunità di lavoro nella regione. Emerson e Zetsche hanno dichiarato che la posizione strategica di Berlino, insieme alla sua forza lavoro qualificata e all'infrastruttura solida, la rende una scelta ideale per l'espansione. La nuova Gigafactory mira a soddisfare la crescente domanda di veicoli elettrici in Europa e a contribuire a un futuro sostenibile. L'AD di Volkswagen, Herbert Diess, ha accolto la notizia, dicendo che una maggiore collaborazione beneficerà la transizione dell'industria automobilistica verso l'e-mobility.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Analizza le seguenti recensioni dei clienti da diverse fonti per tre diversi smartphone - l'ultimo iPhone, Samsung Galaxy, e Google Pixel - e fornisce un punteggio complessivo per ciascun telefono su una scala da 1 a 10. Considera le seguenti recensioni complesse e contraddittorie:\n- Recensione di TechRadar dell'ultimo iPhone: Il nuovo iPhone è uno straordinario trionfo di ingegneria che stabilisce un nuovo standard per le prestazioni degli smartphone e la qualità della fotocamera. Tuttavia, il design incrementale e l'alto prezzo significano che manca il fattore 'wow' dei precedenti iPhone. Tuttavia, la sua potenza e intelligenza sono insuperabili.\n- Recensione di CNET dell'ultimo Samsung Galaxy: Il telefono Samsung Galaxy ha molti punti di forza, tra cui uno schermo fantastico, prestazioni velocissime, una buona durata della batteria e una impressionante serie di opzioni per la fotocamera. Detto questo, Bixby rimane mediocre, AR emoji non convince e il design generale del telefono non è cambiato molto. Il nuovo Galaxy è un telefono sorprendente nel complesso, ma ha alcune debolezze fastidiose che gli impediscono di raggiungere la vera grandezza.\n- Recensione di The Verge dell'ultimo Google Pixel: Il Pixel di Google unisce specifiche all'avanguardia, software alimentato da IA innovativo e una fotocamera eccezionale in un design elegante. Tuttavia, il telefono ha una durata della batteria mediocre, non ha la possibilità di espandere la memoria e le sue prestazioni a volte",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Dato un insieme di equazioni complesse, estrai tutti i nomi di variabili unici da ogni equazione. Restituisci i risultati come stringa JSON, con una riga allocata per ogni equazione.\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * somma(N=1 a 5; ln(N)^2) = 5D*integrale(a=0 a pi; cos(somma(N=1 a 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(- (alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Dato il seguente registro dei prezzi delle azioni, estraete il prezzo di chiusura più alto e più basso per ogni mese dell'anno 2022. Restituite i risultati come stringa CSV, con una riga allocata per ogni mese.\nData,Apertura,Massimo,Minimo,Chiusura,Volume\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Nel campo della fisica quantistica, cos'è la sovrapposizione e come si relaziona al fenomeno dell'intreccio quantistico?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Considera un satellite che si trova in un'orbita circolare attorno alla Terra. La velocità del satellite diminuisce. Cosa succederà al raggio orbitale del satellite e al periodo di rivoluzione? Per favore, giustifica la tua risposta utilizzando i principi della fisica.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "La fotosintesi è un processo vitale per la vita sulla Terra. Potresti delineare le due fasi principali della fotosintesi, includendo dove si svolgono all'interno del cloroplasto, e gli input e output primari per ciascuna fase?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Qual è il dogma centrale della biologia molecolare? Quali processi sono coinvolti? Chi ha nominato questo?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Descrivi il processo e scrivi l'equazione chimica bilanciata per la reazione che si verifica quando il carbonato di calcio solido reagisce con l'acido cloridrico per formare cloruro di calcio in soluzione acquosa, diossido di carbonio e acqua. Che tipo di reazione è questa e quali osservazioni potrebbero indicare che la reazione sta avvenendo?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Si prega di spiegare le differenze tra reazioni esotermiche ed endotermiche, e di includere i criteri che hai usato per distinguerle. Inoltre, si prega di fornire un esempio pratico per illustrare la tua spiegazione.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "La città di Vega intende costruire un ponte che attraverserà il fiume Vegona, coprendo una distanza di 1,8 chilometri. La posizione proposta si trova in un'area sismicamente attiva che ha subito diversi terremoti di alta magnitudo. Date queste circostanze, qual sarebbe il miglior approccio per la costruzione del ponte?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Ti è stato assegnato il compito di progettare un sistema di riscaldamento dell'acqua alimentato ad energia solare per un edificio residenziale. Descrivi i componenti chiave e le considerazioni che includeresti nel tuo progetto. Elabora un flusso di lavoro in cinque passaggi.\n\nTranslation:\n\nTi è stata affidata la progettazione di un sistema di riscaldamento dell'acqua alimentato ad energia solare per un edificio residenziale. Descrivi i componenti chiave e le considerazioni che includeresti nel tuo progetto. Crea un flusso di lavoro in cinque passaggi.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Per favore descrivi il concetto di apprendimento automatico. Potresti spiegare le differenze tra apprendimento supervisionato, non supervisionato e rinforzato? Fornisci esempi concreti per ciascuno.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Come le Alpi e il fiume Reno hanno influenzato l'insediamento e l'agricoltura nell'Europa occidentale? Elenca tre impatti.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Fornisci approfondimenti sulla correlazione tra indicatori economici come il PIL, l'inflazione e i tassi di disoccupazione. Spiega come le politiche fiscali e monetarie influenzano tali indicatori.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Come le fasi della vita modellano la nostra comprensione del tempo e della mortalità?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Discutere le leggi antitrust e il loro impatto sulla concorrenza di mercato. Confrontare le leggi antitrust negli Stati Uniti e in Cina insieme ad alcuni casi di studio.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Crea un piano di lezione che integra tecniche di dramma, mimo o teatro in una classe di storia. Durata: 3 periodi di lezione (ognuno della durata di 45 minuti) per 3 giorni\nArgomento: Le guerre dell'oppio tra la Cina e la Gran Bretagna\nLivello di grado: 9-10",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Condividere idee per adattare capolavori d'arte in esperienze interattive per bambini. Elenca 5 opere d'arte specifiche e idee associate.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Spiega cos'è l'equivoco della frequenza di base e elenca cinque esempi specifici di come i politici lo utilizzano per le loro campagne.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Descrivi cinque principi chiave nella valutazione di un argomento nella scrittura analitica.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Quali metodi ha utilizzato Socrate per sfidare i pensieri predominanti del suo tempo?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Quali sono alcune norme di galateo aziendale quando si fa affari in Giappone?",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Suggerisci cinque film documentari premiati con brevi descrizioni di background per aspiranti filmmaker da studiare.",
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "ja",
    text:
      "最近のハワイ旅行について、文化体験や必見の観光名所を強調した魅力的な旅行ブログ記事を作成してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "件名：四半期財務報告書についてのフィードバックを求めます\n\n敬具[上司の名前],\n\n突然のメール失礼いたします。私が作成した'四半期財務報告書'について、ご回答いただきたくお願い申し上げます。\n\n特にデータ分析やプレゼンテーションのスタイル、結論の明瞭性についてご意見をいただけますと幸いです。\n\nご多忙のところ恐縮でございますが、お手隙の際にご回答いただけますと幸いです。\n\nよろしくお願い申し上げます。\n\n[あなたの名前]",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "2つの人気スマートフォンモデルを比較するブログ記事を書くことを想像してください。それらの特性、パフォーマンス、ユーザー体験を効果的に比較・対照するためのメインポイントとサブヘッディングを含むブログ投稿の概要を作成してください。200語以内で答えてください。\n\n1. イントロダクション\n   - 記事の目的と比較を行う2つのモデルの紹介。\n2. 特徴比較\n   - デザイン\n   - 画面の品質\n   - カメラの性能\n   - バッテリー寿命\n3. パフォーマンス比較\n   - プロセッサー性能\n   - メモリ\n   - OSとアップデート\n4. ユーザーエクスペリエンス\n   - ユーザーレビューと評価\n   - 使用感\n   - 価格と価値\n5. 総括\n   - どのモデルが合っているかのアドバイスと最終評価。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下のメールは、内向的で公の場で話すことを苦手とする友人を説得し、地元のイベントのゲストスピーカーとしてボランティアをお願いする内容です。説得力のある論拠を用いて、潜在的な反対意見に対処してください。簡潔にお願いします：\n\nタイトル: あなたの声が地元に役立ちます\n\nこんにちは、\n\nまず、あなたの時間を読むためにありがとう。あなたの話す能力と洞察力は、地元のコミュニティーイベントでのゲストスピーカーとして素晴らしいものだと考えています。言い換えれば、あなたの経験と知識が我々にとっては大切なもので、皆さんに共有されるべきだと思っています。\n\n私たちはよく、公に話すことの恐怖を感じますが、その恐怖は克服できます。そしてあなたにはその能力があると確信しています。既存の問題に新たな視点を提供し、他人に影響を与えるためには、その話し方もまた大切です。\n\nあなたが話すことで地元のコミュニティーに貢献し、彼らから感謝の言葉を得ることができれば、これ以上の達成感はないと思います。一緒に地元のコミュニティーを改善しませんか。\n\nよろしければ、考えてみてください。\n\nよろしくお願いいたします。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "強烈なイメージと創造的な言葉を用いて、鮮やかでユニークなキャラクターを描写してください。答えは2パラグラフ未満でお願いします。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "香り、音、視覚要素などの感覚的な詳細を取り入れて、読者に没入感を提供する賑やかな市場についての記述的なパラグラフを書いてください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下のような引き込まれるような短編小説を書いていただけますか：通りの終わりにある古びた放棄された家は、誰もがまだ発見していない秘密を隠していました。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "フィクションの短編小説のために、興味深い開始のパラグラフを作成します。その物語は、ある朝目覚めて時間旅行ができることがわかるキャラクターを巻き込むべきです。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      '1. "再生可能なバイオエネルギー最新発見、倫理的ジレンマを巧みに取り扱ったアピール力のある見出しを求めます"\n2. "バイオエネルギー源に関わる倫理的問題を慎重に扱いながら、最新の再生可能バイオエネルギーの発見についてのキャッチーで科学的に正確な見出しを作成しましょう"\n3. "最新の再生可能バイオエネルギー発見、複雑な倫理的問題を上手に処理した洗練された見出し案を4つ求めています"\n4. "新たなバイオエネルギーの発見: 倫理的ジレンマを慎重に考慮した鮮やかで科学的に確かな見出しを提案してください"',
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      '以下の段落を編集して、文法の誤りを訂正してください：\n彼女は自分の財布がどこにあるのか覚えていなく、私はそれが車の中にあると思っていたが、彼はそれがキッチンのテーブルの上にあると言っていたが、彼は確信がない。そして彼らは私にそれを探すように頼みました。彼女は言いました、「それができますか？」そして私は、「多分出来るけど、確証はない」と答えました。だが彼は私のことを聞いていませんでした。「何？」と彼は尋ね、"それを見つけましたか？"',
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "あなたが一群の人々とレースに参加していると想像してみてください。もし、あなたがちょうど2番目の人を追い抜いたなら、あなたの現在の位置はどこですか？あなたがちょうど追い抜いた人はどこにいますか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "あなたの左側には美しい赤い家があり、右側には催眠的な温室があります。前方には魅力的なピンク色の暖かい場所があります。では、ホワイトハウスはどこにありますか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "トーマスはとても健康なのに、彼は毎日病院に行かなければなりません。それはどのような理由が考えられますか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "デビッドには3人の姉妹がいます。それぞれが1人の兄弟を持っています。デビッドには何人の兄弟がいますか?",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の文章を注意深く読み、質問に説明を添えて答えてください：\n小さな会社では、駐車スペースがトップエグゼクティブ：CEO、社長、副社長、秘書、および財務官に予約されており、その順番で並んでいます。車の色を見ることで駐車場の警備員は一目で車が正しく駐車されているかどうかを確認することができます。車は黄色、緑、紫、赤、青で、エグゼクティブの名前はアリス、ベルト、シェリル、デイビッド、エニッドです。\n* 最初の駐車スペースの車は赤色です。\n* 青い車は赤い車と緑の車の間に駐車されています。\n* 最後のスペースの車は紫色です。\n* 秘書は黄色の車を運転しています。\n* アリスの車はデイビッドの隣に駐車されています。\n* エニッドは緑の車を運転しています。\n* ベルトの車はシェリルとエニッドの間に駐車されています。\n* デイビッドの車は最後のスペースに駐車されています。\n質問：秘書の名前は何ですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "各問題は3つの記述からなります。最初の2つの記述に基づいて、3つ目の記述は真実か偽か、または不確かかもしれません。\n1. オレンジはリンゴより高価です。\n2. オレンジはバナナより安価です。\n3. バナナはリンゴより高価であり、バナナはオレンジより高価です。\n最初の2つの記述が真実であれば、3つ目の記述は",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "AはBの父親です。 BはCの父親です。 AとCの関係は何ですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "次のうち、他のものと異なる言葉はどれですか？\nタイヤ、ハンドル、車、エンジン",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "日の出後のある朝、スレッシュはポールを正面に立っていました。そのポールの影は彼の正確に右側に落ちました。影が指していた方向は東、南、西、または北を教えてもらえますか？あなたの推論ステップを説明してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の日本語に訳してください：\n保護者たちは、休み時間中のいじめについて校長に苦情を申し立てています。 校長はこれを速やかに解決したいと考え、休憩時間の助手に注意深くいるよう指示しています。 助手たちはどの状況を校長に報告すべきでしょうか？\na) 関心を示さずに一人でベンチに座っている女の子が本に夢中になっており、同級生との交流を全く示していません。\nb) 一対一のバスケットボールゲームに参加している2人の男の子が、最後に得点したバスケットについて激しく議論しています。\nc) 4人の女の子のグループが別の女の子を囲んでおり、彼女のバックパックを取り上げたように見えます。\nd) 3人の男の子が、ルール違反で学校内で許されていない携帯ゲーム機に夢中になっています。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "三角形の頂点が (0,0)、(-1,1)、および (3,3) の点にある。その三角形の面積は何ですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "テックスタートアップは最初の年にソフトウェア開発に8000ドルを投資し、その次の年にはその半額をソフトウェア開発に投資します。\nこのスタートアップが2年間でソフトウェア開発に投資した総額はいくらですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "地元の高校で行われた調査では、新しい校色の好みが測定されました：生徒の58％が青色を好み、45％が緑色を好み、22％が両方の色を好きでした。学校から生徒をランダムに選ぶとした場合、青も緑も好きではない可能性は何％になりますか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "2つのサイコロを転がすとき、合計が少なくとも3になる確率は何ですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "ターミナルでバスに乗った人が何人かいます。最初のバス停では、乗客の半分が降り、さらに4人が乗りました。次に、2つ目のバス停では、6人が降り、8人が乗りました。もし、3つ目のバス停に向かう人々が合計25人だとしたら、ターミナルでバスに乗った人は何人だったのでしょうか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "次の入力を日本語に翻訳してください：\nx+y = 4z, x*y = 4z^2, x-yをzで表現してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  { lang: "ja", text: "不等式 |x + 5| < 10 の解の整数は何個ありますか？", source: M2LINGUAL_MT_BENCH_JP },
  {
    lang: "ja",
    text: "ある数が10で割られると、余りは4です。その数の2倍を4で割ったときの余りは何ですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "ベンジャミンは書店に行ってさまざまな本を購入しました。彼は一冊20ドルのSF小説を5冊、一冊30ドルの歴史の本を3冊、そして一冊45ドルの哲学の本を2冊買いました。\n彼の購入の総額はいくらでしたか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "f(x) = 4x^3 - 9x - 14 であるという前提で、f(2)の値を求めてください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "ディレクトリ内のすべてのテキストファイルを読み込むPythonプログラムを作成し、出現回数が最も多い上位5つの単語を返すようにします。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "再帰を使用してnthフィボナッチ数を見つけるC++プログラムを書きます。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "HTMLでシンプルなウェブサイトを書きます。ユーザーがボタンをクリックすると、4つのジョークのリストからランダムなジョークが表示されます。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下は、2つの入力文字列の最長共通部分列の長さを見つけるためのPython関数です。この関数にバグがあるかどうか確認できますか？\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "二分木内の二つのノードについて、最も高い共通祖先（LCAではない）を見つける関数を書きます。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "O(1)の空間複雑度とO(n)の時間複雑度で、異なるサイズの二つのソート済み配列の中央値を見つける関数を実装します。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "Boyer-Moore投票アルゴリズムを使用して、与えられた整数配列の多数要素を見つける関数を記述します。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "二分木は、すべての頂点がゼロまたは二つの子要素を持つ場合、完全であるとします。 B_nは、n個の頂点を持つ完全な二分木の数を表します。 B_nを見つける関数を実装します。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "あなたはサイズmとnの2つのソート済みリストが与えられます。二つのリストの結合から、k番目に小さい要素を線形複雑度で見つけ出す関数を実装してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "追加のデータ構造を使用せずに、二つの配列の共通要素を見つけるプログラムを実装します。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の映画のレビューを、1から5のスケールで評価してください。1は非常に否定的、3は中立、5は非常に肯定的を意味します：\n1. 2019年11月18日に公開されたこの映画は素晴らしかったです。撮影、演技、プロット - すべてが最高でした。\n2. 映画にこんなにがっかりしたことはありません。プロットは予測可能で、キャラクターは一次元的でした。私の意見では、この映画は2022年に公開された最悪のものです。\n3. 映画はまあまあでした。楽しめる部分もあったけれど、力不足な部分もありました。2018年2月に公開されたようで、かなり普通の映画に見えます。\n答えを整数のJSON配列として返してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "これらのカテゴリー ─ 文学、歴史、科学、芸術 ─ を考慮に入れて、以下の質問を分析し、それぞれをこれらのカテゴリーのいずれかに割り当ててください。あなたの回答においては、余計な言葉を用いず、1文につき1つのトピックだけを列挙してください。厳密に行ごとの形式を守ってください。\n\n1. レオ・トルストイの「戦争と平和」で用いられた主要なテーマとスタイリスティクス手法について議論してください。これらは19世紀のロシアの広範な社会状況とどのように一致していますか？\n\n2. 第二次世界大戦中のアメリカ大統領によって採用された地政学的な戦略と内政策を分析してください。これらの行動はどのようにして戦後の国際秩序を形成しましたか？\n\n3. 水のルイス構造を描き、その極性の性質を説明してください。これはどのようにしてその特異な性質、例えば高沸点と多くの物質を溶解する能力に影響を与えますか？\n\n4. レオナルド・ダ・ヴィンチが「モナ・リザ」において用いた芸術的技法とスタイリスティクス選択を厳密に調査してください。この絵画はイタリアルネッサンス時代の文化的、哲学的背景をどのように反映していますか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の情報を提示されたテキストから抽出してください：本の名前、著者、主要なキャラクター、出版年。出力は「主要なキャラクター、本、著者、出版年」の形式で、1行につき1冊の本で行ってください。\na) 魔法の世界文学において、本当に突出している作品はJ.K. ローリングのものです。彼女の作品の一つである'ハリー・ポッターと賢者の石'は永遠に残る印象を与えました。この象徴的な物語は1997年に出版され、11歳の誕生日に魔法の能力を発見する若い孤児、ハリーの話を描いています。すぐに、彼はスコットランドのどこかにある魔法と冒険で溢れたホグワーツ魔法魔術学校に身を置くことになります。\nb) 中つ国の魔法が全世界の読者を魅了しているのは、J.R.R.トールキンの卓越性のおかげです。彼の代表作の一つである'指輪物語: 旅の仲間'は1954年に出版され、我々は勇敢なホビットのフロド・バギンズと出会います。彼は、平和なシャイヤから中つ国の激動の地域へと彼の壮大な旅を行きます。\nc) 遥かなる星系の中で、L.E. スターライターの想像力が「プリズムギャラクシークロニクル：スターキャスターの覚醒」を与えてくれました。2028年に出版されたこの物語は、控え目な宇宙船メカニックのゾイロが予想外にもスターキャスターであることを発見する話です。彼の運命は、混乱中の星間帝国の背景に立って、ユニークな宇宙の魅力を持つ様々な異星界で展開します。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下のデータから、2021年で最も利益を上げた企業とそのCEOの名前を特定してください：\na) CEOエイミー・ウィリアムスが経営する企業Xは、2021年に300億ドルの収益と30億ドルの利益を報告しました。\nb) CEOマーク・トンプソンが経営する企業Yは、同年に600億ドルの収益と60億ドルの利益を公表しました。\nc) CEOサラ・ジョンソンが経営する企業Zは、2021年に200億ドルの収益と70億ドルの利益を発表しました。\nd) CEOジェームズ・スミスが経営する企業Wは、2021年に3000億ドルの収益と210億ドルの利益を明らかにしました。\ne) CEOリサ・ブラウンが経営する企業Vは、2021年に2000億ドルの収益と250億ドルの利益を報告しました。\nf) CEOジョン・ホワイトが経営する企業Uは、同年に1800億ドルの収益と200億ドルの利益を公表しました。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の文にある国、首都、そして話されている言語を特定してください。出力はJSON形式にしてください。\na) 恵まれた風景の中、デンマークの首都であるコペンハーゲンは、繁栄するアートシーンと、その住民が話す魅力的なデンマーク語で訪問者を引きつけます。\nb) 魅惑的なエルドリアの領域の中で、人はアヴァロアという壮大な都市を発見します。これは、異世界の趣が漂う場所です。ルミナというメロディアスな言語が、この神秘的な住処の主要なコミュニケーション手段として機能しています。\nc) 古来の習慣と現代の驚異の調和の中で巣造りしているブエノスアイレスは、アルゼンチンの首都として立っています。これは、表現力豊かなスペイン語が市民の上で影響力を持っている活気に満ちた中心地です。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の段落を読み、「Amazon」、「river」、「you」の単語が何回現れるか数えてください。結果は「単語、出現回数」の形式で提示し、各単語を別々の行に記述してください。出現回数の順で行を整理してください。\nAmazon、自然の驚異の広大な地帯は伝説的なAmazon Riverがある場所です。彼女は、Amazonの雨林のような畏敬の念を抱く景色を通り抜け、ブラジル、コロンビア、ペルーを縫うように流れ、無数の生物に命を与えます。Amazonのジャングルをうろつく巨大なジャガーから、樹冠上を飛び回る鮮やかなマカウまで、この特 remarkableな地域は生物多様性で満ちています。川の流れの深くには、マジェスティックなピンクの川イルカがピラニアや電気ウナギとともに優雅に滑る豪華さが広がっています。川辺には、都市と野生が出会うマナウスのような人々でにぎわう街や、Amazonの雨林の中心への入り口であるイキトスが広がっています。更に冒険を進めると、Amazon Riverは、稀有な種でいっぱいの島々のモザイクである魅力的なAnavilhanas Archipelagoなどの隠れた宝石を明らかにします。冒険に乗り出し、魅惑的なAmazon Riverを探索し、自己を生命と未飼いなれた美しさで溢れる世界に浸してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の入力を日本語に翻訳してください：\n与えられたニュース記事で言及されている名前付きエンティティ（人、組織、場所）を識別してください。エンティティのタイプに基づいて、名前付きエンティティを3つの別々のグループにリストしたJSON辞書を生成してください。キーはエンティティのタイプで、値は文字列のリストです。\n\n昨日、FaradayのCEOであるAdamson EmersonとDaimler AGのCEOであるDieter Zetscheは、ベルリンに新しいGigafactoryを建設する計画を発表しました。この施設は、FaradayとDaimlerのジョイントベンチャーとなり、両社の電動車両とバッテリーパックを生産し、地域の何千もの雇用機会を生み出すことになります。エマーソンとツェッチェは、ベルリンの戦略的な場所、技術のある労働力、強固なインフラと組み合わせて、それが拡大の理想的な選択肢であると述べました。新しいGigafactoryの目指すところは、ヨーロッパでの電動車両への需要の高まりに応え、持続可能な未来に寄与することです。フォルクスワーゲンのCEOであるHerbert Diessはこのニュースを歓迎し、より大規模な協力が自動車業界の電動化への移行を支えるだろうと述べました。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の顧客レビューを分析してください。３つの異なるスマートフォン、最新のiPhone、Samsung Galaxy、Google Pixelについて、異なるソースからのレビューです。各携帯電話に対して1から10のスケールで全体的な評価を提供してください。次の複雑で矛盾したレビューを考慮に入れてください：\n- TechRadarの最新のiPhoneのレビュー：新しいiPhoneは、スマートフォンのパフォーマンスとカメラの品質に新たな基準を設定する驚くべきエンジニアリングの成功です。しかし、インクリメンタルなデザインと高価な価格は、以前のiPhoneの 'wow' ファクターを欠いています。それでも、その力と知恵は無敵です。\n- CNETの最新Samsung Galaxyのレビュー：Samsung Galaxyの電話には、素晴らしい画面、高速なパフォーマンス、堅実なバッテリーライフ、そして印象的なカメラの選択肢など、多くのハイポイントがあります。そうは言っても、Bixbyは今だに魅力がなく、AR絵文字はうまく受け入れられず、電話の全体的なデザインはそれほど変わっていません。新しいギャラクシーは全体的には素晴らしい電話ですが、真の偉大さを達成するためのいくつかの困った弱点があります。\n- The Vergeの最新Google Pixelのレビュー：GoogleのPixelは、切り込みのスペック、革新的なAIパワードソフトウェア、そしてキラーなカメラをスリークなデザインに詰め込んでいます。しかし、電話はバッテリー寿命が長くなく、拡張可能なストレージがなく、ときどきパフォーマンスが途切れる、特にその高価な価格を考慮すると。シームレスなソフトウェア、エリートの写真撮影、そしてGoogleのAI支援が最も重要であれば、Pixelは大好きでしょう。しかし、全体的な体験は一部の競争相手ほど丸くはありません。全体的な評価を、それぞれの電話に対して10点満点で、小数点以下1桁までの答えをJSONオブジェクトとして返してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "複雑な方程式のセットが与えられた場合、各方程式からすべての一意の変数名を抽出します。結果をJSON文字列として返し、各方程式に1行を割り当てます。\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * sum(N=1 to 5; ln(N)^2) = 5D*integral(a=0 to pi; cos(comb(N=1 to 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "以下の株価の記録がある場合、2022年の各月の最高および最低終値を抽出します。結果をCSV形式の文字列として返し、各月に1行を割り当てます。\n日付、始値、高値、安値、終値、出来高\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "量子物理学の分野において、重ね合わせとは何であり、それはどのようにして量子もつれという現象と関連しているのですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "地球の周りを円形の軌道で回っている衛星を考えてみましょう。衛星の速度が減少します。衛星の軌道半径と公転周期に何が起こるでしょうか？物理学の原理を用いてあなたの答えを正当化してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "光合成は地球上の生命にとって重要なプロセスです。クロロプラスト内で進行する光合成の2つの主な段階を概說し、それぞれの段階での主要な入力と出力は何か説明していただけますか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "分子生物学の中心ドグマは何ですか？関与するプロセスは何ですか？これを名付けたのは誰ですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "固体の炭酸カルシウムが塩酸と反応して、水溶性の塩化カルシウム、二酸化炭素、および水を形成する反応について、プロセスを記述し、化学式のバランスをとってみてください。これはどのようなタイプの反応で、どんな観察結果が反応が進行していることを示しているでしょうか？\n\nNote: Actually translating a chemical reaction into Japanese might not be appropriate or understandable for many since scientific notations are usually used in international forms. But, if you would like a literal translation, here is the balanced equation for the reaction:\n\n固体の炭酸カルシウム (CaCO3)が塩酸 (HCl)と反応して：CaCO3 (s) + 2HCl (aq) -> CaCl2 (aq) + CO2 (g) + H2O (l)となります。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "外部反応と内部反応の違いを説明してください。また、それらを区別するために使用した基準も含めてください。さらに、あなたの説明を示す実際の例も提供してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "ベガ市は、ヴェゴナ川を跨ぐ橋を建設し、距離は1.8キロメートルになる予定です。提案される場所は、幾つかの高周波地震を経験してきた地震活動地域内にあります。これらの状況を考慮に入れると、橋を建設する最善のアプローチは何でしょうか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "あなたは住宅用の太陽熱式給湯システムの設計を任されました。設計に組み込む主要なコンポーネントと考慮すべき点を説明してください。5ステップのワークフローをデザインしてください。\n\nあなたが住宅用の太陽光発電の給湯システムの設計を任されました。設計における重要な要素や考慮すべき点を説明してください。5ステップの作業手順を設計してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "マシンラーニングの概念について説明してください。教師あり学習、教師なし学習、強化学習の違いを詳しく説明していただけますか？それぞれの実世界での例を提供してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "アルプス山脈とライン川は、西ヨーロッパの定住と農業にどのような影響を与えてきましたか？その影響を3つ挙げてください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "GDP、インフレーション、失業率などの経済指標間の相関関係に洞察を提供してください。財政政策と金融政策がこれらの指標にどのように影響を与えるか説明してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "人生の段階はどのようにして私たちの時間と死の理解を形成しますか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "反トラスト法と市場競争へのその影響について議論しましょう。また、アメリカと中国の反トラスト法を比較し、いくつかの事例研究とともに考察します。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "演劇、マイム、または劇場技術を組み込んだ歴史の授業計画を作成してください。\n対象期間:3日間のクラス3回 (各クラスは45分間)\n主題:中国とイギリス間の阿片戦争\n学年: 9-10年生",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "子供向けのインタラクティブな体験に美術の傑作を適応するためのアイデアを共有します。 5つの具体的な芸術作品とそれに関連するアイデアをリストアップしてください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "ベースレートの誤謬とは何か説明し、政治家がキャンペーンにそれをどのように使用するか、5つの具体的な例を挙げてください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "分析的なライティングで論争を評価する際の5つの主要な原則を説明してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "ソクラテスは、彼の時代の主流の思想に挑戦するためにどのような方法を用いましたか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "日本でビジネスをする際の一部のビジネスエチケットの規範は何ですか？",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "志向的な映画製作者が学ぶための、背景説明付きの５つの受賞歴のあるドキュメンタリー映画を提案してください。",
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "nl",
    text:
      "Schrijf een boeiende reisblogpost over een recente reis naar Hawaii, waarbij je culturele ervaringen en bezienswaardigheden die je gezien moet hebben, benadrukt.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Stel een professionele e-mail op waarin u de feedback van uw supervisor vraagt over het 'Kwartaal Financieel Rapport' dat u heeft opgesteld. Vraag specifiek naar de data-analyse, presentatiestijl en de duidelijkheid van de getrokken conclusies. Houd de e-mail kort en bondig.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Stel je voor dat je een blogbericht schrijft waarin je twee populaire smartphone-modellen vergelijkt. Maak een structuur voor het blogbericht, inclusief kernpunten en subtitels om de functies, prestaties en gebruikerservaring van de twee modellen effectief te vergelijken en te contrasteren. Beantwoord dit alstublieft in minder dan 200 woorden. \n\nBlog Post Outline:\n\n1. Inleiding\n    - Introductie van de twee smartphone-modellen\n    - Reden voor vergelijking en relevantie\n\n2. Uiterlijke kenmerken\n    - Beschrijving van het ontwerp en aantrekkelijkheid van elk model\n    - Vergelijk en contrasteer de fysieke specificaties\n\n3. Prestaties en functies\n    - Details over het processorvermogen, cameraspecificaties, batterijduur, etc.\n    - Vergelijk en contrasteer de technische mogelijkheden\n\n4. Gebruikerservaring\n    - Informatie over gebruikersinterface, snelheid, applicatieondersteuning, etc.\n    - Vergelijk en contrasteer de gebruikerservaringen\n\n5. Conclusie\n    - Samenvatting van de belangrijkste verschillen en overeenkomsten\n    - Beveel op basis van de vergelijking een model aan.\n\n6. Reacties van lezers\n    - Einde met een uitnodiging voor lezers om hun ervaringen en meningen te delen.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      'Onderwerp: Een unieke kans die je niet mag missen\n\nBeste [Friend\'s Name],\n\nIk hoop dat deze e-mail jou in goede gezondheid treft. Ik neem vandaag contact met je op omdat ik je iets spannends wil voorstellen.\n\nIk weet dat openbaar spreken niet jouw favoriete bezigheid is en dat het zelfs oncomfortabel voor je kan aanvoelen. Toch wil ik je vragen om als gast spreker op te treden bij een lokaal evenement. Misschien denk je nu "waarom zou ik dat in vredesnaam doen?", maar ik vraag je toch om even de tijd te nemen om deze e-mail verder te lezen.\n\nTen eerste, herinner je je nog al die keren dat je invloedrijk en overtuigend was in één-op-één gesprekken? Dit evenement is een kans om die overtuigingskracht op een breder publiek toe te passen. \n\nTen tweede is dit een uitstekende kans om jouw zelfvertrouwen te verbeteren. Ik weet dat dit intimiderend klinkt, maar bedenk dat angst een minder prominente rol speelt wanneer je contant wordt blootgesteld aan datgene waar je bang voor bent. Dit evenement kan dus een grote stap zijn in jouw persoonlijke groei. \n\nBovendien kan dit evenement jou helpen om meer zichtbaarheid en erkenning te krijgen voor jouw onderwerp, passie of interesse. En onthoud dat je de controle hebt: je kiest het onderwerp en hoe je dat wilt presenteren. Niemand anders.\n\nHoud er rekening mee dat je niet per direct een perfecte publieke spreker hoeft te zijn. Het is een reis, geen race. Ondersteuning en begeleiding zijn beschikbaar en ik ben er ook om je bij te staan.\n',
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Beschrijf een levendig en uniek personage, door het gebruik van sterke beelden en creatieve taal. Gelieve te antwoorden in minder dan twee alinea's.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Schrijf een beschrijvende alinea over een bruisende marktplaats en voeg zintuiglijke details toe zoals geuren, geluiden en visuele elementen om een meeslepende ervaring te creëren voor de lezer.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Kun je een meeslepend kort verhaal schrijven dat begint met de zin: Het oude verlaten huis aan het einde van de straat verborg een geheim dat nog nooit iemand had ontdekt.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Creëer een intrigerende openingsalinea voor een fictief kort verhaal. Het verhaal moet gaan over een personage dat op een ochtend wakker wordt om te ontdekken dat ze door de tijd kunnen reizen.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      '1. "Nieuwe Doorbraak in Duurzame Bio-energie: Balans tussen Wetenschap en Ethiek"\n2. "Vernieuwing in Bio-energie: Hoe Duurzaamheid en Ethiek Samensmelten"\n3. "Revolutie in Hernieuwbare Bio-energie: Ethische Dilemma\'s Oplossen met Innovatie"\n4. "Baangbrekend Onderzoek naar Bio-energie: Wetenschap ontmoet Ethiek op het Pad naar Duurzaamheid"',
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      'Bewerk de volgende alinea om eventuele grammaticale fouten te corrigeren:\nZe kon zich niet herinneren waar haar tas was, dus ik dacht dat hij in de auto lag, maar hij zei dat hij op de keukentafel lag, maar hij was niet zeker. Daarna vroegen ze me om ernaar te zoeken, ze vroeg, "Kun je dat?", en ik antwoordde met, "Misschien, maar ik weet het niet zeker," en hij hoorde me niet, en "Wat?", vroeg hij, "Heb je het gevonden?".',
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Stel je voor dat je deelneemt aan een race met een groep mensen. Als je net de tweede persoon hebt ingehaald, wat is dan je huidige positie? Waar bevindt zich de persoon die je net hebt ingehaald?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "U kunt een prachtig rood huis zien aan uw linkerhand en een hypnotische kas aan uw rechterhand, een aantrekkelijke verwarmde roze plaats aan de voorkant. Dus, waar is het Witte Huis?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Thomas is erg gezond, maar hij moet elke dag naar het ziekenhuis. Wat zouden de redenen kunnen zijn?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "David heeft drie zussen. Elk van hen heeft één broer. Hoeveel broers heeft David?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Lees de onderstaande passage zorgvuldig en beantwoord de vragen met een uitleg:\nBij een klein bedrijf zijn parkeerplaatsen gereserveerd voor de topmanagers: CEO, president, vice-president, secretaris en penningmeester, met de ruimtes in die volgorde. De parkeerwachter kan in één oogopslag zien of de auto's goed geparkeerd staan door te kijken naar de kleur van de auto's. De auto's zijn geel, groen, paars, rood en blauw en de namen van de managers zijn Alice, Bert, Cheryl, David en Enid.\n* De auto op de eerste plaats is rood.\n* Een blauwe auto staat geparkeerd tussen de rode auto en de groene auto.\n* De auto op de laatste plaats is paars.\n* De secretaris rijdt in een gele auto.\n* De auto van Alice staat naast die van David.\n* Enid rijdt in een groene auto.\n* De auto van Bert staat geparkeerd tussen die van Cheryl en Enid.\n* De auto van David staat op de laatste plaats.\nVraag: Wat is de naam van de secretaris?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "ongetwijfeld waar.\n\nElk probleem bestaat uit drie uitspraken. Op basis van de eerste twee uitspraken, kan de derde uitspraak waar, onwaar of onzeker zijn.\n1. Sinaasappels kosten meer dan appels.\n2. Sinaasappels kosten minder dan bananen.\n3. Bananen kosten meer dan appels en bananen kosten meer dan sinaasappels.\nAls de eerste twee uitspraken waar zijn, dan is de derde uitspraak ongetwijfeld waar.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "A is de vader van B. B is de vader van C. Wat is de relatie tussen A en C?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Welk woord hoort niet bij de anderen?\nband, stuurwiel, auto, motor",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Eén ochtend na zonsopgang stond Suresh tegenover een paal. De schaduw van de paal viel precies naar rechts van hem. Kun je me vertellen naar welke richting de schaduw wees - oost, zuid, west of noord? Leg je redeneringsstappen uit.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Ouders hebben bij de directeur geklaagd over pesten tijdens de pauze. De directeur wil dit snel oplossen en geeft de pauzehulpen opdracht om alert te zijn. Welke situatie zouden de hulpen aan de directeur moeten melden?\na) Een ongeïnteresseerd meisje zit alleen op een bankje, verdiept in een boek en toont geen interactie met haar leeftijdsgenoten.\nb) Twee jongens die verwikkeld zijn in een één-tegen-één basketbalspel zijn betrokken bij een verhitte discussie over het laatst gescoorde punt.\nc) Een groep van vier meisjes heeft een ander meisje omsingeld en lijkt haar rugzak in bezit te hebben genomen.\nd) Drie jongens zijn samengekomen over een handheld videogame, wat tegen de regels is en niet is toegestaan op schoolterrein.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "De hoekpunten van een driehoek liggen op de punten (0, 0), (-1, 1) en (3, 3). Wat is de oppervlakte van de driehoek?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Een tech startup investeert $8000 in softwareontwikkeling in het eerste jaar, en investeert dan de helft van dat bedrag in softwareontwikkeling in het tweede jaar. \nWat is het totale bedrag dat de startup in softwareontwikkeling heeft geïnvesteerd in de twee jaren?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "In een enquête gehouden op een lokale middelbare school, werden de voorkeuren voor een nieuwe schoolkleur gemeten: 58% van de studenten hield van de kleur blauw, 45% had liever groen, en 22% hield van beide kleuren. Als we willekeurig een student van de school kiezen, wat is dan de kans dat ze noch blauw noch groen leuk vinden?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Bij het werpen van twee dobbelstenen, wat is de kans dat je een totaal aantal krijgt dat ten minste 3 is?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Sommige mensen stapten op een bus bij het eindstation. Bij de eerste bushalte stapten de helft van de mensen uit en stapten 4 extra mensen in. Vervolgens bij de tweede bushalte, stapten 6 mensen uit en stapten er 8 extra in. Als er in totaal 25 mensen op weg waren naar de derde halte, hoeveel mensen stapten er dan op de bus bij het eindstation?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  { lang: "nl", text: "x+y = 4z, x*y = 4z^2, uitdrukken x-y in z", source: M2LINGUAL_MT_BENCH_NL },
  {
    lang: "nl",
    text: "Hoeveel gehele getallen zijn er in de oplossing van de ongelijkheid |x + 5| < 10?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Wanneer een getal wordt gedeeld door 10, is het restant 4. Wat is het restant wanneer het dubbele van het getal wordt gedeeld door 4?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Benjamin ging naar een boekwinkel en kocht een verscheidenheid aan boeken. Hij kocht 5 exemplaren van een sciencefiction roman, elk geprijsd op $20, 3 exemplaren van een geschiedenisboek geprijsd op $30 per stuk, en 2 exemplaren van een filosofieboek voor $45 elk.\nWat was de totale kosten van zijn aankopen?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Gegeven dat f(x) = 4x^3 - 9x - 14, vind de waarde van f(2).",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Ontwikkel een Python programma dat alle tekstbestanden in een map leest en de top-5 woorden retourneert met het meeste aantal voorkomens.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Schrijf een C++ programma om het nth Fibonacci getal te vinden met recursie.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Schrijf een eenvoudige website in HTML. Wanneer een gebruiker op de knop klikt, toont het een willekeurige grap uit een lijst van 4 grappen.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Hier is een Python-functie om de lengte van de langste gemeenschappelijke subreeks van twee invoerstrings te vinden. Kun je een fout in deze functie identificeren?\n\n```\ndef langste_gemeenschappelijke_subreeks_lengte(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) voor _ in range(m + 1)]\n\n    voor i in range(1, m + 1):\n        voor j in range(1, n + 1):\n            als str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            anders:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Schrijf een functie om de hoogste gemeenschappelijke voorouder (niet LCA) te vinden van twee knooppunten in een binaire boom.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Implementeer een functie om de mediaan te vinden van twee gesorteerde arrays van verschillende groottes met een ruimtecomplexiteit van O(1) en een tijdscomplexiteit van O(n).",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Schrijf een functie om het meerderheidselement te vinden in een gegeven integer array met behulp van het Boyer-Moore Voteer Algoritme.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Een binaire boom is volledig als al zijn knooppunten ofwel geen, ofwel twee kinderen hebben. Laat B_n het aantal volledige binaire bomen met n knooppunten voorstellen. Implementeer een functie om B_n te vinden.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Je krijgt twee gesorteerde lijsten met grootte m en n. Implementeer een functie om het k-de kleinste element in de unie van de twee lijsten te vinden met lineaire complexiteit.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Implementeer een programma om de gemeenschappelijke elementen in twee arrays te vinden zonder extra datastructuren te gebruiken.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Evalueer de volgende filmrecensies op een schaal van 1 tot 5, waarbij 1 zeer negatief is, 3 neutraal is en 5 zeer positief is:\n1. Deze film, uitgebracht op 18 nov. 2019, was fenomenaal. De cinematografie, het acteren, de plot - alles was van topklasse.\n2. Nog nooit ben ik zo teleurgesteld geweest in een film. Het verhaal was voorspelbaar en de personages waren eendimensionaal. Naar mijn mening is dit de slechtste film die is uitgebracht in 2022.\n3. De film was oké. Er waren enkele delen die ik leuk vond, maar er waren ook delen die lauw leken. Dit is een film die werd uitgebracht in feb 2018 en lijkt vrij gewoon te zijn.\nGeef het antwoord als een JSON-array van integers.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Gegeven deze categorieën - Literatuur, Geschiedenis, Wetenschap en Kunst. Analyseer alstublieft de volgende vragen en wijs ze toe aan een van deze categorieën. Vermijd in uw antwoord het uiten van overbodige woorden. Vermeld slechts één onderwerp per zin en houd u strikt aan het regel-voor-regel formaat.\n1. Bespreek de belangrijkste thema's en stilistische technieken die Leo Tolstoy toepast in 'Oorlog en Vrede'. Hoe stemmen deze overeen met de bredere sociale context van Rusland in de 19e eeuw?\n2. Analyseer de geopolitieke strategieën en binnenlandse beleidslinies die door de Amerikaanse president tijdens de Tweede Wereldoorlog zijn aangenomen. Hoe hebben deze acties de naoorlogse internationale orde gevormd?\n3. Teken de Lewis-structuur voor water en leg de aard van de polariteit ervan uit. Hoe beïnvloedt dit de unieke eigenschappen, zoals het hoge kookpunt en het vermogen om veel stoffen op te lossen?\n4. Onderzoek kritisch de artistieke technieken en stilistische keuzes die Leonardo da Vinci toepaste in 'Mona Lisa'. Hoe weerspiegelt het schilderij de culturele en filosofische atmosfeer van de Italiaanse Renaissance?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Extraheer de volgende informatie uit de gepresenteerde teksten: De naam van het boek, de auteur, het hoofdpersonage, het jaar van publicatie. Geef het antwoord in het format \"hoofdpersonage, boek, auteur, jaar van publicatie\", één boek per regel.\na) In de wereld van tovenaarsliteratuur, is het werk van J.K. Rowling een ware uitblinker. Een van haar boeken die een onuitwisbare indruk heeft achtergelaten is 'Harry Potter en de Steen der Wijzen'. Dit iconische verhaal, gepubliceerd in 1997, vertelt het verhaal van Harry, een jonge wees die zijn magische vaardigheden ontdekt op zijn 11e verjaardag. Al snel bevindt hij zich op de Zweinstein-school voor Hekserij en Toverkunst, een plek vol magie en avontuur, ergens in Schotland.\nb) De magie van Midden-aarde heeft lezers over de hele wereld betoverd, dankzij de briljante J.R.R. Tolkien. In een van zijn belangrijkste werken, 'De Heer van de Ringen: De Reisgenoten', gepubliceerd in 1954, ontmoeten we Frodo Baggins, een moedige hobbit belast met de gevaarlijke opdracht om de Ene Ring te vernietigen. De epische reis voert hem van de vreedzame Gouw naar de tumultueuze regio's van Midden-aarde.\nc) In een sterrenstelsel ver, ver weg, schenkt de verbeelding van L.E. Sterlicht ons 'De Prism Galaxy Chronicles: De Ontwaking van de Steruitzender'. Gepubliceerd in 2028, gaat het verhaal over Zylo, een nederige ruimteschipmechaniek, die onverwachts ontdekt dat hij een Steruitzender is - een zeldzaam individu met de kracht om stardust te",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Gezien de volgende gegevens, identificeer het bedrijf met de hoogste winst in 2021 en geef de naam van de CEO:\na) Bedrijf X, met CEO Amy Williams, rapporteerde een omzet van $30 miljard en een winst van $3 miljard in 2021.\nb) Bedrijf Y, geleid door CEO Mark Thompson, boekte een omzet van $60 miljard en een winst van $6 miljard in hetzelfde jaar.\nc) Bedrijf Z, onder CEO Sarah Johnson, kondigde een omzet van $20 miljard en een winst van $7 miljard aan in 2021.\nd) Bedrijf W, beheerd door CEO James Smith, onthulde een omzet van $300 miljard met een winst van $21 miljard in 2021.\ne) Bedrijf V, met CEO Lisa Brown, rapporteerde een omzet van $200 miljard en een winst van $25 miljard in 2021.\nf) Bedrijf U, onder CEO John White, boekte een omzet van $180 miljard en een winst van $20 miljard in hetzelfde jaar.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Identificeer de landen, hun hoofdsteden en de talen die in de volgende zinnen worden gesproken. Output in JSON-formaat.\na) Tussen de idyllische vergezichten betovert Kopenhagen, de hoofdstad van Denemarken, bezoekers met zijn bloeiende kunstscene en de betoverende Deense taal die door zijn inwoners wordt gesproken.\nb) Binnen het betoverende rijk van Eldoria ontdekt men Avalore, een grandioze stad die een etherische aura uitstraalt. Lumina, een melodieuze taal, dient als de voornaamste communicatiemiddel binnen deze mystieke verblijfplaats.\nc) Genesteld temidden van een harmonieuze mix van oude gebruiken en hedendaagse wonderen, staat Buenos Aires, de hoofdstad van Argentinië, als een bruisende metropool. Het is een levendige hub waar de expressieve Spaanse taal overheersend is bij de inwoners van de stad.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      'Lees alstublieft de onderstaande paragraaf en tel hoe vaak de woorden "Amazon", "rivier" en "je" voorkomen. Presenteer de resultaten in het formaat van "woord, aantal voorkomen" met elk woord op een aparte regel. Sorteer de regels in volgorde van het aantal voorkomen.\nDe Amazon, een betoverende uitgestrektheid van natuurwonderen, is de thuisbasis van de legendarische rivier de Amazone. Die stroomt door adembenemende landschappen zoals het Amazoneregenwoud, en slingert zich een weg door Brazilië, Colombia en Peru, en geeft leven aan talloze wezens. Van de machtige jaguars die rondzwerven in de Amazonejungle tot de levendige ara\'s die boven het bladerdak zweven, deze opmerkelijke regio krioelt van de biodiversiteit. Diep binnen de stromingen van de rivier glijden prachtige roze rivierdolfijnen sierlijk naast piranha\'s en elektrische aalen. Langs de rivieroevers vind je bruisende steden zoals Manaus, waar het stedelijke het wilde ontmoet, en Iquitos, een toegangspoort tot het hart van het Amazoneregenwoud. Terwijl je verder trekt, onthult de rivier de Amazone verborgen juweeltjes zoals de betoverende Anavilhanas-archipel, een mozaïek van eilanden vol zeldzame soorten. Begin aan een avontuur, verken de betoverende rivier de Amazone, en dompel jezelf onder in een wereld die gonst van het leven en ongetemde schoonheid.',
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Identificeer de genoemde entiteiten (mensen, organisaties, locaties) vermeld in het gegeven nieuwsartikel. Gelieve een JSON-woordenboek te genereren dat de genoemde entiteiten in drie afzonderlijke groepen opsomt op basis van hun entiteitstypen. De sleutel is het type entiteit en de waarde is een lijst met tekenreeksen.\n\nGisteren kondigden Adamson Emerson, de CEO van Faraday, en Dieter Zetsche, de CEO van Daimler AG, plannen aan om een nieuwe Gigafabriek in Berlijn te bouwen. De faciliteit wordt een joint venture tussen Faraday en Daimler, waarbij elektrische voertuigen en batterijpakketten voor beide bedrijven worden geproduceerd, en duizenden banen in de regio worden gecreëerd. Emerson en Zetsche verklaarden dat de strategische locatie van Berlijn, in combinatie met zijn bekwame personeel en sterke infrastructuur, het een ideale keuze maakt voor uitbreiding. De nieuwe Gigafabriek heeft als doel om te voldoen aan de groeiende vraag naar elektrische voertuigen in Europa en bij te dragen aan een duurzame toekomst. Volkswagen CEO Herbert Diess verwelkomde het nieuws en zei dat grotere samenwerking de overgang van de auto-industrie naar e-mobiliteit ten goede zal komen.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Analyseer de volgende klantbeoordelingen van verschillende bronnen voor drie verschillende smartphones - de nieuwste iPhone, Samsung Galaxy en Google Pixel - en geef een algemene beoordeling voor elke telefoon op een schaal van 1 tot 10. Neem de volgende complexe en tegenstrijdige beoordelingen in overweging:\n- TechRadar's beoordeling van de nieuwste iPhone: De nieuwe iPhone is een verbluffend technisch hoogstandje dat een nieuwe standaard zet voor smartphoneprestaties en camerakwaliteit. Echter, het incrementele ontwerp en hoge prijs zorgen ervoor dat het de 'wow'-factor van de vorige iPhones mist. Niettemin zijn zijn kracht en intelligentie ongeëvenaard.\n- CNET's beoordeling van de nieuwste Samsung Galaxy: De Samsung Galaxy-telefoon heeft veel hoogtepunten, waaronder een geweldig beeldscherm, snelle prestaties, solide batterijduur en een indrukwekkend aantal camera-opties. Dat gezegd hebbende, Bixby blijft lauw, AR emoji valt plat en het algemene ontwerp van de telefoon is niet veel veranderd. De nieuwe Galaxy is over het algemeen een geweldige telefoon, maar de enkele blijvende zwakke punten houden het tegen om echt grootsheid te bereiken.\n- The Verge's beoordeling van de nieuwste Google Pixel: Google's Pixel zit vol met cutting-edge specificaties, innovatieve door AI aangedreven software, en een killer camera in een strak ontwerp. Echter, de telefoon heeft een matige batterijduur, geen uitbreidbare opslag, en zijn prestaties haperen soms, vooral gezien de hoge prijs. Als",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Gegeven een reeks complexe vergelijkingen, haal alle unieke variabelnamen uit elke vergelijking. Retourneer de resultaten als een JSON-string, met één regel gereserveerd voor elke vergelijking.\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * som(N=1 tot 5; ln(N)^2) = 5D*integraal(a=0 tot pi; cos(comb(N=1 tot 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Gegeven de volgende records van aandelenprijzen, extraheer de hoogste en laagste slotkoersen voor elke maand in het jaar 2022. Geef de resultaten terug als een CSV-string, met één regel toegewezen voor elke maand.\nDatum, Open, Hoog, Laag, Sluit, Volume\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "In het veld van de quantumfysica, wat is superpositie en hoe verhoudt het zich tot het fenomeen van quantumverstrengeling?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Overweeg een satelliet die zich in een cirkelvormige baan rond de aarde bevindt. De snelheid van de satelliet neemt af. Wat zal er gebeuren met de baanstraal en de omlooptijd van de satelliet? Onderbouw uw antwoord alstublieft met de principes van de natuurkunde.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Fotosynthese is een vitaal proces voor het leven op aarde. Kunt u de twee belangrijkste fasen van fotosynthese schetsen, inclusief waar ze plaatsvinden binnen het chloroplast, en de primaire inputs en uitvoeren voor elk stadium?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Wat is het centrale dogma van moleculaire biologie? Welke processen zijn erbij betrokken? Wie heeft dit genoemd?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Beschrijf het proces en schrijf de gebalanceerde chemische vergelijking uit voor de reactie die plaatsvindt wanneer vaste calciumcarbonaat reageert met zoutzuur om waterige calciumchloride, koolstofdioxide en water te vormen. Wat voor type reactie is dit en welke waarnemingen kunnen aangeven dat de reactie plaatsvindt?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Leg alsjeblieft de verschillen uit tussen exotherme en endotherme reacties, en inclusief de criteria die je hebt gebruikt om ze te onderscheiden. Geef daarnaast een voorbeeld uit de echte wereld om je uitleg te illustreren.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "De stad Vega is van plan om een brug te bouwen die de Vegona Rivier zal overspannen, over een afstand van 1,8 kilometer. De voorgestelde locatie bevindt zich in een seismisch actief gebied dat verschillende aardbevingen van hoge magnitude heeft ervaren. Gezien deze omstandigheden, wat zou de beste aanpak zijn om de brug te bouwen?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "U heeft de taak gekregen om een op zonne-energie werkend waterverwarmingssysteem te ontwerpen voor een wooncomplex. Beschrijf de belangrijkste componenten en overwegingen die u in uw ontwerp zou opnemen. Ontwerp een workflow in vijf stappen.\n\nVertaling: \n1. Evaluatie van de locatie: Het eerste waar je rekening mee moet houden, is de locatie van het gebouw. Onderzoek de hoeveelheid zonlicht die de locatie het hele jaar door ontvangt. Houd ook rekening met de oriëntatie en de hoek van het dak.\n2. Ontwerp van het zonne waterverwarmingssysteem: Teken de lay-out van het zonne waterverwarmingssysteem, zoals de zonnecollectoren, het opslagreservoir, de leidingen en de aansluitingen op de rest van het huis.\n3. Selectie van componenten: Kies voor betrouwbare en efficiënte componenten. Het hart van het systeem is de zonnecollector en het opslagreservoir. Kies een opslagreservoir dat voldoende water kan bevatten om aan de behoeften van de bewoners te voldoen.\n4. Installatie: De installatie moet worden gedaan door een gekwalificeerde professional. Installatie omvat de installatie van zonnecollectoren op het dak, het leggen van leidingen en het installeren van het opslagreservoir en pompen.\n5. Testen en onderhoud: Zodra het systeem is geïnstalleerd, moet het worden getest om te zorgen dat het goed werkt. Regelmatig onderhoud is ook belangrijk om de levensduur van het systeem te verlengen en efficiënt te houden.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      'Beschrijf alstublieft het concept van machine learning. Kunt u de verschillen tussen begeleid, onbegeleid en versterkt leren toelichten? Geef echte voorbeelden van elk.\n\nMachine learning is een vorm van kunstmatige intelligentie (AI) die systemen de mogelijkheid biedt om te leren en zichzelf te verbeteren zonder expliciet te zijn geprogrammeerd. Het concept draait om het idee dat systemen kunnen leren van gegevens, patronen kunnen herkennen en daardoor beslissingen kunnen nemen met minimale menselijke tussenkomst.\n\nBegeleid leren is een soort machine learning waarbij een model wordt getraind aan de hand van een gelabelde dataset. Het idee is dat je een algoritme invoert met een set inputs (de "features") en hun bijbehorende outputs (de "labels"), en dat het algoritme leert om een ​​voorspellende relatie te creëren tussen die inputs en outputs. Een real-world voorbeeld hiervan is een e-mail spamfilter dat wordt getraind met e-mails die als spam zijn gemarkeerd (de labels) en de inhoud of kenmerken van die e-mails (de features).\n\nOnbegeleid leren is een type machine learning dat patronen in datasets ontdekt zonder enige gelabelde responsen aan te bieden. Het is het tegenovergestelde van begeleid leren omdat het algoritme niet wordt verteld wat het moet zoeken. Een real-world voorbeeld hiervan is het clusteren van klanten op basis van hun koopgedrag, dat kan helpen bij het identificeren van opkomende markten.\n\nVersterkt leren is een type machine learning waarbij een agent leert',
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Hoe hebben de Alpen en de Rijn invloed gehad op de nederzetting en landbouw in West-Europa? Geef drie effecten.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Bied inzichten in de correlatie tussen economische indicatoren zoals BBP, inflatie en werkloosheidscijfers. Leg uit hoe fiscaal en monetair beleid deze indicatoren beïnvloedt.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Hoe vormen de levensfasen ons begrip van tijd en sterfelijkheid?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Bespreek mededingingswetten en hun impact op marktconcurrentie. Vergelijk de mededingingswetten in de VS en China, samen met enkele casestudies.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Maak een lesplan dat drama, mime of theatertechnieken integreert in een geschiedenisles. Duur: 3 lesperioden (elke duurt 45 minuten) voor 3 dagen\nOnderwerp: Opiumoorlogen tussen China en Groot-Brittannië\nLeerjaar: 9-10",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Deel ideeën om kunstmeesterwerken aan te passen tot interactieve ervaringen voor kinderen. Lijst 5 specifieke kunstwerken en bijbehorende ideeën.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Leg uit wat de basisrekenfout is en geef vijf specifieke voorbeelden van hoe politici het gebruiken voor campagnes.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Beschrijf vijf belangrijke principes bij het evalueren van een argument in analytisch schrijven.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Welke methoden gebruikte Socrates om de heersende gedachten van zijn tijd uit te dagen?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Wat zijn enkele zakelijke etiquettenormen bij het zakendoen in Japan?",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Stel vijf bekroonde documentairefilms voor met korte achtergrondbeschrijvingen voor beginnende filmmakers om te bestuderen.",
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "pt",
    text:
      "Componha uma postagem envolvente de blog de viagem sobre uma recente viagem ao Havaí, destacando experiências culturais e atrações imperdíveis.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Elabore um e-mail profissional buscando o feedback do seu supervisor sobre o 'Relatório Financeiro Trimestral' que você preparou. Pergunte especificamente sobre a análise de dados, estilo de apresentação e a clareza das conclusões tiradas. Mantenha o e-mail curto e direto ao ponto.\n\nAssunto: Solicitação de Feedback no 'Relatório Financeiro Trimestral'\n\nPrezado(a) [Nome do Supervisor],\n\nEspero que esta mensagem o(a) encontre bem.\n\nEscrevo para solicitar seu feedback sobre o 'Relatório Financeiro Trimestral' que recentemente preparei. Estou particularmente interessado em ouvir seus comentários em áreas específicas, como a análise de dados realizada, o estilo de apresentação adotado e a clareza das conclusões que foram tiradas.\n\nTendo em vista sua experiência e competência, acredito que suas sugestões e orientações possam contribuir significativamente para aperfeiçoar meu trabalho.\n\nAgradeço antecipadamente o tempo que você dedicará para analisar meu relatório e aguardo ansiosamente seus valiosos comentários.\n\nAtenciosamente,\n[Seu Nome]",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Imagine que você está escrevendo um post de blog comparando dois populares modelos de smartphones. Desenvolva um esquema para o post do blog, incluindo pontos chave e subtítulos para comparar e contrastar efetivamente as características, o desempenho e a experiência do usuário dos dois modelos. Por favor, responda em menos de 200 palavras.\n\nEsquema do Post do Blog:\n\n1. Introdução\n   - Breve visão geral dos dois modelos de smartphones\n\n2. Características\n   - Comparação das especificações técnicas\n   - Exploração dos designs e funcionalidades únicas\n\n3. Performance\n   - Comparação do processamento e eficiência\n   - Avaliação da vida útil da bateria\n\n4. Experiência do Usuário\n   - Análise da interface e facilidade de uso\n   - Feedback dos usuários\n\n5. Conclusão\n   - Avaliação geral e recomendações pessoais",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Assunto: Um Convite Especial para Uma Oportunidade Única\n\nOlá,\n\nEspero que esteja bem e com saúde. Gostaria de falar sobre um assunto importante com você. Uma oportunidade incrível surgiu recentemente que, acredito eu, pode ser benéfica para você.\n\nHá um evento local acontecendo em breve, e os organizadores estão procurando por um orador convidado. Antes de mais nada, compreendo que falar em público não faz parte de suas atividades favoritas. Como seu amigo, percebo sua natureza introvertida e o desconforto que você pode sentir em tal situação. No entanto, quero explicar por que acredito que esta seja uma oportunidade valiosa para você.\n\nEsta experiência oferece a chance de superar seu desconforto e desenvolver habilidades de falar em público. Embora possa parecer intimidador no início, lembre-se de que este é um ambiente seguro e acolhedor, onde você estará compartilhando suas ideias com pessoas que valorizam seu conhecimento e perspectivas.\n\nAlém disso, este é um evento local - você conhecerá pessoas da nossa própria comunidade. É uma ótima maneira de conhecer nossa vizinhança e suas diversas opiniões que, de outra forma, poderíamos não ter a oportunidade de descobrir. \n\nSei que sua principal preocupação pode ser o medo de cometer erros ou ser julgado. Quero que saiba que todos nós cometemos erros, e a chave é aprender com eles. Este não é um evento competitivo - é uma plataforma para aprendizado e compartilhamento mútuo.\n\nPortanto, peço que considere esta oportunidade. Se",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Descreva um personagem vívido e único, usando imagens fortes e linguagem criativa. Por favor, responda em menos de dois parágrafos.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Escreva um parágrafo descritivo sobre um mercado agitado, incorporando detalhes sensoriais, como cheiros, sons e elementos visuais para criar uma experiência envolvente para o leitor.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Você poderia escrever uma história curta e cativante começando com a frase: A velha casa abandonada no final da rua guardava um segredo que ninguém jamais descobriu.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Elabore um intrigante primeiro parágrafo para um conto de ficção. A história deve envolver um personagem que acorda uma manhã e descobre que pode viajar no tempo.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      '1. "Descoberta Inovadora em Bio-Energia Renovável: Unindo Ciência e Ética em Uma Nova Era de Energia"\n2. "Luz Verde para o Futuro: A Última Descoberta em Bio-Energia Renovável Enfrenta Dilemas Éticos"\n3. "A Revolução da Bio-Energia Renovável: Preservando a Ética na Última Descoberta Científica"\n4. "Bio-Energia Renovável: Compromisso Entre a Ciência Avançada e a Resolução Ética no Novo Horizonte de Energia"',
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      'Edite o seguinte parágrafo para corrigir quaisquer erros gramaticais:\nEla não se lembra de onde está a carteira, então eu penso que está no carro, mas ele diz que está na mesa da cozinha, porém ele não tem certeza, e então eles me pediram para procurar, ela diz, "Você pode?", e eu respondo com, "Talvez, mas não tenho certeza," e ele não me ouviu, e, "O quê?", ele pergunta, "Você encontrou?".',
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Imagine que você está participando de uma corrida com um grupo de pessoas. Se você acabou de ultrapassar a segunda pessoa, qual é a sua posição atual? Onde está a pessoa que você acabou de ultrapassar?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Você pode ver uma bela casa vermelha à sua esquerda e uma estufa hipnótica à sua direita, um atraente lugar rosa aquecido na frente. Então, onde está a Casa Branca?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Thomas é muito saudável, mas ele precisa ir ao hospital todos os dias. Quais poderiam ser os motivos?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "David tem três irmãs. Cada uma delas tem um irmão. Quantos irmãos David tem?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Leia o trecho abaixo com atenção e responda às perguntas com uma explicação:\nEm uma pequena empresa, vagas de estacionamento são reservadas para os principais executivos: CEO, presidente, vice-presidente, secretário e tesoureiro, com os espaços alinhados nessa ordem. O guarda do estacionamento pode dizer de relance se os carros estão estacionados corretamente, olhando para a cor dos carros. Os carros são amarelos, verdes, roxos, vermelhos e azuis, e os nomes dos executivos são Alice, Bert, Cheryl, David e Enid.\n* O carro no primeiro espaço é vermelho.\n* Um carro azul está estacionado entre o carro vermelho e o carro verde.\n* O carro no último espaço é roxo.\n* O secretário dirige um carro amarelo.\n* O carro de Alice está estacionado ao lado do de David.\n* Enid dirige um carro verde.\n* O carro de Bert está estacionado entre o de Cheryl e o de Enid.\n* O carro de David está estacionado no último espaço.\nPergunta: Qual é o nome do secretário?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "true.\n\nCada problema consiste em três declarações. Com base nas duas primeiras declarações, a terceira declaração pode ser verdadeira, falsa ou incerta.\n1. Laranjas custam mais do que maçãs.\n2. Laranjas custam menos do que bananas.\n3. Bananas custam mais que maçãs e bananas custam mais que laranjas.\nSe as duas primeiras declarações são verdadeiras, então a terceira declaração é verdadeira.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "A é o pai de B. B é o pai de C. Qual é a relação entre A e C?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Qual palavra não pertence ao grupo?\npneu, volante, carro, motor",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Numa manhã após o nascer do sol, Suresh estava de pé olhando para um poste. A sombra do poste caía exatamente à sua direita. Você pode me dizer a direção para a qual a sombra estava apontando - leste, sul, oeste ou norte? Explique os seus passos de raciocínio.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Os pais reclamaram ao diretor sobre o bullying durante o recreio. O diretor quer resolver isso rapidamente, instruindo os auxiliares do recreio a ficarem vigilantes. Qual situação os auxiliares devem relatar ao diretor?\na) Uma menina desinteressada está sentada sozinha em um banco, absorta em um livro e não mostrando nenhuma interação com seus colegas.\nb) Dois meninos envolvidos em um jogo de basquete um contra um estão envolvidos em uma discussão acalorada sobre a última cesta marcada.\nc) Um grupo de quatro meninas cercou outra menina e parece ter tomado posse de sua mochila.\nd) Três meninos estão aglomerados sobre um jogo de vídeo portátil, o que é contra as regras e não é permitido no terreno da escola.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Os vértices de um triângulo estão nos pontos (0, 0), (-1, 1) e (3, 3). Qual é a área do triângulo?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Uma startup de tecnologia investe $8000 em desenvolvimento de software no primeiro ano e, depois, investe metade desse valor em desenvolvimento de software no segundo ano.\nQual é o valor total que a startup investiu em desenvolvimento de software ao longo dos dois anos?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Em uma pesquisa realizada em uma escola secundária local, foram medidas as preferências por uma nova cor para a escola: 58% dos estudantes gostaram da cor azul, 45% preferiram verde, e 22% gostaram de ambas as cores. Se escolhermos aleatoriamente um estudante da escola, qual é a probabilidade de ele não gostar nem de azul nem de verde?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Ao rolar dois dados, qual é a probabilidade de você obter um número total que seja pelo menos 3?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Algumas pessoas subiram em um ônibus no terminal. Na primeira parada de ônibus, metade das pessoas desceram e mais 4 pessoas subiram. Então, na segunda parada, 6 pessoas desceram e mais 8 subiram. Se havia um total de 25 pessoas indo para a terceira parada, quantas pessoas subiram no ônibus no terminal?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  { lang: "pt", text: "x+y = 4z, x*y = 4z^2, expresse x-y em z", source: M2LINGUAL_MT_BENCH_PT },
  {
    lang: "pt",
    text: "Quantos números inteiros estão na solução da desigualdade |x + 5| < 10",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Quando um número é dividido por 10, o resto é 4. Qual é o resto quando o dobro do número é dividido por 4?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Benjamin foi a uma livraria e comprou diversos livros. Comprou 5 cópias de um romance de ficção científica, cada uma a $20, 3 cópias de um livro de história a $30 cada, e 2 cópias de um livro de filosofia por $45 cada.\nQual foi o custo total de suas compras?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Dado que f(x) = 4x^3 - 9x - 14, encontre o valor de f(2).",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Desenvolva um programa em Python que lê todos os arquivos de texto em um diretório e retorna as 5 palavras com o maior número de ocorrências.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Escreva um programa em C++ para encontrar o enésimo número de Fibonacci usando recursão.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Escreva um site simples em HTML. Quando um usuário clica no botão, ele mostra uma piada aleatória de uma lista de 4 piadas.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Aqui está uma função em Python para encontrar o tamanho da subsequência comum mais longa de duas strings de entrada. Você consegue identificar algum bug nesta função?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Escreva uma função para encontrar o ancestral comum mais alto (não LCA) de dois nós em uma árvore binária.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Implemente uma função para encontrar a mediana de dois arrays ordenados de tamanhos diferentes com complexidade de espaço O(1) e complexidade de tempo O(n).",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Escreva uma função para encontrar o elemento majoritário em um array de inteiros dado, utilizando o Algoritmo de Votação de Boyer-Moore.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Uma árvore binária é completa se todos os seus vértices tiverem zero ou dois filhos. Deixe B_n denotar o número de árvores binárias completas com n vértices. Implemente uma função para encontrar B_n.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Você recebe duas listas ordenadas de tamanho m e n. Implemente uma função para encontrar o k-ésimo menor elemento na união das duas listas com complexidade linear.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Implemente um programa para encontrar os elementos comuns em dois arrays sem utilizar quaisquer estruturas de dados extras.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Avalie as seguintes críticas de filmes em uma escala de 1 a 5, com 1 sendo muito negativo, 3 sendo neutro e 5 sendo muito positivo:\n1. Este filme lançado em 18 de novembro de 2019, foi fenomenal. A cinematografia, a atuação, o enredo - tudo foi de primeira qualidade.\n2. Nunca antes fiquei tão decepcionado com um filme. O enredo era previsível e os personagens eram unidimensionais. Na minha opinião, este é o pior filme que foi lançado em 2022.\n3. O filme foi ok. Havia algumas partes que eu gostei, mas também havia partes que pareciam medíocres. Este é um filme que foi lançado em fevereiro de 2018 e parece ser bastante comum.\nRetorne a resposta como um array JSON de inteiros.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Dadas estas categorias - Literatura, História, Ciência e Arte. Analise as seguintes perguntas e atribua-as a uma dessas categorias. Em sua resposta, abstenha-se de proferir quaisquer palavras desnecessárias. Liste apenas um tópico por frase, aderindo estritamente ao formato linha a linha.\n1. Discuta os principais temas e técnicas estilísticas empregadas por Leo Tolstoy em 'Guerra e Paz'. Como eles se alinham com o contexto social mais amplo da Rússia do século XIX?\n2. Analise as estratégias geopolíticas e as políticas domésticas adotadas pelo presidente dos EUA durante a Segunda Guerra Mundial. Como essas ações moldaram a ordem internacional pós-guerra?\n3. Desenhe a estrutura de Lewis para a água e explique a natureza de sua polaridade. Como isso influencia suas propriedades únicas, como alto ponto de ebulição e capacidade de dissolver muitas substâncias?\n4. Examine criticamente as técnicas artísticas e as escolhas estilísticas empregadas por Leonardo da Vinci em 'Mona Lisa.' Como a pintura reflete o ambiente cultural e filosófico do Renascimento italiano?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Extraia as seguintes informações dos textos apresentados: O nome do livro, o autor, o personagem principal, o ano de publicação. Apresente no formato de \"personagem principal, livro, autor, ano de publicação\", um livro por linha. \na) No reino da literatura bruxa, uma verdadeira referência é a obra de J.K. Rowling. Um dos seus livros que deixou uma marca indelével é 'Harry Potter e a Pedra Filosofal'. Esta história icônica, publicada em 1997, conta a história de Harry, um jovem órfão que descobre suas habilidades mágicas no seu 11º aniversário. Logo, ele se encontra na Escola de Magia e Bruxaria de Hogwarts, um lugar cheio de magia e aventura, localizado em algum lugar na Escócia.\nb) A magia da Terra-média encantou leitores em todo o mundo, graças ao brilhantismo de J.R.R. Tolkien. Em uma de suas obras seminais, 'O Senhor dos Anéis: A Sociedade do Anel', publicada em 1954, conhecemos Frodo Baggins, um valente hobbit encarregado da perigosa missão de destruir o Um Anel. A jornada épica o leva do pacífico Condado às tumultuadas regiões da Terra-média.\nc) Em uma galáxia muito distante, a imaginação de L.E. Starlighter nos dá 'As Crônicas da Galáxia Prisma: O Despertar do Manipulador de Estrelas'. Publicado em 2028, a história é sobre Zylo, um humilde mecânico de espaçonaves, que inesperadamente descobre que é um Manipulador de Estrelas - um indivíduo raro com o poder de manipular poeira estelar. Ambientado no cenário de um império interestelar em turbulência, o destino de Zylo",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Dado os seguintes dados, identifique a empresa com o maior lucro em 2021 e forneça o nome do seu CEO:\na) A empresa X, com a CEO Amy Williams, reportou $30 bilhões em receita e um lucro de $3 bilhões em 2021.\nb) A empresa Y, liderada pelo CEO Mark Thompson, registrou uma receita de $60 bilhões e um lucro de $6 bilhões no mesmo ano.\nc) A empresa Z, sob a CEO Sarah Johnson, anunciou uma receita de $20 bilhões e um lucro de $7 bilhões em 2021.\nd) A empresa W, gerida pelo CEO James Smith, revelou uma receita de $300 bilhões com um lucro de $21 bilhões em 2021.\ne) A empresa V, com a CEO Lisa Brown, reportou uma receita de $200 bilhões e um lucro de $25 bilhões em 2021.\nf) A empresa U, sob o CEO John White, registrou uma receita de $180 bilhões e um lucro de $20 bilhões no mesmo ano.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Identifique os países, suas capitais e os idiomas falados nas seguintes frases. Forneça a resposta no formato JSON.\na) No meio das vistas idílicas, Copenhague, a capital da Dinamarca, cativa os visitantes com sua próspera cena artística e o encantador idioma dinamarquês falado por seus habitantes.\nb) Dentro do encantador reino de Eldoria, descobre-se Avalore, uma cidade grandiosa que emana uma aura etérea. Lumina, um idioma melodioso, serve como o principal modo de comunicação dentro desta morada mística.\nc) Aninhada em meio a uma harmoniosa mistura de costumes ancestrais e maravilhas contemporâneas, Buenos Aires, a capital da Argentina, se destaca como uma metrópole movimentada. É um centro vibrante onde o expressivo idioma espanhol domina os habitantes da cidade.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      'Por favor, leia o parágrafo abaixo e conte quantas vezes as palavras "Amazon", "river", e "you" aparecem. Por favor, apresente os resultados no formato de "palavra, número de aparições", com cada palavra em uma linha separada. Ordene as linhas na ordem do número de aparições.\n\nA Amazônia, uma expansão fascinante das maravilhas da natureza, é a casa do lendário Rio Amazonas. Flui através de paisagens de tirar o fôlego, como a floresta amazônica, o rio tece seu caminho através do Brasil, Colômbia e Peru, dando vida a inúmeras criaturas. Desde os poderosos jaguares que percorrem a selva amazônica até as vibrantes araras que voam acima da copa das árvores, esta região notável é cheia de biodiversidade. Deep dentro das correntes do rio, magníficos golfinhos rosa do rio deslizam graciosamente ao lado de piranhas e enguias elétricas. Ao longo das margens do rio, você encontrará cidades movimentadas como Manaus, onde o urbano encontra o selvagem, e Iquitos, um portal para o coração da floresta amazônica. À medida que você avança, o Rio Amazonas revela joias escondidas como o cativante Arquipélago Anavilhanas, um mosaico de ilhas repletas de espécies raras. Embarque em uma aventura, explore o encantador Rio Amazonas, e mergulhe em um mundo cheio de vida e beleza indomada.',
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Identifique as entidades nomeadas (pessoas, organizações, localizações) mencionadas no artigo de notícias fornecido. Por favor, gere um dicionário JSON que liste as entidades nomeadas em três grupos separados com base em seus tipos de entidade. A chave é o tipo de entidade e o valor é uma lista de strings.\n\nOntem, Adamson Emerson, o CEO da Faraday, e Dieter Zetsche, o CEO da Daimler AG, anunciaram planos para construir uma nova Gigafactory em Berlim. A instalação será uma joint venture entre a Faraday e a Daimler, produzindo veículos elétricos e packs de bateria para ambas as empresas, criando milhares de oportunidades de emprego na região. Emerson e Zetsche afirmaram que a localização estratégica de Berlim, aliada à sua força de trabalho qualificada e forte infraestrutura, torna-a uma escolha ideal para expansão. A nova Gigafactory visa atender à crescente demanda por veículos elétricos na Europa e contribuir para um futuro sustentável. O CEO da Volkswagen, Herbert Diess, saudou a notícia, dizendo que uma maior colaboração beneficiará a transição da indústria automobilística para e-mobilidade.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Analise as seguintes avaliações de clientes de diferentes fontes para três smartphones diferentes - o último iPhone, Samsung Galaxy e Google Pixel - e forneça uma classificação geral para cada telefone em uma escala de 1 a 10. Considere as seguintes avaliações complexas e contraditórias:\n- Avaliação do TechRadar do último iPhone: O novo iPhone é um impressionante triunfo da engenharia que estabelece um novo padrão para o desempenho e a qualidade da câmera dos smartphones. No entanto, o design incremental e o alto preço significam que ele carece do 'uau' dos iPhones anteriores. Ainda assim, seu poder e inteligência são inigualáveis.\n- Avaliação do CNET do último Samsung Galaxy: O telefone Samsung Galaxy tem muitos pontos altos, incluindo uma tela incrível, desempenho rápido, vida útil da bateria sólida e uma impressionante variedade de opções de câmera. Dito isto, Bixby permanece sem brilho, AR emoji cai flat e o design geral do telefone não mudou muito. O novo Galaxy é, no geral, um telefone incrível, mas possui algumas fraquezas irritantes que o impedem de alcançar a verdadeira grandeza.\n- Avaliação do The Verge do último Google Pixel: O Pixel do Google possui especificações de ponta, software alimentado por IA inovador e uma câmera sensacional em um design elegante. No entanto, o telefone tem uma vida útil de bateria fraca, falta de armazenamento expansível, e seu desempenho às vezes gagueja, especialmente considerando seu alto preço. Se software perfeito, fotografia de",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Dado um conjunto de equações complexas, extraia todos os nomes de variáveis únicos de cada equação. Retorne os resultados como uma string JSON, com uma linha alocada para cada equação.\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * soma(N=1 até 5; ln(N)^2) = 5D*integral(a=0 até pi; cos(comb(N=1 até 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alfa/2)^2))\n```",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Dadas as seguintes registros de preços de ações, extraia os preços de fechamento mais alto e mais baixo para cada mês do ano de 2022. Retorne os resultados como uma string CSV, com uma linha alocada para cada mês.\nData,Abertura,Máximo,Mínimo,Fechamento,Volume\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "No campo da física quântica, o que é superposição e como ela se relaciona com o fenômeno do emaranhamento quântico?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Considere um satélite que está em órbita circular ao redor da Terra. A velocidade do satélite diminui. O que acontecerá com o raio orbital do satélite e o período de revolução? Por favor, justifique sua resposta usando princípios da física.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "A fotossíntese é um processo vital para a vida na Terra. Você poderia descrever as duas principais etapas da fotossíntese, incluindo onde elas ocorrem dentro do cloroplasto, e as principais entradas e saídas para cada etapa?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Qual é o dogma central da biologia molecular? Quais processos estão envolvidos? Quem nomeou isso?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Descreva o processo e escreva a equação química balanceada para a reação que ocorre quando o carbonato de cálcio sólido reage com ácido clorídrico para formar cloreto de cálcio aquoso, dióxido de carbono e água. Que tipo de reação é essa e quais observações podem indicar que a reação está acontecendo?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Por favor, explique as diferenças entre reações exotérmicas e endotérmicas, e inclua os critérios que você usou para distingui-las. Além disso, forneça um exemplo do mundo real para ilustrar sua explicação.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "A cidade de Vega pretende construir uma ponte que irá atravessar o rio Vegona, cobrindo uma distância de 1,8 quilômetros. A localização proposta está dentro de uma área sísmica ativa que sofreu vários terremotos de alta magnitude. Dadas essas circunstâncias, qual seria a melhor abordagem para a construção da ponte?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Você recebeu a tarefa de projetar um sistema de aquecimento de água movido a energia solar para um edifício residencial. Descreva os principais componentes e considerações que você incluiria em seu design. Projetar um fluxo de trabalho em cinco passos.\n\nTranslation:\nVocê foi incumbido de projetar um sistema de aquecimento de água alimentado por energia solar para um prédio residencial. Descreva os principais componentes e considerações que você incluiria em seu projeto. Crie um fluxo de trabalho de cinco passos.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Por favor, descreva o conceito de aprendizado de máquina. Você poderia elaborar sobre as diferenças entre aprendizado supervisionado, não supervisionado e reforço? Forneça exemplos reais de cada.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Como os Alpes e o Rio Reno influenciaram os assentamentos e a agricultura na Europa Ocidental? Liste três impactos.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Forneça insights sobre a correlação entre indicadores econômicos como o PIB, a inflação e as taxas de desemprego. Explique como as políticas fiscais e monetárias afetam esses indicadores.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Como as fases da vida moldam nossa compreensão do tempo e da mortalidade?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Discuta leis antitruste e seu impacto na competição de mercado. Compare as leis antitruste nos EUA e na China, juntamente com alguns estudos de caso.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Crie um plano de aula que integre técnicas de drama, mímica ou teatro em uma aula de história. Duração: 3 períodos de aula (cada um com duração de 45 minutos) por 3 dias\nTópico: Guerras do Ópio entre a China e a Grã-Bretanha\nNível de ensino: 9-10º ano",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Compartilhe ideias para adaptar obras-primas de arte em experiências interativas para crianças. Liste 5 obras de arte específicas e ideias associadas.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Explique o que é a falácia da taxa básica e liste cinco exemplos específicos de como os políticos a utilizam para campanhas.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Descreva cinco princípios-chave na avaliação de um argumento em escrita analítica.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Quais métodos Sócrates empregou para desafiar os pensamentos predominantes de sua época?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Quais são algumas normas de etiqueta empresarial ao fazer negócios no Japão?",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Sugira cinco documentários premiados com breves descrições de contexto para cineastas aspirantes estudarem.",
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "en",
    text:
      "Compose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Draft a professional email seeking your supervisor's feedback on the 'Quarterly Financial Report' you prepared. Ask specifically about the data analysis, presentation style, and the clarity of conclusions drawn. Keep the email short and to the point.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Write a persuasive email to convince your introverted friend, who dislikes public speaking, to volunteer as a guest speaker at a local event. Use compelling arguments and address potential objections. Please be concise.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Write a descriptive paragraph about a bustling marketplace, incorporating sensory details such as smells, sounds, and visual elements to create an immersive experience for the reader.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Craft an intriguing opening paragraph for a fictional short story. The story should involve a character who wakes up one morning to find that they can time travel.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Help me construct a catchy, yet scientifically accurate, headline for an article on the latest discovery in renewable bio-energy, while carefully handling the ethical dilemmas surrounding bio-energy sources. Propose 4 options.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Imagine you are participating in a race with a group of people. If you have just overtaken the second person, what's your current position? Where is the person you just overtook?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "Thomas is very healthy, but he has to go to the hospital every day. What could be the reasons?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Read the below passage carefully and answer the questions with an explanation:\nAt a small company, parking spaces are reserved for the top executives: CEO, president, vice president, secretary, and treasurer with the spaces lined up in that order. The parking lot guard can tell at a glance if the cars are parked correctly by looking at the color of the cars. The cars are yellow, green, purple, red, and blue, and the executives' names are Alice, Bert, Cheryl, David, and Enid.\n* The car in the first space is red.\n* A blue car is parked between the red car and the green car.\n* The car in the last space is purple.\n* The secretary drives a yellow car.\n* Alice's car is parked next to David's.\n* Enid drives a green car.\n* Bert's car is parked between Cheryl's and Enid's.\n* David's car is parked in the last space.\nQuestion: What is the name of the secretary?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Each problem consists of three statements. Based on the first two statements, the third statement may be true, false, or uncertain.\n1. Oranges cost more than apples.\n2. Oranges cost less than bananas.\n3. Bananas cost more than apples and bananas cost more than orange.\nIf the first two statements are true, then the third statement is",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "Which word does not belong with the others?\ntyre, steering wheel, car, engine",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Parents have complained to the principal about bullying during recess. The principal wants to quickly resolve this, instructing recess aides to be vigilant. Which situation should the aides report to the principal?\na) An unengaged girl is sitting alone on a bench, engrossed in a book and showing no interaction with her peers.\nb) Two boys engaged in a one-on-one basketball game are involved in a heated argument regarding the last scored basket.\nc) A group of four girls has surrounded another girl and appears to have taken possession of her backpack.\nd) Three boys are huddled over a handheld video game, which is against the rules and not permitted on school grounds.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "A tech startup invests $8000 in software development in the first year, and then invests half of that amount in software development in the second year.\nWhat's the total amount the startup invested in software development over the two years?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "In a survey conducted at a local high school, preferences for a new school color were measured: 58% of students liked the color blue, 45% preferred green, and 22% liked both colors. If we randomly pick a student from the school, what's the probability that they would like neither blue nor green?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Some people got on a bus at the terminal. At the first bus stop, half of the people got down and 4 more people got in. Then at the second bus stop, 6 people got down and 8 more got in. If there were a total of 25 people heading to the third stop, how many people got on the bus at the terminal?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "How many integers are in the solution of the inequality |x + 5| < 10",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Benjamin went to a bookstore and purchased a variety of books. He bought 5 copies of a sci-fi novel, each priced at $20, 3 copies of a history book priced at $30 each, and 2 copies of a philosophy book for $45 each.\nWhat was the total cost of his purchases?",
    source: LMSYS_MT_BENCH,
  },
  { lang: "en", text: "Given that f(x) = 4x^3 - 9x - 14, find the value of f(2).", source: LMSYS_MT_BENCH },
  {
    lang: "en",
    text: "Write a C++ program to find the nth Fibonacci number using recursion.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Here is a Python function to find the length of the longest common subsequence of two input strings. Can you identify any bug in this function?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Implement a function to find the median of two sorted arrays of different sizes with O(1) space complexity and O(n) time complexity.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Write a function to find the majority element in a given integer array using the Boyer-Moore Voting Algorithm.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "You are given two sorted lists of size m and n. Implement a function to find the kth smallest element in the union of the two lists with linear complexity.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Evaluate the following movie reviews on a scale of 1 to 5, with 1 being very negative, 3 being neutral, and 5 being very positive:\n1. This movie released on Nov. 18, 2019, was phenomenal. The cinematography, the acting, the plot - everything was top-notch.\n2. Never before have I been so disappointed with a movie. The plot was predictable and the characters were one-dimensional. In my opinion, this movie is the worst one to have been released in 2022.\n3. The movie was okay. There were some parts I  enjoyed, but there were also parts that felt lackluster. This is a movie that was released in Feb 2018 and seems to be quite ordinary.\nReturn the answer as a JSON array of integers.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Extract the following information from the presented texts: The name of the book, the author, the main character, the year of publication. Output in the format of \"main character, book, author, year of publication\", one book per line.\na) In the realm of wizarding literature, a true standout is the work of J.K. Rowling. One of her books that left an indelible mark is 'Harry Potter and the Philosopher's Stone'. This iconic tale, published in 1997, tells the story of Harry, a young orphan who discovers his magical abilities on his 11th birthday. Soon, he finds himself at the Hogwarts School of Witchcraft and Wizardry, a place teeming with magic and adventure, located somewhere in Scotland.\nb) The magic of Middle-earth has entranced readers worldwide, thanks to the brilliance of J.R.R. Tolkien. In one of his seminal works, 'The Lord of the Rings: The Fellowship of the Ring', published in 1954, we meet Frodo Baggins, a brave hobbit tasked with the perilous quest of destroying the One Ring. The epic journey takes him from the peaceful Shire to the tumultuous regions of Middle-earth.\nc) In a galaxy far, far away, the imagination of L.E. Starlighter gives us 'The Prism Galaxy Chronicles: The Awakening of the Starcaster'. Published in 2028, the story is about Zylo, a humble spaceship mechanic, who unexpectedly discovers he's a Starcaster - a rare individual with the power to manipulate stardust. Set against the backdrop of an interstellar empire in turmoil, Zylo's destiny unfolds on",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Given the following data, identify the company with the highest profit in 2021 and provide its CEO's name:\na) Company X, with CEO Amy Williams, reported $30 billion in revenue and a $3 billion profit in 2021.\nb) Company Y, led by CEO Mark Thompson, posted a $60 billion revenue and a $6 billion profit in the same year.\nc) Company Z, under CEO Sarah Johnson, announced a $20 billion revenue and a $7 billion profit in 2021.\nd) Company W, managed by CEO James Smith, revealed a $300 billion revenue with a $21 billion profit in 2021.\ne) Company V, with CEO Lisa Brown, reported a $200 billion revenue and a $25 billion profit in 2021.\nf) Company U, under CEO John White, posted a $180 billion revenue and a $20 billion profit in the same year.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      'Please read the paragraph below and count how many times the words "Amazon", "river", and "you" appear. Please present the results in the format of "word, number of appearances" with each word on a separate line. Sort the lines in order of the number of appearances.\nThe Amazon, a mesmerizing expanse of nature\'s wonders, is home to the legendary Amazon River. Flowing through awe-inspiring landscapes like the Amazon rainforest, the river weaves its way through Brazil, Colombia, and Peru, giving life to countless creatures. From the mighty jaguars prowling the Amazon jungle to the vibrant macaws soaring above the canopy, this remarkable region teems with biodiversity. Deep within the river\'s currents, magnificent pink river dolphins gracefully glide alongside piranhas and electric eels. Along the riverbanks, you\'ll find bustling cities like Manaus, where the urban meets the wild, and Iquitos, a gateway to the heart of the Amazon rainforest. As you venture further, the Amazon River reveals hidden gems like the captivating Anavilhanas Archipelago, a mosaic of islands brimming with rare species. Embark on an adventure, explore the enchanting Amazon River, and immerse yourself in a world teeming with life and untamed beauty.',
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Analyze the following customer reviews from different sources for three different smartphones - the latest iPhone, Samsung Galaxy, and Google Pixel - and provide an overall rating for each phone on a scale of 1 to 10. Consider the following complex and contradictory reviews:\n- TechRadar's review of the latest iPhone: The new iPhone is a stunning triumph of engineering that sets a new bar for smartphone performance and camera quality. However, the incremental design and high price mean it lacks the 'wow' factor of previous iPhones. Still, its power and intelligence are unrivaled.\n- CNET's review of the latest Samsung Galaxy: The Samsung Galaxy phone has plenty of high points, including an amazing screen, fast performance, solid battery life and an impressive array of camera options. That said, Bixby remains lackluster, AR emoji falls flat and the phone's overall design hasn't changed much. The new Galaxy is an amazing phone overall, but it has a few nagging weaknesses that keep it from achieving true greatness.\n- The Verge's review of the latest Google Pixel: Google's Pixel packs cutting-edge specs, innovative AI-powered software, and a killer camera into a sleek design. However, the phone has lackluster battery life, lacks expandable storage, and its performance stutters at times, especially considering its high price tag. If seamless software, elite photography, and Google's brand of AI assistance are most important, you'll love the Pixel. But the overall experience isn't",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Given the following records of stock prices, extract the highest and lowest closing prices for each month in the year 2022. Return the results as a CSV string, with one line allocated for each month.\nDate,Open,High,Low,Close,Volume\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "In the field of quantum physics, what is superposition, and how does it relate to the phenomenon of quantum entanglement?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Photosynthesis is a vital process for life on Earth. Could you outline the two main stages of photosynthesis, including where they take place within the chloroplast, and the primary inputs and outputs for each stage?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Describe the process and write out the balanced chemical equation for the reaction that occurs when solid calcium carbonate reacts with hydrochloric acid to form aqueous calcium chloride, carbon dioxide, and water. What type of reaction is this, and what observations might indicate that the reaction is taking place?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "The city of Vega intends to build a bridge that will span the Vegona River, covering a distance of 1.8 kilometers. The proposed location falls within a seismically active area that has experienced several high-magnitude earthquakes. Given these circumstances, what would be the best approach to constructing the bridge?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "You have been tasked with designing a solar-powered water heating system for a residential building. Describe the key components and considerations you would include in your design. Design a five-step workflow.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "How have the Alps and Rhine River influenced settlement and agriculture in Western Europe? List three impacts.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "How do the stages of life shape our understanding of time and mortality?",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Create a lesson plan that integrates drama, mime or theater techniques into a history class. Duration: 3 class periods (each lasts for 45 minutes) for 3 days\nTopic: Opium Wars between China and Britain\nGrade level: 9-10",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Share ideas for adapting art masterpieces into interactive experiences for children. List 5 specific artworks and associated ideas.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "Describe five key principles in evaluating an argument in analytical writing.",
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "What are some business etiquette norms when doing business in Japan?",
    source: LMSYS_MT_BENCH,
  },
  { lang: "en", text: "How can I improve my time management skills?", source: LMSYS_VICUNA_BENCH },
  {
    lang: "en",
    text: "What are the main differences between Python and JavaScript programming languages?",
    source: LMSYS_VICUNA_BENCH,
  },
  { lang: "en", text: "Can you explain the basics of quantum computing?", source: LMSYS_VICUNA_BENCH },
  { lang: "en", text: "How can I develop my critical thinking skills?", source: LMSYS_VICUNA_BENCH },
  {
    lang: "en",
    text: "What are the primary factors that influence consumer behavior?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "What factors would you consider when designing an inclusive and accessible public transportation system?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "How do language and cultural barriers affect the way people communicate and form relationships in multicultural societies?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Explain the process of gene editing using CRISPR-Cas9 technology, and discuss its potential applications and ethical implications.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "How do social media platforms influence the way people consume and share news, and what are the potential implications for the spread of misinformation?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Explain the process of natural selection and how it contributes to the evolution and adaptation of species.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Why might someone prefer to shop at a small, locally-owned business instead of a large chain store, even if the prices are higher?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Why do some people enjoy the sensation of being scared, such as by watching horror movies or going on roller coasters, while others avoid these experiences?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Do we have a moral obligation to explore space, or should we focus on solving Earth's problems first?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "How many times does the average human blink in a lifetime? Try to explain your answer. Your explanation should take the reader through your reasoning step-by-step.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "How many lightning strikes occur on Earth each day? Try to explain your answer. Your explanation should take the reader through your reasoning step-by-step.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "How many words are spoken daily on Earth? Try to explain your answer. Your explanation should take the reader through your reasoning step-by-step.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "How many pages are in all the books ever written? Try to explain your answer. Your explanation should take the reader through your reasoning step-by-step.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "How many songs have been recorded throughout history? Try to explain your answer. Your explanation should take the reader through your reasoning step-by-step.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text: "What if the Aztecs had successfully repelled the Spanish conquistadors?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text: "What if Isaac Newton had focused on biology instead of physics?",
    source: LMSYS_VICUNA_BENCH,
  },
  { lang: "en", text: "What if the Suez Canal had never been constructed?", source: LMSYS_VICUNA_BENCH },
  {
    lang: "en",
    text: "What if Christopher Columbus had not discovered the Americas?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Develop a C++ program that reads a text file line by line and counts the number of occurrences of a specific word in the file.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text: "Implement a regular expression in Python to validate an email address.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text: "Implement a binary search algorithm to find a specific element in a sorted array.",
    source: LMSYS_VICUNA_BENCH,
  },
  { lang: "en", text: "Solve for x in the equation 3x + 10 = 5(x - 2).", source: LMSYS_VICUNA_BENCH },
  {
    lang: "en",
    text: "Can you help me write a formal email to a potential business partner proposing a joint venture?",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Use an appropriate format to structure a formal letter of recommendation for a student applying to a prestigious graduate program in computer science.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Draft an apology email to a customer who experienced a delay in their order, and provide reassurance that the issue has been resolved.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "en",
    text:
      "Write a captivating movie review for a recently released science fiction film, discussing its plot, characters, and special effects.",
    source: LMSYS_VICUNA_BENCH,
  },
  {
    lang: "ko",
    text:
      "하와이 여행을 준비하는 사람을 위한 재밌는 블로그 게시물을 작성해 주세요. 현지에서 즐길 수 있는 문화 체험과 꼭 가봐야 할 명소 위주로 작성해 주세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "본인이 작성한 '분기별 재무 보고서'에 상사의 피드백을 구하는 전문적인 양식의 이메일을 작성하세요. 데이터 분석, 프레젠테이션 스타일, 결론의 명확성 등에 대해 구체적인 피드백이 포함되어야 합니다. 이메일은 짧고 간결하게 작성하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "두 개의 인기 스마트폰 모델을 비교하는 블로그 게시물을 작성한다고 가정합니다. 두 모델의 기능, 성능, 사용자 경험을 효과적으로 비교하고 대조할 수 있도록 핵심 사항과 소제목을 포함하여 블로그 게시물의 개요를 작성하세요. 200자 이내로 답하십시오.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "많은 사람들 앞에서 말하는 것을 싫어하는 내성적인 친구가 지역 행사의 초청 연사 자리에 자원하도록 설득하는 이메일을 작성하세요. 예상되는 반대 의견에 대한 반박을 포함하여 최대한 설득력 있는 주장을 펼치세요. 간결하게 작성하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "강렬한 이미지와 창의적인 언어를 사용하여 생생하고 독특한 캐릭터 하나를 묘사해 보세요. 두 문단 이내로 작성하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "북적거리는 시장을 묘사하는 글을 한 문단으로 작성하세요. 시각적, 청각적, 후각적 표현 등 감각적인 표현을 포함하여 독자들에게 몰입감이 느껴지도록 작성하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "다음 문장으로 시작하는 매혹적인 단편 소설을 써보시겠습니까? 길 끝에 있는 오래된 버려진 집에는 아무도 발견하지 못한 비밀이 숨겨져 있었다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "단편 소설의 흥미로운 첫 문단을 작성하세요. 소설에는 어느 날 아침에 일어나보니 시간 여행을 할 수 있다는 사실을 알게 된 인물이 등장해야 합니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "재생가능한 바이오 에너지의 최신 발견에 관한 기사 제목을 작성하세요. 눈에 띄면서도 과학적으로 정확하되, 바이오 에너지원을 둘러싼 윤리적 딜레마를 다룰 수 있도록 기사 제목을 작성하세요. 네 가지 후보를 제안하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      '다음 문단에서 문법 오류를 찾아 수정하세요:\n어디에 그녀 지갑이 있는지 기역을 못해서 나는 차에 있는 줄 알았는데 그가 식탁 위에 있다고 하더니 잘 모르겠다고 하면서 그네들은 나 한테 찾아달라고 했더니, 저이가 "찾을 수 있겠어?"라고 하길래 "잘 몰룸"이라고 대답했더니 내 말을 씹고 그는 "뭐?", "찾았어?" 이런다.',
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "여러 사람과 함께 경주에 참여하고 있다고 상상해 보세요. 방금 당신이 두 번째 사람을 추월했다면, 당신은 몇 등인가요? 그리고 추월당한 사람은 몇 등인가요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "어제가 내일이었으면 좋겠다. 그럼 오늘이 금요일일 텐데... 이렇게 말하고 있다면, 오늘은 무슨 요일인지 알 수 있나요? 안다면 무슨 요일인가요?",
    source: KO_MT_BENCH,
  },
  { lang: "ko", text: "토마스는 매우 건강하지만 매일 병원에 가야 합니다. 왜 그럴까요?", source: KO_MT_BENCH },
  {
    lang: "ko",
    text:
      "데이비드에게는 세 자매가 있습니다. 세 자매는 모두 각각 한 명의 형제가 있습니다. 그럼 데이비드에게는 몇 명의 형제가 있을까요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "아래 지문을 주의 깊게 읽고 질문에 답하세요. 답변은 설명을 포함해야 합니다.:\n한 소규모 회사에서 임원진들의 주차 공간은 회사 내에 따로 마련되어 있습니다: 주차 공간은 CEO, 사장, 부사장, 비서, 회계 담당자의 순으로 배치되어 있습니다. 주차장 경비원은 차량의 색상을 보고 주차가 제대로 되었는지 쉽게 확인할 수 있습니다. 차량은 노란색, 녹색, 보라색, 빨간색, 파란색이며 임원의 이름은 앨리스, 버트, 셰릴, 데이비드, 이니드입니다.\n* 첫 번째 칸에 있는 자동차는 빨간색입니다.\n* 빨간색 자동차와 녹색 자동차 사이에 파란색 자동차가 주차되어 있습니다.\n* 마지막 칸에 있는 자동차는 보라색입니다.\n* 비서는 노란색 자동차를 운전합니다.\n* 앨리스의 차는 데이비드의 차 옆에 주차되어 있습니다.\n* 이니드는 녹색 자동차를 운전합니다.\n* 버트의 차는 셰릴과 이니드의 차 사이에 주차되어 있습니다.\n* 데이비드의 차는 마지막 공간에 주차되어 있습니다.\n질문: 비서의 이름은 무엇입니까?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "각 문제는 세 개의 문장으로 구성됩니다. 처음 두 문장을 바탕으로 세 번째 문장은 참 혹은 거짓일수도, 알 수 없음일 수도 있습니다.\n1. 오렌지는 사과보다 비싸다.\n2. 오렌지는 바나나보다 싸다.\n3. 바나나는 사과보다 비싸고 바나나는 오렌지보다 비싸다.\n처음 두 문장이 참이면 세 번째 문장은",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "A는 B의 아버지입니다. B는 C의 아버지입니다. A와 C는 무슨 관계일까요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "다음 단어 중 다른 것과 관련이 없는 단어는 무엇인가요?\n타이어, 운전대, 자동차, 엔진",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "일출 직후 아침, 수레쉬는 기둥을 바라보고 서 있었습니다. 기둥의 그림자가 정확히 그의 오른쪽에 떨어지고 있었습니다. 그림자가 가리키는 방향이 동쪽, 남쪽, 서쪽, 북쪽 중 어느 쪽인가요? 추론 과정을 설명하십시오.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "학부모가 쉬는 시간 동안 일어난 학교폭력에 대해 교장에게 불만을 제기했습니다. 교장은 이 문제를 신속하게 해결하고자 경비원에게 경계를 늦추지 말라고 지시합니다. 다음 중 경비원이 교장에게 보고해야 하는 상황은 어떤 상황입니까?\na) 한 여학생이 혼자 벤치에 앉아 독서 삼매경에 빠져 있습니다. 다른 또래 친구들과는 아무런 교류를 하고 있지 않습니다.\nb) 일대일 농구 경기를 하고 있던 두 남학생이 마지막 골에 대해 격렬하게 논쟁을 벌이고 있습니다.\nc) 여학생 4명이 한 여학생을 둘러싸 가방을 빼앗는 것처럼 보입니다.\nd) 세 명의 남학생이 모여 교칙에 어긋나는 휴대용 비디오 게임을 하고 있습니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "삼각형의 세 꼭지점의 좌표가 (0, 0), (-1, 1), (3, 3) 입니다. 이 삼각형의 넓이는 얼마인가요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "어떤 기술 스타트업이 소프트웨어 개발에 첫 해에는 8,000달러를 투자하고, 2년 차에는 그 절반을 투자합니다.\n이 스타트업이 2년간 소프트웨어 개발에 투자한 총액은 얼마인가요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "어느 고등학교에서 실시한 설문 조사에서 학교 대표 색상에 대한 선호도를 측정한 결과, 58%의 학생이 파란색을, 45%가 초록색을, 22%가 두 가지 색 모두 선호한다고 응답했습니다. 이 학교에서 학생 한 명을 무작위로 뽑았을 때 파란색과 초록색 중 어느 쪽도 좋아하지 않는 학생일 확률은 얼마인가요?",
    source: KO_MT_BENCH,
  },
  { lang: "ko", text: "주사위 두 개를 굴려서 총합이 3 이상 나올 확률은 얼마인가요?", source: KO_MT_BENCH },
  {
    lang: "ko",
    text:
      "터미널에서 여러명의 승객이 버스에 탑승했습니다. 첫 번째 버스 정류장에서 기존 승객의 절반이 하차하였고 4명이 탑승했습니다. 그리고 두 번째 버스 정류장에서 6명이 내리고 8명이 탔습니다. 세 번째 정류장으로 향하는 버스 안에 있는 승객이 총 25명이라면 터미널에서 버스에 탑승한 최초 인원은 몇 명일까요?",
    source: KO_MT_BENCH,
  },
  { lang: "ko", text: "x+y = 4z, x*y = 4z^2일 때, x-y를 z로 표현하세요.", source: KO_MT_BENCH },
  { lang: "ko", text: "|x + 5| < 10의 정수해는 몇 개입니까?", source: KO_MT_BENCH },
  {
    lang: "ko",
    text: "어떤 숫자를 10으로 나눈 나머지는 4입니다. 그 숫자의 두 배를 4로 나눈 나머지를 구하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "벤자민은 서점에서 다양한 책을 구입했습니다. 그는 권당 20달러인 공상 과학 소설 5권, 권당 30달러인 역사책 3권, 권당 45달러인 철학책 2권을 구입했습니다.\n그가 구매한 책들의 총 비용은 얼마입니까?",
    source: KO_MT_BENCH,
  },
  { lang: "ko", text: "f(x) = 4x^3 - 9x - 14일 때, f(2)의 값을 구하시오.", source: KO_MT_BENCH },
  {
    lang: "ko",
    text:
      "디렉토리 아래의 모든 텍스트 파일을 읽고 빈도가 높은 상위 5개 단어를 반환하는 Python 프로그램을 개발하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "재귀를 사용하여 n번째 피보나치 수를 구하는 C++ 프로그램을 작성합니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "HTML로 간단한 웹사이트를 구현합니다. 사용자가 버튼을 클릭하면 4개의 농담 목록 중 한 개의 농담을 랜덤으로 보여줍니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "다음은 두 입력 문자열의 최장 공통부분 수열(LCS)의 길이를 구하는 Python 함수입니다. 이 함수에서 버그를 발견할 수 있나요?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "이진 트리에서 두 노드의 가장 높은 공통 조상(LCA 아님)을 찾는 함수를 작성합니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "크기가 다른 두 개의 정렬된 배열에서 중앙값을 구하는 함수를 구현합니다. 이 함수는 O(1) 공간 복잡도와 O(n) 시간 복잡도를 가져야 합니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "Boyer-Moore Voting 알고리즘을 사용하여 주어진 정수 배열에서 최다 빈도를 가지는 요소를 찾는 함수를 작성합니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "모든 레벨에 자식 노드가 0개 혹은 2개 있는 이진 트리를 가득 차 있다고 말합니다. n개 레벨을 가지고 가득 찬 이진 트리의 개수를 B_n이라고 합시다. B_n을 구하는 함수를 구현하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "크기가 m과 n인 두 개의 정렬된 리스트가 있습니다.  두 리스트의 합집합에서 k번째로 크기가 작은 요소를 구하는 선형 복잡도를 가진 함수를 구현하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "어떠한 추가적인 데이터 구조를 사용하지 않고 두 배열의 공통 요소를 찾는 프로그램을 구현해 보세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "다음 영화 리뷰를 1~5점 척도로 평가하세요(1점은 매우 나쁨, 3점은 보통, 5점은 매우 좋음):\n1. 2019년 11월 18일에 개봉한 이 영화는 경이로운 영화였습니다. 영상, 연기, 전개 등 모든 것이 최고였습니다.\n2. 영화에 이렇게 실망한 적이 없었습니다. 예측 가능한 전개에 캐릭터는 일차원적이었습니다. 이 영화는 2022년에 개봉한 영화 중 최악이라고 생각합니다.\n3. 영화는 괜찮았습니다. 재미있었던 부분도 있었지만, 아쉬웠던 부분도 있었습니다. 2018년 2월에 개봉한 영화로, 꽤 평범한 영화인 것 같습니다.\n답을 정수의 JSON 배열로 반환합니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "다음 문제를 분석하여 '문학', '역사', '과학', '예술' 중 하나에 배정하십시오. 답안 작성 시, 불필요한 단어는 사용하지 마세요. 한 문장에 한 가지 주제만 기입하되, 줄 단위 형식을 엄격하게 준수하십시오.\n1. 레오 톨스토이가 '전쟁과 평화'에서 사용한 주요 주제와 문체 기법에 대해 논하십시오. 이는 19세기 러시아의 더 넓은 사회적 맥락과 어떻게 일치하나요?\n2. 2차 세계대전 중 미국 대통령이 채택한 지정학적 전략과 국내 정책을 분석하십시오. 이러한 조치들이 전후 국제 질서에 어떤 영향을 미쳤습니까?\n3. 물에 대한 루이스 구조를 그리고 그 극성의 성질을 설명하십시오. 이것이 높은 끓는점이나 많은 물질을 녹이는 능력과 같이 물의 독특한 성질에 어떤 영향을 미칩니까?\n4. 레오나르도 다빈치가 '모나리자'에서 사용한 예술적 기법과 문체적 선택을 비판적으로 검토하십시오. 이 그림은 이탈리아 르네상스 시대의 문화적, 철학적 환경을 어떻게 반영하고 있습니까?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "제시된 텍스트에서 다음 정보를 추출합니다: 책 이름, 저자, 주인공, 출판 연도. \"주인공, 책, 저자, 출판 연도\"의 형식으로 한 줄에 한 권씩 출력합니다.\na) 마법 문학 분야에서 가장 눈에 띄는 것은 J.K. 롤링의 작품입니다. 그녀의 작품인 '해리 포터와 마법사의 돌'은 문학사에 지울 수 없는 흔적을 남겼습니다. 1997년에 출간된 이 상징적인 책은 11번째 생일에 자신의 마법 능력을 발견한 고아 해리의 이야기를 담고 있습니다. 해리는 스코틀랜드 어딘가에 위치한 마법과 모험으로 가득한 호그와트 라고 하는 마법 학교에 입학합니다.\nb) J.R.R. 톨킨의 뛰어난 상상력으로, 작가가 창조한 세계인 중간계와 마법은 전 세계 독자들을 매료시켰습니다. 1954년에 출간된 '반지의 제왕: 반지 원정대'에서는 절대반지를 파괴해야 하는 위험한 임무를 맡은 용감한 호빗 프로도 배긴스를 만날 수 있습니다. 평화로운 샤이어에서 어지러운 중간계 지역으로 이어지는 장대한 여정이 펼쳐집니다.\nc) 머나먼 은하계에서 L.E. 스타라이터의 상상력으로 '프리즘 은하 연대기: 스타캐스터의 각성'이 탄생했습니다. 2028년에 출간된 이 책은 평범한 우주선 정비공 자일로가 우연히 자신이 스타더스트를 조종하는 힘을 가진 희귀한 존재인 스타캐스터라는 사실을 깨닫는다는 이야기입니다. 혼란에 빠진 성간 제국을 배경으로 각기 독특한 우주의 매력을 지닌 수많은 외계 행성에서 자일로의 숙명이 펼쳐집니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "다음 데이터 중 2021년에 가장 높은 수익을 올린 회사의 CEO 이름을 찾으십시오.\na) CEO 에이미 윌리엄스가 이끄는 회사 X는 2021년에 300억 달러의 매출과 30억 달러의 이익을 보고했습니다.\nb) CEO 마크 톰슨이 이끄는 Y 회사는 같은 해에 600억 달러의 매출과 60억 달러의 이익을 기록했습니다.\nc) CEO 사라 존슨이 이끄는 Z 기업은 2021년에 200억 달러의 매출과 70억 달러의 이익을 달성할 것이라고 발표했습니다.\nd) CEO 제임스 스미스가 경영하는 W사는 2021년에 3,000억 달러의 매출과 210억 달러의 수익을 달성할 것이라고 밝혔습니다.\ne) CEO 리사 브라운이 이끄는 V사는 2021년에 2,000억 달러의 매출과 250억 달러의 이익을 달성할 것이라고 발표했습니다.\nf) 존 화이트가 CEO로 있는 U사는 같은 해에 1,800억 달러의 매출과 200억 달러의 이익을 기록했습니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "다음 문장에서 국가, 수도 및 사용 언어를 찾아 JSON 형식으로 출력하십시오.\na) 목가적인 풍경 속에 있는 덴마크의 수도 코펜하겐은 예술가들의 활발한 활동과 주민들이 사용하는 매혹적인 덴마크어로 방문객들을 사로잡습니다.\nb) 매력적인 엘도리아 왕국에는 천상의 기운을 뿜어내는 웅장한 도시 아발로레가 있습니다. 이곳은 의사소통 수단으로 선율의 언어인 루미나를 사용하는 신비로운 지역입니다.\nc) 번화한 대도시인 부에노스아이레스는 전통과 현대의 경이로움이 조화롭게 어우러진 아르헨티나의 수도입니다. 이 도시는 시민 대부분이 스페인어를 사용하는 활기찬 중심지입니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      '아래 단락을 읽고 "아마존", "강", "당신"이라는 글자가 몇 번 나오는지 세어 보세요. 결과를 "단어, 등장 횟수" 형식으로 하여 각 단어를 별도의 줄에 표시해 주세요. 등장 횟수 순으로 정렬하세요.\n대자연의 경이로움이 펼쳐진 아마존에는 전설적인 아마존 강이 있습니다. 아마존 열대우림과 같은 경외감을 불러일으키는 풍경 사이로 흐르는 이 강은 브라질, 콜롬비아, 페루를 가로질러 흐르며 수많은 생물에게 생명을 불어넣어 줍니다. 아마존 정글을 배회하는 거대한 재규어부터 캐노피 위로 날아오르는 활기찬 마코 앵무새까지, 이 놀라운 지역은 생물 다양성으로 가득합니다. 강물 속 깊은 곳에서는 피라냐와 전기뱀장어와 함께 웅장한 분홍색 강돌고래가 우아하게 유영합니다. 강변을 따라 도시와 야생이 만나는 마나우스와 아마존 열대우림의 중심지로 가는 관문인 이키토스와 같은 번화한 도시를 만날 수 있습니다. 더 멀리 모험을 떠나면 아마존 강은 희귀종으로 가득한 섬들의 모자이크처럼 매혹적인 아나빌하나스 군도와 같은 숨겨진 보석들을 드러냅니다. 모험을 떠나 매혹적인 아마존 강을 탐험하며 생명과 자연 그대로의 아름다움으로 가득한 세계에 빠져보세요.',
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "주어진 뉴스 기사에서 개체명(사람, 조직, 위치)을 식별합니다. 개체명을 개체 유형에 따라 세 개의 개별 그룹으로 나열하는 JSON 사전을 생성하세요. 키는 개체 유형이고 값은 문자열의 리스트입니다.\n\n어제 패러데이의 CEO인 아담슨 에머슨과 다임러 AG의 CEO인 디터 제체는 베를린에 새로운 기가팩토리를 건설할 계획을 발표했습니다. 이 시설은 패러데이와 다임러의 합작 투자로, 두 회사의 전기 자동차와 배터리 팩을 생산하여 이 지역에 수천 개의 일자리를 창출할 것입니다. 에머슨과 제체는 베를린의 전략적 위치, 숙련된 인력, 강력한 인프라가 사업 확장을 위한 이상적인 선택이라고 밝혔습니다. 새로운 기가팩토리는 유럽에서 증가하는 전기차 수요를 충족하고 지속 가능한 미래에 기여하는 것을 목표로 합니다. 폭스바겐의 CEO 헤르베르트 디스(Herbert Diess)는 더 많은 협력이 자동차 산업의 주류가 전기차로 전환되는 데 도움이 될 것이라며 이 소식을 환영했습니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "서로 다른 출처에서 가져온 세 종류의 스마트폰(애플 iPhone, 삼성 갤럭시, 구글 픽셀) 리뷰를 분석하여 각 휴대폰의 평점을 1점~10점으로 부여하세요. 주어진 복잡하고 상반된 리뷰를 고려하세요:\n- 최신 iPhone에 대한 TechRadar의 리뷰: 애플의 새로운 iPhone은 스마트폰 성능과 카메라 품질에 대한 새로운 기준을 제시하는, 놀라운 엔지니어링의 승리입니다. 그러나 점진적인 디자인과 높은 가격으로 이전 iPhone의 '와우' 요소는 부족합니다. 그럼에도 불구하고 그 성능과 지능은 타의 추종을 불허합니다.\n- 최신 삼성 갤럭시에 대한 CNET의 리뷰: 삼성의 갤럭시는 놀라운 화면, 빠른 성능, 견고한 배터리 수명, 인상적인 카메라 옵션 등 높은 점수를 줄 수 있는 요소가 많습니다. 하지만 빅스비는 여전히 미흡하고, AR 이모티콘은 밋밋하며, 휴대폰의 전체적인 디자인은 크게 달라지지 않았습니다. 새로운 Galaxy는 전반적으로 놀라운 휴대폰이지만 진정한 위대함을 달성하는 데 방해가 되는 몇 가지 약점이 있습니다.\n- 최신 구글 픽셀에 대한 더버지의 리뷰: Google의 Pixel은 최첨단 사양, 혁신적인 AI 기반 소프트웨어, 킬러 카메라를 세련된 디자인에 담았습니다. 하지만 배터리 수명이 짧고 확장 가능한 저장 공간이 부족하며, 특히 높은 가격대를 고려할 때 성능이 가끔 느려지기도 합니다. 원활한 소프트웨어, 뛰어난 사진 촬영 기능, Google의 AI 지원 브랜드가 가장 중요하다면 Pixel이 마음에 들 것입니다. 하지만 전반적인 경험은 일부 경쟁사만큼 균형 잡힌 것은 아닙니다. 각 휴대전화의 전체 평점을 10점 만점으로 소수점 이하 한 자리까지 표시한 JSON 객체로 답을 반환합니다.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "복잡한 방정식이 주어질 때 각각의 방정식에서 고유한 변수 이름을 모두 추출합니다. 방정식마다 한 줄씩 할당되도록 하여 결과값을 JSON 문자열로 반환합니다.\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * sum(N=1 to 5; ln(N)^2) = 5D*integral(a=0 to pi; cos(comb(N=1 to 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "다음과 같은 주가 기록에서 2022년 워렬 최고가와 최저 종가를 추출합니다. 한 달에 한 줄씩 할당하여 결과값을 CSV 문자열로 반환합니다.\nDate,Open,High,Low,Close,Volume\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "양자 물리학 분야에서 중첩이란 무엇이며, 양자 얽힘 현상과 어떤 관련이 있나요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "지구 주위를 원형 궤도로 도는 위성이 있다고 생각해 봅시다. 위성의 속도가 감소하면 위성의 궤도 반경과 공전 주기에는 어떤 일이 일어날까요? 물리학 원리를 이용하여 답변을 뒷받침하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "광합성은 지구상의 생명체에게 매우 중요한 과정입니다. 광합성의 두 가지 주요 단계에 대해 설명해 주시겠어요? 엽록체 내에서 각 단계가 일어나는 위치와 각 단계의 주요 입력과 출력을 포함하여 설명해 주세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "분자 생물학의 핵심 학설은 무엇인가요? 어떤 과정들이 포함되어 있나요? 누가 그 이름을 지었나요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "고체 탄산칼슘이 염산과 반응하여 수용성 염화칼슘, 이산화탄소 및 물을 생성할 때 일어나는 반응의 과정을 설명하고 이에 대한 균형 잡힌 화학 방정식을 작성하십시오. 이 반응은 어떤 종류의 반응이며, 어떤 관찰을 통해 반응이 일어나고 있음을 알 수 있습니까?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "발열 반응과 흡열 반응의 차이점을 설명하고, 두 반응을 구분하는 데 사용한 기준을 포함하세요. 또한, 설명을 뒷받침할 수 있는 실제 사례를 제시하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "Vega시는 Vegona 강을 가로지르는 1.8km 길이의 다리를 건설할 계획입니다. 해당 위치는 여러 차례 강진이 발생했던 지진이 활발한 지역입니다. 이러한 상황을 고려할 때 다리를 건설하는 가장 좋은 방법은 무엇일까요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "당신은 주거용 건물을 위한 태양열 온수난방 시스템을 설계하라는 과제를 받았습니다. 설계에 포함할 주요 구성 요소와 고려 사항들을 설명하십시오. 5단계로 이루어진 작업 순서를 설계하십시오.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "머신러닝의 개념에 대해 설명해 주세요. 지도 학습, 비지도 학습, 강화 학습의 차이점에 대해 더 자세히 설명해 주시겠어요? 각각의 실제 사례를 제시해 주세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "알프스와 라인강은 서유럽에서 정착과 농업에 어떤 영향을 미쳤나요? 영향을 세 가지 제시하십시오.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "GDP, 인플레이션, 실업률과 같은 경제 지표 간의 상관관계에 대한 통찰을 제시하세요. 이러한 지표들에 재정 및 통화 정책이 어떤 영향을 미치는지 설명하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "인생의 여러 단계들은 우리의 시간과 죽음에 대한 이해를 어떻게 형성하나요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "독점 금지법과 이것이 시장 경쟁에 미치는 영향에 대해 논의하세요. 몇 가지 사례 연구를 이용해 미국과 중국의 독점 금지법을 비교해 보세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "드라마, 마임 또는 연극 기법을 역사 수업에 접목시키는 수업 계획을 세워보세요. 기간: 3일간 3교시(각 45분)\n주제: 중국과 영국의 아편 전쟁\n대상 학년: 중학교 3학년 ~ 고등학교 1학년",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "미술 명작들을 어린이를 위한 상호작용 체험에 적용하기 위한 아이디어를 공유해 주세요. 5개의 구체적인 예술 작품과 관련된 아이디어를 나열하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "기저율의 오류란 무엇인지 설명하고 정치인들이 선거 운동에 이 오류를 사용한 구체적인 예 다섯 가지를 나열하세요.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "분석적 글쓰기에서 특정 논증을 평가하는 5가지 핵심 원칙을 설명하십시오.",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "소크라테스는 당시 사회의 보편적인 사상에 맞서기 위해 어떤 방법을 사용했나요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "일본에서 사업을 할 때 지켜야 할 비즈니스 에티켓에는 어떤 것이 있나요?",
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "영화 제작자 지망생이 공부할 수 있도록 수상 경력이 있는 다큐멘터리 영화 5편을 간단한 배경 설명과 함께 추천하세요.",
    source: KO_MT_BENCH,
  },
  { lang: "ja", text: "時間管理能力を向上させるにはどうしたらいいですか？", source: JA_VICUNA },
  { lang: "ja", text: "ストレスと上手に付き合うには、どのような方法がありますか？", source: JA_VICUNA },
  { lang: "ja", text: "在宅勤務で生産性を上げるにはどうしたらいいでしょうか？", source: JA_VICUNA },
  { lang: "ja", text: "植物性タンパク源と動物性タンパク源の違いは何ですか？", source: JA_VICUNA },
  { lang: "ja", text: "現在、教育分野が直面している大きな課題は何でしょうか？", source: JA_VICUNA },
  { lang: "ja", text: "消費者行動に影響を与える主な要因とは？", source: JA_VICUNA },
  {
    lang: "ja",
    text:
      "使い捨てのペットボトルの使用は再利用可能なペットボトルの使用と比べ、環境と人の健康にどのような影響を与える可能性がありますか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text: "景気後退に対抗するため、政府としてどのような財政・金融政策が考えられますか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text: "医療サービスの質と効率を向上させるために、人工知能を活用できるシナリオを記述してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "CRISPR-Cas9技術を用いた遺伝子編集のプロセスを説明し、その応用の可能性と倫理的な意味合いについて議論してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "SNSは、人々がニュースを消費し共有する方法にどのような影響を与え、誤情報の拡散にどのような潜在的な影響を与えるのでしょうか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text: "自然選択のプロセスを説明し、それが種の進化と適応にどのように寄与しているかを説明してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "会話をしている人が話題や会話を理解したふりをしているが、実は混乱していたり、知識がなかったりするとき、それを示唆する微妙な手がかりとして何が考えられますか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "なぜ、GPS機器やスマートフォンのアプリに頼らず、紙の地図を使ったり、道を尋ねたりする人がいるのでしょうか。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "なぜ、価格が高くても、大きなチェーン店ではなく、地元で経営されている小さな商店で買い物をしたいと思う人がいるのでしょうか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "ホラー映画を見たりジェットコースターに乗ったりと、怖いという感覚を楽しむ人がいる一方で、こうした体験を避ける人がいるのはなぜですか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "道徳的に考えて、私たちは宇宙を探索する義務があるのでしょうか？それとも、まず地球の問題を解決することに集中すべきなのでしょうか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text: "自動化が進む世界において、雇用の創出と技術の進歩のどちらを優先するのが重要ですか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "塩1粒には何個の原子が入っているのでしょうか？あなたの答えを説明してみてください。その際、あなたの推論過程を段階的に説明してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "映画「カールじいさんの空飛ぶ家」のように風船で家を持ち上げるには、風船が何個必要でしょうか？あなたの答えを説明してみてください。その際、あなたの推論過程を段階的に説明してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "地球上では、毎日どれくらいの言葉が話されているでしょうか？あなたの答えを説明してみてください。その際、あなたの推論過程を段階的に説明してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "典型的な冬を考えた時、その間に降る雪の結晶は何個でしょうか？あなたの答えを説明してみてください。その際、あなたの推論過程を段階的に説明してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "生命が誕生して以来、地球は太陽の周りを何周してきたのでしょうか？あなたの答えを説明してみてください。その際、あなたの推論過程を段階的に説明してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text: "もし、ルネサンス時代にインターネットが発明されていたとしたらどうなるでしょうか？",
    source: JA_VICUNA,
  },
  { lang: "ja", text: "もし、14世紀に黒死病が発生しなかったらどうなっていたでしょうか？", source: JA_VICUNA },
  {
    lang: "ja",
    text: "もし、アイザック・ニュートンが物理学ではなく、生物学に取り組んでいたらどうなったでしょうか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "もし、第二次世界大戦中にアラン・チューリングがエニグマの暗号を解読していなかったらどうなっていたでしょうか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text: "もし、マヤ文明が謎の崩壊を遂げなかったらどうなっていたでしょうか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "もし、フィンセント・ファン・ゴッホが生前、芸術家として成功していたとしたらどうなっていたでしょうか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "テキストファイルを一行ずつ読み込み、ファイル中の特定の単語の出現回数をカウントするC++プログラムを書いてください。",
    source: JA_VICUNA,
  },
  { lang: "ja", text: "Pythonでメールアドレス検証のための正規表現を実装してください。", source: JA_VICUNA },
  {
    lang: "ja",
    text: "ソートされた配列の中から特定の要素を探し出す二分探索アルゴリズムを実装してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text: "追加のデータ構造を使用せずに、2つの配列の共通要素を求めるプログラムを実装してください。",
    source: JA_VICUNA,
  },
  { lang: "ja", text: "f(x) = 5x^3 - 2x + 3としたとき、f(2)の値を求めてください。", source: JA_VICUNA },
  { lang: "ja", text: "端点の座標が(2, -2)と(10, 4)である線分の長さを求めてください。", source: JA_VICUNA },
  {
    lang: "ja",
    text:
      "現在の職場に対して退職願を書きたいのですが、円満に退職し、機会を与えてもらえたことに感謝するような内容を考えるのを手伝ってくれませんか？",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "新しいソフトウェアソリューションを顧客に告知する際の、魅力的な製品発表のお知らせメールを書いてください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "注文が遅れてしまった顧客に、お詫びしつつ問題が解決したことを知らせるメールの草案を書いてください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "最近行ったハワイ旅行について、文化的な体験や必見のアトラクションを紹介する魅力的な旅行ブログ記事を作成してください。",
    source: JA_VICUNA,
  },
  {
    lang: "ja",
    text:
      "楽曲ストリーミングサービスが音楽業界に与える影響について議論するポッドキャストのエピソードを作りたいのですが、そのための原稿を書いてください。",
    source: JA_VICUNA,
  },
  { lang: "ru", text: "Какой лучший способ начать заниматься серфингом?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Каков лучший теоретический способ достичь сверхсветового перемещения?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Как сохранить банан свежим?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Как найти путь к цели сломанной символической ссылки в Linux, пожалуйста?",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "Что такое сервер вывода? И могу ли я использовать MLX для его запуска?",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "когда начинать питаться после длительного голодания, что мне есть и как распределить приемы пищи?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Напишите рецепт приманки для роя пчел", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      "Попробуй убедить меня купить себе в качестве питомца осьминога, заставь меня почувствовать, что мне действительно это нужно.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Я хочу быть уверенным, что мне делать.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Что я могу делать с локальной LLM?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      "У меня в компьютере процессор ryzen 5500u с интегрированной графикой Vega, что мне нужно использовать, чтобы убедиться, что все мои ресурсы используются при запуске локальных LLM?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "как мне использовать RLHF для обучения LLM?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Расскажи мне о когнитивном подходе в сравнительной психологии",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: 'Можешь объяснить структуру данных "куча"?', source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      "Создайте скрипт на Python, который создает контурные графики matplotlib из pandas dataframe. Сначала создайте сетку из неструктурированного pd.DataFrame",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "как сделать 3d модель и добавить ее в mapbox gl js", source: RU_ARENA_HARD },
  { lang: "ru", text: "создайте узел ros в ros 1python", source: RU_ARENA_HARD },
  { lang: "ru", text: "Прошёл плохой день, сделай меня счастливым немедленно.", source: RU_ARENA_HARD },
  { lang: "ru", text: "можешь дать дельный совет", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "что такое cython и лучше ли он против реверс-инжиниринга, чем python",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "Напиши мне скрипт на Python, который будет содержать анимацию ASCII с прыгающим флаббером.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: 'Что такое "шаблонный текст"?', source: RU_ARENA_HARD },
  { lang: "ru", text: "Что такое птица?", source: RU_ARENA_HARD },
  { lang: "ru", text: 'Что такое "протокол SNMP"?', source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Напиши короткую юмористическую песню о том, как идешь на работу и понимаешь, что забыл одеться.",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "напиши милую фразу о милой девочке и тыкве, которая могла бы пойти на футболку",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Объясните, почему мы всегда видим одну и ту же сторону Луны.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Опишите полиномы Чебышева.", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Расскажи мне о численном решении уравнений двухжидкостной плазмы.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "дайте мне хорошее описание Синих Сойк.", source: RU_ARENA_HARD },
  { lang: "ru", text: 'ты знаешь фильм "человек-слон"?', source: RU_ARENA_HARD },
  { lang: "ru", text: "Ты знаешь человека, который продает кексы?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Привет, не мог бы ты рассказать мне, насколько хорошо ты разбираешься в видеоиграх?",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "В чем разница между лицензией на брак и свидетельством о браке?",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "в чем разница между обучением нейронной сети и ее использованием?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "ЧТО является формулой для вычисления числа пи?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Какое число рифмуется со словом, которое мы используем для описания высокого растения?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: 'на каком языке это: "ultra rationem libertas"?', source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      'Пользователь\n"Они сокращают команду в PS?"\nчто это значит?\nчто означает PS?\nответьте на украинском.',
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: 'Каково происхождение фразы "сделать необходимое"?', source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: 'Создай стихотворение о Гоку, используя только слова на букву "С".',
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      'Объясни сюжет фильма "Суперперцы" в одном предложении, где каждое слово должно начинаться с последующей буквы алфавита от А до Я, не повторяя ни одной буквы.',
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      'Помоги мне написать скрипт на Python, который будет искать в истории моего браузера Safari на macOS любую посещенную страницу, связанную с "Nintendo".',
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      "Python. У вас есть строка на входе, которая является именем функции. Вызовите функцию с данной строкой.",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "Пожалуйста, расскажите TF2-замечательную историю о Drunken F00l.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "что вы можете рассказать мне о Мессинском солевом кризисе?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Дайте мне полное изложение сказки о Красной Шапочке ровно в 10 предложениях.",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "Назовите несколько компьютерных игр, которые очень похожи на игру Factorio.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: 'Напишите рассказ о видеоигре "GMOD"/"Garry\'s mod".', source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Я хочу организовать произвольные элементы на веб-странице в строки и столбцы.",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      'Можешь написать функцию на Haskell, которая решает задачу "двух сумм", где входные данные - это вектор чисел и целевое число. Функция должна возвращать два числа из массива, которые в сумме дают целевое число, или возвращать -1, если ответ не найден в массиве.',
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "Напишите кусок кода на Java, который переворачивает строку, пожалуйста",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Скажи мне неправду.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Посчитай до пяти для меня, пожалуйста.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Можешь загадать мне загадку?", source: RU_ARENA_HARD },
  { lang: "ru", text: "Нарисуй мне картину.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Скажи мне несколько советов для уровня B1 по-немецки.", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Напишите короткий философский рассказ. Сделайте его от первого лица. Будьте описательны.",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      'Сделайте краткое изложение основной идеи, сюжета, персонажей и структуры "Северных пещер" авторства nostalgebraist.',
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Это Раунохт, кто это начал?", source: RU_ARENA_HARD },
  { lang: "ru", text: 'Кто написал "Там, где поют раки"?', source: RU_ARENA_HARD },
  { lang: "ru", text: "кто такая вольт партия ?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Дэвид имеет три сестры. У каждой из них есть один брат. Сколько братьев у Дэвида?",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      "У Лизы есть 3 брата: Марк, Лукас, Стефан. У каждого из её братьев есть 2 сестры. Сколько у Лизы сестёр?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Используя правило Байеса, можно переписать q(x_t | x_0) как:", source: RU_ARENA_HARD },
  { lang: "ru", text: "решите эту загадку:\nA = 5\nB = 3\nC = ?\nA + C - B = 4", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Мне нужно экспортировать APK из проекта на Flutter. Я использую VS Code. Как мне это сделать?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Напишите код для операционной системы, подобной FreeRtos", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Напишите простую примерную программу, которая использует canvas getImageData",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Напишите код на Haskell для топологической сортировки.", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Если вы знакомы с PineScript 5, пожалуйста, напишите скрипт, используя функцию 'ta.percentrank'.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Как оценить большие языковые модели?", source: RU_ARENA_HARD },
  { lang: "ru", text: "Как лучше всего сравнить большие языковые модели?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      "\"данный # Пример DataFrame\ndf = pd.DataFrame({\n    'A': [np.nan, 2, np.nan],\n    'B': [4, np.nan, np.nan],\n    'C': [np.nan, np.nan, 9]\n}) создайте столбец D со значениями в A, B, C, где значение не np.nan\"",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "Что делает следующий код?\n\n```\nfor i in range(10):\n    x *= i\n```.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "что является столицей Гуама", source: RU_ARENA_HARD },
  { lang: "ru", text: "Какая столица Канады? Говори, как будто ты Тони Сопрано.", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "У Келли 5 бананов. У каждого банана по 2 тарелки. Какая столица Ассирии?",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      "Вы находитесь в комнате со стандартным листом бумаги для принтера. Вы держите его, растянув горизонтально между руками. Изначально обе ваши руки находятся на одном уровне, и бумага плоская. Затем вы отпускаете бумагу левой рукой, продолжая держать её правой рукой. Опишите, что происходит с бумагой сразу после того, как вы отпустите её левой рукой, и объясните почему.",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      "На твердой тяжелой плоской книге лежит яйцо. Я ставлю твердую чашку сверху на яйцо, вверх дном, так чтобы открытое отверстие чашки было над яйцом. Затем я держу книгу и чашку вместе и переворачиваю все это вверх дном, мягко вращая, и затем ставлю на стол. Потом я наклоняю одну сторону книги, жду момент и снова ставлю ее на стол. Где яйцо?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Кто такой Ларри Харниш?", source: RU_ARENA_HARD },
  { lang: "ru", text: "Кто такой вымышленный детектив, который любит есть?", source: RU_ARENA_HARD },
  { lang: "ru", text: "Кто такой Twang, художник?", source: RU_ARENA_HARD },
  { lang: "ru", text: "напиши шутку о Мамате Банерджи", source: RU_ARENA_HARD },
  { lang: "ru", text: "расскажи мне шутку в стиле Обри Плаза", source: RU_ARENA_HARD },
  { lang: "ru", text: "расскажи мне лучшую шутку отца?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Выберите 3 числа из следующего списка: [1,3,5,7,9,11,13,15,17,19], чтобы их сумма составила 30.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Пожалуйста, найдите пропущенное число:\n2 8 9\n3 2 4\n3 6 ?", source: RU_ARENA_HARD },
  { lang: "ru", text: "Сколько синих планет в солнечной системе?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      "Какова научная вероятность того, что Земля является единственной пригодной для жизни планетой во Вселенной?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: 'сколько букв в слове "латук"?', source: RU_ARENA_HARD },
  { lang: "ru", text: "сколько букв N в слове enter", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Сколько знаков числа пи остаются полезными? Будьте кратки, максимум 4-5 предложений.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: 'как вы говорите "приятно познакомиться" по-японски?', source: RU_ARENA_HARD },
  { lang: "ru", text: "Привет, ты умеешь импровизировать в рэпе?", source: RU_ARENA_HARD },
  { lang: "ru", text: "привет, дорогая, я дома!!", source: RU_ARENA_HARD },
  { lang: "ru", text: 'дай мне аккорды к "С днем рождения" в тональности до мажор', source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Текст песни о мотивационной и вдохновляющей песне против изменения климата.",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "объясните теорию модифицированного поля сжатия, используя уравнения справочника CSA",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      "У меня есть qqplot, который не совсем нормальный. Сформулируйте небольшой абзац, который объясняет, как из-за его асимметрии нам нужно выполнить преобразование.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Мне нужна помощь по математике.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Привет, сделай калькулятор на Python.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Создайте простое банковское приложение на Python.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Нарисуйте ASCII-арт покемона Диглетт.", source: RU_ARENA_HARD },
  { lang: "ru", text: "Нарисуйте ASCII-арт кролика.", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      "Изобретите вымышленный алфавит и нарисуйте буквы этого нового алфавита в ASCII-арт. Они не должны совпадать с существующими алфавитами.",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Считай от 30 до 1, пропускай простые числа.", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      'Напишите длинную математическую историю о "целочисленной последовательности", формулах и закономерностях',
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Опишите сцену из повседневной жизни, максимально детально.", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text:
      "Перечислите 15 известных философских мысленных экспериментов и дайте очень краткое (максимум одно или два предложения) описание каждого.",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      "В Unity, public TextMeshProUGUI pageTextUI; Это создает переменную в редакторе, которую я могу редактировать там. Но как мне добавить абзац?",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text:
      "В Rust, как мне получить изменяемый указатель на строку, которая должна использоваться в разных потоках?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "как назначить сервис определенному узлу в swarm api", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: "Какой самый продвинутый искусственный интеллект сегодня и почему он такой продвинутый?",
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: "Как работает техника LORA для обучения искусственного интеллекта?",
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "объясните вызов функции. как бы вы вызвали функцию?", source: RU_ARENA_HARD },
  {
    lang: "ru",
    text: 'пожалуйста, объясните игру слов в прозвище "typlo" (если она есть).',
    source: RU_ARENA_HARD,
  },
  {
    lang: "ru",
    text: 'Опишите мне понятие "компенсации убытков" в юридическом контракте.',
    source: RU_ARENA_HARD,
  },
  { lang: "ru", text: "Привет, ты что-нибудь знаешь об Alteryx?", source: RU_ARENA_HARD },
  { lang: "ru", text: "Привет, ты знаешь о Darkstalkers?", source: RU_ARENA_HARD },
  {
    lang: "zh",
    text: "高音单簧管和高音萨克斯的调性相同吗？如果相同，请说出他们的调性，如果不同，请分别说出他们的调性",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "UFC的运动员伊斯瑞尔·阿迪萨亚为什么被称为黑龙？", source: ALIGNBENCH },
  { lang: "zh", text: "魔术师约翰逊在1995-1996赛季场均得分是多少？", source: ALIGNBENCH },
  { lang: "zh", text: "梅西和C罗哪位获得的金球奖更多？", source: ALIGNBENCH },
  { lang: "zh", text: "Milvus数据库是什么", source: ALIGNBENCH },
  { lang: "zh", text: "请列出地球上最高的五座山峰，以及它们的海拔高度的平均值。", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "巴比伦帝国是古代文明的一个重要代表，它的法典《汉谟拉比法典》有哪些重要法律条文？",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "50度酒泡半年后还剩多少度？", source: ALIGNBENCH },
  { lang: "zh", text: "C Mixolydian音阶的第7个音是什么音？", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "比较达尔文的进化论和拉马克的遗传学理论，以及它们对现代生物学的影响。",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "如何解码Base64编码的字符串？", source: ALIGNBENCH },
  { lang: "zh", text: "总结下有代表性的摇滚乐队都有哪些，代表作是什么，乐队特点是什么", source: ALIGNBENCH },
  { lang: "zh", text: "请解释下什么是正交投影", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "亚历山大大帝统治的时期是哪个历史时期？他的征服活动对古代世界有什么重要影响？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "金属切削刀具标注的主要角度有五个，分别是什么？主偏角的选择原则是什么？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "哥伦布航海是在哪一年，他发现了哪些新大陆，这对世界历史产生了什么影响？",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "乔治·华盛顿在美国独立战争中，是否使用过火枪？", source: ALIGNBENCH },
  { lang: "zh", text: "血液是如何凝固的？", source: ALIGNBENCH },
  { lang: "zh", text: "木头和硅胶哪个耐高温？", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "关系模型（         ）A只能表示实体间1 : 1的联系 B只能表示实体间1 : n的联系 C只能表示实体间m : n的联系 D可以表示1 : 1, 1 :m, m: n联系",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "维也纳的多瑙运河最初是因为什么目的而修建的?", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "从专业的中医从业者的角度出发，选出合适的选项回答问题，不允许在答案中添加编造成分，答案请使用中文。 问题是：54.某中学体检时,发现有少数考生口角有轻微溃疡,怀疑某种维生素缺乏,为确诊建议进一步的检查是什么( )\nA、红细胞转酮醇酶活力   B、红细胞谷胱甘肽还原酶活性系数\nC、红细胞溶血试验     D、2-吡啶酮      E、白细胞中维生素B2",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "一个质量为5kg的物体沿水平面以10m/s的速度滑行。如果摩擦系数为0.2，那么物体在水平面上滑行的距离是多少？",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "惟知跃进是谁的口号？", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "某甲在某百货公司购买服装，在甲到收银台交款时，因地面太滑而摔伤，甲即找公司经理 要求赔偿。该公司的保安人员认为甲在购货中有盗窃行为，就强将甲带入办公室。 试析:甲与百货公司间因何法律事实发生何法律关系?",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "什么是冰川？解释冰川的形成和类型，并描述冰川侵蚀和冰川作用对地貌的塑造作用。",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "美国的总统任期是多长？", source: ALIGNBENCH },
  { lang: "zh", text: "用定义证明（x－1）÷（x²-1）当x趋近于1时的极限为½", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "第5题是否存在正整数n≥2,使得对任何正整数m 以及任意满足下列3个条件的多重集A,都存在A的非空真子集B使得B中所有元素之和为m 的倍数？·A中互不相同的元素不超过n+2个. ·A中所有元素之和为mn. ·对任意的x∈A,x是正整数且x|m. 若存在,请求出最小的满足上述条件的正整数n:否则请证明这样的n不存在. 注: ·对多重集的元素求和时,重复的元素需按照其重数累加. ·多重集B是A子集是指对任意的cEB都有xEA.并且r在B中的重数不超过x在A中的重数.",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "1,2,4,6,16,18,(),54。A.64 B.36 C.48 D.50 按规则填一下", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "已知圆的方程为 (x-1)^2 + (y-1)^2 = 2,求过点 P(2,2) 且与圆相切的直线方程。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "一个盒子里有10个红球20个绿球30个蓝球,在不放回的情况下至少有两个相同颜色的球,要抽多少次",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "常量滴定管的误差为0.02mL,如忽略其他误差,最少滴定多少毫升才能使最后结果为4位有效数字",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "甲、乙两人分别从相距 400 米的 A 、B 两地出发,相向而行,其中甲的速度是 2 米每秒,乙的速度是 3 米每秒。一只狗从 A 地出发,先以 6 米每秒的速度奔向乙,碰到乙后再掉头冲向甲,碰到甲之后再跑向乙,如此反复,直到甲、乙两人相遇。问在此过程中狗一共跑了多少米？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "一口井9米深,一只蜗牛从底往上爬,白天爬3米,晚上掉1米,问多久可以爬上来？",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "201斤等于多少千克", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "一个三角形,如果一条边长为4cm,另一条边长为7cm,则第三条边最长可能是多少厘米?",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "请解释表达式“x+y*z”中的运算符优先级。", source: ALIGNBENCH },
  { lang: "zh", text: "m个n-1维超平面可以将n维空间分成多少份", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "10个完全一样的球放到4个有标志的盒子中,可以有空盒,请问有多少种方法",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "假设在某个世界中,加法和减法的优先级高于乘法和除法,例如7-6*2=0.5,6+3/3=3,那么4+4-7/2*4的值是多少",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "如何求解二次不等式ax^2 + bx + c > 0？", source: ALIGNBENCH },
  { lang: "zh", text: "已知圆柱体的底面半径r和高h,求表面积。", source: ALIGNBENCH },
  { lang: "zh", text: "有个等差数列,最大项是8000,最小项是0,差是1000,求这个数列的和", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "下面是一道多选题,它包含多个正确选项,请仔细查看选项并直接给出所有正确的答案。\n \\star \\div 5＝8 \\dots \\dots 4,如果被除数增加2,那么余数错误的是（ ）。\n A.也增加2\n B.变成了1\n C.减少了2\n D.等于1",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "简便运算小学数学题：1+2-3+4+5-6+7+8-9+10+…+28+29-30 是多少？", source: ALIGNBENCH },
  { lang: "zh", text: "5个人排成一行,其中两个人不能排一起,请用有多少种排列方式", source: ALIGNBENCH },
  { lang: "zh", text: "帮我解决一道高数问题,证明一下拉格朗日中值定理", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "学校植树,第一天完成了计划的(3/8),第二天完成了计划的(5/12),第3天植树55棵,结果超过计划的(1/4),学校计划植树多少棵？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "有三盒糖,一盒是草莓糖,一盒是巧克力,一盒是草莓糖和巧克力的混合糖,三个盒子上分别写着草莓糖、巧克力和混合糖。题设是：盒子里装的糖的类型和盒子上写的名字绝对不一致,允许你从盒子里拿出糖来看但是不能看盒子里是什么糖。你最少拿几颗糖就能知道三个盒子里都装着什么糖？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "求一个椎体的体积,已知高为12cm,底面为一个半径为4cm的圆,顶点到底面圆心的距离为6cm",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "请用颜文字表示出“笑哭”的情绪", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "请将以下词语翻译为中文：in the pink、black and white、black tea、rain cats and dogs",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "请问以下emoji组合表示什么电影：👦🛶🚣‍♂️🐯🌊", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "值得注意的是,我们还报告了每个任务的人类测试参与者的平均和最佳表现作为人类水平的界限。对于MATH、LogiQA和JEC-QA的人类表现结果是从它们各自的出版物中收集的,而对于AQuA-RAT（GMAT、GRE）、LSAT、SAT和高考,我们通过将平均（50%）和最佳（1%）考生的分数按比例缩放到100分来估计人类表现。需要注意的是,尽管我们的数据集和人类准确性提供了人类测试参与者能力的有用近似值,但它们并不能完全代表这些个体可能拥有的技能和知识范围。这段话中涉及了哪些著名考试,哪些数据集？",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "请用emoji创作一道看图形找规律题", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      '你是呼吸内科的文字提取器,你要根据输入对话结构化的提取信息\n\n\n你需要按顺序完成以下任务：\n1#找到信息中相关字段,如果没有则写"未知"\n2#找到相关症状的原文字段\n3#将原文字段填写到输出对应字段<提取对应的原文>中\n4#如果你在原文中找不到对应字段,请写"未知"\n5#你不确定的字段,请写"未知"\n\n\n字段解释：\n"""\n1#病程:症状的持续时间\n2#咳嗽:咳嗽的情况,干咳还是湿咳、费力咳嗽还是清嗓子咳嗽\n3#痰:咳痰的情况,白痰、黄痰、脓痰\n4#鼻部:鼻塞、流涕、喷嚏、鼻痒的情况\n5#咽喉:咽喉部不适的情况,咽干、咽痒、嘶哑、咽痛、吞咽痛\n6#发热或肌肉酸痛:发热或肌肉酸痛的情况,体温情况\n7#密接史:流感或新冠等传染病密接史\n8#诱因:受凉淋雨或紧张疲劳的情况\n9#病史:鼻炎、鼻窦炎、哮喘的情况\n10#用药:有没有用药,具体用药是什么\n11#就医:就医情况\n"""\n\n\n输出格式：\n"""\n1#病程:<当前症状的持续时间>\n2#咳嗽:<提取对应的原文>\n3#痰:<提取对应的原文>\n4#鼻塞鼻涕:<提取对应的原文>\n5#咽喉部不适:<提取对应的原文>\n6#发热或肌肉酸痛:<提取对应的原文>\n7#密接史:<提取对应的原文>\n8#诱因:<提取对应的原文>\n9#病史:<提取对应的原文>\n10#用药:<提取对应的原文>\n11#就医:<提取对应的原文>\n"""\n\n输入:\n"""\n上呼吸道感染,头晕,发热,四肢冰凉,⾼烧不退 浑身酸痛⽆⼒,咽痛,有痰。患病⼀天,吃过盐酸奥司他⻙,头孢,布洛芬,桉柠蒎肠溶胶囊。去了人民医院\n"""',
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "谁赢得了2020年的诺贝尔物理学奖？", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "在以下对话中增加合适的emoji：\n教师：小明,昨天布置的作业,今天为什么没有交？\n小明：老师,我……我忘写了。\n教师：怎么可以忘写作业呢？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "近年来,全球各地的可持续发展问题越来越受到关注。其中,温室气体排放成为了一个核心议题。但少有人注意到,农业行业也是温室气体排放的重要来源之一。因此,实施低碳农业、减少化肥使用等也是解决全球气候问题的关键之一。这段文字主要观点是： A.全球关注可持续发展问题 B.农业也是温室气体排放的一个主要来源 C.温室气体排放是全球面临的最严重问题之一 D.低碳农业是解决气候问题的关键手段",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "下列句子组成语意连贯的语段,排序最恰当的一项是：①“常形”是指现实生活中客观物象的正常自然形态②艺术美学所研究的,是正常的自然形态在艺术变形中的变化及美学意义③“变形”是指客观物象反应在艺术中的形态的改变④所谓“变形”是相对“常形”而言⑤例如两头蛇、三脚鸡等,这种“变形”虽然怪异,但不是艺术美学研究的对象⑥在现实生活中,由于种种原因,物象的形态有时会出现变异A.④①③⑥②⑤ B.⑥⑤②④①③C.④③①⑥⑤② D.④③①②⑥⑤",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "“小明正在玩游戏,妈妈走过来说,‘你这样下去,将来一事无成。’小明回应说,‘我知道妈妈,我会注意时间管理。’”哪个成语能最好地总结这段话：1. 时不我待 2. 杀鸡儆猴 3. 知错能改 4. 自知之明。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "我正在准备托福考试,做为专业的外教老师,请帮我修改这段文章的语法错误：Yesterday,I go to the supermarket. I buy many fruit and vegetable. I also buy some bread and milk. When I come home,I cooked a delicious meal. I eat it and it was very good. After that,I watch TV and go to bed.注意：请指出文章的错误并解释错误的原因1.确保语法的准确性和连贯性,同时保持作者想要传达的信息和风格。2. 检查原文是否有语法、拼写、标点或语法错误。3. 找出任何不清楚或令人困惑的句子,并重新措辞以使其清晰连贯。4.使用适当的英语语言惯例,如主谓一致、动词时态一致和适当的用词。5. 确保文章组织良好,逻辑流畅。6. 在做必要的修改时保留作者的声音和语气。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      '你是一个空气质量方面的专家,请根据所收到的空气质量数据给用户提供解读和分析,分为如下几个部分1、开场白,告知用户本次分析的此数据对应的时间和地点,要替换成你分析的具体的日期。注意没有具体说明年份的,默认按照2023年采纳2、基本数据,罗列空气质量基本指标的数据,不进行分析3、整体分析,罗列空气质量等级,首要污染物数据,并进行整体分析以下是本次需要分析的数据\\["2023年08月21日AQI质量等级为118,空气质量等级为轻度污染,首要污染物为O3,SO2为4,NO2为19,CO为0.6,O3为179,PM2.5为20,PM10为38。"]',
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "翻译：Have one foot in the grave", source: ALIGNBENCH },
  { lang: "zh", text: "将以下内容翻译为英文：集思广益,理直气壮,吃瓜群众", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "一个房间里有三盏灯,门外有三个开关。你只能进房间一次。如何确定哪个开关对应哪盏灯？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "小明在五一假期准备去故宫、颐和园、雍和宫几个景点,但是由于时间问题,三个景点不能都去,此时小明的父母给出建议,去故宫和颐和园,但不去雍和宫。若小明听取了父母的建议,那么以下一定为假的是？A.小明去故宫。B.小明或者去故官,或者去雍和宫。C.小明或者不去故宫,或者不去颐和园。D.小明要么去颐和园,要么去雍和宫。E.小明或者不去颐和园,或者不去雍和宫。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "盘子里有猕猴桃、香蕉、柠檬、橘子四种水果若干。小刚、小林、小红、小华从中各拿了一个水果。小刚说：“小林拿了橘子。”小林说：“没有人拿香蕉。”小华说：“小红没有拿柠檬。”小红说：“小林拿了香蕉。”如果四个人当中,只有一个人说的是真话,那么以下哪项一定为真？A.小林拿了橘子B.小红拿了柠檬C.小刚拿了香蕉D.小华拿了猕猴桃",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "小王到商店买衬衫,售货员问她想要哪种颜色的,小王幽默地说：“我不像讨厌黄色那样讨厌红色,我不像讨厌白色那样讨厌蓝色,我不像喜欢粉色那样喜欢红色,我对蓝色不如对黄色那样喜欢”。小李最后会选择的颜色是( )。A.黄色 B.蓝色 C.红色 D.粉色",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "F1:能够阅读的都是有文化的,F2:海豚是没有文化的,F3:某些海豚是有智能的。用归结原理证明:某些有智能的并不能阅读。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "ABC三人考研究生,导师的想法是：（1）三人中至少录取一人,（2）若录取A而不录取B,则一定录取C,（3）BC要么都录取,要么都不录取,（4）若录取C,则一定录取A。请问最终录取了谁？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "如果“所有的笔都是红色的”是真的,那么以下哪个命题也是真的？A. 所有的红色物体都是笔 B. 一些红色物体是笔 C. 没有笔是红色以外的颜色 D. 有些笔不是红色的",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "树上有8只鸟,被猎人打死了1只,现在树上还剩下几只鸟", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "在河的这一岸：　　有一个猎人带着一只狗,一个男人带着两个小男孩,一个女人带着两个小女孩,只有一条船,要把这7个人和1只狗运到河的对岸去。 一次最多只能运两个物体(一个人、人和人,或人和狗)。 只有猎人、男人和女人会划船。 而且,猎人不能离开狗,如果让狗和人单独相处,狗就咬人,如果让女人和任何一个小男孩单独相处,女人会打小男孩,如果让男人和任何一个小女孩单独相处,男人打小女孩。 怎样才能把人和狗安全的运到对岸。 写出过程。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "设有三个房间,每个房间都有⼀个开关,其中⼀个控制着同⼀楼层的⼀个电灯。你现在在开关所在的楼层,不能看到电灯所在的楼层。你只能上楼⼀次,然后必须确定哪个开关对应哪个电灯。请问如何推理以确定正确的开关",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "研究表明,锻炼对人类大脑有积极作用,如果坚持锻炼,阿尔茨海默症等神经退行性疾病的发病风险就会降低。由此可以推出：A、人类大脑如果不进行锻炼,阿尔茨海默症等神经退行性疾病的发病风险就会进一步提高B、如果没有降低阿尔茨海默症等神经退行性疾病的发病风险,那一定是没有坚持锻炼C、如果阿尔茨海默症等神经退行性疾病的发病风险降低了,那么就一定是坚持锻炼的结果D、是否坚持锻炼,直接决定了阿尔茨海默症等神经退行性疾病的发病风险能否得到降低",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "你有一桶果冻,其中有黄色,绿色,红色三种,闭上眼睛,抓取两个同种颜色的果冻。抓取多少个就可以确定你肯定有两个同一颜色的果冻?",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "15个圆球从坐往右排列,其中只有1个是红色的,从左往右数,红色圆球位于第6个,这时,从最右端拿走一个球,此时,请问从右往左数,红色圆球在第几个？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "观察下列各式数：0,3,8,15,24,…….试按此规律写出的第100个数是多少？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "请问以下逻辑是否成立：“有些石头不是鱼,有些石头是姐妹,所以有些姐妹不是鱼”",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "给以下人物按年龄排序 - George W. Bush,Barack H. Obama,Donald J. Trump,Joseph R. Biden,Jr.",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "在某城市的交通调查中,发现每天通勤的人中,有80%是乘坐公共交通工具的,又有60%的人是乘坐地铁的。根据这个信息,我们能否得出在通勤的人中有40%同时乘坐地铁和公交？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "下面的句子是一个正确的归纳论证吗（尽管其中某些假设可能是不正确的）：已知将2加到任何奇数得到的仍然是奇数。2是奇数,因此,6是一个奇数。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "假设我们使用以下符号：\nA(x)：x 是一个动物\nM(x)：x 是一个哺乳动物\nF(x)：x 有毛\nL(x)：x 下蛋\nW(x)：x 生活在水中\n给定以下前提：\n∀x (A(x) → (M(x) ∨ L(x)))：所有动物都是哺乳动物或下蛋。\n∀x (M(x) → F(x))：所有哺乳动物都有毛。\n∀x (L(x) ∧ W(x) → ¬F(x))：所有生活在水中并下蛋的动物都没有毛。\n现在让我们考虑以下情境：\n假设 d 是一个生活在水中的动物,他可能是什么动物？请只由以上内容进行符号逻辑推理。",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "给出“水有虫则浊 水有鱼则渔 水水水 江河湖淼淼”的下联", source: ALIGNBENCH },
  { lang: "zh", text: '请给出"海水朝朝朝朝朝朝朝落"的下联，并解释所给出下联的含义', source: ALIGNBENCH },
  {
    lang: "zh",
    text: "将这句话修改为没有语病且含义不变的句子：我们期盼出征杀敌的勇士们早日凯旋而归。",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "“一行行，行行行”，标出这句话的读音", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "以下句子出自哪本经典文学作品：“人生自古谁无死，留取丹心照汗青。”？",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "请解释一下什么是“谐音”并举一个例子。", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "请问下面这段话是什么意思： “钓水，逸事也，尚持生杀之柄；弈棋，清戏也，且动争战之心。可见喜事不如省事之为适，多能不如无能之全真。”",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "解释成语柳暗花明，并且说明出处", source: ALIGNBENCH },
  { lang: "zh", text: "这首诗句“百川归海何时休”的哲学观点是什么？", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "如何理解这句话：“生活就像一盒巧克力，你永远不知道下一颗是什么。”",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "将下面的句子反过来输出：那只美丽的啄木鸟有着长长的脖子", source: ALIGNBENCH },
  { lang: "zh", text: "请用汉字写出数字0-10", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "请仿照“寂寞寒窗空守寡”，给出一句诗，要求诗句中的每个字具有相同的偏旁",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "请仿照“风扫草低见牛羊”的句子格式，再写出两个具有相同格式的句子", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      '有一个年轻人跋涉在漫长的人生路上，到了一个渡口的时候，他已经拥有了"健康"、"美貌"、"诚信"、"机敏"、"才学"、"金钱"、"荣誉"七个背囊。渡船开出时风平浪静，说不清过了多久，风起浪涌，小船上下颠簸，险象环生。艄公说："船小负载重，客官须丢弃一个背囊方可安度难关。"看年轻人哪一个都不舍得丢，艄公又说："有弃有取，有失有得。"年轻人思索了一会儿，把"诚信"抛进了水里。寓言中"诚信"被抛弃了，它引发你想些什么呢？请以"诚信"为话题写一篇文言文。',
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "根据以下内容生成一篇祭文，要求不与原文重复：爸妈，晚上好！今天我们全家到陵园去看望了您们，给你们送了鲜花和果品，也送了许多钱，希望您们在天堂里尽情地花销。同时也表达了我们无尽的哀思。在您们的墓前，对您们的思念和牵挂像无尽的潮水在心中澎湃。爸妈，几十年来，是您们含辛茹苦、历尽艰辛把我们姐弟抚养长大，我们每走一步，所取得的每一点成绩，都渗透着您们的心血。如今，我们都小有成就，家家都过着幸福的生活。这些算是对您们最好的告慰吧。我知道这也是您们所期盼的！",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "以《我的梦想家园》 - 这个题目可以让学生描述他们理想中的居住环境，以及他们希望在自己的家园中实现什么。写一篇不超过500字的短文阐述观点。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      '上海旅游攻略。请你根据该内容生成一段200-300字左右的文案。文案中不要出现\\"【选项】\\"这个字符串。在生成完所有文案之后，再输出\\"【选项】\\"这个字符串，然后请生成三个可以用于改进生成的文案的选项给我，每个选项为10到20个字，如“增加对特色早餐的介绍”。严格按照这个格式生成：\\n文案文本\\n【选项】\\n1. \\n2. \\n3. \\n我会在三个选项中选择一个，用于改进你生成的文案。\\n\\n文案的风格应为小红书风格。以下是对小红书风格的说明：\\n小红书平台的典型风格是分享精致生活,对景点、美食等方面进行细致的评测，有优雅和轻奢的氛围；可能会使用表情来增添灵动活泼的氛围；结尾通常有以#开头的标签，比如“#北京赏春”。\\n这是一个小红书平台的典型文案： \\n\\n2023北京赏花地图\\n北京马上要进入最美的赏花时节了，发现了一个赏花的H5，是北京市园林绿化局发布的，搜索“北京公园赏花观叶指南”，可以按照花卉种类（多达90多种！），花期（1月-12月），季节（春季赏花，金秋观叶），城区位置搜索，非常方便，快保存！！\\n\\n海棠\\n⭐花期：4月上旬-4月下旬\\n📍地点：元大都城垣遗址公园、陶然亭公园、北京植物园、北海公园、东城区龙潭公园、北京大观园、圆明园遗址公园、朝阳区兴隆公园、朝阳区红领巾公园、颐和园\\n\\n油菜花\\n⭐花期：5月\\n📍地点：海淀区北坞公园、海淀区中坞公园、海淀区两山公园、大兴区兴旺公园、经开区通明湖公园\\n\\n月季\\n⭐花期：5月上旬-6月中旬\\n📍地点：大兴区世界月季主题园、经开区南海子公园、西城区玫瑰公园、丰台区万芳亭公园、大兴区念坛公园、西城区月坛公园、西城区万寿公园\\n#北京赏花#赏花#周末去哪儿#北京拍照#春季赏花#桃花#樱花\\n',
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      '我的职业是老师,请参考我的描述：\\"讲了正余弦定理和复数部分。学生态度认真，但计算还需加强练习\\",写一个大概100个字，对学生的评价',
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "我希望你担任自媒体博主，为我生成吸引人眼球的爆款视频脚本，包含视频主题、内容简介、背景音乐、出镜人物、镜头、景别、画面描述、台词。要求台词语言夸张、情绪激动，画面引诱性强。\\n视频内容强调“便宜、家人爱吃、个头大口感好”\\n我的主题是：“海参先生”\\n通过展现“为争夺海参兄弟反目”的故事，来展现主题\\n请只回复你生成的1段视频脚本，尽可能详细，不需要解释",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "以雪景为题写一首七言绝句", source: ALIGNBENCH },
  {
    lang: "zh",
    text:
      "参考如下营销方案，写一篇酒水618营销方案。\\n诚信乡镇购物节  \\n一、基本信息  \\n(1) 活动背景： 春暖花开，万物复苏，大地重回生机。 4.18大促，一年一度的诚信乡镇购物节也如期\\n而至，为了能给广大顾客提供优质好物，增加年货节期间氛围，同时提升会员店产品销量， 现计划为门店开\\n展一场大促购物 活动。根据对区域内的门店情况梳理，本次活动 438家门店主销品类为通讯，家电酒水类\\n产品，现拟定举办一场主题为《 诚信乡镇购物节 》的四月大促活动，为会员店吸引新的客流，提升门店销量\\n及知名度。  \\n(2) 活动主题： 诚信乡镇购物节  \\n(3) 活动时间： 4月9日-4月19日\\n(5) 目标用户：周边小区用户  \\n二、活动目的  \\n（1）帮助会员店引流促销，构建新零售模式线上及线下双结合提升会员店增销能力  \\n（2）提升会员店的销量  \\n三、活动目标  \\n单场活动目标：门店销售规模 85000元，活动参与人次 100人次\\n\\n四、活动流程  \\n准备期（引流 /预热）  4.10 4.11 4.12 4.13\\n活动主销期  4.11-4.19\\n余热期 4.19\\n \\n引流 到店礼：社群引流， 特价商品秒杀， 4.11-4.19到店领取；每天前 10名到店得赠礼  \\n活跃 集赞有礼： 转发活动海报到朋友圈集赞满 28个即可在活动期到店领取礼品；购机满 5000元/10000元享受赠礼\\n成交转化  ①爆款机型限时秒杀，直降 1000元起  ②购机满额享赠礼  \\n \\n五、活动内容  \\n诚信乡镇购物节 ，三重优惠等你来  \\n1、惊喜献礼 ，进店享优惠，   \\n①社群新分享享受新人秒杀福利，特价商品秒杀优惠，集中时间到店领取  \\n① 活动期间，每天前 10名到店顾客即可获得到店礼品，免费手机贴膜 1次\\n② 特别优惠： 活动期间到店消费满 1000享受全店 100元直减优惠  \\n注：①②到店福利不同时享受  \\n2、集赞有礼： 4.10-4.19期间转发活动海报到朋友圈集赞满 28个即可在活动期到店领取小风扇 1个，\\n前30名完成先得；  \\n3、购机送好礼，尽享超低价 ：\\n爆款机型限时秒杀，直降 1000元起，活动期间，每天到店消费满额享赠礼（不叠加赠送）  \\n①一次性消费满 5000元可免费获得充电宝 1个\\n②一次性消费满 10000元可免费获得无线蓝牙耳机 1组",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "《西游记》《水浒传》《三国演义》《红楼梦》在主题、结构、语言、人物形象、情节等艺术技巧各具特色，请论述你最欣赏它们的哪个特色，请结合小说文本做详细分析。字数2000",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "写一篇深度聚类的小综述，内容包括autoencoder，子空间聚类，GCN，attention，自监督，无监督等内容​，字数为2000字",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "新加坡养老模式对中国的启示文献综述，分为国内文献综述和国外文献综述，不少于一千字",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "写一篇论文，题目是关于上海A船务工程服务有限公司经营状况的调查报告，表达稳中向好的趋势",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      "阅读下面的材料，根据要求写作。\\n\\n好的故事，可以帮我们更好地表达和沟通，可以触动心灵、启迪智慧；好的故事，可以改变一个人的命运，可以展现一个民族的形象……故事是有力量的。\\n\\n以上材料引发了你怎样的联想和思考？请写一篇文章。\\n\\n要求：选准角度，确定立意，明确文体，自拟标题；不要套作，不得抄袭；不得泄露个人信息；不少于800字。",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text:
      '"人们因技术发展得以更好地掌控时间，但也有人因此成了时间的仆人。"请根据这句话阐述人、技术与时间的关系，发表你的观点。',
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "高认知的人有哪些表达工具可以帮助他们更好地进行表达？", source: ALIGNBENCH },
  { lang: "zh", text: "《瓦尔登湖》讲了什么？能说说你的看法吗？", source: ALIGNBENCH },
  { lang: "zh", text: "给我一些 git commit 的规范建议", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "你认为自然语言技术的理解能力能够有一天超过人类吗？它的上限在哪里？",
    source: ALIGNBENCH,
  },
  { lang: "zh", text: "如何看待知乎和Quora这两个问答网站的区别？", source: ALIGNBENCH },
  {
    lang: "zh",
    text: "“幸福的家庭都是相似的，不幸的家庭各有各的不幸。”你同意这个观点吗？为什么？",
    source: ALIGNBENCH,
  },
  {
    lang: "zh",
    text: "我要对老板进行汇报，但我其实在偷懒。如何汇报得像我做了很多的事情？",
    source: ALIGNBENCH,
  },
  { lang: "en", text: "Use ABC notation to write a melody in the style of a folk tune.", source: ARENA_HARD },
  {
    lang: "en",
    text: "Can you come up with a 12 bar chord progression in C that works in the lydian mode?",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "Provide 15 attack  vectors in Manufacturing sector and methods to mitigate the identied risks",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "write a python code to get daily stocks data from yfinance and plot",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "I'm having trouble with css. I have two buttons in a parent container and I want one to be left aligned and the other right aligned but using flex for responsive reasons.",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "How can I create chat app using transformers.js with facebook/blenderbot-400m-distill javascript in pure vanilla javascript",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "Give me example of blocking read interrupted by signal, with EINTR handling",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "User\nCreate a function in C# to merge word documents into one using OpenXML SDK. From the first document should be taken the first 2 pages, header, footer and design like fonts and styles, and from the second file only page contents and glossary. Both files could contain images.",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "I want to make a badminton restring tracker in Django. I need to record customers, restrings and payments. Design me the models.py",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "Please write a Python function that receives a data frame with columns date and winner and returns the longest number of consecutive win by Alice",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "explain the following to me like I'm 5 years old: what is a PayFac model in integrated payments and how does this differ from what a normal merchant acquirer provides?",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "write 5 business ideas that use generative AI applied for small businesses",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "can you tell me what is the best method to do a site anaylsis for a hospital project with step by step",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "How can I serially track the change over time of a clinical marker relative to its reference range, if the reference range of the marker changes at some time point in between?",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "Go meta: explain how AI generated an explanation of how AI LLMs work",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "act like and ls-dyna expert and tell me how you can do earthquake analysis in ls-dyna",
    source: ARENA_HARD,
  },
  { lang: "en", text: "Write a python function that solves a quadratic equation.", source: ARENA_HARD },
  {
    lang: "en",
    text:
      "Write an ACL config for Tailscale that has three groups in it\n\nnill\nfamily\nservers\n\n\nEverything that is included in the nill group has access to all servers of all three groups on all ports, what is included in the family group has the ability only to use any servers from any groups as exit-nodes, but does not have access to any services on the network servers, the servers group has access to 22/tcp, 80/tcp, 443/tcp to all servers of all three groups, and on other ports and protocols has no access",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "If I can walk 1700 steps every 15 min, how long would it take me to hit 40k steps?",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "Act as a professional expert and engineer in troubleshooting industrial machines, more specifically Injection Molding Machines. I have an issue with my machine, I noticed that The oil pump motor and oil pump start, but no pressure.",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "Make a scope and limitation for a research about investigating and defining the tool's effectiveness in promoting accurate and consistent drilling centers across many repeated trials. This includes examining the alignment guides' functionality and assessing its performance in maintaining precision across a range of workpiece dimensions and different materials. The study seeks to establish the tool's limitations and capabilities, providing valuable insights into its practical utility in various drilling scenarios.",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "Write code to simulate a ballistic projectile in non-uniform gravity.",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "prepare a simple implementation for an RNN using plain typescript",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "Provide the best possible sklearn-only model that can act as a document-retrieval-based chatbot.",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "I have a database table with columns account_id, day, balance. It holds the end-of-day balances per account, so all accounts have 1 record per day, so account_id+day is UK. I'd like to copy this data into another table with columns account_id, balance, valid_from, valid_to, so if the balance is unchanged between say April 1 and April 10, there is a single row instead of 10, as in the original table. Can you write the SQL that transforms the original data into the new table?",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text:
      "Admetting that i have word2vec model bunch of words , and that i want a program python using gensim to create vector , can you help me with creating one ?",
    source: ARENA_HARD,
  },
  { lang: "en", text: "Write a function in scheme that reverses a list of strings?", source: ARENA_HARD },
  {
    lang: "en",
    text:
      "using only tailwind and nextjs\nwrite a left side navbar that is replaced by a top hambuguer menu when on phone screens\nwhen you tap on the menu it opens the sidebar menu with a sliding animation from the left side on top of the content\nthe menu only appears on small width devices such as smarthphones\nwhile on desktop the sidebar is always enabled",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "code a framework for a multiple traveling salesman optimization in python using DEAP",
    source: ARENA_HARD,
  },
  {
    lang: "en",
    text: "What's the most reliable way to shape a high hydration whole wheat baguette?",
    source: ARENA_HARD,
  },
  { lang: "ar", text: "كيف يمكنني تحسين مهارات إدارة الوقت الخاصة بي؟", source: LLMZOO_VICUNA_AR },
  { lang: "ar", text: "ما هي الفروق الرئيسية بين لغات برمجة بايثون وجافا سكريبت؟", source: LLMZOO_VICUNA_AR },
  {
    lang: "ar",
    text: "ما هي الفرق الرئيسي بين بروتين النباتات وبروتين الحيوانات؟",
    source: LLMZOO_VICUNA_AR,
  },
  { lang: "ar", text: "ما هي العوامل الرئيسية التي تؤثر في سلوك المستهلك؟", source: LLMZOO_VICUNA_AR },
  {
    lang: "ar",
    text:
      "ما هي الآثار المحتملة على البيئة وصحة الإنسان عند استخدام زجاجات البلاستيك للاستخدام المرة الواحدة مقارنةً بالزجاجات القابلة لإعادة الاستخدام؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "كيف تؤثر العوائق اللغوية والثقافية على التواصل وتشكيل العلاقات البشرية في المجتمعات الثقافية المتعددة؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text: "كيف تحمي اللقاحات الفرد والمجتمع من تأثير الأمراض المعدية؟ ما هي المناعة الجماعية؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "كيف تؤثر العوامل الثقافية والاجتماعية والاقتصادية على اختيارات الأشخاص للأكل، وكيف يمكن استغلال هذه المعرفة لتعزيز أنظمة غذائية أكثر صحة؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "ما هي العلامات الدقيقة التي تشير إلى أن شخصًا ما يتظاهر بالفهم عند فهم موضوع أو محادثة وما هو في الواقع مشوش أو لا يفهم؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "حتى لو كانت الأسعار أعلى، لماذا يفضل بعض الناس التسوق في متاجر صغيرة محلية بدلاً من المتاجر الكبيرة المتسلسلة؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "لماذا يحب بعض الناس الشعور بالخوف، مثل مشاهدة أفلام الرعب أو ركوب الأفعوانية، بينما يتجنب الآخرون هذه التجارب؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text: "في عالم يزداد الأتمتة فيه انتشارًا، هل تفضل إنشاء فرص عمل أم التركيز على التقدم التكنولوجي؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "كم مرة يحدث البرق يوميًا على الأرض؟ يرجى محاولة شرح إجابتك. يجب أن توضح تفسيرك بتدريج لإرشاد القارئ في عملية التفكير الخاصة بك.",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "كم عدد الرسائل النصية التي يتم إرسالها في الدقيقة الواحدة على مستوى العالم؟ يرجى محاولة شرح إجابتك. يجب أن تقدم تفسيرًا تدريجيًا يساعد القراء على فهم عملية استدلالك.",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "كم صفحة في جميع الكتب؟ يرجى محاولة شرح إجابتك. يجب أن تقود تفسيراتك القارئ تدريجيًا لفهم عملية استنتاجك.",
    source: LLMZOO_VICUNA_AR,
  },
  { lang: "ar", text: "إذا اخترع الإنترنت في عصر النهضة، فكيف سيكون الوضع؟", source: LLMZOO_VICUNA_AR },
  { lang: "ar", text: "إذا لم يحدث الوباء الطاعون الأسود في القرن الرابع عشر؟", source: LLMZOO_VICUNA_AR },
  {
    lang: "ar",
    text: "إذا لم يفك تشفير رمز إنيغما خلال الحرب العالمية الثانية، ماذا سيحدث؟",
    source: LLMZOO_VICUNA_AR,
  },
  { lang: "ar", text: "إذا لم يكتشف كولومبوس أمريكا، فماذا سيحدث؟", source: LLMZOO_VICUNA_AR },
  {
    lang: "ar",
    text:
      "هل يمكنك مساعدتي في كتابة بريد إلكتروني رسمي لشريك تجاري محتمل، يقترح التعاون في مشروع تجاري مشترك؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text: "كتابة إعلان إصدار منتج جذاب حول حلولنا الجديدة للبرامج، لإخطار عملائنا.",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "اكتب مقال مثير للاهتمام عن السفر ، يصف تجربة الرحلة الأخيرة إلى هاواي ، ويضع التركيز على التجارب الثقافية والأماكن السياحية المهمة.",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text: "لكتابة نص سيناريو لبودكاست يناقش تأثير منصات البث المتدفق على صناعة الموسيقى.",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "استخدام البرمجة الديناميكية لتنفيذ وظيفة برمجية بلغة بايثون، للبحث عن أطول تسلسل مشترك بين سلسلتين مدخلتين.",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text: "تنفيذ خوارزمية البحث الثنائي ، للبحث عن عنصر معين في مصفوفة مرتبة مسبقًا.",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "تنفيذ برنامج للبحث عن العناصر المشتركة في مصفوفتين دون الحاجة إلى استخدام أي تركيبة بيانات إضافية.",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text: "إذا كان نقطتا نهاية الخط القطعي هما (2،-2) و (10،4)، فما هي طول الخط القطعي؟",
    source: LLMZOO_VICUNA_AR,
  },
  {
    lang: "ar",
    text:
      "يوجد هنا ثلاثة أشياء: 1) الماء في المطبخ يغلي 2) يجب جمع الملابس في أيام المطر 3) الاتصال بالأصدقاء عبر الهاتف. ما هو الترتيب الصحيح للتعامل معها؟",
    source: LLMZOO_VICUNA_AR,
  },
  { lang: "ar", text: "ما هو الرقم التالي بعد 1، 4، 9، 16؟", source: LLMZOO_VICUNA_AR },
  {
    lang: "ar",
    text: "كيلوجرام واحد من القطن وكيلوجرام واحد من الحديد، أيهما أثقل؟",
    source: LLMZOO_VICUNA_AR,
  },
  { lang: "de", text: "Wie kann ich meine Zeitmanagement-Fähigkeiten verbessern?", source: LLMZOO_VICUNA_DE },
  {
    lang: "de",
    text: "Was ist der Hauptunterschied zwischen den Programmiersprachen Python und JavaScript?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text: "Was ist der Hauptunterschied zwischen pflanzlichen Proteinen und tierischen Proteinen?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text: "Was sind die Hauptfaktoren, die das Verbraucherverhalten beeinflussen?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Im Vergleich zu wiederverwendbaren Flaschen könnten Einwegplastikflaschen mögliche Auswirkungen auf die Umwelt und die menschliche Gesundheit haben?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Wie wirken sich Sprach- und Kulturbarrieren auf die Kommunikation und Beziehungsbildung von Menschen in einer multikulturellen Gesellschaft aus?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Wie schützen Impfungen Individuen und Gemeinden vor den Auswirkungen ansteckender Krankheiten und was ist Herdenimmunität?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Wie beeinflussen kulturelle, soziale und wirtschaftliche Faktoren die Ernährungswahl der Menschen und wie können diese Erkenntnisse genutzt werden, um eine gesündere Ernährung zu fördern?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Welche subtilen Hinweise deuten darauf hin, dass jemand ein Thema oder Gespräch versteht, aber tatsächlich verwirrt oder unverständlich ist, während er vorgibt, es zu verstehen?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Auch wenn die Preise höher sind, warum kaufen einige Menschen lieber in kleinen örtlichen Geschäften ein als in großen Einzelhandelsketten?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Warum genießen manche Menschen das Gefühl von Angst, zum Beispiel durch das Ansehen von Horrorfilmen oder Achterbahnfahren, während andere diese Erfahrungen vermeiden?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "In einer zunehmend automatisierten Welt ist es wichtiger, die Schaffung von Arbeitsplätzen oder den technologischen Fortschritt zu priorisieren?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Wie oft blitzt es täglich auf der Erde? Bitte versuchen Sie, Ihre Antwort zu erklären. Ihre Erklärung sollte den Leser schrittweise durch Ihren Gedankengang führen.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Wie viele SMS werden weltweit pro Minute versandt? Versuchen Sie, Ihre Antwort zu erklären. Ihre Erklärung sollte den Leser schrittweise durch Ihren Denkprozess führen.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Wie viele Seiten gibt es in allen Büchern? Versuchen Sie, Ihre Antwort zu erklären. Ihre Erklärung sollte den Leser schrittweise durch Ihren Denkprozess führen.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text: "Wenn das Internet während der Renaissance erfunden worden wäre, wie würde es dann wohl aussehen?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text: "Was wäre passiert, wenn die Pest im 14. Jahrhundert nicht aufgetreten wäre?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Was wäre passiert, wenn Turing während des Zweiten Weltkriegs den Enigma-Code nicht geknackt hätte?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text: "Was würde passieren, wenn Kolumbus Amerika nicht entdeckt hätte?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Können Sie mir helfen, eine formelle E-Mail an potentielle Geschäftspartner zu schreiben, um eine gemeinsame Gründung vorzuschlagen?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Verfassen Sie eine Aufmerksamkeit erregende E-Mail-Ankündigung zur Produkteinführung, um unsere Kunden über unsere neue Softwarelösung zu informieren.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Schreiben Sie einen interessanten Reiseblog-Artikel über meine letzte Reise nach Hawaii und betonen Sie kulturelle Erfahrungen und unverzichtbare Sehenswürdigkeiten.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Verfassen Sie das Skript für einen Podcast, der die Auswirkungen von Streaming-Plattformen auf die Musikindustrie diskutiert.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Verwenden Sie dynamische Programmierung, um eine Python-Funktion zu implementieren, die die längste gemeinsame Teilfolge von zwei Eingabestrings findet.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Implementierung eines Binärsuchalgorithmus zum Auffinden eines bestimmten Elements in einem sortierten Array.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Implementieren Sie ein Programm, das gemeinsame Elemente in zwei Arrays ohne Verwendung zusätzlicher Datenstrukturen findet.",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text: "Wenn die Endpunkte des Abschnitts (2, -2) und (10, 4) sind, wie lang ist der Abschnitt?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "de",
    text:
      "Es gibt drei Dinge zu erledigen: 1) Das Wasser in der Küche zum Kochen bringen; 2) Kleidung bei Regen einsammeln; 3) Einen Freund anrufen. In welcher Reihenfolge sollten sie erledigt werden?",
    source: LLMZOO_VICUNA_DE,
  },
  { lang: "de", text: "Die nächste Zahl in der Sequenz 1, 4, 9, 16 ist welche?", source: LLMZOO_VICUNA_DE },
  {
    lang: "de",
    text: "Ein Kilogramm Baumwolle und ein Kilogramm Eisen, welches ist schwerer?",
    source: LLMZOO_VICUNA_DE,
  },
  {
    lang: "es",
    text: "¿Cómo puedo mejorar mis habilidades de gestión del tiempo?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text: "¿Cuál es la principal diferencia entre los lenguajes de programación Python y JavaScript?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text: "¿Cuál es la principal diferencia entre las proteínas vegetales y animales?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text: "¿Cuáles son los principales factores que influyen en el comportamiento del consumidor?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Cuáles son los posibles impactos ambientales y en la salud humana al comparar el uso de botellas de plástico desechables con las botellas reutilizables?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Cómo afectan las barreras lingüísticas y culturales a la comunicación y las relaciones interpersonales en una sociedad multicultural?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Cómo protegen las vacunas a los individuos y a la comunidad de los efectos de enfermedades infecciosas? ¿Qué es la inmunidad colectiva?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Cómo afectan los factores culturales, sociales y económicos a las elecciones alimentarias de las personas y cómo se puede utilizar este conocimiento para fomentar una dieta más saludable?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Cuáles son las sutiles pistas que indican que alguien finge entender un tema o conversación cuando en realidad está confundido o no lo entiende?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Por qué algunas personas prefieren aún comprar en pequeñas tiendas locales en lugar de grandes cadenas de tiendas, incluso si el precio es más alto?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Por qué algunas personas disfrutan sentir miedo, como al ver una película de terror o montar una montaña rusa, mientras que otras evitan estas experiencias?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "En un mundo cada vez más automatizado, ¿es más importante priorizar la creación de empleo o el avance tecnológico?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Cuántos relámpagos hay en la Tierra cada día? Por favor, intente explicar su respuesta. Su explicación debe guiar al lector a través de su proceso de razonamiento paso a paso.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Cuántos mensajes de texto se envían por minuto en todo el mundo? Intente explicar su respuesta. Su explicación debería conducir gradualmente a que el lector comprenda su proceso de razonamiento.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Cuántas páginas hay en total en todos los libros? Por favor, trata de explicar tu respuesta. Tu explicación debe guiar step-by-step al lector a través de tu proceso de razonamiento.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text: "¿Cómo sería si Internet se hubiera inventado en la época del Renacimiento?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text: "¿Qué pasaría si la Peste Negra no hubiera ocurrido en el siglo XIV?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "¿Qué habría pasado si Turing no hubiera descifrado el código Enigma durante la Segunda Guerra Mundial?",
    source: LLMZOO_VICUNA_ES,
  },
  { lang: "es", text: "¿Qué pasaría si Colón no hubiera descubierto América?", source: LLMZOO_VICUNA_ES },
  {
    lang: "es",
    text:
      "¿Puede ayudarme a escribir un correo electrónico formal a un posible socio comercial, proponiendo iniciar un negocio juntos?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "Escriba un correo electrónico de anuncio de lanzamiento de producto llamativo para informar a nuestros clientes sobre nuestra nueva solución de software.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "Escribe un blog de viajes interesante para describir tu experiencia más reciente en Hawái, enfocándote en la cultura local y los lugares turísticos imprescindibles.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "Escriba el guion para un podcast que discuta el impacto de las plataformas de streaming en la industria musical.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "Usando programación dinámica para implementar una función en Python, encuentre la subsecuencia común más larga de dos cadenas de entrada.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "Implementar un algoritmo de búsqueda binaria para buscar un elemento específico en un array ordenado.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "Implementa un programa que encuentre los elementos comunes entre dos arreglos sin utilizar ninguna estructura de datos adicional.",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text: "Si los puntos finales de un segmento son (2, -2) y (10, 4), ¿cuál es su longitud?",
    source: LLMZOO_VICUNA_ES,
  },
  {
    lang: "es",
    text:
      "Hay tres cosas: 1) El agua de la cocina hierve; 2) Recoger la ropa en un día de lluvia; 3) Llamar a un amigo. ¿En qué orden deberían ser abordadas?",
    source: LLMZOO_VICUNA_ES,
  },
  { lang: "es", text: "¿Cuál es el siguiente número en la secuencia 1, 4, 9, 16?", source: LLMZOO_VICUNA_ES },
  {
    lang: "es",
    text: "¿Cuál es más pesado, un kilogramo de algodón o un kilogramo de hierro?",
    source: LLMZOO_VICUNA_ES,
  },
  { lang: "fr", text: "Comment améliorer mes compétences en gestion du temps ?", source: LLMZOO_VICUNA_FR },
  {
    lang: "fr",
    text: "Quelle est la principale différence entre les langages de programmation Python et JavaScript ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text: "Quelle est la principale différence entre les protéines végétales et animales ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text: "Quel est le principal défi auquel est confronté le ministère de l'éducation aujourd'hui?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Par rapport aux bouteilles réutilisables, quels pourraient être les impacts potentiels sur l'environnement et la santé humaine de l'utilisation de bouteilles en plastique jetables?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Comment les barrières linguistiques et culturelles affectent-elles la communication et la formation de relations dans une société multiculturelle ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Le processus d'édition génétique en utilisant la technologie CRISPR-Cas9 est expliqué, avec une discussion sur ses applications potentielles et ses impacts éthiques.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Comment les facteurs culturels, sociaux et économiques influencent-ils les choix alimentaires des individus et comment utiliser ces connaissances pour promouvoir une alimentation plus saine ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Comment déterminer si un restaurant est populaire parmi les habitants ou s'il attire principalement les touristes, et pourquoi ces informations sont utiles ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Comment évaluer la crédibilité des sources d'informations telles que des articles de presse ou de blog, sans se baser uniquement sur la réputation de l'auteur ou de l'éditeur ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Avons-nous l'obligation d'explorer l'espace, ou devrions-nous résoudre les problèmes de la Terre en premier?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Combien de fois en moyenne l'homme cligne-t-il des yeux dans sa vie? Essayez d'expliquer votre réponse. Votre explication devrait progressivement amener le lecteur à comprendre votre raisonnement.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      'Combien de ballons sont nécessaires pour soulever une maison comme dans le film "Là-haut"? Essayez d\'expliquer votre réponse. Votre explication doit conduire le lecteur à comprendre votre raisonnement étape par étape.',
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Combien de mots sont prononcés chaque jour dans le monde? Veuillez expliquer votre réponse. Votre explication devrait guider progressivement le lecteur à comprendre votre processus de raisonnement.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Depuis l'origine de la vie, combien de fois la Terre a-t-elle tourné autour du soleil ? Essayez d'expliquer votre réponse en guidant progressivement les lecteurs à travers votre processus de raisonnement.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text: "Si les Aztèques réussissaient à repousser les conquérants espagnols, que se passerait-il ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Si Isaac Newton avait été intéressé par la biologie plutôt que la physique, que se serait-il passé ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text: "Que se passerait-il si le canal de Suez n'avait jamais été construit ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text: "Que se serait-il passé si Christophe Colomb n'avait pas découvert l'Amérique ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Pouvez-vous m'aider à rédiger une lettre de démission à mon employeur actuel, tout en manifestant ma gratitude pour les opportunités offertes et en partant dans de bonnes conditions ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Écrire un e-mail d'excuse à un client qui a subi un retard de commande et de garantir que le problème a été résolu.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Écrivez un article de blog intéressant sur votre récent voyage à Hawaï, en mettant l'accent sur les expériences culturelles et les sites incontournables.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Rédigez une critique de concert symphonique discutant de la performance de l'orchestre et de l'expérience globale des spectateurs.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Utilisez la programmation dynamique pour implémenter une fonction Python qui trouvera la plus longue sous-séquence commune entre deux chaînes d'entrée.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Réaliser un algorithme de recherche binaire pour trouver un élément spécifique dans un tableau trié.",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text: "Étant donné f(x) = 5x^3 - 2x + 3, trouver la valeur de f(2).",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Si les extrémités du segment de droite sont (2, -2) et (10, 4), quelle est la longueur de ce segment de droite ?",
    source: LLMZOO_VICUNA_FR,
  },
  {
    lang: "fr",
    text:
      "Il y a trois choses suivantes : 1) l'eau dans la cuisine a bouilli ; 2) il faut rassembler les vêtements lorsqu'il pleut ; 3) appeler un ami au téléphone. Dans quel ordre devrions-nous traiter ces tâches ?",
    source: LLMZOO_VICUNA_FR,
  },
  { lang: "fr", text: "Quel est le prochain nombre de la séquence 1, 4, 9, 16 ?", source: LLMZOO_VICUNA_FR },
  {
    lang: "fr",
    text: "Un kilogramme de coton et un kilogramme de fer, lequel est plus lourd ?",
    source: LLMZOO_VICUNA_FR,
  },
  { lang: "it", text: "Come migliorare le mie abilità di gestione del tempo?", source: LLMZOO_VICUNA_IT },
  {
    lang: "it",
    text: "Qual è la principale differenza tra i linguaggi di programmazione Python e JavaScript?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text: "Qual è la differenza principale tra le proteine vegetali e quelle animali?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text: "Quali sono i fattori principali che influenzano il comportamento dei consumatori?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Rispetto alle bottiglie riutilizzabili, l'uso di bottiglie di plastica monouso può avere quale potenziale impatto sull'ambiente e sulla salute umana?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Come possono le barriere linguistiche e culturali influenzare la comunicazione e la formazione delle relazioni in una società multiculturale?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Come proteggono i vaccini l'individuo e la comunità dall'impatto delle malattie infettive e cosa si intende per immunità di gregge?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Come influiscono i fattori culturali, sociali ed economici sulle scelte alimentari delle persone e come utilizzare queste conoscenze per promuovere dieta più salutari?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Quali sono i segnali sottili che indicano che qualcuno sta fingendo di capire un argomento o una conversazione quando in realtà è confuso o non capisce?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Anche se il prezzo è più alto, perché alcune persone preferiscono ancora fare acquisti nei piccoli negozi locali anziché nei grandi magazzini a catena?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Perché alcune persone amano provare la paura, ad esempio guardando film horror o andando sulle montagne russe, mentre altre evitano queste esperienze?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Nel mondo in cui l'automazione sta diventando sempre più diffusa, è più importante considerare prioritariamente la creazione di opportunità di lavoro o il progresso tecnologico?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Quante volte ci sono i fulmini sulla Terra ogni giorno? Prova a spiegare la tua risposta. La tua spiegazione dovrebbe guidare il lettore attraverso il tuo processo di ragionamento passo dopo passo.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Quanti SMS vengono inviati ogni minuto in tutto il mondo? Cerca di spiegare la tua risposta. La tua spiegazione dovrebbe condurre il lettore attraverso il tuo processo di ragionamento.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Quante pagine ci sono in tutti i libri? Cerca di spiegare la tua risposta. La tua spiegazione dovrebbe guidare gradualmente il lettore attraverso il tuo processo di ragionamento.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text: "Se Internet fosse stato inventato durante il Rinascimento, cosa sarebbe successo?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text: "Cosa sarebbe successo se non fosse accaduta la Peste Nera nel XIV secolo?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Se Turing non avesse decifrato il codice Enigma durante la Seconda Guerra Mondiale, che cosa sarebbe successo?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text: "Che succederebbe se Colombo non avesse scoperto l'America?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Puoi aiutarmi a scrivere una e-mail formale all' potenziale partner commerciale, proponendo di fare affari insieme?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Scrivi un'email di lancio prodotto accattivante per informare i nostri clienti della nostra nuova soluzione software.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Scrivi un interessante articolo di viaggio sul blog, presentando l'ultima esperienza di viaggio alle Hawaii, con particolare attenzione all'esperienza culturale e ai punti di interesse imperdibili.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Scrivere la sceneggiatura per un podcast che discute l'impatto delle piattaforme di streaming sulla industria musicale.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Utilizzando la programmazione dinamica, creare una funzione Python per trovare la più lunga sottosequenza comune di due stringhe di input.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Implementare un algoritmo di ricerca binaria per trovare un elemento specifico in un array ordinato.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Realizzare un programma che trovi gli elementi comuni tra due array senza utilizzare alcuna struttura dati aggiuntiva.",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text: "Se i punti finali del segmento sono (2, -2) e (10, 4), qual è la lunghezza del segmento?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text:
      "Ci sono tre cose da fare: 1) fare bollire l'acqua in cucina; 2) raccogliere i vestiti se sta piovendo; 3) telefonare ad un amico. In che ordine si dovrebbero gestire?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text: "Qual è il numero successivo alla sequenza di 1, 4, 9 e 16?",
    source: LLMZOO_VICUNA_IT,
  },
  {
    lang: "it",
    text: "Un chilo di cotone e un chilo di ferro, quale è più pesante?",
    source: LLMZOO_VICUNA_IT,
  },
  { lang: "ko", text: "내 시간관리 기술을 어떻게 향상 시킬까요?", source: LLMZOO_VICUNA_KO },
  {
    lang: "ko",
    text: "Python과 JavaScript 프로그래밍 언어의 주요 차이점은 무엇인가요?",
    source: LLMZOO_VICUNA_KO,
  },
  { lang: "ko", text: "식물 단백질과 동물 단백질의 주요 차이점은 무엇인가요?", source: LLMZOO_VICUNA_KO },
  { lang: "ko", text: "소비자 행동에 영향을 미치는 주요 요인은 무엇인가요?", source: LLMZOO_VICUNA_KO },
  {
    lang: "ko",
    text:
      "일회용 플라스틱 병을 재사용 가능한 병과 비교하면 환경과 인간 건강에 어떤 잠재적인 영향이 있을 수 있을까요?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text: "언어와 문화적 장벽은 다문화 사회에서 인간들의 소통과 관계 형성에 어떻게 영향을 미치는가?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "백신은 개인과 사회가 감염병의 영향을 받지 않도록 어떻게 보호하는 것이며, 집단 면역이란 무엇인가요?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "문화, 사회, 그리고 경제적 요인이 사람들의 식사 선택에 어떻게 영향을 미치며, 이러한 지식을 활용하여 더 건강한 식습관을 촉진할 수 있는지에 대해 설명해주세요.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "어떤 주제나 대화를 이해하고 있다고 위장하면서 실제로는 혼란스러워하거나 이해하지 못한 것을 나타내는 미묘한 단서가 어떤 것들이 있는지 알려주세요.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "가격이 더 비싸더라도 왜 일부 사람들은 여전히 대규모 체인 상점보다 작은 지역 상점에서 쇼핑을 더 선호하는 걸까?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "왜 일부 사람들은 공포를 느끼는 것을 좋아하고, 예를 들어 공포 영화를 보거나 롤러코스터를 타는 것과 같은 경험을 즐기는 반면, 다른 사람들은 이러한 경험을 피하는 걸까요?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text: "자동화가 점차 보급되는 세상에서 일자리 창출 우선이 중요한가, 아니면 기술 발전 우선이 중요한가?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "지구 상에서 매일 몇 번 번개가 나타날까요? 답변에 대한 귀하의 설명을 시도해주세요. 귀하의 설명은 독자가 귀하의 추론 과정을 이해할 수 있도록 단계적으로 안내해야 합니다.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "전 세계에서 1분당 몇 건의 문자 메시지가 전송됩니까? 답변을 설명해보십시오. 당신의 설명은 독자가 당신의 추론 과정을 이해할 수 있도록 점진적으로 이끌어야합니다.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "모든 책에는 몇 페이지가 있나요? 답변을 설명해보세요. 당신의 설명은 독자들을 당신의 추리 과정에 이끌어야합니다.",
    source: LLMZOO_VICUNA_KO,
  },
  { lang: "ko", text: "인터넷이 르네상스 시대에 발명되었다면 어떻게 될까요?", source: LLMZOO_VICUNA_KO },
  { lang: "ko", text: "14세기에 흑사병이 일어나지 않았다면 어떻게 됐을까요?", source: LLMZOO_VICUNA_KO },
  {
    lang: "ko",
    text: "튜링이 2차 대전 당시 에니그마 암호를 해독하지 못했다면 어땠을까요?",
    source: LLMZOO_VICUNA_KO,
  },
  { lang: "ko", text: "만약 콜럼버스가 아메리카를 발견하지 않았다면 어땠을까요?", source: LLMZOO_VICUNA_KO },
  {
    lang: "ko",
    text: "잠재적인 비즈니스 파트너에게 공동 창업 제안을 포함한 공식 이메일을 쓰는 데 도움을 줄 수 있나요?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "흥미를 끄는 제품 출시 공지 이메일을 작성하여 우리의 새로운 소프트웨어 솔루션을 고객에게 알리십시오.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "재미있는 여행 블로그 글을 쓰세요. 최근 하와이 여행 경험에 대해 문화 체험과 필수적인 관광지를 중점적으로 소개해주세요.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text: "음악 산업에 미친 스트리밍 플랫폼의 영향을 논하기 위한 팟 캐스트 대본 작성하기.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "동적 계획법을 사용하여 두 개의 입력 문자열의 최장 공통 부분 순서열을 찾는 파이썬 함수를 구현합니다.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text: "정렬된 배열에서 특정 요소를 찾기 위해 이진 검색 알고리즘을 구현합니다.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "데이터 구조 외에 추가적인 것을 사용하지 않고 두 배열에서 공통 요소를 찾는 프로그램을 구현하십시오.",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text: "선분의 끝점이 (2, -2)와 (10, 4)인 경우 선분의 길이는 얼마입니까?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "ko",
    text:
      "다음 세 가지 일이 있습니다: 1) 부엌 물 끓음; 2) 비오는 날 옷을 걸어야 함; 3) 친구에게 전화를 걸어야 합니다. 어떤 순서로 처리해야 할까요?",
    source: LLMZOO_VICUNA_KO,
  },
  { lang: "ko", text: "시퀀스 1,4,9,16의 다음 숫자는 무엇인가요?", source: LLMZOO_VICUNA_KO },
  {
    lang: "ko",
    text: "1킬로그램의 면과 1킬로그램의 철 중 어느 것이 더 무겁습니까?",
    source: LLMZOO_VICUNA_KO,
  },
  {
    lang: "pt",
    text: "Como melhorar minhas habilidades de gerenciamento de tempo?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text: "Qual é a principal diferença entre as linguagens de programação Python e JavaScript?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text: "Qual a principal diferença entre proteínas vegetais e proteínas animais?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text: "Quais são os principais fatores que influenciam o comportamento do consumidor?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Qual pode ser o impacto potencial para o meio ambiente e a saúde humana em comparação com garrafas reutilizáveis, quando se utiliza garrafas de plástico descartáveis?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Como a barreira do idioma e da cultura afeta a comunicação e formação de relacionamentos das pessoas em uma sociedade multicultural?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Como as vacinas protegem indivíduos e comunidades contra os efeitos das doenças infecciosas e o que é a imunidade de grupo?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Como os fatores culturais, sociais e econômicos influenciam as escolhas alimentares das pessoas e como utilizar esse conhecimento para promover uma alimentação mais saudável?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Quais são as sutis pistas que indicam que alguém está fingindo compreender um tópico ou conversa enquanto na realidade está confuso ou não entende?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Mesmo que o preço seja mais alto, por que algumas pessoas ainda preferem fazer compras em pequenas lojas locais em vez de grandes cadeias de lojas?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Por que algumas pessoas gostam de sentir medo, como assistindo a filmes de terror ou andando em montanhas-russas, enquanto outras evitam essas experiências?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "No mundo cada vez mais automatizado, é mais importante priorizar a criação de empregos ou o progresso tecnológico?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Quantos raios ocorrem na Terra todos os dias? Tente explicar a sua resposta. Sua explicação deve levar gradualmente o leitor a entender o seu processo de raciocínio.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Quantas mensagens de texto são enviadas a cada minuto no mundo? Tente explicar sua resposta. Sua explicação deve liderar o leitor através do processo de raciocínio.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Quantas páginas tem em todos os livros? Tente explicar sua resposta. Sua explicação deve levar gradualmente o leitor a entender seu processo de raciocínio.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text: "Se a internet tivesse sido inventada durante o Renascimento, como seria?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text: "Se a Peste Negra não tivesse ocorrido no século XIV, o que teria acontecido?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "O que teria acontecido se Turing não tivesse decifrado o código Enigma durante a Segunda Guerra Mundial?",
    source: LLMZOO_VICUNA_PT,
  },
  { lang: "pt", text: "Se Colombo não tivesse descoberto a América, como seria?", source: LLMZOO_VICUNA_PT },
  {
    lang: "pt",
    text:
      "Você poderia me ajudar a escrever um e-mail formal para potenciais parceiros de negócios propondo uma colaboração?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Escreva um email de anúncio de lançamento de produto atraente para informar aos nossos clientes sobre nossa nova solução de software.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Escreva um artigo de blog de viagem interessante, apresentando a experiência de viagem mais recente ao Havaí, destacando a experiência cultural e os locais a visitar obrigatoriamente.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Escreva um roteiro para um podcast que discuta o impacto das plataformas de streaming na indústria musical.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Utilize a programação dinâmica para implementar uma função Python que encontre a sequência comum mais longa entre duas strings de entrada.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Implemente um algoritmo de busca binária para encontrar um elemento específico em uma matriz já classificada.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Implemente um programa para encontrar elementos comuns em dois arrays sem a necessidade de usar qualquer estrutura de dados adicional.",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Se os pontos finais do segmento de linha são (2, -2) e (10, 4), qual é o comprimento do segmento de linha?",
    source: LLMZOO_VICUNA_PT,
  },
  {
    lang: "pt",
    text:
      "Existem três coisas: 1) a água na cozinha está a ferver; 2) tem que se recolher a roupa em dias de chuva; 3) telefonar para um amigo. Qual é a ordem indicada para as tratar?",
    source: LLMZOO_VICUNA_PT,
  },
  { lang: "pt", text: "Qual é o próximo número na sequência 1, 4, 9, 16?", source: LLMZOO_VICUNA_PT },
  {
    lang: "pt",
    text: "Um quilo de algodão e um quilo de ferro, qual é mais pesado?",
    source: LLMZOO_VICUNA_PT,
  },
  { lang: "zh", text: "如何提高我的时间管理技能？", source: LLMZOO_VICUNA_ZH },
  { lang: "zh", text: "Python和JavaScript编程语言的主要区别是什么？", source: LLMZOO_VICUNA_ZH },
  { lang: "zh", text: "植物蛋白和动物蛋白的主要区别是什么？", source: LLMZOO_VICUNA_ZH },
  { lang: "zh", text: "影响消费者行为的主要因素是什么？", source: LLMZOO_VICUNA_ZH },
  {
    lang: "zh",
    text: "使用一次性塑料瓶与可重复使用瓶子相比，对环境和人类健康可能产生哪些潜在影响？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "语言和文化障碍如何影响人们在多元文化社会中的沟通和关系形成？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "疫苗是如何保护个体和社区免受传染病的影响的，什么是群体免疫？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "文化、社会和经济因素如何影响人们的饮食选择，如何利用这些知识来促进更健康的饮食？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "有哪些细微的线索表明某人在理解一个话题或对话时装作理解而实际上是困惑或不了解的？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "即使价格更高，为什么有些人仍然更喜欢在小型的本地商店购物，而不是在大型连锁商店购物？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "为什么有些人喜欢感到恐惧，例如通过观看恐怖电影或乘坐过山车，而其他人则避免这些经历？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "在自动化日益普及的世界中，优先考虑创造就业机会还是技术进步更为重要？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "地球上每天会有多少次闪电？请尝试解释你的答案。你的解释应该逐步带领读者理解你的推理过程。",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "全球每分钟发送多少条短信？请尝试解释你的答案。你的解释应该逐步带领读者理解你的推理过程。",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "所有书籍中有多少页？请尝试解释你的答案。你的解释应该逐步带领读者理解你的推理过程。",
    source: LLMZOO_VICUNA_ZH,
  },
  { lang: "zh", text: "如果互联网是在文艺复兴时期发明的会怎样？", source: LLMZOO_VICUNA_ZH },
  { lang: "zh", text: "如果黑死病没有在14世纪发生会怎样？", source: LLMZOO_VICUNA_ZH },
  { lang: "zh", text: "如果图灵在二战期间没有破译恩尼格玛密码会怎样？", source: LLMZOO_VICUNA_ZH },
  { lang: "zh", text: "如果哥伦布没有发现美洲会怎样？", source: LLMZOO_VICUNA_ZH },
  {
    lang: "zh",
    text: "您能帮我写一封正式的电子邮件给潜在的商业伙伴，提议共同创业吗？",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "撰写一封引人注目的产品发布公告电子邮件，以通知我们的客户我们的新软件解决方案。",
    source: LLMZOO_VICUNA_ZH,
  },
  {
    lang: "zh",
    text: "写一篇有趣的旅行博客文章，介绍最近一次去夏威夷的旅行经历，重点介绍文化体验和必去景点。",
    source: LLMZOO_VICUNA_ZH,
  },
  { lang: "zh", text: "为一期讨论流媒体平台对音乐行业影响的播客撰写剧本。", source: LLMZOO_VICUNA_ZH },
  {
    lang: "zh",
    text: "使用动态规划实现一个Python函数，找到两个输入字符串的最长公共子序列。",
    source: LLMZOO_VICUNA_ZH,
  },
  { lang: "zh", text: "实现一个二分查找算法，在已排序的数组中查找特定元素。", source: LLMZOO_VICUNA_ZH },
  {
    lang: "zh",
    text: "实现一个程序，找到两个数组中的公共元素，而无需使用任何额外的数据结构。",
    source: LLMZOO_VICUNA_ZH,
  },
  { lang: "zh", text: "如果线段的端点是(2, -2)和(10, 4)，那么线段的长度是多少？", source: LLMZOO_VICUNA_ZH },
  {
    lang: "zh",
    text: "有以下三件事：1）厨房的水烧开了；2）下雨天要收衣服；3）打电话给朋友。请问应该按什么顺序处理？",
    source: LLMZOO_VICUNA_ZH,
  },
  { lang: "zh", text: "序列1,4,9,16的后一个数是什么？", source: LLMZOO_VICUNA_ZH },
  { lang: "zh", text: "一公斤的棉花和一公斤的铁，哪一个更重？", source: LLMZOO_VICUNA_ZH },
];

const FOLLOW_UPS: OrdinaryTurn[] = [
  {
    lang: "de",
    text: "Nehmen Sie sich einen Moment Zeit, um Ihre eigene Antwort zu bewerten und zu kritisieren.",
    history: answered(
      "Entwerfen Sie eine professionelle E-Mail, in der Sie das Feedback Ihres Vorgesetzten zum von Ihnen erstellten 'Quartalsfinanzbericht' einholen. Fragen Sie speziell nach der Datenanalyse, dem Präsentationsstil und der Klarheit der gezogenen Schlussfolgerungen. Halten Sie die E-Mail kurz und präzise.",
      "Betreff: Anfrage zu Ihrem Feedback zum Quartalsfinanzbericht \n\nSehr geehrte/r [Vorgesetzte/r],\n\nich hoffe, diese Nachricht erreicht Sie in guter Verfassung. Ich schreibe Ihnen in Bezug auf den kürzlich von mir erstellten Quartalsfinanzbericht und würde gerne Ihr wertvolles Feedback dazu einholen.\n\nInsbesondere bin ich an Ihrer Meinung zur Datenanalyse interessiert. War diese aus Ihrer Sicht nachvollziehbar und präzise? Außerdem würde ich gerne wissen, wie Sie den Präsentationsstil des Berichts empfunden haben. War die Darstellung der Informationen klar und leicht verständlich?\n\nEin weiterer Punkt, den ich gerne besprechen würde, betrifft die Schlussfolgerungen, die ich aus den Daten gezogen habe. Waren diese klar und logisch? Haben sie Ihrer Meinung nach einen Mehrwert für unsere zukünftige Geschäftsentwicklung geliefert?\n\nIch bin darauf bedacht, meine Fähigkeiten ständig zu verbessern und schätze daher Ihr Feedback sehr. Bitte teilen Sie mir Ihre Gedanken und Anregungen mit, wenn es Ihre Zeit erlaubt.\n\nVielen Dank im Voraus für Ihre Zeit und Ihr Feedback.\n\nMit freundlichen Grüßen,\n\n[Ihr Name]",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Überarbeiten Sie Ihre vorherige Antwort und beziehen Sie in jedem Satz eine Anspielung auf ein berühmtes literarisches Werk oder ein historisches Ereignis ein.",
    history: answered(
      "Beschreibe einen lebendigen und einzigartigen Charakter, unter Verwendung von starken Bildern und kreativer Sprache. Bitte antworte in weniger als zwei Absätzen.",
      "Lukas ist ein Mann der Gegensätze, eingehüllt in das raue Gewand eines einsamen Wanderers, dessen Augen jedoch die schiere Wärme eines brennenden Herdfeuers widerspiegeln. Sein Bart, so wild und ungebändigt wie ein alter Eichenwald, versteckt ein Lächeln, das mit der Anmut der ersten Frühlingsblüte tanzt. Er bewegt sich mit der Geschwindigkeit eines eilenden Flusses, doch seine Worte sind so bedacht und weise, wie die eines alten Felsens, der die Zeiten überdauert hat.\n\nLukas‘ Hände, gezeichnet von der Arbeit und dem Leben, halten stets sein treues Instrument, eine alte, verwitterte Geige. Wenn er spielt, entfesselt er eine Melodie, die so bewegend und eindringlich ist, dass sie das Herz des stärksten Kriegers zum Schmelzen bringen könnte. In seinen Augen sieht man die Spiegelung der Melancholie und Freude, die er in seine Musik einwebt, eine stille Erinnerung daran, dass in jedem von uns sowohl Stürme als auch ruhige Gewässer toben.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      'Ändern Sie Ihre vorherige Antwort. Nehmen Sie folgende Anpassungen an der 2. Option vor: 1. Machen Sie den Ton lässig 2. Integrieren Sie eine Werbung für ein Unternehmen namens "FlexPower" 3. Weniger als 10 Wörter.',
    history: answered(
      '1. "Erneuerbare Bio-Energie: Neueste Entdeckung trifft Ethik am Scheideweg"\n2. "Innovativer Durchbruch in Bio-Energie: Wissenschaftlich Präzise und Ethisch Sensible"\n3. "Weckt Bio-Energie die Zukunft auf? Die neueste Innovation trifft auf ethische Herausforderungen"\n4. "Revolutionäre Erneuerbare Bio-Energie: Ein Spielwechsler unter Berücksichtigung der Ethik"',
      "It seems like you're listing different titles or headlines. How can I assist you with these?",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Können Sie erklären, warum die oben genannte Frage interessant ist?",
    history: answered(
      "Thomas ist sehr gesund, aber er muss jeden Tag ins Krankenhaus gehen. Was könnten die Gründe dafür sein?",
      "Es könnte mehrere Gründe geben, warum Thomas trotz seiner Gesundheit täglich ins Krankenhaus gehen muss:\n\n1. Arbeit: Thomas könnte im Krankenhaus arbeiten. Viele Menschen, darunter Ärzte, Krankenschwestern, Techniker und Verwaltungspersonal, verbringen ihre Tage in Krankenhäusern, obwohl sie gesund sind.\n\n2. Freiwilligenarbeit: Thomas könnte ein Freiwilliger sein, der hilft, Patienten zu betreuen oder andere Aufgaben im Krankenhaus zu erledigen.\n\n3. Familie oder Freunde: Vielleicht hat Thomas einen geliebten Menschen im Krankenhaus, den er täglich besucht.\n\n4. Medizinische Tests oder Behandlungen: Auch wenn Thomas gesund ist, könnte er regelmäßige medizinische Tests oder Behandlungen benötigen, die seine Gesundheit überwachen oder erhalten.\n\n5. Studium oder Forschung: Thomas könnte ein Medizinstudent oder Forscher sein, der täglich ins Krankenhaus muss, um zu lernen oder zu forschen.\n\n6. Therapie: Thomas könnte eine Art von Therapie benötigen, die im Krankenhaus durchgeführt wird, wie Physiotherapie oder Ergotherapie.\n\nEs ist wichtig, dass Thomas mit seinem Arzt oder einem anderen medizinischen Fachmann spricht, wenn er Bedenken hat, warum er täglich ins Krankenhaus gehen muss.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "In welche Richtung schaute Suresh? Wie lösen Sie das?",
    history: answered(
      "Eines Morgens nach Sonnenaufgang stand Suresh vor einem Pfahl. Der Schatten des Pfahls fiel genau auf seine rechte Seite. Können Sie mir sagen, in welche Richtung der Schatten zeigte - Osten, Süden, Westen oder Norden? Erklären Sie Ihre Denkschritte.",
      "Der Schatten eines Objekts zeigt immer in die entgegengesetzte Richtung der Sonne. Da die Sonne im Osten aufgeht, würde der Schatten des Pfahls nach Westen zeigen. Da der Schatten des Pfahls genau auf Sureshs rechte Seite fiel, muss Suresh also nach Norden geschaut haben. Daher zeigte der Schatten in westlicher Richtung.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Wenn wir einen Schüler auswählen, der Grün mag, wie hoch ist die Wahrscheinlichkeit, dass er oder sie beide Farben nicht mag?",
    history: answered(
      "In einer Umfrage, die an einer örtlichen Highschool durchgeführt wurde, wurden die Vorlieben für eine neue Schulfarbe gemessen: 58% der Schüler mochten die Farbe Blau, 45% bevorzugten Grün und 22% mochten beide Farben. Wenn wir zufällig einen Schüler aus der Schule auswählen, wie hoch ist die Wahrscheinlichkeit, dass er weder Blau noch Grün mag?",
      "Um diese Frage zu beantworten, müssen wir die Wahrscheinlichkeit berechnen, dass ein Schüler entweder Blau oder Grün mag und diese von 100% abziehen, um die Wahrscheinlichkeit zu finden, dass ein Schüler weder Blau noch Grün mag.\n\nDie Wahrscheinlichkeit, dass ein Schüler Blau oder Grün mag, ist die Summe der Wahrscheinlichkeiten, dass er Blau mag und dass er Grün mag, minus die Wahrscheinlichkeit, dass er beide Farben mag (da diese Schüler in beiden Gruppen gezählt werden).\n\nDas wäre also 58% (Blau) + 45% (Grün) - 22% (beide), was 81% ergibt.\n\nUm die Wahrscheinlichkeit zu finden, dass ein Schüler weder Blau noch Grün mag, ziehen wir diese 81% von 100% ab, was 19% ergibt.\n\nAlso ist die Wahrscheinlichkeit, dass ein zufällig ausgewählter Schüler weder Blau noch Grün mag, 19%.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Drücke z-x in y aus.",
    history: answered(
      "x+y = 4z, x*y = 4z^2, drücke x-y in z aus.",
      "Um x - y in Bezug auf z auszudrücken, können wir die gegebenen Gleichungen verwenden, um x und y zu finden und dann die Werte in die Gleichung x - y einsetzen.\n\nAus der ersten Gleichung, x + y = 4z, können wir x ausdrücken als x = 4z - y.\n\nSetzen wir diesen Ausdruck für x in die zweite Gleichung ein, erhalten wir (4z - y) * y = 4z^2. Dies vereinfacht sich zu 4zy - y^2 = 4z^2.\n\nUm y zu isolieren, können wir die Gleichung umstellen zu y^2 - 4zy + 4z^2 = 0. Dies ist eine quadratische Gleichung in der Form ay^2 + by + c = 0, wo a = 1, b = -4z und c = 4z^2.\n\nDie Lösung für y aus dieser Gleichung ist y = [4z ± sqrt((4z)^2 - 4*1*4z^2)] / (2*1) = 2z ± sqrt(16z^2 - 16z^2) = 2z.\n\nSetzen wir y = 2z in die erste Gleichung ein, erhalten wir x = 4z - 2z = 2z.\n\nDaher ist x - y = 2z - 2z = 0.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Angenommen, Benjamin entscheidet sich dazu, jedes dieser Bücher mit einem Aufschlag von 25% zum ursprünglichen Einkaufspreis zu verkaufen. Wie hoch wäre sein Gesamteinkommen, wenn er alle gekauften Bücher verkaufen würde?",
    history: answered(
      "Benjamin ging in eine Buchhandlung und kaufte eine Vielfalt an Büchern. Er kaufte 5 Exemplare eines Science-Fiction-Romans, jedes mit einem Preis von 20 Dollar, 3 Exemplare eines Geschichtsbuchs zum Preis von jeweils 30 Dollar und 2 Exemplare eines Philosophiebuchs für jeweils 45 Dollar.\nWas war die Gesamtkosten seiner Einkäufe?",
      "Die Gesamtkosten für die Science-Fiction-Romane betragen 5 Bücher * 20 Dollar/Buch = 100 Dollar.\n\nDie Gesamtkosten für die Geschichtsbücher betragen 3 Bücher * 30 Dollar/Buch = 90 Dollar.\n\nDie Gesamtkosten für die Philosophiebücher betragen 2 Bücher * 45 Dollar/Buch = 90 Dollar.\n\nDie Gesamtkosten für alle Bücher betragen 100 Dollar + 90 Dollar + 90 Dollar = 280 Dollar.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Wie verwendet man CSS, um die Farbe von Witzen auf Rot zu ändern?",
    history: answered(
      "Schreibe eine einfache Website in HTML. Wenn ein Benutzer auf den Button klickt, zeigt es einen zufälligen Witz aus einer Liste von 4 Witzen.",
      'Hier ist ein einfacher HTML-Code, der das tut, was Sie verlangen. Bitte beachten Sie, dass Sie JavaScript benötigen, um die Funktionalität des zufälligen Witzes zu implementieren.\n\n```html\n<!DOCTYPE html>\n<html>\n<head>\n    <title>Witzige Webseite</title>\n</head>\n<body>\n    <h1>Willkommen auf meiner witzigen Webseite!</h1>\n    <button onclick="zeigeWitz()">Klick mich für einen Witz!</button>\n    <p id="witz"></p>\n\n    <script>\n        var witze = [\n            "Warum don\'t Wissenschaftler den Witzen vertrauen? Weil sie sich ständig verändern!",\n            "Was sagt ein Null zu einer Acht? Schöner Gürtel!",\n            "Warum können Geister schlecht lügen? Weil man durch sie hindurchsehen kann!",\n            "Warum gehen Fische nie verloren? Weil sie in Schulen schwimmen!"\n        ];\n\n        function zeigeWitz() {\n            var zufallsIndex = Math.floor(Math.random() * witze.length);\n            document.getElementById("witz").innerHTML = witze[zufallsIndex];\n        }\n    </script>\n</body>\n</html>\n```\n\nIn diesem Code haben wir eine Funktion namens `zeigeWitz()`, die aufgerufen wird, wenn der Benutzer auf den Button klickt. Diese Funktion wählt einen zufälligen Witz aus der Liste `witze` aus und zeigt ihn im `<p>`-Element mit der ID `witz` an.',
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Existiert eine Implementierung mit besserer Zeitkomplexität?",
    history: answered(
      "Implementieren Sie eine Funktion, um den Median von zwei sortierten Arrays unterschiedlicher Größe mit einer Raumkomplexität von O(1) und einer Zeitkomplexität von O(n) zu finden.",
      "In Python können Sie die Funktion wie folgt implementieren:\n\n```python\ndef findMedianSortedArrays(nums1, nums2):\n    merged = sorted(nums1 + nums2)\n    length = len(merged)\n    if length % 2 == 0:\n        return (merged[length // 2] + merged[length // 2 - 1]) / 2\n    else:\n        return merged[length // 2]\n```\n\nAllerdings ist diese Implementierung nicht O(1) in der Raumkomplexität und nicht O(n) in der Zeitkomplexität. Die Raumkomplexität ist O(n+m), da wir zwei Arrays in einem neuen Array zusammenführen, und die Zeitkomplexität ist O((n+m)log(n+m)), da wir das zusammengeführte Array sortieren.\n\nUm die Anforderungen von O(1) Raumkomplexität und O(n) Zeitkomplexität zu erfüllen, müssen wir einen anderen Ansatz verwenden. Leider ist es nicht möglich, den Median von zwei sortierten Arrays unterschiedlicher Größe mit einer Raumkomplexität von O(1) und einer Zeitkomplexität von O(n) zu finden. Der effizienteste bekannte Algorithmus für dieses Problem ist der Algorithmus von Jon Bentley und Andrew Yao, der eine Zeitkomplexität von O(log(min(n, m))) hat.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Nun wurde die Einschränkung, keine zusätzlichen Datenstrukturen zu verwenden, aufgehoben, implementieren Sie eine mit der besten Zeitkomplexität.",
    history: answered(
      "Implementieren Sie ein Programm zur Ermittlung der gemeinsamen Elemente in zwei Arrays, ohne zusätzliche Datenstrukturen zu verwenden.",
      "In Python können Sie die eingebauten Funktionen und Operatoren verwenden, um die gemeinsamen Elemente in zwei Arrays zu finden. Hier ist ein einfacher Code, der dies tut:\n\n```python\ndef find_common_elements(array1, array2):\n    # Durchlaufen Sie jedes Element in array1\n    for i in array1:\n        # Überprüfen Sie, ob das Element auch in array2 vorhanden ist\n        if i in array2:\n            # Wenn ja, drucken Sie das Element\n            print(i)\n\n# Testen Sie die Funktion mit zwei Arrays\narray1 = [1, 2, 3, 4, 5]\narray2 = [4, 5, 6, 7, 8]\nfind_common_elements(array1, array2)\n```\n\nDieses Programm durchläuft jedes Element in `array1` und überprüft, ob es in `array2` vorhanden ist. Wenn es vorhanden ist, wird es gedruckt. Beachten Sie, dass dieses Programm die Elemente direkt auf der Konsole ausgibt, anstatt sie in einer Datenstruktur zu speichern.\n\nBitte beachten Sie, dass die Zeitkomplexität dieses Programms O(n^2) ist, da für jedes Element in `array1` das gesamte `array2` durchlaufen wird. Wenn die Arrays sehr groß sind, kann dies zu Leistungsproblemen führen. In diesem Fall könnten Sie in Betracht ziehen, eine zusätzliche Datenstruktur wie ein Set zu verwenden, um die Zeitkomplexität auf O(n) zu reduzieren.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Welches Unternehmen hatte die höchste Gewinnspanne (Gewinn/Umsatz Verhältnis)?",
    history: answered(
      "Angesichts der folgenden Daten ermitteln Sie das Unternehmen mit dem höchsten Gewinn im Jahr 2021 und geben Sie den Namen seines CEOs an:\na) Unternehmen X, mit CEO Amy Williams, meldete einen Umsatz von 30 Milliarden Dollar und einen Gewinn von 3 Milliarden Dollar im Jahr 2021.\nb) Unternehmen Y, unter der Leitung von CEO Mark Thompson, meldete einen Umsatz von 60 Milliarden Dollar und einen Gewinn von 6 Milliarden Dollar im gleichen Jahr.\nc) Unternehmen Z, unter CEO Sarah Johnson, verkündete einen Umsatz von 20 Milliarden Dollar und einen Gewinn von 7 Milliarden Dollar im Jahr 2021.\nd) Unternehmen W, geleitet von CEO James Smith, gab einen Umsatz von 300 Milliarden Dollar und einen Gewinn von 21 Milliarden Dollar im Jahr 2021 bekannt.\ne) Unternehmen V, mit CEO Lisa Brown, meldete einen Umsatz von 200 Milliarden Dollar und einen Gewinn von 25 Milliarden Dollar im Jahr 2021.\nf) Unternehmen U, unter CEO John White, meldete einen Umsatz von 180 Milliarden Dollar und einen Gewinn von 20 Milliarden Dollar im gleichen Jahr.",
      "Das Unternehmen mit dem höchsten Gewinn im Jahr 2021 ist Unternehmen V mit einem Gewinn von 25 Milliarden Dollar. Der CEO von Unternehmen V ist Lisa Brown.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Können Sie die Bewertungen von Zahlen zu Buchstaben ändern? Großbuchstaben MÜSSEN verwendet werden, wenn die Namen der Telefone geschrieben werden.",
    history: answered(
      "Analysieren Sie die folgenden Kundenbewertungen aus verschiedenen Quellen für drei verschiedene Smartphones - das neueste iPhone, Samsung Galaxy und Google Pixel - und geben Sie eine Gesamtbewertung für jedes Telefon auf einer Skala von 1 bis 10. Berücksichtigen Sie dabei die folgenden komplexen und widersprüchlichen Rezensionen:\n- TechRadars Rezension des neuesten iPhones: Das neue iPhone ist ein atemberaubender Triumph der Technik, der eine neue Messlatte für die Leistung und Bildqualität von Smartphones setzt. Allerdings fehlt ihm aufgrund des inkrementellen Designs und des hohen Preises der 'Wow'-Faktor der vorherigen iPhones. Dennoch sind seine Leistung und Intelligenz konkurrenzlos.\n- CNETs Rezension des neuesten Samsung Galaxy: Das Samsung Galaxy-Telefon hat viele Positivpunkte, darunter ein erstaunlicher Bildschirm, schnelle Leistung, solide Akkulaufzeit und eine beeindruckende Auswahl an Kameraoptionen. Bixby lässt jedoch weiterhin zu wünschen übrig, AR-Emoji wirkt flach und das allgemeine Design des Telefons hat sich nicht viel verändert. Das neue Galaxy ist insgesamt ein großartiges Telefon, hat aber ein paar schwächere Stellen, die es von wahrer Größe abhalten.\n- The Verges Rezension des neuesten Google Pixel: Googles Pixel packt hochmoderne Spezifikationen, innovative, von AI unterstützte Software und eine überzeugende Kamera in ein schlankes Design. Doch das Telefon hat eine schwache Akkulaufzeit, keinen erweiterbaren Speicher und seine Leistung stockt manchmal",
      '{\n  "iPhone": 8.5,\n  "Samsung Galaxy": 7.9,\n  "Google Pixel": 7.6\n}',
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text: "Was sind einige Eck- oder Grenzfälle in Ihrer Lösung? Wie gehen Sie damit um?",
    history: answered(
      "Betrachten Sie einen Satelliten, der sich in einer kreisförmigen Umlaufbahn um die Erde befindet. Die Geschwindigkeit des Satelliten nimmt ab. Was wird mit dem Orbitalradius und der Umlaufperiode des Satelliten geschehen? Bitte begründen Sie Ihre Antwort mit den Prinzipien der Physik.",
      "Wenn die Geschwindigkeit eines Satelliten abnimmt, wird er weniger kinetische Energie haben. Nach dem Gesetz der Erhaltung der Energie muss die potenzielle Energie des Satelliten daher zunehmen, um die Gesamtenergie konstant zu halten. Dies bedeutet, dass der Satellit näher an die Erde heranrücken muss, da die potenzielle Energie in einem Gravitationsfeld mit der Entfernung abnimmt. Daher wird der Orbitalradius des Satelliten abnehmen.\n\nDie Umlaufperiode des Satelliten wird jedoch zunehmen. Dies liegt daran, dass die Umlaufperiode durch das dritte Keplersche Gesetz bestimmt wird, das besagt, dass das Quadrat der Umlaufperiode proportional zum Kubus des mittleren Orbitalradius ist. Wenn der Orbitalradius abnimmt, muss daher die Umlaufperiode zunehmen, um dieses Gesetz zu erfüllen.\n\nZusammenfassend lässt sich sagen, dass bei Abnahme der Geschwindigkeit eines Satelliten der Orbitalradius abnimmt und die Umlaufperiode zunimmt. Dies basiert auf den Prinzipien der Energieerhaltung und dem dritten Keplerschen Gesetz.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "de",
    text:
      "Wie könnten Sie ein konkretes, aber einfaches Experiment entwerfen, um den ersten Einfluss zu validieren?",
    history: answered(
      "Wie haben die Alpen und der Rhein die Besiedlung und Landwirtschaft in Westeuropa beeinflusst? Nennen Sie drei Auswirkungen.",
      "1. Natürliche Barrieren und Handelswege: Die Alpen und der Rhein haben die Besiedlung in Westeuropa stark beeinflusst, indem sie natürliche Barrieren und gleichzeitig Handelswege bildeten. Die Alpen, als großes Gebirgssystem, haben die Bewegung und Migration von Menschen erschwert, was zur Bildung von unterschiedlichen kulturellen und sprachlichen Gruppen in den verschiedenen Alpentälern geführt hat. Der Rhein hingegen, als einer der größten und wichtigsten Flüsse Europas, hat als natürlicher Handelsweg gedient und die Entwicklung von Städten und Gemeinden entlang seiner Ufer gefördert.\n\n2. Landwirtschaftliche Nutzung: Die Alpen und der Rhein haben auch die Landwirtschaft in der Region beeinflusst. In den Alpen ist die Landwirtschaft aufgrund der steilen Hänge und des rauen Klimas oft auf kleinere Flächen und spezialisierte Nutzungen wie die Viehzucht beschränkt. Der Rhein und seine Nebenflüsse hingegen haben fruchtbare Böden geschaffen, die sich gut für den Anbau von Getreide, Obst und Gemüse eignen.\n\n3. Ressourcen und Energie: Die Alpen und der Rhein bieten auch wichtige Ressourcen. Die Alpen sind reich an Mineralien und bieten Holz aus ausgedehnten Wäldern. Sie sind auch eine wichtige Quelle für Wasser, das für die Bewässerung in der Landwirtschaft genutzt wird. Der Rhein liefert ebenfalls Wasser und wurde zudem für die Energieerzeugung genutzt, insbesondere durch Wasserkraftwerke.",
    ),
    source: M2LINGUAL_MT_BENCH_DE,
  },
  {
    lang: "es",
    text: "Tómate un momento para evaluar y criticar tu propia respuesta.",
    history: answered(
      "Redacte un correo electrónico profesional solicitando la retroalimentación de su supervisor sobre el 'Informe Financiero Trimestral' que preparó. Pregunte específicamente acerca del análisis de datos, estilo de presentación y la claridad de las conclusiones extraídas. Mantenga el correo electrónico corto y al punto.",
      "Asunto: Solicitud de Retroalimentación sobre el Informe Financiero Trimestral\n\nEstimado Supervisor,\n\nEspero que este mensaje le encuentre bien. Recientemente, he completado el 'Informe Financiero Trimestral' y me gustaría solicitar su valiosa retroalimentación.\n\nConcretamente, me gustaría conocer sus opiniones sobre el análisis de datos realizado, el estilo de presentación empleado y la claridad de las conclusiones extraídas. Su perspectiva y experiencia serán muy útiles para afinar y mejorar mi trabajo.\n\nPor favor tome el tiempo que considere necesario para revisar el informe y compartir sus comentarios. Estoy abierto a cualquier crítica constructiva y sugerencias que pueda tener para mejorar el contenido y la presentación del informe.\n\nAgradezco de antemano su tiempo y su retroalimentación.\n\nAtentamente,\n\n[Tu nombre]",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Reestructura tu respuesta anterior. Comienza cada frase con la siguiente letra del alfabeto, comenzando desde la B.",
    history: answered(
      "Escribe un párrafo descriptivo sobre un bullicioso mercado, incorporando detalles sensoriales como olores, sonidos y elementos visuales para crear una experiencia inmersiva para el lector.",
      "El mercado rebosaba de vida y actividad, cada rincón un bullicioso hervidero de interacciones humanas. Los sonidos del regateo, las risas y los gritos de los vendedores llenaban el aire, entremezclándose con el estridente canto de los pájaros exóticos en venta. Los olores eran una fusión de frutas frescas, pescado recién pescado, especias terrosas e incienso dulce que se mezclaban en un aroma embriagador que impregnaba cada rincón del lugar. Los puestos de venta eran un arco iris de colores brillantes, con montones de frutas y verduras de todos los matices imaginables, telas multicolores ondeando con la brisa y brillantes joyas que capturaban la luz del sol. El suelo estaba salpicado de sombras danzantes de los toldos que se movían con el viento, creando un tapiz en constante cambio. La energía era vibrante y eléctrica, cada sentido era estimulado y desafiado en este bullicioso mercado.",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Modifica tu respuesta anterior y elimina el uso de pronombres de género.",
    history: answered(
      'Corrige el siguiente párrafo para corregir cualquier error gramatical:\nElla no recordaba dónde estaba su bolso, así que yo pensaba que está en el coche, pero él dice que está en la mesa de la cocina pero no está seguro, y luego me pidieron que lo buscara. Ella dijo: "¿Puedes?", y yo respondí con: "Tal vez, pero no estoy seguro", y él no me escuchó, y , "¿Qué?", pregunta, "¿Lo encontraste?".',
      'Ella no recordaba dónde estaba su bolso, así que yo pensé que estaba en el coche, pero él decía que estaba en la mesa de la cocina, aunque no estaba seguro. Luego me pidieron que lo buscara. Ella preguntó, "¿Puedes?", y yo respondí: "Tal vez, pero no estoy seguro". Él no me escuchó y preguntó, "¿Qué? ¿Lo encontraste?".',
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Enumera los colores de los coches en orden desde el último al primero.",
    history: answered(
      "Traduce la siguiente entrada en español:\nLee atentamente el siguiente pasaje y responde a las preguntas con una explicación:\nEn una pequeña empresa, los espacios de estacionamiento están reservados para los altos ejecutivos: CEO, presidente, vicepresidente, secretario y tesorero, con los espacios alineados en ese orden. El guardia del estacionamiento puede saber de un vistazo si los autos están estacionados correctamente al mirar el color de los autos. Los autos son amarillos, verdes, morados, rojos y azules, y los nombres de los ejecutivos son Alice, Bert, Cheryl, David y Enid.\n* El auto en el primer espacio es rojo.\n* Un auto azul está estacionado entre el auto rojo y el auto verde.\n* El auto en el último espacio es morado.\n* El secretario conduce un auto amarillo.\n* El auto de Alice está estacionado junto al de David.\n* Enid conduce un auto verde.\n* El auto de Bert está estacionado entre los de Cheryl y Enid.\n* El auto de David está estacionado en el último espacio.\nPregunta: ¿Cómo se llama el secretario?",
      "Read the following passage carefully and answer the questions with an explanation:\nIn a small company, parking spaces are reserved for senior executives: CEO, president, vice president, secretary, and treasurer, with spaces lined up in that order. The parking guard can tell at a glance if the cars are parked correctly by looking at the color of the cars. The cars are yellow, green, purple, red, and blue, and the names of the executives are Alice, Bert, Cheryl, David, and Enid.\n* The car in the first space is red.\n* A blue car is parked between the red car and the green car.\n* The car in the last space is purple.\n* The secretary drives a yellow car.\n* Alice's car is parked next to David's.\n* Enid drives a green car.\n* Bert's car is parked between Cheryl's and Enid's.\n* David's car is parked in the last space.\nQuestion: What is the secretary's name?",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Si los asistentes confrontan al grupo de chicas de la situación (c) y ellas niegan estar acosando, afirmando que simplemente estaban jugando un juego, ¿qué evidencia específica deberían buscar los asistentes para determinar si esto es probablemente verdad o una tapadera para el acoso?",
    history: answered(
      "Los padres se han quejado al director sobre el acoso durante el recreo. El director quiere resolver esto rápidamente, instruyendo a los asistentes del recreo a estar vigilantes. ¿Qué situación deberían reportar los asistentes al director?\na) Una niña desinteresada está sentada sola en un banco, absorta en un libro y sin mostrar ninguna interacción con sus compañeros.\nb) Dos chicos participando en un juego de baloncesto uno a uno están involucrados en una discusión acalorada respecto a la última canasta anotada.\nc) Un grupo de cuatro chicas ha rodeado a otra chica y parece haberse apoderado de su mochila.\nd) Tres chicos están agrupados sobre un videojuego portátil, lo cual está en contra de las reglas y no está permitido en el recinto escolar.",
      "Los asistentes deberían reportar la situación c) Un grupo de cuatro chicas ha rodeado a otra chica y parece haberse apoderado de su mochila. Esta situación parece ser un caso de acoso y debe ser abordada de inmediato.",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Continúa desde la pregunta anterior. ¿Cuál es la probabilidad de que saques un número que sea par o al menos 3?",
    history: answered(
      "Al lanzar dos dados, ¿cuál es la probabilidad de que saques un número total que sea al menos 3?",
      "Para calcular la probabilidad de obtener un total de al menos 3 al lanzar dos dados, primero debemos entender cuántos resultados posibles hay. Cuando lanzas dos dados, hay un total de 36 resultados posibles (6 opciones para el primer dado y 6 opciones para el segundo dado).\n\nAhora, veamos cuántos de estos resultados suman al menos 3. Los únicos resultados que suman menos de 3 son (1,1) y (1,2) y (2,1). Eso es un total de 3 resultados que no cumplen con nuestro criterio.\n\nPor lo tanto, hay 36 - 3 = 33 resultados que suman al menos 3.\n\nLa probabilidad de obtener un total de al menos 3 es entonces 33/36 = 0.9167, o 91.67% si lo expresamos como un porcentaje.",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "¿Qué pasa con |x + 10| < 5?",
    history: answered(
      "¿Cuántos números enteros existen en la solución de la desigualdad |x + 5| < 10?",
      "La desigualdad |x + 5| < 10 se puede dividir en dos desigualdades:\n\n1) x + 5 < 10\n2) -(x + 5) < 10\n\nResolviendo estas dos desigualdades obtenemos:\n\n1) x < 10 - 5, por lo tanto, x < 5\n2) -x - 5 < 10, por lo tanto, x > -15\n\nPor lo tanto, la solución de la desigualdad es -15 < x < 5. Los números enteros que satisfacen esta desigualdad son -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4. Por lo tanto, existen 19 números enteros en la solución de la desigualdad.",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Encuentra x tal que f(x) = 0.",
    history: answered(
      "Dado que f(x) = 4x^3 - 9x - 14, encuentra el valor de f(2).",
      "Para encontrar el valor de f(2), simplemente reemplaza x con 2 en la ecuación:\n\nf(2) = 4(2)^3 - 9(2) - 14\n     = 4(8) - 18 - 14\n     = 32 - 18 - 14\n     = 0\n\nPor lo tanto, f(2) = 0.",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "¿Qué tal este?\n\n```\ndef secuencia_comun_mas_larga(X , Y): \n    # Encuentra la longitud de dos cadenas \n    m = len(X) \n    n = len(Y) \n  \n    # Crear una tabla para almacenar los resultados de los subproblemas \n    dp = [[None]*(n+1) for i in range(m+1)] \n  \n    # Llena dp[][] de manera ascendente \n    for i in range(1, m+1): \n        for j in range(1, n+1): \n            if X[i-1] == Y[j-1]: \n                dp[i][j] = dp[i-1][j-1]+1\n            else: \n                dp[i][j] = max(dp[i-1][j], dp[i][j-1]) \n  \n    return dp[m][n]\n```",
    history: answered(
      "Aquí tienes una función en Python para encontrar la longitud de la subsecuencia común más larga de dos cadenas de texto ingresadas. ¿Puedes identificar algún error en esta función?\n\n```\ndef longitud_subsecuencia_comun_mas_larga(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) para _ en rango(m + 1)]\n\n    para i en rango(1, m + 1):\n        para j en rango(1, n + 1):\n            si str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            mas:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n``` \n\nNote: The above is a literal translation and Python keywords 'for', 'in', 'range', 'if', 'else' are not translated. If you prefer Python keywords not to be translated the function should be:\n\n``` \ndef longitud_subsecuencia_comun_mas_larga(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
      "El código que has proporcionado está escrito en español, pero Python no puede interpretar palabras clave en español. Aquí está la versión corregida de tu función en Python:\n\n```python\ndef longitud_subsecuencia_comun_mas_larga(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```\n\nEsta función ahora debería funcionar correctamente en Python.",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "¿Qué pasaría si el problema cambia de un árbol binario a un árbol ternario?",
    history: answered(
      "Un árbol binario está lleno si todos sus vértices tienen cero o dos hijos. Dejemos que B_n denote el número de árboles binarios completos con n vértices. Implementa una función para encontrar B_n.",
      "Para resolver este problema, podemos usar la fórmula de Catalan, que es ampliamente utilizada para contar el número de árboles binarios completos con n vértices. La fórmula de Catalan es la siguiente:\n\nC_n = (1/(n+1)) * (2n choose n)\n\nAquí está la implementación de la función en Python:\n\n```python\nimport math\n\ndef find_Bn(n):\n    # Calcula el número de árboles binarios completos con n vértices usando la fórmula de Catalan\n    return math.comb(2*n, n) // (n + 1)\n\n# Prueba la función\nprint(find_Bn(3))  # Debería imprimir 5\n```\n\nEsta función utiliza la función `math.comb()` para calcular las combinaciones de 2n tomadas de n, y luego divide el resultado por n+1 para obtener el número de árboles binarios completos con n vértices.\n\nPor favor, ten en cuenta que el número de vértices en un árbol binario completo es siempre un número impar. Por lo tanto, la función puede no funcionar correctamente si n es un número par.",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text:
      "Reformula tu respuesta anterior, exprésala en formato JSON e incluye solo libros publicados después de 1980.",
    history: answered(
      "Extrae la siguiente información de los textos presentados: El nombre del libro, el autor, el personaje principal, el año de publicación. Presenta la respuesta en el formato de \"personaje principal, libro, autor, año de publicación\", un libro por línea. \na) En el reino de la literatura sobre magia, se destaca la obra de J.K. Rowling. Uno de sus libros que dejó una huella indeleble es 'Harry Potter y la piedra filosofal'. Este relato icónico, publicado en 1997, narra la historia de Harry, un joven huérfano que descubre sus habilidades mágicas en su 11º cumpleaños. Pronto, se encuentra en la escuela de magia y hechicería de Hogwarts, un lugar lleno de magia y aventura, situado en algún lugar de Escocia.\nb) La magia de la Tierra Media ha encantado a los lectores de todo el mundo, gracias a la brillantez de J.R.R. Tolkien. En una de sus obras seminales, 'El señor de los anillos: La comunidad del anillo', publicada en 1954, conocemos a Frodo Bolsón, un valiente hobbit encargado de la peligrosa misión de destruir el Anillo Único. El épico viaje le lleva de la tranquila comarca a las tumultuosas regiones de la Tierra Media.\nc) En una galaxia muy, muy lejana, la imaginación de L.E. Starlighter nos ofrece 'Las crónicas de la galaxia del prisma: El despertar del stellator'. Publicada en 2028, la historia trata sobre Zylo, un humilde mecánico de naves espaciales, que descubre inesperadamente que es un stellator, una persona rara con el poder de manipular el polvo de estrellas. Con el",
      "Harry, Harry Potter y la piedra filosofal, J.K. Rowling, 1997\nFrodo Bolsón, El señor de los anillos: La comunidad del anillo, J.R.R. Tolkien, 1954\nZylo, Las crónicas de la galaxia del prisma: El despertar del stellator, L.E. Starlighter, 2028",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Por favor, repite la misma tarea usando las palabras 'el', 'y', y 'a'.",
    history: answered(
      'Por favor, lee el siguiente párrafo y cuenta cuántas veces aparecen las palabras "Amazonas", "río" y "tú". Por favor, presenta los resultados en el formato de "palabra, número de apariciones" con cada palabra en una línea separada. Ordena las líneas en orden del número de apariciones.\nEl Amazonas, un fascinante despliegue de las maravillas de la naturaleza, es hogar del legendario río Amazonas. Fluyendo a través de paisajes impresionantes como la selva amazónica, el río serpentea a través de Brasil, Colombia y Perú, dando vida a innumerables criaturas. Desde los poderosos jaguares que merodean la selva amazónica hasta los vibrantes guacamayos que vuelan sobre el dosel, esta notable región está llena de biodiversidad. En lo profundo de las corrientes del río, magníficos delfines de río rosados se deslizan grácilmente junto a pirañas y anguilas eléctricas. A lo largo de las orillas del río, encontrarás bulliciosas ciudades como Manaus, donde lo urbano se encuentra con lo salvaje, e Iquitos, una puerta de entrada al corazón de la selva amazónica. A medida que avanzas, el río Amazonas revela joyas ocultas como el cautivador archipiélago de Anavilhanas, un mosaico de islas llenas de especies raras. Embárcate en una aventura, explora el encantador río Amazonas y sumérgete en un mundo lleno de vida y belleza salvaje.',
      "Amazonas, 4 apariciones\nrío, 5 apariciones\ntú, 0 apariciones",
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Por favor, reorganiza las ecuaciones y utiliza 'a', 'b', 'c', 'd', etc. como variables.",
    history: answered(
      "Dado un conjunto de ecuaciones complejas, extraiga todos los nombres de variables únicos de cada ecuación. Devuelva los resultados como una cadena JSON, con una línea asignada para cada ecuación.\n```\n1) y = (3/4)x^3 - e^(2x) + sen(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * sum(N=1 a 5; ln(N)^2) = 5D*integral(a=0 a pi; cos(comb(N=1 a 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
      'Aquí están los nombres de las variables únicas de cada ecuación:\n\n1) Para la primera ecuación, las variables son: ["x", "y"]\n\n2) Para la segunda ecuación, las variables son: ["A", "B", "C", "D", "N"]\n\n3) Para la tercera ecuación, las variables son: ["E", "m", "c", "gamma", "v", "d", "alpha", "beta"]\n\nEn formato JSON, esto se vería así:\n\n```json\n{\n  "ecuacion1": ["x", "y"],\n  "ecuacion2": ["A", "B", "C", "D", "N"],\n  "ecuacion3": ["E", "m", "c", "gamma", "v", "d", "alpha", "beta"]\n}\n```',
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Identifica y corrige un hecho incorrecto en tu respuesta anterior.",
    history: answered(
      "¿Cuál es el dogma central de la biología molecular? ¿Qué procesos están involucrados? ¿Quién nombró esto?",
      'El dogma central de la biología molecular es un concepto que proporciona el marco para entender cómo funciona la información genética en las células vivas. Este dogma establece que la información genética fluye de manera unidireccional: del ADN al ARN y luego a las proteínas. \n\nLos procesos involucrados en este flujo de información son:\n\n1. Replicación del ADN: Este es el proceso por el cual una molécula de ADN se duplica para generar dos copias idénticas. Este proceso es esencial para la división celular.\n\n2. Transcripción: En este proceso, la información genética del ADN se copia a una molécula de ARN mensajero (ARNm).\n\n3. Traducción: Aquí, la información genética en el ARNm se traduce para formar una cadena de aminoácidos, que luego se pliega para formar una proteína.\n\nEl término "dogma central" fue acuñado por el biólogo molecular Francis Crick en 1958. Sin embargo, es importante mencionar que este "dogma" ha sido revisado y ampliado con el tiempo, a medida que los científicos han descubierto más sobre la complejidad de la genética y la biología molecular. Por ejemplo, ahora sabemos que también existe la transcripción inversa, donde el ARN se convierte de nuevo en ADN, un proceso que es fundamental para la replicación de ciertos virus como el VIH.',
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "es",
    text: "Escribe un plan concreto para tu segundo ejemplo. Incluye estimaciones de presupuesto.",
    history: answered(
      'Comparte ideas para adaptar obras maestras del arte en experiencias interactivas para niños. Lista 5 obras de arte específicas y las ideas asociadas.\n\n1. "La noche estrellada" de Vincent Van Gogh - Podría convertirse en una actividad de pintura en la que se les proporcionan a los niños los colores utilizados por Van Gogh y se les permite recrear la obra maestra o darle su propio giro.\n\n2. "La última cena" de Leonardo Da Vinci - Una actividad interactiva podría involucrar a los niños en una representación teatral de la pintura, aprendiendo sobre su historia y significado.\n\n3. "Las Meninas" de Velázquez - Un rompecabezas en 3D que permita a los niños entender la profundidad y las diferentes perspectivas presentes en este cuadro.\n\n4. "El Grito" de Edvard Munch - Podría convertirse en una actividad de narración de cuentos donde los niños podrían inventar su propia historia sobre lo que el sujeto pudo haber visto para justificar su expresión en la pintura.\n\n5. "La persistencia de la memoria" de Salvador Dalí - Crear su propia interpretación del cuadro utilizando plastilina u otros materiales moldeables.',
      '6. "El nacimiento de Venus" de Botticelli - Podría convertirse en una actividad de manualidades donde los niños pueden crear su propia versión de Venus utilizando materiales reciclados.\n\n7. "La Mona Lisa" de Leonardo Da Vinci - Una actividad interactiva podría ser un juego de adivinanzas donde los niños tienen que adivinar las emociones que Mona Lisa podría estar sintiendo.\n\n8. "El jardín de las delicias" de Hieronymus Bosch - Los niños podrían explorar la pintura a través de una actividad de búsqueda del tesoro, encontrando diferentes elementos y criaturas en la pintura.\n\n9. "La danza" de Henri Matisse - Los niños podrían recrear la pintura a través de una actividad de danza, moviéndose al ritmo de la música y recreando las formas y movimientos de los personajes de la pintura.\n\n10. "El Guernica" de Pablo Picasso - Los niños podrían aprender sobre la historia detrás de la pintura y luego recrearla utilizando bloques de construcción o piezas de Lego.',
    ),
    source: M2LINGUAL_MT_BENCH_ES,
  },
  {
    lang: "fr",
    text: "Prenez un moment pour évaluer et critiquer votre propre réponse.",
    history: answered(
      "Objet : Demande de retour sur le 'Rapport Financier Trimestriel'\n\nCher(e) [Nom du superviseur],\n\nJ'espère que vous allez bien. J'ai récemment terminé le 'Rapport Financier Trimestriel' et j'aimerais solliciter vos précieux commentaires pour m'aider à identifier les domaines d'amélioration.\n\nPlus précisément, j'aimerais avoir votre avis sur l'analyse des données, le style de présentation, ainsi que la clarté des conclusions qui ont été tirées. Ces éléments, comme vous le savez, sont cruciaux pour assurer la qualité et l'efficacité de notre travail en finance.\n\nJe vous remercie d'avance pour le temps que vous consacrerez à examiner mon rapport. J'apprécie énormément vos conseils et recommandations.\n\nDans l'attente de vos retours, je vous souhaite une excellente journée.\n\nCordialement,\n[Votre nom]",
      "Cher [Nom du superviseur],\n\nJ'espère que vous allez bien. J'ai récemment terminé le 'Rapport Financier Trimestriel' et j'aimerais solliciter vos précieux commentaires pour m'aider à identifier les domaines d'amélioration.\n\nPlus précisément, j'aimerais avoir votre avis sur l'analyse des données, le style de présentation, et la clarté des conclusions qui ont été tirées. Ces éléments, comme vous le savez, sont cruciaux pour assurer la qualité et l'efficacité de notre travail en finance.\n\nJe vous remercie d'avance pour le temps que vous consacrerez à examiner mon rapport. J'apprécie énormément vos conseils et recommandations.\n\nDans l'attente de vos retours, je vous souhaite une excellente journée.\n\nCordialement,\n[Votre nom]",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Reformulez votre réponse précédente. Commencez chaque phrase avec la lettre suivante de l'alphabet, en commençant par B.",
    history: answered(
      "Rédigez un paragraphe descriptif sur un marché animé, incorporant des détails sensoriels tels que les odeurs, les sons et les éléments visuels pour créer une expérience immersive pour le lecteur.",
      "Le marché grouille de vie, un patchwork animé de couleurs, de sons et d'odeurs. Des rangées de stands colorés s'étendent à perte de vue, chacun débordant de produits frais. Le vert chatoyant des légumes fraîchement cueillis se mêle au rouge et au jaune vif des fruits juteux. Le parfum piquant des épices fraîches emplit l'air, se mêlant à l'odeur sucrée des pâtisseries et à l'arôme délicat de fleurs fraîches. Des marchands crient leurs offres du jour, leur voix se mêlant à la cacophonie des conversations, des rires et du bruit des pièces de monnaie qui changent de main. Tout autour, les gens se déplacent, négocient, discutent et rient, ajoutant à l'effervescence générale de ce marché animé. Le marché est plus qu'un lieu d'achat, c'est une expérience sensorielle, une immersion totale dans la culture locale.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Modifiez votre réponse précédente et éliminez l'utilisation de pronoms genrés.",
    history: answered(
      'Corrigez le paragraphe suivant pour corriger toutes les erreurs grammaticales :\nElle ne se souvenait pas où est son sac, donc je pense qu\'il est dans la voiture mais il dit qu\'il est sur la table de la cuisine mais il n\'est pas sûr, et ensuite ils m\'ont demandé de le chercher, elle dit, "Peux-tu ?", et je réponds "Peut-être, mais je ne suis pas sûr," et il ne m\'a pas entendu, et, "Quoi?", il demande, "L\'as-tu trouvé ?".',
      "Elle ne se souvenait pas où était son sac. J'ai pensé qu'il était dans la voiture, mais il a dit qu'il était sur la table de la cuisine sans en être sûr. Ensuite, ils m'ont demandé de le chercher. Elle a demandé, \"Peux-tu ?\" et j'ai répondu \"Peut-être, mais je ne suis pas sûr.\" Il ne m'a pas entendu, et a demandé, \"Quoi ? L'as-tu trouvé ?\"",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Si nous changeons la question précédente et supposons que chaque sœur de David a deux frères, combien de frères David aurait-il?",
    history: answered(
      "David a trois soeurs. Chacune d'elles a un frère. Combien de frères David a-t-il?",
      "David a un frère. Le texte indique que chaque sœur a un frère, ce qui signifie qu'il n'y a qu'un seul frère, c'est-à-dire David lui-même.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Dans quelle direction était orienté Suresh ? Comment résolvez-vous cela ?",
    history: answered(
      "Un matin après le lever du soleil, Suresh se tenait face à un poteau. L'ombre du poteau tombait exactement à sa droite. Pouvez-vous me dire dans quelle direction pointait l'ombre - est, sud, ouest ou nord? Expliquez les étapes de votre raisonnement.",
      "Suresh se tenait face à un poteau le matin après le lever du soleil. Le soleil se lève à l'est et se couche à l'ouest. Donc, le matin, l'ombre d'un objet est toujours projetée vers l'ouest car le soleil est à l'est. \n\nSi l'ombre du poteau tombait exactement à la droite de Suresh, cela signifie que Suresh devait faire face au nord. Par conséquent, l'ombre pointait vers l'ouest.\n\nVoici les étapes de mon raisonnement:\n\n1. Le soleil se lève à l'est, donc le matin, l'ombre est projetée vers l'ouest.\n2. Si l'ombre est à la droite de Suresh, cela signifie qu'il fait face au nord.\n3. Par conséquent, l'ombre pointe dans la direction opposée à celle de Suresh, c'est-à-dire vers l'ouest.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Si la startup maintient la même stratégie pour la troisième année, investissant la moitié du montant de l'année précédente dans le développement de logiciels, combien investiront-ils la troisième année?",
    history: answered(
      "Une startup technologique investit 8000 $ dans le développement de logiciels la première année, puis investit la moitié de ce montant dans le développement de logiciels la deuxième année.\nQuel est le montant total que la startup a investi dans le développement de logiciels sur les deux années?",
      "La startup a investi 8000 $ la première année. La deuxième année, elle a investi la moitié de ce montant, soit 8000 $ / 2 = 4000 $. \n\nDonc, le montant total investi sur les deux années est de 8000 $ + 4000 $ = 12000 $.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Exprimez z-x en y",
    history: answered(
      "x+y = 4z, x*y = 4z^2, exprime x-y en z",
      "Pour exprimer x-y en termes de z, nous devons d'abord exprimer x et y en termes de z à partir des équations données.\n\nDe la première équation, nous avons:\n\nx = 4z - y ...(1)\n\nDe la deuxième équation, nous avons:\n\ny = 4z^2 / x ...(2)\n\nEn substituant l'équation (2) dans l'équation (1), nous obtenons:\n\nx = 4z - 4z^2 / x\n\nEn multipliant chaque côté par x, nous obtenons:\n\nx^2 = 4zx - 4z^2\n\nEn réarrangeant, nous obtenons:\n\nx^2 + 4z^2 - 4zx = 0\n\nC'est une équation quadratique en x. En utilisant la formule quadratique, nous obtenons:\n\nx = [4z ± sqrt((4z)^2 - 4*4z^2)] / (2*1)\nx = [4z ± sqrt(16z^2 - 16z^2)] / 2\nx = [4z ± 0] / 2\nx = 2z\n\nEn substituant x = 2z dans l'équation (1), nous obtenons:\n\ny = 4z - 2z = 2z\n\nDonc, x - y = 2z - 2z = 0\n\nDonc, x - y en termes de z est 0.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Supposons que Benjamin décide de vendre chacun de ces livres avec une majoration de 25% par rapport au prix qu'il les a achetés. Quel serait son chiffre d'affaires total s'il vendait tous les livres qu'il a achetés?",
    history: answered(
      "Benjamin est allé dans une librairie et a acheté une variété de livres. Il a acheté 5 exemplaires d'un roman de science-fiction, chacun au prix de 20 $, 3 exemplaires d'un livre d'histoire au prix de 30 $ chacun, et 2 exemplaires d'un livre de philosophie pour 45 $ chacun.\nQuel était le coût total de ses achats ?",
      "Pour calculer le coût total des achats de Benjamin, nous devons multiplier le nombre de chaque type de livre par leur prix respectif, puis additionner le tout.\n\nPour les romans de science-fiction : 5 livres * 20 $ = 100 $\nPour les livres d'histoire : 3 livres * 30 $ = 90 $\nPour les livres de philosophie : 2 livres * 45 $ = 90 $\n\nEnsuite, nous additionnons ces montants pour obtenir le coût total : 100 $ + 90 $ + 90 $ = 280 $\n\nDonc, le coût total des achats de Benjamin était de 280 $.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Qu'en est-il de celle-ci ?\n\n```\ndef longest_common_subsequence(X , Y): \n    # Trouver les longueurs des deux chaînes \n    m = len(X) \n    n = len(Y) \n  \n    # Créer un tableau pour stocker les résultats des sous-problèmes \n    dp = [[None]*(n+1) for i in range(m+1)] \n  \n    # Remplir dp[][] de manière ascendante\n    for i in range(1, m+1): \n        for j in range(1, n+1): \n            if X[i-1] == Y[j-1]: \n                dp[i][j] = dp[i-1][j-1]+1\n            else: \n                dp[i][j] = max(dp[i-1][j], dp[i][j-1]) \n  \n    return dp[m][n]\n```",
    history: answered(
      "Voici une fonction Python pour trouver la longueur de la plus longue sous-séquence commune de deux chaînes de caractères en entrée. Pouvez-vous identifier un bug dans cette fonction?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
      "La fonction Python que vous avez fournie semble correcte. Elle utilise une approche de programmation dynamique pour trouver la longueur de la plus longue sous-séquence commune (LCS) de deux chaînes de caractères. \n\nElle crée d'abord une matrice dp de taille (m+1) x (n+1) où m et n sont les longueurs des chaînes str1 et str2 respectivement. Cette matrice est utilisée pour stocker les longueurs des LCS intermédiaires. \n\nEnsuite, elle remplit cette matrice en utilisant une boucle imbriquée. Si les caractères actuels dans str1 et str2 sont les mêmes, elle met à jour dp[i][j] comme la longueur de la LCS jusqu'à présent plus un. Sinon, elle met à jour dp[i][j] comme le maximum de la longueur de la LCS sans le caractère actuel dans str1 ou str2.\n\nEnfin, elle renvoie la valeur de dp[m][n] qui est la longueur de la LCS des deux chaînes entières.\n\nDonc, à première vue, il n'y a pas de bug dans cette fonction.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Mettez à jour votre réponse précédente en incluant la date de sortie dans le contenu JSON.",
    history: answered(
      "Évaluez les critiques de film suivantes sur une échelle de 1 à 5, avec 1 étant très négatif, 3 étant neutre et 5 étant très positif:\n1. Ce film sorti le 18 novembre 2019 était phénoménal. La cinématographie, le jeu des acteurs, l'intrigue - tout était de premier ordre.\n2. Jamais auparavant je n'avais été si déçu par un film. L'intrigue était prévisible et les personnages étaient unidimensionnels. À mon avis, ce film est le pire qui ait été sorti en 2022.\n3. Le film était correct. Il y avait des parties que j'ai appréciées, mais il y avait aussi des parties qui manquaient de l'intérêt. C'est un film qui est sorti en février 2018 et qui semble être assez ordinaire.\nRenvoyez la réponse sous la forme d'un tableau JSON d'entiers.",
      '[\n  {\n    "Critique": "Ce film sorti le 18 novembre 2019 était phénoménal. La cinématographie, le jeu des acteurs, l\'intrigue - tout était de premier ordre.",\n    "Évaluation": 5\n  },\n  {\n    "Critique": "Jamais auparavant je n\'avais été si déçu par un film. L\'intrigue était prévisible et les personnages étaient unidimensionnels. À mon avis, ce film est le pire qui ait été sorti en 2022.",\n    "Évaluation": 1\n  },\n  {\n    "Critique": "Le film était correct. Il y avait des parties que j\'ai appréciées, mais il y avait aussi des parties qui manquaient de l\'intérêt. C\'est un film qui est sorti en février 2018 et qui semble être assez ordinaire.",\n    "Évaluation": 3\n  }\n]',
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Quelle entreprise a eu la marge bénéficiaire la plus élevée (rapport bénéfice/revenu) ?",
    history: answered(
      "Étant donné les données suivantes, identifiez l'entreprise ayant réalisé le plus grand bénéfice en 2021 et fournissez le nom de son PDG :\na) L'entreprise X, dirigée par PDG Amy Williams, a annoncé 30 milliards de dollars de revenus et un bénéfice de 3 milliards de dollars en 2021.\nb) L'entreprise Y, dirigée par le PDG Mark Thompson, a affiché des revenus de 60 milliards de dollars et un bénéfice de 6 milliards de dollars la même année.\nc) L'entreprise Z, dirigée par PDG Sarah Johnson, a annoncé un revenu de 20 milliards de dollars et un bénéfice de 7 milliards de dollars en 2021.\nd) L'entreprise W, dirigée par PDG James Smith, a révélé un revenu de 300 milliards de dollars et un bénéfice de 21 milliards de dollars en 2021.\ne) L'entreprise V, avec PDG Lisa Brown, a rapporté un revenu de 200 milliards de dollars et un bénéfice de 25 milliards de dollars en 2021.\nf) L'entreprise U, dirigée par le PDG John White, a affiché un revenu de 180 milliards de dollars et un bénéfice de 20 milliards de dollars la même année.",
      "L'entreprise ayant réalisé le plus grand bénéfice en 2021 est l'entreprise V avec un bénéfice de 25 milliards de dollars. Son PDG est Lisa Brown.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text:
      "Maintenant, raccourcissez l'objet JSON en remplaçant chaque valeur par sa première lettre. Veuillez sortir tout en une seule ligne sans utiliser d'indentation ou créer de nouvelles lignes.",
    history: answered(
      "Identifiez les entités nommées (personnes, organisations, lieux) mentionnées dans l'article de presse donné. Veuillez générer un dictionnaire JSON qui répertorie les entités nommées en trois groupes distincts basés sur leurs types d'entités. La clé est le type d'entité et la valeur est une liste de chaînes.\n\nHier, Adamson Emerson, le PDG de Faraday, et Dieter Zetsche, le PDG de Daimler AG, ont annoncé des plans pour construire une nouvelle Gigafactory à Berlin. L'installation sera une entreprise commune entre Faraday et Daimler, produisant des véhicules électriques et des packs de batteries pour les deux entreprises, créant des milliers d'opportunités d'emploi dans la région. Emerson et Zetsche ont déclaré que la localisation stratégique de Berlin, couplée à sa main-d'œuvre qualifiée et à sa solide infrastructure, en fait un choix idéal pour l'expansion. La nouvelle Gigafactory vise à répondre à la demande croissante de véhicules électriques en Europe et à contribuer à un avenir durable. Herbert Diess, PDG de Volkswagen, a accueilli la nouvelle, disant qu'une plus grande collaboration bénéficiera à la transition de l'industrie automobile vers l'e-mobilité.",
      '{\n  "Personnes": ["Adamson Emerson", "Dieter Zetsche", "Herbert Diess"],\n  "Organisations": ["Faraday", "Daimler AG", "Volkswagen"],\n  "Lieux": ["Berlin"]\n}',
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Quelles hypothèses avez-vous faites dans votre réponse? Sont-elles valides?",
    history: answered(
      "Dans le domaine de la physique quantique, qu'est-ce que la superposition, et comment se rapporte-t-elle au phénomène de l'intrication quantique?",
      "La superposition est un concept fondamental en physique quantique qui stipule qu'un système quantique peut exister dans plusieurs états à la fois. Cela signifie qu'un électron, par exemple, peut être à la fois dans un état \"spin up\" et \"spin down\" jusqu'à ce qu'il soit mesuré. Une fois mesuré, l'électron \"choisit\" un de ces états. C'est ce qu'on appelle l'effondrement de la fonction d'onde.\n\nL'intrication quantique, d'autre part, est un phénomène qui se produit lorsque deux particules ou plus deviennent liées de telle sorte que l'état de l'une affecte instantanément l'état de l'autre, peu importe la distance qui les sépare. Cela signifie que si deux particules sont intriquées et que l'une est mesurée, l'état de l'autre particule est immédiatement connu, même si elle est à l'autre bout de l'univers.\n\nLa superposition et l'intrication sont liées en ce sens que l'intrication est souvent décrite comme une superposition d'états de deux particules ou plus. Par exemple, deux particules intriquées peuvent être dans une superposition d'états où, si la première particule est dans l'état \"spin up\", la deuxième est dans l'état \"spin down\", et vice versa. Cependant, il est important de noter que ces deux concepts, bien que liés, sont distincts et ont des implications différentes en physique quantique.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Comment pouvons-nous inverser ce processus ?",
    history: answered(
      "Décrivez le processus et écrivez l'équation chimique équilibrée pour la réaction qui se produit lorsque le carbonate de calcium solide réagit avec l'acide chlorhydrique pour former du chlorure de calcium aqueux, du dioxyde de carbone et de l'eau. Quel type de réaction est-ce, et quelles observations pourraient indiquer que la réaction a lieu?",
      "Le processus de réaction entre le carbonate de calcium solide (CaCO3) et l'acide chlorhydrique (HCl) pour former du chlorure de calcium aqueux (CaCl2), du dioxyde de carbone (CO2) et de l'eau (H2O) est une réaction d'acide-base, plus précisément une réaction d'acide avec un carbonate. \n\nL'équation chimique équilibrée pour cette réaction est la suivante :\n\nCaCO3(s) + 2HCl(aq) -> CaCl2(aq) + CO2(g) + H2O(l)\n\nDans cette équation, le (s) après CaCO3 indique qu'il est solide, le (aq) après HCl et CaCl2 indique qu'ils sont en solution aqueuse, le (g) après CO2 indique qu'il est un gaz, et le (l) après H2O indique qu'il est liquide.\n\nCette réaction est une réaction d'acide-base, où l'acide chlorhydrique (HCl) réagit avec le carbonate de calcium (CaCO3) pour former du chlorure de calcium (CaCl2), du dioxyde de carbone (CO2) et de l'eau (H2O). C'est aussi une réaction de déplacement double, où les ions dans les composés échangent des partenaires.\n\nLes observations qui pourraient indiquer que la réaction a lieu comprennent l'effervescence ou la formation de bulles, qui est due à la libération de dioxyde de carbone (CO2). De plus, si la réaction est effectuée dans une solution, la solution pourrait devenir claire à mesure que le carbonate de calcium solide se dissout pour former du chlorure de calcium aqueux.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "fr",
    text: "Écrivez un poème allégorique qui illustre ce qui précède.",
    history: answered(
      "Comment les étapes de la vie façonnent-elles notre compréhension du temps et de la mortalité?",
      "Les différentes étapes de la vie ont un impact significatif sur notre compréhension du temps et de la mortalité. Voici comment:\n\n1. Enfance: Pendant l'enfance, notre compréhension du temps est assez limitée. Les enfants ont tendance à vivre dans le moment présent et ont du mal à comprendre le concept de la mortalité.\n\n2. Adolescence: À l'adolescence, nous commençons à comprendre le passage du temps et la mortalité. C'est souvent à ce stade que nous commençons à réaliser que la vie est finie et que la mort est inévitable.\n\n3. Âge adulte: À l'âge adulte, nous avons une compréhension plus profonde du temps et de la mortalité. Nous commençons à planifier l'avenir, à penser à la retraite, à la santé et à la fin de vie. La mortalité devient plus réelle à mesure que nous vieillissons et que nous perdons des êtres chers.\n\n4. Vieillesse: À mesure que nous vieillissons, notre perception du temps semble s'accélérer. Les jours, les mois et les années semblent passer plus vite. La mortalité devient une réalité plus proche et plus tangible.\n\nChaque étape de la vie offre une perspective différente sur le temps et la mortalité, façonnant notre compréhension et notre expérience de ces concepts.",
    ),
    source: M2LINGUAL_MT_BENCH_FR,
  },
  {
    lang: "it",
    text: "Prenditi un momento per valutare e criticare la tua stessa risposta.",
    history: answered(
      "Oggetto: Richiesta di Feedback sul 'Rapporto Finanziario Trimestrale'\n\nGentile Supervisore,\n\nSpero che lei stia bene. Sto scrivendo per richiedere un feedback sul 'Rapporto Finanziario Trimestrale' che ho preparato recentemente.\n\nIn particolare, sarei molto interessato a conoscere il suo parere in merito all'analisi dei dati, allo stile di presentazione, e alla chiarezza delle conclusioni tratte dal rapporto. Il suo punto di vista sarà certamente prezioso per me per migliorare ulteriormente il mio lavoro.\n\nPrendo questa opportunità per ringraziarla in anticipo per il tempo dedicato alla revisione del mio lavoro. Attendendo con interesse i suoi commenti constructivi, le mando i miei migliori saluti.\n\nCordiali saluti,\n[Tuo Nome]",
      "Subject: Request for Feedback on 'Quarterly Financial Report'\n\nDear Supervisor,\n\nI hope this message finds you well. I am writing to request your feedback on the 'Quarterly Financial Report' I recently prepared.\n\nSpecifically, I am very interested in hearing your views on the data analysis, presentation style, and clarity of the conclusions drawn from the report. Your perspective will certainly be valuable to me in further improving my work.\n\nI take this opportunity to thank you in advance for the time dedicated to reviewing my work. Looking forward to your constructive comments, I send you my best regards.\n\nBest regards,\n[Your Name]",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Rielabora la tua risposta precedente. Inizia ogni frase con la lettera successiva dell'alfabeto, partendo da B.",
    history: answered(
      "Scrivi un paragrafo descrittivo su un mercato pieno di vita, incorporando dettagli sensoriali come odori, suoni ed elementi visivi per creare un'esperienza coinvolgente per il lettore.",
      "Il mercato brulica di vita, un caleidoscopio di colori, suoni e odori che si fondono in un unico vortice di energia. Stoffe multicolori di bancarelle danzano al ritmo della brezza, formando un arcobaleno di tonalità brillanti sotto il sole accecante. I venditori, con le loro voci forti e accattivanti, reclamano l'attenzione dei passanti, annunciando i loro prodotti con orgoglio e passione: frutti succulenti che profumano di terra e sole, spezie esotiche che riempiono l'aria con il loro aroma pungente e inebriante, pietanze cotte alla brace che diffondono un odore di legna bruciata. Risate, chiacchiere, il tramestio dei passi e il tintinnio di monete completano l'inconfondibile sinfonia del mercato. Mentre ti inoltri in questo dedalo di vita, ogni senso è stimolato, ogni percezione amplificata, in un'esperienza coinvolgente e vivida che rimane impressa nella memoria.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      'Se la "seconda persona" viene cambiata in "ultima persona" nella domanda precedente, qual sarebbe la risposta?',
    history: answered(
      "Immagina di partecipare a una corsa con un gruppo di persone. Se hai appena superato la seconda persona, qual è la tua posizione attuale? Dove si trova la persona che hai appena superato?",
      "Se hai appena superato la seconda persona, ora sei al secondo posto. La persona che hai appena superato si trova ora al terzo posto.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Se cambiamo la domanda precedente e supponiamo che ogni sorella di David abbia due fratelli, quanti fratelli avrebbe David?",
    history: answered(
      "David ha tre sorelle. Ognuna di loro ha un fratello. Quanti fratelli ha David?",
      "David ha un fratello. Non importa quante sorelle abbia, la domanda specifica che ogni sorella ha un fratello, quindi stiamo parlando dello stesso fratello per ogni sorella.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Se gli assistenti si confrontano con il gruppo di ragazze della situazione (c) e queste negano di fare bullismo, sostenendo di aver semplicemente giocato, quali prove specifiche dovrebbero cercare gli assistenti per determinare se questa è una probabile verità o un tentativo di coprire il bullismo?",
    history: answered(
      "I genitori si sono lamentati con il preside per il bullismo durante la ricreazione. Il preside vuole risolvere rapidamente la situazione, dando istruzioni agli aiutanti della ricreazione di essere vigili. Quale situazione dovrebbero segnalare gli aiutanti al preside?\na) Una ragazza disimpegnata è seduta da sola su una panchina, assorta in un libro e non sta interagendo con i suoi coetanei.\nb) Due ragazzi impegnati in una partita uno contro uno di basket sono coinvolti in un'accesa discussione riguardo all'ultimo canestro segnato.\nc) Un gruppo di quattro ragazze ha circondato un'altra ragazza e sembra aver preso possesso del suo zaino.\nd) Tre ragazzi sono accovacciati intorno a un videogioco portatile, il che è contro le regole e non è permesso nel recinto della scuola.",
      "Gli aiutanti dovrebbero segnalare al preside la situazione c) Un gruppo di quattro ragazze ha circondato un'altra ragazza e sembra aver preso possesso del suo zaino. Questa situazione potrebbe indicare un possibile caso di bullismo.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Se selezioniamo uno studente a cui piace il verde, qual è la probabilità che a lui o lei non piacciano entrambi i colori?",
    history: answered(
      "In un sondaggio condotto in una scuola superiore locale, sono state misurate le preferenze per un nuovo colore della scuola: il 58% degli studenti ha apprezzato il colore blu, il 45% ha preferito il verde, e il 22% ha apprezzato entrambi i colori. Se scegliamo a caso uno studente dalla scuola, qual è la probabilità che non gli piaccia né il blu né il verde?",
      "Per risolvere questo problema, dobbiamo prima capire che la percentuale totale degli studenti che hanno apprezzato almeno uno dei colori è superiore al 100%. Questo è dovuto al fatto che il 22% degli studenti ha apprezzato entrambi i colori, quindi sono stati contati due volte.\n\nPer trovare la percentuale totale degli studenti che hanno apprezzato almeno uno dei colori, sommiamo le percentuali per il blu e il verde e poi sottraiamo la percentuale che ha apprezzato entrambi i colori (perché sono stati contati due volte):\n\n58% (blu) + 45% (verde) - 22% (entrambi) = 81%\n\nQuindi, l'81% degli studenti ha apprezzato almeno uno dei colori.\n\nPer trovare la percentuale degli studenti che non hanno apprezzato né il blu né il verde, sottraiamo questa percentuale dal 100%:\n\n100% - 81% = 19%\n\nQuindi, la probabilità che uno studente scelto a caso non apprezzi né il blu né il verde è del 19%.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Cosa succede se |x + 10| < 5",
    history: answered(
      "Quanti interi sono nella soluzione della disuguaglianza |x + 5| < 10",
      "La disuguaglianza |x + 5| < 10 può essere risolta come due disuguaglianze separate: x + 5 < 10 e -x - 5 < 10.\n\nRisolvendo queste due disuguaglianze otteniamo:\n\nx < 5 per la prima disuguaglianza e x > -15 per la seconda.\n\nQuindi la soluzione della disuguaglianza originale è -15 < x < 5.\n\nGli interi che soddisfano questa disuguaglianza sono: -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4. \n\nQuindi ci sono 19 interi nella soluzione della disuguaglianza.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Trova x tale che f(x) = 0.",
    history: answered(
      "Dato che f(x) = 4x^3 - 9x - 14, trova il valore di f(2).",
      "Per trovare il valore di f(2), sostituisci x con 2 nell'equazione:\n\nf(2) = 4(2)^3 - 9(2) - 14\n     = 4(8) - 18 - 14\n     = 32 - 18 - 14\n     = 0.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "E se non fosse un albero binario?",
    history: answered(
      "Scrivi una funzione per trovare l'antenato comune più alto (non LCA) di due nodi in un albero binario.",
      "In Python, potresti scrivere una funzione come questa per trovare l'antenato comune più alto di due nodi in un albero binario. Questa funzione assume che i due nodi esistano nell'albero.\n\n```python\nclass Nodo:\n    def __init__(self, chiave):\n        self.chiave = chiave\n        self.sinistra = None\n        self.destra = None\n\ndef trovaPercorso(radice, percorso, k):\n    if radice is None:\n        return False\n    percorso.append(radice.chiave)\n    if radice.chiave == k:\n        return True\n    if ((radice.sinistra != None and trovaPercorso(radice.sinistra, percorso, k)) or\n            (radice.destra!= None and trovaPercorso(radice.destra, percorso, k))):\n        return True\n    percorso.pop()\n    return False\n\ndef trovaAntenatoComune(radice, n1, n2):\n    percorso1 = []\n    percorso2 = []\n    if (not trovaPercorso(radice, percorso1, n1) or not trovaPercorso(radice, percorso2, n2)):\n        return -1\n    i = 0\n    while(i < len(percorso1) and i < len(percorso2)):\n        if percorso1[i] != percorso2[i]:\n            break\n        i += 1\n    return percorso1[i-1]\n```\n\nIn questa implementazione, `trovaPercorso` è una funzione ausiliaria che riempie il percorso da radice a un nodo dato. `trovaAntenatoComune` usa questa funzione per trovare i percorsi a n1 e n2. Una volta trovati i percorsi, scorre attraverso entrambi i percorsi fino a vedere un nodo diverso. L'ultimo nodo comune prima del nodo diverso è l'antenato comune più alto.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "E se il problema passasse da un albero binario a un albero ternario?",
    history: answered(
      "Un albero binario è pieno se tutti i suoi vertici hanno zero o due figli. Chiamiamo B_n il numero di alberi binari pieni con n vertici. Implementa una funzione per trovare B_n.",
      'Per risolvere questo problema, possiamo utilizzare la formula di Catalan, che è una sequenza di numeri naturali che appare in vari problemi di conteggio, tra cui il conteggio degli alberi binari pieni. La formula di Catalan è data da:\n\nC_n = (1 / (n+1)) * (2n choose n)\n\nDove "choose" è la funzione binomiale. In Python, possiamo implementare questa formula utilizzando la libreria `math` per le operazioni di fattoriale e binomiali.\n\nEcco come potrebbe apparire la funzione:\n\n```python\nimport math\n\ndef num_full_binary_trees(n):\n    if n % 2 == 0:  # Il numero di vertici deve essere dispari per un albero binario pieno\n        n = n // 2  # Dividiamo per 2 perché stiamo contando coppie di vertici\n        return math.factorial(2*n) // (math.factorial(n+1) * math.factorial(n))\n    else:\n        return 0\n```\n\nQuesta funzione restituisce il numero di alberi binari pieni con `n` vertici. Se `n` è pari, restituisce 0 perché un albero binario pieno deve avere un numero dispari di vertici.',
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Riformula la tua risposta precedente, esprimila in formato JSON e includi solo i libri pubblicati dopo il 1980.",
    history: answered(
      "Estrai le seguenti informazioni dai testi presentati: Il nome del libro, l'autore, il personaggio principale, l'anno di pubblicazione. Riporta nell'ordine \"personaggio principale, libro, autore, anno di pubblicazione\", un libro per riga.\na) Nel regno della letteratura magica, un vero e proprio punto di riferimento è l'opera di J.K. Rowling. Uno dei suoi libri che ha lasciato un segno indelebile è 'Harry Potter e la Pietra Filosofale'. Questo racconto iconico, pubblicato nel 1997, racconta la storia di Harry, un giovane orfano che scopre le sue abilità magiche in occasione del suo 11° compleanno. Presto, si ritrova alla Scuola di Magia e Stregoneria di Hogwarts, un luogo traboccante di magia e avventura, situato da qualche parte in Scozia.\nb) La magia della Terra di Mezzo ha affascinato i lettori di tutto il mondo, grazie alla brillantezza di J.R.R. Tolkien. In una delle sue opere fondamentali, 'Il Signore degli Anelli: La Compagnia dell'Anello', pubblicato nel 1954, incontriamo Frodo Baggins, un coraggioso hobbit incaricato della pericolosa missione di distruggere l'Unico Anello. L'epico viaggio lo porta dalla pacifica Contea alle tumultuose regioni della Terra di Mezzo.\nc) In una galassia lontana, l'immaginazione di L.E. Starlighter ci regala 'Le Cronache della Galassia Prisma: Il Risveglio dello Starcaster'. Pubblicato nel 2028, il racconto parla di Zylo, un umile meccanico di astronavi, che scopre inaspettatamente di essere uno Starcaster - un raro individuo con il potere",
      "Harry, Harry Potter e la Pietra Filosofale, J.K. Rowling, 1997\nFrodo Baggins, Il Signore degli Anelli: La Compagnia dell'Anello, J.R.R. Tolkien, 1954\nZylo, Le Cronache della Galassia Prisma: Il Risveglio dello Starcaster, L.E. Starlighter, 2028",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Per favore ripeti lo stesso compito utilizzando le parole 'il', 'e', e 'a'",
    history: answered(
      "Si prega di leggere il paragrafo sottostante e contare quante volte compaiono le parole \"Amazon\", \"fiume\" e \"tu\". Si prega di presentare i risultati nel formato \"parola, numero di apparizioni\" con ogni parola su una linea separata. Ordina le righe in ordine del numero di apparizioni.\nL'Amazon, una affascinante estensione delle meraviglie della natura, ospita il leggendario fiume Amazon. Scorrendo attraverso paesaggi mozzafiato come la foresta pluviale dell'Amazon, il fiume si insinua attraverso il Brasile, la Colombia e il Perù, dando vita a innumerevoli creature. Dai potenti giaguari che si aggirano nella giungla dell'Amazon ai vibranti macaw che volano sopra la chioma degli alberi, questa regione straordinaria è ricca di biodiversità. Nel profondo delle correnti del fiume, magnifici delfini rosa di fiume volteggiano con grazia accanto a piranha e anguille elettriche. Lungo le rive del fiume, troverai città vivaci come Manaus, dove l'urbano incontra il selvaggio, e Iquitos, un passaggio verso il cuore della foresta pluviale dell'Amazon. Mentre ti addentri ulteriormente, il fiume Amazon rivela gemme nascoste come l'affascinante arcipelago di Anavilhanas, un mosaico di isole ricche di specie rare. Imbarcati in un'avventura, esplora l'affascinante fiume Amazon e immergiti in un mondo pieno di vita e bellezza selvaggia.",
      "Amazon, 6 apparizioni\nfiume, 6 apparizioni\ntu, 1 apparizione",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Fai nuovamente lo stesso compito con il formato JSON e arrotonda tutti i numeri nella tua risposta all'intero più vicino.",
    history: answered(
      "Dato il seguente registro dei prezzi delle azioni, estraete il prezzo di chiusura più alto e più basso per ogni mese dell'anno 2022. Restituite i risultati come stringa CSV, con una riga allocata per ogni mese.\nData,Apertura,Massimo,Minimo,Chiusura,Volume\n2022-01-01,150.02,155.28,148.50,153.80,15678900\n2022-01-02,154.32,157.25,153.48,156.25,19874500\n2022-02-01,160.50,163.28,159.50,161.80,14326700\n2022-02-02,161.80,164.25,161.30,163.90,17689200\n2022-03-01,165.40,168.35,163.10,166.80,16253400\n2022-03-02,167.00,169.85,165.50,168.20,19568100",
      "Mese,Prezzo di chiusura più alto,Prezzo di chiusura più basso\nGennaio,156.25,153.80\nFebbraio,163.90,161.80\nMarzo,168.20,166.80",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text:
      "Quanta energia può produrre un albero attraverso la fotosintesi nel corso della sua vita? Fornisci una stima utilizzando valori numerici reali e spiega accuratamente il tuo processo di pensiero passo dopo passo.",
    history: answered(
      "La fotosintesi è un processo vitale per la vita sulla Terra. Potresti delineare le due fasi principali della fotosintesi, includendo dove si svolgono all'interno del cloroplasto, e gli input e output primari per ciascuna fase?",
      "Certo, sarò lieto di aiutarti a capire le due fasi principali della fotosintesi.\n\n1. Fase della Luce (o Fase Luminosa): Questa fase si svolge nelle membrane tilacoidi dei cloroplasti. Durante questa fase, la luce solare viene assorbita dai pigmenti fotosintetici (principalmente la clorofilla) e viene convertita in energia chimica sotto forma di ATP (adenosina trifosfato) e NADPH (nicotinamide adenina dinucleotide fosfato). Questi due composti forniscono l'energia e gli elettroni necessari per la seconda fase della fotosintesi.\n\n   Input: Luce solare, acqua, ADP (adenosina difosfato), NADP+ (nicotinamide adenina dinucleotide fosfato).\n   \n   Output: Ossigeno (che viene rilasciato nell'atmosfera), ATP, NADPH.\n\n2. Fase del Buio (o Fase Oscura, anche conosciuta come ciclo di Calvin): Questa fase si svolge nel stroma dei cloroplasti, la regione fluida che circonda i tilacoidi. Durante questa fase, l'ATP e il NADPH prodotti nella fase della luce vengono utilizzati per convertire il diossido di carbonio (CO2) in glucosio (zucchero).\n\n   Input: Diossido di carbonio, ATP, NADPH.\n   \n   Output: Glucosio, ADP, NADP+.\n\nRicorda che, nonostante il nome, la fase del buio non richiede necessariamente l'oscurità per svolgersi; può avvenire ogni volta che ci sono sufficienti ATP e NADPH disponibili dalla fase della luce.",
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "it",
    text: "Scrivi un piano concreto per il tuo secondo esempio. Includi stime di budget.",
    history: answered(
      "Condividere idee per adattare capolavori d'arte in esperienze interattive per bambini. Elenca 5 opere d'arte specifiche e idee associate.",
      '1. "La Gioconda" di Leonardo da Vinci: Creare un gioco di realtà aumentata in cui i bambini possono interagire con i dettagli del dipinto. Ad esempio, potrebbero "toccare" gli elementi del paesaggio sullo sfondo per scoprire fatti interessanti su di essi o sulla vita di Leonardo.\n\n2. "La Notte Stellata" di Vincent Van Gogh: Organizzare un laboratorio di pittura in cui i bambini possono ricreare l\'opera d\'arte usando tecniche di pittura simili a quelle di Van Gogh. Potrebbero anche usare materiali luminosi per far risplendere le stelle nel buio, rendendo l\'esperienza più interattiva.\n\n3. "L\'Urlo" di Edvard Munch: Creare un\'installazione sonora che permetta ai bambini di registrare e ascoltare i loro propri urli, per esplorare l\'espressione delle emozioni, proprio come Munch ha fatto nel suo dipinto.\n\n4. "Guernica" di Pablo Picasso: Creare un puzzle 3D dell\'opera d\'arte. Questo permetterebbe ai bambini di interagire con l\'opera d\'arte in modo fisico, costruendo il dipinto pezzo per pezzo e apprendendo sulla storia e il significato dell\'opera nel processo.\n\n5. "La Creazione di Adamo" di Michelangelo: Creare un\'esperienza di realtà virtuale in cui i bambini possono "entrare" nel dipinto e interagire con le figure. Potrebbero anche avere la possibilità di "dipingere" parti del dipinto, per esplorare l\'arte del Rinascimento e la tecnica di Michelangelo.',
    ),
    source: M2LINGUAL_MT_BENCH_IT,
  },
  {
    lang: "ja",
    text: "あなたの前の回答を書き直してください。全ての文章はAで始めてください。",
    history: answered(
      "最近のハワイ旅行について、文化体験や必見の観光名所を強調した魅力的な旅行ブログ記事を作成してください。",
      "タイトル: ハワイへの魅惑の旅 - 文化体験と見逃せない観光名所\n\nこんにちは、皆さん！今回は私が最近訪れた、太平洋の楽園、ハワイについてお話しします。ハワイには、美しいビーチや活気あふれるナイトライフだけでなく、独特な文化体験や見逃せない観光名所がたくさんあります。\n\n最初に私が訪れたのは、ハワイ島のヒロで、ここは美しいハワイの文化と自然が交差する場所です。ヒロでは、ハワイの伝統的な料理を学ぶ料理教室に参加しました。ロミロミサーモンやカルアポーク、そしてハワイのデザートであるハウピアを作る方法を学びました。これらの料理はすべて、ハワイの歴史と文化を反映しています。\n\n次に向かったのはハワイ文化の中心地、オアフ島のホノルルです。ここでは、ハワイの伝統的なダンスであるフラを学ぶことができました。フラはただの舞踊ではなく、ハワイの神々や歴史を讃えるストーリーテリングの一部です。\n\nホノルルから少し移動すると、見逃せない観光名所であるダイヤモンドヘッドがあります。この有名な火山クレーターからは、ホノルル市内や美しいワイキキビーチの絶景が見下ろせます。登山道はやや険しいですが、頂上で見る景色はそれだけの価値があります。\n\nまた、ハワイの海洋生物と触れ合いたい方には、ハナウマ湾でのシュノーケリングがおすすめです。この保護された自然公園は、色とりどりの魚や美しい珊瑚礁で知られています。\n\nハワイの旅は、ただリラックスするだけでなく、新たな文化体験をする絶好の機会でもあります。ハワイの美しい風景と豊かな文化は、きっとあなたの心に深く刻まれるでしょう。この楽園での経験は、私たちがどのようにして自然と共生し、自分たちの文化を祝うかを教えてくれます。ハワイはまさに、目と心が満たされる場所なのです。\n\nさあ、ハワイの冒険を始めましょう！",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "あなたの前の応答を見直し、各文に文学作品や歴史的な出来事への暗示を組み込んでください。",
    history: answered(
      "強烈なイメージと創造的な言葉を用いて、鮮やかでユニークなキャラクターを描写してください。答えは2パラグラフ未満でお願いします。",
      "宇宙の彼方から飛び出したような、異次元の存在、星雲の魔術師、ザフィアン。彼の姿は、神秘的な星空を思わせる漆黒のローブに包まれ、その深淵のような闇の中から、無数の輝く星々が瞬き、まるで彼自身が一つの銀河系であるかのよう。彼の瞳は、新しい星が生まれる瞬間のような強烈な輝きを放ち、その眼差しは、見る者を別の宇宙へと誘うかのよう。\n\n彼の言葉は、常に新たな創造を生み出す魔法のよう。彼が話すと、それまで無色透明だった空間が、彩り豊かな色彩に満ち、まるで絵画のように美しい風景が広がる。その声は、星々が奏でる旋律のように美しく、一度聞いたら忘れられない。ザフィアンの存在自体が、一つの芸術作品のようで、彼の周りにいるだけで、まるで別世界に迷い込んだかのような感覚に包まれる。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      'あなたの前のレスポンスを変更してください。2つ目のオプションに以下の調整を加えてください：1. トーンをカジュアルにする 2. "FlexPower"という会社の広告を埋め込む 3. 10語未満。',
    history: answered(
      '1. "再生可能なバイオエネルギー最新発見、倫理的ジレンマを巧みに取り扱ったアピール力のある見出しを求めます"\n2. "バイオエネルギー源に関わる倫理的問題を慎重に扱いながら、最新の再生可能バイオエネルギーの発見についてのキャッチーで科学的に正確な見出しを作成しましょう"\n3. "最新の再生可能バイオエネルギー発見、複雑な倫理的問題を上手に処理した洗練された見出し案を4つ求めています"\n4. "新たなバイオエネルギーの発見: 倫理的ジレンマを慎重に考慮した鮮やかで科学的に確かな見出しを提案してください"',
      '1. "再生可能バイオエネルギーの新たな展開: 倫理的課題を解決へ"\n2. "最新のバイオエネルギー: 再生可能な未来と倫理的な問題をバランス良く進行"\n3. "倫理と科学が交差する地点: 再生可能バイオエネルギーの最新発見"\n4. "エネルギーの革命、倫理の挑戦: 新たな再生可能バイオエネルギーの発見"\n5. "新世界のエネルギー: 再生可能バイオエネルギーの発見と倫理的ジレンマ"\n6. "再生可能バイオエネルギー: 最新の発見と倫理的問題への洗練されたアプローチ"\n7. "科学と倫理が共存する未来へ: 最新の再生可能バイオエネルギー発見"\n8. "倫理的な挑戦を超えて: 新たな再生可能バイオエネルギーの発見"',
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "上記の質問がなぜ興味深いのか説明できますか？",
    history: answered(
      "トーマスはとても健康なのに、彼は毎日病院に行かなければなりません。それはどのような理由が考えられますか？",
      "トーマスが毎日病院に行く理由は、彼が健康であるにも関わらず、いくつかの可能性が考えられます：\n\n1. 彼は医療関連の職業についている可能性があります。例えば、彼は医者、看護師、医療技術者、または病院の管理職かもしれません。\n\n2. 彼はボランティア活動をしているかもしれません。病院では、患者のケアや病院内の活動を支援するためのボランティアがよく必要とされます。\n\n3. 彼は病院でのリハビリテーションや治療を受けている家族や友人を訪問しているかもしれません。\n\n4. 彼は臨床試験の参加者である可能性があります。これは彼が健康であるにも関わらず、新しい治療法や薬の効果をテストするために病院を頻繁に訪れる必要がある場合です。\n\n5. 彼は心理的な理由で病院に行く必要があるかもしれません。例えば、彼は健康不安障害を持っている可能性があります。これは、体の異常な症状を過度に心配する状態で、頻繁に医療的な評価や安心を求めることが特徴です。\n\nこれらはいくつかの可能性であり、具体的な理由はトーマス自身によるところが大きいでしょう。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "補助員が状況(c)からの女子グループに直面し、彼らがいじめを否定し、ただゲームをしていただけだと主張した場合、補助員がこれが真実かいじめの隠蔽である可能性を判断するために何の具体的な証拠を探すべきでしょうか？",
    history: answered(
      "以下の日本語に訳してください：\n保護者たちは、休み時間中のいじめについて校長に苦情を申し立てています。 校長はこれを速やかに解決したいと考え、休憩時間の助手に注意深くいるよう指示しています。 助手たちはどの状況を校長に報告すべきでしょうか？\na) 関心を示さずに一人でベンチに座っている女の子が本に夢中になっており、同級生との交流を全く示していません。\nb) 一対一のバスケットボールゲームに参加している2人の男の子が、最後に得点したバスケットについて激しく議論しています。\nc) 4人の女の子のグループが別の女の子を囲んでおり、彼女のバックパックを取り上げたように見えます。\nd) 3人の男の子が、ルール違反で学校内で許されていない携帯ゲーム機に夢中になっています。",
      "The guardians are filing a complaint with the principal about bullying during break time. The principal wants to resolve this promptly and is instructing the break time assistants to be vigilant. Which situations should the assistants report to the principal?\na) A girl who is engrossed in a book and sitting alone on a bench, showing no interaction with her classmates.\nb) Two boys participating in a one-on-one basketball game are having a heated discussion about the last basket scored.\nc) A group of four girls seems to be surrounding another girl and taking her backpack.\nd) Three boys are engrossed in a handheld game console, which is not allowed in school due to rule violations.",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "前の問いから続けます。偶数または少なくとも3が出る確率は何ですか？",
    history: answered(
      "2つのサイコロを転がすとき、合計が少なくとも3になる確率は何ですか？",
      "2つのサイコロを転がすとき、最小の合計は2（1と1）です。したがって、合計が少なくとも3になる確率は100％または1です。なぜなら、どのような組み合わせでも最低でも3になるからです。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "その数値を2倍にして5で割ったらどうなりますか？",
    history: answered(
      "ある数が10で割られると、余りは4です。その数の2倍を4で割ったときの余りは何ですか？",
      "その数が10で割られると余りが4なので、その数は10の倍数+4、つまり10n+4（nは整数）と表すことができます。\n\nその数の2倍は2*(10n+4) = 20n+8となります。\n\nそして、20n+8を4で割ると、余りは8です。なぜなら、20nは4の倍数なので、4で割っても余りは出ません。そのため、余りは8だけになります。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "これから、各数が前の三つの数の和である数列を定義します。最初の三つの数は0、-1、-1です。n番目の数を見つけるプログラムを書いてください。",
    history: answered(
      "再帰を使用してnthフィボナッチ数を見つけるC++プログラムを書きます。",
      '以下に、再帰を使用してnthフィボナッチ数を見つけるC++プログラムを示します。\n\n```cpp\n#include<iostream>\nusing namespace std;\n\nint fibonacci(int n) {\n    if(n <= 1)\n        return n;\n    else\n        return fibonacci(n-1) + fibonacci(n-2);\n}\n\nint main() {\n    int n;\n    cout << "Enter the value of n: ";\n    cin >> n;\n    cout << "The nth Fibonacci number is: " << fibonacci(n);\n    return 0;\n}\n```\n\nこのプログラムでは、`fibonacci`関数を再帰的に呼び出して、指定されたn番目のフィボナッチ数を計算します。フィボナッチ数列は、前の2つの数の和で定義される数列で、最初の2つの数は0と1です。したがって、nが1以下の場合、n自体が返されます。それ以外の場合、関数は自分自身を2回呼び出して、n-1番目とn-2番目のフィボナッチ数を計算し、それらを加算します。\n\n`main`関数では、ユーザーにnの値を入力するように求め、入力された値を`fibonacci`関数に渡してn番目のフィボナッチ数を計算し、その結果を表示します。',
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "問題が二分木から三分木に変わったらどうなるでしょうか？",
    history: answered(
      "二分木は、すべての頂点がゼロまたは二つの子要素を持つ場合、完全であるとします。 B_nは、n個の頂点を持つ完全な二分木の数を表します。 B_nを見つける関数を実装します。",
      "Pythonでの実装は以下の通りです。この関数は、n個の頂点を持つ完全な二分木の数を計算します。この問題は、カタラン数として知られる数学的なパターンに関連しています。\n\n```python\nimport math\n\ndef binomial_coefficient(n, k):\n    if (k > n - k):\n        k = n - k\n    res = 1\n    for x in range(k):\n        res = res * (n - x)\n        res = res // (x + 1)\n    return res\n\ndef count_B_n(n):\n    if (n & 1):\n        return 0\n    c_n = binomial_coefficient(2*n, n)\n    return c_n // (n + 1)\n\n# テスト\nprint(count_B_n(10))  # 10個の頂点を持つ完全な二分木の数\n```\n\nこの関数は、n個の頂点を持つ完全な二分木の数を返します。ただし、nが奇数の場合、完全な二分木は存在しないため、0を返します。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "どの会社が最高の利益率（利益/収益の比率）を持っていましたか？",
    history: answered(
      "以下のデータから、2021年で最も利益を上げた企業とそのCEOの名前を特定してください：\na) CEOエイミー・ウィリアムスが経営する企業Xは、2021年に300億ドルの収益と30億ドルの利益を報告しました。\nb) CEOマーク・トンプソンが経営する企業Yは、同年に600億ドルの収益と60億ドルの利益を公表しました。\nc) CEOサラ・ジョンソンが経営する企業Zは、2021年に200億ドルの収益と70億ドルの利益を発表しました。\nd) CEOジェームズ・スミスが経営する企業Wは、2021年に3000億ドルの収益と210億ドルの利益を明らかにしました。\ne) CEOリサ・ブラウンが経営する企業Vは、2021年に2000億ドルの収益と250億ドルの利益を報告しました。\nf) CEOジョン・ホワイトが経営する企業Uは、同年に1800億ドルの収益と200億ドルの利益を公表しました。",
      "2021年で最も利益を上げた企業は、CEOリサ・ブラウンが経営する企業Vで、その利益は250億ドルです。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "等式を並べ替えて、変数として 'a', 'b', 'c', 'd'などを使用してください。",
    history: answered(
      "複雑な方程式のセットが与えられた場合、各方程式からすべての一意の変数名を抽出します。結果をJSON文字列として返し、各方程式に1行を割り当てます。\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * sum(N=1 to 5; ln(N)^2) = 5D*integral(a=0 to pi; cos(comb(N=1 to 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
      'この問題を解決するために、各方程式を解析し、一意の変数名を抽出します。以下に結果を示します。\n\n```json\n{\n  "1": ["y", "x", "e", "pi"],\n  "2": ["A", "B", "C", "N", "D", "a"],\n  "3": ["E", "m", "c", "gamma", "v", "d", "alpha", "beta"]\n}\n```\n\nこのJSON文字列は、各方程式（キーとして表される）に含まれる一意の変数名（値として表される配列）を示しています。',
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "一生を通じて、樹木は光合成によってどれくらいのエネルギーを生成することができますか？実際の数値を用いて推定してください。そして、考え方をステップバイステップで詳しく説明してください。",
    history: answered(
      "光合成は地球上の生命にとって重要なプロセスです。クロロプラスト内で進行する光合成の2つの主な段階を概說し、それぞれの段階での主要な入力と出力は何か説明していただけますか？",
      "光合成は、植物、藻類、および一部の細菌が太陽の光エネルギーを化学エネルギーに変換し、酸素を生成するプロセスです。これはクロロプラストという細胞内の特殊な構造体で行われます。光合成は主に2つの段階、すなわち「光依存段階」（光反応）と「光非依存段階」（カルビンサイクルまたは光合成暗反応）で構成されます。\n\n1. 光依存段階（光反応）: この段階は、太陽光が直接関与し、クロロプラストのチラコイド膜で行われます。光エネルギーは、水分子を酸素と水素イオンに分解するのに使用されます。このプロセスは光分解とも呼ばれます。\n\n   入力: 光（太陽光）、水\n   出力: 酸素（大気中に放出）、ATP（アデノシン三リン酸）、NADPH（還元型ニコチンアミドアデニンジヌクレオチドリン酸）\n\n2. 光非依存段階（カルビンサイクルまたは光合成暗反応）: この段階は、光エネルギーが直接関与せず、クロロプラストのストロマ（液体部分）で行われます。ここでは、ATPとNADPHが、二酸化炭素を糖（具体的にはグルコース）に変換するのに使用されます。\n\n   入力: 二酸化炭素、ATP、NADPH\n   出力: グルコース（エネルギー源として使用または貯蔵）、ADP（アデノシン二リン酸）、NADP+（再び光依存段階で使用）\n\nこれらの2つの段階は、互いに密接に連携しており、地球上の生命を維持するための酸素とエネルギーを提供します。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text:
      "このシステムが100人収容可能な建物用に意図されている場合、このシステムを実装するための予算見積もりはいくらになりますか？",
    history: answered(
      "あなたは住宅用の太陽熱式給湯システムの設計を任されました。設計に組み込む主要なコンポーネントと考慮すべき点を説明してください。5ステップのワークフローをデザインしてください。\n\nあなたが住宅用の太陽光発電の給湯システムの設計を任されました。設計における重要な要素や考慮すべき点を説明してください。5ステップの作業手順を設計してください。",
      "太陽熱式給湯システムの設計には、以下の主要なコンポーネントと考慮すべき点があります。\n\n1. 太陽集熱器: 太陽光を熱エネルギーに変換する主要なコンポーネントです。集熱器の設置場所や向き、角度は、最大限の太陽光を捕らえるために重要です。\n\n2. 蓄熱タンク: 太陽光が不足する時間帯に備えて、集熱した熱エネルギーを蓄えておくためのタンクです。タンクの容量は、家庭の給湯需要に合わせて適切に設定する必要があります。\n\n3. 循環ポンプと制御システム: 太陽集熱器から蓄熱タンクへ熱伝達液を循環させるためのポンプと、その動作を制御するシステムです。制御システムは、最適な熱効率を得るために重要です。\n\n4. 熱交換器: 蓄熱タンクの熱を給湯用の水に伝えるための装置です。熱交換効率を高めるためには、熱交換器の設計が重要です。\n\n5. 補助熱源: 太陽光が不足した場合に備えて、補助的な熱源（ガスや電気ヒーターなど）を設けることが一般的です。\n\nこれらを踏まえた5ステップのワークフローは以下の通りです。\n\n1. 需要分析: 家庭の給湯需要を分析し、必要な蓄熱タンクの容量や補助熱源の必要性を評価します。\n\n2. 集熱器の設計: 最適な太陽光を捕らえるための集熱器の設置場所、向き、角度を決定します。\n\n3. システムの設計: 循環ポンプ、制御システム、熱交換器を含む全体のシステムを設計します。\n\n4. 補助熱源の設定: 必要に応じて補助熱源を設定します。\n\n5. システムの評価と調整: 実際にシステムを運用し、その性能を評価します。必要に応じてシステムの調整を行います。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "上記を説明する寓意詩を書いてください。",
    history: answered(
      "人生の段階はどのようにして私たちの時間と死の理解を形成しますか？",
      "人生の段階は、私たちが時間と死を理解する方法に大きな影響を与えます。以下にその理由をいくつか説明します。\n\n1. 幼少期と青少年期：この段階では、私たちの時間の概念はまだ発展途上であり、死についての理解は非常に抽象的です。子供たちはしばしば、死が永遠的なものであるという概念を理解するのが難しいと感じます。\n\n2. 若年成人期：この段階では、私たちの時間感覚はより洗練され、死についての理解も深まります。しかし、多くの若者は自分が無敵であると感じ、死が自分に影響を及ぼす可能性をあまり考えません。\n\n3. 中年期：この段階では、時間の流れをより深く感じ、死についての理解もより現実的になります。自分自身や親しい人々の老化を目の当たりにすることで、死が避けられない現実であることを認識します。\n\n4. 高齢期：この段階では、時間はますます貴重になり、死は避けられない現実として受け入れられます。多くの高齢者は、自分の死を受け入れ、それを恐れることなく向き合う能力を持っています。\n\nこれらの段階を通じて、私たちは時間と死についての理解を深め、それぞれの段階での経験がその理解を形成します。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "ja",
    text: "最初の例を使用して選挙キャンペーンの詳細な計画を提供してください。",
    history: answered(
      "ベースレートの誤謬とは何か説明し、政治家がキャンペーンにそれをどのように使用するか、5つの具体的な例を挙げてください。",
      "ベースレートの誤謬とは、統計的な判断を誤ることを指す心理学の用語です。具体的には、ある事象が起こる確率（ベースレート）を無視して、特定の証拠や情報だけに基づいて判断を下す傾向のことを指します。\n\n政治家がキャンペーンでベースレートの誤謬を利用する方法は以下の通りです：\n\n1. 選挙区の過去の投票傾向を無視して、自身の政策やキャンペーンの影響力を過大評価する。例えば、ある政治家が自身の政策が有権者に受け入れられていると主張するが、その選挙区は伝統的に対立する政党を支持している場合、ベースレートの誤謬が生じている可能性がある。\n\n2. 少数の有権者の反応を全体の反応と誤認する。例えば、一部の有権者からの肯定的な反応を全体の有権者が同様に反応すると判断する場合、ベースレートの誤謬が生じている。\n\n3. 特定の事件やスキャンダルを利用して、対立候補の評価を下げる。例えば、対立候補が一度だけ失敗した事件を取り上げて、その候補が常に失敗すると主張する場合、ベースレートの誤謬が生じている。\n\n4. 自身の成功を強調し、失敗を無視する。例えば、自身の政策が一部の有権者に好評だったとして、それを全体の有権者が同様に評価すると主張する場合、ベースレートの誤謬が生じている。\n\n5. 一部の有権者の意見を全体の意見と誤認する。例えば、自身の政策に賛成する一部の有権者の意見を全体の有権者の意見とみなす場合、ベースレートの誤謬が生じている。\n\nこれらの例は、政治家がベースレートの誤謬を利用して、自身の立場を強化し、対立候補を弱体化するための戦略として使用することができます。",
    ),
    source: M2LINGUAL_MT_BENCH_JP,
  },
  {
    lang: "nl",
    text: "Neem een moment om je eigen reactie te evalueren en te bekritiseren.",
    history: answered(
      "Stel een professionele e-mail op waarin u de feedback van uw supervisor vraagt over het 'Kwartaal Financieel Rapport' dat u heeft opgesteld. Vraag specifiek naar de data-analyse, presentatiestijl en de duidelijkheid van de getrokken conclusies. Houd de e-mail kort en bondig.",
      "Onderwerp: Verzoek om Feedback op Kwartaal Financieel Rapport\n\nBeste [Supervisor's Naam],\n\nIk hoop dat deze e-mail u in goede gezondheid bereikt. Ik heb het Kwartaal Financieel Rapport voltooid, zoals toegewezen, en heb het ter uwer referentie bijgevoegd.\n\nHet rapport bevat een grondige data-analyse, een uitgebreide presentatiestijl en duidelijke conclusies, allemaal met het doel om een nauwkeurig beeld te geven van onze financiële prestaties in het afgelopen kwartaal.\n\nIk zou zeer op prijs stellen als u de tijd zou kunnen nemen om het rapport te bekijken en me uw waardevolle feedback zou kunnen geven. Specifiek, zou ik graag uw mening willen horen over de volgende punten:\n\n1. De grondigheid en nauwkeurigheid van de data-analyse\n2. De effectiviteit van de presentatiestijl\n3. De duidelijkheid en relevantie van de getrokken conclusies\n\nUw feedback zal mij helpen om eventuele verbeteringen door te voeren en ervoor te zorgen dat het rapport voldoet aan onze hoogste normen.\n\nHartelijk dank voor uw tijd en aandacht. Ik kijk uit naar uw reactie.\n\nMet vriendelijke groet,\n\n[Uw naam]\n[Uw functietitel]",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Herwerk je vorige reactie. Begin elke zin met de volgende letter van het alfabet, beginnend bij B.",
    history: answered(
      "Schrijf een beschrijvende alinea over een bruisende marktplaats en voeg zintuiglijke details toe zoals geuren, geluiden en visuele elementen om een meeslepende ervaring te creëren voor de lezer.",
      "De marktplaats is een levendige symfonie van kleuren, geuren en geluiden. De geur van vers gebakken brood, kruiden en vers fruit vermengt zich tot een exotische geursensatie die de lucht vult. Het geluid van handelaren die hun waren aanprijzen, het geroezemoes van onderhandelingen en het gelach van kinderen creëren een constante, bijna muzikale achtergrondruis. De kraampjes zijn een bonte verzameling van felgekleurde stoffen, glinsterende snuisterijen en glanzend verse groenten en fruit. Terwijl je door de drukte navigeert, voel je de warme zonnestralen op je huid en de drukte van de menigte om je heen. Het is een plek vol leven, energie en kleur, waar elke zintuiglijke ervaring intens en onvergetelijk is.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Bevat de oorspronkelijke vraag enige aanwijzingen om de locatie van het Witte Huis definitief te bepalen?",
    history: answered(
      "U kunt een prachtig rood huis zien aan uw linkerhand en een hypnotische kas aan uw rechterhand, een aantrekkelijke verwarmde roze plaats aan de voorkant. Dus, waar is het Witte Huis?",
      "Het Witte Huis is een specifieke locatie in Washington D.C., Verenigde Staten. Zonder aanvullende context of richtingsinformatie kan ik niet bepalen waar het Witte Huis zich bevindt in relatie tot het rode huis, de kas en de verwarmde roze plaats die u beschrijft.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Lijst de autokleuren op in volgorde van laatste naar eerste.",
    history: answered(
      "Lees de onderstaande passage zorgvuldig en beantwoord de vragen met een uitleg:\nBij een klein bedrijf zijn parkeerplaatsen gereserveerd voor de topmanagers: CEO, president, vice-president, secretaris en penningmeester, met de ruimtes in die volgorde. De parkeerwachter kan in één oogopslag zien of de auto's goed geparkeerd staan door te kijken naar de kleur van de auto's. De auto's zijn geel, groen, paars, rood en blauw en de namen van de managers zijn Alice, Bert, Cheryl, David en Enid.\n* De auto op de eerste plaats is rood.\n* Een blauwe auto staat geparkeerd tussen de rode auto en de groene auto.\n* De auto op de laatste plaats is paars.\n* De secretaris rijdt in een gele auto.\n* De auto van Alice staat naast die van David.\n* Enid rijdt in een groene auto.\n* De auto van Bert staat geparkeerd tussen die van Cheryl en Enid.\n* De auto van David staat op de laatste plaats.\nVraag: Wat is de naam van de secretaris?",
      "De naam van de secretaris is Cheryl.\n\nUitleg: \n- De auto op de eerste plaats is rood.\n- Een blauwe auto staat geparkeerd tussen de rode auto en de groene auto. Dus de volgorde tot nu toe is Rood, Blauw, Groen.\n- De auto op de laatste plaats is paars. Dus de volgorde is nu Rood, Blauw, Groen, ?, Paars.\n- De secretaris rijdt in een gele auto. Dus de gele auto moet op de vierde plaats staan, omdat de paarse auto al op de laatste plaats staat. De volgorde is nu Rood, Blauw, Groen, Geel, Paars.\n- De auto van Alice staat naast die van David. Maar de auto van David staat op de laatste plaats, dus Alice moet op de vierde plaats staan. Dus Alice is de secretaris.\n- Enid rijdt in een groene auto. Dus Enid is niet de secretaris.\n- De auto van Bert staat geparkeerd tussen die van Cheryl en Enid. Dus Bert kan niet de secretaris zijn. \n- Dus de enige overgebleven persoon is Cheryl. Dus Cheryl is de secretaris.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Als de assistenten de groep meisjes uit situatie (c) confronteren en zij pestgedrag ontkennen, waarbij ze aangeven dat ze alleen maar een spel speelden, welk specifiek bewijs moeten de assistenten dan zoeken om te bepalen of dit waarschijnlijk de waarheid is of een dekmantel voor pestgedrag?",
    history: answered(
      "Ouders hebben bij de directeur geklaagd over pesten tijdens de pauze. De directeur wil dit snel oplossen en geeft de pauzehulpen opdracht om alert te zijn. Welke situatie zouden de hulpen aan de directeur moeten melden?\na) Een ongeïnteresseerd meisje zit alleen op een bankje, verdiept in een boek en toont geen interactie met haar leeftijdsgenoten.\nb) Twee jongens die verwikkeld zijn in een één-tegen-één basketbalspel zijn betrokken bij een verhitte discussie over het laatst gescoorde punt.\nc) Een groep van vier meisjes heeft een ander meisje omsingeld en lijkt haar rugzak in bezit te hebben genomen.\nd) Drie jongens zijn samengekomen over een handheld videogame, wat tegen de regels is en niet is toegestaan op schoolterrein.",
      "De hulpen zouden situatie c) aan de directeur moeten melden. Dit is een duidelijk geval van pesten, waarbij een groep meisjes een ander meisje heeft omsingeld en haar rugzak in bezit lijkt te hebben genomen. Hoewel situatie d) ook een overtreding van de regels is, is dit niet noodzakelijkerwijs een geval van pesten.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Als we een student selecteren die groen leuk vindt, wat is dan de kans dat hij of zij beide kleuren niet leuk zou vinden?",
    history: answered(
      "In een enquête gehouden op een lokale middelbare school, werden de voorkeuren voor een nieuwe schoolkleur gemeten: 58% van de studenten hield van de kleur blauw, 45% had liever groen, en 22% hield van beide kleuren. Als we willekeurig een student van de school kiezen, wat is dan de kans dat ze noch blauw noch groen leuk vinden?",
      "Om deze vraag te beantwoorden, moeten we eerst de totale percentage van studenten die ofwel blauw of groen leuk vinden berekenen. Dit is echter niet zo simpel als het optellen van de percentages, omdat er studenten zijn die beide kleuren leuk vinden en dus in beide percentages zijn opgenomen. \n\nDus, we moeten de percentages van de studenten die blauw en groen leuk vinden optellen en dan het percentage van de studenten die beide kleuren leuk vinden eraf trekken om dubbele telling te voorkomen.\n\nDat is: 58% (blauw) + 45% (groen) - 22% (beide) = 81%\n\nDus, 81% van de studenten houdt van ofwel blauw of groen. \n\nDe kans dat een willekeurig gekozen student noch blauw noch groen leuk vindt, is dan het complement van dit percentage, dat is 100% - 81% = 19%.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Wat als |x + 10| < 5",
    history: answered(
      "Hoeveel gehele getallen zijn er in de oplossing van de ongelijkheid |x + 5| < 10?",
      "De ongelijkheid |x + 5| < 10 kan worden opgelost door deze te splitsen in twee afzonderlijke ongelijkheden: -10 < x + 5 en x + 5 < 10.\n\nVoor -10 < x + 5, als we 5 aftrekken van beide zijden, krijgen we -15 < x.\n\nVoor x + 5 < 10, als we 5 aftrekken van beide zijden, krijgen we x < 5.\n\nDus de oplossing voor de ongelijkheid is -15 < x < 5.\n\nDe gehele getallen die voldoen aan deze ongelijkheid zijn -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4. \n\nDus er zijn 19 gehele getallen in de oplossing van de ongelijkheid.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Vind x zodanig dat f(x) = 0.",
    history: answered(
      "Gegeven dat f(x) = 4x^3 - 9x - 14, vind de waarde van f(2).",
      "Om de waarde van f(2) te vinden, vervang je elke x in de functie door 2.\n\nDus, f(2) = 4(2)^3 - 9(2) - 14\n\n= 4(8) - 18 - 14\n\n= 32 - 18 - 14\n\n= 0.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "En wat vind je van deze?\n\n```\ndef langste_gemeenschappelijke_deelreeks(X , Y): \n    # Vind lengtes van twee strings \n    m = len(X) \n    n = len(Y) \n  \n    # Maak een tabel om resultaten van deelproblemen op te slaan\n    dp = [[None]*(n+1) voor i in het bereik(m+1)] \n  \n    # Vul dp[][] op een bottom-up manier in \n    voor i in het bereik(1, m+1): \n        voor j in het bereik(1, n+1): \n            als X[i-1] == Y[j-1]: \n                dp[i][j] = dp[i-1][j-1]+1\n            anders: \n                dp[i][j] = max(dp[i-1][j], dp[i][j-1]) \n  \n    return dp[m][n]\n```",
    history: answered(
      "Hier is een Python-functie om de lengte van de langste gemeenschappelijke subreeks van twee invoerstrings te vinden. Kun je een fout in deze functie identificeren?\n\n```\ndef langste_gemeenschappelijke_subreeks_lengte(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) voor _ in range(m + 1)]\n\n    voor i in range(1, m + 1):\n        voor j in range(1, n + 1):\n            als str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            anders:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
      'Deze Python-functie is geschreven in een mix van Nederlands en Engels. Python herkent de Nederlandse woorden niet als geldige sleutelwoorden. Hier is de gecorrigeerde versie van de functie:\n\n```python\ndef langste_gemeenschappelijke_subreeks_lengte(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```\n\nIn deze gecorrigeerde versie zijn de Nederlandse woorden "voor", "als" en "anders" vervangen door de Engelse equivalenten "for", "if" en "else".',
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Nu de beperking van het niet gebruiken van extra datastructuur is verwijderd, implementeer er een met de beste tijdscomplexiteit.",
    history: answered(
      "Implementeer een programma om de gemeenschappelijke elementen in twee arrays te vinden zonder extra datastructuren te gebruiken.",
      "Hier is een eenvoudige implementatie in Python:\n\n```python\ndef find_common_elements(array1, array2):\n    common_elements = []\n    for element in array1:\n        if element in array2:\n            common_elements.append(element)\n    return common_elements\n\n# Test het programma\narray1 = [1, 2, 3, 4, 5]\narray2 = [4, 5, 6, 7, 8]\nprint(find_common_elements(array1, array2))  # Output: [4, 5]\n```\n\nDit programma werkt door elk element in de eerste array te doorlopen en te controleren of het in de tweede array voorkomt. Als dat het geval is, wordt het toegevoegd aan de lijst van gemeenschappelijke elementen. \n\nLet op: Dit programma heeft een tijdcomplexiteit van O(n^2) omdat voor elk element in de eerste array, het door alle elementen in de tweede array moet zoeken. Dit is misschien niet de meest efficiënte oplossing voor grote arrays.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Kom met 3 vergelijkbare voorbeelden in het YAML-formaat.",
    history: answered(
      "Identificeer de landen, hun hoofdsteden en de talen die in de volgende zinnen worden gesproken. Output in JSON-formaat.\na) Tussen de idyllische vergezichten betovert Kopenhagen, de hoofdstad van Denemarken, bezoekers met zijn bloeiende kunstscene en de betoverende Deense taal die door zijn inwoners wordt gesproken.\nb) Binnen het betoverende rijk van Eldoria ontdekt men Avalore, een grandioze stad die een etherische aura uitstraalt. Lumina, een melodieuze taal, dient als de voornaamste communicatiemiddel binnen deze mystieke verblijfplaats.\nc) Genesteld temidden van een harmonieuze mix van oude gebruiken en hedendaagse wonderen, staat Buenos Aires, de hoofdstad van Argentinië, als een bruisende metropool. Het is een levendige hub waar de expressieve Spaanse taal overheersend is bij de inwoners van de stad.",
      '[\n  {\n    "land": "Denemarken",\n    "hoofdstad": "Kopenhagen",\n    "taal": "Deens"\n  },\n  {\n    "land": "Eldoria",\n    "hoofdstad": "Avalore",\n    "taal": "Lumina"\n  },\n  {\n    "land": "Argentinië",\n    "hoofdstad": "Buenos Aires",\n    "taal": "Spaans"\n  }\n]',
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text:
      "Kun je de beoordelingen veranderen van cijfers naar letters? Hoofdletters MOETEN worden gebruikt bij het schrijven van de namen van telefoons.",
    history: answered(
      "Analyseer de volgende klantbeoordelingen van verschillende bronnen voor drie verschillende smartphones - de nieuwste iPhone, Samsung Galaxy en Google Pixel - en geef een algemene beoordeling voor elke telefoon op een schaal van 1 tot 10. Neem de volgende complexe en tegenstrijdige beoordelingen in overweging:\n- TechRadar's beoordeling van de nieuwste iPhone: De nieuwe iPhone is een verbluffend technisch hoogstandje dat een nieuwe standaard zet voor smartphoneprestaties en camerakwaliteit. Echter, het incrementele ontwerp en hoge prijs zorgen ervoor dat het de 'wow'-factor van de vorige iPhones mist. Niettemin zijn zijn kracht en intelligentie ongeëvenaard.\n- CNET's beoordeling van de nieuwste Samsung Galaxy: De Samsung Galaxy-telefoon heeft veel hoogtepunten, waaronder een geweldig beeldscherm, snelle prestaties, solide batterijduur en een indrukwekkend aantal camera-opties. Dat gezegd hebbende, Bixby blijft lauw, AR emoji valt plat en het algemene ontwerp van de telefoon is niet veel veranderd. De nieuwe Galaxy is over het algemeen een geweldige telefoon, maar de enkele blijvende zwakke punten houden het tegen om echt grootsheid te bereiken.\n- The Verge's beoordeling van de nieuwste Google Pixel: Google's Pixel zit vol met cutting-edge specificaties, innovatieve door AI aangedreven software, en een killer camera in een strak ontwerp. Echter, de telefoon heeft een matige batterijduur, geen uitbreidbare opslag, en zijn prestaties haperen soms, vooral gezien de hoge prijs. Als",
      '{\n  "iPhone": 8.5,\n  "Samsung Galaxy": 8.0,\n  "Google Pixel": 7.5\n}',
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Wat zijn enkele randgevallen of uitzonderlijke situaties in jouw oplossing? Hoe ga je ermee om?",
    history: answered(
      "Overweeg een satelliet die zich in een cirkelvormige baan rond de aarde bevindt. De snelheid van de satelliet neemt af. Wat zal er gebeuren met de baanstraal en de omlooptijd van de satelliet? Onderbouw uw antwoord alstublieft met de principes van de natuurkunde.",
      "Als de snelheid van een satelliet afneemt, zal de baanstraal (de afstand van de satelliet tot het middelpunt van de aarde) ook afnemen. Dit komt door de wet van behoud van impulsmoment, die stelt dat het product van de massa, snelheid en afstand tot het middelpunt van de rotatie (in dit geval de aarde) constant moet blijven in een geïsoleerd systeem. Als de snelheid afneemt, moet de afstand ook afnemen om deze constante waarde te behouden.\n\nWat betreft de omlooptijd, deze zal toenemen. De omlooptijd van een satelliet is gerelateerd aan de baanstraal volgens de derde wet van Kepler, die stelt dat de kwadraat van de omlooptijd evenredig is met de kubus van de baanstraal. Dus als de baanstraal afneemt, zal de omlooptijd ook afnemen. Echter, omdat de snelheid van de satelliet afneemt, zal de satelliet meer tijd nodig hebben om een volledige baan rond de aarde te voltooien, wat betekent dat de omlooptijd zal toenemen.\n\nDus, samenvattend, als de snelheid van een satelliet afneemt, zal de baanstraal afnemen en de omlooptijd toenemen.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Kan een proces beide reacties omvatten? Noem er een.",
    history: answered(
      "Leg alsjeblieft de verschillen uit tussen exotherme en endotherme reacties, en inclusief de criteria die je hebt gebruikt om ze te onderscheiden. Geef daarnaast een voorbeeld uit de echte wereld om je uitleg te illustreren.",
      "Exotherme en endotherme reacties zijn twee soorten chemische reacties die voornamelijk verschillen in de manier waarop ze energie overdragen.\n\n1. Exotherme reacties: Dit zijn reacties die energie vrijgeven aan de omgeving, meestal in de vorm van warmte, maar het kan ook licht of geluid zijn. Dit gebeurt omdat de energie die nodig is om de reactie te starten (de activeringsenergie) minder is dan de totale energie die vrijkomt wanneer nieuwe bindingen worden gevormd. Het resultaat is een netto afgifte van energie. Een voorbeeld van een exotherme reactie is de verbranding van hout in een kampvuur. De houtdeeltjes reageren met zuurstof in de lucht en geven warmte en licht af.\n\n2. Endotherme reacties: Dit zijn reacties die energie uit hun omgeving opnemen. Dit gebeurt omdat de activeringsenergie groter is dan de energie die vrijkomt bij het vormen van nieuwe bindingen. Het resultaat is een netto opname van energie. Een voorbeeld van een endotherme reactie is fotosynthese in planten. Planten nemen zonlicht op en gebruiken deze energie om koolstofdioxide en water om te zetten in glucose en zuurstof.\n\nDe belangrijkste criteria die worden gebruikt om deze twee soorten reacties te onderscheiden, zijn de richting van de energiestroom (wordt energie vrijgegeven of opgenomen?) en de verandering in enthalpie (een maat voor de totale energie van een systeem; een negatieve verandering duidt op een exotherme reactie, terwijl een positieve verandering duidt op een endotherme reactie).",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "nl",
    text: "Schrijf een allegorisch gedicht dat het bovenstaande illustreert.",
    history: answered(
      "Hoe vormen de levensfasen ons begrip van tijd en sterfelijkheid?",
      "De levensfasen, van kindertijd tot volwassenheid en ouderdom, vormen ons begrip van tijd en sterfelijkheid op verschillende manieren.\n\n1. Tijdsbesef: Als kinderen hebben we een ander begrip van tijd dan als volwassenen. Kinderen leven vaak in het moment en hebben weinig besef van het verleden of de toekomst. Naarmate we ouder worden, ontwikkelen we een dieper begrip van tijd, waarbij we leren plannen voor de toekomst en reflecteren op het verleden.\n\n2. Sterfelijkheidsbesef: In de kindertijd is het concept van sterfelijkheid vaak moeilijk te begrijpen. Naarmate we ouder worden, beginnen we de eindigheid van het leven te realiseren. Dit kan leiden tot een dieper waardering voor het leven en een verlangen om het meeste uit onze tijd te halen.\n\n3. Levenservaring: Elke levensfase brengt nieuwe ervaringen en uitdagingen met zich mee, die ons begrip van tijd en sterfelijkheid verder vormen. Bijvoorbeeld, het ervaren van het verlies van een geliefde kan ons bewust maken van onze eigen sterfelijkheid.\n\n4. Reflectie: Naarmate we ouder worden, hebben we de neiging om terug te kijken op ons leven en te reflecteren op wat we hebben bereikt en wat we nog willen doen. Dit kan ons begrip van tijd en sterfelijkheid verder verdiepen.\n\nDus, de levensfasen vormen ons begrip van tijd en sterfelijkheid door ons te leren over de waarde van tijd, de eindigheid van het leven, de waarde van ervaringen en het belang van reflectie.",
    ),
    source: M2LINGUAL_MT_BENCH_NL,
  },
  {
    lang: "pt",
    text: "Tire um momento para avaliar e criticar sua própria resposta.",
    history: answered(
      "Elabore um e-mail profissional buscando o feedback do seu supervisor sobre o 'Relatório Financeiro Trimestral' que você preparou. Pergunte especificamente sobre a análise de dados, estilo de apresentação e a clareza das conclusões tiradas. Mantenha o e-mail curto e direto ao ponto.\n\nAssunto: Solicitação de Feedback no 'Relatório Financeiro Trimestral'\n\nPrezado(a) [Nome do Supervisor],\n\nEspero que esta mensagem o(a) encontre bem.\n\nEscrevo para solicitar seu feedback sobre o 'Relatório Financeiro Trimestral' que recentemente preparei. Estou particularmente interessado em ouvir seus comentários em áreas específicas, como a análise de dados realizada, o estilo de apresentação adotado e a clareza das conclusões que foram tiradas.\n\nTendo em vista sua experiência e competência, acredito que suas sugestões e orientações possam contribuir significativamente para aperfeiçoar meu trabalho.\n\nAgradeço antecipadamente o tempo que você dedicará para analisar meu relatório e aguardo ansiosamente seus valiosos comentários.\n\nAtenciosamente,\n[Seu Nome]",
      "Assunto: Solicitação de Feedback no 'Relatório Financeiro Trimestral'\n\nPrezado(a) [Nome do Supervisor],\n\nEspero que esta mensagem o(a) encontre bem.\n\nEscrevo para solicitar seu feedback sobre o 'Relatório Financeiro Trimestral' que recentemente preparei. Estou particularmente interessado em ouvir seus comentários em áreas específicas, como a análise de dados realizada, o estilo de apresentação adotado e a clareza das conclusões que foram tiradas.\n\nTendo em vista sua experiência e competência, acredito que suas sugestões e orientações possam contribuir significativamente para aperfeiçoar meu trabalho.\n\nAgradeço antecipadamente o tempo que você dedicará para analisar meu relatório e aguardo ansiosamente seus valiosos comentários.\n\nAtenciosamente,\n[Seu Nome]",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Refaça a sua resposta anterior. Inicie cada frase com a próxima letra do alfabeto, começando a partir do B.",
    history: answered(
      "Escreva um parágrafo descritivo sobre um mercado agitado, incorporando detalhes sensoriais, como cheiros, sons e elementos visuais para criar uma experiência envolvente para o leitor.",
      "O mercado estava fervilhando de atividade, um emaranhado vivo e pulsante de cores, movimento e som. As barracas estavam empilhadas com uma variedade de produtos: frutas exóticas de cores vibrantes, tecidos ricamente estampados, temperos em pó de todas as cores imagináveis. O ar estava repleto de uma mistura de aromas - o doce perfume de frutas maduras, o cheiro picante dos temperos, o cheiro suave de flores frescas. O burburinho incessante de conversas, o tilintar de sinos de vento, a risada alta de um vendedor, o barulho de moedas mudando de mãos, tudo se misturava em um coro cacofônico. O mercado era um verdadeiro caldeirão de sensações, um lugar onde todos os sentidos eram constantemente estimulados e onde cada nova volta trazia uma experiência completamente nova.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: 'Se a "segunda pessoa" for alterada para "última pessoa" na pergunta acima, qual seria a resposta?',
    history: answered(
      "Imagine que você está participando de uma corrida com um grupo de pessoas. Se você acabou de ultrapassar a segunda pessoa, qual é a sua posição atual? Onde está a pessoa que você acabou de ultrapassar?",
      "Se você acabou de ultrapassar a segunda pessoa, isso significa que agora você está em segundo lugar. A pessoa que você acabou de ultrapassar agora está em terceiro lugar.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Liste as cores de carros em ordem do último para o primeiro.",
    history: answered(
      "Leia o trecho abaixo com atenção e responda às perguntas com uma explicação:\nEm uma pequena empresa, vagas de estacionamento são reservadas para os principais executivos: CEO, presidente, vice-presidente, secretário e tesoureiro, com os espaços alinhados nessa ordem. O guarda do estacionamento pode dizer de relance se os carros estão estacionados corretamente, olhando para a cor dos carros. Os carros são amarelos, verdes, roxos, vermelhos e azuis, e os nomes dos executivos são Alice, Bert, Cheryl, David e Enid.\n* O carro no primeiro espaço é vermelho.\n* Um carro azul está estacionado entre o carro vermelho e o carro verde.\n* O carro no último espaço é roxo.\n* O secretário dirige um carro amarelo.\n* O carro de Alice está estacionado ao lado do de David.\n* Enid dirige um carro verde.\n* O carro de Bert está estacionado entre o de Cheryl e o de Enid.\n* O carro de David está estacionado no último espaço.\nPergunta: Qual é o nome do secretário?",
      "O nome do secretário é Cheryl.\n\nExplicação:\nA partir das dicas, podemos deduzir a seguinte ordem:\n\n1. O carro vermelho pertence ao CEO.\n2. O carro azul pertence ao presidente, pois está entre o carro vermelho e o carro verde.\n3. O carro verde pertence a Enid, que é a vice-presidente.\n4. O carro amarelo pertence ao secretário, que é Cheryl, pois Bert está entre Cheryl e Enid, e Bert não pode ser o presidente porque o carro do presidente é azul.\n5. O carro roxo pertence a David, que é o tesoureiro. \n\nPortanto, o secretário é Cheryl.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Para qual direção Suresh estava olhando? Como você resolve isso?",
    history: answered(
      "Numa manhã após o nascer do sol, Suresh estava de pé olhando para um poste. A sombra do poste caía exatamente à sua direita. Você pode me dizer a direção para a qual a sombra estava apontando - leste, sul, oeste ou norte? Explique os seus passos de raciocínio.",
      "A sombra de um objeto é projetada na direção oposta à luz. Como Suresh está olhando para o poste durante a manhã após o nascer do sol, a luz do sol está vindo do leste. Portanto, a sombra do poste cairá na direção oposta, que é o oeste. Como a sombra está exatamente à direita de Suresh, isso significa que ele está olhando para o sul. Portanto, a sombra está apontando para o oeste.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Se selecionarmos um estudante que goste de verde, qual é a probabilidade de que ele ou ela não goste de ambas as cores?",
    history: answered(
      "Em uma pesquisa realizada em uma escola secundária local, foram medidas as preferências por uma nova cor para a escola: 58% dos estudantes gostaram da cor azul, 45% preferiram verde, e 22% gostaram de ambas as cores. Se escolhermos aleatoriamente um estudante da escola, qual é a probabilidade de ele não gostar nem de azul nem de verde?",
      "Para resolver essa questão, precisamos entender que a soma das probabilidades de todos os eventos possíveis é sempre igual a 1 (ou 100%). Nesse caso, temos três eventos: gostar de azul, gostar de verde e gostar de ambas as cores.\n\nNo entanto, o fato de alguns estudantes gostarem de ambas as cores está sendo contado duas vezes, uma vez em azul e outra vez em verde. Portanto, precisamos subtrair a porcentagem de estudantes que gostam de ambas as cores uma vez para obter a porcentagem total de estudantes que gostam de azul ou verde.\n\nA porcentagem de estudantes que gostam de azul ou verde é 58% + 45% - 22% = 81%.\n\nPortanto, a probabilidade de um estudante escolhido aleatoriamente não gostar nem de azul nem de verde é 1 - 0.81 = 0.19 ou 19%.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "E quanto a |x + 10| < 5",
    history: answered(
      "Quantos números inteiros estão na solução da desigualdade |x + 5| < 10",
      "A desigualdade |x + 5| < 10 pode ser reescrita como -10 < x + 5 < 10. Resolvendo para x, obtemos -15 < x < 5. \n\nOs números inteiros que satisfazem essa desigualdade são -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4. Portanto, existem 19 números inteiros na solução da desigualdade.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Encontre x tal que f(x) = 0.",
    history: answered(
      "Dado que f(x) = 4x^3 - 9x - 14, encontre o valor de f(2).",
      "Para encontrar o valor de f(2), você deve substituir x por 2 na função dada.\n\nf(2) = 4*(2)^3 - 9*(2) - 14\n     = 4*8 - 18 - 14\n     = 32 - 18 - 14\n     = 0\n\nPortanto, o valor de f(2) é 0.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "E quanto a este?\n\n```\ndef subsequencia_comum_mais_longa(X , Y): \n    # Encontrar os comprimentos de duas strings \n    m = len(X) \n    n = len(Y) \n  \n    # Criar uma tabela para armazenar os resultados dos subproblemas \n    dp = [[None]*(n+1) for i in range(m+1)] \n  \n    # Preencher dp[][] de maneira ascendente \n    for i in range(1, m+1): \n        for j in range(1, n+1): \n            if X[i-1] == Y[j-1]: \n                dp[i][j] = dp[i-1][j-1]+1\n            else: \n                dp[i][j] = max(dp[i-1][j], dp[i][j-1]) \n  \n    return dp[m][n]\n```",
    history: answered(
      "Aqui está uma função em Python para encontrar o tamanho da subsequência comum mais longa de duas strings de entrada. Você consegue identificar algum bug nesta função?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
      "A função parece estar correta. Ela implementa o algoritmo clássico para encontrar o tamanho da subsequência comum mais longa (LCS - Longest Common Subsequence) de duas strings. \n\nO algoritmo usa programação dinâmica para construir uma matriz `dp` onde `dp[i][j]` contém o tamanho da LCS das primeiras `i` letras de `str1` e das primeiras `j` letras de `str2`. \n\nSe `str1[i - 1]` é igual a `str2[j - 1]`, então o tamanho da LCS pode ser incrementado em 1. Caso contrário, o tamanho da LCS é o máximo do tamanho da LCS encontrada até `i - 1` e `j` ou até `i` e `j - 1`.\n\nFinalmente, a função retorna `dp[m][n]`, que é o tamanho da LCS de `str1` e `str2`.\n\nPortanto, não parece haver nenhum bug na função.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Agora a restrição de não usar uma estrutura de dados extra foi removida, implemente uma com a melhor complexidade de tempo.",
    history: answered(
      "Implemente um programa para encontrar os elementos comuns em dois arrays sem utilizar quaisquer estruturas de dados extras.",
      "Aqui está um exemplo de um programa em Python que encontra os elementos comuns em dois arrays sem usar quaisquer estruturas de dados extras:\n\n```python\ndef find_common_elements(array1, array2):\n    common_elements = []\n    for i in array1:\n        if i in array2:\n            common_elements.append(i)\n    return common_elements\n\n# Testando o programa\narray1 = [1, 2, 3, 4, 5]\narray2 = [4, 5, 6, 7, 8]\nprint(find_common_elements(array1, array2))  # Saída: [4, 5]\n```\n\nEste programa percorre cada elemento do primeiro array e verifica se ele está presente no segundo array. Se estiver, ele é adicionado a uma lista de elementos comuns. No final, a lista de elementos comuns é retornada.\n\nPor favor, note que este programa tem uma complexidade de tempo de O(n^2) porque para cada elemento no primeiro array, ele verifica se esse elemento está presente no segundo array. Se os arrays forem muito grandes, isso pode levar algum tempo. Se você estiver trabalhando com arrays muito grandes e precisar de um programa mais eficiente, pode ser necessário usar uma estrutura de dados extra, como um conjunto ou um mapa de hash, para reduzir a complexidade do tempo.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Qual empresa teve a maior margem de lucro (relação lucro/receita)?",
    history: answered(
      "Dado os seguintes dados, identifique a empresa com o maior lucro em 2021 e forneça o nome do seu CEO:\na) A empresa X, com a CEO Amy Williams, reportou $30 bilhões em receita e um lucro de $3 bilhões em 2021.\nb) A empresa Y, liderada pelo CEO Mark Thompson, registrou uma receita de $60 bilhões e um lucro de $6 bilhões no mesmo ano.\nc) A empresa Z, sob a CEO Sarah Johnson, anunciou uma receita de $20 bilhões e um lucro de $7 bilhões em 2021.\nd) A empresa W, gerida pelo CEO James Smith, revelou uma receita de $300 bilhões com um lucro de $21 bilhões em 2021.\ne) A empresa V, com a CEO Lisa Brown, reportou uma receita de $200 bilhões e um lucro de $25 bilhões em 2021.\nf) A empresa U, sob o CEO John White, registrou uma receita de $180 bilhões e um lucro de $20 bilhões no mesmo ano.",
      "A empresa com o maior lucro em 2021 foi a empresa V, com um lucro de $25 bilhões. A CEO dessa empresa é Lisa Brown.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text:
      "Você pode alterar as avaliações de números para letras? Letras maiúsculas DEVEM ser usadas ao escrever os nomes dos telefones.",
    history: answered(
      "Analise as seguintes avaliações de clientes de diferentes fontes para três smartphones diferentes - o último iPhone, Samsung Galaxy e Google Pixel - e forneça uma classificação geral para cada telefone em uma escala de 1 a 10. Considere as seguintes avaliações complexas e contraditórias:\n- Avaliação do TechRadar do último iPhone: O novo iPhone é um impressionante triunfo da engenharia que estabelece um novo padrão para o desempenho e a qualidade da câmera dos smartphones. No entanto, o design incremental e o alto preço significam que ele carece do 'uau' dos iPhones anteriores. Ainda assim, seu poder e inteligência são inigualáveis.\n- Avaliação do CNET do último Samsung Galaxy: O telefone Samsung Galaxy tem muitos pontos altos, incluindo uma tela incrível, desempenho rápido, vida útil da bateria sólida e uma impressionante variedade de opções de câmera. Dito isto, Bixby permanece sem brilho, AR emoji cai flat e o design geral do telefone não mudou muito. O novo Galaxy é, no geral, um telefone incrível, mas possui algumas fraquezas irritantes que o impedem de alcançar a verdadeira grandeza.\n- Avaliação do The Verge do último Google Pixel: O Pixel do Google possui especificações de ponta, software alimentado por IA inovador e uma câmera sensacional em um design elegante. No entanto, o telefone tem uma vida útil de bateria fraca, falta de armazenamento expansível, e seu desempenho às vezes gagueja, especialmente considerando seu alto preço. Se software perfeito, fotografia de",
      '{\n  "iPhone": 8.5,\n  "Samsung Galaxy": 8.0,\n  "Google Pixel": 7.5\n}',
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Quais são alguns casos extremos ou limites na sua solução? Como você lida com eles?",
    history: answered(
      "Considere um satélite que está em órbita circular ao redor da Terra. A velocidade do satélite diminui. O que acontecerá com o raio orbital do satélite e o período de revolução? Por favor, justifique sua resposta usando princípios da física.",
      "Se a velocidade de um satélite em órbita circular ao redor da Terra diminui, o raio orbital do satélite também diminuirá. Isso ocorre devido à lei da conservação do momento angular, que afirma que o momento angular de um sistema fechado (neste caso, o satélite e a Terra) permanece constante a menos que uma força externa seja aplicada. O momento angular é dado pelo produto da massa, velocidade e raio. Portanto, se a velocidade diminui, o raio deve diminuir para manter o momento angular constante.\n\nEm relação ao período de revolução, ele aumentará. O período de revolução de um satélite é determinado pela terceira lei de Kepler, que afirma que o quadrado do período de revolução é proporcional ao cubo do raio orbital. Portanto, se o raio orbital diminui, o período de revolução também deve diminuir. No entanto, a diminuição na velocidade do satélite significa que ele levará mais tempo para completar uma órbita, aumentando assim o período de revolução.\n\nPortanto, uma diminuição na velocidade do satélite resultará em uma diminuição no raio orbital e um aumento no período de revolução.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Como podemos reverter esse processo?",
    history: answered(
      "Descreva o processo e escreva a equação química balanceada para a reação que ocorre quando o carbonato de cálcio sólido reage com ácido clorídrico para formar cloreto de cálcio aquoso, dióxido de carbono e água. Que tipo de reação é essa e quais observações podem indicar que a reação está acontecendo?",
      "O processo envolve a combinação de carbonato de cálcio (CaCO3) sólido e ácido clorídrico (HCl) para formar cloreto de cálcio (CaCl2) aquoso, dióxido de carbono (CO2) e água (H2O). A equação química balanceada para essa reação é:\n\nCaCO3(s) + 2HCl(aq) → CaCl2(aq) + CO2(g) + H2O(l)\n\nEste é um exemplo de uma reação de ácido-base, mais especificamente, é uma reação de neutralização, onde um ácido e uma base reagem para formar um sal e água. Também pode ser classificada como uma reação de deslocamento duplo.\n\nObservações que indicam que a reação está ocorrendo incluem a formação de bolhas ou efervescência, que é o dióxido de carbono sendo liberado. Além disso, se a reação estiver ocorrendo em uma solução, você pode notar que a solução se torna clara à medida que o carbonato de cálcio sólido se dissolve.",
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "pt",
    text: "Escreva um plano concreto para o seu segundo exemplo. Inclua estimativas de orçamento.",
    history: answered(
      "Compartilhe ideias para adaptar obras-primas de arte em experiências interativas para crianças. Liste 5 obras de arte específicas e ideias associadas.",
      '1. "Mona Lisa" de Leonardo da Vinci: Crie um jogo de realidade aumentada onde as crianças podem interagir com a Mona Lisa, fazendo perguntas sobre sua história e vida na época de Leonardo da Vinci. As respostas podem ser programadas para aparecer na tela, tornando a experiência educativa e divertida.\n\n2. "A Noite Estrelada" de Vincent Van Gogh: Desenvolva uma atividade de pintura interativa onde as crianças podem recriar a obra-prima de Van Gogh usando tintas digitais ou físicas. Isso pode ser feito em um aplicativo de pintura ou em uma oficina de arte.\n\n3. "O Grito" de Edvard Munch: Crie uma experiência de realidade virtual onde as crianças podem entrar na pintura e explorar o mundo de Munch. Elas podem interagir com os elementos da pintura e aprender sobre a história e o significado por trás dela.\n\n4. "A Persistência da Memória" de Salvador Dalí: Desenvolva um jogo de quebra-cabeça interativo onde as crianças precisam montar a pintura de Dalí. Isso pode ajudar a melhorar suas habilidades de resolução de problemas e ensiná-las sobre o surrealismo.\n\n5. "As Meninas" de Diego Velázquez: Crie uma peça de teatro interativa onde as crianças podem atuar como os personagens da pintura. Isso pode ser feito em uma sala de aula ou em um ambiente de teatro, permitindo que as crianças aprendam sobre a pintura de uma maneira divertida e envolvente.',
    ),
    source: M2LINGUAL_MT_BENCH_PT,
  },
  {
    lang: "ko",
    text: "모든 문장이 ㄱ으로 시작하게 이전 답변을 수정 작성하세요.",
    history: answered(
      "하와이 여행을 준비하는 사람을 위한 재밌는 블로그 게시물을 작성해 주세요. 현지에서 즐길 수 있는 문화 체험과 꼭 가봐야 할 명소 위주로 작성해 주세요.",
      "제목: 하와이에서의 명소와 문화 체험, 이 모든 것을 경험해보세요!\n\n안녕하세요, 여행을 사랑하는 여행자 여러분! 오늘은 특별한 여행지, 하와이에 대해 이야기하려고 합니다. 하와이는 그야말로 천국 같은 곳으로, 여행을 준비하시는 분들을 위해 특별한 정보를 준비했습니다. \n\n1. 진정한 하와이를 만나보세요: 루아우 \n하와이에 오셨다면 꼭 경험해보셔야 할 것 중 하나는 전통적인 루아우입니다. 루아우는 하와이의 전통적인 파티로, 음악, 무용, 그리고 맛있는 음식을 즐길 수 있는 행사입니다. 이곳에서는 하와이의 문화와 역사를 체험하며, 특별한 추억을 만드실 수 있습니다.\n\n2. 하와이의 아름다운 자연을 경험하라: 하나우마 베이\n하나우마 베이는 하와이에서 가장 아름다운 스노클링 장소 중 하나로, 다양한 종류의 열대어와 산호초를 감상하실 수 있습니다. 물이 맑아서 수중의 모든 것을 명확하게 볼 수 있으며, 물속에서의 경험은 분명히 여행의 하이라이트가 될 것입니다.\n\n3. 하와이의 역사를 체험하라: 펄 하버 \n펄 하버는 미국 역사에서 중요한 장소로, 여기에서는 1941년 일본의 공격으로 인해 발생한 사건에 대해 배울 수 있습니다. 아리조나 기념관은 펄 하버를 방문하는 모든 사람들에게 꼭 봐야 할 곳입니다.\n\n4. 장인정신을 체험하라: 하와이 아트 앤 크래프트 페어\n하와이는 그 자체로 예술적인 장소이며, 지역 예술가들의 작품을 보고 구매할 수 있는 아트 앤 크래프트 페어를 빼놓을 수 없습니다. 이 장소에서는 하와이의 문화와 예술을 체험하고, 지역 예술가들이 만든 독특한 기념품을 구매하실 수 있습니다.\n\n이 외에도 하와이에는 즐길 거리가 무궁무진하니, 여러분의 하와이 여행이 특별한 추억으로 남길 바랍니다. 하와이의 아름다운 자연과 문화를 만끽하시고, 이곳에서의 유니크한 경험을 즐기시길 바랍니다. Aloha!",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "각 문장에 유명한 문학 작품이나 역사적 사건에 대한 암시를 포함하도록 이전 답변을 수정하세요.",
    history: answered(
      "강렬한 이미지와 창의적인 언어를 사용하여 생생하고 독특한 캐릭터 하나를 묘사해 보세요. 두 문단 이내로 작성하세요.",
      "그녀의 이름은 루나, 어느 날 갑자기 나타난 특별한 존재다. 그녀의 모습을 한마디로 설명하자면, '화려한 밤하늘에 빛나는 별'이다. 그녀의 눈은 밝게 빛나는 별빛과 같이 반짝이며, 그 깊이는 끝이 없는 우주를 닮았다. 그녀의 머리카락은 흑백 사진처럼 깊고 짙은 색조를 지니고 있으며, 그것은 그녀의 신비로운 매력을 더욱 돋보이게 한다. 그녀의 목소리는 달빛이 흐르는 것처럼 부드럽고, 언제나 사람들을 안심시키며 위로한다.\n\n루나는 창의적이고 개성적인 존재다. 그녀의 사고방식은 절대적인 자유를 추구하며, 그녀의 모든 행동은 예측불허의 독특함을 품고 있다. 그녀는 새로운 것을 발견하고, 탐험하는 것을 사랑한다. 일반적인 생각이나 틀에 얽매이지 않는 그녀의 모습은 많은 사람들에게 새로운 영감을 주며, 그녀의 창의적인 에너지는 주변을 밝게 빛나게 한다. 루나는 그녀만의 독특한 세계를 풍성하게 그려내는 독특한 화가라고도 할 수 있다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      '이전 답변을 수정합니다. 두 번째 후보를 다음과 같이 조정합니다: 1. 캐주얼한 톤 2. "FlexPower"라는 회사의 광고를 삽입 3. 10어절 이하로 작성.',
    history: answered(
      "재생가능한 바이오 에너지의 최신 발견에 관한 기사 제목을 작성하세요. 눈에 띄면서도 과학적으로 정확하되, 바이오 에너지원을 둘러싼 윤리적 딜레마를 다룰 수 있도록 기사 제목을 작성하세요. 네 가지 후보를 제안하세요.",
      '1. "바이오 에너지의 미래: 최신 발견과 윤리적 고려사항"\n2. "재생 가능한 바이오 에너지의 진보: 과학적 성과와 윤리적 딜레마"\n3. "과학적 발전과 윤리적 책임: 바이오 에너지의 최근 발견과 그 이후"\n4. "바이오 에너지 소스의 혁신과 윤리적 질문: 재생 가능한 에너지의 새로운 시대"',
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "앞의 질문을 바꾸어 데이비드의 각 누이에게 두 명의 형제가 있다고 가정하면, 데이비드에게는 몇 명의 형제가 있을까요?",
    history: answered(
      "데이비드에게는 세 자매가 있습니다. 세 자매는 모두 각각 한 명의 형제가 있습니다. 그럼 데이비드에게는 몇 명의 형제가 있을까요?",
      "데이비드에게는 세 명의 자매가 있습니다. 세 자매 각각이 한 명의 형제를 가지고 있는데, 그 형제는 데이비드 자신입니다. 따라서 데이비드의 형제는 없습니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "이 삼각형을 둘러싸고 있는 원의 넓이는 어떻게 될까요?",
    history: answered(
      "삼각형의 세 꼭지점의 좌표가 (0, 0), (-1, 1), (3, 3) 입니다. 이 삼각형의 넓이는 얼마인가요?",
      "삼각형의 넓이를 구하는 공식은 1/2 * 밑변 * 높이입니다. 하지만 이 경우에는 좌표를 가지고 있으므로, 좌표를 사용하여 삼각형의 넓이를 구할 수 있습니다.\n\n삼각형의 넓이를 구하는 공식은 다음과 같습니다:\n\nArea = 1/2 * |x1(y2 - y3) + x2(y3 - y1) + x3(y1 - y2)|\n\n여기서 (x1, y1) = (0, 0), (x2, y2) = (-1, 1), (x3, y3) = (3, 3)입니다.\n\n따라서, \n\nArea = 1/2 * |0*(1 - 3) - 1*(3 - 0) + 3*(0 - 1)|\n\n     = 1/2 * |0 - 3 - 3|\n\n     = 1/2 * |-6|\n\n     = 1/2 * 6\n\n     = 3\n\n따라서, 삼각형의 넓이는 3입니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "버스 요금이 1인당 2달러인 경우 버스 요금으로 벌어들인 총 수입은 얼마일까요?",
    history: answered(
      "터미널에서 여러명의 승객이 버스에 탑승했습니다. 첫 번째 버스 정류장에서 기존 승객의 절반이 하차하였고 4명이 탑승했습니다. 그리고 두 번째 버스 정류장에서 6명이 내리고 8명이 탔습니다. 세 번째 정류장으로 향하는 버스 안에 있는 승객이 총 25명이라면 터미널에서 버스에 탑승한 최초 인원은 몇 명일까요?",
      "세 번째 정류장에서 버스에 타고 있는 사람이 총 25명이라고 했을 때, 두 번째 정류장에서는 25명 - 8명(탑승) + 6명(하차) = 23명이었을 것입니다. 그리고 첫 번째 정류장에서는 (23명 - 4명(탑승)) * 2 (절반의 사람들이 내림) = (23명 - 4명) * 2 = 38명이었을 것입니다. 따라서 터미널에서 버스에 탑승한 사람은 38명이었을 것입니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "벤자민이 이 책들을 구매가 대비 25% 인상하여 판매하기로 결정했다고 가정해 보겠습니다. 벤자민이 구매한 모든 책을 판매하면 총 수익은 얼마일까요?",
    history: answered(
      "벤자민은 서점에서 다양한 책을 구입했습니다. 그는 권당 20달러인 공상 과학 소설 5권, 권당 30달러인 역사책 3권, 권당 45달러인 철학책 2권을 구입했습니다.\n그가 구매한 책들의 총 비용은 얼마입니까?",
      "벤자민이 구입한 책들의 총 비용을 계산하기 위해 각 책의 가격을 수량으로 곱한 후 모두 더하면 됩니다.\n\n공상 과학 소설: 20달러 x 5권 = 100달러\n역사책: 30달러 x 3권 = 90달러\n철학책: 45달러 x 2권 = 90달러\n\n따라서 벤자민이 구입한 책들의 총 비용은 100달러 + 90달러 + 90달러 = 280달러입니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "CSS를 사용하여 농담의 색상을 빨간색으로 변경하려면 어떻게 해야 하나요?",
    history: answered(
      "HTML로 간단한 웹사이트를 구현합니다. 사용자가 버튼을 클릭하면 4개의 농담 목록 중 한 개의 농담을 랜덤으로 보여줍니다.",
      '아래는 HTML과 JavaScript를 사용하여 원하는 기능을 구현한 간단한 웹사이트의 예입니다.\n\n```html\n<!DOCTYPE html>\n<html>\n<head>\n    <title>Random Joke Generator</title>\n</head>\n<body>\n    <h1>Random Joke Generator</h1>\n    <button onclick="generateJoke()">Generate Joke</button>\n    <p id="joke"></p>\n\n    <script>\n        var jokes = [\n            "농담 1",\n            "농담 2",\n            "농담 3",\n            "농담 4"\n        ];\n\n        function generateJoke() {\n            var randomIndex = Math.floor(Math.random() * jokes.length);\n            document.getElementById(\'joke\').innerHTML = jokes[randomIndex];\n        }\n    </script>\n</body>\n</html>\n```\n\n위의 코드에서는 먼저 HTML을 사용하여 웹페이지의 기본 구조를 만들었습니다. 그리고 JavaScript를 사용하여 농담 배열을 만들고, 버튼을 클릭하면 `generateJoke` 함수가 실행되도록 했습니다. 이 함수는 농담 배열에서 임의의 농담을 선택하고, 그 농담을 웹페이지에 표시합니다.',
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "문제가 이진 트리에서 삼진 트리로 바뀌면 어떻게 될까요?",
    history: answered(
      "모든 레벨에 자식 노드가 0개 혹은 2개 있는 이진 트리를 가득 차 있다고 말합니다. n개 레벨을 가지고 가득 찬 이진 트리의 개수를 B_n이라고 합시다. B_n을 구하는 함수를 구현하세요.",
      "이 문제는 카탈란 수를 사용하여 해결할 수 있습니다. 이진 트리의 개수를 계산하는 공식은 카탈란 수를 사용하여 다음과 같이 표현될 수 있습니다:\n\nB_n = (2n choose n) / (n + 1)\n\n이 공식을 사용하여 Python에서 함수를 구현하면 다음과 같습니다:\n\n```python\nimport math\n\ndef num_of_full_binary_trees(n):\n    return math.comb(2*n, n) // (n + 1)\n```\n\n이 함수는 n개의 꼭짓점을 가진 전체 이진 트리의 개수를 반환합니다. `math.comb` 함수는 조합(combination)을 계산하고, `//` 연산자는 정수 나눗셈을 수행합니다.\n\n이 함수를 사용하면, 예를 들어, 3개의 꼭짓점을 가진 전체 이진 트리의 개수를 다음과 같이 계산할 수 있습니다:\n\n```python\nprint(num_of_full_binary_trees(3))  # 출력: 5\n```\n\n이는 5개의 서로 다른 형태의 전체 이진 트리가 있음을 나타냅니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "이익률(이익/매출 비율)이 가장 높은 회사는 어디일까요?",
    history: answered(
      "다음 데이터 중 2021년에 가장 높은 수익을 올린 회사의 CEO 이름을 찾으십시오.\na) CEO 에이미 윌리엄스가 이끄는 회사 X는 2021년에 300억 달러의 매출과 30억 달러의 이익을 보고했습니다.\nb) CEO 마크 톰슨이 이끄는 Y 회사는 같은 해에 600억 달러의 매출과 60억 달러의 이익을 기록했습니다.\nc) CEO 사라 존슨이 이끄는 Z 기업은 2021년에 200억 달러의 매출과 70억 달러의 이익을 달성할 것이라고 발표했습니다.\nd) CEO 제임스 스미스가 경영하는 W사는 2021년에 3,000억 달러의 매출과 210억 달러의 수익을 달성할 것이라고 밝혔습니다.\ne) CEO 리사 브라운이 이끄는 V사는 2021년에 2,000억 달러의 매출과 250억 달러의 이익을 달성할 것이라고 발표했습니다.\nf) 존 화이트가 CEO로 있는 U사는 같은 해에 1,800억 달러의 매출과 200억 달러의 이익을 기록했습니다.",
      "2021년에 가장 높은 수익을 올린 회사는 CEO 리사 브라운이 이끄는 V사로, 이익은 250억 달러를 달성하였습니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "방정식을 재정렬하고 'a', 'b', 'c', 'd' 등을 변수로 사용하세요.",
    history: answered(
      "복잡한 방정식이 주어질 때 각각의 방정식에서 고유한 변수 이름을 모두 추출합니다. 방정식마다 한 줄씩 할당되도록 하여 결과값을 JSON 문자열로 반환합니다.\n```\n1) y = (3/4)x^3 - e^(2x) + sin(pi*x) - sqrt(7)\n2) 2A - B/(3+C) * sum(N=1 to 5; ln(N)^2) = 5D*integral(a=0 to pi; cos(comb(N=1 to 10; N*a)))\n3) E = m(c^2) + gamma*(v/d)/(-(alpha/2) + sqrt(beta^2 + (alpha/2)^2))\n```",
      '이 방정식들에서 추출된 고유 변수 이름들은 다음과 같습니다:\n\n1) 첫 번째 방정식에서의 변수들: ["y", "x", "e", "pi"]\n\n2) 두 번째 방정식에서의 변수들: ["A", "B", "C", "N", "D", "a", "pi"]\n\n3) 세 번째 방정식에서의 변수들: ["E", "m", "c", "gamma", "v", "d", "alpha", "beta"]\n\n이를 JSON 형식으로 표현하면 다음과 같습니다:\n\n1) {"equation1": ["y", "x", "e", "pi"]}\n\n2) {"equation2": ["A", "B", "C", "N", "D", "a", "pi"]}\n\n3) {"equation3": ["E", "m", "c", "gamma", "v", "d", "alpha", "beta"]}',
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "나무는 일생 동안 광합성을 통해 얼마나 많은 에너지를 생산할 수 있나요? 실제 수치를 사용하여 추정치를 제시하고 사고 과정을 단계별로 자세히 설명하세요.",
    history: answered(
      "광합성은 지구상의 생명체에게 매우 중요한 과정입니다. 광합성의 두 가지 주요 단계에 대해 설명해 주시겠어요? 엽록체 내에서 각 단계가 일어나는 위치와 각 단계의 주요 입력과 출력을 포함하여 설명해 주세요.",
      "광합성은 식물이 태양의 에너지를 화학 에너지로 변환하는 과정입니다. 이 과정은 주로 식물의 엽록체에서 일어나며, 두 가지 주요 단계로 나눌 수 있습니다: 빛 반응 단계와 캘빈 주기 또는 어두운 반응 단계입니다.\n\n1. 빛 반응 단계: 이 단계는 엽록체의 타일라코이드라는 구조에서 일어납니다. 태양빛(빛의 에너지)이 엽록소에 의해 흡수되면, 이 에너지는 물 분자를 산소와 수소 이온으로 분해하는 데 사용됩니다. 이 과정에서 산소가 생성되어 대기 중으로 방출되며, 동시에 ATP(아데노신 삼인산)와 NADPH라는 에너지 화합물이 생성됩니다. 따라서 이 단계의 주요 입력은 빛과 물이며, 주요 출력은 산소, ATP, 그리고 NADPH입니다.\n\n2. 캘빈 주기 또는 어두운 반응 단계: 이 단계는 엽록체의 스토마에서 일어납니다. 이 단계에서는 앞서 생성된 ATP와 NADPH가 이산화탄소와 결합하여 포도당과 같은 유기 화합물을 생성합니다. 이 과정은 빛이 없어도 일어날 수 있으며, 이산화탄소를 화학 에너지로 변환하는 과정입니다. 따라서 이 단계의 주요 입력은 ATP, NADPH, 그리고 이산화탄소이며, 주요 출력은 포도당입니다.\n\n따라서 광합성은 식물이 태양빛을 화학 에너지로 변환하고, 이산화탄소를 포도당과 같은 유기 화합물로 변환하는 과정입니다. 이 과정을 통해 식물은 자신의 성장과 발달에 필요한 에너지를 얻을 수 있습니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text:
      "만약 이 시스템이 100명을 수용할 수 있는 건물을 위한 시스템이라면, 이 시스템을 구현하는 데 필요한 예상 예산은 얼마인가요?",
    history: answered(
      "당신은 주거용 건물을 위한 태양열 온수난방 시스템을 설계하라는 과제를 받았습니다. 설계에 포함할 주요 구성 요소와 고려 사항들을 설명하십시오. 5단계로 이루어진 작업 순서를 설계하십시오.",
      "주거용 건물을 위한 태양열 온수 난방 시스템을 설계하는 것은 매우 중요한 과제입니다. 이 시스템은 환경 친화적이며, 장기적으로 에너지 비용을 절약할 수 있습니다. \n\n주요 구성 요소:\n1. 태양열 수집기: 태양열을 수집하여 열 에너지로 변환합니다.\n2. 열 저장 탱크: 수집된 열 에너지를 저장합니다.\n3. 펌프와 컨트롤러: 시스템의 작동을 제어하고, 열을 필요한 곳으로 이동시킵니다.\n4. 배관 시스템: 열 에너지를 전달하는 데 사용됩니다.\n5. 보조 난방 시스템: 태양열이 충분하지 않을 때 사용됩니다.\n\n고려 사항:\n1. 건물의 위치와 방향: 최대한 많은 태양열을 수집하기 위해 필요합니다.\n2. 난방 요구량: 건물의 크기와 난방이 필요한 공간을 고려해야 합니다.\n3. 예산: 시스템의 설치 및 유지 관리 비용을 고려해야 합니다.\n4. 지역 규제: 일부 지역에서는 태양열 시스템의 설치에 제한이 있을 수 있습니다.\n\n5단계 워크플로우:\n1. 요구 사항 분석: 건물의 위치, 크기, 난방 요구량 등을 분석합니다.\n2. 설계: 태양열 수집기, 열 저장 탱크, 펌프와 컨트롤러, 배관 시스템, 보조 난방 시스템 등의 구성 요소를 설계합니다.\n3. 비용 계산: 설치 및 유지 관리 비용을 계산하고 예산을 설정합니다.\n4. 설치: 설계된 시스템을 설치합니다.\n5. 테스트 및 유지 관리: 시스템이 제대로 작동하는지 테스트하고, 정기적인 유지 관리를 계획합니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "위의 내용을 우화적으로 표현한 시 한 편을 쓰세요.",
    history: answered(
      "인생의 여러 단계들은 우리의 시간과 죽음에 대한 이해를 어떻게 형성하나요?",
      "인생의 여러 단계는 우리가 시간과 죽음에 대해 이해하는 방식에 큰 영향을 미칩니다. \n\n1. 유년기: 이 단계에서는 시간과 죽음에 대한 개념이 아직 완전히 이해되지 않습니다. 아이들은 주로 현재를 살아가며, 미래나 죽음에 대한 생각은 거의 하지 않습니다.\n\n2. 청소년기: 이 단계에서는 시간에 대한 인식이 점점 성장하며, 죽음에 대한 첫 번째 이해가 형성됩니다. 청소년들은 자신의 삶이 영원하지 않다는 사실을 인식하기 시작하며, 이는 종종 불안감을 초래할 수 있습니다.\n\n3. 성인기: 이 단계에서는 시간과 죽음에 대한 이해가 깊어집니다. 우리는 삶의 책임을 져야하며, 미래를 계획하고, 죽음에 대한 더 실질적인 인식을 가지게 됩니다. 이는 종종 우리가 삶을 어떻게 살아갈지에 대한 결정을 내리는데 영향을 미칩니다.\n\n4. 노년기: 이 단계에서는 시간과 죽음에 대한 인식이 가장 강하게 됩니다. 우리는 삶의 끝이 점점 다가오고 있다는 것을 인식하며, 이는 종종 우리의 삶에 대한 평가와 반성을 촉발합니다.\n\n따라서, 인생의 각 단계는 우리가 시간과 죽음을 이해하고 대응하는 방식을 형성하는 데 중요한 역할을 합니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "ko",
    text: "첫 번째 예를 사용해 선거 운동의 구체적인 계획을 제시하십시오.",
    history: answered(
      "기저율의 오류란 무엇인지 설명하고 정치인들이 선거 운동에 이 오류를 사용한 구체적인 예 다섯 가지를 나열하세요.",
      "기저율의 오류는 통계에서 발생하는 오류로, 비교하려는 두 데이터의 시작점이나 기준점이 다를 때 발생합니다. 이 오류는 통계의 변화율을 계산할 때 특히 중요하며, 기저율이 다르면 실제 변화율과는 다른 결과를 도출할 수 있습니다. \n\n정치인들이 선거 운동에서 기저율의 오류를 사용하는 예는 다음과 같습니다:\n\n1. 경제 성장률: 정치인들은 자신들의 정책이 경제에 미친 영향을 강조하기 위해 경제 성장률을 자주 사용합니다. 그러나 성장률을 계산할 때 기저율이 다르면 결과가 크게 달라질 수 있습니다. 예를 들어, 경제가 이미 성장하고 있는 상황에서 성장률을 계산하면 작은 변화도 큰 성장으로 보일 수 있습니다.\n\n2. 실업률: 정치인들은 실업률을 낮추는 것을 주요 목표로 삼는 경우가 많습니다. 그러나 실업률을 계산할 때 기저율이 다르면 실업률의 변화를 과대 또는 과소평가할 수 있습니다.\n\n3. 범죄율: 범죄율은 정치인들이 자신들의 정책이 사회 안전에 얼마나 기여했는지를 보여주는 지표로 사용됩니다. 그러나 범죄율을 계산할 때 기저율이 다르면 범죄율의 변화를 과대 또는 과소평가할 수 있습니다.\n\n4. 교육 지출: 정치인들은 교육에 대한 투자를 강조하며, 교육 지출의 증가를 강조할 수 있습니다. 그러나 교육 지출을 계산할 때 기저율이 다르면 실제 지출 증가율과는 다른 결과를 도출할 수 있습니다.\n\n5. 공무원 수: 정치인들은 공무원 수를 줄이는 것을 공약으로 내세울 수 있습니다. 그러나 공무원 수를 계산할 때 기저율이 다르면 실제 공무원 수의 변화를 과대 또는 과소평가할 수 있습니다.",
    ),
    source: KO_MT_BENCH,
  },
  {
    lang: "en",
    text:
      'If the "second person" is changed to "last person" in the above question, what would the answer be?',
    history: answered(
      "Imagine you are participating in a race with a group of people. If you have just overtaken the second person, what's your current position? Where is the person you just overtook?",
      "If you have just overtaken the second person, your current position is now second place. The person you just overtook is now in third place.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Does the original question contain any clues to definitively determine the location of the White House?",
    history: answered(
      "You can see a beautiful red house to your left and a hypnotic greenhouse to your right, an attractive heated pink place in the front. So, where is the White House?",
      "The White House is located at 1600 Pennsylvania Avenue NW in Washington, D.C. It is the official residence and workplace of the President of the United States.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "List car colors in order from last to first.",
    history: answered(
      "Read the below passage carefully and answer the questions with an explanation:\nAt a small company, parking spaces are reserved for the top executives: CEO, president, vice president, secretary, and treasurer with the spaces lined up in that order. The parking lot guard can tell at a glance if the cars are parked correctly by looking at the color of the cars. The cars are yellow, green, purple, red, and blue, and the executives' names are Alice, Bert, Cheryl, David, and Enid.\n* The car in the first space is red.\n* A blue car is parked between the red car and the green car.\n* The car in the last space is purple.\n* The secretary drives a yellow car.\n* Alice's car is parked next to David's.\n* Enid drives a green car.\n* Bert's car is parked between Cheryl's and Enid's.\n* David's car is parked in the last space.\nQuestion: What is the name of the secretary?",
      "The name of the secretary is Cheryl.\n\nExplanation:\n1. The car in the first space is red (CEO).\n2. A blue car is parked between the red car and the green car.\n3. The car in the last space is purple (David).\n4. The secretary drives a yellow car.\n5. Alice's car is parked next to David's.\n6. Enid drives a green car.\n7. Bert's car is parked between Cheryl's and Enid's.\n\nFrom the information given, we can deduce the following:\n- David's car is purple and parked in the last space (treasurer).\n- Since Alice's car is parked next to David's, her car is blue and she is the vice president.\n- Enid drives a green car, so she is the president.\n- Bert's car is parked between Cheryl's and Enid's, so his car is red and he is the CEO.\n- Cheryl is the only executive left, so she drives the yellow car and is the secretary.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "To which direction was Suresh facing? How do you solve this?",
    history: answered(
      "One morning after sunrise, Suresh was standing facing a pole. The shadow of the pole fell exactly to his right. Can you tell me the direction towards which the shadow was pointing - east, south, west, or north? Explain your reasoning steps.",
      "The shadow of the pole fell exactly to Suresh's right. Since the sun rises in the east, it means that Suresh was facing north. Therefore, the shadow of the pole was pointing towards the west. Here's the reasoning:\n\n1. Sun rises in the east.\n2. Shadows are cast in the opposite direction of the sunlight.\n3. Suresh was facing the pole, and the shadow was to his right.\n4. Since the sun was in the east, Suresh must have been facing north for the shadow to be on his right side.\n5. As a result, the shadow was pointing towards the west.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "If the aides confront the group of girls from situation (c) and they deny bullying, stating that they were merely playing a game, what specific evidence should the aides look for to determine if this is a likely truth or a cover-up for bullying?",
    history: answered(
      "Parents have complained to the principal about bullying during recess. The principal wants to quickly resolve this, instructing recess aides to be vigilant. Which situation should the aides report to the principal?\na) An unengaged girl is sitting alone on a bench, engrossed in a book and showing no interaction with her peers.\nb) Two boys engaged in a one-on-one basketball game are involved in a heated argument regarding the last scored basket.\nc) A group of four girls has surrounded another girl and appears to have taken possession of her backpack.\nd) Three boys are huddled over a handheld video game, which is against the rules and not permitted on school grounds.",
      "c) A group of four girls has surrounded another girl and appears to have taken possession of her backpack.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "If the startup maintains the same strategy for the third year, investing half of the previous year's amount into software development, how much will they invest in the third year?",
    history: answered(
      "A tech startup invests $8000 in software development in the first year, and then invests half of that amount in software development in the second year.\nWhat's the total amount the startup invested in software development over the two years?",
      "In the first year, the startup invested $8000. In the second year, they invested half of that amount, which is $8000 / 2 = $4000. The total amount invested in software development over the two years is $8000 + $4000 = $12000.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Continue from previous question. What's the probability that you roll a number which is even or at least 3?",
    history: answered(
      "When rolling two dice, what is the probability that you roll a total number that is at least 3?",
      "When rolling two dice, there are a total of 6 sides on each die, which means there are 6 x 6 = 36 possible outcomes. To find the probability of rolling a total number that is at least 3, we need to find the number of outcomes that result in a sum of 3 or more and divide that by the total number of outcomes.\n\nThe only sums that are less than 3 are 1 (rolling a 1 on both dice) and 2 (rolling a 1 on one die and a 2 on the other, or vice versa). There are 2 outcomes that result in a sum of 2: (1,1) and (1,2), (2,1).\n\nSo, there are 36 total outcomes and 2 outcomes that result in a sum less than 3. Therefore, there are 36 - 2 = 34 outcomes that result in a sum of 3 or more.\n\nThe probability of rolling a total number that is at least 3 is the number of favorable outcomes (34) divided by the total number of outcomes (36):\n\nProbability = 34/36 = 17/18 ≈ 0.944\n\nSo, the probability of rolling a total number that is at least 3 is approximately 0.944 or 94.4%.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "If the ticket is $2 per person, how much is the total money earned by the bus?",
    history: answered(
      "Some people got on a bus at the terminal. At the first bus stop, half of the people got down and 4 more people got in. Then at the second bus stop, 6 people got down and 8 more got in. If there were a total of 25 people heading to the third stop, how many people got on the bus at the terminal?",
      "Let's denote the number of people who got on the bus at the terminal as x.\n\nAt the first bus stop, half of the people got down, so there were x/2 people left on the bus. Then, 4 more people got in, making the total number of people on the bus x/2 + 4.\n\nAt the second bus stop, 6 people got down, so there were (x/2 + 4) - 6 people left on the bus. Then, 8 more people got in, making the total number of people on the bus (x/2 + 4) - 6 + 8.\n\nWe know that there were 25 people heading to the third stop, so we can set up the following equation:\n\n(x/2 + 4) - 6 + 8 = 25\n\nNow, let's solve for x:\n\nx/2 + 4 - 6 + 8 = 25\nx/2 + 6 = 25\nx/2 = 19\nx = 38\n\nSo, 38 people got on the bus at the terminal.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "What about |x + 10| < 5",
    history: answered(
      "How many integers are in the solution of the inequality |x + 5| < 10",
      "To solve the inequality |x + 5| < 10, we can break it down into two separate inequalities:\n\n1) x + 5 < 10\n2) -(x + 5) < 10\n\nNow, let's solve each inequality:\n\n1) x + 5 < 10\nSubtract 5 from both sides:\nx < 5\n\n2) -(x + 5) < 10\nDistribute the negative sign:\n-x - 5 < 10\nAdd 5 to both sides:\n-x < 15\nMultiply both sides by -1 (and remember to flip the inequality sign):\nx > -15\n\nNow, we can combine the two inequalities:\n-15 < x < 5\n\nTo find the number of integers in this range, we can count them:\n-14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4\n\nThere are 19 integers in the solution of the inequality |x + 5| < 10.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Suppose Benjamin decides to sell each of these books at a 25% markup from the price he purchased them. What would be his total revenue if he sold all the books he bought?",
    history: answered(
      "Benjamin went to a bookstore and purchased a variety of books. He bought 5 copies of a sci-fi novel, each priced at $20, 3 copies of a history book priced at $30 each, and 2 copies of a philosophy book for $45 each.\nWhat was the total cost of his purchases?",
      "To find the total cost of Benjamin's purchases, we need to calculate the cost of each type of book and then add them together.\n\nFor the sci-fi novels: 5 copies * $20 each = $100\nFor the history books: 3 copies * $30 each = $90\nFor the philosophy books: 2 copies * $45 each = $90\n\nNow, we add the costs together: $100 (sci-fi) + $90 (history) + $90 (philosophy) = $280\n\nThe total cost of Benjamin's purchases was $280.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "Find x such that f(x) = 0.",
    history: answered(
      "Given that f(x) = 4x^3 - 9x - 14, find the value of f(2).",
      "To find the value of f(2), substitute x = 2 into the function f(x) = 4x^3 - 9x - 14.\n\nf(2) = 4(2)^3 - 9(2) - 14\nf(2) = 4(8) - 18 - 14\nf(2) = 32 - 18 - 14\nf(2) = 14 - 14\nf(2) = 0\n\nSo, the value of f(2) is 0.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "Now we define a sequence of numbers in which each number is the sum of the three preceding ones. The first three numbers are 0, -1, -1. Write a program to find the nth number.",
    history: answered(
      "Write a C++ program to find the nth Fibonacci number using recursion.",
      'Here\'s a C++ program to find the nth Fibonacci number using recursion:\n\n```cpp\n#include <iostream>\n\n// Function to find the nth Fibonacci number using recursion\nint fibonacci(int n) {\n    if (n <= 1) {\n        return n;\n    } else {\n        return fibonacci(n - 1) + fibonacci(n - 2);\n    }\n}\n\nint main() {\n    int n;\n\n    std::cout << "Enter the value of n: ";\n    std::cin >> n;\n\n    int result = fibonacci(n);\n    std::cout << "The " << n << "th Fibonacci number is: " << result << std::endl;\n\n    return 0;\n}\n```\n\nTo compile and run the program, save it to a file named `fibonacci_recursion.cpp` and then use the following commands:\n\n```sh\ng++ -o fibonacci_recursion fibonacci_recursion.cpp\n./fibonacci_recursion\n```\n\nEnter the value of `n` when prompted, and the program will output the nth Fibonacci number. Note that this recursive approach can be slow for large values of `n` due to the repeated calculations. A more efficient approach would be to use dynamic programming or memoization.',
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text:
      "what about this one?\n\n```\ndef longest_common_subsequence(X , Y): \n    # Find lengths of two strings \n    m = len(X) \n    n = len(Y) \n  \n    # Create a table to store results of sub-problems \n    dp = [[None]*(n+1) for i in range(m+1)] \n  \n    # Fill dp[][] in bottom up manner \n    for i in range(1, m+1): \n        for j in range(1, n+1): \n            if X[i-1] == Y[j-1]: \n                dp[i][j] = dp[i-1][j-1]+1\n            else: \n                dp[i][j] = max(dp[i-1][j], dp[i][j-1]) \n  \n    return dp[m][n]\n```",
    history: answered(
      "Here is a Python function to find the length of the longest common subsequence of two input strings. Can you identify any bug in this function?\n\n```\ndef longest_common_subsequence_length(str1, str2):\n    m = len(str1)\n    n = len(str2)\n\n    dp = [[0] * (n + 1) for _ in range(m + 1)]\n\n    for i in range(1, m + 1):\n        for j in range(1, n + 1):\n            if str1[i - 1] == str2[j - 1]:\n                dp[i][j] = dp[i - 1][j - 1] + 1\n            else:\n                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])\n\n    return dp[m][n]\n```",
      "The provided function appears to be correct. It uses dynamic programming to find the length of the longest common subsequence of two input strings, `str1` and `str2`. The function initializes a 2D array `dp` of size `(m+1) x (n+1)` where `m` and `n` are the lengths of the input strings. It then iterates through the characters of both strings and fills the `dp` array according to the longest common subsequence found so far. Finally, it returns the value at `dp[m][n]`, which represents the length of the longest common subsequence of the two input strings.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "How about finding the top-2 most occurring elements?",
    history: answered(
      "Write a function to find the majority element in a given integer array using the Boyer-Moore Voting Algorithm.",
      "Here's a Python function that finds the majority element in a given integer array using the Boyer-Moore Voting Algorithm:\n\n```python\ndef majority_element(arr):\n    candidate = None\n    count = 0\n\n    # Boyer-Moore Voting Algorithm\n    for num in arr:\n        if count == 0:\n            candidate = num\n        count += (1 if num == candidate else -1)\n\n    # Verify if the candidate is indeed the majority element\n    if arr.count(candidate) > len(arr) // 2:\n        return candidate\n    else:\n        return None\n\n# Example usage:\narr = [2, 2, 1, 1, 1, 2, 2]\nprint(majority_element(arr))  # Output: 2\n```\n\nThis function first finds a candidate for the majority element using the Boyer-Moore Voting Algorithm. Then, it verifies if the candidate is indeed the majority element by counting its occurrences in the array. If the candidate occurs more than half of the array's length, it is returned as the majority element; otherwise, the function returns None.",
    ),
    source: LMSYS_MT_BENCH,
  },
  {
    lang: "en",
    text: "Does there exist an algorithm with better time complexity? If so, implement it.",
    history: answered(
      "You are given two sorted lists of size m and n. Implement a function to find the kth smallest element in the union of the two lists with linear complexity.",
      "To find the kth smallest element in the union of two sorted lists with linear complexity, you can use a two-pointer approach. Here's a Python function that implements this approach:\n\n```python\ndef find_kth_smallest(arr1, arr2, k):\n    m, n = len(arr1), len(arr2)\n    i, j = 0, 0\n\n    while i < m and j < n:\n        if arr1[i] < arr2[j]:\n            k -= 1\n            if k == 0:\n                return arr1[i]\n            i += 1\n        else:\n            k -= 1\n            if k == 0:\n                return arr2[j]\n            j += 1\n\n    while i < m:\n        k -= 1\n        if k == 0:\n            return arr1[i]\n        i += 1\n\n    while j < n:\n        k -= 1\n        if k == 0:\n            return arr2[j]\n        j += 1\n\n    return None\n```\n\nThis function takes two sorted lists `arr1` and `arr2`, and an integer `k` as input. It initializes two pointers `i` and `j` to traverse the two lists. The function iterates through both lists, comparing the elements at the current positions of the pointers. If the element in `arr1` is smaller, it increments the pointer `i`. If the element in `arr2` is smaller, it increments the pointer `j`. In each iteration, the function also decrements the value of `k`. When `k` reaches 0, the function returns the current element.\n\nIf one of the lists is exhausted, the function continues iterating through the remaining list until `k` reaches 0.\n\nThe time complexity of this function is O(m + n), which is linear in the size of the input lists.",
    ),
    source: LMSYS_MT_BENCH,
  },
];

/** Real user turns from public benchmark files, each with the file it came from. */
export const ORDINARY_SOURCED: OrdinaryTurn[] = [...FIRST_TURNS, ...FOLLOW_UPS];
