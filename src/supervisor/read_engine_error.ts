import { EngineError, toEngineErrorKind } from "./container_runtime.ts";

/** The engine's refusal of `call` (`METHOD /path`) as an EngineError, its kind read from status and message. */
export async function readEngineError(call: string, response: Response): Promise<EngineError> {
  const text = await response.text();
  let message = text.trim();
  try {
    const body = JSON.parse(text);
    message = body.message ?? body.cause ?? message;
  } catch {
    // Not JSON: keep the text.
  }
  return new EngineError(toEngineErrorKind(response.status, message), response.status, `${call}: ${message}`);
}

/** True when something exists at `path` (the engine's socket), without following a symlink. */
export async function existsPath(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}
