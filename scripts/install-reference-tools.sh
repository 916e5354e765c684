#!/usr/bin/env bash
# Install the reference tools obslint is compared against:
#   promtool (Debian package "prometheus") and amtool ("prometheus-alertmanager").
# They are optional: tests and the benchmark skip them when absent, so this
# script exits 0 with a message whenever it cannot install them.
set -euo pipefail

# tool:package pairs; only missing tools are installed (idempotent).
missing=()
for pair in promtool:prometheus amtool:prometheus-alertmanager; do
  tool=${pair%%:*}
  pkg=${pair#*:}
  if command -v "$tool" >/dev/null 2>&1; then
    echo "$tool: already installed ($(command -v "$tool"))"
  else
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get not available; skipping ${missing[*]} (reference tools are optional)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "not root; skipping ${missing[*]} (reference tools are optional)"
  echo "run as root: apt-get install -y --no-install-recommends ${missing[*]}"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
install_tools() { apt-get install -y --no-install-recommends "${missing[@]}"; }

# Empty package lists (fresh containers) make install fail: refresh them first.
if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
  apt-get update || echo "apt-get update failed; trying the install anyway"
fi

# Stale lists can also fail the install: retry once after an update.
if ! install_tools; then
  echo "install failed; running apt-get update and retrying"
  if ! { apt-get update && install_tools; }; then
    echo "could not install ${missing[*]}; continuing without them (optional)"
    exit 0
  fi
fi

for tool in promtool amtool; do
  if command -v "$tool" >/dev/null 2>&1; then
    "$tool" --version 2>&1 | head -n 1
  else
    echo "$tool: still missing after install"
  fi
done
