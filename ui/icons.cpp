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

QIcon Icons::app() {
    return get(QStringLiteral("virtdeck"));
}

void Icons::preloadListIcons(int size) {
    for (const char *name :
         {"guest-vm", "guest-container", "host-connected", "host-disconnected", "host-connecting",
          "host-lost", "state-running", "state-paused", "state-shutting-down", "state-shutoff",
          "state-crashed", "state-suspended", "state-saved", "state-unknown"}) {
        const QIcon icon = get(QString::fromLatin1(name));
        icon.pixmap(size, size);
    }
}
