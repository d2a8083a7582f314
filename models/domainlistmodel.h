// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "statsbatch.h"
#include "statshistory.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class Connection;
class ConnectionManager;

// The manager's tree: connections at the top, their guests below. Fed only by connection
// signals on the GUI thread; batches arrive as one insert/change notification each.
class DomainListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        KindColumn,
        HostColumn,
        VcpuColumn,
        MemoryColumn,
        CpuColumn,
        MemoryUsageColumn,
        DiskIoColumn,
        NetworkIoColumn,
        ColumnCount
    };
    enum Role {
        IconNameRole = Qt::UserRole + 1,
        IsHostRole,
        UuidRole,
        GuestStateRole,
        GuestKindRole,
        ConnectionRole,
        SortRole,
        HistoryRole,      // const StatsHistory * of a statistics column
        GuestHistoryRole, // const GuestHistory *
        StaleRole,
        HostStateRole,
        AlertRole,  // text of an alert the guest is in, or empty
        TagsRole,   // QStringList of the guest's VirtDeck tags
        OsIdRole,   // libosinfo id from the guest's metadata, or empty
        OsNameRole, // readable name of that system, or empty
    };

    explicit DomainListModel(ConnectionManager *manager, QObject *parent = nullptr);
    ~DomainListModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Connection *connectionAt(const QModelIndex &index) const;
    // Null for host rows.
    const DomainInfo *guestAt(const QModelIndex &index) const;
    QModelIndex hostIndex(const Connection *connection) const;
    QModelIndex guestIndex(const Connection *connection, const QString &uuid) const;
    int guestCount() const;
    // Orders two guest rows of the same host by a column, without going through QVariant:
    // sorting thousands of rows calls this hundreds of thousands of times.
    bool guestLessThan(const QModelIndex &left, const QModelIndex &right, int column) const;

    static QString formatMemory(quint64 kib);
    static QString formatRate(float bytesPerSecond);
    static bool isStatisticsColumn(int column) { return column >= CpuColumn; }

    // The recent statistics of one guest, or null.
    const GuestHistory *history(const Connection *connection, const QString &uuid) const;
    // Samples kept per guest (default 60); changing it starts the histories afresh.
    void setHistoryLength(int samples);
    // Marks (or, with an empty text, clears) an alert on a guest; shown as a badge.
    void setGuestAlert(const Connection *connection, const QString &uuid, const QString &text);
    int historyLength() const { return m_historyLength; }
    // Every tag some guest carries, once (case-insensitively), sorted.
    QStringList allTags() const { return m_allTags; }

Q_SIGNALS:
    // A statistics tick updated the statistics columns of this connection's guests. Sent
    // once per tick instead of dataChanged over every row: views repaint what they show.
    void statisticsUpdated(Connection *connection);
    // The set of tags guests carry changed (allTags()).
    void tagsChanged();

private:
    struct GuestRow {
        DomainInfo info;
        GuestHistory history;
        QString sortName; // lower-cased name, kept ready for sorting
        QString alert;
    };
    struct HostNode {
        Connection *connection = nullptr;
        std::vector<GuestRow> guests;
        QHash<QString, int> rowByUuid;
        QSet<QString> seenInLoad;
        bool loading = false;
        bool stale = false;
        int running = 0;
    };

    void addHost(Connection *connection);
    void removeHost(Connection *connection);
    int hostRow(const Connection *connection) const;
    HostNode *nodeOf(const QModelIndex &index) const;
    void upsertGuests(HostNode *node, const QVector<DomainInfo> &batch);
    void applyDetails(HostNode *node, const QVector<DomainDetails> &batch);
    void removeGuest(HostNode *node, const QString &uuid);
    void removeGuestsNotSeen(HostNode *node);
    void clearGuests(HostNode *node);
    void applyStats(HostNode *node, const StatsBatch &batch);
    void hostChanged(HostNode *node);
    void recountRunning(HostNode *node);
    QVariant hostData(const HostNode *node, int column, int role) const;
    QVariant guestData(const HostNode *node, const GuestRow &row, int column, int role) const;
    // Recomputes allTags() when a guest with tags came, went or changed its tags.
    void updateTags();

    std::vector<std::unique_ptr<HostNode>> m_hosts;
    int m_historyLength = StatsHistory::DefaultCapacity;
    QStringList m_allTags;
    bool m_tagsDirty = false;
};
