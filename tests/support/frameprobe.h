// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>

// Small measurements on console frames, for tests and benchmarks.
namespace FrameProbe {
// Number of distinct colours (capped): more than one means real content, not a blank screen.
int distinctColours(const QImage &image, int cap = 64);
// Fraction (0..1) of pixels that differ between two frames of the same size.
double difference(const QImage &a, const QImage &b);
} // namespace FrameProbe
