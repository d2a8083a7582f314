// SPDX-License-Identifier: GPL-2.0-or-later
#include "rollback.h"

#include <QCoreApplication>

#include <libvirt/virterror.h>

namespace {

// Messages are looked up under "Rollback"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(Rollback)
};

QString removeDomain(virDomainPtr domain) {
    const QString name = QString::fromUtf8(virDomainGetName(domain));
    if (virDomainIsActive(domain) == 1)
        virDomainDestroy(domain);
    const unsigned flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                           VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                           VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM |
                           VIR_DOMAIN_UNDEFINE_TPM;
    // Drivers without these flags (test, LXC) accept a plain undefine.
    if (virDomainUndefineFlags(domain, flags) == 0 || virDomainUndefine(domain) == 0)
        return UiText::tr("Removed the definition of %1").arg(name);
    return UiText::tr("Could not remove the definition of %1: %2")
        .arg(name, QString::fromUtf8(virGetLastErrorMessage()));
}

QString removeVolume(virStorageVolPtr volume) {
    CString path(virStorageVolGetPath(volume));
    const QString where =
        path ? QString::fromUtf8(path.get()) : QString::fromUtf8(virStorageVolGetName(volume));
    if (virStorageVolDelete(volume, 0) == 0)
        return UiText::tr("Deleted %1").arg(where);
    return UiText::tr("Could not delete %1: %2")
        .arg(where, QString::fromUtf8(virGetLastErrorMessage()));
}

QString removePool(virStoragePoolPtr pool) {
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool));
    if (virStoragePoolIsActive(pool) == 1)
        virStoragePoolDestroy(pool);
    if (virStoragePoolUndefine(pool) == 0)
        return UiText::tr("Removed the storage pool %1 (its folder is kept)").arg(name);
    return UiText::tr("Could not remove the storage pool %1: %2")
        .arg(name, QString::fromUtf8(virGetLastErrorMessage()));
}

} // namespace

void Rollback::addVolume(virStorageVolPtr volume) {
    virStorageVolRef(volume);
    m_steps.push_back({StorageVolHandle(volume), nullptr, nullptr});
}

void Rollback::addDomain(virDomainPtr domain) {
    virDomainRef(domain);
    m_steps.push_back({nullptr, DomainHandle(domain), nullptr});
}

void Rollback::addPool(virStoragePoolPtr pool) {
    virStoragePoolRef(pool);
    m_steps.push_back({nullptr, nullptr, StoragePoolHandle(pool)});
}

void Rollback::commit() {
    m_steps.clear();
}

QStringList Rollback::undo() {
    QStringList done;
    while (!m_steps.empty()) {
        Step &step = m_steps.back();
        if (step.domain)
            done << removeDomain(step.domain.get());
        else if (step.volume)
            done << removeVolume(step.volume.get());
        else
            done << removePool(step.pool.get());
        m_steps.pop_back();
    }
    return done;
}
