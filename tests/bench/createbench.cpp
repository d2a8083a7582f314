// SPDX-License-Identifier: GPL-2.0-or-later
#include "createbench.h"

#include "libvirthandles.h"
#include "namepattern.h"
#include "templatedeployer.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

QString lastError() {
    return QString::fromUtf8(virGetLastErrorMessage());
}

// Removes the guests, volumes and pool a run made, whatever happened.
class BenchPool {
public:
    explicit BenchPool(virConnectPtr conn)
        : m_conn(conn) {}
    ~BenchPool() {
        for (const QString &name : guests) {
            DomainHandle d(virDomainLookupByName(m_conn, name.toUtf8().constData()));
            if (d && virDomainUndefineFlags(d.get(), VIR_DOMAIN_UNDEFINE_NVRAM) != 0)
                virDomainUndefine(d.get());
        }
        if (pool) {
            virStoragePoolRefresh(pool.get(), 0);
            virStorageVolPtr *vols = nullptr;
            const int n = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
            for (int i = 0; i < n; ++i) {
                virStorageVolDelete(vols[i], 0);
                virStorageVolFree(vols[i]);
            }
            std::free(vols);
            virStoragePoolDestroy(pool.get());
            virStoragePoolUndefine(pool.get());
        }
        virResetLastError();
    }
    StoragePoolHandle pool;
    QStringList guests;

private:
    virConnectPtr m_conn;
};

} // namespace

QJsonObject CreateBench::run(int guests) {
    QJsonObject result;
    auto fail = [&result](const QString &why) {
        result.insert(QStringLiteral("error"), why);
        return result;
    };
    const bool system = TestSupport::systemDaemonAnswers();
    ConnectHandle conn(virConnectOpen(system ? "qemu:///system" : "test:///default"));
    if (!conn)
        return fail(QStringLiteral("cannot connect: ") + lastError());
    result.insert(QStringLiteral("qemu_system"), system ? 1 : 0);

    const QString dir = TestSupport::makeTempDir(QStringLiteral("createbench"));
    QFile(dir).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOther);
    const QString tag = QString::number(QCoreApplication::applicationPid());
    BenchPool cleanup(conn.get());
    const QString poolXml = QStringLiteral("<pool type='dir'><name>vdtest-pool-bench-%1</name>"
                                           "<target><path>%2</path></target></pool>")
                                .arg(tag, dir);
    cleanup.pool.reset(virStoragePoolDefineXML(conn.get(), poolXml.toUtf8().constData(), 0));
    if (!cleanup.pool || virStoragePoolBuild(cleanup.pool.get(), 0) != 0 ||
        virStoragePoolCreate(cleanup.pool.get(), 0) != 0)
        return fail(QStringLiteral("cannot make the pool: ") + lastError());

    const QString volXml = QStringLiteral(
        "<volume><name>template.qcow2</name><capacity unit='GiB'>1</capacity>"
        "<allocation unit='bytes'>0</allocation><target><format type='qcow2'/></target>"
        "</volume>");
    StorageVolHandle disk(
        virStorageVolCreateXML(cleanup.pool.get(), volXml.toUtf8().constData(), 0));
    if (!disk)
        return fail(QStringLiteral("cannot make the template disk: ") + lastError());
    CString diskPath(virStorageVolGetPath(disk.get()));

    const QString type = !system                    ? QStringLiteral("test")
                         : TestSupport::kvmUsable() ? QStringLiteral("kvm")
                                                    : QStringLiteral("qemu");
    const QString templateName = QStringLiteral("vdtest-benchtmpl-") + tag;
    const QString domXml =
        QStringLiteral(
            "<domain type='%1'><name>%2</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>"
            "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>%3"
            "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
            "<source file='%4'/><target dev='vda' bus='virtio'/></disk>"
            "<interface type='user'><model type='virtio'/></interface>"
            "<graphics type='vnc' autoport='yes'/></devices></domain>")
            .arg(type, templateName,
                 system ? QStringLiteral("<emulator>/usr/bin/qemu-system-x86_64</emulator>")
                        : QString(),
                 QString::fromUtf8(diskPath.get()));
    DomainHandle templ(virDomainDefineXML(conn.get(), domXml.toUtf8().constData()));
    if (!templ)
        return fail(QStringLiteral("cannot define the template: ") + lastError());
    cleanup.guests << templateName;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(templ.get(), uuid);

    for (bool linked : {true, false}) {
        TemplateRequest request;
        request.templateUuid = QString::fromLatin1(uuid);
        request.names =
            NamePattern::expand(
                QStringLiteral("vdtest-bench-%1-%2-{01..%3}")
                    .arg(linked ? QStringLiteral("linked") : QStringLiteral("full"), tag)
                    .arg(guests, 2, 10, QLatin1Char('0')))
                .names;
        request.linked = linked;
        cleanup.guests << request.names;
        JobControl control;
        QElapsedTimer timer;
        timer.start();
        const JobResult r = TemplateDeployer::deploy(conn.get(), request, control);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!r.ok || r.items.size() != guests)
            return fail(QStringLiteral("deploying %1 guests failed: %2")
                            .arg(guests)
                            .arg(r.error.summary() + QLatin1Char(' ') +
                                 (r.items.isEmpty() ? QString() : r.items.last().error.summary())));
        result.insert(linked ? QStringLiteral("linked_s") : QStringLiteral("full_s"), seconds);
    }
    result.insert(QStringLiteral("guests"), guests);
    return result;
}
