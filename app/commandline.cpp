// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandline.h"

#include "connectionuri.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CommandLine CommandLine::parse(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Manage virtual machines and containers on libvirt."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connect(
        {QStringLiteral("c"), QStringLiteral("connect")},
        QCoreApplication::translate("CommandLine",
                                    "Open this libvirt connection (for example qemu:///system or "
                                    "qemu+ssh://root@host/system) instead of the saved ones."),
        QStringLiteral("uri"));
    const QCommandLineOption noDemo(
        QStringLiteral("no-demo"),
        QCoreApplication::translate(
            "CommandLine", "Do not open the demo connection when no local daemon answers."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "User interface language, e.g. ru or zh_CN."),
        QStringLiteral("language"));
    const QCommandLineOption console(
        QStringLiteral("console"),
        QCoreApplication::translate("CommandLine",
                                    "Open the console of the guest with this name, as soon as it "
                                    "appears in the list."),
        QStringLiteral("name"));
    parser.addOption(connect);
    parser.addOption(console);
    parser.addOption(noDemo);
    parser.addOption(lang);
    parser.process(app);

    CommandLine result;
    result.demoFallback = !parser.isSet(noDemo);
    result.language = parser.value(lang);
    result.consoleGuest = parser.value(console);
    const QStringList uris = parser.values(connect);
    for (const QString &text : uris) {
        QString why;
        const ConnectionUri uri = ConnectionUri::parse(text, &why);
        if (!uri.isValid()) {
            result.error =
                QCoreApplication::translate("CommandLine", "Invalid --connect address: %1")
                    .arg(why);
            break;
        }
        result.connectUris.append(uri.toString());
    }
    return result;
}
