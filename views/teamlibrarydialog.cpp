// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlibrarydialog.h"

#include "document/librarylocation.h"
#include "tonestyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace Quorum {

namespace {

const QString hostKey = QStringLiteral("teamLibrary/host");
const QString portKey = QStringLiteral("teamLibrary/port");
const QString databaseKey = QStringLiteral("teamLibrary/database");
const QString userKey = QStringLiteral("teamLibrary/user");

} // namespace

TeamLibraryDialog::TeamLibraryDialog(Opener opener, QWidget *parent)
    : QDialog(parent)
    , m_opener(std::move(opener))
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("teamLibraryDialog"));
    setWindowTitle(tr("Open Team Library"));
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default (5432)"));
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_database->setPlaceholderText(tr("Required"));
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_user->setPlaceholderText(tr("Your login name"));
    m_problem->setObjectName(QStringLiteral("teamProblem"));
    ToneStyle::follow(m_problem, [] { return ToneStyle::textColour(Tones::Tone::Problem); });
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    const QSettings settings;
    m_host->setText(settings.value(hostKey).toString());
    m_port->setValue(settings.value(portKey, 0).toInt());
    m_database->setText(settings.value(databaseKey).toString());
    m_user->setText(settings.value(userKey).toString());

    auto *intro = new QLabel(tr("A library that your team shares on a PostgreSQL server. Quorum never asks for "
                                "the password: it comes from ~/.pgpass or the PGPASSWORD environment variable."));
    intro->setObjectName(QStringLiteral("teamPasswordNote"));
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamLibraryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    (m_database->text().isEmpty() ? m_database : m_host)->setFocus();
    setMinimumWidth(480);
}

QString TeamLibraryDialog::address(QString *error) const
{
    LibraryLocation::ServerParts parts;
    parts.host = m_host->text().trimmed();
    parts.port = m_port->value();
    parts.database = m_database->text().trimmed();
    parts.user = m_user->text().trimmed();
    return LibraryLocation::serverAddress(parts, error);
}

QString TeamLibraryDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TeamLibraryDialog::accept()
{
    QString error;
    const QString uri = address(&error);
    if (!uri.isEmpty() && m_opener(uri, &error)) {
        remember();
        QDialog::accept();
        return;
    }
    m_problem->setText(error);
    m_problem->show();
}

void TeamLibraryDialog::remember() const
{
    // Never a password: the fields hold none (address() refuses one).
    QSettings settings;
    settings.setValue(hostKey, m_host->text().trimmed());
    settings.setValue(portKey, m_port->value());
    settings.setValue(databaseKey, m_database->text().trimmed());
    settings.setValue(userKey, m_user->text().trimmed());
}

} // namespace Quorum
