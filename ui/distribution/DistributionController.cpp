#include "DistributionController.h"

#include "FreedPages.h"
#include "SpecEditor.h"
#include "WorkerPriority.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

DistributionController::DistributionController(SpecEditor* editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(editor->document(), &SpecDocument::analysed, this, &DistributionController::onAnalysed);
    onAnalysed();
}

DistributionController* DistributionController::of(SpecEditor* editor)
{
    auto* controller = editor->findChild<DistributionController*>(QString(), Qt::FindDirectChildrenOnly);
    return controller ? controller : new DistributionController(editor);
}

void DistributionController::setNameFilter(const QString& filter)
{
    if (filter == m_selection.nameContains) {
        return;
    }
    m_selection.nameContains = filter;
    readCurrent();
}

void DistributionController::onAnalysed()
{
    readCurrent();
}

void DistributionController::readCurrent()
{
    const SpecDocument* document = m_editor->document();
    if (document->isAnalysisStale() && !document->analysis()->tree.isEmpty()) {
        return; // an analysis of older text has stale ranges; a newer one is on its way
    }
    std::shared_ptr<const SpecAnalysis> analysis = document->analysis();
    if (analysis->tree.size() < kReadInBackgroundFrom) {
        reread(analysis, DistributionSet::read(*analysis, m_selection));
        return;
    }
    auto* watcher = new QFutureWatcher<DistributionSet>(this);
    connect(
        watcher, &QFutureWatcher<DistributionSet>::finished, this, [this, watcher, analysis, selection = m_selection] {
            watcher->deleteLater();
            // Only if that analysis is still the newest, of the text as it is now, and the same
            // properties are wanted.
            const SpecDocument* current = m_editor->document();
            if (current->analysis() == analysis && !current->isAnalysisStale()
                && selection.nameContains == m_selection.nameContains) {
                reread(analysis, watcher->future().takeResult());
            }
        });
    watcher->setFuture(QtConcurrent::run([analysis, selection = m_selection] {
        WorkerPriority::lower();
        return DistributionSet::read(*analysis, selection);
    }));
}

void DistributionController::reread(std::shared_ptr<const SpecAnalysis> analysis, DistributionSet set)
{
    const SpecDocument* document = m_editor->document();
    // Freeing the shares of a big spec takes a while: let a worker do it, not the GUI.
    (void)QtConcurrent::run([old = std::exchange(m_set, std::move(set))]() mutable {
        WorkerPriority::lower();
        old = {};
        FreedPages::giveBack();
    });
    if (analysis->tree.isEmpty() && document->isAnalysisStale()) {
        m_set.state = DistributionSet::State::NoSpec; // not analysed yet: nothing to say
    }
    m_expectedLength = document->isAnalysisStale() ? -1 : m_editor->length();
    Q_EMIT reset();
}

QString DistributionController::lockKey(qsizetype property, qsizetype share) const
{
    const PropertyDistribution& p = m_set.properties.at(property);
    return p.name + QChar(0) + p.shares.at(share).value;
}

bool DistributionController::isLocked(qsizetype property, qsizetype share) const
{
    return property >= 0 && property < m_set.properties.size() && share >= 0
           && share < m_set.properties[property].shares.size() && m_locks.contains(lockKey(property, share));
}

void DistributionController::setLocked(qsizetype property, qsizetype share, bool locked)
{
    if (property < 0 || property >= m_set.properties.size() || share < 0
        || share >= m_set.properties[property].shares.size()) {
        return;
    }
    if (locked) {
        m_locks.insert(lockKey(property, share));
    } else {
        m_locks.remove(lockKey(property, share));
    }
    Q_EMIT propertyChanged(property);
}

QList<bool> DistributionController::locksOf(qsizetype property) const
{
    QList<bool> locks;
    for (qsizetype i = 0; i < m_set.properties.at(property).shares.size(); ++i) {
        locks << isLocked(property, i);
    }
    return locks;
}

bool DistributionController::matchesEditor(const PropertyDistribution& property) const
{
    if (m_editor->length() != m_expectedLength) {
        return false;
    }
    for (const Share& share : property.shares) {
        const QByteArray written = share.written.toUtf8();
        if (share.end - share.start != written.size()) {
            return false;
        }
        const auto* bytes
            = reinterpret_cast<const char*>(m_editor->SendScintilla(QsciScintillaBase::SCI_GETRANGEPOINTER,
                                                                    static_cast<unsigned long>(share.start),
                                                                    static_cast<long>(written.size())));
        if (!bytes || QByteArrayView(bytes, written.size()) != written) {
            return false;
        }
    }
    return true;
}

bool DistributionController::ensureCurrent(qsizetype property)
{
    const auto valid = [&] {
        return m_set.state == DistributionSet::State::Ready && property >= 0 && property < m_set.properties.size();
    };
    if (valid() && matchesEditor(m_set.properties[property])) {
        return true;
    }
    // The text changed under the panel (typing, undo, paste): read it again before writing.
    m_editor->document()->analyseNow();
    const std::shared_ptr<const SpecAnalysis> analysis = m_editor->document()->analysis();
    if (analysis->tree.size() >= kReadInBackgroundFrom) {
        reread(analysis, DistributionSet::read(*analysis, m_selection)); // the user is waiting: read it now
    }
    if (!valid()) {
        return refuse(property, m_set.reason.isEmpty() ? tr("This property is no longer in the text.") : m_set.reason);
    }
    return true;
}

bool DistributionController::refuse(qsizetype property, const QString& reason)
{
    Q_EMIT refused(property, reason);
    return false;
}

bool DistributionController::applyShareEdit(qsizetype property, const ShareEdit& edit)
{
    if (!ensureCurrent(property)) {
        return false;
    }
    QString whyNot;
    const auto splices = edit(m_set.properties[property], locksOf(property), &whyNot);
    if (!splices) {
        Q_EMIT propertyChanged(property); // puts the control that asked back where the text is
        return refuse(property, whyNot);
    }
    if (!splices->isEmpty()) {
        m_editor->applySplices(*splices);
        m_set.applied(*splices);
        m_expectedLength = m_editor->length();
    }
    Q_EMIT propertyChanged(property);
    return true;
}

bool DistributionController::applyStructuralEdit(qsizetype property, const StructuralEdit& edit)
{
    if (!ensureCurrent(property)) {
        return false;
    }
    SpecDocument* document = m_editor->document();
    if (document->isAnalysisStale()) {
        document->analyseNow(); // structural edits need the tree of exactly this text
    }
    QString whyNot;
    const auto splices = edit(*document->analysis(), document->text(), m_set.properties.at(property), &whyNot);
    if (!splices) {
        return refuse(property, whyNot);
    }
    m_editor->applySplices(*splices);
    document->analyseNow(); // values come and go: show the new structure at once
    return true;
}

bool DistributionController::moveShare(qsizetype property, qsizetype share, qint64 units)
{
    return applyShareEdit(property,
                          [&](const PropertyDistribution& current, const QList<bool>& locks, QString* whyNot) {
                              if (m_dragging && (m_dragProperty != property || m_dragShare != share)) {
                                  // The first move of a drag: its proportions come from here until the mouse is let go.
                                  m_dragProperty = property;
                                  m_dragShare = share;
                                  m_dragBaseline = DistributionEdits::unitsOf(current);
                              }
                              return DistributionEdits::move(
                                  current, locks, share, units, whyNot, m_dragging ? m_dragBaseline : QList<qint64>());
                          });
}

bool DistributionController::equalize(qsizetype property)
{
    return applyShareEdit(property, &DistributionEdits::equalize);
}

bool DistributionController::normalize(qsizetype property)
{
    return applyShareEdit(property, &DistributionEdits::normalize);
}

bool DistributionController::addValue(qsizetype property, const QString& value)
{
    return applyStructuralEdit(property, [&](const auto& analysis, const auto& text, const auto& p, QString* whyNot) {
        return DistributionEdits::addValue(analysis, text, p, value, whyNot);
    });
}

bool DistributionController::removeValue(qsizetype property, const QString& value)
{
    return applyStructuralEdit(property, [&](const auto& analysis, const auto& text, const auto& p, QString* whyNot) {
        return DistributionEdits::removeValue(analysis, text, p, locksOf(property), value, whyNot);
    });
}

bool DistributionController::addMissingShares(qsizetype property)
{
    return applyStructuralEdit(property, &DistributionEdits::addMissingShares);
}

bool DistributionController::listValue(qsizetype property, const QString& value)
{
    return applyStructuralEdit(property, [&](const auto& analysis, const auto& text, const auto& p, QString* whyNot) {
        return DistributionEdits::listValue(analysis, text, p, value, whyNot);
    });
}

void DistributionController::beginDrag()
{
    if (!m_dragging) {
        m_dragging = true;
        m_editor->beginUndoAction();
    }
}

void DistributionController::endDrag()
{
    if (m_dragging) {
        m_dragging = false;
        m_dragProperty = -1;
        m_dragShare = -1;
        m_dragBaseline.clear();
        m_editor->endUndoAction();
    }
}
