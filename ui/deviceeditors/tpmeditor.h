// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <tpm>: the TPM interface model and its backend, an emulated TPM (swtpm, version 2.0 or
// 1.2) or the host's own TPM passed through.
class TpmEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit TpmEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    QString defaultModel() const;
    bool isEmulator() const;
    bool isPassthrough() const;

    QComboBox *m_model = nullptr;
    QComboBox *m_backend = nullptr;
    QComboBox *m_version = nullptr;
    QLineEdit *m_devicePath = nullptr;
};
