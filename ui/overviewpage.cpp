// SPDX-License-Identifier: GPL-2.0-or-later
#include "overviewpage.h"

#include "connection.h"
#include "fieldmessage.h"
#include "tagsedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

OverviewPage::OverviewPage(Connection *connection, const DomainInfo &guest, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_guest(guest) {
    auto *identity = new QFormLayout;
    addValue(identity, tr("Name:"), QStringLiteral("name"));
    m_title = new QLineEdit;
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("A short description shown in the list"));
    identity->addRow(tr("&Title:"), m_title);
    m_description = new QPlainTextEdit;
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    identity->addRow(tr("&Description:"), m_description);
    addValue(identity, tr("UUID:"), QStringLiteral("uuid"));
    addValue(identity, tr("State:"), QStringLiteral("state"));
    m_autostart = new QCheckBox(tr("Start with the &host"));
    m_autostart->setAccessibleName(tr("Start with the host"));
    identity->addRow(QString(), m_autostart);

    auto *platformBox = new QGroupBox(tr("Platform"));
    auto *platform = new QFormLayout(platformBox);
    addValue(platform, tr("Hypervisor:"), QStringLiteral("hypervisor"));
    addValue(platform, tr("Architecture:"), QStringLiteral("arch"));
    addValue(platform, tr("Machine:"), QStringLiteral("machine"));
    addValue(platform, tr("Firmware:"), QStringLiteral("firmware"));
    addValue(platform, tr("Emulator:"), QStringLiteral("emulator"));

    auto *systemBox = new QGroupBox(tr("Running system"));
    auto *system = new QFormLayout(systemBox);
    addValue(system, tr("Operating system:"), QStringLiteral("os"));
    addValue(system, tr("Host name:"), QStringLiteral("hostname"));
    addValue(system, tr("Addresses:"), QStringLiteral("addresses"));

    m_message = new FieldMessage;
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setAccessibleName(tr("Apply title and description"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setAccessibleName(tr("Revert title and description"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identity);
    layout->addWidget(platformBox);
    layout->addWidget(systemBox);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    // Tags and notes have their own Apply: they are VirtDeck's, not libvirt's fields.
    auto *tagsBox = new QGroupBox(tr("Tags and notes"));
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    m_tags = new TagsEdit(connection, guest.uuid);
    tagsLayout->addWidget(m_tags);
    layout->addWidget(tagsBox);

    connect(m_title, &QLineEdit::textChanged, this, &OverviewPage::updateButtons);
    connect(m_description, &QPlainTextEdit::textChanged, this, &OverviewPage::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &OverviewPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_overview)
            display(*m_overview);
    });
    // Start-with-host is one switch: it applies when clicked.
    connect(m_autostart, &QCheckBox::clicked, this, [this](bool on) {
        const QString uuid = m_guest.uuid;
        m_connection->runQuery<UserError>(
            [uuid, on](virConnectPtr c) { return GuestOverview::setAutostart(c, uuid, on); }, this,
            [this, on](const std::optional<UserError> &error) {
                if (!error || !error->isNull()) {
                    m_message->setError(error ? error->summary() : tr("Not connected."));
                    m_autostart->setChecked(!on);
                    return;
                }
                if (m_overview)
                    m_overview->autostart = on;
            });
    });
    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid != m_guest.uuid)
                return;
            const bool started = info.isActive() != m_guest.isActive();
            m_guest = info;
            m_values.value(QStringLiteral("state"))->setText(GuestStates::label(info.state));
            // A guest that just started or stopped has (or no longer has) an agent to ask.
            if (started && isVisible() && !m_busy)
                reload();
        });
    m_values.value(QStringLiteral("state"))->setText(GuestStates::label(guest.state));
    updateButtons();
}

QLabel *OverviewPage::addValue(QFormLayout *form, const QString &label, const QString &key) {
    auto *value = new QLabel;
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(label, value);
    m_values.insert(key, value);
    return value;
}

QLabel *OverviewPage::valueLabel(const QString &key) const {
    return m_values.value(key);
}

void OverviewPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_overview && !m_busy)
        reload();
}

bool OverviewPage::isModified() const {
    return m_overview && (m_title->text() != m_overview->title ||
                          m_description->toPlainText() != m_overview->description);
}

void OverviewPage::reload() {
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid;
    m_connection->runQuery<GuestOverview>(
        [uuid](virConnectPtr c) { return GuestOverview::read(c, uuid); }, this,
        [this](const std::optional<GuestOverview> &o) {
            m_busy = false;
            if (!o || !o->error.isNull()) {
                m_message->setError(o ? o->error.summary() : tr("Not connected."));
                updateButtons();
                return;
            }
            m_overview = *o;
            display(*o);
            Q_EMIT loaded();
        });
}

void OverviewPage::display(const GuestOverview &o) {
    const QString unknown = tr("—");
    auto set = [this, &unknown](const char *key, const QString &text) {
        m_values.value(QLatin1String(key))->setText(text.isEmpty() ? unknown : text);
    };
    set("name", o.name);
    set("uuid", o.uuid);
    set("hypervisor", o.domainType);
    set("arch", o.arch);
    set("machine", o.machine);
    set("firmware", o.firmware);
    set("emulator", o.emulator);
    const QString noAgent =
        o.active ? tr("not reported (no guest agent)") : tr("the guest is not running");
    m_values.value(QStringLiteral("os"))->setText(o.osName.isEmpty() ? noAgent : o.osName);
    m_values.value(QStringLiteral("hostname"))
        ->setText(o.hostname.isEmpty() ? noAgent : o.hostname);
    m_values.value(QStringLiteral("addresses"))
        ->setText(o.addresses.isEmpty()
                      ? noAgent
                      : o.addresses.join(QLatin1Char('\n')) + QStringLiteral("\n(") +
                            tr("from the %1").arg(o.addressSource) + QLatin1Char(')'));
    m_title->setText(o.title);
    m_description->setPlainText(o.description);
    m_autostart->setChecked(o.autostart);
    updateButtons();
}

void OverviewPage::apply() {
    if (!isModified() || m_busy)
        return;
    if (m_title->text().contains(QLatin1Char('\n'))) {
        m_message->setError(tr("The title is one line."));
        return;
    }
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid, title = m_title->text().trimmed(),
                  description = m_description->toPlainText();
    m_connection->runQuery<UserError>(
        [uuid, title, description](virConnectPtr c) {
            return GuestOverview::setText(c, uuid, title, description);
        },
        this,
        [this](const std::optional<UserError> &error) {
            m_busy = false;
            if (!error || !error->isNull()) {
                m_message->setError(error ? error->summary() : tr("Not connected."));
                updateButtons();
                Q_EMIT applied(false);
                return;
            }
            m_message->setNote(m_guest.isActive() ? tr("Saved, and changed in the running guest.")
                                                  : tr("Saved."));
            connect(
                this, &OverviewPage::loaded, this, [this] { Q_EMIT applied(true); },
                Qt::SingleShotConnection);
            reload();
        });
}

void OverviewPage::updateButtons() {
    const bool modified = isModified();
    m_apply->setEnabled(modified && !m_busy);
    m_revert->setEnabled(modified && !m_busy);
    m_title->setEnabled(m_overview.has_value());
    m_description->setEnabled(m_overview.has_value());
    m_autostart->setEnabled(m_overview.has_value() && !m_busy);
}
