// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QStringList>
#include <QWidget>

class Connection;
class FieldMessage;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// A guest's tags (comma-separated, checked as they are typed) and free-form notes, stored in
// the guest's own metadata; Apply saves both. Embedded in the Overview page.
class TagsEdit : public QWidget {
    Q_OBJECT
public:
    TagsEdit(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    void reload();
    void apply();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    bool isModified() const;
    // The tags as typed, split at commas.
    QStringList typedTags() const;
    QStringList savedTags() const { return m_tags; }
    QString savedNotes() const { return m_notes; }

    QLineEdit *tagsLine() const { return m_tagsLine; }
    QPlainTextEdit *notesEdit() const { return m_notesEdit; }
    QPushButton *applyButton() const { return m_apply; }
    FieldMessage *message() const { return m_message; }

Q_SIGNALS:
    void loaded();
    void applied(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void validate();
    void updateButtons();
    Connection *m_connection;
    QString m_uuid;
    QStringList m_tags;
    QString m_notes;
    QLineEdit *m_tagsLine;
    QPlainTextEdit *m_notesEdit;
    QPushButton *m_apply;
    FieldMessage *m_message;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_valid = true;
};
