// SPDX-License-Identifier: GPL-2.0-or-later
#include "clonedialog.h"

#include "connection.h"
#include "fieldmessage.h"
#include "guestcloner.h"
#include "hostresources.h"
#include "namepattern.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>

namespace {

enum Column { DiskColumn, SourceColumn, ActionColumn };
enum Page { FormPage, ProgressPage };

const QColor kErrorColor(0xc0, 0x30, 0x30);

void paintError(QLabel *label) {
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, kErrorColor);
    label->setPalette(p);
}

} // namespace

// What the host says about the clone before it starts; both kinds are checked at once so
// switching between them answers immediately.
struct CloneDialog::Checks {
    QStringList guestNames;
    UserError full;
    UserError linked;
};

CloneDialog::CloneDialog(Connection *connection, const QString &sourceUuid,
                         const QString &sourceName, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_sourceUuid(sourceUuid)
    , m_sourceName(sourceName) {
    setWindowTitle(tr("Clone “%1”").arg(sourceName));
    setAccessibleName(windowTitle());
    setAttribute(Qt::WA_DeleteOnClose);

    // ---- the form
    auto *intro = new QLabel(tr("Makes a new guest with the configuration of “%1” and its own "
                                "disks. The clone gets a new UUID and new network card "
                                "addresses, so both can run side by side.")
                                 .arg(sourceName));
    intro->setWordWrap(true);

    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Name of the clone"));
    m_name->setMaxLength(NamePattern::MaxNameLength + 16); // past the limit, to say why
    m_nameMessage = new FieldMessage;
    m_nameMessage->setAccessibleName(tr("Problem with the name"));

    auto *kind = new QButtonGroup(this);
    m_full = new QRadioButton(tr("&Full copy: every disk is copied; the clone does not "
                                 "depend on “%1”")
                                  .arg(sourceName));
    m_full->setAccessibleName(tr("Full copy"));
    m_linked =
        new QRadioButton(tr("&Linked clone (qcow2 backing file, fast, needs the source kept)"));
    m_linked->setAccessibleName(tr("Linked clone"));
    kind->addButton(m_full);
    kind->addButton(m_linked);
    m_full->setChecked(true);

    m_sourceState = new FieldMessage;
    m_sourceState->setAccessibleName(tr("State of the source"));

    m_disks = new QTreeWidget;
    m_disks->setColumnCount(3);
    m_disks->setHeaderLabels({tr("Disk"), tr("Now"), tr("In the clone")});
    m_disks->setAccessibleName(tr("Disks of %1").arg(sourceName));
    m_disks->setRootIsDecorated(false);
    m_disks->setSelectionMode(QAbstractItemView::NoSelection);
    m_disks->setFocusPolicy(Qt::NoFocus);
    m_disks->header()->setStretchLastSection(true);
    m_disks->setMinimumHeight(90);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("dialogProblem"));
    m_problem->setAccessibleName(tr("Why Clone is disabled"));
    m_problem->setWordWrap(true);
    paintError(m_problem);

    auto *form = new QWidget;
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameMessage);
    // A label of its own: a row holding a layout gets no buddy, and would show the "&".
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    fields->addRow(nameLabel, nameColumn);
    auto *kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_full);
    kindColumn->addWidget(m_linked);
    fields->addRow(tr("Disks:"), kindColumn);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_sourceState);
    formLayout->addWidget(m_disks, 1);
    formLayout->addWidget(m_problem);

    // ---- the progress
    m_step = new QLabel;
    m_step->setWordWrap(true);
    m_step->setAccessibleName(tr("Current step"));
    m_bar = new QProgressBar;
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 1000);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Clone log"));
    m_outcome = new QLabel;
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *progress = new QWidget;
    auto *progressLayout = new QVBoxLayout(progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_step);
    progressLayout->addWidget(m_bar);
    progressLayout->addWidget(m_log, 1);
    progressLayout->addWidget(m_outcome);

    m_pages = new QStackedWidget;
    m_pages->addWidget(form);
    m_pages->addWidget(progress);

    auto *buttons = new QDialogButtonBox;
    m_backButton = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_backButton->setAccessibleName(tr("Back to the options"));
    m_cloneButton = buttons->addButton(tr("&Clone"), QDialogButtonBox::AcceptRole);
    m_cloneButton->setAccessibleName(tr("Clone"));
    m_cloneButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setAccessibleName(tr("Close"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_backButton->hide();
    m_closeButton->hide();
    // The buttons act themselves: the box's accepted/rejected would close the window.
    connect(m_cloneButton, &QPushButton::clicked, this, &CloneDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &CloneDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_backButton, &QPushButton::clicked, this, &CloneDialog::showForm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &CloneDialog::poll);
    // Guests come and go (and the source may be started or shut down) while the window is
    // open: read the host again shortly after, once for a burst of events.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &CloneDialog::refresh);
    connect(connection, &Connection::domainUpdated, this, [this] {
        if (!isRunning() && !m_result)
            m_refreshTimer->start();
    });
    connect(connection, &Connection::domainRemoved, this, [this] {
        if (!isRunning() && !m_result)
            m_refreshTimer->start();
    });
    connect(connection, &Connection::deletePlanReady, this, &CloneDialog::onPlan);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &CloneDialog::revalidate);
    connect(m_full, &QRadioButton::toggled, this, [this] {
        updateSourceState();
        updateDisks();
        revalidate();
    });

    m_name->setText(uniqueDefaultName());
    resize(640, 460);
    refresh();
    updateSourceState();
    revalidate();
}

CloneDialog::~CloneDialog() = default;

QString CloneDialog::newName() const {
    return m_name->text().trimmed();
}

bool CloneDialog::linked() const {
    return m_linked->isChecked();
}

bool CloneDialog::isLoaded() const {
    return m_checks && m_plan;
}

void CloneDialog::refresh() {
    const int generation = ++m_refreshGeneration;
    const QString uuid = m_sourceUuid;
    m_connection->runQuery<Checks>(
        [uuid](virConnectPtr c) {
            Checks checks;
            checks.guestNames = HostResources::read(c).guestNames;
            CloneRequest request;
            request.sourceUuid = uuid; // no name: only the source and its disks are checked
            checks.full = GuestCloner::check(c, request);
            request.linked = true;
            checks.linked = GuestCloner::check(c, request);
            return checks;
        },
        this,
        [this, generation](const std::optional<Checks> &checks) {
            if (generation != m_refreshGeneration)
                return; // a newer read is on its way
            if (checks) {
                m_checks = std::make_unique<Checks>(*checks);
            } else {
                auto offline = std::make_unique<Checks>();
                offline->full = offline->linked =
                    UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                    tr("%1 is not connected.").arg(m_connection->displayName()),
                                    tr("Reconnect and try again."));
                m_checks = std::move(offline);
            }
            if (!m_nameEdited)
                m_name->setText(uniqueDefaultName());
            updateSourceState();
            revalidate();
            if (isLoaded())
                Q_EMIT loaded();
        });
    m_planRequest = m_connection->requestDeletePlan(m_sourceUuid);
}

void CloneDialog::onPlan(int requestId, const DeletePlan &plan) {
    if (requestId != m_planRequest)
        return;
    m_plan = plan;
    updateDisks();
    if (isLoaded())
        Q_EMIT loaded();
}

QString CloneDialog::uniqueDefaultName() const {
    // Room for "-clone-NN" within the length limit.
    const QString base =
        m_sourceName.left(NamePattern::MaxNameLength - 9) + QStringLiteral("-clone");
    if (!m_checks)
        return base;
    QString name = base;
    for (int i = 2; m_checks->guestNames.contains(name); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    return name;
}

QString CloneDialog::nameProblem() const {
    const QString name = newName();
    if (name.isEmpty())
        return tr("Enter a name for the clone.");
    QString reason;
    if (!NamePattern::isValidName(name, &reason))
        return reason;
    if (m_checks && m_checks->guestNames.contains(name))
        return tr("A guest named %1 already exists on this host.").arg(name);
    return {};
}

QString CloneDialog::problem() const {
    const QString name = nameProblem();
    if (!name.isEmpty())
        return name;
    if (!m_checks)
        return tr("Checking %1 and the host's guests…").arg(m_sourceName);
    const UserError &check = linked() ? m_checks->linked : m_checks->full;
    if (!check.isNull())
        return check.explanation();
    return {};
}

void CloneDialog::revalidate() {
    const QString name = nameProblem();
    if (name.isEmpty())
        m_nameMessage->clear();
    else
        m_nameMessage->setError(name);
    const QString text = problem();
    m_problem->setText(text.isEmpty() ? QString() : tr("Clone is disabled: %1").arg(text));
    m_problem->setVisible(!text.isEmpty());
    m_cloneButton->setEnabled(text.isEmpty() && !isRunning());
}

void CloneDialog::updateSourceState() {
    if (!m_checks) {
        m_sourceState->setNote(tr("Checking %1…").arg(m_sourceName));
        return;
    }
    const UserError &check = linked() ? m_checks->linked : m_checks->full;
    if (!check.isNull()) {
        QString text = check.title() + QStringLiteral(": ") + check.explanation();
        if (!check.hint().isEmpty())
            text += QLatin1Char(' ') + check.hint();
        m_sourceState->setError(text);
    } else if (linked()) {
        // A lasting duty, not a momentary one: amber.
        m_sourceState->setWarning(
            tr("%1 is shut off. It must stay shut off and unchanged for as long as the linked "
               "clone exists: the clone reads %1's disks as its base, and any change to them "
               "breaks the clone.")
                .arg(m_sourceName));
    } else {
        m_sourceState->setNote(tr("%1 is shut off, as it must be while its disks are copied: "
                                  "disks in use would be copied half-written. Afterwards both "
                                  "guests are independent.")
                                   .arg(m_sourceName));
    }
}

void CloneDialog::updateDisks() {
    m_disks->clear();
    if (!m_plan) {
        new QTreeWidgetItem(m_disks, {tr("Reading the disks…")});
        return;
    }
    if (!m_plan->error.isNull()) {
        new QTreeWidgetItem(
            m_disks, {tr("The disks could not be read"), QString(), m_plan->error.explanation()});
        return;
    }
    if (m_plan->disks.isEmpty()) {
        new QTreeWidgetItem(m_disks, {tr("No disks"), QString(), tr("Nothing to copy")});
        return;
    }
    // Mirrors GuestCloner's rules: removable media, read-only and shareable disks and empty drives
    // are shared or left as they are; writable disks are copied or linked.
    for (const GuestDisk &disk : m_plan->disks) {
        const bool removable =
            disk.device == QLatin1String("cdrom") || disk.device == QLatin1String("floppy");
        QString kind = disk.device == QLatin1String("cdrom")    ? tr("CD-ROM")
                       : disk.device == QLatin1String("floppy") ? tr("floppy")
                                                                : tr("disk");
        QString action;
        if (disk.path.isEmpty())
            action = tr("Empty drive; stays empty");
        else if (removable)
            action = tr("Shared: the same medium as in %1").arg(m_sourceName);
        else if (disk.readOnly)
            action = tr("Shared: read-only, used by both guests");
        else if (disk.shareable)
            action = tr("Shared: marked shareable, used by both guests");
        else if (linked())
            action = tr("Linked: a new qcow2 file on top of this one");
        else
            action = tr("Copied to a new volume in the same pool");
        auto *item = new QTreeWidgetItem(
            m_disks, {disk.target + QStringLiteral(" (") + kind + QLatin1Char(')'),
                      disk.path.isEmpty() ? tr("(empty)") : disk.path, action});
        item->setToolTip(SourceColumn, disk.path);
    }
    m_disks->resizeColumnToContents(DiskColumn);
    m_disks->resizeColumnToContents(SourceColumn);
}

void CloneDialog::start() {
    if (!problem().isEmpty() || isRunning())
        return;
    CloneRequest request;
    request.sourceUuid = m_sourceUuid;
    request.newName = newName();
    request.linked = linked();
    m_result.reset();
    m_log->clear();
    m_logShown = 0;
    m_outcome->clear();
    m_outcome->setPalette(palette());
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_step->setText(tr("Starting…"));
    m_pages->setCurrentIndex(ProgressPage);
    m_cloneButton->hide();
    m_backButton->hide();
    m_closeButton->hide();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->setFocus(); // the focused Clone button is gone
    m_control = m_connection->runJob(
        [request](virConnectPtr c, JobControl &control) {
            return GuestCloner::clone(c, request, control);
        },
        this, [this](const JobResult &result) { done(result); });
    m_timer->start();
}

void CloneDialog::poll() {
    if (!m_control)
        return;
    const double fraction = m_control->fraction();
    if (fraction < 0) {
        m_bar->setRange(0, 0); // a step of unknown length: busy bar
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
    }
    if (!m_control->isCancelled())
        m_step->setText(m_control->step());
    const QStringList lines = m_control->logLines();
    for (; m_logShown < lines.size(); ++m_logShown)
        m_log->appendPlainText(lines[m_logShown]);
}

void CloneDialog::cancel() {
    if (!m_control || m_control->isCancelled())
        return;
    m_control->cancel();
    m_closeWhenDone = true;
    m_step->setText(tr("Cancelling; removing what was made…"));
    m_cancelButton->setEnabled(false);
}

void CloneDialog::reject() {
    // Closing while the clone is made cancels it; the window goes once the rollback is done.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void CloneDialog::done(const JobResult &result) {
    poll();
    m_timer->stop();
    m_control.reset();
    m_result = result;
    m_bar->setRange(0, 1000);
    m_bar->setValue(result.ok ? 1000 : 0);
    m_cancelButton->hide();
    const QString name =
        result.items.value(0).name.isEmpty() ? newName() : result.items.value(0).name;
    if (result.ok) {
        m_step->setText(tr("Done"));
        QString text = linked() ? tr("%1 was created as a linked clone of %2. Keep %2 shut off "
                                     "and unchanged: the clone's disks are built on its disks.")
                                      .arg(name, m_sourceName)
                                : tr("%1 was created: a full copy of %2 with disks of its own.")
                                      .arg(name, m_sourceName);
        for (const QString &note : result.notes)
            text += QLatin1Char('\n') + note;
        m_outcome->setText(text);
        m_closeButton->show();
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
        Q_EMIT cloned(result.items.value(0).uuid, name);
        // A cancel that came too late to stop anything: the clone exists, so say so.
        m_closeWhenDone = false;
        return;
    }
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
        return;
    }
    m_step->setText(result.cancelled ? tr("Cancelled") : tr("Failed"));
    QStringList lines = {tr("%1 could not be created.").arg(name), result.error.title(),
                         result.error.explanation(), result.error.hint()};
    lines.removeAll(QString());
    lines << tr("Nothing was left behind: everything made for the clone was removed.");
    m_outcome->setText(lines.join(QLatin1Char('\n')));
    paintError(m_outcome);
    m_backButton->show();
    m_closeButton->show();
    m_backButton->setFocus();
}

void CloneDialog::showForm() {
    m_result.reset();
    m_pages->setCurrentIndex(FormPage);
    m_backButton->hide();
    m_closeButton->hide();
    m_cancelButton->show();
    m_cloneButton->show();
    m_name->setFocus();
    refresh();
    revalidate();
}
