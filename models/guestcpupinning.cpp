// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestcpupinning.h"

#include "cpuset.h"
#include "domainconfig.h"
#include "domaindefinition.h"
#include "libvirthandles.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <vector>

namespace {

// Messages are looked up under "GuestCpuPinning"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestCpuPinning)
};

QString lastMessage() {
    const virError *e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : UiText::tr("no reason given");
}

QString rowName(const QString &field) {
    return field == GuestCpuPinning::emulatorField()
               ? UiText::tr("Emulator threads")
               : UiText::tr("vCPU %1").arg(field.mid(field.indexOf(QLatin1Char(':')) + 1));
}

QString cpusOf(const unsigned char *map, int maplen, int hostCpus) {
    QList<int> cpus;
    for (int cpu = 0; cpu < hostCpus && cpu / 8 < maplen; ++cpu) {
        if (VIR_CPU_USED(map, cpu))
            cpus << cpu;
    }
    return CpuSet::format(cpus);
}

std::vector<unsigned char> mapOf(const QString &cpuset, int maplen) {
    std::vector<unsigned char> map(size_t(maplen), 0);
    for (int cpu : CpuSet::parse(cpuset).value_or(QList<int>())) {
        if (cpu / 8 < maplen)
            VIR_USE_CPU(map.data(), cpu);
    }
    return map;
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

// The running guest's pins; false when the driver cannot say.
bool readLive(virDomainPtr dom, GuestCpuPinning *out) {
    const int maplen = VIR_CPU_MAPLEN(out->hostCpus);
    const int vcpus = virDomainGetVcpusFlags(dom, unsigned(VIR_DOMAIN_AFFECT_LIVE) |
                                                      unsigned(VIR_DOMAIN_VCPU_MAXIMUM));
    if (vcpus <= 0)
        return false;
    std::vector<unsigned char> maps(size_t(vcpus) * size_t(maplen), 0);
    const int filled =
        virDomainGetVcpuPinInfo(dom, vcpus, maps.data(), maplen, VIR_DOMAIN_AFFECT_LIVE);
    if (filled <= 0)
        return false;
    for (int v = 0; v < filled; ++v)
        out->live.vcpus << cpusOf(VIR_GET_CPUMAP(maps.data(), maplen, v), maplen, out->hostCpus);
    std::vector<unsigned char> emulator(size_t(maplen), 0);
    if (virDomainGetEmulatorPinInfo(dom, emulator.data(), maplen, VIR_DOMAIN_AFFECT_LIVE) >= 0)
        out->live.emulator = cpusOf(emulator.data(), maplen, out->hostCpus);
    return true;
}

} // namespace

QString GuestCpuPinning::allCpus() const {
    QList<int> all;
    for (int i = 0; i < hostCpus; ++i)
        all << i;
    return CpuSet::format(all);
}

GuestCpuPinning GuestCpuPinning::read(virConnectPtr connection, const QString &uuid) {
    GuestCpuPinning out;
    unsigned char *map = nullptr;
    unsigned online = 0;
    const int present = virNodeGetCPUMap(connection, &map, &online, 0);
    if (present > 0) {
        out.hostCpus = present;
        for (int cpu = 0; cpu < present; ++cpu) {
            if (!VIR_CPU_USED(map, cpu))
                out.offlineCpus << cpu;
        }
    } else {
        virNodeInfo node{};
        if (virNodeGetInfo(connection, &node) == 0)
            out.hostCpus = int(node.cpus);
    }
    std::free(map);
    virResetLastError();

    const std::optional<DomainConfig> config = persistent(connection, uuid, &out.error);
    if (!config)
        return out;
    out.defaultCpuset = !config->vcpuCpuset().isEmpty() ? config->vcpuCpuset() : out.allCpus();
    for (unsigned v = 0; v < config->vcpuMaximum(); ++v)
        out.pins.vcpus << out.defaultCpuset;
    for (const auto &[vcpu, cpuset] : config->vcpuPins()) {
        if (vcpu < unsigned(out.pins.vcpus.size()))
            out.pins.vcpus[qsizetype(vcpu)] = cpuset;
    }
    out.pins.emulator =
        !config->emulatorPin().isEmpty() ? config->emulatorPin() : out.defaultCpuset;

    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading the CPU pinning"));
        return out;
    }
    out.active = virDomainIsActive(dom.get()) == 1;
    if (!out.active || out.hostCpus <= 0 || !readLive(dom.get(), &out)) {
        out.live = out.pins; // nothing known to differ
        virResetLastError();
        return out;
    }
    for (qsizetype v = 0; v < qMin(out.pins.vcpus.size(), out.live.vcpus.size()); ++v) {
        if (!CpuSet::same(out.pins.vcpus.at(v), out.live.vcpus.at(v)))
            out.pending << vcpuField(int(v));
    }
    if (!out.live.emulator.isEmpty() && !CpuSet::same(out.pins.emulator, out.live.emulator))
        out.pending << emulatorField();
    return out;
}

QList<GuestCpuPinning::Problem> GuestCpuPinning::validate(const Pins &wanted, int hostCpus) {
    QList<Problem> problems;
    auto check = [&](const QString &field, const QString &cpuset) {
        QString why;
        const std::optional<QList<int>> cpus = CpuSet::parse(cpuset, &why);
        if (!cpus) {
            problems.append({field, UiText::tr("%1: %2").arg(rowName(field), why)});
            return;
        }
        if (cpus->isEmpty()) {
            problems.append(
                {field,
                 UiText::tr("%1 must be allowed at least one host CPU.").arg(rowName(field))});
            return;
        }
        QList<int> missing;
        for (int cpu : *cpus) {
            if (hostCpus > 0 && cpu >= hostCpus)
                missing << cpu;
        }
        if (!missing.isEmpty())
            problems.append({field, UiText::tr("%1: this host has no CPU %2 (it has CPUs 0–%3).")
                                        .arg(rowName(field), CpuSet::format(missing))
                                        .arg(hostCpus - 1)});
    };
    for (qsizetype v = 0; v < wanted.vcpus.size(); ++v)
        check(vcpuField(int(v)), wanted.vcpus.at(v));
    check(emulatorField(), wanted.emulator);
    return problems;
}

GuestCpuPinning::Outcome GuestCpuPinning::apply(virConnectPtr connection, const QString &uuid,
                                                const Pins &wanted) {
    Outcome out;
    const GuestCpuPinning before = read(connection, uuid);
    if (!before.error.isNull()) {
        out.error = before.error;
        return out;
    }
    out.problems = validate(wanted, before.hostCpus);
    if (!out.problems.isEmpty())
        return out;

    // The rows that change: field -> new CPUs. vCPUs beyond the definition's maximum are not
    // there to pin.
    QMap<QString, QString> changed;
    for (qsizetype v = 0; v < qMin(wanted.vcpus.size(), before.pins.vcpus.size()); ++v) {
        if (!CpuSet::same(wanted.vcpus.at(v), before.pins.vcpus.at(v)))
            changed.insert(vcpuField(int(v)), wanted.vcpus.at(v));
    }
    if (!CpuSet::same(wanted.emulator, before.pins.emulator))
        changed.insert(emulatorField(), wanted.emulator);
    if (changed.isEmpty()) {
        out.after = before;
        return out;
    }

    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Changing the CPU pinning"));
        return out;
    }
    const int maplen = VIR_CPU_MAPLEN(qMax(1, before.hostCpus));
    // field -> CPUs still to be written into the definition ourselves.
    QMap<QString, QString> persist;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const bool emulator = it.key() == emulatorField();
        const unsigned vcpu = emulator ? 0 : it.key().mid(5).toUInt();
        std::vector<unsigned char> map = mapOf(it.value(), maplen);
        auto pin = [&](unsigned flags) {
            return emulator ? virDomainPinEmulator(dom.get(), map.data(), maplen, flags)
                            : virDomainPinVcpuFlags(dom.get(), vcpu, map.data(), maplen, flags);
        };
        if (before.active && pin(VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG) == 0) {
            out.timing.insert(it.key(), Timing::Live);
            continue;
        }
        // Each on its own: live where the running guest allows, the definition in any case.
        bool live = false;
        if (before.active) {
            live = pin(VIR_DOMAIN_AFFECT_LIVE) == 0;
            if (!live)
                out.restartReason.insert(
                    it.key(),
                    UiText::tr("Not changed in the running guest: %1").arg(lastMessage()));
        }
        virResetLastError();
        out.timing.insert(it.key(), live ? Timing::Live : Timing::AfterRestart);
        persist.insert(it.key(), it.value());
    }
    if (!persist.isEmpty()) {
        std::optional<DomainConfig> config = persistent(connection, uuid, &out.error);
        if (!config)
            return out;
        const QString defaults =
            !config->vcpuCpuset().isEmpty() ? config->vcpuCpuset() : before.allCpus();
        for (auto it = persist.cbegin(); it != persist.cend(); ++it) {
            // A row back at the default needs no pin of its own.
            const QString cpuset = CpuSet::same(it.value(), defaults)
                                       ? QString()
                                       : CpuSet::format(*CpuSet::parse(it.value()));
            if (it.key() == emulatorField())
                config->setEmulatorPin(cpuset);
            else
                config->setVcpuPin(it.key().mid(5).toUInt(), cpuset);
        }
        out.error = DomainDefinition::redefine(connection, uuid, config->toXml());
        if (!out.error.isNull()) {
            for (auto it = persist.cbegin(); it != persist.cend(); ++it)
                if (out.timing.value(it.key()) == Timing::AfterRestart)
                    out.timing.remove(it.key());
            return out;
        }
    }
    out.after = read(connection, uuid);
    return out;
}
