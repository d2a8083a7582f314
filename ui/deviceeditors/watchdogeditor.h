// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <watchdog>: the watchdog timer model and what happens when the guest stops feeding it.
class WatchdogEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit WatchdogEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;

private:
    bool isS390() const;
    bool isQ35() const;
    static QString readAction(const QDomElement &device);

    QComboBox *m_model = nullptr;
    QComboBox *m_action = nullptr;
};
