#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# `make screenshots`: renders the windows into docs/screenshots/ (no display needed).
set -eu
cd "$(dirname "$0")/.."
"${BUILD_DIR:-build}/tests/screenshots/vd_screenshots" docs/screenshots
