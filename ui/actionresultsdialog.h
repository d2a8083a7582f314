// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestaction.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

// The outcome of one action on many guests in one list: what worked, what failed and why,
// instead of one dialog per failure.
class ActionResultsDialog : public QDialog {
    Q_OBJECT
public:
    ActionResultsDialog(GuestAction action, const QVector<ActionOutcome> &outcomes,
                        QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_details = nullptr;
};
