// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrequest.h"

namespace Quorum {

namespace {

constexpr ExportRequest::Format Formats[]
    = {ExportRequest::Format::Json, ExportRequest::Format::Csv,  ExportRequest::Format::ICalendar,
       ExportRequest::Format::Pdf,  ExportRequest::Format::Html, ExportRequest::Format::Markdown};
constexpr ExportRequest::State States[] = {ExportRequest::State::All, ExportRequest::State::Open,
                                           ExportRequest::State::Overdue, ExportRequest::State::Done};

/** The value whose key is key, as keyOf names them; false when none is. */
template<typename T, std::size_t N>
bool fromKey(const T (&values)[N], QString (*keyOf)(T), const QString &key, T *value)
{
    for (T v : values) {
        if (keyOf(v) == key) {
            *value = v;
            return true;
        }
    }
    return false;
}

template<typename T, std::size_t N>
QStringList keysOf(const T (&values)[N], QString (*keyOf)(T))
{
    QStringList keys;
    for (T v : values)
        keys << keyOf(v);
    return keys;
}

} // namespace

bool ExportRequest::isDocument() const
{
    return format == Format::Pdf || format == Format::Html || format == Format::Markdown;
}

bool ExportRequest::keeps(const ActionItem &item) const
{
    switch (state) {
    case State::All: return true;
    case State::Open: return !item.done;
    case State::Overdue: return item.isOverdue(report.today);
    case State::Done: return item.done;
    }
    return true;
}

QString ExportRequest::formatKey(Format format)
{
    switch (format) {
    case Format::Json: return QStringLiteral("json");
    case Format::Csv: return QStringLiteral("csv");
    case Format::ICalendar: return QStringLiteral("ics");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Markdown: return QStringLiteral("md");
    }
    return {};
}

bool ExportRequest::formatFromKey(const QString &key, Format *format)
{
    return fromKey(Formats, &formatKey, key, format);
}

QStringList ExportRequest::formatKeys()
{
    return keysOf(Formats, &formatKey);
}

QString ExportRequest::stateKey(State state)
{
    switch (state) {
    case State::All: return QStringLiteral("all");
    case State::Open: return QStringLiteral("open");
    case State::Overdue: return QStringLiteral("overdue");
    case State::Done: return QStringLiteral("done");
    }
    return {};
}

bool ExportRequest::stateFromKey(const QString &key, State *state)
{
    return fromKey(States, &stateKey, key, state);
}

QStringList ExportRequest::stateKeys()
{
    return keysOf(States, &stateKey);
}

} // namespace Quorum
