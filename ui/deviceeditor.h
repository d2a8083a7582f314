// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostdevicecontext.h"

#include <QDomElement>
#include <QWidget>

// Edits one device element of a guest's definition (<disk>, <interface>, <graphics>, ...).
// The Devices page and the Add hardware dialog own the element and the libvirt calls; an
// editor only shows fields and writes them back. store() touches only the attributes and
// child elements its fields stand for, so whatever else the element holds survives.
class DeviceEditor : public QWidget {
    Q_OBJECT
public:
    explicit DeviceEditor(const DeviceEditorContext &context, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_context(context) {}

    // Shows the values of an existing device (a detached copy of it).
    virtual void load(const QDomElement &device) = 0;
    // Reasons the current input cannot be applied, each shown next to its field; empty when
    // the input is acceptable. Must not change anything.
    virtual QStringList validate() const = 0;
    // Writes the fields into the element (the loaded one, or one made by createDevice()).
    virtual void store(QDomElement &device) const = 0;
    // A new element with sensible defaults for Add hardware (filled by store() afterwards).
    virtual QDomElement createDevice(QDomDocument &document) const = 0;

    const DeviceEditorContext &context() const { return m_context; }

Q_SIGNALS:
    // Any field changed: the page enables Apply/Revert and re-validates.
    void changed();

private:
    DeviceEditorContext m_context;
};
