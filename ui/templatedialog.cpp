// SPDX-License-Identifier: GPL-2.0-or-later
#include "templatedialog.h"

#include "cloudinitseed.h"
#include "connection.h"
#include "fieldmessage.h"
#include "guestcloner.h"
#include "hostresources.h"
#include "namepattern.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>

namespace {

enum Page { FormPage, ProgressPage };
constexpr int kPreviewNames = 4;

const QColor kErrorColor(0xc0, 0x30, 0x30);
const QColor kDoneColor(0x2e, 0x7d, 0x32);

void paint(QLabel *label, const QColor &color) {
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

QLineEdit *lineEdit(const QString &accessibleName, const QString &placeholder) {
    auto *edit = new QLineEdit;
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QWidget *withMessage(QWidget *field, FieldMessage *message) {
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

} // namespace

// What the host says before the run: its guest names, and whether the template can be
// cloned at all, for both kinds of clone so that switching answers at once.
struct TemplateDialog::Checks {
    QStringList guestNames;
    UserError full;
    UserError linked;
};

TemplateDialog::TemplateDialog(Connection *connection, const QString &templateUuid,
                               const QString &templateName, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_templateUuid(templateUuid)
    , m_templateName(templateName) {
    setWindowTitle(tr("Many Guests from “%1”").arg(templateName));
    setAccessibleName(windowTitle());
    setAttribute(Qt::WA_DeleteOnClose);
    // xorriso runs on this computer, not on the host: looking for it is no libvirt call.
    const UserError xorriso = CloudInitSeed::checkTool();
    m_xorrisoMissing = !xorriso.isNull();
    m_xorrisoHint = xorriso.explanation() + QLatin1Char(' ') + xorriso.hint();

    // ---- the form
    auto *intro = new QLabel(tr("Makes several guests from the template “%1”: each is a clone "
                                "with its own name, UUID and network card addresses. A guest "
                                "that cannot be made is reported; the others are kept.")
                                 .arg(templateName));
    intro->setWordWrap(true);

    m_pattern = lineEdit(tr("Name pattern"), tr("web-{01..20}"));
    m_pattern->setToolTip(tr("web-{01..20} makes web-01 … web-20; a name without a range "
                             "makes name-1 … name-N with the count below."));
    m_count = new QSpinBox;
    m_count->setAccessibleName(tr("Number of guests"));
    // Beyond the limit on purpose: the field then says what the limit is.
    m_count->setRange(1, 9999);
    m_count->setValue(3);
    m_countLabel = new QLabel(tr("guests (for a name without a {first..last} range)"));
    m_countLabel->setBuddy(m_count);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addWidget(m_countLabel, 1);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("namePreview"));
    m_preview->setAccessibleName(tr("Names that will be made"));
    m_preview->setWordWrap(true);
    m_patternMessage = new FieldMessage;
    m_patternMessage->setAccessibleName(tr("Problem with the names"));
    auto *namesColumn = new QVBoxLayout;
    namesColumn->setSpacing(2);
    namesColumn->addWidget(m_pattern);
    namesColumn->addLayout(countRow);
    namesColumn->addWidget(m_preview);
    namesColumn->addWidget(m_patternMessage);

    auto *kind = new QButtonGroup(this);
    m_linked = new QRadioButton(tr("&Linked clones (qcow2 backing files, fast, need the "
                                   "template kept)"));
    m_linked->setAccessibleName(tr("Linked clones"));
    m_full = new QRadioButton(tr("&Full copies: each guest gets copies of every disk"));
    m_full->setAccessibleName(tr("Full copies"));
    kind->addButton(m_linked);
    kind->addButton(m_full);
    m_linked->setChecked(true);
    auto *kindColumn = new QVBoxLayout;
    kindColumn->setSpacing(2);
    kindColumn->addWidget(m_linked);
    kindColumn->addWidget(m_full);

    m_templateState = new FieldMessage;
    m_templateState->setAccessibleName(tr("State of the template"));

    m_cloudInit =
        new QCheckBox(tr("Set &hostname and static IP through cloud-init (for cloud images)"));
    m_cloudInit->setAccessibleName(tr("Set hostname and static IP through cloud-init"));
    m_address = lineEdit(tr("Start address"), tr("192.168.122.50/24; empty: DHCP"));
    m_addressMessage = new FieldMessage;
    m_addressMessage->setAccessibleName(tr("Problem with the start address"));
    m_gateway = lineEdit(tr("Gateway"), tr("192.168.122.1"));
    m_gatewayMessage = new FieldMessage;
    m_gatewayMessage->setAccessibleName(tr("Problem with the gateway"));
    m_dns = lineEdit(tr("DNS servers"), tr("192.168.122.1, 9.9.9.9"));
    m_dnsMessage = new FieldMessage;
    m_dnsMessage->setAccessibleName(tr("Problem with the DNS servers"));
    auto *network = new QFormLayout;
    network->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Indented under the box they belong to.
    network->setContentsMargins(24, 0, 0, 0);
    network->addRow(tr("&Start address:"), withMessage(m_address, m_addressMessage));
    network->addRow(tr("&Gateway:"), withMessage(m_gateway, m_gatewayMessage));
    network->addRow(tr("&DNS:"), withMessage(m_dns, m_dnsMessage));

    m_start = new QCheckBox(tr("S&tart each guest once it is made"));
    m_start->setAccessibleName(tr("Start each guest"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("dialogProblem"));
    m_problem->setAccessibleName(tr("Why Create is disabled"));
    m_problem->setWordWrap(true);
    paint(m_problem, kErrorColor);

    auto *form = new QWidget;
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label of its own: a row holding a layout gets no buddy, and would show the "&".
    auto *namesLabel = new QLabel(tr("&Names:"));
    namesLabel->setBuddy(m_pattern);
    fields->addRow(namesLabel, namesColumn);
    fields->addRow(tr("Disks:"), kindColumn);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_templateState);
    formLayout->addWidget(m_cloudInit);
    formLayout->addLayout(network);
    formLayout->addWidget(m_start);
    formLayout->addStretch(1);
    formLayout->addWidget(m_problem);

    // ---- the progress
    m_step = new QLabel;
    m_step->setWordWrap(true);
    m_step->setAccessibleName(tr("Current step"));
    m_bar = new QProgressBar;
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 1000);
    m_table = new QTreeWidget;
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Guest"), tr("Status"), tr("Detail")});
    m_table->setAccessibleName(tr("Guests being made"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(true);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Deployment log"));
    m_log->setMaximumHeight(110);
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
    progressLayout->addWidget(m_table, 1);
    progressLayout->addWidget(m_log);
    progressLayout->addWidget(m_outcome);

    m_pages = new QStackedWidget;
    m_pages->addWidget(form);
    m_pages->addWidget(progress);

    auto *buttons = new QDialogButtonBox;
    m_createButton = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_createButton->setAccessibleName(tr("Create"));
    m_createButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setAccessibleName(tr("Close"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_closeButton->hide();
    // The buttons act themselves: the box's accepted/rejected would close the window.
    connect(m_createButton, &QPushButton::clicked, this, &TemplateDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &TemplateDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &TemplateDialog::poll);
    // Guests come and go while the window is open: read the host again after a burst of
    // events (not during the run, whose own guests would trigger it).
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &TemplateDialog::refresh);
    auto later = [this] {
        if (!isRunning() && !m_result)
            m_refreshTimer->start();
    };
    connect(connection, &Connection::domainUpdated, this, later);
    connect(connection, &Connection::domainRemoved, this, later);

    for (QLineEdit *edit : {m_pattern, m_address, m_gateway, m_dns})
        connect(edit, &QLineEdit::textChanged, this, &TemplateDialog::revalidate);
    connect(m_count, &QSpinBox::valueChanged, this, &TemplateDialog::revalidate);
    connect(m_cloudInit, &QCheckBox::toggled, this, &TemplateDialog::revalidate);
    connect(m_linked, &QRadioButton::toggled, this, [this] {
        updateTemplateState();
        revalidate();
    });

    m_pattern->setText(templateName.left(NamePattern::MaxNameLength - 3) +
                       QStringLiteral("-{1..3}"));
    resize(660, 600);
    refresh();
    updateTemplateState();
    revalidate();
}

TemplateDialog::~TemplateDialog() = default;

bool TemplateDialog::isLoaded() const {
    return m_checks != nullptr;
}

void TemplateDialog::refresh() {
    const int generation = ++m_refreshGeneration;
    const QString uuid = m_templateUuid;
    m_connection->runQuery<Checks>(
        [uuid](virConnectPtr c) {
            Checks checks;
            checks.guestNames = HostResources::read(c).guestNames;
            CloneRequest request;
            request.sourceUuid = uuid; // no name: only the template and its disks
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
            updateTemplateState();
            revalidate();
            Q_EMIT loaded();
        });
}

QStringList TemplateDialog::names() const {
    return NamePattern::expand(m_pattern->text(), m_count->value()).names;
}

QStringList TemplateDialog::takenNames() const {
    QStringList taken;
    if (!m_checks)
        return taken;
    for (const QString &name : names())
        if (m_checks->guestNames.contains(name))
            taken << name;
    return taken;
}

QStringList TemplateDialog::dnsServers() const {
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return m_dns->text().split(separators, Qt::SkipEmptyParts);
}

TemplateRequest TemplateDialog::request() const {
    TemplateRequest r;
    r.templateUuid = m_templateUuid;
    r.names = names();
    r.linked = m_linked->isChecked();
    r.cloudInit = m_cloudInit->isChecked();
    if (r.cloudInit) {
        r.startIp = m_address->text().trimmed();
        if (!r.startIp.isEmpty()) {
            r.gateway = m_gateway->text().trimmed();
            r.dns = dnsServers();
        }
    }
    r.start = m_start->isChecked();
    return r;
}

QString TemplateDialog::patternProblem() const {
    const NamePattern::Expansion expansion =
        NamePattern::expand(m_pattern->text(), m_count->value());
    if (!expansion.ok())
        return expansion.error;
    if (m_checks && takenNames().size() == expansion.names.size())
        return expansion.names.size() == 1
                   ? tr("A guest named %1 already exists on this host.").arg(expansion.names[0])
                   : tr("Every one of these names is already used on this host.");
    return {};
}

QString TemplateDialog::addressProblem() const {
    const QString address = m_address->text().trimmed();
    if (!m_cloudInit->isChecked() || address.isEmpty())
        return {};
    // The last guest's address must still be in the subnet; with no usable names, at
    // least the start itself.
    const int last = std::max(int(names().size()) - 1, 0);
    QString reason;
    if (CloudInitSeed::nthAddress(address, last, &reason).isEmpty())
        return reason;
    return {};
}

QString TemplateDialog::gatewayProblem() const {
    const QString gateway = m_gateway->text().trimmed();
    if (!m_cloudInit->isChecked() || gateway.isEmpty())
        return {};
    if (!CloudInitSeed::isIPv4(gateway))
        return tr("“%1” is not an IPv4 address.").arg(gateway);
    if (m_address->text().trimmed().isEmpty())
        return tr("A gateway goes with a static address; enter the start address, or leave "
                  "the gateway empty for DHCP.");
    return {};
}

QString TemplateDialog::dnsProblem() const {
    if (!m_cloudInit->isChecked())
        return {};
    const QStringList servers = dnsServers();
    for (const QString &server : servers)
        if (!CloudInitSeed::isIPv4(server))
            return tr("“%1” is not an IPv4 address.").arg(server);
    if (!servers.isEmpty() && m_address->text().trimmed().isEmpty())
        return tr("DNS servers go with a static address; enter the start address, or leave "
                  "them empty for DHCP.");
    return {};
}

QString TemplateDialog::problem() const {
    for (const QString &text : {patternProblem(), addressProblem(), gatewayProblem(), dnsProblem()})
        if (!text.isEmpty())
            return text;
    if (m_cloudInit->isChecked() && m_xorrisoMissing)
        return m_xorrisoHint;
    if (!m_checks)
        return tr("Checking %1 and the host's guests…").arg(m_templateName);
    const UserError &check = m_linked->isChecked() ? m_checks->linked : m_checks->full;
    if (!check.isNull())
        return check.explanation();
    // Anything the fields above do not cover.
    const UserError invalid = TemplateDeployer::validate(request());
    return invalid.isNull() ? QString() : invalid.explanation();
}

void TemplateDialog::revalidate() {
    const NamePattern::Expansion expansion =
        NamePattern::expand(m_pattern->text(), m_count->value());
    // The count only matters for a name without a range.
    const bool hasRange = m_pattern->text().contains(QLatin1Char('{')) ||
                          m_pattern->text().contains(QLatin1Char('}'));
    m_count->setEnabled(!hasRange);
    m_countLabel->setEnabled(!hasRange);

    if (expansion.ok()) {
        const QStringList &all = expansion.names;
        QStringList shown = all.mid(0, kPreviewNames);
        if (all.size() > kPreviewNames + 1)
            shown << QStringLiteral("…") << all.last();
        else if (all.size() == kPreviewNames + 1)
            shown << all.last();
        m_preview->setText(
            (all.size() == 1 ? tr("1 guest: %1") : tr("%1 guests: %2").arg(all.size()))
                .arg(shown.join(QStringLiteral(", "))));
        m_preview->show();
    } else {
        m_preview->hide();
    }
    const QString pattern = patternProblem();
    const QStringList taken = takenNames();
    if (!pattern.isEmpty()) {
        m_patternMessage->setError(pattern);
    } else if (!taken.isEmpty()) {
        // Not a reason to refuse: a series can be extended, and each guest is its own
        // transaction. The taken ones are reported as failed, the others made.
        QStringList listed = taken.mid(0, kPreviewNames);
        if (taken.size() > kPreviewNames)
            listed << QStringLiteral("…");
        m_patternMessage->setWarning(
            (taken.size() == 1 ? tr("%1 is already used on this host: that guest will fail; "
                                    "the others are made.")
                               : tr("%1 names are already used on this host (%2): those "
                                    "guests will fail; the others are made.")
                                     .arg(taken.size()))
                .arg(listed.join(QStringLiteral(", "))));
    } else {
        m_patternMessage->clear();
    }

    const bool cloudInit = m_cloudInit->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_gateway),
                       static_cast<QWidget *>(m_dns)})
        w->setEnabled(cloudInit);
    const QString address = addressProblem();
    if (!cloudInit) {
        m_addressMessage->clear();
    } else if (m_xorrisoMissing) {
        m_addressMessage->setError(m_xorrisoHint);
    } else if (!address.isEmpty()) {
        m_addressMessage->setError(address);
    } else if (m_address->text().trimmed().isEmpty()) {
        m_addressMessage->setNote(
            tr("Empty: the guests take their addresses from DHCP; cloud-init still sets "
               "their host names."));
    } else if (expansion.ok()) {
        const QString start = m_address->text().trimmed();
        const QString first = CloudInitSeed::nthAddress(start, 0).section(QLatin1Char('/'), 0, 0);
        const QString last = CloudInitSeed::nthAddress(start, int(expansion.names.size()) - 1)
                                 .section(QLatin1Char('/'), 0, 0);
        m_addressMessage->setNote(
            expansion.names.size() == 1
                ? tr("%1 gets %2.").arg(expansion.names.first(), first)
                : tr("%1 gets %2, … %3 gets %4.")
                      .arg(expansion.names.first(), first, expansion.names.last(), last));
    } else {
        m_addressMessage->clear();
    }
    const QString gateway = gatewayProblem();
    if (gateway.isEmpty())
        m_gatewayMessage->clear();
    else
        m_gatewayMessage->setError(gateway);
    const QString dns = dnsProblem();
    if (dns.isEmpty())
        m_dnsMessage->clear();
    else
        m_dnsMessage->setError(dns);

    const QString text = problem();
    m_problem->setText(text.isEmpty() ? QString() : tr("Create is disabled: %1").arg(text));
    m_problem->setVisible(!text.isEmpty());
    m_createButton->setEnabled(text.isEmpty() && !isRunning());
}

void TemplateDialog::updateTemplateState() {
    if (!m_checks) {
        m_templateState->setNote(tr("Checking %1…").arg(m_templateName));
        return;
    }
    const UserError &check = m_linked->isChecked() ? m_checks->linked : m_checks->full;
    if (!check.isNull()) {
        QString text = check.title() + QStringLiteral(": ") + check.explanation();
        if (!check.hint().isEmpty())
            text += QLatin1Char(' ') + check.hint();
        m_templateState->setError(text);
    } else if (m_linked->isChecked()) {
        m_templateState->setWarning(
            tr("%1 is shut off. Keep it shut off and unchanged for as long as its linked "
               "clones exist: they read its disks as their base.")
                .arg(m_templateName));
    } else {
        m_templateState->setNote(
            tr("%1 is shut off, as it must be while its disks are copied.").arg(m_templateName));
    }
}

void TemplateDialog::setRow(int row, RowState state, const QString &detail) {
    QTreeWidgetItem *item = m_table->topLevelItem(row);
    if (!item)
        return;
    m_rowStates[row] = state;
    QString status;
    QColor color = palette().color(QPalette::Text);
    switch (state) {
    case RowState::Waiting:
        status = tr("waiting");
        color = palette().color(QPalette::PlaceholderText);
        break;
    case RowState::Creating:
        status = tr("creating");
        break;
    case RowState::Done:
        status = tr("done");
        color = kDoneColor;
        break;
    case RowState::Failed:
        status = tr("failed");
        color = kErrorColor;
        break;
    case RowState::NotMade:
        status = tr("not made");
        color = palette().color(QPalette::PlaceholderText);
        break;
    }
    item->setText(StatusColumn, status);
    item->setForeground(StatusColumn, color);
    item->setText(DetailColumn, detail);
    item->setToolTip(DetailColumn, detail);
}

void TemplateDialog::start() {
    if (!problem().isEmpty() || isRunning())
        return;
    const TemplateRequest r = request();
    m_runNames = r.names;
    m_result.reset();
    m_table->clear();
    m_rowStates.clear();
    for (const QString &name : m_runNames) {
        auto *item = new QTreeWidgetItem(m_table, {name});
        item->setData(NameColumn, Qt::AccessibleTextRole, name);
        m_rowStates.append(RowState::Waiting);
        setRow(int(m_rowStates.size()) - 1, RowState::Waiting, QString());
    }
    m_table->resizeColumnToContents(NameColumn);
    m_log->clear();
    m_logShown = 0;
    m_itemsShown = 0;
    m_outcome->clear();
    m_outcome->setPalette(palette());
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_step->setText(tr("Starting…"));
    m_pages->setCurrentIndex(ProgressPage);
    m_createButton->hide();
    m_closeButton->hide();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->setFocus(); // the focused Create button is gone
    m_control = m_connection->runJob(
        [r](virConnectPtr c, JobControl &control) {
            return TemplateDeployer::deploy(c, r, control);
        },
        this, [this](const JobResult &result) { done(result); });
    m_timer->start();
}

void TemplateDialog::poll() {
    if (!m_control)
        return;
    const int count = int(m_runNames.size());
    const double fraction = m_control->fraction();
    if (fraction < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
    }
    const QString step = m_control->step();
    if (!m_control->isCancelled())
        m_step->setText(step);

    const QStringList lines = m_control->logLines();
    for (; m_logShown < lines.size(); ++m_logShown)
        m_log->appendPlainText(lines[m_logShown]);
    // Each guest's outcome, as the deployer finishes it.
    const QVector<JobItem> items = m_control->finishedItems();
    for (; m_itemsShown < items.size(); ++m_itemsShown) {
        const JobItem &item = items[m_itemsShown];
        const int row = int(m_runNames.indexOf(item.name));
        if (row >= 0)
            setRow(row, item.ok ? RowState::Done : RowState::Failed, item.detail);
    }
    // Guest i is made while the progress runs from i/count to (i+1)/count.
    if (fraction >= 0 && count > 0) {
        const int current = std::clamp(int(std::floor(fraction * count + 1e-6)), 0, count);
        for (int i = 0; i < count; ++i) {
            const RowState state = m_rowStates[i];
            if (state != RowState::Waiting && state != RowState::Creating)
                continue;
            if (i == current)
                setRow(i, RowState::Creating, step);
            else if (i < current && state == RowState::Waiting)
                setRow(i, RowState::Creating, QString());
        }
        if (QTreeWidgetItem *item = m_table->topLevelItem(std::min(current, count - 1)))
            m_table->scrollToItem(item);
    }
}

void TemplateDialog::cancel() {
    if (!m_control || m_control->isCancelled())
        return;
    m_control->cancel();
    m_step->setText(tr("Stopping after the guest being made…"));
    m_cancelButton->setEnabled(false);
}

void TemplateDialog::reject() {
    // The guest being made is finished first; the window stays to show what was made.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void TemplateDialog::done(const JobResult &result) {
    poll();
    m_timer->stop();
    m_control.reset();
    m_result = result;
    m_bar->setRange(0, 1000);
    m_bar->setValue(1000);
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();

    // The result is the final word on every row.
    for (int i = 0; i < int(m_runNames.size()); ++i) {
        if (i >= result.items.size()) {
            // The deployment stopped before any guest (the template cannot be cloned, say).
            setRow(i, RowState::NotMade, result.error.title());
            continue;
        }
        const JobItem &item = result.items[i];
        if (item.ok) {
            setRow(i, RowState::Done, item.detail.isEmpty() ? tr("created") : item.detail);
        } else if (result.cancelled && m_rowStates[i] != RowState::Failed) {
            // No line of its own in the log: never started.
            setRow(i, RowState::NotMade, item.error.summary());
        } else {
            setRow(i, RowState::Failed, item.error.summary());
        }
    }
    m_table->resizeColumnToContents(StatusColumn);

    const int count = int(m_runNames.size());
    QStringList lines;
    if (result.ok) {
        m_step->setText(tr("Done"));
        lines << (count == 1 ? (m_start->isChecked() ? tr("The guest was made and started.")
                                                     : tr("The guest was made."))
                             : (m_start->isChecked() ? tr("All %1 guests were made and started.")
                                                     : tr("All %1 guests were made."))
                                   .arg(count));
        lines << result.notes;
    } else {
        m_step->setText(result.cancelled ? tr("Cancelled") : tr("Finished with failures"));
        if (result.items.isEmpty())
            lines << tr("No guest was made.") << result.error.title();
        // The explanation already says how many were made and kept.
        lines << result.error.explanation() << result.error.hint();
        lines.removeAll(QString());
        paint(m_outcome, kErrorColor);
    }
    m_outcome->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT finished(result);
}
