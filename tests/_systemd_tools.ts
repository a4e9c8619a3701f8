/** Whether Debian's `systemd-analyze` is installed (install_test_deps.sh installs it when run as root). */
export const hasSystemdAnalyze = await new Deno.Command("systemd-analyze", {
  args: ["--version"],
  stdout: "null",
  stderr: "null",
})
  .output().then((o) => o.success, () => false);

/** Runs a command to the end and returns its exit code and decoded output. */
export async function runCommand(
  command: string,
  args: string[],
  { env = {} }: { env?: Record<string, string> } = {},
) {
  const output = await new Deno.Command(command, { args, env, stdout: "piped", stderr: "piped" }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code: output.code, stdout: decode(output.stdout), stderr: decode(output.stderr) };
}
