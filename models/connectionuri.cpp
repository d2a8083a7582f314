// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionuri.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

struct TransportName {
    ConnectionUri::Transport transport;
    const char *scheme;
};

constexpr TransportName kTransports[] = {
    {ConnectionUri::Transport::Unix, "unix"},     {ConnectionUri::Transport::Ssh, "ssh"},
    {ConnectionUri::Transport::Libssh, "libssh"}, {ConnectionUri::Transport::Libssh2, "libssh2"},
    {ConnectionUri::Transport::Tls, "tls"},       {ConnectionUri::Transport::Tcp, "tcp"},
    {ConnectionUri::Transport::Ext, "ext"},
};

bool fail(QString *error, const QString &why) {
    if (error)
        *error = why;
    return false;
}

QString decode(const QString &part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encodeQueryPart(const QString &part) {
    // Keep '/' readable in paths such as keyfile=/root/.ssh/id_ed25519.
    return QString::fromLatin1(QUrl::toPercentEncoding(part, "/:~"));
}

} // namespace

QString ConnectionUri::transportScheme(Transport transport) {
    for (const auto &t : kTransports)
        if (t.transport == transport)
            return QString::fromLatin1(t.scheme);
    return {};
}

bool ConnectionUri::transportFromScheme(const QString &scheme, Transport *transport) {
    for (const auto &t : kTransports) {
        if (scheme == QLatin1String(t.scheme)) {
            *transport = t.transport;
            return true;
        }
    }
    return false;
}

ConnectionUri ConnectionUri::parse(const QString &input, QString *error) {
    ConnectionUri uri;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, tr("The address is empty."));
        return {};
    }
    const qsizetype sep = text.indexOf(QLatin1String("://"));
    if (sep <= 0) {
        fail(error, tr("A connection address looks like \"qemu:///system\" or "
                       "\"qemu+ssh://user@host/system\"; \"%1\" has no \"://\".")
                        .arg(text));
        return {};
    }
    static const QRegularExpression schemeRe(
        QStringLiteral("^([a-z][a-z0-9_-]*)(\\+([a-z0-9]+))?$"));
    const auto schemeMatch = schemeRe.match(text.left(sep));
    if (!schemeMatch.hasMatch()) {
        fail(error, tr("\"%1\" is not a hypervisor name libvirt recognizes.").arg(text.left(sep)));
        return {};
    }
    uri.m_driver = schemeMatch.captured(1);
    if (schemeMatch.hasCaptured(3)) {
        if (!transportFromScheme(schemeMatch.captured(3), &uri.m_transport)) {
            fail(error, tr("Unknown transport \"%1\". Use ssh, libssh, tls, tcp or unix.")
                            .arg(schemeMatch.captured(3)));
            return {};
        }
    }

    QString rest = text.mid(sep + 3);
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        uri.m_path = decode(rest.mid(slash));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        uri.m_user = decode(authority.left(at));
        authority = authority.mid(at + 1);
        if (uri.m_user.isEmpty()) {
            fail(error, tr("The user name before \"@\" is empty."));
            return {};
        }
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0) {
            fail(error, tr("The IPv6 address is missing its closing \"]\"."));
            return {};
        }
        uri.m_host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty()) {
            fail(error, tr("Unexpected text \"%1\" after the host name.").arg(after));
            return {};
        }
    } else if (const qsizetype colon = authority.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        uri.m_host = authority.left(colon);
        portText = authority.mid(colon + 1);
    } else {
        uri.m_host = authority;
    }
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9._:%-]*$"));
    if (!hostRe.match(uri.m_host).hasMatch()) {
        fail(error, tr("\"%1\" is not a valid host name.").arg(uri.m_host));
        return {};
    }
    if (!portText.isEmpty() || authority.endsWith(QLatin1Char(':'))) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            fail(error, tr("The port \"%1\" is not a number from 1 to 65535.").arg(portText));
            return {};
        }
        uri.m_port = port;
    }
    if (uri.m_host.isEmpty() && (!uri.m_user.isEmpty() || uri.m_port > 0)) {
        fail(error, tr("A user name or port needs a host name as well."));
        return {};
    }
    if (!query.isEmpty()) {
        const auto pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = decode(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
            if (key.isEmpty()) {
                fail(error, tr("A parameter after \"?\" has no name."));
                return {};
            }
            uri.m_params.append({key, value});
        }
    }
    return uri;
}

ConnectionUri ConnectionUri::build(Hypervisor hypervisor, Transport transport, const QString &user,
                                   const QString &host, int port) {
    ConnectionUri uri;
    switch (hypervisor) {
    case Hypervisor::QemuSystem:
        uri.m_driver = QStringLiteral("qemu");
        uri.m_path = QStringLiteral("/system");
        break;
    case Hypervisor::QemuSession:
        uri.m_driver = QStringLiteral("qemu");
        uri.m_path = QStringLiteral("/session");
        break;
    case Hypervisor::Lxc:
        uri.m_driver = QStringLiteral("lxc");
        uri.m_path = QStringLiteral("/");
        break;
    case Hypervisor::Test:
        uri.m_driver = QStringLiteral("test");
        uri.m_path = QStringLiteral("/default");
        break;
    case Hypervisor::Other:
        return {};
    }
    uri.m_transport = transport;
    if (transport != Transport::Local && transport != Transport::Unix) {
        uri.m_user = user.trimmed();
        uri.m_host = host.trimmed();
        uri.m_port = port > 0 ? port : -1;
    }
    return uri;
}

QString ConnectionUri::param(const QString &key) const {
    for (const auto &p : m_params)
        if (p.first == key)
            return p.second;
    return {};
}

void ConnectionUri::setParam(const QString &key, const QString &value) {
    for (auto &p : m_params) {
        if (p.first == key) {
            p.second = value;
            return;
        }
    }
    m_params.append({key, value});
}

ConnectionUri::Hypervisor ConnectionUri::hypervisor() const {
    if (m_driver == QLatin1String("qemu"))
        return m_path == QLatin1String("/session") ? Hypervisor::QemuSession
                                                   : Hypervisor::QemuSystem;
    if (m_driver == QLatin1String("lxc"))
        return Hypervisor::Lxc;
    if (m_driver == QLatin1String("test"))
        return Hypervisor::Test;
    return Hypervisor::Other;
}

bool ConnectionUri::isRemote() const {
    switch (m_transport) {
    case Transport::Local:
        return !m_host.isEmpty();
    case Transport::Unix:
        return false;
    default:
        return true;
    }
}

QString ConnectionUri::toString() const {
    if (!isValid())
        return {};
    QString s = m_driver;
    if (m_transport != Transport::Local)
        s += QLatin1Char('+') + transportScheme(m_transport);
    s += QLatin1String("://");
    if (!m_user.isEmpty())
        s += QString::fromLatin1(QUrl::toPercentEncoding(m_user)) + QLatin1Char('@');
    if (m_host.contains(QLatin1Char(':')))
        s += QLatin1Char('[') + m_host + QLatin1Char(']');
    else
        s += m_host;
    if (m_port > 0)
        s += QLatin1Char(':') + QString::number(m_port);
    s += m_path.isEmpty() ? QStringLiteral("/") : encodeQueryPart(m_path);
    for (qsizetype i = 0; i < m_params.size(); ++i) {
        s += QLatin1Char(i == 0 ? '?' : '&') + encodeQueryPart(m_params[i].first);
        if (!m_params[i].second.isEmpty())
            s += QLatin1Char('=') + encodeQueryPart(m_params[i].second);
    }
    return s;
}

QString ConnectionUri::hypervisorName() const {
    switch (hypervisor()) {
    case Hypervisor::QemuSystem:
        return tr("QEMU/KVM");
    case Hypervisor::QemuSession:
        return tr("QEMU/KVM user session");
    case Hypervisor::Lxc:
        return tr("LXC containers");
    case Hypervisor::Test:
        return tr("Test driver");
    case Hypervisor::Other:
        break;
    }
    return m_driver.toUpper();
}

QString ConnectionUri::hostLabel() const {
    if (m_host.isEmpty())
        return tr("localhost");
    return m_user.isEmpty() ? m_host : m_user + QLatin1Char('@') + m_host;
}

QString ConnectionUri::displayName() const {
    return tr("%1 on %2").arg(hypervisorName(), hostLabel());
}
