// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;

// What the "New container" wizard needs to know about a host: the names already taken and
// where a container can be plugged in. Read on a job thread, shown on the GUI thread.
struct ContainerHostInfo {
    QStringList guestNames;
    QStringList networks;         // every virtual network, sorted
    QStringList inactiveNetworks; // the ones not running now
    QStringList bridges;          // bridge devices on the host
    QString error;                // why the lists could be incomplete

    // `localHost`: the host is this computer, so /sys/class/net may fill in bridges that
    // libvirt's interface backend does not report.
    static ContainerHostInfo query(virConnectPtr connection, bool localHost);
};

Q_DECLARE_METATYPE(ContainerHostInfo)
