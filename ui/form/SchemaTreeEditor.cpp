#include "SchemaTreeEditor.h"

#include "CurrentText.h"
#include "FormFields.h"
#include "PlainToolTip.h"
#include "SpecEditor.h"
#include "SpecEdits.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int kVisibleRows = 16;
constexpr int kNameColumnChars = 24;
} // namespace

SchemaTreeEditor::SchemaTreeEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new SchemaTreeModel(this))
    , m_view(new QTreeView(this))
    , m_emptyLabel(new QLabel(tr("This flow spec holds no schemas."), this))
    , m_add(new QPushButton(tr("Add Property…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_view->setObjectName(QStringLiteral("formSchemaTree"));
    m_view->setAccessibleName(tr("Schemas"));
    m_view->setAccessibleDescription(
        tr("The flow spec's nested JSON Schemas as a tree of names, types and values. F2 changes a value, "
           "Insert adds a property to the schema, Delete removes the row."));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view)); // tooltips are the spec's own paths
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(SchemaTreeModel::NameColumn, m_view->fontMetrics().averageCharWidth() * kNameColumnChars);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * kVisibleRows);
    m_view->installEventFilter(this);
    m_emptyLabel->setObjectName(QStringLiteral("formSchemaEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    m_add->setObjectName(QStringLiteral("formSchemaAdd"));
    m_add->setAccessibleName(tr("Add Property"));
    m_add->setToolTip(tr("Add a property to the schema (Insert)"));
    m_add->setAccessibleDescription(
        tr("Asks for a name and adds a string property to the schema the selected row is in (Insert in the tree)."));
    m_remove->setObjectName(QStringLiteral("formSchemaRemove"));
    m_remove->setToolTip(tr("Remove the selected row (Delete)"));
    m_remove->setAccessibleDescription(tr("Removes the selected row with everything under it (Delete in the tree)."));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_emptyLabel);
    column->addWidget(m_view, 1);
    column->addLayout(buttons);

    QStringList fields;
    for (const FormField& field : FormFields::forKind(SpecKind::AdobeFlow)) {
        fields << field.path;
    }
    m_model->setShownElsewhere(fields);
    m_model->setCommit([this](qint32 node, const QString& value) { return setValue(node, value); });
    connect(m_add, &QPushButton::clicked, this, &SchemaTreeEditor::askAndAddProperty);
    connect(m_remove, &QPushButton::clicked, this, &SchemaTreeEditor::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchemaTreeEditor::updateButtons);
    // A double click on a value's name or type edits the value, the one column that can change.
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex value = index.siblingAtColumn(SchemaTreeModel::ValueColumn);
        if (index.column() != SchemaTreeModel::ValueColumn && (value.flags() & Qt::ItemIsEditable)) {
            m_view->setCurrentIndex(value);
            m_view->edit(value);
        }
    });
    // An analysis that came while a value was typed is shown once the typing is done.
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_latest != m_model->analysis()) {
                showLatest();
            }
        });
    });
    updateButtons();
}

void SchemaTreeEditor::setEditor(SpecEditor* editor)
{
    if (editor != m_editor) {
        m_fresh = true;
        m_select.reset();
        m_latest.reset();
        m_model->setAnalysis(nullptr);
    }
    m_editor = editor;
}

void SchemaTreeEditor::showSchemas(std::shared_ptr<const SpecAnalysis> analysis, bool readOnly)
{
    m_latest = std::move(analysis);
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Behind another tab, a big spec's tree is not rebuilt after every analysis.
    if (isVisible() && m_latest != m_model->analysis()) {
        showLatest();
    }
    updateButtons();
}

void SchemaTreeEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_latest != m_model->analysis()) {
        showLatest();
    }
}

void SchemaTreeEditor::showLatest()
{
    // Not while a value is typed: the reset would throw the typing away. closeEditor comes back here.
    const QWidget* focus = QApplication::focusWidget();
    if (focus != nullptr && focus != m_view && m_view->isAncestorOf(focus)) {
        return;
    }
    // What the user opened and where they were, by location: the nodes of the new text are others.
    QList<SchemaTreeModel::Location> expanded;
    const std::shared_ptr<const SpecAnalysis> shown = m_model->analysis();
    if (shown) {
        QList<QModelIndex> open;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            open << m_model->index(row, 0);
        }
        while (!open.isEmpty()) {
            const QModelIndex index = open.takeLast();
            if (!m_view->isExpanded(index)) {
                continue;
            }
            expanded << SchemaTreeModel::locationOf(shown->tree, m_model->nodeOf(index));
            for (int row = 0; row < m_model->rowCount(index); ++row) {
                open << m_model->index(row, 0, index);
            }
        }
    }
    const QModelIndex current = m_view->currentIndex();
    std::optional<SchemaTreeModel::Location> currentAt = m_select;
    if (!currentAt && current.isValid()) {
        currentAt = SchemaTreeModel::locationOf(shown->tree, m_model->nodeOf(current));
    }
    const int column = current.isValid() ? current.column() : int(SchemaTreeModel::NameColumn);
    const int scrolled = m_view->verticalScrollBar()->value();

    m_model->setAnalysis(m_latest);
    m_emptyLabel->setVisible(m_latest && !m_latest->tree.isEmpty() && m_model->rowCount() == 0);
    if (!m_latest || m_model->rowCount() == 0) {
        updateButtons();
        return;
    }
    const SpecTree& tree = m_latest->tree;
    if (m_fresh) {
        m_fresh = false;
        m_view->expandToDepth(1); // each spec object and its schema open
    }
    for (const SchemaTreeModel::Location& location : std::as_const(expanded)) {
        const QModelIndex index = m_model->indexOfNode(SchemaTreeModel::nodeAt(tree, location));
        if (index.isValid()) {
            m_view->expand(index);
        }
    }
    m_view->verticalScrollBar()->setValue(scrolled);
    if (currentAt) {
        // Where the row has gone (it was removed), the nearest row above it that is still there.
        QModelIndex index;
        for (SchemaTreeModel::Location at = *currentAt; !index.isValid() && !at.isEmpty(); at.removeLast()) {
            index = m_model->indexOfNode(SchemaTreeModel::nodeAt(tree, at), column);
        }
        if (index.isValid()) {
            for (QModelIndex above = index.parent(); above.isValid(); above = above.parent()) {
                m_view->expand(above);
            }
            m_view->setCurrentIndex(index);
            if (m_select) {
                m_view->scrollTo(index);
            }
        }
    }
    m_select.reset();
    updateButtons();
}

bool SchemaTreeEditor::edit(qint32 node, const MakeSplice& make)
{
    if (!m_editor || m_editor->isReadOnly() || !m_model->analysis()) {
        return false;
    }
    const CurrentText current = CurrentText::of(*m_editor);
    // The tree shows the last analysis; the text may have changed since (typed in the editor).
    // The node is looked for where it was, so an edit never lands on another one.
    const SpecTree& shown = m_model->analysis()->tree;
    const qint32 now = SchemaTreeModel::nodeAt(current.tree(), SchemaTreeModel::locationOf(shown, node));
    if (now == SpecTree::kNoNode || current.tree().node(now).type != shown.node(node).type) {
        Q_EMIT problem(tr("the text changed since the tree was shown; try again in a moment."));
        return false;
    }
    QString error;
    const std::optional<TextSplice> splice = make(current, now, &error);
    if (!splice) {
        Q_EMIT problem(error);
        return false;
    }
    m_editor->applySplices({*splice});
    return true;
}

bool SchemaTreeEditor::setValue(qint32 node, const QString& value)
{
    const SpecFormat format = m_editor ? m_editor->format() : SpecFormat::Json;
    return edit(node, [&value, format](const CurrentText& current, qint32 now, QString* error) {
        // A number or boolean stays a bare literal when the new value is one; a string stays a string.
        return SpecEdits(current.text, current.tree(), format).setScalar(current.tree().path(now), value, error);
    });
}

bool SchemaTreeEditor::addProperty(const QString& name)
{
    const QString key = name.trimmed();
    const qint32 selected = m_model->nodeOf(m_view->currentIndex());
    if (!m_model->analysis() || selected == SpecTree::kNoNode) {
        Q_EMIT problem(tr("select a schema, or one of its properties, to add a property to."));
        return false;
    }
    if (key.isEmpty()) {
        Q_EMIT problem(tr("a property needs a name."));
        return false;
    }
    // From the selected row up: a `properties` object, a schema's `properties`, or an object
    // schema that has none yet (it gets one).
    const SpecTree& tree = m_model->analysis()->tree;
    qint32 target = SpecTree::kNoNode;
    bool createProperties = false;
    for (qint32 n = selected; n != SpecTree::kNoNode && n != tree.root() && target == SpecTree::kNoNode;
         n = tree.node(n).parent) {
        if (!tree.node(n).isMapping()) {
            continue;
        }
        const qint32 properties = tree.child(n, "properties");
        const qint32 type = tree.child(n, "type");
        if (tree.keyOf(n) == "properties") {
            target = n;
        } else if (properties != SpecTree::kNoNode && tree.node(properties).isMapping()) {
            target = properties;
        } else if (properties == SpecTree::kNoNode && type != SpecTree::kNoNode && tree.value(type) == "object") {
            target = n;
            createProperties = true;
        }
    }
    if (target == SpecTree::kNoNode) {
        Q_EMIT problem(tr("the selected row is not in a schema that has properties."));
        return false;
    }
    const SpecFormat format = m_editor ? m_editor->format() : SpecFormat::Json;
    const QString schema
        = format == SpecFormat::Json ? QStringLiteral("{\"type\": \"string\"}") : QStringLiteral("{type: string}");
    const bool added = edit(
        target, [&key, &schema, format, createProperties](const CurrentText& current, qint32 now, QString* error) {
            const SpecEdits edits(current.text, current.tree(), format);
            if (createProperties) {
                const QString properties = QLatin1Char('{') + QString::fromUtf8(edits.stringText(key))
                                           + QStringLiteral(": ") + schema + QLatin1Char('}');
                return edits.insertEntryInto(now, QStringLiteral("properties"), properties, error, true);
            }
            return edits.insertEntryInto(now, key, schema, error, true);
        });
    if (added) {
        m_select = SchemaTreeModel::locationOf(tree, target);
        if (createProperties) {
            *m_select << QStringLiteral(".properties");
        }
        *m_select << QLatin1Char('.') + key;
    }
    return added;
}

void SchemaTreeEditor::askAndAddProperty()
{
    if (m_readOnly || !m_view->currentIndex().isValid()) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add Property"), tr("Name of the new string property:"), QLineEdit::Normal, QString(), &ok);
    if (ok) {
        addProperty(name);
    }
}

bool SchemaTreeEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid() || !m_model->analysis()) {
        return false;
    }
    const SpecTree& tree = m_model->analysis()->tree;
    const qint32 node = m_model->nodeOf(current);
    // Then the row that takes its place: the next one, else the one before, else the parent.
    // A list's later items move up into its place.
    const QModelIndex next = current.siblingAtRow(current.row() + 1);
    const QModelIndex before = current.siblingAtRow(current.row() - 1);
    const bool inList = tree.node(tree.node(node).parent).isSequence();
    std::optional<SchemaTreeModel::Location> then;
    if (next.isValid()) {
        then = SchemaTreeModel::locationOf(tree, inList ? node : m_model->nodeOf(next));
    } else if (before.isValid()) {
        then = SchemaTreeModel::locationOf(tree, m_model->nodeOf(before));
    } else if (current.parent().isValid()) {
        then = SchemaTreeModel::locationOf(tree, m_model->nodeOf(current.parent()));
    }
    const SpecFormat format = m_editor ? m_editor->format() : SpecFormat::Json;
    if (!edit(node, [format](const CurrentText& text, qint32 now, QString* error) {
            return SpecEdits(text.text, text.tree(), format).removeNode(now, error);
        })) {
        return false;
    }
    m_select = then;
    return true;
}

bool SchemaTreeEditor::eventFilter(QObject* watched, QEvent* event)
{
    // While a value is typed the keys go to its line edit, not here.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Insert) {
            askAndAddProperty();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_F2) {
            // The value is what can change, whichever column the row was entered by.
            const QModelIndex value = m_view->currentIndex().siblingAtColumn(SchemaTreeModel::ValueColumn);
            if (value.flags() & Qt::ItemIsEditable) {
                m_view->setCurrentIndex(value);
                m_view->edit(value);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SchemaTreeEditor::updateButtons()
{
    const bool hasRow = m_view->currentIndex().isValid();
    m_add->setEnabled(!m_readOnly && hasRow);
    m_remove->setEnabled(!m_readOnly && hasRow);
}
