// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <channel>: the QEMU guest agent's port, the SPICE agent's port, or another named virtio
// port. Channels of other kinds (guest forwarding, Xen) are shown and kept as they are.
class ChannelEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit ChannelEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    static QString readPurpose(const QDomElement &device);
    static void setSourceFor(QDomElement &device, const QString &type);
    bool isOther() const;

    QComboBox *m_purpose = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
};
