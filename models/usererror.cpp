// SPDX-License-Identifier: GPL-2.0-or-later
#include "usererror.h"

#include <libvirt/virterror.h>

namespace {

bool has(const QString &text, const char *needle) {
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

UserError UserError::fromLibvirt(const virError *error, const QString &context,
                                 const QString &host) {
    if (!error)
        return fromRaw(VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE, QString(), context, host);
    return fromRaw(error->code, error->domain, QString::fromUtf8(error->message), context, host);
}

UserError UserError::fromLastLibvirtError(const QString &context, const QString &host) {
    return fromLibvirt(virGetLastError(), context, host);
}

UserError UserError::fromRaw(int code, int domain, const QString &message, const QString &context,
                             const QString &host) {
    UserError e;
    e.m_code = code;
    e.m_domain = domain;
    e.m_rawMessage = message;
    e.m_context = context;
    e.classify(host);
    return e;
}

UserError UserError::make(Kind kind, const QString &title, const QString &explanation,
                          const QString &hint, const QString &context) {
    UserError e;
    e.m_kind = kind;
    e.m_title = title;
    e.m_explanation = explanation;
    e.m_hint = hint;
    e.m_context = context;
    return e;
}

void UserError::classify(const QString &host) {
    const QString &msg = m_rawMessage;
    const bool sshFailure = has(msg, "ssh:") || m_domain == VIR_FROM_SSH ||
                            m_domain == VIR_FROM_LIBSSH || m_code == VIR_ERR_SSH ||
                            m_code == VIR_ERR_LIBSSH;
    // Whole sentences for the local and the remote case: translations cannot be built by
    // inserting "this computer" into a sentence.
    const bool local = host.isEmpty();
    // Drivers disagree on the code for "wrong state" (QEMU: invalid operation, test: internal).
    const bool stateError = m_code == VIR_ERR_OPERATION_INVALID || m_code == VIR_ERR_INTERNAL_ERROR;

    if (has(msg, "Permission denied (publickey") ||
        has(msg, "Permission denied, please try again") ||
        (sshFailure && (has(msg, "authentication failed") || has(msg, "no suitable") ||
                        has(msg, "failed to authenticate") || has(msg, "Permission denied")))) {
        m_kind = Kind::SshAuthFailed;
        m_title = tr("SSH login refused");
        m_explanation = tr("The SSH server on %1 refused the login: the user name, key or "
                           "password was not accepted.")
                            .arg(local ? QStringLiteral("localhost") : host);
        m_hint = tr("Check the user name, and that your public key is in that user's "
                    "~/.ssh/authorized_keys on the host (or try logging in with \"ssh\" "
                    "in a terminal first).");
    } else if (has(msg, "Host key verification failed") || has(msg, "host key") ||
               has(msg, "known_hosts")) {
        m_kind = Kind::HostKeyRejected;
        m_title = tr("The host's identity could not be verified");
        m_explanation = tr("The SSH key presented by %1 is not in your list of known hosts, "
                           "or it has changed since you last connected.")
                            .arg(local ? QStringLiteral("localhost") : host);
        m_hint = tr("Connect once with \"ssh\" in a terminal to check and accept the host "
                    "key, then try again.");
    } else if (has(msg, "Could not resolve hostname") || has(msg, "Name or service not known") ||
               has(msg, "Temporary failure in name resolution") || has(msg, "unable to resolve") ||
               m_code == VIR_ERR_UNKNOWN_HOST || has(msg, "No address associated with hostname")) {
        m_kind = Kind::HostUnknown;
        m_title = tr("Host name not found");
        m_explanation = tr("The host name \"%1\" could not be found on the network.")
                            .arg(local ? QStringLiteral("localhost") : host);
        m_hint = tr("Check the spelling of the host name, or use its IP address.");
    } else if ((sshFailure || has(msg, "unable to connect to server") || !host.isEmpty()) &&
               (has(msg, "Connection refused") || has(msg, "No route to host") ||
                has(msg, "Network is unreachable") || has(msg, "timed out") ||
                has(msg, "Connection reset"))) {
        m_kind = Kind::HostUnreachable;
        m_title = tr("Host unreachable");
        m_explanation = tr("The host %1 could not be reached: nothing answered on the "
                           "network port, or the network path to it is down.")
                            .arg(local ? QStringLiteral("localhost") : host);
        m_hint = tr("Check that the host is switched on and reachable, that the port is "
                    "right, and that SSH (or the libvirt TLS/TCP listener) runs on it.");
    } else if (has(msg, "Failed to connect socket") && has(msg, "Permission denied")) {
        m_kind = Kind::SocketPermissionDenied;
        m_title = tr("Not allowed to use libvirt");
        m_explanation = local ? tr("The libvirt service on this computer is running, but your "
                                   "user may not open its socket.")
                              : tr("The libvirt service on %1 is running, but the account "
                                   "you log in with may not open its socket.")
                                    .arg(host);
        m_hint = tr("Add your user to the \"libvirt\" group (then log out and in again), "
                    "or connect to the QEMU/KVM user session instead.");
    } else if (m_code == VIR_ERR_AUTH_UNAVAILABLE || has(msg, "polkit") ||
               has(msg, "Unable to get system bus connection")) {
        m_kind = Kind::SocketPermissionDenied;
        m_title = tr("Not allowed to use libvirt");
        m_explanation = local ? tr("libvirt on this computer asks for an administrator's "
                                   "permission, and no authentication agent is available to "
                                   "ask you for it.")
                              : tr("libvirt on %1 asks for an administrator's permission, and "
                                   "no authentication agent is available to ask you for it.")
                                    .arg(host);
        m_hint = tr("Add your user to the \"libvirt\" group (then log out and in again), "
                    "or run a polkit authentication agent in your desktop session.");
    } else if (has(msg, "Failed to connect socket") &&
               (has(msg, "No such file or directory") || has(msg, "Connection refused"))) {
        m_kind = Kind::DaemonNotRunning;
        m_title = tr("The libvirt service is not running");
        m_explanation = local ? tr("Nothing answers on libvirt's socket on this computer, so "
                                   "its virtual machines cannot be managed.")
                              : tr("Nothing answers on libvirt's socket on %1, so its virtual "
                                   "machines cannot be managed.")
                                    .arg(host);
        m_hint = tr("Start the service (\"systemctl start libvirtd\", or \"libvirtd -d\" "
                    "on systems without systemd) and reconnect.");
    } else if (m_code == VIR_ERR_AUTH_CANCELLED) {
        m_kind = Kind::AuthCancelled;
        m_title = tr("Login cancelled");
        m_explanation = tr("The connection was not opened because the login was cancelled.");
        m_hint = tr("Connect again when you have the credentials at hand.");
    } else if (m_code == VIR_ERR_AUTH_FAILED) {
        m_kind = Kind::AuthFailed;
        m_title = tr("Login failed");
        m_explanation = local
                            ? tr("The user name or password was not accepted.")
                            : tr("The host %1 did not accept the user name or password.").arg(host);
        m_hint = tr("Check the credentials and try again.");
    } else if (has(msg, "KVM") && (has(msg, "not available") || has(msg, "Could not access") ||
                                   has(msg, "domaintype=kvm") || has(msg, "/dev/kvm") ||
                                   has(msg, "not supported by"))) {
        m_kind = Kind::KvmUnavailable;
        m_title = tr("Hardware virtualization is not available");
        m_explanation = local ? tr("This guest needs KVM, but KVM cannot be used on this "
                                   "computer: the CPU lacks virtualization support, it is "
                                   "disabled in the firmware, or /dev/kvm is not accessible.")
                              : tr("This guest needs KVM, but KVM cannot be used on %1: the CPU "
                                   "lacks virtualization support, it is disabled in the "
                                   "firmware, or /dev/kvm is not accessible.")
                                    .arg(host);
        m_hint = tr("Enable VT-x/AMD-V in the firmware settings and load the kvm module, or "
                    "change the guest to plain emulation (QEMU/TCG), which is slower.");
    } else if (m_code == VIR_ERR_DOM_EXIST || m_code == VIR_ERR_NETWORK_EXIST ||
               m_code == VIR_ERR_STORAGE_VOL_EXIST || has(msg, "already exists with uuid") ||
               has(msg, "already defined with uuid") ||
               (m_code == VIR_ERR_OPERATION_FAILED && has(msg, "already exists"))) {
        m_kind = Kind::NameTaken;
        m_title = tr("Name already taken");
        m_explanation = local ? tr("Something with this name already exists on this computer.")
                              : tr("Something with this name already exists on %1.").arg(host);
        m_hint = tr("Choose another name.");
    } else if (stateError && (has(msg, "already running") || has(msg, "is already active") ||
                              has(msg, "already active"))) {
        m_kind = Kind::AlreadyRunning;
        m_title = tr("The guest is already running");
        m_explanation = tr("This needs a guest that is shut off, but it is running.");
        m_hint = tr("Shut the guest down first, or refresh the list if it looks stopped.");
    } else if (stateError && (has(msg, "not running") || has(msg, "not active") ||
                              has(msg, "not in running state"))) {
        m_kind = Kind::NotRunning;
        m_title = tr("The guest is not running");
        m_explanation = tr("This can only be done while the guest is running.");
        m_hint = tr("Start the guest first.");
    } else if (stateError && has(msg, "not paused")) {
        m_kind = Kind::NotPaused;
        m_title = tr("The guest is not paused");
        m_explanation = tr("Only a paused guest can be resumed.");
        m_hint = tr("Refresh the list if the guest looks paused.");
    } else if (m_code == VIR_ERR_NO_SUPPORT || m_code == VIR_ERR_OPERATION_UNSUPPORTED ||
               m_code == VIR_ERR_ARGUMENT_UNSUPPORTED) {
        m_kind = Kind::NotSupported;
        m_title = tr("Not supported here");
        m_explanation = local ? tr("The hypervisor driver on this computer cannot do this.")
                              : tr("The hypervisor driver on %1 cannot do this.").arg(host);
        m_hint = tr("This is a limit of the driver or its version, not a mistake on your "
                    "side; the details name the operation.");
    } else if (m_code == VIR_ERR_NO_CONNECT && has(msg, "no connection driver")) {
        m_kind = Kind::DriverUnavailable;
        m_title = tr("Hypervisor type not available");
        m_explanation =
            local ? tr("libvirt on this computer has no driver for this kind of "
                       "connection.")
                  : tr("libvirt on %1 has no driver for this kind of connection.").arg(host);
        m_hint = tr("Install the matching libvirt daemon driver package, or check the "
                    "connection address.");
    } else if (m_code == VIR_ERR_NO_DOMAIN) {
        m_kind = Kind::NoSuchGuest;
        m_title = tr("Guest not found");
        m_explanation = tr("The guest no longer exists; it may have been deleted elsewhere.");
        m_hint = tr("The list updates by itself; nothing needs to be done.");
    } else if (m_code == VIR_ERR_XML_ERROR || m_code == VIR_ERR_XML_DETAIL ||
               m_code == VIR_ERR_XML_INVALID_SCHEMA || m_code == VIR_ERR_CONFIG_UNSUPPORTED) {
        m_kind = Kind::InvalidConfiguration;
        m_title = tr("Configuration not accepted");
        m_explanation = tr("libvirt refused the configuration: %1").arg(msg);
        m_hint = tr("Correct the value it names; the current configuration was not changed.");
    } else if (m_code == VIR_ERR_OPERATION_TIMEOUT || has(msg, "keepalive timeout")) {
        m_kind = Kind::Timeout;
        m_title = tr("The host stopped answering");
        m_explanation = local ? tr("The libvirt service did not answer in time; it may be hung.")
                              : tr("The host %1 did not answer in time; its libvirt service "
                                   "may be hung or the network down.")
                                    .arg(host);
        m_hint = tr("VirtDeck reconnects by itself when the host answers again.");
    } else if (m_code == VIR_ERR_RPC || m_code == VIR_ERR_INVALID_CONN ||
               has(msg, "client socket is closed") || has(msg, "End of file while reading") ||
               has(msg, "Broken pipe") || has(msg, "Cannot recv data") ||
               has(msg, "Cannot write data")) {
        m_kind = Kind::ConnectionLost;
        m_title = tr("Connection lost");
        m_explanation = local ? tr("The connection to the libvirt service was interrupted.")
                              : tr("The connection to %1 was interrupted.").arg(host);
        m_hint = tr("VirtDeck reconnects by itself; if it keeps failing, check the host.");
    } else if (m_code == VIR_ERR_ACCESS_DENIED || m_code == VIR_ERR_OPERATION_DENIED) {
        m_kind = Kind::AccessDenied;
        m_title = tr("Not permitted");
        m_explanation = local ? tr("Your account is not allowed to do this.")
                              : tr("Your account on %1 is not allowed to do this.").arg(host);
        m_hint = tr("Ask the host's administrator for access, or use an account that has it.");
    } else if (m_code == VIR_ERR_INVALID_ARG) {
        m_kind = Kind::InvalidInput;
        m_title = tr("Invalid value");
        m_explanation = tr("libvirt rejected a value: %1").arg(msg);
        m_hint = tr("Correct the value and try again; nothing was changed.");
    } else {
        m_kind = Kind::Other;
        m_title = tr("The operation failed");
        m_explanation = msg.isEmpty() ? tr("libvirt reported an error without a message.") : msg;
        m_hint = tr("The details below hold libvirt's own report.");
    }
}

QString UserError::details() const {
    QString text;
    if (!m_context.isEmpty())
        text += m_context + QLatin1Char('\n');
    if (m_code || m_domain || !m_rawMessage.isEmpty()) {
        text += tr("libvirt error %1 (domain %2): %3").arg(m_code).arg(m_domain).arg(m_rawMessage);
    }
    return text.trimmed();
}

QString UserError::summary() const {
    return m_explanation.isEmpty() ? m_title : m_title + QLatin1String(": ") + m_explanation;
}
