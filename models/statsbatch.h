// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

// One guest's rates over the last sampling interval. NaN where unknown.
struct GuestRates {
    QString uuid;
    GuestState state = GuestState::NoState;
    float cpuPercent = std::numeric_limits<float>::quiet_NaN(); // of the guest's vCPUs
    quint64 memoryKiB = 0;
};

// Everything one sampling tick learned about one connection: one signal per tick.
struct StatsBatch {
    qint64 timestampMs = 0;
    QVector<GuestRates> guests;
};

Q_DECLARE_METATYPE(StatsBatch)
