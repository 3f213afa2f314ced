// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"
#include "editcontext.h"
#include "snapshotcommand.h"

namespace Quorum {

/** Changes a series' settings: its default time zone and its cadence (and name, description). */
class SetSeries : public SnapshotCommand<Series>
{
public:
    SetSeries(EditContext context, Series before, Series after, const QString &text);

protected:
    bool store(const Series &from, const Series &to) override;

private:
    EditContext m_context;
};

} // namespace Quorum
