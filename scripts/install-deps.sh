#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the Debian 12 packages VirtDeck needs to build, run and test, if any are missing.
set -eu

PACKAGES="
build-essential cmake ninja-build ccache pkg-config git
qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-translations-l10n qt6-qpa-plugins libqt6svg6
libqt6opengl6-dev libvirt-dev libvncserver-dev libspice-client-glib-2.0-dev libosinfo-1.0-dev osinfo-db
qtkeychain-qt6-dev libvterm-dev libgtest-dev
qemu-system-x86 qemu-utils ovmf libvirt-daemon-system libvirt-daemon-driver-lxc libvirt-clients
dnsmasq-base swtpm swtpm-tools xorriso debootstrap syslinux-common xvfb xauth imagemagick openssh-server openssh-client procps util-linux
fonts-dejavu-core fonts-wqy-microhei
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing"
SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-deps: these packages are missing and you are not root:$missing" >&2
        echo "install-deps: install them with apt-get as root, then run make again." >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
# Package lists are empty on a fresh machine; refresh them once, then install.
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
