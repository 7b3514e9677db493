#!/usr/bin/env bash
# Installs what gopy needs on a fresh Debian 12 machine, and nothing when it is already there.
#   scripts/install-deps.sh           Lua 5.4 (liblua5.4-dev) and zlib (zlib1g-dev), found through pkg-config
#   scripts/install-deps.sh --interop also what the interop tests use: openpyxl, LibreOffice,
#                                     poppler, Chromium, Liberation fonts
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
updated=0
apt_install() {
  if [ "$updated" -eq 0 ]; then $sudo apt-get update -qq; updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

has_package() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
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

# zlib's headers: the workbook writer deflates with the system's zlib (ZIPFoundation needs them too).
if ! pkg-config --exists zlib 2>/dev/null; then
  echo "installing zlib1g-dev (zlib, from Debian)" >&2
  apt_install zlib1g-dev pkg-config
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
  # The report checks: LibreOffice Writer turns the .docx into a PDF, pdftotext and pdftoppm
  # read it, headless Chromium renders the .html, and Liberation Serif 2 stands in for Times
  # New Roman with the same metrics and every Vietnamese glyph (version 1 lacks ổ, ợ, ữ...).
  missing=()
  has_package libreoffice-writer-nogui || has_package libreoffice-writer || missing+=(libreoffice-writer-nogui)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  has_package fonts-liberation2 || missing+=(fonts-liberation2)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]} (Debian)" >&2
    apt_install "${missing[@]}"
  fi
fi
