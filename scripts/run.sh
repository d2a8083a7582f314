#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# `make run`: brings up the local daemon where possible and opens VirtDeck. When no local
# daemon can be reached, VirtDeck itself falls back to libvirt's test driver (demo banner).
set -u
here=$(dirname "$0")
"$here/libvirt-up.sh" || echo "run: continuing without a local libvirt daemon (demo connection)"
exec "${BUILD_DIR:-build}/app/virtdeck" "$@"
