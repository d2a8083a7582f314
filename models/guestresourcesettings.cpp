// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestresourcesettings.h"

#include "domaindefinition.h"
#include "libvirthandles.h"

#include <QCoreApplication>
#include <QDomDocument>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

// Messages are looked up under "GuestResourceSettings"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestResourceSettings)
};

using Field = GuestResourceSettings::Field;

QString mib(quint64 kib) {
    return UiText::tr("%1 MiB").arg(kib / 1024);
}

GuestResourceSettings::Cpu cpuOf(const DomainConfig &config) {
    GuestResourceSettings::Cpu cpu;
    cpu.maximum = config.vcpuMaximum();
    cpu.current = config.vcpuCurrent();
    cpu.mode = config.cpuMode();
    cpu.model = config.cpuModel();
    cpu.topology = config.cpuTopology();
    return cpu;
}

// The hypervisor's own limit for this kind of guest: the domain capabilities for its emulator,
// architecture and machine; else what the driver says for the domain type; else a multiple of
// the host's CPUs (overcommitting more than that only slows a guest down).
void readLimits(virConnectPtr connection, const DomainConfig &config, GuestResourceSettings *out) {
    virNodeInfo node{};
    if (virNodeGetInfo(connection, &node) == 0) {
        out->limits.hostCpus = node.cpus;
        out->limits.hostMemoryKiB = node.memory;
    }
    const QDomElement root = config.document().documentElement();
    const QDomElement type =
        root.firstChildElement(QStringLiteral("os")).firstChildElement(QStringLiteral("type"));
    const QByteArray emulator = root.firstChildElement(QStringLiteral("devices"))
                                    .firstChildElement(QStringLiteral("emulator"))
                                    .text()
                                    .trimmed()
                                    .toUtf8();
    const QByteArray arch = type.attribute(QStringLiteral("arch")).toUtf8();
    const QByteArray machine = type.attribute(QStringLiteral("machine")).toUtf8();
    const QByteArray virtType = config.domainType().toUtf8();
    auto orNull = [](const QByteArray &b) { return b.isEmpty() ? nullptr : b.constData(); };
    CString caps(virConnectGetDomainCapabilities(connection, orNull(emulator), orNull(arch),
                                                 orNull(machine), orNull(virtType), 0));
    if (caps) {
        QDomDocument doc;
        doc.setContent(QString::fromUtf8(caps.get()));
        const QDomElement capsRoot = doc.documentElement();
        const unsigned max = capsRoot.firstChildElement(QStringLiteral("vcpu"))
                                 .attribute(QStringLiteral("max"))
                                 .toUInt();
        if (max > 0) {
            out->limits.maxVcpus = max;
            out->limits.maxVcpusSource = UiText::tr("the hypervisor's limit for this machine type");
        }
        for (QDomElement mode = capsRoot.firstChildElement(QStringLiteral("cpu"))
                                    .firstChildElement(QStringLiteral("mode"));
             !mode.isNull(); mode = mode.nextSiblingElement(QStringLiteral("mode"))) {
            if (mode.attribute(QStringLiteral("name")) != QLatin1String("custom"))
                continue;
            for (QDomElement m = mode.firstChildElement(QStringLiteral("model")); !m.isNull();
                 m = m.nextSiblingElement(QStringLiteral("model")))
                if (m.attribute(QStringLiteral("usable")) != QLatin1String("no"))
                    out->cpuModels << m.text().trimmed();
        }
    }
    virResetLastError();
    if (out->limits.maxVcpus == 0) {
        const int max = virConnectGetMaxVcpus(connection, orNull(virtType));
        if (max > 0) {
            out->limits.maxVcpus = unsigned(max);
            out->limits.maxVcpusSource = UiText::tr("the hypervisor's limit");
        }
        virResetLastError();
    }
    if (out->limits.maxVcpus == 0 && out->limits.hostCpus > 0) {
        out->limits.maxVcpus =
            out->limits.hostCpus * GuestResourceSettings::FallbackVcpusPerHostCpu;
        out->limits.maxVcpusSource =
            UiText::tr("%1 per host CPU").arg(GuestResourceSettings::FallbackVcpusPerHostCpu);
    }
}

// What differs between the saved definition and the running guest, where the running guest
// cannot follow until it restarts.
QList<Field> pendingFields(const GuestResourceSettings &s) {
    QList<Field> pending;
    if (!s.active)
        return pending;
    if (s.cpu.current != s.liveCpu.current)
        pending << Field::VcpuCurrent;
    if (s.cpu.maximum != s.liveCpu.maximum)
        pending << Field::VcpuMaximum;
    // A running guest shows host-model expanded into the named model it got.
    const bool expandedHostModel =
        s.cpu.mode == QLatin1String("host-model") && s.liveCpu.mode == QLatin1String("custom");
    if (s.cpu.mode != s.liveCpu.mode && !expandedHostModel)
        pending << Field::CpuMode;
    if (s.cpu.model != s.liveCpu.model && !expandedHostModel &&
        s.cpu.mode != QLatin1String("host-passthrough"))
        pending << Field::CpuModel;
    if (!(s.cpu.topology == s.liveCpu.topology))
        pending << Field::CpuTopology;
    if (s.memory.maximumKiB != s.liveMemory.maximumKiB)
        pending << Field::MemoryMaximum;
    // The balloon follows live up to the running maximum; above it, only a restart helps.
    if (s.memory.currentKiB > s.liveMemory.maximumKiB)
        pending << Field::MemoryCurrent;
    return pending;
}

std::optional<DomainConfig> persistentConfig(virConnectPtr connection, const QString &uuid,
                                             UserError *error) {
    const DomainDefinition::Read read = DomainDefinition::read(connection, uuid);
    if (!read.error.isNull()) {
        *error = read.error;
        return std::nullopt;
    }
    QString why;
    std::optional<DomainConfig> config = DomainConfig::parse(read.xml, &why);
    if (!config)
        *error = UserError::make(UserError::Kind::InvalidConfiguration,
                                 UiText::tr("The configuration cannot be read"), why);
    return config;
}

} // namespace

GuestResourceSettings GuestResourceSettings::read(virConnectPtr connection, const QString &uuid) {
    GuestResourceSettings out;
    out.uuid = uuid;
    const std::optional<DomainConfig> config = persistentConfig(connection, uuid, &out.error);
    if (!config)
        return out;
    out.cpu = cpuOf(*config);
    out.memory = {config->currentMemoryKiB(), config->memoryKiB()};
    readLimits(connection, *config, &out);

    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading processors and memory"));
        return out;
    }
    out.active = virDomainIsActive(dom.get()) == 1;
    if (out.active) {
        CString liveXml(virDomainGetXMLDesc(dom.get(), 0));
        const std::optional<DomainConfig> live =
            liveXml ? DomainConfig::parse(QString::fromUtf8(liveXml.get())) : std::nullopt;
        virDomainInfo info{};
        if (!live || virDomainGetInfo(dom.get(), &info) != 0) {
            out.error = UserError::fromLastLibvirtError(
                UiText::tr("Reading the running guest's resources"));
            return out;
        }
        out.liveCpu = cpuOf(*live);
        const int vcpus = virDomainGetVcpusFlags(dom.get(), VIR_DOMAIN_AFFECT_LIVE);
        if (vcpus > 0)
            out.liveCpu.current = unsigned(vcpus);
        virResetLastError();
        out.liveMemory = {info.memory, info.maxMem};
        out.pending = pendingFields(out);
    }
    return out;
}

QList<GuestResourceSettings::Problem> GuestResourceSettings::validate(const Cpu &cpu,
                                                                      const Limits &limits) {
    QList<Problem> problems;
    if (cpu.maximum == 0)
        problems.append({Field::VcpuMaximum, UiText::tr("A guest needs at least one vCPU.")});
    else if (limits.maxVcpus > 0 && cpu.maximum > limits.maxVcpus)
        problems.append(
            {Field::VcpuMaximum,
             UiText::tr("At most %1 vCPUs (%2).").arg(limits.maxVcpus).arg(limits.maxVcpusSource)});
    if (cpu.current == 0)
        problems.append({Field::VcpuCurrent, UiText::tr("A guest needs at least one vCPU.")});
    else if (cpu.maximum > 0 && cpu.current > cpu.maximum)
        problems.append(
            {Field::VcpuCurrent,
             UiText::tr("More than the maximum of %1; raise the maximum first.").arg(cpu.maximum)});
    if (cpu.mode == QLatin1String("custom") && cpu.model.trimmed().isEmpty())
        problems.append({Field::CpuModel, UiText::tr("Choose a CPU model.")});
    const DomainConfig::CpuTopology &t = cpu.topology;
    if (!t.isEmpty()) {
        if (!t.sockets || !t.cores || !t.threads)
            problems.append({Field::CpuTopology,
                             UiText::tr("Sockets, cores and threads each need at least 1.")});
        else {
            const quint64 product =
                quint64(t.sockets) * (t.dies ? t.dies : 1) * t.cores * t.threads;
            if (product != cpu.maximum)
                problems.append({Field::CpuTopology,
                                 UiText::tr("Sockets × dies × cores × threads is %1, but the "
                                            "maximum is %2 vCPUs; they must be equal.")
                                     .arg(product)
                                     .arg(cpu.maximum)});
        }
    }
    return problems;
}

QList<GuestResourceSettings::Problem> GuestResourceSettings::validate(const Memory &memory,
                                                                      const Limits &limits) {
    QList<Problem> problems;
    if (memory.maximumKiB < MinimumMemoryKiB)
        problems.append(
            {Field::MemoryMaximum, UiText::tr("At least %1; no guest system starts with less.")
                                       .arg(mib(MinimumMemoryKiB))});
    else if (limits.hostMemoryKiB > 0 && memory.maximumKiB > limits.hostMemoryKiB)
        problems.append({Field::MemoryMaximum,
                         UiText::tr("The host has only %1.").arg(mib(limits.hostMemoryKiB))});
    if (memory.currentKiB < MinimumMemoryKiB)
        problems.append(
            {Field::MemoryCurrent, UiText::tr("At least %1; no guest system runs with less.")
                                       .arg(mib(MinimumMemoryKiB))});
    else if (memory.currentKiB > memory.maximumKiB)
        problems.append({Field::MemoryCurrent,
                         UiText::tr("More than the maximum of %1; raise the maximum first.")
                             .arg(mib(memory.maximumKiB))});
    return problems;
}

GuestResourceSettings::Outcome GuestResourceSettings::apply(virConnectPtr connection,
                                                            const QString &uuid, const Cpu &cpu) {
    Outcome out;
    const GuestResourceSettings before = read(connection, uuid);
    if (!before.error.isNull()) {
        out.error = before.error;
        return out;
    }
    out.problems = validate(cpu, before.limits);
    if (!out.problems.isEmpty())
        return out;
    std::optional<DomainConfig> config = persistentConfig(connection, uuid, &out.error);
    if (!config)
        return out;
    const QString original = config->toXml();
    config->setVcpus(cpu.current, cpu.maximum);
    config->setCpuMode(cpu.mode);
    if (cpu.mode == QLatin1String("custom"))
        config->setCpuModel(cpu.model.trimmed());
    else if (cpu.mode != QLatin1String("host-model") && !config->cpuModel().isEmpty())
        config->setCpuModel(QString()); // only a named model or host-model's fallback uses it
    config->setCpuTopology(cpu.topology);
    if (config->toXml() != original) {
        out.error = DomainDefinition::redefine(connection, uuid, config->toXml());
        if (!out.error.isNull())
            return out;
    }
    // Hot-plug (or unplug) within the running maximum; beyond it the count waits for a restart.
    if (before.active && cpu.current != before.liveCpu.current &&
        cpu.current <= before.liveCpu.maximum) {
        DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
        if (dom && virDomainSetVcpusFlags(dom.get(), cpu.current, VIR_DOMAIN_AFFECT_LIVE) == 0)
            out.liveChanged << Field::VcpuCurrent;
        else
            out.error = UserError::fromLastLibvirtError(
                UiText::tr("Saved, but changing the running guest's vCPUs"));
    }
    out.after = read(connection, uuid);
    return out;
}

GuestResourceSettings::Outcome
GuestResourceSettings::apply(virConnectPtr connection, const QString &uuid, const Memory &memory) {
    Outcome out;
    const GuestResourceSettings before = read(connection, uuid);
    if (!before.error.isNull()) {
        out.error = before.error;
        return out;
    }
    out.problems = validate(memory, before.limits);
    if (!out.problems.isEmpty())
        return out;
    std::optional<DomainConfig> config = persistentConfig(connection, uuid, &out.error);
    if (!config)
        return out;
    const QString original = config->toXml();
    config->setMemoryKiB(memory.maximumKiB);
    config->setCurrentMemoryKiB(memory.currentKiB);
    if (config->toXml() != original) {
        out.error = DomainDefinition::redefine(connection, uuid, config->toXml());
        if (!out.error.isNull())
            return out;
    }
    // The balloon moves live within the running maximum; it needs the guest's balloon driver
    // to actually give memory back, which libvirt reports as the guest's current memory.
    if (before.active && memory.currentKiB != before.memory.currentKiB &&
        memory.currentKiB <= before.liveMemory.maximumKiB) {
        DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
        if (dom &&
            virDomainSetMemoryFlags(dom.get(), memory.currentKiB, VIR_DOMAIN_AFFECT_LIVE) == 0)
            out.liveChanged << Field::MemoryCurrent;
        else
            out.error = UserError::fromLastLibvirtError(
                UiText::tr("Saved, but changing the running guest's memory"));
    }
    out.after = read(connection, uuid);
    return out;
}
