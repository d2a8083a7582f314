// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;

// A guest's VirtDeck tags and notes, kept in its own <metadata> under VirtDeck's namespace
// (<virtdeck:guest><virtdeck:tag>…</virtdeck:tag><virtdeck:notes>…</virtdeck:notes>) so that
// they travel with the guest. Read and written on a job thread.
struct GuestTags {
    static constexpr int MaxTags = 20;
    static constexpr int MaxTagLength = 32;

    QStringList tags;
    QString notes;
    UserError error;

    // "web, prod ,, db" → {"web", "prod", "db"}: split at commas, trimmed, empty ones dropped.
    static QStringList split(const QString &text);
    // What is wrong with these tags, one sentence each; empty when they are all acceptable.
    // A tag is 1–32 letters, digits, '-', '_' or '.'; no tag twice (ignoring case); at most 20.
    static QStringList problems(const QStringList &tags);
    // The element handed to virDomainSetMetadata (libvirt adds the namespace and prefix).
    static QString elementXml(const QStringList &tags, const QString &notes);
    // Tags and notes from a <guest> element as virDomainGetMetadata returns it.
    static GuestTags fromElement(const QString &xml);

    static GuestTags read(virConnectPtr connection, const QString &uuid);
    // Replaces the tags and notes in the configuration, and in the running guest when it
    // runs; libvirt then reports a metadata change, which refreshes the list. Empty tags and
    // notes remove VirtDeck's element altogether.
    static UserError setTagsAndNotes(virConnectPtr connection, const QString &uuid,
                                     const QStringList &tags, const QString &notes);
};

Q_DECLARE_METATYPE(GuestTags)
