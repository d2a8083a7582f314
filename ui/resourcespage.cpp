// SPDX-License-Identifier: GPL-2.0-or-later
#include "resourcespage.h"

#include "connection.h"
#include "fieldmessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr double BytesPerMB = 1000.0 * 1000.0;

QString mbText(qint64 bytes) {
    return QString::number(double(bytes) / BytesPerMB, 'g', 12);
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets) {
    auto *layout = new QHBoxLayout;
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch(1);
    return layout;
}

// Form rows holding a layout get no buddy by themselves, and without one "&" shows as is.
QLabel *buddyLabel(const QString &text, QWidget *buddy) {
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ResourcesPage::ResourcesPage(Connection *connection, const DomainInfo &guest, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_guest(guest) {
    // Ranges are wider than what is valid so that a wrong value gets a reason, not a silent clamp.
    m_cpuGroup = new QGroupBox(tr("CPU"));
    auto *cpu = new QFormLayout(m_cpuGroup);
    m_cpuWeight = new QSpinBox;
    m_cpuWeight->setRange(0, 10 * GuestTuning::MaxShares);
    m_cpuWeight->setAccessibleName(tr("CPU weight"));
    m_cpuWeight->setToolTip(tr("The guest's share of CPU time when the host is busy, relative to "
                               "other guests (usually 1024)."));
    cpu->addRow(buddyLabel(tr("CPU &weight:"), m_cpuWeight),
                row({m_cpuWeight, addMark(GuestTuning::cpuSharesField())}));
    m_cpuCapOn = new QCheckBox(tr("&Limit CPU use to"));
    m_cpuCapOn->setAccessibleName(tr("Limit CPU use"));
    m_cpuCap = new QSpinBox;
    m_cpuCap->setRange(0, 100000);
    m_cpuCap->setSuffix(tr(" %"));
    m_cpuCap->setAccessibleName(tr("CPU cap in percent of one host CPU"));
    cpu->addRow(tr("CPU cap:"), row({m_cpuCapOn, m_cpuCap, addMark(GuestTuning::cpuCapField())}));
    m_cpuCapExplained = new QLabel;
    m_cpuCapExplained->setWordWrap(true);
    cpu->addRow(QString(), m_cpuCapExplained);
    auto *cpuMessage = new FieldMessage;
    cpu->addRow(cpuMessage);
    m_sectionMessages.insert(QStringLiteral("cpu"), cpuMessage);

    m_diskGroup = new QGroupBox(tr("Disk I/O"));
    auto *disk = new QFormLayout(m_diskGroup);
    m_blkioWeight = new QSpinBox;
    m_blkioWeight->setRange(0, 100000);
    m_blkioWeight->setAccessibleName(tr("Disk I/O weight"));
    m_blkioWeight->setToolTip(
        tr("The guest's share of disk time when disks are busy (10 to 1000)."));
    disk->addRow(buddyLabel(tr("Disk I/O w&eight:"), m_blkioWeight),
                 row({m_blkioWeight, addMark(GuestTuning::blkioWeightField())}));
    m_disks = new QTableWidget(0, 7);
    m_disks->setAccessibleName(tr("Disk throttles"));
    m_disks->setHorizontalHeaderLabels({tr("Disk"), tr("Source"), tr("Read MB/s"), tr("Write MB/s"),
                                        tr("Read IOPS"), tr("Write IOPS"), tr("Takes effect")});
    m_disks->verticalHeader()->setVisible(false);
    m_disks->horizontalHeader()->setSectionResizeMode(DiskSource, QHeaderView::Stretch);
    m_disks->setToolTip(tr("0 means no limit. 1 MB/s is 1,000,000 bytes per second."));
    // Room for a few disks; more scroll inside the table.
    m_disks->setMaximumHeight(m_disks->horizontalHeader()->sizeHint().height() +
                              4 * m_disks->verticalHeader()->defaultSectionSize() + 4);
    disk->addRow(m_disks);
    auto *diskMessage = new FieldMessage;
    disk->addRow(diskMessage);
    m_sectionMessages.insert(QStringLiteral("disk"), diskMessage);

    m_memoryGroup = new QGroupBox(tr("Memory limits"));
    auto *memory = new QFormLayout(m_memoryGroup);
    const QString labels[3] = {tr("&Hard limit:"), tr("&Soft limit:"), tr("Memory plus s&wap:")};
    const QString names[3] = {tr("Memory hard limit in MiB"), tr("Memory soft limit in MiB"),
                              tr("Memory plus swap limit in MiB")};
    const QString unlimitedNames[3] = {tr("Hard limit unlimited"), tr("Soft limit unlimited"),
                                       tr("Memory plus swap unlimited")};
    QLabel *memoryMark = addMark(GuestTuning::memoryField());
    for (int i = 0; i < 3; ++i) {
        m_memory[i] = new QSpinBox;
        m_memory[i]->setRange(0, std::numeric_limits<int>::max());
        m_memory[i]->setSuffix(tr(" MiB"));
        m_memory[i]->setAccessibleName(names[i]);
        m_unlimited[i] = new QCheckBox(tr("Unlimited"));
        m_unlimited[i]->setAccessibleName(unlimitedNames[i]);
        QHBoxLayout *line = row({m_memory[i], m_unlimited[i]});
        if (i == 0)
            line->addWidget(memoryMark);
        memory->addRow(buddyLabel(labels[i], m_memory[i]), line);
        connect(m_unlimited[i], &QCheckBox::toggled, this, [this, i](bool on) {
            m_memory[i]->setEnabled(!on && m_tuning && m_tuning->memoryUnsupported.isEmpty());
            updateButtons();
        });
        connect(m_memory[i], &QSpinBox::valueChanged, this, &ResourcesPage::updateButtons);
    }
    auto *memoryNote = new QLabel(tr("The hard limit stops the guest from using more host memory "
                                     "(too low and the host kills it); the soft limit is what it "
                                     "is pushed back to when the host runs short."));
    memoryNote->setWordWrap(true);
    memory->addRow(memoryNote);
    auto *memoryMessage = new FieldMessage;
    memory->addRow(memoryMessage);
    m_sectionMessages.insert(QStringLiteral("memory"), memoryMessage);

    m_message = new FieldMessage;
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setAccessibleName(tr("Apply resource controls"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setAccessibleName(tr("Revert resource controls"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_cpuGroup);
    contentLayout->addWidget(m_diskGroup);
    contentLayout->addWidget(m_memoryGroup);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_cpuWeight, &QSpinBox::valueChanged, this, &ResourcesPage::updateButtons);
    connect(m_cpuCap, &QSpinBox::valueChanged, this, &ResourcesPage::updateButtons);
    connect(m_cpuCapOn, &QCheckBox::toggled, this, [this](bool on) {
        m_cpuCap->setEnabled(on && m_tuning && m_tuning->cpuUnsupported.isEmpty());
        updateButtons();
    });
    connect(m_blkioWeight, &QSpinBox::valueChanged, this, &ResourcesPage::updateButtons);
    connect(m_disks, &QTableWidget::itemChanged, this, &ResourcesPage::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &ResourcesPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_tuning)
            display(*m_tuning);
    });
    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid != m_guest.uuid)
                return;
            const bool changed = info.isActive() != m_guest.isActive();
            m_guest = info;
            // Started or stopped: live values and what can change live are different now.
            if (changed && isVisible() && !m_busy && !isModified())
                reload();
        });
    updateButtons();
}

QLabel *ResourcesPage::addMark(const QString &field) {
    auto *mark = new QLabel(tr("applies after restart"));
    mark->setAccessibleName(tr("Applies after restart"));
    QPalette p = mark->palette();
    p.setColor(QPalette::WindowText, QColor(0xa8, 0x6a, 0x00));
    mark->setPalette(p);
    mark->setVisible(false);
    m_marks.insert(field, mark);
    return mark;
}

void ResourcesPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_tuning && !m_busy)
        reload();
}

void ResourcesPage::reload() {
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid;
    m_connection->runQuery<GuestTuning>(
        [uuid](virConnectPtr c) { return GuestTuning::read(c, uuid); }, this,
        [this](const std::optional<GuestTuning> &t) {
            m_busy = false;
            if (!t || !t->error.isNull()) {
                m_message->setError(t ? t->error.summary() : tr("Not connected."));
                updateButtons();
                return;
            }
            m_tuning = *t;
            display(*t);
            Q_EMIT loaded();
        });
}

void ResourcesPage::display(const GuestTuning &t) {
    m_displaying = true;
    auto section = [this](QGroupBox *group, const QString &key, const QString &unsupported) {
        group->setEnabled(true);
        FieldMessage *m = m_sectionMessages.value(key);
        if (unsupported.isEmpty())
            m->clear();
        else
            m->setWarning(unsupported);
    };
    section(m_cpuGroup, QStringLiteral("cpu"), t.cpuUnsupported);
    m_cpuWeight->setValue(int(t.cpuShares));
    m_cpuCapOn->setChecked(t.cpuCapPercent.has_value());
    m_cpuCap->setValue(int(t.cpuCapPercent.value_or(100 * t.vcpus)));
    m_cpuCapExplained->setText(
        tr("Percent of one host CPU, for the whole guest: 100% is one full host CPU. This guest "
           "has %n vCPU(s), so up to %1% can be given.",
           nullptr, int(t.vcpus))
            .arg(100 * t.vcpus));
    for (QWidget *w : {static_cast<QWidget *>(m_cpuWeight), static_cast<QWidget *>(m_cpuCapOn)})
        w->setEnabled(t.cpuUnsupported.isEmpty());
    m_cpuCap->setEnabled(t.cpuUnsupported.isEmpty() && t.cpuCapPercent.has_value());

    QStringList diskProblems;
    if (!t.blkioUnsupported.isEmpty())
        diskProblems << t.blkioUnsupported;
    if (!t.throttleUnsupported.isEmpty())
        diskProblems << t.throttleUnsupported;
    section(m_diskGroup, QStringLiteral("disk"), diskProblems.join(QLatin1Char('\n')));
    m_blkioWeight->setValue(int(t.blkioWeight));
    m_blkioWeight->setEnabled(t.blkioUnsupported.isEmpty());
    m_disks->setRowCount(0);
    m_disks->setEnabled(t.throttleUnsupported.isEmpty());
    for (const GuestTuning::DiskThrottle &d : t.disks) {
        const int r = m_disks->rowCount();
        m_disks->insertRow(r);
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        m_disks->setItem(r, DiskTarget, fixed(d.target));
        m_disks->setItem(r, DiskSource, fixed(d.source));
        auto editable = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, text);
            return item;
        };
        m_disks->setItem(r, ReadMBs, editable(mbText(d.readBytesSec)));
        m_disks->setItem(r, WriteMBs, editable(mbText(d.writeBytesSec)));
        m_disks->setItem(r, ReadIops, editable(QString::number(d.readIopsSec)));
        m_disks->setItem(r, WriteIops, editable(QString::number(d.writeIopsSec)));
        QTableWidgetItem *note = fixed(QString());
        if (d.totalBytesSec || d.totalIopsSec)
            note->setText(tr("combined limit set elsewhere: %1 MB/s, %2 IOPS (a read or write "
                             "limit replaces it)")
                              .arg(mbText(d.totalBytesSec))
                              .arg(d.totalIopsSec));
        m_disks->setItem(r, DiskNote, note);
    }
    if (t.disks.isEmpty() && t.throttleUnsupported.isEmpty())
        m_disks->setToolTip(tr("This guest has no disks to throttle."));

    section(m_memoryGroup, QStringLiteral("memory"), t.memoryUnsupported);
    const std::optional<qint64> limits[3] = {t.memoryHardLimitKiB, t.memorySoftLimitKiB,
                                             t.swapHardLimitKiB};
    for (int i = 0; i < 3; ++i) {
        m_unlimited[i]->setChecked(!limits[i].has_value());
        m_unlimited[i]->setEnabled(t.memoryUnsupported.isEmpty());
        m_memory[i]->setValue(
            limits[i] ? int(qMin<qint64>(*limits[i] / 1024, std::numeric_limits<int>::max())) : 0);
        m_memory[i]->setEnabled(t.memoryUnsupported.isEmpty() && limits[i].has_value());
    }
    m_displaying = false;
    showMarks();
    updateButtons();
}

void ResourcesPage::showMarks() {
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const bool waits = m_lastOutcome.timing.value(it.key(), GuestTuning::Timing::Live) ==
                           GuestTuning::Timing::AfterRestart;
        it.value()->setVisible(waits);
        it.value()->setToolTip(m_lastOutcome.restartReason.value(it.key()));
    }
    for (int r = 0; r < m_disks->rowCount(); ++r) {
        const QString field = GuestTuning::diskField(m_disks->item(r, DiskTarget)->text());
        if (!m_lastOutcome.timing.contains(field))
            continue;
        QTableWidgetItem *note = m_disks->item(r, DiskNote);
        const bool waits = m_lastOutcome.timing.value(field) == GuestTuning::Timing::AfterRestart;
        note->setText(waits ? tr("applies after restart") : tr("applied live"));
        note->setToolTip(m_lastOutcome.restartReason.value(field));
    }
}

GuestTuning ResourcesPage::wanted(QList<GuestTuning::Problem> *problems) const {
    GuestTuning w = *m_tuning;
    w.cpuShares = m_cpuWeight->value();
    w.cpuCapPercent =
        m_cpuCapOn->isChecked() ? std::optional<qint64>(m_cpuCap->value()) : std::nullopt;
    w.blkioWeight = m_blkioWeight->value();
    for (int r = 0; r < m_disks->rowCount() && r < w.disks.size(); ++r) {
        GuestTuning::DiskThrottle &d = w.disks[r];
        auto cell = [&](int column, bool megabytes) -> qint64 {
            const QString text = m_disks->item(r, column)->text().trimmed();
            if (text.isEmpty())
                return 0;
            bool ok = false;
            const double value = megabytes ? text.toDouble(&ok) * BytesPerMB : text.toLongLong(&ok);
            if (!ok && problems)
                problems->append(
                    {GuestTuning::diskField(d.target),
                     tr("Disk %1: “%2” is not a number (%3).")
                         .arg(d.target, text, m_disks->horizontalHeaderItem(column)->text())});
            return ok ? qint64(value) : 0;
        };
        d.readBytesSec = cell(ReadMBs, true);
        d.writeBytesSec = cell(WriteMBs, true);
        d.readIopsSec = cell(ReadIops, false);
        d.writeIopsSec = cell(WriteIops, false);
    }
    std::optional<qint64> *limits[3] = {&w.memoryHardLimitKiB, &w.memorySoftLimitKiB,
                                        &w.swapHardLimitKiB};
    for (int i = 0; i < 3; ++i) {
        // Unchanged limits keep their exact KiB, not the MiB shown.
        const std::optional<qint64> old = *limits[i];
        if (m_unlimited[i]->isChecked())
            *limits[i] = std::nullopt;
        else if (!old || *old / 1024 != m_memory[i]->value())
            *limits[i] = qint64(m_memory[i]->value()) * 1024;
    }
    return w;
}

bool ResourcesPage::isModified() const {
    if (!m_tuning)
        return false;
    // A cell that is not a number reads as 0; its text still counts as an edit.
    for (int r = 0; r < m_disks->rowCount(); ++r)
        for (int c = ReadMBs; c <= WriteIops; ++c)
            if (m_disks->item(r, c)->text() != m_disks->item(r, c)->data(Qt::UserRole).toString())
                return true;
    const GuestTuning w = wanted(nullptr);
    const GuestTuning &t = *m_tuning;
    return w.cpuShares != t.cpuShares || w.cpuCapPercent != t.cpuCapPercent ||
           w.blkioWeight != t.blkioWeight || w.disks != t.disks ||
           w.memoryHardLimitKiB != t.memoryHardLimitKiB ||
           w.memorySoftLimitKiB != t.memorySoftLimitKiB || w.swapHardLimitKiB != t.swapHardLimitKiB;
}

QString ResourcesPage::sectionOf(const QString &field) const {
    if (field.startsWith(QLatin1String("cpu")))
        return QStringLiteral("cpu");
    if (field == GuestTuning::memoryField())
        return QStringLiteral("memory");
    return QStringLiteral("disk");
}

void ResourcesPage::apply() {
    if (!m_tuning || !isModified() || m_busy)
        return;
    for (auto it = m_sectionMessages.cbegin(); it != m_sectionMessages.cend(); ++it)
        if (it.value()->isError())
            it.value()->clear();
    m_message->clear();
    QList<GuestTuning::Problem> problems;
    const GuestTuning w = wanted(&problems);
    problems += GuestTuning::validate(w, &*m_tuning);
    if (!problems.isEmpty()) {
        QHash<QString, QStringList> bySection;
        for (const GuestTuning::Problem &p : std::as_const(problems))
            bySection[sectionOf(p.field)] << p.message;
        for (auto it = bySection.cbegin(); it != bySection.cend(); ++it)
            m_sectionMessages.value(it.key())->setError(it.value().join(QLatin1Char('\n')));
        m_message->setError(tr("Nothing was changed: correct the values marked above."));
        Q_EMIT applied(false);
        return;
    }
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid;
    const GuestTuning current = *m_tuning;
    m_connection->runQuery<GuestTuning::Outcome>(
        [uuid, current, w](virConnectPtr c) { return GuestTuning::apply(c, uuid, current, w); },
        this,
        [this](const std::optional<GuestTuning::Outcome> &o) {
            m_busy = false;
            if (!o) {
                m_message->setError(tr("Not connected."));
                updateButtons();
                Q_EMIT applied(false);
                return;
            }
            m_lastOutcome = *o;
            const bool waits = std::any_of(o->timing.cbegin(), o->timing.cend(), [](auto t) {
                return t == GuestTuning::Timing::AfterRestart;
            });
            if (!o->ok()) {
                QString text = o->error.isNull() ? o->problems.value(0).message
                               : o->error.context().isEmpty()
                                   ? o->error.summary()
                                   : o->error.context() + QStringLiteral(": ") + o->error.summary();
                if (!o->timing.isEmpty())
                    text += QLatin1Char('\n') + tr("Other changes before it were applied.");
                m_message->setError(text);
            } else if (waits) {
                m_message->setWarning(tr("Saved. Changes marked “applies after restart” take "
                                         "effect when the guest next starts."));
            } else {
                m_message->setNote(tr("Saved, and changed in the running guest."));
            }
            const bool ok = o->ok();
            connect(
                this, &ResourcesPage::loaded, this, [this, ok] { Q_EMIT applied(ok); },
                Qt::SingleShotConnection);
            reload();
        });
}

void ResourcesPage::updateButtons() {
    if (m_displaying)
        return;
    const bool modified = isModified();
    m_apply->setEnabled(modified && !m_busy);
    m_revert->setEnabled(modified && !m_busy);
}
