// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostresources.h"

#include "libvirthandles.h"

#include <QFileInfo>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

QString text(char *owned) {
    CString s(owned);
    return s ? QString::fromUtf8(s.get()) : QString();
}

QString poolTargetPath(const QString &xml, QString *type) {
    QXmlStreamReader r(xml);
    bool inTarget = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("pool"))
                *type = r.attributes().value(QLatin1String("type")).toString();
            else if (r.name() == QLatin1String("target"))
                inTarget = true;
            else if (inTarget && r.name() == QLatin1String("path"))
                return r.readElementText();
        } else if (r.isEndElement() && r.name() == QLatin1String("target")) {
            inTarget = false;
        }
    }
    return {};
}

void readPools(virConnectPtr c, HostResources *out) {
    virStoragePoolPtr *pools = nullptr;
    const int n = virConnectListAllStoragePools(c, &pools, 0);
    for (int i = 0; i < n; ++i) {
        StoragePoolHandle pool(pools[i]);
        StoragePoolInfo info;
        info.name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
        info.active = virStoragePoolIsActive(pool.get()) == 1;
        info.targetPath = poolTargetPath(text(virStoragePoolGetXMLDesc(pool.get(), 0)), &info.type);
        virStoragePoolInfo pi;
        if (info.active && virStoragePoolGetInfo(pool.get(), &pi) == 0) {
            info.capacityBytes = qint64(pi.capacity);
            info.availableBytes = qint64(pi.available);
        }
        if (info.active) {
            virStorageVolPtr *vols = nullptr;
            const int m = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
            for (int v = 0; v < m; ++v) {
                StorageVolHandle vol(vols[v]);
                out->volumePaths << info.name + QLatin1Char('/') +
                                        QString::fromUtf8(virStorageVolGetName(vol.get()));
            }
            std::free(vols);
        }
        out->pools.append(info);
    }
    std::free(pools);
}

void readNetworks(virConnectPtr c, HostResources *out) {
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(c, &nets, 0);
    for (int i = 0; i < n; ++i) {
        NetworkInfo info;
        info.name = QString::fromUtf8(virNetworkGetName(nets[i]));
        info.active = virNetworkIsActive(nets[i]) == 1;
        info.bridge = text(virNetworkGetBridgeName(nets[i]));
        out->networks.append(info);
        virNetworkFree(nets[i]);
    }
    std::free(nets);
}

void readInterfaces(virConnectPtr c, HostResources *out) {
    virInterfacePtr *ifaces = nullptr;
    const int n = virConnectListAllInterfaces(c, &ifaces, VIR_CONNECT_LIST_INTERFACES_ACTIVE);
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(virInterfaceGetName(ifaces[i]));
        const QString xml = text(virInterfaceGetXMLDesc(ifaces[i], 0));
        if (xml.contains(QLatin1String("type='bridge'")) ||
            xml.contains(QLatin1String("type=\"bridge\"")))
            out->bridges << name;
        else if (name != QLatin1String("lo"))
            out->interfaces << name;
        virInterfaceFree(ifaces[i]);
    }
    std::free(ifaces);
}

void readGuestNames(virConnectPtr c, HostResources *out) {
    DomainArray domains;
    domains.setCount(virConnectListAllDomains(c, domains.out(), 0));
    for (int i = 0; i < domains.count(); ++i)
        out->guestNames << QString::fromUtf8(virDomainGetName(domains[i]));
}

} // namespace

HostResources HostResources::read(virConnectPtr c) {
    HostResources out;
    out.driver = QString::fromUtf8(virConnectGetType(c));
    const QString uri = text(virConnectGetURI(c));
    out.local = !uri.contains(QLatin1String("://")) ||
                uri.section(QLatin1String("://"), 1).startsWith(QLatin1Char('/'));
    const QString caps = text(virConnectGetCapabilities(c));
    QString domainCaps;
    if (out.driver == QLatin1String("QEMU")) {
        // KVM when the host offers it, else TCG; q35 is what new guests mostly use. "PVM"
        // KVM (a software hypervisor for PVM-aware kernels) cannot boot firmware or
        // installers: ordinary guests fail or crawl there, so they get TCG.
        const bool pvm = out.local && QFileInfo::exists(QStringLiteral("/sys/module/kvm_pvm"));
        out.capabilities.kvmUnsuitable = pvm;
        for (const char *type : {"kvm", "qemu"}) {
            if (pvm && qstrcmp(type, "kvm") == 0)
                continue;
            domainCaps =
                text(virConnectGetDomainCapabilities(c, nullptr, "x86_64", "q35", type, 0));
            if (!domainCaps.isEmpty())
                break;
        }
    }
    const bool kvmUnsuitable = out.capabilities.kvmUnsuitable;
    out.capabilities = HostCapabilities::parse(caps, domainCaps);
    out.capabilities.kvmUnsuitable = kvmUnsuitable;
    virNodeInfo node;
    if (virNodeGetInfo(c, &node) == 0) {
        if (out.capabilities.memoryBytes == 0)
            out.capabilities.memoryBytes = qint64(node.memory) * 1024;
        if (out.capabilities.cpus == 0)
            out.capabilities.cpus = int(node.cpus);
    }
    readPools(c, &out);
    readNetworks(c, &out);
    readInterfaces(c, &out);
    readGuestNames(c, &out);
    virResetLastError(); // drivers without networks or interfaces are not an error here
    return out;
}

const StoragePoolInfo *HostResources::pool(const QString &name) const {
    for (const StoragePoolInfo &p : pools)
        if (p.name == name)
            return &p;
    return nullptr;
}

bool HostResources::offersDefaultPool() const {
    return driver == QLatin1String("QEMU") && !pool(QStringLiteral("default"));
}
