// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Filters guests by text (name, title, UUID, tags), state, kind and tag; hosts always stay visible
// so that their state and errors can be seen. Sorts by DomainListModel::SortRole.
class DomainFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StateFilter { Any, Active, Running, Paused, ShutOff, Saved, Crashed };
    enum class KindFilter { Any, VirtualMachine, Container };

    explicit DomainFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStateFilter(StateFilter filter);
    void setKindFilter(KindFilter filter);
    // Only guests carrying this tag (case-insensitively); empty for any.
    void setTagFilter(const QString &tag);
    QString text() const { return m_text; }
    StateFilter stateFilter() const { return m_state; }
    KindFilter kindFilter() const { return m_kind; }
    QString tagFilter() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    StateFilter m_state = StateFilter::Any;
    KindFilter m_kind = KindFilter::Any;
    QString m_tag;
};
