// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestoverview.h"

#include "libvirthandles.h"

#include <QCoreApplication>
#include <QDomDocument>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

// Messages are looked up under "GuestOverview"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestOverview)
};

QString childText(const QDomElement &parent, const char *name) {
    return parent.firstChildElement(QLatin1String(name)).text().trimmed();
}

void readConfiguration(const QString &xml, GuestOverview *out) {
    QDomDocument doc;
    if (!doc.setContent(xml))
        return;
    const QDomElement root = doc.documentElement();
    out->domainType = root.attribute(QStringLiteral("type"));
    out->title = childText(root, "title");
    out->description = childText(root, "description");
    const QDomElement os = root.firstChildElement(QStringLiteral("os"));
    const QDomElement type = os.firstChildElement(QStringLiteral("type"));
    out->arch = type.attribute(QStringLiteral("arch"));
    out->machine = type.attribute(QStringLiteral("machine"));
    out->emulator = childText(root.firstChildElement(QStringLiteral("devices")), "emulator");
    if (type.text() == QLatin1String("exe"))
        return; // containers have no firmware
    bool secure = false;
    for (QDomElement f = os.firstChildElement(QStringLiteral("firmware"))
                             .firstChildElement(QStringLiteral("feature"));
         !f.isNull(); f = f.nextSiblingElement(QStringLiteral("feature")))
        secure |= f.attribute(QStringLiteral("name")) == QLatin1String("secure-boot") &&
                  f.attribute(QStringLiteral("enabled")) == QLatin1String("yes");
    const QDomElement loader = os.firstChildElement(QStringLiteral("loader"));
    secure |= loader.attribute(QStringLiteral("secure")) == QLatin1String("yes");
    const bool efi = os.attribute(QStringLiteral("firmware")) == QLatin1String("efi") ||
                     loader.attribute(QStringLiteral("type")) == QLatin1String("pflash");
    out->firmware = !efi     ? UiText::tr("BIOS")
                    : secure ? UiText::tr("UEFI (Secure Boot)")
                             : UiText::tr("UEFI");
}

void readGuestInfo(virDomainPtr dom, GuestOverview *out) {
    virTypedParameterPtr params = nullptr;
    int count = 0;
    if (virDomainGetGuestInfo(dom, VIR_DOMAIN_GUEST_INFO_OS | VIR_DOMAIN_GUEST_INFO_HOSTNAME,
                              &params, &count, 0) == 0) {
        for (int i = 0; i < count; ++i) {
            const QLatin1String field(params[i].field);
            if (params[i].type != VIR_TYPED_PARAM_STRING)
                continue;
            const QString value = QString::fromUtf8(params[i].value.s);
            if (field == QLatin1String("os.pretty-name") ||
                (field == QLatin1String("os.name") && out->osName.isEmpty()))
                out->osName = value;
            else if (field == QLatin1String("hostname"))
                out->hostname = value;
        }
        virTypedParamsFree(params, count);
    }
    virResetLastError(); // no agent is the usual case, not an error
}

// Interface addresses: the guest agent knows them all; DHCP leases of libvirt's networks
// are the fallback for guests without one.
void readAddresses(virDomainPtr dom, GuestOverview *out) {
    const std::pair<unsigned, QString> sources[] = {
        {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, UiText::tr("guest agent")},
        {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, UiText::tr("DHCP lease")}};
    for (const auto &[source, label] : sources) {
        virDomainInterfacePtr *ifaces = nullptr;
        const int n = virDomainInterfaceAddresses(dom, &ifaces, source, 0);
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(ifaces[i]->name);
            for (unsigned a = 0; a < ifaces[i]->naddrs; ++a) {
                const QString address = QString::fromUtf8(ifaces[i]->addrs[a].addr);
                if (address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1"))
                    continue;
                out->addresses << QStringLiteral("%1 %2/%3")
                                      .arg(name, address)
                                      .arg(ifaces[i]->addrs[a].prefix);
            }
            virDomainInterfaceFree(ifaces[i]);
        }
        free(ifaces);
        virResetLastError();
        if (!out->addresses.isEmpty()) {
            out->addressSource = label;
            return;
        }
    }
}

DomainHandle lookup(virConnectPtr c, const QString &uuid, UserError *error,
                    const QString &context) {
    DomainHandle dom(virDomainLookupByUUIDString(c, uuid.toUtf8().constData()));
    if (!dom)
        *error = UserError::fromLastLibvirtError(context);
    return dom;
}

} // namespace

GuestOverview GuestOverview::read(virConnectPtr connection, const QString &uuid) {
    GuestOverview out;
    out.uuid = uuid;
    DomainHandle dom = lookup(connection, uuid, &out.error, UiText::tr("Reading the guest"));
    if (!dom)
        return out;
    out.name = QString::fromUtf8(virDomainGetName(dom.get()));
    out.active = virDomainIsActive(dom.get()) == 1;
    int autostart = 0;
    out.autostart = virDomainGetAutostart(dom.get(), &autostart) == 0 && autostart;
    CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
    if (xml)
        readConfiguration(QString::fromUtf8(xml.get()), &out);
    if (out.active) {
        readGuestInfo(dom.get(), &out);
        readAddresses(dom.get(), &out);
    }
    virResetLastError();
    return out;
}

UserError GuestOverview::setText(virConnectPtr connection, const QString &uuid,
                                 const QString &title, const QString &description) {
    const QString context = UiText::tr("Saving the title and description");
    UserError error;
    DomainHandle dom = lookup(connection, uuid, &error, context);
    if (!dom)
        return error;
    // Live too when running, so the list shows the new title at once; empty removes it.
    const unsigned flags =
        VIR_DOMAIN_AFFECT_CONFIG |
        (virDomainIsActive(dom.get()) == 1 ? unsigned(VIR_DOMAIN_AFFECT_LIVE) : 0u);
    const QByteArray t = title.toUtf8(), d = description.toUtf8();
    if (virDomainSetMetadata(dom.get(), VIR_DOMAIN_METADATA_TITLE,
                             title.isEmpty() ? nullptr : t.constData(), nullptr, nullptr,
                             flags) != 0 ||
        virDomainSetMetadata(dom.get(), VIR_DOMAIN_METADATA_DESCRIPTION,
                             description.isEmpty() ? nullptr : d.constData(), nullptr, nullptr,
                             flags) != 0)
        return UserError::fromLastLibvirtError(context);
    return {};
}

UserError GuestOverview::setAutostart(virConnectPtr connection, const QString &uuid, bool on) {
    const QString context = UiText::tr("Changing whether the guest starts with the host");
    UserError error;
    DomainHandle dom = lookup(connection, uuid, &error, context);
    if (!dom)
        return error;
    if (virDomainSetAutostart(dom.get(), on ? 1 : 0) != 0)
        return UserError::fromLastLibvirtError(context);
    return {};
}
