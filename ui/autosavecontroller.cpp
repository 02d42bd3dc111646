#include "autosavecontroller.h"

#include "core/draftdocument.h"
#include "core/recoverystore.h"

namespace amends::ui {

AutosaveController::AutosaveController(core::DraftDocument *document, core::RecoveryStore *store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveController::saveNow);
    connect(m_document, &core::DraftDocument::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_timer.start();
        } else {
            m_timer.stop();
            m_store->discard();
        }
    });
}

void AutosaveController::saveNow()
{
    if (!m_document->isModified())
        return;
    if (const QString error = m_store->save(m_document->draft(), m_document->filePath()); !error.isEmpty())
        Q_EMIT failed(error);
}

void AutosaveController::discard()
{
    m_timer.stop();
    m_store->discard();
}

} // namespace amends::ui
