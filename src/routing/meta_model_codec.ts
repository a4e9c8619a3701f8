/**
 * The META model's weights as committed text: one 8-bit weight per bucket, in steps of `scale`, as base64.
 *
 * Dense on purpose: the router decodes it with one native call (`Uint8Array.fromBase64`) and no JavaScript
 * loop. A sparse form (bucket gaps and weights, a third of the size) needed a loop over 20,000 entries at
 * start-up, and that first hot loop woke V8's optimising compilers before any request: 7–9 MiB more idle RSS
 * (docs/decisions.md, "META by a learned signal").
 */
import { META_MODEL_BITS, type MetaModel, type TrainedMetaModel } from "./meta_model.ts";

/** The committed form of a {@linkcode MetaModel}. */
export interface EncodedMetaModel {
  bits: number;
  bias: number;
  threshold: number;
  /** The threshold for requests an app framed. */
  framedThreshold: number;
  /** Weight of one step of the 8-bit integers. */
  scale: number;
  /** One int8 weight per bucket in `scale` steps (two's complement bytes), base64. */
  weights: string;
}

/** The base64 codec typed arrays have had since ES2025 (V8 13.x), which TypeScript's lib does not name yet. */
interface Base64Bytes {
  toBase64(): string;
}
const fromBase64 = (text: string): Uint8Array =>
  (Uint8Array as unknown as { fromBase64(text: string): Uint8Array }).fromBase64(text);

/** The model quantised as the router holds it (the committed module's data). */
export function toEncodedMetaModel(model: TrainedMetaModel): EncodedMetaModel {
  const largest = model.weights.reduce((most, weight) => Math.max(most, Math.abs(weight)), 0);
  const scale = largest / 127;
  const steps = Int8Array.from(model.weights, (weight) => Math.round(weight / scale));
  const encoded: EncodedMetaModel = {
    bits: META_MODEL_BITS,
    bias: model.bias,
    threshold: model.threshold,
    framedThreshold: model.framedThreshold,
    scale,
    weights: (new Uint8Array(steps.buffer) as unknown as Base64Bytes).toBase64(),
  };
  return encoded;
}

/** Writes the TypeScript module holding the model. */
export function encodeMetaModel(model: TrainedMetaModel): string {
  const encoded = toEncodedMetaModel(model);
  return `// Written by \`deno task meta-model\` from tests/fixtures/meta_corpus.jsonl; do not edit.\n` +
    `import type { EncodedMetaModel } from "./meta_model_codec.ts";\n\n` +
    `export const META_MODEL_DATA: EncodedMetaModel = ${JSON.stringify(encoded, null, 2)};\n`;
}

/** Reads the committed form back into a model. */
export function decodeMetaModel(encoded: EncodedMetaModel): MetaModel {
  const weights = new Int8Array(fromBase64(encoded.weights).buffer);
  if (encoded.bits !== META_MODEL_BITS || weights.length !== 1 << META_MODEL_BITS) {
    throw new Error(`META model has ${weights.length} weights, expected ${1 << META_MODEL_BITS}`);
  }
  const { bias, scale, threshold, framedThreshold } = encoded;
  return { bias, weights, scale, threshold, framedThreshold };
}
