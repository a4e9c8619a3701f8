import { parseFlags } from "../parse_flags.ts";
import { buildRouterState } from "../../build_router_state.ts";
import type { Config } from "../../config/config_schema.ts";
import { loadConfig } from "../../config/load_config.ts";
import { loadSecrets, type SecretLookup } from "../../config/load_secrets.ts";
import { startDemoUpstreams } from "../../simulator/start_demo_upstreams.ts";
import type { ContainerProfile } from "../../supervisor/container_spec.ts";
import { loadContainerProfile } from "../../supervisor/load_container_profile.ts";
import { checkCloudBackends } from "./check_cloud.ts";
import { checkContainers } from "./check_containers.ts";
import { checkFfmpeg } from "./check_ffmpeg.ts";
import { checkListeners } from "./check_listeners.ts";
import { checkSpeech } from "./check_speech.ts";
import { checkVllmBackends } from "./check_vllm.ts";
import type { DoctorCheck, ProbeContext } from "./doctor_check.ts";
import { formatDoctorReport, toDoctorJson } from "./format_doctor_report.ts";

/** What `main.ts` hands to {@linkcode runDoctor}; it stays the only reader of arguments and the environment. */
export interface RunDoctorOptions {
  env: Readonly<Record<string, string>>;
  print: (text: string) => void;
  /** Used when neither `--config` nor `AI_ROUTER_CONFIG` names a config and the file exists. */
  defaultConfigPath: string;
  defaultSecretsPath: string;
}

/** Help for `ai-router doctor --help`. */
const DOCTOR_HELP = `Usage: ai-router doctor [--config FILE] [--json] [--containers] [--demo]

Probes every configured backend and the container engine, one line per check (ok, FAIL or skip), and for
each failure the config key, flag or command to change. Exits 0 when nothing failed, 1 otherwise; every
probe has a timeout and the whole run ends within 60 s. The cloud checks send three small requests
(one with search), which the cloud charges for.
  --config FILE     the config to check (default: AI_ROUTER_CONFIG, then /etc/ai-router/ai-router.yaml)
  --secrets-file F  where the cloud keys are (default: /etc/ai-router/.secrets)
  --json            print the checks as JSON
  --containers      also start a throwaway GPU container (labelled as the router's) to read the driver
  --demo            check the demo's simulated upstreams (as ai-router demo starts them)`;

/** The whole run stays under the 60 s the issue promises, with room to print. */
const RUN_DEADLINE_MS = 55_000;
const PROBE_TIMEOUT_MS = 15_000;

/** The `doctor` command: returns the exit code. */
export async function runDoctor(args: string[], options: RunDoctorOptions): Promise<number> {
  const { values } = parseFlags("doctor", {
    args,
    options: {
      config: { type: "string" },
      "secrets-file": { type: "string" },
      json: { type: "boolean", default: false },
      containers: { type: "boolean", default: false },
      demo: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    options.print(DOCTOR_HELP);
    return 0;
  }
  const configPath = values.config ?? options.env.AI_ROUTER_CONFIG ??
    (await Deno.stat(options.defaultConfigPath).then(() => options.defaultConfigPath, () => undefined));
  const loaded = await loadConfig(configPath);
  const secretsPath = values["secrets-file"] ?? options.env.AI_ROUTER_SECRETS_FILE ??
    options.defaultSecretsPath;
  let getSecret = await loadSecrets({ path: secretsPath, env: { ...options.env } });
  let config = loaded.config;
  await using demo = values.demo ? await startDemoUpstreams(config) : undefined;
  if (demo) {
    config = { ...demo.config, supervisor: { ...config.supervisor, enabled: false } };
    getSecret = demo.getSecret;
  }
  const checks = await runChecks(config, {
    source: loaded.source,
    getSecret,
    dockerHost: options.env.DOCKER_HOST,
    startContainers: values.containers,
  });
  options.print(values.json ? toDoctorJson(checks) : formatDoctorReport(checks));
  return checks.some((c) => c.status === "fail") ? 1 : 0;
}

/** Runs every family at once under one deadline. */
async function runChecks(
  config: Config,
  { source, getSecret, ...options }: {
    source: string;
    getSecret: SecretLookup;
    dockerHost: string | undefined;
    startContainers: boolean;
  },
): Promise<DoctorCheck[]> {
  const context: ProbeContext = {
    signal: AbortSignal.timeout(RUN_DEADLINE_MS),
    probeTimeoutMs: PROBE_TIMEOUT_MS,
  };
  const state = await buildRouterState(config, { configSource: source, getSecret: getSecret });
  const profile: ContainerProfile | undefined = config.supervisor.profile
    ? await loadContainerProfile(config.supervisor.profile)
    : undefined;
  const families = await Promise.all([
    withinDeadline("vllm", { checks: checkVllmBackends(state, context), signal: context.signal }),
    withinDeadline("cloud", {
      checks: checkCloudBackends(state, { getSecret, context }),
      signal: context.signal,
    }),
    withinDeadline("speech", { checks: checkSpeech(state, context), signal: context.signal }),
    checkFfmpeg(state).then((check) => [check]),
    withinDeadline("containers", {
      checks: checkContainers(config, context, { profile, ...options }),
      signal: context.signal,
    }),
    withinDeadline("listeners", { checks: checkListeners(config, profile), signal: context.signal }),
  ]);
  return families.flat();
}

/**
 * A family's checks, or one failure when the run's deadline passes first: a call that ignores its signal
 * (an engine that accepts and never answers) cannot hold the run past 60 s.
 */
function withinDeadline(
  family: string,
  { checks, signal }: { checks: Promise<DoctorCheck[]>; signal: AbortSignal },
): Promise<DoctorCheck[]> {
  const late: DoctorCheck[] = [{
    family,
    target: "all",
    name: "deadline",
    status: "fail",
    detail: `did not finish within ${RUN_DEADLINE_MS / 1000} s`,
    advice:
      `run ai-router doctor again; if it repeats, the ${family} servers accept connections but do not answer`,
  }];
  return new Promise((resolve) => {
    const onAbort = () => resolve(late);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    checks.then(resolve, () => resolve(late)).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
