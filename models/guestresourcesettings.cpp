// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestresourcesettings.h"

#include "domaindefinition.h"
#include "libvirthandles.h"

#include <QCoreApplication>
#include <QDomDocument>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>
#include <vector>

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
    cpu.features = config.cpuFeatures();
    return cpu;
}

GuestResourceSettings::Memory memoryOf(const DomainConfig &config) {
    GuestResourceSettings::Memory memory;
    memory.currentKiB = config.currentMemoryKiB();
    memory.maximumKiB = config.memoryKiB();
    memory.hugePageKiB = config.hugePageSizeKiB();
    memory.sharedMemory = config.sharedMemoryBacking();
    return memory;
}

QString sizeText(quint64 kib) {
    if (kib >= 1024 * 1024 && kib % (1024 * 1024) == 0)
        return UiText::tr("%1 GiB").arg(kib / (1024 * 1024));
    if (kib >= 1024 && kib % 1024 == 0)
        return UiText::tr("%1 MiB").arg(kib / 1024);
    return UiText::tr("%1 KiB").arg(kib);
}

QList<QDomElement> elements(const QDomElement &parent, const QString &name) {
    QList<QDomElement> out;
    for (QDomElement e = parent.firstChildElement(name); !e.isNull();
         e = e.nextSiblingElement(name))
        out << e;
    return out;
}

// Devices that stop working without shared guest memory.
QStringList sharedMemoryUsers(const DomainConfig &config) {
    QStringList out;
    const QDomElement devices =
        config.document().documentElement().firstChildElement(QStringLiteral("devices"));
    for (const QDomElement &fs : elements(devices, QStringLiteral("filesystem"))) {
        if (fs.firstChildElement(QStringLiteral("driver")).attribute(QStringLiteral("type")) ==
            QLatin1String("virtiofs"))
            out << UiText::tr("The shared folder “%1”")
                       .arg(fs.firstChildElement(QStringLiteral("target"))
                                .attribute(QStringLiteral("dir")));
    }
    for (const QDomElement &nic : elements(devices, QStringLiteral("interface"))) {
        if (nic.attribute(QStringLiteral("type")) == QLatin1String("vhostuser"))
            out << UiText::tr("The vhost-user network card");
    }
    return out;
}

// The feature names in a CPU definition.
QStringList featureNames(const QDomElement &cpu) {
    QStringList out;
    for (const QDomElement &f : elements(cpu, QStringLiteral("feature")))
        out << f.attribute(QStringLiteral("name"));
    return out;
}

// What libvirt knows a CPU model to be made of, by name: every feature it implies.
QStringList expandedFeatures(virConnectPtr connection, const QDomElement &cpu, const char *emulator,
                             const char *arch, const char *machine, const char *virtType) {
    QDomDocument doc;
    QDomElement root = doc.createElement(QStringLiteral("cpu"));
    root.setAttribute(QStringLiteral("mode"), QStringLiteral("custom"));
    root.setAttribute(QStringLiteral("match"), QStringLiteral("exact"));
    doc.appendChild(root);
    for (QDomElement e = cpu.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.tagName() == QLatin1String("model") || e.tagName() == QLatin1String("vendor") ||
            e.tagName() == QLatin1String("feature"))
            root.appendChild(doc.importNode(e, true));
    }
    const QByteArray xml = doc.toString().toUtf8();
    const char *cpus[] = {xml.constData()};
    CString expanded(virConnectBaselineHypervisorCPU(connection, emulator, arch, machine, virtType,
                                                     cpus, 1,
                                                     VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES));
    virResetLastError();
    if (!expanded)
        return {};
    QDomDocument out;
    out.setContent(QString::fromUtf8(expanded.get()));
    return featureNames(out.documentElement());
}

// Huge page sizes, what is free of each, and the host CPU's flags, from the capabilities.
void readHostCapabilities(virConnectPtr connection, GuestResourceSettings *out,
                          bool hostFlagsAsFeatures) {
    CString caps(virConnectGetCapabilities(connection));
    virResetLastError();
    if (!caps)
        return;
    QDomDocument doc;
    doc.setContent(QString::fromUtf8(caps.get()));
    const QDomElement host = doc.documentElement().firstChildElement(QStringLiteral("host"));
    const QDomElement cpu = host.firstChildElement(QStringLiteral("cpu"));
    if (hostFlagsAsFeatures) {
        out->limits.cpuFeatures += featureNames(cpu);
        // Older and simpler drivers list flags as elements of their own (<features><pae/>).
        const QDomElement flags = cpu.firstChildElement(QStringLiteral("features"));
        for (QDomElement f = flags.firstChildElement(); !f.isNull(); f = f.nextSiblingElement())
            out->limits.cpuFeatures << f.tagName();
    }
    QList<quint64> sizes;
    for (const QDomElement &p : elements(cpu, QStringLiteral("pages")))
        sizes << p.attribute(QStringLiteral("size")).toULongLong();
    std::sort(sizes.begin(), sizes.end());
    // The smallest is the normal page; no architecture has huge pages under 64 KiB.
    if (!sizes.isEmpty())
        sizes.removeFirst();
    sizes.erase(std::remove_if(sizes.begin(), sizes.end(), [](quint64 s) { return s < 64; }),
                sizes.end());
    if (sizes.isEmpty())
        return;
    const QList<QDomElement> cells = elements(host.firstChildElement(QStringLiteral("topology"))
                                                  .firstChildElement(QStringLiteral("cells")),
                                              QStringLiteral("cell"));
    for (quint64 size : std::as_const(sizes)) {
        GuestResourceSettings::Limits::HugePages h;
        h.sizeKiB = size;
        for (const QDomElement &cell : cells) {
            for (const QDomElement &p : elements(cell, QStringLiteral("pages"))) {
                if (p.attribute(QStringLiteral("size")).toULongLong() == size)
                    h.total += p.text().trimmed().toULongLong();
            }
        }
        out->limits.hugePages << h;
    }
    std::vector<unsigned> pageSizes;
    for (quint64 size : std::as_const(sizes))
        pageSizes.push_back(unsigned(size));
    const int cellCount = qMax<int>(1, int(cells.size()));
    std::vector<unsigned long long> counts(pageSizes.size() * size_t(cellCount));
    // Counts are per cell, then per size. Entries a driver leaves out stay 0 (libvirt returns
    // how many it filled, but its test driver returns 0 after filling them all).
    const int filled = virNodeGetFreePages(connection, unsigned(pageSizes.size()), pageSizes.data(),
                                           0, unsigned(cellCount), counts.data(), 0);
    virResetLastError();
    if (filled < 0)
        return;
    for (size_t entry = 0; entry < counts.size(); ++entry)
        out->limits.hugePages[qsizetype(entry % pageSizes.size())].free += counts[entry];
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
    readHostCapabilities(connection, out, !caps);
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
            if (mode.attribute(QStringLiteral("name")) == QLatin1String("host-model") &&
                mode.attribute(QStringLiteral("supported")) != QLatin1String("no")) {
                out->limits.hostModel =
                    mode.firstChildElement(QStringLiteral("model")).text().trimmed();
                out->limits.cpuFeatures += featureNames(mode);
                out->limits.cpuFeatures +=
                    expandedFeatures(connection, mode, orNull(emulator), orNull(arch),
                                     orNull(machine), orNull(virtType));
            }
            if (mode.attribute(QStringLiteral("name")) != QLatin1String("custom"))
                continue;
            for (QDomElement m = mode.firstChildElement(QStringLiteral("model")); !m.isNull();
                 m = m.nextSiblingElement(QStringLiteral("model")))
                if (m.attribute(QStringLiteral("usable")) != QLatin1String("no"))
                    out->cpuModels << m.text().trimmed();
        }
    }
    // The guest's own named model implies features the host model may lack.
    if (caps && config.cpuMode() == QLatin1String("custom") && !config.cpuModel().isEmpty()) {
        const QDomElement cpu = root.firstChildElement(QStringLiteral("cpu"));
        QDomDocument modelOnly;
        QDomElement c = modelOnly.createElement(QStringLiteral("cpu"));
        c.appendChild(modelOnly.importNode(cpu.firstChildElement(QStringLiteral("model")), true));
        modelOnly.appendChild(c);
        out->limits.cpuFeatures += expandedFeatures(connection, c, orNull(emulator), orNull(arch),
                                                    orNull(machine), orNull(virtType));
    }
    out->limits.cpuFeatures.removeAll(QString());
    out->limits.cpuFeatures.removeDuplicates();
    out->limits.cpuFeatures.sort();
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
    // A running guest shows its CPU expanded: the hypervisor's default and host-model become a
    // named model with features of its own. What can be told apart is compared here; the rest
    // is known to the apply that changed it (Outcome::waiting).
    const QString &mode = s.cpu.mode, &liveMode = s.liveCpu.mode;
    const bool expanded = liveMode == QLatin1String("custom") || liveMode.isEmpty();
    bool modePending = false;
    if (mode.isEmpty())
        modePending = !expanded;
    else if (mode == QLatin1String("host-model") && mode != liveMode)
        modePending = !expanded || (!s.limits.hostModel.isEmpty() && !s.liveCpu.model.isEmpty() &&
                                    s.liveCpu.model != s.limits.hostModel);
    else
        modePending = mode != liveMode;
    if (modePending)
        pending << Field::CpuMode;
    if (mode == QLatin1String("custom") && liveMode == mode && s.cpu.model != s.liveCpu.model)
        pending << Field::CpuModel;
    if (!(s.cpu.topology == s.liveCpu.topology))
        pending << Field::CpuTopology;
    // The expanded CPU lists features of its own; only a contradiction is sure to be pending.
    auto disables = [](const QString &policy) {
        return policy == QLatin1String("disable") || policy == QLatin1String("forbid");
    };
    for (const DomainConfig::CpuFeature &f : s.cpu.features) {
        for (const DomainConfig::CpuFeature &l : s.liveCpu.features) {
            if (l.name == f.name && disables(l.policy) != disables(f.policy) &&
                !pending.contains(Field::CpuFeatures))
                pending << Field::CpuFeatures;
        }
    }
    if (s.memory.maximumKiB != s.liveMemory.maximumKiB)
        pending << Field::MemoryMaximum;
    // The balloon follows live up to the running maximum; above it, only a restart helps.
    if (s.memory.currentKiB > s.liveMemory.maximumKiB)
        pending << Field::MemoryCurrent;
    if (s.memory.hugePageKiB != s.liveMemory.hugePageKiB)
        pending << Field::HugePages;
    if (s.memory.sharedMemory != s.liveMemory.sharedMemory)
        pending << Field::SharedMemory;
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
    out.memory = memoryOf(*config);
    readLimits(connection, *config, &out);
    out.limits.sharedMemoryNeededBy = sharedMemoryUsers(*config);

    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading processors and memory"));
        return out;
    }
    out.active = virDomainIsActive(dom.get()) == 1;
    if (out.active) {
        out.liveId = virDomainGetID(dom.get());
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
        out.liveMemory = memoryOf(*live);
        out.liveMemory.currentKiB = info.memory;
        out.liveMemory.maximumKiB = info.maxMem;
        // The pages this guest holds now are free for it again after its restart.
        if (out.liveMemory.hugePageKiB) {
            for (Limits::HugePages &h : out.limits.hugePages) {
                if (&h == out.limits.hugePagesOf(*out.liveMemory.hugePageKiB))
                    h.free += info.maxMem / h.sizeKiB;
            }
        }
        out.pending = pendingFields(out);
    }
    return out;
}

QStringList GuestResourceSettings::cpuFeaturePolicies() {
    return {QStringLiteral("require"), QStringLiteral("disable"), QStringLiteral("optional"),
            QStringLiteral("force"), QStringLiteral("forbid")};
}

QString GuestResourceSettings::describe(Field field) {
    switch (field) {
    case Field::VcpuCurrent:
        return UiText::tr("Current vCPUs");
    case Field::VcpuMaximum:
        return UiText::tr("Maximum vCPUs");
    case Field::CpuMode:
        return UiText::tr("CPU mode");
    case Field::CpuModel:
        return UiText::tr("CPU model");
    case Field::CpuTopology:
        return UiText::tr("CPU topology");
    case Field::CpuFeatures:
        return UiText::tr("CPU features");
    case Field::MemoryCurrent:
        return UiText::tr("Current memory");
    case Field::MemoryMaximum:
        return UiText::tr("Maximum memory");
    case Field::HugePages:
        return UiText::tr("Huge pages");
    case Field::SharedMemory:
        return UiText::tr("Shared memory");
    }
    return {};
}

bool GuestResourceSettings::isCpuField(Field field) {
    switch (field) {
    case Field::VcpuCurrent:
    case Field::VcpuMaximum:
    case Field::CpuMode:
    case Field::CpuModel:
    case Field::CpuTopology:
    case Field::CpuFeatures:
        return true;
    default:
        return false;
    }
}

const GuestResourceSettings::Limits::HugePages *
GuestResourceSettings::Limits::hugePagesOf(quint64 sizeKiB) const {
    if (hugePages.isEmpty())
        return nullptr;
    // The default huge page size is the smallest one on every architecture libvirt runs on.
    if (sizeKiB == 0)
        return &hugePages.first();
    for (const HugePages &h : hugePages) {
        if (h.sizeKiB == sizeKiB)
            return &h;
    }
    return nullptr;
}

QList<GuestResourceSettings::Problem>
GuestResourceSettings::validate(const Cpu &cpu, const Limits &limits, const Cpu *saved) {
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
    const bool featuresChanged = !saved || !(saved->features == cpu.features);
    const bool editableMode =
        cpu.mode == QLatin1String("host-model") || cpu.mode == QLatin1String("custom");
    QStringList featureProblems, seen;
    if (featuresChanged && !cpu.features.isEmpty() && !editableMode)
        featureProblems << UiText::tr("CPU features can be chosen with the host model or a "
                                      "named model only.");
    for (const DomainConfig::CpuFeature &f : cpu.features) {
        const bool known = limits.cpuFeatures.contains(f.name) ||
                           (saved && std::any_of(saved->features.cbegin(), saved->features.cend(),
                                                 [&](const auto &s) { return s.name == f.name; }));
        if (f.name.trimmed().isEmpty())
            featureProblems << UiText::tr("A feature needs a name.");
        else if (seen.contains(f.name))
            featureProblems << UiText::tr("“%1” is listed twice.").arg(f.name);
        else if (!known && limits.cpuFeatures.isEmpty())
            featureProblems << UiText::tr("“%1” cannot be checked: this host does not list the "
                                          "CPU features it knows.")
                                   .arg(f.name);
        else if (!known)
            featureProblems << UiText::tr("“%1” is not a CPU feature this host knows; choose "
                                          "one from the list.")
                                   .arg(f.name);
        if (!cpuFeaturePolicies().contains(f.policy))
            featureProblems << UiText::tr("“%1” has the policy “%2”; use one of %3.")
                                   .arg(f.name, f.policy,
                                        cpuFeaturePolicies().join(QStringLiteral(", ")));
        seen << f.name;
    }
    if (!featureProblems.isEmpty())
        problems.append({Field::CpuFeatures, featureProblems.join(QLatin1Char('\n'))});
    return problems;
}

QList<GuestResourceSettings::Problem>
GuestResourceSettings::validate(const Memory &memory, const Limits &limits, const Memory *saved) {
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
    const bool hugeChanged = !saved || saved->hugePageKiB != memory.hugePageKiB ||
                             saved->maximumKiB != memory.maximumKiB;
    if (memory.hugePageKiB && hugeChanged) {
        const Limits::HugePages *h = limits.hugePagesOf(*memory.hugePageKiB);
        QStringList offered;
        for (const Limits::HugePages &p : limits.hugePages)
            offered << sizeText(p.sizeKiB);
        if (limits.hugePages.isEmpty())
            problems.append({Field::HugePages, UiText::tr("This host offers no huge pages.")});
        else if (!h)
            problems.append(
                {Field::HugePages,
                 UiText::tr("This host has no %1 pages; it offers %2.")
                     .arg(sizeText(*memory.hugePageKiB), offered.join(QStringLiteral(", ")))});
        else if (memory.maximumKiB % h->sizeKiB != 0)
            problems.append(
                {Field::HugePages, UiText::tr("The maximum memory (%1) is not a whole number of %2 "
                                              "pages.")
                                       .arg(sizeText(memory.maximumKiB), sizeText(h->sizeKiB))});
        else if (memory.maximumKiB / h->sizeKiB > h->free)
            problems.append(
                {Field::HugePages,
                 UiText::tr("The guest needs %1 pages of %2 (%3), but the host has only %4 "
                            "free. Set more aside on the host (vm.nr_hugepages) or give the "
                            "guest less memory.")
                     .arg(memory.maximumKiB / h->sizeKiB)
                     .arg(sizeText(h->sizeKiB), sizeText(memory.maximumKiB))
                     .arg(h->free)});
    }
    const bool sharedChanged = !saved || saved->sharedMemory != memory.sharedMemory;
    if (!memory.sharedMemory && sharedChanged && !limits.sharedMemoryNeededBy.isEmpty())
        problems.append({Field::SharedMemory,
                         UiText::tr("%1 needs shared memory; remove it first.")
                             .arg(limits.sharedMemoryNeededBy.join(QStringLiteral(", ")))});
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
    out.problems = validate(cpu, before.limits, &before.cpu);
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
    // Only a model (named, or host-model's) carries features; libvirt refuses them otherwise.
    config->setCpuFeatures(cpu.mode.isEmpty() ? QList<DomainConfig::CpuFeature>() : cpu.features);
    // Pins of vCPUs that no longer exist would make libvirt refuse the definition.
    for (const auto &[vcpu, cpuset] : config->vcpuPins()) {
        if (vcpu >= cpu.maximum)
            config->setVcpuPin(vcpu, QString());
    }
    if (config->toXml() != original) {
        out.error = DomainDefinition::redefine(connection, uuid, config->toXml());
        if (!out.error.isNull())
            return out;
    }
    // The model of a running guest changes at its next start, which its expanded live CPU
    // does not always show.
    if (before.active) {
        GuestResourceSettings::Cpu was = before.cpu;
        if (was.mode != cpu.mode)
            out.waiting << Field::CpuMode;
        if (was.model != cpu.model && cpu.mode == QLatin1String("custom"))
            out.waiting << Field::CpuModel;
        if (!(was.features == cpu.features))
            out.waiting << Field::CpuFeatures;
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
    for (Field f : std::as_const(out.waiting)) {
        if (out.after && out.after->active && !out.after->isPending(f))
            out.after->pending << f;
    }
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
    out.problems = validate(memory, before.limits, &before.memory);
    if (!out.problems.isEmpty())
        return out;
    std::optional<DomainConfig> config = persistentConfig(connection, uuid, &out.error);
    if (!config)
        return out;
    const QString original = config->toXml();
    config->setMemoryKiB(memory.maximumKiB);
    config->setCurrentMemoryKiB(memory.currentKiB);
    config->setHugePageSizeKiB(memory.hugePageKiB);
    config->setSharedMemoryBacking(memory.sharedMemory);
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
