// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Quorum {

/** One rule: keys matching pattern (e.g. `DM-(\d+)`) link to url (e.g. `https://tracker/browse/DM-\1`). */
struct LinkPattern
{
    QString pattern;
    QString url;

    bool operator==(const LinkPattern &o) const { return pattern == o.pattern && url == o.url; }
};

/**
 * Turns ticket keys in Markdown notes into links, with the library's patterns. Code, existing
 * links and web addresses are left alone; without a matching pattern a key stays plain text.
 */
class TicketLinker
{
    Q_DECLARE_TR_FUNCTIONS(TicketLinker)

public:
    TicketLinker() = default;
    explicit TicketLinker(const QList<LinkPattern> &patterns);

    QString linkify(const QString &markdown) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

    /** Why a pattern cannot be used (an empty string when it can). */
    static QString problem(const LinkPattern &pattern);

private:
    QString linkifyText(const QString &text) const;

    struct Rule
    {
        QRegularExpression expression;
        QString url;
    };
    QList<Rule> m_rules;
};

} // namespace Quorum
