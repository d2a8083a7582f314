// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainfilterproxy.h"

#include "domainlistmodel.h"

DomainFilterProxy::DomainFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(DomainListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DomainFilterProxy::setText(const QString &text) {
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void DomainFilterProxy::setStateFilter(StateFilter filter) {
    if (m_state == filter)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void DomainFilterProxy::setKindFilter(KindFilter filter) {
    if (m_kind == filter)
        return;
    m_kind = filter;
    invalidateRowsFilter();
}

void DomainFilterProxy::setTagFilter(const QString &tag) {
    if (m_tag == tag.trimmed())
        return;
    m_tag = tag.trimmed();
    invalidateRowsFilter();
}

namespace {

bool stateMatches(DomainFilterProxy::StateFilter filter, GuestState s) {
    using F = DomainFilterProxy::StateFilter;
    switch (filter) {
    case F::Any:
        return true;
    case F::Active:
        return s == GuestState::Running || s == GuestState::Blocked || s == GuestState::Paused ||
               s == GuestState::ShuttingDown || s == GuestState::Suspended;
    case F::Running:
        return s == GuestState::Running || s == GuestState::Blocked ||
               s == GuestState::ShuttingDown;
    case F::Paused:
        return s == GuestState::Paused || s == GuestState::Suspended;
    case F::ShutOff:
        return s == GuestState::ShutOff || s == GuestState::NoState;
    case F::Saved:
        return s == GuestState::Saved;
    case F::Crashed:
        return s == GuestState::Crashed;
    }
    return true;
}

} // namespace

bool DomainFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!sourceParent.isValid())
        return true; // hosts
    const auto *model = static_cast<const DomainListModel *>(sourceModel());
    const DomainInfo *g = model->guestAt(model->index(sourceRow, 0, sourceParent));
    if (!g)
        return false;
    if (!stateMatches(m_state, g->state))
        return false;
    if (m_kind == KindFilter::VirtualMachine && g->kind != GuestKind::VirtualMachine)
        return false;
    if (m_kind == KindFilter::Container && g->kind != GuestKind::Container)
        return false;
    if (!m_tag.isEmpty() && !g->tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    if (g->name.contains(m_text, Qt::CaseInsensitive) ||
        g->title.contains(m_text, Qt::CaseInsensitive) ||
        g->uuid.startsWith(m_text, Qt::CaseInsensitive))
        return true;
    for (const QString &tag : g->tags)
        if (tag.contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool DomainFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const auto *model = static_cast<const DomainListModel *>(sourceModel());
    if (left.internalPointer() && right.internalPointer())
        return model->guestLessThan(left, right, left.column());
    // Hosts: by name.
    return left.data(DomainListModel::SortRole).toString() <
           right.data(DomainListModel::SortRole).toString();
}
