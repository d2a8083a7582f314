// SPDX-License-Identifier: GPL-2.0-or-later
// The Many-from-a-template dialog, offscreen against libvirt's test driver: name patterns,
// names the host already has, cloud-init addresses, and runs with one row per guest.
#include "connection.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "templatedialog.h"
#include "testdriverguests.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>

#include <gtest/gtest.h>
#include <libvirt/virterror.h>

using TestSupport::waitFor;

namespace {

class TemplateDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        guests = std::make_unique<TestDriverGuests>(QStringLiteral("vdui-t"));
        ASSERT_TRUE(guests->isOpen());
        QString error;
        templateUuid = guests->defineWithDisk(templateName, &error);
        ASSERT_FALSE(templateUuid.isEmpty()) << error.toStdString();
    }
    void TearDown() override {
        delete dialog.data();
        guests.reset();
    }

    // Asks through the Connection (its worker's libvirt connection), as the dialog does.
    bool hostHas(const QString &name) {
        std::optional<bool> found;
        bool answered = false;
        QObject receiver;
        connection->runQuery<bool>(
            [name](virConnectPtr c) {
                DomainHandle d(virDomainLookupByName(c, name.toUtf8().constData()));
                virResetLastError();
                return d != nullptr;
            },
            &receiver,
            [&](const std::optional<bool> &value) {
                found = value;
                answered = true;
            });
        EXPECT_TRUE(waitFor([&] { return answered; }, 10000));
        return found.value_or(false);
    }

    void open() {
        dialog = new TemplateDialog(connection.get(), templateUuid, templateName);
        dialog->show();
        ASSERT_TRUE(waitFor([&] { return dialog->isLoaded(); }, 20000));
    }

    QString problemShown() const {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("dialogProblem"));
        return label && label->isVisibleTo(dialog) ? label->text() : QString();
    }

    void expectBlocked(const char *reasonPart) {
        EXPECT_FALSE(dialog->createButton()->isEnabled());
        const QString shown = problemShown();
        EXPECT_TRUE(shown.startsWith(QLatin1String("Create is disabled: "))) << shown.toStdString();
        EXPECT_TRUE(shown.contains(QString::fromUtf8(reasonPart), Qt::CaseInsensitive))
            << "shown: " << shown.toStdString() << " wanted: " << reasonPart;
    }

    // Blocked, with the reason also next to the field.
    void expectFieldError(FieldMessage *message, const char *reasonPart) {
        expectBlocked(reasonPart);
        EXPECT_TRUE(message->isVisibleTo(dialog));
        EXPECT_TRUE(message->isError());
        EXPECT_TRUE(message->text().contains(QString::fromUtf8(reasonPart), Qt::CaseInsensitive))
            << message->text().toStdString();
    }

    void expectOpen() {
        EXPECT_TRUE(dialog->createButton()->isEnabled()) << problemShown().toStdString();
        EXPECT_TRUE(problemShown().isEmpty()) << problemShown().toStdString();
    }

    QString status(int row) const {
        QTreeWidgetItem *item = dialog->guestTable()->topLevelItem(row);
        return item ? item->text(TemplateDialog::StatusColumn) : QString();
    }
    QString detail(int row) const {
        QTreeWidgetItem *item = dialog->guestTable()->topLevelItem(row);
        return item ? item->text(TemplateDialog::DetailColumn) : QString();
    }

    std::unique_ptr<Connection> connection;
    std::unique_ptr<TestDriverGuests> guests;
    const QString templateName = QStringLiteral("vdui-tpl");
    QString templateUuid;
    QPointer<TemplateDialog> dialog;
};

} // namespace

TEST_F(TemplateDialogTest, PatternShowsTheNamesOrWhyItCannotBeUsed) {
    open();
    EXPECT_EQ(dialog->names(),
              QStringList({QStringLiteral("vdui-tpl-1"), QStringLiteral("vdui-tpl-2"),
                           QStringLiteral("vdui-tpl-3")}));
    expectOpen();

    dialog->patternEdit()->setText(QStringLiteral("web-{01..20}"));
    EXPECT_EQ(dialog->names().size(), 20);
    EXPECT_TRUE(dialog->previewLabel()->isVisibleTo(dialog));
    EXPECT_EQ(dialog->previewLabel()->text(),
              QStringLiteral("20 guests: web-01, web-02, web-03, web-04, …, web-20"));
    EXPECT_FALSE(dialog->countBox()->isEnabled()); // the range decides the count
    EXPECT_FALSE(dialog->patternMessage()->isVisibleTo(dialog));
    expectOpen();

    dialog->patternEdit()->setText(QString());
    expectFieldError(dialog->patternMessage(), "Enter a name or a pattern");
    EXPECT_FALSE(dialog->previewLabel()->isVisibleTo(dialog));
    dialog->patternEdit()->setText(QStringLiteral("web-{9..1}"));
    expectFieldError(dialog->patternMessage(), "counts down");
    dialog->patternEdit()->setText(QStringLiteral("web-{1..3"));
    expectFieldError(dialog->patternMessage(), "do not match");
    dialog->patternEdit()->setText(QStringLiteral("web-{a..c}"));
    expectFieldError(dialog->patternMessage(), "not a range");
    dialog->patternEdit()->setText(QStringLiteral("web server-{1..3}"));
    expectFieldError(dialog->patternMessage(), "a space");
    dialog->patternEdit()->setText(QStringLiteral("web-{1..600}"));
    expectFieldError(dialog->patternMessage(), "at most 500");
    dialog->patternEdit()->setText(QString(62, QLatin1Char('w')) + QStringLiteral("{1..200}"));
    expectFieldError(dialog->patternMessage(), "longer than 64");

    // A plain name: the count box decides.
    dialog->patternEdit()->setText(QStringLiteral("db"));
    EXPECT_TRUE(dialog->countBox()->isEnabled());
    dialog->countBox()->setValue(1);
    EXPECT_EQ(dialog->previewLabel()->text(), QStringLiteral("1 guest: db"));
    expectOpen();
    dialog->countBox()->setValue(5);
    EXPECT_EQ(dialog->previewLabel()->text(),
              QStringLiteral("5 guests: db-1, db-2, db-3, db-4, db-5"));
    dialog->countBox()->setValue(501);
    expectFieldError(dialog->patternMessage(), "between 1 and 500");
}

TEST_F(TemplateDialogTest, NamesTheHostAlreadyHasAreFlagged) {
    ASSERT_FALSE(guests->defineBare(QStringLiteral("vdui-tx-2")).isEmpty());
    open();
    dialog->patternEdit()->setText(QStringLiteral("vdui-tx-{1..3}"));
    EXPECT_EQ(dialog->takenNames(), QStringList{QStringLiteral("vdui-tx-2")});
    // A warning, not a refusal: the others can still be made.
    EXPECT_TRUE(dialog->patternMessage()->isVisibleTo(dialog));
    EXPECT_FALSE(dialog->patternMessage()->isError());
    EXPECT_TRUE(dialog->patternMessage()->text().contains(QLatin1String("vdui-tx-2")));
    EXPECT_TRUE(dialog->patternMessage()->text().contains(QLatin1String("will fail")));
    expectOpen();

    // Nothing left to make.
    dialog->patternEdit()->setText(QStringLiteral("test")); // the driver's own guest
    dialog->countBox()->setValue(1);
    expectFieldError(dialog->patternMessage(), "already exists");
    dialog->patternEdit()->setText(QStringLiteral("vdui-tx-{2..2}"));
    expectFieldError(dialog->patternMessage(), "already exists");
}

TEST_F(TemplateDialogTest, CloudInitAddressesAreCheckedForTheWholeCount) {
    if (QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty())
        GTEST_SKIP() << "xorriso is not installed; the cloud-init fields say so instead";
    open();
    dialog->patternEdit()->setText(QStringLiteral("web-{01..10}"));
    EXPECT_FALSE(dialog->addressEdit()->isEnabled());
    dialog->addressEdit()->setText(QStringLiteral("garbage")); // ignored while off
    expectOpen();

    dialog->cloudInitBox()->setChecked(true);
    EXPECT_TRUE(dialog->addressEdit()->isEnabled());
    expectFieldError(dialog->addressMessage(), "no prefix length");
    dialog->addressEdit()->setText(QStringLiteral("192.168.122.50"));
    expectFieldError(dialog->addressMessage(), "no prefix length");
    dialog->addressEdit()->setText(QStringLiteral("300.1.1.1/24"));
    expectFieldError(dialog->addressMessage(), "not an IPv4 address");
    dialog->addressEdit()->setText(QStringLiteral("192.168.122.50/40"));
    expectFieldError(dialog->addressMessage(), "prefix length");
    // Ten guests from .250 leave the /24.
    dialog->addressEdit()->setText(QStringLiteral("192.168.122.250/24"));
    expectFieldError(dialog->addressMessage(), "room for");
    dialog->patternEdit()->setText(QStringLiteral("web-{01..04}"));
    expectOpen();
    dialog->patternEdit()->setText(QStringLiteral("web-{01..10}"));
    dialog->addressEdit()->setText(QStringLiteral("192.168.122.50/24"));
    expectOpen();
    EXPECT_FALSE(dialog->addressMessage()->isError());
    EXPECT_EQ(dialog->addressMessage()->text(),
              QStringLiteral("web-01 gets 192.168.122.50, … web-10 gets 192.168.122.59."));

    dialog->gatewayEdit()->setText(QStringLiteral("192.168.122"));
    expectFieldError(dialog->gatewayMessage(), "not an IPv4 address");
    dialog->gatewayEdit()->setText(QStringLiteral("192.168.122.1"));
    expectOpen();
    dialog->dnsEdit()->setText(QStringLiteral("192.168.122.1, dns.example"));
    expectFieldError(dialog->dnsMessage(), "“dns.example” is not an IPv4 address");
    dialog->dnsEdit()->setText(QStringLiteral("192.168.122.1, 9.9.9.9"));
    expectOpen();
    EXPECT_EQ(dialog->request().dns,
              QStringList({QStringLiteral("192.168.122.1"), QStringLiteral("9.9.9.9")}));
    EXPECT_EQ(dialog->request().startIp, QStringLiteral("192.168.122.50/24"));
    EXPECT_TRUE(dialog->request().cloudInit);

    // A gateway without an address has nothing to go with.
    dialog->addressEdit()->setText(QString());
    expectFieldError(dialog->gatewayMessage(), "static address");
    dialog->gatewayEdit()->clear();
    dialog->dnsEdit()->clear();
    expectOpen();
    EXPECT_TRUE(dialog->addressMessage()->text().contains(QLatin1String("DHCP")));
}

TEST_F(TemplateDialogTest, RunningTemplateDisablesCreateWithTheReason) {
    ASSERT_TRUE(guests->start(templateName));
    open();
    expectBlocked("running");
    EXPECT_TRUE(dialog->templateStateLine()->isError());
    dialog->fullButton()->setChecked(true);
    expectBlocked("running");
}

TEST_F(TemplateDialogTest, FiveGuestsAreMadeWithOneRowEach) {
    open();
    dialog->patternEdit()->setText(QStringLiteral("vdui-tweb-{1..5}"));
    expectOpen();
    QSignalSpy finished(dialog.data(), &TemplateDialog::finished);
    dialog->createButton()->click();
    ASSERT_TRUE(dialog->isRunning());
    ASSERT_EQ(dialog->guestTable()->topLevelItemCount(), 5);
    ASSERT_TRUE(waitFor([&] { return dialog->result().has_value(); }, 60000));
    ASSERT_TRUE(dialog->result()->ok) << dialog->result()->error.summary().toStdString();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.first().at(0).value<JobResult>().items.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("vdui-tweb-%1").arg(i + 1);
        EXPECT_EQ(dialog->guestTable()->topLevelItem(i)->text(TemplateDialog::NameColumn), name);
        EXPECT_EQ(status(i), QStringLiteral("done")) << detail(i).toStdString();
        EXPECT_TRUE(detail(i).contains(QLatin1String("linked clone"))) << detail(i).toStdString();
        EXPECT_TRUE(hostHas(name)) << name.toStdString();
        EXPECT_TRUE(guests->volumeNames().contains(name + QStringLiteral(".qcow2")));
    }
    EXPECT_EQ(dialog->progressBar()->value(), 1000);
    EXPECT_TRUE(dialog->outcomeLabel()->text().startsWith(QLatin1String("All 5 guests were made")))
        << dialog->outcomeLabel()->text().toStdString();
}

TEST_F(TemplateDialogTest, AGuestWhoseNameIsTakenFailsAndTheOthersAreKept) {
    ASSERT_FALSE(guests->defineBare(QStringLiteral("vdui-tex-3")).isEmpty());
    open();
    dialog->patternEdit()->setText(QStringLiteral("vdui-tex-{1..5}"));
    dialog->fullButton()->setChecked(true);
    EXPECT_EQ(dialog->takenNames(), QStringList{QStringLiteral("vdui-tex-3")});
    expectOpen();
    QSignalSpy finished(dialog.data(), &TemplateDialog::finished);
    dialog->start();
    ASSERT_TRUE(waitFor([&] { return dialog->result().has_value(); }, 60000));
    const JobResult result = *dialog->result();
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.cancelled);
    ASSERT_EQ(result.items.size(), 5);
    EXPECT_EQ(finished.count(), 1);
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("vdui-tex-%1").arg(i + 1);
        if (i == 2) {
            EXPECT_EQ(status(i), QStringLiteral("failed"));
            EXPECT_TRUE(detail(i).contains(QLatin1String("already exists")))
                << detail(i).toStdString();
            EXPECT_FALSE(guests->volumeNames().contains(name + QStringLiteral(".qcow2")));
        } else {
            EXPECT_EQ(status(i), QStringLiteral("done")) << detail(i).toStdString();
            EXPECT_TRUE(detail(i).contains(QLatin1String("full copy"))) << detail(i).toStdString();
            EXPECT_TRUE(hostHas(name)) << name.toStdString();
        }
    }
    const QString outcome = dialog->outcomeLabel()->text();
    EXPECT_TRUE(outcome.contains(QLatin1String("1 of 5 guests could not be made")))
        << outcome.toStdString();
    EXPECT_TRUE(outcome.contains(QLatin1String("the others were kept"))) << outcome.toStdString();
}

// The test driver takes no volume uploads, so every seed fails: each guest says why, and
// each is undone completely (a real host is covered by the integration tests).
TEST_F(TemplateDialogTest, CloudInitSeedFailuresAreReportedPerGuestAndUndone) {
    if (QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty())
        GTEST_SKIP() << "xorriso is not installed";
    const QStringList volumesBefore = guests->volumeNames();
    open();
    dialog->patternEdit()->setText(QStringLiteral("vdui-tci-{1..2}"));
    dialog->cloudInitBox()->setChecked(true);
    dialog->addressEdit()->setText(QStringLiteral("192.168.122.50/24"));
    dialog->gatewayEdit()->setText(QStringLiteral("192.168.122.1"));
    expectOpen();
    EXPECT_EQ(dialog->request().startIp, QStringLiteral("192.168.122.50/24"));
    dialog->start();
    ASSERT_TRUE(waitFor([&] { return dialog->result().has_value(); }, 60000));
    EXPECT_FALSE(dialog->result()->ok);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(status(i), QStringLiteral("failed"));
        EXPECT_TRUE(detail(i).contains(QLatin1String("Not supported"))) << detail(i).toStdString();
        EXPECT_FALSE(guests->exists(QStringLiteral("vdui-tci-%1").arg(i + 1)));
    }
    EXPECT_EQ(guests->volumeNames(), volumesBefore);
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QLatin1String("2 of 2 guests")))
        << dialog->outcomeLabel()->text().toStdString();
}

TEST_F(TemplateDialogTest, CancelStopsAfterTheGuestBeingMade) {
    open();
    dialog->patternEdit()->setText(QStringLiteral("vdui-tcan-{1..40}"));
    dialog->start();
    ASSERT_TRUE(dialog->isRunning());
    // As the Cancel button or Escape would; the window stays to show what was made.
    dialog->reject();
    ASSERT_TRUE(waitFor([&] { return dialog->result().has_value(); }, 60000));
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isVisible());
    const JobResult &result = *dialog->result();
    ASSERT_TRUE(result.cancelled) << "all 40 made before the cancel arrived";
    int made = 0;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("vdui-tcan-%1").arg(i + 1);
        if (status(i) == QLatin1String("done")) {
            ++made;
            EXPECT_TRUE(guests->exists(name)) << name.toStdString();
        } else {
            EXPECT_EQ(status(i), QStringLiteral("not made")) << name.toStdString();
            EXPECT_FALSE(guests->exists(name)) << name.toStdString();
        }
    }
    EXPECT_LT(made, 40);
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QLatin1String("cancelled")))
        << dialog->outcomeLabel()->text().toStdString();
}
