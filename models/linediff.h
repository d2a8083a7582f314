// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A line-by-line comparison of two texts (longest common subsequence), for showing what an
// edit of a guest's configuration changes before it is applied.
class LineDiff {
public:
    struct Line {
        enum class Kind { Same, Removed, Added };
        Kind kind = Kind::Same;
        QString text;
    };
    static QVector<Line> compare(const QStringList &before, const QStringList &after);
    // "- old" / "+ new" lines with `context` unchanged lines around each change; empty when
    // the texts are the same.
    static QString unified(const QString &before, const QString &after, int context = 2);
};
