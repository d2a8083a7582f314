// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Catalogue {
    int messages = 0;
    QStringList unfinished;
};

Catalogue readTs(const QString &path) {
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader r(&f);
    QString source;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("source")) {
            source = r.readElementText();
        } else if (r.name() == QLatin1String("translation")) {
            ++c.messages;
            const QString type = r.attributes().value(QLatin1String("type")).toString();
            const bool plural = false;
            Q_UNUSED(plural);
            QString text;
            // Plural forms hold <numerusform> children; collect their text.
            while (!(r.isEndElement() && r.name() == QLatin1String("translation"))) {
                r.readNext();
                if (r.isCharacters())
                    text += r.text();
            }
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                text.trimmed().isEmpty())
                c.unfinished << source;
        }
    }
    return c;
}

} // namespace

class TranslationCatalogue : public ::testing::TestWithParam<const char *> {};

TEST_P(TranslationCatalogue, IsCompleteAndLoads) {
    const QString locale = QString::fromLatin1(GetParam());
    const Catalogue c = readTs(QStringLiteral(VD_SOURCE_DIR "/translations/virtdeck_") + locale +
                               QStringLiteral(".ts"));
    EXPECT_GT(c.messages, 100);
    EXPECT_TRUE(c.unfinished.isEmpty()) << c.unfinished.size() << " untranslated, e.g. \""
                                        << c.unfinished.value(0).toStdString() << "\"";
    QTranslator t;
    ASSERT_TRUE(t.load(QStringLiteral(":/i18n/virtdeck_") + locale + QStringLiteral(".qm")));
    const QString title = t.translate("UserError", "The libvirt service is not running");
    EXPECT_FALSE(title.isEmpty());
    EXPECT_NE(title, QStringLiteral("The libvirt service is not running"));
}

INSTANTIATE_TEST_SUITE_P(Shipped, TranslationCatalogue, ::testing::Values("ru", "zh_CN"));

TEST(Translations, InstallPicksTheLocale) {
    EXPECT_TRUE(Translations::available().contains(QStringLiteral("ru")));
    EXPECT_TRUE(Translations::available().contains(QStringLiteral("zh_CN")));
}
