/**
 * Certificates for a dockerd reached over mutual TLS, made with `openssl` the way Docker's "Protect the
 * Docker daemon socket" page does it (docker/docs `content/manuals/engine/security/protect-access.md`): a CA,
 * a server certificate with `subjectAltName = IP:127.0.0.1` and `extendedKeyUsage = serverAuth`, and a
 * client certificate with `extendedKeyUsage = clientAuth`. Keys are 2048-bit RSA without a pass phrase (the
 * page uses 4096-bit and an encrypted CA key; neither matters to the handshake and both slow the tests).
 */

/** One CA's files in a folder laid out like the Docker CLI's DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem). */
export interface TestCerts {
  dir: string;
  ca: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
  /** The client pair (`cert.pem`, `key.pem` in `dir`). */
  cert: string;
  key: string;
}

/** Whether `openssl` runs here, so the TLS tests can skip cleanly elsewhere. */
export function canMakeCerts(): boolean {
  try {
    return new Deno.Command("openssl", { args: ["version"], stdout: "null", stderr: "null" }).outputSync()
      .success;
  } catch {
    return false;
  }
}

async function openssl(dir: string, args: string[]): Promise<void> {
  const { success, stderr } = await new Deno.Command("openssl", {
    args,
    cwd: dir,
    stdout: "null",
    stderr: "piped",
  })
    .output();
  if (!success) throw new Error(`openssl ${args[0]} failed: ${new TextDecoder().decode(stderr)}`);
}

/** Signs a new key's request with the CA, adding the extensions in `extensions` (an openssl extfile). */
async function signPair(
  dir: string,
  { name, subject, extensions }: { name: string; subject: string; extensions: string },
): Promise<void> {
  await openssl(dir, ["genrsa", "-out", `${name}-key.pem`, "2048"]);
  await openssl(dir, [
    "req",
    "-subj",
    subject,
    "-sha256",
    "-new",
    "-key",
    `${name}-key.pem`,
    "-out",
    `${name}.csr`,
  ]);
  await Deno.writeTextFile(`${dir}/${name}.cnf`, extensions);
  await openssl(dir, [
    "x509",
    "-req",
    "-days",
    "2",
    "-sha256",
    "-in",
    `${name}.csr`,
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca-key.pem",
    "-CAcreateserial",
    "-out",
    `${name}-cert.pem`,
    "-extfile",
    `${name}.cnf`,
  ]);
}

/** Makes a CA, a server pair for 127.0.0.1 and a client pair in a new temp folder. */
export async function makeTestCerts(label: string): Promise<TestCerts> {
  const dir = await Deno.makeTempDir({ prefix: `ai-router-certs-${label}-` });
  await openssl(dir, ["genrsa", "-out", "ca-key.pem", "2048"]);
  await openssl(dir, [
    "req",
    "-new",
    "-x509",
    "-days",
    "2",
    "-key",
    "ca-key.pem",
    "-sha256",
    "-subj",
    `/CN=test CA ${label}`,
    "-out",
    "ca.pem",
  ]);
  await signPair(dir, {
    name: "server",
    subject: "/CN=127.0.0.1",
    extensions: "subjectAltName = IP:127.0.0.1\nextendedKeyUsage = serverAuth\n",
  });
  await signPair(dir, {
    name: "client",
    subject: "/CN=client",
    extensions: "extendedKeyUsage = clientAuth\n",
  });
  // The client pair under the names DOCKER_CERT_PATH expects.
  await Deno.rename(`${dir}/client-cert.pem`, `${dir}/cert.pem`);
  await Deno.rename(`${dir}/client-key.pem`, `${dir}/key.pem`);
  return {
    dir,
    ca: `${dir}/ca.pem`,
    caKey: `${dir}/ca-key.pem`,
    serverCert: `${dir}/server-cert.pem`,
    serverKey: `${dir}/server-key.pem`,
    cert: `${dir}/cert.pem`,
    key: `${dir}/key.pem`,
  };
}
