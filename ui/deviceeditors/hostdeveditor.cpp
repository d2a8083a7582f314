// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostdeveditor.h"

#include "devicexml.h"

#include <QCheckBox>
#include <QComboBox>

using namespace DeviceXml;
using HostDevice = DeviceEditorContext::HostDevice;

namespace {

// Hex ids compared by value: libvirt writes "0x01", the host list may say "0x1".
uint hex(const QString &text) {
    return text.toUInt(nullptr, 0);
}

QString usb() {
    return QStringLiteral("usb");
}
QString pci() {
    return QStringLiteral("pci");
}

QString pciAddress(const HostDevice &d) {
    return QStringLiteral("%1:%2:%3.%4")
        .arg(hex(d.pciDomain), 4, 16, QLatin1Char('0'))
        .arg(hex(d.pciBus), 2, 16, QLatin1Char('0'))
        .arg(hex(d.pciSlot), 2, 16, QLatin1Char('0'))
        .arg(hex(d.pciFunction), 1, 16);
}

QString usbId(const QString &vendor, const QString &product) {
    return QStringLiteral("%1:%2")
        .arg(hex(vendor), 4, 16, QLatin1Char('0'))
        .arg(hex(product), 4, 16, QLatin1Char('0'));
}

} // namespace

HostdevEditor::HostdevEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_kind = addCombo(QStringLiteral("hostdevKind"), tr("&Kind:"));
    const QStringList offered = context.hostdevSubsystemTypes;
    if (offered.isEmpty() || offered.contains(usb()))
        addChoice(m_kind, usb(), tr("USB device"));
    if (offered.isEmpty() || offered.contains(pci()))
        addChoice(m_kind, pci(), tr("PCI device"));
    m_device = addCombo(QStringLiteral("hostDevice"), tr("Host &device:"));
    m_managed = addCheckBox(QStringLiteral("hostdevManaged"),
                            tr("&Detach from the host's driver while the guest runs (managed)"));
    loadDefaults();
}

QDomElement HostdevEditor::createDevice(QDomDocument &document) const {
    QDomElement hostdev = document.createElement(QStringLiteral("hostdev"));
    hostdev.setAttribute(QStringLiteral("mode"), QStringLiteral("subsystem"));
    const QStringList offered = context().hostdevSubsystemTypes;
    hostdev.setAttribute(QStringLiteral("type"),
                         offered.isEmpty() || offered.contains(usb()) ? usb() : pci());
    hostdev.setAttribute(QStringLiteral("managed"), QStringLiteral("yes"));
    return hostdev;
}

bool HostdevEditor::isPci() const {
    return value(m_kind) == pci();
}

bool HostdevEditor::knownKind() const {
    return value(m_kind) == usb() || isPci();
}

void HostdevEditor::fillDevices() {
    const QSignalBlocker block(m_device);
    const int before = m_device->count() ? m_device->currentData().toInt() : int(NoDevice);
    m_device->clear();
    const QString kind = value(m_kind);
    m_filledKind = kind;
    m_device->addItem(tr("Choose a device"), int(NoDevice));
    if (!m_loadedLabel.isEmpty() && kind == m_loadedKind)
        m_device->addItem(m_loadedLabel, int(LoadedDevice));
    const QList<HostDevice> &devices = context().hostDevices;
    for (int i = 0; i < devices.size(); ++i) {
        const HostDevice &d = devices.at(i);
        if (d.kind != kind)
            continue;
        const QString id = d.kind == pci() ? pciAddress(d) : usbId(d.vendorId, d.productId);
        const QString name = d.description.isEmpty() ? d.nodeName : d.description;
        m_device->addItem(QStringLiteral("%1 (%2)").arg(name, id), i);
    }
    const int keep = m_device->findData(before);
    m_device->setCurrentIndex(keep >= 0 ? keep : 0);
}

int HostdevEditor::findHostDevice(const QDomElement &device) const {
    const QString kind = device.attribute(QStringLiteral("type"));
    const QDomElement source = child(device, QStringLiteral("source"));
    const QList<HostDevice> &devices = context().hostDevices;
    for (int i = 0; i < devices.size(); ++i) {
        const HostDevice &d = devices.at(i);
        if (d.kind != kind)
            continue;
        if (kind == usb()) {
            const QString vendor =
                child(source, QStringLiteral("vendor")).attribute(QStringLiteral("id"));
            const QString product =
                child(source, QStringLiteral("product")).attribute(QStringLiteral("id"));
            if (!vendor.isEmpty() && hex(vendor) == hex(d.vendorId) &&
                hex(product) == hex(d.productId))
                return i;
        } else if (kind == pci()) {
            const QDomElement a = child(source, QStringLiteral("address"));
            if (!a.isNull() && hex(a.attribute(QStringLiteral("domain"))) == hex(d.pciDomain) &&
                hex(a.attribute(QStringLiteral("bus"))) == hex(d.pciBus) &&
                hex(a.attribute(QStringLiteral("slot"))) == hex(d.pciSlot) &&
                hex(a.attribute(QStringLiteral("function"))) == hex(d.pciFunction))
                return i;
        }
    }
    return NoDevice;
}

QString HostdevEditor::describeLoaded(const QDomElement &device) {
    const QDomElement source = child(device, QStringLiteral("source"));
    const QDomElement vendor = child(source, QStringLiteral("vendor"));
    const QDomElement address = child(source, QStringLiteral("address"));
    if (device.attribute(QStringLiteral("type")) == usb()) {
        if (!vendor.isNull())
            return tr("USB %1 (not connected to the host now)")
                .arg(usbId(
                    vendor.attribute(QStringLiteral("id")),
                    child(source, QStringLiteral("product")).attribute(QStringLiteral("id"))));
        if (!address.isNull())
            return tr("USB bus %1, device %2")
                .arg(address.attribute(QStringLiteral("bus")),
                     address.attribute(QStringLiteral("device")));
    } else if (!address.isNull()) {
        HostDevice d;
        d.pciDomain = address.attribute(QStringLiteral("domain"));
        d.pciBus = address.attribute(QStringLiteral("bus"));
        d.pciSlot = address.attribute(QStringLiteral("slot"));
        d.pciFunction = address.attribute(QStringLiteral("function"));
        return tr("PCI %1 (not listed by the host now)").arg(pciAddress(d));
    }
    return tr("The device in the definition");
}

void HostdevEditor::loadFields(const QDomElement &device) {
    m_loadedKind = device.attribute(QStringLiteral("type"));
    const int found = findHostDevice(device);
    m_loadedLabel = found == NoDevice && !child(device, QStringLiteral("source")).isNull()
                        ? describeLoaded(device)
                        : QString();
    selectValue(m_kind, m_loadedKind);
    fillDevices();
    const int index = m_device->findData(m_loadedLabel.isEmpty() ? found : int(LoadedDevice));
    m_device->setCurrentIndex(index >= 0 ? index : 0);
    m_managed->setChecked(device.attribute(QStringLiteral("managed")) == QLatin1String("yes"));
}

void HostdevEditor::updateRows() {
    // The device list follows the kind.
    if (value(m_kind) != m_filledKind)
        fillDevices();
    setRowShown(m_device, knownKind());
    setRowShown(m_managed, isPci());
}

QList<FormDeviceEditor::Problem> HostdevEditor::problems() const {
    QList<Problem> out;
    if (!knownKind())
        return out;
    const int picked = m_device->currentData().toInt();
    if (picked == NoDevice) {
        const bool none = m_device->count() <= 1;
        out.push_back({m_device, none ? (isPci() ? tr("The host lists no PCI devices to give.")
                                                 : tr("The host lists no USB devices to give."))
                                      : tr("Choose the host device to give to the guest.")});
    } else if (picked == LoadedDevice) {
        out.push_back({m_device,
                       isPci() ? tr("The host does not list this device now; the guest cannot "
                                    "start until it is back.")
                               : tr("This device is not plugged into the host now; the guest "
                                    "may not start without it."),
                       Problem::Warning});
    }
    return out;
}

void HostdevEditor::storeFields(QDomElement &device) const {
    const QString kind = value(m_kind);
    if (device.attribute(QStringLiteral("type")) != kind) {
        device.setAttribute(QStringLiteral("type"), kind);
        // The old device's source, driver, ROM and guest address do not fit the new kind.
        for (const QString &tag : {QStringLiteral("source"), QStringLiteral("driver"),
                                   QStringLiteral("rom"), QStringLiteral("address")})
            removeChildren(device, tag);
    }
    if (!knownKind())
        return;
    const int picked = m_device->currentData().toInt();
    if (picked >= 0 && findHostDevice(device) != picked)
        storeSource(device, context().hostDevices.at(picked));
    if (isPci()) {
        const bool managed = device.attribute(QStringLiteral("managed")) == QLatin1String("yes");
        if (managed != m_managed->isChecked())
            device.setAttribute(QStringLiteral("managed"), m_managed->isChecked()
                                                               ? QStringLiteral("yes")
                                                               : QStringLiteral("no"));
    }
}

void HostdevEditor::storeSource(QDomElement &device, const HostDevice &host) const {
    QDomElement source = ensureChild(device, QStringLiteral("source"));
    if (host.kind == usb()) {
        // Identified by vendor and product, so it survives being plugged into another port.
        removeChildren(source, QStringLiteral("address"));
        writeAttribute(ensureChild(source, QStringLiteral("vendor")), QStringLiteral("id"),
                       host.vendorId);
        writeAttribute(ensureChild(source, QStringLiteral("product")), QStringLiteral("id"),
                       host.productId);
    } else {
        QDomElement address = ensureChild(source, QStringLiteral("address"));
        writeAttribute(address, QStringLiteral("domain"), host.pciDomain);
        writeAttribute(address, QStringLiteral("bus"), host.pciBus);
        writeAttribute(address, QStringLiteral("slot"), host.pciSlot);
        writeAttribute(address, QStringLiteral("function"), host.pciFunction);
    }
}
