// SPDX-License-Identifier: GPL-2.0-or-later
#include "fixturegenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QString FixtureGenerator::write(const QString &directory, int count, bool allRunning) {
    QDir().mkpath(directory);
    const QString path = QStringLiteral("%1/guests-%2%3.xml")
                             .arg(directory)
                             .arg(count)
                             .arg(allRunning ? QStringLiteral("-running") : QString());
    if (QFileInfo::exists(path))
        return path;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray out;
    out += "<?xml version=\"1.0\"?>\n<node>\n"
           "  <cpu><mhz>3000</mhz><model>x86_64</model><active>64</active><nodes>1</nodes>"
           "<sockets>2</sockets><cores>16</cores><threads>2</threads></cpu>\n"
           "  <memory>1073741824</memory>\n";
    for (int i = 0; i < count; ++i) {
        const int state = allRunning ? 1 : i % 3 == 0 ? 1 : (i % 17 == 0 ? 3 : 5);
        out += QStringLiteral(
                   "  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
                   "<name>guest-%1</name><uuid>%2-0000-4000-8000-000000000000</uuid>"
                   "<title>Generated guest %1</title>"
                   "<memory unit='MiB'>%3</memory><vcpu>%4</vcpu>"
                   "<os><type>hvm</type></os><devices>"
                   "<disk type='file' device='disk'><source "
                   "file='/var/lib/libvirt/images/guest-%1.qcow2'/>"
                   "<target dev='vda' bus='virtio'/></disk>"
                   "<interface type='network'><source network='default'/><model "
                   "type='virtio'/></interface>"
                   "<graphics type='vnc' port='-1'/></devices>"
                   "<test:runstate>%5</test:runstate></domain>\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(i, 8, 16, QLatin1Char('0'))
                   .arg(512 << (i % 4))
                   .arg(1 + i % 4)
                   .arg(state)
                   .toUtf8();
    }
    out += "</node>\n";
    f.write(out);
    return path;
}
