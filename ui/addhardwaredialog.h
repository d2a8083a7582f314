// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestdevices.h"
#include "hostdevicecontext.h"

#include <QDialog>
#include <QHash>

#include <optional>

class DeviceEditor;
class FieldMessage;
class QDialogButtonBox;
class QListWidget;
class QPushButton;
class QStackedWidget;

// "Add hardware": the kinds of device on the left, the chosen kind's editor on the right.
// Add checks the input first (refusals appear next to their fields and the dialog stays
// open), then hands the new device to the Devices page, which adds it and calls finish():
// on success the dialog closes, otherwise it shows why and the input stays as it was.
class AddHardwareDialog : public QDialog {
    Q_OBJECT
public:
    struct Request {
        QString kind; // "disk", "cdrom", "interface" or a device tag
        QString xml;  // the new element
        std::optional<GuestDevices::NewVolume> volume; // made first by the add job
    };

    explicit AddHardwareDialog(const DeviceEditorContext &context, QWidget *parent = nullptr);

    // Kinds in the order offered: "disk", "cdrom", "interface", then every other tag an
    // editor exists for.
    QStringList kinds() const { return m_kinds; }
    bool selectKind(const QString &kind);
    QString currentKind() const;
    DeviceEditor *editor(const QString &kind) const { return m_editors.value(kind); }
    DeviceEditor *currentEditor() const { return editor(currentKind()); }
    // The current editor's device, when its input is acceptable (shows refusals otherwise).
    std::optional<Request> request() const;

    QListWidget *kindList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    FieldMessage *message() const { return m_message; }
    bool isBusy() const { return m_busy; }

    // The page's answer to submitted().
    void finish(bool ok, const QString &error, const QList<GuestDevices::Problem> &problems = {});

Q_SIGNALS:
    void submitted(const AddHardwareDialog::Request &request);

private:
    void addKind(const QString &kind, const QString &label, const QString &iconName,
                 DeviceEditor *editor);
    void submit();
    void setBusy(bool busy);

    QStringList m_kinds;
    QHash<QString, DeviceEditor *> m_editors;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    FieldMessage *m_message;
    QPushButton *m_add;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

Q_DECLARE_METATYPE(AddHardwareDialog::Request)
