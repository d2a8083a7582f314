// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// Flat "key": number results, merged into build/bench/results.json so that separate runs
// (list, stats, console...) add to one file that can be compared run to run.
class BenchResults {
public:
    explicit BenchResults(const QString &path);
    void set(const QString &key, double value);
    bool save() const;
    void printTable(const QStringList &keys) const;
    QString path() const { return m_path; }
    QJsonObject values() const { return m_values; }

private:
    QString m_path;
    QJsonObject m_values;
};
