#!/usr/bin/env bash
# Installs what OrgDesigner needs to build, test and run on Debian 12 (idempotent:
# packages already present are skipped, and apt is not touched when none is missing).
set -euo pipefail
packages=(
  cmake g++ ninja-build pkg-config
  qt6-base-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev postgresql
  libboost-graph-dev libgtest-dev libgmock-dev libbenchmark-dev libquazip1-qt6-dev libuchardet-dev
  libharfbuzz-dev
  fonts-noto-core fonts-noto-cjk xvfb xauth imagemagick poppler-utils qpdf
  librsvg2-bin help2man dpkg-dev desktop-file-utils appstream lintian shared-mime-info
  libfile-mimeinfo-perl clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
