/**
 * The openai client's own declaration of every Realtime server event, read from the pinned package's
 * `resources/realtime/realtime.d.ts`, so the tests check each event the router sends at run time against
 * the fields the client declares: every required field present, no field it does not know.
 */
interface Shape {
  required: Set<string>;
  known: Set<string>;
}

function findDeclarations(): string {
  const home = Deno.env.get("HOME") ?? "/root";
  const denoDir = Deno.env.get("DENO_DIR") ?? `${home}/.cache/deno`;
  return `${denoDir}/npm/registry.npmjs.org/openai/7.57.0/resources/realtime/realtime.d.ts`;
}

/** Event type → its fields, from top-level interfaces with a literal `type: '…'` field. */
export function readEventShapes(path = findDeclarations()): Map<string, Shape> {
  const text = Deno.readTextFileSync(path).replace(/\/\*\*[\s\S]*?\*\//g, "");
  const shapes = new Map<string, Shape>();
  for (const match of text.matchAll(/^export interface (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const body = match[2] as string;
    const fields = [...body.matchAll(/^ {4}(\w+)(\??):\s*([^\n]*)$/gm)];
    const type = fields.find((f) => f[1] === "type")?.[3]?.match(/^'([^']+)';$/)?.[1];
    if (!type) continue;
    shapes.set(type, {
      required: new Set(fields.filter((f) => f[2] === "").map((f) => f[1] as string)),
      known: new Set(fields.map((f) => f[1] as string)),
    });
  }
  return shapes;
}

/** Problems of one event against the declared shapes; empty when it matches. */
export function checkEventShape(event: Record<string, unknown>, shapes: Map<string, Shape>): string[] {
  const shape = shapes.get(String(event.type));
  if (!shape) return [`${event.type}: not a server event the client declares`];
  const problems: string[] = [];
  for (const field of shape.required) if (!(field in event)) problems.push(`${event.type}: missing ${field}`);
  for (const field of Object.keys(event)) {
    if (!shape.known.has(field)) problems.push(`${event.type}: unknown field ${field}`);
  }
  return problems;
}
