// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesdialog.h"

#include "data/cadence.h"
#include "meetingdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum {

namespace {
enum CadenceChoice { NoCadence, Weekly, EveryNWeeks, Monthly };
}

SeriesDialog::SeriesDialog(MeetingDocument *document, Id seriesId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_seriesBox(new QComboBox)
    , m_meetings(new QTreeWidget)
    , m_timeZone(new QComboBox)
    , m_cadence(new QComboBox)
    , m_weeks(new QSpinBox)
    , m_next(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close))
{
    setWindowTitle(tr("Series"));
    m_seriesBox->setObjectName(QStringLiteral("seriesCombo"));
    for (const Series &s : document->seriesList())
        m_seriesBox->addItem(s.name, s.id);
    m_seriesBox->setCurrentIndex(qMax(0, m_seriesBox->findData(seriesId)));
    m_meetings->setObjectName(QStringLiteral("seriesMeetings"));
    m_meetings->setAccessibleName(tr("Meetings of the series"));
    m_meetings->setHeaderLabels({tr("Date"), tr("Title")});
    m_meetings->setRootIsDecorated(false);
    m_meetings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeZone->setObjectName(QStringLiteral("seriesTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->lineEdit()->setAccessibleName(tr("Time zone"));
    m_timeZone->addItem(QString());
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(zone));
    m_timeZone->lineEdit()->setPlaceholderText(tr("None: new meetings take this computer's time zone"));
    m_cadence->setObjectName(QStringLiteral("seriesCadence"));
    m_cadence->addItem(tr("Not set"), NoCadence);
    m_cadence->addItem(tr("Every week"), Weekly);
    m_cadence->addItem(tr("Every N weeks"), EveryNWeeks);
    m_cadence->addItem(tr("Monthly on the same weekday (e.g. the third Tuesday)"), Monthly);
    m_weeks->setObjectName(QStringLiteral("seriesWeeks"));
    m_weeks->setRange(2, 99);
    m_weeks->setSuffix(tr(" weeks"));
    m_next->setObjectName(QStringLiteral("seriesNext"));
    m_next->setWordWrap(true);

    auto *cadenceRow = new QHBoxLayout;
    cadenceRow->addWidget(m_cadence, 1);
    cadenceRow->addWidget(m_weeks);
    auto *form = new QFormLayout;
    form->addRow(tr("&Series:"), m_seriesBox);
    form->addRow(tr("&Meetings:"), m_meetings);
    form->addRow(tr("Default &time zone:"), m_timeZone);
    form->addRow(tr("&Cadence:"), cadenceRow);
    form->addRow(tr("Next meeting:"), m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SeriesDialog::apply);
    connect(m_seriesBox, &QComboBox::currentIndexChanged, this, &SeriesDialog::showSeries);
    connect(m_cadence, &QComboBox::currentIndexChanged, this, &SeriesDialog::showNext);
    connect(m_weeks, &QSpinBox::valueChanged, this, &SeriesDialog::showNext);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &SeriesDialog::showNext);
    showSeries();
    resize(560, 480);
}

void SeriesDialog::showSeries()
{
    const Id id = m_seriesBox->currentData().toLongLong();
    m_series = id ? m_document->series(id).value_or(Series()) : Series();
    m_meetings->clear();
    m_last = {};
    const QLocale locale;
    for (const MeetingSummary &m : m_document->seriesMeetings(id)) {
        auto *item = new QTreeWidgetItem(m_meetings, {locale.toString(m.startDate, QLocale::ShortFormat), m.title});
        item->setData(0, Qt::UserRole, m.id);
        m_last = m.startDate;
    }
    m_timeZone->setCurrentText(m_series.timeZone);
    Cadence cadence;
    Cadence::fromKey(m_series.cadence, &cadence);
    const int choice = cadence.kind == Cadence::Kind::MonthlyByWeekday ? Monthly
                       : cadence.kind == Cadence::Kind::None           ? NoCadence
                       : cadence.weeks == 1                            ? Weekly
                                                                       : EveryNWeeks;
    m_cadence->setCurrentIndex(m_cadence->findData(choice));
    m_weeks->setValue(qMax(2, cadence.weeks));
    for (QWidget *w : {static_cast<QWidget *>(m_timeZone), static_cast<QWidget *>(m_cadence)})
        w->setEnabled(id != 0 && !m_document->isReadOnly());
    showNext();
}

Series SeriesDialog::chosen() const
{
    Series s = m_series;
    s.timeZone = m_timeZone->currentText().trimmed();
    Cadence cadence;
    switch (m_cadence->currentData().toInt()) {
    case Weekly: cadence = Cadence::weekly(1); break;
    case EveryNWeeks: cadence = Cadence::weekly(m_weeks->value()); break;
    case Monthly: cadence = Cadence::monthlyByWeekday(); break;
    default: break;
    }
    s.cadence = cadence.key();
    return s;
}

void SeriesDialog::showNext()
{
    m_weeks->setVisible(m_cadence->currentData().toInt() == EveryNWeeks);
    Cadence cadence;
    Cadence::fromKey(chosen().cadence, &cadence);
    const QString zone = m_timeZone->currentText().trimmed();
    const bool knownZone = zone.isEmpty() || QTimeZone(zone.toLatin1()).isValid();
    QString text;
    if (!m_last.isValid())
        text = tr("The series has no meeting yet.");
    else if (cadence.kind == Cadence::Kind::None)
        text = tr("Choose a cadence to have the next dates suggested.");
    else {
        QStringList dates;
        for (const QDate &d : cadence.nextDates(m_last, 3))
            dates << QLocale().toString(d, QLocale::LongFormat);
        text = tr("%1 after the last meeting: %2").arg(cadence.describe(m_last), dates.join(QStringLiteral("; ")));
    }
    if (!knownZone)
        text += QLatin1Char('\n') + tr("“%1” is not a time zone this computer knows.").arg(zone);
    m_next->setText(text);
    m_buttons->button(QDialogButtonBox::Apply)
        ->setEnabled(m_series.id && knownZone && chosen() != m_series && !m_document->isReadOnly());
}

bool SeriesDialog::apply()
{
    const Series after = chosen();
    if (!m_series.id || after == m_series || !m_document->editSeries(after))
        return false;
    m_series = after;
    showNext();
    return true;
}

} // namespace Quorum
