import type { OrdinaryTurn } from "./_ordinary_types.ts";

/**
 * Ordinary user turns written by hand (negatives for the META model): 45 per language in en, de, fr,
 * es, it, pt, nl, pl, sv, tr. Questions, requests, follow-ups with their history, turns under an
 * ordinary assistant persona, and people asking for a title/summary/tags of their OWN text.
 */
export const ORDINARY_WRITTEN_A: OrdinaryTurn[] = [
  // English
  { lang: "en", text: "how long do i boil eggs for soft yolk" },
  { lang: "en", text: "Is it safe to give a 2 year old ibuprofen and paracetamol on the same day?" },
  {
    lang: "en",
    text: "whats the difference between a roth ira and a traditional one, in plain words please",
  },
  {
    lang: "en",
    text:
      "Can you help me write a polite email to my landlord asking him to fix the boiler? It's been broken for 9 days and we have a baby.",
  },
  {
    lang: "en",
    text:
      "My sourdough keeps coming out flat and dense. Starter doubles in about 6 hours, I do 75% hydration, bulk ferment 4h at around 20°C. What am I doing wrong?",
  },
  { lang: "en", text: "explain photosynthesis like im 10" },
  {
    lang: "en",
    text:
      "I need a 5 day itinerary for Lisbon in March with two kids (7 and 11). We like museums but not too many, and the kids love trams and beaches.",
  },
  {
    lang: "en",
    text:
      "why does my python script say ModuleNotFoundError: No module named 'requests' when i literally just pip installed it",
  },
  {
    lang: "en",
    text:
      "Write a SQL query that gives me the top 5 customers by total order value in 2024, tables are customers(id, name) and orders(id, customer_id, total, created_at).",
  },
  { lang: "en", text: "what's a good name for a grey kitten? she's super shy" },
  {
    lang: "en",
    text: "Compare the Kindle Paperwhite and the Kobo Clara for someone who borrows a lot of library ebooks.",
  },
  {
    lang: "en",
    text:
      'Here\'s the intro of my cover letter, can you make it sound less desperate?\n\n"I am writing to apply for the position of junior analyst. I really really need this job and I would be so grateful for any chance you could give me, I will work harder than anyone."',
  },
  { lang: "en", text: "how do i get rid of fruit flies in the kitchen" },
  { lang: "en", text: "Is 38.4 a fever for an adult? I feel fine otherwise just tired" },
  {
    lang: "en",
    text: "In Excel, how do I count cells in column B that contain the word 'paid' anywhere in the text?",
  },
  { lang: "en", text: "translate 'where is the nearest pharmacy' into japanese and how to pronounce it" },
  {
    lang: "en",
    text:
      "I wrote this short story for my creative writing class. Can you suggest three possible titles for it?\n\nThe lighthouse keeper hadn't spoken to anyone in eleven weeks when the girl washed up on the rocks. She wasn't drowned, just wet and angry, and she demanded to know why the light had gone out on Tuesday. He didn't have an answer. He had been asleep, for the first time in years, and he had dreamed of his wife.",
  },
  {
    lang: "en",
    text:
      "Summarize this article I'm reading for my nursing exam into 5 bullet points: Hand hygiene is the single most effective measure to reduce healthcare-associated infections. Alcohol-based hand rubs are preferred in most clinical situations because they are faster, more effective against most pathogens and better tolerated by skin than soap and water. However, when hands are visibly soiled, or after caring for patients with C. difficile, washing with soap and water is required, since alcohol does not kill spores. Compliance remains low in many settings, often below 50%, and improves with education, reminders and feedback.",
  },
  {
    lang: "en",
    text:
      "give me some tags for my etsy listing: handmade ceramic mug, speckled white glaze, 350ml, dishwasher safe, minimalist",
  },
  {
    lang: "en",
    text:
      "i got a parking ticket in a spot where the sign was covered by a tree. how do i appeal it in the uk?",
  },
  { lang: "en", text: "What are some cheap high protein vegetarian dinners that dont take more than 30 min" },
  {
    lang: "en",
    text:
      "Refactor this to use async/await instead of .then chains:\n\nfunction load() {\n  return fetch('/api/user').then(r => r.json()).then(user => {\n    return fetch('/api/orders?u=' + user.id).then(r => r.json());\n  }).catch(err => console.error(err));\n}",
  },
  {
    lang: "en",
    text:
      "my 14yo refuses to do homework and it's turning into a fight every night. any advice that actually works?",
  },
  {
    lang: "en",
    text:
      "This is my personal statement draft for a nursing degree. Can you pull out the 3 main points it makes about me and tell me honestly what's missing?\n\nI have worked part-time in a care home for two years, starting when I was sixteen. At first I mostly helped at mealtimes, but over time I learned to notice small changes in residents, like when Mr Patel stopped finishing his tea, which turned out to be an early sign of an infection. I volunteer with St John Ambulance at weekends and I am the first in my family to apply to university. I want to be a nurse because I like being the person people can rely on when they are scared.",
  },
  { lang: "en", text: "can you check the grammar: me and my sister goes to the gym every tuesdays" },
  {
    lang: "en",
    text:
      "I'm giving a 3 minute toast at my brother's wedding. He's a firefighter, she's a vet, they met when his dog ate a sock. Help me draft it, funny but not embarrassing.",
  },
  // English, with a system persona
  {
    lang: "en",
    system:
      "You are a friendly cooking assistant. Keep answers practical and mention quantities in metric and US units.",
    text: "can i substitute greek yogurt for sour cream in a cheesecake",
  },
  {
    lang: "en",
    system: "You are a helpful assistant for a family. Answer clearly and kindly.",
    text: "What should we pack for a first camping trip with a toddler? 2 nights, late spring.",
  },
  {
    lang: "en",
    system: "You are an expert TypeScript and Deno programming assistant. Prefer concise answers with code.",
    text: "how do I read a JSON file in Deno and get types for it",
  },
  {
    lang: "en",
    system:
      "You are a patient maths tutor for secondary school students. Guide the student instead of just giving the answer.",
    text: "i don't get how to solve 3x + 7 = 2x - 5",
  },
  {
    lang: "en",
    system: "You are a helpful assistant.",
    text: "Draft a short message to the school saying Mia will be absent tomorrow for a dentist appointment.",
  },
  {
    lang: "en",
    system: "You are a personal finance helper. You are not a licensed advisor; give general information.",
    text: "I have 4000 on a credit card at 24% and 6000 in savings. Should I just pay it off?",
  },
  {
    lang: "en",
    system: "You are a travel planning assistant. Ask a clarifying question if the request is ambiguous.",
    text: "best way to get from Milan airport to Lake Como without a car",
  },
  {
    lang: "en",
    system: "You are an assistant that helps with writing and editing.",
    text:
      "Can you give this paragraph a headline and a one-sentence summary? It's for our neighbourhood newsletter:\n\nAfter two years of petitions and three council meetings, the crossing on Ashby Road finally has traffic lights. Residents say the school run already feels safer, and the lollipop lady, Brenda, says she might finally retire.",
  },
  {
    lang: "en",
    system: "You are a helpful assistant for a family. Answer clearly and kindly.",
    text: "ok and what about snacks",
    history: [
      {
        role: "user",
        content: "we're driving 7 hours to grandma's on saturday with a 4 and 6 year old, any tips?",
      },
      {
        role: "assistant",
        content:
          "Seven hours is very doable. Leave early (ideally when they'd normally still be sleeping), plan a proper stop every 2 hours somewhere they can run around, and keep a bag within reach with a few new small toys you hand out one at a time. Audiobooks work great at that age, and a simple game like spotting colours of cars helps. Keep wipes, a change of clothes and a sick bag handy just in case.",
      },
    ],
  },
  // English follow-ups
  {
    lang: "en",
    text: "make it shorter",
    history: [
      {
        role: "user",
        content:
          "write a linkedin post announcing I started a new job as a data engineer at Fernwood Logistics",
      },
      {
        role: "assistant",
        content:
          "I'm excited to share that I've started a new position as a Data Engineer at Fernwood Logistics! 🚚\n\nAfter three years working on analytics at my previous company, I'm looking forward to building the data pipelines that help Fernwood move goods faster and more sustainably. A huge thank-you to everyone who supported me along the way, especially my former team, who taught me so much.\n\nIf you're working on logistics data or just want to chat about pipelines, feel free to reach out!",
      },
    ],
  },
  {
    lang: "en",
    text: "and for kids?",
    history: [
      { role: "user", content: "how much water should you drink per day" },
      {
        role: "assistant",
        content:
          "For most healthy adults, a common guideline is about 2 to 2.5 litres of fluid a day for women and 2.5 to 3 litres for men, including what comes from food and other drinks. You need more in hot weather, when exercising, or when ill with a fever. A practical check: pale yellow urine usually means you're drinking enough.",
      },
    ],
  },
  {
    lang: "en",
    text: "why?",
    history: [
      { role: "user", content: "can I put my cast iron pan in the dishwasher" },
      {
        role: "assistant",
        content:
          "Better not. Wash it by hand with hot water and a brush (a little soap is fine), dry it immediately on the stove, and wipe a thin layer of oil on it.",
      },
    ],
  },
  {
    lang: "en",
    text: "it still says permission denied",
    history: [
      { role: "user", content: "how do i run a shell script on mac" },
      {
        role: "assistant",
        content:
          "Open Terminal, go to the folder with `cd path/to/folder`, then run it with `./script.sh`. If it's not executable yet, first run `chmod +x script.sh`. You can also run it with `bash script.sh` without changing permissions.",
      },
      { role: "user", content: "i did chmod +x" },
      {
        role: "assistant",
        content:
          "Good. Then check the first line of the script: it should be a shebang like `#!/bin/bash`. Also make sure you're in the right folder (`ls` should show the file) and that the file isn't on a drive mounted with restrictions, like some external drives.",
      },
    ],
  },
  {
    lang: "en",
    text: "ok can you do the same but for a vegan version",
    history: [
      { role: "user", content: "quick recipe for banana bread with 3 bananas" },
      {
        role: "assistant",
        content:
          "Mash 3 ripe bananas. Mix in 75 g melted butter, 150 g sugar, 1 egg and 1 tsp vanilla. Stir in 1 tsp baking soda, a pinch of salt and 190 g flour until just combined. Pour into a greased loaf tin and bake at 175°C for 55–65 minutes, until a skewer comes out clean.",
      },
    ],
  },
  {
    lang: "en",
    text: "what does the second line do exactly",
    history: [
      { role: "user", content: "how to remove duplicates from a list in python but keep order" },
      {
        role: "assistant",
        content:
          "Use a dict, since dicts keep insertion order:\n\n```python\nitems = [3, 1, 3, 2, 1]\nunique = list(dict.fromkeys(items))\nprint(unique)  # [3, 1, 2]\n```",
      },
    ],
  },
  {
    lang: "en",
    text: "Thanks! Could you also suggest a subject line?",
    history: [
      { role: "user", content: "help me email my manager that I need Friday off for a family thing" },
      {
        role: "assistant",
        content:
          "Hi Sarah,\n\nI'd like to request Friday the 14th off for a family matter. I'll make sure my tasks are covered before then, and Tom has agreed to keep an eye on the support queue. Please let me know if that works.\n\nThanks,\nAlex",
      },
    ],
  },
  {
    lang: "en",
    text: "hmm we don't have a slow cooker, just oven",
    history: [
      { role: "user", content: "what can I make with pork shoulder, 1.5kg" },
      {
        role: "assistant",
        content:
          "Pulled pork is the classic: rub it with salt, brown sugar, paprika and garlic, then cook it in a slow cooker on low for 8–10 hours until it falls apart. Shred it and serve in buns with coleslaw.",
      },
    ],
  },
  {
    lang: "en",
    text: "Can you put that into a table with the prices?",
    history: [
      {
        role: "user",
        content:
          "I'm choosing between three phone plans: A is 15/month, 10GB, no EU roaming. B is 22/month, 50GB with EU roaming. C is 30/month unlimited with EU roaming and a free streaming subscription.",
      },
      {
        role: "assistant",
        content:
          "If you travel in the EU even a couple of times a year, B is probably the sweet spot: 50 GB is plenty for most people and roaming saves you from surprise bills. A only makes sense if you mostly use Wi-Fi and stay home. C is worth it if you'd pay for that streaming service anyway (usually around 8–10 a month).",
      },
    ],
  },
  {
    lang: "en",
    text: "that's too formal, she's my best friend lol",
    history: [
      { role: "user", content: "write a birthday message for my friend Jess who just turned 30" },
      {
        role: "assistant",
        content:
          "Dear Jess, wishing you a very happy 30th birthday. May this new decade bring you health, happiness and success in everything you do. Warmest regards.",
      },
    ],
  },
  // German
  { lang: "de", text: "wie lange muss ein 2kg rinderbraten in den ofen bei 160 grad" },
  {
    lang: "de",
    text: "Was ist der Unterschied zwischen Bürgergeld und Wohngeld? Kann man beides gleichzeitig bekommen?",
  },
  {
    lang: "de",
    text:
      "Kannst du mir helfen, eine Kündigung für mein Fitnessstudio zu schreiben? Vertrag läuft seit 2022, Mitgliedsnummer 48213.",
  },
  {
    lang: "de",
    text: "mein sohn (8) hat seit 3 tagen husten aber kein fieber, ab wann sollte ich zum kinderarzt?",
  },
  {
    lang: "de",
    text: "Erklär mir bitte den Dativ und Akkusativ so, dass es ein Kind in der 4. Klasse versteht.",
  },
  { lang: "de", text: "Welche Zimmerpflanzen sind ungiftig für Katzen?" },
  {
    lang: "de",
    text:
      "Ich möchte im Sommer mit dem Zug von München nach Kopenhagen fahren. Wie komme ich am besten hin und lohnt sich ein Interrail-Pass für 2 Erwachsene?",
  },
  { lang: "de", text: 'was heißt "ich hätte gern die rechnung" auf italienisch' },
  { lang: "de", text: "Wie berechne ich in Excel das Alter aus einem Geburtsdatum in Spalte A?" },
  {
    lang: "de",
    text:
      "Schreib mir ein kurzes Gedicht zum 60. Geburtstag meiner Mutter, sie liebt ihren Garten und Rosen.",
  },
  { lang: "de", text: "warum wird mein kartoffelsalat immer so matschig" },
  {
    lang: "de",
    text:
      "Lohnt sich eine Balkonkraftwerk-Anlage in einer Mietwohnung mit Südbalkon in Leipzig? Was muss ich beim Vermieter beachten?",
  },
  {
    lang: "de",
    text:
      "In meinem Git-Repo habe ich aus Versehen eine .env-Datei mit Passwörtern committet und gepusht. Wie kriege ich die wieder aus der History raus?",
  },
  {
    lang: "de",
    text:
      "Bitte korrigier meinen Text, Deutsch ist nicht meine Muttersprache:\n\nSehr geehrte Damen und Herren, ich schreibe Sie weil ich habe eine Frage über meine Anmeldung. Ich bin umgezogen am 1. März und ich habe noch keine Bestätigung bekommen.",
  },
  {
    lang: "de",
    text:
      "Das ist meine Zusammenfassung von einem Buchkapitel für die Uni. Kannst du mir 5 Schlagwörter dafür vorschlagen?\n\nIm dritten Kapitel beschreibt die Autorin, wie sich die Arbeitswelt durch die Digitalisierung verändert hat. Besonders Homeoffice und flexible Arbeitszeiten führen zu einer Entgrenzung von Beruf und Privatleben. Sie argumentiert, dass Beschäftigte neue Kompetenzen zur Selbstorganisation brauchen und Unternehmen klare Regeln zur Erreichbarkeit einführen sollten.",
  },
  {
    lang: "de",
    text:
      "Ich habe für unseren Vereinsblog diesen Text geschrieben, mir fällt keine gute Überschrift ein. Hast du 3 Vorschläge?\n\nAm Samstag haben 40 Kinder beim Sommerfest des TSV Eichenau mitgemacht. Es gab Sackhüpfen, Torwandschießen und eine Tombola. Der Erlös von 820 Euro geht an die neue Flutlichtanlage.",
  },
  {
    lang: "de",
    text:
      "fasse mir diesen brief von der krankenkasse in einfachen worten zusammen:\n\nSehr geehrte Frau Yilmaz, im Rahmen der Prüfung Ihres Antrags auf Kostenübernahme für die beantragte Rehabilitationsmaßnahme benötigen wir ergänzende Unterlagen. Bitte reichen Sie uns innerhalb von vier Wochen einen aktuellen ärztlichen Befundbericht sowie die Stellungnahme Ihres behandelnden Facharztes ein. Nach Eingang der Unterlagen werden wir Ihren Antrag umgehend weiter bearbeiten.",
  },
  { lang: "de", text: "Wie viel Trinkgeld gibt man in Österreich im Restaurant?" },
  {
    lang: "de",
    text:
      "Ich war heute beim Orthopäden und hab mir im Wartezimmer schnell Notizen gemacht. Kannst du daraus eine kurze Liste machen, was ich jetzt tun muss?\n\nMRT zeigt Vorwölbung L4/L5, kein Bandscheibenvorfall. 6x Physio verordnet, Rezept liegt bei der Anmeldung. Ibuprofen 400 max 3x täglich, nicht länger als 10 Tage. Wärme ja, langes Sitzen vermeiden, jede Stunde aufstehen. Kontrolle in 6 Wochen, Termin selbst ausmachen. Bei Taubheit im Bein sofort kommen.",
  },
  {
    lang: "de",
    text:
      "Ich verdiene 3.200 brutto, Steuerklasse 1, keine Kinder, NRW. Wie viel bleibt ungefähr netto übrig?",
  },
  { lang: "de", text: "Schreib eine Python-Funktion, die prüft, ob eine IBAN gültig ist (Prüfziffer)." },
  { lang: "de", text: "welches Brettspiel für 4 Erwachsene, nicht zu kompliziert, ca. 1 Stunde?" },
  {
    lang: "de",
    text:
      "Unsere Tochter (15) will ein Praktikum in einer Tierarztpraxis machen. Wie schreibt sie am besten eine kurze Bewerbung?",
  },
  {
    lang: "de",
    text:
      "Was bedeutet die Fehlermeldung \"TypeError: Cannot read properties of undefined (reading 'map')\" in React?",
  },
  { lang: "de", text: "Ist es schlimm, wenn man Nudelwasser in den Ausguss kippt?" },
  // German, with a system persona
  {
    lang: "de",
    system: "Du bist ein hilfsbereiter Assistent. Antworte auf Deutsch, freundlich und präzise.",
    text: "Wie beantrage ich einen neuen Reisepass, wenn mein alter abgelaufen ist?",
  },
  {
    lang: "de",
    system: "Du bist ein erfahrener Koch und hilfst bei Rezepten. Gib Mengenangaben für 4 Personen an.",
    text: "Ich hab Lauch, Kartoffeln und Speck. Was kann ich daraus machen?",
  },
  {
    lang: "de",
    system: "Du bist ein Programmierassistent für Java und Spring Boot. Antworte knapp mit Codebeispielen.",
    text: "wie mache ich einen REST-Endpunkt, der eine Datei hochlädt und in einem Ordner speichert",
  },
  {
    lang: "de",
    system:
      "Du bist Lernbegleiter für Schülerinnen und Schüler. Erkläre Schritt für Schritt und frag nach, ob es verstanden wurde.",
    text: "Ich versteh Prozentrechnung nicht. Wie viel sind 15 % von 240?",
  },
  {
    lang: "de",
    system: "Du bist ein Assistent für Texte und Korrespondenz.",
    text:
      "Ich schreibe einen Erfahrungsbericht über meine Elternzeit für das Intranet unserer Firma. Hier der Entwurf, bitte gib mir einen Titel und 3 Schlagwörter:\n\nAls ich vor einem Jahr in Elternzeit ging, hatte ich Angst, den Anschluss zu verlieren. Tatsächlich war die Rückkehr einfacher als gedacht, weil mein Team mich regelmäßig informiert hat und ich in Teilzeit wieder einsteigen konnte.",
  },
  {
    lang: "de",
    system: "Du bist ein Reiseassistent. Antworte auf Deutsch.",
    text: "Was sollte man in Hamburg an einem Regentag mit Kindern machen?",
  },
  {
    lang: "de",
    system: "Du bist ein Assistent für Haus und Garten.",
    text: "Wann ist die beste Zeit, um Tomaten auszusäen? Ich wohne in Franken.",
  },
  {
    lang: "de",
    system: "Du bist ein hilfsbereiter Assistent. Antworte auf Deutsch, freundlich und präzise.",
    text: "und wenn ich nicht online bin?",
    history: [
      { role: "user", content: "Wie melde ich meinen Wohnsitz um, wenn ich innerhalb von Köln umziehe?" },
      {
        role: "assistant",
        content:
          "Du musst dich innerhalb von zwei Wochen nach dem Umzug beim Bürgeramt ummelden. In Köln kannst du dafür online einen Termin buchen. Mitbringen musst du deinen Personalausweis oder Reisepass und die Wohnungsgeberbestätigung, die dir dein Vermieter ausstellt.",
      },
    ],
  },
  // German follow-ups
  {
    lang: "de",
    text: "kürzer bitte, max 3 sätze",
    history: [
      {
        role: "user",
        content:
          "Schreib mir eine Absage für ein Vorstellungsgespräch, ich habe schon eine andere Stelle angenommen.",
      },
      {
        role: "assistant",
        content:
          "Sehr geehrte Frau Becker,\n\nvielen Dank für die Einladung zum Vorstellungsgespräch am kommenden Dienstag und für Ihr Interesse an meiner Bewerbung. Nach reiflicher Überlegung habe ich mich entschieden, ein anderes Angebot anzunehmen, das sehr gut zu meiner aktuellen Lebenssituation passt. Ich möchte den Termin daher absagen.\n\nIch wünsche Ihnen und Ihrem Team alles Gute und viel Erfolg bei der Besetzung der Stelle.\n\nMit freundlichen Grüßen\nJonas Weber",
      },
    ],
  },
  {
    lang: "de",
    text: "Und geht das auch ohne Ei?",
    history: [
      { role: "user", content: "Rezept für einfache Pfannkuchen" },
      {
        role: "assistant",
        content:
          "Für etwa 8 Pfannkuchen: 250 g Mehl, 500 ml Milch, 3 Eier und eine Prise Salz zu einem glatten Teig verrühren und 10 Minuten quellen lassen. Dann in einer heißen Pfanne mit etwas Butter portionsweise dünn ausbacken, bis beide Seiten goldbraun sind.",
      },
    ],
  },
  {
    lang: "de",
    system:
      "Du bist Finn, ein freundlicher Assistent für Geldfragen im Alltag. Du gibst keine Anlageberatung, erklärst aber verständlich. Heute ist Montag.",
    text: "warum?",
    history: [
      { role: "user", content: "Soll ich mein Tagesgeld oder ETF-Sparplan priorisieren, ich bin 24" },
      {
        role: "assistant",
        content:
          "Zuerst ein Notgroschen auf dem Tagesgeld, etwa drei Monatsausgaben. Danach würde ich in deinem Alter den ETF-Sparplan priorisieren.",
      },
    ],
  },
  {
    lang: "de",
    text: 'Das klappt nicht, ich bekomme "fatal: refusing to merge unrelated histories"',
    history: [
      { role: "user", content: "Wie verbinde ich mein lokales Projekt mit einem neuen GitHub-Repo?" },
      {
        role: "assistant",
        content:
          "Im Projektordner:\n\n```\ngit remote add origin https://github.com/DEIN-NAME/projekt.git\ngit pull origin main\ngit push -u origin main\n```\n\nWenn du das Repo auf GitHub mit README erstellt hast, musst du die Änderungen zuerst holen.",
      },
    ],
  },
  {
    lang: "de",
    text: "Kannst du das als Einkaufsliste sortiert nach Supermarkt-Abteilung machen?",
    history: [
      {
        role: "user",
        content: "Wochenplan fürs Abendessen, 2 Erwachsene 2 Kinder, eher günstig und schnell",
      },
      {
        role: "assistant",
        content:
          "Montag: Nudeln mit Tomaten-Linsen-Soße\nDienstag: Ofenkartoffeln mit Kräuterquark und Gurkensalat\nMittwoch: Gemüsepfanne mit Reis und Ei\nDonnerstag: Hähnchen-Wraps mit Paprika und Mais\nFreitag: selbstgemachte Pizza (Hefeteig, Tomatensoße, Käse, Schinken/Gemüse)\nSamstag: Kartoffelsuppe mit Würstchen\nSonntag: Pfannkuchen, süß und herzhaft",
      },
    ],
  },
  {
    lang: "de",
    text: "ok und wie schreibe ich das dann in eine csv",
    history: [
      { role: "user", content: "wie lese ich in python eine excel datei ein" },
      {
        role: "assistant",
        content:
          'Am einfachsten mit pandas:\n\n```python\nimport pandas as pd\ndf = pd.read_excel("daten.xlsx", sheet_name="Tabelle1")\nprint(df.head())\n```\n\nDafür brauchst du `pip install pandas openpyxl`.',
      },
    ],
  },
  {
    lang: "de",
    text: "Sie ist eher sportlich, mag keinen Schmuck",
    history: [
      { role: "user", content: "Geschenkidee für meine Freundin zum Jahrestag, Budget 80 Euro" },
      {
        role: "assistant",
        content:
          "Ein paar Ideen: ein schönes Armband oder eine Kette mit Gravur, ein Gutschein für ein gemeinsames Erlebnis (Kochkurs, Escape Room, Wellness), ein Fotobuch mit euren Erinnerungen oder ein Abendessen in ihrem Lieblingsrestaurant. Was mag sie denn besonders?",
      },
    ],
  },
  {
    lang: "de",
    text: "und auf englisch?",
    history: [
      {
        role: "user",
        content: "Wie sage ich höflich, dass ich in einem Meeting nicht unterbrochen werden möchte?",
      },
      {
        role: "assistant",
        content:
          "Zum Beispiel: „Darf ich den Gedanken kurz zu Ende führen? Danach freue ich mich auf deine Meinung.“ Das ist freundlich, aber klar.",
      },
    ],
  },
  {
    lang: "de",
    text: "Was bedeutet Vorabpauschale?",
    history: [
      { role: "user", content: "Muss ich ETF-Gewinne versteuern, wenn ich nichts verkaufe?" },
      {
        role: "assistant",
        content:
          "Teilweise ja. Bei thesaurierenden ETFs fällt in Deutschland jedes Jahr die sogenannte Vorabpauschale an, die über den Sparerpauschbetrag von 1.000 Euro (Alleinstehende) steuerfrei bleiben kann, wenn du einen Freistellungsauftrag bei deiner Bank eingerichtet hast.",
      },
    ],
  },
  {
    lang: "de",
    text: "danke! noch ne frage: darf der vermieter dafür die miete erhöhen?",
    history: [
      { role: "user", content: "Unser Vermieter will neue Fenster einbauen lassen. Müssen wir das dulden?" },
      {
        role: "assistant",
        content:
          "In der Regel ja. Der Einbau neuer, energiesparender Fenster gilt als Modernisierung, die Mieter grundsätzlich dulden müssen. Der Vermieter muss die Maßnahme aber mindestens drei Monate vorher schriftlich ankündigen, mit Art, Umfang, Beginn und voraussichtlicher Dauer.",
      },
    ],
  },
  { lang: "de", text: 'gibt es ein deutsches wort für "cringe"' },
  {
    lang: "de",
    text:
      "Ich hab morgen mein erstes Elterngespräch als Klassenlehrerin und bin total nervös. Wie bereite ich mich vor, und was sage ich, wenn die Eltern sauer werden?",
  },
  // French
  { lang: "fr", text: "combien de temps de cuisson pour un gigot d'agneau de 1,8 kg ?" },
  { lang: "fr", text: "Quelle est la différence entre un CDD et un contrat d'intérim ?" },
  {
    lang: "fr",
    text: "ma fille de 5 ans fait des cauchemars toutes les nuits depuis la rentrée, c'est normal ?",
  },
  {
    lang: "fr",
    text:
      "Tu peux m'aider à écrire une lettre de réclamation à la SNCF ? Mon train Paris-Lyon a eu 2h40 de retard le 12 octobre.",
  },
  { lang: "fr", text: "explique moi la guerre froide simplement, j'ai un contrôle demain" },
  { lang: "fr", text: "Comment faire une mayonnaise qui ne tourne pas ?" },
  {
    lang: "fr",
    text:
      "On part une semaine en Bretagne en juillet avec un chien. Des idées de plages où les chiens sont acceptés ?",
  },
  { lang: "fr", text: "c'est quoi la différence entre « quand même » et « tout de même »" },
  {
    lang: "fr",
    text: "Comment je fais une RECHERCHEV dans Excel quand la valeur cherchée est dans une autre feuille ?",
  },
  {
    lang: "fr",
    text:
      "Écris une fonction JavaScript qui formate un nombre en euros avec deux décimales et une espace comme séparateur de milliers.",
  },
  {
    lang: "fr",
    text:
      "Est-ce que je peux déclarer les frais de garde de mon fils aux impôts s'il va chez une assistante maternelle ?",
  },
  {
    lang: "fr",
    text: "je cherche un film à regarder ce soir avec mes parents, un truc léger, pas trop long",
  },
  {
    lang: "fr",
    text:
      "Peux-tu corriger les fautes de ce message ?\n\nBonjour madame, je me permet de vous relancer concernant ma demande de congé que je vous est envoyer la semaine dernière. Pourriez vous me dire si elle a été accepter ? Merci d'avance.",
  },
  {
    lang: "fr",
    text:
      "Voici le résumé de mon mémoire de master, tu pourrais me proposer 5 mots-clés ?\n\nCe travail étudie l'impact des circuits courts alimentaires sur les revenus des petits producteurs en Occitanie. À partir de 32 entretiens et d'une enquête auprès de 150 exploitations, nous montrons que la vente directe augmente la marge, mais au prix d'une charge de travail nettement plus élevée, en particulier pour les femmes.",
  },
  {
    lang: "fr",
    text:
      "J'ai écrit ce petit texte pour le mariage de ma sœur, il me faudrait un titre :\n\nIl y a dix ans, tu m'as appris à faire du vélo sans les petites roues. Tu courais derrière moi en criant que tu me tenais, alors que tu m'avais lâchée depuis longtemps. Aujourd'hui, c'est moi qui te regarde partir, et je sais que tu n'as plus besoin qu'on te tienne.",
  },
  {
    lang: "fr",
    text:
      "Résume-moi ce mail de mon syndic en deux phrases :\n\nMadame, Monsieur, nous vous informons que les travaux de ravalement de façade votés lors de l'assemblée générale du 4 avril débuteront le lundi 16 septembre pour une durée estimée de huit semaines. Un échafaudage sera installé côté rue et côté cour. Nous vous remercions de bien vouloir retirer tout objet des balcons et de laisser les fenêtres fermées pendant les travaux de nettoyage haute pression.",
  },
  { lang: "fr", text: "quelle huile pour la friteuse, tournesol ou arachide ?" },
  {
    lang: "fr",
    text:
      "Mon code Python plante avec « IndexError: list index out of range », voilà la boucle :\n\nfor i in range(len(notes) + 1):\n    total += notes[i]",
  },
  { lang: "fr", text: "Quels sont les documents à fournir pour renouveler une carte d'identité en mairie ?" },
  { lang: "fr", text: "C'est grave si mon chat mange un peu de ficus ?" },
  {
    lang: "fr",
    text:
      "Je dois faire une présentation de 10 min sur le recyclage du plastique en classe de 4e. Tu peux me faire un plan ?",
  },
  {
    lang: "fr",
    text: "trouve moi un nom pour ma boulangerie, on fait surtout du pain au levain et des viennoiseries bio",
  },
  { lang: "fr", text: "Comment on dit « coup de foudre » en anglais ?" },
  {
    lang: "fr",
    text: "Quelle est la meilleure façon de rembourser un prêt étudiant : plus vite ou investir à côté ?",
  },
  // French, with a system persona
  {
    lang: "fr",
    system: "Tu es un assistant serviable. Réponds en français, de manière claire et concise.",
    text: "Comment enlever une tache de vin rouge sur un canapé en tissu ?",
  },
  {
    lang: "fr",
    system: "Tu es un assistant culinaire. Donne les quantités pour 4 personnes.",
    text: "une idée de dessert sans four pour ce soir ?",
  },
  {
    lang: "fr",
    system: "Tu es un assistant de programmation expert en PHP et Symfony.",
    text: "Comment je valide qu'un champ email est unique dans un formulaire Symfony ?",
  },
  {
    lang: "fr",
    system:
      "Tu es un professeur particulier de physique-chimie pour le lycée. Guide l'élève sans donner directement la réponse.",
    text: "je comprends pas comment équilibrer CH4 + O2 -> CO2 + H2O",
  },
  {
    lang: "fr",
    system: "Tu es un assistant de rédaction professionnel.",
    text:
      "Voici le compte rendu que j'ai écrit après notre réunion d'équipe, tu peux me proposer un titre et un résumé en une phrase pour l'envoyer ?\n\nNous avons décidé de repousser la mise en ligne du nouveau site au 15 novembre, le temps de corriger les problèmes de paiement. Julie s'occupe des tests, Karim contacte le prestataire, et on refait un point mardi.",
  },
  {
    lang: "fr",
    system: "Tu es un conseiller voyage. Réponds en français.",
    text: "Lisbonne ou Porto pour un premier séjour de 4 jours en mai ?",
  },
  {
    lang: "fr",
    system:
      "Tu es un assistant pour les démarches administratives en France. Précise quand il faut vérifier sur service-public.fr.",
    text: "Je viens de déménager, qui dois-je prévenir ?",
  },
  {
    lang: "fr",
    system: "Tu es un assistant serviable. Réponds en français, de manière claire et concise.",
    text: "et pour un canapé en cuir ?",
    history: [
      { role: "user", content: "comment nettoyer un canapé en velours" },
      {
        role: "assistant",
        content:
          "Passe d'abord l'aspirateur avec l'embout brosse, dans le sens du poil. Pour une tache, tamponne avec un chiffon microfibre légèrement humidifié d'eau tiède et d'un peu de savon de Marseille, sans frotter. Laisse sécher à l'air puis brosse doucement pour redresser les fibres.",
      },
    ],
  },
  // French follow-ups
  {
    lang: "fr",
    text: "plus court stp",
    history: [
      {
        role: "user",
        content: "écris un message pour dire à mes collègues que je quitte l'entreprise à la fin du mois",
      },
      {
        role: "assistant",
        content:
          "Bonjour à tous,\n\nJe vous annonce que je quitterai l'entreprise à la fin du mois pour rejoindre un nouveau projet. Ces quatre années à vos côtés ont été riches en apprentissages, en fous rires et en défis relevés ensemble. Je tiens à remercier chacun d'entre vous pour votre confiance et votre bonne humeur.\n\nJe ferai en sorte de transmettre mes dossiers dans les meilleures conditions d'ici là. N'hésitez pas à garder le contact !\n\nÀ très vite,\nCamille",
      },
    ],
  },
  {
    lang: "fr",
    text: "et pour des enfants de 3 ans ?",
    history: [
      { role: "user", content: "activités à faire à la maison un dimanche pluvieux" },
      {
        role: "assistant",
        content:
          "Quelques idées : un après-midi jeux de société, une cabane avec des draps et des coussins, un atelier pâtisserie (cookies ou crêpes), un tournoi de cartes, une séance de cinéma maison avec pop-corn, ou un grand puzzle à faire à plusieurs.",
      },
    ],
  },
  {
    lang: "fr",
    system:
      "Tu es Léa, l'assistante de cuisine de l'application Marmiton Maison. Réponds en français, avec bonne humeur.",
    text: "pourquoi ?",
    history: [
      { role: "user", content: "faut-il rincer le riz avant de le cuire ?" },
      {
        role: "assistant",
        content:
          "Pour la plupart des riz (basmati, jasmin, riz à sushi), oui, c'est conseillé. Pour le risotto, non.",
      },
    ],
  },
  {
    lang: "fr",
    text: "ça marche pas, il me dit command not found",
    history: [
      { role: "user", content: "comment installer node sur mon mac" },
      {
        role: "assistant",
        content:
          "Le plus simple est de passer par Homebrew : ouvre le Terminal et tape `brew install node`. Ensuite vérifie avec `node -v`.",
      },
    ],
  },
  {
    lang: "fr",
    text: "Tu peux le mettre sous forme de tableau ?",
    history: [
      { role: "user", content: "compare les forfaits électricité base et heures creuses" },
      {
        role: "assistant",
        content:
          "Avec l'option Base, le prix du kWh est le même à toute heure : c'est simple et adapté si ta consommation est répartie sur la journée. Avec Heures Pleines/Heures Creuses, le kWh est moins cher pendant 8 heures par jour (souvent la nuit) mais plus cher le reste du temps, et l'abonnement est un peu plus élevé. Ça devient intéressant si au moins 30 à 40 % de ta consommation a lieu en heures creuses, par exemple avec un chauffe-eau électrique ou une voiture électrique qu'on recharge la nuit.",
      },
    ],
  },
  {
    lang: "fr",
    text: "et sans gluten ?",
    history: [
      { role: "user", content: "recette de quiche lorraine rapide" },
      {
        role: "assistant",
        content:
          "Étale une pâte brisée dans un moule, fais dorer 200 g de lardons, répartis-les sur la pâte. Bats 3 œufs avec 20 cl de crème et 20 cl de lait, sel, poivre, muscade, verse sur les lardons et enfourne 35 minutes à 180 °C.",
      },
    ],
  },
  {
    lang: "fr",
    text: "ok mais c'est quoi un index exactement",
    history: [
      { role: "user", content: "ma requête sql est super lente sur une table de 2 millions de lignes" },
      {
        role: "assistant",
        content:
          "La première chose à vérifier, ce sont les index : si tu filtres sur une colonne (par exemple `WHERE client_id = ...`) qui n'est pas indexée, la base doit parcourir toute la table. Lance un `EXPLAIN` devant ta requête pour voir s'il y a un « full scan ».",
      },
    ],
  },
  {
    lang: "fr",
    text: "ok, maintenant ajoute un test pour le cas où le panier est vide",
    history: [{
      role: "user",
      content:
        "Dans src/panier.ts, la fonction totalPanier plante quand un article n'a pas de prix. Corrige-la pour ignorer ces articles.",
    }, {
      role: "assistant",
      content:
        "J'ai modifié `totalPanier` dans `src/panier.ts` : les articles dont `prix` est `undefined` ou `null` sont maintenant ignorés grâce à un filtre avant le `reduce`. J'ai aussi typé le paramètre en `Article[]` pour que TypeScript signale les appels incorrects. Les tests existants de `panier.test.ts` passent toujours.",
    }],
  },
  {
    lang: "fr",
    text: "merci, et si le vendeur refuse ?",
    history: [
      {
        role: "user",
        content:
          "J'ai acheté un lave-linge il y a 8 mois et il est déjà en panne, le magasin me dit de voir avec le fabricant",
      },
      {
        role: "assistant",
        content:
          "Le magasin a tort : pendant deux ans après l'achat, vous bénéficiez de la garantie légale de conformité, et c'est le vendeur qui doit la prendre en charge (réparation ou remplacement), pas le fabricant. Pendant ce délai, c'est même à lui de prouver que la panne ne vient pas d'un défaut. Envoyez-lui une demande écrite en citant les articles L217-3 et suivants du Code de la consommation.",
      },
    ],
  },
  {
    lang: "fr",
    text: "traduis-le en espagnol aussi",
    history: [
      {
        role: "user",
        content:
          "traduis en anglais : nous serons absents du 3 au 17 août, merci de laisser les colis chez la voisine",
      },
      {
        role: "assistant",
        content: "We will be away from August 3rd to 17th, please leave any parcels with our neighbour.",
      },
    ],
  },
  {
    lang: "fr",
    text: "ah et j'ai oublié, il y a aussi un invité végétarien",
    history: [
      { role: "user", content: "menu pour un dîner de 6 personnes samedi, pas trop compliqué" },
      {
        role: "assistant",
        content:
          "Entrée : velouté de potimarron avec crème et noisettes grillées.\nPlat : poulet rôti au citron et au thym, pommes de terre grenaille au four.\nDessert : tarte fine aux pommes avec une boule de glace vanille.\nTout peut être préparé en partie à l'avance.",
      },
    ],
  },
  {
    lang: "fr",
    text:
      "Mon fils veut faire un stage de 3e dans le jeu vidéo, on habite à Lille. Comment on s'y prend pour trouver une entreprise ?",
  },
  {
    lang: "fr",
    text:
      "donne moi 3 idées de titres pour mon article de blog sur le zéro déchet en appartement, il parle surtout du compost en intérieur et des courses en vrac",
  },
  // Spanish
  { lang: "es", text: "cuanto tiempo se cuece el pulpo en olla express" },
  {
    lang: "es",
    text: "¿Cuál es la diferencia entre un autónomo y una sociedad limitada a la hora de pagar impuestos?",
  },
  {
    lang: "es",
    text: "Mi hijo de 3 años no quiere comer verduras de ninguna forma, ¿algún truco que funcione de verdad?",
  },
  {
    lang: "es",
    text:
      "Ayúdame a escribir un correo a mi casero diciendo que la lavadora lleva dos semanas rota y necesito que la arregle.",
  },
  { lang: "es", text: "explicame la revolucion francesa en 5 lineas" },
  {
    lang: "es",
    text: "¿Qué ver en Sevilla en dos días? Vamos en abril, somos una pareja y nos gusta comer bien.",
  },
  { lang: "es", text: "como se dice 'estoy hasta las narices' en ingles" },
  { lang: "es", text: 'En Google Sheets, ¿cómo sumo solo las filas donde la columna C dice "pagado"?' },
  {
    lang: "es",
    text:
      "Escribe una función en Python que reciba una lista de precios y devuelva el precio medio sin contar el más alto ni el más bajo.",
  },
  {
    lang: "es",
    text:
      "¿Es normal que me duela la cabeza cada tarde después del trabajo? Paso 8 horas frente al ordenador.",
  },
  { lang: "es", text: "quiero pintar el salón, que colores quedan bien con un suelo de madera oscura" },
  { lang: "es", text: "¿Cómo pido cita en la Seguridad Social para solicitar el número de afiliación?" },
  {
    lang: "es",
    text:
      "Corrígeme esto por favor:\n\nHola a todos, os escribo para recordaros que el viernes haremos la cena de navidad. Haber si podeis confirmarme antes del miércoles quien viene, porque tengo que hacer la reserva y no se cuantos seremos.",
  },
  {
    lang: "es",
    text:
      "Escribí este relato para un concurso del instituto y no sé cómo titularlo, ¿me das algunas ideas?\n\nMi abuela guardaba los botones de todas las camisas que había cosido. Los tenía en una lata de galletas danesas, y cuando yo era pequeña me dejaba volcarlos sobre la mesa de la cocina. Cada botón tenía una historia: el del traje de boda del tío Ramón, el de la bata de mi madre cuando nací. Ahora la lata es mía, y no sé contar ninguna.",
  },
  {
    lang: "es",
    text:
      "Resúmeme este texto para mi clase de biología en tres frases:\n\nLas mitocondrias son orgánulos presentes en casi todas las células eucariotas. Su función principal es producir energía en forma de ATP mediante la respiración celular, un proceso que consume oxígeno y glucosa. Tienen su propio ADN, heredado casi siempre por vía materna, lo que apoya la teoría de que proceden de bacterias que fueron incorporadas por una célula ancestral hace miles de millones de años.",
  },
  {
    lang: "es",
    text:
      "Vendo mi bici de montaña en Wallapop, ¿me sugieres etiquetas y un título para el anuncio? Es una Orbea talla M, 29 pulgadas, frenos de disco hidráulicos, 3 años de uso.",
  },
  {
    lang: "es",
    text:
      "Tengo que mandar esto a la comunidad de vecinos, ¿me lo dejas más claro y menos agresivo?\n\nA ver, otra vez alguien ha dejado bolsas de basura en el portal y huele fatal. No es tan difícil bajarlas al contenedor que está a 20 metros. Si vuelve a pasar voy a mirar las cámaras y lo diré en la junta con nombre y apellidos. Ya está bien, que pagamos todos la limpieza y la señora de la limpieza no está para recoger vuestra basura.",
  },
  {
    lang: "es",
    text:
      "me sale este error en git: 'Your local changes to the following files would be overwritten by merge' que hago",
  },
  {
    lang: "es",
    text:
      "Necesito un discurso cortito para la jubilación de mi compañera Maite, 30 años en la biblioteca municipal, le encantan las novelas policíacas.",
  },
  {
    lang: "es",
    text: "¿Cuántos días de vacaciones me corresponden si llevo 7 meses trabajando en la empresa?",
  },
  { lang: "es", text: "recomiendame una serie tipo Dark pero que no sea tan enrevesada" },
  { lang: "es", text: "¿Qué planta de interior aguanta bien poca luz y que se me olvide regarla?" },
  {
    lang: "es",
    text: "Tengo 2.000 euros ahorrados y quiero empezar a invertir, no sé nada. ¿Por dónde empiezo?",
  },
  { lang: "es", text: "¿Por qué el cielo es azul pero el atardecer es naranja?" },
  {
    lang: "es",
    text:
      "Explícame qué hace este código:\n\nconst unicos = [...new Set(nombres.map(n => n.trim().toLowerCase()))];",
  },
  // Spanish, with a system persona
  {
    lang: "es",
    system: "Eres un asistente útil y amable. Responde siempre en español.",
    text: "¿Cómo quito la cal de la mampara de la ducha?",
  },
  {
    lang: "es",
    system: "Eres un asistente de cocina. Da las cantidades para 4 personas.",
    text: "tengo garbanzos cocidos, espinacas y un par de huevos, que hago de cena",
  },
  {
    lang: "es",
    system: "Eres un asistente experto en programación con JavaScript y React.",
    text: "¿Cómo evito que useEffect se ejecute dos veces en desarrollo?",
  },
  {
    lang: "es",
    system: "Eres un profesor particular de matemáticas para alumnos de ESO. Explica paso a paso.",
    text: "no entiendo las ecuaciones de segundo grado, por ejemplo x² - 5x + 6 = 0",
  },
  {
    lang: "es",
    system: "Eres un asistente para redactar textos profesionales.",
    text:
      "Este es el informe que he escrito para mi jefe, ¿puedes ponerle un título y resumirlo en dos líneas?\n\nDurante el tercer trimestre las ventas online crecieron un 18 %, sobre todo en la categoría de hogar. Las devoluciones bajaron al 6 % tras cambiar el proveedor de transporte. Proponemos reforzar la campaña de Navidad con envíos gratis a partir de 40 euros.",
  },
  {
    lang: "es",
    system: "Eres un asistente de viajes. Responde en español de forma práctica.",
    text: "mejor forma de moverse por Ciudad de México sin coche, es seguro el metro?",
  },
  {
    lang: "es",
    system:
      "Eres un asistente de salud general. No sustituyes al médico; recomienda consultar cuando sea necesario.",
    text: "me ha picado algo en el tobillo y se ha hinchado bastante, ¿qué hago?",
  },
  {
    lang: "es",
    system: "Eres un asistente útil y amable. Responde siempre en español.",
    text: "¿y si es de metal en vez de cristal?",
    history: [
      { role: "user", content: "como limpiar el horno sin productos químicos" },
      {
        role: "assistant",
        content:
          "Haz una pasta con bicarbonato y un poco de agua, extiéndela por el interior del horno frío (evitando las resistencias) y déjala actuar toda la noche. Al día siguiente retírala con una espátula de plástico y un paño húmedo, y pulveriza vinagre donde queden restos blancos. El cristal de la puerta se limpia igual.",
      },
    ],
  },
  // Spanish follow-ups
  {
    lang: "es",
    text: "más corto porfa",
    history: [
      {
        role: "user",
        content:
          "escribe un mensaje para el grupo de padres del cole diciendo que organizo la fiesta de fin de curso y que necesito voluntarios",
      },
      {
        role: "assistant",
        content:
          "¡Hola a todos! 👋\n\nEste año me encargo de organizar la fiesta de fin de curso, que será el viernes 20 de junio por la tarde en el patio del colegio. La idea es hacer una merienda compartida, algunos juegos para los peques y, si el tiempo acompaña, una pequeña actuación de los niños.\n\nPara que salga bien necesito voluntarios para montar mesas, preparar juegos, traer comida y recoger al final. Si os apetece echar una mano, aunque sea un ratito, escribidme por privado.\n\n¡Muchas gracias!",
      },
    ],
  },
  {
    lang: "es",
    text: "¿y para perros?",
    history: [
      { role: "user", content: "qué alimentos son tóxicos para los gatos" },
      {
        role: "assistant",
        content:
          "Los más peligrosos son la cebolla, el ajo y el puerro (en cualquier forma), el chocolate, la cafeína, el alcohol, las uvas y pasas, y los productos con xilitol. También conviene evitar la leche de vaca, los huesos cocinados y el pescado crudo en exceso.",
      },
    ],
  },
  {
    lang: "es",
    system:
      "Eres un asistente financiero para particulares. No das recomendaciones personalizadas de inversión; explicas con claridad.",
    text: "¿por qué?",
    history: [
      { role: "user", content: "¿es mejor pagar la hipoteca a tipo fijo o variable ahora mismo?" },
      {
        role: "assistant",
        content:
          "Depende de tu tolerancia al riesgo, pero para la mayoría de familias ahora mismo el fijo o el mixto suelen ser la opción más tranquila.",
      },
    ],
  },
  {
    lang: "es",
    text: "me sigue dando el mismo error",
    history: [
      { role: "user", content: "npm install me da error EACCES permission denied" },
      {
        role: "assistant",
        content:
          "Ese error suele aparecer al instalar paquetes globales sin permisos. Lo recomendable es no usar sudo, sino instalar Node con nvm, que lo deja todo en tu carpeta de usuario:\n\n```\ncurl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash\nnvm install --lts\n```",
      },
      { role: "user", content: "vale, ya lo instalé con nvm" },
      {
        role: "assistant",
        content:
          "Perfecto. Cierra y abre la terminal, comprueba con `which node` que apunta a una ruta dentro de `~/.nvm`, y vuelve a lanzar `npm install`.",
      },
    ],
  },
  {
    lang: "es",
    text: "ponlo en una tabla",
    history: [
      {
        role: "user",
        content: "diferencias entre el iPad Air y el iPad normal para una estudiante de arquitectura",
      },
      {
        role: "assistant",
        content:
          "El iPad Air tiene un chip más potente (M2), pantalla laminada con mejor calidad de color y es compatible con el Apple Pencil Pro, lo que se nota mucho para dibujar. El iPad normal es más barato, suficiente para tomar apuntes y leer PDFs, pero su pantalla no está laminada y el lápiz compatible es más básico. Para arquitectura, con programas de dibujo y modelado, el Air compensa.",
      },
    ],
  },
  {
    lang: "es",
    text: "y sin horno?",
    history: [
      { role: "user", content: "receta de bizcocho de yogur" },
      {
        role: "assistant",
        content:
          "Usa el vaso del yogur como medida: 1 yogur natural, 3 huevos, 1 vaso de aceite, 2 de azúcar, 3 de harina y 1 sobre de levadura. Mezcla todo, vierte en un molde engrasado y hornea 35–40 minutos a 180 °C.",
      },
    ],
  },
  {
    lang: "es",
    text: "y qué significa el 4 en chmod 644",
    history: [
      { role: "user", content: "qué es chmod" },
      {
        role: "assistant",
        content:
          "`chmod` es el comando de Linux y macOS para cambiar los permisos de un archivo: quién puede leerlo, escribirlo o ejecutarlo. Por ejemplo, `chmod +x script.sh` lo hace ejecutable.",
      },
    ],
  },
  {
    lang: "es",
    text: "tiene 70 años y le gusta mucho la jardinería",
    history: [
      { role: "user", content: "qué le regalo a mi suegro" },
      {
        role: "assistant",
        content:
          "Para acertar, ¿me cuentas un poco más? Su edad, aficiones y el presupuesto que tienes en mente me ayudarían a darte ideas concretas.",
      },
    ],
  },
  {
    lang: "es",
    text: "vale, ¿y cuánto tiempo tengo para reclamar?",
    history: [
      { role: "user", content: "me han cobrado dos veces la misma compra en la tarjeta" },
      {
        role: "assistant",
        content:
          "Lo primero es contactar con la tienda y pedir que anulen el cargo duplicado, guardando el justificante. Si no responden, llama a tu banco: pueden abrir una disputa o retrocesión del cargo.",
      },
    ],
  },
  {
    lang: "es",
    text: "pásalo al inglés",
    history: [
      {
        role: "user",
        content: "escribe una respuesta automática de fuera de la oficina, vuelvo el 2 de septiembre",
      },
      {
        role: "assistant",
        content:
          "Hola, gracias por tu mensaje. Estoy fuera de la oficina hasta el 2 de septiembre, con acceso limitado al correo. Para asuntos urgentes, puedes escribir a Laura Martín (laura.martin@empresa.es). Te responderé a mi vuelta.",
      },
    ],
  },
  {
    lang: "es",
    text: "ah, y uno de los niños es celíaco",
    history: [
      { role: "user", content: "ideas de merienda para un cumple infantil de 15 niños" },
      {
        role: "assistant",
        content:
          "Algunas ideas que siempre funcionan: minibocadillos de jamón y de queso, brochetas de fruta, palomitas, mini pizzas caseras, bizcocho o tarta, y zumos y agua. Calcula unas 3–4 piezas saladas y 2 dulces por niño.",
      },
    ],
  },
  { lang: "es", text: "ok gracias, me lo apunto" },
  // Italian
  { lang: "it", text: "quanto deve cuocere il ragù alla bolognese, davvero 4 ore?" },
  { lang: "it", text: "Che differenza c'è tra partita IVA forfettaria e ordinaria?" },
  {
    lang: "it",
    text: "mio figlio di 6 anni non vuole andare a scuola la mattina, piange sempre. cosa posso fare?",
  },
  {
    lang: "it",
    text:
      "Mi aiuti a scrivere una mail all'amministratore di condominio per segnalare un'infiltrazione dal piano di sopra?",
  },
  { lang: "it", text: "spiegami il teorema di pitagora con un esempio pratico" },
  {
    lang: "it",
    text:
      "Tre giorni a Napoli a ottobre: cosa vedere e dove mangiare la pizza migliore senza fare due ore di fila?",
  },
  { lang: "it", text: "come si dice \"in bocca al lupo\" in inglese? c'è un'espressione simile?" },
  { lang: "it", text: "Su Excel come faccio a evidenziare in rosso le date già scadute?" },
  { lang: "it", text: "Scrivi uno script bash che rinomina tutti i file .jpeg in .jpg in una cartella." },
  { lang: "it", text: "È normale avere le vertigini quando mi alzo velocemente dal letto?" },
  { lang: "it", text: "che piante posso mettere su un balcone esposto a nord a Torino" },
  { lang: "it", text: "Come si richiede lo SPID con Poste Italiane? Serve andare allo sportello?" },
  {
    lang: "it",
    text:
      "Mi correggi questo messaggio?\n\nBuongiorno professoressa, le scrivo per chiederle se è possibile spostare l'interrogazione di storia, perchè giovedi ho la visita medica e non posso essere a scuola. La ringrazio in anticipo.",
  },
  {
    lang: "it",
    text:
      "Ho scritto questa poesia per mio nonno che è mancato a marzo. Mi dai qualche idea per il titolo?\n\nAvevi le mani grandi e la pazienza di chi aspetta il pane lievitare.\nMi insegnavi i nomi degli alberi\ne io li dimenticavo apposta\nper sentirteli dire ancora.",
  },
  {
    lang: "it",
    text:
      "Riassumimi questo paragrafo per l'esame di diritto in poche righe:\n\nIl contratto è l'accordo di due o più parti per costituire, regolare o estinguere tra loro un rapporto giuridico patrimoniale. I requisiti essenziali sono l'accordo delle parti, la causa, l'oggetto e la forma, quando risulta prescritta dalla legge sotto pena di nullità. La mancanza di uno di questi elementi rende il contratto nullo.",
  },
  {
    lang: "it",
    text:
      "Vendo il passeggino su Subito, mi scrivi un titolo e qualche parola chiave? È un Cybex Balios S, usato un anno, colore grigio, con parapioggia.",
  },
  {
    lang: "it",
    text: 'Git mi dice "detached HEAD", cosa vuol dire e come torno su main senza perdere i commit?',
  },
  {
    lang: "it",
    text:
      "Devo fare un brindisi per i 50 anni di matrimonio dei miei genitori, mi aiuti? Si sono conosciuti a una festa di paese nel 1975.",
  },
  {
    lang: "it",
    text: "Quanti giorni di malattia posso fare prima che il datore di lavoro possa licenziarmi?",
  },
  { lang: "it", text: "consigliami un libro giallo ambientato in italia, ho già letto tutti i montalbano" },
  { lang: "it", text: "Qual è la differenza tra gricia, amatriciana e carbonara?" },
  {
    lang: "it",
    text:
      "Ho 25 anni e il primo stipendio fisso, 1.600 al mese. Come divido le spese, i risparmi e il resto?",
  },
  { lang: "it", text: "perché il mio basilico diventa giallo" },
  {
    lang: "it",
    text:
      "Cosa fa questa query?\n\nSELECT reparto, AVG(stipendio) FROM dipendenti GROUP BY reparto HAVING COUNT(*) > 5;",
  },
  // Italian, with a system persona
  {
    lang: "it",
    system: "Sei un assistente utile e gentile. Rispondi sempre in italiano.",
    text: "Come tolgo le macchie di pomodoro dai vestiti bianchi?",
  },
  {
    lang: "it",
    system: "Sei un assistente di cucina. Indica le dosi per 4 persone.",
    text: "ho zucchine, ricotta e un po' di pasta, idee veloci?",
  },
  {
    lang: "it",
    system: "Sei un esperto programmatore Python. Rispondi in modo conciso con esempi di codice.",
    text: "come leggo un file csv con il punto e virgola come separatore",
  },
  {
    lang: "it",
    system: "Sei un insegnante di latino per il liceo. Aiuta lo studente a ragionare sulla traduzione.",
    text: 'non capisco come tradurre l\'ablativo assoluto in "Caesare duce, milites vicerunt"',
  },
  {
    lang: "it",
    system: "Sei un assistente per la scrittura professionale.",
    text:
      "Ecco il verbale che ho scritto dopo la riunione del comitato genitori, mi proponi un titolo e un riassunto di una riga da mettere nella mail?\n\nSi è deciso di organizzare la gita di fine anno al parco Natura Viva il 23 maggio. Il costo sarà di 28 euro a bambino, pullman incluso. Le adesioni vanno raccolte entro il 30 aprile dai rappresentanti di classe.",
  },
  {
    lang: "it",
    system: "Sei un consulente di viaggio. Rispondi in italiano.",
    text: "Puglia o Sicilia per una settimana a giugno con due bambini piccoli?",
  },
  {
    lang: "it",
    system: "Sei un assistente per la casa e il fai-da-te.",
    text: "Il rubinetto del bagno gocciola, posso sistemarlo da solo?",
  },
  {
    lang: "it",
    system: "Sei un assistente utile e gentile. Rispondi sempre in italiano.",
    text: "e se è seta?",
    history: [
      { role: "user", content: "come lavare un maglione di lana senza rovinarlo" },
      {
        role: "assistant",
        content:
          "Lavalo a mano in acqua fredda o tiepida (massimo 30 °C) con un detersivo specifico per lana, senza strofinare né strizzare. Risciacqualo nella stessa temperatura, premilo delicatamente in un asciugamano per togliere l'acqua e fallo asciugare in piano, lontano da fonti di calore.",
      },
    ],
  },
  // Italian follow-ups
  {
    lang: "it",
    text: "più breve",
    history: [
      {
        role: "user",
        content: "scrivimi una descrizione per il mio profilo Airbnb, affitto una stanza a Bologna",
      },
      {
        role: "assistant",
        content:
          "Ciao! Sono Giulia, ho 34 anni e lavoro come grafica. Vivo in un appartamento luminoso in zona Bolognina, a dieci minuti a piedi dalla stazione e venti dal centro storico. Amo cucinare, camminare sui colli e scoprire nuovi posti dove mangiare. Sarò felice di darti consigli sulle trattorie migliori e sugli angoli meno turistici della città. Rispetto la privacy dei miei ospiti ma sono sempre disponibile per qualsiasi necessità!",
      },
    ],
  },
  {
    lang: "it",
    text: "e per i bambini?",
    history: [
      { role: "user", content: "quante ore bisogna dormire per stare bene" },
      {
        role: "assistant",
        content:
          "Per un adulto la maggior parte delle linee guida consiglia tra le 7 e le 9 ore a notte. Conta anche la regolarità: andare a letto e svegliarsi più o meno alla stessa ora aiuta più di recuperare il sonno nel weekend.",
      },
    ],
  },
  {
    lang: "it",
    system:
      "Sei l'assistente virtuale di una cooperativa energetica. Rispondi in italiano in modo semplice e cortese.",
    text: "perché?",
    history: [
      {
        role: "user",
        content:
          "conviene lasciare il riscaldamento sempre acceso a temperatura bassa o accenderlo solo quando serve?",
      },
      {
        role: "assistant",
        content:
          "Con una caldaia tradizionale in genere conviene accenderlo solo quando serve, con un termostato programmabile. Con una pompa di calore invece è meglio tenerlo acceso in modo continuo a temperatura moderata.",
      },
    ],
  },
  {
    lang: "it",
    text: "non funziona, mi dà ancora errore 404",
    history: [
      {
        role: "user",
        content:
          "ho messo il sito su netlify ma se ricarico una pagina che non è la home mi dà 404, è una app react",
      },
      {
        role: "assistant",
        content:
          "È il classico problema delle single page app: Netlify cerca un file che non esiste. Crea un file `_redirects` nella cartella `public` con questa riga:\n\n```\n/*  /index.html  200\n```\n\ne rifai il deploy.",
      },
    ],
  },
  {
    lang: "it",
    text: "me lo metti in una tabella?",
    history: [
      { role: "user", content: "differenze tra Fastweb, Iliad e TIM per la fibra" },
      {
        role: "assistant",
        content:
          "In generale Iliad ha il prezzo più basso e senza vincoli, ma il modem è più semplice. Fastweb sta a metà, con offerte spesso comprensive di mobile e una buona app. TIM costa di più ma ha la rete più capillare e un'assistenza con più punti vendita. La velocità reale dipende soprattutto dalla copertura FTTH del tuo indirizzo.",
      },
    ],
  },
  {
    lang: "it",
    text: "e senza burro?",
    history: [
      { role: "user", content: "ricetta della pasta frolla" },
      {
        role: "assistant",
        content:
          "Per una crostata: 300 g di farina 00, 150 g di burro freddo a pezzetti, 120 g di zucchero, 1 uovo intero e 1 tuorlo, scorza di limone e un pizzico di sale. Lavora velocemente burro e farina, aggiungi il resto, forma un panetto e fallo riposare in frigo 30 minuti.",
      },
    ],
  },
  {
    lang: "it",
    text: "ok ma cosa cambia tra let e const allora",
    history: [
      { role: "user", content: "in javascript perché non si usa più var" },
      {
        role: "assistant",
        content:
          'Perché `var` ha uno scope di funzione e non di blocco, e viene "sollevata" (hoisting) all\'inizio della funzione: questo causa bug difficili da vedere, per esempio nei cicli `for`. Oggi si usano `let` e `const`, che hanno scope di blocco.',
      },
    ],
  },
  {
    lang: "it",
    text: "perfetto, ora fai la stessa cosa anche per l'endpoint degli ordini",
    history: [{
      role: "user",
      content: "aggiungi la paginazione a GET /api/clienti, parametri page e size, default 20",
    }, {
      role: "assistant",
      content:
        "Fatto. In `routes/clienti.js` ho letto `page` e `size` dalla query string (default 1 e 20, con `size` limitato a 100), e la query ora usa `LIMIT` e `OFFSET`. La risposta include anche `total` e `pages`, così il frontend può mostrare il numero di pagine. Ho aggiunto due test in `clienti.test.js`.",
    }],
  },
  {
    lang: "it",
    text: "e se il negozio non risponde?",
    history: [
      { role: "user", content: "ho comprato delle scarpe online e sono arrivate rotte, cosa faccio" },
      {
        role: "assistant",
        content:
          "Fai subito delle foto del pacco e delle scarpe, poi contatta il venditore tramite il sito o via mail chiedendo la sostituzione o il rimborso. Per gli acquisti online hai comunque 14 giorni per il recesso e 2 anni di garanzia legale per i difetti.",
      },
    ],
  },
  {
    lang: "it",
    text: "traducilo anche in tedesco",
    history: [
      { role: "user", content: "traduci in inglese: il check-in è dalle 15, la colazione è inclusa" },
      { role: "assistant", content: "Check-in is from 3 pm, breakfast is included." },
    ],
  },
  {
    lang: "it",
    text: "ah dimenticavo, mia suocera non mangia pesce",
    history: [
      { role: "user", content: "menu per la vigilia di Natale, siamo in 8" },
      {
        role: "assistant",
        content:
          "Antipasto: insalata di mare e crostini con baccalà mantecato.\nPrimo: spaghetti alle vongole.\nSecondo: orata al forno con patate.\nDolce: panettone con crema al mascarpone.\nSe vuoi, ti preparo anche la lista della spesa.",
      },
    ],
  },
  {
    lang: "it",
    text: "ok grazie mille!! ultima cosa, quanto dura in frigo?",
    history: [
      { role: "user", content: "come si fa il pesto alla genovese a casa" },
      {
        role: "assistant",
        content:
          "Nel mortaio (o nel frullatore con le lame fredde) pesta 2 spicchi d'aglio con qualche grano di sale grosso, aggiungi 50 g di foglie di basilico e poi 15 g di pinoli. Unisci 60 g di parmigiano e 30 g di pecorino grattugiati e infine circa 100 ml di olio extravergine a filo, mescolando.",
      },
    ],
  },
  {
    lang: "it",
    text:
      "Ho scritto la presentazione del mio progetto per il bando regionale, mi suggerisci 5 parole chiave da inserire nel modulo? Il progetto è un orto didattico nella scuola primaria di Cremona, con laboratori sulla stagionalità, il compost e la riduzione dello spreco alimentare.",
  },
  // Portuguese (Brazil and Portugal)
  { lang: "pt", text: "quanto tempo cozinha feijão na panela de pressão?" },
  { lang: "pt", text: "Qual a diferença entre MEI e microempresa? Compensa abrir MEI pra vender bolo?" },
  {
    lang: "pt",
    text:
      "meu filho de 4 anos ainda acorda de madrugada e vem pra nossa cama, como faço ele dormir no quarto dele?",
  },
  {
    lang: "pt",
    text: "Me ajuda a escrever um e-mail pro síndico reclamando do barulho da obra no sábado de manhã?",
  },
  { lang: "pt", text: "explica a revolução industrial de um jeito simples pra minha filha do 8º ano" },
  {
    lang: "pt",
    text:
      "Vou passar 4 dias no Porto em novembro, o que não posso deixar de ver? E onde comer uma boa francesinha?",
  },
  { lang: "pt", text: 'como se diz "saudade" em inglês? existe alguma palavra?' },
  {
    lang: "pt",
    text:
      "No Excel, como faço para juntar o nome da coluna A com o sobrenome da coluna B com espaço no meio?",
  },
  { lang: "pt", text: "Escreve uma função em TypeScript que valida um CPF." },
  {
    lang: "pt",
    text: "É normal sentir muito cansaço no primeiro trimestre de gravidez? Estou de 9 semanas.",
  },
  { lang: "pt", text: "que cor de cortina combina com sofá verde-musgo" },
  {
    lang: "pt",
    text: "Como faço para tirar a segunda via do RG em São Paulo? Precisa agendar no Poupatempo?",
  },
  {
    lang: "pt",
    text:
      "Corrige esse texto pra mim?\n\nOi pessoal, so passando pra avisar que a reunião de amanhã foi remarcada para as 15h, porque o cliente não pode as 10h. Quem nao puder me avisa por favor que agente ve outro horário.",
  },
  {
    lang: "pt",
    text:
      "Escrevi este conto para uma oficina de escrita, me sugere uns títulos?\n\nToda manhã, o seu Aristides abria a banca de jornal às seis, mesmo que ninguém mais comprasse jornal. Arrumava as revistas, passava um café no coador de pano e esperava. Quando a prefeitura mandou a carta de demolição, ele leu duas vezes, dobrou com cuidado e colocou à venda, ao lado das palavras cruzadas.",
  },
  {
    lang: "pt",
    text:
      "Resume esse texto da minha apostila de história em 3 frases:\n\nO ciclo do ouro, no século XVIII, deslocou o centro econômico da colônia do Nordeste para a região das Minas Gerais. A mineração estimulou o crescimento de cidades como Vila Rica e São João del-Rei, atraiu milhares de portugueses e intensificou o tráfico de africanos escravizados. A Coroa aumentou o controle fiscal com o quinto e as casas de fundição, o que gerou revoltas como a de Filipe dos Santos.",
  },
  {
    lang: "pt",
    text:
      "Vou vender minha geladeira no OLX, me dá um título bom e umas palavras-chave? Brastemp frost free 375 litros, inox, 4 anos, funcionando perfeitamente.",
  },
  {
    lang: "pt",
    text: 'O git diz "Please commit your changes or stash them before you switch branches". O que é stash?',
  },
  {
    lang: "pt",
    text:
      "Preciso fazer um discurso curto na formatura da minha irmã em enfermagem, ela trabalhou e estudou ao mesmo tempo por 5 anos. Me ajuda?",
  },
  { lang: "pt", text: "Quantos dias de férias tenho direito se fui demitido depois de 8 meses de trabalho?" },
  { lang: "pt", text: "me indica uma série brasileira boa pra maratonar" },
  { lang: "pt", text: "Qual a diferença entre pastel de nata e pastel de Belém?" },
  {
    lang: "pt",
    text:
      "Ganho 4.500 por mês e queria começar uma reserva de emergência. Tesouro Selic ou CDB de liquidez diária?",
  },
  { lang: "pt", text: "por que minha massa de pão não cresce" },
  { lang: "pt", text: "O que esse código faz?\n\ndef f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)" },
  // Portuguese, with a system persona
  {
    lang: "pt",
    system: "Você é um assistente prestativo e simpático. Responda sempre em português.",
    text: "Como tiro mofo da parede do banheiro?",
  },
  {
    lang: "pt",
    system: "Você é um assistente de culinária. Dê as quantidades para 4 pessoas.",
    text: "tenho frango, batata-doce e brócolis, o que faço pro almoço?",
  },
  {
    lang: "pt",
    system: "Você é um assistente de programação especialista em Node.js.",
    text: "como faço um servidor express que recebe um json e salva num arquivo",
  },
  {
    lang: "pt",
    system: "Você é um professor particular de matemática para o ensino médio. Explique passo a passo.",
    text: "não entendi logaritmo, quanto é log de 8 na base 2 e por quê?",
  },
  {
    lang: "pt",
    system: "Você é um assistente de redação profissional.",
    text:
      "Escrevi esse relatório pro meu chefe, pode dar um título e resumir em duas linhas?\n\nEm outubro o atendimento recebeu 1.240 chamados, 15% a mais que em setembro. O tempo médio de resposta caiu de 9 para 6 horas após a contratação de dois atendentes. A principal reclamação continua sendo atraso na entrega.",
  },
  {
    lang: "pt",
    system: "Você é um assistente de viagens. Responda em português do Brasil.",
    text: "vale a pena alugar carro em Florianópolis ou dá pra se virar de uber?",
  },
  {
    lang: "pt",
    system: "És um assistente simpático. Responde sempre em português de Portugal.",
    text: "Como peço o cartão de cidadão para o meu filho recém-nascido?",
  },
  {
    lang: "pt",
    system: "Você é um assistente prestativo e simpático. Responda sempre em português.",
    text: "e se for no teto?",
    history: [
      { role: "user", content: "como evitar mofo no guarda-roupa" },
      {
        role: "assistant",
        content:
          "Deixe um espaço de alguns centímetros entre o móvel e a parede para o ar circular, abra as portas de vez em quando, e use saquinhos de giz ou sílica para absorver a umidade. Nunca guarde roupa que não esteja completamente seca, e limpe o interior com vinagre branco diluído.",
      },
    ],
  },
  // Portuguese follow-ups
  {
    lang: "pt",
    text: "mais curto",
    history: [
      { role: "user", content: "escreve uma mensagem de boas-vindas pro novo estagiário da equipe" },
      {
        role: "assistant",
        content:
          "Olá, Pedro! Seja muito bem-vindo à equipe de marketing! 🎉\n\nEstamos muito felizes em ter você conosco nos próximos meses. Aqui você vai participar de campanhas reais, aprender sobre planejamento, redes sociais e análise de dados, e principalmente trocar ideias com um time que adora ensinar. Não tenha vergonha de perguntar qualquer coisa: todo mundo aqui já foi estagiário um dia.\n\nNa segunda-feira, às 10h, faremos um café de boas-vindas. Até lá!",
      },
    ],
  },
  {
    lang: "pt",
    text: "e pra criança?",
    history: [
      { role: "user", content: "qual a dose de dipirona pra adulto" },
      {
        role: "assistant",
        content:
          "Para adultos e adolescentes acima de 15 anos, a dose habitual é de 500 mg a 1 g por vez, até 4 vezes ao dia, sem ultrapassar 4 g por dia. Siga sempre a bula e a orientação médica.",
      },
    ],
  },
  {
    lang: "pt",
    system:
      "Você é o assistente do app Minhas Contas. Ajude com finanças pessoais de forma simples, sem jargão.",
    text: "por quê?",
    history: [
      { role: "user", content: "é melhor pagar o IPVA à vista ou parcelado?" },
      {
        role: "assistant",
        content: "Na maioria dos estados, se você tiver o dinheiro, compensa pagar à vista.",
      },
    ],
  },
  {
    lang: "pt",
    text: "continua dando o mesmo erro",
    history: [
      { role: "user", content: "meu docker compose up fala que a porta 5432 já está em uso" },
      {
        role: "assistant",
        content:
          'Provavelmente você tem um PostgreSQL instalado e rodando direto na máquina. Você pode pará-lo (`sudo systemctl stop postgresql`) ou mudar a porta no compose, por exemplo `"5433:5432"`.',
      },
    ],
  },
  {
    lang: "pt",
    text: "coloca numa tabela",
    history: [
      { role: "user", content: "diferença entre Nubank, Inter e C6 pra conta corrente" },
      {
        role: "assistant",
        content:
          "Os três são bancos digitais sem tarifa de manutenção. O Nubank tem o app mais simples e popular, e cartão com programa de pontos opcional. O Inter oferece mais serviços no mesmo app, como investimentos, shopping com cashback e conta global. O C6 se destaca pela conta em dólar e euro e pelo programa de pontos Átomos.",
      },
    ],
  },
  {
    lang: "pt",
    text: "e sem leite condensado?",
    history: [
      { role: "user", content: "receita de brigadeiro de panela" },
      {
        role: "assistant",
        content:
          "Numa panela, coloque 1 lata de leite condensado, 1 colher de sopa de manteiga e 2 colheres de sopa de chocolate em pó. Mexa em fogo baixo sem parar até a massa desgrudar do fundo, uns 10 minutos. Deixe esfriar e coma de colher ou enrole em bolinhas com granulado.",
      },
    ],
  },
  {
    lang: "pt",
    text: "tá, mas quando eu uso map e quando uso forEach?",
    history: [
      { role: "user", content: "o que é arrow function em javascript" },
      {
        role: "assistant",
        content:
          "É uma forma mais curta de escrever funções: `const dobro = (n) => n * 2;`. Além de mais enxuta, ela não cria seu próprio `this`, o que ajuda em callbacks.",
      },
    ],
  },
  {
    lang: "pt",
    text: "roda os testes de novo e me fala o que falhou",
    history: [{
      role: "user",
      content: "renomeia a função calcularFrete para calcularCustoEnvio no projeto inteiro",
    }, {
      role: "assistant",
      content:
        "Renomeei `calcularFrete` para `calcularCustoEnvio` em 7 arquivos: a definição em `src/envio.ts`, as importações em `checkout.ts`, `carrinho.ts` e `pedido.ts`, e as chamadas nos testes. Também atualizei o README, que citava o nome antigo.",
    }],
  },
  {
    lang: "pt",
    text: "e se a loja não quiser trocar?",
    history: [
      { role: "user", content: "comprei um celular há 20 dias e a tela começou a piscar" },
      {
        role: "assistant",
        content:
          "Produtos duráveis têm garantia legal de 90 dias pelo Código de Defesa do Consumidor, além da garantia do fabricante. Procure a loja ou a assistência técnica autorizada, guarde a nota fiscal e registre tudo por escrito. O fornecedor tem até 30 dias para resolver o problema.",
      },
    ],
  },
  {
    lang: "pt",
    text: "traduz pro espanhol também",
    history: [
      { role: "user", content: "traduz pro inglês: o pagamento será feito até o dia 10 de cada mês" },
      { role: "assistant", content: "Payment will be made by the 10th of each month." },
    ],
  },
  {
    lang: "pt",
    text: "esqueci de falar, minha cunhada é vegana",
    history: [
      { role: "user", content: "cardápio pra um churrasco de domingo com 12 pessoas" },
      {
        role: "assistant",
        content:
          "Carnes: picanha, linguiça toscana, asinha de frango e coraçãozinho (uns 400 g por pessoa no total).\nAcompanhamentos: arroz, farofa, vinagrete, pão de alho e salada de maionese.\nBebidas: refrigerante, cerveja e água.\nSobremesa: pudim ou abacaxi assado com canela.",
      },
    ],
  },
  {
    lang: "pt",
    text:
      "Estou a escrever uma candidatura para um mestrado em Lisboa, podes rever o primeiro parágrafo e dizer se está demasiado formal?\n\nVenho por este meio manifestar o meu interesse em integrar o Mestrado em Ciência de Dados, tendo em conta o meu percurso académico em Matemática Aplicada e a minha experiência profissional de dois anos numa empresa de consultoria.",
  },
  {
    lang: "pt",
    text:
      "Fiz esse texto pro meu blog de jardinagem, me sugere 5 tags?\n\nAs suculentas morrem mais por excesso de água do que por falta. Regue só quando a terra estiver completamente seca, use vaso com furo e substrato com areia, e deixe a planta pegar pelo menos quatro horas de sol por dia.",
  },
  // Dutch
  { lang: "nl", text: "hoe lang moet een hardgekookt ei koken" },
  {
    lang: "nl",
    text:
      "Wat is het verschil tussen huurtoeslag en zorgtoeslag, en kan ik ze allebei aanvragen als student?",
  },
  { lang: "nl", text: "onze dochter van 2 bijt andere kinderen op de opvang, hoe pakken we dat aan?" },
  {
    lang: "nl",
    text: "Kun je me helpen een mail te schrijven aan de verhuurder dat de cv-ketel al een week kapot is?",
  },
  { lang: "nl", text: "leg de Tachtigjarige Oorlog kort uit, ik heb morgen een toets" },
  {
    lang: "nl",
    text:
      "We gaan een lang weekend naar Gent met de fiets. Wat moeten we zeker zien en waar kunnen we de fietsen veilig kwijt?",
  },
  { lang: "nl", text: 'wat betekent "gezellig" eigenlijk in het engels, kun je het vertalen?' },
  { lang: "nl", text: "Hoe maak ik in Excel een draaitabel die de omzet per maand laat zien?" },
  {
    lang: "nl",
    text: "Schrijf een Python-script dat alle PDF-bestanden in een map samenvoegt tot één bestand.",
  },
  { lang: "nl", text: "Is het erg als ik mijn antibiotica een dag vergeet in te nemen?" },
  { lang: "nl", text: "welke vaste planten bloeien lang en kunnen tegen een natte klei-tuin" },
  { lang: "nl", text: "Hoe vraag ik een DigiD aan als ik net in Nederland woon?" },
  {
    lang: "nl",
    text:
      "Kun je dit verbeteren? Ik ben niet zo goed in spelling.\n\nBeste allemaal, hierbij wil ik jullie uitnodigen voor mijn afscheids borrel op vrijdag. Ik heb het erg naar me zin gehad en ik vind het jammer dat ik weg ga. Ik hoop dat jullie allemaal komen, ik word het erg leuk vinden.",
  },
  {
    lang: "nl",
    text:
      "Ik heb dit stukje geschreven voor de schoolkrant, heb je een pakkende titel?\n\nVorige week hebben de leerlingen van groep 8 een hele dag in het bos doorgebracht met boswachter Henk. Ze leerden sporen van dassen herkennen, bouwden een hut van takken en ontdekten dat een egel wel 5000 stekels heeft.",
  },
  {
    lang: "nl",
    text:
      "Vat deze brief van de gemeente samen in gewone taal:\n\nGeachte heer De Vries, naar aanleiding van uw aanvraag voor een omgevingsvergunning voor het plaatsen van een dakkapel aan de voorzijde van uw woning delen wij u mee dat wij uw aanvraag hebben ontvangen. De beslistermijn bedraagt acht weken en kan eenmaal met zes weken worden verlengd. Wij verzoeken u binnen twee weken een bouwtekening met maatvoering aan te leveren, bij gebreke waarvan wij de aanvraag buiten behandeling kunnen laten.",
  },
  {
    lang: "nl",
    text:
      "Ik verkoop mijn kinderfiets op Marktplaats, kun je een titel en wat zoekwoorden bedenken? Batavus, 20 inch, blauw, met handrem en terugtraprem, 2 jaar oud.",
  },
  {
    lang: "nl",
    text: 'Mijn React-app geeft "Each child in a list should have a unique key prop". Wat moet ik doen?',
  },
  {
    lang: "nl",
    text:
      "Ik moet een speech houden op de 40ste verjaardag van mijn beste vriend. Hij is fanatiek wielrenner en verliest altijd zijn sleutels. Help je me?",
  },
  { lang: "nl", text: "Hoeveel vakantiedagen heb ik wettelijk recht op als ik 32 uur per week werk?" },
  { lang: "nl", text: "tip voor een goede nederlandse podcast over geschiedenis?" },
  { lang: "nl", text: "Wat is het verschil tussen een bitterbal en een kroket, behalve de vorm?" },
  {
    lang: "nl",
    text:
      "Ik heb 10.000 euro spaargeld. Is het slim om een deel te beleggen of eerst mijn studieschuld af te lossen?",
  },
  { lang: "nl", text: "waarom krijgt mijn monstera bruine randjes" },
  { lang: "nl", text: "Wat doet deze regex precies? ^[A-Z]{2}\\d{2}[A-Z]{4}\\d{10}$" },
  // Dutch, with a system persona
  {
    lang: "nl",
    system: "Je bent een behulpzame assistent. Antwoord altijd in het Nederlands.",
    text: "Hoe krijg ik kaarsvet uit een tafelkleed?",
  },
  {
    lang: "nl",
    system: "Je bent een kookassistent. Geef hoeveelheden voor 4 personen.",
    text: "ik heb prei, aardappels en rookworst, wat maak ik vanavond",
  },
  {
    lang: "nl",
    system: "Je bent een programmeerassistent gespecialiseerd in C# en .NET.",
    text: "hoe lees ik een appsettings.json waarde uit in een console app",
  },
  {
    lang: "nl",
    system: "Je bent een bijlesdocent wiskunde voor de middelbare school. Leg stap voor stap uit.",
    text: "snap niks van de abc-formule, kun je het voordoen met x² + 2x - 8 = 0",
  },
  {
    lang: "nl",
    system: "Je bent een schrijfassistent voor zakelijke teksten.",
    text:
      "Hier is mijn verslag van het teamoverleg. Kun je er een titel boven zetten en het in één zin samenvatten voor de mail?\n\nWe stoppen met het oude ticketsysteem per 1 januari. Sanne zet de nieuwe omgeving op, Bram schrijft de handleiding en iedereen volgt in december een korte training van een uur.",
  },
  {
    lang: "nl",
    system: "Je bent een reisassistent. Antwoord in het Nederlands.",
    text: "Is de Ardennen of het Sauerland leuker voor een week wandelen met een hond?",
  },
  {
    lang: "nl",
    system: "Je bent een assistent voor klussen in huis.",
    text: "De kitrand in onze douche is zwart, moet ik die helemaal vervangen?",
  },
  {
    lang: "nl",
    system: "Je bent een behulpzame assistent. Antwoord altijd in het Nederlands.",
    text: "en als het op een wollen trui zit?",
    history: [
      { role: "user", content: "hoe krijg ik kauwgom uit een spijkerbroek" },
      {
        role: "assistant",
        content:
          "Leg de broek een paar uur in een plastic zak in de vriezer. Als de kauwgom hard is, kun je hem er met een botte kant van een mes of een lepel afbreken. Restjes haal je weg met een beetje azijn of wasbenzine, en daarna gewoon wassen.",
      },
    ],
  },
  // Dutch follow-ups
  {
    lang: "nl",
    text: "korter graag",
    history: [
      {
        role: "user",
        content: "schrijf een bericht voor de buurt-app dat we zaterdag een straatfeest organiseren",
      },
      {
        role: "assistant",
        content:
          "Hoi buren! 🎉\n\nAanstaande zaterdag 14 september organiseren we vanaf 15.00 uur een straatfeest op het pleintje bij nummer 22. Er is een springkussen voor de kinderen, een barbecue en muziek. Iedereen neemt iets te eten mee voor het buffet, drinken regelen wij.\n\nWil je helpen met opbouwen (vanaf 13.00 uur) of opruimen? Laat het even weten in deze app. We hopen jullie allemaal te zien!\n\nGroetjes, Marloes en Joost",
      },
    ],
  },
  {
    lang: "nl",
    text: "en voor kinderen?",
    history: [
      { role: "user", content: "hoeveel vitamine D moet je slikken in de winter" },
      {
        role: "assistant",
        content:
          "Het Voedingscentrum adviseert volwassenen tot 70 jaar met een lichte huidskleur die voldoende buiten komen geen extra vitamine D, maar wel 10 microgram per dag voor mensen met een donkere huid, vrouwen boven de 50 en mensen die weinig buiten komen. Vanaf 70 jaar is het advies 20 microgram per dag.",
      },
    ],
  },
  {
    lang: "nl",
    system:
      "Je bent een vriendelijke assistent voor geldzaken. Je geeft geen persoonlijk financieel advies, maar legt helder uit.",
    text: "waarom?",
    history: [
      { role: "user", content: "moet ik mijn hypotheek extra aflossen of het geld sparen" },
      {
        role: "assistant",
        content:
          "Met de huidige lage spaarrente is extra aflossen vaak aantrekkelijker, zolang je een goede buffer overhoudt.",
      },
    ],
  },
  {
    lang: "nl",
    text: "het werkt nog steeds niet, zelfde melding",
    history: [
      {
        role: "user",
        content: "pip zegt 'externally-managed-environment' als ik iets wil installeren op ubuntu",
      },
      {
        role: "assistant",
        content:
          "Dat is een beveiliging van nieuwere Ubuntu-versies zodat je de systeem-Python niet stukmaakt. Maak een virtuele omgeving:\n\n```\npython3 -m venv .venv\nsource .venv/bin/activate\npip install requests\n```",
      },
    ],
  },
  {
    lang: "nl",
    text: "zet het in een tabel",
    history: [
      { role: "user", content: "verschil tussen een warmtepomp en een hybride warmtepomp" },
      {
        role: "assistant",
        content:
          "Een volledig elektrische warmtepomp vervangt je cv-ketel helemaal en werkt het best in een goed geïsoleerd huis met vloerverwarming. Een hybride warmtepomp werkt samen met je bestaande cv-ketel: de warmtepomp doet het meeste werk, en bij strenge vorst of voor warm water springt de ketel bij. Hybride is goedkoper in aanschaf en geschikt voor minder goed geïsoleerde huizen.",
      },
    ],
  },
  {
    lang: "nl",
    text: "en zonder oven?",
    history: [
      { role: "user", content: "recept appeltaart zoals bij oma" },
      {
        role: "assistant",
        content:
          "Kneed 300 g zelfrijzend bakmeel, 200 g boter, 150 g bruine basterdsuiker, 1 ei en een snufje zout tot een deeg. Bekleed een ingevette springvorm met tweederde van het deeg. Vul met 1 kg zure appels in stukjes, gemengd met kaneel, suiker en rozijnen. Leg er reepjes deeg over en bak 60 minuten op 175 °C.",
      },
    ],
  },
  {
    lang: "nl",
    text: "ok, en wat is dan het verschil met een tuple",
    history: [
      { role: "user", content: "wat is een list comprehension in python" },
      {
        role: "assistant",
        content:
          "Een korte manier om een lijst te maken uit een andere reeks: `kwadraten = [x * x for x in range(10)]`. Je kunt er ook een voorwaarde aan toevoegen: `[x for x in getallen if x > 0]`.",
      },
    ],
  },
  {
    lang: "nl",
    text: "kun je ook een logregel toevoegen als de retry mislukt?",
    history: [{
      role: "user",
      content: "de functie haalWeerOp faalt soms door een timeout van de API. voeg een retry toe, max 3 keer",
    }, {
      role: "assistant",
      content:
        "Ik heb in `weer.py` een lus om het request gezet: bij een `requests.Timeout` wacht hij 1, 2 en daarna 4 seconden en probeert het opnieuw, maximaal drie keer. Na de derde mislukte poging wordt de oorspronkelijke exceptie opnieuw opgegooid, zodat de aanroeper het merkt.",
    }],
  },
  {
    lang: "nl",
    text: "en als de webshop niet reageert?",
    history: [
      {
        role: "user",
        content: "ik heb een jas besteld en wil hem terugsturen, maar de webshop zegt dat het niet mag",
      },
      {
        role: "assistant",
        content:
          "Bij online aankopen in de EU heb je in principe 14 dagen bedenktijd vanaf het moment dat je het product ontvangt. De webshop mag dat niet uitsluiten voor gewone kleding. Meld schriftelijk (per mail) dat je gebruikmaakt van je herroepingsrecht en bewaar het verzendbewijs.",
      },
    ],
  },
  {
    lang: "nl",
    text: "vertaal het ook naar het duits",
    history: [
      {
        role: "user",
        content: "vertaal naar het engels: de sleutel ligt onder de mat, de wifi-code staat op de koelkast",
      },
      { role: "assistant", content: "The key is under the mat, the wifi password is on the fridge." },
    ],
  },
  {
    lang: "nl",
    text: "oh ja, mijn schoonvader heeft een notenallergie",
    history: [
      { role: "user", content: "menu voor kerstdiner met 6 personen, niet te ingewikkeld" },
      {
        role: "assistant",
        content:
          "Voorgerecht: pompoensoep met geroosterde pompoenpitten.\nHoofdgerecht: hertenstoofpot met rode kool en aardappelkroketjes.\nNagerecht: tiramisu of een ijstaart met amandelschaafsel.\nDe stoofpot kun je een dag van tevoren maken.",
      },
    ],
  },
  {
    lang: "nl",
    text:
      "Ik schrijf een blog over ons verbouwingsavontuur. Kun je 5 tags voorstellen bij dit stuk?\n\nDeze maand hebben we eindelijk de oude vloer eruit gehaald. Onder het linoleum zat prachtig grenen, maar ook een hoop houtworm. Na drie weekenden schuren, behandelen en lakken kunnen we weer op sokken door de woonkamer.",
  },
  {
    lang: "nl",
    text:
      "Deze functie in mijn Node-project is traag bij grote bestanden. Kun je uitleggen waarom en een betere versie schrijven?\n\nconst fs = require('fs');\nfunction telRegels(pad) {\n  const inhoud = fs.readFileSync(pad, 'utf8');\n  let n = 0;\n  for (const regel of inhoud.split('\\n')) {\n    if (regel.trim() !== '') n++;\n  }\n  return n;\n}\n\nHet gaat om logbestanden van soms 3 GB.",
  },
  // Polish
  { lang: "pl", text: "ile gotować pierogi mrożone" },
  { lang: "pl", text: "Jaka jest różnica między umową zlecenie a umową o dzieło, jeśli chodzi o ZUS?" },
  { lang: "pl", text: "moja córka (7 lat) boi się ciemności i nie chce spać sama, co robić?" },
  {
    lang: "pl",
    text: "Pomożesz mi napisać maila do administracji osiedla, że od tygodnia nie działa winda?",
  },
  { lang: "pl", text: "wytłumacz mi fotosyntezę prostymi słowami, mam jutro kartkówkę" },
  {
    lang: "pl",
    text: "Jedziemy na 3 dni do Krakowa z dziećmi (6 i 10 lat). Co warto zobaczyć poza Wawelem?",
  },
  { lang: "pl", text: 'jak powiedzieć po angielsku "nie mój cyrk, nie moje małpy"' },
  { lang: "pl", text: "Jak w Excelu policzyć, ile dni minęło między dwiema datami, bez weekendów?" },
  {
    lang: "pl",
    text: "Napisz funkcję w Javie, która sprawdza, czy podany numer PESEL ma poprawną cyfrę kontrolną.",
  },
  { lang: "pl", text: "Czy to normalne, że po szczepieniu na grypę boli mnie ramię od dwóch dni?" },
  { lang: "pl", text: "jakie kwiaty na balkon od zachodu, żeby kwitły całe lato" },
  { lang: "pl", text: "Jak wyrobić nowy dowód osobisty przez internet? Potrzebny jest profil zaufany?" },
  {
    lang: "pl",
    text:
      "Popraw błędy w tym tekście:\n\nDzień dobry, chciał bym zapytać czy jest możliwość przełożenia wizyty na przyszły tydzień, poniewarz w czwartek mam wyjazd służbowy. Z góry dziękuje za odpowiedź.",
  },
  {
    lang: "pl",
    text:
      "Napisałam ten tekst na konkurs literacki w szkole, wymyślisz do niego tytuł?\n\nDziadek zawsze mówił, że rzeka pamięta wszystko. Że jeśli wrzucisz do niej kamień z sekretem, to woda zaniesie go aż do morza i nikt go nie znajdzie. Tego lata wrzuciłam trzy kamienie. Jeden za dziadka.",
  },
  {
    lang: "pl",
    text:
      "Streść mi ten fragment podręcznika w 3 zdaniach:\n\nKonstytucja 3 maja 1791 roku była pierwszą w Europie i drugą na świecie nowoczesną ustawą zasadniczą. Wprowadzała trójpodział władzy, znosiła liberum veto i wolną elekcję, a tron miał być dziedziczny. Mimo reform nie zdołała uratować Rzeczypospolitej, ponieważ przeciwnicy zmian zawiązali konfederację targowicką i wezwali na pomoc Rosję.",
  },
  {
    lang: "pl",
    text:
      "Sprzedaję wózek na OLX, wymyśl tytuł ogłoszenia i kilka słów kluczowych: Bebetto, 3w1, szary, używany 1,5 roku, stan bardzo dobry, z fotelikiem.",
  },
  { lang: "pl", text: 'Co znaczy błąd "Segmentation fault (core dumped)" w moim programie w C?' },
  {
    lang: "pl",
    text:
      "Muszę powiedzieć kilka słów na 18-tce mojego syna. Jest trochę nieśmiały, gra na gitarze i marzy o studiach w Gdańsku. Pomożesz?",
  },
  { lang: "pl", text: "Ile dni urlopu mi przysługuje, jeśli pracuję 4 lata i skończyłem technikum?" },
  { lang: "pl", text: "polećcie jakiś polski serial kryminalny, ale nie za brutalny" },
  { lang: "pl", text: "Czym się różni żurek od barszczu białego?" },
  { lang: "pl", text: "Mam 15 tys. oszczędności na koncie. Lepiej obligacje skarbowe czy lokata?" },
  {
    lang: "pl",
    text:
      "Zrób code review tej funkcji, coś mi się tu nie podoba, ale nie wiem co:\n\ndef srednia_ocen(uczniowie):\n    suma = 0\n    for u in uczniowie:\n        for o in u['oceny']:\n            suma += o\n    return suma / len(uczniowie)\n\nChodzi o to, żeby policzyć średnią wszystkich ocen w klasie.",
  },
  {
    lang: "pl",
    text: "Co robi ten kod?\n\nconst wynik = liczby.filter(n => n % 2 === 0).reduce((a, b) => a + b, 0);",
  },
  // Polish, with a system persona
  {
    lang: "pl",
    system: "Jesteś pomocnym asystentem. Odpowiadaj zawsze po polsku.",
    text: "Jak usunąć kamień z czajnika bez chemii?",
  },
  {
    lang: "pl",
    system: "Jesteś asystentem kulinarnym. Podawaj ilości dla 4 osób.",
    text: "mam kapustę, ziemniaki i kiełbasę, co na obiad?",
  },
  {
    lang: "pl",
    system: "Jesteś asystentem programisty, ekspertem od Pythona i Django.",
    text: "jak dodać nowe pole do modelu w Django, żeby nie stracić danych w bazie",
  },
  {
    lang: "pl",
    system: "Jesteś korepetytorem z matematyki dla liceum. Tłumacz krok po kroku.",
    text: "nie rozumiem jak liczyć pochodną z x^3 - 4x",
  },
  {
    lang: "pl",
    system: "Jesteś asystentem do pisania tekstów służbowych.",
    text:
      "To moja notatka ze spotkania z klientem, zaproponuj tytuł i streść ją w jednym zdaniu do maila:\n\nKlient chce przesunąć start wdrożenia na luty, bo zmienia się u nich zarząd. Budżet zostaje bez zmian. Do końca miesiąca wysyłamy poprawiony harmonogram i ofertę na dodatkowe szkolenia.",
  },
  {
    lang: "pl",
    system: "Jesteś asystentem podróży. Odpowiadaj po polsku.",
    text: "Bieszczady czy Tatry na tydzień we wrześniu, jak nie lubię tłumów?",
  },
  {
    lang: "pl",
    system: "Jesteś asystentem do spraw domu i majsterkowania.",
    text: "Jak wymienić uszczelkę w kranie? Mam stary kran z dwoma pokrętłami.",
  },
  {
    lang: "pl",
    system: "Jesteś pomocnym asystentem. Odpowiadaj zawsze po polsku.",
    text: "a jak to plama z długopisu?",
    history: [
      { role: "user", content: "jak sprać plamę z trawy ze spodni dziecka" },
      {
        role: "assistant",
        content:
          "Zanim wrzucisz spodnie do pralki, natrzyj plamę szarym mydłem albo odplamiaczem i zostaw na 15–30 minut. Możesz też użyć pasty z sody oczyszczonej i wody lub przetrzeć plamę octem. Potem wypierz jak zwykle, w najwyższej temperaturze dozwolonej dla materiału.",
      },
    ],
  },
  // Polish follow-ups
  {
    lang: "pl",
    text: "krócej proszę",
    history: [
      {
        role: "user",
        content: "napisz wiadomość do grupy rodziców, że zbieramy na prezent dla wychowawczyni",
      },
      {
        role: "assistant",
        content:
          "Dzień dobry wszystkim! 🌷\n\nZbliża się koniec roku szkolnego i chcielibyśmy podziękować pani Marcie za cały rok pracy z naszymi dziećmi. Proponujemy wspólny prezent: bon do księgarni i kwiaty. Składka wynosi 20 zł od dziecka, można przelać na konto podane niżej albo oddać mi w gotówce pod szkołą do piątku.\n\nJeśli ktoś ma inny pomysł na prezent, śmiało piszcie!\n\nPozdrawiam, Kasia (mama Oli)",
      },
    ],
  },
  {
    lang: "pl",
    text: "a dla dzieci?",
    history: [
      { role: "user", content: "ile kroków dziennie powinno się robić" },
      {
        role: "assistant",
        content:
          "Często mówi się o 10 000 krokach, ale badania pokazują, że już 7–8 tysięcy kroków dziennie wyraźnie zmniejsza ryzyko chorób serca u dorosłych. Ważniejsza od konkretnej liczby jest regularność i to, żeby część ruchu była w szybszym tempie.",
      },
    ],
  },
  {
    lang: "pl",
    system: "Jesteś asystentem finansowym w aplikacji banku. Odpowiadaj po polsku, prosto i bez żargonu.",
    text: "dlaczego?",
    history: [
      { role: "user", content: "czy opłaca się nadpłacać kredyt hipoteczny" },
      {
        role: "assistant",
        content:
          "Przy obecnym oprocentowaniu w wielu przypadkach tak, ale najpierw warto mieć poduszkę finansową.",
      },
    ],
  },
  {
    lang: "pl",
    text: "dalej to samo, nic się nie zmieniło",
    history: [
      { role: "user", content: "mój laptop nie widzi wifi w domu, a telefon widzi" },
      {
        role: "assistant",
        content:
          "Spróbuj po kolei: wyłącz i włącz Wi-Fi w laptopie, uruchom ponownie router i laptop, a potem w Menedżerze urządzeń sprawdź, czy karta sieciowa nie ma żółtego wykrzyknika. Jeśli ma, zaktualizuj sterownik.",
      },
    ],
  },
  {
    lang: "pl",
    text: "zrób z tego tabelkę",
    history: [
      { role: "user", content: "porównaj Allegro Smart, Amazon Prime i InPost Pay pod kątem dostaw" },
      {
        role: "assistant",
        content:
          "Allegro Smart kosztuje 49 zł rocznie i daje darmowe dostawy do paczkomatów od określonej kwoty zamówienia u wielu sprzedawców. Amazon Prime jest droższy (49 zł rocznie w promocji, potem więcej), ale oprócz darmowej dostawy daje Prime Video. InPost Pay to nie abonament, tylko sposób szybkiego płacenia i zamawiania w różnych sklepach, z zapisanym paczkomatem.",
      },
    ],
  },
  {
    lang: "pl",
    text: "a bez jajek?",
    history: [
      { role: "user", content: "przepis na naleśniki" },
      {
        role: "assistant",
        content:
          "Wymieszaj 1 szklankę mąki, 1 szklankę mleka, pół szklanki wody gazowanej, 2 jajka i szczyptę soli na gładkie ciasto. Dodaj łyżkę oleju, odstaw na 10 minut i smaż cienkie naleśniki na rozgrzanej patelni z obu stron.",
      },
    ],
  },
  {
    lang: "pl",
    text: "ok, a czym się różni interface od type w typescripcie",
    history: [
      { role: "user", content: "co to jest typescript w skrócie" },
      {
        role: "assistant",
        content:
          "To JavaScript z typami: piszesz kod prawie tak samo, ale możesz określić, jakiego typu są zmienne i parametry funkcji. Kompilator wyłapuje błędy, zanim uruchomisz program, a potem zamienia kod na zwykły JavaScript.",
      },
    ],
  },
  {
    lang: "pl",
    text: "a możesz to samo zrobić bez zewnętrznej biblioteki?",
    history: [{ role: "user", content: "dodaj walidację adresu e-mail w formularzu rejestracji" }, {
      role: "assistant",
      content:
        "Dodałem walidację w `RegisterForm.tsx` z użyciem biblioteki `zod`: schemat sprawdza, czy pole e-mail nie jest puste i ma poprawny format, a komunikat błędu wyświetla się pod polem. Zainstalowałem `zod` i zaktualizowałem `package.json`.",
    }],
  },
  {
    lang: "pl",
    text: "a jeśli sklep nie odpisze w ciągu 14 dni?",
    history: [
      {
        role: "user",
        content: "kupiłam buty, po miesiącu odkleiła się podeszwa, sklep mówi że to wina użytkowania",
      },
      {
        role: "assistant",
        content:
          "Masz prawo złożyć reklamację z tytułu niezgodności towaru z umową: przez dwa lata od zakupu sprzedawca odpowiada za wady. Złóż reklamację na piśmie, opisz wadę, dołącz zdjęcia i dowód zakupu, i zażądaj naprawy lub wymiany.",
      },
    ],
  },
  {
    lang: "pl",
    text: "przetłumacz też na niemiecki",
    history: [
      { role: "user", content: "przetłumacz na angielski: przepraszam za spóźnienie, korki były straszne" },
      { role: "assistant", content: "Sorry I'm late, the traffic was terrible." },
    ],
  },
  {
    lang: "pl",
    text: "aha, jedna osoba nie je mięsa",
    history: [
      { role: "user", content: "menu na wigilię dla 10 osób, coś prostego" },
      {
        role: "assistant",
        content:
          "Barszcz czerwony z uszkami, pierogi z kapustą i grzybami, smażony karp i ryba po grecku, kapusta z grochem, sałatka jarzynowa, a na deser makowiec i kompot z suszu. Pierogi i uszka możesz zrobić wcześniej i zamrozić.",
      },
    ],
  },
  {
    lang: "pl",
    text:
      "Prowadzę bloga o bieganiu, daj mi 5 tagów do tego wpisu:\n\nPierwszy półmaraton przebiegłam w 2:14. Popełniłam wszystkie klasyczne błędy: za szybki start, za mało picia na trasie i nowe buty. Ale meta w deszczu w Poznaniu była najlepszym momentem tego roku.",
  },
  {
    lang: "pl",
    text:
      "Przygotowuję się do rozmowy o pracę jako księgowa. Jakie pytania mogą mi zadać i co powinnam odpowiedzieć na pytanie o oczekiwania finansowe?",
  },
  // Swedish
  { lang: "sv", text: "hur länge ska man koka potatis" },
  { lang: "sv", text: "Vad är skillnaden mellan ISK och kapitalförsäkring? Jag vill börja spara i fonder." },
  {
    lang: "sv",
    text:
      "min son på 12 vill ha en egen mobil, alla i klassen har en. hur har ni gjort med regler för skärmtid?",
  },
  {
    lang: "sv",
    text: "Kan du hjälpa mig skriva ett mejl till hyresvärden om att det droppar från taket i badrummet?",
  },
  { lang: "sv", text: "förklara vad inflation är, enkelt" },
  {
    lang: "sv",
    text:
      "Vi ska köra bil från Göteborg till Lofoten i juli. Hur många dagar behöver vi och var är det fint att stanna på vägen?",
  },
  { lang: "sv", text: 'vad betyder "lagom" och finns det något bra ord på engelska?' },
  { lang: "sv", text: "Hur gör jag en rullgardinslista i en cell i Google Kalkylark?" },
  { lang: "sv", text: "Skriv en bash-rad som hittar alla filer större än 500 MB i hemkatalogen." },
  { lang: "sv", text: "Jag har haft ont i halsen i en vecka men ingen feber, ska jag ringa 1177?" },
  { lang: "sv", text: "vilka bärbuskar klarar sig i zon 5, vill ha något som ger mycket" },
  { lang: "sv", text: "Hur ansöker jag om föräldrapenning för pappadagar hos Försäkringskassan?" },
  {
    lang: "sv",
    text:
      "Kan du rätta min text? Svenska är mitt andraspråk.\n\nHej! Jag skulle vilja boka en tid för att titta på lägenheten. Jag kan komma på tisdag eller onsdag efter klockan fem. Jag har jobbat som sjuksköterska i tre år och jag röker inte och har inga djur.",
  },
  {
    lang: "sv",
    text:
      "Jag har skrivit en text till föreningens hemsida men hittar ingen bra rubrik, har du förslag?\n\nI helgen samlades tjugo medlemmar för att rensa sly längs vandringsleden vid Grimsjön. Vi fyllde två släpvagnar med ris, lagade en spång och grillade korv i regnet. Nästa städdag blir i oktober.",
  },
  {
    lang: "sv",
    text:
      "Sammanfatta det här beslutet från Skatteverket i enkla ord:\n\nSkatteverket har granskat din inkomstdeklaration för inkomståret 2023 och beslutat att inte medge avdrag för resor mellan bostad och arbetsplats med 18 400 kronor. Skälet är att du inte visat att du regelbundet sparar minst två timmar per dag med bil jämfört med allmänna kommunikationer. Du kan begära omprövning inom sex år.",
  },
  {
    lang: "sv",
    text:
      "Jag säljer min soffa på Blocket, kan du skriva en rubrik och några sökord? Tre-sits från IKEA, Söderhamn, mörkgrå, 4 år, inga fläckar, husdjursfritt hem.",
  },
  {
    lang: "sv",
    text:
      "Mitt Python-skript ger \"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe5\" när jag läser en csv-fil. Vad gör jag?",
  },
  {
    lang: "sv",
    text:
      "Jag ska hålla tal på min pappas 70-årsdag. Han är pensionerad lokförare och har sjungit i kör i 40 år. Hjälp mig med ett utkast, gärna lite humor.",
  },
  { lang: "sv", text: "Hur många semesterdagar har jag rätt till om jag började jobba i mars?" },
  { lang: "sv", text: "tips på en mysig deckare att lyssna på som ljudbok" },
  { lang: "sv", text: "Varför äter man semlor just på fettisdagen?" },
  {
    lang: "sv",
    text:
      "Jag och min sambo ska köpa lägenhet. Hur mycket kontantinsats behövs och hur fungerar amorteringskravet?",
  },
  {
    lang: "sv",
    text:
      "Jag fick det här mejlet från förskolan och förstår inte riktigt vad de vill att jag ska göra. Kan du förklara?\n\nHej vårdnadshavare! Från och med 1 februari inför vi ett nytt system för närvaroregistrering. Ni behöver själva lägga in ert barns schema i appen senast den 25 januari, även om tiderna är oförändrade. Barn utan registrerat schema kan inte garanteras plats i den ordinarie gruppen. Ledighet under sportlovet ska anmälas separat i samma app. Vid frågor kontakta förskolechefen.",
  },
  { lang: "sv", text: "Vad gör den här raden?\n\nawk -F, '{ s += $3 } END { print s }' data.csv" },
  // Swedish, with a system persona
  {
    lang: "sv",
    system: "Du är en hjälpsam assistent. Svara alltid på svenska.",
    text: "Hur får jag bort lukten från kylskåpet?",
  },
  {
    lang: "sv",
    system: "Du är en matassistent. Ange mängder för 4 personer.",
    text: "har falukorv, makaroner och lite grädde, middagstips?",
  },
  {
    lang: "sv",
    system: "Du är en programmeringsassistent med fokus på Go.",
    text: "hur läser jag miljövariabler i Go med ett standardvärde om den saknas",
  },
  {
    lang: "sv",
    system: "Du är en läxhjälp för högstadiet. Förklara steg för steg och ge inte bara svaret.",
    text: "hur räknar man ut arean på en cirkel om diametern är 10 cm",
  },
  {
    lang: "sv",
    system: "Du hjälper till att skriva tydliga texter på jobbet.",
    text:
      "Här är mina anteckningar från personalmötet. Kan du ge det en rubrik och en mening som sammanfattar det till mejlet?\n\nVi byter till nytt schemasystem från vecka 10. Alla ska ha loggat in och kollat sina uppgifter innan dess. Frågor tas med Lina. Julbordet blir den 13 december på Stadshotellet.",
  },
  {
    lang: "sv",
    system: "Du är en reseassistent. Svara på svenska.",
    text: "Gotland eller Öland för en vecka med småbarn i augusti?",
  },
  {
    lang: "sv",
    system: "Du är en hjälpsam assistent för hem och trädgård.",
    text: "När ska man beskära äppelträd, och hur mycket kan man ta bort?",
  },
  {
    lang: "sv",
    system: "Du är en hjälpsam assistent. Svara alltid på svenska.",
    text: "och om det är i frysen?",
    history: [
      { role: "user", content: "hur avfrostar man en frys snabbt" },
      {
        role: "assistant",
        content:
          "Stäng av frysen, ta ut maten och lägg den i kylväskor. Ställ in en kastrull med kokhett vatten och stäng luckan, byt vattnet var tionde minut. Lägg handdukar på golvet. Skrapa aldrig med vassa föremål, då kan du punktera kylslingorna.",
      },
    ],
  },
  // Swedish follow-ups
  {
    lang: "sv",
    text: "kortare tack",
    history: [
      { role: "user", content: "skriv ett meddelande till laget att träningen på torsdag är inställd" },
      {
        role: "assistant",
        content:
          "Hej alla spelare och föräldrar! ⚽\n\nTyvärr måste vi ställa in torsdagens träning eftersom planen är avstängd för underhåll. Vi kör istället en extra träning på lördag kl. 10.00 på konstgräset vid skolan, för den som har möjlighet. Ta med vattenflaska och varma kläder, det ska bli kallt.\n\nHör av er om ni har frågor!\n\nHälsningar, Tränarna",
      },
    ],
  },
  {
    lang: "sv",
    text: "och för barn?",
    history: [
      { role: "user", content: "hur mycket D-vitamin behöver man på vintern" },
      {
        role: "assistant",
        content:
          "Livsmedelsverket rekommenderar 10 mikrogram D-vitamin per dag för vuxna upp till 75 år och 20 mikrogram för äldre. Många i Sverige får för lite under vinterhalvåret, särskilt om man har mörk hud eller sällan är ute i dagsljus.",
      },
    ],
  },
  {
    lang: "sv",
    system:
      "Du är en vänlig assistent för privatekonomi. Du ger inga personliga placeringsråd men förklarar tydligt.",
    text: "varför då?",
    history: [
      { role: "user", content: "bör jag binda räntan på bolånet nu" },
      {
        role: "assistant",
        content:
          "Det beror på hur mycket marginal du har i din ekonomi, men många väljer att binda en del och ha resten rörligt.",
      },
    ],
  },
  {
    lang: "sv",
    text: "samma fel fortfarande",
    history: [
      { role: "user", content: "VS Code hittar inte min python-tolk i venv" },
      {
        role: "assistant",
        content:
          'Tryck Ctrl+Shift+P, skriv "Python: Select Interpreter" och välj den som ligger i `.venv`. Om den inte syns, välj "Enter interpreter path" och peka på `.venv/bin/python` (eller `.venv\\Scripts\\python.exe` på Windows).',
      },
    ],
  },
  {
    lang: "sv",
    text: "gör en tabell av det",
    history: [
      {
        role: "user",
        content: "vad är skillnaden mellan bergvärme, luft-vattenvärmepump och luft-luftvärmepump",
      },
      {
        role: "assistant",
        content:
          "Bergvärme hämtar värme från ett borrhål och är dyrast att installera men billigast i drift och fungerar bra även i sträng kyla. En luft-vattenvärmepump tar värme ur uteluften och värmer ditt vattenburna system och varmvatten, billigare att installera men sämre när det är riktigt kallt. En luft-luftvärmepump värmer bara luften inomhus, är billigast och passar som komplement eller i fritidshus.",
      },
    ],
  },
  {
    lang: "sv",
    text: "går det utan mjölk?",
    history: [
      { role: "user", content: "recept på kladdkaka" },
      {
        role: "assistant",
        content:
          "Smält 100 g smör. Rör ner 2 ägg, 2,5 dl socker, 1,5 dl vetemjöl, 4 msk kakao, 1 tsk vaniljsocker och en nypa salt. Häll i en smord form och grädda mitt i ugnen på 175 grader i cirka 15–20 minuter, den ska vara kladdig i mitten.",
      },
    ],
  },
  {
    lang: "sv",
    text: "okej men vad är skillnaden mot en branch då",
    history: [
      { role: "user", content: "vad är en git tag" },
      {
        role: "assistant",
        content:
          "En tagg är ett namn som pekar på en viss commit och sedan står still, ofta för att markera en version, till exempel `v1.2.0`. Du skapar den med `git tag v1.2.0` och skickar upp den med `git push origin v1.2.0`.",
      },
    ],
  },
  {
    lang: "sv",
    text: "hon fyller 8 och älskar hästar",
    history: [
      { role: "user", content: "present till mitt gudbarn, max 300 kr" },
      { role: "assistant", content: "Vad roligt! Hur gammal är hen och vad gillar hen att hålla på med?" },
    ],
  },
  {
    lang: "sv",
    text: "och om de säger nej?",
    history: [
      { role: "user", content: "min diskmaskin gick sönder efter 14 månader, kan jag reklamera?" },
      {
        role: "assistant",
        content:
          "Ja. Enligt konsumentköplagen har du rätt att reklamera fel i upp till tre år efter köpet. Fel som visar sig inom två år anses ha funnits från början om inte säljaren kan bevisa motsatsen. Kontakta butiken skriftligt och beskriv felet.",
      },
    ],
  },
  {
    lang: "sv",
    text: "översätt till tyska också",
    history: [
      {
        role: "user",
        content: "översätt till engelska: vi är bortresta hela nästa vecka, ring om något händer med huset",
      },
      {
        role: "assistant",
        content: "We're away all of next week, please call if anything happens with the house.",
      },
    ],
  },
  {
    lang: "sv",
    text: "just det, två av gästerna är veganer",
    history: [
      { role: "user", content: "meny till midsommar för 12 personer" },
      {
        role: "assistant",
        content:
          "Sill i olika sorter med nypotatis, gräddfil och gräslök, varmrökt lax, ägghalvor, västerbottenpaj och en grönsallad. Till efterrätt jordgubbar med vispad grädde eller en jordgubbstårta. Glöm inte knäckebröd och smör.",
      },
    ],
  },
  {
    lang: "sv",
    text:
      "Jag har skrivit ett kapitel i min fantasybok och behöver ett kapitelnamn. Det handlar om när huvudpersonen för första gången korsar isen över sjön och hör rösterna under ytan. Ge mig fem förslag.",
  },
  { lang: "sv", text: "hur säger man upp ett mobilabonnemang hos Telia, behöver man ringa?" },
  // Turkish
  { lang: "tr", text: "kuru fasulye düdüklüde kaç dakika pişer" },
  {
    lang: "tr",
    text:
      "Şahıs şirketi ile limited şirket arasındaki fark nedir? Freelance yazılımcı olarak hangisi mantıklı?",
  },
  { lang: "tr", text: "5 yaşındaki oğlum kreşte hiç konuşmuyor ama evde çok konuşkan, endişelenmeli miyim?" },
  {
    lang: "tr",
    text:
      "Ev sahibime kombinin bir haftadır çalışmadığını ve tamir ettirmesi gerektiğini kibarca anlatan bir mesaj yazar mısın?",
  },
  { lang: "tr", text: "osmanlı'nın kuruluşunu kısaca anlatır mısın, yarın sınavım var" },
  {
    lang: "tr",
    text:
      "Eylülde 4 günlüğüne Kapadokya'ya gidiyoruz. Balon turu için hangi gün daha uygun, başka neler yapılır?",
  },
  { lang: "tr", text: '"kolay gelsin" ingilizcede nasıl söylenir, tam karşılığı var mı' },
  { lang: "tr", text: "Excel'de bir sütundaki tekrar eden değerleri nasıl bulup silerim?" },
  {
    lang: "tr",
    text:
      "Python'da bir TC kimlik numarasının geçerli olup olmadığını kontrol eden bir fonksiyon yazar mısın?",
  },
  {
    lang: "tr",
    text: "Her sabah uyandığımda başım ağrıyor, gece dişlerimi sıktığımı söylüyorlar. Ne yapabilirim?",
  },
  {
    lang: "tr",
    text:
      "Müdürüme şu maili göndereceğim, biraz daha profesyonel ve kısa hale getirebilir misin?\n\nMerhaba Ahmet Bey, geçen hafta konuştuğumuz gibi proje teslim tarihini yetiştirmek çok zor görünüyor çünkü tasarım ekibinden dosyalar hala gelmedi ve ben de bekliyorum, üstelik müşteri de son dakika iki yeni ekran istedi. Bu durumda teslim tarihini bir hafta ertelemek mümkün mü acaba, yoksa en azından ekranlardan birini sonraki versiyona bırakabilir miyiz? Bir de bu hafta cuma izinli olacağımı hatırlatmak istedim.",
  },
  { lang: "tr", text: "e-Devlet'ten adres değişikliği nasıl yapılır, nüfus müdürlüğüne gitmem gerekir mi?" },
  {
    lang: "tr",
    text:
      "Şu metni düzeltir misin?\n\nMerhaba hocam, yarınki derse gelemiyeceğim çünki hastaneden randevum var. Ödevi mail ile gönderebilirmiyim? Şimdiden teşekkür ederim.",
  },
  {
    lang: "tr",
    text:
      'Edebiyat dersi için bu kısa öyküyü yazdım, birkaç başlık önerir misin?\n\nAnneannemin mutfağında her zaman bir tencere çay demlenirdi. Kimse gelmese bile iki bardak koyardı; biri kendine, biri dedeme. Dedem öleli on yıl olmuştu. Bir gün sordum, neden hâlâ iki bardak? Gülümsedi: "Çay soğumasın diye."',
  },
  {
    lang: "tr",
    text:
      "Şu paragrafı biyoloji sınavım için 3 cümlede özetler misin?\n\nDNA, canlıların kalıtsal bilgisini taşıyan moleküldür. İki zincirin birbirine sarılmasıyla oluşan çift sarmal yapıya sahiptir ve zincirler adenin-timin, guanin-sitozin bazları arasındaki hidrojen bağlarıyla bir arada tutulur. Hücre bölünmesinden önce DNA kendini eşler; böylece her yeni hücre aynı genetik bilgiyi alır.",
  },
  {
    lang: "tr",
    text:
      "Sahibinden'de bebek arabamı satacağım, bir ilan başlığı ve birkaç anahtar kelime yazar mısın? Chicco marka, travel sistem, gri, 1 yıl kullanıldı, temiz.",
  },
  { lang: "tr", text: 'Java\'da "NullPointerException" hatası alıyorum, genelde neden olur?' },
  {
    lang: "tr",
    text:
      "Ablamın düğününde kısa bir konuşma yapacağım. Üniversitede tanıştılar, ikisi de kedi delisi. Duygusal ama sıkıcı olmayan bir şey yazabilir misin?",
  },
  { lang: "tr", text: "3 yıldır aynı yerde çalışıyorum, yıllık iznim kaç gün olmalı?" },
  { lang: "tr", text: "bana netflixte izleyebileceğim güzel bir türk dizisi önerir misin, polisiye olsun" },
  { lang: "tr", text: "Mantı ile hingel arasındaki fark ne?" },
  { lang: "tr", text: "50 bin liram var, mevduata mı koysam altın mı alsam? Bir yıl dokunmayacağım." },
  {
    lang: "tr",
    text:
      "Bu kod ne yapıyor?\n\nSELECT sehir, COUNT(*) AS musteri_sayisi FROM musteriler GROUP BY sehir ORDER BY musteri_sayisi DESC LIMIT 3;",
  },
  {
    lang: "tr",
    text: "Kızım 11 yaşında ve telefonda çok fazla vakit geçiriyor. Yasaklamadan nasıl sınır koyabilirim?",
  },
  // Turkish, with a system persona
  {
    lang: "tr",
    system: "Sen yardımsever bir asistansın. Her zaman Türkçe cevap ver.",
    text: "Beyaz tişörtteki sarı ter lekesi nasıl çıkar?",
  },
  {
    lang: "tr",
    system: "Sen bir yemek asistanısın. Ölçüleri 4 kişilik ver.",
    text: "evde kıyma, patlıcan ve biber var, akşama ne yapayım",
  },
  {
    lang: "tr",
    system: "Sen Kotlin ve Android konusunda uzman bir programlama asistanısın.",
    text: "RecyclerView'da listeye yeni eleman ekleyince ekran neden yenilenmiyor",
  },
  {
    lang: "tr",
    system: "Sen lise öğrencilerine matematik dersi veren sabırlı bir öğretmensin. Adım adım açıkla.",
    text: "türev nedir anlamadım, x² nin türevi neden 2x",
  },
  {
    lang: "tr",
    system: "Sen iş yazışmalarında yardımcı olan bir asistansın.",
    text:
      "Toplantıdan sonra aldığım notlar bunlar, maile koymak için bir başlık ve tek cümlelik bir özet önerir misin?\n\nYeni depo yazılımına geçiş Mart'a ertelendi. Test sürecini Emre yürütecek, eğitimler Şubat'ın son haftasında yapılacak. Bütçe değişmiyor.",
  },
  {
    lang: "tr",
    system: "Sen bir seyahat asistanısın. Türkçe cevap ver.",
    text: "Kaş mı Fethiye mi, 2 çocukla bir haftalık tatil için hangisi daha uygun?",
  },
  {
    lang: "tr",
    system: "Sen ev işleri ve tamirat konusunda yardımcı bir asistansın.",
    text: "Lavabonun gideri tıkandı, kimyasal kullanmadan nasıl açabilirim?",
  },
  {
    lang: "tr",
    system: "Sen yardımsever bir asistansın. Her zaman Türkçe cevap ver.",
    text: "peki halıda olursa?",
    history: [
      { role: "user", content: "koltuğa dökülen kahve lekesi nasıl çıkar" },
      {
        role: "assistant",
        content:
          "Önce lekeyi kağıt havluyla bastırarak olabildiğince emdir, ovalama. Sonra bir bardak ılık suya bir yemek kaşığı sirke ve birkaç damla bulaşık deterjanı karıştır, temiz bir bezle lekeye tampon yap. En son sadece suyla nemlendirilmiş bezle üzerinden geç ve kurumaya bırak.",
      },
    ],
  },
  // Turkish follow-ups
  {
    lang: "tr",
    text: "daha kısa olsun",
    history: [
      { role: "user", content: "apartman grubuna aidatların artacağını bildiren bir mesaj yaz" },
      {
        role: "assistant",
        content:
          "Değerli komşularımız merhaba,\n\nYönetim kurulu olarak, ocak ayından itibaren aylık aidatın 750 TL'den 950 TL'ye yükseltilmesine karar verdik. Bu artışın temel nedeni, asansör bakım ücretleri ile ortak alan elektrik ve su giderlerindeki ciddi yükseliştir. Ayrıca çatı yalıtımı için küçük bir fon oluşturmayı planlıyoruz.\n\nDetaylı gider tablosunu önümüzdeki hafta panoya asacağız. Sorularınız için bana her zaman ulaşabilirsiniz.\n\nSaygılarımla,\nYönetici Serpil Hanım",
      },
    ],
  },
  {
    lang: "tr",
    text: "çocuklar için de aynı mı?",
    history: [
      { role: "user", content: "günde kaç saat uyumak gerekir" },
      {
        role: "assistant",
        content:
          "Yetişkinler için genellikle gecede 7–9 saat uyku önerilir. Her gün aynı saatte yatıp kalkmak, uyku süresi kadar önemlidir.",
      },
    ],
  },
  {
    lang: "tr",
    system:
      "Sen kişisel finans konusunda yardımcı olan bir asistansın. Yatırım tavsiyesi vermezsin, sade bir dille açıklarsın.",
    text: "neden?",
    history: [
      { role: "user", content: "kredi kartı borcunu asgari ödeyip kalanı sonra ödemek mantıklı mı" },
      { role: "assistant", content: "Genellikle hayır, mümkünse borcun tamamını ödemek daha iyi olur." },
    ],
  },
  {
    lang: "tr",
    text: "hala aynı hatayı veriyor",
    history: [
      { role: "user", content: "git push yapınca 'rejected, non-fast-forward' diyor" },
      {
        role: "assistant",
        content:
          "Uzaktaki dalda senin bilgisayarında olmayan commit'ler var demek. Önce onları çek: `git pull --rebase origin main`, çakışma varsa çöz, sonra tekrar `git push` yap.",
      },
    ],
  },
  {
    lang: "tr",
    text: "tablo halinde yazar mısın",
    history: [
      { role: "user", content: "Türk Telekom, Turkcell Superonline ve Vodafone fiber karşılaştır" },
      {
        role: "assistant",
        content:
          "Üçü de fiber altyapıda benzer hızlar sunuyor, asıl fark bulunduğun adresteki altyapı ve kampanyalar. Türk Telekom'un altyapısı en yaygın olanı. Superonline genelde büyük şehirlerde kendi fiberiyle güçlü ve müşteri hizmetleri iyi bilinir. Vodafone bazen mobil hatla birlikte alınca daha uygun paketler sunar.",
      },
    ],
  },
  {
    lang: "tr",
    text: "yumurtasız olur mu?",
    history: [
      { role: "user", content: "kolay kek tarifi" },
      {
        role: "assistant",
        content:
          "3 yumurta ile 1 su bardağı şekeri köpürene kadar çırp. 1 su bardağı süt ve yarım su bardağı sıvı yağı ekle. 2,5 su bardağı un, 1 paket kabartma tozu ve 1 paket vanilyayı eleyerek karıştır. Yağlanmış kalıba dök, 170 derecede yaklaşık 35–40 dakika pişir.",
      },
    ],
  },
  {
    lang: "tr",
    text: "tamam da async ile await arasındaki ilişki tam olarak ne",
    history: [
      { role: "user", content: "javascriptte promise ne demek" },
      {
        role: "assistant",
        content:
          "Promise, henüz bitmemiş bir işlemin ileride vereceği sonucu temsil eden bir nesnedir. Örneğin bir sunucudan veri çekerken sonuç hemen gelmez; `fetch()` sana bir Promise döner, sonuç gelince `.then()` ile alırsın.",
      },
    ],
  },
  {
    lang: "tr",
    text: "tamam ama bunu docker compose ile de çalıştırabilir miyim?",
    history: [
      { role: "user", content: "projeye bir Dockerfile ekler misin, flask uygulaması, python 3.12" },
      {
        role: "assistant",
        content:
          "Proje köküne bir `Dockerfile` ekledim: `python:3.12-slim` tabanlı, önce `requirements.txt` kopyalanıp bağımlılıklar kuruluyor, sonra kod kopyalanıyor ve uygulama `gunicorn -b 0.0.0.0:8000 app:app` ile başlatılıyor. Ayrıca `__pycache__` ve `.venv` klasörlerini dışarıda bırakan bir `.dockerignore` dosyası da ekledim.",
      },
    ],
  },
  {
    lang: "tr",
    text: "satıcı cevap vermezse ne yapacağım?",
    history: [
      { role: "user", content: "internetten aldığım kulaklık bozuk geldi" },
      {
        role: "assistant",
        content:
          "İnternetten yapılan alışverişlerde 14 gün içinde cayma hakkın var, ayrıca ayıplı mal için satıcıdan değişim, onarım ya da iade isteyebilirsin. Önce satıcıya yazılı olarak başvur, fotoğraf ve faturayı ekle.",
      },
    ],
  },
  {
    lang: "tr",
    text: "almancaya da çevir",
    history: [
      { role: "user", content: "ingilizceye çevir: paketi kapıcıya bırakabilirsiniz" },
      { role: "assistant", content: "You can leave the package with the doorman." },
    ],
  },
  {
    lang: "tr",
    text: "ha bu arada eşimin annesi şeker hastası",
    history: [
      { role: "user", content: "bayramda 10 kişilik bir sofra için menü önerir misin" },
      {
        role: "assistant",
        content:
          "Çorba: ezogelin.\nAna yemek: fırında kuzu incik, yanında iç pilav.\nZeytinyağlı: yaprak sarma ve taze fasulye.\nSalata: çoban salatası.\nTatlı: baklava ya da sütlaç.\nSarmayı ve zeytinyağlıları bir gün önceden hazırlayabilirsin.",
      },
    ],
  },
  {
    lang: "tr",
    text:
      "Seyahat bloguma şu yazıyı ekleyeceğim, 5 etiket önerir misin?\n\nMardin'de iki gün geçirdik. Taş evlerin arasında kaybolmak, Deyrulzafaran Manastırı'nı gezmek ve akşamüstü Mezopotamya ovasına bakarak mırra içmek bu yolculuğun en güzel anlarıydı.",
  },
  { lang: "tr", text: "yarın iş görüşmem var, maaş beklentisi sorulursa ne demeliyim?" },
];
