import { readFlag } from "./container_spec.ts";

/**
 * The model ids a vLLM command line serves: every `--served-model-name` value, else the model path vLLM serves
 * under (`--model`, or the first argument, after `vllm serve` for images whose Cmd starts with it).
 */
export function readServedModelNames(cmd: readonly string[]): string[] {
  const names = readFlagValues(cmd, "--served-model-name");
  if (names.length > 0) return names;
  const model = readFlag(cmd, "--model") ?? readModelArgument(cmd);
  return model === undefined ? [] : [model];
}

/** `--flag a b` (values up to the next option) or `--flag=a`. */
function readFlagValues(cmd: readonly string[], flag: string): string[] {
  const at = cmd.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (at < 0) return [];
  if (cmd[at] !== flag) return [cmd[at]!.slice(flag.length + 1)];
  const values: string[] = [];
  for (const arg of cmd.slice(at + 1)) {
    if (arg.startsWith("-")) break;
    values.push(arg);
  }
  return values;
}

function readModelArgument(cmd: readonly string[]): string | undefined {
  const args = cmd[0] === "vllm" && cmd[1] === "serve" ? cmd.slice(2) : cmd;
  return args[0] !== undefined && !args[0].startsWith("-") ? args[0] : undefined;
}
