/**
 * Assembles the router's WebAssembly (`src/routing/*.wat`) into TypeScript modules that carry the bytes in
 * base64, so the router loads them with no file and no toolchain. Run `deno task wasm` after changing a WAT
 * file; `src/routing/wasm_sources_test.ts` fails while a source and its bytes disagree.
 */
import { toBase64 } from "../src/base64.ts";

/** Each WAT source, the module that carries its bytes, and the constant that holds them. */
export const WASM_SOURCES = [
  { wat: "start_scan.wat", module: "start_scan_wasm.ts", constant: "START_SCAN_WASM" },
] as const;

const routing = new URL("../src/routing/", import.meta.url);

/** The bytes of one WAT source, assembled with WABT (pinned in `deno.lock`). */
export async function assembleWat(wat: string): Promise<Uint8Array> {
  const { default: initWabt } = await import("npm:wabt@1.0.39");
  const wabt = await initWabt();
  const parsed = wabt.parseWat(wat, await Deno.readTextFile(new URL(wat, routing)));
  try {
    parsed.validate();
    return parsed.toBinary({}).buffer;
  } finally {
    parsed.destroy();
  }
}

/** The TypeScript module that carries the bytes of `wat`. */
export function toWasmModuleSource(
  { wat, constant }: { wat: string; constant: string },
  bytes: Uint8Array,
): string {
  return `/** \`${wat}\` assembled by \`deno task wasm\` (\`scripts/build_wasm.ts\`); do not edit. */\n` +
    // The line break after `=` is where `deno fmt` puts it: the module stays as formatted.
    `export const ${constant} =\n  "${toBase64(bytes)}";\n`;
}

if (import.meta.main) {
  for (const source of WASM_SOURCES) {
    const text = toWasmModuleSource(source, await assembleWat(source.wat));
    await Deno.writeTextFile(new URL(source.module, routing), text);
  }
}
