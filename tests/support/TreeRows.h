#pragma once

#include <QAbstractItemModel>
#include <QString>

/// Finding rows of the specs tree (or its filter) by the title they show.
namespace TreeRows {

/// The child of `parent` titled `title`, or an invalid index.
inline QModelIndex childNamed(const QAbstractItemModel* model, const QModelIndex& parent, const QString& title)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (child.data().toString() == title) {
            return child;
        }
    }
    return {};
}

/// The spec titled `title` in any collection, or an invalid index.
inline QModelIndex specNamed(const QAbstractItemModel* model, const QString& title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex spec = childNamed(model, model->index(row, 0), title);
        if (spec.isValid()) {
            return spec;
        }
    }
    return {};
}

} // namespace TreeRows
