/**
 * Asks a running router to reload its config and prompts, as `systemctl reload ai-router` does (the unit's
 * `ExecReload=/bin/kill -HUP $MAINPID`). It runs `kill` because `Deno.kill` needs unrestricted `--allow-run`,
 * while the binary may only run ffmpeg, ffprobe and kill.
 */
export async function signalReload(pid: number): Promise<void> {
  if (!Number.isInteger(pid) || pid <= 1) throw new TypeError(`Invalid --pid "${pid}"`);
  const output = await new Deno.Command("kill", {
    args: ["-HUP", String(pid)],
    stdout: "null",
    stderr: "piped",
  })
    .output();
  if (!output.success) {
    const detail = new TextDecoder().decode(output.stderr).trim();
    throw new Error(`Cannot reload the router (pid ${pid}): kill exited ${output.code}: ${detail}`);
  }
}
