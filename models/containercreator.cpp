// SPDX-License-Identifier: GPL-2.0-or-later
#include "containercreator.h"

#include "containerxmlbuilder.h"
#include "libvirthandles.h"
#include "rollback.h"
#include "rootfsbootstrap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <optional>

namespace {

// Messages are looked up under "ContainerCreator"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(ContainerCreator)
};

// One transaction: the steps share the rollback, the control and the result.
class Creation {
public:
    Creation(virConnectPtr c, ContainerSpec spec, JobControl &control)
        : m_conn(c)
        , m_spec(std::move(spec))
        , m_control(control) {}

    JobResult run() {
        if (!checkSpec() || !checkName() || cancelled() || !bootstrap() || cancelled())
            return fail();
        if (!define() || cancelled())
            return fail();
        m_rollback.commit();
        m_bootstrap.reset(); // the root file system now belongs to the container
        JobItem item;
        item.name = m_spec.name;
        item.uuid = m_uuid;
        item.ok = true;
        if (m_spec.startAfterCreation)
            start(item);
        m_control.setProgress(1, UiText::tr("Done"));
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
        QStringList undone = m_rollback.undo();
        // The root file system was made before the definition: it goes last.
        if (m_bootstrap)
            undone << m_bootstrap->removeWhatWasMade();
        for (const QString &line : undone)
            m_control.log(line);
        m_result.notes << undone;
        m_result.ok = false;
        if (m_control.isCancelled())
            m_result.cancelled = true;
        return m_result;
    }

    bool invalid(const QString &title, const QString &reason, const QString &hint = {}) {
        m_result.error = UserError::make(UserError::Kind::InvalidInput, title, reason, hint);
        m_control.log(m_result.error.summary());
        return false;
    }

    bool checkSpec() {
        QString reason;
        if (!ContainerXmlBuilder::validName(m_spec.name, &reason))
            return invalid(UiText::tr("The name cannot be used"), reason);
        if (m_spec.memoryMiB < ContainerXmlBuilder::minimumMemoryMiB)
            return invalid(UiText::tr("Too little memory"),
                           UiText::tr("A container needs a memory limit of at least %1 MiB.")
                               .arg(ContainerXmlBuilder::minimumMemoryMiB));
        if (m_spec.kind == ContainerSpec::Kind::Application &&
            !QDir::isAbsolutePath(m_spec.command))
            return invalid(UiText::tr("The command cannot be used"),
                           UiText::tr("The command must be a full path, such as /bin/sh."));
        if (m_spec.kind == ContainerSpec::Kind::OsContainer &&
            !QDir::isAbsolutePath(m_spec.rootfsPath))
            return invalid(UiText::tr("The root file system cannot be used"),
                           UiText::tr("The root file system must be a full path, such as "
                                      "/var/lib/lxc/web/rootfs."));
        return true;
    }

    bool checkName() {
        DomainHandle existing(virDomainLookupByName(m_conn, m_spec.name.toUtf8().constData()));
        virResetLastError();
        if (!existing)
            return true;
        m_result.error = UserError::make(
            UserError::Kind::NameTaken, UiText::tr("The name is taken"),
            UiText::tr("A guest named %1 already exists on this host.").arg(m_spec.name),
            UiText::tr("Choose another name."));
        m_control.log(m_result.error.summary());
        return false;
    }

    // debootstrap runs here, on this computer: refuse when libvirt's host is another one.
    bool hostIsThisComputer() {
        CString uri(virConnectGetURI(m_conn));
        virResetLastError();
        return uri && QUrl(QString::fromUtf8(uri.get())).host().isEmpty();
    }

    bool bootstrap() {
        if (m_spec.kind != ContainerSpec::Kind::OsContainer || !m_spec.createRootfs)
            return true;
        if (!hostIsThisComputer()) {
            m_result.error = UserError::make(
                UserError::Kind::NotSupported, UiText::tr("Cannot make a root file system there"),
                UiText::tr("debootstrap runs on this computer, but the container's host is another "
                           "one."),
                UiText::tr("Make the root file system on that host and choose its folder."));
            return false;
        }
        m_control.log(UiText::tr("Making a Debian %1 root file system in %2 from %3")
                          .arg(m_spec.release, m_spec.rootfsPath, m_spec.mirror));
        m_bootstrap.emplace(m_spec.rootfsPath, m_spec.release, m_spec.mirror,
                            m_spec.bootstrapProgram);
        const UserError error = m_bootstrap->run(m_control, 0.02, 0.9);
        if (error.isNull())
            return true;
        m_result.error = error;
        m_control.log(error.summary());
        return false;
    }

    bool define() {
        m_control.setProgress(0.92, UiText::tr("Defining %1…").arg(m_spec.name));
        const QByteArray xml = ContainerXmlBuilder::build(m_spec).toUtf8();
        DomainHandle domain(
            virDomainDefineXMLFlags(m_conn, xml.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
        if (!domain && virGetLastErrorCode() == VIR_ERR_NO_SUPPORT)
            domain.reset(virDomainDefineXML(m_conn, xml.constData()));
        if (!domain) {
            m_result.error =
                UserError::fromLastLibvirtError(UiText::tr("Defining %1").arg(m_spec.name));
            m_control.log(m_result.error.summary());
            return false;
        }
        m_rollback.addDomain(domain.get());
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(domain.get(), uuid) == 0)
            m_uuid = QString::fromLatin1(uuid);
        m_domain = std::move(domain);
        m_control.log(UiText::tr("Defined %1").arg(m_spec.name));
        return true;
    }

    void start(JobItem &item) {
        m_control.setProgress(0.96, UiText::tr("Starting %1…").arg(m_spec.name));
        if (virDomainCreate(m_domain.get()) == 0) {
            m_control.log(UiText::tr("Started %1").arg(m_spec.name));
            return;
        }
        item.error = UserError::fromLastLibvirtError(UiText::tr("Starting %1").arg(m_spec.name));
        m_control.log(item.error.summary());
        m_result.notes << UiText::tr("%1 was created but could not be started: %2")
                              .arg(m_spec.name, item.error.summary());
    }

    virConnectPtr m_conn;
    ContainerSpec m_spec;
    JobControl &m_control;
    Rollback m_rollback;
    std::optional<RootfsBootstrap> m_bootstrap;
    DomainHandle m_domain;
    QString m_uuid;
    JobResult m_result;
};

} // namespace

JobResult ContainerCreator::create(virConnectPtr connection, ContainerSpec spec,
                                   JobControl &control) {
    return Creation(connection, std::move(spec), control).run();
}
