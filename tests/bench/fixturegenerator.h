// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

// Writes a libvirt test-driver configuration with `count` guests in a mix of states (about
// a third running), each with a disk, a NIC and graphics, like a real host's definitions.
class FixtureGenerator {
public:
    // allRunning: every guest running (statistics benchmarks), else a mix of states.
    static QString write(const QString &directory, int count, bool allRunning = false);
};
