// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicexml.h"

#include <QDomNamedNodeMap>
#include <QStringList>

namespace DeviceXml {

QDomElement child(const QDomElement &parent, const QString &tag) {
    return parent.firstChildElement(tag);
}

QDomElement ensureChild(QDomElement parent, const QString &tag) {
    QDomElement existing = parent.firstChildElement(tag);
    if (!existing.isNull())
        return existing;
    QDomElement created = parent.ownerDocument().createElement(tag);
    parent.appendChild(created);
    return created;
}

void removeChildren(QDomElement parent, const QString &tag) {
    for (QDomElement c = parent.firstChildElement(tag); !c.isNull();) {
        const QDomElement next = c.nextSiblingElement(tag);
        parent.removeChild(c);
        c = next;
    }
}

void writeAttribute(QDomElement element, const QString &name, const QString &value) {
    if (value.isEmpty()) {
        if (element.hasAttribute(name))
            element.removeAttribute(name);
    } else if (!element.hasAttribute(name) || element.attribute(name) != value) {
        element.setAttribute(name, value);
    }
}

void removeAttributes(QDomElement element, const QStringList &names) {
    for (const QString &name : names)
        writeAttribute(element, name, QString());
}

void keepOnly(QDomElement element, const QStringList &attributes, const QStringList &children) {
    QStringList drop;
    const QDomNamedNodeMap attrs = element.attributes();
    for (int i = 0; i < attrs.count(); ++i) {
        const QString name = attrs.item(i).nodeName();
        if (!attributes.contains(name))
            drop << name;
    }
    removeAttributes(element, drop);
    for (QDomElement c = element.firstChildElement(); !c.isNull();) {
        const QDomElement next = c.nextSiblingElement();
        if (!children.contains(c.tagName()))
            element.removeChild(c);
        c = next;
    }
}

QString text(const QDomElement &element) {
    QString out;
    for (QDomNode n = element.firstChild(); !n.isNull(); n = n.nextSibling()) {
        if (n.isText() || n.isCDATASection())
            out += n.nodeValue();
    }
    return out.trimmed();
}

void setText(QDomElement element, const QString &text) {
    if (DeviceXml::text(element) == text)
        return;
    for (QDomNode n = element.firstChild(); !n.isNull();) {
        const QDomNode next = n.nextSibling();
        if (n.isText() || n.isCDATASection())
            element.removeChild(n);
        n = next;
    }
    if (!text.isEmpty())
        element.appendChild(element.ownerDocument().createTextNode(text));
}

} // namespace DeviceXml
