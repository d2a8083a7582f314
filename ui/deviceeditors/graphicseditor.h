// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

class QToolButton;

// <graphics>: VNC or SPICE, where it listens, its port and password, SPICE image compression.
class GraphicsEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit GraphicsEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    struct Listen {
        QString type; // "address", "network", "socket", "none"
        QString address, network;
    };
    static Listen readListen(const QDomElement &device);
    static bool readAutoPort(const QDomElement &device);
    static int readPort(const QDomElement &device);

    void storeType(QDomElement &device) const;
    void storeListen(QDomElement &device) const;
    void storePort(QDomElement &device) const;
    bool knownType() const;
    bool usesPort() const;
    bool listensEverywhere() const;

    QComboBox *m_type = nullptr;
    QComboBox *m_listenType = nullptr;
    QComboBox *m_address = nullptr;
    QCheckBox *m_autoPort = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_showPassword = nullptr;
    QComboBox *m_compression = nullptr;
    QString m_network; // the virtual network a loaded device listens on
};
