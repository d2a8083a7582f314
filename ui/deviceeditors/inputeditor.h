// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <input>: a tablet, mouse or keyboard and the bus it is on.
class InputEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit InputEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    bool knownType() const;
    // The bus libvirt picks when the element names none.
    QString readBus(const QDomElement &device) const;

    QComboBox *m_type = nullptr;
    QComboBox *m_bus = nullptr;
};
