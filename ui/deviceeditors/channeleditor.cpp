// SPDX-License-Identifier: GPL-2.0-or-later
#include "channeleditor.h"

#include "devicexml.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>

using namespace DeviceXml;

namespace {

const QString GuestAgent = QStringLiteral("agent");
const QString SpiceAgent = QStringLiteral("spice");
const QString OtherPort = QStringLiteral("other");

QString guestAgentName() {
    return QStringLiteral("org.qemu.guest_agent.0");
}
QString spiceAgentName() {
    return QStringLiteral("com.redhat.spice.0");
}

} // namespace

ChannelEditor::ChannelEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_purpose = addCombo(QStringLiteral("channelPurpose"), tr("&Purpose:"));
    addChoice(m_purpose, GuestAgent, tr("QEMU guest agent"));
    addChoice(m_purpose, SpiceAgent, tr("SPICE agent (clipboard, display size)"));
    addChoice(m_purpose, OtherPort, tr("Another virtio port"));
    m_name = addLineEdit(QStringLiteral("channelName"), tr("Port &name:"));
    m_name->setPlaceholderText(QStringLiteral("org.example.port.0"));
    m_type = addCombo(QStringLiteral("channelType"), tr("&Host side:"));
    addChoice(m_type, QStringLiteral("unix"), tr("A Unix socket (path chosen by libvirt)"));
    addChoice(m_type, QStringLiteral("pty"), tr("A pseudo terminal"));
    loadDefaults();
}

QDomElement ChannelEditor::createDevice(QDomDocument &document) const {
    QDomElement channel = document.createElement(QStringLiteral("channel"));
    channel.setAttribute(QStringLiteral("type"), QStringLiteral("unix"));
    QDomElement source = document.createElement(QStringLiteral("source"));
    source.setAttribute(QStringLiteral("mode"), QStringLiteral("bind"));
    channel.appendChild(source);
    QDomElement target = document.createElement(QStringLiteral("target"));
    target.setAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
    target.setAttribute(QStringLiteral("name"), guestAgentName());
    channel.appendChild(target);
    return channel;
}

QString ChannelEditor::readPurpose(const QDomElement &device) {
    const QDomElement target = child(device, QStringLiteral("target"));
    const QString targetType = target.attribute(QStringLiteral("type"));
    if (targetType != QLatin1String("virtio"))
        return targetType; // guestfwd, xen: kept as they are
    const QString name = target.attribute(QStringLiteral("name"));
    if (name == guestAgentName())
        return GuestAgent;
    if (name == spiceAgentName() &&
        device.attribute(QStringLiteral("type")) == QLatin1String("spicevmc"))
        return SpiceAgent;
    return OtherPort;
}

void ChannelEditor::loadFields(const QDomElement &device) {
    selectValue(m_purpose, readPurpose(device));
    m_name->setText(child(device, QStringLiteral("target")).attribute(QStringLiteral("name")));
    selectValue(m_type, device.attribute(QStringLiteral("type")));
}

bool ChannelEditor::isOther() const {
    return value(m_purpose) == OtherPort;
}

void ChannelEditor::updateRows() {
    setRowShown(m_name, isOther());
    setRowShown(m_type, isOther());
}

QList<FormDeviceEditor::Problem> ChannelEditor::problems() const {
    QList<Problem> out;
    const QString purpose = value(m_purpose);
    if (isOther()) {
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]+$"));
        const QString name = m_name->text().trimmed();
        if (name.isEmpty())
            out.push_back({m_name, tr("Enter the port's name, as the program in the guest "
                                      "expects it (for example org.example.port.0).")});
        else if (!valid.match(name).hasMatch())
            out.push_back({m_name, tr("Use only letters, digits, dots, dashes and underscores "
                                      "in the port's name.")});
    } else if (purpose == GuestAgent) {
        out.push_back({m_purpose, tr("The guest needs qemu-guest-agent installed and running."),
                       Problem::Note});
    } else if (purpose == SpiceAgent) {
        out.push_back({m_purpose,
                       tr("Works only while the guest's display is SPICE; the guest needs "
                          "spice-vdagent."),
                       Problem::Note});
    }
    return out;
}

void ChannelEditor::setSourceFor(QDomElement &device, const QString &type) {
    if (device.attribute(QStringLiteral("type")) == type)
        return;
    device.setAttribute(QStringLiteral("type"), type);
    removeChildren(device, QStringLiteral("source"));
    removeChildren(device, QStringLiteral("protocol"));
    // libvirt chooses the socket's path itself when the source names none.
    if (type == QLatin1String("unix"))
        ensureChild(device, QStringLiteral("source"))
            .setAttribute(QStringLiteral("mode"), QStringLiteral("bind"));
}

void ChannelEditor::storeFields(QDomElement &device) const {
    const QString purpose = value(m_purpose);
    const bool samePurpose = readPurpose(device) == purpose;
    if (samePurpose && !isOther())
        return;
    if (purpose != GuestAgent && purpose != SpiceAgent && !isOther())
        return; // a kind this editor only shows
    QDomElement target = ensureChild(device, QStringLiteral("target"));
    writeAttribute(target, QStringLiteral("type"), QStringLiteral("virtio"));
    if (purpose == GuestAgent) {
        setSourceFor(device, QStringLiteral("unix"));
        writeAttribute(target, QStringLiteral("name"), guestAgentName());
    } else if (purpose == SpiceAgent) {
        setSourceFor(device, QStringLiteral("spicevmc"));
        writeAttribute(target, QStringLiteral("name"), spiceAgentName());
    } else {
        setSourceFor(device, value(m_type));
        writeAttribute(target, QStringLiteral("name"), m_name->text().trimmed());
    }
    // Guest forwarding's address and port have no place on a virtio port.
    removeAttributes(target, {QStringLiteral("address"), QStringLiteral("port")});
}
