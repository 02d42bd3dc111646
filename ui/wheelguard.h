#pragma once

#include <QObject>

class QWidget;

namespace amends::ui {

/// Keeps the mouse wheel from changing a combo box, date or number field that the
/// writer is merely scrolling past: in a scrolling form the wheel would otherwise turn
/// USD into EUR or move a date without a word. Such a field takes focus only by click
/// or Tab, and takes the wheel only while it has focus; otherwise the wheel scrolls the
/// form.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    /// Guards @p field (the guard is owned by it).
    static void install(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace amends::ui
