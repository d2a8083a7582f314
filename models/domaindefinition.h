// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QString>

typedef struct _virConnect *virConnectPtr;

// Reading and replacing a guest's persistent configuration as a whole (the XML page).
// Runs on a job thread (Connection::runQuery).
class DomainDefinition {
public:
    struct Read {
        QString xml; // the persistent (inactive) definition, secure parts included
        UserError error;
    };
    static Read read(virConnectPtr connection, const QString &uuid);

    // Replaces the definition with `xml` after checking it is well-formed, names the same
    // guest (UUID) and passes libvirt's validation; on any failure nothing changes and the
    // error says why (with the line for XML mistakes).
    static UserError redefine(virConnectPtr connection, const QString &uuid, const QString &xml);
    // The local part of that check: well-formed, a <domain> with this UUID (or none). Empty
    // when fine.
    static UserError checkLocally(const QString &uuid, const QString &xml);
};
