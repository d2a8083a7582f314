// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainxmlsummary.h"

#include <QXmlStreamReader>

DomainDetails DomainXmlSummary::details(const QString &uuid, const QString &xml) {
    DomainDetails d;
    d.uuid = uuid;
    QXmlStreamReader r(xml);
    QStringList path;
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
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
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
