// SPDX-License-Identifier: GPL-2.0-or-later
#include "guesttags.h"

#include "domainconfig.h"
#include "libvirthandles.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>

namespace {

// Messages are looked up under "GuestTags"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestTags)
};

constexpr const char *kKey = "virtdeck";

bool isTagCharacter(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
           c == QLatin1Char('.');
}

} // namespace

QStringList GuestTags::split(const QString &text) {
    QStringList out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            out.append(tag);
    }
    return out;
}

QStringList GuestTags::problems(const QStringList &tags) {
    QStringList out;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        if (tag.isEmpty()) {
            out.append(UiText::tr("A tag cannot be empty."));
            continue;
        }
        if (tag.size() > MaxTagLength)
            out.append(UiText::tr("“%1” is longer than %2 characters.").arg(tag).arg(MaxTagLength));
        if (!std::all_of(tag.cbegin(), tag.cend(), isTagCharacter))
            out.append(
                UiText::tr("“%1” may only contain letters, digits, “-”, “_” and “.”.").arg(tag));
        const QString key = tag.toCaseFolded();
        if (seen.contains(key))
            out.append(UiText::tr("“%1” is given twice.").arg(tag));
        seen.insert(key);
    }
    if (tags.size() > MaxTags)
        out.append(UiText::tr("A guest can have at most %1 tags; these are %2.")
                       .arg(MaxTags)
                       .arg(tags.size()));
    return out;
}

QString GuestTags::elementXml(const QStringList &tags, const QString &notes) {
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("guest"));
    for (const QString &tag : tags)
        w.writeTextElement(QStringLiteral("tag"), tag);
    if (!notes.isEmpty())
        w.writeTextElement(QStringLiteral("notes"), notes);
    w.writeEndElement();
    return xml;
}

GuestTags GuestTags::fromElement(const QString &xml) {
    GuestTags out;
    QXmlStreamReader r(xml);
    int depth = 0;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth != 2)
                continue;
            if (r.name() == QLatin1String("tag")) {
                const QString tag = r.readElementText().trimmed();
                if (!tag.isEmpty())
                    out.tags.append(tag);
                --depth;
            } else if (r.name() == QLatin1String("notes")) {
                out.notes = r.readElementText();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return out;
}

GuestTags GuestTags::read(virConnectPtr connection, const QString &uuid) {
    GuestTags out;
    const QString context = UiText::tr("Reading the tags and notes");
    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toLatin1().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(context);
        return out;
    }
    CString xml(virDomainGetMetadata(dom.get(), VIR_DOMAIN_METADATA_ELEMENT,
                                     DomainConfig::VirtDeckNamespace, VIR_DOMAIN_AFFECT_CURRENT));
    if (!xml) {
        const virError *err = virGetLastError();
        if (err && err->code == VIR_ERR_NO_DOMAIN_METADATA) {
            virResetLastError();
            return out; // nothing stored yet
        }
        out.error = UserError::fromLastLibvirtError(context);
        return out;
    }
    out = fromElement(QString::fromUtf8(xml.get()));
    return out;
}

UserError GuestTags::setTagsAndNotes(virConnectPtr connection, const QString &uuid,
                                     const QStringList &tags, const QString &notes) {
    const QString context = UiText::tr("Saving the tags and notes");
    const QStringList bad = problems(tags);
    if (!bad.isEmpty())
        return UserError::make(UserError::Kind::InvalidInput, UiText::tr("Some tags are not valid"),
                               bad.join(QLatin1Char(' ')),
                               UiText::tr("Correct the tags and apply again."), context);
    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toLatin1().constData()));
    if (!dom)
        return UserError::fromLastLibvirtError(context);
    // Live too when running, so that the running definition agrees with the saved one.
    const unsigned flags =
        VIR_DOMAIN_AFFECT_CONFIG |
        (virDomainIsActive(dom.get()) == 1 ? unsigned(VIR_DOMAIN_AFFECT_LIVE) : 0u);
    const bool empty = tags.isEmpty() && notes.isEmpty();
    const QByteArray xml = elementXml(tags, notes).toUtf8();
    if (virDomainSetMetadata(dom.get(), VIR_DOMAIN_METADATA_ELEMENT,
                             empty ? nullptr : xml.constData(), empty ? nullptr : kKey,
                             DomainConfig::VirtDeckNamespace, flags) != 0)
        return UserError::fromLastLibvirtError(context);
    return {};
}
