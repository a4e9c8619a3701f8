/**
 * Blind round 75: four sample conversations of its own (English, German, Korean, Portuguese), a balcony tomato
 * plant with curling leaves, a sourdough starter that smells of nail varnish, a guitar barre chord that buzzes and a
 * two-day hike in the Serra da Estrela, so the round's voice-assistant, robot, streaming and game-NPC templates are
 * filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_75: Conversation[] = [
  {
    language: "English",
    locale: "en-AU",
    turns: [
      u(
        "The leaves on my balcony tomato plant are curling upwards and going a bit purple underneath. It gets sun from about ten until four. What's wrong with it?",
      ),
      a(
        "Upward curling on a hot, sunny balcony is usually heat and wind stress rather than disease, and the purple undersides point to a phosphorus shortage, which is common when the soil is still cold at night or the pot is small. Move it where it gets shade after about two in the afternoon, water deeply in the morning, and feed it a tomato fertiliser that isn't only nitrogen.",
      ),
      u("It's in a 20 litre pot. Is that too small for a cherry tomato?"),
      a(
        "Twenty litres is the bare minimum for a cherry tomato. It will fruit, but it dries out fast on a balcony, so check it every evening in summer. If you can, move it into a 40 litre pot before it sets its first truss and add a layer of mulch on top to keep the roots cooler.",
      ),
    ],
    followUp: "should I pinch out the side shoots as well?",
  },
  {
    language: "German",
    locale: "de-AT",
    turns: [
      u(
        "Mein Sauerteig-Starter riecht seit zwei Tagen nach Nagellackentferner und hat eine graue Flüssigkeit obendrauf. Ist der jetzt kaputt?",
      ),
      a(
        "Nein, das ist ein typisches Zeichen, dass er hungrig ist. Die graue Flüssigkeit ist Alkohol, den die Hefen bilden, wenn das Mehl aufgebraucht ist. Gieß sie ab, nimm nur einen Esslöffel vom Starter und füttere ihn mit je 50 Gramm Roggenmehl und lauwarmem Wasser. Nach zwei, drei Fütterungen im 12-Stunden-Takt sollte er wieder säuerlich und hefig riechen.",
      ),
      u("Die Küche hat nur etwa 18 Grad. Macht das einen Unterschied?"),
      a(
        "Ja, bei 18 Grad arbeitet er deutlich langsamer. Stell das Glas an einen wärmeren Ort, etwa auf den Kühlschrank oder in den Backofen mit eingeschaltetem Licht, damit er bei 24 bis 26 Grad steht. Dann verdoppelt er sich nach der Fütterung in vier bis sechs Stunden, und genau dann ist er bereit zum Backen.",
      ),
    ],
    followUp: "und wie lange kann ich ihn im Kühlschrank lassen, wenn ich eine Woche verreise?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("기타로 F 바레 코드를 잡으면 2번 줄이랑 3번 줄에서 계속 지잉 하는 잡음이 나요. 손가락 힘이 약해서 그런 걸까요?"),
      a(
        "힘보다는 위치 문제인 경우가 더 많아요. 검지를 프렛 바로 뒤쪽에 최대한 붙이고, 손가락의 살이 많은 면 대신 약간 옆면, 즉 엄지 쪽으로 살짝 굴려서 눌러 보세요. 그리고 팔꿈치를 몸 쪽으로 당기면 팔 무게로 누르게 되어서 손가락 힘이 덜 들어요. 줄마다 하나씩 천천히 튕겨 보면서 어느 줄에서 소리가 막히는지 먼저 확인하는 것도 도움이 돼요.",
      ),
      u("검지를 굴리니까 3번 줄은 깨끗해졌는데 2번 줄은 아직도 막혀요."),
      a(
        "2번 줄은 보통 검지의 두 번째 마디 주름에 걸려서 막히는 경우가 많아요. 검지를 프렛 방향으로 아주 조금 위나 아래로 옮겨서 줄이 마디 주름이 아니라 단단한 부분에 닿도록 해 보세요. 그래도 안 되면 중지를 검지 위에 살짝 포개서 2번 줄 근처를 같이 눌러 주는 방법도 있어요. 처음 몇 주는 누구나 이 부분에서 고생하니까, 하루에 5분씩 코드를 잡았다 놓는 연습만 해도 금방 좋아질 거예요.",
      ),
    ],
    followUp: "혹시 기타 줄 높이가 너무 높아서 그런 걸 수도 있나요?",
  },
  {
    language: "Portuguese",
    locale: "pt-PT",
    turns: [
      u(
        "Quero fazer uma caminhada de dois dias na Serra da Estrela no fim de maio, a partir de Manteigas. Consegue sugerir um percurso com uma noite pelo meio?",
      ),
      a(
        "Uma boa opção é subir no primeiro dia pelo Vale Glaciar do Zêzere até à Torre, com cerca de 18 quilómetros e mil metros de desnível, e dormir na Pousada da Juventude das Penhas da Saúde. No segundo dia pode descer pelo trilho da Rota do Poço do Inferno e regressar a Manteigas pela estrada florestal, que são uns 15 quilómetros quase sempre a descer.",
      ),
      u("Em maio ainda pode haver neve lá em cima? Preciso de levar alguma coisa especial?"),
      a(
        "No fim de maio é raro haver neve no trilho, mas pode haver manchas junto à Torre e o tempo muda depressa: nevoeiro, vento forte e temperaturas perto de zero de madrugada. Leve um casaco impermeável, um gorro, luvas finas e bastões, e confirme a previsão do IPMA na véspera.",
      ),
    ],
    followUp: "a pousada das Penhas da Saúde costuma esgotar nessa altura?",
  },
];
