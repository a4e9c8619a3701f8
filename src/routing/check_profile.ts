/**
 * A child's profile rules as pure decisions (docs/privacy.md, "Children"): allowed hours in the family's
 * time zone and topics refused locally. They are rules the router applies, not a safety guarantee.
 */
import type { ProfileConfig } from "../config/users_schema.ts";

/** Why a request is refused by the member's profile, and the kind message that says so. */
export interface ProfileRefusal {
  rule: "schedule" | "topic";
  message: string;
}

type Language = ProfileConfig["language"];

const OUTSIDE_HOURS: Record<Language, (hours: string) => string> = {
  en: (hours) => `It is outside your hours for questions right now (${hours}). Please ask again later!`,
  de: (hours) => `Gerade ist keine Fragezeit (${hours}). Frag bitte später noch einmal!`,
  fr: (hours) => `Ce n'est pas l'heure des questions pour le moment (${hours}). Redemande plus tard !`,
  es: (hours) => `Ahora no es horario de preguntas (${hours}). ¡Vuelve a preguntar más tarde!`,
};

const TOPIC_REFUSED: Record<Language, string> = {
  en: "That is something I cannot talk about here. A parent or another adult you trust can help you with it.",
  de:
    "Darüber kann ich hier nicht sprechen. Deine Eltern oder ein anderer Erwachsener, dem du vertraust, helfen dir gern.",
  fr: "Je ne peux pas parler de ce sujet ici. Un parent ou un autre adulte de confiance peut t'aider.",
  es: "De eso no puedo hablar aquí. Tus padres u otro adulto de confianza te pueden ayudar.",
};

function toMinutes(hhmm: string): number {
  const [hours, minutes] = hhmm.split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Whether `minuteOfDay` (0–1439, the family's local time) is within `schedule` (`07:00-20:30`; may wrap midnight). */
export function isWithinSchedule(schedule: string, minuteOfDay: number): boolean {
  const [from, to] = schedule.split("-").map(toMinutes) as [number, number];
  return from <= to ? minuteOfDay >= from && minuteOfDay < to : minuteOfDay >= from || minuteOfDay < to;
}

/** The refused topic the text names (whole words, any case), or undefined. */
export function findRefusedTopic(text: string, topics: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return topics.find((topic) => {
    const word = topic.toLowerCase();
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const before = lower[at - 1] ?? " ";
      const after = lower[at + word.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    return false;
  });
}

/**
 * The profile's refusal of a request, if any: outside the allowed hours, or naming a refused topic in the
 * member's own messages (the last user message: earlier turns were already allowed).
 */
export function checkProfile(
  profile: ProfileConfig,
  request: { minuteOfDay: number; text: string },
): ProfileRefusal | undefined {
  if (profile.schedule && !isWithinSchedule(profile.schedule, request.minuteOfDay)) {
    return { rule: "schedule", message: OUTSIDE_HOURS[profile.language](profile.schedule) };
  }
  if (findRefusedTopic(request.text, profile.refusedTopics)) {
    return { rule: "topic", message: TOPIC_REFUSED[profile.language] };
  }
  return undefined;
}
