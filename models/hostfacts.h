// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// What a freshly opened connection reports about its host.
struct HostFacts {
    QString canonicalUri;
    QString hostname;
    QString driverType; // "QEMU", "LXC", "TEST"
    QString libvirtVersion;
    int cpus = 0;
    quint64 memoryKiB = 0;
    bool isTestDriver = false;
    qint64 openMs = 0;     // how long virConnectOpenAuth took
    qint64 openedAtNs = 0; // steady-clock time when it returned
};

Q_DECLARE_METATYPE(HostFacts)
