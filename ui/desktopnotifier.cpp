// SPDX-License-Identifier: GPL-2.0-or-later
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QVariantMap>

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent) {}

bool DesktopNotifier::available() const {
    return QDBusConnection::sessionBus().isConnected();
}

void DesktopNotifier::notify(const QString &title, const QString &body) {
    if (!available())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("VirtDeck") << uint(0) << QStringLiteral("org.virtdeck.VirtDeck")
         << title << body << QStringList() << QVariantMap() << int(-1);
    QDBusConnection::sessionBus().asyncCall(call);
}
