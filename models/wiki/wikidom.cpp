// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidom.h"

#include <QCoreApplication>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <vector>

namespace Quorum {

namespace {

/** Code macros hold their text in CDATA sections, which an HTML parser does not know: made text first. */
QByteArray cdataAsText(const QByteArray &html)
{
    static const QByteArray open = QByteArrayLiteral("<![CDATA[");
    static const QByteArray close = QByteArrayLiteral("]]>");
    if (!html.contains(open))
        return html;
    QByteArray out;
    out.reserve(html.size());
    qsizetype from = 0;
    while (true) {
        const qsizetype at = html.indexOf(open, from);
        if (at < 0)
            break;
        out.append(html.constData() + from, at - from);
        const qsizetype textStart = at + open.size();
        qsizetype end = html.indexOf(close, textStart);
        if (end < 0)
            end = html.size();
        QByteArray text = html.mid(textStart, end - textStart);
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        out.append(text);
        from = qMin(html.size(), end + close.size());
    }
    out.append(html.constData() + from, html.size() - from);
    return out;
}

/**
 * libxml2's HTML parser drops the prefix of an element name ("ac:task" becomes "task"): the
 * storage format's ac: and ri: tags are renamed to ac_ and ri_ before parsing, and back after.
 */
QByteArray prefixesKept(QByteArray html)
{
    for (const char *prefix : {"ac", "ri"}) {
        html.replace(QByteArray("<") + prefix + ':', QByteArray("<") + prefix + '_');
        html.replace(QByteArray("</") + prefix + ':', QByteArray("</") + prefix + '_');
    }
    return html;
}

bool isDropped(const xmlNode *node)
{
    static const char *const dropped[] = {"script", "style", "noscript", "iframe", "object", "embed", "template",
                                          "svg",    "math",  "link",     "meta",   "button", "select"};
    for (const char *name : dropped) {
        if (xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0)
            return true;
    }
    return false;
}

QString fromXml(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

WikiNode element(const xmlNode *node)
{
    WikiNode e;
    e.name = fromXml(node->name).toLower();
    if (e.name.startsWith(QLatin1String("ac_")) || e.name.startsWith(QLatin1String("ri_")))
        e.name[2] = QLatin1Char(':'); // see prefixesKept()
    if (node->ns && node->ns->prefix)
        e.name = fromXml(node->ns->prefix).toLower() + QLatin1Char(':') + e.name;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        QString name = fromXml(a->name).toLower();
        if (a->ns && a->ns->prefix)
            name = fromXml(a->ns->prefix).toLower() + QLatin1Char(':') + name;
        if (name.startsWith(QLatin1String("on")))
            continue; // event handlers: never kept
        xmlChar *value = xmlNodeGetContent(reinterpret_cast<const xmlNode *>(a));
        QString v = fromXml(value);
        xmlFree(value);
        if ((name == QLatin1String("href") || name == QLatin1String("src"))
            && !v.trimmed().startsWith(QLatin1String("http"), Qt::CaseInsensitive)
            && !v.trimmed().startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) && v.contains(QLatin1Char(':'))) {
            continue; // javascript:, data: and other active addresses
        }
        e.attributes.insert(name, v);
    }
    return e;
}

} // namespace

bool WikiNode::hasClass(const char *word) const
{
    const QString classes = attribute("class");
    if (classes.isEmpty())
        return false;
    return classes.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String(word));
}

QString WikiNode::plainText() const
{
    QString out;
    std::vector<const WikiNode *> stack{this};
    while (!stack.empty()) {
        const WikiNode *n = stack.back();
        stack.pop_back();
        if (n->isText()) {
            out += n->text;
            continue;
        }
        if (n->is("br") || n->is("p") || n->is("li") || n->is("td") || n->is("th") || n->is("div"))
            out += QLatin1Char(' ');
        for (auto it = n->children.crbegin(); it != n->children.crend(); ++it)
            stack.push_back(&*it);
    }
    return out.simplified();
}

const WikiNode *WikiNode::find(const std::function<bool(const WikiNode &)> &match) const
{
    std::vector<const WikiNode *> stack{this};
    while (!stack.empty()) {
        const WikiNode *n = stack.back();
        stack.pop_back();
        if (match(*n))
            return n;
        for (auto it = n->children.crbegin(); it != n->children.crend(); ++it)
            stack.push_back(&*it);
    }
    return nullptr;
}

const WikiNode *WikiNode::findElement(const char *element) const
{
    return find([element](const WikiNode &n) { return n.is(element); });
}

QList<const WikiNode *> WikiNode::findAll(const std::function<bool(const WikiNode &)> &match) const
{
    QList<const WikiNode *> found;
    std::vector<const WikiNode *> stack{this};
    while (!stack.empty()) {
        const WikiNode *n = stack.back();
        stack.pop_back();
        if (n != this && match(*n)) {
            found << n;
            continue;
        }
        for (auto it = n->children.crbegin(); it != n->children.crend(); ++it)
            stack.push_back(&*it);
    }
    return found;
}

bool WikiDom::parse(const QByteArray &html, WikiNode *root, QString *error)
{
    *root = WikiNode();
    root->name = QStringLiteral("#root");
    const QByteArray input = prefixesKept(cdataAsText(html));
    if (input.trimmed().isEmpty())
        return true;
    // Without HTML_PARSE_NOIMPLIED: with it, libxml2 puts every top-level element of a fragment (storage
    // format has several) inside the first one.
    const int options
        = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(input.constData(), int(qMin<qsizetype>(input.size(), INT_MAX)), "page.html", "UTF-8", options),
        xmlFreeDoc);
    if (!doc)
        return true; // nothing a parser could read: an empty page

    // Walked without recursion: targets[d] is the node that what is found at depth d goes into.
    std::vector<WikiNode *> targets{root};
    int nodes = 0;
    int depth = 0;
    const xmlNode *current = doc->children;
    while (current) {
        bool descend = false;
        const int level = qMin(depth, MaxDepth);
        WikiNode *target = targets.at(size_t(level));
        if (current->type == XML_ELEMENT_NODE && !isDropped(current)) {
            if (++nodes > MaxNodes) {
                *error = QCoreApplication::translate("Quorum::WikiDom",
                                                     "The page has more than %1 elements; it is not read.")
                             .arg(MaxNodes);
                *root = WikiNode();
                return false;
            }
            if (depth < MaxDepth) {
                target->children.append(element(current));
                targets.resize(size_t(depth) + 2);
                targets[size_t(depth) + 1] = &target->children.last();
            } else {
                targets.resize(size_t(MaxDepth) + 1);
            }
            descend = current->children != nullptr;
        } else if (current->type == XML_TEXT_NODE || current->type == XML_CDATA_SECTION_NODE) {
            WikiNode text;
            text.text = fromXml(current->content);
            if (!text.text.isEmpty()) {
                if (++nodes > MaxNodes) {
                    *error = QCoreApplication::translate("Quorum::WikiDom",
                                                         "The page has more than %1 elements; it is not read.")
                                 .arg(MaxNodes);
                    *root = WikiNode();
                    return false;
                }
                if (!target->children.isEmpty() && target->children.last().isText())
                    target->children.last().text += text.text;
                else
                    target->children.append(text);
            }
        } else if (current->type == XML_DOCUMENT_TYPE_NODE || current->type == XML_DTD_NODE) {
            // skipped
        } else if (current->type == XML_HTML_DOCUMENT_NODE || current->type == XML_DOCUMENT_NODE) {
            descend = current->children != nullptr;
        }
        if (descend) {
            current = current->children;
            ++depth;
            continue;
        }
        while (current && !current->next) {
            current = current->parent;
            --depth;
            if (depth < 0 || (current && current->type == XML_HTML_DOCUMENT_NODE))
                current = nullptr;
        }
        if (current)
            current = current->next;
    }
    return true;
}

} // namespace Quorum
