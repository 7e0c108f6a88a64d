#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
#
# Install Debian's Chromium (and a font so text renders) for the browser tests
# and tools/screenshots.py. Idempotent: does nothing when /usr/bin/chromium is
# already there. Needs root (CI and the dev machines run as root); uses sudo
# when it is available and we are not root.
#
# Playwright drives this binary via executable_path="/usr/bin/chromium";
# never run `playwright install`, which downloads a browser build of its own.
set -euo pipefail

CHROMIUM="${MEEDOEN_CHROMIUM:-/usr/bin/chromium}"
PACKAGES=(chromium fonts-dejavu-core)

if [[ -x "$CHROMIUM" ]] && fc-list 2>/dev/null | grep -qi dejavu; then
    echo "chromium already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    exit 0
fi

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "install_chromium.sh: run as root (or install sudo) to install ${PACKAGES[*]}" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
install() {
    "${SUDO[@]}" apt-get install -y --no-install-recommends "${PACKAGES[@]}"
}

# Try without refreshing the package lists first: fast when they are current.
if ! install; then
    echo "install_chromium.sh: first attempt failed; running apt-get update and retrying" >&2
    "${SUDO[@]}" apt-get update
    install
fi

if [[ ! -x "$CHROMIUM" ]]; then
    echo "install_chromium.sh: $CHROMIUM still missing after installing ${PACKAGES[*]}" >&2
    exit 1
fi
echo "installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
