#include "DistributionController.h"

#include "SpecEditor.h"
#include "WorkerPriority.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

DistributionController::DistributionController(SpecEditor* editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(editor->document(), &SpecDocument::analysed, this, &DistributionController::readCurrent);
    readCurrent();
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
    m_set = std::move(set); // a page of properties: quick to free

    if (analysis->tree.isEmpty() && document->isAnalysisStale()) {
        m_set.state = DistributionSet::State::NoSpec; // not analysed yet: nothing to say
    }
    m_expectedLength = document->isAnalysisStale() ? -1 : m_editor->length();
    Q_EMIT reset();
}

namespace {

QString lockKeyOf(const PropertyDistribution& property, const Share& share)
{
    return property.name + QChar(0) + share.value;
}

} // namespace

QString DistributionController::lockKey(qsizetype property, qsizetype share) const
{
    const PropertyDistribution& p = m_set.properties.at(property);
    return lockKeyOf(p, p.shares.at(share));
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

QList<bool> DistributionController::locksOf(const PropertyDistribution& property) const
{
    QList<bool> locks;
    for (const Share& share : property.shares) {
        locks << m_locks.contains(lockKeyOf(property, share));
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

bool DistributionController::ensureCurrent(qsizetype& property)
{
    const auto valid = [&] {
        return m_set.state == DistributionSet::State::Ready && property >= 0 && property < m_set.properties.size();
    };
    if (valid() && matchesEditor(m_set.properties[property])) {
        return true;
    }
    const auto whyGone
        = [this] { return m_set.reason.isEmpty() ? tr("This property is no longer in the text.") : m_set.reason; };
    if (!valid()) {
        return refuse(property, whyGone());
    }
    // The text changed under the panel (typing, undo, paste): read it again before writing. The
    // page may change with it (a filter matches other names now), so the property is found
    // again by its place in data_property_variations and its name, never by its place on the page.
    const qint32 wantedIndex = m_set.properties[property].index;
    const QString wantedName = m_set.properties[property].name;
    m_editor->document()->analyseNow();
    const std::shared_ptr<const SpecAnalysis> analysis = m_editor->document()->analysis();
    if (analysis->tree.size() >= kReadInBackgroundFrom) {
        reread(analysis, DistributionSet::read(*analysis, m_selection)); // the user is waiting: read it now
    }
    if (m_set.state != DistributionSet::State::Ready) {
        return refuse(-1, whyGone());
    }
    const auto found = std::find_if(m_set.properties.cbegin(), m_set.properties.cend(), [&](const auto& p) {
        return p.index == wantedIndex && p.name == wantedName;
    });
    if (found == m_set.properties.cend()) {
        // Not on the page it was clicked on: refused where the whole panel shows it.
        return refuse(-1,
                      tr("'%1' changed in the text meanwhile; look at it again before changing it.").arg(wantedName));
    }
    property = found - m_set.properties.cbegin();
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
    const PropertyDistribution& current = std::as_const(m_set.properties)[property];
    const auto splices = edit(current, locksOf(current), &whyNot);
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
                              if (m_dragging && (m_dragProperty != current.index || m_dragShare != share)) {
                                  // The first move of a drag: its proportions come from here until the mouse is let go.
                                  m_dragProperty = current.index;
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

bool DistributionController::addValue(qsizetype property, QString value)
{
    return applyStructuralEdit(property, [&](const auto& analysis, const auto& text, const auto& p, QString* whyNot) {
        return DistributionEdits::addValue(analysis, text, p, value, whyNot);
    });
}

bool DistributionController::removeValue(qsizetype property, QString value)
{
    return applyStructuralEdit(property, [&](const auto& analysis, const auto& text, const auto& p, QString* whyNot) {
        return DistributionEdits::removeValue(analysis, text, p, locksOf(p), value, whyNot);
    });
}

bool DistributionController::addMissingShares(qsizetype property)
{
    return applyStructuralEdit(property, &DistributionEdits::addMissingShares);
}

bool DistributionController::listValue(qsizetype property, QString value)
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
