// SPDX-License-Identifier: GPL-2.0-or-later
#include "watchdogeditor.h"

#include "devicexml.h"

#include <QComboBox>

using namespace DeviceXml;

WatchdogEditor::WatchdogEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_model = addCombo(QStringLiteral("watchdogModel"), tr("&Model:"));
    const bool knownArch = !context.arch.isEmpty();
    if (!isS390()) {
        addChoice(m_model, QStringLiteral("i6300esb"), tr("Intel 6300ESB (PCI)"));
        addChoice(m_model, QStringLiteral("ib700"), tr("iBase IB700 (ISA)"));
        // Built into the Q35 chipset (libvirt 9.1 or later).
        if (context.machine.isEmpty() || isQ35())
            addChoice(m_model, QStringLiteral("itco"), tr("Intel iTCO (built into Q35)"));
    }
    if (!knownArch || isS390())
        addChoice(m_model, QStringLiteral("diag288"), tr("DIAG288 (s390x)"));

    m_action = addCombo(QStringLiteral("watchdogAction"), tr("When the guest &hangs:"));
    addChoice(m_action, QStringLiteral("reset"), tr("Reset the guest"));
    addChoice(m_action, QStringLiteral("shutdown"), tr("Shut the guest down gracefully"));
    addChoice(m_action, QStringLiteral("poweroff"), tr("Power the guest off"));
    addChoice(m_action, QStringLiteral("pause"), tr("Pause the guest"));
    addChoice(m_action, QStringLiteral("none"), tr("Do nothing"));
    addChoice(m_action, QStringLiteral("dump"), tr("Save a memory dump, then continue"));
    addChoice(m_action, QStringLiteral("inject-nmi"), tr("Send the guest an NMI"));
    loadDefaults();
}

bool WatchdogEditor::isS390() const {
    return context().arch.startsWith(QLatin1String("s390"));
}

bool WatchdogEditor::isQ35() const {
    return context().machine.contains(QLatin1String("q35"));
}

QDomElement WatchdogEditor::createDevice(QDomDocument &document) const {
    QDomElement watchdog = document.createElement(QStringLiteral("watchdog"));
    watchdog.setAttribute(QStringLiteral("model"),
                          isS390() ? QStringLiteral("diag288") : QStringLiteral("i6300esb"));
    watchdog.setAttribute(QStringLiteral("action"), QStringLiteral("reset"));
    return watchdog;
}

QString WatchdogEditor::readAction(const QDomElement &device) {
    // libvirt resets the guest unless told otherwise.
    return device.attribute(QStringLiteral("action"), QStringLiteral("reset"));
}

void WatchdogEditor::loadFields(const QDomElement &device) {
    selectValue(m_model, device.attribute(QStringLiteral("model")));
    selectValue(m_action, readAction(device));
}

QList<FormDeviceEditor::Problem> WatchdogEditor::problems() const {
    QList<Problem> out;
    const QString model = value(m_model);
    if (model == QLatin1String("itco") && !context().machine.isEmpty() && !isQ35())
        out.push_back({m_model, tr("The iTCO watchdog exists only on Q35 machines: choose the "
                                   "Intel 6300ESB instead.")});
    else if (model == QLatin1String("diag288") && !context().arch.isEmpty() && !isS390())
        out.push_back({m_model, tr("DIAG288 exists only on s390x guests: choose the Intel "
                                   "6300ESB instead.")});
    else if (isS390() && model != QLatin1String("diag288"))
        out.push_back({m_model, tr("s390x guests have only the DIAG288 watchdog.")});
    return out;
}

void WatchdogEditor::storeFields(QDomElement &device) const {
    const QString model = value(m_model);
    if (device.attribute(QStringLiteral("model")) != model) {
        device.setAttribute(QStringLiteral("model"), model);
        // A PCI slot does not fit an ISA or built-in watchdog; libvirt places the new one.
        removeChildren(device, QStringLiteral("address"));
    }
    if (readAction(device) != value(m_action))
        device.setAttribute(QStringLiteral("action"), value(m_action));
}
