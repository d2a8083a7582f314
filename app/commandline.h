// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// What the user asked for on the command line.
struct CommandLine {
    QStringList connectUris; // --connect URI (repeatable): open only these, this session
    bool demoFallback = true;
    QString language;     // --lang ru
    QString consoleGuest; // --console NAME: open this guest's console once it is listed
    QString error;        // set when the arguments are unusable

    static CommandLine parse(const QCoreApplication &app);
};
