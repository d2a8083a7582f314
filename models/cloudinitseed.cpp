// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudinitseed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

namespace {

// Messages are looked up under "CloudInitSeed"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(CloudInitSeed)
};

// YAML single-quoted scalar: only the quote itself needs doubling.
QString quoted(const QString &value) {
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

std::optional<quint32> parseIPv4(const QString &text) {
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        // "010" would be octal to some tools; refuse leading zeros rather than guess.
        if (!ok || octet > 255 || part.isEmpty() || part.size() > 3 ||
            (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

QString formatIPv4(quint32 v) {
    return QStringLiteral("%1.%2.%3.%4")
        .arg(v >> 24)
        .arg((v >> 16) & 0xff)
        .arg((v >> 8) & 0xff)
        .arg(v & 0xff);
}

bool writeFile(const QString &path, const QString &text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(text.toUtf8()) == text.toUtf8().size();
}

QString findTool(const QString &program) {
    if (program.contains(QLatin1Char('/')))
        return QFileInfo(program).isExecutable() ? program : QString();
    return QStandardPaths::findExecutable(program);
}

} // namespace

UserError CloudInitSeed::checkTool(const QString &program) {
    if (!findTool(program).isEmpty())
        return {};
    return UserError::make(
        UserError::Kind::NotSupported, UiText::tr("The cloud-init seed could not be made"),
        UiText::tr("VirtDeck writes cloud-init seed images with xorriso, which is not "
                   "installed on this computer."),
        UiText::tr("Install the “xorriso” package (apt install xorriso), or turn "
                   "cloud-init off."));
}

bool CloudInitSeed::isIPv4(const QString &address) {
    return parseIPv4(address).has_value();
}

QString CloudInitSeed::nthAddress(const QString &startCidr, int index, QString *reason) {
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return QString();
    };
    const int slash = startCidr.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return refuse(
            UiText::tr("“%1” has no prefix length; write it as 192.168.122.50/24.").arg(startCidr));
    const std::optional<quint32> start = parseIPv4(startCidr.left(slash).trimmed());
    bool prefixOk = false;
    const int prefix = startCidr.mid(slash + 1).trimmed().toInt(&prefixOk);
    if (!start)
        return refuse(UiText::tr("“%1” is not an IPv4 address.").arg(startCidr.left(slash)));
    if (!prefixOk || prefix < 1 || prefix > 32)
        return refuse(
            UiText::tr("The prefix length in “%1” must be between 1 and 32.").arg(startCidr));
    if (index < 0)
        return refuse(UiText::tr("The guest number cannot be negative."));

    const quint32 mask = prefix == 32 ? 0xffffffffu : ~(0xffffffffu >> prefix);
    const quint32 network = *start & mask;
    const quint32 broadcast = network | ~mask;
    // /31 and /32 have no network or broadcast address to keep free (RFC 3021).
    const quint32 firstHost = prefix >= 31 ? network : network + 1;
    const quint32 lastHost = prefix >= 31 ? broadcast : broadcast - 1;
    if (*start < firstHost || *start > lastHost)
        return refuse(UiText::tr("%1 is the network or broadcast address of its subnet; start at a "
                                 "host address.")
                          .arg(startCidr));
    const quint64 wanted = quint64(*start) + quint64(index);
    if (wanted > lastHost) {
        const quint64 room = quint64(lastHost) - *start + 1;
        return refuse(
            UiText::tr("Starting at %1, the subnet has room for %2 guests; guest %3 would "
                       "fall outside it.")
                .arg(startCidr)
                .arg(room)
                .arg(index + 1));
    }
    return formatIPv4(quint32(wanted)) + QLatin1Char('/') + QString::number(prefix);
}

QString CloudInitSeed::userData(const CloudInitConfig &config) {
    QString out = QStringLiteral("#cloud-config\n");
    out += QStringLiteral("hostname: %1\n").arg(quoted(config.hostname));
    out += QStringLiteral("preserve_hostname: false\n");
    if (!config.sshAuthorizedKeys.isEmpty()) {
        out += QStringLiteral("ssh_authorized_keys:\n");
        for (const QString &key : config.sshAuthorizedKeys)
            out += QStringLiteral("  - %1\n").arg(quoted(key.trimmed()));
    }
    return out;
}

QString CloudInitSeed::metaData(const CloudInitConfig &config) {
    return QStringLiteral("instance-id: %1\nlocal-hostname: %2\n")
        .arg(quoted(config.instanceId), quoted(config.hostname));
}

QString CloudInitSeed::networkConfig(const CloudInitConfig &config) {
    if (config.address.isEmpty())
        return {};
    QString out = QStringLiteral("version: 2\nethernets:\n  eth0:\n");
    // Matching the card by its MAC address works whatever name the guest's kernel gives it.
    if (!config.macAddress.isEmpty())
        out += QStringLiteral("    match:\n      macaddress: %1\n    set-name: eth0\n")
                   .arg(quoted(config.macAddress.toLower()));
    out += QStringLiteral("    dhcp4: false\n    addresses:\n      - %1\n")
               .arg(quoted(config.address));
    if (!config.gateway.isEmpty())
        out += QStringLiteral("    routes:\n      - to: 0.0.0.0/0\n        via: %1\n")
                   .arg(quoted(config.gateway));
    if (!config.dns.isEmpty()) {
        out += QStringLiteral("    nameservers:\n      addresses:\n");
        for (const QString &server : config.dns)
            out += QStringLiteral("        - %1\n").arg(quoted(server));
    }
    return out;
}

bool CloudInitSeed::writeIso(const CloudInitConfig &config, const QString &isoPath,
                             UserError *error, const QString &program) {
    auto fail = [error](UserError::Kind kind, const QString &title, const QString &why,
                        const QString &hint = {}) {
        if (error)
            *error = UserError::make(kind, title, why, hint);
        return false;
    };
    const QString title = UiText::tr("The cloud-init seed could not be made");
    if (config.hostname.isEmpty() || config.instanceId.isEmpty())
        return fail(UserError::Kind::InvalidInput, title,
                    UiText::tr("A cloud-init seed needs a host name and an instance id."));
    if (!config.address.isEmpty()) {
        QString reason;
        if (nthAddress(config.address, 0, &reason).isEmpty())
            return fail(UserError::Kind::InvalidInput, title, reason);
        if (!config.gateway.isEmpty() && !isIPv4(config.gateway))
            return fail(UserError::Kind::InvalidInput, title,
                        UiText::tr("The gateway “%1” is not an IPv4 address.").arg(config.gateway));
        for (const QString &server : config.dns)
            if (!isIPv4(server))
                return fail(UserError::Kind::InvalidInput, title,
                            UiText::tr("The DNS server “%1” is not an IPv4 address.").arg(server));
    }

    const UserError missing = checkTool(program);
    if (!missing.isNull()) {
        if (error)
            *error = missing;
        return false;
    }
    const QString xorriso = findTool(program);

    QTemporaryDir staging;
    if (!staging.isValid())
        return fail(UserError::Kind::Other, title,
                    UiText::tr("No temporary folder could be made: %1").arg(staging.errorString()));
    QStringList files = {QStringLiteral("user-data"), QStringLiteral("meta-data")};
    bool written = writeFile(staging.filePath(files[0]), userData(config)) &&
                   writeFile(staging.filePath(files[1]), metaData(config));
    const QString network = networkConfig(config);
    if (!network.isEmpty()) {
        files << QStringLiteral("network-config");
        written = written && writeFile(staging.filePath(files.last()), network);
    }
    if (!written)
        return fail(UserError::Kind::Other, title,
                    UiText::tr("The seed files could not be written in %1.").arg(staging.path()));

    QFile::remove(isoPath);
    QProcess process;
    process.setWorkingDirectory(staging.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(xorriso, QStringList{QStringLiteral("-as"), QStringLiteral("mkisofs"),
                                       QStringLiteral("-o"), isoPath, QStringLiteral("-V"),
                                       QStringLiteral("cidata"), QStringLiteral("-J"),
                                       QStringLiteral("-R")} +
                               files);
    if (!process.waitForStarted(10000))
        return fail(UserError::Kind::NotSupported, title,
                    UiText::tr("xorriso could not be started: %1").arg(process.errorString()),
                    UiText::tr("Check that the “xorriso” package is installed correctly."));
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return fail(UserError::Kind::Timeout, title,
                    UiText::tr("xorriso did not finish within a minute."));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !QFileInfo(isoPath).isFile()) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        return fail(UserError::Kind::Other, title,
                    UiText::tr("xorriso failed (exit code %1): %2")
                        .arg(process.exitCode())
                        .arg(output.right(600)));
    }
    return true;
}
