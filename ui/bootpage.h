// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guestboot.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Connection;
class FieldMessage;
class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

// How the guest starts: the boot order (by device type or by individual device), the boot
// menu, and direct kernel boot; the firmware is shown. A running guest keeps what it started
// with, so changes are saved and marked "applies after restart" until its next start.
class BootPage : public QWidget {
    Q_OBJECT
public:
    using Field = GuestBoot::Field;

    BootPage(Connection *connection, const DomainInfo &guest, QWidget *parent = nullptr);

    void reload();
    void apply();
    bool isLoaded() const { return m_boot.has_value(); }
    bool isBusy() const { return m_busy; }
    bool isModified() const;
    const std::optional<GuestBoot> &boot() const { return m_boot; }
    GuestBoot::Settings edited() const;
    // Moves the selected entry of the order list shown now one place up (-1) or down (+1).
    void moveSelected(int delta);

    QRadioButton *byTypeButton() const { return m_byType; }
    QRadioButton *byDeviceButton() const { return m_byDevice; }
    QListWidget *typeList() const { return m_types; }     // data: "hd", "cdrom"...
    QListWidget *deviceList() const { return m_devices; } // data: GuestBoot::Device::key
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QCheckBox *menuBox() const { return m_menu; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QLineEdit *kernelEdit() const { return m_kernel; }
    QLineEdit *initrdEdit() const { return m_initrd; }
    QLineEdit *cmdlineEdit() const { return m_cmdline; }
    QLineEdit *dtbEdit() const { return m_dtb; }
    QLabel *firmwareLabel() const { return m_firmware; }
    QLabel *liveLabel() const { return m_live; }
    FieldMessage *fieldMessage(Field field) const { return m_fieldMessages.value(field); }
    QLabel *restartMark(Field field) const { return m_restartMarks.value(field); }
    QLabel *pendingNote() const { return m_pendingNote; }
    FieldMessage *message() const { return m_message; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }

Q_SIGNALS:
    void loaded();
    void applied(bool ok);
    // Names of the saved settings the running guest does not have yet ("Boot order").
    void pendingChanged(const QStringList &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *withMark(QWidget *field, Field kind, const QString &accessibleName);
    QLineEdit *addPathRow(QFormLayout *form, const QString &label, Field kind,
                          const QString &accessibleName);
    void addMessage(QFormLayout *form, Field kind);
    void display(const GuestBoot &boot);
    void fillTypes(const QStringList &bootTypes);
    void fillDevices(const QStringList &bootKeys);
    void switchOrderKind(GuestBoot::OrderKind kind);
    QListWidget *visibleList() const;
    void onEdited();
    void showProblems(const QList<GuestBoot::Problem> &problems);
    void updateButtons();
    void finishApply(const std::optional<GuestBoot::Outcome> &outcome);

    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestBoot> m_boot;
    QGroupBox *m_orderGroup, *m_menuGroup, *m_kernelGroup;
    QRadioButton *m_byType;
    QRadioButton *m_byDevice;
    QStackedWidget *m_lists;
    QListWidget *m_types;
    QListWidget *m_devices;
    QPushButton *m_up;
    QPushButton *m_down;
    QCheckBox *m_menu;
    QSpinBox *m_timeout;
    QLineEdit *m_kernel = nullptr;
    QLineEdit *m_initrd = nullptr;
    QLineEdit *m_cmdline = nullptr;
    QLineEdit *m_dtb = nullptr;
    QLabel *m_firmware;
    QLabel *m_live;
    QLabel *m_pendingNote;
    FieldMessage *m_message;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QHash<Field, FieldMessage *> m_fieldMessages;
    QHash<Field, QLabel *> m_restartMarks;
    bool m_busy = false;
};
