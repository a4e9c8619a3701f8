/**
 * Assembles `src/routing/start_scan.wat` into `src/routing/start_scan_wasm.ts` (the module's bytes in base64, so the
 * router loads them with no file and no toolchain). Run `deno task start-scan` after changing the WAT;
 * `src/routing/start_scan_test.ts` fails while the two disagree.
 */
import { toBase64 } from "../src/base64.ts";

/** The module's bytes, assembled from the WAT source with WABT (pinned in `deno.lock`). */
export async function assembleStartScan(): Promise<Uint8Array> {
  const { default: initWabt } = await import("npm:wabt@1.0.39");
  const wabt = await initWabt();
  const source = await Deno.readTextFile(new URL("../src/routing/start_scan.wat", import.meta.url));
  const parsed = wabt.parseWat("start_scan.wat", source);
  try {
    parsed.validate();
    return parsed.toBinary({}).buffer;
  } finally {
    parsed.destroy();
  }
}

/** The TypeScript module that carries the bytes. */
export function toWasmModuleSource(bytes: Uint8Array): string {
  return `/** \`start_scan.wat\` assembled by \`deno task start-scan\` (\`scripts/build_start_scan.ts\`); do not edit. */\n` +
    `export const START_SCAN_WASM = "${toBase64(bytes)}";\n`;
}

if (import.meta.main) {
  const target = new URL("../src/routing/start_scan_wasm.ts", import.meta.url);
  await Deno.writeTextFile(target, toWasmModuleSource(await assembleStartScan()));
}
