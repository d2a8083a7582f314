// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainlistmodel.h"

#include "connection.h"
#include "connectionmanager.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cmath>

DomainListModel::DomainListModel(ConnectionManager *manager, QObject *parent)
    : QAbstractItemModel(parent) {
    qRegisterMetaType<const StatsHistory *>();
    qRegisterMetaType<const GuestHistory *>();
    for (Connection *c : manager->connections())
        addHost(c);
    connect(manager, &ConnectionManager::connectionAdded, this, &DomainListModel::addHost);
    connect(manager, &ConnectionManager::connectionAboutToBeRemoved, this,
            &DomainListModel::removeHost);
    // Keeps the "retrying in N s" countdown of lost hosts current.
    auto *countdown = new QTimer(this);
    countdown->setTimerType(Qt::CoarseTimer);
    connect(countdown, &QTimer::timeout, this, [this] {
        for (const auto &host : m_hosts)
            if (host->connection->state() == Connection::State::Reconnecting)
                hostChanged(host.get());
    });
    countdown->start(1000);
}

DomainListModel::~DomainListModel() = default;

void DomainListModel::addHost(Connection *connection) {
    const int row = int(m_hosts.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<HostNode>();
    node->connection = connection;
    HostNode *n = node.get();
    m_hosts.push_back(std::move(node));
    endInsertRows();

    connect(connection, &Connection::stateChanged, this, [this, n](Connection::State state) {
        if (state == Connection::State::Lost || state == Connection::State::Reconnecting) {
            if (!n->stale && !n->guests.empty()) {
                n->stale = true;
                const QModelIndex host = hostIndex(n->connection);
                Q_EMIT dataChanged(index(0, 0, host),
                                   index(int(n->guests.size()) - 1, ColumnCount - 1, host));
            }
        }
        hostChanged(n);
    });
    connect(connection, &Connection::errorOccurred, this, [this, n] { hostChanged(n); });
    connect(connection, &Connection::loadStarted, this, [this, n] {
        n->loading = true;
        n->seenInLoad.clear();
        hostChanged(n);
    });
    connect(connection, &Connection::domainsLoaded, this,
            [this, n](const QVector<DomainInfo> &batch) {
                for (const DomainInfo &info : batch)
                    n->seenInLoad.insert(info.uuid);
                upsertGuests(n, batch);
            });
    connect(connection, &Connection::loadFinished, this, [this, n] {
        n->loading = false;
        removeGuestsNotSeen(n);
        n->seenInLoad.clear();
        if (n->stale) {
            n->stale = false;
            if (!n->guests.empty()) {
                const QModelIndex host = hostIndex(n->connection);
                Q_EMIT dataChanged(index(0, 0, host),
                                   index(int(n->guests.size()) - 1, ColumnCount - 1, host));
            }
        }
        hostChanged(n);
    });
    connect(connection, &Connection::detailsLoaded, this,
            [this, n](const QVector<DomainDetails> &batch) { applyDetails(n, batch); });
    connect(connection, &Connection::domainUpdated, this,
            [this, n](const DomainInfo &info) { upsertGuests(n, {info}); });
    connect(connection, &Connection::domainRemoved, this,
            [this, n](const QString &uuid) { removeGuest(n, uuid); });
    connect(connection, &Connection::statsSampled, this,
            [this, n](const StatsBatch &batch) { applyStats(n, batch); });
    connect(connection, &Connection::cleared, this, [this, n] { clearGuests(n); });
}

void DomainListModel::removeHost(Connection *connection) {
    const int row = hostRow(connection);
    if (row < 0)
        return;
    disconnect(connection, nullptr, this, nullptr);
    for (const GuestRow &guest : m_hosts[size_t(row)]->guests)
        if (!guest.info.tags.isEmpty())
            m_tagsDirty = true;
    beginRemoveRows({}, row, row);
    m_hosts.erase(m_hosts.begin() + row);
    endRemoveRows();
    updateTags();
}

int DomainListModel::hostRow(const Connection *connection) const {
    for (size_t i = 0; i < m_hosts.size(); ++i)
        if (m_hosts[i]->connection == connection)
            return int(i);
    return -1;
}

DomainListModel::HostNode *DomainListModel::nodeOf(const QModelIndex &index) const {
    if (!index.isValid())
        return nullptr;
    if (auto *parentNode = static_cast<HostNode *>(index.internalPointer()))
        return parentNode;
    return m_hosts[size_t(index.row())].get();
}

QModelIndex DomainListModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_hosts.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer())
        return {}; // guests have no children
    HostNode *node = m_hosts[size_t(parent.row())].get();
    if (row >= int(node->guests.size()))
        return {};
    return createIndex(row, column, node);
}

QModelIndex DomainListModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *node = static_cast<HostNode *>(child.internalPointer());
    return createIndex(hostRow(node->connection), 0, nullptr);
}

int DomainListModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_hosts.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_hosts[size_t(parent.row())]->guests.size());
}

int DomainListModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

Qt::ItemFlags DomainListModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DomainListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case HostColumn:
        return tr("Host");
    case VcpuColumn:
        return tr("vCPUs");
    case MemoryColumn:
        return tr("Memory");
    case CpuColumn:
        return tr("CPU");
    case MemoryUsageColumn:
        return tr("Memory use");
    case DiskIoColumn:
        return tr("Disk I/O");
    case NetworkIoColumn:
        return tr("Network I/O");
    default:
        return {};
    }
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const auto *parentNode = static_cast<HostNode *>(index.internalPointer());
    if (!parentNode)
        return hostData(m_hosts[size_t(index.row())].get(), index.column(), role);
    return guestData(parentNode, parentNode->guests[size_t(index.row())], index.column(), role);
}

namespace {

QString hostStateText(const Connection *c, int running, int total, bool loading) {
    switch (c->state()) {
    case Connection::State::Connected:
        if (loading)
            return DomainListModel::tr("Connected, loading guests…");
        return DomainListModel::tr("Connected, %1 of %2 running").arg(running).arg(total);
    case Connection::State::Connecting:
        return DomainListModel::tr("Connecting…");
    case Connection::State::Lost:
        return DomainListModel::tr("Connection lost");
    case Connection::State::Reconnecting: {
        const int s = c->secondsUntilReconnect();
        return s > 0 ? DomainListModel::tr("Connection lost, retrying in %1 s").arg(s)
                     : DomainListModel::tr("Connection lost, reconnecting…");
    }
    case Connection::State::Disconnected:
        if (!c->lastError().isNull())
            return DomainListModel::tr("Not connected: %1").arg(c->lastError().title());
        return DomainListModel::tr("Not connected");
    }
    return {};
}

QString hostIconName(Connection::State state) {
    switch (state) {
    case Connection::State::Connected:
        return QStringLiteral("host-connected");
    case Connection::State::Connecting:
    case Connection::State::Reconnecting:
        return QStringLiteral("host-connecting");
    case Connection::State::Lost:
        return QStringLiteral("host-lost");
    case Connection::State::Disconnected:
        break;
    }
    return QStringLiteral("host-disconnected");
}

int stateSortKey(GuestState s) {
    switch (s) {
    case GuestState::Running:
    case GuestState::Blocked:
        return 0;
    case GuestState::Paused:
        return 1;
    case GuestState::ShuttingDown:
        return 2;
    case GuestState::Suspended:
        return 3;
    case GuestState::Saved:
        return 4;
    case GuestState::Crashed:
        return 5;
    case GuestState::ShutOff:
        return 6;
    case GuestState::NoState:
        break;
    }
    return 7;
}

} // namespace

QVariant DomainListModel::hostData(const HostNode *node, int column, int role) const {
    const Connection *c = node->connection;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return c->isDemo() ? tr("%1 (demo)").arg(c->displayName()) : c->displayName();
        if (column == StateColumn)
            return hostStateText(c, node->running, int(node->guests.size()), node->loading);
        if (column == HostColumn)
            return c->facts().hostname.isEmpty() ? c->uri().hostLabel() : c->facts().hostname;
        return {};
    case Qt::ToolTipRole: {
        QString tip = c->uri().toString();
        if (!c->lastError().isNull())
            tip += QLatin1String("\n\n") + c->lastError().summary() + QLatin1Char('\n') +
                   c->lastError().hint();
        return tip;
    }
    case IconNameRole:
        return column == NameColumn ? hostIconName(c->state()) : QVariant();
    case IsHostRole:
        return true;
    case ConnectionRole:
        return QVariant::fromValue(static_cast<QObject *>(node->connection));
    case HostStateRole:
        return int(c->state());
    case SortRole:
        return c->displayName();
    default:
        return {};
    }
}

QVariant DomainListModel::guestData(const HostNode *node, const GuestRow &row, int column,
                                    int role) const {
    const DomainInfo &g = row.info;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return g.title.isEmpty() ? g.name : g.name + QStringLiteral(" — ") + g.title;
        case StateColumn:
            return GuestStates::label(g.state);
        case KindColumn:
            return GuestStates::kindLabel(g.kind);
        case HostColumn:
            return node->connection->facts().hostname.isEmpty()
                       ? node->connection->uri().hostLabel()
                       : node->connection->facts().hostname;
        case VcpuColumn:
            return g.vcpus;
        case MemoryColumn:
            return formatMemory(g.memoryKiB);
        case CpuColumn: {
            const float v = row.history.cpu.latest();
            return std::isnan(v) ? QString() : QStringLiteral("%1 %").arg(double(v), 0, 'f', 0);
        }
        case MemoryUsageColumn:
            return std::isnan(row.history.memory.latest())
                       ? QString()
                       : formatMemory(row.history.memoryUsedKiB);
        case DiskIoColumn:
            return formatRate(row.history.disk.latest());
        case NetworkIoColumn:
            return formatRate(row.history.network.latest());
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn || column == StateColumn) {
            QString tip = g.name;
            if (!row.alert.isEmpty())
                tip += QLatin1Char('\n') + tr("Alert: %1").arg(row.alert);
            if (!g.title.isEmpty())
                tip += QLatin1Char('\n') + g.title;
            tip += QLatin1Char('\n') + GuestStates::label(g.state);
            if (g.autostart)
                tip += QLatin1Char('\n') + tr("Starts with the host");
            if (!g.persistent)
                tip += QLatin1Char('\n') + tr("Transient: disappears when shut off");
            if (!g.tags.isEmpty())
                tip += QLatin1Char('\n') + tr("Tags: %1").arg(g.tags.join(QStringLiteral(", ")));
            if (!g.osName.isEmpty())
                tip += QLatin1Char('\n') + tr("Operating system: %1").arg(g.osName);
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == VcpuColumn || column == MemoryColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IconNameRole:
        if (column == NameColumn)
            return GuestStates::kindIconName(g.kind);
        if (column == StateColumn)
            return GuestStates::iconName(g.state);
        return {};
    case IsHostRole:
        return false;
    case UuidRole:
        return g.uuid;
    case GuestStateRole:
        return int(g.state);
    case GuestKindRole:
        return int(g.kind);
    case ConnectionRole:
        return QVariant::fromValue(static_cast<QObject *>(node->connection));
    case HistoryRole:
        switch (column) {
        case CpuColumn:
            return QVariant::fromValue(&row.history.cpu);
        case MemoryUsageColumn:
            return QVariant::fromValue(&row.history.memory);
        case DiskIoColumn:
            return QVariant::fromValue(&row.history.disk);
        case NetworkIoColumn:
            return QVariant::fromValue(&row.history.network);
        default:
            return {};
        }
    case GuestHistoryRole:
        return QVariant::fromValue(&row.history);
    case StaleRole:
        return node->stale;
    case AlertRole:
        return row.alert;
    case TagsRole:
        return g.tags;
    case OsIdRole:
        return g.osId;
    case OsNameRole:
        return g.osName;
    case SortRole:
        switch (column) {
        case NameColumn:
            return row.sortName;
        case StateColumn:
            return stateSortKey(g.state);
        case KindColumn:
            return int(g.kind);
        case VcpuColumn:
            return g.vcpus;
        case MemoryColumn:
            return g.memoryKiB;
        case CpuColumn:
        case MemoryUsageColumn:
        case DiskIoColumn:
        case NetworkIoColumn: {
            const float v =
                guestData(node, row, column, HistoryRole).value<const StatsHistory *>()->latest();
            return std::isnan(v) ? -1.0 : double(v);
        }
        default:
            return guestData(node, row, column, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QString DomainListModel::formatMemory(quint64 kib) {
    if (kib == 0)
        return QString();
    return QLocale().formattedDataSize(qint64(kib) * 1024, 1, QLocale::DataSizeIecFormat);
}

Connection *DomainListModel::connectionAt(const QModelIndex &index) const {
    HostNode *node = nodeOf(index);
    return node ? node->connection : nullptr;
}

const DomainInfo *DomainListModel::guestAt(const QModelIndex &index) const {
    if (!index.isValid() || !index.internalPointer())
        return nullptr;
    const auto *node = static_cast<HostNode *>(index.internalPointer());
    return &node->guests[size_t(index.row())].info;
}

QModelIndex DomainListModel::hostIndex(const Connection *connection) const {
    const int row = hostRow(connection);
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

QModelIndex DomainListModel::guestIndex(const Connection *connection, const QString &uuid) const {
    const int host = hostRow(connection);
    if (host < 0)
        return {};
    HostNode *node = m_hosts[size_t(host)].get();
    const auto it = node->rowByUuid.constFind(uuid);
    return it == node->rowByUuid.cend() ? QModelIndex() : createIndex(*it, 0, node);
}

bool DomainListModel::guestLessThan(const QModelIndex &left, const QModelIndex &right,
                                    int column) const {
    const auto *ln = static_cast<const HostNode *>(left.internalPointer());
    const auto *rn = static_cast<const HostNode *>(right.internalPointer());
    const GuestRow &l = ln->guests[size_t(left.row())];
    const GuestRow &r = rn->guests[size_t(right.row())];
    auto latest = [column](const GuestRow &g) {
        const StatsHistory &h = column == MemoryUsageColumn ? g.history.memory
                                : column == DiskIoColumn    ? g.history.disk
                                : column == NetworkIoColumn ? g.history.network
                                                            : g.history.cpu;
        const float v = h.latest();
        return std::isnan(v) ? -1.0f : v;
    };
    switch (column) {
    case StateColumn:
        if (l.info.state != r.info.state)
            return stateSortKey(l.info.state) < stateSortKey(r.info.state);
        break;
    case KindColumn:
        if (l.info.kind != r.info.kind)
            return int(l.info.kind) < int(r.info.kind);
        break;
    case VcpuColumn:
        if (l.info.vcpus != r.info.vcpus)
            return l.info.vcpus < r.info.vcpus;
        break;
    case MemoryColumn:
        if (l.info.memoryKiB != r.info.memoryKiB)
            return l.info.memoryKiB < r.info.memoryKiB;
        break;
    case CpuColumn:
    case MemoryUsageColumn:
    case DiskIoColumn:
    case NetworkIoColumn:
        if (latest(l) != latest(r))
            return latest(l) < latest(r);
        break;
    default:
        break;
    }
    // Ties, and the name and host columns, go by name.
    return l.sortName < r.sortName;
}

int DomainListModel::guestCount() const {
    int n = 0;
    for (const auto &h : m_hosts)
        n += int(h->guests.size());
    return n;
}

void DomainListModel::upsertGuests(HostNode *node, const QVector<DomainInfo> &batch) {
    const QModelIndex host = hostIndex(node->connection);
    QVector<DomainInfo> added;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    for (const DomainInfo &info : batch) {
        const auto it = node->rowByUuid.constFind(info.uuid);
        if (it == node->rowByUuid.cend()) {
            added.append(info);
            continue;
        }
        GuestRow &row = node->guests[size_t(*it)];
        DomainInfo &existing = row.info;
        const bool keepDetails = existing.detailsLoaded && !info.detailsLoaded;
        const DomainInfo previous = existing;
        existing = info;
        if (keepDetails) {
            existing.title = previous.title;
            existing.kind = previous.kind;
            existing.domainType = previous.domainType;
            existing.graphics = previous.graphics;
            existing.tags = previous.tags;
            existing.osId = previous.osId;
            existing.osName = previous.osName;
            existing.detailsLoaded = true;
        }
        if (previous.tags != existing.tags)
            m_tagsDirty = true;
        if (!existing.isActive())
            row.history.clear();
        if (previous.name != existing.name)
            row.sortName = existing.name.toLower();
        firstChanged = std::min(firstChanged, *it);
        lastChanged = std::max(lastChanged, *it);
    }
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0, host), index(lastChanged, ColumnCount - 1, host));
    if (!added.isEmpty()) {
        const int first = int(node->guests.size());
        beginInsertRows(host, first, first + int(added.size()) - 1);
        node->guests.reserve(node->guests.size() + size_t(added.size()));
        for (const DomainInfo &info : std::as_const(added)) {
            if (!info.tags.isEmpty())
                m_tagsDirty = true;
            node->rowByUuid.insert(info.uuid, int(node->guests.size()));
            node->guests.push_back(
                GuestRow{info, GuestHistory(m_historyLength), info.name.toLower(), QString()});
        }
        endInsertRows();
    }
    recountRunning(node);
    updateTags();
}

void DomainListModel::applyDetails(HostNode *node, const QVector<DomainDetails> &batch) {
    const QModelIndex host = hostIndex(node->connection);
    int first = INT_MAX;
    int last = -1;
    for (const DomainDetails &d : batch) {
        const auto it = node->rowByUuid.constFind(d.uuid);
        if (it == node->rowByUuid.cend())
            continue;
        DomainInfo &g = node->guests[size_t(*it)].info;
        g.title = d.title;
        g.kind = d.kind;
        g.domainType = d.domainType;
        g.graphics = d.graphics;
        if (g.tags != d.tags) {
            g.tags = d.tags;
            m_tagsDirty = true;
        }
        g.osId = d.osId;
        g.osName = d.osName;
        g.detailsLoaded = true;
        first = std::min(first, *it);
        last = std::max(last, *it);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, NameColumn, host), index(last, KindColumn, host));
    updateTags();
}

void DomainListModel::removeGuest(HostNode *node, const QString &uuid) {
    const auto it = node->rowByUuid.constFind(uuid);
    if (it == node->rowByUuid.cend())
        return;
    const int row = *it;
    if (!node->guests[size_t(row)].info.tags.isEmpty())
        m_tagsDirty = true;
    beginRemoveRows(hostIndex(node->connection), row, row);
    node->guests.erase(node->guests.begin() + row);
    node->rowByUuid.remove(uuid);
    for (int i = row; i < int(node->guests.size()); ++i)
        node->rowByUuid[node->guests[size_t(i)].info.uuid] = i;
    endRemoveRows();
    recountRunning(node);
    updateTags();
}

void DomainListModel::removeGuestsNotSeen(HostNode *node) {
    QStringList gone;
    for (const GuestRow &row : node->guests)
        if (!node->seenInLoad.contains(row.info.uuid))
            gone.append(row.info.uuid);
    for (const QString &uuid : std::as_const(gone))
        removeGuest(node, uuid);
}

void DomainListModel::clearGuests(HostNode *node) {
    node->stale = false;
    if (node->guests.empty()) {
        hostChanged(node);
        return;
    }
    for (const GuestRow &row : node->guests)
        if (!row.info.tags.isEmpty())
            m_tagsDirty = true;
    beginRemoveRows(hostIndex(node->connection), 0, int(node->guests.size()) - 1);
    node->guests.clear();
    node->rowByUuid.clear();
    endRemoveRows();
    recountRunning(node);
    updateTags();
}

void DomainListModel::applyStats(HostNode *node, const StatsBatch &batch) {
    if (node->guests.empty())
        return;
    // Guests without a sample this tick get a gap, so the lines do not lie.
    std::vector<bool> sampled(node->guests.size(), false);
    for (const GuestRates &r : batch.guests) {
        const auto it = node->rowByUuid.constFind(r.uuid);
        if (it == node->rowByUuid.cend())
            continue;
        GuestRow &row = node->guests[size_t(*it)];
        if (!row.info.isActive())
            continue;
        GuestHistory &h = row.history;
        h.cpu.push(r.cpuPercent);
        h.memory.push(r.memoryPercent());
        h.disk.push(r.diskBytesPerSec());
        h.network.push(r.netBytesPerSec());
        h.memoryUsedKiB = r.memoryUsedKiB;
        h.lastSampleMs = batch.timestampMs;
        h.intervalMs = int(batch.intervalMs);
        sampled[size_t(*it)] = true;
    }
    for (size_t i = 0; i < node->guests.size(); ++i) {
        GuestRow &row = node->guests[i];
        if (sampled[i] || !row.info.isActive())
            continue;
        for (StatsHistory *h :
             {&row.history.cpu, &row.history.memory, &row.history.disk, &row.history.network})
            h->push(std::nanf(""));
    }
    Q_EMIT statisticsUpdated(node->connection);
}

const GuestHistory *DomainListModel::history(const Connection *connection,
                                             const QString &uuid) const {
    const int host = hostRow(connection);
    if (host < 0)
        return nullptr;
    const HostNode *node = m_hosts[size_t(host)].get();
    const auto it = node->rowByUuid.constFind(uuid);
    return it == node->rowByUuid.cend() ? nullptr : &node->guests[size_t(*it)].history;
}

void DomainListModel::setGuestAlert(const Connection *connection, const QString &uuid,
                                    const QString &text) {
    const QModelIndex index = guestIndex(connection, uuid);
    if (!index.isValid())
        return;
    auto *node = static_cast<HostNode *>(index.internalPointer());
    GuestRow &row = node->guests[size_t(index.row())];
    if (row.alert == text)
        return;
    row.alert = text;
    Q_EMIT dataChanged(index, index, {AlertRole, Qt::ToolTipRole});
}

void DomainListModel::setHistoryLength(int samples) {
    samples = std::clamp(samples, 10, 3600);
    if (samples == m_historyLength)
        return;
    m_historyLength = samples;
    for (const auto &node : m_hosts) {
        for (GuestRow &row : node->guests)
            row.history = GuestHistory(samples);
        Q_EMIT statisticsUpdated(node->connection);
    }
}

QString DomainListModel::formatRate(float bytesPerSecond) {
    if (std::isnan(bytesPerSecond))
        return QString();
    return tr("%1/s").arg(
        QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeIecFormat));
}

void DomainListModel::updateTags() {
    if (!m_tagsDirty)
        return;
    m_tagsDirty = false;
    QStringList tags;
    QSet<QString> seen;
    for (const auto &node : m_hosts)
        for (const GuestRow &row : node->guests)
            for (const QString &tag : row.info.tags)
                if (!seen.contains(tag.toCaseFolded())) {
                    seen.insert(tag.toCaseFolded());
                    tags.append(tag);
                }
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    if (tags == m_allTags)
        return;
    m_allTags = tags;
    Q_EMIT tagsChanged();
}

void DomainListModel::recountRunning(HostNode *node) {
    int running = 0;
    for (const GuestRow &row : node->guests) {
        const GuestState s = row.info.state;
        running +=
            s == GuestState::Running || s == GuestState::Blocked || s == GuestState::ShuttingDown;
    }
    node->running = running;
    hostChanged(node);
}

void DomainListModel::hostChanged(HostNode *node) {
    const QModelIndex host = hostIndex(node->connection);
    if (host.isValid())
        Q_EMIT dataChanged(host, index(host.row(), ColumnCount - 1));
}
