// SPDX-License-Identifier: GPL-2.0-or-later
#include "cpuset.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <set>

namespace {

// Messages are looked up under "CpuSet"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(CpuSet)
};

std::optional<int> number(const QString &text) {
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0 || n >= CpuSet::Limit || text.trimmed().startsWith(QLatin1Char('+')))
        return std::nullopt;
    return n;
}

} // namespace

std::optional<QList<int>> CpuSet::parse(const QString &text, QString *error) {
    std::set<int> included, excluded;
    auto fail = [&](const QString &part) -> std::optional<QList<int>> {
        if (error)
            *error = UiText::tr("“%1” is not a list of numbers like 0-3,6 (each from 0 to %2).")
                         .arg(part.trimmed())
                         .arg(Limit - 1);
        return std::nullopt;
    };
    const QStringList parts = text.split(QLatin1Char(','));
    if (text.trimmed().isEmpty())
        return QList<int>();
    for (const QString &raw : parts) {
        QString part = raw.trimmed();
        if (part.isEmpty())
            return fail(text);
        const bool exclude = part.startsWith(QLatin1Char('^'));
        if (exclude)
            part.remove(0, 1);
        const qsizetype dash = part.indexOf(QLatin1Char('-'));
        std::optional<int> first, last;
        if (dash < 0) {
            first = last = number(part);
        } else if (!exclude) {
            first = number(part.left(dash));
            last = number(part.mid(dash + 1));
        }
        if (!first || !last || *last < *first)
            return fail(raw);
        for (int i = *first; i <= *last; ++i)
            (exclude ? excluded : included).insert(i);
    }
    QList<int> out;
    for (int i : included)
        if (!excluded.count(i))
            out.push_back(i);
    return out;
}

QString CpuSet::format(const QList<int> &ids) {
    QList<int> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(sorted.at(i))
                         : QString::number(sorted.at(i)) + QLatin1Char('-') +
                               QString::number(sorted.at(j)));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

bool CpuSet::same(const QString &a, const QString &b) {
    const auto pa = parse(a), pb = parse(b);
    return pa && pb && *pa == *pb;
}
