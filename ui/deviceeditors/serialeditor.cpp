// SPDX-License-Identifier: GPL-2.0-or-later
#include "serialeditor.h"

#include "devicexml.h"

#include <QComboBox>
#include <QDir>
#include <QHostAddress>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace DeviceXml;

namespace {

QString source() {
    return QStringLiteral("source");
}

bool isHostName(const QString &host) {
    static const QRegularExpression name(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$"));
    return !QHostAddress(host).isNull() || name.match(host).hasMatch();
}

} // namespace

SerialEditor::SerialEditor(const QString &tagName, const DeviceEditorContext &context,
                           QWidget *parent)
    : FormDeviceEditor(context, parent)
    , m_tag(tagName) {
    m_type = addCombo(QStringLiteral("charType"), tr("&Connected to:"));
    addChoice(m_type, QStringLiteral("pty"), tr("A pseudo terminal (the text console)"));
    addChoice(m_type, QStringLiteral("file"), tr("A file (output only)"));
    addChoice(m_type, QStringLiteral("tcp"), tr("A TCP socket"));
    addChoice(m_type, QStringLiteral("unix"), tr("A Unix socket"));
    addChoice(m_type, QStringLiteral("null"), tr("Nothing (discard)"));

    m_mode = addCombo(QStringLiteral("charMode"), tr("&Mode:"));
    addChoice(m_mode, QStringLiteral("bind"), tr("Listen (server)"));
    addChoice(m_mode, QStringLiteral("connect"), tr("Connect (client)"));
    m_path = addLineEdit(QStringLiteral("charPath"), tr("&Path on the host:"));
    m_host = addLineEdit(QStringLiteral("tcpHost"), tr("&Host:"));
    m_port = addSpinBox(QStringLiteral("tcpPort"), tr("P&ort:"), 0, 65535);
    m_protocol = addCombo(QStringLiteral("tcpProtocol"), tr("P&rotocol:"));
    addChoice(m_protocol, QStringLiteral("raw"), tr("Raw"));
    addChoice(m_protocol, QStringLiteral("telnet"), tr("Telnet"));

    m_target = addCombo(QStringLiteral("targetType"), tr("&Guest device:"));
    addChoice(m_target, QString(), tr("Default"));
    if (m_tag == QLatin1String("console")) {
        addChoice(m_target, QStringLiteral("serial"), tr("Serial port"));
        addChoice(m_target, QStringLiteral("virtio"), tr("Virtio console"));
    } else {
        addChoice(m_target, QStringLiteral("isa-serial"), tr("ISA serial port"));
        addChoice(m_target, QStringLiteral("usb-serial"), tr("USB serial adapter"));
        addChoice(m_target, QStringLiteral("pci-serial"), tr("PCI serial card"));
    }
    loadDefaults();
}

QDomElement SerialEditor::createDevice(QDomDocument &document) const {
    QDomElement device = document.createElement(m_tag);
    device.setAttribute(QStringLiteral("type"), QStringLiteral("pty"));
    if (m_tag == QLatin1String("console")) {
        // The first serial port already has a console; a new one is a virtio console.
        QDomElement target = document.createElement(QStringLiteral("target"));
        target.setAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
        device.appendChild(target);
    }
    return device;
}

bool SerialEditor::hasPath() const {
    const QString type = value(m_type);
    return type == QLatin1String("file") || type == QLatin1String("unix");
}

bool SerialEditor::isTcp() const {
    return value(m_type) == QLatin1String("tcp");
}

bool SerialEditor::hasMode() const {
    return isTcp() || value(m_type) == QLatin1String("unix");
}

QString SerialEditor::readMode(const QDomElement &source) {
    // libvirt connects unless told to listen.
    return source.attribute(QStringLiteral("mode"), QStringLiteral("connect"));
}

QString SerialEditor::readProtocol(const QDomElement &device) {
    const QString protocol =
        child(device, QStringLiteral("protocol")).attribute(QStringLiteral("type"));
    return protocol.isEmpty() ? QStringLiteral("raw") : protocol;
}

void SerialEditor::loadFields(const QDomElement &device) {
    selectValue(m_type, device.attribute(QStringLiteral("type"), QStringLiteral("pty")));
    const QDomElement src = child(device, source());
    selectValue(m_mode, readMode(src));
    m_path->setText(src.attribute(QStringLiteral("path")));
    m_host->setText(src.attribute(QStringLiteral("host")));
    m_port->setValue(src.attribute(QStringLiteral("service")).toInt());
    selectValue(m_protocol, readProtocol(device));
    selectValue(m_target,
                child(device, QStringLiteral("target")).attribute(QStringLiteral("type")));
}

void SerialEditor::updateRows() {
    setRowShown(m_mode, hasMode());
    setRowShown(m_path, hasPath());
    setRowShown(m_host, isTcp());
    setRowShown(m_port, isTcp());
    setRowShown(m_protocol, isTcp());
}

QList<FormDeviceEditor::Problem> SerialEditor::problems() const {
    QList<Problem> out;
    if (hasPath()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            out.push_back({m_path, tr("Enter the path of the file or socket on the host.")});
        else if (!QDir::isAbsolutePath(path) || !path.startsWith(QLatin1Char('/')))
            out.push_back({m_path, tr("Enter an absolute path, starting with “/”, such as "
                                      "/var/log/guest-serial.log.")});
    }
    if (isTcp()) {
        const QString host = m_host->text().trimmed();
        if (host.isEmpty())
            out.push_back({m_host, value(m_mode) == QLatin1String("connect")
                                       ? tr("Enter the host to connect to.")
                                       : tr("Enter the address to listen on, such as 127.0.0.1 "
                                            "or 0.0.0.0.")});
        else if (!isHostName(host))
            out.push_back({m_host, tr("“%1” is neither an IP address nor a host name.").arg(host)});
        if (m_port->value() < 1)
            out.push_back({m_port, tr("Choose a port from 1 to 65535.")});
    }
    return out;
}

void SerialEditor::storeFields(QDomElement &device) const {
    storeType(device);
    if (hasPath() || isTcp()) {
        QDomElement src = ensureChild(device, source());
        if (hasMode() && readMode(src) != value(m_mode))
            src.setAttribute(QStringLiteral("mode"), value(m_mode));
        if (hasPath())
            writeAttribute(src, QStringLiteral("path"), m_path->text().trimmed());
        if (isTcp()) {
            writeAttribute(src, QStringLiteral("host"), m_host->text().trimmed());
            writeAttribute(src, QStringLiteral("service"), QString::number(m_port->value()));
            if (readProtocol(device) != value(m_protocol))
                ensureChild(device, QStringLiteral("protocol"))
                    .setAttribute(QStringLiteral("type"), value(m_protocol));
        }
    }
    storeTarget(device);
}

void SerialEditor::storeType(QDomElement &device) const {
    const QString type = value(m_type);
    if (device.attribute(QStringLiteral("type"), QStringLiteral("pty")) == type)
        return;
    device.setAttribute(QStringLiteral("type"), type);
    // The old kind's source (a path, a host and port) means nothing to the new kind.
    removeChildren(device, source());
    removeChildren(device, QStringLiteral("protocol"));
}

void SerialEditor::storeTarget(QDomElement &device) const {
    const QString type = value(m_target);
    QDomElement target = child(device, QStringLiteral("target"));
    if (target.attribute(QStringLiteral("type")) == type)
        return;
    target = ensureChild(device, QStringLiteral("target"));
    writeAttribute(target, QStringLiteral("type"), type);
    // The model, port number and guest address belong to the old kind of port; libvirt
    // picks fitting ones.
    removeChildren(target, QStringLiteral("model"));
    removeAttributes(target, {QStringLiteral("port")});
    removeChildren(device, QStringLiteral("address"));
}
