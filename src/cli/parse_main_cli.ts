import { parseArgs } from "node:util";
import { suggestKey } from "../config/suggest_key.ts";
import { explainFlagError } from "./parse_flags.ts";

/** The flags of the commands `main.ts` parses itself (`serve`, `demo`, `check`, `plan`, `eval`, …). */
export interface MainCliOptions {
  config?: string;
  "env-file"?: string;
  "secrets-file"?: string;
  host?: string;
  port?: string;
  profile?: string;
  set?: string;
  meta?: string;
  demo?: boolean;
  help?: boolean;
}

const OPTIONS = {
  config: { type: "string" },
  "env-file": { type: "string" },
  "secrets-file": { type: "string" },
  host: { type: "string" },
  port: { type: "string" },
  profile: { type: "string" },
  set: { type: "string" },
  meta: { type: "string" },
  demo: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Flag = keyof typeof OPTIONS;

/** Which flags each command reads, for the list an unknown flag is answered with. */
const FLAGS_OF: Record<string, Flag[]> = {
  serve: ["config", "env-file", "secrets-file", "host", "port", "help"],
  demo: ["profile", "config", "env-file", "host", "port", "help"],
  check: ["config", "env-file", "secrets-file", "help"],
  plan: ["profile", "config", "env-file", "help"],
  eval: ["set", "meta", "demo", "config", "env-file", "secrets-file", "help"],
};

/** Splits `main.ts`'s arguments into the command (default `serve`) and its flags. */
export function parseMainCli(args: string[]): { command: string; options: MainCliOptions } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const command = parseArgs({ args, allowPositionals: true, strict: false, options: OPTIONS })
      .positionals[0] ?? "serve";
    const flags = FLAGS_OF[command] ?? Object.keys(OPTIONS) as Flag[];
    throw explainFlagError(error, {
      command,
      options: Object.fromEntries(flags.map((flag) => [flag, OPTIONS[flag]])),
    });
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new TypeError(`Unexpected argument "${positionals[1]}"`);
  return { command: positionals[0] ?? "serve", options: values };
}

/** Every command `ai-router` knows, for the suggestion after a typo. */
const COMMANDS = [
  "serve",
  "demo",
  "check",
  "plan",
  "eval",
  "add-member",
  "review",
  "improve",
  "doctor",
  "version",
  "help",
];

/** The message for a command nobody knows: the one probably meant, and where the list is. */
export function explainUnknownCommand(command: string): string {
  const close = suggestKey(command, COMMANDS);
  return `Unknown command "${command}"${close === undefined ? "" : ` (did you mean "${close}"?)`}: ` +
    `run ai-router --help for the list`;
}
