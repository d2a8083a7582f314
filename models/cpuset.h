// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// libvirt's list syntax for host CPUs and NUMA nodes ("0-3,^2,6"), as used by <vcpupin cpuset>,
// <emulatorpin cpuset> and <numatune nodeset>.
class CpuSet {
public:
    // libvirt's own bound for CPU masks (VIR_DOMAIN_CPUMASK_LEN).
    static constexpr int Limit = 16384;

    // Sorted, without duplicates. error gets a reason a person understands when the text is not
    // such a list; an empty text gives an empty list.
    static std::optional<QList<int>> parse(const QString &text, QString *error = nullptr);
    // Ranges collapsed: {0,1,2,3,6} -> "0-3,6".
    static QString format(const QList<int> &ids);
    // Whether two texts name the same ids (both must parse).
    static bool same(const QString &a, const QString &b);
};
