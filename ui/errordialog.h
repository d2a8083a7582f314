// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QDialog>

class QPlainTextEdit;
class QToolButton;

// Shows a UserError: title, plain explanation, what to do next, and libvirt's raw report
// behind a "Details" expander.
class ErrorDialog : public QDialog {
    Q_OBJECT
public:
    explicit ErrorDialog(const UserError &error, QWidget *parent = nullptr);

    // Non-modal, deletes itself on close.
    static ErrorDialog *showError(const UserError &error, QWidget *parent);

    bool detailsVisible() const;
    void setDetailsVisible(bool visible);

private:
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};
