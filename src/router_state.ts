import type { AudioRuntime } from "./backends/create_audio_backends.ts";
import type { Backend } from "./backends/backend.ts";
import type { Config } from "./config/config_schema.ts";
import type { Prompts } from "./config/load_prompts.ts";

/** Everything derived from one loaded config; replaced as a whole on `SIGHUP`. */
export interface RouterState {
  config: Config;
  prompts: Prompts;
  backends: ReadonlyMap<string, Backend>;
  /** ffmpeg and the transcription, translation and speech backends. */
  audio: AudioRuntime;
  /** The config file, or `(embedded default)`. */
  configSource: string;
  loadedAt: Date;
}

/** Holds the current state; requests read it once at their start, so a reload never changes a request midway. */
export interface StateHolder {
  current(): RouterState;
  replace(next: RouterState): void;
}

/** Creates a holder around the first loaded state. */
export function createStateHolder(initial: RouterState): StateHolder {
  let state = initial;
  return {
    current: () => state,
    replace: (next) => {
      state = next;
    },
  };
}
