// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestcpupinning.h"

#include <QTableWidget>

class QToolButton;

// The CPU page's pinning grid: a row per vCPU and one for the emulator threads, a column per
// host CPU with a tick where that row may run. Each row also shows its CPUs as text in
// libvirt's syntax ("0-3,6"), editable, and has "All"/"None". Compact cells in a scrolling
// table keep it usable with 64 host CPUs and as many vCPUs. A text naming CPUs the host lacks
// stays as typed (its ticks show what exists), so the page can refuse it with a reason.
class CpuPinningGrid : public QTableWidget {
    Q_OBJECT
public:
    enum Column { CpusColumn, AllNoneColumn, FirstCpuColumn };

    explicit CpuPinningGrid(QWidget *parent = nullptr);

    void setHost(int hostCpus, const QList<int> &offlineCpus);
    int hostCpus() const { return m_hostCpus; }
    void setPins(const GuestCpuPinning::Pins &pins);
    GuestCpuPinning::Pins pins() const;
    // Adds rows (running on `defaultCpus`) or drops rows so that there are `count` vCPUs.
    void setVcpuCount(int count, const QString &defaultCpus);
    int vcpuCount() const { return rowCount() > 0 ? rowCount() - 1 : 0; }
    int emulatorRow() const { return rowCount() - 1; }
    int rowOf(const QString &field) const; // GuestCpuPinning's field keys

    QString rowText(int row) const;
    void setRowText(int row, const QString &cpus); // as if typed
    bool isTicked(int row, int cpu) const;
    void setTicked(int row, int cpu, bool on); // as if clicked
    QToolButton *allButton(int row) const;
    QToolButton *noneButton(int row) const;
    // Rows with a refused value get a tinted header and a tooltip.
    void setRowProblems(const QMap<int, QString> &problems);

Q_SIGNALS:
    void pinsChanged();

private:
    void addRow(int row, const QString &label, const QString &cpus);
    void tickFromText(int row);
    void textFromTicks(int row);
    void onItemChanged(QTableWidgetItem *item);
    void fitHeight(); // as tall as its rows, up to a few; more scroll

    int m_hostCpus = 0;
    QList<int> m_offline;
    bool m_syncing = false;
};
