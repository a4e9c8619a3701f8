/** One timed piece of a transcript, as Whisper servers report it. */
export interface TranscriptSegment {
  start: number;
  end: number;
  text: string;
  tokens?: number[];
  temperature?: number;
  "avg_logprob"?: number;
  "compression_ratio"?: number;
  "no_speech_prob"?: number;
}

/** One timed word (`timestamp_granularities[]=word`). */
export interface TranscriptWord {
  word: string;
  start: number;
  end: number;
}

/** A backend's answer, normalised: timings are empty when the backend gives none (Wyoming). */
export interface Transcript {
  text: string;
  /** Lower-case language name or code as the backend said it, if it did. */
  language?: string | undefined;
  /** Seconds of audio. */
  duration: number;
  segments: TranscriptSegment[];
  words: TranscriptWord[];
}

/** Transcription response formats the router writes itself. */
export type TranscriptFormat = "json" | "text" | "srt" | "vtt" | "verbose_json";

/** What a transcription endpoint sends back. */
export interface RenderedTranscript {
  body: string;
  contentType: string;
}

/** `HH:MM:SS,mmm` (SRT) or `HH:MM:SS.mmm` (VTT). */
export function toTimestamp(seconds: number, separator: "," | "."): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

/** The segments to write as cues: one cue over the whole audio when the backend gave no timings. */
function toCues(transcript: Transcript): TranscriptSegment[] {
  if (transcript.segments.length > 0) return transcript.segments;
  return transcript.text ? [{ start: 0, end: transcript.duration, text: transcript.text }] : [];
}

/** Subtitles in SRT: numbered cues from 1. */
export function toSrt(transcript: Transcript): string {
  return toCues(transcript).map((cue, index) =>
    `${index + 1}\n${toTimestamp(cue.start, ",")} --> ${toTimestamp(cue.end, ",")}\n${cue.text.trim()}\n\n`
  ).join("");
}

/** Subtitles in WebVTT. */
export function toVtt(transcript: Transcript): string {
  const cues = toCues(transcript).map((cue) =>
    `${toTimestamp(cue.start, ".")} --> ${toTimestamp(cue.end, ".")}\n${cue.text.trim()}\n\n`
  );
  return `WEBVTT\n\n${cues.join("")}`;
}

/** OpenAI's `verbose_json`, every segment field present; `words` only when asked for. */
export function toVerboseJson(
  transcript: Transcript,
  options: { task: "transcribe" | "translate"; words: boolean },
) {
  const language = options.task === "translate" ? "english" : transcript.language ?? "unknown";
  return {
    task: options.task,
    language,
    duration: transcript.duration,
    text: transcript.text,
    segments: transcript.segments.map((segment, id) => ({
      id,
      seek: 0,
      start: segment.start,
      end: segment.end,
      text: segment.text,
      tokens: segment.tokens ?? [],
      temperature: segment.temperature ?? 0,
      "avg_logprob": segment.avg_logprob ?? 0,
      "compression_ratio": segment.compression_ratio ?? 1,
      "no_speech_prob": segment.no_speech_prob ?? 0,
    })),
    ...(options.words ? { words: transcript.words } : {}),
    usage: { type: "duration", seconds: Math.ceil(transcript.duration) },
  };
}

/** Writes a transcript in the requested format with the content type the `openai` SDK expects. */
export function renderTranscript(
  transcript: Transcript,
  format: TranscriptFormat,
  options: { task: "transcribe" | "translate"; words: boolean },
): RenderedTranscript {
  const plain = "text/plain; charset=utf-8";
  switch (format) {
    case "text":
      return { body: transcript.text, contentType: plain };
    case "srt":
      return { body: toSrt(transcript), contentType: plain };
    case "vtt":
      return { body: toVtt(transcript), contentType: "text/vtt; charset=utf-8" };
    case "verbose_json":
      return { body: JSON.stringify(toVerboseJson(transcript, options)), contentType: "application/json" };
    case "json":
      return {
        body: JSON.stringify({
          text: transcript.text,
          usage: { type: "duration", seconds: Math.ceil(transcript.duration) },
        }),
        contentType: "application/json",
      };
  }
}

/** The SSE body for `stream=true`: one delta with the whole text, then the done event. */
export function toTranscriptEvents(transcript: Transcript): string {
  const delta = { type: "transcript.text.delta", delta: transcript.text };
  const done = {
    type: "transcript.text.done",
    text: transcript.text,
    usage: { type: "duration", seconds: Math.ceil(transcript.duration) },
  };
  return `data: ${JSON.stringify(delta)}\n\ndata: ${JSON.stringify(done)}\n\n`;
}
