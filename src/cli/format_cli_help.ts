/** The `ai-router --help` text; main.ts passes in the version and the default paths it uses. */
export function formatCliHelp(
  version: string,
  { defaultConfigPath, defaultSecretsPath }: { defaultConfigPath: string; defaultSecretsPath: string },
): string {
  return `ai-router ${version}: one OpenAI-compatible endpoint for the family's AI

Usage: ai-router [command] [options]

Commands:
  serve     serve the router (default)
  demo      serve the router against simulated upstreams (no GPU, Docker or network needed)
  check     validate the config and print the resolved backends, routes and members
  plan      print the memory plan of a container profile (--profile thor|workstation|PATH)
  eval      run a labelled JSONL set (--set FILE) through the classifier; --demo uses the simulated one;
            --meta FILE: META precision/recall per client and task, leave-one-client-out, false META on negatives
  tls init         make a local CA and a certificate for this box's names (--dir, --name, --ip): docs/voice.md
  add-member NAME  print a new key for a member and its sha256: line for the config (--write adds it)
  budget top-up AMOUNT_USD [--member NAME]  add prepaid cloud money to the family pool or one member
  review    report on the session logs of a period; --judge BACKEND grades a sample (see review --help)
  improve   propose a routing prompt from a judged review, evaluate it, --apply or --undo it (see improve --help)
  doctor    probe the configured backends and the container engine, with the fix for each failure (see doctor --help)
  version   print the version

Options:
  --config PATH        YAML config (default: $AI_ROUTER_CONFIG, then ${defaultConfigPath}, then the embedded default)
  --env-file PATH      non-secret settings as KEY=value lines (AI_ROUTER_CONFIG, AI_ROUTER_HOST, AI_ROUTER_PORT)
  --secrets-file PATH  secrets as KEY=value lines, mode 0600 (default: $AI_ROUTER_SECRETS_FILE, then ${defaultSecretsPath})
  --host HOST          listen address (default: config server.host; demo: 127.0.0.1)
  --port PORT          listen port (default: config server.port, 8080)
  --profile NAME       plan: a seed profile (thor, workstation) or a profile YAML (default: config supervisor.profile);
                       demo: serve that profile's config (thor: infra/thor.yaml) with simulated containers
  --set FILE           eval: the labelled set, one {"prompt"|"messages", "label"} per line
  --meta FILE          eval: a META corpus (tests/fixtures/meta_corpus.jsonl), rules only, no upstream called
  --demo               eval: run against the simulated classifier (--meta: the embedded default config)
  -h, --help           show this help

Signals: SIGHUP reloads config and prompts (a bad reload keeps the running config); SIGTERM drains and exits.
`;
}
