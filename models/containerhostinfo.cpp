// SPDX-License-Identifier: GPL-2.0-or-later
#include "containerhostinfo.h"

#include "libvirthandles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QFileInfo>

#include <libvirt/virterror.h>

#include <memory>

namespace {

struct NetworkFreer {
    void operator()(virNetworkPtr n) const { virNetworkFree(n); }
};
struct InterfaceFreer {
    void operator()(virInterfacePtr i) const { virInterfaceFree(i); }
};
using NetworkHandle = std::unique_ptr<virNetwork, NetworkFreer>;
using InterfaceHandle = std::unique_ptr<virInterface, InterfaceFreer>;

// Takes ownership of a libvirt-allocated array of handles and of each handle in it.
template <typename Handle, typename Raw> std::vector<Handle> adopt(Raw *array, int count) {
    std::vector<Handle> out;
    for (int i = 0; i < count; ++i)
        out.emplace_back(array[i]);
    std::free(array);
    return out;
}

QString lastError() {
    return QString::fromUtf8(virGetLastErrorMessage());
}

} // namespace

ContainerHostInfo ContainerHostInfo::query(virConnectPtr c, bool localHost) {
    ContainerHostInfo info;
    QStringList problems;

    DomainArray domains;
    const int domainCount = virConnectListAllDomains(c, domains.out(), 0);
    domains.setCount(domainCount);
    if (domainCount < 0)
        problems << lastError();
    for (int i = 0; i < domains.count(); ++i)
        info.guestNames << QString::fromUtf8(virDomainGetName(domains[i]));

    virNetworkPtr *rawNetworks = nullptr;
    const int networkCount = virConnectListAllNetworks(c, &rawNetworks, 0);
    if (networkCount < 0)
        problems << lastError();
    for (const NetworkHandle &n : adopt<NetworkHandle>(rawNetworks, networkCount)) {
        const QString name = QString::fromUtf8(virNetworkGetName(n.get()));
        info.networks << name;
        if (virNetworkIsActive(n.get()) != 1)
            info.inactiveNetworks << name;
    }

    // The interface backend may be missing (no netcf/udev): bridges are then only a hint.
    virInterfacePtr *rawInterfaces = nullptr;
    const int interfaceCount = virConnectListAllInterfaces(c, &rawInterfaces, 0);
    for (const InterfaceHandle &i : adopt<InterfaceHandle>(rawInterfaces, interfaceCount)) {
        CString xml(virInterfaceGetXMLDesc(i.get(), 0));
        QDomDocument doc;
        if (xml && doc.setContent(QByteArray(xml.get())) &&
            doc.documentElement().attribute(QStringLiteral("type")) == QLatin1String("bridge"))
            info.bridges << QString::fromUtf8(virInterfaceGetName(i.get()));
    }
    virResetLastError();
    if (localHost) {
        const QDir net(QStringLiteral("/sys/class/net"));
        for (const QString &device : net.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QFileInfo(net.filePath(device) + QStringLiteral("/bridge")).isDir() &&
                !info.bridges.contains(device))
                info.bridges << device;
    }

    info.networks.sort();
    info.bridges.sort();
    info.error = problems.join(QLatin1Char('\n'));
    return info;
}
