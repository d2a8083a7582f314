// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <hostdev mode='subsystem'>: a USB or PCI device of the host, picked from the host's list,
// given to the guest; for PCI whether libvirt detaches it from its host driver (managed).
class HostdevEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit HostdevEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    // Item data of the device box: an index into context().hostDevices, or one of these.
    enum : int { NoDevice = -1, LoadedDevice = -2 };

    bool isPci() const;
    bool knownKind() const;
    void fillDevices();
    int findHostDevice(const QDomElement &device) const;
    static QString describeLoaded(const QDomElement &device);
    void storeSource(QDomElement &device, const DeviceEditorContext::HostDevice &host) const;

    QComboBox *m_kind = nullptr;
    QComboBox *m_device = nullptr;
    QCheckBox *m_managed = nullptr;
    QString m_filledKind; // the kind the device list shows
    QString m_loadedKind;
    QString m_loadedLabel; // a loaded device the host does not list now
};
