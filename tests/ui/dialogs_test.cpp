// SPDX-License-Identifier: GPL-2.0-or-later
#include "actionresultsdialog.h"
#include "addconnectiondialog.h"
#include "connectionmanager.h"
#include "credentialdialog.h"
#include "errordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTreeWidget>

#include <libvirt/virterror.h>

#include <gtest/gtest.h>

namespace {

void chooseTransport(AddConnectionDialog &d, ConnectionUri::Transport t) {
    d.transportBox()->setCurrentIndex(d.transportBox()->findData(int(t)));
}

} // namespace

TEST(AddConnectionDialog, LocalSystemIsTheDefault) {
    ConnectionManager m;
    AddConnectionDialog d(&m);
    EXPECT_TRUE(d.problem().isEmpty());
    EXPECT_EQ(d.uri().toString(), QStringLiteral("qemu:///system"));
    EXPECT_FALSE(d.hostEdit()->isEnabled());
    EXPECT_EQ(d.findChild<QLabel *>(QStringLiteral("uriPreview"))->text(),
              QStringLiteral("qemu:///system"));
}

TEST(AddConnectionDialog, RemoteNeedsAValidHost) {
    ConnectionManager m;
    AddConnectionDialog d(&m);
    chooseTransport(d, ConnectionUri::Transport::Ssh);
    EXPECT_TRUE(d.hostEdit()->isEnabled());
    EXPECT_TRUE(d.problem().contains(QStringLiteral("host name")));
    d.hostEdit()->setText(QStringLiteral("bad host!"));
    EXPECT_TRUE(d.problem().contains(QStringLiteral("not a valid host name")));
    d.hostEdit()->setText(QStringLiteral("kvm1.example.org"));
    d.userEdit()->setText(QStringLiteral("root"));
    d.portBox()->setValue(2222);
    EXPECT_TRUE(d.problem().isEmpty());
    EXPECT_EQ(d.uri().toString(), QStringLiteral("qemu+ssh://root@kvm1.example.org:2222/system"));
    d.userEdit()->setText(QStringLiteral("ro ot"));
    EXPECT_FALSE(d.problem().isEmpty());
}

TEST(AddConnectionDialog, EveryHypervisorAndTransportCombination) {
    ConnectionManager m;
    AddConnectionDialog d(&m);
    d.hostEdit()->setText(QStringLiteral("h"));
    const QStringList expected = {QStringLiteral("qemu:///system"),
                                  QStringLiteral("qemu+ssh://h/system"),
                                  QStringLiteral("qemu+libssh://h/system"),
                                  QStringLiteral("qemu+tls://h/system"),
                                  QStringLiteral("qemu+tcp://h/system"),
                                  QStringLiteral("qemu:///session"),
                                  QStringLiteral("qemu+ssh://h/session"),
                                  QStringLiteral("qemu+libssh://h/session"),
                                  QStringLiteral("qemu+tls://h/session"),
                                  QStringLiteral("qemu+tcp://h/session"),
                                  QStringLiteral("lxc:///"),
                                  QStringLiteral("lxc+ssh://h/"),
                                  QStringLiteral("lxc+libssh://h/"),
                                  QStringLiteral("lxc+tls://h/"),
                                  QStringLiteral("lxc+tcp://h/"),
                                  QStringLiteral("test:///default"),
                                  QStringLiteral("test+ssh://h/default"),
                                  QStringLiteral("test+libssh://h/default"),
                                  QStringLiteral("test+tls://h/default"),
                                  QStringLiteral("test+tcp://h/default")};
    QStringList got;
    for (int h = 0; h < d.hypervisorBox()->count(); ++h) {
        d.hypervisorBox()->setCurrentIndex(h);
        for (int t = 0; t < d.transportBox()->count(); ++t) {
            d.transportBox()->setCurrentIndex(t);
            got << d.uri().toString();
        }
    }
    EXPECT_EQ(got, expected);
}

TEST(AddConnectionDialog, CustomUriIsValidatedAndDuplicatesRefused) {
    ConnectionManager m;
    m.add(ConnectionUri::parse(QStringLiteral("qemu+ssh://root@h1/system")), false, false);
    AddConnectionDialog d(&m);
    d.customBox()->setChecked(true);
    EXPECT_FALSE(d.hypervisorBox()->isEnabled());
    d.customEdit()->setText(QStringLiteral("qemu+ssh://root@h1:99999/system"));
    EXPECT_TRUE(d.problem().contains(QStringLiteral("port")));
    d.customEdit()->setText(QStringLiteral("qemu+ssh://root@h1/system"));
    EXPECT_TRUE(d.problem().contains(QStringLiteral("already")));
    d.customEdit()->setText(QStringLiteral("qemu+ssh://root@h2/system?keyfile=/k"));
    EXPECT_TRUE(d.problem().isEmpty());
    EXPECT_EQ(d.uri().param(QStringLiteral("keyfile")), QStringLiteral("/k"));
}

TEST(ErrorDialog, ShowsPlainWordsAndHidesTheRawMessage) {
    const UserError e = UserError::fromRaw(
        VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
        QStringLiteral("Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file "
                       "or directory"),
        QStringLiteral("Connecting to QEMU/KVM on localhost"));
    ErrorDialog d(e);
    d.show();
    EXPECT_EQ(d.findChild<QLabel *>(QStringLiteral("errorTitle"))->text(), e.title());
    EXPECT_EQ(d.findChild<QLabel *>(QStringLiteral("errorHint"))->text(), e.hint());
    EXPECT_FALSE(d.detailsVisible());
    d.setDetailsVisible(true);
    EXPECT_TRUE(d.detailsVisible());
    EXPECT_TRUE(d.findChild<QPlainTextEdit *>(QStringLiteral("errorDetails"))
                    ->toPlainText()
                    .contains(QStringLiteral("libvirt-sock")));
    EXPECT_EQ(d.windowTitle(), QStringLiteral("Connecting to QEMU/KVM on localhost"));
}

TEST(CredentialDialog, MasksSecretsAndReturnsAnswers) {
    QVector<CredentialRequest> requests(2);
    requests[0].type = CredentialRequest::Type::Username;
    requests[0].defaultValue = QStringLiteral("root");
    requests[1].type = CredentialRequest::Type::Password;
    CredentialDialog d(QStringLiteral("qemu+libssh://h/system"), requests);
    ASSERT_EQ(d.fields().size(), 2);
    EXPECT_EQ(d.fields()[0]->echoMode(), QLineEdit::Normal);
    EXPECT_EQ(d.fields()[0]->text(), QStringLiteral("root"));
    EXPECT_EQ(d.fields()[1]->echoMode(), QLineEdit::Password);
    d.fields()[1]->setText(QStringLiteral("s3cret"));
    d.fillAnswers(requests);
    EXPECT_EQ(requests[0].answer, QStringLiteral("root"));
    EXPECT_EQ(requests[1].answer, QStringLiteral("s3cret"));
}

TEST(ActionResultsDialog, ListsEachGuestsOutcome) {
    QVector<ActionOutcome> outcomes(3);
    outcomes[0].name = QStringLiteral("a");
    outcomes[0].ok = true;
    outcomes[1].name = QStringLiteral("b");
    outcomes[1].error = UserError::fromRaw(VIR_ERR_OPERATION_INVALID, VIR_FROM_QEMU,
                                           QStringLiteral("domain is already running"));
    outcomes[2].name = QStringLiteral("c");
    outcomes[2].ok = true;
    outcomes[2].notes << QStringLiteral("Deleted /x.qcow2");
    ActionResultsDialog d(GuestAction::Start, outcomes);
    ASSERT_EQ(d.list()->topLevelItemCount(), 3);
    EXPECT_EQ(d.list()->topLevelItem(1)->text(1), outcomes[1].error.summary());
    EXPECT_TRUE(d.list()->topLevelItem(2)->text(1).contains(QStringLiteral("/x.qcow2")));
    EXPECT_TRUE(d.findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("1 failed")));
}
