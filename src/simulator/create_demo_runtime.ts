import type { Config } from "../config/config_schema.ts";
import { loadContainerProfile } from "../supervisor/load_container_profile.ts";
import type { Supervision } from "../supervisor/supervision.ts";
import { createSimulatedSupervision } from "./simulated_supervision.ts";
import { addDemoVisionBackend } from "./simulated_vision.ts";
import { type DemoUpstreams, startDemoUpstreams } from "./start_demo_upstreams.ts";

/** The config files `demo --profile NAME` serves: the seed profiles, or a path. */
const DEMO_PROFILES: Record<string, URL> = {
  thor: new URL("../../infra/thor.yaml", import.meta.url),
  workstation: new URL("../../infra/ai-router.yaml", import.meta.url),
};

/** `thor` → infra/thor.yaml, `workstation` → infra/ai-router.yaml, anything else is a config path. */
export function resolveDemoProfile(profile: string): string {
  const seed = DEMO_PROFILES[profile];
  return seed ? seed.pathname : profile;
}

/** What `main.ts` hands `serve` for the demo. */
export interface DemoRuntime extends AsyncDisposable {
  /** Points every backend at a simulator (started on first use), adds a simulated vision backend if none. */
  adaptConfig(config: Config): Promise<Config>;
  /** For a config that enables supervision: simulated containers with the profile's swap groups. */
  createSupervision(): Promise<(Supervision & AsyncDisposable) | undefined>;
  getSecret(name: string): string | undefined;
}

/** Options for {@linkcode createDemoRuntime}. */
export interface DemoRuntimeOptions {
  sessionDir: string;
  swapMs?: number;
}

/**
 * The demo's simulated world: upstreams for every backend, a vision model, and, when the config asks for
 * container supervision (infra/thor.yaml does), its containers simulated instead of run through Docker.
 */
export function createDemoRuntime({ sessionDir, swapMs }: DemoRuntimeOptions): DemoRuntime {
  let upstreams: DemoUpstreams | undefined;
  let supervisor: Config["supervisor"] | undefined;
  let adapted: Config | undefined;
  return {
    async adaptConfig(config) {
      supervisor ??= config.supervisor;
      upstreams ??= await startDemoUpstreams(addDemoVisionBackend(config));
      // Session logs stay next to the demo rather than under /var/log; it never starts real containers.
      adapted = {
        ...upstreams.config,
        sessionLogs: { ...config.sessionLogs, dir: sessionDir },
        supervisor: { ...config.supervisor, enabled: false },
      };
      return adapted;
    },
    async createSupervision() {
      if (!supervisor?.enabled || !supervisor.profile || !adapted) return undefined;
      return createSimulatedSupervision(adapted, await loadContainerProfile(supervisor.profile), {
        ...(swapMs === undefined ? {} : { swapMs }),
      });
    },
    getSecret: (name) => upstreams?.getSecret(name),
    [Symbol.asyncDispose]: async () => {
      await upstreams?.[Symbol.asyncDispose]();
    },
  };
}
