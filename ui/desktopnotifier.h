// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

// Shows desktop notifications through the freedesktop notification service on the session
// bus. Never waits for it: without a session bus or a notification daemon nothing appears.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    bool available() const;
    void notify(const QString &title, const QString &body);
};
