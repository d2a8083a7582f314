// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QVector>

// One question libvirt asks while opening a connection (user name, password, passphrase).
struct CredentialRequest {
    enum class Type { Username, Password, Passphrase, EchoPrompt, NoEchoPrompt, Realm, Other };
    Type type = Type::Other;
    QString prompt;
    QString challenge;
    QString defaultValue;
    QString answer;
    bool isSecret() const {
        return type == Type::Password || type == Type::Passphrase || type == Type::NoEchoPrompt;
    }
};

// Answers libvirt's authentication questions. Called on a connection's worker thread, which
// waits for the answer; implementations must never be called on (or block) the GUI thread.
class CredentialProvider {
public:
    virtual ~CredentialProvider() = default;
    // Fills each request's answer. Returns false when the user cancels.
    virtual bool provide(const QString &uri, QVector<CredentialRequest> &requests) = 0;
};
