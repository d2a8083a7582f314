// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

enum class GuestKind { VirtualMachine, Container };

// libvirt's virDomainState plus "saved", which users see as its own state (managed save).
enum class GuestState {
    NoState = 0,
    Running = 1,
    Blocked = 2,
    Paused = 3,
    ShuttingDown = 4,
    ShutOff = 5,
    Crashed = 6,
    Suspended = 7,
    Saved = 100,
};

// What the list shows about one guest. Plain value type, copied across threads.
struct DomainInfo {
    QString uuid;
    QString name;
    QString title;
    GuestKind kind = GuestKind::VirtualMachine;
    GuestState state = GuestState::NoState;
    int id = -1;
    unsigned vcpus = 0;
    quint64 memoryKiB = 0;
    quint64 maxMemoryKiB = 0;
    QString domainType; // "kvm", "qemu", "lxc", "test"
    bool autostart = false;
    bool persistent = true;
    bool hasSnapshot = false;
    bool hasManagedSave = false;
    QStringList graphics;       // "vnc", "spice"
    QStringList tags;           // VirtDeck's tags, from the guest's <metadata>
    QString osId;               // libosinfo id from <metadata>: "http://debian.org/debian/12"
    QString osName;             // readable name of osId ("Debian 12"); empty without one
    bool detailsLoaded = false; // title, kind, graphics, tags, OS: from the XML, fetched later

    bool isActive() const {
        return state == GuestState::Running || state == GuestState::Blocked ||
               state == GuestState::Paused || state == GuestState::ShuttingDown ||
               state == GuestState::Suspended;
    }
};

Q_DECLARE_METATYPE(DomainInfo)

// The extra fields that need the guest's XML; fetched after the list is shown.
struct DomainDetails {
    QString uuid;
    QString title;
    GuestKind kind = GuestKind::VirtualMachine;
    QString domainType;
    QStringList graphics;
    QStringList tags;
    QString osId;
    QString osName;
};

Q_DECLARE_METATYPE(DomainDetails)

// Words and icon names for states and kinds.
class GuestStates {
    Q_DECLARE_TR_FUNCTIONS(GuestStates)
public:
    static QString label(GuestState state);
    static QString iconName(GuestState state);
    static QString kindLabel(GuestKind kind);
    static QString kindIconName(GuestKind kind);
    // Maps libvirt's state number, with the managed-save flag, to what users see.
    static GuestState fromLibvirt(int state, bool hasManagedSave);
};
