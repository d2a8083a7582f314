// SPDX-License-Identifier: GPL-2.0-or-later
#include "icons.h"

#include <QFile>
#include <QHash>

QIcon Icons::get(const QString &name) {
    static QHash<QString, QIcon> cache;
    if (name.isEmpty())
        return {};
    auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon::fromTheme(name);
    cache.insert(name, icon);
    return icon;
}

QIcon Icons::app() { return get(QStringLiteral("virtdeck")); }
