import { NUMERIC_SPEAKER_NAMES } from "./numeric_speaker_names.ts";

/** A numeric speaker id that wyoming-piper would read as the name of another speaker. */
export interface SpeakerCollision {
  /** The id the number names when read as a name (wyoming-piper's reading). */
  namedId: number;
  /** The name that selects the intended id, when the id exists. */
  nameOfId: string | undefined;
}

/**
 * For a speaker given as a number (an id, as Piper's CLI and openedai-speech mean it), the other speaker
 * wyoming-piper would play: it tries the value as a name first (NUMERIC_SPEAKER_NAMES cites the source).
 * `speakerNames` is the voice's list from the server's `info` when known, else the shipped list.
 */
export function findSpeakerCollision(
  voice: string,
  speaker: number,
  { speakerNames = NUMERIC_SPEAKER_NAMES[voice] }: { speakerNames?: readonly string[] | undefined } = {},
): SpeakerCollision | undefined {
  if (!speakerNames) return undefined;
  const namedId = speakerNames.indexOf(String(speaker));
  if (namedId < 0 || namedId === speaker) return undefined;
  return { namedId, nameOfId: speakerNames[speaker] };
}
