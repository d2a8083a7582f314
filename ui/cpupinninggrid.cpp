// SPDX-License-Identifier: GPL-2.0-or-later
#include "cpupinninggrid.h"

#include "cpuset.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>

namespace {

constexpr int CpuColumnWidth = 24; // room for "63" in the header and a tick box
constexpr int VisibleRows = 9;     // more rows scroll

} // namespace

CpuPinningGrid::CpuPinningGrid(QWidget *parent)
    : QTableWidget(parent) {
    setColumnCount(FirstCpuColumn);
    setHorizontalHeaderLabels({tr("CPUs"), QString()});
    setAccessibleName(tr("CPU pinning"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    const int rowHeight = fontMetrics().height() + 8;
    verticalHeader()->setDefaultSectionSize(rowHeight);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setMinimumSectionSize(CpuColumnWidth);
    horizontalHeader()->setSectionResizeMode(CpusColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(AllNoneColumn, QHeaderView::ResizeToContents);
    setColumnWidth(CpusColumn, fontMetrics().horizontalAdvance(QStringLiteral("0-63,64-127")));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitHeight();
    setToolTip(tr("Tick the host CPUs each vCPU may run on, or type them (for example "
                  "0-3,6). The last row is the emulator's own threads."));
    connect(this, &QTableWidget::itemChanged, this, &CpuPinningGrid::onItemChanged);
}

void CpuPinningGrid::setHost(int hostCpus, const QList<int> &offlineCpus) {
    m_hostCpus = qMax(0, hostCpus);
    m_offline = offlineCpus;
    const GuestCpuPinning::Pins current = pins();
    setRowCount(0);
    setColumnCount(FirstCpuColumn + m_hostCpus);
    for (int cpu = 0; cpu < m_hostCpus; ++cpu) {
        auto *header = new QTableWidgetItem(QString::number(cpu));
        header->setToolTip(m_offline.contains(cpu) ? tr("Host CPU %1 (offline)").arg(cpu)
                                                   : tr("Host CPU %1").arg(cpu));
        setHorizontalHeaderItem(FirstCpuColumn + cpu, header);
        horizontalHeader()->setSectionResizeMode(FirstCpuColumn + cpu, QHeaderView::Fixed);
        setColumnWidth(FirstCpuColumn + cpu, CpuColumnWidth);
    }
    if (!current.vcpus.isEmpty() || !current.emulator.isEmpty())
        setPins(current);
}

void CpuPinningGrid::setPins(const GuestCpuPinning::Pins &pins) {
    const bool syncing = m_syncing;
    m_syncing = true;
    setRowCount(0);
    for (qsizetype v = 0; v < pins.vcpus.size(); ++v)
        addRow(int(v), tr("vCPU %1").arg(v), pins.vcpus.at(v));
    addRow(int(pins.vcpus.size()), tr("Emulator"), pins.emulator);
    m_syncing = syncing;
    fitHeight();
}

void CpuPinningGrid::fitHeight() {
    const int rows = qBound(1, rowCount(), VisibleRows);
    setFixedHeight(horizontalHeader()->sizeHint().height() +
                   rows * verticalHeader()->defaultSectionSize() +
                   style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * frameWidth());
}

GuestCpuPinning::Pins CpuPinningGrid::pins() const {
    GuestCpuPinning::Pins p;
    if (rowCount() == 0)
        return p;
    for (int r = 0; r < emulatorRow(); ++r)
        p.vcpus << rowText(r);
    p.emulator = rowText(emulatorRow());
    return p;
}

void CpuPinningGrid::setVcpuCount(int count, const QString &defaultCpus) {
    if (rowCount() == 0 || count < 0 || count == vcpuCount())
        return;
    m_syncing = true;
    while (vcpuCount() < count)
        addRow(vcpuCount(), tr("vCPU %1").arg(vcpuCount()), defaultCpus);
    while (vcpuCount() > count)
        removeRow(vcpuCount() - 1);
    m_syncing = false;
    fitHeight();
    Q_EMIT pinsChanged();
}

int CpuPinningGrid::rowOf(const QString &field) const {
    if (field == GuestCpuPinning::emulatorField())
        return emulatorRow();
    bool ok = false;
    const int v = field.mid(field.indexOf(QLatin1Char(':')) + 1).toInt(&ok);
    return ok && v < vcpuCount() ? v : -1;
}

void CpuPinningGrid::addRow(int row, const QString &label, const QString &cpus) {
    insertRow(row);
    setVerticalHeaderItem(row, new QTableWidgetItem(label));
    auto *text = new QTableWidgetItem(cpus);
    text->setData(Qt::AccessibleTextRole, tr("%1 runs on host CPUs").arg(label));
    setItem(row, CpusColumn, text);

    auto *buttons = new QWidget;
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(2);
    auto *all = new QToolButton;
    all->setText(tr("All"));
    all->setAccessibleName(tr("%1 on every host CPU").arg(label));
    all->setAutoRaise(true);
    auto *none = new QToolButton;
    none->setText(tr("None"));
    none->setAccessibleName(tr("Clear the CPUs of %1").arg(label));
    none->setAutoRaise(true);
    layout->addWidget(all);
    layout->addWidget(none);
    setCellWidget(row, AllNoneColumn, buttons);
    // Rows move when vCPUs are added above the emulator's row: find the row through its item.
    auto setAll = [this, text](bool on) {
        const int r = text->row();
        m_syncing = true;
        for (int cpu = 0; cpu < m_hostCpus; ++cpu)
            item(r, FirstCpuColumn + cpu)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        textFromTicks(r);
        m_syncing = false;
        Q_EMIT pinsChanged();
    };
    connect(all, &QToolButton::clicked, this, [setAll] { setAll(true); });
    connect(none, &QToolButton::clicked, this, [setAll] { setAll(false); });

    for (int cpu = 0; cpu < m_hostCpus; ++cpu) {
        auto *cell = new QTableWidgetItem;
        cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        cell->setCheckState(Qt::Unchecked);
        cell->setData(Qt::AccessibleTextRole, tr("%1 on host CPU %2").arg(label).arg(cpu));
        if (m_offline.contains(cpu))
            cell->setBackground(palette().brush(QPalette::Disabled, QPalette::Window));
        setItem(row, FirstCpuColumn + cpu, cell);
    }
    tickFromText(row);
}

QString CpuPinningGrid::rowText(int row) const {
    const QTableWidgetItem *text = item(row, CpusColumn);
    return text ? text->text().trimmed() : QString();
}

void CpuPinningGrid::setRowText(int row, const QString &cpus) {
    if (QTableWidgetItem *text = item(row, CpusColumn))
        text->setText(cpus); // itemChanged does the rest
}

bool CpuPinningGrid::isTicked(int row, int cpu) const {
    const QTableWidgetItem *cell = item(row, FirstCpuColumn + cpu);
    return cell && cell->checkState() == Qt::Checked;
}

void CpuPinningGrid::setTicked(int row, int cpu, bool on) {
    if (QTableWidgetItem *cell = item(row, FirstCpuColumn + cpu))
        cell->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

QToolButton *CpuPinningGrid::allButton(int row) const {
    QWidget *w = cellWidget(row, AllNoneColumn);
    return w ? w->findChildren<QToolButton *>().value(0) : nullptr;
}

QToolButton *CpuPinningGrid::noneButton(int row) const {
    QWidget *w = cellWidget(row, AllNoneColumn);
    return w ? w->findChildren<QToolButton *>().value(1) : nullptr;
}

void CpuPinningGrid::setRowProblems(const QMap<int, QString> &problems) {
    for (int r = 0; r < rowCount(); ++r) {
        QTableWidgetItem *header = verticalHeaderItem(r);
        QTableWidgetItem *text = item(r, CpusColumn);
        const QString reason = problems.value(r);
        const bool bad = !reason.isEmpty();
        if (header) {
            header->setForeground(bad ? QBrush(QColor(0xc0, 0x30, 0x30)) : QBrush());
            header->setToolTip(reason);
        }
        if (text) {
            const bool syncing = m_syncing;
            m_syncing = true; // a colour is not an edit
            text->setForeground(bad ? QBrush(QColor(0xc0, 0x30, 0x30)) : QBrush());
            text->setToolTip(reason);
            m_syncing = syncing;
        }
    }
}

void CpuPinningGrid::tickFromText(int row) {
    const std::optional<QList<int>> cpus = CpuSet::parse(rowText(row));
    if (!cpus)
        return; // the page says what is wrong; the ticks keep the last good state
    for (int cpu = 0; cpu < m_hostCpus; ++cpu)
        item(row, FirstCpuColumn + cpu)
            ->setCheckState(cpus->contains(cpu) ? Qt::Checked : Qt::Unchecked);
}

void CpuPinningGrid::textFromTicks(int row) {
    QList<int> cpus;
    for (int cpu = 0; cpu < m_hostCpus; ++cpu) {
        if (isTicked(row, cpu))
            cpus << cpu;
    }
    item(row, CpusColumn)->setText(CpuSet::format(cpus));
}

void CpuPinningGrid::onItemChanged(QTableWidgetItem *changed) {
    if (m_syncing)
        return;
    m_syncing = true;
    if (changed->column() == CpusColumn)
        tickFromText(changed->row());
    else if (changed->column() >= FirstCpuColumn)
        textFromTicks(changed->row());
    m_syncing = false;
    Q_EMIT pinsChanged();
}
