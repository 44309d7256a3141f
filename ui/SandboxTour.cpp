#include "SandboxTour.h"

#include "RemoteSpecOpener.h"
#include "SpecEditor.h"
#include "SpecKind.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"

#include <QTimer>
#include <QTreeView>

SandboxTour::SandboxTour(SpecTreeModel* model, SpecTreePanel* panel, RemoteSpecOpener* opener, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_panel(panel)
    , m_opener(opener)
{
    connect(m_opener, &RemoteSpecOpener::opened, this, [this](SpecEditor* editor) {
        if (m_specId != 0 && editor->specId() == m_specId) {
            m_specId = 0;
            Q_EMIT ready(editor);
        }
    });
}

void SandboxTour::start()
{
    if (!m_starter) {
        Q_EMIT message(tr("The sandbox is not part of this build of SpecDesk."));
        return;
    }
    QString error;
    m_collectionId = m_starter(&error);
    if (m_collectionId == 0) {
        Q_EMIT message(tr("The sandbox could not start: %1").arg(error));
        return;
    }
    // Expanding the connection is what loads its specs, as when the user does it by hand.
    m_panel->expandCollection(m_collectionId);
    QObject::disconnect(m_waitForLoad);
    m_waitForLoad = connect(m_model, &SpecTreeModel::dataChanged, this, &SandboxTour::openFirstSpecWhenLoaded);
    openFirstSpecWhenLoaded();
}

void SandboxTour::openFirstSpecWhenLoaded()
{
    const SpecTreeModel::LoadState state = m_model->loadState(m_collectionId);
    if (state == SpecTreeModel::LoadState::Failed) {
        QObject::disconnect(m_waitForLoad);
        Q_EMIT message(
            tr("The sandbox's specs could not be loaded: %1")
                .arg(m_model->indexForCollection(m_collectionId).data(SpecTreeModel::StatusNoteRole).toString()));
        return;
    }
    if (state != SpecTreeModel::LoadState::Loaded) {
        return;
    }
    QObject::disconnect(m_waitForLoad);
    m_specId = firstReadySpec();
    if (m_specId == 0) {
        Q_EMIT message(tr("The sandbox has no DataFramer spec ready to edit."));
        return;
    }
    m_panel->selectSpec(m_specId);
    // Once the load has finished its work on open tabs, which would rebuild the new one.
    QTimer::singleShot(0, this, [this, specId = m_specId] {
        if (specId == m_specId) {
            m_opener->open(specId);
        }
    });
}

qint64 SandboxTour::firstReadySpec() const
{
    // A spec still processing or failed on the server has a badge; the first without one is
    // a spec the user can edit and sync at once.
    const QModelIndex collection = m_model->indexForCollection(m_collectionId);
    for (int row = 0; row < m_model->rowCount(collection); ++row) {
        const QModelIndex spec = m_model->index(row, 0, collection);
        if (spec.data(SpecTreeModel::StatusBadgeRole).toString().isEmpty()
            && spec.data(SpecTreeModel::KindIdRole).toString() == SpecKinds::id(SpecKind::DataFramer)) {
            return spec.data(SpecTreeModel::SpecIdRole).toLongLong();
        }
    }
    return 0;
}
