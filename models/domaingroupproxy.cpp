// SPDX-License-Identifier: GPL-2.0-or-later
#include "domaingroupproxy.h"

#include "domainlistmodel.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace {

struct UiText {
    Q_DECLARE_TR_FUNCTIONS(DomainGroupProxy)
};

// More guests than this arriving in one group at once are appended and sorted in one go;
// fewer are inserted where they belong, one by one.
constexpr size_t kBatchInsert = 16;

// The order the State groups come in; the list sorts its State column the same way.
int stateRank(GuestState s) {
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

GuestState stateOfRank(int rank) {
    static const GuestState states[] = {
        GuestState::Running, GuestState::Paused,  GuestState::ShuttingDown, GuestState::Suspended,
        GuestState::Saved,   GuestState::Crashed, GuestState::ShutOff,      GuestState::NoState};
    return states[std::clamp(rank, 0, 7)];
}

} // namespace

// The grouped tree of the State, Os and Tag modes: group rows at the top, guests below.
// Guests are known by (connection, UUID), not by their row in the source, so the source may
// re-sort or re-filter without this model having to renumber anything.
class GuestGroupsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    using Mode = DomainGroupProxy::Mode;

    GuestGroupsModel(QAbstractItemModel *guests, DomainListModel *list,
                     std::vector<QAbstractProxyModel *> chain, QObject *parent)
        : QAbstractItemModel(parent)
        , m_guests(guests)
        , m_list(list)
        , m_chain(std::move(chain)) {}
    ~GuestGroupsModel() override { clearAll(); }

    // Host leaves this model empty and deaf to the source.
    void setMode(Mode mode);

    QModelIndex toList(QModelIndex index) const {
        for (const QAbstractProxyModel *p : m_chain)
            index = p->mapToSource(index);
        return index;
    }
    QModelIndex fromList(QModelIndex index) const {
        for (auto it = m_chain.rbegin(); it != m_chain.rend(); ++it)
            index = (*it)->mapFromSource(index);
        return index;
    }
    // The list model's row of a guest row here (same column); invalid for group rows.
    QModelIndex listIndex(const QModelIndex &index) const;
    // The first row showing this guest of the list model.
    QModelIndex indexOfGuest(const QModelIndex &listIndex) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorts the source (which keeps the column); the groups follow its layout change.
    void sort(int column, Qt::SortOrder order) override;

private:
    struct Guest {
        const Connection *connection;
        QString uuid;
        QStringList keys; // of the groups listing it
        bool marked = false;
    };
    struct Group {
        QString key;
        QString label;
        QString iconName;
        int rank = 0; // groups go by rank, then label
        int row = 0;
        std::vector<Guest *> members;
    };
    struct SortSpec {
        int column;
        Qt::SortOrder order;
    };
    struct Entry {
        Guest *guest;
        QModelIndex list;
        QString host; // only when sorting by host
    };
    using GuestKey = std::pair<const Connection *, QString>;

    void clearAll();
    void rebuild();
    QStringList keysFor(const DomainInfo &info) const;
    std::unique_ptr<Group> makeGroup(const QString &key, const DomainInfo &info) const;
    bool groupLess(const Group &a, const Group &b) const;
    Guest *guestOf(const QModelIndex &sourceIndex, const DomainInfo **info = nullptr) const;
    QModelIndex listIndexOf(const Guest *guest) const {
        return m_list->guestIndex(guest->connection, guest->uuid);
    }
    QModelIndex groupIndex(const Group *group) const { return createIndex(group->row, 0, nullptr); }

    SortSpec sortSpec() const;
    Entry entryOf(Guest *guest, const SortSpec &spec) const;
    bool entryLess(const Entry &a, const Entry &b, const SortSpec &spec) const;
    std::vector<Guest *> sortedMembers(const Group &group, const SortSpec &spec) const;
    int insertPosition(const Group &group, Guest *guest, const SortSpec &spec) const;
    bool inOrder(const Group &group, int row, const SortSpec &spec) const;

    QModelIndexList sourceGuestRows(const QModelIndex &parent, int first, int last) const;
    void addGuests(const QModelIndexList &sourceRows);
    void dropGuests(const std::vector<Guest *> &guests);
    void insertMembers(Group *group, const std::vector<Guest *> &guests);
    void insertGroup(std::unique_ptr<Group> group);
    void removeFromGroup(Group *group, const std::vector<Guest *> &leaving);
    void moveMember(Guest *guest, Group *from, const QString &toKey, const DomainInfo &info);
    void removeGroup(Group *group);
    void renumber(size_t from);
    void countChanged(Group *group);
    void resort(const std::vector<Group *> &groups);

    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onLayoutChanged();

    QAbstractItemModel *m_guests;
    DomainListModel *m_list;
    std::vector<QAbstractProxyModel *> m_chain; // from m_guests down to the list model
    Mode m_mode = Mode::Host;
    std::vector<std::unique_ptr<Group>> m_groups;
    QHash<QString, Group *> m_groupByKey;
    QHash<GuestKey, Guest *> m_guestByKey;
    // Used when the source does not sort (a bare list model).
    int m_sortColumn = DomainListModel::NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QMetaObject::Connection> m_sourceConnections;
};

void GuestGroupsModel::setMode(Mode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    if (mode != Mode::Host) {
        m_sourceConnections = {
            connect(m_guests, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &GuestGroupsModel::onRowsAboutToBeRemoved),
            connect(m_guests, &QAbstractItemModel::rowsInserted, this,
                    &GuestGroupsModel::onRowsInserted),
            connect(m_guests, &QAbstractItemModel::dataChanged, this,
                    &GuestGroupsModel::onDataChanged),
            connect(m_guests, &QAbstractItemModel::layoutChanged, this,
                    &GuestGroupsModel::onLayoutChanged),
            connect(m_guests, &QAbstractItemModel::rowsMoved, this,
                    &GuestGroupsModel::onLayoutChanged),
            connect(m_guests, &QAbstractItemModel::modelReset, this, &GuestGroupsModel::rebuild),
            connect(m_guests, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    rebuild();
}

void GuestGroupsModel::clearAll() {
    m_groups.clear();
    m_groupByKey.clear();
    qDeleteAll(m_guestByKey);
    m_guestByKey.clear();
}

void GuestGroupsModel::rebuild() {
    beginResetModel();
    clearAll();
    if (m_mode != Mode::Host) {
        for (int h = 0; h < m_guests->rowCount(); ++h) {
            const QModelIndex host = m_guests->index(h, 0);
            for (int r = 0; r < m_guests->rowCount(host); ++r) {
                const QModelIndex list = toList(m_guests->index(r, 0, host));
                const DomainInfo *info = m_list->guestAt(list);
                if (!info)
                    continue;
                const GuestKey key(m_list->connectionAt(list), info->uuid);
                if (m_guestByKey.contains(key))
                    continue;
                auto *guest = new Guest{key.first, key.second, keysFor(*info)};
                m_guestByKey.insert(key, guest);
                for (const QString &k : std::as_const(guest->keys)) {
                    Group *group = m_groupByKey.value(k);
                    if (!group) {
                        m_groups.push_back(makeGroup(k, *info));
                        group = m_groups.back().get();
                        m_groupByKey.insert(k, group);
                    }
                    group->members.push_back(guest);
                }
            }
        }
        std::sort(m_groups.begin(), m_groups.end(),
                  [this](const auto &a, const auto &b) { return groupLess(*a, *b); });
        renumber(0);
        const SortSpec spec = sortSpec();
        for (const auto &group : m_groups)
            group->members = sortedMembers(*group, spec);
    }
    endResetModel();
}

QStringList GuestGroupsModel::keysFor(const DomainInfo &info) const {
    switch (m_mode) {
    case Mode::State:
        return {QString::number(stateRank(info.state))};
    case Mode::Os:
        return {info.osId};
    case Mode::Tag: {
        QStringList keys;
        for (const QString &tag : info.tags) {
            const QString key = tag.toCaseFolded();
            if (!keys.contains(key))
                keys.append(key);
        }
        if (keys.isEmpty())
            keys.append(QString());
        return keys;
    }
    case Mode::Host:
        break;
    }
    return {};
}

std::unique_ptr<GuestGroupsModel::Group> GuestGroupsModel::makeGroup(const QString &key,
                                                                     const DomainInfo &info) const {
    auto group = std::make_unique<Group>();
    group->key = key;
    switch (m_mode) {
    case Mode::State: {
        const GuestState state = stateOfRank(key.toInt());
        group->rank = key.toInt();
        group->label = GuestStates::label(state);
        group->iconName = GuestStates::iconName(state);
        break;
    }
    case Mode::Os:
        if (key.isEmpty()) {
            group->rank = 1;
            group->label = UiText::tr("Unknown OS");
            group->iconName = QStringLiteral("state-unknown");
        } else {
            group->label = info.osName.isEmpty() ? info.osId : info.osName;
            group->iconName = GuestStates::kindIconName(info.kind);
        }
        break;
    case Mode::Tag:
        if (key.isEmpty()) {
            group->rank = 1;
            group->label = UiText::tr("No tags");
        } else {
            group->label = key;
            for (const QString &tag : info.tags)
                if (tag.toCaseFolded() == key) {
                    group->label = tag; // as the guest spells it
                    break;
                }
        }
        break;
    case Mode::Host:
        break;
    }
    return group;
}

bool GuestGroupsModel::groupLess(const Group &a, const Group &b) const {
    if (a.rank != b.rank)
        return a.rank < b.rank;
    const int byLabel = QString::compare(a.label, b.label, Qt::CaseInsensitive);
    if (byLabel != 0)
        return byLabel < 0;
    return a.key < b.key;
}

GuestGroupsModel::Guest *GuestGroupsModel::guestOf(const QModelIndex &sourceIndex,
                                                   const DomainInfo **info) const {
    const QModelIndex list = toList(sourceIndex);
    const DomainInfo *g = m_list->guestAt(list);
    if (info)
        *info = g;
    return g ? m_guestByKey.value(GuestKey(m_list->connectionAt(list), g->uuid)) : nullptr;
}

// --- sorting within groups --------------------------------------------------------------

GuestGroupsModel::SortSpec GuestGroupsModel::sortSpec() const {
    if (const auto *sorter = qobject_cast<const QSortFilterProxyModel *>(m_guests))
        return {sorter->sortColumn(), sorter->sortOrder()};
    return {m_sortColumn, m_sortOrder};
}

GuestGroupsModel::Entry GuestGroupsModel::entryOf(Guest *guest, const SortSpec &spec) const {
    Entry e{guest, listIndexOf(guest), {}};
    if (spec.column == DomainListModel::HostColumn && e.list.isValid())
        e.host = m_list->index(e.list.row(), DomainListModel::HostColumn, e.list.parent())
                     .data()
                     .toString();
    return e;
}

bool GuestGroupsModel::entryLess(const Entry &a, const Entry &b, const SortSpec &spec) const {
    const Entry &l = spec.order == Qt::AscendingOrder ? a : b;
    const Entry &r = spec.order == Qt::AscendingOrder ? b : a;
    if (!l.list.isValid() || !r.list.isValid())
        return l.list.isValid() && !r.list.isValid();
    if (spec.column == DomainListModel::HostColumn) {
        const int byHost = QString::compare(l.host, r.host, Qt::CaseInsensitive);
        if (byHost != 0)
            return byHost < 0;
    }
    return m_list->guestLessThan(l.list, r.list, spec.column);
}

std::vector<GuestGroupsModel::Guest *> GuestGroupsModel::sortedMembers(const Group &group,
                                                                       const SortSpec &spec) const {
    // The list rows are looked up once, not at every comparison.
    std::vector<Entry> entries;
    entries.reserve(group.members.size());
    for (Guest *g : group.members)
        entries.push_back(entryOf(g, spec));
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const Entry &a, const Entry &b) { return entryLess(a, b, spec); });
    std::vector<Guest *> sorted;
    sorted.reserve(entries.size());
    for (const Entry &e : entries)
        sorted.push_back(e.guest);
    return sorted;
}

int GuestGroupsModel::insertPosition(const Group &group, Guest *guest, const SortSpec &spec) const {
    const Entry entry = entryOf(guest, spec);
    int low = 0;
    int high = int(group.members.size());
    while (low < high) {
        const int mid = (low + high) / 2;
        if (entryLess(entry, entryOf(group.members[size_t(mid)], spec), spec))
            high = mid;
        else
            low = mid + 1;
    }
    return low;
}

bool GuestGroupsModel::inOrder(const Group &group, int row, const SortSpec &spec) const {
    const Entry e = entryOf(group.members[size_t(row)], spec);
    if (row > 0 && entryLess(e, entryOf(group.members[size_t(row - 1)], spec), spec))
        return false;
    if (row + 1 < int(group.members.size()) &&
        entryLess(entryOf(group.members[size_t(row + 1)], spec), e, spec))
        return false;
    return true;
}

void GuestGroupsModel::resort(const std::vector<Group *> &groups) {
    const SortSpec spec = sortSpec();
    std::vector<std::pair<Group *, std::vector<Guest *>>> changed;
    for (Group *g : groups) {
        std::vector<Guest *> sorted = sortedMembers(*g, spec);
        if (sorted != g->members)
            changed.emplace_back(g, std::move(sorted));
    }
    if (changed.empty())
        return;
    QList<QPersistentModelIndex> parents;
    QHash<const Group *, size_t> slot;
    for (size_t i = 0; i < changed.size(); ++i) {
        parents.append(groupIndex(changed[i].first));
        slot.insert(changed[i].first, i);
    }
    Q_EMIT layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    // Rows that views hold on to (selection, current row) follow their guest.
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList from;
    std::vector<std::pair<Guest *, int>> followed; // guest, column
    for (const QModelIndex &idx : persistent) {
        const auto *g = static_cast<const Group *>(idx.internalPointer());
        if (!g || !slot.contains(g))
            continue;
        from.append(idx);
        followed.emplace_back(g->members[size_t(idx.row())], idx.column());
    }
    for (auto &[g, sorted] : changed)
        g->members = std::move(sorted);
    QModelIndexList to;
    QHash<const Group *, QHash<const Guest *, int>> rows;
    for (qsizetype i = 0; i < from.size(); ++i) {
        auto *g = static_cast<Group *>(from[i].internalPointer());
        auto it = rows.find(g);
        if (it == rows.end()) {
            it = rows.insert(g, {});
            for (size_t r = 0; r < g->members.size(); ++r)
                it->insert(g->members[r], int(r));
        }
        to.append(createIndex(it->value(followed[size_t(i)].first), followed[size_t(i)].second, g));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

void GuestGroupsModel::sort(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    if (qobject_cast<QSortFilterProxyModel *>(m_guests)) {
        m_guests->sort(column, order); // its layout change re-sorts the groups
        return;
    }
    std::vector<Group *> all;
    for (const auto &g : m_groups)
        all.push_back(g.get());
    resort(all);
}

// --- structure ---------------------------------------------------------------------------

void GuestGroupsModel::renumber(size_t from) {
    for (size_t i = from; i < m_groups.size(); ++i)
        m_groups[i]->row = int(i);
}

void GuestGroupsModel::countChanged(Group *group) {
    const QModelIndex row = groupIndex(group);
    Q_EMIT dataChanged(row, row.siblingAtColumn(DomainListModel::ColumnCount - 1));
}

void GuestGroupsModel::insertGroup(std::unique_ptr<Group> group) {
    const auto pos =
        std::lower_bound(m_groups.begin(), m_groups.end(), group,
                         [this](const auto &a, const auto &b) { return groupLess(*a, *b); });
    const int row = int(pos - m_groups.begin());
    beginInsertRows({}, row, row);
    m_groupByKey.insert(group->key, group.get());
    m_groups.insert(pos, std::move(group));
    renumber(size_t(row));
    endInsertRows();
}

void GuestGroupsModel::removeGroup(Group *group) {
    const int row = group->row;
    beginRemoveRows({}, row, row);
    // Freed only after endRemoveRows(): Qt still looks at the rows' indexes until then.
    std::unique_ptr<Group> gone = std::move(m_groups[size_t(row)]);
    m_groups.erase(m_groups.begin() + row);
    m_groupByKey.remove(gone->key);
    renumber(size_t(row));
    endRemoveRows();
}

void GuestGroupsModel::insertMembers(Group *group, const std::vector<Guest *> &guests) {
    if (guests.empty())
        return;
    const QModelIndex parent = groupIndex(group);
    if (guests.size() <= kBatchInsert) {
        const SortSpec spec = sortSpec();
        for (Guest *guest : guests) {
            const int pos = insertPosition(*group, guest, spec);
            beginInsertRows(parent, pos, pos);
            group->members.insert(group->members.begin() + pos, guest);
            endInsertRows();
        }
    } else {
        const int first = int(group->members.size());
        beginInsertRows(parent, first, first + int(guests.size()) - 1);
        group->members.insert(group->members.end(), guests.begin(), guests.end());
        endInsertRows();
        resort({group});
    }
    countChanged(group);
}

void GuestGroupsModel::moveMember(Guest *guest, Group *from, const QString &toKey,
                                  const DomainInfo &info) {
    Group *to = m_groupByKey.value(toKey);
    if (!to) { // an empty group first, for the guest to move into
        std::unique_ptr<Group> created = makeGroup(toKey, info);
        to = created.get();
        insertGroup(std::move(created));
    }
    const auto it = std::find(from->members.begin(), from->members.end(), guest);
    if (it == from->members.end())
        return;
    const int source = int(it - from->members.begin());
    const int target = insertPosition(*to, guest, sortSpec());
    beginMoveRows(groupIndex(from), source, source, groupIndex(to), target);
    from->members.erase(it);
    to->members.insert(to->members.begin() + target, guest);
    endMoveRows();
    countChanged(to);
    if (from->members.empty())
        removeGroup(from);
    else
        countChanged(from);
}

void GuestGroupsModel::removeFromGroup(Group *group, const std::vector<Guest *> &leaving) {
    for (Guest *g : leaving)
        g->marked = true;
    size_t marked = 0;
    for (const Guest *g : group->members)
        marked += g->marked;
    if (marked == group->members.size()) {
        removeGroup(group);
    } else if (marked > 0) {
        const QModelIndex parent = groupIndex(group);
        // From the bottom, one signal per run of neighbouring rows.
        int i = int(group->members.size()) - 1;
        while (i >= 0) {
            if (!group->members[size_t(i)]->marked) {
                --i;
                continue;
            }
            const int last = i;
            while (i >= 0 && group->members[size_t(i)]->marked)
                --i;
            const int first = i + 1;
            beginRemoveRows(parent, first, last);
            group->members.erase(group->members.begin() + first, group->members.begin() + last + 1);
            endRemoveRows();
        }
        countChanged(group);
    }
    for (Guest *g : leaving)
        g->marked = false;
}

QModelIndexList GuestGroupsModel::sourceGuestRows(const QModelIndex &parent, int first,
                                                  int last) const {
    QModelIndexList rows;
    if (!parent.isValid()) { // hosts: all their guests
        for (int h = first; h <= last; ++h) {
            const QModelIndex host = m_guests->index(h, 0);
            for (int r = 0; r < m_guests->rowCount(host); ++r)
                rows.append(m_guests->index(r, 0, host));
        }
    } else if (!parent.parent().isValid()) {
        for (int r = first; r <= last; ++r)
            rows.append(m_guests->index(r, 0, parent));
    }
    return rows;
}

void GuestGroupsModel::addGuests(const QModelIndexList &sourceRows) {
    std::vector<std::pair<Group *, std::vector<Guest *>>> joining;
    QHash<Group *, size_t> joiningSlot;
    std::vector<std::unique_ptr<Group>> created;
    QHash<QString, Group *> createdByKey;
    for (const QModelIndex &row : sourceRows) {
        const QModelIndex list = toList(row);
        const DomainInfo *info = m_list->guestAt(list);
        if (!info)
            continue;
        const GuestKey key(m_list->connectionAt(list), info->uuid);
        if (m_guestByKey.contains(key))
            continue;
        auto *guest = new Guest{key.first, key.second, keysFor(*info)};
        m_guestByKey.insert(key, guest);
        for (const QString &k : std::as_const(guest->keys)) {
            if (Group *group = m_groupByKey.value(k)) {
                auto slot = joiningSlot.constFind(group);
                if (slot == joiningSlot.cend()) {
                    slot = joiningSlot.insert(group, joining.size());
                    joining.emplace_back(group, std::vector<Guest *>());
                }
                joining[*slot].second.push_back(guest);
                continue;
            }
            Group *group = createdByKey.value(k);
            if (!group) {
                created.push_back(makeGroup(k, *info));
                group = created.back().get();
                createdByKey.insert(k, group);
            }
            group->members.push_back(guest);
        }
    }
    for (const auto &[group, guests] : joining)
        insertMembers(group, guests);
    const SortSpec spec = sortSpec();
    for (auto &group : created) {
        group->members = sortedMembers(*group, spec);
        insertGroup(std::move(group));
    }
}

void GuestGroupsModel::dropGuests(const std::vector<Guest *> &guests) {
    if (guests.empty())
        return;
    std::vector<std::pair<Group *, std::vector<Guest *>>> leaving;
    QHash<Group *, size_t> slot;
    for (Guest *guest : guests)
        for (const QString &k : std::as_const(guest->keys))
            if (Group *group = m_groupByKey.value(k)) {
                auto it = slot.constFind(group);
                if (it == slot.cend()) {
                    it = slot.insert(group, leaving.size());
                    leaving.emplace_back(group, std::vector<Guest *>());
                }
                leaving[*it].second.push_back(guest);
            }
    for (const auto &[group, members] : leaving)
        removeFromGroup(group, members);
    for (Guest *guest : guests) {
        m_guestByKey.remove(GuestKey(guest->connection, guest->uuid));
        delete guest;
    }
}

// --- source changes ----------------------------------------------------------------------

void GuestGroupsModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last) {
    std::vector<Guest *> gone;
    for (const QModelIndex &row : sourceGuestRows(parent, first, last))
        if (Guest *g = guestOf(row))
            gone.push_back(g);
    dropGuests(gone);
}

void GuestGroupsModel::onRowsInserted(const QModelIndex &parent, int first, int last) {
    addGuests(sourceGuestRows(parent, first, last));
}

void GuestGroupsModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles) {
    const QModelIndex parent = topLeft.parent();
    if (!topLeft.isValid() || !parent.isValid() || parent.parent().isValid())
        return; // host rows do not show here
    struct Move {
        Guest *guest;
        QStringList keys;
        const DomainInfo *info;
    };
    std::vector<Move> moves;
    QModelIndexList unknown;
    std::vector<Guest *> changed;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const QModelIndex row = m_guests->index(r, 0, parent);
        const DomainInfo *info = nullptr;
        Guest *guest = guestOf(row, &info);
        if (!info)
            continue;
        if (!guest) {
            unknown.append(row);
            continue;
        }
        changed.push_back(guest);
        QStringList keys = keysFor(*info);
        if (keys != guest->keys)
            moves.push_back({guest, std::move(keys), info});
    }

    // A guest that swaps one group for another moves there, so that a view's selection and
    // current row go with it; more changes than that leave old groups and join new ones.
    if (!moves.empty() && moves.size() <= kBatchInsert) {
        std::vector<Move> others;
        for (Move &m : moves) {
            QStringList left;
            for (const QString &k : std::as_const(m.guest->keys))
                if (!m.keys.contains(k))
                    left.append(k);
            QStringList joined;
            for (const QString &k : std::as_const(m.keys))
                if (!m.guest->keys.contains(k))
                    joined.append(k);
            Group *from = left.size() == 1 ? m_groupByKey.value(left.first()) : nullptr;
            if (from && joined.size() == 1) {
                m.guest->keys = m.keys;
                moveMember(m.guest, from, joined.first(), *m.info);
            } else {
                others.push_back(std::move(m));
            }
        }
        moves = std::move(others);
    }
    if (!moves.empty()) {
        std::vector<std::pair<Group *, std::vector<Guest *>>> leaving;
        QHash<Group *, size_t> leavingSlot;
        std::vector<std::pair<QString, std::vector<Guest *>>> joining;
        QHash<QString, size_t> joiningSlot;
        QHash<QString, const DomainInfo *> joiningInfo;
        for (Move &m : moves) {
            for (const QString &k : std::as_const(m.guest->keys)) {
                if (m.keys.contains(k))
                    continue;
                Group *group = m_groupByKey.value(k);
                if (!group)
                    continue;
                auto it = leavingSlot.constFind(group);
                if (it == leavingSlot.cend()) {
                    it = leavingSlot.insert(group, leaving.size());
                    leaving.emplace_back(group, std::vector<Guest *>());
                }
                leaving[*it].second.push_back(m.guest);
            }
            for (const QString &k : std::as_const(m.keys)) {
                if (m.guest->keys.contains(k))
                    continue;
                auto it = joiningSlot.constFind(k);
                if (it == joiningSlot.cend()) {
                    it = joiningSlot.insert(k, joining.size());
                    joining.emplace_back(k, std::vector<Guest *>());
                    joiningInfo.insert(k, m.info);
                }
                joining[*it].second.push_back(m.guest);
            }
            m.guest->keys = m.keys;
        }
        for (const auto &[group, guests] : leaving)
            removeFromGroup(group, guests);
        const SortSpec spec = sortSpec();
        for (const auto &[key, guests] : joining) {
            if (Group *existing = m_groupByKey.value(key)) {
                insertMembers(existing, guests);
            } else {
                std::unique_ptr<Group> group = makeGroup(key, *joiningInfo.value(key));
                group->members = guests;
                group->members = sortedMembers(*group, spec);
                insertGroup(std::move(group));
            }
        }
    }
    if (!unknown.isEmpty())
        addGuests(unknown);

    // Repaint the changed guests where they are listed, and keep their groups sorted.
    QSet<Group *> touched;
    for (Guest *g : changed)
        for (const QString &k : std::as_const(g->keys))
            if (Group *group = m_groupByKey.value(k))
                touched.insert(group);
    for (Guest *g : changed)
        g->marked = true;
    const SortSpec spec = sortSpec();
    const bool sortColumnChanged =
        spec.column >= topLeft.column() && spec.column <= bottomRight.column();
    std::vector<Group *> unsorted;
    for (Group *group : std::as_const(touched)) {
        int first = -1;
        int last = -1;
        bool sorted = true;
        for (int r = 0; r < int(group->members.size()); ++r) {
            if (!group->members[size_t(r)]->marked)
                continue;
            if (first < 0)
                first = r;
            last = r;
            if (sortColumnChanged && sorted && !inOrder(*group, r, spec))
                sorted = false;
        }
        if (first < 0)
            continue;
        const QModelIndex p = groupIndex(group);
        Q_EMIT dataChanged(index(first, topLeft.column(), p), index(last, bottomRight.column(), p),
                           roles);
        if (!sorted)
            unsorted.push_back(group);
    }
    for (Guest *g : changed)
        g->marked = false;
    resort(unsorted);
}

void GuestGroupsModel::onLayoutChanged() {
    // Sorting and filtering keep the guests by themselves; a bare invalidate() of the source
    // could change which show without saying which: then start over.
    qsizetype visible = 0;
    for (int h = 0; h < m_guests->rowCount(); ++h)
        visible += m_guests->rowCount(m_guests->index(h, 0));
    if (visible != m_guestByKey.size()) {
        rebuild();
        return;
    }
    std::vector<Group *> all;
    for (const auto &g : m_groups)
        all.push_back(g.get());
    resort(all);
}

// --- the model ---------------------------------------------------------------------------

QModelIndex GuestGroupsModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= DomainListModel::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0)
        return {};
    Group *group = m_groups[size_t(parent.row())].get();
    return row < int(group->members.size()) ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex GuestGroupsModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || !child.internalPointer())
        return {};
    return groupIndex(static_cast<const Group *>(child.internalPointer()));
}

int GuestGroupsModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())]->members.size());
}

int GuestGroupsModel::columnCount(const QModelIndex &) const {
    return DomainListModel::ColumnCount;
}

QVariant GuestGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return m_guests->headerData(section, orientation, role);
}

Qt::ItemFlags GuestGroupsModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!index.internalPointer())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QModelIndex GuestGroupsModel::listIndex(const QModelIndex &index) const {
    if (!index.isValid() || !index.internalPointer())
        return {};
    const auto *group = static_cast<const Group *>(index.internalPointer());
    const QModelIndex list = listIndexOf(group->members[size_t(index.row())]);
    return list.isValid() ? m_list->index(list.row(), index.column(), list.parent())
                          : QModelIndex();
}

QModelIndex GuestGroupsModel::indexOfGuest(const QModelIndex &listIndex) const {
    const DomainInfo *info = m_list->guestAt(listIndex);
    if (!info)
        return {};
    const Guest *guest = m_guestByKey.value(GuestKey(m_list->connectionAt(listIndex), info->uuid));
    if (!guest)
        return {};
    for (const QString &k : guest->keys) {
        const Group *group = m_groupByKey.value(k);
        if (!group)
            continue;
        const auto it = std::find(group->members.begin(), group->members.end(), guest);
        if (it != group->members.end())
            return createIndex(int(it - group->members.begin()), listIndex.column(), group);
    }
    return {};
}

QVariant GuestGroupsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalPointer()) {
        if (role == DomainGroupProxy::IsGroupRole)
            return false;
        const QModelIndex list = listIndex(index);
        return list.isValid() ? list.data(role) : QVariant();
    }
    const Group &group = *m_groups[size_t(index.row())];
    const int count = int(group.members.size());
    const bool name = index.column() == DomainListModel::NameColumn;
    switch (role) {
    case Qt::DisplayRole:
        return name ? UiText::tr("%1 (%2)").arg(group.label).arg(count) : QVariant();
    case Qt::ToolTipRole:
        return name ? UiText::tr("%1: %n guest(s)", nullptr, count).arg(group.label) : QVariant();
    case DomainListModel::IconNameRole:
        return name && !group.iconName.isEmpty() ? QVariant(group.iconName) : QVariant();
    case DomainListModel::IsHostRole:
        return false;
    case DomainListModel::SortRole:
        return group.label;
    case DomainGroupProxy::IsGroupRole:
        return true;
    case DomainGroupProxy::GroupKeyRole:
        return group.key;
    case DomainGroupProxy::GroupCountRole:
        return count;
    default:
        return {};
    }
}

// --- DomainGroupProxy ------------------------------------------------------------------

DomainGroupProxy::DomainGroupProxy(QAbstractItemModel *guests, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_guests(guests) {
    std::vector<QAbstractProxyModel *> chain;
    QAbstractItemModel *model = guests;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model)) {
        chain.push_back(proxy);
        model = proxy->sourceModel();
    }
    m_list = qobject_cast<DomainListModel *>(model);
    Q_ASSERT(m_list);
    m_groups = new GuestGroupsModel(guests, m_list, std::move(chain), this);
    QIdentityProxyModel::setSourceModel(guests);
}

DomainGroupProxy::~DomainGroupProxy() = default;

void DomainGroupProxy::setMode(Mode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (mode == Mode::Host) {
        QIdentityProxyModel::setSourceModel(m_guests);
        m_groups->setMode(mode);
    } else {
        m_groups->setMode(mode);
        if (sourceModel() != m_groups)
            QIdentityProxyModel::setSourceModel(m_groups);
    }
    Q_EMIT modeChanged(mode);
}

QModelIndex DomainGroupProxy::mapToListModel(const QModelIndex &index) const {
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    return m_mode == Mode::Host ? m_groups->toList(source) : m_groups->listIndex(source);
}

QModelIndex DomainGroupProxy::mapFromListModel(const QModelIndex &listIndex) const {
    if (!listIndex.isValid())
        return {};
    return mapFromSource(m_mode == Mode::Host ? m_groups->fromList(listIndex)
                                              : m_groups->indexOfGuest(listIndex));
}

QString DomainGroupProxy::modeKey(Mode mode) {
    switch (mode) {
    case Mode::State:
        return QStringLiteral("state");
    case Mode::Os:
        return QStringLiteral("os");
    case Mode::Tag:
        return QStringLiteral("tag");
    case Mode::Host:
        break;
    }
    return QStringLiteral("host");
}

DomainGroupProxy::Mode DomainGroupProxy::modeFromKey(const QString &key) {
    for (Mode mode : {Mode::State, Mode::Os, Mode::Tag})
        if (key == modeKey(mode))
            return mode;
    return Mode::Host;
}

#include "domaingroupproxy.moc"
