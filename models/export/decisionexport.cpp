// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionexport.h"

#include "actionexport.h"
#include "document/meetingreader.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"

namespace Quorum {

QList<RegisterDecision> DecisionExport::load(const Database &db, const DecisionFilter &filter)
{
    QList<RegisterDecision> rows = DecisionRepository(db.connection()).list(filter);
    const NameLookup names = MeetingReader(db.connection()).names();
    for (RegisterDecision &r : rows)
        r.decidedBy = names.joinAssignees(r.decision.decidedBy);
    return rows;
}

QByteArray DecisionExport::toCsv(const QList<RegisterDecision> &rows)
{
    const QStringList header = {tr("Decision"),     tr("Decided by"), tr("Date"),   tr("Ticket"),
                                tr("Meeting date"), tr("Meeting"),    tr("Series"), tr("Agenda entry")};
    QStringList lines;
    QStringList fields;
    for (const QString &h : header)
        fields << ActionExport::csvField(h);
    lines << fields.join(QLatin1Char(','));
    for (const RegisterDecision &r : rows) {
        const Decision &d = r.decision;
        fields = {d.text,
                  r.decidedBy,
                  d.date.toString(Qt::ISODate),
                  d.externalRef,
                  r.meetingDate.toString(Qt::ISODate),
                  r.meetingTitle,
                  r.seriesName,
                  r.entryTitle};
        for (QString &f : fields)
            f = ActionExport::csvField(f);
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace Quorum
