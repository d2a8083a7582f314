// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestnumaplacement.h"

#include "cpuset.h"
#include "domainconfig.h"
#include "domaindefinition.h"
#include "libvirthandles.h"

#include <QCoreApplication>
#include <QDomDocument>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <vector>

namespace {

// Messages are looked up under "GuestNumaPlacement"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestNumaPlacement)
};

using Field = GuestNumaPlacement::Field;
using Settings = GuestNumaPlacement::Settings;

QString lastMessage() {
    const virError *e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : UiText::tr("no reason given");
}

Settings settingsOf(const DomainConfig &config) {
    Settings s;
    const DomainConfig::NumaMemory m = config.numaMemory();
    // <memory> without a mode is libvirt's strict.
    s.mode = m.isEmpty() ? QString() : m.mode.isEmpty() ? QStringLiteral("strict") : m.mode;
    s.nodeset = m.nodeset;
    // Automatic memory placement makes libvirt place the vCPUs automatically too.
    const bool automatic =
        config.vcpuPlacement() == QLatin1String("auto") || m.placement == QLatin1String("auto");
    s.vcpuPlacement = automatic ? QStringLiteral("auto") : QStringLiteral("static");
    return s;
}

QList<GuestNumaPlacement::HostNode> readHostNodes(virConnectPtr connection) {
    QList<GuestNumaPlacement::HostNode> nodes;
    CString caps(virConnectGetCapabilities(connection));
    virResetLastError();
    if (!caps)
        return nodes;
    QDomDocument doc;
    doc.setContent(QString::fromUtf8(caps.get()));
    const QDomElement cells = doc.documentElement()
                                  .firstChildElement(QStringLiteral("host"))
                                  .firstChildElement(QStringLiteral("topology"))
                                  .firstChildElement(QStringLiteral("cells"));
    int highest = -1;
    for (QDomElement cell = cells.firstChildElement(QStringLiteral("cell")); !cell.isNull();
         cell = cell.nextSiblingElement(QStringLiteral("cell"))) {
        GuestNumaPlacement::HostNode node;
        node.id = cell.attribute(QStringLiteral("id")).toInt();
        const QDomElement memory = cell.firstChildElement(QStringLiteral("memory"));
        node.memoryKiB = memory.text().trimmed().toULongLong();
        QList<int> cpus;
        const QDomElement cpuList = cell.firstChildElement(QStringLiteral("cpus"));
        for (QDomElement cpu = cpuList.firstChildElement(QStringLiteral("cpu")); !cpu.isNull();
             cpu = cpu.nextSiblingElement(QStringLiteral("cpu")))
            cpus << cpu.attribute(QStringLiteral("id")).toInt();
        node.cpus = CpuSet::format(cpus);
        highest = qMax(highest, node.id);
        nodes << node;
    }
    if (highest >= 0) {
        std::vector<unsigned long long> free(size_t(highest) + 1, 0);
        const int filled = virNodeGetCellsFreeMemory(connection, free.data(), 0, highest + 1);
        virResetLastError();
        for (GuestNumaPlacement::HostNode &node : nodes) {
            if (node.id < filled)
                node.freeKiB = free[size_t(node.id)] / 1024;
        }
    }
    return nodes;
}

std::optional<DomainConfig> persistent(virConnectPtr connection, const QString &uuid,
                                       UserError *error) {
    const DomainDefinition::Read read = DomainDefinition::read(connection, uuid);
    if (!read.error.isNull()) {
        *error = read.error;
        return std::nullopt;
    }
    QString why;
    auto config = DomainConfig::parse(read.xml, &why);
    if (!config)
        *error = UserError::make(UserError::Kind::InvalidConfiguration,
                                 UiText::tr("The configuration cannot be read"), why);
    return config;
}

// Writes `wanted` into the definition, keeping how it was written where the meaning stays.
void edit(DomainConfig &config, const Settings &wanted) {
    const bool automatic = wanted.vcpuPlacement == QLatin1String("auto");
    if (automatic)
        config.setVcpuPlacement(QStringLiteral("auto"));
    else if (!config.vcpuPlacement().isEmpty())
        config.setVcpuPlacement(QStringLiteral("static"));
    const DomainConfig::NumaMemory old = config.numaMemory();
    DomainConfig::NumaMemory m;
    if (!wanted.mode.isEmpty()) {
        const bool implicitStrict = !old.isEmpty() && old.mode.isEmpty();
        m.mode = implicitStrict && wanted.mode == QLatin1String("strict") ? QString() : wanted.mode;
        m.nodeset = CpuSet::same(old.nodeset, wanted.nodeset) ? old.nodeset : wanted.nodeset;
        if (wanted.nodeset.isEmpty())
            m.placement = QStringLiteral("auto"); // numad chooses; checked by validate()
        else if (old.placement == QLatin1String("static"))
            m.placement = old.placement;
    }
    config.setNumaMemory(m);
}

QList<Field> pendingFields(const GuestNumaPlacement &p) {
    QList<Field> pending;
    if (!p.active)
        return pending;
    if (p.settings.mode != p.live.mode)
        pending << Field::Mode;
    if (!CpuSet::same(p.settings.nodeset, p.live.nodeset))
        pending << Field::Nodes;
    if (p.settings.vcpuPlacement != p.live.vcpuPlacement)
        pending << Field::VcpuPlacement;
    return pending;
}

} // namespace

QString GuestNumaPlacement::describe(Field field) {
    switch (field) {
    case Field::Mode:
        return UiText::tr("NUMA memory mode");
    case Field::Nodes:
        return UiText::tr("NUMA nodes");
    case Field::VcpuPlacement:
        return UiText::tr("vCPU placement");
    }
    return {};
}

GuestNumaPlacement GuestNumaPlacement::read(virConnectPtr connection, const QString &uuid) {
    GuestNumaPlacement out;
    out.hostNodes = readHostNodes(connection);
    const std::optional<DomainConfig> config = persistent(connection, uuid, &out.error);
    if (!config)
        return out;
    out.settings = settingsOf(*config);
    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading the NUMA placement"));
        return out;
    }
    out.active = virDomainIsActive(dom.get()) == 1;
    out.live = out.settings;
    if (out.active) {
        CString xml(virDomainGetXMLDesc(dom.get(), 0));
        const std::optional<DomainConfig> live =
            xml ? DomainConfig::parse(QString::fromUtf8(xml.get())) : std::nullopt;
        if (!live) {
            out.error = UserError::fromLastLibvirtError(
                UiText::tr("Reading the running guest's placement"));
            return out;
        }
        out.live = settingsOf(*live);
        out.pending = pendingFields(out);
    }
    return out;
}

QList<GuestNumaPlacement::Problem> GuestNumaPlacement::validate(const Settings &wanted,
                                                                const QList<HostNode> &hostNodes) {
    QList<Problem> problems;
    if (!wanted.mode.isEmpty() && !modes().contains(wanted.mode))
        problems.append({Field::Mode, UiText::tr("“%1” is not a memory mode; use one of %2.")
                                          .arg(wanted.mode, modes().join(QStringLiteral(", ")))});
    const bool automatic = wanted.vcpuPlacement == QLatin1String("auto");
    if (!automatic && wanted.vcpuPlacement != QLatin1String("static"))
        problems.append(
            {Field::VcpuPlacement,
             UiText::tr("“%1” is not a placement; use static or auto.").arg(wanted.vcpuPlacement)});
    QString why;
    const std::optional<QList<int>> nodes = CpuSet::parse(wanted.nodeset, &why);
    if (!nodes) {
        problems.append({Field::Nodes, why});
        return problems;
    }
    QList<int> known, missing;
    for (const HostNode &n : hostNodes)
        known << n.id;
    for (int node : *nodes) {
        if (!hostNodes.isEmpty() && !known.contains(node))
            missing << node;
    }
    if (!missing.isEmpty())
        problems.append(
            {Field::Nodes, UiText::tr("This host has no NUMA node %1; it has node(s) %2.")
                               .arg(CpuSet::format(missing), CpuSet::format(known))});
    else if (wanted.mode.isEmpty() && !nodes->isEmpty())
        problems.append({Field::Mode, UiText::tr("Choose how the guest's memory is bound to the "
                                                 "chosen nodes (a memory mode).")});
    else if (automatic && !nodes->isEmpty())
        problems.append({Field::Nodes, UiText::tr("With automatic placement the host's numad "
                                                  "chooses the nodes: clear the nodes, or place "
                                                  "statically.")});
    else if (!automatic && !wanted.mode.isEmpty() && nodes->isEmpty())
        problems.append({Field::Nodes, UiText::tr("Choose at least one host node for the "
                                                  "“%1” mode, or set the mode to “Not set”.")
                                           .arg(wanted.mode)});
    return problems;
}

GuestNumaPlacement::Outcome GuestNumaPlacement::apply(virConnectPtr connection, const QString &uuid,
                                                      const Settings &wanted) {
    Outcome out;
    const GuestNumaPlacement before = read(connection, uuid);
    if (!before.error.isNull()) {
        out.error = before.error;
        return out;
    }
    out.problems = validate(wanted, before.hostNodes);
    if (!out.problems.isEmpty())
        return out;
    std::optional<DomainConfig> config = persistent(connection, uuid, &out.error);
    if (!config)
        return out;
    const QString original = config->toXml();
    edit(*config, wanted);
    if (config->toXml() != original) {
        out.error = DomainDefinition::redefine(connection, uuid, config->toXml());
        if (!out.error.isNull())
            return out;
    }
    if (before.active) {
        const QString later = UiText::tr("A running guest keeps this until its next start.");
        if (wanted.mode != before.live.mode)
            out.restartReason.insert(Field::Mode,
                                     UiText::tr("A running guest's memory mode cannot change; "
                                                "it applies at the next start."));
        if (wanted.vcpuPlacement != before.live.vcpuPlacement)
            out.restartReason.insert(Field::VcpuPlacement, later);
        // Only the nodes of a strict policy move while the guest runs (the kernel migrates its
        // memory); libvirt says so when the host cannot.
        const bool strict =
            wanted.mode == QLatin1String("strict") &&
            (before.live.mode.isEmpty() || before.live.mode == QLatin1String("strict"));
        if (!CpuSet::same(wanted.nodeset, before.live.nodeset) && !wanted.nodeset.isEmpty()) {
            if (!strict || before.live.vcpuPlacement != QLatin1String("static")) {
                out.restartReason.insert(Field::Nodes, later);
            } else {
                DomainHandle dom(
                    virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
                virTypedParameterPtr params = nullptr;
                int count = 0, max = 0;
                const QByteArray nodeset = wanted.nodeset.toUtf8();
                virTypedParamsAddString(&params, &count, &max, VIR_DOMAIN_NUMA_NODESET,
                                        nodeset.constData());
                if (dom && virDomainSetNumaParameters(dom.get(), params, count,
                                                      VIR_DOMAIN_AFFECT_LIVE) == 0)
                    out.liveChanged << Field::Nodes;
                else
                    out.restartReason.insert(
                        Field::Nodes,
                        UiText::tr("Not changed in the running guest: %1").arg(lastMessage()));
                virTypedParamsFree(params, count);
                virResetLastError();
            }
        }
    }
    out.after = read(connection, uuid);
    return out;
}
