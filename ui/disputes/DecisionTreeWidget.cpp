#include "DecisionTreeWidget.h"

#include <QPainter>
#include <QPainterPath>

namespace dd {

namespace {

const QColor doneFill(0xE6, 0xF2, 0xEA);
const QColor doneBorder(0x3C, 0x8D, 0x5A);
const QColor currentFill(0x1F, 0x5F, 0xA8);
const QColor currentBorder(0x17, 0x47, 0x7E);
const QColor futureFill(0xF4, 0xF5, 0xF7);
const QColor futureBorder(0xB8, 0xBE, 0xC6);
const QColor futureText(0x6B, 0x72, 0x7B);
const QColor takenFill(0xDC, 0xE8, 0xF6);
const QColor line(0x8A, 0x93, 0x9E);

constexpr int boxHeight = 40;
constexpr int branchHeight = 34;
constexpr int margin = 8;

enum class Look { Done, Current, Future, Taken, NotTaken };

void drawBox(QPainter &painter, const QRectF &rect, const QString &title, const QString &subtitle, Look look)
{
    QColor fill = futureFill;
    QColor border = futureBorder;
    QColor text = futureText;
    Qt::PenStyle style = Qt::SolidLine;
    switch (look) {
    case Look::Done:
        fill = doneFill;
        border = doneBorder;
        text = QColor(0x1E, 0x4D, 0x30);
        break;
    case Look::Current:
        fill = currentFill;
        border = currentBorder;
        text = Qt::white;
        break;
    case Look::Taken:
        fill = takenFill;
        border = currentFill;
        text = QColor(0x17, 0x3A, 0x63);
        break;
    case Look::NotTaken:
        style = Qt::DashLine;
        break;
    case Look::Future:
        break;
    }
    QPainterPath path;
    path.addRoundedRect(rect, 6, 6);
    painter.fillPath(path, fill);
    painter.setPen(QPen(border, look == Look::Current ? 2.0 : 1.2, style));
    painter.drawPath(path);

    QFont font = painter.font();
    font.setBold(look == Look::Current || look == Look::Taken);
    painter.setFont(font);
    painter.setPen(text);
    if (subtitle.isEmpty()) {
        painter.drawText(rect, Qt::AlignCenter, title);
        return;
    }
    const QFontMetricsF metrics(font);
    QRectF top = rect;
    top.setBottom(rect.center().y() + 1);
    painter.drawText(top.adjusted(2, 0, -2, 0), Qt::AlignHCenter | Qt::AlignBottom, title);
    QFont small = font;
    small.setBold(false);
    small.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(small);
    QRectF bottom = rect;
    bottom.setTop(rect.center().y() + 1);
    const QString elided = QFontMetricsF(small).elidedText(subtitle, Qt::ElideRight, rect.width() - 6);
    painter.drawText(bottom.adjusted(2, 0, -2, 0), Qt::AlignHCenter | Qt::AlignTop, elided);
    painter.setFont(font);
}

void drawArrow(QPainter &painter, QPointF from, QPointF to)
{
    painter.setPen(QPen(line, 1.4));
    painter.drawLine(from, to);
    const QPointF direction = (to - from) / std::max(1.0, std::hypot(to.x() - from.x(), to.y() - from.y()));
    const QPointF normal(-direction.y(), direction.x());
    QPolygonF head;
    head << to << to - direction * 7 + normal * 4 << to - direction * 7 - normal * 4;
    painter.setBrush(line);
    painter.drawPolygon(head);
    painter.setBrush(Qt::NoBrush);
}

} // namespace

DecisionTreeWidget::DecisionTreeWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("decisionTree"));
    setAccessibleName(tr("Decision tree"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DecisionTreeWidget::setDispute(const Dispute *dispute)
{
    m_hasCase = dispute != nullptr;
    if (dispute) {
        m_step = dispute->step;
        m_verdict = dispute->verdict;
        m_credited = dispute->creditDecided;
        m_path = dispute->path;
        m_amicable = dispute->amicable;
        m_outcome = dispute->outcome;
    }
    setAccessibleDescription(m_hasCase ? tr("Current step: %1").arg(DisputeCodes::stepName(m_step)) : QString());
    update();
}

QSize DecisionTreeWidget::sizeHint() const
{
    return QSize(720, minimumSizeHint().height());
}

QSize DecisionTreeWidget::minimumSizeHint() const
{
    return QSize(520, margin * 2 + boxHeight + 26 + branchHeight);
}

void DecisionTreeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QList<DisputeStep> steps = {DisputeStep::Hear, DisputeStep::Verify, DisputeStep::Decide,
                                      DisputeStep::Resolve, DisputeStep::Learn, DisputeStep::Closed};
    const qreal gap = 22;
    const qreal width = (this->width() - 2 * margin - gap * (steps.size() - 1)) / steps.size();
    QList<QRectF> boxes;
    for (int i = 0; i < steps.size(); ++i)
        boxes << QRectF(margin + i * (width + gap), margin, width, boxHeight);

    const int current = m_hasCase ? int(m_step) : -1;
    for (int i = 0; i < steps.size(); ++i) {
        if (i > 0)
            drawArrow(painter, QPointF(boxes[i - 1].right() + 2, boxes[i].center().y()),
                      QPointF(boxes[i].left() - 2, boxes[i].center().y()));
        Look look = Look::Future;
        if (i < current || (i == current && steps[i] == DisputeStep::Closed))
            look = i == current ? Look::Current : Look::Done;
        else if (i == current)
            look = Look::Current;
        QString subtitle;
        if (m_hasCase && steps[i] == DisputeStep::Decide && m_verdict != Verdict::None)
            subtitle = DisputeCodes::verdictName(m_verdict);
        if (m_hasCase && steps[i] == DisputeStep::Closed && m_outcome != Outcome::None)
            subtitle = DisputeCodes::outcomeName(m_outcome);
        drawBox(painter, boxes[i], DisputeCodes::stepName(steps[i]), subtitle, look);
    }

    // The branches of Resolve, centred under it.
    struct Branch
    {
        QString title;
        QString subtitle;
        bool taken;
    };
    QString amicableState;
    switch (m_amicable) {
    case AmicableState::Arrangement:
        amicableState = tr("arrangement");
        break;
    case AmicableState::Paid:
        amicableState = tr("paid");
        break;
    case AmicableState::Explained:
        amicableState = tr("explained");
        break;
    case AmicableState::None:
        break;
    }
    const QList<Branch> branches = {
        {tr("Credit"), tr("justified part"), m_hasCase && m_credited},
        {tr("Amicable"), amicableState.isEmpty() ? tr("explain, arrange") : amicableState,
         m_hasCase && (m_path == UnjustifiedPath::Amicable || m_amicable != AmicableState::None)},
        {tr("Legal"), tr("collection"), m_hasCase && m_path == UnjustifiedPath::Legal},
        {tr("Goodwill"), tr("write off once"), m_hasCase && m_path == UnjustifiedPath::Goodwill},
    };
    const qreal branchGap = 10;
    const qreal branchWidth = std::min<qreal>(width * 1.05, (this->width() - 2 * margin - 3 * branchGap) / 4);
    const qreal total = 4 * branchWidth + 3 * branchGap;
    qreal left = boxes[3].center().x() - total / 2;
    left = std::clamp<qreal>(left, margin, this->width() - margin - total);
    const qreal top = margin + boxHeight + 26;
    const QPointF from(boxes[3].center().x(), boxes[3].bottom());
    for (int i = 0; i < branches.size(); ++i) {
        const QRectF rect(left + i * (branchWidth + branchGap), top, branchWidth, branchHeight);
        painter.setPen(QPen(line, 1.0, branches[i].taken ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(from, QPointF(rect.center().x(), rect.top()));
        const bool reachable = m_hasCase && int(m_step) >= int(DisputeStep::Resolve);
        drawBox(painter, rect, branches[i].title, branches[i].subtitle,
                branches[i].taken ? Look::Taken : (reachable ? Look::NotTaken : Look::Future));
    }
}

} // namespace dd
