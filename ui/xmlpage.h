// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class Connection;
class FieldMessage;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The guest's whole persistent configuration as XML: edited with highlighting, compared
// with the current definition, and applied only after libvirt validated it. A mistake is
// refused with libvirt's (or the XML parser's) message and changes nothing.
class XmlPage : public QWidget {
    Q_OBJECT
public:
    XmlPage(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    // Reads the current definition (again); the edits are dropped.
    void reload();
    void apply();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    bool isModified() const;
    QString currentDefinition() const { return m_current; }

    QPlainTextEdit *editor() const { return m_editor; }
    QPlainTextEdit *diffView() const { return m_diff; }
    FieldMessage *message() const { return m_message; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }

Q_SIGNALS:
    void loaded();
    // Apply ended: ok, or the reason in message().
    void applied(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateState();
    void updateButtons();
    Connection *m_connection;
    QString m_uuid;
    QString m_current;
    QPlainTextEdit *m_editor;
    QPlainTextEdit *m_diff;
    FieldMessage *m_message;
    QLabel *m_changes;
    QPushButton *m_apply;
    QPushButton *m_revert;
    bool m_loaded = false;
    bool m_busy = false;
};
