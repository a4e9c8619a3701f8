#!/bin/sh
# Installs the Debian packages the tests use, when they are missing: a Docker engine for the
# supervisor tests, ffmpeg and espeak-ng for audio fixtures, Chromium for the status page test,
# systemd-analyze to verify the unit, promtool to unit-test the Prometheus alert rules, openssl to make
# the certificates of the TLS engine test.
# Needs root (CI and the dev machines run as root); elsewhere it only says what is missing.
set -eu
missing=""
for pair in dockerd:docker.io busybox:busybox-static ffmpeg:ffmpeg ffprobe:ffmpeg espeak-ng:espeak-ng chromium:chromium systemd-analyze:systemd promtool:prometheus openssl:openssl; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing="$missing ${pair#*:}"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "install_test_deps: missing Debian packages:$missing (run as root to install them)" >&2
  exit 0
fi
echo "install_test_deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# Keep the docker.io package from starting a system daemon: the tests run their own on a private socket.
created_policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && created_policy=1
fi
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
[ -n "$created_policy" ] && rm -f /usr/sbin/policy-rc.d
exit 0
