// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <video>: the adapter model, its video memory and heads where the model has them, and 3D
// acceleration for virtio.
class VideoEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit VideoEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    static bool hasVram(const QString &model);
    static bool hasHeads(const QString &model);
    static int readVramMiB(const QDomElement &model);
    static int readHeads(const QDomElement &model);
    static bool read3d(const QDomElement &model);
    void storeModelType(QDomElement &device, QDomElement &model) const;

    QComboBox *m_model = nullptr;
    QSpinBox *m_vram = nullptr; // MiB; 0 leaves the hypervisor's default
    QSpinBox *m_heads = nullptr;
    QCheckBox *m_accel3d = nullptr;
};
