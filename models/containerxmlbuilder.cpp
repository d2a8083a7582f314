// SPDX-License-Identifier: GPL-2.0-or-later
#include "containerxmlbuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace {

// Messages are looked up under "ContainerXmlBuilder"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(ContainerXmlBuilder)
};

void writeSource(QXmlStreamWriter &w, const QString &attribute, const QString &value) {
    w.writeEmptyElement(QStringLiteral("source"));
    w.writeAttribute(attribute, value);
}

} // namespace

QString ContainerXmlBuilder::build(const ContainerSpec &spec) {
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(QStringLiteral("domain"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("lxc"));
    w.writeTextElement(QStringLiteral("name"), spec.name);

    // LXC turns <memory> into the cgroup's memory limit.
    w.writeStartElement(QStringLiteral("memory"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
    w.writeCharacters(QString::number(spec.memoryMiB * 1024));
    w.writeEndElement();

    if (spec.cpuShares > 0) {
        w.writeStartElement(QStringLiteral("cputune"));
        w.writeTextElement(QStringLiteral("shares"), QString::number(spec.cpuShares));
        w.writeEndElement();
    }

    w.writeStartElement(QStringLiteral("os"));
    w.writeTextElement(QStringLiteral("type"), QStringLiteral("exe"));
    w.writeTextElement(QStringLiteral("init"), spec.initPath());
    if (spec.kind == ContainerSpec::Kind::Application)
        for (const QString &argument : spec.arguments)
            w.writeTextElement(QStringLiteral("initarg"), argument);
    w.writeEndElement();

    // Without an interface LXC would share the host's network namespace; "no network"
    // means a private one with only loopback.
    if (spec.network == ContainerSpec::Network::None) {
        w.writeStartElement(QStringLiteral("features"));
        w.writeEmptyElement(QStringLiteral("privnet"));
        w.writeEndElement();
    }

    w.writeStartElement(QStringLiteral("devices"));
    if (spec.kind == ContainerSpec::Kind::OsContainer) {
        w.writeStartElement(QStringLiteral("filesystem"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("mount"));
        w.writeAttribute(QStringLiteral("accessmode"), QStringLiteral("passthrough"));
        writeSource(w, QStringLiteral("dir"), spec.rootfsPath);
        w.writeEmptyElement(QStringLiteral("target"));
        w.writeAttribute(QStringLiteral("dir"), QStringLiteral("/"));
        w.writeEndElement();
    }
    if (spec.network == ContainerSpec::Network::VirtualNetwork) {
        w.writeStartElement(QStringLiteral("interface"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("network"));
        writeSource(w, QStringLiteral("network"), spec.networkName);
        w.writeEndElement();
    } else if (spec.network == ContainerSpec::Network::Bridge) {
        w.writeStartElement(QStringLiteral("interface"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("bridge"));
        writeSource(w, QStringLiteral("bridge"), spec.bridgeName);
        w.writeEndElement();
    }
    w.writeEmptyElement(QStringLiteral("console"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
    w.writeEndElement(); // devices

    w.writeEndElement(); // domain
    w.writeEndDocument();
    // Auto-formatting starts with a line break when there is no <?xml?> declaration.
    return xml.trimmed() + QLatin1Char('\n');
}

bool ContainerXmlBuilder::validName(const QString &name, QString *reason) {
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._+-]+$"));
    QString why;
    if (name.isEmpty())
        why = UiText::tr("Enter a name for the container.");
    else if (name.size() > 64)
        why =
            UiText::tr("The name is %1 characters long; at most 64 are allowed.").arg(name.size());
    else if (!allowed.match(name).hasMatch())
        why =
            UiText::tr("The name may contain only letters, digits, \".\", \"_\", \"+\" and \"-\".");
    else if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        why = UiText::tr("The name cannot start with \".\" or \"-\".");
    if (reason)
        *reason = why;
    return why.isEmpty();
}
