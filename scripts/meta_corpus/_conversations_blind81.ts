/**
 * Blind round 81: four sample conversations of its own (English, Spanish, Korean, Russian), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_81: Conversation[] = [
  {
    language: "English",
    locale: "en-IE",
    turns: [
      u(
        "Our village hall wants to put a small battery next to the solar panels on the roof. The roof array is 12 kWp. How big a battery makes sense if we mostly use the hall in the evenings?",
      ),
      a(
        "Size it from the evening load, not the array. Look at a few months of meter readings for 6 pm to 11 pm: if the hall typically draws 8 to 10 kWh in that window, a 10 kWh usable battery covers most evenings. A 12 kWp array will refill that comfortably on all but the darkest winter days, so going much bigger mostly buys capacity you only fill in summer.",
      ),
      u("We get about 9 kWh in the evenings. Does the battery need its own inverter?"),
      a(
        "Not necessarily. If the existing inverter is a hybrid model with a battery port, you can connect a compatible battery directly. If it is a string inverter without one, add an AC-coupled battery with its own inverter; it is slightly less efficient but leaves the current installation untouched. Either way the installer must notify the network operator of the change.",
      ),
    ],
    followUp: "and what about the grant for community buildings, does the battery count?",
  },
  {
    language: "Spanish",
    locale: "es-AR",
    turns: [
      u(
        "Tengo una huerta chica en el patio en Rosario y los tomates se me están poniendo con manchas negras en la parte de abajo del fruto. ¿Es un hongo?",
      ),
      a(
        "Por lo que describís, parece podredumbre apical, que no es un hongo sino un problema de calcio en el fruto, casi siempre por riego irregular. Cuando la tierra pasa de muy seca a empapada, la planta no puede llevar el calcio a los frutos que crecen rápido. Regá de forma pareja, mejor temprano a la mañana, y poné una capa de paja o pasto seco para que la humedad no cambie tanto.",
      ),
      u("¿Y los tomates que ya tienen la mancha los tengo que tirar?"),
      a(
        "No hace falta. Sacalos de la planta para que no gaste energía en ellos; la parte sana se puede comer cortando la zona oscura. Los frutos nuevos que cuajen después de regular el riego deberían salir bien.",
      ),
    ],
    followUp: "¿conviene agregarle cáscara de huevo molida a la tierra?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("다음 달에 부산에서 혼자 2박 3일 여행을 하려고 해요. 차 없이 대중교통만으로 다니기 괜찮을까요?"),
      a(
        "네, 충분히 가능합니다. 부산은 지하철 네 개 노선과 버스가 잘 연결되어 있어서 해운대, 광안리, 서면, 남포동 같은 주요 지역은 모두 대중교통으로 갈 수 있어요. 교통카드를 하나 준비하시고, 해운대에서 송정 쪽으로 갈 때는 해변열차를 타 보시는 것도 좋습니다.",
      ),
      u("감천문화마을은 어떻게 가요? 언덕이 많다고 들었어요."),
      a(
        "토성역 6번 출구에서 마을버스 2번이나 2-2번을 타면 마을 입구까지 올라갑니다. 걸어서 올라가면 가파른 오르막이라 힘드니 올라갈 때는 버스를 타고, 구경한 뒤 내려올 때 천천히 걸어 내려오시는 걸 추천해요.",
      ),
    ],
    followUp: "그럼 첫날 일정은 어떻게 짜는 게 좋을까요?",
  },
  {
    language: "Russian",
    locale: "ru-RU",
    turns: [
      u(
        "Хочу перевести бабушке пенсию на карту «Мир» в другом банке. Как это сделать, если она сама не может прийти в отделение Социального фонда?",
      ),
      a(
        "Заявление о смене способа доставки пенсии можно подать через Госуслуги от её имени, если у неё есть подтверждённая учётная запись, или через представителя по нотариальной доверенности в клиентской службе Социального фонда. В заявлении указываются реквизиты нового счёта, привязанного к карте «Мир». Выплата по новым реквизитам начнётся со следующего месяца.",
      ),
      u("Доверенность обязательно нотариальная?"),
      a(
        "Для подачи заявления представителем — да, доверенность должна быть нотариально удостоверена. Если бабушка не может выйти из дома, нотариуса можно пригласить на дом; это стоит дороже, но так делают часто.",
      ),
    ],
    followUp: "а сколько примерно стоит выезд нотариуса на дом?",
  },
];
