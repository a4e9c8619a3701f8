import { equal, match } from "node:assert/strict";
import { findFreePort } from "./find_free_port.ts";
import { runCli } from "./run_cli.ts";

const BACKENDS = `backends:\n  primary: { urls: ["http://127.0.0.1:9/v1"], model: sim }\n`;

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir();
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("ai-router serve on a port in use names the address and says how to choose another", async () => {
  using taken = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = taken.addr;
  await withDir(async (dir) => {
    const configPath = `${dir}/ai-router.yaml`;
    await Deno.writeTextFile(configPath, `${BACKENDS}server: { port: ${port} }\n`);
    const fromConfig = await runCli(["serve", "--config", configPath]);
    equal(fromConfig.code === 0, false);
    match(
      fromConfig.stderr,
      new RegExp(`Cannot listen on 127\\.0\\.0\\.1:${port}: another process already uses port ${port}`),
    );
    match(fromConfig.stderr, new RegExp(`stop it, or set server\\.port in "${configPath}" or pass --port`));
    equal(fromConfig.stderr.includes("os error 98"), false, fromConfig.stderr);
    const fromFlag = await runCli(["serve", "--config", configPath, "--port", String(port)]);
    match(
      fromFlag.stderr,
      new RegExp(`Cannot listen on 127\\.0\\.0\\.1:${port}: .*stop it, or pass another --port`),
    );
  });
});

Deno.test("ai-router check shows the line and the text of a YAML error", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/bad.yaml`, `${BACKENDS}users: memebers:\n    ann: {}\n`);
    const result = await runCli(["check", "--config", `${dir}/bad.yaml`]);
    equal(result.code, 78);
    match(
      result.stderr,
      /YAML error at line 3, column 8: Nested mappings are not allowed in compact mappings, in "users: memebers:" at "memebers:"/,
    );
    await Deno.writeTextFile(`${dir}/cut.yaml`, "backends: [\n");
    const cut = await runCli(["check", "--config", `${dir}/cut.yaml`]);
    match(cut.stderr, /YAML error at line 2, column 1: .* \(the file ends before it is complete\)/);
  });
});

Deno.test("an unknown flag is named with the command's own flags, not the parser's advice", async () => {
  const check = await runCli(["check", "--confg", "x.yaml"]);
  equal(check.code, 2);
  match(
    check.stderr,
    /^Unknown flag "--confg" for ai-router check \(did you mean --config\?\): its flags are --config VALUE, /,
  );
  equal(check.stderr.includes("positional argument"), false);
  const doctor = await runCli(["doctor", "--jsn"]);
  equal(doctor.code, 2);
  match(
    doctor.stderr,
    /Unknown flag "--jsn" for ai-router doctor \(did you mean --json\?\): its flags are .*--json/,
  );
  const review = await runCli(["review", "--log", "."]);
  match(review.stderr, /Unknown flag "--log" for ai-router review \(did you mean --logs\?\)/);
  const missing = await runCli(["serve", "--port"]);
  match(missing.stderr, /Flag "--port" of ai-router serve needs a value: --port VALUE/);
});

Deno.test("ai-router review without a log directory says to pass --logs", async () => {
  const result = await runCli(["review", "--logs", "/nonexistent/ai-router-sessions"]);
  equal(result.code, 2);
  match(
    result.stderr,
    /session log directory "\/nonexistent\/ai-router-sessions" does not exist: pass --logs DIR/,
  );
  await withDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/ai-router.yaml`, `${BACKENDS}sessionLogs: { dir: ${dir}/nothing }\n`);
    const fromConfig = await runCli(["review", "--config", `${dir}/ai-router.yaml`]);
    match(
      fromConfig.stderr,
      new RegExp(
        `"${dir}/nothing" \\(sessionLogs\\.dir of "${dir}/ai-router\\.yaml"\\) does not exist: pass --logs DIR`,
      ),
    );
  });
});

Deno.test("ai-router add-member names a config file that does not exist and says which one to name", async () => {
  const written = await runCli(["add-member", "bob", "--write", "--config", "/nonexistent/ai-router.yaml"]);
  equal(written.code, 2);
  match(
    written.stderr,
    /^Cannot add member: config file "\/nonexistent\/ai-router\.yaml" does not exist: pass --config with the router's config/,
  );
  equal(written.stdout, "", "no key is handed out for a member that was not added");
  const printed = await runCli(["add-member", "bob", "--config", "/nonexistent/ai-router.yaml"]);
  equal(printed.code, 0);
  match(
    printed.stdout,
    /\/nonexistent\/ai-router\.yaml does not exist here; name the file ai-router serve reads/,
  );
});

Deno.test("ai-router doctor says a server cannot be reached once, not once per probe", async () => {
  const port = findFreePort();
  await withDir(async (dir) => {
    await Deno.writeTextFile(
      `${dir}/ai-router.yaml`,
      `backends:\n  primary: { urls: ["http://127.0.0.1:${port}/v1"], model: sim, reasoning: true }\n`,
    );
    const result = await runCli([
      "doctor",
      "--config",
      `${dir}/ai-router.yaml`,
      "--secrets-file",
      `${dir}/.s`,
    ]);
    equal(result.code, 1);
    const lines = result.stdout.split("\n").filter((line) => line.includes(`127.0.0.1:${port}`));
    equal(lines.filter((line) => line.startsWith("FAIL")).length, 1, result.stdout);
    match(
      result.stdout,
      new RegExp(
        `^FAIL vllm primary: version, served model, stream usage, thinking off: cannot connect to http://127\\.0\\.0\\.1:${port}: .*Connection refused`,
        "m",
      ),
    );
  });
});

Deno.test("ai-router add-member refuses a name the config would refuse, saying what a name may be", async () => {
  const result = await runCli(["add-member", "Bob"]);
  equal(result.code, 2);
  match(
    result.stderr,
    /Invalid member name "Bob": use lower case letters, digits, "-" and "_", starting with a letter/,
  );
  equal(result.stdout, "", "no key is printed for a member the config would drop");
});

Deno.test("an unknown command names the command probably meant", async () => {
  const result = await runCli(["chek"]);
  equal(result.code, 2);
  match(
    result.stderr,
    /^Unknown command "chek" \(did you mean "check"\?\): run ai-router --help for the list/,
  );
});
