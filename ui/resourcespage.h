// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guesttuning.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Connection;
class FieldMessage;
class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// The cgroup controls hosting providers need: CPU weight and cap, disk I/O weight and per-disk
// throttles, memory limits. Applied live and persistently when the guest runs and libvirt
// can; otherwise saved, with an "applies after restart" mark on the field.
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

    QSpinBox *cpuWeightSpin() const { return m_cpuWeight; }
    QCheckBox *cpuCapBox() const { return m_cpuCapOn; }
    QSpinBox *cpuCapSpin() const { return m_cpuCap; }
    QSpinBox *blkioWeightSpin() const { return m_blkioWeight; }
    QTableWidget *diskTable() const { return m_disks; }
    QSpinBox *memorySpin(int which) const { return m_memory[which]; } // 0 hard, 1 soft, 2 swap
    QCheckBox *unlimitedBox(int which) const { return m_unlimited[which]; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    FieldMessage *message() const { return m_message; }
    // Per section: "cpu", "disk", "memory" — reasons and "not offered by this host".
    FieldMessage *sectionMessage(const QString &section) const {
        return m_sectionMessages.value(section);
    }
    // The "applies after restart" mark of a field (GuestTuning's field keys); null for disks,
    // whose mark is the table's last column.
    QLabel *restartMark(const QString &field) const { return m_marks.value(field); }

Q_SIGNALS:
    void loaded();
    void applied(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const GuestTuning &t);
    void showMarks();
    void updateButtons();
    // The values in the widgets; cells that are not numbers go to *problems.
    GuestTuning wanted(QList<GuestTuning::Problem> *problems) const;
    QString sectionOf(const QString &field) const;
    QLabel *addMark(const QString &field);

    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestTuning> m_tuning;
    GuestTuning::Outcome m_lastOutcome;
    QGroupBox *m_cpuGroup, *m_diskGroup, *m_memoryGroup;
    QSpinBox *m_cpuWeight;
    QCheckBox *m_cpuCapOn;
    QSpinBox *m_cpuCap;
    QLabel *m_cpuCapExplained;
    QSpinBox *m_blkioWeight;
    QTableWidget *m_disks;
    QSpinBox *m_memory[3];
    QCheckBox *m_unlimited[3];
    QPushButton *m_apply, *m_revert;
    FieldMessage *m_message;
    QHash<QString, FieldMessage *> m_sectionMessages;
    QHash<QString, QLabel *> m_marks;
    bool m_busy = false;
    bool m_displaying = false;
};
