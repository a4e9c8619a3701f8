import { parseArgs, type ParseArgsConfig } from "node:util";
import { suggestKey } from "../config/suggest_key.ts";

/**
 * `parseArgs` for one command, with an unknown flag answered by the command's own flags (and the closest
 * one) instead of node's advice about positional arguments after `--`.
 */
export function parseFlags<T extends ParseArgsConfig>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw explainFlagError(error, { command, options: config.options ?? {} });
  }
}

/** Turns node's `ERR_PARSE_ARGS_*` errors into a message naming the flag and the command's flags. */
export function explainFlagError(
  error: unknown,
  { command, options }: { command: string; options: NonNullable<ParseArgsConfig["options"]> },
): unknown {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : "";
  const flag = message.match(/^(?:Unknown option|Option) '(-{1,2}[^' <,]+)/)?.[1];
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_") || flag === undefined) return error;
  const names = Object.keys(options);
  const listed = names.map((name) => {
    const option = options[name]!;
    return `--${name}${option.type === "string" ? " VALUE" : ""}`;
  }).join(", ");
  const where = `ai-router ${command}`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const close = suggestKey(flag.replace(/^-+/, ""), names);
    const hint = close === undefined ? "" : ` (did you mean --${close}?)`;
    return new TypeError(`Unknown flag "${flag}" for ${where}${hint}: its flags are ${listed}`);
  }
  const name = flag.replace(/^-+/, "");
  const takesValue = options[name]?.type === "string";
  return new TypeError(
    takesValue
      ? `Flag "${flag}" of ${where} needs a value: ${flag} VALUE`
      : `Flag "${flag}" of ${where} takes no value: write ${flag} alone`,
  );
}
