// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "statssampler.h"

#include <libvirt/libvirt.h>

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

// For benchmarks only: replays the statistics of a real QEMU guest (its typed parameters,
// recorded as JSON) for every running guest of a test-driver connection, with counters that
// advance each tick. The whole pipeline — parsing, rates, the model, painting — can then be
// measured at the scale of thousands of guests, which the test driver's state-only bulk
// statistics cannot show. Enabled by VIRTDECK_STATS_REPLAY=/path/to/recording.json and
// ignored for every driver but the test driver.
class StatsReplay {
public:
    static std::shared_ptr<StatsReplay> fromEnvironment();
    static std::shared_ptr<StatsReplay> fromJson(const QByteArray &json, QString *error);
    // A recording of one guest's parameters, as fromJson() reads it.
    static QByteArray toJson(const virTypedParameter *params, int count);

    QVector<RawGuestSample> sample(const QSet<QString> &uuids);
    int parameterCount() const { return int(m_params.size()); }

private:
    struct Field {
        QByteArray name;
        int type = VIR_TYPED_PARAM_ULLONG;
        quint64 value = 0;
        quint64 stepPerTick = 0; // counters advance; gauges stay
    };
    std::vector<Field> m_fields;
    std::vector<virTypedParameter> m_params;
    quint64 m_tick = 0;
};
