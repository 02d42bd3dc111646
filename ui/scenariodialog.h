#pragma once

#include "core/scenario.h"

#include <QDialog>

class QListWidget;
class QLabel;

namespace amends::ui {

/// Lets the writer pick the billing situation a new letter starts from.
class ScenarioDialog : public QDialog
{
    Q_OBJECT

public:
    ScenarioDialog(const QList<core::Scenario> &scenarios, QWidget *parent = nullptr);

    /// The chosen scenario's id, or empty.
    QString selectedId() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QLabel *m_summary;
};

} // namespace amends::ui
