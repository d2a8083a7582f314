// SPDX-License-Identifier: GPL-2.0-or-later
#include "statssampler.h"

#include <algorithm>

namespace {

// Per second, from two counter readings; unknown if the counter went backwards.
float rate(quint64 now, quint64 before, double seconds) {
    if (now < before || seconds <= 0)
        return GuestRates::Unknown;
    return float(double(now - before) / seconds);
}

float share(quint64 busyNs, double wallNs, double cpus) {
    if (wallNs <= 0 || cpus <= 0)
        return GuestRates::Unknown;
    return float(std::clamp(100.0 * double(busyNs) / wallNs / cpus, 0.0, 100.0));
}

} // namespace

quint64 StatsSampler::usedMemoryKiB(const RawGuestSample &s) {
    if (s.balloonAvailableKiB > 0 && s.balloonUnusedKiB <= s.balloonAvailableKiB)
        return s.balloonAvailableKiB - s.balloonUnusedKiB;
    if (s.balloonRssKiB > 0)
        return std::min(s.balloonRssKiB,
                        s.balloonCurrentKiB ? s.balloonCurrentKiB : s.balloonRssKiB);
    return s.balloonCurrentKiB;
}

void StatsSampler::clear() {
    m_previous.clear();
    m_lastTimestampNs = 0;
    m_hasLast = false;
    m_previousHost = {};
}

StatsBatch StatsSampler::update(qint64 timestampNs, const QVector<RawGuestSample> &samples,
                                const RawHostSample &host) {
    StatsBatch batch;
    batch.timestampMs = timestampNs / 1000000;
    batch.intervalMs = m_hasLast ? (timestampNs - m_lastTimestampNs) / 1000000 : 0;
    m_lastTimestampNs = timestampNs;
    m_hasLast = true;
    const double hostCpus = host.cpus > 0 ? double(host.cpus) : 0.0;

    batch.guests.reserve(samples.size());
    QHash<QString, Previous> next;
    next.reserve(samples.size());
    for (const RawGuestSample &s : samples) {
        GuestRates r;
        r.uuid = s.uuid;
        r.state = GuestStates::fromLibvirt(s.state, false);
        r.memoryUsedKiB = usedMemoryKiB(s);
        r.memoryBalloonKiB = s.balloonCurrentKiB;
        r.memoryAssignedKiB = s.balloonMaximumKiB ? s.balloonMaximumKiB : s.balloonCurrentKiB;

        const auto prev = m_previous.constFind(s.uuid);
        const bool havePrev = prev != m_previous.cend() && timestampNs > prev->timestampNs;
        const double wallNs = havePrev ? double(timestampNs - prev->timestampNs) : 0;
        const double seconds = wallNs / 1e9;
        if (havePrev && s.hasCpuTime && prev->hasCpuTime && s.cpuTimeNs >= prev->cpuTimeNs) {
            const quint64 busy = s.cpuTimeNs - prev->cpuTimeNs;
            if (s.vcpus > 0)
                r.cpuPercent = share(busy, wallNs, double(s.vcpus));
            r.hostCpuPercent = share(busy, wallNs, hostCpus);
        }
        if (havePrev && s.vcpuTimeNs.size() == prev->vcpuTimeNs.size()) {
            r.vcpuPercent.reserve(s.vcpuTimeNs.size());
            for (qsizetype i = 0; i < s.vcpuTimeNs.size(); ++i) {
                const quint64 now = s.vcpuTimeNs[i];
                const quint64 before = prev->vcpuTimeNs[i];
                r.vcpuPercent.append(now >= before ? share(now - before, wallNs, 1.0)
                                                   : GuestRates::Unknown);
            }
        }
        if (havePrev && s.hasBlock && prev->hasBlock) {
            r.diskReadBytesPerSec = rate(s.readBytes, prev->readBytes, seconds);
            r.diskWriteBytesPerSec = rate(s.writeBytes, prev->writeBytes, seconds);
            r.diskReadIops = rate(s.readRequests, prev->readRequests, seconds);
            r.diskWriteIops = rate(s.writeRequests, prev->writeRequests, seconds);
        }
        if (havePrev && s.hasNet && prev->hasNet) {
            r.netRxBytesPerSec = rate(s.rxBytes, prev->rxBytes, seconds);
            r.netTxBytesPerSec = rate(s.txBytes, prev->txBytes, seconds);
        }
        Previous p;
        p.timestampNs = timestampNs;
        p.hasCpuTime = s.hasCpuTime;
        p.cpuTimeNs = s.cpuTimeNs;
        p.vcpuTimeNs = s.vcpuTimeNs;
        p.hasBlock = s.hasBlock;
        p.readBytes = s.readBytes;
        p.writeBytes = s.writeBytes;
        p.readRequests = s.readRequests;
        p.writeRequests = s.writeRequests;
        p.hasNet = s.hasNet;
        p.rxBytes = s.rxBytes;
        p.txBytes = s.txBytes;
        next.insert(s.uuid, p);
        batch.guests.append(r);
    }
    m_previous = std::move(next);

    batch.host.cpus = host.cpus;
    batch.host.memoryTotalKiB = host.memoryTotalKiB;
    batch.host.memoryUsedKiB =
        host.memoryTotalKiB > host.memoryFreeKiB ? host.memoryTotalKiB - host.memoryFreeKiB : 0;
    if (host.hasCpu && m_previousHost.hasCpu && host.busyNs >= m_previousHost.busyNs &&
        host.idleNs >= m_previousHost.idleNs) {
        const double busy = double(host.busyNs - m_previousHost.busyNs);
        const double idle = double(host.idleNs - m_previousHost.idleNs);
        if (busy + idle > 0)
            batch.host.cpuPercent = float(100.0 * busy / (busy + idle));
    }
    m_previousHost = host;
    return batch;
}
