// SPDX-License-Identifier: GPL-2.0-or-later
#include "volumeupload.h"

#include "libvirthandles.h"
#include "rollback.h"

#include <QDomDocument>
#include <QIODevice>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

// Directory-like pools take a file format; block-based ones (logical, disk) do not.
bool isFilePool(virStoragePoolPtr pool) {
    CString xml(virStoragePoolGetXMLDesc(pool, 0));
    QDomDocument doc;
    if (!xml || !doc.setContent(QString::fromUtf8(xml.get())))
        return false;
    const QString type = doc.documentElement().attribute(QStringLiteral("type"));
    return type == QLatin1String("dir") || type == QLatin1String("fs") ||
           type == QLatin1String("netfs");
}

QString freeName(virStoragePoolPtr pool, const QString &baseName, const QString &suffix) {
    for (int n = 1;; ++n) {
        const QString name =
            baseName + (n == 1 ? QString() : QLatin1Char('-') + QString::number(n)) + suffix;
        StorageVolHandle existing(virStorageVolLookupByName(pool, name.toUtf8().constData()));
        virResetLastError();
        if (!existing)
            return name;
    }
}

} // namespace

UserError VolumeUpload::upload(virConnectPtr conn, const QString &poolName, const QString &baseName,
                               const QString &suffix, QIODevice &data, qint64 bytes,
                               Rollback &rollback, QString *volumePath, const QString &context) {
    StoragePoolHandle pool(virStoragePoolLookupByName(conn, poolName.toUtf8().constData()));
    if (!pool)
        return UserError::fromLastLibvirtError(context);
    const QString name = freeName(pool.get(), baseName, suffix);
    const QString format = isFilePool(pool.get())
                               ? QStringLiteral("<target><format type='raw'/></target>")
                               : QString();
    const QString xml = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2"
                                       "</capacity>%3</volume>")
                            .arg(name.toHtmlEscaped())
                            .arg(bytes)
                            .arg(format);
    StorageVolHandle volume(virStorageVolCreateXML(pool.get(), xml.toUtf8().constData(), 0));
    if (!volume)
        return UserError::fromLastLibvirtError(context);
    rollback.addVolume(volume.get());

    StreamHandle stream(virStreamNew(conn, 0));
    if (!stream || virStorageVolUpload(volume.get(), stream.get(), 0, quint64(bytes), 0) != 0)
        return UserError::fromLastLibvirtError(context);
    QByteArray chunk;
    while (!(chunk = data.read(256 * 1024)).isEmpty()) {
        qsizetype sent = 0;
        while (sent < chunk.size()) {
            const int n =
                virStreamSend(stream.get(), chunk.constData() + sent, size_t(chunk.size() - sent));
            if (n < 0) {
                const UserError error = UserError::fromLastLibvirtError(context);
                virStreamAbort(stream.get());
                return error;
            }
            sent += n;
        }
    }
    if (virStreamFinish(stream.get()) != 0)
        return UserError::fromLastLibvirtError(context);
    CString path(virStorageVolGetPath(volume.get()));
    if (!path)
        return UserError::fromLastLibvirtError(context);
    *volumePath = QString::fromUtf8(path.get());
    return {};
}
