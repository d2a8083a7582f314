// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "consoletargets.h"
#include "deleteplan.h"
#include "domaininfo.h"

#include <QString>
#include <QVector>

// Device names statistics are read by, guest by guest (drivers without bulk statistics).
struct DeviceNames {
    QStringList disks;      // target devs: "vda", "sda"
    QStringList interfaces; // target devs: "vnet0", "veth..."
};

// Reads the few facts the list and the delete dialog need from a domain's XML, quickly and
// without building a DOM (the full, lossless model is DomainConfig).
class DomainXmlSummary {
public:
    static DomainDetails details(const QString &uuid, const QString &xml);
    // Storage devices with their source; "volume" disks are reported as "pool/volume".
    static QVector<GuestDisk> disks(const QString &xml);
    // Graphics devices and text consoles of a (live) domain XML.
    static void consoles(const QString &xml, ConsoleTargets *targets);
    static DeviceNames devices(const QString &xml);
};
