// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guestcpupinning.h"
#include "guestresourcesettings.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Connection;
class CpuFeaturesTable;
class CpuPinningGrid;
class FieldMessage;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

// The guest's processors: vCPU count (current and maximum, hot-plugged into a running guest
// within its maximum), the CPU model with its features, the topology, and the pinning of each
// vCPU and of the emulator threads to host CPUs (live where the guest runs). What a running
// guest cannot take until it restarts is saved and marked "applies after restart" next to its
// field, and named by pendingChanged().
class CpuPage : public QWidget {
    Q_OBJECT
public:
    using Field = GuestResourceSettings::Field;

    CpuPage(Connection *connection, const DomainInfo &guest, QWidget *parent = nullptr);

    void reload();
    void apply();
    bool isLoaded() const { return m_settings.has_value(); }
    bool isBusy() const { return m_busy; }
    bool isModified() const;
    const std::optional<GuestResourceSettings> &settings() const { return m_settings; }
    const std::optional<GuestCpuPinning> &pinning() const { return m_pinning; }
    GuestResourceSettings::Cpu edited() const;
    GuestCpuPinning::Pins editedPins() const;
    // What waits for a restart now, by name ("CPU features", "vCPU pinning").
    QStringList pendingChanges() const;

    QSpinBox *currentBox() const { return m_current; }
    QSpinBox *maximumBox() const { return m_maximum; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *modelBox() const { return m_model; }
    QSpinBox *socketsBox() const { return m_sockets; }
    QSpinBox *diesBox() const { return m_dies; }
    QSpinBox *coresBox() const { return m_cores; }
    QSpinBox *threadsBox() const { return m_threads; }
    CpuFeaturesTable *featuresTable() const { return m_features; }
    QPushButton *addFeatureButton() const { return m_addFeature; }
    QPushButton *removeFeatureButton() const { return m_removeFeature; }
    QLabel *featuresNote() const { return m_featuresNote; }
    CpuPinningGrid *pinningGrid() const { return m_grid; }
    FieldMessage *pinningMessage() const { return m_pinningMessage; }
    QLabel *pinningMark() const { return m_pinningMark; }
    FieldMessage *fieldMessage(Field field) const { return m_fieldMessages.value(field); }
    QLabel *restartMark(Field field) const { return m_restartMarks.value(field); }
    QLabel *pendingNote() const { return m_pendingNote; }
    QLabel *liveLabel() const { return m_live; }
    FieldMessage *message() const { return m_message; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }

Q_SIGNALS:
    void loaded();
    void applied(bool ok);
    // After each load and apply: what waits for the next start (empty: nothing).
    void pendingChanged(const QStringList &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addField(QFormLayout *form, const QString &label, QWidget *field, Field kind);
    QLabel *restartMarkLabel(const QString &accessibleName);
    QSpinBox *topologyBox(const QString &accessibleName);
    QWidget *buildFeatures(QFormLayout *form);
    QWidget *buildPinning();
    void display(const GuestResourceSettings &settings, const GuestCpuPinning &pinning);
    void onEdited();
    bool pinsModified() const;
    void showProblems(const QList<GuestResourceSettings::Problem> &problems);
    void showPinProblems(const QList<GuestCpuPinning::Problem> &problems);
    void showPinningMark();
    bool isPending(Field field) const;
    void updateFeaturesState();
    void updateButtons();

    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestResourceSettings> m_settings;
    std::optional<GuestCpuPinning> m_pinning;
    QMap<QString, QString> m_pinRestartReasons; // from the last apply
    // Saved for the next start of the running guest (its domain id) where its live definition
    // may not show it (an expanded CPU model).
    QList<Field> m_waiting;
    unsigned m_waitingFor = 0;
    QSpinBox *m_current;
    QSpinBox *m_maximum;
    QComboBox *m_mode;
    QComboBox *m_model;
    QSpinBox *m_sockets;
    QSpinBox *m_dies;
    QSpinBox *m_cores;
    QSpinBox *m_threads;
    CpuFeaturesTable *m_features;
    QPushButton *m_addFeature;
    QPushButton *m_removeFeature;
    QLabel *m_featuresNote;
    CpuPinningGrid *m_grid;
    FieldMessage *m_pinningMessage;
    QLabel *m_pinningMark;
    QLabel *m_live;
    QLabel *m_pendingNote;
    FieldMessage *m_message;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QHash<Field, FieldMessage *> m_fieldMessages;
    QHash<Field, QLabel *> m_restartMarks;
    bool m_busy = false;
};
