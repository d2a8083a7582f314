// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// Console figures against real QEMU guests on the system daemon: time from "open console"
// to the first painted frame, frame rate and CPU per megapixel under a screen that changes
// all the time, and wake-ups per second of the console's thread while the screen is still.
// Also measures remote-viewer (virt-viewer) on the same guests when it is installed.
class ConsoleBench {
public:
    // protocol: "vnc" or "spice"; animatedImage: the boot image that redraws constantly.
    static QJsonObject run(const QString &protocol, const QString &animatedImage);
};
