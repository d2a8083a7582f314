// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

// A real QEMU guest for integration tests, named vdtest-*, defined through its own libvirt
// connection (another client, as far as VirtDeck is concerned) and removed afterwards. It
// has no disk: SeaBIOS and iPXE draw real screens with no image needed.
class ThrowawayGuest {
public:
    struct Options {
        QString tag = QStringLiteral("guest");
        QString graphics = QStringLiteral("vnc"); // "vnc", "spice", "none"
        QString graphicsPassword;
        int memoryMiB = 64;
        bool serialConsole = false; // <bios useserial='yes'/> and a serial port
        int bootMenuTimeoutMs = 0;  // > 0: SeaBIOS shows "Press ESC for boot menu" this long
        QString bootDisk;           // a raw image to boot from (IDE disk)
        QString domainType;         // "kvm" or "qemu"; empty: KVM where it helps, else TCG
        QString extraDevices;

        static Options tagged(const QString &tag) {
            Options o;
            o.tag = tag;
            return o;
        }
    };

    explicit ThrowawayGuest(const QString &uri = QStringLiteral("qemu:///system"));
    ~ThrowawayGuest();
    ThrowawayGuest(const ThrowawayGuest &) = delete;
    ThrowawayGuest &operator=(const ThrowawayGuest &) = delete;

    bool define(const Options &options, QString *error);
    bool start(QString *error = nullptr);
    void destroy();

    QString name() const { return m_name; }
    QString uuid() const;
    virConnectPtr connection() const { return m_conn; }
    virDomainPtr domain() const { return m_domain; }
    int state() const;

    static QString xml(const QString &name, const Options &options);
    // Removes vdtest-* guests left behind by an earlier run that was killed.
    static void removeLeftovers(const QString &uri = QStringLiteral("qemu:///system"));

private:
    virConnectPtr m_conn = nullptr;
    virDomainPtr m_domain = nullptr;
    QString m_name;
};
