// SPDX-License-Identifier: GPL-2.0-or-later
#include "xmlpage.h"

#include "connection.h"
#include "domaindefinition.h"
#include "fieldmessage.h"
#include "linediff.h"
#include "xmlhighlighter.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

XmlPage::XmlPage(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid) {
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor = new QPlainTextEdit;
    m_editor->setAccessibleName(tr("Configuration XML"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(mono);
    m_editor->setTabChangesFocus(false);
    new XmlHighlighter(m_editor->document());
    m_diff = new QPlainTextEdit;
    m_diff->setAccessibleName(tr("Changes against the current configuration"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(mono);
    m_diff->setPlaceholderText(tr("No changes"));
    m_message = new FieldMessage;
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes = new QLabel;
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setAccessibleName(tr("Apply the configuration"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setAccessibleName(tr("Revert to the current configuration"));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_editor);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changes, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The guest's configuration. libvirt checks it before "
                                    "anything is changed; changes apply at the next start.")));
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    // The comparison follows typing, a moment after it stops (long configurations).
    auto *diffTimer = new QTimer(this);
    diffTimer->setSingleShot(true);
    diffTimer->setInterval(250);
    connect(diffTimer, &QTimer::timeout, this, &XmlPage::updateState);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this, diffTimer] {
        updateButtons();
        diffTimer->start();
    });
    connect(m_apply, &QPushButton::clicked, this, &XmlPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_editor->setPlainText(m_current);
        m_message->clear();
        updateState();
    });
    updateState();
}

void XmlPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_loaded && !m_busy)
        reload();
}

bool XmlPage::isModified() const {
    return m_loaded && m_editor->toPlainText() != m_current;
}

void XmlPage::reload() {
    m_busy = true;
    updateState();
    const QString uuid = m_uuid;
    m_connection->runQuery<DomainDefinition::Read>(
        [uuid](virConnectPtr c) { return DomainDefinition::read(c, uuid); }, this,
        [this](const std::optional<DomainDefinition::Read> &read) {
            m_busy = false;
            if (!read || !read->error.isNull()) {
                m_message->setError(
                    read ? read->error.summary()
                         : tr("%1 is not connected.").arg(m_connection->displayName()));
                updateState();
                return;
            }
            m_current = read->xml;
            m_loaded = true;
            m_editor->setPlainText(m_current);
            m_message->clear();
            updateState();
            Q_EMIT loaded();
        });
}

void XmlPage::apply() {
    if (!isModified() || m_busy)
        return;
    const QString xml = m_editor->toPlainText();
    // Mistakes the parser can name are shown at once, without a round trip.
    if (const UserError local = DomainDefinition::checkLocally(m_uuid, xml); !local.isNull()) {
        m_message->setError(local.explanation());
        Q_EMIT applied(false);
        return;
    }
    m_busy = true;
    updateState();
    const QString uuid = m_uuid;
    m_connection->runQuery<UserError>(
        [uuid, xml](virConnectPtr c) { return DomainDefinition::redefine(c, uuid, xml); }, this,
        [this](const std::optional<UserError> &error) {
            m_busy = false;
            if (!error || !error->isNull()) {
                m_message->setError(
                    error ? error->explanation() + QLatin1Char('\n') + error->rawMessage()
                          : tr("%1 is not connected.").arg(m_connection->displayName()));
                updateState();
                Q_EMIT applied(false);
                return;
            }
            m_message->setNote(tr("Saved. Changes to a running guest apply at its next start."));
            connect(
                this, &XmlPage::loaded, this, [this] { Q_EMIT applied(true); },
                Qt::SingleShotConnection);
            // libvirt normalises what it stores: show that, not what was typed.
            reload();
        });
}

void XmlPage::updateButtons() {
    const bool modified = isModified();
    m_apply->setEnabled(modified && !m_busy);
    m_revert->setEnabled(modified && !m_busy);
    m_changes->setText(m_busy      ? tr("Working…")
                       : !m_loaded ? QString()
                       : modified  ? tr("Changed, not applied yet")
                                   : tr("Matches the current configuration"));
}

void XmlPage::updateState() {
    const bool modified = isModified();
    updateButtons();
    m_editor->setReadOnly(m_busy || !m_loaded);
    const QString diff =
        modified ? LineDiff::unified(m_current, m_editor->toPlainText()) : QString();
    if (m_diff->toPlainText() != diff)
        m_diff->setPlainText(diff);
}
