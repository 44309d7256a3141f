#pragma once

#include "DistributionEdits.h"

#include <QObject>
#include <QSet>

#include <memory>

class SpecEditor;

/// Binds one editor's text to the distribution panel. The text stays the truth: the panel's
/// view of the shares is re-read whenever an analysis of the current text arrives, and every
/// panel action becomes splices applied to the editor as one undo step (a whole slider drag
/// included). Between analyses it keeps the shares' byte ranges current itself, so a drag on a
/// big spec never waits for a parse.
class DistributionController : public QObject
{
    Q_OBJECT

public:
    explicit DistributionController(SpecEditor* editor);
    /// The editor's controller, made on first use; it lives as long as the editor (and so do
    /// its locks).
    static DistributionController* of(SpecEditor* editor);

    SpecEditor* editor() const { return m_editor; }
    /// The page of properties the panel shows; `property` in every call below is a place in
    /// its list.
    const DistributionSet& distributions() const { return m_set; }
    /// At most this many properties are read at once; a name filter finds the others. The
    /// shares of a spec's every property are tens of megabytes on a 10 MB spec.
    static constexpr qsizetype kPageSize = 100;
    /// Reads the first kPageSize properties whose names contain `filter`, ignoring case.
    void setNameFilter(const QString& filter);

    bool isLocked(qsizetype property, qsizetype share) const;
    void setLocked(qsizetype property, qsizetype share, bool locked);

    /// Each action returns false, and emits refused() with the reason, when it cannot be made.
    bool moveShare(qsizetype property, qsizetype share, qint64 units);
    bool equalize(qsizetype property);
    bool normalize(qsizetype property);
    // Values are taken by copy: callers often pass a share's own value, which the edit replaces.
    bool addValue(qsizetype property, QString value);
    /// Removes a value from property_values and its share; also removes a share whose key is
    /// not in property_values.
    bool removeValue(qsizetype property, QString value);
    bool addMissingShares(qsizetype property);
    bool listValue(qsizetype property, QString value);

    /// Between these, every move joins one undo step: a whole slider drag is undone at once.
    void beginDrag();
    void endDrag();
    bool isDragging() const { return m_dragging; }

    /// Above this many tree nodes the shares are read on a worker thread (a 10 MB spec takes
    /// about 0.3 s); below, at once, so the panel never lags behind a small spec.
    static constexpr qint32 kReadInBackgroundFrom = 50'000;

Q_SIGNALS:
    /// The shares were re-read from the text: values, properties or problems may all differ.
    void reset();
    /// A panel action changed the shares of one property (and nothing else).
    void propertyChanged(qsizetype property);
    /// `property` is -1 when the refusal belongs to no group on the page (the page has changed).
    void refused(qsizetype property, const QString& reason);

private:
    /// Reads the selected properties from the current analysis (on a worker when it is big), at
    /// each analysis and each new filter.
    void readCurrent();
    void reread(std::shared_ptr<const SpecAnalysis> analysis, DistributionSet set);
    /// True when the tracked ranges of `property` still describe the editor's text; re-reads
    /// from a fresh analysis when they do not.
    /// `property` is then its place on the page as read again.
    bool ensureCurrent(qsizetype& property);
    bool matchesEditor(const PropertyDistribution& property) const;
    QList<bool> locksOf(const PropertyDistribution& property) const;
    /// Share edits change numbers only, so the panel's ranges are shifted, not re-read.
    using ShareEdit
        = std::function<std::optional<QList<TextSplice>>(const PropertyDistribution&, const QList<bool>&, QString*)>;
    bool applyShareEdit(qsizetype property, const ShareEdit& edit);
    using StructuralEdit = std::function<std::optional<
        QList<TextSplice>>(const SpecAnalysis&, const QByteArray&, const PropertyDistribution&, QString*)>;
    bool applyStructuralEdit(qsizetype property, const StructuralEdit& edit);
    bool refuse(qsizetype property, const QString& reason);
    QString lockKey(qsizetype property, qsizetype share) const;

    SpecEditor* m_editor;
    DistributionSet m_set;
    PropertySelection m_selection {QString(), kPageSize};
    qint64 m_expectedLength = -1; ///< the editor's length that m_set's ranges describe
    QSet<QString> m_locks; ///< "property\0value", so locks survive edits that reorder
    bool m_dragging = false;
    qsizetype m_dragProperty = -1; ///< its place in data_property_variations
    qsizetype m_dragShare = -1;
    QList<qint64> m_dragBaseline; ///< the dragged property's units when the drag began
};
