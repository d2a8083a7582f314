// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "deviceeditor.h"
#include "guestdevices.h"

#include <QDomDocument>
#include <QHash>

#include <optional>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// A <disk>: hard disk, CD-ROM or floppy. Its image is a pool volume, a path, nothing (an empty
// drive) or, for a disk being added, a new volume the add job creates. Bus, target, cache,
// I/O mode, discard and read-only are edited here; the size is changed with Resize, which the
// Devices page carries out at once (it is no part of Apply).
class DiskEditor : public DeviceEditor {
    Q_OBJECT
public:
    // Values of sourceKindBox().
    static constexpr const char *NewVolume = "new";
    static constexpr const char *ExistingVolume = "volume";
    static constexpr const char *Path = "path";
    static constexpr const char *Empty = "empty";
    static constexpr const char *Unchanged = "unchanged";

    // device: "disk", "cdrom" or "floppy". newDevice: made for Add hardware, which offers a new
    // volume; an existing drive is shown with load().
    DiskEditor(const DeviceEditorContext &context, const QString &device = QStringLiteral("disk"),
               bool newDevice = false, QWidget *parent = nullptr);

    void load(const QDomElement &device) override;
    QStringList validate() const override;
    void store(QDomElement &device) const override;
    QDomElement createDevice(QDomDocument &document) const override;

    // The image to create for a new disk, when "New volume" is chosen.
    std::optional<GuestDevices::NewVolume> newVolume() const;
    // The disk's current size, as the page knows it; Resize needs it.
    void setCapacity(std::optional<quint64> bytes);
    // Shows refusals that came back from a job next to their fields.
    void showProblems(const QList<GuestDevices::Problem> &problems) const;

    QString device() const { return m_device; }
    QComboBox *sourceKindBox() const { return m_sourceKind; }
    QComboBox *poolBox() const { return m_pool; }
    QComboBox *volumeBox() const { return m_volume; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QComboBox *newPoolBox() const { return m_newPool; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QSpinBox *newSizeBox() const { return m_newSize; }
    QComboBox *busBox() const { return m_bus; }
    QLineEdit *targetEdit() const { return m_target; }
    QComboBox *cacheBox() const { return m_cache; }
    QComboBox *ioBox() const { return m_io; }
    QComboBox *discardBox() const { return m_discard; }
    QCheckBox *readOnlyBox() const { return m_readOnly; }
    QDoubleSpinBox *sizeBox() const { return m_size; }
    QPushButton *resizeButton() const { return m_resize; }
    // Keys as in GuestDevices::Problem: "source", "target", "bus", "io", "size", "pool",
    // "volume" ("size" is the new volume's size for a new disk, else the resize field).
    FieldMessage *fieldMessage(const QString &field) const { return m_messages.value(field); }

Q_SIGNALS:
    // Resize pressed with an acceptable size.
    void resizeRequested(quint64 bytes);

private:
    FieldMessage *addRow(QFormLayout *form, const QString &label, QWidget *field,
                         const QString &key);
    void fillPools(QComboBox *box);
    void fillVolumes();
    void selectSourceKind(const QString &kind);
    void busChanged();
    void suggestNewName();
    void updateFreeSpace();
    void requestResize();
    QString ownTarget() const;
    QString sourceKind() const;
    const DeviceEditorContext::Pool *pool(const QString &name) const;
    void writeSource(QDomElement &disk) const;
    void edited();

    QString m_device;
    bool m_newDevice;
    bool m_loading = false;
    bool m_nameEdited = false;
    std::optional<quint64> m_capacity;
    QDomDocument m_loadedDoc; // a copy of what load() got, to judge what changed
    QDomElement m_loaded;

    QComboBox *m_sourceKind;
    QStackedWidget *m_sourcePages;
    QComboBox *m_pool;
    QComboBox *m_volume;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_newPool;
    QLineEdit *m_newName;
    QSpinBox *m_newSize;
    QLabel *m_freeSpace;
    QLabel *m_unchanged;
    QComboBox *m_bus;
    QLineEdit *m_target;
    QComboBox *m_cache;
    QComboBox *m_io;
    QComboBox *m_discard;
    QCheckBox *m_readOnly;
    QWidget *m_sizeRow;
    QDoubleSpinBox *m_size;
    QPushButton *m_resize;
    QHash<QString, FieldMessage *> m_messages;
};
