import { type Clock, systemClock } from "../clock.ts";
import type { Logger } from "../logger.ts";
import { toResponseIdOfItem } from "./chat_to_response.ts";
import type { ChatMessage } from "../chat/chat_request.ts";

type Json = Record<string, unknown>;

/** One kept response: who made it, the response object, and the conversation up to and including it. */
export interface StoredResponse {
  owner: string;
  response: Json;
  /** Chat messages without instructions (they are not carried over, as with OpenAI), oldest first. */
  conversation: ChatMessage[];
}

/** Options for {@linkcode ResponseStore.open}. */
export interface ResponseStoreOptions {
  /** One JSON file per response here; kept in memory only (lost on restart) when unset. */
  dir?: string | undefined;
  /** Responses older than this are gone (OpenAI keeps them 30 days). */
  retentionMs: number;
  /** The oldest responses are removed while the store holds more than this. */
  maxBytes: number;
  logger: Logger;
  /** Decides which responses have outlived `retentionMs`; the system clock when unset, tests move a manual one. */
  clock?: Clock;
}

const ID = /^resp_[0-9a-f]{32}$/;

/**
 * Responses kept for `previous_response_id`, `GET` and `DELETE`, bounded by age and total size. Each is
 * one file `<id>.json` (mode 0600: it holds prompts) written to a temp file and renamed. An id that is
 * missing, expired or another member's reads as missing, so ids of others cannot be probed.
 */
export class ResponseStore {
  #options: ResponseStoreOptions;
  #clock: Clock;
  /** id → when it was stored and its size; insertion order is age order. */
  #index = new Map<string, { storedAt: number; bytes: number }>();
  #memory = new Map<string, string>();
  #bytes = 0;

  private constructor(options: ResponseStoreOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  /** A store kept in memory only (no `dir`), for tests and the demo. */
  static openInMemory(options: Omit<ResponseStoreOptions, "dir">): ResponseStore {
    return new ResponseStore(options);
  }

  /** Opens the store, indexing the files already in `dir` by modification time. */
  static async open(options: ResponseStoreOptions): Promise<ResponseStore> {
    if (options.dir === undefined) return ResponseStore.openInMemory(options);
    const store = new ResponseStore(options);
    await Deno.mkdir(options.dir, { recursive: true, mode: 0o700 });
    const found: Array<{ id: string; storedAt: number; bytes: number }> = [];
    for await (const entry of Deno.readDir(options.dir)) {
      const id = entry.name.replace(/\.json$/, "");
      if (!entry.isFile || !ID.test(id)) continue;
      const info = await Deno.stat(`${options.dir}/${entry.name}`);
      found.push({ id, storedAt: info.mtime?.getTime() ?? 0, bytes: info.size });
    }
    found.sort((a, b) => a.storedAt - b.storedAt);
    for (const { id, storedAt, bytes } of found) store.#remember(id, storedAt, bytes);
    await store.#prune();
    return store;
  }

  #remember(id: string, storedAt: number, bytes: number) {
    this.#index.set(id, { storedAt, bytes });
    this.#bytes += bytes;
  }

  #path(id: string): string {
    return `${this.#options.dir}/${id}.json`;
  }

  async #remove(id: string): Promise<void> {
    const known = this.#index.get(id);
    if (!known) return;
    this.#index.delete(id);
    this.#memory.delete(id);
    this.#bytes -= known.bytes;
    if (this.#options.dir !== undefined) await Deno.remove(this.#path(id)).catch(() => {});
  }

  /** Drops expired responses, then the oldest ones while over the size cap. */
  async #prune(): Promise<void> {
    const oldest = this.#clock.now() - this.#options.retentionMs;
    for (const [id, { storedAt }] of this.#index) {
      if (storedAt >= oldest && this.#bytes <= this.#options.maxBytes) break;
      await this.#remove(id);
    }
  }

  /** Keeps a response; a single response larger than the cap is not kept (logged). */
  async put(stored: StoredResponse): Promise<void> {
    const id = String(stored.response.id);
    const text = JSON.stringify(stored);
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > this.#options.maxBytes) {
      this.#options.logger.warn("Response not stored: larger than the store", { id, bytes });
      return;
    }
    // Readable at once from memory: a client may ask for it before the file is written.
    this.#memory.set(id, text);
    this.#remember(id, this.#clock.now(), bytes);
    if (this.#options.dir !== undefined) {
      const temp = `${this.#path(id)}.tmp`;
      await Deno.writeTextFile(temp, text, { mode: 0o600 });
      await Deno.rename(temp, this.#path(id));
      this.#memory.delete(id);
    }
    await this.#prune();
  }

  /** The response if it exists, has not expired and belongs to `owner`. */
  async get(id: string, owner: string): Promise<StoredResponse | undefined> {
    const known = this.#index.get(id);
    if (!known) return undefined;
    if (known.storedAt < this.#clock.now() - this.#options.retentionMs) {
      await this.#remove(id);
      return undefined;
    }
    let stored: StoredResponse;
    try {
      stored = JSON.parse(this.#memory.get(id) ?? await Deno.readTextFile(this.#path(id)));
    } catch (error) {
      // A file removed or damaged behind the router's back reads as missing.
      this.#options.logger.warn("Stored response unreadable", { id, error: String(error) });
      return undefined;
    }
    return stored.owner === owner ? stored : undefined;
  }

  /** One output item of `owner`'s responses by its id (`msg_<hex>_<n>` names its response). */
  async findItem(itemId: string, owner: string): Promise<Json | undefined> {
    const responseId = toResponseIdOfItem(itemId);
    const stored = responseId === undefined ? undefined : await this.get(responseId, owner);
    return (stored?.response.output as Json[] | undefined)?.find((item) => item.id === itemId);
  }

  /** Deletes `owner`'s response; false when there is none to delete. */
  async delete(id: string, owner: string): Promise<boolean> {
    if (!(await this.get(id, owner))) return false;
    await this.#remove(id);
    return true;
  }

  /** How many responses and bytes are kept (for tests and `/health/deep`). */
  size(): { responses: number; bytes: number } {
    return { responses: this.#index.size, bytes: this.#bytes };
  }
}
