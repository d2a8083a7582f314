// SPDX-License-Identifier: GPL-2.0-or-later
// The Clone dialog, offscreen against libvirt's test driver: name checks as you type, what
// happens to each disk, the source's state, a full and a linked clone, and Cancel.
#include "clonedialog.h"
#include "connection.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "testdriverguests.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include <gtest/gtest.h>
#include <libvirt/virterror.h>

using TestSupport::waitFor;

namespace {

class CloneDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        guests = std::make_unique<TestDriverGuests>(QStringLiteral("vdui-c"));
        ASSERT_TRUE(guests->isOpen());
        QString error;
        sourceUuid = guests->defineWithDisk(sourceName, &error);
        ASSERT_FALSE(sourceUuid.isEmpty()) << error.toStdString();
        // The Connection's worker has its own test:///default connection: it must see the
        // guest the plain one defined, or nothing below tests anything.
        ASSERT_TRUE(hostHas(sourceName));
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
        dialog = new CloneDialog(connection.get(), sourceUuid, sourceName);
        dialog->show();
        ASSERT_TRUE(waitFor([&] { return dialog->isLoaded(); }, 20000));
    }

    QString problemShown() const {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("dialogProblem"));
        return label && label->isVisibleTo(dialog) ? label->text() : QString();
    }

    void expectBlocked(const char *reasonPart) {
        EXPECT_FALSE(dialog->cloneButton()->isEnabled());
        const QString shown = problemShown();
        EXPECT_TRUE(shown.startsWith(QLatin1String("Clone is disabled: "))) << shown.toStdString();
        EXPECT_TRUE(shown.contains(QString::fromUtf8(reasonPart), Qt::CaseInsensitive))
            << "shown: " << shown.toStdString() << " wanted: " << reasonPart;
    }

    void expectNameError(const char *reasonPart) {
        expectBlocked(reasonPart);
        EXPECT_TRUE(dialog->nameMessage()->isVisibleTo(dialog));
        EXPECT_TRUE(dialog->nameMessage()->isError());
        EXPECT_TRUE(dialog->nameMessage()->text().contains(QString::fromUtf8(reasonPart),
                                                           Qt::CaseInsensitive))
            << dialog->nameMessage()->text().toStdString();
    }

    void expectOpen() {
        EXPECT_TRUE(dialog->cloneButton()->isEnabled()) << problemShown().toStdString();
        EXPECT_TRUE(problemShown().isEmpty()) << problemShown().toStdString();
        EXPECT_FALSE(dialog->nameMessage()->isVisibleTo(dialog));
    }

    // Text of the disk list's row for `target` ("vda").
    QString diskAction(const QString &target) const {
        QTreeWidget *list = dialog->diskList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0).startsWith(target))
                return list->topLevelItem(i)->text(2);
        return {};
    }

    std::unique_ptr<Connection> connection;
    std::unique_ptr<TestDriverGuests> guests;
    const QString sourceName = QStringLiteral("vdui-csrc");
    QString sourceUuid;
    QPointer<CloneDialog> dialog;
};

} // namespace

TEST_F(CloneDialogTest, NameIsCheckedAsYouTypeWithTheReasonNextToIt) {
    open();
    EXPECT_EQ(dialog->newName(), QStringLiteral("vdui-csrc-clone"));
    expectOpen();

    dialog->nameEdit()->setText(QString());
    expectNameError("Enter a name");
    dialog->nameEdit()->setText(QStringLiteral("test")); // the driver's own guest
    expectNameError("already exists");
    dialog->nameEdit()->setText(sourceName);
    expectNameError("already exists");
    dialog->nameEdit()->setText(QStringLiteral("web server"));
    expectNameError("a space");
    dialog->nameEdit()->setText(QStringLiteral("web/1"));
    expectNameError("contains “/”");
    dialog->nameEdit()->setText(QStringLiteral("-web"));
    expectNameError("starts with");
    dialog->nameEdit()->setText(QString(70, QLatin1Char('a')));
    expectNameError("longer than 64");
    dialog->nameEdit()->setText(QStringLiteral("vdui-c-fine"));
    expectOpen();
}

TEST_F(CloneDialogTest, DefaultNameIsUniqueOnTheHost) {
    ASSERT_FALSE(guests->defineBare(QStringLiteral("vdui-csrc-clone")).isEmpty());
    ASSERT_FALSE(guests->defineBare(QStringLiteral("vdui-csrc-clone-2")).isEmpty());
    ASSERT_TRUE(waitFor([&] { return hostHas(QStringLiteral("vdui-csrc-clone-2")); }));
    open();
    EXPECT_EQ(dialog->newName(), QStringLiteral("vdui-csrc-clone-3"));
    expectOpen();
}

TEST_F(CloneDialogTest, SaysWhatHappensToEachDiskAndWhyTheSourceStaysOff) {
    open();
    ASSERT_EQ(dialog->diskList()->topLevelItemCount(), 2);
    EXPECT_TRUE(diskAction(QStringLiteral("vda")).startsWith(QLatin1String("Copied")))
        << diskAction(QStringLiteral("vda")).toStdString();
    EXPECT_TRUE(diskAction(QStringLiteral("hdc")).startsWith(QLatin1String("Shared")))
        << diskAction(QStringLiteral("hdc")).toStdString();
    EXPECT_TRUE(dialog->diskList()->topLevelItem(0)->text(1).contains(
        QLatin1String("/default-pool/vdui-csrc.qcow2")));
    EXPECT_TRUE(dialog->sourceStateLine()->isVisibleTo(dialog));
    EXPECT_FALSE(dialog->sourceStateLine()->isError());
    EXPECT_TRUE(dialog->sourceStateLine()->text().contains(QLatin1String("shut off")));
    EXPECT_TRUE(dialog->sourceStateLine()->text().contains(QLatin1String("half-written")));

    dialog->linkedButton()->setChecked(true);
    EXPECT_TRUE(diskAction(QStringLiteral("vda")).startsWith(QLatin1String("Linked")));
    EXPECT_TRUE(diskAction(QStringLiteral("hdc")).startsWith(QLatin1String("Shared")));
    EXPECT_TRUE(dialog->sourceStateLine()->text().contains(QLatin1String("stay shut off")));
    expectOpen();
}

TEST_F(CloneDialogTest, RunningSourceDisablesCloneWithTheReason) {
    ASSERT_TRUE(guests->start(sourceName));
    open();
    expectBlocked("running");
    EXPECT_TRUE(dialog->sourceStateLine()->isError());
    EXPECT_TRUE(dialog->sourceStateLine()->text().contains(QLatin1String("Shut down")))
        << dialog->sourceStateLine()->text().toStdString();
    dialog->linkedButton()->setChecked(true);
    expectBlocked("running");
    // The name is fine: only the source is in the way.
    EXPECT_FALSE(dialog->nameMessage()->isVisibleTo(dialog));
}

TEST_F(CloneDialogTest, FullCloneRunsWithProgressAndTheHostListsTheClone) {
    open();
    dialog->nameEdit()->setText(QStringLiteral("vdui-c-full"));
    QSignalSpy cloned(dialog.data(), &CloneDialog::cloned);
    dialog->cloneButton()->click();
    EXPECT_TRUE(dialog->isRunning() || dialog->result());
    ASSERT_TRUE(waitFor([&] { return dialog->result().has_value(); }, 30000));
    const JobResult &result = *dialog->result();
    ASSERT_TRUE(result.ok) << result.error.summary().toStdString();
    ASSERT_EQ(cloned.count(), 1);
    const QString uuid = cloned.first().at(0).toString();
    EXPECT_FALSE(uuid.isEmpty());
    EXPECT_NE(uuid, sourceUuid);
    EXPECT_EQ(cloned.first().at(1).toString(), QStringLiteral("vdui-c-full"));

    EXPECT_EQ(dialog->progressBar()->value(), 1000);
    EXPECT_EQ(dialog->stepLabel()->text(), QStringLiteral("Done"));
    EXPECT_TRUE(dialog->logView()->toPlainText().contains(QLatin1String("Copied disk vda")))
        << dialog->logView()->toPlainText().toStdString();
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QLatin1String("full copy")));
    EXPECT_TRUE(dialog->outcomeLabel()->isVisibleTo(dialog));
    EXPECT_FALSE(dialog->cloneButton()->isVisibleTo(dialog));

    // Seen by the dialog's own connection and by another client.
    EXPECT_TRUE(hostHas(QStringLiteral("vdui-c-full")));
    EXPECT_TRUE(guests->exists(QStringLiteral("vdui-c-full")));
    EXPECT_TRUE(guests->volumeNames().contains(QStringLiteral("vdui-c-full.qcow2")));
    const QString xml = guests->xml(QStringLiteral("vdui-c-full"));
    EXPECT_TRUE(xml.contains(QLatin1String("/default-pool/vdui-c-full.qcow2")));
    EXPECT_TRUE(xml.contains(QLatin1String("/isos/tools.iso"))); // the CD-ROM is shared
    EXPECT_FALSE(xml.contains(QLatin1String("52:54:00:5a:00:01")));
}

TEST_F(CloneDialogTest, LinkedCloneGetsAnOverlayOnTheSourceDisk) {
    open();
    dialog->nameEdit()->setText(QStringLiteral("vdui-c-linked"));
    dialog->linkedButton()->setChecked(true);
    dialog->start();
    ASSERT_TRUE(waitFor([&] { return dialog->result().has_value(); }, 30000));
    ASSERT_TRUE(dialog->result()->ok) << dialog->result()->error.summary().toStdString();
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QLatin1String("linked clone")));
    EXPECT_TRUE(hostHas(QStringLiteral("vdui-c-linked")));
    EXPECT_TRUE(guests->volumeNames().contains(QStringLiteral("vdui-c-linked.qcow2")));
}

TEST_F(CloneDialogTest, CancelUndoesTheCloneAndClosesTheWindow) {
    open();
    const QStringList volumesBefore = guests->volumeNames();
    dialog->nameEdit()->setText(QStringLiteral("vdui-c-cancel"));
    QSignalSpy cloned(dialog.data(), &CloneDialog::cloned);
    dialog->start();
    ASSERT_TRUE(dialog->isRunning());
    // As the Cancel button or Escape would: the window waits for the rollback.
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->stepLabel()->text().startsWith(QLatin1String("Cancelling")));
    ASSERT_TRUE(waitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 30000));
    // Closed and deleted: nothing of the clone is left.
    ASSERT_TRUE(waitFor([&] { return dialog.isNull(); }, 5000));
    EXPECT_EQ(cloned.count(), 0);
    EXPECT_FALSE(hostHas(QStringLiteral("vdui-c-cancel")));
    EXPECT_EQ(guests->volumeNames(), volumesBefore);
}

TEST_F(CloneDialogTest, FailureSaysWhyAndLeavesNothing) {
    open();
    dialog->nameEdit()->setText(QStringLiteral("vdui-c-late"));
    // Taken after the dialog read the host's names: the job's own check refuses it.
    ASSERT_FALSE(guests->defineBare(QStringLiteral("vdui-c-late")).isEmpty());
    const QStringList volumesBefore = guests->volumeNames();
    dialog->start();
    ASSERT_TRUE(waitFor([&] { return dialog->result().has_value(); }, 30000));
    EXPECT_FALSE(dialog->result()->ok);
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QLatin1String("already exists")))
        << dialog->outcomeLabel()->text().toStdString();
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QLatin1String("Nothing was left")));
    EXPECT_EQ(guests->volumeNames(), volumesBefore);
    EXPECT_TRUE(dialog->isVisible());
}
