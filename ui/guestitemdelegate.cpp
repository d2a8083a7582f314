// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestitemdelegate.h"

#include "domaingroupproxy.h"
#include "domainlistmodel.h"
#include "icons.h"
#include "statshistory.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QStaticText>

#include <array>
#include <cmath>

namespace {

// One colour per figure, chosen to stay readable on light and dark palettes alike.
QColor lineColour(int column, const QPalette &palette) {
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (column) {
    case DomainListModel::MemoryUsageColumn:
        return dark ? QColor(0xc3, 0x8b, 0xf0) : QColor(0x7b, 0x3f, 0xb8);
    case DomainListModel::DiskIoColumn:
        return dark ? QColor(0xf0, 0xa8, 0x50) : QColor(0xb8, 0x62, 0x0a);
    case DomainListModel::NetworkIoColumn:
        return dark ? QColor(0x6c, 0xd0, 0x8a) : QColor(0x1e, 0x8a, 0x44);
    default:
        return dark ? QColor(0x6a, 0xb0, 0xf5) : QColor(0x2f, 0x7d, 0xd1);
    }
}

// Width of the value column of a statistics cell, measured once per font.
int valueWidth(const QFontMetrics &metrics, bool percent) {
    static QHash<QString, int> widths;
    const QString key = QString::number(metrics.fontDpi()) + QLatin1Char('/') +
                        QString::number(metrics.height()) +
                        (percent ? QLatin1Char('p') : QLatin1Char('r'));
    auto it = widths.constFind(key);
    if (it == widths.cend())
        it = widths.insert(key, metrics.horizontalAdvance(percent ? QStringLiteral("100 %")
                                                                  : QStringLiteral("999.9 MiB/s")) +
                                    6);
    return *it;
}

const QStaticText &staticText(const QString &text) {
    static QHash<QString, QStaticText> cache;
    auto it = cache.find(text);
    if (it == cache.end()) {
        if (cache.size() > 2048)
            cache.clear(); // rates vary endlessly; keep the cache small
        QStaticText s(text);
        s.setTextFormat(Qt::PlainText);
        it = cache.insert(text, s);
    }
    return *it;
}

} // namespace

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
    if ((index.data(DomainListModel::IsHostRole).toBool() ||
         index.data(DomainGroupProxy::IsGroupRole).toBool()) &&
        index.column() == DomainListModel::NameColumn)
        option->font.setBold(true);
}

void GuestItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    // A statistics tick repaints only the statistics columns, but the view still asks for
    // every cell of each row: skip the ones the repaint does not reach.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(option.rect))
        return;
    if (DomainListModel::isStatisticsColumn(index.column()) &&
        !index.data(DomainListModel::IsHostRole).toBool()) {
        paintSparkline(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() == DomainListModel::NameColumn &&
        !index.data(DomainListModel::AlertRole).toString().isEmpty()) {
        // A red mark on the guest's icon: it is in alert (the tooltip says why).
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const int size = std::max(6, option.rect.height() / 3);
        const QRect badge(option.rect.left() + 12, option.rect.top() + 1, size, size);
        painter->setPen(QPen(option.palette.color(QPalette::Base), 1));
        painter->setBrush(QColor(0xd2, 0x3b, 0x3b));
        painter->drawEllipse(badge);
        painter->restore();
    }
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

    const auto *history = index.data(DomainListModel::HistoryRole).value<const StatsHistory *>();
    const QRect area = option.rect.adjusted(3, 3, -3, -3);
    const bool percent = index.column() == DomainListModel::CpuColumn;
    const int textWidth = valueWidth(option.fontMetrics, percent);
    const QRect graph = area.adjusted(0, 0, -textWidth, 0);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;

    painter->save();
    // No antialiasing: on thousands of cells a second it costs more than it shows at this size.
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (history && history->size() > 1 && graph.width() > 8) {
        // Point buffers sized once for the longest history, reused by every paint.
        static std::vector<QPointF> points;
        static std::vector<QPointF> polygon;
        const int capacity = history->capacity();
        if (int(points.size()) < capacity) {
            points.resize(size_t(capacity));
            polygon.resize(size_t(capacity) + 2);
        }
        const int n = history->size();
        const double step = double(graph.width()) / double(capacity - 1);
        const double x0 = graph.right() - step * (n - 1);
        // Percentages on a fixed scale; rates scaled to their own recent peak.
        double top = 100.0;
        if (!percent && index.column() != DomainListModel::MemoryUsageColumn) {
            const float peak = history->maximum();
            top = std::isnan(peak) || peak < 1024.0f ? 1024.0 : double(peak);
        }
        const QColor line =
            selected ? pal.color(QPalette::HighlightedText) : lineColour(index.column(), pal);
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
                painter->setPen(QPen(line, 1));
                painter->drawPolyline(points.data(), run);
            }
            run = 0;
        };
        for (int i = 0; i < n; ++i) {
            const float v = history->at(i);
            // points has room for every sample: run never exceeds n <= capacity.
            if (std::isnan(v)) {
                flush();
                continue;
            }
            const double y = graph.bottom() - (graph.height() - 1) * std::min(1.0, double(v) / top);
            points[size_t(run++)] = QPointF(x0 + step * i, y);
        }
        flush();
    }
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
    // Values repeat ("12 %", "1.0 MiB/s"): laid-out texts are kept instead of shaped anew.
    const QStaticText &value = staticText(text);
    const QSizeF size = value.size();
    painter->drawStaticText(
        QPointF(area.right() - size.width(), area.center().y() - size.height() / 2), value);
    painter->restore();
}
