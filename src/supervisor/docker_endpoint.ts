/** PEM texts for mutual TLS: the CA that signed the engine's certificate, and the router's own pair. */
export interface DockerTls {
  ca: string;
  cert: string;
  key: string;
}

/** Where the engine listens, from `DOCKER_HOST` (`unix://…` or `tcp://host:port`), with TLS for tcp. */
export type DockerEndpoint = { kind: "unix"; path: string } | {
  kind: "tcp";
  origin: string;
  tls?: DockerTls;
};

/** Parses a `DOCKER_HOST` value; the default is the system socket. */
export function parseDockerHost(value: string | undefined): DockerEndpoint {
  if (!value) return { kind: "unix", path: "/var/run/docker.sock" };
  if (value.startsWith("unix://")) return { kind: "unix", path: value.slice("unix://".length) };
  if (value.startsWith("tcp://")) return { kind: "tcp", origin: `http://${value.slice("tcp://".length)}` };
  throw new TypeError(`Unsupported DOCKER_HOST "${value}": use unix:// or tcp://`);
}
