// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guestnumaplacement.h"
#include "guesttuning.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Connection;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

// The cgroup controls hosting providers need: CPU weight and cap, disk I/O weight and per-disk
// throttles, memory limits, and NUMA placement (memory mode and host nodes, vCPU placement).
// Applied live and persistently when the guest runs and libvirt can; otherwise saved, with an
// "applies after restart" mark on the field, and named by pendingChanged().
class ResourcesPage : public QWidget {
    Q_OBJECT
public:
    ResourcesPage(Connection *connection, const DomainInfo &guest, QWidget *parent = nullptr);

    enum DiskColumn { DiskTarget, DiskSource, ReadMBs, WriteMBs, ReadIops, WriteIops, DiskNote };

    void reload();
    void apply();
    bool isLoaded() const { return m_tuning.has_value(); }
    bool isBusy() const { return m_busy; }
    bool isModified() const;
    const std::optional<GuestTuning> &tuning() const { return m_tuning; }
    const std::optional<GuestNumaPlacement> &numa() const { return m_numa; }
    GuestNumaPlacement::Settings editedNuma() const;
    // What waits for a restart now, by name ("CPU weight", "NUMA memory mode").
    QStringList pendingChanges() const;

    QSpinBox *cpuWeightSpin() const { return m_cpuWeight; }
    QCheckBox *cpuCapBox() const { return m_cpuCapOn; }
    QSpinBox *cpuCapSpin() const { return m_cpuCap; }
    QSpinBox *blkioWeightSpin() const { return m_blkioWeight; }
    QTableWidget *diskTable() const { return m_disks; }
    QSpinBox *memorySpin(int which) const { return m_memory[which]; } // 0 hard, 1 soft, 2 swap
    QCheckBox *unlimitedBox(int which) const { return m_unlimited[which]; }
    QComboBox *numaModeBox() const { return m_numaMode; }
    // Checkable, one item per node (Qt::UserRole: its id), also nodes the host lacks.
    QListWidget *numaNodesList() const { return m_numaNodes; }
    QComboBox *vcpuPlacementBox() const { return m_vcpuPlacement; }
    QLabel *numaMark(GuestNumaPlacement::Field field) const { return m_numaMarks.value(field); }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    FieldMessage *message() const { return m_message; }
    // Per section: "cpu", "disk", "memory", "numa" — reasons and "not offered by this host".
    FieldMessage *sectionMessage(const QString &section) const {
        return m_sectionMessages.value(section);
    }
    // The "applies after restart" mark of a field (GuestTuning's field keys); null for disks,
    // whose mark is the table's last column.
    QLabel *restartMark(const QString &field) const { return m_marks.value(field); }

Q_SIGNALS:
    void loaded();
    void applied(bool ok);
    // After each load and apply: what waits for the next start (empty: nothing).
    void pendingChanged(const QStringList &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const GuestTuning &t);
    void displayNuma(const GuestNumaPlacement &n);
    QGroupBox *buildNuma();
    void onNumaEdited();
    void showNumaProblems(const QList<GuestNumaPlacement::Problem> &problems);
    bool tuningModified() const;
    bool numaModified() const;
    void showMarks();
    void updateButtons();
    // The values in the widgets; cells that are not numbers go to *problems.
    GuestTuning wanted(QList<GuestTuning::Problem> *problems) const;
    QString sectionOf(const QString &field) const;
    QLabel *addMark(const QString &field);

    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestTuning> m_tuning;
    std::optional<GuestNumaPlacement> m_numa;
    GuestTuning::Outcome m_lastOutcome;
    QMap<GuestNumaPlacement::Field, QString> m_numaRestartReasons; // from the last apply
    QGroupBox *m_cpuGroup, *m_diskGroup, *m_memoryGroup;
    QSpinBox *m_cpuWeight;
    QCheckBox *m_cpuCapOn;
    QSpinBox *m_cpuCap;
    QLabel *m_cpuCapExplained;
    QSpinBox *m_blkioWeight;
    QTableWidget *m_disks;
    QSpinBox *m_memory[3];
    QCheckBox *m_unlimited[3];
    QGroupBox *m_numaGroup;
    QComboBox *m_numaMode;
    QListWidget *m_numaNodes;
    QLabel *m_numaNodesNote;
    QComboBox *m_vcpuPlacement;
    QLabel *m_placementNote;
    QHash<GuestNumaPlacement::Field, QLabel *> m_numaMarks;
    QPushButton *m_apply, *m_revert;
    FieldMessage *m_message;
    QHash<QString, FieldMessage *> m_sectionMessages;
    QHash<QString, QLabel *> m_marks;
    bool m_busy = false;
    bool m_displaying = false;
};
