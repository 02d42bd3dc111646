#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace amends::ui {

/// A date the writer types or picks. Empty means "not set" (shown as a placeholder,
/// never as text one could type into). It takes dates in its display format and in
/// ISO 8601 (2026-11-25); Alt+Down, F4 or the button opens a calendar at the date, or
/// at today when none is set. One field for Tab: the button takes no focus.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The date shown; invalid when none is set or the text is not (yet) a date.
    QDate date() const;
    /// Shows @p date (an invalid date clears the field) without emitting dateEdited.
    void setDate(QDate date);
    /// Whether the text is empty or a whole date.
    bool isAcceptable() const;
    QString displayFormat() const { return m_format; }

    QLineEdit *lineEdit() const { return m_edit; }
    /// The calendar popup, created on first use.
    QCalendarWidget *calendar();
    void showCalendar();

Q_SIGNALS:
    /// The writer typed or picked a date, or cleared the field (an invalid date).
    /// Text that is not a date yet emits nothing.
    void dateEdited(QDate date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate parse(const QString &text) const;
    void onTextEdited(const QString &text);
    void pick(QDate date);

    QString m_format;
    QLineEdit *m_edit;
    QToolButton *m_button;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace amends::ui
