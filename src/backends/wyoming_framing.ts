/** One Wyoming event: a type, its data object and an optional binary payload (PCM for audio). */
export interface WyomingEvent {
  type: string;
  data: Record<string, unknown>;
  payload?: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const MAX_HEADER_BYTES = 1024 * 1024;

/**
 * Encodes an event the way the Python writer does: a header line with `type`, `data_length`,
 * `payload_length` and `version`, then the data as its own JSON block, then the payload.
 */
export function encodeEvent(event: WyomingEvent): Uint8Array {
  const data = encoder.encode(JSON.stringify(event.data));
  const payload = event.payload ?? new Uint8Array();
  const header = encoder.encode(
    JSON.stringify({
      type: event.type,
      version: "1.5.2",
      "data_length": data.byteLength,
      "payload_length": payload.byteLength,
    }) + "\n",
  );
  const bytes = new Uint8Array(header.byteLength + data.byteLength + payload.byteLength);
  bytes.set(header);
  bytes.set(data, header.byteLength);
  bytes.set(payload, header.byteLength + data.byteLength);
  return bytes;
}

/** Reads events from a byte stream, across TCP segment boundaries. */
export class WyomingReader {
  #reader: ReadableStreamDefaultReader<Uint8Array>;
  #buffer = new Uint8Array();

  constructor(stream: ReadableStream<Uint8Array>) {
    this.#reader = stream.getReader();
  }

  async #fill(): Promise<boolean> {
    const { done, value } = await this.#reader.read();
    if (done) return false;
    const merged = new Uint8Array(this.#buffer.byteLength + value.byteLength);
    merged.set(this.#buffer);
    merged.set(value, this.#buffer.byteLength);
    this.#buffer = merged;
    return true;
  }

  #take(length: number): Uint8Array {
    const bytes = this.#buffer.slice(0, length);
    this.#buffer = this.#buffer.subarray(length);
    return bytes;
  }

  async #readExactly(length: number): Promise<Uint8Array> {
    while (this.#buffer.byteLength < length) {
      if (!await this.#fill()) throw new Error("Wyoming connection closed inside an event");
    }
    return this.#take(length);
  }

  /** The next event, or null at a clean end of stream. Invalid JSON throws (the peer drops the link). */
  async read(): Promise<WyomingEvent | null> {
    let newline = this.#buffer.indexOf(10);
    while (newline < 0) {
      if (this.#buffer.byteLength > MAX_HEADER_BYTES) throw new Error("Wyoming header line too long");
      if (!await this.#fill()) {
        if (this.#buffer.byteLength === 0) return null;
        throw new Error("Wyoming connection closed inside a header");
      }
      newline = this.#buffer.indexOf(10);
    }
    const header = JSON.parse(decoder.decode(this.#take(newline + 1)));
    if (typeof header !== "object" || header === null || typeof header.type !== "string") {
      throw new Error("Wyoming header has no type");
    }
    let data: Record<string, unknown> = typeof header.data === "object" && header.data ? header.data : {};
    const dataLength = Number(header.data_length ?? 0);
    if (dataLength > 0) {
      // The data block is merged over the header's inline data.
      data = { ...data, ...JSON.parse(decoder.decode(await this.#readExactly(dataLength))) };
    }
    const payloadLength = Number(header.payload_length ?? 0);
    const event: WyomingEvent = { type: header.type, data };
    if (payloadLength > 0) event.payload = await this.#readExactly(payloadLength);
    return event;
  }

  /** Releases the underlying stream. */
  async cancel(): Promise<void> {
    await this.#reader.cancel().catch(() => {});
  }
}
