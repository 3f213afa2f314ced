// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Quorum {

/**
 * The difference between two texts line by line (a longest common subsequence of lines), as a
 * side-by-side table: each row a line on the left, on the right, or the same line on both.
 */
class LineDiff
{
public:
    enum class Kind { Same, Removed, Added, Changed };
    struct Row
    {
        Kind kind = Kind::Same;
        int leftLine = -1; ///< from 0; -1 when the row has no left line (Added)
        int rightLine = -1; ///< from 0; -1 when the row has no right line (Removed)
        QString left;
        QString right;

        bool operator==(const Row &o) const
        {
            return kind == o.kind && leftLine == o.leftLine && rightLine == o.rightLine && left == o.left
                   && right == o.right;
        }
    };

    /**
     * The rows from left to right: kept lines Same, lines only on the left Removed, only on the
     * right Added; a run of removed lines directly followed by a run of added ones is paired
     * row by row as Changed (the rest of the longer run stays Removed or Added).
     */
    static QList<Row> compare(const QString &left, const QString &right);
    /** The lines of text ("" has none; a final line break ends the last line, it adds no empty one). */
    static QStringList lines(const QString &text);
    /** The rows as a unified listing, "  kept", "- removed", "+ added" (for tests and tool tips). */
    static QString unified(const QList<Row> &rows);
};

} // namespace Quorum
