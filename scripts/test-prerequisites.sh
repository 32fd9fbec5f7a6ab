#!/usr/bin/env bash
# What `npm test` needs beyond Node, on Debian/Ubuntu, installed with apt-get when missing:
# a real browser for the task-pane tests, a real spreadsheet application to read back the
# workbooks we write, PDF→PNG for looking at them, CJK fonts for the zh-CN screenshots, unzip
# for looking inside workbooks. (The fixtures' generators need python3-openpyxl; the tests do not.)
# Run by `npm run test:debian` (then `npm test`) and by .ci/run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ "${#need[@]}" -eq 0 ]; then
  echo "Test prerequisites: all present."
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Installing ${need[*]} needs root: run as root or install sudo." >&2; exit 1; }
  sudo=(sudo)
fi
echo "Installing Debian packages: ${need[*]}"
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
