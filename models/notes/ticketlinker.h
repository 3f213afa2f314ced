// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace Quorum {

/**
 * One rule: a key is prefix followed by a number (prefix `DM-`: DM-26798), and links to url, in
 * which `{n}` stands for the number and `{key}` for the whole key
 * (`https://jira.example.org/browse/DM-{n}`). No regular expression: the matcher is linear.
 */
struct LinkPattern
{
    QString prefix;
    QString url;

    bool operator==(const LinkPattern &o) const { return prefix == o.prefix && url == o.url; }
};

/**
 * Turns ticket keys in Markdown notes into links, with the library's patterns. Code, existing
 * links and web addresses are left alone; without a matching pattern a key stays plain text.
 * Time is linear in the length of the text, whatever the patterns and the text hold.
 */
class TicketLinker
{
    Q_DECLARE_TR_FUNCTIONS(TicketLinker)

public:
    /** The longest prefix a pattern may have. */
    static constexpr int MaxPrefixLength = 32;
    /** The number in `{n}`; `{key}` is the prefix and the number. */
    static QString numberPlaceholder() { return QStringLiteral("{n}"); }
    static QString keyPlaceholder() { return QStringLiteral("{key}"); }

    TicketLinker() = default;
    /** Patterns that problem() refuses are left out. */
    explicit TicketLinker(const QList<LinkPattern> &patterns);

    QString linkify(const QString &markdown) const;
    bool isEmpty() const { return m_rules.empty(); }

    /** A ticket key found in plain text: where it stands, the pattern it matched and its address. */
    struct Key
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString key; ///< DM-26798
        LinkPattern pattern;
        QString url; ///< the pattern's address for this key
    };
    /**
     * The keys in plain text (no Markdown: code and links are not told apart), in order, found
     * as linkify() finds them (the longest prefix; a boundary before and after). Linear in the text.
     */
    QList<Key> keysIn(QStringView plain) const;

    /** Why a pattern cannot be used, naming it (an empty string when it can). */
    static QString problem(const LinkPattern &pattern);

    /**
     * A pattern as a library or a document from an earlier version may hold it: a regular expression
     * of the form `DM-(\d+)`, `RFC-\d+` or `(?:DM|SP)-\d+` whose address uses `\0` (the key) or a group
     * (`\1`), becomes one pattern per prefix it names (`DM-` → `…/DM-{n}`). Anything else comes back
     * as it is, for problem() to explain.
     */
    static QList<LinkPattern> upgraded(const LinkPattern &stored);

    /**
     * What an import takes from a stored or written pattern: upgraded() and each checked; on the
     * first unusable one, nothing and *problem says why, naming the pattern.
     */
    static QList<LinkPattern> accepted(const LinkPattern &stored, QString *problem);

private:
    QString linkifyText(const QString &text) const;
    QString linkKeys(QStringView plain) const;

    struct Rule
    {
        QString prefix;
        QString url;
    };
    /** The prefixes as a trie: a node's children by character, and the rule a node ends (-1 for none). */
    struct Node
    {
        std::vector<std::pair<char16_t, int>> children;
        int rule = -1;
    };
    int child(int node, char16_t c) const;

    std::vector<Rule> m_rules;
    std::vector<Node> m_trie;
};

} // namespace Quorum
