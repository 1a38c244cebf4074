#!/usr/bin/env bash
# Installs every Debian package Ekonte needs to build, test and render.
# Idempotent: packages already present are skipped, so repeated runs are cheap.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  antlr4 libantlr4-runtime-dev
  libtorch-dev
  libcairo2-dev libpixman-1-dev libharfbuzz-dev libfreetype-dev libfontconfig-dev libjpeg-dev zlib1g-dev
  nlohmann-json3-dev doctest-dev
  libxml2-dev librsvg2-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev
  libespeak-ng-dev espeak-ng-data
  wordnet-dev wordnet-base
  fonts-noto-cjk fonts-dejavu-core fonts-comic-neue
  poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "error: missing packages (${missing[*]}) and not root; run as root or install them" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
