// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Installs VirtDeck's and Qt's own translations for a locale (the system's by default).
class Translations {
public:
    // Returns true when VirtDeck's catalogue for the locale was found and installed.
    static bool install(QCoreApplication *app, const QLocale &locale = QLocale());
    // Languages shipped, as locale names ("ru", "zh_CN").
    static QStringList available();
};
