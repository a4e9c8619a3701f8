import { equal } from "node:assert/strict";
import { createFfmpeg } from "./ffmpeg.ts";

Deno.test("createFfmpeg() notices an ffmpeg installed after start, once the recheck time has passed", async () => {
  const dir = await Deno.makeTempDir({ prefix: "ai-router-ffmpeg-" });
  try {
    const path = `${dir}/ffmpeg`;
    const ffmpeg = createFfmpeg(path, { recheckMs: 0 });
    equal(await ffmpeg.available(), false);
    // A stand-in that answers `-version` like the real binary; installing the package does the same to PATH.
    await Deno.writeTextFile(path, "#!/bin/sh\necho 'ffmpeg version 5.1'\n", { mode: 0o755 });
    equal(await ffmpeg.available(), true);
    const slow = createFfmpeg(`${dir}/absent`, { recheckMs: 60_000 });
    equal(await slow.available(), false);
    await Deno.writeTextFile(`${dir}/absent`, "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    equal(await slow.available(), false, "a no is kept until the recheck time has passed");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
