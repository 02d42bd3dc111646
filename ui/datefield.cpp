#include "datefield.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QToolButton>

#include <algorithm>

namespace amends::ui {

namespace {

// The locale's short format when it writes the whole year, else ISO 8601: a two-digit
// year is ambiguous in a letter's dates.
QString displayFormatFor(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    return format.contains(QLatin1String("yyyy")) ? format : QStringLiteral("yyyy-MM-dd");
}

} // namespace

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_format(displayFormatFor(QLocale()))
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    m_edit->setPlaceholderText(tr("Not set"));
    m_edit->setMaxLength(32);
    setToolTip(tr("Type a date such as %1, or press Alt+Down for a calendar.")
                           .arg(QDate(2026, 11, 25).toString(m_format)));
    m_edit->installEventFilter(this);
    m_button->setArrowType(Qt::DownArrow); // drawn by the style: no icon files to load
    m_button->setToolTip(tr("Pick the date from a calendar"));
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_edit);
    // Wide enough for the longest date, no wider: the form keeps its columns.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QDate(2026, 12, 28).toString(m_format)) * 3 / 2);

    connect(m_edit, &QLineEdit::textEdited, this, &DateField::onTextEdited);
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
}

QDate DateField::date() const
{
    return parse(m_edit->text());
}

void DateField::setDate(QDate date)
{
    m_edit->setText(date.isValid() ? date.toString(m_format) : QString());
}

bool DateField::isAcceptable() const
{
    return m_edit->text().trimmed().isEmpty() || date().isValid();
}

QDate DateField::parse(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The display format, the same with one-digit day and month, and ISO 8601.
    const QString loose = QString(m_format).replace(QLatin1String("dd"), QLatin1String("d")).replace(QLatin1String("MM"), QLatin1String("M"));
    for (const QString &format : {m_format, loose, QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

void DateField::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        Q_EMIT dateEdited(QDate());
        return;
    }
    const QDate date = parse(text);
    if (date.isValid())
        Q_EMIT dateEdited(date);
}

QCalendarWidget *DateField::calendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(false);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    }
    return m_calendar;
}

void DateField::showCalendar()
{
    QCalendarWidget *popup = calendar();
    // At the date shown, or today: never at some far-off default month.
    const QDate shown = date().isValid() ? date() : QDate::currentDate();
    popup->setSelectedDate(shown);
    popup->setCurrentPage(shown.year(), shown.month());
    popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (at.y() + popup->height() > available.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - popup->height());
        at.setX(std::clamp(at.x(), available.left(), std::max(available.left(), available.right() - popup->width())));
    }
    popup->move(at);
    popup->show();
    popup->setFocus(Qt::PopupFocusReason);
}

void DateField::pick(QDate date)
{
    if (m_calendar)
        m_calendar->hide();
    setDate(date);
    m_edit->setFocus(Qt::OtherFocusReason);
    Q_EMIT dateEdited(date);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool altDown = key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier);
        if (altDown || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace amends::ui
