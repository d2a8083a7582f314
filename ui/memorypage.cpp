// SPDX-License-Identifier: GPL-2.0-or-later
#include "memorypage.h"

#include "connection.h"
#include "fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int LargestMiB = 16 * 1024 * 1024; // the boxes' range (16 TiB); the host is checked

int toMiB(quint64 kib) {
    return int(kib / 1024);
}

QString pageSize(quint64 kib) {
    if (kib >= 1024 * 1024 && kib % (1024 * 1024) == 0)
        return MemoryPage::tr("%1 GiB").arg(kib / (1024 * 1024));
    if (kib >= 1024 && kib % 1024 == 0)
        return MemoryPage::tr("%1 MiB").arg(kib / 1024);
    return MemoryPage::tr("%1 KiB").arg(kib);
}

} // namespace

MemoryPage::MemoryPage(Connection *connection, const DomainInfo &guest, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_guest(guest) {
    auto *sizeBox = new QGroupBox(tr("Memory"));
    auto *form = new QFormLayout(sizeBox);
    // 0 is allowed in the boxes so that it can be refused with a reason, not silently raised.
    m_current = mibBox(tr("Current memory in MiB"));
    addField(form, tr("&Current:"), m_current, Field::MemoryCurrent);
    m_maximum = mibBox(tr("Maximum memory in MiB"));
    addField(form, tr("Ma&ximum:"), m_maximum, Field::MemoryMaximum);
    m_live = new QLabel;
    m_live->setWordWrap(true);
    m_live->setAccessibleName(tr("Memory of the running guest"));
    form->addRow(QString(), m_live);
    auto *hint = new QLabel(tr("A running guest gives memory back or takes more up to its "
                               "maximum through its balloon driver; a new maximum needs a "
                               "restart."));
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    auto *backingBox = new QGroupBox(tr("Memory backing"));
    auto *backing = new QFormLayout(backingBox);
    m_hugePages = new QComboBox;
    m_hugePages->setAccessibleName(tr("Huge pages"));
    addField(backing, tr("&Huge pages:"), m_hugePages, Field::HugePages);
    m_hugePagesFree = new QLabel;
    m_hugePagesFree->setWordWrap(true);
    m_hugePagesFree->setAccessibleName(tr("Free huge pages on the host"));
    backing->addRow(QString(), m_hugePagesFree);
    m_shared = new QCheckBox(tr("&Shared memory (memfd), needed by shared folders (virtiofs)"));
    m_shared->setAccessibleName(tr("Shared memory"));
    addField(backing, QString(), m_shared, Field::SharedMemory);

    m_pendingNote = new QLabel(tr("Some changes apply at the next start of the guest."));
    m_pendingNote->setAccessibleName(tr("Pending changes"));
    m_pendingNote->setVisible(false);
    m_message = new FieldMessage;
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setAccessibleName(tr("Apply memory settings"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setAccessibleName(tr("Revert memory settings"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sizeBox);
    layout->addWidget(backingBox);
    layout->addStretch(1);
    layout->addWidget(m_pendingNote);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    for (QSpinBox *box : {m_current, m_maximum})
        connect(box, &QSpinBox::valueChanged, this, &MemoryPage::onEdited);
    connect(m_hugePages, &QComboBox::currentIndexChanged, this, &MemoryPage::onEdited);
    connect(m_shared, &QCheckBox::toggled, this, &MemoryPage::onEdited);
    connect(m_apply, &QPushButton::clicked, this, &MemoryPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_settings)
            display(*m_settings);
    });
    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid != m_guest.uuid)
                return;
            const bool startedOrStopped = info.isActive() != m_guest.isActive();
            m_guest = info;
            if (startedOrStopped && isVisible() && !m_busy && !isModified())
                reload();
        });
    updateButtons();
}

QSpinBox *MemoryPage::mibBox(const QString &accessibleName) {
    auto *box = new QSpinBox;
    box->setAccessibleName(accessibleName);
    box->setRange(0, LargestMiB);
    box->setSuffix(tr(" MiB"));
    return box;
}

void MemoryPage::onEdited() {
    if (!m_settings)
        return;
    showProblems(
        GuestResourceSettings::validate(edited(), m_settings->limits, &m_settings->memory));
    updateButtons();
}

void MemoryPage::addField(QFormLayout *form, const QString &label, QWidget *field, Field kind) {
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(field);
    auto *mark = new QLabel(tr("applies after restart"));
    mark->setAccessibleName(tr("%1 applies after restart").arg(field->accessibleName()));
    QFont italic = mark->font();
    italic.setItalic(true);
    mark->setFont(italic);
    mark->setVisible(false);
    rowLayout->addWidget(mark);
    rowLayout->addStretch(1);
    if (label.isEmpty())
        form->addRow(row);
    else
        form->addRow(label, row);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(row)))
        buddy->setBuddy(field);
    auto *message = new FieldMessage;
    form->addRow(QString(), message);
    m_fieldMessages.insert(kind, message);
    m_restartMarks.insert(kind, mark);
}

void MemoryPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_settings && !m_busy)
        reload();
}

GuestResourceSettings::Memory MemoryPage::edited() const {
    GuestResourceSettings::Memory memory;
    if (!m_settings)
        return memory;
    // Sizes that are not whole MiB stay exact unless the user changes them.
    auto kib = [](const QSpinBox *box, quint64 saved) {
        return box->value() == toMiB(saved) ? saved : quint64(box->value()) * 1024;
    };
    memory.currentKiB = kib(m_current, m_settings->memory.currentKiB);
    memory.maximumKiB = kib(m_maximum, m_settings->memory.maximumKiB);
    const qint64 huge = m_hugePages->currentData().toLongLong();
    memory.hugePageKiB = huge < 0 ? std::nullopt : std::optional<quint64>(quint64(huge));
    memory.sharedMemory = m_shared->isChecked();
    return memory;
}

QStringList MemoryPage::pendingChanges() const {
    QStringList what;
    if (m_settings) {
        for (Field f : m_settings->pending) {
            if (!GuestResourceSettings::isCpuField(f))
                what << GuestResourceSettings::describe(f);
        }
    }
    return what;
}

bool MemoryPage::isModified() const {
    return m_settings && !(edited() == m_settings->memory);
}

void MemoryPage::reload() {
    if (!m_connection)
        return;
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid;
    m_connection->runQuery<GuestResourceSettings>(
        [uuid](virConnectPtr c) { return GuestResourceSettings::read(c, uuid); }, this,
        [this](const std::optional<GuestResourceSettings> &s) {
            m_busy = false;
            if (!s || !s->error.isNull()) {
                m_message->setError(s ? s->error.summary() : tr("Not connected."));
                updateButtons();
                return;
            }
            m_settings = *s;
            display(*s);
            Q_EMIT loaded();
            Q_EMIT pendingChanged(pendingChanges());
        });
}

void MemoryPage::display(const GuestResourceSettings &s) {
    const QSignalBlocker b1(m_current), b2(m_maximum), b3(m_hugePages), b4(m_shared);
    m_current->setValue(toMiB(s.memory.currentKiB));
    m_maximum->setValue(toMiB(s.memory.maximumKiB));
    // Only the sizes this host has are offered; a size from the definition that it lacks is
    // shown as such (and refused if chosen anew).
    m_hugePages->clear();
    m_hugePages->addItem(tr("Off (normal pages)"), qint64(-1));
    if (!s.limits.hugePages.isEmpty())
        m_hugePages->addItem(
            tr("Host default size (%1)").arg(pageSize(s.limits.hugePages.first().sizeKiB)),
            qint64(0));
    QStringList free;
    for (const GuestResourceSettings::Limits::HugePages &h : s.limits.hugePages) {
        m_hugePages->addItem(pageSize(h.sizeKiB), qint64(h.sizeKiB));
        free << tr("%1 pages: %2 free of %3 set aside")
                    .arg(pageSize(h.sizeKiB))
                    .arg(h.free)
                    .arg(h.total);
    }
    const qint64 saved = s.memory.hugePageKiB ? qint64(*s.memory.hugePageKiB) : -1;
    int index = m_hugePages->findData(saved);
    if (index < 0) {
        m_hugePages->addItem(tr("%1 (not on this host)").arg(pageSize(quint64(saved))), saved);
        index = m_hugePages->count() - 1;
    }
    m_hugePages->setCurrentIndex(index);
    m_hugePagesFree->setText(free.isEmpty() ? tr("This host offers no huge pages.")
                                            : free.join(QStringLiteral("; ")) + QLatin1Char('.'));
    m_shared->setChecked(s.memory.sharedMemory);
    m_live->setText(s.active ? tr("Running now with %1 MiB, at most %2 MiB without a restart.")
                                   .arg(toMiB(s.liveMemory.currentKiB))
                                   .arg(toMiB(s.liveMemory.maximumKiB))
                             : tr("The guest is not running: changes apply when it starts."));
    for (auto it = m_restartMarks.cbegin(); it != m_restartMarks.cend(); ++it)
        it.value()->setVisible(s.isPending(it.key()));
    m_pendingNote->setVisible(!pendingChanges().isEmpty());
    showProblems({});
    updateButtons();
}

void MemoryPage::showProblems(const QList<GuestResourceSettings::Problem> &problems) {
    for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it)
        it.value()->clear();
    if (m_settings && m_settings->limits.hostMemoryKiB > 0)
        m_fieldMessages.value(Field::MemoryMaximum)
            ->setNote(tr("The host has %1 MiB.").arg(toMiB(m_settings->limits.hostMemoryKiB)));
    if (m_settings && !m_settings->limits.sharedMemoryNeededBy.isEmpty())
        m_fieldMessages.value(Field::SharedMemory)
            ->setNote(tr("Needed by: %1.")
                          .arg(m_settings->limits.sharedMemoryNeededBy.join(QStringLiteral(", "))));
    for (const GuestResourceSettings::Problem &p : problems) {
        if (FieldMessage *m = m_fieldMessages.value(p.field))
            m->setError(p.reason);
    }
}

void MemoryPage::apply() {
    if (!m_settings || m_busy)
        return;
    const GuestResourceSettings::Memory wanted = edited();
    const QList<GuestResourceSettings::Problem> problems =
        GuestResourceSettings::validate(wanted, m_settings->limits, &m_settings->memory);
    if (!problems.isEmpty()) {
        showProblems(problems);
        m_message->setError(tr("Nothing was changed: correct the marked fields."));
        Q_EMIT applied(false);
        return;
    }
    m_busy = true;
    m_message->clear();
    updateButtons();
    const QString uuid = m_guest.uuid;
    m_connection->runQuery<GuestResourceSettings::Outcome>(
        [uuid, wanted](virConnectPtr c) { return GuestResourceSettings::apply(c, uuid, wanted); },
        this,
        [this](const std::optional<GuestResourceSettings::Outcome> &o) {
            m_busy = false;
            if (o && o->after) {
                m_settings = *o->after;
                display(*o->after);
            }
            if (!o || !o->ok()) {
                if (o)
                    showProblems(o->problems);
                m_message->setError(!o                       ? tr("Not connected.")
                                    : !o->problems.isEmpty() ? tr("Nothing was changed: correct "
                                                                  "the marked fields.")
                                                             : o->error.summary());
                updateButtons();
                Q_EMIT applied(false);
                Q_EMIT pendingChanged(pendingChanges());
                return;
            }
            const bool pending = !pendingChanges().isEmpty();
            m_message->setNote(!o->liveChanged.isEmpty()
                                   ? tr("Saved, and changed in the running guest.")
                               : pending ? tr("Saved; the marked fields apply after a restart.")
                                         : tr("Saved."));
            updateButtons();
            Q_EMIT applied(true);
            Q_EMIT pendingChanged(pendingChanges());
        });
}

void MemoryPage::updateButtons() {
    const bool modified = isModified();
    m_apply->setEnabled(modified && !m_busy);
    m_revert->setEnabled(modified && !m_busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_current, m_maximum, m_hugePages, m_shared})
        w->setEnabled(m_settings.has_value() && !m_busy);
}
