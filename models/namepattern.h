// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Names for many guests at once: "web-{01..20}" gives web-01 … web-20 (padded to the width
// of the first number), "db{1..3}" gives db1 … db3, and a plain name with a count gives
// name-1 … name-N. Every name must be one libvirt and the host's files accept.
class NamePattern {
public:
    static constexpr int MaxCount = 500;
    static constexpr int MaxNameLength = 64;

    struct Expansion {
        QStringList names;
        QString error; // why the pattern cannot be used; empty when it can
        bool ok() const { return error.isEmpty(); }
    };

    // `count` is used only for a pattern without a {a..b} range: 1 gives the name as typed,
    // more gives name-1 … name-N. A range decides the count itself.
    static Expansion expand(const QString &pattern, int count = 0);
    // 1–64 characters: ASCII letters, digits and "._+-", not starting with "." or "-".
    static bool isValidName(const QString &name, QString *reason = nullptr);
};
