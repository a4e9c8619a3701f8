import { detectLanguage } from "../audio/detect_language.ts";
import { splitAtSilences } from "../audio/split_at_silences.ts";
import type { TranscriptSegment } from "../audio/transcript_formats.ts";
import type { PcmFormat } from "../audio/wav_header.ts";

/** What one piece's transcription returns. */
export interface PieceTranscript {
  text: string;
  language?: string | undefined;
}

/** Options for {@linkcode transcribeInPieces}. */
export interface TranscribeInPiecesOptions {
  /** Transcribes one piece of PCM (same format as the whole). */
  transcribe: (pcm: Uint8Array) => Promise<PieceTranscript>;
  /** Pieces in flight at once: a Whisper server takes one connection per piece. */
  concurrency?: number;
}

/** Segments with timings, the whole text, and the language the backend or the detector gave. */
export interface PiecewiseTranscript {
  text: string;
  language: string | undefined;
  segments: TranscriptSegment[];
}

/**
 * Real segment timings for a backend that gives none: the audio is split at its pauses, each piece is
 * transcribed (a few at a time), and each becomes a segment whose start and end are the piece's place in the
 * audio. Pieces that come back empty (breath, noise) are left out. Undefined when the audio has no speech.
 */
export async function transcribeInPieces(
  pcm: Uint8Array,
  format: PcmFormat,
  options: TranscribeInPiecesOptions,
): Promise<PiecewiseTranscript | undefined> {
  const spans = splitAtSilences(pcm, format);
  if (spans.length === 0) return undefined;
  const { transcribe, concurrency = 3 } = options;
  const bytesPerSample = format.width * format.channels;
  const results: (PieceTranscript | undefined)[] = new Array(spans.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < spans.length; i = next++) {
      const span = spans[i]!;
      results[i] = await transcribe(pcm.subarray(span.start * bytesPerSample, span.end * bytesPerSample));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, spans.length) }, worker));
  const segments = spans.flatMap((span, i) => {
    const text = results[i]?.text.trim() ?? "";
    return text ? [{ start: span.start / format.rate, end: span.end / format.rate, text: ` ${text}` }] : [];
  });
  const text = segments.map((segment) => segment.text.trim()).join(" ");
  const language = results.find((r) => r?.language)?.language ?? detectLanguage(text);
  return { text, language, segments };
}
