// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// One storage device of a guest, as offered for removal in the delete dialog.
struct GuestDisk {
    QString target; // "vda"
    QString device; // "disk", "cdrom", "floppy", "lun"
    QString path;   // file, block device or pool/volume
    bool inStoragePool = false;
    bool readOnly = false;
    bool shareable = false; // <shareable/>: meant for several guests at once
    QStringList sharedWith; // other guests on the same host that use this path
};

// What deleting a guest would touch, fetched before the dialog opens.
struct DeletePlan {
    QString uuid;
    QString name;
    bool active = false;
    QVector<GuestDisk> disks;
    UserError error;
};

Q_DECLARE_METATYPE(DeletePlan)
