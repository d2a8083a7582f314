// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// One <graphics> device of a running guest, as QEMU actually set it up (live XML).
struct GraphicsEndpoint {
    QString type;  // "vnc", "spice"
    int index = 0; // position among the guest's graphics devices (virDomainOpenGraphicsFD)
    int port = -1;
    int tlsPort = -1;
    QString listen; // address, "" when only a socket
    QString socketPath;
};

// How a guest's consoles can be reached.
struct ConsoleTargets {
    QString uuid;
    QString name;
    bool active = false;
    QVector<GraphicsEndpoint> graphics;
    QStringList textConsoles; // device aliases for virDomainOpenConsole ("serial0", "console0")
    UserError error;
};

Q_DECLARE_METATYPE(ConsoleTargets)
