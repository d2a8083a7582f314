// SPDX-License-Identifier: GPL-2.0-or-later
#include "tagsedit.h"

#include "connection.h"
#include "fieldmessage.h"
#include "guesttags.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TagsEdit::TagsEdit(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid) {
    m_tagsLine = new QLineEdit;
    m_tagsLine->setAccessibleName(tr("Tags"));
    m_tagsLine->setPlaceholderText(tr("Comma-separated, for example: web, production"));
    m_tagsLine->setToolTip(tr("Up to %1 tags of letters, digits, “-”, “_” and “.”; the guest "
                              "list can be filtered by them.")
                               .arg(GuestTags::MaxTags));
    m_notesEdit = new QPlainTextEdit;
    m_notesEdit->setAccessibleName(tr("Notes"));
    m_notesEdit->setPlaceholderText(tr("Anything worth knowing about this guest"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_message = new FieldMessage;
    m_apply = new QPushButton(tr("Apply tags and n&otes"));
    m_apply->setAccessibleName(tr("Apply tags and notes"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Ta&gs:"), m_tagsLine);
    form->addRow(QString(), m_message);
    form->addRow(tr("&Notes:"), m_notesEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_tagsLine, &QLineEdit::textChanged, this, &TagsEdit::validate);
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, &TagsEdit::updateButtons);
    connect(m_tagsLine, &QLineEdit::returnPressed, this, &TagsEdit::apply);
    connect(m_apply, &QPushButton::clicked, this, &TagsEdit::apply);
    // Tags changed elsewhere (another VirtDeck, virsh) show here unless the user is editing.
    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid == m_uuid && info.detailsLoaded && m_loaded && !m_busy && !isModified() &&
                info.tags != m_tags)
                reload();
        });
    updateButtons();
}

void TagsEdit::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_loaded && !m_busy)
        reload();
}

QStringList TagsEdit::typedTags() const {
    return GuestTags::split(m_tagsLine->text());
}

bool TagsEdit::isModified() const {
    return m_loaded && (typedTags() != m_tags || m_notesEdit->toPlainText() != m_notes);
}

void TagsEdit::reload() {
    if (!m_connection)
        return;
    m_busy = true;
    updateButtons();
    const QString uuid = m_uuid;
    m_connection->runQuery<GuestTags>(
        [uuid](virConnectPtr c) { return GuestTags::read(c, uuid); }, this,
        [this](const std::optional<GuestTags> &t) {
            m_busy = false;
            if (!t || !t->error.isNull()) {
                m_message->setError(t ? t->error.summary() : tr("Not connected."));
                updateButtons();
                return;
            }
            m_tags = t->tags;
            m_notes = t->notes;
            m_loaded = true;
            m_tagsLine->setText(m_tags.join(QStringLiteral(", ")));
            m_notesEdit->setPlainText(m_notes);
            validate();
            Q_EMIT loaded();
        });
}

void TagsEdit::validate() {
    const QStringList problems = GuestTags::problems(typedTags());
    m_valid = problems.isEmpty();
    if (m_valid)
        m_message->clear();
    else
        m_message->setError(problems.join(QLatin1Char('\n')));
    updateButtons();
}

void TagsEdit::apply() {
    if (!isModified() || m_busy || !m_valid)
        return;
    m_busy = true;
    updateButtons();
    const QString uuid = m_uuid;
    const QStringList tags = typedTags();
    const QString notes = m_notesEdit->toPlainText();
    m_connection->runQuery<UserError>(
        [uuid, tags, notes](virConnectPtr c) {
            return GuestTags::setTagsAndNotes(c, uuid, tags, notes);
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
            // The note goes up once the saved values are shown (showing them re-validates).
            connect(
                this, &TagsEdit::loaded, this,
                [this] {
                    m_message->setNote(tr("Tags and notes saved."));
                    Q_EMIT applied(true);
                },
                Qt::SingleShotConnection);
            reload();
        });
}

void TagsEdit::updateButtons() {
    m_tagsLine->setEnabled(m_loaded);
    m_notesEdit->setEnabled(m_loaded);
    m_apply->setEnabled(isModified() && m_valid && !m_busy);
}
