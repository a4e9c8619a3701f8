import { parseFlags } from "./parse_flags.ts";
import { isMap, isScalar, parseDocument } from "yaml";
import { parseConfig } from "../config/load_config.ts";
import { MEMBER_NAME } from "../config/users_schema.ts";
import { toKeyHash } from "../users/key_ring.ts";

/** Longest member name `add-member` hands out: it is a metric label and a log field. */
const MEMBER_NAME_MAX = 40;

/** What {@linkcode runAddMember} needs from `main.ts`. */
export interface AddMemberOptions {
  print: (text: string) => void;
  /** Where `--write` edits when `--config` is not given. */
  defaultConfigPath: string;
}

/** A new plain key: 32 random bytes, base64url, with a prefix that says what it is for. */
export function createMemberKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `sk-ai-router-${
    btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")
  }`;
}

/**
 * Adds `NAME` under `users.members` with only the key's hash, keeping the file's comments and order; refuses
 * a name already there. The result is checked by loading it like `serve` does before the file is replaced.
 */
async function writeMember(
  path: string,
  { name, keyHash }: { name: string; keyHash: string },
): Promise<void> {
  const document = parseDocument(await readConfigText(path));
  if (document.contents !== null && !isMap(document.contents)) {
    throw new TypeError(`Cannot add member: "${path}" is not a YAML map`);
  }
  const users = document.get("users");
  if (users !== undefined && !isMap(users)) {
    throw new TypeError(`Cannot add member: "users" in "${path}" is not a map`);
  }
  const members = document.getIn(["users", "members"]);
  if (members !== undefined && !isMap(members)) {
    throw new TypeError(`Cannot add member: "users.members" in "${path}" is not a map`);
  }
  if (isMap(members) && members.items.some((pair) => isScalar(pair.key) && pair.key.value === name)) {
    throw new TypeError(`Cannot add member "${name}": "${path}" already has one by that name`);
  }
  document.setIn(["users", "members", name], document.createNode({ key: keyHash }));
  const text = document.toString({ flowCollectionPadding: false });
  // Validated as the file it replaces, so an error names that file (and a stray key already in it).
  parseConfig(text, path);
  const temporary = `${path}.add-member.tmp`;
  await Deno.writeTextFile(temporary, text);
  try {
    await Deno.rename(temporary, path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw error;
  }
}

async function readConfigText(path: string): Promise<string> {
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    throw new TypeError(
      `Cannot add member: config file "${path}" does not exist: pass --config with the router's config ` +
        `(the one ai-router serve reads), or copy infra/ai-router.yaml there first`,
    );
  }
}

/**
 * `ai-router add-member NAME [--write] [--config FILE]`: prints a new key for the member (to give them, once)
 * and the `sha256:` line for the config. With `--write` it adds the member to the config file, hash only:
 * the plain key is never written anywhere.
 */
export async function runAddMember(args: string[], options: AddMemberOptions): Promise<number> {
  const { values, positionals } = parseFlags("add-member", {
    args,
    allowPositionals: true,
    options: { config: { type: "string" }, write: { type: "boolean" } },
  });
  const name = positionals[0];
  if (name === undefined || positionals.length > 1) {
    throw new TypeError("Usage: ai-router add-member NAME [--write] [--config FILE]");
  }
  // The config's own rule, so a printed name is one `--write` and `serve` accept.
  if (!MEMBER_NAME.test(name) || name.length > MEMBER_NAME_MAX) {
    throw new TypeError(
      `Invalid member name "${name}": use lower case letters, digits, "-" and "_", starting with a letter ` +
        `(at most ${MEMBER_NAME_MAX})`,
    );
  }
  const key = createMemberKey();
  const hash = toKeyHash(key);
  const path = values.config ?? options.defaultConfigPath;
  if (values.write) await writeMember(path, { name, keyHash: hash });
  const missing = !values.write && await Deno.stat(path).then(() => false, () => true);
  options.print([
    `New key for ${name} (give it to them now; it is not stored anywhere and cannot be shown again):`,
    "",
    `  ${key}`,
    "",
    values.write
      ? `Added ${name} to ${path} with only the key's hash:`
      : missing
      ? `Add ${name} under users.members in the router's config (${path} does not exist here; ` +
        `name the file ai-router serve reads with --config):`
      : `Add ${name} under users.members in ${path}:`,
    "",
    "users:",
    "  members:",
    `    ${name}:`,
    `      key: "${hash}"`,
    "",
    "Then reload the router: sudo systemctl reload ai-router",
    "In the app, use the base URL http://<this box>:8080/v1 and this key as the API key.",
  ].join("\n"));
  return 0;
}
