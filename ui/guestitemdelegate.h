// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws the manager list: icons from the model's icon names, greyed rows for hosts whose
// connection is lost, and the CPU sparkline drawn straight from the history ring (no
// allocation per paint).
class GuestItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit GuestItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintSparkline(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
};
