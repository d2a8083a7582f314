// SPDX-License-Identifier: GPL-2.0-or-later
#include "inputeditor.h"

#include "devicexml.h"

#include <QComboBox>

using namespace DeviceXml;

InputEditor::InputEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_type = addCombo(QStringLiteral("inputType"), tr("&Type:"));
    addChoice(m_type, QStringLiteral("tablet"), tr("Tablet (pointer follows the mouse exactly)"));
    addChoice(m_type, QStringLiteral("mouse"), tr("Mouse"));
    addChoice(m_type, QStringLiteral("keyboard"), tr("Keyboard"));
    m_bus = addCombo(QStringLiteral("inputBus"), tr("&Bus:"));
    addChoice(m_bus, QStringLiteral("usb"), tr("USB"));
    addChoice(m_bus, QStringLiteral("virtio"), tr("Virtio"));
    addChoice(m_bus, QStringLiteral("ps2"), tr("PS/2"));
    loadDefaults();
}

QDomElement InputEditor::createDevice(QDomDocument &document) const {
    QDomElement input = document.createElement(QStringLiteral("input"));
    input.setAttribute(QStringLiteral("type"), QStringLiteral("tablet"));
    input.setAttribute(QStringLiteral("bus"), QStringLiteral("usb"));
    return input;
}

bool InputEditor::knownType() const {
    const QString type = value(m_type);
    return type == QLatin1String("tablet") || type == QLatin1String("mouse") ||
           type == QLatin1String("keyboard");
}

QString InputEditor::readBus(const QDomElement &device) const {
    const QString bus = device.attribute(QStringLiteral("bus"));
    if (!bus.isEmpty())
        return bus;
    const QString type = device.attribute(QStringLiteral("type"));
    if (type == QLatin1String("tablet"))
        return QStringLiteral("usb");
    // libvirt's default for mice and keyboards on PCs; elsewhere it is USB.
    const QString arch = context().arch;
    const bool pc =
        arch.isEmpty() || arch == QLatin1String("x86_64") || arch == QLatin1String("i686");
    return pc ? QStringLiteral("ps2") : QStringLiteral("usb");
}

void InputEditor::loadFields(const QDomElement &device) {
    selectValue(m_type, device.attribute(QStringLiteral("type")));
    selectValue(m_bus, readBus(device));
}

void InputEditor::updateRows() {
    setRowShown(m_bus, knownType());
}

QList<FormDeviceEditor::Problem> InputEditor::problems() const {
    QList<Problem> out;
    if (value(m_type) == QLatin1String("tablet") && value(m_bus) == QLatin1String("ps2"))
        out.push_back({m_bus, tr("A tablet cannot use the PS/2 bus: choose USB or virtio.")});
    return out;
}

void InputEditor::storeFields(QDomElement &device) const {
    const QString type = value(m_type);
    if (device.attribute(QStringLiteral("type")) != type) {
        device.setAttribute(QStringLiteral("type"), type);
        // evdev and passthrough inputs name a host device; the new type has none.
        removeChildren(device, QStringLiteral("source"));
    }
    if (!knownType())
        return;
    const QString bus = value(m_bus);
    if (readBus(device) != bus) {
        device.setAttribute(QStringLiteral("bus"), bus);
        // A USB port does not fit a virtio (PCI) device, and PS/2 has no address at all.
        removeChildren(device, QStringLiteral("address"));
    }
}
