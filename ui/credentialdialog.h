// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "credentialprovider.h"

#include <QDialog>
#include <QList>

class QLineEdit;

// Asks for what libvirt needs to log in (user name, password, passphrase). Secret fields
// are masked and their text is wiped when the dialog goes away.
class CredentialDialog : public QDialog {
    Q_OBJECT
public:
    CredentialDialog(const QString &uri, const QVector<CredentialRequest> &requests,
                     QWidget *parent = nullptr);
    ~CredentialDialog() override;

    // Copies the answers into `requests` (same order as given to the constructor).
    void fillAnswers(QVector<CredentialRequest> &requests) const;
    QList<QLineEdit *> fields() const { return m_fields; }

private:
    QList<QLineEdit *> m_fields;
};

// The GUI's CredentialProvider: a worker thread asking for credentials waits while the GUI
// thread shows the dialog.
class DialogCredentialProvider : public QObject, public CredentialProvider {
    Q_OBJECT
public:
    explicit DialogCredentialProvider(QWidget *dialogParent = nullptr);
    bool provide(const QString &uri, QVector<CredentialRequest> &requests) override;

private:
    QWidget *m_parent;
};
