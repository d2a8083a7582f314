// SPDX-License-Identifier: GPL-2.0-or-later
#include "domaindefinition.h"

#include "libvirthandles.h"

#include <QCoreApplication>
#include <QDomDocument>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {

// Messages are looked up under "DomainDefinition"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(DomainDefinition)
};

UserError invalid(const QString &why, const QString &hint = {}) {
    return UserError::make(UserError::Kind::InvalidConfiguration,
                           UiText::tr("The configuration was not changed"), why, hint);
}

} // namespace

DomainDefinition::Read DomainDefinition::read(virConnectPtr connection, const QString &uuid) {
    Read out;
    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading the configuration"));
        return out;
    }
    CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    if (!xml)
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading the configuration"));
    else
        out.xml = QString::fromUtf8(xml.get());
    return out;
}

UserError DomainDefinition::checkLocally(const QString &uuid, const QString &xml) {
    QDomDocument doc;
    QString message;
    int line = 0, column = 0;
    if (!doc.setContent(xml, &message, &line, &column))
        return invalid(UiText::tr("The XML is not well-formed at line %1, column %2: %3")
                           .arg(line)
                           .arg(column)
                           .arg(message),
                       UiText::tr("Fix the text, or press Revert to start again."));
    const QDomElement root = doc.documentElement();
    if (root.tagName() != QLatin1String("domain"))
        return invalid(UiText::tr("A guest's configuration starts with <domain>, not <%1>.")
                           .arg(root.tagName()));
    const QString written = root.firstChildElement(QStringLiteral("uuid")).text().trimmed();
    if (!written.isEmpty() && written.compare(uuid, Qt::CaseInsensitive) != 0)
        return invalid(UiText::tr("The UUID was changed to %1; this page edits the guest %2.")
                           .arg(written, uuid),
                       UiText::tr("Use Clone to make a new guest."));
    return {};
}

UserError DomainDefinition::redefine(virConnectPtr connection, const QString &uuid,
                                     const QString &xml) {
    if (const UserError local = checkLocally(uuid, xml); !local.isNull())
        return local;
    DomainHandle current(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!current)
        return UserError::fromLastLibvirtError(UiText::tr("Saving the configuration"));
    // A renamed guest would become a second definition with the same UUID: libvirt refuses
    // that, but in words that do not say what to do.
    QDomDocument doc;
    doc.setContent(xml);
    const QString name = doc.documentElement().firstChildElement(QStringLiteral("name")).text();
    if (name != QString::fromUtf8(virDomainGetName(current.get())))
        return invalid(UiText::tr("The name cannot be changed here (from %1 to %2).")
                           .arg(QString::fromUtf8(virDomainGetName(current.get())), name),
                       UiText::tr("Rename the guest from the Overview page."));
    const QByteArray bytes = xml.toUtf8();
    DomainHandle defined(
        virDomainDefineXMLFlags(connection, bytes.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!defined && virGetLastErrorCode() == VIR_ERR_NO_SUPPORT)
        defined.reset(virDomainDefineXML(connection, bytes.constData()));
    if (!defined)
        return UserError::fromLastLibvirtError(UiText::tr("Saving the configuration"));
    return {};
}
