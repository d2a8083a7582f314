// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QString>
#include <QStringList>

// What one guest's first boot should set up through cloud-init's NoCloud source.
struct CloudInitConfig {
    QString hostname;
    QString instanceId; // must differ per guest so cloud-init runs again on a clone
    QString address;    // "192.168.122.50/24"; empty: DHCP, no network-config at all
    QString gateway;    // optional with a static address
    QStringList dns;    // optional with a static address
    QString macAddress; // the network card the static address belongs to
    QStringList sshAuthorizedKeys;
};

// Builds the NoCloud seed (user-data, meta-data, network-config) and writes it as the ISO
// image cloud-init looks for: volume id "cidata", Joliet and Rock Ridge names.
class CloudInitSeed {
public:
    static QString userData(const CloudInitConfig &config);
    static QString metaData(const CloudInitConfig &config);
    // Version 2 network configuration; empty when the address is empty (DHCP).
    static QString networkConfig(const CloudInitConfig &config);

    // Writes the ISO with xorriso (`program` only differs in tests). False with `error` set
    // when the config is unusable, xorriso is missing or fails.
    // Null when `program` (xorriso) can be run; otherwise says what to install.
    static UserError checkTool(const QString &program = QStringLiteral("xorriso"));
    static bool writeIso(const CloudInitConfig &config, const QString &isoPath, UserError *error,
                         const QString &program = QStringLiteral("xorriso"));

    // The index-th address counting from `startCidr` ("192.168.122.50/24", 2 →
    // "192.168.122.52/24"); empty with `reason` set when it leaves the subnet's host
    // addresses or the start is not an IPv4 address with a prefix.
    static QString nthAddress(const QString &startCidr, int index, QString *reason = nullptr);
    static bool isIPv4(const QString &address);
};
