// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guestresourcesettings.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Connection;
class FieldMessage;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

// The guest's memory: the current size (the balloon, changed live within the running maximum)
// and the maximum (saved, and marked "applies after restart" while the guest runs).
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

    QSpinBox *currentBox() const { return m_current; } // MiB
    QSpinBox *maximumBox() const { return m_maximum; } // MiB
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
    void addField(QFormLayout *form, const QString &label, QSpinBox *field, Field kind);
    void display(const GuestResourceSettings &settings);
    void showProblems(const QList<GuestResourceSettings::Problem> &problems);
    void updateButtons();

    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestResourceSettings> m_settings;
    QSpinBox *m_current;
    QSpinBox *m_maximum;
    QLabel *m_live;
    QLabel *m_pendingNote;
    FieldMessage *m_message;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QHash<Field, FieldMessage *> m_fieldMessages;
    QHash<Field, QLabel *> m_restartMarks;
    bool m_busy = false;
};
