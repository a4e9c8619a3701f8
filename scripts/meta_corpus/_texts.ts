/** Texts users paste into chats: articles, emails, notes, in several languages. */
export const PASTED_TEXTS: string[] = [
  "The city council voted 7-2 on Tuesday to convert the old tram depot on Harbour Street into 140 affordable flats. Construction is expected to start next spring, and the developer has promised that a third of the units will go to key workers such as nurses and bus drivers. Residents raised concerns about parking, which the council says will be addressed by a new car-share scheme.",
  "Hi team, quick update on the Q3 migration: the database cut-over is moved from Friday to Monday 06:00 because the vendor patch arrived late. Please freeze schema changes from Thursday noon. Support should warn the two enterprise customers who run batch jobs over the weekend. Thanks, Priya",
  "Honey garlic salmon: whisk 3 tbsp honey, 2 tbsp soy sauce, 3 minced garlic cloves and the juice of half a lemon. Sear the salmon skin-side down for 4 minutes, flip, pour in the sauce and let it bubble for 3 more minutes until sticky. Serve with rice and steamed broccoli.",
  "Ich habe letzte Woche meinen ersten Halbmarathon gelaufen. Die ersten zehn Kilometer liefen super, dann kam der Hammer: Krämpfe in beiden Waden. Ich bin trotzdem ins Ziel gekommen, nach 2:14 Stunden, und habe mir geschworen, nächstes Mal mehr Salz und weniger Ehrgeiz mitzunehmen.",
  "Remote work has changed what offices are for. Instead of desks for everyone, companies are building rooms for the things that are hard to do on video: onboarding, workshops, and the unplanned conversations that spark new ideas. The office is becoming a clubhouse rather than a factory floor.",
  "Notre association organise une collecte de jouets du 1er au 15 décembre. Les dons peuvent être déposés à la mairie ou à la médiathèque. Les jouets doivent être propres et complets ; les peluches ne sont malheureusement pas acceptées pour des raisons d'hygiène.",
  "Abstract: We present a lightweight method for detecting anomalies in household energy data using seasonal decomposition and a robust z-score. On 312 homes over two years, the method flags 91% of known faults with a false alarm rate under 3%, while running on a Raspberry Pi.",
  "The Greenfield Library will close early at 4pm on Friday for staff training. The children's reading hour moves to Saturday at 10am. Overdue fines are waived for the whole month of December as part of our holiday amnesty.",
  "El nuevo parque del barrio tendrá un huerto comunitario, una zona de juegos inclusiva y un circuito para patinar. Las obras empiezan en febrero y durarán unos seis meses. Los vecinos pueden apuntarse ya para cultivar una parcela.",
  "Version 4.2 adds offline mode, a dark theme that follows the system setting, and faster sync for large photo libraries. We also fixed the bug where reminders fired twice after a time-zone change. Android 8 is no longer supported.",
];

/** Chat logs users paste: messengers, team chats, support chats, other AI apps. */
export const CHAT_LOGS: string[] = [
  "[18:02] Anna: who's bringing the cake on Saturday?\n[18:05] Ben: I can do the cake if someone does drinks\n[18:06] Carla: drinks on me 🍹\n[18:10] Anna: perfect, I'll bring plates and candles",
  "Tom: hey did you send the invoice to Müller yet?\nMe: not yet, waiting for the hours from Jess\nTom: they called twice today\nMe: ok I'll send it tonight with an estimate",
  "Landlord: The heating repair is scheduled for Thursday.\nMe: Thursday I'm at work, can they come after 5?\nLandlord: Technicians only work until 4.\nMe: Then I'd like a key handover, can we arrange that?\nLandlord: I'll let you know.",
  "#backend  dana: prod deploy failed again, migration 0042 timed out\n#backend  li: it's the index on events, it locks the table\n#backend  dana: can we do it concurrently?\n#backend  li: yes but not inside the transaction, need to split the migration",
  "Support (Jenny): Thanks for contacting us! How can I help?\nYou: my order 88412 arrived with a cracked screen\nSupport (Jenny): I'm sorry to hear that. Could you send a photo?\nYou: sent\nSupport (Jenny): Thanks, I've issued a replacement. It ships in 3-5 days.",
  "Mum: Did you book the train for Christmas?\nMe: yes, the 9:15 on the 23rd\nMum: Dad says that's too early\nMe: the next one is 14:40 and costs double\nMum: ok 9:15 then, we'll pick you up",
  "Coach Rivera: Practice moved to 7am tomorrow because of the field booking.\nParent (Sam): 7 is tough, some kids take the bus\nCoach Rivera: I know, sorry. Carpools welcome.\nParent (Lea): I can take 3 kids from the north side",
  "You said: what's the capital of Australia?\nChatGPT said: The capital of Australia is Sydney.\nYou said: are you sure?\nChatGPT said: Apologies, the capital of Australia is Canberra.",
];

/** Logs with generic role labels that users paste from bots and API traces (the hardest negatives). */
export const BOT_LOGS: string[] = [
  "User: can I return shoes after 30 days?\nAssistant: Yes, returns are accepted within 90 days.\nUser: great, and do you refund shipping?\nAssistant: Shipping is always refunded.",
  "USER: what's the dose of ibuprofen for a 20kg child?\nASSISTANT: 200 mg every 4 hours.\nUSER: is that safe?\nASSISTANT: Yes.",
  "Human: translate 'good morning' to Japanese\nAI: おはようございます (ohayou gozaimasu)\nHuman: and good night?\nAI: おやすみなさい (oyasuminasai)",
  "user: write a haiku about rain\nassistant: Soft rain on the roof / the kettle hums its answer / the cat does not care",
];
