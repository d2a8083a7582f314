// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "addhardwaredialog.h"
#include "domaininfo.h"
#include "guestdevices.h"

#include <QDomDocument>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class Connection;
class DeviceEditor;
class FieldMessage;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

// The guest's devices: a tree of them grouped by kind on the left, the selected one's editor
// on the right (or its XML, read-only, for kinds without an editor), with Apply and Revert.
// CD media (Eject, Insert…) and a NIC's cable (Connect, Disconnect) change at once, in the
// running guest too. Remove asks first; Add hardware opens a dialog. What a running guest
// cannot take until it restarts is saved and marked "applies after restart" on the device.
class DevicesPage : public QWidget {
    Q_OBJECT
public:
    // Item data of device rows in deviceTree().
    enum Role { TagRole = Qt::UserRole + 1, IndexRole, PendingRole };

    DevicesPage(Connection *connection, const DomainInfo &guest, QWidget *parent = nullptr);

    void reload();
    void apply();
    void revert();
    bool isLoaded() const { return m_devices.has_value(); }
    bool isBusy() const { return m_busy; }
    bool isModified() const { return m_modified; }
    const std::optional<GuestDevices> &devices() const { return m_devices; }
    // What waits for the guest's restart, one line each (as pendingChanged() said last).
    QStringList pendingChanges() const { return m_pending; }

    bool selectDevice(const QString &tag, int index);
    const GuestDevice *currentDevice() const;
    DeviceEditor *currentEditor() const { return m_editor; }

    // Quick actions; the confirmations are open (non-blocking) dialogs, reachable below.
    void requestRemove();
    void requestInsertMedia();
    void ejectMedia();
    void toggleLink();
    void openAddHardware();

    QTreeWidget *deviceTree() const { return m_tree; }
    QPlainTextEdit *xmlView() const { return m_xml; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *pendingMark() const { return m_pendingMark; }
    FieldMessage *message() const { return m_message; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *ejectButton() const { return m_eject; }
    QPushButton *insertButton() const { return m_insert; }
    QPushButton *linkButton() const { return m_link; }
    QMessageBox *removeConfirmation() const { return m_confirm; }
    QInputDialog *mediaDialog() const { return m_mediaDialog; }
    AddHardwareDialog *addHardwareDialog() const { return m_addDialog; }

    // A theme icon for GuestDevices::iconName(), with one of the style's own as fallback.
    static QIcon deviceIcon(const QString &iconName);

Q_SIGNALS:
    void loaded();
    // After Apply and after every quick action, add and removal.
    void applied(bool ok);
    // What waits for a restart, in words; empty when nothing does.
    void pendingChanged(const QStringList &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Job = std::function<GuestDevices::Outcome(virConnectPtr)>;

    void display(const GuestDevices &devices, const QString &tag, int index);
    void showDevice();
    void clearEditor();
    void edited();
    // Runs a change on the job thread; `select` picks the row to show afterwards.
    void runChange(const QString &doing, Job job,
                   std::function<void(const GuestDevices &, const GuestDevices::Outcome &)> select,
                   std::function<void(const GuestDevices::Outcome &)> answered = {});
    void showOutcome(const GuestDevices::Outcome &outcome);
    void updateButtons();
    void emitPending();

    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestDevices> m_devices;
    QString m_tag;
    int m_index = -1;
    QStringList m_pending;
    bool m_pendingSaid = false;
    bool m_busy = false;
    bool m_modified = false;

    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_pendingMark;
    QPushButton *m_eject;
    QPushButton *m_insert;
    QPushButton *m_link;
    QStackedWidget *m_body;
    QWidget *m_editorHolder;
    QPlainTextEdit *m_xml;
    QLabel *m_xmlNote;
    DeviceEditor *m_editor = nullptr;
    QDomDocument m_editorDoc;
    FieldMessage *m_message;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QPointer<QMessageBox> m_confirm;
    QPointer<QInputDialog> m_mediaDialog;
    QPointer<AddHardwareDialog> m_addDialog;
};
