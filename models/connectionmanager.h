// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connection.h"

#include <QList>
#include <QObject>

// The connections the user has: saved ones (QSettings) and ones opened for this session only.
class ConnectionManager : public QObject {
    Q_OBJECT
public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    QList<Connection *> connections() const { return m_connections; }
    Connection *find(const ConnectionUri &uri) const;

    // Adds a connection; refuses a duplicate (returns the existing one and sets *error).
    // `remember` saves it across runs.
    Connection *add(const ConnectionUri &uri, bool autoconnect, bool remember,
                    QString *error = nullptr);
    // Disconnects and forgets a connection (its guests are untouched on the host).
    void remove(Connection *connection);

    // Loads saved connections; on the very first run adds the local ones (QEMU/KVM system,
    // and LXC when libvirt's LXC driver is installed).
    void loadSaved();
    void save() const;
    void connectAutoconnect();

    // When every automatic connection of this start fails because no local daemon answers,
    // opens libvirt's built-in test driver as a demo connection.
    void setDemoFallbackEnabled(bool enabled) { m_demoFallback = enabled; }
    Connection *demoConnection() const;

    // Statistics sampling interval of every connection, present and future.
    void setStatsInterval(int milliseconds);
    int statsInterval() const { return m_statsIntervalMs; }

    static QList<ConnectionUri> defaultLocalConnections();

Q_SIGNALS:
    void connectionAdded(Connection *connection);
    void connectionAboutToBeRemoved(Connection *connection);
    void demoConnectionOpened(Connection *connection);

private:
    void watchForDemoFallback(Connection *connection);
    void considerDemoFallback();

    QList<Connection *> m_connections;
    QList<Connection *> m_remembered;
    QList<Connection *> m_pendingAutoconnect;
    bool m_demoFallback = false;
    bool m_demoDecided = false;
    bool m_autoconnectTried = false;
    int m_statsIntervalMs = 1000;
};
