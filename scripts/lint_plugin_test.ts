import { deepEqual } from "node:assert/strict";
import plugin from "./lint_plugin.ts";

function reported(source: string): string[] {
  return Deno.lint.runPlugin(plugin, "example.ts", source).map((d) => d.message);
}

Deno.test("max-positional-params reports a third positional parameter and accepts an options object", () => {
  deepEqual(reported("export function ok(a: number, b: number) {}").length, 0);
  deepEqual(reported("function ok(a: number, b: number, options: SendOptions) {}").length, 0);
  deepEqual(reported("function ok(a: number, b: number, { c }: { c: number }) {}").length, 0);
  deepEqual(reported("function ok(a: number, b: number, o: { c: number } = { c: 1 }) {}").length, 0);
  deepEqual(reported("function bad(a: number, b: number, c: number) {}"), [
    'Function "bad" takes 3 positional parameters: at most 2 plus an options object (house style)',
  ]);
  deepEqual(reported("const bad = (a: string, b: string, c: string, d: string) => a;").length, 1);
  deepEqual(reported("function bad(a: number, b: number, o: Options, d: number) {}").length, 1);
});

Deno.test("max-positional-params leaves signatures fixed elsewhere alone (callbacks, methods)", () => {
  deepEqual(reported("[1].reduce((sum, x, index, all) => sum + x, 0);").length, 0);
  deepEqual(
    reported("const t = { transform(chunk: string, c: unknown, x: number, y: number) {} };").length,
    0,
  );
  deepEqual(reported("class A { m(a: number, b: number, c: number, d: number) {} }").length, 0);
  deepEqual(
    reported("app.fetch = (request: Request, env: unknown, ctx: unknown) => fetch(request);").length,
    0,
  );
});
