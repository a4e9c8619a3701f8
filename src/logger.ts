/** Log levels in increasing severity. */
export type LogLevel = "debug" | "info" | "warn" | "error";

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** The program's one logger: plain `level message key=value` lines on stderr, read by journald. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Options for {@linkcode createLogger}. */
export interface LoggerOptions {
  level?: LogLevel;
  /** Where finished lines go; stderr by default. Tests pass an array push. */
  write?: (line: string) => void;
}

const encoder = new TextEncoder();

function writeStderr(line: string): void {
  Deno.stderr.writeSync(encoder.encode(line + "\n"));
}

function formatValue(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message);
  if (typeof value === "string") return /^[\w.:/@-]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? "undefined";
}

/** Creates a logger that drops lines below `level`. */
export function createLogger({ level = "info", write = writeStderr }: LoggerOptions = {}): Logger {
  const min = LEVELS[level];
  const log = (
    lineLevel: LogLevel,
    { message, fields = {} }: { message: string; fields?: Record<string, unknown> | undefined },
  ) => {
    if (LEVELS[lineLevel] < min) return;
    const tail = Object.entries(fields).map(([key, value]) => `${key}=${formatValue(value)}`).join(" ");
    write(`${lineLevel} ${message}${tail ? " " + tail : ""}`);
  };
  return {
    debug: (message, fields) => log("debug", { message, fields }),
    info: (message, fields) => log("info", { message, fields }),
    warn: (message, fields) => log("warn", { message, fields }),
    error: (message, fields) => log("error", { message, fields }),
  };
}

/** A logger that writes nothing, for tests and benchmarks. */
export function createSilentLogger(): Logger {
  return createLogger({ write: () => {} });
}
