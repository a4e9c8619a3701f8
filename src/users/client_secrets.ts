/**
 * Short-lived Realtime client secrets (`ek_…`), minted for a member by `POST /v1/realtime/client_secrets` so
 * a web page opens a voice session without holding the member's long-lived key. Kept in memory only: a
 * restart ends them, which a secret that lives minutes can afford. The openai client lets an `ek_` key run
 * in a browser (openai/realtime/websocket.mjs: `apiKey?.startsWith('ek_')` allows the browser).
 */

/** The API's bounds for `expires_after.seconds` (OpenAPI `RealtimeClientSecretConfig`: 10–7200, default 600). */
export const CLIENT_SECRET_SECONDS = { min: 10, max: 7200, default: 600 } as const;

/** One minted secret. */
export interface ClientSecret {
  value: string;
  member: string;
  /** Epoch seconds. */
  expiresAt: number;
}

/** The live secrets; expired ones are dropped as they are met. */
export class ClientSecrets {
  #secrets = new Map<string, ClientSecret>();

  /** A new secret for `member`, valid for `seconds` from `nowMs`. */
  mint(member: string, options: { nowMs: number; seconds: number }): ClientSecret {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    const value = `ek_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
    const secret = { value, member, expiresAt: Math.floor(options.nowMs / 1000) + options.seconds };
    this.#sweep(options.nowMs);
    this.#secrets.set(value, secret);
    return secret;
  }

  /** The member a live secret was minted for. */
  identify(value: string, nowMs: number): string | undefined {
    const secret = this.#secrets.get(value);
    if (!secret) return undefined;
    if (secret.expiresAt * 1000 <= nowMs) {
      this.#secrets.delete(value);
      return undefined;
    }
    return secret.member;
  }

  #sweep(nowMs: number): void {
    for (const [value, secret] of this.#secrets) {
      if (secret.expiresAt * 1000 <= nowMs) this.#secrets.delete(value);
    }
  }
}
