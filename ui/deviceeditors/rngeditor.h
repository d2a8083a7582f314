// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <rng>: a virtio random number generator, where its entropy comes from (a host device,
// QEMU itself, or an EGD daemon over TCP) and an optional rate limit.
class RngEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit RngEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    bool isEgdTcp() const;
    void storeBackend(QDomElement &device) const;
    void storeRate(QDomElement &device) const;

    QComboBox *m_model = nullptr;
    QComboBox *m_backend = nullptr;
    QComboBox *m_randomSource = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_limit = nullptr;
    QSpinBox *m_bytes = nullptr;
    QSpinBox *m_period = nullptr; // milliseconds; 0 leaves QEMU's default
    QString m_egdType;            // the loaded EGD backend's connection type
};
