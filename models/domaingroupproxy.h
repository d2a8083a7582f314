// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QIdentityProxyModel>

class DomainListModel;
class GuestGroupsModel;

// The manager list grouped by host, state, operating system or tag. It sits on the filtered,
// sorted list (DomainFilterProxy, or any proxy chain that ends in a DomainListModel, or the
// list model itself): which guests show and the sort column come from there.
// - Host passes that tree through unchanged (hosts, their guests below).
// - State, Os and Tag list the guests under group rows ("Running (12)", "Debian 12",
//   "web"), across all hosts, sorted within each group like the source sorts; a guest with
//   several tags shows under each of them, untagged ones under "No tags", guests without a
//   libosinfo id under "Unknown OS". A guest row answers every role exactly as the list
//   model's row does (icons, statistics histories, the host column), so delegates draw it
//   the same. Changes are applied row by row; nothing is rebuilt on a guest's change.
// In those modes sourceModel() is an internal grouping model: reach the list model's rows
// through mapToListModel() and mapFromListModel().
class DomainGroupProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    enum class Mode { Host, State, Os, Tag };
    enum Role {
        IsGroupRole = Qt::UserRole + 100, // true on the group rows of State, Os and Tag
        GroupKeyRole,   // state rank, libosinfo id or case-folded tag; empty for the catch-all
        GroupCountRole, // guests listed in the group
    };

    // `guests`, and the proxies between it and its DomainListModel, must have their sources
    // set already.
    explicit DomainGroupProxy(QAbstractItemModel *guests, QObject *parent = nullptr);
    ~DomainGroupProxy() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    QAbstractItemModel *guests() const { return m_guests; }
    DomainListModel *listModel() const { return m_list; }

    // The list model's row (host or guest, same column) that `index` shows; invalid for the
    // group rows.
    QModelIndex mapToListModel(const QModelIndex &index) const;
    // Where a row of the list model shows: the first group listing the guest; invalid when
    // it is filtered out, and for hosts outside the Host mode.
    QModelIndex mapFromListModel(const QModelIndex &listIndex) const;

    // Stable names for settings: "host", "state", "os", "tag"; unknown names give Host.
    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString &key);

Q_SIGNALS:
    void modeChanged(DomainGroupProxy::Mode mode);

private:
    QAbstractItemModel *m_guests;
    DomainListModel *m_list = nullptr;
    GuestGroupsModel *m_groups = nullptr;
    Mode m_mode = Mode::Host;
};
