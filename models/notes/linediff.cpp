// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <algorithm>
#include <vector>

namespace Quorum {

QStringList LineDiff::lines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList result = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        result.removeLast();
    for (QString &line : result) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return result;
}

QList<LineDiff::Row> LineDiff::compare(const QString &leftText, const QString &rightText)
{
    const QStringList a = lines(leftText);
    const QStringList b = lines(rightText);
    // Common head and tail first: notes usually change in one place, and the table stays small.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    // lcs[i][j]: the longest common subsequence of a[head+i..] and b[head+j..] (middle parts).
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(head + i) == b.at(head + j)
                                            ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                            : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    }
    QList<Row> rows;
    const auto same = [&](qsizetype i, qsizetype j) { rows.append({Kind::Same, int(i), int(j), a.at(i), b.at(j)}); };
    for (qsizetype k = 0; k < head; ++k)
        same(k, k);
    qsizetype i = 0;
    qsizetype j = 0;
    QList<qsizetype> removed;
    QList<qsizetype> added;
    const auto flush = [&] {
        const qsizetype pairs = std::min(removed.size(), added.size());
        for (qsizetype k = 0; k < pairs; ++k)
            rows.append({Kind::Changed, int(removed.at(k)), int(added.at(k)), a.at(removed.at(k)), b.at(added.at(k))});
        for (qsizetype k = pairs; k < removed.size(); ++k)
            rows.append({Kind::Removed, int(removed.at(k)), -1, a.at(removed.at(k)), QString()});
        for (qsizetype k = pairs; k < added.size(); ++k)
            rows.append({Kind::Added, -1, int(added.at(k)), QString(), b.at(added.at(k))});
        removed.clear();
        added.clear();
    };
    while (i < n || j < m) {
        if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
            flush();
            same(head + i, head + j);
            ++i;
            ++j;
        } else if (j >= m || (i < n && lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            removed.append(head + i);
            ++i;
        } else {
            added.append(head + j);
            ++j;
        }
    }
    flush();
    for (qsizetype k = 0; k < tail; ++k)
        same(a.size() - tail + k, b.size() - tail + k);
    return rows;
}

QString LineDiff::unified(const QList<Row> &rows)
{
    QStringList out;
    for (const Row &r : rows) {
        switch (r.kind) {
        case Kind::Same: out << QStringLiteral("  ") + r.left; break;
        case Kind::Removed: out << QStringLiteral("- ") + r.left; break;
        case Kind::Added: out << QStringLiteral("+ ") + r.right; break;
        case Kind::Changed:
            out << QStringLiteral("- ") + r.left;
            out << QStringLiteral("+ ") + r.right;
            break;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Quorum
