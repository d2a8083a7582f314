// SPDX-License-Identifier: GPL-2.0-or-later
#include "namepattern.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Messages are looked up under "NamePattern"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(NamePattern)
};

NamePattern::Expansion failed(const QString &error) {
    NamePattern::Expansion e;
    e.error = error;
    return e;
}

bool isNameCharacter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'.' || u == u'_' || u == u'+' || u == u'-';
}

// The whole list must be valid: a deployment that fails on guest 17 of 20 because of a
// typo is worse than refusing up front.
NamePattern::Expansion checked(QStringList names) {
    for (const QString &name : names) {
        QString reason;
        if (!NamePattern::isValidName(name, &reason))
            return failed(reason);
    }
    NamePattern::Expansion e;
    e.names = std::move(names);
    return e;
}

} // namespace

bool NamePattern::isValidName(const QString &name, QString *reason) {
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (name.isEmpty())
        return refuse(UiText::tr("The name is empty."));
    if (name.size() > MaxNameLength)
        return refuse(
            UiText::tr("“%1” is longer than %2 characters.").arg(name).arg(MaxNameLength));
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        return refuse(UiText::tr("“%1” starts with “%2”; names must start with a letter, a digit, "
                                 "“_” or “+”.")
                          .arg(name, name.left(1)));
    for (const QChar c : name) {
        if (!isNameCharacter(c))
            return refuse(
                UiText::tr("“%1” contains “%2”; use only letters, digits and “._+-”.")
                    .arg(name, c == QLatin1Char(' ') ? UiText::tr("a space") : QString(c)));
    }
    return true;
}

NamePattern::Expansion NamePattern::expand(const QString &pattern, int count) {
    const QString text = pattern.trimmed();
    if (text.isEmpty())
        return failed(UiText::tr("Enter a name or a pattern such as web-{01..20}."));

    const int open = text.indexOf(QLatin1Char('{'));
    const int close = text.indexOf(QLatin1Char('}'));
    if (open < 0 && close < 0) {
        if (count < 1 || count > MaxCount)
            return failed(
                UiText::tr("The number of guests must be between 1 and %1.").arg(MaxCount));
        if (count == 1)
            return checked({text});
        QStringList names;
        names.reserve(count);
        for (int i = 1; i <= count; ++i)
            names << text + QLatin1Char('-') + QString::number(i);
        return checked(names);
    }

    static const QRegularExpression range(QStringLiteral("^\\{(\\d+)\\.\\.(\\d+)\\}$"));
    if (open < 0 || close < open)
        return failed(
            UiText::tr("The braces in “%1” do not match; write a range as {1..10}.").arg(text));
    if (text.indexOf(QLatin1Char('{'), open + 1) >= 0 ||
        text.indexOf(QLatin1Char('}'), close + 1) >= 0)
        return failed(
            UiText::tr("“%1” has more than one range; use one, such as web-{01..20}.").arg(text));
    const QRegularExpressionMatch m = range.match(text.mid(open, close - open + 1));
    if (!m.hasMatch())
        return failed(
            UiText::tr("“%1” is not a range; write it as {first..last}, for example {01..20}.")
                .arg(text.mid(open, close - open + 1)));

    const QString firstText = m.captured(1);
    bool firstOk = false;
    bool lastOk = false;
    // Long digit strings would overflow; no range that long could be within the limit anyway.
    const qlonglong first = firstText.size() > 9 ? -1 : firstText.toLongLong(&firstOk);
    const qlonglong last = m.captured(2).size() > 9 ? -1 : m.captured(2).toLongLong(&lastOk);
    if (!firstOk || !lastOk)
        return failed(UiText::tr("The numbers in “%1” are too large.").arg(text));
    if (last < first)
        return failed(UiText::tr("The range {%1..%2} counts down; write the smaller number first.")
                          .arg(firstText, m.captured(2)));
    const qlonglong total = last - first + 1;
    if (total > MaxCount)
        return failed(UiText::tr("{%1..%2} would make %3 guests; at most %4 can be made at once.")
                          .arg(firstText, m.captured(2))
                          .arg(total)
                          .arg(MaxCount));

    // "01" pads to two digits, "1" does not pad.
    const int width = firstText.startsWith(QLatin1Char('0')) ? int(firstText.size()) : 0;
    const QString prefix = text.left(open);
    const QString suffix = text.mid(close + 1);
    QStringList names;
    names.reserve(int(total));
    for (qlonglong n = first; n <= last; ++n)
        names << prefix + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')) + suffix;
    return checked(names);
}
