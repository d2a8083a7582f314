// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formdeviceeditor.h"

// <filesystem>: a host folder shared with the guest through virtiofs or 9p (for containers:
// mounted at a path inside the container).
class FilesystemEditor : public FormDeviceEditor {
    Q_OBJECT
public:
    explicit FilesystemEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    QDomElement createDevice(QDomDocument &document) const override;

protected:
    void loadFields(const QDomElement &device) override;
    void storeFields(QDomElement &device) const override;
    QList<Problem> problems() const override;
    void updateRows() override;

private:
    bool isContainer() const;
    // The <source> attribute holding the host side: dir=, socket=, file= or dev=.
    static QString sourceAttribute(const QDomElement &device);
    QString readDriver(const QDomElement &device) const;
    void storeDriver(QDomElement &device) const;

    QComboBox *m_driver = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_target = nullptr;
    QCheckBox *m_readOnly = nullptr;
    bool m_sourceEditable = true; // false for template and RAM file systems
};
