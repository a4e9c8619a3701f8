import { equal } from "node:assert/strict";
import { assembleWat, toWasmModuleSource, WASM_SOURCES } from "../../scripts/build_wasm.ts";

Deno.test("each committed WebAssembly module is its WAT source as WABT assembles it (deno task wasm)", async () => {
  for (const source of WASM_SOURCES) {
    const committed = await Deno.readTextFile(new URL(source.module, import.meta.url));
    equal(committed, toWasmModuleSource(source, await assembleWat(source.wat)), source.wat);
  }
});
