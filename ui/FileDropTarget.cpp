#include "FileDropTarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

FileDropTarget::FileDropTarget(QWidget* target)
    : QObject(target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

namespace {

/// Ignores drags of local files, so Qt offers them to the widgets around, up to the window.
/// A web link dragged in is still the editor's to insert as text.
class LinkDragPassThrough : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if ((type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop)
            && !FileDropTarget::localFiles(static_cast<QDropEvent*>(event)->mimeData()).isEmpty()) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void FileDropTarget::passLinksToWindow(QWidget* textWidget)
{
    textWidget->installEventFilter(new LinkDragPassThrough(textWidget));
}

QStringList FileDropTarget::localFiles(const QMimeData* mime)
{
    QStringList files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty()) {
            files.append(url.toLocalFile());
        }
    }
    return files;
}

bool FileDropTarget::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        // Any list of links is taken, so a drop of web links can say why nothing opened.
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (drag->mimeData()->hasUrls()) {
            // Opened, never moved: the file manager must keep its file where it is.
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QMimeData* mime = drop->mimeData();
        if (!mime->hasUrls()) {
            break;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        const QStringList files = localFiles(mime);
        if (!files.isEmpty()) {
            Q_EMIT filesDropped(files);
        }
        // After the files, so the sentence is not covered by their "Opening…".
        const qsizetype ignored = mime->urls().size() - files.size();
        if (ignored > 0) {
            Q_EMIT message(
                tr("%n dropped link(s) ignored: only files on this computer can be opened.", "", int(ignored)));
        }
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
