// SPDX-License-Identifier: GPL-2.0-or-later
#include "resourcespage.h"

#include "connection.h"
#include "cpuset.h"
#include "fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
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

QLabel *newRestartMark() {
    auto *mark = new QLabel(ResourcesPage::tr("applies after restart"));
    mark->setAccessibleName(ResourcesPage::tr("Applies after restart"));
    QPalette p = mark->palette();
    p.setColor(QPalette::WindowText, QColor(0xa8, 0x6a, 0x00));
    mark->setPalette(p);
    mark->setVisible(false);
    return mark;
}

// Everything the page shows, read in one job.
struct ResourcesData {
    GuestTuning tuning;
    GuestNumaPlacement numa;
};

struct ResourcesApplied {
    std::optional<GuestTuning::Outcome> tuning;
    std::optional<GuestNumaPlacement::Outcome> numa;
};

QString numaNodeText(const GuestNumaPlacement::HostNode &n) {
    QString text = ResourcesPage::tr("Node %1 — CPUs %2, %3 MiB")
                       .arg(n.id)
                       .arg(n.cpus.isEmpty() ? ResourcesPage::tr("none") : n.cpus)
                       .arg(n.memoryKiB / 1024);
    if (n.freeKiB)
        text += ResourcesPage::tr(" (%1 MiB free)").arg(*n.freeKiB / 1024);
    return text;
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

    m_numaGroup = buildNuma();

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
    contentLayout->addWidget(m_numaGroup);
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
        if (m_numa)
            displayNuma(*m_numa);
        updateButtons();
    });
    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid != m_guest.uuid)
                return;
            const bool changed = info.isActive() != m_guest.isActive();
            m_guest = info;
            if (!changed)
                return;
            // Started or stopped: what waited for a restart has happened, and live values and
            // what can change live are different now.
            m_lastOutcome = {};
            m_numaRestartReasons.clear();
            showMarks();
            if (isVisible() && !m_busy && !isModified())
                reload();
        });
    updateButtons();
}

QLabel *ResourcesPage::addMark(const QString &field) {
    QLabel *mark = newRestartMark();
    m_marks.insert(field, mark);
    return mark;
}

QGroupBox *ResourcesPage::buildNuma() {
    using Field = GuestNumaPlacement::Field;
    auto *group = new QGroupBox(tr("NUMA placement"));
    auto *form = new QFormLayout(group);
    m_numaMode = new QComboBox;
    m_numaMode->setAccessibleName(tr("NUMA memory mode"));
    m_numaMode->addItem(tr("Not set (the host decides)"), QString());
    m_numaMode->addItem(tr("Strict: only the chosen nodes"), QStringLiteral("strict"));
    m_numaMode->addItem(tr("Interleave: spread over the chosen nodes"),
                        QStringLiteral("interleave"));
    m_numaMode->addItem(tr("Preferred: the chosen node first"), QStringLiteral("preferred"));
    m_numaMode->addItem(tr("Restrictive: the chosen nodes, the kernel's default policy"),
                        QStringLiteral("restrictive"));
    m_numaMarks.insert(Field::Mode, newRestartMark());
    form->addRow(buddyLabel(tr("Memory &mode:"), m_numaMode),
                 row({m_numaMode, m_numaMarks.value(Field::Mode)}));
    m_numaNodes = new QListWidget;
    m_numaNodes->setAccessibleName(tr("Host NUMA nodes for the guest's memory"));
    m_numaNodes->setMaximumHeight(m_numaNodes->fontMetrics().height() * 6);
    m_numaMarks.insert(Field::Nodes, newRestartMark());
    auto *nodes = new QVBoxLayout;
    nodes->addWidget(m_numaNodes);
    m_numaNodesNote = new QLabel;
    m_numaNodesNote->setWordWrap(true);
    nodes->addWidget(m_numaNodesNote);
    nodes->addWidget(m_numaMarks.value(Field::Nodes));
    form->addRow(buddyLabel(tr("Host &nodes:"), m_numaNodes), nodes);
    m_vcpuPlacement = new QComboBox;
    m_vcpuPlacement->setAccessibleName(tr("vCPU placement"));
    m_vcpuPlacement->addItem(tr("Static: as pinned on the CPU page"), QStringLiteral("static"));
    m_vcpuPlacement->addItem(tr("Automatic: the host's numad chooses"), QStringLiteral("auto"));
    m_numaMarks.insert(Field::VcpuPlacement, newRestartMark());
    form->addRow(buddyLabel(tr("&vCPU placement:"), m_vcpuPlacement),
                 row({m_vcpuPlacement, m_numaMarks.value(Field::VcpuPlacement)}));
    m_placementNote = new QLabel;
    m_placementNote->setWordWrap(true);
    form->addRow(QString(), m_placementNote);
    auto *message = new FieldMessage;
    form->addRow(message);
    m_sectionMessages.insert(QStringLiteral("numa"), message);
    connect(m_numaMode, &QComboBox::currentIndexChanged, this, [this] {
        // Choosing a mode with no node yet: offer every node the host has, as libvirt's
        // tools do, so that it is valid at once.
        if (!m_displaying && !m_numaMode->currentData().toString().isEmpty() &&
            editedNuma().nodeset.isEmpty() &&
            m_vcpuPlacement->currentData().toString() == QLatin1String("static")) {
            m_displaying = true;
            for (int i = 0; i < m_numaNodes->count(); ++i)
                m_numaNodes->item(i)->setCheckState(Qt::Checked);
            m_displaying = false;
        }
        onNumaEdited();
    });
    connect(m_numaNodes, &QListWidget::itemChanged, this, &ResourcesPage::onNumaEdited);
    connect(m_vcpuPlacement, &QComboBox::currentIndexChanged, this, &ResourcesPage::onNumaEdited);
    return group;
}

GuestNumaPlacement::Settings ResourcesPage::editedNuma() const {
    GuestNumaPlacement::Settings s;
    s.mode = m_numaMode->currentData().toString();
    QList<int> nodes;
    for (int i = 0; i < m_numaNodes->count(); ++i) {
        if (m_numaNodes->item(i)->checkState() == Qt::Checked)
            nodes << m_numaNodes->item(i)->data(Qt::UserRole).toInt();
    }
    s.nodeset = CpuSet::format(nodes);
    s.vcpuPlacement = m_vcpuPlacement->currentData().toString();
    return s;
}

bool ResourcesPage::numaModified() const {
    if (!m_numa)
        return false;
    const GuestNumaPlacement::Settings w = editedNuma(), &s = m_numa->settings;
    return w.mode != s.mode || !CpuSet::same(w.nodeset, s.nodeset) ||
           w.vcpuPlacement != s.vcpuPlacement;
}

void ResourcesPage::onNumaEdited() {
    if (m_displaying || !m_numa)
        return;
    showNumaProblems(GuestNumaPlacement::validate(editedNuma(), m_numa->hostNodes));
    m_placementNote->setText(
        m_vcpuPlacement->currentData().toString() == QLatin1String("auto")
            ? tr("numad on the host chooses the nodes; without numad running there the guest "
                 "does not start.")
            : QString());
    m_placementNote->setVisible(!m_placementNote->text().isEmpty());
    updateButtons();
}

void ResourcesPage::showNumaProblems(const QList<GuestNumaPlacement::Problem> &problems) {
    FieldMessage *m = m_sectionMessages.value(QStringLiteral("numa"));
    QStringList reasons;
    for (const GuestNumaPlacement::Problem &p : problems)
        reasons << p.reason;
    if (reasons.isEmpty())
        m->clear();
    else
        m->setError(reasons.join(QLatin1Char('\n')));
}

void ResourcesPage::displayNuma(const GuestNumaPlacement &n) {
    const bool displaying = m_displaying;
    m_displaying = true;
    int mode = m_numaMode->findData(n.settings.mode);
    if (mode < 0) {
        m_numaMode->addItem(n.settings.mode, n.settings.mode); // shown as found
        mode = m_numaMode->count() - 1;
    }
    m_numaMode->setCurrentIndex(mode);
    m_numaNodes->clear();
    const QList<int> chosen = CpuSet::parse(n.settings.nodeset).value_or(QList<int>());
    QList<int> listed;
    for (const GuestNumaPlacement::HostNode &node : n.hostNodes) {
        auto *item = new QListWidgetItem(numaNodeText(node), m_numaNodes);
        item->setData(Qt::UserRole, node.id);
        item->setCheckState(chosen.contains(node.id) ? Qt::Checked : Qt::Unchecked);
        listed << node.id;
    }
    // Nodes the definition names but the host lacks stay visible (and refused) until unticked.
    for (int id : chosen) {
        if (listed.contains(id))
            continue;
        auto *item = new QListWidgetItem(tr("Node %1 — not on this host").arg(id), m_numaNodes);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Checked);
        item->setForeground(QColor(0xc0, 0x30, 0x30));
    }
    m_numaNodesNote->setText(
        n.hostNodes.isEmpty()
            ? tr("This host does not describe its NUMA nodes.")
            : tr("%n NUMA node(s) on this host.", nullptr, int(n.hostNodes.size())));
    m_vcpuPlacement->setCurrentIndex(qMax(0, m_vcpuPlacement->findData(n.settings.vcpuPlacement)));
    for (auto it = m_numaMarks.cbegin(); it != m_numaMarks.cend(); ++it) {
        it.value()->setVisible(n.isPending(it.key()));
        it.value()->setToolTip(m_numaRestartReasons.value(it.key()));
    }
    m_displaying = displaying;
    // Checked as it stands: a node from the definition that the host lacks is refused at once.
    onNumaEdited();
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
    m_connection->runQuery<ResourcesData>(
        [uuid](virConnectPtr c) {
            return ResourcesData{GuestTuning::read(c, uuid), GuestNumaPlacement::read(c, uuid)};
        },
        this,
        [this](const std::optional<ResourcesData> &d) {
            m_busy = false;
            const UserError error = !d                          ? UserError()
                                    : !d->tuning.error.isNull() ? d->tuning.error
                                                                : d->numa.error;
            if (!d || !error.isNull()) {
                m_message->setError(d ? error.summary() : tr("Not connected."));
                updateButtons();
                return;
            }
            m_tuning = d->tuning;
            m_numa = d->numa;
            display(d->tuning);
            displayNuma(d->numa);
            updateButtons();
            Q_EMIT pendingChanged(pendingChanges());
            Q_EMIT loaded();
        });
}

QStringList ResourcesPage::pendingChanges() const {
    QStringList what;
    // A shut-off guest takes everything at its next start: nothing is pending there.
    for (auto it = m_lastOutcome.timing.cbegin(); it != m_lastOutcome.timing.cend(); ++it) {
        if (it.value() != GuestTuning::Timing::AfterRestart || !m_tuning || !m_tuning->active)
            continue;
        const QString &f = it.key();
        what << (f == GuestTuning::cpuSharesField()     ? tr("CPU weight")
                 : f == GuestTuning::cpuCapField()      ? tr("CPU cap")
                 : f == GuestTuning::blkioWeightField() ? tr("Disk I/O weight")
                 : f == GuestTuning::memoryField()
                     ? tr("Memory limits")
                     : tr("Throttles of disk %1").arg(f.mid(f.indexOf(QLatin1Char(':')) + 1)));
    }
    if (m_numa) {
        for (GuestNumaPlacement::Field f : m_numa->pending)
            what << GuestNumaPlacement::describe(f);
    }
    return what;
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
    return tuningModified() || numaModified();
}

bool ResourcesPage::tuningModified() const {
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
    if (!m_tuning || !m_numa || !isModified() || m_busy)
        return;
    for (auto it = m_sectionMessages.cbegin(); it != m_sectionMessages.cend(); ++it)
        if (it.value()->isError())
            it.value()->clear();
    m_message->clear();
    QList<GuestTuning::Problem> problems;
    const GuestTuning w = wanted(&problems);
    problems += GuestTuning::validate(w, &*m_tuning);
    const GuestNumaPlacement::Settings numa = editedNuma();
    const QList<GuestNumaPlacement::Problem> numaProblems =
        GuestNumaPlacement::validate(numa, m_numa->hostNodes);
    if (!problems.isEmpty() || !numaProblems.isEmpty()) {
        QHash<QString, QStringList> bySection;
        for (const GuestTuning::Problem &p : std::as_const(problems))
            bySection[sectionOf(p.field)] << p.message;
        for (auto it = bySection.cbegin(); it != bySection.cend(); ++it)
            m_sectionMessages.value(it.key())->setError(it.value().join(QLatin1Char('\n')));
        showNumaProblems(numaProblems);
        m_message->setError(tr("Nothing was changed: correct the values marked above."));
        Q_EMIT applied(false);
        return;
    }
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid;
    const GuestTuning current = *m_tuning;
    const bool tuningChanged = tuningModified(), numaChanged = numaModified();
    m_connection->runQuery<ResourcesApplied>(
        [uuid, current, w, numa, tuningChanged, numaChanged](virConnectPtr c) {
            ResourcesApplied r;
            if (tuningChanged)
                r.tuning = GuestTuning::apply(c, uuid, current, w);
            if (numaChanged && (!r.tuning || r.tuning->ok()))
                r.numa = GuestNumaPlacement::apply(c, uuid, numa);
            return r;
        },
        this,
        [this](const std::optional<ResourcesApplied> &r) {
            m_busy = false;
            if (!r) {
                m_message->setError(tr("Not connected."));
                updateButtons();
                Q_EMIT applied(false);
                return;
            }
            if (r->tuning)
                m_lastOutcome = *r->tuning;
            if (r->numa)
                m_numaRestartReasons = r->numa->restartReason;
            const bool tuningWaits =
                r->tuning &&
                std::any_of(r->tuning->timing.cbegin(), r->tuning->timing.cend(),
                            [](auto t) { return t == GuestTuning::Timing::AfterRestart; });
            const bool numaWaits = r->numa && !r->numa->restartReason.isEmpty();
            const bool tuningOk = !r->tuning || r->tuning->ok();
            const bool numaOk = !r->numa || r->numa->ok();
            if (!tuningOk) {
                const GuestTuning::Outcome &o = *r->tuning;
                QString text = o.error.isNull() ? o.problems.value(0).message
                               : o.error.context().isEmpty()
                                   ? o.error.summary()
                                   : o.error.context() + QStringLiteral(": ") + o.error.summary();
                if (!o.timing.isEmpty())
                    text += QLatin1Char('\n') + tr("Other changes before it were applied.");
                m_message->setError(text);
            } else if (!numaOk) {
                const GuestNumaPlacement::Outcome &o = *r->numa;
                showNumaProblems(o.problems);
                QString text = o.problems.isEmpty()
                                   ? o.error.summary()
                                   : tr("Nothing was changed: correct the values marked above.");
                if (r->tuning && !r->tuning->timing.isEmpty())
                    text += QLatin1Char('\n') + tr("The other changes were applied.");
                m_message->setError(text);
            } else if (tuningWaits || numaWaits) {
                m_message->setWarning(tr("Saved. Changes marked “applies after restart” take "
                                         "effect when the guest next starts."));
            } else if (m_guest.isActive() || (m_numa && m_numa->active)) {
                m_message->setNote(tr("Saved, and changed in the running guest."));
            } else {
                m_message->setNote(tr("Saved."));
            }
            const bool ok = tuningOk && numaOk;
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
