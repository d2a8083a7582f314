// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostcapabilities.h"

#include <QDomDocument>

namespace {

QStringList enumValues(const QDomElement &parent, const QString &name) {
    QStringList values;
    for (QDomElement e = parent.firstChildElement(QStringLiteral("enum")); !e.isNull();
         e = e.nextSiblingElement(QStringLiteral("enum"))) {
        if (e.attribute(QStringLiteral("name")) != name)
            continue;
        for (QDomElement v = e.firstChildElement(QStringLiteral("value")); !v.isNull();
             v = v.nextSiblingElement(QStringLiteral("value")))
            values << v.text();
    }
    return values;
}

void parseCapabilities(const QString &xml, HostCapabilities *caps) {
    QDomDocument doc;
    if (xml.isEmpty() || !doc.setContent(xml))
        return;
    const QDomElement root = doc.documentElement();
    const QDomElement host = root.firstChildElement(QStringLiteral("host"));
    const QString hostArch = host.firstChildElement(QStringLiteral("cpu"))
                                 .firstChildElement(QStringLiteral("arch"))
                                 .text();
    if (!hostArch.isEmpty())
        caps->arch = hostArch;
    const QDomElement topology = host.firstChildElement(QStringLiteral("topology"))
                                     .firstChildElement(QStringLiteral("cells"));
    qint64 memoryKiB = 0;
    int cpus = 0;
    for (QDomElement cell = topology.firstChildElement(QStringLiteral("cell")); !cell.isNull();
         cell = cell.nextSiblingElement(QStringLiteral("cell"))) {
        memoryKiB += cell.firstChildElement(QStringLiteral("memory")).text().toLongLong();
        cpus +=
            cell.firstChildElement(QStringLiteral("cpus")).attribute(QStringLiteral("num")).toInt();
    }
    caps->memoryBytes = memoryKiB * 1024;
    caps->cpus = cpus;

    for (QDomElement guest = root.firstChildElement(QStringLiteral("guest")); !guest.isNull();
         guest = guest.nextSiblingElement(QStringLiteral("guest"))) {
        const QDomElement arch = guest.firstChildElement(QStringLiteral("arch"));
        if (arch.attribute(QStringLiteral("name")) != caps->arch)
            continue;
        if (caps->emulator.isEmpty())
            caps->emulator = arch.firstChildElement(QStringLiteral("emulator")).text();
        for (QDomElement m = arch.firstChildElement(QStringLiteral("machine")); !m.isNull();
             m = m.nextSiblingElement(QStringLiteral("machine")))
            if (!caps->machines.contains(m.text()))
                caps->machines << m.text();
        // KVM when listed, else the first type the driver offers ("qemu", "test").
        QStringList types;
        for (QDomElement d = arch.firstChildElement(QStringLiteral("domain")); !d.isNull();
             d = d.nextSiblingElement(QStringLiteral("domain")))
            types << d.attribute(QStringLiteral("type"));
        if (types.contains(QLatin1String("kvm")))
            caps->domainType = QStringLiteral("kvm");
        else if (!types.isEmpty() && !types.contains(caps->domainType))
            caps->domainType = types.first();
    }
}

void parseDomainCapabilities(const QString &xml, HostCapabilities *caps) {
    QDomDocument doc;
    if (xml.isEmpty() || !doc.setContent(xml))
        return;
    const QDomElement root = doc.documentElement();
    // The domain capabilities were asked for the best type the host has; they say what
    // that type really is (kvm only when /dev/kvm is usable).
    const QString type = root.firstChildElement(QStringLiteral("domain")).text();
    if (!type.isEmpty())
        caps->domainType = type;
    const QString path = root.firstChildElement(QStringLiteral("path")).text();
    if (!path.isEmpty())
        caps->emulator = path;
    const QDomElement os = root.firstChildElement(QStringLiteral("os"));
    const QDomElement loader = os.firstChildElement(QStringLiteral("loader"));
    const bool loaderSupported =
        loader.attribute(QStringLiteral("supported")) == QLatin1String("yes");
    QStringList loaders;
    for (QDomElement v = loader.firstChildElement(QStringLiteral("value")); !v.isNull();
         v = v.nextSiblingElement(QStringLiteral("value")))
        loaders << v.text();
    caps->efiAvailable =
        enumValues(os, QStringLiteral("firmware")).contains(QLatin1String("efi")) ||
        (loaderSupported && !loaders.isEmpty());
    caps->secureBootAvailable =
        caps->efiAvailable &&
        enumValues(loader, QStringLiteral("secure")).contains(QLatin1String("yes"));
    const QDomElement tpm =
        root.firstChildElement(QStringLiteral("devices")).firstChildElement(QStringLiteral("tpm"));
    caps->tpmEmulatorAvailable =
        tpm.attribute(QStringLiteral("supported")) == QLatin1String("yes") &&
        enumValues(tpm, QStringLiteral("backendModel")).contains(QLatin1String("emulator"));
}

} // namespace

HostCapabilities HostCapabilities::parse(const QString &capabilitiesXml,
                                         const QString &domainCapabilitiesXml) {
    HostCapabilities caps;
    parseCapabilities(capabilitiesXml, &caps);
    parseDomainCapabilities(domainCapabilitiesXml, &caps);
    return caps;
}
