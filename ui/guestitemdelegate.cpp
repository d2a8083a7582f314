// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestitemdelegate.h"

#include "domainlistmodel.h"
#include "icons.h"
#include "statshistory.h"

#include <QApplication>
#include <QPainter>

#include <array>
#include <cmath>

GuestItemDelegate::GuestItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void GuestItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const QString iconName = index.data(DomainListModel::IconNameRole).toString();
    if (!iconName.isEmpty()) {
        option->icon = Icons::get(iconName);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (index.data(DomainListModel::StaleRole).toBool())
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    if (index.data(DomainListModel::IsHostRole).toBool() &&
        index.column() == DomainListModel::NameColumn)
        option->font.setBold(true);
}

void GuestItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    if (index.column() == DomainListModel::CpuColumn &&
        !index.data(DomainListModel::IsHostRole).toBool()) {
        paintSparkline(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void GuestItemDelegate::paintSparkline(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto *history = index.data(DomainListModel::CpuHistoryRole).value<const StatsHistory *>();
    const QRect area = option.rect.adjusted(3, 3, -3, -3);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 6;
    const QRect graph = area.adjusted(0, 0, -textWidth, 0);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (history && history->size() > 1 && graph.width() > 8) {
        // Fixed-size point buffers: one point per sample plus the two base corners.
        std::array<QPointF, StatsHistory::Capacity> points;
        std::array<QPointF, StatsHistory::Capacity + 2> polygon;
        const int n = history->size();
        const double step = double(graph.width()) / double(StatsHistory::Capacity - 1);
        const double x0 = graph.right() - step * (n - 1);
        const QColor line =
            selected ? pal.color(QPalette::HighlightedText) : QColor(0x2f, 0x7d, 0xd1);
        QColor fill = line;
        fill.setAlpha(60);
        int run = 0;
        auto flush = [&] {
            if (run > 1) {
                polygon[0] = QPointF(points[0].x(), graph.bottom());
                for (int i = 0; i < run; ++i)
                    polygon[size_t(i + 1)] = points[size_t(i)];
                polygon[size_t(run + 1)] = QPointF(points[size_t(run - 1)].x(), graph.bottom());
                painter->setPen(Qt::NoPen);
                painter->setBrush(fill);
                painter->drawPolygon(polygon.data(), run + 2);
                painter->setPen(QPen(line, 1.2));
                painter->drawPolyline(points.data(), run);
            }
            run = 0;
        };
        for (int i = 0; i < n; ++i) {
            const float v = history->at(i);
            if (std::isnan(v)) {
                flush();
                continue;
            }
            const double y = graph.bottom() - (graph.height() - 1) * double(v) / 100.0;
            points[size_t(run++)] = QPointF(x0 + step * i, y);
        }
        flush();
    }
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
    painter->drawText(area.adjusted(area.width() - textWidth, 0, 0, 0),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}
