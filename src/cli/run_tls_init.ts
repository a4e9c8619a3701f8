import { parseArgs } from "node:util";

/** What `ai-router tls init` made. */
export interface TlsFiles {
  dir: string;
  caCert: string;
  caKey: string;
  cert: string;
  key: string;
  /** The subjectAltName entries of the certificate. */
  names: string[];
}

async function openssl(dir: string, args: string[]): Promise<void> {
  const { success, stderr } = await new Deno.Command("openssl", {
    args,
    cwd: dir,
    stdout: "null",
    stderr: "piped",
  })
    .output();
  if (!success) throw new Error(`openssl ${args[0]} failed: ${new TextDecoder().decode(stderr).trim()}`);
}

async function exists(path: string): Promise<boolean> {
  return await Deno.stat(path).then(() => true, () => false);
}

/** The box's names and addresses: its hostname (and `.local` for mDNS), localhost, and each IPv4 address. */
function findBoxNames(extra: { names: string[]; ips: string[] }): string[] {
  let hostname = "";
  try {
    hostname = Deno.hostname();
  } catch {
    // Without --allow-sys=hostname the names given and localhost still make a usable certificate.
  }
  let ips: string[] = [];
  try {
    ips = Deno.networkInterfaces().filter((i) => i.family === "IPv4").map((i) => i.address);
  } catch {
    ips = [];
  }
  const dns = ["localhost", ...hostname ? [hostname, `${hostname}.local`] : [], ...extra.names];
  const addresses = ["127.0.0.1", ...ips, ...extra.ips];
  return [...new Set([...dns.map((n) => `DNS:${n}`), ...addresses.map((a) => `IP:${a}`)])];
}

/**
 * Makes a local certificate authority (kept and reused when the folder has one) and a server certificate
 * for the box's names and addresses, signed by it, with Debian's `openssl`. The server certificate lives
 * 397 days: Apple devices refuse TLS server certificates valid for longer than 398 days
 * (support.apple.com/en-us/102028), even from a CA the owner installed.
 */
export async function makeTlsFiles(
  options: { dir: string; names?: string[]; ips?: string[] },
): Promise<TlsFiles> {
  const { dir } = options;
  await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
  const files = {
    dir,
    caCert: `${dir}/ca.pem`,
    caKey: `${dir}/ca-key.pem`,
    cert: `${dir}/server.pem`,
    key: `${dir}/server-key.pem`,
  };
  if (!(await exists(files.caCert)) || !(await exists(files.caKey))) {
    await openssl(dir, ["genrsa", "-out", "ca-key.pem", "2048"]);
    await openssl(dir, [
      ..."req -x509 -new -sha256 -days 3650 -key ca-key.pem -out ca.pem".split(" "),
      ...["-subj", "/CN=ai-router local CA", "-addext", "basicConstraints=critical,CA:TRUE"],
      ...["-addext", "keyUsage=critical,keyCertSign,cRLSign"],
    ]);
  }
  const names = findBoxNames({ names: options.names ?? [], ips: options.ips ?? [] });
  await openssl(dir, ["genrsa", "-out", "server-key.pem", "2048"]);
  await openssl(dir, [
    "req",
    "-new",
    "-sha256",
    "-key",
    "server-key.pem",
    "-subj",
    "/CN=ai-router",
    "-out",
    "server.csr",
  ]);
  const extensions = [
    `subjectAltName = ${names.join(", ")}`,
    "extendedKeyUsage = serverAuth",
    "keyUsage = critical, digitalSignature, keyEncipherment",
    "basicConstraints = CA:FALSE",
  ].join("\n");
  await Deno.writeTextFile(`${dir}/server.cnf`, `${extensions}\n`);
  await openssl(dir, [
    ..."x509 -req -sha256 -days 397 -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial".split(" "),
    ...["-out", "server.pem", "-extfile", "server.cnf"],
  ]);
  await Deno.remove(`${dir}/server.csr`);
  await Deno.chmod(files.key, 0o600);
  await Deno.chmod(files.caKey, 0o600);
  return { ...files, names };
}

/** `ai-router tls init [--dir DIR] [--name NAME]... [--ip ADDRESS]...`: prints the config lines to add. */
export async function runTlsInit(
  args: string[],
  options: { print: (text: string) => void },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dir: { type: "string", default: "/etc/ai-router/tls" },
      name: { type: "string", multiple: true, default: [] },
      ip: { type: "string", multiple: true, default: [] },
    },
  });
  if (positionals[0] !== "init") {
    throw new TypeError("Usage: ai-router tls init [--dir DIR] [--name NAME] [--ip IP]");
  }
  const files = await makeTlsFiles({ dir: values.dir, names: values.name, ips: values.ip });
  options.print([
    `Made ${files.cert} for ${files.names.join(", ")}`,
    `signed by the local CA ${files.caCert} (install this one on phones: docs/voice.md).`,
    "Add to the config and restart:",
    "server:",
    "  tls:",
    `    certFile: ${files.cert}`,
    `    keyFile: ${files.key}`,
  ].join("\n"));
  return 0;
}
