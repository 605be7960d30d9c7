#include "DunningRun.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "customers/CustomerContactRepository.h"
#include "documents/EmlWriter.h"
#include "documents/SettingsRepository.h"
#include "dunning/DunningCandidatesQuery.h"
#include "dunning/DunningLetterDocument.h"
#include "dunning/DunningLetterFolder.h"
#include "dunning/DunningPlanCalculator.h"
#include "dunning/DunningRunRepository.h"
#include "dunning/DunningSettings.h"
#include "legal/CollectionCosts.h"
#include "legal/FourteenDayLetter.h"
#include "legal/LegalDefault.h"
#include "legal/LegalTableRepository.h"
#include "legal/StatutoryInterest.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <utility>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DunningRun", text);
}

struct Group
{
    DunningLetterPlan letter;   // invoices listed in the customer's letter
    DunningLetterPlan handOver; // invoices moving up to a hand-over level
};

// A week covers the ECB's longest closing (Christmas to New Year).
constexpr int staleRateDays = 7;

// What the user must know before sending: a letter date on which nothing is posted (its dates,
// the 14-day letter's among them, would be counted from a day the letter did not leave), and
// letters that cannot state the interest because the rate table ends before their date.
void addWarnings(DunningPreview &preview)
{
    if (!FourteenDayLetter::isPostingDay(preview.asOf))
        preview.warnings << tr("The letters are dated %1, a weekend day or public holiday on which nothing is posted. "
                               "Date the run on the day the letters go out.")
                                .arg(IsoDate::format(preview.asOf));
    int withoutInterest = 0;
    QString why;
    for (const DunningLetterPlan &plan : std::as_const(preview.letters)) {
        if (plan.showsInterest && !plan.interest) {
            ++withoutInterest;
            if (why.isEmpty())
                why = plan.interestNote;
        }
    }
    if (withoutInterest > 0)
        preview.warnings << QCoreApplication::translate("dd::DunningRun",
                                                        "%n letter(s) cannot state the statutory interest (%1) and will say it "
                                                        "is calculated on payment. Add the interest rates for %2 first "
                                                        "(Settings ▸ Interest Rates and Court Fees, or disputedesk-cli "
                                                        "interest-rates --add).",
                                                        nullptr, withoutInterest)
                                .arg(why, IsoDate::format(preview.asOf));
    // A rate not yet checked against its publication goes to a customer only knowingly.
    int unverified = 0;
    for (const DunningLetterPlan &plan : std::as_const(preview.letters))
        unverified += plan.interest && plan.interestRatesToVerify ? 1 : 0;
    if (unverified > 0)
        preview.warnings << QCoreApplication::translate("dd::DunningRun",
                                                        "%n letter(s) state interest computed with rates marked \"to verify\" in "
                                                        "the interest table. Check those periods against their publication in "
                                                        "the Staatsblad (Settings ▸ Interest Rates and Court Fees) before sending.",
                                                        nullptr, unverified);
    // Euro costs of letters in another currency: held back without a rate, and a rate much older
    // than the letter (the ECB publishes every working day) is probably one the user forgot to update.
    QStringList withoutRate;
    for (const DunningSkip &skip : std::as_const(preview.skipped)) {
        if (skip.reason == DunningSkipReason::NoExchangeRate && !withoutRate.contains(skip.detail))
            withoutRate << skip.detail;
    }
    if (!withoutRate.isEmpty())
        preview.warnings << tr("Letters in %1 that state collection costs are held back: the costs are euro amounts by law and "
                               "there is no euro rate on or before %2. Enter or import the rate (disputedesk-cli "
                               "exchange-rates).")
                                .arg(withoutRate.join(QStringLiteral(", ")), IsoDate::format(preview.asOf));
    QStringList oldRates;
    for (const DunningLetterPlan &plan : std::as_const(preview.letters)) {
        if (plan.eurRate && (preview.asOf - plan.eurRate->date).days() > staleRateDays) {
            const QString text = QStringLiteral("%1 (%2)").arg(plan.currency, IsoDate::format(plan.eurRate->date));
            if (!oldRates.contains(text))
                oldRates << text;
        }
    }
    if (!oldRates.isEmpty())
        preview.warnings << tr("The euro rates used for the collection costs are more than %1 days older than the letters: %2. "
                               "Check that no newer rate is missing.")
                                .arg(staleRateDays)
                                .arg(oldRates.join(QStringLiteral(", ")));
}

} // namespace

QString DunningSkip::reasonCode(DunningSkipReason reason)
{
    switch (reason) {
    case DunningSkipReason::DisputeHold:
        return QStringLiteral("dispute-hold");
    case DunningSkipReason::Arrangement:
        return QStringLiteral("arrangement");
    case DunningSkipReason::BelowMinimum:
        return QStringLiteral("below-minimum");
    case DunningSkipReason::DoNotDun:
        return QStringLiteral("do-not-dun");
    case DunningSkipReason::NoExchangeRate:
        return QStringLiteral("no-exchange-rate");
    }
    return QString();
}

QString DunningSkip::reasonText() const
{
    // Under the context lupdate files these texts in (the class they sit in, not this file's
    // helper's): with the helper's, the Dutch texts were in the catalogue but never found.
    auto tr = [](const char *text) { return QCoreApplication::translate("dd::DunningSkip", text); };
    switch (reason) {
    case DunningSkipReason::DisputeHold:
        return tr("on dispute hold (case %1)").arg(detail);
    case DunningSkipReason::Arrangement:
        return tr("under a payment arrangement (case %1)").arg(detail);
    case DunningSkipReason::BelowMinimum:
        return tr("below the minimum of %1 for this level").arg(detail);
    case DunningSkipReason::DoNotDun:
        return tr("customer marked \"do not dun\"");
    case DunningSkipReason::NoExchangeRate:
        return tr("no euro rate for %1 on or before the letter date: the collection costs, euro amounts by law, cannot "
                  "be stated (disputedesk-cli exchange-rates)").arg(detail);
    }
    return QString();
}

QString DunningRun::overdueQuery()
{
    return DunningCandidatesQuery::sql();
}

DunningRun::DunningRun(Database &database, const Clock &clock, QString actor)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

DunningPreview DunningRun::preview(const Date &asOf) const
{
    const DunningSettings settings(m_database);
    const QList<DunningLevel> levels = settings.levels();
    DunningPreview preview;
    preview.asOf = asOf;
    preview.lastRunId = DunningRunRepository(m_database).lastRunId();

    std::vector<Group> groups;
    QSet<qint64> customersSeen;
    QSet<qint64> multiCurrency;
    qint64 currentCustomer = -1;
    QString currentCurrency;
    // The open invoices due before the date, by customer and currency: each pair is one letter.
    DunningCandidatesQuery(m_database).forEachOverdue(asOf, [&](const DunningCandidatesQuery::Row &row) {
        ++preview.overdueInvoices;
        const qint64 customerId = row.customerId();
        const QString currency = row.currency();
        DunningInvoiceLine line;
        line.invoiceId = row.invoiceId();
        line.number = row.invoiceNumber();
        line.issueDate = IsoDate::parse(row.issueDate()).value_or(Date());
        line.dueDate = IsoDate::parse(row.dueDate()).value_or(asOf);
        line.open = Money(row.openCents(), currency);
        line.daysOverdue = int((asOf - line.dueDate).days());
        line.previousLevel = row.previousLevel();
        line.level = line.previousLevel;
        const QString reachedText = row.previousLevelOn();
        const QString hold = row.hold();

        if (customerId != currentCustomer || currency != currentCurrency) {
            if (customerId == currentCustomer)
                multiCurrency.insert(customerId);
            currentCustomer = customerId;
            currentCurrency = currency;
            Group group;
            DunningLetterPlan &plan = group.letter;
            plan.customerId = customerId;
            plan.customerNumber = row.customerNumber();
            plan.customerName = row.customerName();
            plan.customerKind = Customer::kindFromCode(row.customerKind()).value_or(CustomerKind::Business);
            plan.language = Customer::languageFromCode(row.customerLanguage()).value_or(Language::Dutch);
            plan.currency = currency;
            plan.total = Money::zero(currency);
            plan.costs = plan.costsVat = plan.euCompensation = Money::zero(QStringLiteral("EUR")); // euro amounts by law
            plan.level.level = 0; // raised to the highest level an invoice moves up to
            group.handOver = plan;
            group.handOver.selected = false;
            groups.push_back(std::move(group));
        }
        Group &group = groups.back();
        const bool doNotDun = row.doNotDun();

        // Handed over: out of the dunning ladder.
        if (line.previousLevel > 0 && line.previousLevel <= levels.size() && levels.at(line.previousLevel - 1).isHandOver())
            return;

        // The next level, never skipping one: due date + its days, and its interval after the previous letter.
        if (line.previousLevel < levels.size()) {
            const DunningLevel &next = levels.at(line.previousLevel);
            bool due = asOf >= line.dueDate + boost::gregorian::date_duration(next.daysAfterDue);
            if (due && line.previousLevel > 0) {
                if (const auto reached = IsoDate::parse(reachedText))
                    due = asOf >= *reached + boost::gregorian::date_duration(next.intervalDays);
            }
            if (due) {
                line.movesUp = true;
                line.level = next.level;
            }
        }

        DunningSkip skip;
        skip.customerId = customerId;
        skip.customerNumber = group.letter.customerNumber;
        skip.customerName = group.letter.customerName;
        skip.invoiceId = line.invoiceId;
        skip.invoiceNumber = line.number;
        skip.open = line.open;
        skip.wouldBeLevel = line.movesUp ? line.level : 0;
        if (!hold.isEmpty()) {
            skip.reason = hold.startsWith(u'A') ? DunningSkipReason::Arrangement : DunningSkipReason::DisputeHold;
            skip.detail = hold.mid(1);
            preview.skipped << skip;
            return;
        }
        if (doNotDun) {
            skip.reason = DunningSkipReason::DoNotDun;
            preview.skipped << skip;
            return;
        }
        DunningLetterPlan &target = line.movesUp && levels.at(line.level - 1).isHandOver() ? group.handOver : group.letter;
        if (line.movesUp && line.level > target.level.level)
            target.level = levels.at(line.level - 1);
        target.invoices << line;
        target.total += line.open;
    });

    const DunningPlanCalculator calculator(m_database);
    // Each invoice that would move up, left out of the run for `reason`.
    auto skipAll = [&](const DunningLetterPlan &plan, DunningSkipReason reason, const QString &detail) {
        for (const DunningInvoiceLine &line : plan.invoices) {
            if (!line.movesUp)
                continue;
            DunningSkip skip;
            skip.customerId = plan.customerId;
            skip.customerNumber = plan.customerNumber;
            skip.customerName = plan.customerName;
            skip.invoiceId = line.invoiceId;
            skip.invoiceNumber = line.number;
            skip.open = line.open;
            skip.wouldBeLevel = line.level;
            skip.reason = reason;
            skip.detail = detail;
            preview.skipped << skip;
        }
    };
    auto finish = [&](DunningLetterPlan &plan) -> bool {
        bool movesUp = false;
        for (const DunningInvoiceLine &line : plan.invoices)
            movesUp = movesUp || line.movesUp;
        if (!movesUp)
            return false;
        if (plan.total.cents() < plan.level.minimumCents) {
            skipAll(plan, DunningSkipReason::BelowMinimum, Money(plan.level.minimumCents, plan.currency).format(NumberStyle::English));
            return false;
        }
        calculator.complete(plan, asOf, multiCurrency.contains(plan.customerId));
        // A letter that must state euro costs it cannot compute is held back, not sent without them.
        if (plan.showsCosts && plan.currency != QLatin1String("EUR") && !plan.eurRate) {
            skipAll(plan, DunningSkipReason::NoExchangeRate, plan.currency);
            return false;
        }
        return true;
    };
    for (Group &group : groups) {
        if (finish(group.letter))
            preview.letters << std::move(group.letter);
        if (finish(group.handOver))
            preview.letters << std::move(group.handOver);
    }
    addWarnings(preview);
    return preview;
}

QByteArray DunningRun::render(const DunningLetterPlan &plan, const Date &asOf) const
{
    const std::optional<DunningLetterPlan> part = selectedPart(plan, asOf);
    if (!part)
        return QByteArray();
    const DunningLetterDocument document(m_database, m_actor);
    return part->level.isHandOver() ? document.handOverCsv(*part, asOf) : document.pdf(*part, asOf);
}

QString DunningRun::editableText(const DunningLetterPlan &plan, const Date &asOf, bool standard) const
{
    return DunningLetterDocument(m_database, m_actor).editableText(plan, asOf, standard);
}

QStringList DunningRun::missingFigures(const DunningLetterPlan &plan, const QString &ownText) const
{
    return DunningLetterDocument(m_database, m_actor).missingFigures(plan, ownText);
}

QString DunningRun::letterHtml(const DunningLetterPlan &plan, const Date &asOf) const
{
    return DunningLetterDocument(m_database, m_actor).html(plan, asOf);
}

std::optional<DunningLetterPlan> DunningRun::selectedPart(const DunningLetterPlan &plan, const Date &asOf) const
{
    if (std::all_of(plan.invoices.begin(), plan.invoices.end(), [](const DunningInvoiceLine &line) { return line.selected; }))
        return plan;
    const DunningSettings settings(m_database);
    const QList<DunningLevel> levels = settings.levels();
    DunningLetterPlan part = plan;
    part.invoices.clear();
    part.total = Money::zero(plan.currency);
    part.level = DunningLevel();
    part.level.level = 0;
    for (DunningInvoiceLine line : plan.invoices) {
        if (!line.selected)
            continue;
        line.interest.reset();
        if (line.movesUp && line.level > part.level.level && line.level <= levels.size())
            part.level = levels.at(line.level - 1);
        part.total += line.open;
        part.invoices << line;
    }
    // Only listed invoices left: sending them would repeat a level the customer already had.
    if (part.level.level == 0 || part.total.cents() < part.level.minimumCents)
        return std::nullopt;
    // A text edited for one level is not the letter of another.
    if (part.level.code != plan.level.code)
        part.ownText.clear();
    part.interest.reset();
    part.interestNote.clear();
    part.costs = part.costsVat = part.euCompensation = Money::zero(QStringLiteral("EUR"));
    part.costsVatAdded = false;
    part.costsVatRateBasisPoints = 0;
    part.costsChargeableFrom.reset();
    // The preview adds the currency to the file name of a customer with letters in several currencies.
    const bool multiCurrency = plan.fileName.startsWith(DunningPlanCalculator::fileBase(plan) + u'-' + plan.currency + u'.');
    DunningPlanCalculator(m_database).complete(part, asOf, multiCurrency);
    return part;
}

DunningCommitResult DunningRun::commit(const DunningPreview &preview, const QString &outDir,
                                       const DunningCommitOptions &options)
{
    bool stale = false;
    DunningCommitResult result = commitPreview(preview, outDir, options, stale);
    if (stale)
        throw ValidationError(tr("Another dunning run was committed after this preview was made; make the preview again."));
    return result;
}

DunningCommitResult DunningRun::commitDue(const Date &asOf, const QString &outDir, const DunningCommitOptions &options,
                                          const std::function<void(DunningPreview &)> &select, DunningPreview &preview)
{
    // Each new attempt means that another run committed meanwhile; what it sent is no longer due.
    for (int attempt = 0; attempt < 10; ++attempt) {
        preview = this->preview(asOf);
        if (select)
            select(preview);
        bool stale = false;
        DunningCommitResult result = commitPreview(preview, outDir, options, stale);
        if (!stale)
            return result;
    }
    throw ValidationError(tr("Other dunning runs kept being committed at the same time; try again."));
}

DunningCommitResult DunningRun::commitPreview(const DunningPreview &preview, const QString &outDir,
                                              const DunningCommitOptions &options, bool &stale)
{
    stale = false;
    DunningRunRepository runs(m_database);
    auto lastRun = [&runs] { return runs.lastRunId(); };
    // A first look, so that a stale preview is refused before anything is rendered; the check
    // that counts is repeated inside the write transaction below.
    if (lastRun() != preview.lastRunId) {
        stale = true;
        return DunningCommitResult();
    }
    std::vector<DunningLetterPlan> sending; // the ticked plans, each with its ticked invoices only
    for (const DunningLetterPlan &plan : preview.letters) {
        if (!plan.selected)
            continue;
        if (std::optional<DunningLetterPlan> part = selectedPart(plan, preview.asOf))
            sending.push_back(std::move(*part));
    }
    const int total = int(sending.size());
    DunningCommitResult result;
    if (total == 0)
        return result; // nothing selected: no run to record, no folder to make
    // Refused before any letter is rendered: an .eml without a valid sender is worse than none.
    if (options.eml) {
        if (const QString problem = EmlWriter::senderProblem(SettingsRepository(m_database).company().email); !problem.isEmpty())
            throw ValidationError(problem);
    }
    DunningLetterFolder folder(m_database, outDir);
    const DunningLetterFolder::Cleanup cleanup = folder.cleanUpLeftovers();
    result.recovered = cleanup.recovered;
    result.discarded = cleanup.discarded;
    const QDir &dir = folder.dir();

    // Everything is rendered before anything is recorded, each file into the run's staging folder
    // inside the output folder (so memory stays flat for thousands of letters, and the final
    // rename does not cross file systems): a failing render, or a cancel, records nothing and
    // leaves nothing. Rendering happens outside the write transaction, so that the database is not
    // locked for other users while thousands of letters are made.
    folder.startStaging();
    const DunningLetterDocument document(m_database, m_actor);
    struct Output
    {
        const DunningLetterPlan *plan;
        QString fileName; // the final name: the plan's, or with -2, -3, ... when taken
        QString staged;
        QString stagedEml;
        QString sha256;
    };
    std::vector<Output> outputs;
    QSet<QString> taken;
    for (const DunningLetterPlan &plan : sending) {
        if (options.progress && !options.progress(int(outputs.size()), total)) {
            result.cancelled = true;
            return result;
        }
        Output output{&plan, plan.fileName, QString::number(outputs.size()), QString(), QString()};
        // A letter already in the folder (an earlier run the same day) is never overwritten.
        const QFileInfo info(plan.fileName);
        for (int n = 2; taken.contains(output.fileName) || QFileInfo::exists(dir.filePath(output.fileName))
                        || QFileInfo::exists(dir.filePath(QFileInfo(output.fileName).completeBaseName() + QStringLiteral(".eml")));
             ++n)
            output.fileName = QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
        taken.insert(output.fileName);
        QByteArray content;
        if (plan.level.isHandOver()) {
            content = document.handOverCsv(plan, preview.asOf);
        } else {
            content = document.pdf(plan, preview.asOf);
            if (options.eml) {
                DunningLetterPlan named = plan;
                named.fileName = output.fileName;
                const QByteArray eml = document.eml(named, preview.asOf, content);
                if (eml.isEmpty()) {
                    result.withoutEmail << plan.customerNumber;
                } else {
                    output.stagedEml = output.staged + QStringLiteral(".eml");
                    folder.writeStaged(output.stagedEml, eml);
                }
            }
        }
        folder.writeStaged(output.staged, content);
        output.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        outputs.push_back(std::move(output));
    }
    if (options.progress && !options.progress(total, total)) {
        result.cancelled = true;
        return result;
    }

    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    // BEGIN IMMEDIATE: from here on no other run can commit until this one has. Whether the
    // preview still holds is decided only now, under that lock: two runs started together both
    // passed the first look above, and without this the second would send every letter again.
    Transaction transaction(m_database, DataChange::Dunning | DataChange::Documents | DataChange::Cases);
    if (lastRun() != preview.lastRunId) {
        stale = true;
        return DunningCommitResult();
    }
    std::vector<DunningLetterToRecord> records;
    for (const Output &output : outputs)
        records.push_back({output.plan, output.fileName, output.sha256});
    std::vector<qint64> letterIds;
    result.runId = runs.record(preview.asOf, now, m_actor, folder.absolutePath(), records, letterIds);
    // Each letter is also a contact with the customer, in the customer's own log and never in a
    // dispute case's: the case's invoices are on hold, so the letter is not about the case.
    // A hand-over file goes to a collection agency, not to the customer: no contact.
    QList<CustomerContact> contacts;
    for (size_t i = 0; i < outputs.size(); ++i) {
        const DunningLetterPlan &plan = *outputs[i].plan;
        const qint64 letterId = letterIds[i];
        if (plan.level.isHandOver()) {
            ++result.handOvers;
            continue;
        }
        ++result.letters;
        QStringList numbers;
        for (const DunningInvoiceLine &invoice : plan.invoices)
            numbers << invoice.number;
        CustomerContact contact;
        contact.customerId = plan.customerId;
        contact.date = preview.asOf;
        contact.channel = Channel::Letter;
        contact.direction = ContactDirection::Outbound;
        contact.summary = QCoreApplication::translate("dd::DunningRun", "%1 sent for %n invoice(s): %2", nullptr,
                                                      int(numbers.size()))
                              .arg(plan.level.name, numbers.join(QStringLiteral(", ")));
        if (!plan.ownText.isEmpty())
            contact.summary += u' ' + tr("(text edited before sending)");
        contact.letterKind = plan.level.code;
        contact.dunningLetterId = letterId;
        contacts << contact;
    }
    CustomerContactRepository(m_database).add(contacts);
    transaction.commit();

    // Only now do the files appear in the folder: a letter there has been recorded. A run that
    // dies during the moves leaves the rest in its marked staging folder, and the next run in this
    // folder moves them (DunningLetterFolder). The run is recorded whatever happens here: no error
    // after the commit, which would invite running it again; what could not be moved is reported.
    folder.markCommitted(result.runId);
    auto move = [&](const QString &staged, const QString &name) {
        if (folder.moveIntoPlace(staged, name))
            result.files << dir.filePath(name);
        else
            result.notMoved << dir.filePath(name);
    };
    for (const Output &output : outputs) {
        move(output.staged, output.fileName);
        if (!output.stagedEml.isEmpty())
            move(output.stagedEml, QFileInfo(output.fileName).completeBaseName() + QStringLiteral(".eml"));
    }
    return result;
}

} // namespace dd
