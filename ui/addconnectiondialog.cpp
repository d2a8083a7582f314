// SPDX-License-Identifier: GPL-2.0-or-later
#include "addconnectiondialog.h"

#include "connectionmanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using Hypervisor = ConnectionUri::Hypervisor;
using Transport = ConnectionUri::Transport;

AddConnectionDialog::AddConnectionDialog(ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager) {
    setWindowTitle(tr("Add connection"));
    setAccessibleName(tr("Add connection"));

    m_hypervisor = new QComboBox;
    m_hypervisor->addItem(tr("QEMU/KVM (system)"), int(Hypervisor::QemuSystem));
    m_hypervisor->addItem(tr("QEMU/KVM user session"), int(Hypervisor::QemuSession));
    m_hypervisor->addItem(tr("LXC (Linux containers)"), int(Hypervisor::Lxc));
    m_hypervisor->addItem(tr("Test driver (demo guests)"), int(Hypervisor::Test));
    m_hypervisor->setAccessibleName(tr("Hypervisor"));

    m_transport = new QComboBox;
    m_transport->addItem(tr("Local"), int(Transport::Local));
    m_transport->addItem(tr("SSH"), int(Transport::Ssh));
    m_transport->addItem(tr("SSH (libssh)"), int(Transport::Libssh));
    m_transport->addItem(tr("TLS"), int(Transport::Tls));
    m_transport->addItem(tr("TCP (unencrypted)"), int(Transport::Tcp));
    m_transport->setAccessibleName(tr("Transport"));

    m_user = new QLineEdit;
    m_user->setPlaceholderText(tr("e.g. root"));
    m_user->setAccessibleName(tr("User name"));
    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_host->setAccessibleName(tr("Host name"));
    m_port = new QSpinBox;
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setAccessibleName(tr("Port"));
    m_autoconnect = new QCheckBox(tr("Connect automatically when VirtDeck starts"));
    m_autoconnect->setChecked(true);
    m_useCustom = new QCheckBox(tr("Use a custom address (URI)"));
    m_custom = new QLineEdit;
    m_custom->setPlaceholderText(QStringLiteral("qemu+ssh://root@host/system?keyfile=…"));
    m_custom->setAccessibleName(tr("Custom URI"));
    m_custom->setEnabled(false);

    m_preview = new QLabel;
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("uriPreview"));
    m_problemLabel = new QLabel;
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("problem"));
    QPalette warn = m_problemLabel->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb4, 0x2f, 0x2f));
    m_problemLabel->setPalette(warn);

    auto *form = new QFormLayout;
    form->addRow(tr("&Hypervisor:"), m_hypervisor);
    form->addRow(tr("&Transport:"), m_transport);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("H&ost:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_autoconnect);
    form->addRow(QString(), m_useCustom);
    form->addRow(tr("&Address:"), m_custom);
    form->addRow(tr("Will connect to:"), m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);

    for (QComboBox *box : {m_hypervisor, m_transport})
        connect(box, &QComboBox::currentIndexChanged, this, &AddConnectionDialog::revalidate);
    for (QLineEdit *edit : {m_user, m_host, m_custom})
        connect(edit, &QLineEdit::textChanged, this, &AddConnectionDialog::revalidate);
    connect(m_port, &QSpinBox::valueChanged, this, &AddConnectionDialog::revalidate);
    connect(m_useCustom, &QCheckBox::toggled, this, &AddConnectionDialog::revalidate);
    revalidate();
    setMinimumWidth(480);
}

ConnectionUri AddConnectionDialog::uri() const {
    if (m_useCustom->isChecked())
        return ConnectionUri::parse(m_custom->text());
    return ConnectionUri::build(Hypervisor(m_hypervisor->currentData().toInt()),
                                Transport(m_transport->currentData().toInt()), m_user->text(),
                                m_host->text(), m_port->value());
}

bool AddConnectionDialog::autoconnect() const {
    return m_autoconnect->isChecked();
}

void AddConnectionDialog::revalidate() {
    const bool custom = m_useCustom->isChecked();
    const bool local = Transport(m_transport->currentData().toInt()) == Transport::Local;
    m_custom->setEnabled(custom);
    for (QWidget *w : {static_cast<QWidget *>(m_hypervisor), static_cast<QWidget *>(m_transport)})
        w->setEnabled(!custom);
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_host),
                       static_cast<QWidget *>(m_port)})
        w->setEnabled(!custom && !local);

    m_problem.clear();
    ConnectionUri result;
    if (custom) {
        QString error;
        result = ConnectionUri::parse(m_custom->text(), &error);
        if (!result.isValid())
            m_problem = error;
    } else {
        static const QRegularExpression hostRe(
            QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]*"
                           "[A-Za-z0-9])?)*$|^[0-9A-Fa-f:.]+$"));
        static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9._-]*$"));
        const QString host = m_host->text().trimmed();
        if (!local && host.isEmpty())
            m_problem = tr("Enter the host name or IP address of the remote machine.");
        else if (!local && !hostRe.match(host).hasMatch())
            m_problem = tr("\"%1\" is not a valid host name.").arg(host);
        else if (!local && !userRe.match(m_user->text().trimmed()).hasMatch())
            m_problem =
                tr("The user name may contain only letters, digits, \".\", \"_\" and \"-\".");
        result = uri();
    }
    if (m_problem.isEmpty() && result.isValid() && m_manager && m_manager->find(result))
        m_problem = tr("This connection is already in the list.");
    m_preview->setText(result.isValid() ? result.toString() : QStringLiteral("—"));
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_ok->setEnabled(m_problem.isEmpty() && result.isValid());
}
