#!/bin/sh
# Installs ai-router as a systemd service, idempotently: the binary, the config (never overwritten),
# the prompts override directory, .env and .secrets, the service user (in the docker group), its state
# and log directories, and the unit. Run as root from the repository after `deno task compile`:
#   sudo sh scripts/install.sh [path/to/ai-router]
# DESTDIR=/some/root installs into a staging root and skips the user and systemctl (packaging, tests).
set -eu
repo=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
binary=${1:-"$repo/ai-router"}
root=${DESTDIR:-}
user=ai-router
etc="$root/etc/ai-router"

[ -x "$binary" ] || { echo "install: no executable at $binary: run 'deno task compile' first" >&2; exit 1; }
if [ -z "$root" ] && [ "$(id -u)" != 0 ]; then
  echo "install: run as root (or set DESTDIR to stage the files)" >&2
  exit 1
fi

if [ -z "$root" ]; then
  if ! id "$user" >/dev/null 2>&1; then
    useradd --system --user-group --home-dir /var/lib/ai-router --no-create-home \
      --shell /usr/sbin/nologin --comment "ai-router service" "$user"
    echo "install: created system user $user"
  fi
  if getent group docker >/dev/null 2>&1; then
    usermod -a -G docker "$user"
  else
    echo "install: no docker group yet: install Docker, then run: usermod -a -G docker $user" >&2
  fi
fi
owner() { if [ -z "$root" ]; then chown "$@"; fi; }

install -d -m 0755 "$root/usr/local/bin" "$etc" "$etc/prompts" "$root/etc/systemd/system"
install -d -m 0700 "$root/var/lib/ai-router"
install -d -m 0750 "$root/var/log/ai-router"
owner "$user:$user" "$root/var/lib/ai-router" "$root/var/log/ai-router"
install -m 0755 "$binary" "$root/usr/local/bin/ai-router"

if [ ! -e "$etc/ai-router.yaml" ]; then
  install -m 0644 "$repo/infra/ai-router.yaml" "$etc/ai-router.yaml"
  echo "install: wrote $etc/ai-router.yaml: edit it, then: systemctl reload ai-router"
fi
if [ ! -e "$etc/.env" ]; then
  printf '# Non-secret settings, KEY=value (AI_ROUTER_HOST, AI_ROUTER_PORT).\n' >"$etc/.env"
  chmod 0644 "$etc/.env"
fi
if [ ! -e "$etc/.secrets" ]; then
  printf '# Secrets, KEY=value, mode 0600 (XAI_API_KEY, member keys named in the config).\n' >"$etc/.secrets"
fi
chmod 0600 "$etc/.secrets"
owner "$user:$user" "$etc/.secrets"

install -m 0644 "$repo/systemd/ai-router.service" "$root/etc/systemd/system/ai-router.service"
# The daily review is installed but not enabled: the owner turns it on (README, "The improvement loop").
install -m 0644 "$repo/systemd/ai-router-review.service" "$root/etc/systemd/system/ai-router-review.service"
install -m 0644 "$repo/systemd/ai-router-review.timer" "$root/etc/systemd/system/ai-router-review.timer"
if [ -z "$root" ] && [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  echo "install: done; start it with: systemctl enable --now ai-router"
else
  echo "install: done (systemd not running here: enable the unit on the target machine)"
fi
