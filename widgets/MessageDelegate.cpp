#include "MessageDelegate.h"

#include "domain/Message.h"
#include "itemmodels/MessageModel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTextOption>

namespace AgentDesk {

using namespace Domain;

namespace {
constexpr int margin = 10;
constexpr int padding = 8;

QString metaText(const Message &m)
{
    const QDateTime local = m.sentAt.toLocalTime();
    QString meta = local.date() == QDate::currentDate()
                       ? QLocale().toString(local.time(), QStringLiteral("HH:mm"))
                       : QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
    if (!m.authorName.isEmpty())
        meta = m.authorName + QStringLiteral(" · ") + meta;
    if (m.internalNote)
        meta = QCoreApplication::translate("MessageDelegate", "Internal note") + QStringLiteral(" · ") + meta;
    if (m.direction == Direction::Outbound && !m.internalNote) {
        meta += QStringLiteral(" · ") + deliveryLabel(m.delivery);
        if (!m.error.isEmpty())
            meta += QStringLiteral(": ") + m.error;
    }
    return meta;
}
} // namespace

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    const auto m = index.data(MessageModel::MessageRole).value<Message>();
    const QFontMetrics fm(option.font);
    const int maxWidth = qMax(120, int(availableWidth(option) * 0.72));
    const QRect textBounds = fm.boundingRect(QRect(0, 0, maxWidth - 2 * padding, 100000),
                                             Qt::TextWordWrap | Qt::TextWrapAnywhere, m.text);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics sfm(small);
    const QString meta = metaText(m);
    const int metaWidth = qMin(sfm.horizontalAdvance(meta), maxWidth - 2 * padding);
    const int width = qMax(textBounds.width(), metaWidth) + 2 * padding;
    const int height = textBounds.height() + sfm.height() + 2 * padding + 4;
    const bool right = m.direction == Direction::Outbound;
    const int x =
        right ? option.rect.left() + availableWidth(option) - margin - width : option.rect.left() + margin;
    Layout l;
    l.bubble = QRect(x, option.rect.top() + 4, width, height);
    l.text = QRect(x + padding, l.bubble.top() + padding, width - 2 * padding, textBounds.height());
    l.meta = QRect(x + padding, l.text.bottom() + 4, width - 2 * padding, sfm.height());
    return l;
}

int MessageDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    // Bubbles wrap to the viewport, not to whatever rect the view asks a size hint for.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    return {availableWidth(option), l.bubble.height() + 8};
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto m = index.data(MessageModel::MessageRole).value<Message>();
    const Layout l = layout(option, index);
    const QPalette &pal = option.palette;
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QColor fill;
    QColor ink = pal.color(QPalette::Text);
    if (m.internalNote)
        fill = dark ? QColor(0x5d, 0x4a, 0x10) : QColor(0xff, 0xf3, 0xc4);
    else if (m.direction == Direction::Outbound) {
        fill = dark ? QColor(0x0d, 0x47, 0xa1) : QColor(0x19, 0x76, 0xd2);
        ink = Qt::white;
    } else
        fill = dark ? QColor(0x3a, 0x3f, 0x44) : QColor(0xec, 0xef, 0xf1);
    if (m.delivery == DeliveryState::Failed)
        fill = dark ? QColor(0x7f, 0x1d, 0x1d) : QColor(0xff, 0xcd, 0xd2), ink = pal.color(QPalette::Text);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (option.state & QStyle::State_Selected) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 2));
    } else {
        p->setPen(m.internalNote ? QPen(QColor(0xf9, 0xa8, 0x25), 1, Qt::DashLine) : QPen(Qt::NoPen));
    }
    p->setBrush(fill);
    p->drawRoundedRect(l.bubble, 10, 10);
    p->setPen(ink);
    p->setFont(option.font);
    p->drawText(l.text, Qt::TextWordWrap | Qt::TextWrapAnywhere, m.text);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    QColor metaInk = ink;
    metaInk.setAlpha(180);
    p->setPen(metaInk);
    p->drawText(l.meta, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(metaText(m), Qt::ElideRight, l.meta.width()));
    p->restore();
}

} // namespace AgentDesk
