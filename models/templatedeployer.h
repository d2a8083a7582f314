// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "job.h"

#include <QString>
#include <QStringList>

struct TemplateRequest {
    QString templateUuid;
    QStringList names; // see NamePattern
    bool linked = true;
    QString startIp;        // optional, CIDR ("192.168.122.50/24"): guest i gets .50 + i
    QString gateway;        // optional, with startIp
    QStringList dns;        // optional, with startIp
    bool cloudInit = false; // a NoCloud seed CD-ROM per guest (host name, address)
    bool start = false;
    QString targetPool;            // empty: the pools of the template's disks
    QStringList sshAuthorizedKeys; // put into each guest by cloud-init
};

// Many guests from one shut-off template: one clone per name, each its own transaction. A
// guest that fails is reported and its own volumes and definition removed; the others are
// kept. Cancelling stops after the guest being made. Runs on a job thread.
class TemplateDeployer {
public:
    // One JobItem per name (name, uuid, ok, error), in order; ok when every guest was made.
    static JobResult deploy(virConnectPtr connection, const TemplateRequest &request,
                            JobControl &control);

    // What can be checked without the host: names, addresses, that a static address has
    // cloud-init to carry it. Null when the request is usable.
    static UserError validate(const TemplateRequest &request);

    // `xml` with the seed ISO attached as a read-only CD-ROM: SATA on q35 machines, IDE
    // otherwise, on the first free target name. Empty when no target name is free.
    static QString withSeedCdrom(const QString &xml, const QString &isoPath);
    // `xml` with `mac` on its first network card; empty when it has none.
    static QString withFirstMac(const QString &xml, const QString &mac);
};
