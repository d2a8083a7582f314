// SPDX-License-Identifier: GPL-2.0-or-later
#include "cpupage.h"

#include "connection.h"
#include "cpufeaturestable.h"
#include "cpupinninggrid.h"
#include "cpuset.h"
#include "fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int LargestVcpuCount = 4096; // the spin boxes' range; the real limit is checked

// Everything the page shows, read in one job.
struct CpuPageData {
    GuestResourceSettings settings;
    GuestCpuPinning pinning;
    static CpuPageData read(virConnectPtr c, const QString &uuid) {
        return {GuestResourceSettings::read(c, uuid), GuestCpuPinning::read(c, uuid)};
    }
};

// What an apply did, and the state afterwards.
struct CpuPageApplied {
    std::optional<GuestResourceSettings::Outcome> cpu;
    std::optional<GuestCpuPinning::Outcome> pinning;
    CpuPageData now;
};

bool featuresEditable(const QString &mode) {
    return mode == QLatin1String("host-model") || mode == QLatin1String("custom");
}

bool samePins(const GuestCpuPinning::Pins &a, const GuestCpuPinning::Pins &b) {
    if (a.vcpus.size() != b.vcpus.size() || !CpuSet::same(a.emulator, b.emulator))
        return false;
    for (qsizetype i = 0; i < a.vcpus.size(); ++i) {
        if (!CpuSet::same(a.vcpus.at(i), b.vcpus.at(i)))
            return false;
    }
    return true;
}

} // namespace

CpuPage::CpuPage(Connection *connection, const DomainInfo &guest, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_guest(guest) {
    auto *countBox = new QGroupBox(tr("Virtual CPUs"));
    auto *count = new QFormLayout(countBox);
    // 0 is allowed in the boxes so that it can be refused with a reason, not silently raised.
    m_current = new QSpinBox;
    m_current->setRange(0, LargestVcpuCount);
    m_current->setAccessibleName(tr("Current vCPUs"));
    addField(count, tr("&Current:"), m_current, Field::VcpuCurrent);
    m_maximum = new QSpinBox;
    m_maximum->setRange(0, LargestVcpuCount);
    m_maximum->setAccessibleName(tr("Maximum vCPUs"));
    addField(count, tr("Ma&ximum:"), m_maximum, Field::VcpuMaximum);
    m_live = new QLabel;
    m_live->setAccessibleName(tr("vCPUs of the running guest"));
    count->addRow(QString(), m_live);

    auto *modelGroup = new QGroupBox(tr("CPU model"));
    auto *model = new QFormLayout(modelGroup);
    m_mode = new QComboBox;
    m_mode->setAccessibleName(tr("CPU mode"));
    m_mode->addItem(tr("Hypervisor default"), QString());
    m_mode->addItem(tr("Host passthrough (fastest, not migratable)"),
                    QStringLiteral("host-passthrough"));
    m_mode->addItem(tr("Host model (close to the host, migratable)"), QStringLiteral("host-model"));
    m_mode->addItem(tr("Named model"), QStringLiteral("custom"));
    addField(model, tr("&Mode:"), m_mode, Field::CpuMode);
    m_model = new QComboBox;
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("CPU model name"));
    addField(model, tr("M&odel:"), m_model, Field::CpuModel);
    buildFeatures(model);

    auto *topologyGroup = new QGroupBox(tr("Topology"));
    auto *topology = new QFormLayout(topologyGroup);
    auto *boxes = new QWidget;
    auto *boxesLayout = new QHBoxLayout(boxes);
    boxesLayout->setContentsMargins(0, 0, 0, 0);
    m_sockets = topologyBox(tr("Sockets"));
    m_dies = topologyBox(tr("Dies"));
    m_cores = topologyBox(tr("Cores"));
    m_threads = topologyBox(tr("Threads"));
    const QList<std::pair<QString, QSpinBox *>> parts = {{tr("Sockets"), m_sockets},
                                                         {tr("Dies"), m_dies},
                                                         {tr("Cores"), m_cores},
                                                         {tr("Threads"), m_threads}};
    for (const auto &[label, box] : parts) {
        auto *caption = new QLabel(label);
        caption->setBuddy(box);
        boxesLayout->addWidget(caption);
        boxesLayout->addWidget(box);
    }
    addField(topology, tr("&Layout:"), boxes, Field::CpuTopology);
    auto *topologyHint = new QLabel(tr("All zero: the hypervisor decides. Otherwise the product "
                                       "must equal the maximum vCPUs."));
    topologyHint->setWordWrap(true);
    topology->addRow(QString(), topologyHint);

    QWidget *pinningGroup = buildPinning();

    m_pendingNote = new QLabel(tr("Some changes apply at the next start of the guest."));
    m_pendingNote->setAccessibleName(tr("Pending changes"));
    m_pendingNote->setVisible(false);
    m_message = new FieldMessage;
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setAccessibleName(tr("Apply CPU settings"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setAccessibleName(tr("Revert CPU settings"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(countBox);
    contentLayout->addWidget(modelGroup);
    contentLayout->addWidget(topologyGroup);
    contentLayout->addWidget(pinningGroup);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Wide grids (many host CPUs) scroll inside themselves.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_pendingNote);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    for (QSpinBox *box : {m_current, m_maximum, m_sockets, m_dies, m_cores, m_threads})
        connect(box, &QSpinBox::valueChanged, this, &CpuPage::onEdited);
    // The grid has a row per vCPU up to the maximum.
    connect(m_maximum, &QSpinBox::valueChanged, this, [this](int maximum) {
        if (m_pinning)
            m_grid->setVcpuCount(maximum, m_pinning->defaultCpuset);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CpuPage::onEdited);
    connect(m_model, &QComboBox::currentTextChanged, this, &CpuPage::onEdited);
    connect(m_features, &CpuFeaturesTable::featuresChanged, this, &CpuPage::onEdited);
    connect(m_grid, &CpuPinningGrid::pinsChanged, this, &CpuPage::onEdited);
    connect(m_apply, &QPushButton::clicked, this, &CpuPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_settings && m_pinning)
            display(*m_settings, *m_pinning);
    });
    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid != m_guest.uuid)
                return;
            const bool startedOrStopped = info.isActive() != m_guest.isActive();
            m_guest = info;
            // Pending changes take effect (or live values vanish) when the guest starts or stops.
            if (startedOrStopped && isVisible() && !m_busy && !isModified())
                reload();
        });
    updateButtons();
}

QLabel *CpuPage::restartMarkLabel(const QString &accessibleName) {
    auto *mark = new QLabel(tr("applies after restart"));
    mark->setAccessibleName(tr("%1 applies after restart").arg(accessibleName));
    QFont italic = mark->font();
    italic.setItalic(true);
    mark->setFont(italic);
    mark->setVisible(false);
    return mark;
}

void CpuPage::addField(QFormLayout *form, const QString &label, QWidget *field, Field kind) {
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(field);
    QLabel *mark =
        restartMarkLabel(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    rowLayout->addWidget(mark);
    rowLayout->addStretch(1);
    form->addRow(label, row);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(row)))
        buddy->setBuddy(field);
    auto *message = new FieldMessage;
    form->addRow(QString(), message);
    m_fieldMessages.insert(kind, message);
    m_restartMarks.insert(kind, mark);
}

QWidget *CpuPage::buildFeatures(QFormLayout *form) {
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_features = new CpuFeaturesTable;
    layout->addWidget(m_features);
    auto *buttons = new QHBoxLayout;
    m_addFeature = new QPushButton(tr("Add &feature"));
    m_addFeature->setAccessibleName(tr("Add a CPU feature"));
    m_removeFeature = new QPushButton(tr("Remo&ve feature"));
    m_removeFeature->setAccessibleName(tr("Remove the selected CPU feature"));
    buttons->addWidget(m_addFeature);
    buttons->addWidget(m_removeFeature);
    QLabel *mark = restartMarkLabel(tr("CPU features"));
    buttons->addWidget(mark);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_featuresNote = new QLabel;
    m_featuresNote->setWordWrap(true);
    layout->addWidget(m_featuresNote);
    auto *caption = new QLabel(tr("Feat&ures:"));
    caption->setBuddy(m_features);
    form->addRow(caption, box);
    auto *message = new FieldMessage;
    form->addRow(QString(), message);
    m_fieldMessages.insert(Field::CpuFeatures, message);
    m_restartMarks.insert(Field::CpuFeatures, mark);
    connect(m_addFeature, &QPushButton::clicked, this, [this] {
        const int row = m_features->addFeature();
        m_features->nameBox(row)->setFocus();
    });
    connect(m_removeFeature, &QPushButton::clicked, m_features, &CpuFeaturesTable::removeCurrent);
    return box;
}

QWidget *CpuPage::buildPinning() {
    auto *group = new QGroupBox(tr("Pinning"));
    auto *layout = new QVBoxLayout(group);
    auto *hint = new QLabel(tr("Which host CPUs each vCPU and the emulator's own threads may run "
                               "on. A running guest is re-pinned at once."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_grid = new CpuPinningGrid;
    layout->addWidget(m_grid);
    m_pinningMark = restartMarkLabel(tr("Pinning"));
    layout->addWidget(m_pinningMark);
    m_pinningMessage = new FieldMessage;
    layout->addWidget(m_pinningMessage);
    return group;
}

QSpinBox *CpuPage::topologyBox(const QString &accessibleName) {
    auto *box = new QSpinBox;
    box->setRange(0, LargestVcpuCount);
    box->setAccessibleName(accessibleName);
    return box;
}

void CpuPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_settings && !m_busy)
        reload();
}

GuestResourceSettings::Cpu CpuPage::edited() const {
    GuestResourceSettings::Cpu cpu;
    cpu.current = unsigned(m_current->value());
    cpu.maximum = unsigned(m_maximum->value());
    cpu.mode = m_mode->currentData().toString();
    cpu.model = cpu.mode == QLatin1String("custom") ? m_model->currentText().trimmed() : QString();
    cpu.topology = {unsigned(m_sockets->value()), unsigned(m_dies->value()),
                    unsigned(m_cores->value()), unsigned(m_threads->value())};
    // Features belong to a model: edited with host-model or a named model, kept as they are
    // with the other explicit modes, gone with the hypervisor's default.
    if (featuresEditable(cpu.mode))
        cpu.features = m_features->features();
    else if (!cpu.mode.isEmpty() && m_settings)
        cpu.features = m_settings->cpu.features;
    return cpu;
}

GuestCpuPinning::Pins CpuPage::editedPins() const {
    return m_grid->pins();
}

bool CpuPage::pinsModified() const {
    return m_pinning && !samePins(m_grid->pins(), m_pinning->pins);
}

bool CpuPage::isModified() const {
    if (!m_settings)
        return false;
    GuestResourceSettings::Cpu saved = m_settings->cpu;
    if (saved.mode != QLatin1String("custom"))
        saved.model.clear(); // only a named model is edited here
    return !(edited() == saved) || pinsModified();
}

bool CpuPage::isPending(Field field) const {
    if (!m_settings)
        return false;
    const bool waiting =
        m_settings->active && m_settings->liveId == m_waitingFor && m_waiting.contains(field);
    return m_settings->isPending(field) || waiting;
}

QStringList CpuPage::pendingChanges() const {
    QStringList what;
    for (Field f : {Field::VcpuCurrent, Field::VcpuMaximum, Field::CpuMode, Field::CpuModel,
                    Field::CpuTopology, Field::CpuFeatures}) {
        if (isPending(f))
            what << GuestResourceSettings::describe(f);
    }
    if (m_pinning) {
        if (std::any_of(m_pinning->pending.cbegin(), m_pinning->pending.cend(),
                        [](const QString &f) { return f != GuestCpuPinning::emulatorField(); }))
            what << tr("vCPU pinning");
        if (m_pinning->pending.contains(GuestCpuPinning::emulatorField()))
            what << tr("Emulator pinning");
    }
    return what;
}

void CpuPage::onEdited() {
    if (!m_settings || !m_pinning)
        return;
    showProblems(GuestResourceSettings::validate(edited(), m_settings->limits, &m_settings->cpu));
    showPinProblems(GuestCpuPinning::validate(m_grid->pins(), m_pinning->hostCpus));
    updateFeaturesState();
    updateButtons();
}

void CpuPage::reload() {
    if (!m_connection)
        return;
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid;
    m_connection->runQuery<CpuPageData>(
        [uuid](virConnectPtr c) { return CpuPageData::read(c, uuid); }, this,
        [this](const std::optional<CpuPageData> &d) {
            m_busy = false;
            const UserError error = !d                            ? UserError()
                                    : !d->settings.error.isNull() ? d->settings.error
                                                                  : d->pinning.error;
            if (!d || !error.isNull()) {
                m_message->setError(d ? error.summary() : tr("Not connected."));
                updateButtons();
                return;
            }
            m_settings = d->settings;
            m_pinning = d->pinning;
            m_pinRestartReasons.clear();
            display(d->settings, d->pinning);
            Q_EMIT loaded();
            Q_EMIT pendingChanged(pendingChanges());
        });
}

void CpuPage::display(const GuestResourceSettings &s, const GuestCpuPinning &pinning) {
    const QSignalBlocker b1(m_current), b2(m_maximum), b3(m_mode), b4(m_model), b5(m_sockets),
        b6(m_dies), b7(m_cores), b8(m_threads), b9(m_features), b10(m_grid);
    m_current->setValue(int(s.cpu.current));
    m_maximum->setValue(int(s.cpu.maximum));
    int mode = m_mode->findData(s.cpu.mode);
    if (mode < 0) {
        // A mode this page does not offer ("maximum", say) is kept and shown as it is.
        m_mode->addItem(s.cpu.mode, s.cpu.mode);
        mode = m_mode->count() - 1;
    }
    m_mode->setCurrentIndex(mode);
    m_model->clear();
    m_model->addItems(s.cpuModels);
    m_model->setCurrentText(s.cpu.model);
    m_sockets->setValue(int(s.cpu.topology.sockets));
    m_dies->setValue(int(s.cpu.topology.dies));
    m_cores->setValue(int(s.cpu.topology.cores));
    m_threads->setValue(int(s.cpu.topology.threads));
    m_features->setKnownNames(s.limits.cpuFeatures);
    m_features->setFeatures(s.cpu.features);
    m_grid->setHost(pinning.hostCpus, pinning.offlineCpus);
    m_grid->setPins(pinning.pins);
    m_live->setText(s.active ? tr("Running now with %n vCPU(s), at most %1 without a restart.",
                                  nullptr, int(s.liveCpu.current))
                                   .arg(s.liveCpu.maximum)
                             : tr("The guest is not running: changes apply when it starts."));
    for (auto it = m_restartMarks.cbegin(); it != m_restartMarks.cend(); ++it)
        it.value()->setVisible(isPending(it.key()));
    showPinningMark();
    m_pendingNote->setVisible(!pendingChanges().isEmpty());
    showProblems({});
    // Pins are checked as they stand: one from the definition naming a CPU this host lacks is
    // shown at once and keeps Apply from changing anything.
    showPinProblems(GuestCpuPinning::validate(pinning.pins, pinning.hostCpus));
    updateFeaturesState();
    updateButtons();
}

void CpuPage::showPinningMark() {
    QStringList rows;
    if (m_pinning) {
        for (const QString &field : m_pinning->pending) {
            const int row = m_grid->rowOf(field);
            if (row >= 0)
                rows << m_grid->verticalHeaderItem(row)->text();
        }
    }
    QStringList why = rows.isEmpty() ? QStringList() : QStringList{rows.join(QStringLiteral(", "))};
    for (const QString &reason : std::as_const(m_pinRestartReasons))
        if (!why.contains(reason))
            why << reason;
    m_pinningMark->setVisible(!rows.isEmpty());
    m_pinningMark->setToolTip(why.join(QLatin1Char('\n')));
}

void CpuPage::showPinProblems(const QList<GuestCpuPinning::Problem> &problems) {
    QMap<int, QString> byRow;
    QStringList reasons;
    for (const GuestCpuPinning::Problem &p : problems) {
        byRow.insert(m_grid->rowOf(p.field), p.reason);
        reasons << p.reason;
    }
    m_grid->setRowProblems(byRow);
    if (reasons.isEmpty())
        m_pinningMessage->clear();
    else
        m_pinningMessage->setError(reasons.join(QLatin1Char('\n')));
}

void CpuPage::updateFeaturesState() {
    const QString mode = m_mode->currentData().toString();
    const bool editable = m_settings.has_value() && !m_busy && featuresEditable(mode);
    m_features->setEnabled(editable);
    m_addFeature->setEnabled(editable);
    m_removeFeature->setEnabled(editable && m_features->rowCount() > 0);
    const int saved = m_settings ? int(m_settings->cpu.features.size()) : 0;
    if (featuresEditable(mode))
        m_featuresNote->setText(tr("Offered are the features this host knows. “Require” and "
                                   "“Disable” are the usual policies."));
    else if (mode.isEmpty() && saved > 0)
        m_featuresNote->setText(tr("The hypervisor's default CPU takes no features: the %n "
                                   "feature(s) below go with this mode.",
                                   nullptr, saved));
    else if (mode.isEmpty())
        m_featuresNote->setText(tr("Features are chosen with the host model or a named model."));
    else
        m_featuresNote->setText(tr("Features are chosen with the host model or a named model; "
                                   "these stay as they are."));
}

void CpuPage::showProblems(const QList<GuestResourceSettings::Problem> &problems) {
    for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it)
        it.value()->clear();
    if (m_settings && m_settings->limits.maxVcpus > 0)
        m_fieldMessages.value(Field::VcpuMaximum)
            ->setNote(tr("Up to %1 (%2).")
                          .arg(m_settings->limits.maxVcpus)
                          .arg(m_settings->limits.maxVcpusSource));
    for (const GuestResourceSettings::Problem &p : problems) {
        if (FieldMessage *m = m_fieldMessages.value(p.field))
            m->setError(p.reason);
    }
}

void CpuPage::apply() {
    if (!m_settings || !m_pinning || m_busy)
        return;
    const GuestResourceSettings::Cpu wanted = edited();
    const GuestCpuPinning::Pins pins = m_grid->pins();
    const QList<GuestResourceSettings::Problem> problems =
        GuestResourceSettings::validate(wanted, m_settings->limits, &m_settings->cpu);
    const QList<GuestCpuPinning::Problem> pinProblems =
        GuestCpuPinning::validate(pins, m_pinning->hostCpus);
    if (!problems.isEmpty() || !pinProblems.isEmpty()) {
        showProblems(problems);
        showPinProblems(pinProblems);
        m_message->setError(tr("Nothing was changed: correct the marked fields."));
        Q_EMIT applied(false);
        return;
    }
    GuestResourceSettings::Cpu saved = m_settings->cpu;
    if (saved.mode != QLatin1String("custom"))
        saved.model.clear();
    const bool cpuChanged = !(wanted == saved);
    const bool pinsChanged = pinsModified();
    m_busy = true;
    m_message->clear();
    updateButtons();
    const QString uuid = m_guest.uuid;
    m_connection->runQuery<CpuPageApplied>(
        [uuid, wanted, pins, cpuChanged, pinsChanged](virConnectPtr c) {
            CpuPageApplied r;
            if (cpuChanged)
                r.cpu = GuestResourceSettings::apply(c, uuid, wanted);
            // The vCPU count first: the grid's rows follow the new maximum.
            if (pinsChanged && (!r.cpu || r.cpu->ok()))
                r.pinning = GuestCpuPinning::apply(c, uuid, pins);
            r.now = CpuPageData::read(c, uuid);
            return r;
        },
        this,
        [this](const std::optional<CpuPageApplied> &r) {
            m_busy = false;
            if (r && r->cpu && !r->cpu->waiting.isEmpty()) {
                if (m_waitingFor != r->now.settings.liveId)
                    m_waiting.clear();
                m_waitingFor = r->now.settings.liveId;
                for (Field f : r->cpu->waiting)
                    if (!m_waiting.contains(f))
                        m_waiting << f;
            }
            if (r && r->now.settings.error.isNull() && r->now.pinning.error.isNull()) {
                m_settings = r->now.settings;
                m_pinning = r->now.pinning;
                m_pinRestartReasons =
                    r->pinning ? r->pinning->restartReason : QMap<QString, QString>();
                display(r->now.settings, r->now.pinning);
            }
            const bool cpuOk = !r || !r->cpu || r->cpu->ok();
            const bool pinsOk = !r || !r->pinning || r->pinning->ok();
            if (!r || !cpuOk || !pinsOk) {
                if (r && r->cpu)
                    showProblems(r->cpu->problems);
                if (r && r->pinning)
                    showPinProblems(r->pinning->problems);
                const bool refused = (r && r->cpu && !r->cpu->problems.isEmpty()) ||
                                     (r && r->pinning && !r->pinning->problems.isEmpty());
                m_message->setError(!r        ? tr("Not connected.")
                                    : refused ? tr("Nothing was changed: correct the marked "
                                                   "fields.")
                                    : !cpuOk  ? r->cpu->error.summary()
                                              : r->pinning->error.summary());
                updateButtons();
                Q_EMIT applied(false);
                Q_EMIT pendingChanged(pendingChanges());
                return;
            }
            const bool live =
                (r->cpu && !r->cpu->liveChanged.isEmpty()) ||
                (r->pinning &&
                 std::any_of(r->pinning->timing.cbegin(), r->pinning->timing.cend(),
                             [](auto t) { return t == GuestCpuPinning::Timing::Live; }));
            const bool pending = !pendingChanges().isEmpty();
            m_message->setNote(live      ? tr("Saved, and changed in the running guest.")
                               : pending ? tr("Saved; the marked fields apply after a restart.")
                                         : tr("Saved."));
            updateButtons();
            Q_EMIT applied(true);
            Q_EMIT pendingChanged(pendingChanges());
        });
}

void CpuPage::updateButtons() {
    const bool modified = isModified();
    m_apply->setEnabled(modified && !m_busy);
    m_revert->setEnabled(modified && !m_busy);
    const bool editable = m_settings.has_value() && !m_busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_current, m_maximum, m_mode, m_sockets,
                                                       m_dies, m_cores, m_threads})
        w->setEnabled(editable);
    m_grid->setEnabled(editable && m_pinning.has_value());
    const QString mode = m_mode->currentData().toString();
    m_model->setEnabled(editable && mode == QLatin1String("custom"));
    updateFeaturesState();
}
