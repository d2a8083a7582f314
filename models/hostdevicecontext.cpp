// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostdevicecontext.h"

#include "connectionuri.h"
#include "libvirthandles.h"

#include <QDomDocument>
#include <QSet>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>

// Every part is optional: a driver that lacks networks, interfaces, node devices or domain
// capabilities (the test driver, LXC) leaves its fields empty and the editors offer the usual
// values instead.

namespace {

QString text(char *owned) {
    CString s(owned);
    return s ? QString::fromUtf8(s.get()) : QString();
}

QDomElement rootOf(const QString &xml) {
    QDomDocument doc;
    if (!doc.setContent(xml))
        return {};
    return doc.documentElement();
}

QString childText(const QDomElement &parent, const char *name) {
    return parent.firstChildElement(QLatin1String(name)).text().trimmed();
}

void readGuest(virConnectPtr c, const QString &uuid, DeviceEditorContext *out) {
    DomainHandle dom(virDomainLookupByUUIDString(c, uuid.toUtf8().constData()));
    if (!dom)
        return;
    out->running = virDomainIsActive(dom.get()) == 1;
    out->guestName = QString::fromUtf8(virDomainGetName(dom.get()));
    QStringList xmls{text(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE))};
    if (out->running)
        xmls << text(virDomainGetXMLDesc(dom.get(), 0)); // a disk only plugged in live counts too
    for (const QString &xml : xmls) {
        const QDomElement root = rootOf(xml);
        if (root.isNull())
            continue;
        if (out->domainType.isEmpty()) {
            out->domainType = root.attribute(QStringLiteral("type"));
            const QDomElement type = root.firstChildElement(QStringLiteral("os"))
                                         .firstChildElement(QStringLiteral("type"));
            out->arch = type.attribute(QStringLiteral("arch"));
            out->machine = type.attribute(QStringLiteral("machine"));
        }
        const QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
        for (QDomElement d = devices.firstChildElement(QStringLiteral("disk")); !d.isNull();
             d = d.nextSiblingElement(QStringLiteral("disk"))) {
            const QString target =
                d.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev"));
            if (!target.isEmpty() && !out->usedDiskTargets.contains(target))
                out->usedDiskTargets << target;
        }
    }
}

void readNetworks(virConnectPtr c, DeviceEditorContext *out) {
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(c, &nets, 0);
    for (int i = 0; i < n; ++i) {
        out->networks << QString::fromUtf8(virNetworkGetName(nets[i]));
        virNetworkFree(nets[i]);
    }
    std::free(nets);
    out->networks.sort();
}

// Bridges first (what "bridge" networking needs), then the other host interfaces (macvtap).
void readHostInterfaces(virConnectPtr c, DeviceEditorContext *out) {
    QStringList bridges, others;
    virInterfacePtr *ifaces = nullptr;
    const int n = virConnectListAllInterfaces(c, &ifaces, 0);
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(virInterfaceGetName(ifaces[i]));
        const QDomElement root = rootOf(text(virInterfaceGetXMLDesc(ifaces[i], 0)));
        if (root.attribute(QStringLiteral("type")) == QLatin1String("bridge"))
            bridges << name;
        else if (name != QLatin1String("lo"))
            others << name;
        virInterfaceFree(ifaces[i]);
    }
    std::free(ifaces);
    if (n < 0) {
        // No interface driver here: the node devices still name the host's network devices.
        virNodeDevicePtr *devices = nullptr;
        const int m =
            virConnectListAllNodeDevices(c, &devices, VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET);
        for (int i = 0; i < m; ++i) {
            const QDomElement cap = rootOf(text(virNodeDeviceGetXMLDesc(devices[i], 0)))
                                        .firstChildElement(QStringLiteral("capability"));
            const QString name = childText(cap, "interface");
            if (!name.isEmpty() && name != QLatin1String("lo"))
                (name.startsWith(QLatin1String("br")) || name.startsWith(QLatin1String("virbr"))
                     ? bridges
                     : others)
                    << name;
            virNodeDeviceFree(devices[i]);
        }
        std::free(devices);
    }
    bridges.sort();
    others.sort();
    out->bridges = bridges + others;
}

void readPools(virConnectPtr c, DeviceEditorContext *out) {
    virStoragePoolPtr *pools = nullptr;
    const int n = virConnectListAllStoragePools(c, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    for (int i = 0; i < n; ++i) {
        StoragePoolHandle pool(pools[i]);
        DeviceEditorContext::Pool p;
        p.name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
        const QDomElement root = rootOf(text(virStoragePoolGetXMLDesc(pool.get(), 0)));
        p.type = root.attribute(QStringLiteral("type"));
        p.path = childText(root.firstChildElement(QStringLiteral("target")), "path");
        virStoragePoolInfo info{};
        if (virStoragePoolGetInfo(pool.get(), &info) == 0)
            p.freeBytes = info.available;
        virStorageVolPtr *vols = nullptr;
        const int m = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
        for (int v = 0; v < m; ++v) {
            StorageVolHandle vol(vols[v]);
            p.volumes << QString::fromUtf8(virStorageVolGetName(vol.get()));
        }
        std::free(vols);
        p.volumes.sort();
        out->pools << p;
    }
    std::free(pools);
    std::sort(out->pools.begin(), out->pools.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
}

QString hex(const QString &decimal, int width) {
    return QStringLiteral("0x%1").arg(decimal.toUInt(), width, 16, QLatin1Char('0'));
}

void readHostDevices(virConnectPtr c, DeviceEditorContext *out) {
    for (unsigned flag : {unsigned(VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV),
                          unsigned(VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV)}) {
        virNodeDevicePtr *devices = nullptr;
        const int n = virConnectListAllNodeDevices(c, &devices, flag);
        for (int i = 0; i < n; ++i) {
            const QDomElement cap = rootOf(text(virNodeDeviceGetXMLDesc(devices[i], 0)))
                                        .firstChildElement(QStringLiteral("capability"));
            DeviceEditorContext::HostDevice d;
            d.nodeName = QString::fromUtf8(virNodeDeviceGetName(devices[i]));
            d.kind = flag == VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV ? QStringLiteral("usb")
                                                                       : QStringLiteral("pci");
            const QDomElement product = cap.firstChildElement(QStringLiteral("product"));
            const QDomElement vendor = cap.firstChildElement(QStringLiteral("vendor"));
            d.productId = product.attribute(QStringLiteral("id"));
            d.vendorId = vendor.attribute(QStringLiteral("id"));
            const QString productName = product.text().trimmed();
            const QString vendorName = vendor.text().trimmed();
            d.description = productName.isEmpty()  ? vendorName
                            : vendorName.isEmpty() ? productName
                                                   : productName + QStringLiteral(" (") +
                                                         vendorName + QLatin1Char(')');
            if (d.description.isEmpty())
                d.description = d.nodeName;
            if (d.kind == QLatin1String("pci")) {
                d.pciDomain = hex(childText(cap, "domain"), 4);
                d.pciBus = hex(childText(cap, "bus"), 2);
                d.pciSlot = hex(childText(cap, "slot"), 2);
                d.pciFunction = hex(childText(cap, "function"), 1);
            }
            out->hostDevices << d;
            virNodeDeviceFree(devices[i]);
        }
        std::free(devices);
    }
}

QStringList enumValues(const QDomElement &devices, const char *device, const char *enumName) {
    QStringList values;
    const QDomElement element = devices.firstChildElement(QLatin1String(device));
    if (element.attribute(QStringLiteral("supported")) == QLatin1String("no"))
        return values;
    for (QDomElement e = element.firstChildElement(QStringLiteral("enum")); !e.isNull();
         e = e.nextSiblingElement(QStringLiteral("enum"))) {
        if (e.attribute(QStringLiteral("name")) != QLatin1String(enumName))
            continue;
        for (QDomElement v = e.firstChildElement(QStringLiteral("value")); !v.isNull();
             v = v.nextSiblingElement(QStringLiteral("value")))
            values << v.text().trimmed();
    }
    return values;
}

void readDomainCapabilities(virConnectPtr c, const QString &uuid, DeviceEditorContext *out) {
    DomainHandle dom(virDomainLookupByUUIDString(c, uuid.toUtf8().constData()));
    const QString emulator =
        dom ? childText(rootOf(text(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE)))
                            .firstChildElement(QStringLiteral("devices")),
                        "emulator")
            : QString();
    const QByteArray emulatorBytes = emulator.toUtf8(), arch = out->arch.toUtf8(),
                     machine = out->machine.toUtf8(), type = out->domainType.toUtf8();
    auto orNull = [](const QByteArray &b) { return b.isEmpty() ? nullptr : b.constData(); };
    const QDomElement devices =
        rootOf(text(virConnectGetDomainCapabilities(c, orNull(emulatorBytes), orNull(arch),
                                                    orNull(machine), orNull(type), 0)))
            .firstChildElement(QStringLiteral("devices"));
    if (devices.isNull())
        return;
    out->diskBuses = enumValues(devices, "disk", "bus");
    out->videoModels = enumValues(devices, "video", "modelType");
    out->graphicsTypes = enumValues(devices, "graphics", "type");
    out->tpmModels = enumValues(devices, "tpm", "model");
    out->tpmBackends = enumValues(devices, "tpm", "backendModel");
    out->rngBackends = enumValues(devices, "rng", "backendModel");
    out->filesystemDrivers = enumValues(devices, "filesystem", "driverType");
    out->hostdevSubsystemTypes = enumValues(devices, "hostdev", "subsysType");
}

// MACs of every guest on the host, defined and running: a duplicate cuts both guests off.
void readUsedMacs(virConnectPtr c, DeviceEditorContext *out) {
    QSet<QString> macs;
    DomainArray domains;
    domains.setCount(virConnectListAllDomains(c, domains.out(), 0));
    for (int i = 0; i < domains.count(); ++i) {
        QList<unsigned> flags{unsigned(VIR_DOMAIN_XML_INACTIVE)};
        if (virDomainIsActive(domains[i]) == 1)
            flags << 0u;
        for (unsigned f : flags) {
            const QDomElement devices = rootOf(text(virDomainGetXMLDesc(domains[i], f)))
                                            .firstChildElement(QStringLiteral("devices"));
            for (QDomElement nic = devices.firstChildElement(QStringLiteral("interface"));
                 !nic.isNull(); nic = nic.nextSiblingElement(QStringLiteral("interface"))) {
                const QString mac = nic.firstChildElement(QStringLiteral("mac"))
                                        .attribute(QStringLiteral("address"))
                                        .toLower();
                if (!mac.isEmpty())
                    macs.insert(mac);
            }
        }
    }
    out->usedMacs = QStringList(macs.cbegin(), macs.cend());
    out->usedMacs.sort();
}

} // namespace

DeviceEditorContext DeviceEditorContext::read(virConnectPtr connection, const QString &uuid) {
    DeviceEditorContext out;
    readGuest(connection, uuid, &out);
    const ConnectionUri uri = ConnectionUri::parse(text(virConnectGetURI(connection)));
    out.localHost = uri.host().isEmpty();
    readNetworks(connection, &out);
    readHostInterfaces(connection, &out);
    readPools(connection, &out);
    readHostDevices(connection, &out);
    readDomainCapabilities(connection, uuid, &out);
    readUsedMacs(connection, &out);
    virResetLastError(); // what a driver does not offer is simply not offered
    return out;
}
