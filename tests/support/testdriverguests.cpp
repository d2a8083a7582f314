// SPDX-License-Identifier: GPL-2.0-or-later
#include "testdriverguests.h"

#include "libvirthandles.h"

#include <libvirt/virterror.h>

namespace {

QString lastError() {
    const virError *e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown error");
}

StoragePoolHandle defaultPool(virConnectPtr conn) {
    return StoragePoolHandle(virStoragePoolLookupByName(conn, "default-pool"));
}

} // namespace

TestDriverGuests::TestDriverGuests(const QString &prefix)
    : m_conn(virConnectOpen("test:///default"))
    , m_prefix(prefix) {
    removeAll(); // leftovers of an earlier test that stopped half-way
}

TestDriverGuests::~TestDriverGuests() {
    if (!m_conn)
        return;
    removeAll();
    virConnectClose(m_conn);
}

QString TestDriverGuests::define(const QString &xml, QString *error) {
    DomainHandle domain(virDomainDefineXML(m_conn, xml.toUtf8().constData()));
    if (!domain) {
        if (error)
            *error = lastError();
        return {};
    }
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(domain.get(), uuid);
    return QString::fromLatin1(uuid);
}

QString TestDriverGuests::defineWithDisk(const QString &name, QString *error) {
    if (!m_conn)
        return {};
    StoragePoolHandle pool = defaultPool(m_conn);
    if (!pool) {
        if (error)
            *error = lastError();
        return {};
    }
    const QString volume =
        QStringLiteral("<volume><name>%1.qcow2</name><capacity unit='GiB'>1</capacity>"
                       "<allocation unit='MiB'>4</allocation>"
                       "<target><format type='qcow2'/></target></volume>")
            .arg(name);
    StorageVolHandle vol(virStorageVolCreateXML(pool.get(), volume.toUtf8().constData(), 0));
    if (!vol) {
        if (error)
            *error = lastError();
        return {};
    }
    return define(
        QStringLiteral("<domain type='test'><name>%1</name><memory unit='MiB'>256</memory>"
                       "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices>"
                       "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                       "<source file='/default-pool/%1.qcow2'/>"
                       "<target dev='vda' bus='virtio'/></disk>"
                       "<disk type='file' device='cdrom'><source file='/isos/tools.iso'/>"
                       "<target dev='hdc' bus='ide'/><readonly/></disk>"
                       "<interface type='network'><mac address='52:54:00:5a:00:01'/>"
                       "<source network='default'/></interface></devices></domain>")
            .arg(name),
        error);
}

QString TestDriverGuests::defineBare(const QString &name) {
    if (!m_conn)
        return {};
    return define(QStringLiteral("<domain type='test'><name>%1</name><memory unit='MiB'>64"
                                 "</memory><os><type>hvm</type></os></domain>")
                      .arg(name),
                  nullptr);
}

bool TestDriverGuests::start(const QString &name) {
    DomainHandle d(m_conn ? virDomainLookupByName(m_conn, name.toUtf8().constData()) : nullptr);
    return d && virDomainCreate(d.get()) == 0;
}

bool TestDriverGuests::exists(const QString &name) const {
    DomainHandle d(m_conn ? virDomainLookupByName(m_conn, name.toUtf8().constData()) : nullptr);
    virResetLastError();
    return d != nullptr;
}

QString TestDriverGuests::xml(const QString &name) const {
    DomainHandle d(m_conn ? virDomainLookupByName(m_conn, name.toUtf8().constData()) : nullptr);
    if (!d)
        return {};
    CString text(virDomainGetXMLDesc(d.get(), VIR_DOMAIN_XML_INACTIVE));
    return text ? QString::fromUtf8(text.get()) : QString();
}

QStringList TestDriverGuests::volumeNames() const {
    QStringList names;
    StoragePoolHandle pool = m_conn ? defaultPool(m_conn) : StoragePoolHandle();
    if (!pool)
        return names;
    virStorageVolPtr *volumes = nullptr;
    const int n = virStoragePoolListAllVolumes(pool.get(), &volumes, 0);
    for (int i = 0; i < n; ++i) {
        StorageVolHandle v(volumes[i]);
        names << QString::fromUtf8(virStorageVolGetName(v.get()));
    }
    std::free(volumes);
    names.sort();
    return names;
}

void TestDriverGuests::removeAll() {
    if (!m_conn)
        return;
    DomainArray all;
    all.setCount(virConnectListAllDomains(m_conn, all.out(), 0));
    for (int i = 0; i < all.count(); ++i) {
        if (!QString::fromUtf8(virDomainGetName(all[i])).startsWith(m_prefix))
            continue;
        if (virDomainIsActive(all[i]) == 1)
            virDomainDestroy(all[i]);
        virDomainUndefine(all[i]);
    }
    if (StoragePoolHandle pool = defaultPool(m_conn)) {
        for (const QString &name : volumeNames()) {
            if (!name.startsWith(m_prefix))
                continue;
            StorageVolHandle v(virStorageVolLookupByName(pool.get(), name.toUtf8().constData()));
            if (v)
                virStorageVolDelete(v.get(), 0);
        }
    }
    virResetLastError();
}
