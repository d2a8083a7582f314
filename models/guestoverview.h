// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QString>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;

// What the Overview page shows of one guest: its identity and platform from the
// configuration, and what the guest agent (or the DHCP leases) tell about the running
// system. Read on a job thread.
struct GuestOverview {
    QString name;
    QString uuid;
    QString title;
    QString description;
    QString domainType; // "kvm", "qemu", "lxc"
    QString arch;
    QString machine;
    QString firmware; // "BIOS", "UEFI", "UEFI (Secure Boot)", "" for containers
    QString emulator;
    bool autostart = false;
    bool active = false;
    // From the guest agent / leases; empty when the guest does not say.
    QString osName;
    QString hostname;
    QStringList addresses; // "eth0 192.168.122.10/24"
    QString addressSource; // "guest agent", "DHCP lease"
    UserError error;

    static GuestOverview read(virConnectPtr connection, const QString &uuid);
    // Title and description, live and in the configuration when the guest runs.
    static UserError setText(virConnectPtr connection, const QString &uuid, const QString &title,
                             const QString &description);
    static UserError setAutostart(virConnectPtr connection, const QString &uuid, bool on);
};

Q_DECLARE_METATYPE(GuestOverview)
