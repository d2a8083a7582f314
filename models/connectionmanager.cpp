// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionmanager.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString kGroup = QStringLiteral("connections");

bool lxcDriverInstalled() {
    for (const char *dir :
         {"/usr/lib/x86_64-linux-gnu/libvirt/connection-driver",
          "/usr/lib64/libvirt/connection-driver", "/usr/lib/libvirt/connection-driver"}) {
        if (QFileInfo::exists(QString::fromLatin1(dir) + QStringLiteral("/libvirt_driver_lxc.so")))
            return true;
    }
    return false;
}

} // namespace

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent) {}

ConnectionManager::~ConnectionManager() {
    // Connections retire their workers without waiting; nothing here blocks.
    qDeleteAll(m_connections);
}

QList<ConnectionUri> ConnectionManager::defaultLocalConnections() {
    QList<ConnectionUri> list{ConnectionUri::build(ConnectionUri::Hypervisor::QemuSystem,
                                                   ConnectionUri::Transport::Local, {}, {})};
    if (lxcDriverInstalled())
        list.append(ConnectionUri::build(ConnectionUri::Hypervisor::Lxc,
                                         ConnectionUri::Transport::Local, {}, {}));
    return list;
}

Connection *ConnectionManager::find(const ConnectionUri &uri) const {
    for (Connection *c : m_connections)
        if (c->uri() == uri)
            return c;
    return nullptr;
}

Connection *ConnectionManager::add(const ConnectionUri &uri, bool autoconnect, bool remember,
                                   QString *error) {
    if (!uri.isValid()) {
        if (error)
            *error = tr("The connection address is not valid.");
        return nullptr;
    }
    if (Connection *existing = find(uri)) {
        if (error)
            *error = tr("%1 is already in the list.").arg(uri.toString());
        return existing;
    }
    auto *connection = new Connection(uri);
    connection->setAutoconnect(autoconnect);
    connection->setStatsInterval(m_statsIntervalMs);
    m_connections.append(connection);
    if (remember) {
        m_remembered.append(connection);
        save();
    }
    Q_EMIT connectionAdded(connection);
    return connection;
}

void ConnectionManager::remove(Connection *connection) {
    if (!m_connections.contains(connection))
        return;
    Q_EMIT connectionAboutToBeRemoved(connection);
    connection->disconnectFromHost();
    m_connections.removeOne(connection);
    m_pendingAutoconnect.removeOne(connection);
    if (m_remembered.removeOne(connection))
        save();
    connection->deleteLater();
}

void ConnectionManager::loadSaved() {
    QSettings settings;
    if (!settings.childGroups().contains(kGroup)) {
        for (const ConnectionUri &uri : defaultLocalConnections())
            add(uri, true, true);
        return;
    }
    const int count = settings.beginReadArray(kGroup);
    struct Saved {
        ConnectionUri uri;
        bool autoconnect;
    };
    QList<Saved> saved;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const ConnectionUri uri =
            ConnectionUri::parse(settings.value(QStringLiteral("uri")).toString());
        if (uri.isValid())
            saved.append({uri, settings.value(QStringLiteral("autoconnect"), false).toBool()});
    }
    settings.endArray();
    for (const Saved &s : saved) {
        if (find(s.uri))
            continue;
        auto *connection = new Connection(s.uri);
        connection->setAutoconnect(s.autoconnect);
        connection->setStatsInterval(m_statsIntervalMs);
        m_connections.append(connection);
        m_remembered.append(connection);
        Q_EMIT connectionAdded(connection);
    }
}

void ConnectionManager::save() const {
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(m_remembered.size()));
    for (int i = 0; i < m_remembered.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("uri"), m_remembered[i]->uri().toString());
        settings.setValue(QStringLiteral("autoconnect"), m_remembered[i]->autoconnect());
    }
    settings.endArray();
}

void ConnectionManager::connectAutoconnect() {
    for (Connection *c : std::as_const(m_connections)) {
        if (!c->autoconnect() || c->state() != Connection::State::Disconnected)
            continue;
        watchForDemoFallback(c);
        c->connectToHost();
    }
    considerDemoFallback();
}

void ConnectionManager::watchForDemoFallback(Connection *connection) {
    if (!m_demoFallback || m_demoDecided)
        return;
    m_autoconnectTried = true;
    m_pendingAutoconnect.append(connection);
    connect(connection, &Connection::stateChanged, this, [this, connection] {
        if (connection->state() == Connection::State::Connecting)
            return;
        if (connection->state() == Connection::State::Connected)
            m_demoDecided = true; // a real host answered: no demo needed
        m_pendingAutoconnect.removeOne(connection);
        considerDemoFallback();
    });
}

void ConnectionManager::considerDemoFallback() {
    // Only after automatic connections were tried: a user who removed them all gets an empty
    // window, not a demo.
    if (!m_demoFallback || m_demoDecided || !m_autoconnectTried || !m_pendingAutoconnect.isEmpty())
        return;
    for (Connection *c : std::as_const(m_connections))
        if (c->isOpen())
            return;
    m_demoDecided = true;
    const ConnectionUri demoUri = ConnectionUri::parse(QStringLiteral("test:///default"));
    Connection *demo = find(demoUri);
    if (!demo)
        demo = add(demoUri, false, false);
    demo->setDemo(true);
    demo->connectToHost();
    Q_EMIT demoConnectionOpened(demo);
}

Connection *ConnectionManager::demoConnection() const {
    for (Connection *c : m_connections)
        if (c->isDemo())
            return c;
    return nullptr;
}

void ConnectionManager::setStatsInterval(int milliseconds) {
    m_statsIntervalMs = std::clamp(milliseconds, 500, 60000);
    for (Connection *c : std::as_const(m_connections))
        c->setStatsInterval(m_statsIntervalMs);
}
