/**
 * The simulator's `POST /v1/embeddings`, shaped like vLLM's answer (vllm-project/vllm
 * `vllm/entrypoints/openai/protocol.py`, `EmbeddingResponse`: `id` "embd-…", `object` "list", `created`,
 * `model`, `data[].{index, object: "embedding", embedding}`, `usage` with `completion_tokens: 0`).
 * `encoding_format: "base64"` (the official `openai` client's default) gives little-endian float32 bytes
 * in base64, as vLLM encodes them. Vectors are unit length and depend only on the text, so equal inputs
 * embed equally and tests can compare them.
 */

/** Vector size of the simulated model (as a small sentence-embedding model). */
export const SIMULATED_EMBEDDING_SIZE = 64;

function toVector(text: string, size: number): number[] {
  const vector = new Array<number>(size).fill(0);
  for (const word of text.toLowerCase().split(/\W+/).filter(Boolean)) {
    let hash = 2166136261;
    for (const char of word) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    vector[Math.abs(hash) % size]! += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

function toBase64(vector: number[]): string {
  const bytes = new Uint8Array(new Float32Array(vector).buffer);
  return btoa(String.fromCharCode(...bytes));
}

function toTexts(input: unknown): string[] {
  if (typeof input === "string") return [input];
  if (!Array.isArray(input) || input.length === 0) return [];
  // Token id arrays (one or many) embed by their ids as words.
  if (typeof input[0] === "number") return [input.join(" ")];
  return input.map((item) => Array.isArray(item) ? item.join(" ") : String(item));
}

/** Answers an embeddings request body for `model`, or a vLLM-style 400 for an empty input. */
export function answerEmbeddings(body: Record<string, unknown>, model: string): Response {
  const texts = toTexts(body.input);
  if (texts.length === 0) {
    return Response.json({
      error: { message: "Input cannot be empty", type: "BadRequestError", param: null, code: 400 },
    }, {
      status: 400,
    });
  }
  // vLLM honours `dimensions` only for Matryoshka models; the simulated one truncates like one.
  const size = Math.min(Number(body.dimensions ?? SIMULATED_EMBEDDING_SIZE), SIMULATED_EMBEDDING_SIZE);
  const base64 = body["encoding_format"] === "base64";
  const promptTokens = texts.reduce(
    (sum, text) => sum + Math.max(1, text.split(/\s+/).filter(Boolean).length),
    0,
  );
  return Response.json({
    id: `embd-${crypto.randomUUID()}`,
    object: "list",
    created: Math.floor(Date.now() / 1000),
    model,
    data: texts.map((text, index) => {
      const vector = toVector(text, SIMULATED_EMBEDDING_SIZE).slice(0, size);
      return { index, object: "embedding", embedding: base64 ? toBase64(vector) : vector };
    }),
    usage: {
      "prompt_tokens": promptTokens,
      "total_tokens": promptTokens,
      "completion_tokens": 0,
      "prompt_tokens_details": null,
    },
  });
}
