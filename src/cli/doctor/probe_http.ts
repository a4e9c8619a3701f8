import { ProbeFailure } from "./doctor_check.ts";

/** Options for one HTTP probe. */
export interface HttpProbeOptions {
  signal: AbortSignal;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Sends a request (JSON body when given) and returns the response; the caller reads or cancels it. */
export async function sendProbe(url: string, options: HttpProbeOptions): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return await fetch(url, {
    method: options.body === undefined ? "GET" : "POST",
    headers,
    signal: options.signal,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

/** Sends a probe and parses a 2xx JSON answer; anything else is a `ProbeFailure` with `advice`. */
export async function fetchJson(
  url: string,
  { advice, ...options }: HttpProbeOptions & { advice: string },
): Promise<unknown> {
  const response = await sendProbe(url, options);
  const text = await response.text();
  if (!response.ok) {
    throw new ProbeFailure(`${url} answered ${response.status}: ${text.slice(0, 200)}`, advice);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ProbeFailure(`${url} answered ${response.status} with no JSON: ${text.slice(0, 100)}`, advice);
  }
}

/** The `data:` payloads of an SSE answer in order, `[DONE]` included; a non-2xx answer is a `ProbeFailure`. */
export async function fetchSse(
  url: string,
  { advice, ...options }: HttpProbeOptions & { advice: string },
): Promise<string[]> {
  const response = await sendProbe(url, options);
  const text = await response.text();
  if (!response.ok) {
    throw new ProbeFailure(`${url} answered ${response.status}: ${text.slice(0, 200)}`, advice);
  }
  return text.split(/\r?\n/).filter((line) => line.startsWith("data:")).map((line) => line.slice(5).trim());
}

/** The server root of an OpenAI-style base URL (`http://h:8000/v1` → `http://h:8000`). */
export function toServerRoot(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "").replace(/\/v1$/, "");
}
