// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QTreeView>

// The manager's tree view. A change spanning many rows (a statistics tick, a batch of guest
// details) is answered with one viewport repaint: QTreeView would otherwise compute the
// rectangle of every row in the range, which costs milliseconds per change at 10,000 guests
// because the sorted proxy spreads any source range over the whole list.
class GuestTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit GuestTreeView(QWidget *parent = nullptr);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
};
