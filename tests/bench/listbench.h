// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// One run of the manager window against a connection with `expected` guests: how long
// libvirt takes to open it, how long until the first and all rows are painted, how long
// regrouping them by state takes, the longest GUI-thread stall, CPU while idle afterwards,
// and peak RSS. Runs in its own process so that
// memory figures are not mixed between runs.
class ListBench {
public:
    static QJsonObject run(const QString &uri, int expected);
};
