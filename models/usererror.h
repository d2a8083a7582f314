// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

typedef struct _virError virError;

// A failure as a person reads it: a short title, what happened in plain words, what to do
// next, and libvirt's own code and message kept for the "Details" expander.
class UserError {
    Q_DECLARE_TR_FUNCTIONS(UserError)
public:
    enum class Kind {
        None,
        DaemonNotRunning,
        SocketPermissionDenied,
        HostUnreachable,
        HostUnknown,
        SshAuthFailed,
        HostKeyRejected,
        AuthFailed,
        AuthCancelled,
        DriverUnavailable,
        KvmUnavailable,
        NameTaken,
        AlreadyRunning,
        NotRunning,
        NotPaused,
        NotSupported,
        NoSuchGuest,
        InvalidConfiguration,
        InvalidInput,
        ConnectionLost,
        Timeout,
        AccessDenied,
        Other,
    };

    UserError() = default;

    // Translates libvirt's error. `context` says what we were doing ("Starting “web”"),
    // `host` names the machine for connection errors ("" for the local one).
    static UserError fromLibvirt(const virError *error, const QString &context = {},
                                 const QString &host = {});
    // The calling thread's last libvirt error.
    static UserError fromLastLibvirtError(const QString &context = {}, const QString &host = {});
    static UserError fromRaw(int code, int domain, const QString &message,
                             const QString &context = {}, const QString &host = {});
    // An error we detect ourselves, without libvirt.
    static UserError make(Kind kind, const QString &title, const QString &explanation,
                          const QString &hint = {}, const QString &context = {});

    bool isNull() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    QString title() const { return m_title; }
    QString explanation() const { return m_explanation; }
    QString hint() const { return m_hint; }
    QString context() const { return m_context; }
    int code() const { return m_code; }
    int domain() const { return m_domain; }
    QString rawMessage() const { return m_rawMessage; }

    // Everything behind the "Details" expander.
    QString details() const;
    // One line for result lists: "Title: explanation".
    QString summary() const;

private:
    void classify(const QString &host);

    Kind m_kind = Kind::None;
    QString m_title;
    QString m_explanation;
    QString m_hint;
    QString m_context;
    int m_code = 0;
    int m_domain = 0;
    QString m_rawMessage;
};

Q_DECLARE_METATYPE(UserError)
