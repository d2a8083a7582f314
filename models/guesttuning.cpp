// SPDX-License-Identifier: GPL-2.0-or-later
#include "guesttuning.h"

#include "domainconfig.h"
#include "libvirthandles.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <functional>
#include <vector>

namespace {

// Messages are looked up under "GuestTuning"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestTuning)
};

constexpr qint64 DefaultPeriod = 100000; // µs, libvirt's and the kernel's default
constexpr qint64 MinQuota = 1000;        // µs, libvirt's lower bound
constexpr qint64 MaxPeriod = 1000000;    // µs, libvirt's upper bound

QString lastMessage() {
    const virError *e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : UiText::tr("no reason given");
}

// Any numeric typed parameter as a signed number (libvirt mixes int, uint and long long).
std::optional<qint64> numberParam(const virTypedParameter *params, int count, const char *name) {
    for (int i = 0; i < count; ++i) {
        if (qstrcmp(params[i].field, name) != 0)
            continue;
        switch (params[i].type) {
        case VIR_TYPED_PARAM_INT:
            return params[i].value.i;
        case VIR_TYPED_PARAM_UINT:
            return params[i].value.ui;
        case VIR_TYPED_PARAM_LLONG:
            return params[i].value.l;
        case VIR_TYPED_PARAM_ULLONG:
            return qint64(params[i].value.ul);
        default:
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// Parameters libvirt fills into a caller-owned array; strings inside are freed with it.
class ParamArray {
public:
    explicit ParamArray(int count)
        : m_params(count > 0 ? count : 0) {}
    ~ParamArray() {
        if (!m_params.empty())
            virTypedParamsClear(m_params.data(), int(m_params.size()));
    }
    virTypedParameterPtr data() { return m_params.empty() ? nullptr : m_params.data(); }
    std::optional<qint64> number(int filled, const char *name) const {
        return numberParam(m_params.data(), filled, name);
    }

private:
    std::vector<virTypedParameter> m_params;
};

// Parameters we build to send; freed as a whole.
class ParamList {
public:
    ParamList() = default;
    ParamList(const ParamList &) = delete;
    ParamList &operator=(const ParamList &) = delete;
    ~ParamList() { virTypedParamsFree(m_params, m_count); }
    void addULLong(const char *name, quint64 value) {
        virTypedParamsAddULLong(&m_params, &m_count, &m_max, name, value);
    }
    void addLLong(const char *name, qint64 value) {
        virTypedParamsAddLLong(&m_params, &m_count, &m_max, name, value);
    }
    void addUInt(const char *name, unsigned value) {
        virTypedParamsAddUInt(&m_params, &m_count, &m_max, name, value);
    }
    virTypedParameterPtr data() const { return m_params; }
    int count() const { return m_count; }

private:
    virTypedParameterPtr m_params = nullptr;
    int m_count = 0, m_max = 0;
};

std::optional<qint64> memoryLimit(std::optional<qint64> kib) {
    if (!kib || quint64(*kib) >= VIR_DOMAIN_MEMORY_PARAM_UNLIMITED)
        return std::nullopt;
    return kib;
}

quint64 toParam(std::optional<qint64> kib) {
    return kib ? quint64(*kib) : VIR_DOMAIN_MEMORY_PARAM_UNLIMITED;
}

QString mib(qint64 kib) {
    return UiText::tr("%1 MiB").arg(kib / 1024);
}

void readCpu(virDomainPtr dom, const QString &driver, GuestTuning *out) {
    int count = 0;
    CString type(virDomainGetSchedulerType(dom, &count));
    ParamArray params(count);
    if (!type || count <= 0 ||
        virDomainGetSchedulerParametersFlags(dom, params.data(), &count,
                                             VIR_DOMAIN_AFFECT_CURRENT) < 0) {
        out->cpuUnsupported = UiText::tr("The %1 driver does not offer CPU weight or cap (%2).")
                                  .arg(driver, lastMessage());
        virResetLastError();
        return;
    }
    const auto shares = params.number(count, VIR_DOMAIN_SCHEDULER_CPU_SHARES);
    if (!shares) {
        out->cpuUnsupported =
            UiText::tr("The %1 driver does not offer CPU weight or cap.").arg(driver);
        return;
    }
    out->cpuShares = *shares;
    out->cpuPeriod = params.number(count, VIR_DOMAIN_SCHEDULER_VCPU_PERIOD).value_or(0);
    const qint64 quota = params.number(count, VIR_DOMAIN_SCHEDULER_VCPU_QUOTA).value_or(-1);
    const qint64 period = out->cpuPeriod > 0 ? out->cpuPeriod : DefaultPeriod;
    // The quota applies to each vCPU; the guest as a whole gets vcpus times that.
    if (quota > 0)
        out->cpuCapPercent = qMax<qint64>(1, (quota * out->vcpus * 100 + period / 2) / period);
}

void readBlkio(virDomainPtr dom, const QString &driver, GuestTuning *out) {
    int count = 0;
    if (virDomainGetBlkioParameters(dom, nullptr, &count, VIR_DOMAIN_AFFECT_CURRENT) < 0 ||
        count <= 0) {
        out->blkioUnsupported = UiText::tr("The %1 driver does not offer a disk I/O weight (%2).")
                                    .arg(driver, lastMessage());
        virResetLastError();
        return;
    }
    ParamArray params(count);
    std::optional<qint64> weight;
    if (virDomainGetBlkioParameters(dom, params.data(), &count, VIR_DOMAIN_AFFECT_CURRENT) == 0)
        weight = params.number(count, VIR_DOMAIN_BLKIO_WEIGHT);
    if (!weight) {
        out->blkioUnsupported =
            UiText::tr("The %1 driver does not offer a disk I/O weight.").arg(driver);
        virResetLastError();
        return;
    }
    out->blkioWeight = *weight;
}

void readMemory(virDomainPtr dom, const QString &driver, GuestTuning *out) {
    int count = 0;
    if (virDomainGetMemoryParameters(dom, nullptr, &count, VIR_DOMAIN_AFFECT_CURRENT) < 0 ||
        count <= 0) {
        out->memoryUnsupported = UiText::tr("The %1 driver does not offer memory limits (%2).")
                                     .arg(driver, lastMessage());
        virResetLastError();
        return;
    }
    ParamArray params(count);
    if (virDomainGetMemoryParameters(dom, params.data(), &count, VIR_DOMAIN_AFFECT_CURRENT) < 0) {
        out->memoryUnsupported = UiText::tr("The %1 driver does not offer memory limits (%2).")
                                     .arg(driver, lastMessage());
        virResetLastError();
        return;
    }
    out->memoryHardLimitKiB = memoryLimit(params.number(count, VIR_DOMAIN_MEMORY_HARD_LIMIT));
    out->memorySoftLimitKiB = memoryLimit(params.number(count, VIR_DOMAIN_MEMORY_SOFT_LIMIT));
    out->swapHardLimitKiB = memoryLimit(params.number(count, VIR_DOMAIN_MEMORY_SWAP_HARD_LIMIT));
}

void readThrottles(virDomainPtr dom, const QString &driver, const DomainConfig &config,
                   GuestTuning *out) {
    const QList<DomainConfig::Disk> disks = config.disks();
    for (const DomainConfig::Disk &disk : disks) {
        if (disk.device != QLatin1String("disk") || disk.target.isEmpty())
            continue;
        const QByteArray target = disk.target.toUtf8();
        int count = 0;
        bool ok = virDomainGetBlockIoTune(dom, target.constData(), nullptr, &count,
                                          VIR_DOMAIN_AFFECT_CURRENT) == 0 &&
                  count > 0;
        ParamArray params(count);
        ok = ok && virDomainGetBlockIoTune(dom, target.constData(), params.data(), &count,
                                           VIR_DOMAIN_AFFECT_CURRENT) == 0;
        if (!ok) {
            out->throttleUnsupported =
                UiText::tr("The %1 driver does not offer disk throttles (%2).")
                    .arg(driver, lastMessage());
            out->disks.clear();
            virResetLastError();
            return;
        }
        GuestTuning::DiskThrottle t;
        t.target = disk.target;
        t.source = !disk.sourcePath.isEmpty() ? disk.sourcePath
                   : !disk.sourceVolume.isEmpty()
                       ? disk.sourcePool + QLatin1Char('/') + disk.sourceVolume
                       : disk.sourceName;
        t.readBytesSec = params.number(count, VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC).value_or(0);
        t.writeBytesSec = params.number(count, VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC).value_or(0);
        t.readIopsSec = params.number(count, VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC).value_or(0);
        t.writeIopsSec = params.number(count, VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC).value_or(0);
        t.totalBytesSec = params.number(count, VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC).value_or(0);
        t.totalIopsSec = params.number(count, VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC).value_or(0);
        out->disks.append(t);
    }
}

bool flagsUnsupported() {
    const int code = virGetLastErrorCode();
    return code == VIR_ERR_NO_SUPPORT || code == VIR_ERR_INVALID_ARG ||
           code == VIR_ERR_ARGUMENT_UNSUPPORTED;
}

// Runs one change live and persistently, or persistently only, and records when it applies.
// `editConfig`, when given, is the persistent fallback for drivers without the CONFIG flag.
class Applier {
public:
    Applier(virConnectPtr connection, virDomainPtr dom, bool active, GuestTuning::Outcome *outcome)
        : m_connection(connection)
        , m_dom(dom)
        , m_active(active)
        , m_outcome(outcome) {}

    bool run(const QStringList &fields, const QString &context,
             const std::function<int(unsigned flags)> &call,
             const std::function<void(DomainConfig &)> &editConfig = {}) {
        if (m_active && call(VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG) == 0) {
            record(fields, GuestTuning::Timing::Live, {});
            return true;
        }
        // Not both at once: each on its own, keeping libvirt's reason when live fails.
        bool live = false;
        QString reason = UiText::tr("Applies at the next start.");
        if (m_active) {
            live = call(VIR_DOMAIN_AFFECT_LIVE) == 0;
            if (!live)
                reason = UiText::tr("Not changed in the running guest: %1").arg(lastMessage());
        }
        if (call(VIR_DOMAIN_AFFECT_CONFIG) != 0) {
            // Drivers without the CONFIG flag: edit the definition itself.
            if (!editConfig || !flagsUnsupported()) {
                m_outcome->error = UserError::fromLastLibvirtError(context);
                return false;
            }
            if (!saveConfig(editConfig, context))
                return false;
        }
        record(fields, live ? GuestTuning::Timing::Live : GuestTuning::Timing::AfterRestart,
               live ? QString() : reason);
        return true;
    }

private:
    bool saveConfig(const std::function<void(DomainConfig &)> &edit, const QString &context) {
        CString xml(virDomainGetXMLDesc(m_dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
        std::optional<DomainConfig> config =
            xml ? DomainConfig::parse(QString::fromUtf8(xml.get())) : std::nullopt;
        if (!config) {
            m_outcome->error = UserError::fromLastLibvirtError(context);
            return false;
        }
        edit(*config);
        DomainHandle defined(
            virDomainDefineXML(m_connection, config->toXml().toUtf8().constData()));
        if (!defined) {
            m_outcome->error = UserError::fromLastLibvirtError(context);
            return false;
        }
        return true;
    }
    void record(const QStringList &fields, GuestTuning::Timing timing, const QString &reason) {
        for (const QString &f : fields) {
            m_outcome->timing.insert(f, timing);
            if (!reason.isEmpty())
                m_outcome->restartReason.insert(f, reason);
        }
    }

    virConnectPtr m_connection;
    virDomainPtr m_dom;
    bool m_active;
    GuestTuning::Outcome *m_outcome;
};

// libvirt's range errors for the I/O weight name the kernel's file, not the rule.
UserError blkioError(const UserError &raw, qint64 weight) {
    if (raw.code() != VIR_ERR_INVALID_ARG && raw.code() != VIR_ERR_OPERATION_FAILED &&
        raw.code() != VIR_ERR_SYSTEM_ERROR)
        return raw;
    return UserError::make(
        UserError::Kind::InvalidInput, UiText::tr("The disk I/O weight was not changed"),
        UiText::tr("This host does not accept the weight %1. libvirt said: %2")
            .arg(weight)
            .arg(raw.rawMessage()),
        UiText::tr("Hosts with cgroup v1 and the CFQ scheduler accept 100 to 1000; with BFQ or "
                   "cgroup v2, 10 to 1000. Try a value from 100 to 1000."));
}

} // namespace

std::pair<qint64, qint64> GuestTuning::quotaForPercent(qint64 percent, unsigned vcpus) {
    const qint64 n = qMax<qint64>(1, vcpus);
    qint64 period = DefaultPeriod;
    qint64 quota = period * percent / (100 * n);
    if (quota < MinQuota) {
        // A small cap spread over many vCPUs: a longer period keeps the quota above the floor.
        period = MaxPeriod;
        quota = qMax<qint64>(MinQuota, period * percent / (100 * n));
    }
    return {period, quota};
}

GuestTuning GuestTuning::read(virConnectPtr connection, const QString &uuid) {
    GuestTuning out;
    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading resource controls"));
        return out;
    }
    CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
    const std::optional<DomainConfig> config =
        xml ? DomainConfig::parse(QString::fromUtf8(xml.get())) : std::nullopt;
    if (!config) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading resource controls"));
        return out;
    }
    out.active = virDomainIsActive(dom.get()) == 1;
    const int vcpus = virDomainGetVcpusFlags(dom.get(), VIR_DOMAIN_AFFECT_CURRENT);
    out.vcpus = vcpus > 0 ? unsigned(vcpus) : qMax(1u, config->vcpuCurrent());
    virResetLastError();
    const char *type = virConnectGetType(connection);
    const QString driver = type ? QString::fromUtf8(type) : QStringLiteral("libvirt");
    readCpu(dom.get(), driver, &out);
    readBlkio(dom.get(), driver, &out);
    readThrottles(dom.get(), driver, *config, &out);
    readMemory(dom.get(), driver, &out);
    return out;
}

QList<GuestTuning::Problem> GuestTuning::validate(const GuestTuning &w,
                                                  const GuestTuning *current) {
    QList<Problem> problems;
    // Only what is being changed: a value another tool left odd does not block other edits.
    const GuestTuning *c = current;
    if (w.cpuUnsupported.isEmpty()) {
        if ((!c || c->cpuShares != w.cpuShares) &&
            (w.cpuShares < MinShares || w.cpuShares > MaxShares))
            problems.append({cpuSharesField(),
                             UiText::tr("The CPU weight must be from %1 to %2 (the usual is 1024); "
                                        "%3 was entered.")
                                 .arg(MinShares)
                                 .arg(MaxShares)
                                 .arg(w.cpuShares)});
        const qint64 maxCap = 100 * qint64(qMax(1u, w.vcpus));
        if ((!c || c->cpuCapPercent != w.cpuCapPercent) && w.cpuCapPercent &&
            (*w.cpuCapPercent < 1 || *w.cpuCapPercent > maxCap))
            problems.append(
                {cpuCapField(), UiText::tr("The CPU cap must be from 1% to %1% (100% per vCPU, %2 "
                                           "vCPUs); %3% was entered.")
                                    .arg(maxCap)
                                    .arg(w.vcpus)
                                    .arg(*w.cpuCapPercent)});
    }
    if (w.blkioUnsupported.isEmpty() && (!c || c->blkioWeight != w.blkioWeight) &&
        (w.blkioWeight < MinBlkioWeight || w.blkioWeight > MaxBlkioWeight))
        problems.append({blkioWeightField(),
                         UiText::tr("The disk I/O weight must be from %1 to %2; %3 was entered.")
                             .arg(MinBlkioWeight)
                             .arg(MaxBlkioWeight)
                             .arg(w.blkioWeight)});
    if (w.throttleUnsupported.isEmpty()) {
        for (const DiskThrottle &d : w.disks) {
            if (d.readBytesSec < 0 || d.writeBytesSec < 0 || d.readIopsSec < 0 ||
                d.writeIopsSec < 0)
                problems.append({diskField(d.target),
                                 UiText::tr("Disk %1: a throttle cannot be negative; use 0 for no "
                                            "limit.")
                                     .arg(d.target)});
        }
    }
    const bool memoryChanged = !c || c->memoryHardLimitKiB != w.memoryHardLimitKiB ||
                               c->memorySoftLimitKiB != w.memorySoftLimitKiB ||
                               c->swapHardLimitKiB != w.swapHardLimitKiB;
    if (w.memoryUnsupported.isEmpty() && memoryChanged) {
        const auto hard = w.memoryHardLimitKiB, soft = w.memorySoftLimitKiB,
                   swap = w.swapHardLimitKiB;
        const bool nonPositive =
            (hard && *hard <= 0) || (soft && *soft <= 0) || (swap && *swap <= 0);
        if (nonPositive)
            problems.append({memoryField(),
                             UiText::tr("A memory limit must be above zero; tick “Unlimited” for "
                                        "no limit.")});
        else if (soft && ((hard && *soft > *hard) || (swap && *soft > *swap)))
            problems.append({memoryField(),
                             UiText::tr("The soft limit (%1) must not be above the hard limit or "
                                        "the swap limit.")
                                 .arg(mib(*soft))});
        else if (hard && swap && *hard > *swap)
            problems.append(
                {memoryField(), UiText::tr("The hard limit (%1) must not be above the memory plus "
                                           "swap limit (%2).")
                                    .arg(mib(*hard), mib(*swap))});
        else if (swap && !hard)
            problems.append(
                {memoryField(), UiText::tr("A memory plus swap limit needs a hard limit too.")});
    }
    return problems;
}

GuestTuning::Outcome GuestTuning::apply(virConnectPtr connection, const QString &uuid,
                                        const GuestTuning &current, const GuestTuning &wanted) {
    Outcome out;
    out.problems = validate(wanted, &current);
    if (!out.problems.isEmpty())
        return out;
    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Changing resource controls"));
        return out;
    }
    const bool active = virDomainIsActive(dom.get()) == 1;
    Applier applier(connection, dom.get(), active, &out);

    const bool sharesChanged = wanted.cpuShares != current.cpuShares;
    const bool capChanged = wanted.cpuCapPercent != current.cpuCapPercent;
    if (wanted.cpuUnsupported.isEmpty() && (sharesChanged || capChanged)) {
        QStringList fields;
        ParamList params;
        std::optional<qint64> period, quota;
        if (sharesChanged) {
            params.addULLong(VIR_DOMAIN_SCHEDULER_CPU_SHARES, quint64(wanted.cpuShares));
            fields << cpuSharesField();
        }
        if (capChanged) {
            if (wanted.cpuCapPercent) {
                const auto [p, q] = quotaForPercent(*wanted.cpuCapPercent, wanted.vcpus);
                period = p;
                quota = q;
                params.addULLong(VIR_DOMAIN_SCHEDULER_VCPU_PERIOD, quint64(p));
            } else {
                quota = -1; // the kernel's "no limit"
            }
            params.addLLong(VIR_DOMAIN_SCHEDULER_VCPU_QUOTA, *quota);
            fields << cpuCapField();
        }
        const qint64 shares = wanted.cpuShares;
        if (!applier.run(
                fields, UiText::tr("Changing the CPU weight and cap"),
                [&](unsigned flags) {
                    return virDomainSetSchedulerParametersFlags(dom.get(), params.data(),
                                                                params.count(), flags);
                },
                [=](DomainConfig &c) {
                    if (sharesChanged)
                        c.setCpuShares(quint64(shares));
                    if (capChanged) {
                        c.setCpuPeriod(period ? std::optional<quint64>(quint64(*period))
                                              : std::nullopt);
                        c.setCpuQuota(quota && *quota > 0 ? quota : std::nullopt);
                    }
                }))
            return out;
    }

    if (wanted.blkioUnsupported.isEmpty() && wanted.blkioWeight != current.blkioWeight) {
        ParamList params;
        params.addUInt(VIR_DOMAIN_BLKIO_WEIGHT, unsigned(wanted.blkioWeight));
        const unsigned weight = unsigned(wanted.blkioWeight);
        if (!applier.run(
                {blkioWeightField()}, UiText::tr("Changing the disk I/O weight"),
                [&](unsigned flags) {
                    return virDomainSetBlkioParameters(dom.get(), params.data(), params.count(),
                                                       flags);
                },
                [weight](DomainConfig &c) { c.setBlkioWeight(weight); })) {
            out.error = blkioError(out.error, wanted.blkioWeight);
            return out;
        }
    }

    if (wanted.memoryUnsupported.isEmpty() &&
        (wanted.memoryHardLimitKiB != current.memoryHardLimitKiB ||
         wanted.memorySoftLimitKiB != current.memorySoftLimitKiB ||
         wanted.swapHardLimitKiB != current.swapHardLimitKiB)) {
        ParamList params;
        params.addULLong(VIR_DOMAIN_MEMORY_HARD_LIMIT, toParam(wanted.memoryHardLimitKiB));
        params.addULLong(VIR_DOMAIN_MEMORY_SOFT_LIMIT, toParam(wanted.memorySoftLimitKiB));
        params.addULLong(VIR_DOMAIN_MEMORY_SWAP_HARD_LIMIT, toParam(wanted.swapHardLimitKiB));
        auto kib = [](std::optional<qint64> v) {
            return v ? std::optional<quint64>(quint64(*v)) : std::nullopt;
        };
        const auto hard = kib(wanted.memoryHardLimitKiB), soft = kib(wanted.memorySoftLimitKiB),
                   swap = kib(wanted.swapHardLimitKiB);
        if (!applier.run(
                {memoryField()}, UiText::tr("Changing the memory limits"),
                [&](unsigned flags) {
                    return virDomainSetMemoryParameters(dom.get(), params.data(), params.count(),
                                                        flags);
                },
                [=](DomainConfig &c) {
                    c.setMemoryHardLimitKiB(hard);
                    c.setMemorySoftLimitKiB(soft);
                    c.setSwapHardLimitKiB(swap);
                }))
            return out;
    }

    if (wanted.throttleUnsupported.isEmpty()) {
        for (const DiskThrottle &d : wanted.disks) {
            auto old = std::find_if(current.disks.cbegin(), current.disks.cend(),
                                    [&](const DiskThrottle &c) { return c.target == d.target; });
            if (old != current.disks.cend() && *old == d)
                continue;
            ParamList params;
            params.addULLong(VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC, quint64(d.readBytesSec));
            params.addULLong(VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC, quint64(d.writeBytesSec));
            params.addULLong(VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC, quint64(d.readIopsSec));
            params.addULLong(VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC, quint64(d.writeIopsSec));
            const QByteArray target = d.target.toUtf8();
            if (!applier.run({diskField(d.target)},
                             UiText::tr("Changing the throttles of disk %1").arg(d.target),
                             [&](unsigned flags) {
                                 return virDomainSetBlockIoTune(dom.get(), target.constData(),
                                                                params.data(), params.count(),
                                                                flags);
                             }))
                return out;
        }
    }
    return out;
}
