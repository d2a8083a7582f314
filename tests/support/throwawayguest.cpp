// SPDX-License-Identifier: GPL-2.0-or-later
#include "throwawayguest.h"

#include "testsupport.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>

namespace {

QString lastMessage() {
    const virError *e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("(no message)");
}

void undefineAll(virDomainPtr d) {
    if (virDomainIsActive(d) == 1)
        virDomainDestroy(d);
    if (virDomainIsPersistent(d) == 1)
        virDomainUndefineFlags(d, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                      VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                                      VIR_DOMAIN_UNDEFINE_NVRAM);
}

} // namespace

ThrowawayGuest::ThrowawayGuest(const QString &uri)
    : m_conn(virConnectOpen(uri.toUtf8().constData())) {}

ThrowawayGuest::~ThrowawayGuest() {
    if (m_domain) {
        undefineAll(m_domain);
        virDomainFree(m_domain);
    }
    if (m_conn)
        virConnectClose(m_conn);
}

QString ThrowawayGuest::xml(const QString &name, const Options &o) {
    const QString type = !o.domainType.isEmpty()    ? o.domainType
                         : TestSupport::kvmUsable() ? QStringLiteral("kvm")
                                                    : QStringLiteral("qemu");
    QString graphics;
    if (o.graphics != QLatin1String("none")) {
        graphics =
            QStringLiteral("<graphics type='%1' autoport='yes' listen='127.0.0.1'%2>"
                           "<listen type='address' address='127.0.0.1'/></graphics>")
                .arg(o.graphics, o.graphicsPassword.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" passwd='%1'").arg(o.graphicsPassword));
        graphics += QStringLiteral("<video><model type='%1'/></video>")
                        .arg(o.graphics == QLatin1String("spice") ? QStringLiteral("qxl")
                                                                  : QStringLiteral("vga"));
    }
    const QString serial =
        o.serialConsole
            ? QStringLiteral("<serial type='pty'><target port='0'/></serial>"
                             "<console type='pty'><target type='serial' port='0'/></console>")
            : QString();
    QString os = o.serialConsole ? QStringLiteral("<bios useserial='yes'/>") : QString();
    if (o.bootMenuTimeoutMs > 0)
        os += QStringLiteral("<bootmenu enable='yes' timeout='%1'/>").arg(o.bootMenuTimeoutMs);
    const QString disk = o.bootDisk.isEmpty()
                             ? QString()
                             : QStringLiteral("<disk type='file' device='disk'><driver name='qemu' "
                                              "type='raw'/><source file='%1'/><target dev='hda' "
                                              "bus='ide'/></disk>")
                                   .arg(o.bootDisk);
    return QStringLiteral("<domain type='%1'><name>%2</name>"
                          "<memory unit='MiB'>%3</memory><vcpu>1</vcpu>"
                          "<os><type arch='x86_64' machine='pc'>hvm</type>%4</os>"
                          "<features><acpi/></features>"
                          "<on_reboot>restart</on_reboot>"
                          "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator>"
                          "%5%6%7</devices></domain>")
        .arg(type, name)
        .arg(o.memoryMiB)
        .arg(os, graphics, serial, disk + o.extraDevices);
}

bool ThrowawayGuest::define(const Options &options, QString *error) {
    if (!m_conn) {
        if (error)
            *error = QStringLiteral("cannot open qemu:///system: ") + lastMessage();
        return false;
    }
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("vdtest-%1-%2-%3")
                 .arg(options.tag)
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter++);
    m_domain = virDomainDefineXML(m_conn, xml(m_name, options).toUtf8().constData());
    if (!m_domain && error)
        *error = QStringLiteral("cannot define guest: ") + lastMessage();
    return m_domain != nullptr;
}

bool ThrowawayGuest::start(QString *error) {
    if (m_domain && virDomainCreate(m_domain) == 0)
        return true;
    if (error)
        *error = QStringLiteral("cannot start guest: ") + lastMessage();
    return false;
}

void ThrowawayGuest::destroy() {
    if (m_domain && virDomainIsActive(m_domain) == 1)
        virDomainDestroy(m_domain);
}

QString ThrowawayGuest::uuid() const {
    char buf[VIR_UUID_STRING_BUFLEN] = {};
    if (m_domain)
        virDomainGetUUIDString(m_domain, buf);
    return QString::fromLatin1(buf);
}

int ThrowawayGuest::state() const {
    int state = -1;
    int reason = 0;
    if (m_domain)
        virDomainGetState(m_domain, &state, &reason, 0);
    return state;
}

void ThrowawayGuest::removeLeftovers(const QString &uri) {
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return;
    virDomainPtr *list = nullptr;
    const int n = virConnectListAllDomains(c, &list, 0);
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(virDomainGetName(list[i]));
        if (name.startsWith(QLatin1String("vdtest-")))
            undefineAll(list[i]);
        virDomainFree(list[i]);
    }
    free(list);
    virConnectClose(c);
}
