// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "job.h"

#include <QHash>
#include <QString>

#include <functional>

class Rollback;

struct CloneRequest {
    QString sourceUuid;
    QString newName;
    bool linked = false; // qcow2 overlays on the source's disks instead of full copies
    QString targetPool;  // empty: the pool of each source disk
    bool start = false;  // start the clone once defined; a failed start undoes the clone
    // For jobs that build on a clone (TemplateDeployer): runs once the disks exist, before
    // the definition. `pool` is the pool of the clone's first new disk. It may edit `xml`
    // and adds what it creates to `rollback`; a non-null error undoes the whole clone.
    std::function<UserError(const QString &pool, QString &xml, Rollback &rollback)> beforeDefine;
};

// Copies a shut-off guest under a new name, UUID and MAC addresses, as one transaction: its
// writable disks are copied (full clone) or get qcow2 overlays on them (linked clone); when
// a step fails or the user cancels, every volume and definition made is removed. CD-ROMs,
// read-only and shareable disks keep pointing at the same files. Runs on a job thread.
class GuestCloner {
public:
    // A clone inside a longer job reports progress within [from, to]. When not
    // `cancellable` it runs to the end even after a cancel; the caller stops afterwards.
    struct Slice {
        double from = 0;
        double to = 1;
        bool cancellable = true;
    };

    static JobResult clone(virConnectPtr connection, const CloneRequest &request,
                           JobControl &control);
    static JobResult clone(virConnectPtr connection, const CloneRequest &request,
                           JobControl &control, const Slice &slice);

    // For a dialog, before starting: why this clone cannot be made (null when it can).
    // Checks the name, the source's state, where its disks live and the pools' free space.
    // With an empty newName only the source and its disks are checked.
    static UserError check(virConnectPtr connection, const CloneRequest &request);
    // The same as one plain sentence; empty when the clone can be made.
    static QString whyNotCloneable(virConnectPtr connection, const CloneRequest &request);

    // The clone's definition: new name; no <uuid>, MAC addresses, interface target names,
    // NVRAM path, fixed graphics ports or SMBIOS UUID, so libvirt makes fresh ones. Disks are
    // keyed by their target ("vda"): those in `newDiskPaths` point at the new path (and get
    // the format in `newDiskFormats`, when given); all others are left as they are.
    // Everything else is preserved. Empty when `sourceXml` is not XML.
    static QString cloneXml(const QString &sourceXml, const QString &newName,
                            const QHash<QString, QString> &newDiskPaths,
                            const QHash<QString, QString> &newDiskFormats = {});

    // A random locally administered address in QEMU's range, "52:54:00:xx:xx:xx".
    static QString randomMac();
};
