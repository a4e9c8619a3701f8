/**
 * The META model's weights as committed text: the buckets with a weight worth keeping, as gaps between
 * ascending bucket numbers in LEB128 varints, and their weights as 8-bit integers, both in base64, so
 * `meta_model_weights.ts` stays about 55 KB and loads in one pass.
 */
import { META_MODEL_BITS, type MetaModel, type TrainedMetaModel } from "./meta_model.ts";

/** The committed form of a {@linkcode MetaModel}. */
export interface EncodedMetaModel {
  bits: number;
  bias: number;
  threshold: number;
  /** Weight of one step of the 8-bit integers. */
  scale: number;
  /** Gaps between ascending bucket numbers as unsigned LEB128 varints, base64. */
  buckets: string;
  /** Int8 weights in `scale` steps, one per bucket, base64. */
  weights: string;
}

/** Weights smaller than this are left out (they change no decision). */
const KEEP_ABOVE = 1e-3;

const toBase64 = (bytes: Uint8Array) => {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
};
/** Decodes by index: `Uint8Array.from(binary, …)` walked the string's iterator, a string per character. */
const fromBase64 = (text: string) => {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
};

/** Writes the TypeScript module holding the model. */
export function encodeMetaModel(model: TrainedMetaModel): string {
  const kept = [...model.weights.keys()].filter((bucket) =>
    Math.abs(model.weights[bucket] as number) > KEEP_ABOVE
  );
  const largest = Math.max(...kept.map((bucket) => Math.abs(model.weights[bucket] as number)));
  const scale = largest / 127;
  const gaps: number[] = [];
  kept.forEach((bucket, index) => {
    let gap = bucket - (index === 0 ? 0 : kept[index - 1] as number);
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
  });
  const weights = Int8Array.from(kept, (bucket) => Math.round((model.weights[bucket] as number) / scale));
  const encoded: EncodedMetaModel = {
    bits: META_MODEL_BITS,
    bias: model.bias,
    threshold: model.threshold,
    scale,
    buckets: toBase64(Uint8Array.from(gaps)),
    weights: toBase64(new Uint8Array(weights.buffer)),
  };
  return `// Written by \`deno task meta-model\` from tests/fixtures/meta_corpus.jsonl; do not edit.\n` +
    `import type { EncodedMetaModel } from "./meta_model_codec.ts";\n\n` +
    `export const META_MODEL_DATA: EncodedMetaModel = ${JSON.stringify(encoded, null, 2)};\n`;
}

/** Reads the committed form back into a model. */
export function decodeMetaModel(encoded: EncodedMetaModel): MetaModel {
  if (encoded.bits !== META_MODEL_BITS) {
    throw new Error(`META model has ${encoded.bits} bits, expected ${META_MODEL_BITS}`);
  }
  const gaps = fromBase64(encoded.buckets);
  const steps = new Int8Array(fromBase64(encoded.weights).buffer);
  const weights = new Int8Array(1 << META_MODEL_BITS);
  let bucket = 0;
  let at = 0;
  for (const step of steps) {
    let gap = 0;
    for (let shift = 0;; shift += 7) {
      const byte = gaps[at++] as number;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    bucket += gap;
    weights[bucket] = step;
  }
  return { bias: encoded.bias, weights, scale: encoded.scale, threshold: encoded.threshold };
}
