// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Figures about this process read from /proc and getrusage.
namespace ProcessStats {
double peakRssMb();
double cpuSeconds(); // user + system, all threads
} // namespace ProcessStats
