// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guestresourcesettings.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Connection;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

// The guest's memory: the current size (the balloon, changed live within the running maximum),
// the maximum, huge pages (only the sizes the host has, refused when not enough are free) and
// shared memory backing (what virtiofs needs). All but the balloon are saved and marked
// "applies after restart" while the guest runs, and named by pendingChanged().
class MemoryPage : public QWidget {
    Q_OBJECT
public:
    using Field = GuestResourceSettings::Field;

    MemoryPage(Connection *connection, const DomainInfo &guest, QWidget *parent = nullptr);

    void reload();
    void apply();
    bool isLoaded() const { return m_settings.has_value(); }
    bool isBusy() const { return m_busy; }
    bool isModified() const;
    const std::optional<GuestResourceSettings> &settings() const { return m_settings; }
    GuestResourceSettings::Memory edited() const;
    // What waits for a restart now, by name ("Huge pages").
    QStringList pendingChanges() const;

    QSpinBox *currentBox() const { return m_current; } // MiB
    QSpinBox *maximumBox() const { return m_maximum; } // MiB
    // Item data: -1 normal pages, 0 the host's default huge page size, else a size in KiB.
    QComboBox *hugePagesBox() const { return m_hugePages; }
    QLabel *hugePagesFreeLabel() const { return m_hugePagesFree; }
    QCheckBox *sharedMemoryBox() const { return m_shared; }
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
    QSpinBox *mibBox(const QString &accessibleName);
    void onEdited();
    void display(const GuestResourceSettings &settings);
    void showProblems(const QList<GuestResourceSettings::Problem> &problems);
    void updateButtons();

    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestResourceSettings> m_settings;
    QSpinBox *m_current;
    QSpinBox *m_maximum;
    QComboBox *m_hugePages;
    QLabel *m_hugePagesFree;
    QCheckBox *m_shared;
    QLabel *m_live;
    QLabel *m_pendingNote;
    FieldMessage *m_message;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QHash<Field, FieldMessage *> m_fieldMessages;
    QHash<Field, QLabel *> m_restartMarks;
    bool m_busy = false;
};
