#!/usr/bin/env bash
# Installs what gopy needs on a fresh Debian 12 machine, and nothing when it is already there.
#   scripts/install-deps.sh           Lua 5.4 (liblua5.4-dev, found through pkg-config)
#   scripts/install-deps.sh --interop also what the interop tests use: openpyxl, LibreOffice
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
updated=0
apt_install() {
  if [ "$updated" -eq 0 ]; then $sudo apt-get update -qq; updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "swift is in /opt/swift/usr/bin: add it to PATH" >&2
  else
    echo "swift 6 is needed: see https://www.swift.org/install/linux/" >&2
  fi
  exit 1
fi
if ! pkg-config --exists lua5.4 2>/dev/null; then
  echo "installing liblua5.4-dev (Lua 5.4, from Debian)" >&2
  apt_install liblua5.4-dev pkg-config
fi

if [ "${1:-}" = "--interop" ]; then
  if ! python3 -c "import openpyxl" 2>/dev/null; then
    echo "installing openpyxl (PyPI)" >&2
    python3 -m pip install -q openpyxl
  fi
  if ! command -v soffice >/dev/null 2>&1; then
    echo "installing LibreOffice Calc (Debian)" >&2
    apt_install libreoffice-calc-nogui
  fi
fi
