import { equal, match, throws } from "node:assert/strict";
import { ConfigError, loadConfig, parseConfig } from "./load_config.ts";

const minimal = `backends:\n  primary: { urls: ["http://127.0.0.1:8000/v1"], model: m }\n`;

Deno.test("parseConfig() fills every default from the schema", () => {
  const config = parseConfig(minimal, "a.yaml");
  equal(config.publicModel, "ai-router");
  equal(config.server.port, 8080);
  equal(config.server.host, "127.0.0.1");
  equal(config.routing.defaultBackend, "primary");
  const primary = config.backends.primary;
  equal(primary?.location, "local");
  equal(primary?.timeouts.firstByteMs, 120_000);
  equal(primary?.maxConcurrent, 64);
});

Deno.test("parseConfig() names the file and the path of a bad value", () => {
  throws(
    () => parseConfig(`backends:\n  primary: { urls: ["not a url"], model: m }\n`, "/etc/x.yaml"),
    (error: unknown) => {
      equal((error as Error).constructor, ConfigError);
      match((error as Error).message, /^Cannot load config "\/etc\/x.yaml": backends\.primary\.urls\.0: /);
      return true;
    },
  );
  throws(() => parseConfig(minimal + "server: { port: 99999 }\n", "b.yaml"), /b\.yaml": server\.port: /);
  throws(
    () => parseConfig(minimal + "routing: { defaultBackend: gone }\n", "c.yaml"),
    /routing\.defaultBackend: No backend named "gone"/,
  );
  throws(() => parseConfig("backends: {}\n", "d.yaml"), /backends: At least one backend is required/);
  throws(() => parseConfig("backends: [\n", "e.yaml"), /^ConfigError: Cannot load config "e\.yaml": /);
});

Deno.test("parseConfig() refuses an alias used twice", () => {
  throws(
    () =>
      parseConfig(
        `backends:\n  a: { urls: ["http://h/v1"], model: m, aliases: [x] }\n  b: { urls: ["http://h/v1"], model: n, aliases: [x] }\n`,
        "f.yaml",
      ),
    /backends\.b\.aliases\.0: Alias "x" is already used by backend "a"/,
  );
});

Deno.test("parseConfig() refuses a plain API key where a variable name belongs", () => {
  throws(
    () =>
      parseConfig(`backends:\n  c: { urls: ["http://h/v1"], model: m, apiKeyEnv: "xai-123abc" }\n`, "g.yaml"),
    /backends\.c\.apiKeyEnv: /,
  );
});

Deno.test("parseConfig() refuses a cloud budget while a cloud backend has no price", () => {
  const yaml = `backends:\n  primary: { urls: ["http://h/v1"], model: m }\n` +
    `  xai: { urls: ["https://h/v1"], model: g, location: cloud }\n` +
    `users:\n  members:\n    kid: { key: KID_KEY, limits: { cloudSpendPerDayUsd: 1 } }\n`;
  throws(
    () => parseConfig(yaml, "h.yaml"),
    /users\.members\.kid\.limits\.cloudSpendPerDayUsd: A cloud budget needs prices for "xai"/,
  );
  parseConfig(`${yaml}prices:\n  xai: { inputPerMillionUsd: 3, outputPerMillionUsd: 15 }\n`, "h.yaml");
});

Deno.test("loadConfig() loads the embedded default when no path is given", async () => {
  const { config, source } = await loadConfig(undefined);
  equal(source, "(embedded default)");
  equal(config.backends.cloud?.apiKeyEnv, "XAI_API_KEY");
  equal(config.backends.primary?.required, true);
});

Deno.test("loadConfig() names a missing file", async () => {
  const error = await loadConfig("/nonexistent/ai-router.yaml").catch((e) => e);
  match(error.message, /^Cannot load config "\/nonexistent\/ai-router.yaml": /);
});

Deno.test("parseConfig() refuses a pool that names someone users.members does not list", () => {
  throws(
    () =>
      parseConfig(
        `backends:
  primary: { urls: ["http://127.0.0.1:8000/v1"], model: m }
routing: { defaultBackend: primary }
users:
  pool: { monthlyCloudUsd: 5, members: [ann, bob], shares: { cid: 1 } }
  members:
    ann: { key: ANN_KEY }
`,
        "family.yaml",
      ),
    /users\.pool\.members\.1: No member "bob" in users\.members[\s\S]*users\.pool\.shares\.cid: No member "cid"/,
  );
});

Deno.test("parseConfig() names each unknown key by its path with the closest known key", () => {
  throws(
    () => parseConfig(`${minimal}routing:\n  classifier: { timeoutMS: 1, defualtLabel: SIMPLE }\n`, "i.yaml"),
    (error: unknown) => {
      equal(
        (error as Error).message,
        'Cannot load config "i.yaml": routing.classifier.timeoutMS: unknown key, did you mean "timeoutMs"?; ' +
          'routing.classifier.defualtLabel: unknown key, did you mean "defaultLabel"?',
      );
      return true;
    },
  );
  throws(
    () =>
      parseConfig(
        `backends:\n  primary: { urls: ["http://h/v1"], model: m, timeouts: { idelMs: 5 } }\n`,
        "j.yaml",
      ),
    /backends\.primary\.timeouts\.idelMs: unknown key, did you mean "idleMs"\?/,
  );
});

Deno.test("parseConfig() says what a backend or member name may be, not only that the key is invalid", () => {
  throws(
    () => parseConfig(`${minimal}users: { members: { Bob: {} } }\n`, "k.yaml"),
    /users\.members\.Bob: Member names are lower case letters, digits, - and _, starting with a letter$/,
  );
});

Deno.test("parseConfig() refuses a privacy localBackend that is missing or in the cloud", () => {
  const backends = `backends:
  primary: { urls: ["http://127.0.0.1:8000/v1"], model: m }
  cloud: { urls: ["https://api.x.ai/v1"], model: grok, location: cloud, apiKeyEnv: XAI_API_KEY }
`;
  throws(
    () => parseConfig(`${backends}users: { privacy: { localBackend: nope } }\n`, "t.yaml"),
    /users\.privacy\.localBackend: No backend named "nope"/,
  );
  throws(
    () => parseConfig(`${backends}users: { privacy: { localBackend: cloud } }\n`, "t.yaml"),
    /users\.privacy\.localBackend: Backend "cloud" is in the cloud/,
  );
  equal(
    parseConfig(`${backends}users: { privacy: { localBackend: primary } }\n`, "t.yaml").users.privacy.enrich,
    "skip",
  );
});
