#!/usr/bin/env bash
# Install the reference tools obslint is compared against:
#   promtool (Debian package "prometheus") and amtool ("prometheus-alertmanager").
# They are optional: tests and the benchmark skip them when absent, so this
# script exits 0 with a message whenever it cannot install them.
set -euo pipefail

# The Prometheus tools, in a subshell so that its early exits do not skip the Go YAML checker below.
(
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
)

# go-yaml-check (scripts/go-yaml-check): Go's YAML libraries, as Prometheus, Alertmanager and the
# OpenTelemetry Collector read YAML. Built from Debian's Go toolchain and library sources, so
# nothing is downloaded at build time. Optional like the rest.
GO_YAML_CHECK=/usr/local/bin/go-yaml-check
if command -v go-yaml-check >/dev/null 2>&1; then
  echo "go-yaml-check: already installed ($(command -v go-yaml-check))"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
  echo "apt-get not available or not root; skipping go-yaml-check (reference tools are optional)"
  exit 0
fi
go_packages=(golang-go golang-gopkg-yaml.v3-dev golang-gopkg-yaml.v2-dev)
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${go_packages[@]}"; then
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${go_packages[@]}"; }; then
    echo "could not install ${go_packages[*]}; continuing without go-yaml-check (optional)"
    exit 0
  fi
fi
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/go-yaml-check"
build_cache="$(mktemp -d)"
if (cd "$source_dir" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$build_cache" go build -o "$GO_YAML_CHECK" .); then
  echo "go-yaml-check: built ($GO_YAML_CHECK)"
else
  echo "could not build go-yaml-check; continuing without it (optional)"
fi
rm -rf "$build_cache"
