// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Quorum {

/**
 * A page as a tree of elements and text, read by libxml2's HTML parser: Confluence's storage
 * format (its ac: and ri: elements keep their prefixed names, "ac:task"), an exported or saved
 * HTML page, or a fragment. Element and attribute names are lower case. Only what a page says is
 * kept: scripts, styles, comments and event attributes are dropped while reading.
 */
struct WikiNode
{
    QString name; ///< element name; empty for text
    QString text; ///< text of a text node
    QHash<QString, QString> attributes;
    QList<WikiNode> children;

    bool isText() const { return name.isEmpty(); }
    bool is(const char *element) const { return name == QLatin1String(element); }
    QString attribute(const char *attributeName) const { return attributes.value(QLatin1String(attributeName)); }
    /** True when the class attribute holds the word. */
    bool hasClass(const char *word) const;
    /** The text of the node and its descendants, whitespace collapsed to single spaces, trimmed. */
    QString plainText() const;
    /** The first descendant (depth first, the node itself included) that matches, or nullptr. */
    const WikiNode *find(const std::function<bool(const WikiNode &)> &match) const;
    const WikiNode *findElement(const char *element) const;
    /** Every descendant that matches, in document order, not looking inside a match. */
    QList<const WikiNode *> findAll(const std::function<bool(const WikiNode &)> &match) const;
};

class WikiDom
{
public:
    /** Elements below this depth are lifted to it: a page nested 10,000 deep reads as a shallow one. */
    static constexpr int MaxDepth = 64;
    /** More nodes than this and the page is refused (a table of a million cells is not a meeting). */
    static constexpr int MaxNodes = 400000;

    /**
     * Parses HTML or storage format (UTF-8) into a tree whose root is an element named "#root".
     * CDATA sections (code macros) become text. Returns false, with *error set, for a page too
     * large; a page that is not HTML at all reads as text.
     */
    static bool parse(const QByteArray &html, WikiNode *root, QString *error);
    /**
     * Parses storage format as XML (its ac: and ri: prefixes declared, HTML's named entities
     * such as &nbsp; made numeric first), recovering from errors; no DTD is read and no entity
     * is expanded. Falls back to parse() when the XML parser can make nothing of it.
     */
    static bool parseStorageFormat(const QByteArray &xhtml, WikiNode *root, QString *error);

private:
    static bool build(void *document, WikiNode *root, QString *error);
};

} // namespace Quorum
