// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guestresourcesettings.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Connection;
class FieldMessage;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

// The guest's processors: vCPU count (current and maximum, hot-plugged into a running guest
// within its maximum), the CPU model and the topology. What a running guest cannot take until
// it restarts is saved and marked "applies after restart" next to its field.
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
    GuestResourceSettings::Cpu edited() const;

    QSpinBox *currentBox() const { return m_current; }
    QSpinBox *maximumBox() const { return m_maximum; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *modelBox() const { return m_model; }
    QSpinBox *socketsBox() const { return m_sockets; }
    QSpinBox *diesBox() const { return m_dies; }
    QSpinBox *coresBox() const { return m_cores; }
    QSpinBox *threadsBox() const { return m_threads; }
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addField(QFormLayout *form, const QString &label, QWidget *field, Field kind);
    QSpinBox *topologyBox(const QString &accessibleName);
    void display(const GuestResourceSettings &settings);
    void showProblems(const QList<GuestResourceSettings::Problem> &problems);
    void updateButtons();

    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestResourceSettings> m_settings;
    QSpinBox *m_current;
    QSpinBox *m_maximum;
    QComboBox *m_mode;
    QComboBox *m_model;
    QSpinBox *m_sockets;
    QSpinBox *m_dies;
    QSpinBox *m_cores;
    QSpinBox *m_threads;
    QLabel *m_live;
    QLabel *m_pendingNote;
    FieldMessage *m_message;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QHash<Field, FieldMessage *> m_fieldMessages;
    QHash<Field, QLabel *> m_restartMarks;
    bool m_busy = false;
};
