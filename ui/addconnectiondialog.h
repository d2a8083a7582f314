// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionuri.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class ConnectionManager;

// "Add connection": hypervisor, transport, user, host and port, or a custom URI. Shows the
// resulting address as you type and refuses invalid or duplicate ones with the reason.
class AddConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddConnectionDialog(ConnectionManager *manager, QWidget *parent = nullptr);

    ConnectionUri uri() const;
    bool autoconnect() const;
    // Why OK is disabled, or empty.
    QString problem() const { return m_problem; }

    QComboBox *hypervisorBox() const { return m_hypervisor; }
    QComboBox *transportBox() const { return m_transport; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QCheckBox *customBox() const { return m_useCustom; }
    QLineEdit *customEdit() const { return m_custom; }

private:
    void revalidate();

    ConnectionManager *m_manager;
    QComboBox *m_hypervisor = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_autoconnect = nullptr;
    QCheckBox *m_useCustom = nullptr;
    QLineEdit *m_custom = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_problem;
};
