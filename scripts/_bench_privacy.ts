/**
 * Privacy detection cost for `scripts/bench.ts`: `createDetector().detect()` in-process on requests of 4K
 * tokens (16,000 characters at the router's estimate of four per token) of four shapes, and on one shape at
 * 1K to 16K tokens to show the cost grows linearly. Target: at most 100 µs p99 at 4K tokens.
 */
import { createDetector } from "../src/privacy/detect_personal_data.ts";
import { toPercentile } from "../src/to_percentile.ts";

/** p50/p99 in microseconds of one shape. */
export interface PrivacyTiming {
  name: string;
  chars: number;
  count: number;
  p50Us: number;
  p99Us: number;
}

const CHARS_PER_TOKEN = 4;

function fill(line: string, tokens: number): string {
  return line.repeat(Math.ceil((tokens * CHARS_PER_TOKEN) / line.length)).slice(0, tokens * CHARS_PER_TOKEN);
}

const SHAPES: Array<[string, string]> = [
  [
    "English chat with a few personal details",
    "Could you help me plan the week? The school trip is on Friday and the bus leaves at 7:30. " +
    "Last year we paid $35 per child, order 48213377. Write to the teacher at teacher@example.org. ",
  ],
  [
    "German letter (Hauptstraße, Krankenkasse, IBAN)",
    "Sehr geehrte Damen und Herren, hiermit kündige ich meinen Vertrag zum Monatsende. Meine Adresse ist " +
    "Hauptstraße 5a, 10115 Berlin; die Krankenkasse hat die Rechnung erhalten. IBAN DE89 3704 0044 0532 0130 00. ",
  ],
  [
    "pasted TypeScript code",
    "export function add(a: number, b: number): number {\n  return a + b; // v1.2.3, build 20240115\n}\n" +
    "const total = items.reduce((sum, item) => sum + item.price * 1.19, 0);\n",
  ],
  [
    "number-heavy invoice lines",
    "Item 4711-0815 qty 3 at 19.99 EUR = 59.97 EUR; ref 2024-11-30; order 123456789; version 10.0.19041.1\n",
  ],
];

function time(
  detect: (text: string) => unknown,
  { text, iterations }: { text: string; iterations: number },
): [number, number] {
  for (let i = 0; i < 1_000; i++) detect(text);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    detect(text);
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  return [toPercentile(samples, 0.5), toPercentile(samples, 0.99)];
}

/** Times detection per shape at 4K tokens, then the first shape at 1K, 2K, 4K, 8K and 16K tokens. */
export function measurePrivacy(iterations = 5_000): PrivacyTiming[] {
  const detector = createDetector({ country: "DE", names: ["Ann", "Ann Smith", "Bob", "Carol"] });
  const detect = (text: string) => detector.detect(text);
  const timings: PrivacyTiming[] = [];
  for (const [name, line] of SHAPES) {
    const text = fill(line, 4_000);
    const [p50Us, p99Us] = time(detect, { text, iterations });
    timings.push({ name: `${name}, 4K tokens`, chars: text.length, count: iterations, p50Us, p99Us });
  }
  for (const tokens of [1_000, 2_000, 8_000, 16_000]) {
    const text = fill((SHAPES[0] as [string, string])[1], tokens);
    const [p50Us, p99Us] = time(detect, {
      text,
      iterations: Math.max(500, Math.round(iterations * 4_000 / tokens)),
    });
    timings.push({
      name: `English chat, ${tokens / 1000}K tokens`,
      chars: text.length,
      count: iterations,
      p50Us,
      p99Us,
    });
  }
  return timings;
}

if (import.meta.main) {
  const encoder = new TextEncoder();
  for (const t of measurePrivacy()) {
    const line = `${t.name.padEnd(58)} p50 ${t.p50Us.toFixed(1).padStart(7)} µs  p99 ${
      t.p99Us.toFixed(1).padStart(7)
    } µs\n`;
    Deno.stdout.writeSync(encoder.encode(line));
  }
}
