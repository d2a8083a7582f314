// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchresults.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

BenchResults::BenchResults(const QString &path)
    : m_path(path) {
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        m_values = QJsonDocument::fromJson(f.readAll()).object();
}

void BenchResults::set(const QString &key, double value) {
    m_values.insert(key, std::round(value * 100.0) / 100.0);
}

bool BenchResults::save() const {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(m_values).toJson(QJsonDocument::Indented));
    return true;
}

void BenchResults::printTable(const QStringList &keys) const {
    std::printf("\n%-44s %12s\n", "benchmark", "value");
    std::printf("%-44s %12s\n", "--------------------------------------------", "------------");
    for (const QString &key : keys) {
        if (m_values.contains(key))
            std::printf("%-44s %12.2f\n", qPrintable(key), m_values.value(key).toDouble());
        else
            std::printf("%-44s %12s\n", qPrintable(key), "n/a");
    }
    std::printf("\nwritten to %s\n", qPrintable(m_path));
}
