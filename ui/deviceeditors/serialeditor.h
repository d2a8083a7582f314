// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <serial> and <console>: where the port's characters go (pseudo terminal, file, TCP, Unix
// socket or nowhere) and what the guest sees (the target type).
class SerialEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    // tagName is "serial" or "console".
    SerialEditor(const QString &tagName, const DeviceEditorContext &context,
                 QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    bool hasPath() const;
    bool hasMode() const;
    bool isTcp() const;
    static QString readMode(const QDomElement &source);
    static QString readProtocol(const QDomElement &device);
    void storeType(QDomElement &device) const;
    void storeTarget(QDomElement &device) const;

    QString m_tag;
    QComboBox *m_type = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_target = nullptr;
};
