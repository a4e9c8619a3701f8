import { z } from "zod";

/**
 * How long one engine call that is not a stream or pull may take, unless an engine sets `timeoutMs`: the
 * supervisor's engine check waits on such a call, so one that never answered would stall supervision.
 */
export const ENGINE_CALL_TIMEOUT_MS = 10_000;

const ENGINE_NAME = /^[a-z][a-z0-9_-]*$/;
const LOOPBACK = /^tcp:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/;

/**
 * Mutual TLS for a `tcp://` engine, as `dockerd --tlsverify --tlscacert --tlscert --tlskey` expects its
 * clients: `certPath` is a folder laid out like the Docker CLI's `DOCKER_CERT_PATH` (`ca.pem`, `cert.pem`,
 * `key.pem`: docker/cli `cli/flags/options.go` DefaultCaFile/DefaultCertFile/DefaultKeyFile); `ca`, `cert`
 * and `key` name the files one by one and win over the folder.
 */
const engineTlsSchema = z.strictObject({
  certPath: z.string().min(1).optional(),
  ca: z.string().min(1).optional(),
  cert: z.string().min(1).optional(),
  key: z.string().min(1).optional(),
}).superRefine((tls, ctx) => {
  if (tls.certPath !== undefined) return;
  for (const field of ["ca", "cert", "key"] as const) {
    if (tls[field] === undefined) {
      ctx.addIssue({ code: "custom", path: [field], message: "Needed unless certPath names the folder" });
    }
  }
});

/** One container engine (one box) the supervisor drives. */
export const engineSchema = z.strictObject({
  /** `unix:///var/run/docker.sock` or `tcp://workstation:2376`, as `DOCKER_HOST` spells it. */
  host: z.string().regex(/^(unix|tcp):\/\/.+/, "Use unix:///path or tcp://host:port"),
  tls: engineTlsSchema.optional(),
  /** Where the router probes this box's containers (they use host networking); the tcp host by default. */
  probeHost: z.string().min(1).optional(),
  /** Limit of one engine call: a lost box fails its own calls quickly instead of stalling its loop. */
  timeoutMs: z.number().int().positive().default(ENGINE_CALL_TIMEOUT_MS),
  /** Overrides this box's budget (device memory minus reserve), in GiB. */
  memoryBudgetGib: z.number().positive().optional(),
}).superRefine((engine, ctx) => {
  // Docker's TCP socket without TLS gives root on the box to anyone who reaches the port.
  if (engine.host.startsWith("tcp://") && !engine.tls && !LOOPBACK.test(engine.host)) {
    ctx.addIssue({
      code: "custom",
      path: ["tls"],
      message: "A tcp:// engine on another machine needs mutual TLS (dockerd --tlsverify)",
    });
  }
  if (engine.host.startsWith("unix://") && engine.tls) {
    ctx.addIssue({ code: "custom", path: ["tls"], message: "TLS applies to tcp:// engines only" });
  }
});

/** Engines by name; the first runs the containers whose spec names no `engine`. */
export const enginesSchema = z.record(z.string().regex(ENGINE_NAME), engineSchema).refine(
  (engines) => Object.keys(engines).length > 0,
  "Name at least one engine",
);

/** One validated engine. */
export type EngineConfig = z.infer<typeof engineSchema>;
/** The validated TLS files of an engine. */
export type EngineTlsConfig = z.infer<typeof engineTlsSchema>;
