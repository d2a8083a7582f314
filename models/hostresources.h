// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostcapabilities.h"
#include "usererror.h"

#include <QString>
#include <QStringList>
#include <QVector>

typedef struct _virConnect *virConnectPtr;

struct StoragePoolInfo {
    QString name;
    QString type;       // "dir", "logical", "netfs", ...
    QString targetPath; // where its volumes live
    qint64 capacityBytes = 0;
    qint64 availableBytes = 0;
    bool active = false;
};

struct NetworkInfo {
    QString name;
    QString bridge;
    bool active = false;
};

// What the creation wizards offer on one host: what it can run, where disks can go, which
// networks exist, which names are taken. Read on a job thread (see Connection::runQuery).
struct HostResources {
    HostCapabilities capabilities;
    QVector<StoragePoolInfo> pools;
    QVector<NetworkInfo> networks;
    QStringList bridges;     // host bridges (for "bridge" networking)
    QStringList interfaces;  // host network devices (for macvtap)
    QStringList guestNames;  // every defined guest, for unique names
    QStringList volumePaths; // every volume of every active pool ("pool/name" and path)
    bool local = true;       // the host is this machine: local files can be used directly
    QString driver;          // "QEMU", "LXC", "Test"

    // A QEMU host without a "default" pool gets one, as virt-manager does, when the first
    // disk is made: /var/lib/libvirt/images.
    bool offersDefaultPool() const;
    static QString defaultPoolPath() { return QStringLiteral("/var/lib/libvirt/images"); }

    static HostResources read(virConnectPtr connection);
    const StoragePoolInfo *pool(const QString &name) const;
};

Q_DECLARE_METATYPE(HostResources)
