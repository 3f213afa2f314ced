// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlinker.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace Quorum {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/** What may stand before and after a key: "DM-12" in "ADM-12", "DM-12x" or "DM-12-3" is no key. */
bool isKeyBoundary(QChar c)
{
    return !isWordCharacter(c) && c != QLatin1Char('-');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isPrefixCharacter(QChar c)
{
    return isWordCharacter(c) || c == QLatin1Char('-') || c == QLatin1Char('#');
}

/**
 * The next position at or after a place where test holds, remembered: the scanner asks with places
 * that only move forward, so a line is searched once for each kind of character, however often it asks.
 */
class NextMatch
{
public:
    template<typename Test>
    qsizetype find(QStringView text, qsizetype from, Test test)
    {
        if (from >= m_searchedFrom && (m_found < 0 || m_found >= from))
            return m_found;
        m_searchedFrom = from;
        m_found = -1;
        for (qsizetype i = from; i < text.size(); ++i) {
            if (test(text[i])) {
                m_found = i;
                break;
            }
        }
        return m_found;
    }

private:
    qsizetype m_searchedFrom = std::numeric_limits<qsizetype>::max(); // nothing searched yet
    qsizetype m_found = -1;
};

/** The end of a run of c starting at from. */
qsizetype runEnd(QStringView text, qsizetype from, QChar c)
{
    while (from < text.size() && text[from] == c)
        ++from;
    return from;
}

/**
 * The parts of a line that stay as they are: inline code (`…`), Markdown links and images
 * ([text](target)), autolinks (<…>) and bare web addresses. Each is found in one pass: the
 * closing character is looked up once per kind (NextMatch), never again from every opening one.
 */
class ProtectedParts
{
public:
    explicit ProtectedParts(QStringView text)
        : m_text(text)
    { }

    /** The end of the protected part that starts at i, or -1 when none does. */
    qsizetype endAt(qsizetype i)
    {
        const QChar c = m_text[i];
        if (c == QLatin1Char('`'))
            return codeEnd(i);
        if (c == QLatin1Char('[') || (c == QLatin1Char('!') && at(i + 1) == QLatin1Char('[')))
            return linkEnd(c == QLatin1Char('!') ? i + 1 : i);
        if (c == QLatin1Char('<'))
            return autolinkEnd(i);
        if (c == QLatin1Char('h'))
            return addressEnd(i);
        return -1;
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }

    qsizetype codeEnd(qsizetype i)
    {
        const qsizetype open = runEnd(m_text, i, QLatin1Char('`'));
        const qsizetype close = m_backtick.find(m_text, open, [](QChar c) { return c == QLatin1Char('`'); });
        if (close >= 0)
            return runEnd(m_text, close, QLatin1Char('`'));
        return open - i >= 2 ? open : -1; // `` alone is an empty code span
    }

    qsizetype linkEnd(qsizetype bracket)
    {
        const qsizetype close = m_bracket.find(m_text, bracket + 1, [](QChar c) { return c == QLatin1Char(']'); });
        if (close < 0 || at(close + 1) != QLatin1Char('('))
            return -1;
        const qsizetype paren = m_paren.find(m_text, close + 2, [](QChar c) { return c == QLatin1Char(')'); });
        return paren < 0 ? -1 : paren + 1;
    }

    qsizetype autolinkEnd(qsizetype i)
    {
        const qsizetype stop
            = m_angle.find(m_text, i + 1, [](QChar c) { return c == QLatin1Char('>') || c.isSpace(); });
        return stop > i + 1 && m_text[stop] == QLatin1Char('>') ? stop + 1 : -1;
    }

    qsizetype addressEnd(qsizetype i) const
    {
        const QStringView rest = m_text.mid(i);
        qsizetype start = -1;
        if (rest.startsWith(QLatin1String("https://")))
            start = i + 8;
        else if (rest.startsWith(QLatin1String("http://")))
            start = i + 7;
        qsizetype end = start;
        while (end >= 0 && end < m_text.size() && !m_text[end].isSpace())
            ++end;
        return end > start ? end : -1;
    }

    QStringView m_text;
    NextMatch m_backtick;
    NextMatch m_bracket;
    NextMatch m_paren;
    NextMatch m_angle;
};

/** The part of a legacy regular expression that stands for the number, or an empty view. */
qsizetype numberPart(QStringView regex, qsizetype at, bool *capturing)
{
    for (const char *form : {"\\d+", "[0-9]+"}) {
        const QLatin1String plain(form);
        if (regex.mid(at) == plain) {
            *capturing = false;
            return at;
        }
        if (regex.mid(at) == QStringLiteral("(%1)").arg(plain)) {
            *capturing = true;
            return at;
        }
        if (regex.mid(at) == QStringLiteral("(?:%1)").arg(plain)) {
            *capturing = false;
            return at;
        }
    }
    return -1;
}

/** A literal character of a legacy prefix at i (a letter, digit, "-", "_", "#", or "\-", "\#", "\_"), and its length. */
int literalAt(QStringView regex, qsizetype i, QChar *c)
{
    if (i >= regex.size())
        return 0;
    if (regex[i] == QLatin1Char('\\') && i + 1 < regex.size() && QStringView(u"-_#").contains(regex[i + 1])) {
        *c = regex[i + 1];
        return 2;
    }
    if (isPrefixCharacter(regex[i])) {
        *c = regex[i];
        return 1;
    }
    return 0;
}

/**
 * Reads a legacy pattern: literal prefix text with at most one group of alternatives
 * ("(?:DM|SP)-", "(DM|SP)-"), then the number. The prefixes, the number's group (0 when it
 * has none) and the alternatives' group (0 when it has none, or captures nothing).
 */
bool readLegacy(QStringView regex, QStringList *prefixes, QStringList *alternatives, int *numberGroup,
                int *alternativesGroup)
{
    QStringList before{QString()}; // every prefix read so far
    int groups = 0;
    qsizetype i = 0;
    bool sawGroup = false;
    for (;;) {
        bool capturing = false;
        if (numberPart(regex, i, &capturing) == i) {
            if (capturing)
                *numberGroup = ++groups;
            *prefixes = before;
            return true;
        }
        QChar c;
        if (const int length = literalAt(regex, i, &c)) {
            for (QString &p : before)
                p += c;
            i += length;
            continue;
        }
        if (regex.mid(i).startsWith(QLatin1Char('(')) && !sawGroup) {
            const bool nonCapturing = regex.mid(i).startsWith(QLatin1String("(?:"));
            i += nonCapturing ? 3 : 1;
            QStringList options{QString()};
            for (;;) {
                if (const int length = literalAt(regex, i, &c)) {
                    options.last() += c;
                    i += length;
                } else if (i < regex.size() && regex[i] == QLatin1Char('|')) {
                    options << QString();
                    ++i;
                } else {
                    break;
                }
            }
            if (i >= regex.size() || regex[i] != QLatin1Char(')') || options.contains(QString()))
                return false;
            ++i;
            sawGroup = true;
            if (!nonCapturing)
                *alternativesGroup = ++groups;
            QStringList next;
            for (const QString &p : before) {
                for (const QString &o : options)
                    next << p + o;
            }
            before = next;
            *alternatives = options;
            continue;
        }
        return false;
    }
}

} // namespace

TicketLinker::TicketLinker(const QList<LinkPattern> &patterns)
{
    m_trie.emplace_back();
    for (const LinkPattern &p : patterns) {
        if (!problem(p).isEmpty())
            continue;
        int node = 0;
        for (const QChar c : p.prefix) {
            int next = child(node, c.unicode());
            if (next < 0) {
                next = int(m_trie.size());
                m_trie.emplace_back();
                m_trie[size_t(node)].children.emplace_back(c.unicode(), next);
            }
            node = next;
        }
        if (m_trie[size_t(node)].rule < 0) { // the first pattern of a prefix wins
            m_trie[size_t(node)].rule = int(m_rules.size());
            m_rules.push_back({p.prefix, p.url});
        }
    }
}

int TicketLinker::child(int node, char16_t c) const
{
    for (const auto &[character, index] : m_trie[size_t(node)].children) {
        if (character == c)
            return index;
    }
    return -1;
}

QString TicketLinker::problem(const LinkPattern &p)
{
    const QString &prefix = p.prefix;
    if (prefix.trimmed().isEmpty())
        return tr("the key prefix is empty; write what stands before the number, such as DM-");
    if (!std::all_of(prefix.begin(), prefix.end(), isPrefixCharacter)) {
        return tr("“%1” is not a key prefix: write the letters, digits, “-”, “_” or “#” that stand before the "
                  "number, such as DM- (a regular expression is not used, and only one of the form DM-(\\d+) "
                  "from an earlier version is converted)")
            .arg(p.prefix);
    }
    if (prefix.size() > MaxPrefixLength)
        return tr("the key prefix “%1” is longer than %2 characters").arg(prefix).arg(MaxPrefixLength);
    if (isAsciiDigit(prefix.back()) || prefix.back().isDigit())
        return tr("the key prefix “%1” ends with a digit; it is what stands before the number").arg(prefix);
    if (!p.url.contains(numberPlaceholder()) && !p.url.contains(keyPlaceholder()))
        return tr("the address for “%1” has neither {n} (the number) nor {key} (the whole key)").arg(prefix);
    const bool unsafe = std::any_of(p.url.begin(), p.url.end(), [](QChar c) {
        return c.isSpace() || QStringView(u"<>()[]\"\\`").contains(c) || c.category() == QChar::Other_Control;
    });
    const QUrl url(QString(p.url)
                       .replace(numberPlaceholder(), QStringLiteral("1"))
                       .replace(keyPlaceholder(), QString::fromLatin1(QUrl::toPercentEncoding(prefix + u'1'))),
                   QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (unsafe || !url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("the address for “%1” must be a web address (https://…) without spaces or brackets").arg(prefix);
    return {};
}

QList<LinkPattern> TicketLinker::upgraded(const LinkPattern &stored)
{
    const bool legacyUrl = stored.url.contains(QLatin1Char('\\'));
    if (!legacyUrl && std::all_of(stored.prefix.begin(), stored.prefix.end(), isPrefixCharacter))
        return {stored}; // the form of this version
    QStringList prefixes;
    QStringList alternatives;
    int numberGroup = 0;
    int alternativesGroup = 0;
    if (stored.prefix.size() > 4 * MaxPrefixLength
        || !readLegacy(stored.prefix, &prefixes, &alternatives, &numberGroup, &alternativesGroup))
        return {stored};
    QList<LinkPattern> result;
    for (qsizetype n = 0; n < prefixes.size(); ++n) {
        QString url;
        for (qsizetype i = 0; i < stored.url.size(); ++i) {
            const QChar c = stored.url[i];
            if (c != QLatin1Char('\\') || i + 1 >= stored.url.size() || !isAsciiDigit(stored.url[i + 1])) {
                url += c;
                continue;
            }
            const int group = stored.url[++i].digitValue();
            if (group == 0)
                url += keyPlaceholder();
            else if (group == numberGroup)
                url += numberPlaceholder();
            else if (group == alternativesGroup)
                url += alternatives.value(n % alternatives.size());
            else
                return {stored}; // a group the expression does not have
        }
        result.append({prefixes.at(n), url});
    }
    return result;
}

QList<LinkPattern> TicketLinker::accepted(const LinkPattern &stored, QString *problem)
{
    const QList<LinkPattern> patterns = upgraded(stored);
    for (const LinkPattern &p : patterns) {
        *problem = TicketLinker::problem(p);
        if (!problem->isEmpty())
            return {};
    }
    return patterns;
}

QList<TicketLinker::Key> TicketLinker::keysIn(QStringView plain) const
{
    QList<Key> keys;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i > 0 && !isKeyBoundary(plain[i - 1]))
            continue;
        // Walk the trie along the text: at most MaxPrefixLength steps; the longest prefix that
        // is followed by a number and a boundary is the key.
        int node = 0;
        int rule = -1;
        qsizetype end = -1;
        for (qsizetype j = i; j < plain.size(); ++j) {
            node = child(node, plain[j].unicode());
            if (node < 0)
                break;
            const int r = m_trie[size_t(node)].rule;
            if (r < 0)
                continue;
            qsizetype digits = j + 1;
            while (digits < plain.size() && isAsciiDigit(plain[digits]))
                ++digits;
            if (digits > j + 1 && (digits == plain.size() || isKeyBoundary(plain[digits]))) {
                rule = r;
                end = digits;
            }
        }
        if (rule < 0)
            continue;
        const Rule &r = m_rules[size_t(rule)];
        Key key;
        key.start = i;
        key.length = end - i;
        key.key = plain.mid(i, end - i).toString();
        key.pattern = {r.prefix, r.url};
        key.url = r.url;
        key.url.replace(numberPlaceholder(), key.key.mid(r.prefix.size()));
        key.url.replace(keyPlaceholder(), QString::fromLatin1(QUrl::toPercentEncoding(key.key)));
        keys.append(key);
        i = end - 1;
    }
    return keys;
}

QString TicketLinker::linkKeys(QStringView plain) const
{
    QString out;
    qsizetype copied = 0;
    for (const Key &key : keysIn(plain)) {
        out += plain.mid(copied, key.start - copied);
        out += QLatin1Char('[');
        out += key.key;
        out += QStringLiteral("](") + key.url + QLatin1Char(')');
        copied = key.start + key.length;
    }
    out += plain.mid(copied);
    return out;
}

QString TicketLinker::linkifyText(const QString &text) const
{
    // Inline code, Markdown links and images, autolinks and bare web addresses stay as they are.
    ProtectedParts parts(text);
    QString out;
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype end = parts.endAt(i);
        if (end < 0) {
            ++i;
            continue;
        }
        out += linkKeys(QStringView(text).mid(plainFrom, i - plainFrom));
        out += QStringView(text).mid(i, end - i);
        plainFrom = i = end;
    }
    out += linkKeys(QStringView(text).mid(plainFrom));
    return out;
}

QString TicketLinker::linkify(const QString &markdown) const
{
    if (m_rules.empty())
        return markdown;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            continue;
        }
        // Fenced and indented code is code, not text.
        if (!inFence && !line.startsWith(QLatin1String("    ")) && !line.startsWith(QLatin1Char('\t')))
            line = linkifyText(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Quorum
