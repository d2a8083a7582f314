// SPDX-License-Identifier: GPL-2.0-or-later
#include "credentialdialog.h"

#include "connectionuri.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace {

QString fieldLabel(const CredentialRequest &r) {
    switch (r.type) {
    case CredentialRequest::Type::Username:
        return CredentialDialog::tr("User name:");
    case CredentialRequest::Type::Password:
        return CredentialDialog::tr("Password:");
    case CredentialRequest::Type::Passphrase:
        return CredentialDialog::tr("Passphrase:");
    case CredentialRequest::Type::Realm:
        return CredentialDialog::tr("Realm:");
    default:
        break;
    }
    QString prompt = r.prompt.trimmed();
    if (!prompt.endsWith(QLatin1Char(':')))
        prompt += QLatin1Char(':');
    return prompt;
}

} // namespace

CredentialDialog::CredentialDialog(const QString &uri, const QVector<CredentialRequest> &requests,
                                   QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Log in"));
    setAccessibleName(tr("Log in to host"));
    auto *intro =
        new QLabel(tr("%1 asks you to log in.").arg(ConnectionUri::parse(uri).displayName()));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const CredentialRequest &r : requests) {
        auto *edit = new QLineEdit(r.defaultValue);
        if (r.isSecret())
            edit->setEchoMode(QLineEdit::Password);
        const QString label = fieldLabel(r);
        edit->setAccessibleName(label);
        form->addRow(label, edit);
        m_fields.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (!m_fields.isEmpty())
        m_fields.first()->setFocus();
}

CredentialDialog::~CredentialDialog() {
    for (QLineEdit *edit : std::as_const(m_fields))
        if (edit->echoMode() == QLineEdit::Password)
            edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
}

void CredentialDialog::fillAnswers(QVector<CredentialRequest> &requests) const {
    for (qsizetype i = 0; i < requests.size() && i < m_fields.size(); ++i)
        requests[i].answer = m_fields[i]->text();
}

DialogCredentialProvider::DialogCredentialProvider(QWidget *dialogParent)
    : m_parent(dialogParent) {}

bool DialogCredentialProvider::provide(const QString &uri, QVector<CredentialRequest> &requests) {
    // Would deadlock on the GUI thread; libvirt is never called there.
    if (QThread::currentThread() == thread())
        return false;
    bool accepted = false;
    QMetaObject::invokeMethod(
        this,
        [&] {
            CredentialDialog dialog(uri, requests, m_parent);
            accepted = dialog.exec() == QDialog::Accepted;
            if (accepted)
                dialog.fillAnswers(requests);
        },
        Qt::BlockingQueuedConnection);
    return accepted;
}
