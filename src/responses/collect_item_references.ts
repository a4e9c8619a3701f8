type Json = Record<string, unknown>;

/**
 * Loads the output items an input names by `item_reference` (the AI SDK sends earlier assistant messages
 * that way when `store` is on: vercel/ai `packages/openai/src/responses/convert-to-openai-responses-input.ts`).
 * Unknown ids are left out; the translation then answers 400 naming the item.
 */
export async function collectItemReferences(
  input: unknown,
  findItem: (id: string) => Promise<Json | undefined>,
): Promise<Map<string, Json>> {
  const found = new Map<string, Json>();
  if (!Array.isArray(input)) return found;
  for (const item of input as Json[]) {
    if (item.type !== "item_reference" || typeof item.id !== "string" || found.has(item.id)) continue;
    const stored = await findItem(item.id);
    if (stored) found.set(item.id, stored);
  }
  return found;
}
