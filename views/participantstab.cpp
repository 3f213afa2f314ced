// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantstab.h"

#include "columnchooser.h"
#include "editordelegate.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/tones.h"
#include "meetingdocument.h"
#include "people/participantlistparser.h"
#include "peoplecompleter.h"
#include "viewsetup.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPainter>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum {

namespace {

/**
 * The attendance mark: a green tick for present, a red cross for absent, an amber dash for
 * excused, an empty ring for invited; the shape says it as well as the colour. Fills and strokes
 * are the marker tones of the palette (Tones): 3:1 against the view's base and each other.
 */
QIcon attendanceIcon(const QString &key, const QPalette &palette, qreal dpr)
{
    const int size = 16;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(1.5, 1.5, size - 3, size - 3);
    // A disc with the sign drawn on it.
    const auto disc = [&painter, &circle, &palette](Tones::Tone tone) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Tones::background(tone, palette));
        painter.drawEllipse(circle);
        painter.setPen(QPen(Tones::foreground(tone, palette), 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    };
    if (key == QLatin1String("present")) {
        disc(Tones::Tone::Present);
        painter.drawPolyline(QPolygonF({QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5.5)}));
    } else if (key == QLatin1String("absent")) {
        disc(Tones::Tone::Absent);
        painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
    } else if (key == QLatin1String("excused")) {
        disc(Tones::Tone::Excused);
        painter.drawLine(QPointF(5, 8), QPointF(11, 8));
    } else {
        painter.setPen(QPen(palette.color(QPalette::Text), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(1, 1, -1, -1));
    }
    return QIcon(pixmap);
}

/**
 * Role and attendance from lists. Who is absent or excused reads differently from who is there:
 * the row in italics, in the muted tone (Tones), and an attendance mark.
 */
class ParticipantDelegate : public EditorDelegate
{
public:
    using EditorDelegate::EditorDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        EditorDelegate::initStyleOption(option, index);
        const QString attendance = index.data(ParticipantModel::AttendanceRole).toString();
        if (attendance == QLatin1String("absent") || attendance == QLatin1String("excused")) {
            option->font.setItalic(true);
            // The muted tone: faded, yet 4.5:1 on the base and the alternate rows.
            const QColor faded = Tones::foreground(Tones::Tone::Muted, option->palette);
            for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
                option->palette.setColor(role, faded);
        }
        if (index.column() == ParticipantModel::AttendanceColumn) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
            const QColor text = option->palette.color(QPalette::Text);
            const QString key = QStringLiteral("%1 %2 %3 %4")
                                    .arg(attendance, text.name(), option->palette.color(QPalette::Base).name())
                                    .arg(dpr);
            if (!m_icons.contains(key))
                m_icons.insert(key, attendanceIcon(attendance, option->palette, dpr));
            option->icon = m_icons.value(key);
            option->decorationSize = QSize(16, 16);
        }
    }

private:
    mutable QHash<QString, QIcon> m_icons;

public:
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const bool role = index.column() == ParticipantModel::RoleColumn;
        if (!role && index.column() != ParticipantModel::AttendanceColumn)
            return EditorDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        for (const QString &key : role ? Participant::roles() : Participant::attendances())
            combo->addItem(role ? Participant::roleName(key) : Participant::attendanceName(key), key);
        return combo;
    }
};

} // namespace

ParticipantsTab::ParticipantsTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(new QLineEdit)
    , m_add(new QLineEdit)
    , m_table(new QTableView)
    , m_counts(new QLabel)
    , m_days(new QComboBox)
{
    markAsViewControl(m_filter);
    m_filter->setObjectName(QStringLiteral("participantFilter"));
    m_filter->setAccessibleName(tr("Filter participants"));
    m_filter->setPlaceholderText(tr("Filter by name, username, team, role…"));
    m_filter->setClearButtonEnabled(true);
    nameClearButton(m_filter);
    m_add->setObjectName(QStringLiteral("addParticipantEdit"));
    m_add->setAccessibleName(tr("Add people"));
    m_add->setPlaceholderText(tr(
        "Add people: a name, first name, alias or username (Enter); names the directory cannot tell are asked about"));
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setAccessibleName(tr("Participants"));
    m_counts->setObjectName(QStringLiteral("participantCounts"));
    m_proxy = setUpTable(m_table, document->participants());
    m_table->setItemDelegate(new ParticipantDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setColumnWidth(ParticipantModel::NameColumn, 230);
    m_table->setColumnWidth(ParticipantModel::UsernameColumn, 120);
    m_table->setColumnWidth(ParticipantModel::EmailColumn, 180);
    m_table->setColumnWidth(ParticipantModel::TeamColumn, 190);
    m_table->setColumnWidth(ParticipantModel::RoleColumn, 120);
    m_table->setColumnWidth(ParticipantModel::AttendanceColumn, 150);
    m_table->setColumnWidth(ParticipantModel::DaysColumn, 200);
    m_table->setColumnWidth(ParticipantModel::ArrivedColumn, 90);
    m_table->setColumnWidth(ParticipantModel::LeftColumn, 90);
    m_table->installEventFilter(this);
    // Username, email and team are often unknown for everyone, and days often all alike: such a
    // column waits until asked for.
    m_columns = new ColumnChooser(m_table, document->participants(),
                                  {ParticipantModel::UsernameColumn, ParticipantModel::EmailColumn,
                                   ParticipantModel::TeamColumn, ParticipantModel::DaysColumn},
                                  QStringLiteral("participants/columns"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_add, &QLineEdit::returnPressed, this, &ParticipantsTab::addTyped);

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto wholeTab = Qt::WidgetWithChildrenShortcut;
    QAction *add = makeAction(this, tr("Add…"), QKeySequence(tr("Ctrl+Shift+P")),
                              QStringLiteral("addParticipantAction"), wholeTab);
    connect(add, &QAction::triggered, this, [this] { m_add->setFocus(); });
    QAction *paste = makeAction(this, tr("Paste List"), QKeySequence(tr("Ctrl+Shift+V")),
                                QStringLiteral("pasteParticipantsAction"), wholeTab);
    connect(paste, &QAction::triggered, this, [this] { addPastedList(QApplication::clipboard()->text()); });
    // Delete only in the table: in a text field it deletes text.
    QAction *remove
        = makeAction(m_table, tr("Remove"), QKeySequence::Delete, QStringLiteral("removeParticipantAction"));
    connect(remove, &QAction::triggered, this,
            [this] { m_document->participants()->removeParticipant(currentSourceRow()); });
    m_rollCall = makeAction(this, tr("Roll Call"), QKeySequence(tr("Ctrl+Shift+R")), QStringLiteral("rollCallAction"),
                            wholeTab);
    // Roll call on the day shown: present or absent, and when someone came late or left early.
    QAction *present = makeAction(this, tr("Present/Absent"), QKeySequence(tr("Ctrl+Alt+Space")),
                                  QStringLiteral("togglePresentAction"), wholeTab,
                                  tr("Mark the selected person present, or absent again, on the day shown"));
    connect(present, &QAction::triggered, this,
            [this] { m_document->participants()->toggleAttendance(currentSourceRow()); });
    m_arrivedNow
        = makeAction(this, tr("Arrived Now"), QKeySequence(tr("Ctrl+Alt+I")), QStringLiteral("arrivedNowAction"),
                     wholeTab, tr("The selected person arrived late, now, on the day shown"));
    connect(m_arrivedNow, &QAction::triggered, this,
            [this] { m_document->participants()->markNow(currentSourceRow(), ParticipantModel::ArrivedColumn); });
    m_leftNow = makeAction(this, tr("Left Now"), QKeySequence(tr("Ctrl+Alt+O")), QStringLiteral("leftNowAction"),
                           wholeTab, tr("The selected person left early, now, on the day shown"));
    connect(m_leftNow, &QAction::triggered, this,
            [this] { m_document->participants()->markNow(currentSourceRow(), ParticipantModel::LeftColumn); });
    for (QAction *a : {add, paste, remove, m_rollCall})
        toolBar->addAction(a);
    toolBar->addSeparator();
    for (QAction *a : {present, m_arrivedNow, m_leftNow})
        toolBar->addAction(a);
    m_rollCall->setCheckable(true);
    m_rollCall->setToolTip(tr("Roll call: Space marks the selected person present (or absent again) and moves on; "
                              "P present, A absent, E excused; with a day chosen, I arrived now, O left now (%1)")
                               .arg(m_rollCall->shortcut().toString(QKeySequence::NativeText)));
    connect(m_rollCall, &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, 0));
        }
        updateCounts();
    });

    m_days->setObjectName(QStringLiteral("attendanceDayBox"));
    m_days->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_days->setToolTip(tr("Whose attendance to show and take: the whole meeting's, or one day's"));
    markAsViewControl(m_days);
    auto *dayLabel = new QLabel(tr("&Attendance on:"));
    dayLabel->setBuddy(m_days);
    ParticipantModel *model = document->participants();
    connect(m_days, &QComboBox::activated, this,
            [this](int i) { m_document->participants()->setDay(m_days->itemData(i).toLongLong()); });
    connect(model, &ParticipantModel::daysChanged, this, &ParticipantsTab::fillDays);
    connect(model, &ParticipantModel::dayChanged, this, &ParticipantsTab::showDay);

    auto *top = new QHBoxLayout;
    top->addWidget(dayLabel);
    top->addWidget(m_days);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_counts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_add);
    layout->addLayout(top);
    layout->addWidget(m_table);

    onAnyChange(document->participants(), this, [this] { updateCounts(); });
    // The names to complete: again whenever the directory learns or changes one.
    const auto completeNames = [this] {
        delete m_add->completer();
        m_add->setCompleter(new PeopleCompleter(m_document->directory()->personNames(), true, m_add));
    };
    connect(document->models(), &LibraryModels::currentMeetingChanged, this, completeNames);
    connect(document->models(), &LibraryModels::directoryChanged, this, completeNames);
    completeNames();
    fillDays();
    showDay();
}

void ParticipantsTab::fillDays()
{
    const ParticipantModel *model = m_document->participants();
    const QSignalBlocker quiet(m_days);
    m_days->clear();
    m_days->addItem(tr("Whole meeting"), Id(0));
    for (const MeetingDay &d : model->days()) {
        const QString label = model->dayLabel(d.id);
        m_days->addItem(d.id == model->liveDay() ? tr("%1 (live)").arg(label) : label, d.id);
    }
    m_days->setCurrentIndex(qMax(0, m_days->findData(model->day())));
}

void ParticipantsTab::showDay()
{
    const Id day = m_document->participants()->day();
    {
        const QSignalBlocker quiet(m_days);
        m_days->setCurrentIndex(qMax(0, m_days->findData(day)));
    }
    // A day has arrival and departure times; the whole meeting sums its days up.
    if (day)
        m_columns->setUnavailable({ParticipantModel::DaysColumn});
    else
        m_columns->setUnavailable({ParticipantModel::ArrivedColumn, ParticipantModel::LeftColumn});
    for (QAction *a : {m_arrivedNow, m_leftNow})
        a->setEnabled(day != 0);
    updateCounts();
}

int ParticipantsTab::currentSourceRow() const
{
    return m_proxy->mapToSource(m_table->currentIndex()).row();
}

void ParticipantsTab::addTyped()
{
    if (addPastedList(m_add->text()) >= 0)
        m_add->clear();
}

int ParticipantsTab::addPastedList(const QString &text)
{
    const QList<PastedName> pasted = ParticipantListParser::parse(
        text, [this](const QString &name) { return m_document->directory()->findPerson(name); });
    QStringList names;
    for (const PastedName &n : pasted)
        names << n.name;
    // Nothing is written before every name is settled.
    const auto chosen = m_document->directory()->choosePeople(names);
    if (!chosen)
        return -1;
    return m_document->addParticipants(*chosen);
}

bool ParticipantsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_rollCall->isChecked()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = currentSourceRow();
        ParticipantModel *model = m_document->participants();
        bool handled = true;
        switch (key->key()) {
        case Qt::Key_Space: model->toggleAttendance(row); break;
        case Qt::Key_P:
            model->setData(model->index(row, ParticipantModel::AttendanceColumn), QStringLiteral("present"));
            break;
        case Qt::Key_A:
            model->setData(model->index(row, ParticipantModel::AttendanceColumn), QStringLiteral("absent"));
            break;
        case Qt::Key_E:
            model->setData(model->index(row, ParticipantModel::AttendanceColumn), QStringLiteral("excused"));
            break;
        case Qt::Key_I: model->markNow(row, ParticipantModel::ArrivedColumn); break;
        case Qt::Key_O: model->markNow(row, ParticipantModel::LeftColumn); break;
        default: handled = false; break;
        }
        if (handled) {
            // On to the next person, in the order shown.
            const QModelIndex next = m_proxy->index(m_table->currentIndex().row() + 1, 0);
            if (next.isValid())
                m_table->setCurrentIndex(next);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ParticipantsTab::updateCounts()
{
    const ParticipantModel *model = m_document->participants();
    const auto &rows = model->rows();
    const Id day = model->day();
    QMap<QString, int> byAttendance;
    int late = 0;
    int left = 0;
    for (const ParticipantRow &r : rows) {
        const DayAttendance onDay = r.participant.onDay(day);
        ++byAttendance[Participant::attendanceName(day ? onDay.attendance : r.participant.attendance)];
        late += day && onDay.arrived.isValid();
        left += day && onDay.departed.isValid();
    }
    QStringList parts;
    for (auto it = byAttendance.cbegin(); it != byAttendance.cend(); ++it)
        parts << tr("%1 %2").arg(it.value()).arg(it.key().toLower());
    if (late)
        parts << tr("%1 late").arg(late);
    if (left)
        parts << tr("%1 left early").arg(left);
    QString text = rows.isEmpty() ? tr("No participants")
                                  : tr("Participants: %1 (%2)").arg(rows.size()).arg(parts.join(QStringLiteral(", ")));
    if (m_rollCall && m_rollCall->isChecked())
        text = (day ? tr("ROLL CALL — Space: present/absent, P, A, E, I arrived now, O left now. ")
                    : tr("ROLL CALL — Space: present/absent, P, A, E. "))
               + text;
    m_counts->setText(text);
}

} // namespace Quorum
