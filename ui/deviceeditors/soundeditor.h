// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <sound>: the emulated sound card.
class SoundEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit SoundEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override { return {}; }

private:
    QComboBox *m_model = nullptr;
};
