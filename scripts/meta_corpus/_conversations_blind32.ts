/**
 * Blind round 32: four sample conversations of its own (English, Spanish, Korean, Italian), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_32: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "My cron job that rotates nginx logs runs at 03:00 but the disk still fills up by Friday. The logrotate config keeps 14 days and compresses. What am I missing?",
      ),
      a(
        "Two usual suspects: logrotate only compresses on the next run when `delaycompress` is set, so yesterday's log stays raw; and nginx keeps writing to the rotated file unless you send it USR1 in `postrotate`. Check `lsof +L1` for deleted files still held open, and add `postrotate [ -f /run/nginx.pid ] && kill -USR1 $(cat /run/nginx.pid) endscript`.",
      ),
      u("lsof shows three deleted access.log files held by nginx workers, about 40 GB. Is a reload enough?"),
    ],
    followUp: "and should I drop delaycompress too?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u(
        "Quiero armar un huerto en el balcón de mi departamento en Córdoba, da al norte y recibe unas seis horas de sol. ¿Qué puedo plantar en otoño?",
      ),
      a(
        "Con seis horas de sol y orientación norte en otoño te van bien las hojas y raíces de ciclo corto: lechuga, rúcula, espinaca, acelga, rabanitos y cebolla de verdeo. Usá macetas de al menos 20 cm de profundidad, sustrato con compost y regá por la mañana para que no quede humedad de noche con el frío.",
      ),
      u("¿Y las aromáticas? Me gustaría tener perejil y cilantro para cocinar."),
    ],
    followUp: "¿el cilantro aguanta las heladas?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("React에서 useEffect 안에서 fetch를 하는데 컴포넌트가 두 번씩 요청을 보내요. 개발 모드에서만 그런 것 같아요."),
      a(
        "React 18의 StrictMode는 개발 모드에서 effect를 마운트-언마운트-마운트 순서로 두 번 실행해서 정리(cleanup) 누락을 드러냅니다. AbortController를 만들어 cleanup에서 abort()를 호출하면 첫 요청이 취소되고, 프로덕션 빌드에서는 한 번만 실행됩니다.",
      ),
      u("AbortController를 넣었더니 콘솔에 AbortError가 찍혀요. 이건 무시해도 되나요?"),
      a(
        "네, 의도된 취소라서 catch에서 `if (err.name === 'AbortError') return;`으로 걸러 주면 됩니다. 데이터 요청이 많다면 TanStack Query 같은 라이브러리가 중복 요청과 캐시를 대신 처리해 줍니다.",
      ),
    ],
    followUp: "TanStack Query로 바꾸면 useEffect는 아예 없애도 되나요?",
  },
  {
    language: "Italian",
    locale: "it-IT",
    turns: [
      u(
        "Sto preparando il lievito madre per la prima volta: dopo cinque giorni raddoppia ma ha un odore di acetone. È normale?",
      ),
      a(
        "Sì, l'odore di acetone indica che il lievito ha fame: i batteri hanno consumato la farina e producono composti volatili. Passa a due rinfreschi al giorno con rapporto 1:2:2 (lievito, farina, acqua) e usa un po' di farina integrale; in una settimana l'odore diventa acidulo e gradevole.",
      ),
      u("Posso tenerlo in frigo tra un rinfresco e l'altro se panifico solo nel weekend?"),
    ],
    followUp: "quanto prima devo tirarlo fuori dal frigo?",
  },
];
