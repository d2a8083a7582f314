// SPDX-License-Identifier: GPL-2.0-or-later
#include "templatedeployer.h"

#include "cloudinitseed.h"
#include "guestcloner.h"
#include "libvirthandles.h"
#include "namepattern.h"
#include "rollback.h"
#include "volumeupload.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

// Messages are looked up under "TemplateDeployer"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(TemplateDeployer)
};

UserError invalid(const QString &why, const QString &hint = {}) {
    return UserError::make(UserError::Kind::InvalidInput, UiText::tr("The guests cannot be made"),
                           why, hint);
}

// Sends the seed ISO into a new volume of `poolName` (see VolumeUpload).
UserError uploadSeed(virConnectPtr conn, const QString &poolName, const QString &baseName,
                     const QString &file, Rollback &rollback, QString *volumePath) {
    const QString context = UiText::tr("Uploading the cloud-init seed of %1").arg(baseName);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return UserError::make(UserError::Kind::Other,
                               UiText::tr("The cloud-init seed could not be read"),
                               in.errorString(), {}, context);
    return VolumeUpload::upload(conn, poolName, baseName, QStringLiteral("-cidata.iso"), in,
                                in.size(), rollback, volumePath, context);
}

} // namespace

UserError TemplateDeployer::validate(const TemplateRequest &request) {
    if (request.templateUuid.isEmpty())
        return invalid(UiText::tr("No template is chosen."));
    if (request.names.isEmpty())
        return invalid(UiText::tr("There are no names for the new guests."));
    if (request.names.size() > NamePattern::MaxCount)
        return invalid(UiText::tr("%1 guests were asked for; at most %2 can be made at once.")
                           .arg(request.names.size())
                           .arg(NamePattern::MaxCount));
    QSet<QString> seen;
    for (const QString &name : request.names) {
        QString reason;
        if (!NamePattern::isValidName(name, &reason))
            return invalid(reason);
        if (seen.contains(name))
            return invalid(UiText::tr("The name %1 appears twice.").arg(name));
        seen.insert(name);
    }
    if (!request.startIp.isEmpty()) {
        if (!request.cloudInit)
            return invalid(
                UiText::tr("A fixed address reaches the guest through cloud-init, which is "
                           "turned off."),
                UiText::tr("Turn cloud-init on, or leave the address empty for DHCP."));
        QString reason;
        if (CloudInitSeed::nthAddress(request.startIp, int(request.names.size()) - 1, &reason)
                .isEmpty())
            return invalid(reason, UiText::tr("Start lower in the subnet, or make fewer guests."));
        if (!request.gateway.isEmpty() && !CloudInitSeed::isIPv4(request.gateway))
            return invalid(
                UiText::tr("The gateway “%1” is not an IPv4 address.").arg(request.gateway));
        for (const QString &server : request.dns)
            if (!CloudInitSeed::isIPv4(server))
                return invalid(
                    UiText::tr("The DNS server “%1” is not an IPv4 address.").arg(server));
    }
    return {};
}

QString TemplateDeployer::withSeedCdrom(const QString &xml, const QString &isoPath) {
    QDomDocument doc;
    if (!doc.setContent(xml))
        return {};
    const QDomElement root = doc.documentElement();
    const QString machine = root.firstChildElement(QStringLiteral("os"))
                                .firstChildElement(QStringLiteral("type"))
                                .attribute(QStringLiteral("machine"));
    // i440fx ("pc") has no SATA controller; q35 has no IDE.
    const bool q35 = machine.contains(QLatin1String("q35"));
    const QString bus = q35 ? QStringLiteral("sata") : QStringLiteral("ide");
    const QString prefix = q35 ? QStringLiteral("sd") : QStringLiteral("hd");
    const int slots = q35 ? 26 : 4; // IDE: two channels, two drives each

    QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
    if (devices.isNull()) {
        devices = doc.createElement(QStringLiteral("devices"));
        doc.documentElement().appendChild(devices);
    }
    QSet<QString> used;
    QDomElement lastDisk;
    for (QDomElement disk = devices.firstChildElement(QStringLiteral("disk")); !disk.isNull();
         disk = disk.nextSiblingElement(QStringLiteral("disk"))) {
        used.insert(
            disk.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev")));
        lastDisk = disk;
    }
    QString target;
    for (int i = 0; i < slots && target.isEmpty(); ++i) {
        const QString candidate = prefix + QChar(u'a' + i);
        if (!used.contains(candidate))
            target = candidate;
    }
    if (target.isEmpty())
        return {};

    QDomElement disk = doc.createElement(QStringLiteral("disk"));
    disk.setAttribute(QStringLiteral("type"), QStringLiteral("file"));
    disk.setAttribute(QStringLiteral("device"), QStringLiteral("cdrom"));
    QDomElement driver = doc.createElement(QStringLiteral("driver"));
    driver.setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    driver.setAttribute(QStringLiteral("type"), QStringLiteral("raw"));
    QDomElement source = doc.createElement(QStringLiteral("source"));
    source.setAttribute(QStringLiteral("file"), isoPath);
    QDomElement targetElement = doc.createElement(QStringLiteral("target"));
    targetElement.setAttribute(QStringLiteral("dev"), target);
    targetElement.setAttribute(QStringLiteral("bus"), bus);
    disk.appendChild(driver);
    disk.appendChild(source);
    disk.appendChild(targetElement);
    disk.appendChild(doc.createElement(QStringLiteral("readonly")));
    if (lastDisk.isNull())
        devices.insertBefore(disk, devices.firstChild());
    else
        devices.insertAfter(disk, lastDisk);
    return doc.toString(2);
}

QString TemplateDeployer::withFirstMac(const QString &xml, const QString &mac) {
    QDomDocument doc;
    if (!doc.setContent(xml))
        return {};
    QDomElement iface = doc.documentElement()
                            .firstChildElement(QStringLiteral("devices"))
                            .firstChildElement(QStringLiteral("interface"));
    if (iface.isNull())
        return {};
    for (QDomElement old = iface.firstChildElement(QStringLiteral("mac")); !old.isNull();
         old = iface.firstChildElement(QStringLiteral("mac")))
        iface.removeChild(old);
    QDomElement element = doc.createElement(QStringLiteral("mac"));
    element.setAttribute(QStringLiteral("address"), mac);
    iface.insertBefore(element, iface.firstChild());
    return doc.toString(2);
}

JobResult TemplateDeployer::deploy(virConnectPtr connection, const TemplateRequest &request,
                                   JobControl &control) {
    const UserError invalidRequest = validate(request);
    if (!invalidRequest.isNull())
        return JobResult::failure(invalidRequest);
    if (request.cloudInit) {
        const UserError missing = CloudInitSeed::checkTool();
        if (!missing.isNull())
            return JobResult::failure(missing);
    }
    // Problems of the template itself (running, disks outside pools) would fail every
    // guest the same way: say so once.
    CloneRequest probe;
    probe.sourceUuid = request.templateUuid;
    probe.linked = request.linked;
    probe.targetPool = request.targetPool;
    const UserError templateError = GuestCloner::check(connection, probe);
    if (!templateError.isNull())
        return JobResult::failure(templateError);

    JobResult result;
    const int count = int(request.names.size());
    const QString kind = request.linked ? UiText::tr("linked clone") : UiText::tr("full copy");
    int failures = 0;
    int skipped = 0; // not attempted after a cancel
    for (int i = 0; i < count; ++i) {
        const QString &name = request.names[i];
        if (control.isCancelled()) {
            JobItem item;
            item.name = name;
            item.error = UserError::make(
                UserError::Kind::Other, UiText::tr("Cancelled"),
                UiText::tr("%1 was not made: the deployment was cancelled.").arg(name));
            result.items.append(item);
            ++skipped;
            continue;
        }
        CloneRequest clone;
        clone.sourceUuid = request.templateUuid;
        clone.newName = name;
        clone.linked = request.linked;
        clone.targetPool = request.targetPool;
        clone.start = request.start;
        QString address;
        if (!request.startIp.isEmpty())
            address = CloudInitSeed::nthAddress(request.startIp, i);
        if (request.cloudInit) {
            clone.beforeDefine = [&, name, address](const QString &pool, QString &xml,
                                                    Rollback &rollback) -> UserError {
                CloudInitConfig config;
                config.hostname = name;
                config.instanceId =
                    name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
                config.address = address;
                config.gateway = request.gateway;
                config.dns = request.dns;
                config.sshAuthorizedKeys = request.sshAuthorizedKeys;
                if (!address.isEmpty()) {
                    // The address is tied to the card by MAC, so the MAC is chosen here.
                    config.macAddress = GuestCloner::randomMac();
                    const QString withMac = withFirstMac(xml, config.macAddress);
                    if (withMac.isEmpty())
                        return UserError::make(UserError::Kind::InvalidConfiguration,
                                               UiText::tr("No network card for the address"),
                                               UiText::tr("The template has no network card, so %1 "
                                                          "cannot get the address %2.")
                                                   .arg(name, address),
                                               UiText::tr("Add a network card to the template."));
                    xml = withMac;
                }
                if (pool.isEmpty())
                    return UserError::make(
                        UserError::Kind::InvalidConfiguration,
                        UiText::tr("No storage pool for the cloud-init seed"),
                        UiText::tr("The template has no disk in a storage pool, so "
                                   "there is no pool to put %1's seed in.")
                            .arg(name),
                        UiText::tr("Choose a storage pool for the new guests."));
                QTemporaryDir staging;
                const QString iso = staging.filePath(name + QStringLiteral("-cidata.iso"));
                UserError error;
                if (!CloudInitSeed::writeIso(config, iso, &error))
                    return error;
                QString volumePath;
                error = uploadSeed(connection, pool, name, iso, rollback, &volumePath);
                if (!error.isNull())
                    return error;
                const QString withCdrom = withSeedCdrom(xml, volumePath);
                if (withCdrom.isEmpty())
                    return UserError::make(
                        UserError::Kind::InvalidConfiguration,
                        UiText::tr("No free drive for the cloud-init seed"),
                        UiText::tr("Every IDE drive of the template is in use, so "
                                   "%1's seed CD-ROM cannot be attached.")
                            .arg(name),
                        UiText::tr("Remove a drive from the template."));
                xml = withCdrom;
                control.log(UiText::tr("%1: cloud-init seed %2").arg(name, volumePath));
                return {};
            };
        }
        control.setProgress(double(i) / count,
                            UiText::tr("Making %1 (%2 of %3)…").arg(name).arg(i + 1).arg(count));
        // The guest being made is finished even after a cancel; the loop stops after it.
        const GuestCloner::Slice slice{double(i) / count, double(i + 1) / count, false};
        const JobResult one = GuestCloner::clone(connection, clone, control, slice);
        JobItem item = one.items.value(0);
        item.name = name;
        item.ok = one.ok;
        if (!one.ok && item.error.isNull())
            item.error = one.error;
        if (one.ok) {
            item.detail = UiText::tr("created (%1)").arg(kind) +
                          (request.start ? UiText::tr(", started") : QString()) +
                          (address.isEmpty() ? QString() : QStringLiteral(", ") + address);
            control.log(UiText::tr("%1: %2").arg(name, item.detail));
        } else {
            ++failures;
            item.detail = item.error.summary();
            control.log(UiText::tr("%1: failed: %2").arg(name, item.detail));
        }
        control.finishItem(item);
        for (const QString &note : one.notes)
            if (one.ok && !result.notes.contains(note))
                result.notes << note;
        result.items.append(item);
    }

    const int made = count - failures - skipped;
    result.cancelled = skipped > 0;
    result.ok = failures == 0 && !result.cancelled;
    if (failures > 0)
        result.error =
            UserError::make(UserError::Kind::Other, UiText::tr("Some guests could not be made"),
                            UiText::tr("%1 of %2 guests could not be made; the others were "
                                       "kept.")
                                .arg(failures)
                                .arg(count),
                            UiText::tr("The list shows why for each guest."));
    else if (result.cancelled)
        result.error =
            UserError::make(UserError::Kind::Other, UiText::tr("Cancelled"),
                            UiText::tr("%1 of %2 guests were made before the deployment was "
                                       "cancelled; they were kept.")
                                .arg(made)
                                .arg(count));
    control.setProgress(1, UiText::tr("Made %1 of %2 guests").arg(made).arg(count));
    return result;
}
