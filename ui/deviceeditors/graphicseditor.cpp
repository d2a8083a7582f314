// SPDX-License-Identifier: GPL-2.0-or-later
#include "graphicseditor.h"

#include "devicexml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHostAddress>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

using namespace DeviceXml;

namespace {

// QEMU's VNC authentication (DES) uses only the first eight characters.
constexpr int VncPasswordLimit = 8;
// Display :0 is port 5900; libvirt refuses lower VNC ports.
constexpr int FirstDisplayPort = 5900;

QString vnc() {
    return QStringLiteral("vnc");
}
QString spice() {
    return QStringLiteral("spice");
}

} // namespace

GraphicsEditor::GraphicsEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_type = addCombo(QStringLiteral("graphicsType"), tr("&Display protocol:"));
    const QStringList offered = context.graphicsTypes;
    if (offered.isEmpty() || offered.contains(vnc()))
        addChoice(m_type, vnc(), tr("VNC"));
    if (offered.isEmpty() || offered.contains(spice()))
        addChoice(m_type, spice(), tr("SPICE"));

    m_listenType = addCombo(QStringLiteral("listenType"), tr("&Listen on:"));
    addChoice(m_listenType, QStringLiteral("address"), tr("A network address"));
    addChoice(m_listenType, QStringLiteral("socket"), tr("A local socket only"));
    addChoice(m_listenType, QStringLiteral("none"), tr("Nothing (no remote display)"));

    m_address = addCombo(QStringLiteral("listenAddress"), tr("&Address:"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    addChoice(m_address, QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"));
    addChoice(m_address, QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0"));
    m_address->setItemData(0, tr("This host only"), Qt::ToolTipRole);
    m_address->setItemData(1, tr("All addresses of this host"), Qt::ToolTipRole);
    m_address->lineEdit()->setPlaceholderText(tr("Host default (usually 127.0.0.1)"));

    m_autoPort =
        addCheckBox(QStringLiteral("graphicsAutoPort"), tr("Choose a free &port automatically"));
    m_port = addSpinBox(QStringLiteral("graphicsPort"), tr("P&ort:"), 0, 65535);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("graphicsPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("No password"));
    m_showPassword = new QToolButton;
    m_showPassword->setObjectName(QStringLiteral("showPassword"));
    m_showPassword->setCheckable(true);
    m_showPassword->setText(tr("Show"));
    m_showPassword->setAccessibleName(tr("Show the password"));
    connect(m_showPassword, &QToolButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setText(shown ? tr("Hide") : tr("Show"));
    });
    addField(tr("Pass&word:"), m_password, m_showPassword);

    m_compression = addCombo(QStringLiteral("spiceImageCompression"), tr("&Image compression:"));
    addChoice(m_compression, QString(), tr("Default"));
    addChoice(m_compression, QStringLiteral("auto_glz"), tr("Automatic (GLZ)"));
    addChoice(m_compression, QStringLiteral("auto_lz"), tr("Automatic (LZ)"));
    addChoice(m_compression, QStringLiteral("quic"), tr("QUIC"));
    addChoice(m_compression, QStringLiteral("glz"), tr("GLZ"));
    addChoice(m_compression, QStringLiteral("lz"), tr("LZ"));
    addChoice(m_compression, QStringLiteral("off"), tr("Off"));

    loadDefaults();
}

QDomElement GraphicsEditor::createDevice(QDomDocument &document) const {
    QDomElement graphics = document.createElement(QStringLiteral("graphics"));
    const QStringList offered = context().graphicsTypes;
    graphics.setAttribute(QStringLiteral("type"),
                          offered.isEmpty() || offered.contains(vnc()) ? vnc() : spice());
    graphics.setAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
    QDomElement listen = document.createElement(QStringLiteral("listen"));
    listen.setAttribute(QStringLiteral("type"), QStringLiteral("address"));
    listen.setAttribute(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    graphics.appendChild(listen);
    return graphics;
}

GraphicsEditor::Listen GraphicsEditor::readListen(const QDomElement &device) {
    Listen out;
    const QDomElement listen = child(device, QStringLiteral("listen"));
    if (!listen.isNull()) {
        out.type = listen.attribute(QStringLiteral("type"), QStringLiteral("address"));
        out.address = listen.attribute(QStringLiteral("address"));
        out.network = listen.attribute(QStringLiteral("network"));
    } else if (device.hasAttribute(QStringLiteral("socket"))) {
        out.type = QStringLiteral("socket");
    } else {
        out.type = QStringLiteral("address");
        out.address = device.attribute(QStringLiteral("listen"));
    }
    return out;
}

bool GraphicsEditor::readAutoPort(const QDomElement &device) {
    const QString autoport = device.attribute(QStringLiteral("autoport"));
    if (!autoport.isEmpty())
        return autoport == QLatin1String("yes");
    return device.attribute(QStringLiteral("port")).toInt() <= 0;
}

int GraphicsEditor::readPort(const QDomElement &device) {
    const int port = device.attribute(QStringLiteral("port")).toInt();
    return port > 0 ? port : FirstDisplayPort;
}

void GraphicsEditor::loadFields(const QDomElement &device) {
    selectValue(m_type, device.attribute(QStringLiteral("type")));
    const Listen listen = readListen(device);
    m_network = listen.network;
    const int stale = m_listenType->findData(QStringLiteral("network"));
    if (stale >= 0)
        m_listenType->removeItem(stale);
    if (listen.type == QLatin1String("network") && m_listenType->findData(listen.type) < 0)
        addChoice(m_listenType, listen.type, tr("Virtual network %1").arg(listen.network));
    selectValue(m_listenType, listen.type);
    selectValue(m_address, listen.type == QLatin1String("address") ? listen.address : QString());
    m_autoPort->setChecked(readAutoPort(device));
    m_port->setValue(readPort(device));
    m_password->setText(device.attribute(QStringLiteral("passwd")));
    selectValue(m_compression,
                child(device, QStringLiteral("image")).attribute(QStringLiteral("compression")));
}

bool GraphicsEditor::knownType() const {
    const QString type = value(m_type);
    return type == vnc() || type == spice();
}

bool GraphicsEditor::usesPort() const {
    const QString listen = value(m_listenType);
    return knownType() &&
           (listen == QLatin1String("address") || listen == QLatin1String("network"));
}

bool GraphicsEditor::listensEverywhere() const {
    const QString listen = value(m_listenType);
    if (listen == QLatin1String("network"))
        return true; // reachable from the whole virtual network
    if (listen != QLatin1String("address"))
        return false;
    const QHostAddress address(value(m_address));
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

void GraphicsEditor::updateRows() {
    const bool known = knownType();
    setRowShown(m_listenType, known);
    setRowShown(m_address, known && value(m_listenType) == QLatin1String("address"));
    setRowShown(m_autoPort, usesPort());
    setRowShown(m_port, usesPort() && !m_autoPort->isChecked());
    setRowShown(m_password, known);
    setRowShown(m_compression, value(m_type) == spice());
}

QList<FormDeviceEditor::Problem> GraphicsEditor::problems() const {
    QList<Problem> out;
    if (!knownType())
        return out;
    if (value(m_listenType) == QLatin1String("address")) {
        const QString address = value(m_address);
        if (!address.isEmpty() && QHostAddress(address).isNull())
            out.push_back(
                {m_address, tr("“%1” is not an IP address. Enter one such as 127.0.0.1 (this host "
                               "only) or 0.0.0.0 (all addresses).")
                                .arg(address)});
    }
    if (usesPort() && !m_autoPort->isChecked() && m_port->value() < FirstDisplayPort)
        out.push_back({m_port, tr("Choose a port from %1 to 65535, or let the host choose one.")
                                   .arg(FirstDisplayPort)});
    const QString password = m_password->text();
    if (value(m_type) == vnc() && password.size() > VncPasswordLimit)
        out.push_back({m_password, tr("VNC passwords can be at most %1 characters long: QEMU "
                                      "would ignore the rest.")
                                       .arg(VncPasswordLimit)});
    else if (password.isEmpty() && listensEverywhere())
        out.push_back({m_password,
                       tr("Anyone who can reach this host can see and control the guest. Set a "
                          "password, or listen on 127.0.0.1 only."),
                       Problem::Warning});
    return out;
}

void GraphicsEditor::storeFields(QDomElement &device) const {
    storeType(device);
    if (!knownType())
        return;
    storeListen(device);
    if (usesPort())
        storePort(device);
    writeAttribute(device, QStringLiteral("passwd"), m_password->text());
    if (value(m_type) == spice()) {
        const QString compression = value(m_compression);
        if (compression.isEmpty())
            removeChildren(device, QStringLiteral("image"));
        else
            writeAttribute(ensureChild(device, QStringLiteral("image")),
                           QStringLiteral("compression"), compression);
    }
}

void GraphicsEditor::storeType(QDomElement &device) const {
    const QString type = value(m_type);
    if (device.attribute(QStringLiteral("type")) == type)
        return;
    device.setAttribute(QStringLiteral("type"), type);
    // What only the old protocol knows would make libvirt refuse the device; everything
    // else (keymap, password expiry, alias, comments) stays.
    removeAttributes(device, {QStringLiteral("display"), QStringLiteral("xauth"),
                              QStringLiteral("fullscreen"), QStringLiteral("address"),
                              QStringLiteral("p2p")});
    if (type == vnc()) {
        if (device.attribute(QStringLiteral("connected")) != QLatin1String("keep"))
            removeAttributes(device, {QStringLiteral("connected")});
        removeAttributes(device, {QStringLiteral("tlsPort"), QStringLiteral("defaultMode")});
        for (const QString &tag :
             {QStringLiteral("channel"), QStringLiteral("image"), QStringLiteral("jpeg"),
              QStringLiteral("zlib"), QStringLiteral("playback"), QStringLiteral("streaming"),
              QStringLiteral("clipboard"), QStringLiteral("mouse"), QStringLiteral("filetransfer"),
              QStringLiteral("gl")})
            removeChildren(device, tag);
    } else if (type == spice()) {
        removeAttributes(device, {QStringLiteral("websocket"), QStringLiteral("sharePolicy"),
                                  QStringLiteral("powerControl"), QStringLiteral("socket")});
        removeChildren(device, QStringLiteral("audio"));
    }
}

void GraphicsEditor::storeListen(QDomElement &device) const {
    const Listen before = readListen(device);
    const QString type = value(m_listenType);
    const QString address = value(m_address);
    if (before.type == type && (type != QLatin1String("address") || before.address == address) &&
        (type != QLatin1String("network") || before.network == m_network))
        return;
    if (type != QLatin1String("socket"))
        removeAttributes(device, {QStringLiteral("socket")});
    QDomElement listen = ensureChild(device, QStringLiteral("listen"));
    writeAttribute(listen, QStringLiteral("type"), type);
    if (type == QLatin1String("address")) {
        writeAttribute(listen, QStringLiteral("address"), address);
        removeAttributes(listen, {QStringLiteral("network"), QStringLiteral("socket")});
    } else if (type == QLatin1String("network")) {
        writeAttribute(listen, QStringLiteral("network"), m_network);
        removeAttributes(listen, {QStringLiteral("socket")});
    } else if (type == QLatin1String("socket")) {
        removeAttributes(listen, {QStringLiteral("address"), QStringLiteral("network")});
    } else {
        removeAttributes(listen, {QStringLiteral("address"), QStringLiteral("network"),
                                  QStringLiteral("socket")});
    }
    // libvirt refuses a listen= attribute that disagrees with the first <listen>.
    if (device.hasAttribute(QStringLiteral("listen")))
        writeAttribute(device, QStringLiteral("listen"),
                       type == QLatin1String("address") ? address : QString());
}

void GraphicsEditor::storePort(QDomElement &device) const {
    const bool automatic = m_autoPort->isChecked();
    if (automatic != readAutoPort(device)) {
        if (automatic) {
            device.setAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
            if (device.hasAttribute(QStringLiteral("port")))
                device.setAttribute(QStringLiteral("port"), QStringLiteral("-1"));
        } else {
            device.setAttribute(QStringLiteral("port"), QString::number(m_port->value()));
            device.setAttribute(QStringLiteral("autoport"), QStringLiteral("no"));
        }
    } else if (!automatic && m_port->value() != readPort(device)) {
        device.setAttribute(QStringLiteral("port"), QString::number(m_port->value()));
    }
}
