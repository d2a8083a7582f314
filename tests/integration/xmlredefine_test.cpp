// SPDX-License-Identifier: GPL-2.0-or-later
// The XML page's path (DomainDefinition) against the real QEMU driver: every kind of bad
// input is refused with a reason and leaves the persistent definition exactly as it was, on
// a running and on a shut-off guest; a valid edit is taken and the running guest is untouched
// until its next start. The guest is vdtest-xml-* and removed afterwards.
#include "domaindefinition.h"
#include "libvirthandles.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <QRegularExpression>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

namespace {

class XmlRedefineTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
        ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("xml"));
        o.graphics = QStringLiteral("none");
        QString error;
        ASSERT_TRUE(guest.define(o, &error)) << error.toStdString();
        uuid = guest.uuid();
    }

    QString persistentXml() const {
        char *xml =
            virDomainGetXMLDesc(guest.domain(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
        const QString text = QString::fromUtf8(xml);
        free(xml);
        return text;
    }
    QString liveXml() const {
        char *xml = virDomainGetXMLDesc(guest.domain(), 0);
        const QString text = QString::fromUtf8(xml);
        free(xml);
        return text;
    }

    // Each bad edit is refused with a message and the definition stays byte for byte.
    void expectEveryBadEditRefused() {
        const DomainDefinition::Read read = DomainDefinition::read(guest.connection(), uuid);
        ASSERT_TRUE(read.error.isNull()) << read.error.summary().toStdString();
        const QString before = persistentXml();
        const QString xml = read.xml;

        QString malformed = xml;
        malformed.replace(QLatin1String("</devices>"), QLatin1String("</device>"));
        QString unknownElement = xml;
        unknownElement.replace(QLatin1String("<devices>"),
                               QLatin1String("<devices><floppydrive/>"));
        QString badValue = xml;
        badValue.replace(QRegularExpression(QStringLiteral("<memory unit='KiB'>\\d+</memory>")),
                         QStringLiteral("<memory unit='KiB'>lots</memory>"));
        QString renamed = xml;
        renamed.replace(QStringLiteral("<name>%1</name>").arg(guest.name()),
                        QStringLiteral("<name>%1-renamed</name>").arg(guest.name()));
        QString otherUuid = xml;
        otherUuid.replace(uuid, QStringLiteral("00000000-0000-4000-8000-000000000001"));
        QString unknownEmulator = xml;
        unknownEmulator.replace(QRegularExpression(QStringLiteral("<emulator>[^<]*</emulator>")),
                                QStringLiteral("<emulator>/usr/bin/no-such-qemu</emulator>"));

        ASSERT_NE(malformed, xml);
        ASSERT_NE(unknownElement, xml);
        ASSERT_NE(badValue, xml);
        ASSERT_NE(renamed, xml);
        ASSERT_NE(otherUuid, xml);
        ASSERT_NE(unknownEmulator, xml);

        const UserError m = DomainDefinition::redefine(guest.connection(), uuid, malformed);
        EXPECT_FALSE(m.isNull());
        EXPECT_TRUE(m.summary().contains(QLatin1String("line"))) << m.summary().toStdString();
        for (const QString &bad : {unknownElement, badValue, renamed, otherUuid, unknownEmulator}) {
            const UserError e = DomainDefinition::redefine(guest.connection(), uuid, bad);
            EXPECT_FALSE(e.isNull());
            EXPECT_FALSE(e.summary().isEmpty());
        }
        EXPECT_EQ(persistentXml(), before);
        virDomainPtr byName = virDomainLookupByName(
            guest.connection(), (guest.name() + QStringLiteral("-renamed")).toUtf8().constData());
        EXPECT_EQ(byName, nullptr) << "a rename must not define a second guest";
        if (byName)
            virDomainFree(byName);
        virResetLastError();
    }

    ThrowawayGuest guest;
    QString uuid;
};

TEST_F(XmlRedefineTest, BadInputLeavesAShutOffGuestsDefinitionUntouched) {
    expectEveryBadEditRefused();
}

TEST_F(XmlRedefineTest, BadInputLeavesARunningGuestUntouchedAndAGoodEditWaitsForARestart) {
    QString error;
    ASSERT_TRUE(guest.start(&error)) << error.toStdString();
    expectEveryBadEditRefused();
    EXPECT_EQ(guest.state(), VIR_DOMAIN_RUNNING);

    const DomainDefinition::Read read = DomainDefinition::read(guest.connection(), uuid);
    QString edited = read.xml;
    edited.replace(QLatin1String("</devices>"),
                   QLatin1String("<watchdog model='i6300esb' action='reset'/></devices>"));
    const UserError ok = DomainDefinition::redefine(guest.connection(), uuid, edited);
    ASSERT_TRUE(ok.isNull()) << ok.details().toStdString();
    EXPECT_TRUE(persistentXml().contains(QLatin1String("i6300esb")));
    EXPECT_FALSE(liveXml().contains(QLatin1String("i6300esb")))
        << "the running guest keeps its devices until it starts again";

    guest.destroy();
    ASSERT_TRUE(guest.start(&error)) << error.toStdString();
    EXPECT_TRUE(liveXml().contains(QLatin1String("i6300esb")));
}

} // namespace
