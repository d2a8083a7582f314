// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainxmlsummary.h"

#include "domainconfig.h"

#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QXmlStreamReader>

namespace {

const QLatin1String kLibosinfoNamespace("http://libosinfo.org/xmlns/libvirt/domain/1.0");

// "http://debian.org/debian/12" -> "Debian 12", "http://microsoft.com/win/2k19" -> "Windows
// Server 2019". Derived from the id alone: libosinfo's own names need its whole database,
// which takes over a second to load, and the list must not wait for that.
QString deriveOsName(const QString &id) {
    const QStringList parts = QUrl(id).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return id;
    static const QHash<QString, QString> distros = {
        {QStringLiteral("win"), QStringLiteral("Windows")},
        {QStringLiteral("msdos"), QStringLiteral("MS-DOS")},
        {QStringLiteral("rhel"), QStringLiteral("Red Hat Enterprise Linux")},
        {QStringLiteral("centos"), QStringLiteral("CentOS")},
        {QStringLiteral("centos-stream"), QStringLiteral("CentOS Stream")},
        {QStringLiteral("opensuse"), QStringLiteral("openSUSE")},
        {QStringLiteral("sles"), QStringLiteral("SUSE Linux Enterprise Server")},
        {QStringLiteral("sled"), QStringLiteral("SUSE Linux Enterprise Desktop")},
        {QStringLiteral("freebsd"), QStringLiteral("FreeBSD")},
        {QStringLiteral("openbsd"), QStringLiteral("OpenBSD")},
        {QStringLiteral("netbsd"), QStringLiteral("NetBSD")},
        {QStringLiteral("almalinux"), QStringLiteral("AlmaLinux")},
        {QStringLiteral("rocky"), QStringLiteral("Rocky Linux")},
        {QStringLiteral("alpinelinux"), QStringLiteral("Alpine Linux")},
        {QStringLiteral("archlinux"), QStringLiteral("Arch Linux")},
        {QStringLiteral("macosx"), QStringLiteral("macOS")},
        {QStringLiteral("ol"), QStringLiteral("Oracle Linux")},
    };
    static const QHash<QString, QString> windowsVersions = {
        {QStringLiteral("xp"), QStringLiteral("XP")},
        {QStringLiteral("me"), QStringLiteral("ME")},
        {QStringLiteral("vista"), QStringLiteral("Vista")},
        {QStringLiteral("2k"), QStringLiteral("2000")},
        {QStringLiteral("2k3"), QStringLiteral("Server 2003")},
        {QStringLiteral("2k3r2"), QStringLiteral("Server 2003 R2")},
        {QStringLiteral("2k8"), QStringLiteral("Server 2008")},
        {QStringLiteral("2k8r2"), QStringLiteral("Server 2008 R2")},
        {QStringLiteral("2k12"), QStringLiteral("Server 2012")},
        {QStringLiteral("2k12r2"), QStringLiteral("Server 2012 R2")},
        {QStringLiteral("2k16"), QStringLiteral("Server 2016")},
        {QStringLiteral("2k19"), QStringLiteral("Server 2019")},
        {QStringLiteral("2k22"), QStringLiteral("Server 2022")},
    };
    const QString distro = parts.first();
    QString name = distros.value(distro.toLower());
    if (name.isEmpty())
        name = distro.left(1).toUpper() + distro.mid(1);
    QStringList version = parts.mid(1);
    if (distro == QLatin1String("win") && !version.isEmpty())
        version.first() = windowsVersions.value(version.first(), version.first());
    return version.isEmpty() ? name : name + QLatin1Char(' ') + version.join(QLatin1Char(' '));
}

// Thousands of guests share a handful of systems: derive each name once, share the string.
QString osName(const QString &id) {
    static QMutex mutex;
    static QHash<QString, QString> names;
    QMutexLocker lock(&mutex);
    auto it = names.constFind(id);
    if (it == names.cend())
        it = names.insert(id, deriveOsName(id));
    return *it;
}

} // namespace

DomainDetails DomainXmlSummary::details(const QString &uuid, const QString &xml) {
    DomainDetails d;
    d.uuid = uuid;
    QXmlStreamReader r(xml);
    QStringList path;
    const QLatin1String virtDeck(DomainConfig::VirtDeckNamespace);
    bool inVirtDeck = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(r.name().toString());
            const qsizetype depth = path.size();
            if (depth == 1 && path[0] == QLatin1String("domain")) {
                d.domainType = r.attributes().value(QLatin1String("type")).toString();
                if (d.domainType == QLatin1String("lxc"))
                    d.kind = GuestKind::Container;
            } else if (depth == 2 && path[1] == QLatin1String("title")) {
                d.title = r.readElementText().simplified();
                path.removeLast();
            } else if (depth == 3 && path[1] == QLatin1String("os") &&
                       path[2] == QLatin1String("type")) {
                if (r.readElementText().trimmed() == QLatin1String("exe"))
                    d.kind = GuestKind::Container;
                path.removeLast();
            } else if (depth == 3 && path[1] == QLatin1String("devices") &&
                       path[2] == QLatin1String("graphics")) {
                const QString type = r.attributes().value(QLatin1String("type")).toString();
                if (!type.isEmpty() && !d.graphics.contains(type))
                    d.graphics.append(type);
            } else if (depth == 3 && path[1] == QLatin1String("metadata") &&
                       path[2] == QLatin1String("guest") && r.namespaceUri() == virtDeck) {
                inVirtDeck = true; // whatever prefix the writer chose
            } else if (depth == 4 && inVirtDeck && path[3] == QLatin1String("tag") &&
                       r.namespaceUri() == virtDeck) {
                const QString tag =
                    r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                if (!tag.isEmpty())
                    d.tags.append(tag);
                path.removeLast();
            } else if (depth == 4 && path[1] == QLatin1String("metadata") &&
                       path[2] == QLatin1String("libosinfo") && path[3] == QLatin1String("os") &&
                       r.namespaceUri() == kLibosinfoNamespace) {
                d.osId = r.attributes().value(QLatin1String("id")).toString().trimmed();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.size() == 3 && inVirtDeck)
                inVirtDeck = false;
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (!d.osId.isEmpty())
        d.osName = osName(d.osId);
    return d;
}

QVector<GuestDisk> DomainXmlSummary::disks(const QString &xml) {
    QVector<GuestDisk> disks;
    QXmlStreamReader r(xml);
    int depth = 0;
    bool inDevices = false;
    GuestDisk *current = nullptr;
    int diskDepth = -1;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const auto name = r.name();
            const auto attrs = r.attributes();
            if (depth == 2 && name == QLatin1String("devices")) {
                inDevices = true;
            } else if (inDevices && depth == 3 && name == QLatin1String("disk")) {
                disks.append(GuestDisk{});
                current = &disks.last();
                diskDepth = depth;
                current->device = attrs.value(QLatin1String("device")).toString();
                if (current->device.isEmpty())
                    current->device = QStringLiteral("disk");
            } else if (current && depth == diskDepth + 1) {
                if (name == QLatin1String("source")) {
                    if (attrs.hasAttribute(QLatin1String("file")))
                        current->path = attrs.value(QLatin1String("file")).toString();
                    else if (attrs.hasAttribute(QLatin1String("dev")))
                        current->path = attrs.value(QLatin1String("dev")).toString();
                    else if (attrs.hasAttribute(QLatin1String("volume")))
                        current->path = attrs.value(QLatin1String("pool")).toString() +
                                        QLatin1Char('/') +
                                        attrs.value(QLatin1String("volume")).toString();
                    else if (attrs.hasAttribute(QLatin1String("name")))
                        current->path = attrs.value(QLatin1String("name")).toString();
                } else if (name == QLatin1String("target")) {
                    current->target = attrs.value(QLatin1String("dev")).toString();
                } else if (name == QLatin1String("readonly")) {
                    current->readOnly = true;
                } else if (name == QLatin1String("shareable")) {
                    current->shareable = true;
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (current && depth == diskDepth) {
                current = nullptr;
                diskDepth = -1;
            }
            if (depth == 2 && r.name() == QLatin1String("devices"))
                inDevices = false;
            --depth;
        }
    }
    return disks;
}

void DomainXmlSummary::consoles(const QString &xml, ConsoleTargets *targets) {
    QXmlStreamReader r(xml);
    int depth = 0;
    bool inDevices = false;
    GraphicsEndpoint *graphics = nullptr;
    QString charDevice; // "serial" or "console" being read
    QString charAlias;
    QString charTargetType;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const auto name = r.name();
            const auto attrs = r.attributes();
            if (depth == 2 && name == QLatin1String("devices")) {
                inDevices = true;
            } else if (inDevices && depth == 3 && name == QLatin1String("graphics")) {
                GraphicsEndpoint g;
                g.type = attrs.value(QLatin1String("type")).toString();
                g.index = int(targets->graphics.size());
                g.port = attrs.hasAttribute(QLatin1String("port"))
                             ? attrs.value(QLatin1String("port")).toInt()
                             : -1;
                g.tlsPort = attrs.hasAttribute(QLatin1String("tlsPort"))
                                ? attrs.value(QLatin1String("tlsPort")).toInt()
                                : -1;
                g.listen = attrs.value(QLatin1String("listen")).toString();
                g.socketPath = attrs.value(QLatin1String("socket")).toString();
                targets->graphics.append(g);
                graphics = &targets->graphics.last();
            } else if (graphics && depth == 4 && name == QLatin1String("listen")) {
                if (graphics->listen.isEmpty())
                    graphics->listen = attrs.value(QLatin1String("address")).toString();
                if (graphics->socketPath.isEmpty())
                    graphics->socketPath = attrs.value(QLatin1String("socket")).toString();
            } else if (inDevices && depth == 3 &&
                       (name == QLatin1String("serial") || name == QLatin1String("console"))) {
                charDevice = name.toString();
                charAlias.clear();
                charTargetType.clear();
            } else if (!charDevice.isEmpty() && depth == 4 && name == QLatin1String("alias")) {
                charAlias = attrs.value(QLatin1String("name")).toString();
            } else if (!charDevice.isEmpty() && depth == 4 && name == QLatin1String("target")) {
                charTargetType = attrs.value(QLatin1String("type")).toString();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 3 && graphics && r.name() == QLatin1String("graphics"))
                graphics = nullptr;
            if (depth == 3 && !charDevice.isEmpty() && r.name() == charDevice) {
                // A <console> that mirrors serial0 is the same device; list it once.
                const bool duplicate = charDevice == QLatin1String("console") &&
                                       charTargetType == QLatin1String("serial") &&
                                       targets->textConsoles.contains(QStringLiteral("serial0"));
                if (!duplicate)
                    targets->textConsoles.append(charAlias.isEmpty()
                                                     ? QStringLiteral("%1%2")
                                                           .arg(charDevice)
                                                           .arg(targets->textConsoles.size())
                                                     : charAlias);
                charDevice.clear();
            }
            if (depth == 2 && r.name() == QLatin1String("devices"))
                inDevices = false;
            --depth;
        }
    }
}

DeviceNames DomainXmlSummary::devices(const QString &xml) {
    DeviceNames names;
    for (const GuestDisk &d : disks(xml))
        if (!d.target.isEmpty() && d.device != QLatin1String("cdrom") &&
            d.device != QLatin1String("floppy"))
            names.disks.append(d.target);
    QXmlStreamReader r(xml);
    int depth = 0;
    bool inInterface = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 3 && r.name() == QLatin1String("interface"))
                inInterface = true;
            else if (inInterface && depth == 4 && r.name() == QLatin1String("target")) {
                const QString dev = r.attributes().value(QLatin1String("dev")).toString();
                if (!dev.isEmpty())
                    names.interfaces.append(dev);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 3 && r.name() == QLatin1String("interface"))
                inInterface = false;
            --depth;
        }
    }
    return names;
}
