// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

// Install discs for tests, built with xorriso. They carry a real distribution's volume
// identifier, so libosinfo recognises them, and a 46-byte El Torito boot program of our own
// that prints kBootMessage on the screen and the first serial port, once a second.
namespace BootIso {

inline constexpr const char *kBootMessage = "VirtDeck test install disc booted";

// Writes `volumeId`-labelled ISO `fileName` into `dir`; the path, or empty with *error set.
QString build(const QString &dir, const QString &fileName, const QString &volumeId, QString *error,
              const QString &publisher = {});

// A 1.44 MB floppy image with the same boot program (boot sector signed 55AAh), written to
// `path`. With syslinux's memdisk as "kernel" it makes a network-install stand-in.
bool writeBootFloppy(const QString &path, QString *error);

} // namespace BootIso
