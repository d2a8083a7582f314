// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "deviceeditor.h"
#include "guestdevices.h"

#include <QDomDocument>
#include <QHash>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

// An <interface>: how it is connected (a virtual network, a host bridge, or a host device
// through macvtap), its model, its MAC address and whether its virtual cable is plugged in.
// Other connection types (user, vhost-user, ...) are shown and kept as they are.
class InterfaceEditor : public DeviceEditor {
    Q_OBJECT
public:
    explicit InterfaceEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    void load(const QDomElement &device) override;
    QStringList validate() const override;
    void store(QDomElement &device) const override;
    QDomElement createDevice(QDomDocument &document) const override;
    void showProblems(const QList<GuestDevices::Problem> &problems) const;

    QComboBox *typeBox() const { return m_type; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *modelBox() const { return m_model; }
    QLineEdit *macEdit() const { return m_mac; }
    QPushButton *generateButton() const { return m_generate; }
    QCheckBox *linkBox() const { return m_link; }
    // Keys as in GuestDevices::Problem: "mac", "network", "model".
    FieldMessage *fieldMessage(const QString &field) const { return m_messages.value(field); }

private:
    FieldMessage *addRow(QFormLayout *form, const QString &label, QWidget *field,
                         const QString &key);
    void fillSources();
    QString type() const;
    bool editableType() const;
    void edited();

    bool m_loading = false;
    QDomDocument m_loadedDoc;
    QDomElement m_loaded;
    QComboBox *m_type;
    QComboBox *m_source;
    QComboBox *m_model;
    QLineEdit *m_mac;
    QPushButton *m_generate;
    QCheckBox *m_link;
    QHash<QString, FieldMessage *> m_messages;
};
