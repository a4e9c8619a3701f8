import { type ApiError, upstreamFailed, upstreamTimeout } from "../api_error.ts";
import { toNetworkError } from "./upstream_error.ts";
import { WyomingError } from "./wyoming_client.ts";

/** Maps a failed Wyoming or Piper exchange to 502 (refused, error event, garbage) or 504 (timeout). */
export function toAudioUpstreamError(error: unknown, backendName: string): ApiError {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return upstreamTimeout(`Backend "${backendName}" did not answer in time`);
  }
  if (error instanceof WyomingError) {
    return upstreamFailed(`Backend "${backendName}" failed: ${error.message}`);
  }
  return toNetworkError(error, { backendName, timedOut: false });
}
