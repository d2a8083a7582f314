// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QString>

class QIODevice;
class Rollback;
typedef struct _virConnect *virConnectPtr;

// Sends bytes from this computer into a new raw volume of a storage pool through a libvirt
// stream, so it works the same for remote hosts (seeds, installer kernels).
class VolumeUpload {
public:
    // Creates "<baseName><suffix>" (or "<baseName>-2<suffix>", ... when taken) in `poolName`
    // with `bytes` from `data`; the volume is added to `rollback` as soon as it exists.
    static UserError upload(virConnectPtr connection, const QString &poolName,
                            const QString &baseName, const QString &suffix, QIODevice &data,
                            qint64 bytes, Rollback &rollback, QString *volumePath,
                            const QString &context);
};
