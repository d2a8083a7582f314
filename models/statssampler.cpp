// SPDX-License-Identifier: GPL-2.0-or-later
#include "statssampler.h"

#include <algorithm>

StatsBatch StatsSampler::update(qint64 timestampNs, const QVector<RawGuestSample> &samples) {
    StatsBatch batch;
    batch.timestampMs = timestampNs / 1000000;
    batch.guests.reserve(samples.size());
    QHash<QString, Previous> next;
    next.reserve(samples.size());
    for (const RawGuestSample &s : samples) {
        GuestRates rates;
        rates.uuid = s.uuid;
        rates.state = GuestStates::fromLibvirt(s.state, false);
        rates.memoryKiB = s.memoryKiB;
        if (s.hasCpuTime) {
            const auto prev = m_previous.constFind(s.uuid);
            if (prev != m_previous.cend() && s.cpuTimeNs >= prev->cpuTimeNs &&
                timestampNs > prev->timestampNs && s.vcpus > 0) {
                const double busyNs = double(s.cpuTimeNs - prev->cpuTimeNs);
                const double wallNs = double(timestampNs - prev->timestampNs);
                const double pct = 100.0 * busyNs / wallNs / double(s.vcpus);
                rates.cpuPercent = float(std::clamp(pct, 0.0, 100.0));
            }
            next.insert(s.uuid, Previous{timestampNs, s.cpuTimeNs});
        }
        batch.guests.append(rates);
    }
    m_previous = std::move(next);
    return batch;
}
