#!/bin/sh
# Installs ai-router as a systemd service, idempotently: the binary, the config (never overwritten),
# the prompts override directory, .env and .secrets, the service user (in the docker group), its state
# and log directories, and the unit. Run as root from the repository after `deno task compile`:
#   sudo sh scripts/install.sh [path/to/ai-router]
# DESTDIR=/some/root installs into a staging root and skips systemctl (packaging, tests); when that root has
# its own /etc/passwd, the service user is created there (useradd --root).
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

# Accounts: on this machine, or inside DESTDIR when it is a whole root with its own /etc/passwd (a clean
# Debian root, a container image being built); a bare staging DESTDIR gets files only.
accounts=
if [ -z "$root" ]; then accounts=host; elif [ -f "$root/etc/passwd" ]; then accounts=root; fi
in_root() { if [ "$accounts" = root ]; then echo "--root=$root"; fi; }
has_user() {
  if [ "$accounts" = root ]; then grep -q "^$1:" "$root/etc/passwd"; else id "$1" >/dev/null 2>&1; fi
}
has_group() {
  if [ "$accounts" = root ]; then grep -q "^$1:" "$root/etc/group"; else getent group "$1" >/dev/null 2>&1; fi
}
if [ -n "$accounts" ] && ! has_user "$user"; then
  useradd $(in_root) --system --user-group --home-dir /var/lib/ai-router --no-create-home \
    --shell /usr/sbin/nologin --comment "ai-router service" "$user"
  echo "install: created system user $user"
fi
# chown by number inside DESTDIR: names there are not this machine's.
owner() {
  spec=$1
  shift
  if [ "$accounts" = host ]; then
    chown "$spec" "$@"
  elif [ "$accounts" = root ]; then
    chown "$(awk -F: -v u="$user" '$1 == u { print $3 ":" $4 }' "$root/etc/passwd")" "$@"
  fi
}

install -d -m 0755 "$root/usr/local/bin" "$etc" "$etc/prompts" "$root/etc/systemd/system"
install -d -m 0700 "$root/var/lib/ai-router"
install -d -m 0750 "$root/var/log/ai-router"
owner "$user:$user" "$root/var/lib/ai-router" "$root/var/log/ai-router"
install -m 0755 "$binary" "$root/usr/local/bin/ai-router"

# ffmpeg decodes MP4/AAC uploads and encodes opus/aac/flac speech; the router notices it without a restart.
if command -v ffmpeg >/dev/null 2>&1; then
  :
elif [ -z "$root" ] && command -v apt-get >/dev/null 2>&1; then
  echo "install: installing ffmpeg (apt-get install ffmpeg)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null ||
    echo "install: could not install ffmpeg: run 'apt-get install ffmpeg'; 'ai-router doctor' checks it" >&2
else
  echo "install: ffmpeg is not installed on this machine: on the target run 'apt-get install ffmpeg'" >&2
fi

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

# Container supervision talks to the Docker socket, which only root and the docker group may open.
supervision_on() {
  # Block style (supervisor: / enabled: true) or flow style (supervisor: { enabled: true }).
  awk '/^supervisor:.*enabled:[ ]*true/ { found = 1 } /^supervisor:/ { inside = 1; next } /^[^ #]/ { inside = 0 }
    inside && /^[ ]+enabled:[ ]*true([ ]|$)/ { found = 1 } END { exit !found }' "$etc/ai-router.yaml"
}
if supervision_on; then
  if [ -z "$accounts" ]; then
    echo "install: supervision is on: on the target machine run: usermod -a -G docker $user" >&2
  elif has_group docker; then
    usermod $(in_root) -a -G docker "$user"
    echo "install: supervision is on: added $user to the docker group"
  else
    echo "install: supervision is on but there is no docker group: install Docker (apt install docker.io), then run: usermod -a -G docker $user" >&2
    exit 1
  fi
else
  echo "install: supervision is off (supervisor.enabled in $etc/ai-router.yaml): $user stays out of the docker group"
fi

install -m 0644 "$repo/systemd/ai-router.service" "$root/etc/systemd/system/ai-router.service"
# The daily review is installed but not enabled: the owner turns it on (docs/routing.md, "The improvement loop").
install -m 0644 "$repo/systemd/ai-router-review.service" "$root/etc/systemd/system/ai-router-review.service"
install -m 0644 "$repo/systemd/ai-router-review.timer" "$root/etc/systemd/system/ai-router-review.timer"
if [ -z "$root" ] && [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  echo "install: done; start it with: systemctl enable --now ai-router"
else
  echo "install: done (systemd not running here: enable the unit on the target machine)"
fi
