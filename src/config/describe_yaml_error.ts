import { YAMLParseError } from "yaml";

/**
 * One line for a YAML syntax error: where, what, the line itself and the text the parser stopped at. The
 * `yaml` package's own message ends in a multi-line excerpt with a caret, which a log line or a one-line
 * error cuts off after "at line 2, column 9:".
 */
export function describeYamlError(error: unknown, text: string): string {
  if (!(error instanceof YAMLParseError)) return error instanceof Error ? error.message : String(error);
  const reason = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "");
  const position = error.linePos?.[0];
  if (!position) return `YAML error: ${reason}`;
  const line = text.split(/\r?\n/)[position.line - 1] ?? "";
  const where = `YAML error at line ${position.line}, column ${position.col}: ${reason}`;
  if (line.trim() === "") return `${where} (the file ends before it is complete)`;
  const offending = line.slice(position.col - 1).trim();
  return offending && offending !== line.trim()
    ? `${where}, in ${JSON.stringify(line.trim())} at ${JSON.stringify(offending)}`
    : `${where}, in ${JSON.stringify(line.trim())}`;
}
