/**
 * Parses a `.env`-style file: `KEY=value` lines, `#` comments, an optional `export ` prefix and
 * single or double quotes around the value. Malformed lines are errors, so a typo is not silently lost.
 */
export function parseEnvFile(text: string, fileName: string): Record<string, string> {
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new SyntaxError(`Cannot parse "${fileName}" line ${index + 1}: expected KEY=value`);
    const [, key, rawValue] = match as unknown as [string, string, string];
    values[key] = unquote(rawValue);
  });
  return values;
}

function unquote(value: string): string {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
    const inner = value.slice(1, -1);
    return quote === '"' ? inner.replaceAll("\\n", "\n").replaceAll('\\"', '"') : inner;
  }
  const comment = value.indexOf(" #");
  return (comment === -1 ? value : value.slice(0, comment)).trim();
}
