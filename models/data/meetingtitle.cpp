// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingtitle.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Quorum::MeetingTitle {

QString shorten(const QString &title, const QString &seriesName)
{
    // A date ("2020-09-15", "2023-Oct-24", "15 Sep 2020", "Sep 15, 2020"), then perhaps the end
    // of a range ("/17", "-17", " to 17", " – 2020-09-17").
    static const QString date
        = QStringLiteral(R"((?:\d{4}-(?:\d{1,2}|\p{L}{3,9})-\d{1,2})"
                         R"(|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}))");
    static const QRegularExpression trailingDate(
        QStringLiteral(R"(\s*[,:;–—-]?\s*\(?\s*%1(?:\s*(?:/|-|–|—|to)\s*(?:%1|\d{1,2}))?\s*\)?\s*$)").arg(date),
        QRegularExpression::UseUnicodePropertiesOption);
    QString undated = title.trimmed();
    undated.remove(trailingDate);
    undated = undated.trimmed();
    if (undated.isEmpty())
        return title.trimmed();
    QString shortened = undated;
    const QString series = seriesName.trimmed();
    if (!series.isEmpty() && shortened.startsWith(series, Qt::CaseInsensitive)) {
        static const QRegularExpression separator(QStringLiteral(R"(^\s*[,:;–—|-]?\s*)"));
        QString rest = shortened.mid(series.size());
        // Only a whole name: "DMLT Meeting" is not a prefix of "DMLT Meetings review".
        if (rest.isEmpty() || !rest.at(0).isLetterOrNumber())
            shortened = rest.remove(separator);
    }
    shortened = shortened.trimmed();
    return shortened.isEmpty() ? undated : shortened;
}

QString label(const QDate &start, const QString &title, const QString &seriesName)
{
    if (!start.isValid())
        return shorten(title, seriesName);
    return QCoreApplication::translate("MeetingTitle", "%1  %2")
        .arg(start.toString(Qt::ISODate), shorten(title, seriesName));
}

} // namespace Quorum::MeetingTitle
