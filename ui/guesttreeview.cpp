// SPDX-License-Identifier: GPL-2.0-or-later
#include "guesttreeview.h"

namespace {
// Above this many rows a full repaint of the visible area is cheaper than per-row rects.
constexpr int kWideChange = 32;
} // namespace

GuestTreeView::GuestTreeView(QWidget *parent)
    : QTreeView(parent) {}

void GuestTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles) {
    if (topLeft.isValid() && bottomRight.isValid() && topLeft.parent() == bottomRight.parent() &&
        bottomRight.row() - topLeft.row() > kWideChange) {
        viewport()->update();
        return;
    }
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}
