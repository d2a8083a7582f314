// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "statsbatch.h"

#include <QHash>
#include <QString>
#include <QVector>

// Raw counters of one guest as read from libvirt in one tick.
struct RawGuestSample {
    QString uuid;
    int state = 0;           // virDomainState
    bool hasCpuTime = false; // cpu.time (ns since the guest started)
    quint64 cpuTimeNs = 0;
    unsigned vcpus = 0;
    quint64 memoryKiB = 0;
};

// Turns successive raw counter samples into rates. Counters restart when a guest restarts;
// a counter that goes backwards yields "unknown" for that tick, never a negative or huge rate.
class StatsSampler {
public:
    StatsBatch update(qint64 timestampNs, const QVector<RawGuestSample> &samples);
    void clear() { m_previous.clear(); }

private:
    struct Previous {
        qint64 timestampNs = 0;
        quint64 cpuTimeNs = 0;
    };
    QHash<QString, Previous> m_previous;
};
