// SPDX-License-Identifier: GPL-2.0-or-later
#include "temppool.h"

#include "libvirthandles.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

TempPool::TempPool(const QString &uri)
    : m_conn(virConnectOpen(uri.toUtf8().constData())) {}

TempPool::~TempPool() {
    if (!m_conn)
        return;
    if (!m_name.isEmpty()) {
        StoragePoolHandle pool(virStoragePoolLookupByName(m_conn, m_name.toUtf8().constData()));
        if (pool) {
            virStoragePoolDestroy(pool.get());
            virStoragePoolUndefine(pool.get());
        }
    }
    if (!m_path.isEmpty())
        QDir(m_path).removeRecursively();
    virConnectClose(m_conn);
}

bool TempPool::create(QString *error) {
    if (!m_conn) {
        *error = QString::fromUtf8(virGetLastErrorMessage());
        return false;
    }
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_name = QStringLiteral("vdtest-pool-") + tag;
    m_path = QStringLiteral("/tmp/vdtest-pool-") + tag;
    QDir().mkpath(m_path);
    // QEMU runs as its own user: it must be able to reach the folder.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                      QFile::ExeOther);
    const QString xml =
        QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>")
            .arg(m_name, m_path);
    StoragePoolHandle pool(virStoragePoolDefineXML(m_conn, xml.toUtf8().constData(), 0));
    if (!pool || virStoragePoolCreate(pool.get(), 0) != 0) {
        *error = QString::fromUtf8(virGetLastErrorMessage());
        return false;
    }
    return true;
}

QStringList TempPool::volumes() const {
    QStringList names;
    StoragePoolHandle pool(virStoragePoolLookupByName(m_conn, m_name.toUtf8().constData()));
    if (!pool)
        return names;
    virStoragePoolRefresh(pool.get(), 0);
    virStorageVolPtr *vols = nullptr;
    const int n = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
    for (int i = 0; i < n; ++i) {
        names << QString::fromUtf8(virStorageVolGetName(vols[i]));
        virStorageVolFree(vols[i]);
    }
    free(vols);
    return names;
}
