// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestcreator.h"

#include "domainxmlbuilder.h"
#include "hostresources.h"
#include "libvirthandles.h"
#include "rollback.h"

#include <QCoreApplication>
#include <QLocale>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("GuestCreator", text);
}

QString volumeXml(const QString &name, qint64 bytes, const QString &format) {
    return QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                          "<allocation unit='bytes'>0</allocation>"
                          "<target><format type='%3'/></target></volume>")
        .arg(name.toHtmlEscaped())
        .arg(bytes)
        .arg(format);
}

// One transaction: the steps share the rollback, the control and the result.
class Creation {
public:
    Creation(virConnectPtr c, NewGuestSpec spec, JobControl &control)
        : m_conn(c)
        , m_spec(std::move(spec))
        , m_control(control) {}

    JobResult run(const QString &xmlOverride) {
        if (!checkName() || !createDisk() || cancelled())
            return fail();
        const QString xml = xmlOverride.isEmpty() ? DomainXmlBuilder::build(m_spec) : xmlOverride;
        if (!define(xml) || cancelled())
            return fail();
        if (m_spec.startAfterCreation && !start())
            return fail();
        m_rollback.commit();
        m_control.setProgress(1, tr("Done"));
        JobItem item;
        item.name = m_spec.name;
        item.uuid = m_uuid;
        item.ok = true;
        m_result.ok = true;
        m_result.items.append(item);
        return m_result;
    }

private:
    bool cancelled() {
        if (!m_control.isCancelled())
            return false;
        m_result.cancelled = true;
        m_result.error = UserError::make(UserError::Kind::Other, tr("Cancelled"),
                                         tr("Creating %1 was cancelled.").arg(m_spec.name));
        return true;
    }

    JobResult fail() {
        m_control.setProgress(-1, tr("Undoing what was made…"));
        const QStringList undone = m_rollback.undo();
        for (const QString &line : undone)
            m_control.log(line);
        m_result.notes << undone;
        m_result.ok = false;
        return m_result;
    }

    bool libvirtFailed(const QString &context) {
        m_result.error = UserError::fromLastLibvirtError(context);
        m_control.log(m_result.error.summary());
        return false;
    }

    bool checkName() {
        QString reason;
        if (!DomainXmlBuilder::validName(m_spec.name, &reason)) {
            m_result.error = UserError::make(UserError::Kind::InvalidInput,
                                             tr("The name cannot be used"), reason);
            return false;
        }
        DomainHandle existing(virDomainLookupByName(m_conn, m_spec.name.toUtf8().constData()));
        virResetLastError();
        if (existing) {
            m_result.error = UserError::make(
                UserError::Kind::NameTaken, tr("The name is taken"),
                tr("A guest named %1 already exists on this host.").arg(m_spec.name),
                tr("Choose another name."));
            return false;
        }
        return true;
    }

    bool createDisk() {
        if (m_spec.disk != NewGuestSpec::DiskChoice::NewVolume)
            return true;
        const QString context = tr("Creating the disk of %1").arg(m_spec.name);
        m_control.setProgress(0.1, tr("Creating disk %1 (%2)…")
                                        .arg(m_spec.volumeName,
                                             QLocale().formattedDataSize(m_spec.diskBytes)));
        StoragePoolHandle pool(
            virStoragePoolLookupByName(m_conn, m_spec.pool.toUtf8().constData()));
        if (!pool && virGetLastErrorCode() == VIR_ERR_NO_STORAGE_POOL &&
            m_spec.pool == QLatin1String("default"))
            pool = createDefaultPool();
        if (!pool)
            return libvirtFailed(context);
        StorageVolHandle existing(
            virStorageVolLookupByName(pool.get(), m_spec.volumeName.toUtf8().constData()));
        virResetLastError();
        if (existing) {
            m_result.error = UserError::make(
                UserError::Kind::NameTaken, tr("The disk name is taken"),
                tr("The storage pool %1 already holds a volume named %2; VirtDeck leaves it "
                   "alone.")
                    .arg(m_spec.pool, m_spec.volumeName),
                tr("Choose another name for the guest or its disk."));
            return false;
        }
        StorageVolHandle volume(virStorageVolCreateXML(
            pool.get(),
            volumeXml(m_spec.volumeName, m_spec.diskBytes, m_spec.diskFormat).toUtf8().constData(),
            0));
        if (!volume)
            return libvirtFailed(context);
        m_rollback.addVolume(volume.get());
        CString path(virStorageVolGetPath(volume.get()));
        m_spec.diskPath = QString::fromUtf8(path.get());
        m_control.log(tr("Created disk %1").arg(m_spec.diskPath));
        return true;
    }

    // The "default" directory pool virt-manager also makes on first use.
    StoragePoolHandle createDefaultPool() {
        const QString path = HostResources::defaultPoolPath();
        m_control.log(tr("Creating the storage pool “default” in %1").arg(path));
        const QString xml = QStringLiteral("<pool type='dir'><name>default</name><target><path>%1</path>"
                                           "</target></pool>")
                                .arg(path);
        StoragePoolHandle pool(virStoragePoolDefineXML(m_conn, xml.toUtf8().constData(), 0));
        if (!pool)
            return nullptr;
        m_rollback.addPool(pool.get());
        if (virStoragePoolBuild(pool.get(), 0) != 0 || virStoragePoolCreate(pool.get(), 0) != 0)
            return nullptr;
        virStoragePoolSetAutostart(pool.get(), 1);
        return pool;
    }

    bool define(const QString &xml) {
        m_control.setProgress(0.6, tr("Defining %1…").arg(m_spec.name));
        DomainHandle domain(virDomainDefineXMLFlags(m_conn, xml.toUtf8().constData(),
                                                    VIR_DOMAIN_DEFINE_VALIDATE));
        if (!domain && virGetLastErrorCode() == VIR_ERR_NO_SUPPORT)
            domain.reset(virDomainDefineXML(m_conn, xml.toUtf8().constData()));
        if (!domain)
            return libvirtFailed(tr("Defining %1").arg(m_spec.name));
        m_rollback.addDomain(domain.get());
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(domain.get(), uuid) == 0)
            m_uuid = QString::fromLatin1(uuid);
        m_domain = std::move(domain);
        m_control.log(tr("Defined %1").arg(m_spec.name));
        return true;
    }

    bool start() {
        m_control.setProgress(0.8, tr("Starting %1…").arg(m_spec.name));
        if (virDomainCreate(m_domain.get()) != 0)
            return libvirtFailed(tr("Starting %1").arg(m_spec.name));
        m_control.log(tr("Started %1").arg(m_spec.name));
        return true;
    }

    virConnectPtr m_conn;
    NewGuestSpec m_spec;
    JobControl &m_control;
    Rollback m_rollback;
    DomainHandle m_domain;
    QString m_uuid;
    JobResult m_result;
};

} // namespace

JobResult GuestCreator::create(virConnectPtr connection, NewGuestSpec spec, const QString &xml,
                               JobControl &control) {
    return Creation(connection, std::move(spec), control).run(xml);
}

QString GuestCreator::plannedVolumePath(const QString &poolTargetPath, const QString &volumeName) {
    return poolTargetPath.isEmpty() ? volumeName : poolTargetPath + QLatin1Char('/') + volumeName;
}
