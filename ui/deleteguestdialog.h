// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "deleteplan.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class Connection;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Confirms deleting one or more guests. Lists each guest's disks with checkboxes that start
// unticked: only ticked disks are erased, after a second confirmation.
class DeleteGuestDialog : public QDialog {
    Q_OBJECT
public:
    struct Target {
        QPointer<Connection> connection;
        QString uuid;
        QString name;
    };

    explicit DeleteGuestDialog(const QList<Target> &targets, QWidget *parent = nullptr);

    QList<Target> targets() const { return m_targets; }
    // Per guest UUID, the disk paths the user ticked.
    QHash<QString, QStringList> disksToDelete() const;
    bool plansLoaded() const { return m_pending == 0; }
    QTreeWidget *diskTree() const { return m_tree; }
    QPushButton *deleteButton() const { return m_deleteButton; }

    void accept() override;

Q_SIGNALS:
    void allPlansLoaded();

private:
    void onPlan(int requestId, const DeletePlan &plan);
    void updateButton();

    QList<Target> m_targets;
    QHash<int, QString> m_requests; // request id -> uuid
    QHash<QString, QTreeWidgetItem *> m_guestItems;
    int m_pending = 0;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_deleteButton = nullptr;
};
