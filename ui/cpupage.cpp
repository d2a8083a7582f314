// SPDX-License-Identifier: GPL-2.0-or-later
#include "cpupage.h"

#include "connection.h"
#include "fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int LargestVcpuCount = 4096; // the spin boxes' range; the real limit is checked

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(countBox);
    layout->addWidget(modelGroup);
    layout->addWidget(topologyGroup);
    layout->addStretch(1);
    layout->addWidget(m_pendingNote);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    auto edited = [this] {
        if (!m_settings)
            return;
        showProblems(GuestResourceSettings::validate(this->edited(), m_settings->limits));
        updateButtons();
    };
    for (QSpinBox *box : {m_current, m_maximum, m_sockets, m_dies, m_cores, m_threads})
        connect(box, &QSpinBox::valueChanged, this, edited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, edited);
    connect(m_model, &QComboBox::currentTextChanged, this, edited);
    connect(m_apply, &QPushButton::clicked, this, &CpuPage::apply);
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
            // Pending changes take effect (or live values vanish) when the guest starts or stops.
            if (startedOrStopped && isVisible() && !m_busy && !isModified())
                reload();
        });
    updateButtons();
}

void CpuPage::addField(QFormLayout *form, const QString &label, QWidget *field, Field kind) {
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(field);
    auto *mark = new QLabel(tr("applies after restart"));
    mark->setAccessibleName(
        tr("%1 applies after restart")
            .arg(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'))));
    QFont italic = mark->font();
    italic.setItalic(true);
    mark->setFont(italic);
    mark->setVisible(false);
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
    return cpu;
}

bool CpuPage::isModified() const {
    if (!m_settings)
        return false;
    GuestResourceSettings::Cpu saved = m_settings->cpu;
    if (saved.mode != QLatin1String("custom"))
        saved.model.clear(); // only a named model is edited here
    return !(edited() == saved);
}

void CpuPage::reload() {
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
        });
}

void CpuPage::display(const GuestResourceSettings &s) {
    const QSignalBlocker b1(m_current), b2(m_maximum), b3(m_mode), b4(m_model), b5(m_sockets),
        b6(m_dies), b7(m_cores), b8(m_threads);
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
    m_live->setText(s.active ? tr("Running now with %n vCPU(s), at most %1 without a restart.",
                                  nullptr, int(s.liveCpu.current))
                                   .arg(s.liveCpu.maximum)
                             : tr("The guest is not running: changes apply when it starts."));
    for (auto it = m_restartMarks.cbegin(); it != m_restartMarks.cend(); ++it)
        it.value()->setVisible(s.isPending(it.key()));
    m_pendingNote->setVisible(!s.pending.isEmpty());
    showProblems({});
    updateButtons();
}

void CpuPage::showProblems(const QList<GuestResourceSettings::Problem> &problems) {
    for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it)
        it.value()->clear();
    if (m_settings && m_settings->limits.maxVcpus > 0)
        m_fieldMessages.value(Field::VcpuMaximum)
            ->setNote(tr("Up to %1 (%2).")
                          .arg(m_settings->limits.maxVcpus)
                          .arg(m_settings->limits.maxVcpusSource));
    for (const GuestResourceSettings::Problem &p : problems)
        m_fieldMessages.value(p.field)->setError(p.reason);
}

void CpuPage::apply() {
    if (!m_settings || m_busy)
        return;
    const GuestResourceSettings::Cpu wanted = edited();
    const QList<GuestResourceSettings::Problem> problems =
        GuestResourceSettings::validate(wanted, m_settings->limits);
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
                return;
            }
            const bool pending = o->after && !o->after->pending.isEmpty();
            m_message->setNote(!o->liveChanged.isEmpty()
                                   ? tr("Saved, and changed in the running guest.")
                               : pending ? tr("Saved; the marked fields apply after a restart.")
                                         : tr("Saved."));
            updateButtons();
            Q_EMIT applied(true);
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
    const QString mode = m_mode->currentData().toString();
    m_model->setEnabled(editable && mode == QLatin1String("custom"));
}
