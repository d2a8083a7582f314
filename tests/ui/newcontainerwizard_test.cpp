// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "libvirthandles.h"
#include "newcontainerwizard.h"
#include "rootfsbootstrap.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;

namespace {

class NewContainerWizardTest : public ::testing::Test {
protected:
    void SetUp() override {
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        wizard = std::make_unique<NewContainerWizard>(connection.get(), nullptr);
        wizard->show();
        ASSERT_TRUE(waitFor([&] { return wizard->hostInfoLoaded(); }));
    }
    void TearDown() override {
        wizard.reset();
        connection.reset();
    }

    QLabel *reason(const char *objectName) const {
        return wizard->findChild<QLabel *>(QString::fromLatin1(objectName));
    }
    // The reason shown next to the field, or empty when its label is hidden.
    QString shown(const char *objectName) const {
        QLabel *l = reason(objectName);
        return l && l->isVisibleTo(wizard.get()) ? l->text() : QString();
    }
    bool nextEnabled() const { return wizard->button(QWizard::NextButton)->isEnabled(); }
    // Next is off exactly when the current page shows why.
    void expectNextMatchesReason(int page) const {
        EXPECT_EQ(wizard->currentId(), page);
        EXPECT_EQ(nextEnabled(), wizard->problem(page).isEmpty())
            << wizard->problem(page).toStdString();
    }

    std::unique_ptr<Connection> connection;
    std::unique_ptr<NewContainerWizard> wizard;
};

} // namespace

TEST_F(NewContainerWizardTest, ApplicationCommandIsCheckedAsYouType) {
    EXPECT_TRUE(wizard->applicationButton()->isChecked());
    EXPECT_EQ(wizard->commandEdit()->text(), QStringLiteral("/bin/sh"));
    EXPECT_TRUE(wizard->problem(NewContainerWizard::TypePage).isEmpty());
    EXPECT_TRUE(nextEnabled());
    EXPECT_FALSE(wizard->commandEdit()->accessibleName().isEmpty());

    wizard->commandEdit()->clear();
    EXPECT_TRUE(shown("commandReason").contains(QStringLiteral("Enter the program")));
    expectNextMatchesReason(NewContainerWizard::TypePage);
    EXPECT_FALSE(nextEnabled());
    wizard->commandEdit()->setText(QStringLiteral("bin/sh"));
    EXPECT_TRUE(shown("commandReason").contains(QStringLiteral("full path")));
    wizard->commandEdit()->setText(QStringLiteral("/no/such/program"));
    EXPECT_TRUE(shown("commandReason").contains(QStringLiteral("does not exist")));
    wizard->commandEdit()->setText(QStringLiteral("/bin/sh"));
    wizard->argumentsEdit()->setText(QStringLiteral("-c \"sleep 600\""));
    EXPECT_TRUE(shown("commandReason").isEmpty());
    EXPECT_TRUE(nextEnabled());
    EXPECT_EQ(wizard->spec().arguments,
              (QStringList{QStringLiteral("-c"), QStringLiteral("sleep 600")}));
}

TEST_F(NewContainerWizardTest, RootFileSystemFolderIsChecked) {
    wizard->osContainerButton()->setChecked(true);
    EXPECT_TRUE(wizard->existingRootfsButton()->isChecked());
    EXPECT_TRUE(shown("rootfsReason").contains(QStringLiteral("Choose the folder")));
    expectNextMatchesReason(NewContainerWizard::TypePage);
    EXPECT_FALSE(nextEnabled());
    EXPECT_TRUE(shown("commandReason").isEmpty()) << "the application fields do not count now";

    const QString dir = TestSupport::makeTempDir(QStringLiteral("wizard-rootfs"));
    wizard->rootfsEdit()->setText(dir + QStringLiteral("/missing"));
    EXPECT_TRUE(shown("rootfsReason").contains(QStringLiteral("does not exist")));
    wizard->rootfsEdit()->setText(dir);
    EXPECT_TRUE(shown("rootfsReason").contains(QStringLiteral("/sbin/init")));
    ASSERT_TRUE(QDir(dir).mkpath(QStringLiteral("sbin")));
    QFile init(dir + QStringLiteral("/sbin/init"));
    ASSERT_TRUE(init.open(QIODevice::WriteOnly));
    init.close();
    wizard->rootfsEdit()->setText(dir + QStringLiteral("/"));
    EXPECT_TRUE(shown("rootfsReason").isEmpty());
    expectNextMatchesReason(NewContainerWizard::TypePage);
    EXPECT_TRUE(nextEnabled());
    EXPECT_EQ(wizard->spec().rootfsPath, dir);
    wizard->rootfsEdit()->setText(QStringLiteral("/"));
    EXPECT_TRUE(shown("rootfsReason").contains(QStringLiteral("application container")));
}

TEST_F(NewContainerWizardTest, DebootstrapNeedsAnEmptyOrNewFolderAndAMirror) {
    wizard->osContainerButton()->setChecked(true);
    ASSERT_TRUE(wizard->bootstrapButton()->isEnabled()) << "test:/// is on this computer";
    wizard->bootstrapButton()->setChecked(true);
    EXPECT_TRUE(wizard->releaseBox()->isEnabled());
    EXPECT_EQ(wizard->releaseBox()->currentText(), QStringLiteral("bookworm"));
    EXPECT_EQ(wizard->mirrorEdit()->text(), QStringLiteral("http://deb.debian.org/debian"));
    const QString dir = TestSupport::makeTempDir(QStringLiteral("wizard-bootstrap"));
    QFile keep(dir + QStringLiteral("/keep"));
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.close();
    wizard->rootfsEdit()->setText(dir);
    if (RootfsBootstrap::findProgram().isEmpty()) {
        EXPECT_TRUE(shown("rootfsReason").contains(QStringLiteral("not installed")));
        return;
    }
    EXPECT_TRUE(shown("rootfsReason").contains(QStringLiteral("already holds files")));
    EXPECT_FALSE(nextEnabled());
    wizard->rootfsEdit()->setText(dir + QStringLiteral("/rootfs"));
    EXPECT_TRUE(shown("rootfsReason").isEmpty());
    EXPECT_TRUE(nextEnabled());
    wizard->mirrorEdit()->setText(QStringLiteral("deb.debian.org"));
    EXPECT_TRUE(shown("mirrorReason").contains(QStringLiteral("http://")));
    expectNextMatchesReason(NewContainerWizard::TypePage);
    EXPECT_FALSE(nextEnabled());
    wizard->mirrorEdit()->setText(QStringLiteral("https://mirror.example/debian"));
    EXPECT_TRUE(nextEnabled());
    const ContainerSpec s = wizard->spec();
    EXPECT_TRUE(s.createRootfs);
    EXPECT_EQ(s.mirror, QStringLiteral("https://mirror.example/debian"));
}

TEST_F(NewContainerWizardTest, MemoryAndCpuWeightLimits) {
    wizard->next();
    ASSERT_EQ(wizard->currentId(), NewContainerWizard::ResourcesPage);
    EXPECT_TRUE(nextEnabled());
    wizard->memoryBox()->setValue(0);
    EXPECT_TRUE(shown("memoryReason").contains(QStringLiteral("at least 16 MiB")));
    expectNextMatchesReason(NewContainerWizard::ResourcesPage);
    EXPECT_FALSE(nextEnabled());
    ASSERT_GT(connection->facts().memoryKiB, 0u);
    wizard->memoryBox()->setValue(int(connection->facts().memoryKiB / 1024) + 1);
    EXPECT_TRUE(shown("memoryReason").contains(QStringLiteral("only")));
    EXPECT_FALSE(nextEnabled());
    wizard->memoryBox()->setValue(512);
    EXPECT_TRUE(shown("memoryReason").isEmpty());
    wizard->cpuWeightBox()->setValue(0);
    EXPECT_FALSE(shown("cpuReason").isEmpty());
    EXPECT_FALSE(nextEnabled());
    wizard->cpuWeightBox()->setValue(2048);
    EXPECT_TRUE(nextEnabled());
    EXPECT_EQ(wizard->spec().memoryMiB, 512u);
    EXPECT_EQ(wizard->spec().cpuShares, 2048);
}

TEST_F(NewContainerWizardTest, NetworksComeFromTheHost) {
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), NewContainerWizard::NetworkPage);
    EXPECT_TRUE(wizard->virtualNetworkButton()->isChecked());
    EXPECT_NE(wizard->networkBox()->findText(QStringLiteral("default")), -1)
        << "the test driver's network, listed off the GUI thread";
    EXPECT_EQ(wizard->networkBox()->currentText(), QStringLiteral("default"));
    EXPECT_TRUE(nextEnabled());
    wizard->bridgeButton()->setChecked(true);
    wizard->bridgeBox()->setEditText(QString());
    EXPECT_TRUE(shown("networkReason").contains(QStringLiteral("bridge")));
    EXPECT_FALSE(nextEnabled());
    wizard->bridgeBox()->setEditText(QStringLiteral("bad/name"));
    EXPECT_FALSE(shown("networkReason").isEmpty());
    wizard->bridgeBox()->setEditText(QStringLiteral("br0"));
    EXPECT_TRUE(nextEnabled());
    EXPECT_EQ(wizard->spec().network, ContainerSpec::Network::Bridge);
    EXPECT_EQ(wizard->spec().bridgeName, QStringLiteral("br0"));
    wizard->noNetworkButton()->setChecked(true);
    EXPECT_TRUE(nextEnabled());
    EXPECT_EQ(wizard->spec().network, ContainerSpec::Network::None);
}

TEST_F(NewContainerWizardTest, NameIsCheckedAgainstRulesAndTheHostsGuests) {
    for (int i = 0; i < 3; ++i)
        wizard->next();
    ASSERT_EQ(wizard->currentId(), NewContainerWizard::NamePage);
    EXPECT_EQ(wizard->nameEdit()->text(), QStringLiteral("container1"));
    EXPECT_TRUE(nextEnabled());
    wizard->nameEdit()->clear();
    EXPECT_TRUE(shown("nameReason").contains(QStringLiteral("Enter a name")));
    expectNextMatchesReason(NewContainerWizard::NamePage);
    EXPECT_FALSE(nextEnabled());
    wizard->nameEdit()->setText(QStringLiteral("test")); // test:///default's own guest
    EXPECT_TRUE(shown("nameReason").contains(QStringLiteral("already exists")));
    EXPECT_FALSE(nextEnabled());
    wizard->nameEdit()->setText(QStringLiteral("web server"));
    EXPECT_TRUE(shown("nameReason").contains(QStringLiteral("only letters")));
    wizard->nameEdit()->setText(QStringLiteral(".web"));
    EXPECT_TRUE(shown("nameReason").contains(QStringLiteral("cannot start")));
    wizard->nameEdit()->setText(QStringLiteral("web-1"));
    EXPECT_TRUE(shown("nameReason").isEmpty());
    EXPECT_TRUE(nextEnabled());
    const auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("/bin/sh")));
    const auto edits = wizard->findChildren<QPlainTextEdit *>();
    bool previewHasName = false;
    for (const QPlainTextEdit *e : edits)
        previewHasName =
            previewHasName || e->toPlainText().contains(QStringLiteral("<name>web-1</name>"));
    EXPECT_TRUE(previewHasName) << "the XML preview follows the fields";
}

TEST_F(NewContainerWizardTest, FullRunDefinesTheContainerOnTheTestDriver) {
    QSignalSpy created(wizard.get(), &NewContainerWizard::containerCreated);
    QSignalSpy finished(wizard.get(), &NewContainerWizard::creationFinished);
    wizard->argumentsEdit()->setText(QStringLiteral("-c true"));
    wizard->next();
    wizard->memoryBox()->setValue(128);
    wizard->next();
    wizard->next();
    wizard->nameEdit()->setText(QStringLiteral("vdtest-wizard-app"));
    wizard->startBox()->setChecked(false);
    wizard->next(); // the commit page: creation starts
    ASSERT_EQ(wizard->currentId(), NewContainerWizard::ProgressPage);
    ASSERT_TRUE(waitFor([&] { return finished.size() == 1; }, 10000));
    const auto result = finished.first().first().value<JobResult>();
    EXPECT_TRUE(result.ok) << result.error.summary().toStdString();
    ASSERT_EQ(created.size(), 1);
    const QString uuid = created.first().at(0).toString();
    EXPECT_EQ(uuid.size(), 36);
    EXPECT_EQ(created.first().at(1).toString(), QStringLiteral("vdtest-wizard-app"));
    EXPECT_TRUE(
        wizard->logView()->toPlainText().contains(QStringLiteral("Defined vdtest-wizard-app")));
    EXPECT_TRUE(wizard->button(QWizard::FinishButton)->isEnabled());
    EXPECT_FALSE(wizard->isRunning());

    // The connection's own handle shares the test driver's state with this one.
    ConnectHandle raw(virConnectOpen("test:///default"));
    DomainHandle d(virDomainLookupByUUIDString(raw.get(), uuid.toLatin1().constData()));
    ASSERT_TRUE(d);
    CString xml(virDomainGetXMLDesc(d.get(), 0));
    const QString text = QString::fromUtf8(xml.get());
    EXPECT_TRUE(text.contains(QStringLiteral("type='lxc'")));
    EXPECT_TRUE(text.contains(QStringLiteral("<initarg>-c</initarg>")));
    EXPECT_TRUE(text.contains(QStringLiteral("131072")));
    EXPECT_EQ(virDomainIsActive(d.get()), 0) << "\"start\" was unticked";
    virDomainUndefine(d.get());
}

TEST_F(NewContainerWizardTest, FailureShowsTheReasonAndOffersToTryAgain) {
    for (int i = 0; i < 3; ++i)
        wizard->next();
    wizard->nameEdit()->setText(QStringLiteral("vdtest-wizard-race"));
    // Someone else takes the name after the wizard looked.
    ConnectHandle raw(virConnectOpen("test:///default"));
    DomainHandle other(virDomainDefineXML(
        raw.get(), "<domain type='lxc'><name>vdtest-wizard-race</name><memory>65536</memory>"
                   "<os><type>exe</type><init>/bin/sh</init></os></domain>"));
    ASSERT_TRUE(other);
    QSignalSpy created(wizard.get(), &NewContainerWizard::containerCreated);
    QSignalSpy finished(wizard.get(), &NewContainerWizard::creationFinished);
    wizard->next();
    ASSERT_TRUE(waitFor([&] { return finished.size() == 1; }, 10000));
    EXPECT_EQ(created.size(), 0);
    EXPECT_EQ(wizard->lastResult().error.kind(), UserError::Kind::NameTaken);
    const auto *outcome = wizard->findChild<QLabel *>(QStringLiteral("outcome"));
    EXPECT_TRUE(outcome->text().contains(QStringLiteral("already exists")));
    auto *retry = wizard->findChild<QPushButton *>();
    const auto buttons = wizard->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->accessibleName() == QStringLiteral("Change settings and try again"))
            retry = b;
    ASSERT_TRUE(retry->isVisibleTo(wizard.get()));
    retry->click();
    EXPECT_EQ(wizard->currentId(), NewContainerWizard::TypePage);
    EXPECT_TRUE(wizard->button(QWizard::CancelButton)->isEnabled());
    EXPECT_EQ(wizard->nameEdit()->text(), QStringLiteral("vdtest-wizard-race")) << "fields kept";
    virDomainUndefine(other.get());
}

TEST_F(NewContainerWizardTest, EveryControlHasAnAccessibleName) {
    const auto widgets = wizard->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractButton *>(w) &&
            !qobject_cast<QComboBox *>(w) && !qobject_cast<QAbstractSpinBox *>(w) &&
            !qobject_cast<QPlainTextEdit *>(w))
            continue;
        // Internal parts of composite widgets (the combo box's line edit, the wizard's own
        // buttons) carry their owners' names or texts.
        if (qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (button && !button->text().isEmpty() && w->accessibleName().isEmpty())
            continue; // its text is its name
        ++checked;
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();
    }
    EXPECT_GT(checked, 15);
}
