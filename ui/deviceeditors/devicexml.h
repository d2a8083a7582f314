// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDomElement>
#include <QString>

// Small, careful edits of a device element. Each one changes only what it names: equal values
// are left alone, so storing an unchanged editor leaves the element exactly as it was.
namespace DeviceXml {

QDomElement child(const QDomElement &parent, const QString &tag);
// The first child named tag, appended when there is none.
QDomElement ensureChild(QDomElement parent, const QString &tag);
void removeChildren(QDomElement parent, const QString &tag);
// An empty value removes the attribute.
void writeAttribute(QDomElement element, const QString &name, const QString &value);
void removeAttributes(QDomElement element, const QStringList &names);
// Keeps only the listed attributes and child elements (comments stay): used when a device
// changes kind and what belonged to the old kind would be refused by libvirt.
void keepOnly(QDomElement element, const QStringList &attributes, const QStringList &children);
// The element's own text, trimmed; setText replaces its text nodes and nothing else.
QString text(const QDomElement &element);
void setText(QDomElement element, const QString &text);

} // namespace DeviceXml
