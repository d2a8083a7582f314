// SPDX-License-Identifier: GPL-2.0-or-later
#include "xmlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

enum BlockState { Normal = 0, InComment = 1 };

bool darkPalette() {
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    const bool dark = darkPalette();
    m_element.setForeground(dark ? QColor(0x7f, 0xb4, 0xff) : QColor(0x1f, 0x4e, 0x9c));
    m_element.setFontWeight(QFont::DemiBold);
    m_attribute.setForeground(dark ? QColor(0xe0, 0xa8, 0x5e) : QColor(0x8a, 0x4b, 0x08));
    m_value.setForeground(dark ? QColor(0x8f, 0xd1, 0x8a) : QColor(0x1d, 0x7a, 0x32));
    m_comment.setForeground(dark ? QColor(0x90, 0x90, 0x90) : QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
}

void XmlHighlighter::highlightBlock(const QString &text) {
    static const QRegularExpression element(QStringLiteral("</?([A-Za-z_][\\w:.-]*)|/?>"));
    static const QRegularExpression attribute(
        QStringLiteral("([A-Za-z_][\\w:.-]*)\\s*=\\s*('[^']*'|\"[^\"]*\")"));

    // Comments may span lines; everything else is taken line by line.
    qsizetype start = 0;
    if (previousBlockState() == InComment) {
        const qsizetype end = text.indexOf(QLatin1String("-->"));
        if (end < 0) {
            setFormat(0, int(text.size()), m_comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(0, int(end + 3), m_comment);
        start = end + 3;
    }
    setCurrentBlockState(Normal);
    for (auto it = element.globalMatch(text, start); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_element);
    }
    for (auto it = attribute.globalMatch(text, start); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_attribute);
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_value);
    }
    for (qsizetype open = text.indexOf(QLatin1String("<!--"), start); open >= 0;
         open = text.indexOf(QLatin1String("<!--"), open + 4)) {
        const qsizetype close = text.indexOf(QLatin1String("-->"), open + 4);
        if (close < 0) {
            setFormat(int(open), int(text.size() - open), m_comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(int(open), int(close + 3 - open), m_comment);
    }
}
