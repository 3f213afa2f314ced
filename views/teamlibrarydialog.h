// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Quorum {

/**
 * File › Open Team Library…: host (or socket directory), port, database and user of a library on
 * a PostgreSQL server. Never asks for a password (libpq reads ~/.pgpass or PGPASSWORD). Open
 * builds the address and hands it to the opener; what goes wrong is said in the dialog's error
 * line and the dialog stays. The fields start from the last ones that opened a library.
 */
class TeamLibraryDialog : public QDialog
{
    Q_OBJECT

public:
    /** Opens the library at a server address; false with *error saying why it could not. */
    using Opener = std::function<bool(const QString &address, QString *error)>;

    explicit TeamLibraryDialog(Opener opener, QWidget *parent = nullptr);

    /** The address the fields make (postgresql://…), or empty with *error saying what to change. */
    QString address(QString *error) const;
    /** What the error line says (empty while there is nothing wrong). */
    QString problem() const;

    void accept() override;

private:
    void remember() const;

    Opener m_opener;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Quorum
