// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestcreator.h"

#include "domainxmlbuilder.h"
#include "download.h"
#include "hostresources.h"
#include "libvirthandles.h"
#include "rollback.h"
#include "volumeupload.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDomDocument>
#include <QLocale>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

// Messages are looked up under "GuestCreator"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestCreator)
};

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
        if (!checkName() || !createDisk() || cancelled() || !fetchInstallerBoot() || cancelled())
            return fail();
        const QString xml = xmlOverride.isEmpty() ? DomainXmlBuilder::build(m_spec)
                                                  : withInstallerBoot(xmlOverride);
        if (!define(xml) || cancelled())
            return fail();
        if (m_spec.startAfterCreation && !start())
            return fail();
        if (m_spec.startAfterCreation && needsFinalConfiguration() &&
            !defineFinalConfiguration(xmlOverride))
            return fail();
        m_rollback.commit();
        m_control.setProgress(1, UiText::tr("Done"));
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
        m_result.error = UserError::make(UserError::Kind::Other, UiText::tr("Cancelled"),
                                         UiText::tr("Creating %1 was cancelled.").arg(m_spec.name));
        return true;
    }

    JobResult fail() {
        m_control.setProgress(-1, UiText::tr("Undoing what was made…"));
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
                                             UiText::tr("The name cannot be used"), reason);
            return false;
        }
        DomainHandle existing(virDomainLookupByName(m_conn, m_spec.name.toUtf8().constData()));
        virResetLastError();
        if (existing) {
            m_result.error = UserError::make(
                UserError::Kind::NameTaken, UiText::tr("The name is taken"),
                UiText::tr("A guest named %1 already exists on this host.").arg(m_spec.name),
                UiText::tr("Choose another name."));
            return false;
        }
        return true;
    }

    bool createDisk() {
        if (m_spec.disk != NewGuestSpec::DiskChoice::NewVolume)
            return true;
        const QString context = UiText::tr("Creating the disk of %1").arg(m_spec.name);
        m_control.setProgress(
            0.1, UiText::tr("Creating disk %1 (%2)…")
                     .arg(m_spec.volumeName, QLocale().formattedDataSize(m_spec.diskBytes)));
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
                UserError::Kind::NameTaken, UiText::tr("The disk name is taken"),
                UiText::tr(
                    "The storage pool %1 already holds a volume named %2; VirtDeck leaves it "
                    "alone.")
                    .arg(m_spec.pool, m_spec.volumeName),
                UiText::tr("Choose another name for the guest or its disk."));
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
        m_control.log(UiText::tr("Created disk %1").arg(m_spec.diskPath));
        return true;
    }

    // Network install: the installer's kernel and initrd are fetched from the tree here and
    // sent into the pool as volumes, so a remote host gets them too.
    bool fetchInstallerBoot() {
        if (m_spec.method != NewGuestSpec::InstallMethod::NetworkTree)
            return true;
        const QString context = UiText::tr("Fetching the installer of %1").arg(m_spec.name);
        if (m_spec.treeKernel.isEmpty() || m_spec.treeInitrd.isEmpty()) {
            m_result.error = UserError::make(
                UserError::Kind::InvalidInput, UiText::tr("The installer cannot be found"),
                UiText::tr("VirtDeck does not know where the installer's kernel is in this tree."),
                UiText::tr("Use the install disc (ISO) instead."), context);
            return false;
        }
        const QString base = m_spec.treeUrl.endsWith(QLatin1Char('/'))
                                 ? m_spec.treeUrl
                                 : m_spec.treeUrl + QLatin1Char('/');
        struct File {
            QString relative;
            QString suffix;
            QString *path;
        };
        const File files[] = {
            {m_spec.treeKernel, QStringLiteral("-installer-kernel"), &m_spec.kernelPath},
            {m_spec.treeInitrd, QStringLiteral("-installer-initrd"), &m_spec.initrdPath}};
        double at = 0.2;
        for (const File &file : files) {
            const QUrl url(base + file.relative);
            m_control.setProgress(at, UiText::tr("Downloading %1…").arg(url.toString()));
            QString why;
            const QByteArray bytes = Download::get(url, m_control, &why);
            if (bytes.isEmpty()) {
                if (m_control.isCancelled())
                    return !cancelled();
                m_result.error =
                    UserError::make(UserError::Kind::HostUnreachable,
                                    UiText::tr("The installer could not be downloaded"), why,
                                    UiText::tr("Check the address of the install tree."), context);
                return false;
            }
            m_control.log(UiText::tr("Downloaded %1 (%2)")
                              .arg(url.toString(), QLocale().formattedDataSize(bytes.size())));
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            const UserError error =
                VolumeUpload::upload(m_conn, m_spec.pool, m_spec.name, file.suffix, buffer,
                                     bytes.size(), m_rollback, file.path, context);
            if (!error.isNull()) {
                m_result.error = error;
                return false;
            }
            m_control.log(UiText::tr("Stored it as %1").arg(*file.path));
            at += 0.15;
        }
        return true;
    }

    // A hand-edited configuration gets the fetched installer's kernel and initrd too.
    QString withInstallerBoot(const QString &xml) const {
        if (m_spec.kernelPath.isEmpty())
            return xml;
        QDomDocument doc;
        if (!doc.setContent(xml))
            return xml; // libvirt says what is wrong with it
        QDomElement root = doc.documentElement();
        QDomElement os = root.firstChildElement(QStringLiteral("os"));
        auto setText = [&doc](QDomElement parent, const QString &name, const QString &value) {
            QDomElement e = parent.firstChildElement(name);
            if (e.isNull())
                e = parent.appendChild(doc.createElement(name)).toElement();
            while (e.hasChildNodes())
                e.removeChild(e.firstChild());
            e.appendChild(doc.createTextNode(value));
        };
        setText(os, QStringLiteral("kernel"), m_spec.kernelPath);
        setText(os, QStringLiteral("initrd"), m_spec.initrdPath);
        if (!m_spec.kernelArgs.isEmpty())
            setText(os, QStringLiteral("cmdline"), m_spec.kernelArgs);
        setText(root, QStringLiteral("on_reboot"), QStringLiteral("destroy"));
        return doc.toString();
    }

    // Once the installer runs, the persistent configuration boots from the disk: the
    // installer's reboot stops the guest (on_reboot=destroy) and its next start is normal.
    bool needsFinalConfiguration() const {
        using M = NewGuestSpec::InstallMethod;
        return m_spec.method == M::NetworkTree ||
               (m_spec.method == M::LocalMedia && m_spec.disk != NewGuestSpec::DiskChoice::None);
    }

    bool defineFinalConfiguration(const QString &xmlOverride) {
        NewGuestSpec final = m_spec;
        final.installed = true;
        final.kernelPath.clear();
        final.initrdPath.clear();
        final.kernelArgs.clear();
        // The same guest (its UUID), so libvirt replaces the persistent configuration.
        QDomDocument doc;
        doc.setContent(xmlOverride.isEmpty() ? DomainXmlBuilder::build(final) : xmlOverride);
        QDomElement uuid = doc.documentElement().firstChildElement(QStringLiteral("uuid"));
        if (uuid.isNull()) {
            uuid = doc.createElement(QStringLiteral("uuid"));
            doc.documentElement().insertAfter(
                uuid, doc.documentElement().firstChildElement(QStringLiteral("name")));
            uuid.appendChild(doc.createTextNode(m_uuid));
        }
        const QByteArray xml = doc.toByteArray();
        DomainHandle redefined(virDomainDefineXML(m_conn, xml.constData()));
        if (!redefined)
            return libvirtFailed(UiText::tr("Defining %1").arg(m_spec.name));
        if (!m_spec.kernelPath.isEmpty())
            m_result.notes << UiText::tr(
                                  "The installer's kernel and initrd stay in the pool %1 until you "
                                  "delete them (%2, %3).")
                                  .arg(m_spec.pool, m_spec.kernelPath, m_spec.initrdPath);
        return true;
    }

    // The "default" directory pool virt-manager also makes on first use.
    StoragePoolHandle createDefaultPool() {
        const QString path = HostResources::defaultPoolPath();
        m_control.log(UiText::tr("Creating the storage pool “default” in %1").arg(path));
        const QString xml =
            QStringLiteral("<pool type='dir'><name>default</name><target><path>%1</path>"
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
        m_control.setProgress(0.6, UiText::tr("Defining %1…").arg(m_spec.name));
        DomainHandle domain(
            virDomainDefineXMLFlags(m_conn, xml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE));
        if (!domain && virGetLastErrorCode() == VIR_ERR_NO_SUPPORT)
            domain.reset(virDomainDefineXML(m_conn, xml.toUtf8().constData()));
        if (!domain)
            return libvirtFailed(UiText::tr("Defining %1").arg(m_spec.name));
        m_rollback.addDomain(domain.get());
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(domain.get(), uuid) == 0)
            m_uuid = QString::fromLatin1(uuid);
        m_domain = std::move(domain);
        m_control.log(UiText::tr("Defined %1").arg(m_spec.name));
        return true;
    }

    bool start() {
        m_control.setProgress(0.8, UiText::tr("Starting %1…").arg(m_spec.name));
        if (virDomainCreate(m_domain.get()) != 0)
            return libvirtFailed(UiText::tr("Starting %1").arg(m_spec.name));
        m_control.log(UiText::tr("Started %1").arg(m_spec.name));
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
