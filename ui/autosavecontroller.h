#pragma once

#include <QObject>
#include <QTimer>

namespace amends::core {
class DraftDocument;
class RecoveryStore;
} // namespace amends::core

namespace amends::ui {

/// Keeps a recovery copy of the open draft: every @c interval while it has unsaved
/// changes, and whenever saveNow() is called (on every page change). A saved or
/// discarded draft leaves no recovery copy.
class AutosaveController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 30000;

    AutosaveController(core::DraftDocument *document, core::RecoveryStore *store, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Writes the recovery copy now if there are unsaved changes.
    void saveNow();
    /// Removes the recovery copy (clean close).
    void discard();

Q_SIGNALS:
    void failed(const QString &reason);

private:
    core::DraftDocument *m_document;
    core::RecoveryStore *m_store;
    QTimer m_timer;
};

} // namespace amends::ui
