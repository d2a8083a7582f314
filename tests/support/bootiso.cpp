// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootiso.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>

namespace {

// 16-bit real mode, loaded at 0000:7C00 by the BIOS (no-emulation boot):
//   cli; ds = es = ss = 0; sp = 7C00h; sti
//   print: si = message
//   next:  lodsb; if al == 0 goto wait; out 3F8h, al; int 10h (AH=0Eh teletype); goto next
//   wait:  int 15h AH=86h (wait CX:DX = 1 000 000 us); goto print
QByteArray bootProgram() {
    static const unsigned char code[] = {
        0xfa, 0x31, 0xc0, 0x8e, 0xd8, 0x8e, 0xc0, 0x8e, 0xd0, 0xbc, 0x00, 0x7c, 0xfb, // setup
        0xbe, 0x2e, 0x7c,                                                             // print
        0xac, 0x08, 0xc0, 0x74, 0x0d,                                                 // next
        0xba, 0xf8, 0x03, 0xee,                                                       // serial
        0xb4, 0x0e, 0xbb, 0x07, 0x00, 0xcd, 0x10,                                     // screen
        0xeb, 0xee,                                                                   // goto next
        0xb4, 0x86, 0xb9, 0x0f, 0x00, 0xba, 0x40, 0x42, 0xcd, 0x15,                   // wait
        0xeb, 0xdf,                                                                   // goto print
    };
    static_assert(sizeof(code) == 46, "the message address (7C2Eh) assumes 46 bytes of code");
    QByteArray image(reinterpret_cast<const char *>(code), sizeof(code));
    image += BootIso::kBootMessage;
    image += "\r\n";
    image += '\0';
    image.resize(2048, '\0'); // four 512-byte sectors are loaded
    return image;
}

} // namespace

QString BootIso::build(const QString &dir, const QString &fileName, const QString &volumeId,
                       QString *error, const QString &publisher) {
    const QString tree = dir + QStringLiteral("/iso-tree-") + fileName;
    QDir().mkpath(tree);
    QFile boot(tree + QStringLiteral("/boot.img"));
    if (!boot.open(QIODevice::WriteOnly) || boot.write(bootProgram()) != 2048) {
        *error = QStringLiteral("cannot write %1").arg(boot.fileName());
        return {};
    }
    boot.close();
    const QString iso = dir + QLatin1Char('/') + fileName;
    QStringList args{QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-quiet"),
                     QStringLiteral("-V"), volumeId};
    if (!publisher.isEmpty())
        args << QStringLiteral("-publisher") << publisher;
    args << QStringLiteral("-b") << QStringLiteral("boot.img") << QStringLiteral("-no-emul-boot")
         << QStringLiteral("-boot-load-size") << QStringLiteral("4") << QStringLiteral("-o") << iso
         << tree;
    QString output;
    if (TestSupport::run(QStringLiteral("xorriso"), args, &output) != 0) {
        *error = QStringLiteral("xorriso failed: ") + output;
        return {};
    }
    QFile::setPermissions(iso, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                   QFile::ReadOther);
    return iso;
}

bool BootIso::writeBootFloppy(const QString &path, QString *error) {
    QByteArray image = bootProgram().left(512);
    image[510] = char(0x55);
    image[511] = char(0xaa);
    image.resize(1474560, '\0');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(image) != image.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}
