<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dd</name>
    <message>
        <source>Usage: disputedesk-cli &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
`disputedesk-cli &lt;command&gt; --help` describes a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in step %2; this can only be done in step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was found justified in full: nothing is left to collect; credit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all amounts of a cost-benefit assessment must be in one currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amounts of a cost-benefit assessment cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery probability must be from 0% to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the months to judgment cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship loss must be from 0% to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost of capital cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court fee table: %1 is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court fee table: %1 has no valid &quot;%2&quot; date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, bracket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a court fee period needs at least one bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last court fee bracket can be open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court fee brackets must be in ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest rate table: %1 has no valid &quot;%2&quot; date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest rate table: %1 has no valid &quot;%2&quot; rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored legal table period has an invalid date &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters are dated %1, a weekend day or public holiday on which nothing is posted. Date the run on the day the letters go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in %1 that state collection costs are held back: the costs are euro amounts by law and there is no euro rate on or before %2. Enter or import the rate (disputedesk-cli exchange-rates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The euro rates used for the collection costs are more than %1 days older than the letters: %2. Check that no newer rate is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment history&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AddContactCommand</name>
    <message>
        <source>log a contact in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter that was sent cannot be unsent: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AddFindingCommand</name>
    <message>
        <source>record finding &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AddInterestPeriodCommand</name>
    <message>
        <source>add the interest period from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AgingCommand</name>
    <message>
        <source>Aged receivables: open amounts by days overdue, per currency or per customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per customer instead of per currency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AgingTableModel</name>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>91–120 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 120 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund owed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AgingView</name>
    <message>
        <source>Aged receivables per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged receivables per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices: %1 · Customers with open invoices: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating the aged receivables as of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AmicableCommand</name>
    <message>
        <source>explain %1 amicably</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ArrangementCommand</name>
    <message>
        <source>record a payment arrangement for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BankMatchEdits</name>
    <message numerus="yes">
        <source>Book %n ticked entry(s) as payments?

Booking cannot be undone here: only a reversal on a later bank statement takes a booked payment back.</source>
        <translation>
            <numerusform>Book %n ticked entry as payments?

Booking cannot be undone here: only a reversal on a later bank statement takes a booked payment back.</numerusform>
            <numerusform>Book %n ticked entries as payments?

Booking cannot be undone here: only a reversal on a later bank statement takes a booked payment back.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BankMatchTableModel</name>
    <message>
        <source>%1
IBAN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BankReconciler</name>
    <message>
        <source>remittance names %1; amount equals what is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remittance names %1; partial payment of %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remittance names %1; pays %2 more than is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the IBAN paid for another customer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN known; the only open invoice of this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN known; %1 open invoices of this amount, the oldest taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN known; the amount pays all open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN known; no open invoice of this amount, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only open invoice of this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous: %1 have this amount open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open invoice found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked before as payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice to book it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2, %3): not booked: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the entry in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is of another customer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is used up before invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by hand: %1; %2 more than is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you rejected the proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credit of %1 %2 pays nothing; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken back by the bank (a reversal); not booked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank took it back (a reversal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opening balance of invoice %1 changed since the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reversal(s) by the bank: %1 undone, %2 to check by hand</source>
        <translation>
            <numerusform>%n reversal by the bank: %1 undone, %2 to check by hand</numerusform>
            <numerusform>%n reversals by the bank: %1 undone, %2 to check by hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::BankReconciliationView</name>
    <message>
        <source>&amp;Import Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a CAMT.053 bank statement and match its credits to open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tick proposals scoring at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100: the remittance names the invoices and the amount is what they have open; 80: a partial payment of named invoices; 75: the amount of the one open invoice of the customer the IBAN paid for before; 50: the only open invoice of this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book Ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the ticked entries as payments on their invoices, all in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice numbers, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals: import a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ticked, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Bank Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMT.053 statements (*.xml *.053);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was booked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Booked %n payment(s).</source>
        <translation>
            <numerusform>Booked %n payment.</numerusform>
            <numerusform>Booked %n payments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry of %1 now pays %2; book it with the other ticked proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entry does not pay these invoices: move it to the unmatched entries, where its invoices can be named by hand (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals: name the invoices of the unmatched entries below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry of %1 no longer pays %2; it is proposed for %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices paid by the selected entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n credit(s), of which %2 with a proposal, %3 unmatched, %4 booked before.</source>
        <translation>
            <numerusform>%1: %n credit, of which %2 with a proposal, %3 unmatched, %4 booked before.</numerusform>
            <numerusform>%1: %n credits, of which %2 with a proposal, %3 unmatched, %4 booked before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debit(s) left out.</source>
        <translation>
            <numerusform>%n debit left out.</numerusform>
            <numerusform>%n debits left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry of %1 no longer pays %2; name the invoices it pays under the unmatched entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BankReversals</name>
    <message>
        <source>payment %1 of %2 undone; open again: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit %1 (not booked) is taken back; it is no longer proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier credits fit this reversal; none was undone: check which one it takes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no earlier credit with this EndToEndId, reference or invoice; nothing was undone: check which of the %n payment(s) of this amount it takes back</source>
        <translation>
            <numerusform>no earlier credit with this EndToEndId, reference or invoice; nothing was undone: check which of the %n payment of this amount it takes back</numerusform>
            <numerusform>no earlier credit with this EndToEndId, reference or invoice; nothing was undone: check which of the %n payments of this amount it takes back</numerusform>
        </translation>
    </message>
    <message>
        <source>payment %1 of %2 was already reversed by hand on %3 by %4; nothing was undone: check that the bank&apos;s reversal is the same money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BatchInsert</name>
    <message>
        <source>A row of table %1 was refused by %2 as a duplicate; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CamtReader</name>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry with a bad amount &quot;%1 %2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without CdtDbtInd CRDT or DBIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep; this is not a bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry with a negative amount &quot;%1 %2&quot;; amounts in a statement are never negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a bank statement (CAMT.052, CAMT.053 or CAMT.054); the document is &lt;%1&gt; in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without a date: no BookgDt, no ValDt, and the statement has no CreDtTm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry&apos;s date &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transactions of this entry do not each give their amount; taken as one credit of the entry&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CaseAssessment</name>
    <message>
        <source>Case %1 was found justified in full: there is nothing to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest as entered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interest yet: it runs from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory interest (%1) from %2 to %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection costs: a consumer owes them only after a valid 14-day letter (art. 6:96 lid 6 BW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection costs by the statutory scale (art. 6:96 BW): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery probability as estimated: %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery probability from the customer&apos;s payment history: %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection costs yet: the term of the 14-day letter of %1 runs until %2 (14 days after the assumed receipt); they count from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee for a claim of %1, paid by the claimant: %2 (to verify: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee for a claim of %1, paid by the claimant: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in %2, and collection costs and court fees are euro amounts: enter the euro rate of %2 for %3 first (disputedesk-cli exchange-rates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro amounts converted at 1 EUR = %1 %2 (rate of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection costs by the statutory scale (art. 6:96 BW) on %1: %2, that is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is in %2: an estimate in %3 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CaseBookkeeping</name>
    <message>
        <source>There is no dispute case with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery probability must be from 0% to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the payment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery probability: %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: name the controller who takes over the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CliApplication</name>
    <message>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CliCommand</name>
    <message>
        <source>The DisputeDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output as table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to compute for (YYYY-MM-DD); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CloseCommand</name>
    <message>
        <source>close %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed with its credit notes issued, which cannot be taken back: closing it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CollectionCosts</name>
    <message>
        <source>the principal must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one late invoice is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CollectionCostsCommand</name>
    <message>
        <source>Statutory collection costs (art. 6:96 BW), with the breakdown per bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unpaid principal, without interest (1234.56 or 1.234,56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor: consumer (default) or business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 21% VAT (for a creditor that cannot deduct VAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business: the number of late invoices for the EU compensation of EUR 40 each (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer: due only after a valid 14-day letter (art. 6:96 lid 6 BW) that states this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business: the scale is the default unless the contract agrees otherwise; the alternative is EUR 40 per late invoice (Directive 2011/7/EU art. 6, CJEU C-585/20), due without reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ColumnMapping</name>
    <message>
        <source>the mapping is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; in the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dateFormat &quot;%1&quot; in the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;decimal&quot; must be &quot;comma&quot; or &quot;point&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names an unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column of &quot;%1&quot; must be a header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amicable settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not dun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the euro rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer promised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path if unjustified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT exemption code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT exemption reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CompanyCommand</name>
    <message>
        <source>The company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: also the place before a letter&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country, ISO 3166 code (NL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account customers pay into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC of that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber of Commerce (KvK) number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number (NL123456789B01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of the credit note numbers (CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the company details of letters and credit notes; the options given change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing for credit notes and letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CompanySettings</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the company&apos;s %2, which are not filled in. Fill them in under Settings ▸ Company and Letters in the program, or with disputedesk-cli company, then try again; nothing was issued or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CompanySettingsCommand</name>
    <message>
        <source>change the company details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CompanySettingsDialog</name>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters (ISO 3166), e.g. NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and &apos;-&apos;; numbers read PREFIX-YEAR-NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KvK number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note pre&amp;fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment term in letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Built-in Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example Customer B.V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example Street 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amsterdam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J. de Vries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed; saved on OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the case when the letter is made (or misspelt): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for the Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the advanced: the template as the HTML that is stored, placeholders included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields such as {{company.name}} and {{customer.name}} are filled in when the letter is made: put them in with Insert Field. The preview fills in the company above and an example customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ConcludeVerificationCommand</name>
    <message>
        <source>conclude verification of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclude verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ConnectDatabaseDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name or address, or the folder of its Unix socket (starting with /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow: encrypt when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: encrypt, and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypt, and check the certificate and the server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass, PGPASSWORD or PGSERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keychain, never in DisputeDesk&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CopyCommand</name>
    <message>
        <source>Copies a whole database between a file and a team database, and compares both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy: a file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or a postgresql:// URL of an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied to %1; both sides identical.</source>
        <translation>
            <numerusform>%n row copied to %1; both sides identical.</numerusform>
            <numerusform>%n rows copied to %1; both sides identical.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::CopyDatabaseDialog</name>
    <message>
        <source>A new &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;team database (PostgreSQL), empty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Database To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every customer, invoice, payment, case, credit note and document of %1, with its audit trail, to another place. The copy is checked table by table: the same rows and the same amounts on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CostBenefitAssessment</name>
    <message>
        <source>Go to court. With a %1% chance of recovery, collecting through the court is expected to bring %2 more than writing the claim off as goodwill: %3 expected back, minus %4 in court, summons and representative costs, %5 for waiting %6 months and %7 of customer relationship at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider goodwill. With a %1% chance of recovery, going to court is expected to cost %2 more than writing off the %3 claim: %4 expected back, minus %5 in court, summons and representative costs, %6 for waiting %7 months and %8 of customer relationship at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court pays off above a %1% chance of recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even a certain recovery would not cover the costs of court.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CostBenefitCommand</name>
    <message>
        <source>Cost-benefit of legal collection versus goodwill for a case; --record keeps it with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your estimate of the chance to recover, in percent (default: from the customer&apos;s payment history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest to date, when you know better than the rate table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailiff&apos;s summons costs (default 110.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer or agency costs (default 250.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months to judgment (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the assessment with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--probability must be a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment recorded with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CostBenefitTable</name>
    <message>
        <source>Claim (unjustified part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory interest to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee, awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summons costs, awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim awarded by the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected recovery: %1% of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n month(s) at %1% cost of capital a year</source>
        <translation>
            <numerusform>Waiting %n month at %1% cost of capital a year</numerusform>
            <numerusform>Waiting %n months at %1% cost of capital a year</numerusform>
        </translation>
    </message>
    <message>
        <source>Court fee, paid up front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summons costs, paid up front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer or agency, not awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer relationship at stake: %1% of %2 yearly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain of legal collection over goodwill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CostBenefitView</name>
    <message>
        <source>Use for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use payment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with the case and in its audit trail; Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability is the estimate set for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability follows from the customer&apos;s payment history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CourtFeeCommand</name>
    <message>
        <source>Court fee (griffierecht) at the kantonrechter by claim and kind of party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount claimed (1234.56 or 1.234,56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of filing (YYYY-MM-DD); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee table is marked &quot;to verify&quot; for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party that sues, and so pays the fee: organisation, person or low-income (a person with little income).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old name of --claimant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CourtFeeTable</name>
    <message>
        <source>court fee brackets: not a valid JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court fee table: not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court fee table: no periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court fee table: %1 has no &quot;from&quot; date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped court fee table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a court fee period needs a first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a court fee period must end on or after its first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no court fees are known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no court fee table is known for %1 (the first table starts %2; add the period in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim above %1 goes to the rechtbank; its court fees are not in the kantonrechter table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the court fee table in force on %1 has no bracket for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lowIncome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the court fee of a claimant with little income is not in the table in force on %1; add it in the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditCommand</name>
    <message>
        <source>credit the justified part of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued credit note cannot be taken back: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteCalculator</name>
    <message>
        <source>Name at least one line of invoice %1 to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2 (it has %3 lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be in %1, the currency of invoice %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no amount to credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteExportCommand</name>
    <message>
        <source>Writes an issued credit note as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an issued credit note as UBL 2.1 CreditNote (Peppol BIS Billing 3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note number, e.g. CN-2026-000001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain EN 16931, without the Peppol rules (for a buyer without a Peppol address).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteFileSaver</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Credit Note as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Credit Note as Peppol UBL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Credit Note as EN 16931 UBL (not Peppol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBL invoices (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Peppol Credit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 cannot go over Peppol: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the customer the PDF instead. A plain EN 16931 UBL file follows the European standard without the Peppol rules: fine for the customer&apos;s bookkeeping, but a Peppol access point refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;EN 16931 UBL (not Peppol)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteIssueCommand</name>
    <message>
        <source>Issues a credit note for an invoice (all of it, some lines, or an amount) and prints its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to credit, including VAT (default: all that is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice lines to credit in full, e.g. 1,3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the invoice is credited (printed on the credit note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispute case the credit comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the credit note (YYYY-MM-DD); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the credit note as PDF to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the credit note as UBL 2.1 (Peppol) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --amount or --lines, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lines: &quot;%1&quot; is not a list of line numbers such as 1,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1 was issued, but %2 could not be written (%3). Do not issue it again; write the file with: disputedesk-cli credit-note %4 %1 --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write --ubl as plain EN 16931, without the Peppol rules (for a buyer without a Peppol address).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteListView</name>
    <message>
        <source>&amp;Issue Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credit note(s)</source>
        <translation>
            <numerusform>%n credit note</numerusform>
            <numerusform>%n credit notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteService</name>
    <message>
        <source>A credit note needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit either an amount or lines, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to credit (status: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be dated before invoice %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of invoice %2 has already been credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must credit more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note number %1 is already in use; change the prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 changed while the credit note was made; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be dated after today (%1): %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit notes of %1 already run to %2: a new one cannot be dated earlier (%3), or its number would come after a note of a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the euro rate of %1 for %2 first (disputedesk-cli exchange-rates --currency %1 --date %2 --rate R, or --import the ECB&apos;s file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note in %1 states its VAT in euros too (VAT Directive art. 230), at the rate of invoice %2&apos;s date, and there is no euro rate for %1 on or before %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest euro rate of %1 before invoice %2&apos;s date (%3) is of %4, more than %5 days earlier: the VAT in euros would rest on an outdated rate. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 cannot go over Peppol: %2. Send the PDF instead, or a plain EN 16931 UBL file without the Peppol rules (--en16931%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note of %1 exceeds what invoice %2 still comes to after earlier credit notes (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CreditNotesCommand</name>
    <message>
        <source>Lists the issued credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the credit notes of this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CsvImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not an ISO currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required column &quot;%1&quot; (or &quot;%2&quot; for one row per invoice line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another row of the same invoice was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate number %1 in the file (also on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is neither business nor consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: &quot;%1&quot; is neither nl nor en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment_term_days: &quot;%1&quot; is not a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in the file (also on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in the file: line %2 has another customer, date or currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total_incl %1 does not match the lines (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has neither a total_incl nor lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total_excl %1 plus vat %2 is not total_incl %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due_date %1 is before issue_date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: a payment must be positive, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iban: &quot;%1&quot; is not an IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the payment in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same payment (customer, date, amount, reference) is also on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: the header name contains a control character (U+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of credit note %1 are not together, or its number is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the credit note in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodwill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued_at: &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_eur, eur_rate_date and eur_rate go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eur_rate: &quot;%1&quot; is not a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from line %2, the first of credit note %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line_no: &quot;%1&quot; is not the next line of credit note %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice_line_no: &quot;%1&quot; is not a line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals %1 + %2 = %3 do not match its lines (%4 + %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in the series of %1 but issued in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 is not in the database: import the disputes before the credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 is not about invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has a credit note with this number and other content; an issued credit note is never changed or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is number %1 of the %2 series, which continues at %3 here: the series must stay without gaps or doubles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 of %2 would be credited %3 with %4 paid: more than its total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peppol_id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do_not_dun: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: &quot;%1&quot; is not a reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit_decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the case in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices: &quot;%1&quot; is not NUMBER=AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices: %1 disputed on invoice %2 is not between 0 and its total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices: a case is about at least one invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed %1 is not the sum of the invoices&apos; parts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: case %2 cannot be in this state: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 comes after the verdict, and there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verdict is given in step decide; the case is in step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case with a verdict has the date it was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justified in full is all of the disputed %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the justified part %1 must be more than zero and less than the disputed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a (partly) justified case has a justified part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a (partly) justified case is credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a case with an unjustified part follows a path for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amicable state %1 does not go with path %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodwill %1 is not between 0 and the unjustified part %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodwill is written off on the goodwill path, and only there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 comes after the resolution, and the case is not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed case has an outcome, an open one none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed case has the date it was closed, an open one none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a (partly) justified case is closed with its lessons recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is already disputed in open case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: case %2 exists with &quot;%3&quot;, the file has &quot;%4&quot;; an import never changes a case: change it through the decision tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a total row (&quot;%3&quot;) was recognised and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the header is on line %2; the %n line(s) above it were skipped</source>
        <translation>
            <numerusform>%1: the header is on line %2; the %n line above it was skipped</numerusform>
            <numerusform>%1: the header is on line %2; the %n lines above it were skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>the mapping names no column for the required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepaid: %1 is positive; a prepayment received is a payment (paid), only money paid back to the buyer (negative) is kept as prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1: a credit note (negative total %2) is read from its totals, not from lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invoice %2 has a negative total %3; nothing can be %1 on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits: invoice %1 has a positive total; only a credit note (a negative total) corrects another invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is negative; it must lie between 0 and the total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is more than the total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid %1, credited %2 and open %3 together are more than the total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_category: &quot;%1&quot; is not a VAT category (S, Z, E, AE, K, G, O, L or M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_rate: VAT category %1 charges no VAT; its rate is 0, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its open, paid and credited amounts in the file were not applied either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated: %1 is not between 0 and the amount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice: &quot;%1&quot; is not NUMBER=AMOUNT with a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice: the parts (%1) exceed what the payment allocates (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credited: credit note %1 of %2 cannot have %3 of it applied; it lies between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1: an overpaid invoice; import the overpayment as a payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerCardDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Payment term: %n day(s)</source>
        <translation>
            <numerusform>Payment term: %n day</numerusform>
            <numerusform>Payment term: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 owed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: open %2 (%n invoice(s))</source>
        <translation>
            <numerusform>%1: open %2 (%n invoice)</numerusform>
            <numerusform>%1: open %2 (%n invoices)</numerusform>
        </translation>
    </message>
    <message>
        <source>refund owed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerContactRepository</name>
    <message>
        <source>A contact needs a date and a summary of what was said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerContactsCommand</name>
    <message>
        <source>Lists a customer&apos;s contact log, newest first (the dunning letters sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number is the key of imports and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers fall under other rules for collection costs and interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the customer&apos;s letters and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters (ISO 3166), e.g. NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several addresses separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoicing (Peppol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None entered: derived from the VAT number, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None entered: a consumer receives credit notes as PDF, not over Peppol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None entered, and the VAT number gives none: credit notes cannot go over Peppol.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerDoNotDunCommand</name>
    <message>
        <source>Marks a customer &quot;do not dun&quot; (no dunning letters); --off lifts the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the mark: the customer is dunned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: do not dun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: dunned again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerListView</name>
    <message>
        <source>Search customer number, name or city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer to edit its details; its invoices are in the context menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerPeppolCommand</name>
    <message>
        <source>Shows or sets a customer&apos;s Peppol participant id (scheme:identifier, e.g. 0106:12345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant id: an EAS scheme and the identifier, e.g. 0208:0417497106.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the participant id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --id or --clear, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Peppol participant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the VAT number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol participant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character (a tab or line break pasted in?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer needs a name: it heads every letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166), e.g. NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days is not a payment term (0 to %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 no longer exists: it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerStatementTab</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices, credit notes or payments up to this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: owed back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CustomerTableModel</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DashboardView</name>
    <message>
        <source>Reasons for disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational and product-technical disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list the cases with that reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a slice to list the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list the cases in that step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO (countback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases past response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; charts over the cases received from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for disputes: none received in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for disputes (Pareto, cases received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s), %2 (%3 of the cases, cumulative %4)</source>
        <translation>
            <numerusform>%1: %n case, %2 (%3 of the cases, cumulative %4)</numerusform>
            <numerusform>%1: %n cases, %2 (%3 of the cases, cumulative %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisational vs product-technical (reference %1 organisational)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating the figures as of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>%1 uses an older database version and must be opened for writing once to be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not report the new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of DisputeDesk (database version %2; this program knows up to %3). Update DisputeDesk to open it; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCopy</name>
    <message>
        <source>A database cannot be copied onto itself (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); a database is only copied into a new file or an empty database. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a DisputeDesk database of an older version; a database is only copied into a new file or an empty database. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no table %2; it is not a complete DisputeDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has tables this version of DisputeDesk does not copy: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in %1 differs from the source in table %2: the source has %3, the copy %4. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCopyRunner</name>
    <message>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database to %1: %2 of %3 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database was copied to %1: %n row(s) in %2 tables. Every table has the same rows and the same amounts on both sides.</source>
        <translation>
            <numerusform>The database was copied to %1: %n row in %2 tables. Every table has the same rows and the same amounts on both sides.</numerusform>
            <numerusform>The database was copied to %1: %n rows in %2 tables. Every table has the same rows and the same amounts on both sides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DecideCommand</name>
    <message>
        <source>decide %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DecisionTreeWidget</name>
    <message>
        <source>Decision tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justified part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain, arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write off once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DemoCommand</name>
    <message>
        <source>Creates a database filled with demo customers, invoices and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers (default 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of invoices (default 6000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the last invoice (YYYY-MM-DD); default today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DemoDataGenerator</name>
    <message>
        <source>Demo data needs at least one customer and no negative number of invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data; demo data is only added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DemoDataLoader</name>
    <message>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeCaseView</name>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a note for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a partly justified verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: what the findings show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the invoice stands, with the agreements and facts that show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts and dates of the instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the amount is written off; the letter tells the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong internally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, Billing, Logistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What prevents it next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the step is taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop evidence files here to attach them to a new finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague, the contract, an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the list, or open one from an invoice (right-click it in the invoice list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on dunning hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet; the customer was promised an answer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justified part credited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amicable: payment arrangement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amicable: paid after explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amicable: explained, awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over for legal collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodwill: %1 written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit justified part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amicable: explain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment arrangement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: to Learn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-benefit assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess legal collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record findings or contacts below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a wrong move: back to %1, recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact finding: consult the colleagues involved and read the agreements. Each fact becomes a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings are complete; the case goes to a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note is issued for the justified part, %1. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer paid the unjustified part after the explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim of %1 goes to a collection agency or lawyer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part of the claim has been dealt with; record what the case teaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already had goodwill in case %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give goodwill again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes back from %1 to %2; what was decided there no longer stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-benefit of legal collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justified amount is not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14-day letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter to the customer was the statutory 14-day letter (art. 6:96 lid 6 BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14-day letter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written off once, as a commercial choice, with a goodwill credit note in the credit-note series; an issued credit note cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason printed on the credit note for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note on invoice %1: %2 (excl. VAT %3, VAT %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is paid: a refund of %2 is due to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued credit note cannot be taken back: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible: %1 is still open on the invoices of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the case to another controller, recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by %1 now. Hand the case to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still open on the invoices of this case: it cannot close as &quot;Paid&quot; or &quot;Collected&quot; until that is settled. Record the payment first, or choose the outcome that happened; the invoices stay on dunning hold until they are settled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeCliCommand</name>
    <message>
        <source>Who does this, for the audit trail (default: your login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 TEXT is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeCloseCommand</name>
    <message>
        <source>Closes a case with its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeCodes</name>
    <message>
        <source>Hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unjustified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeContactCommand</name>
    <message>
        <source>Records a contact with the customer about a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in (from the customer) or out (from us).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a letter we sent: its kind, e.g. fourteen-day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the contact (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction must be in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--letter is for a letter we sent: --channel letter --direction out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeDecideCommand</name>
    <message>
        <source>Gives the verdict: justified, partly justified or unjustified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justified, partly or unjustified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justified amount (with --verdict partly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the verdict&apos;s substantiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verdict must be justified, partly or unjustified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verdict partly needs --amount X, the justified part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount goes with --verdict partly only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeEditor</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeFindingCommand</name>
    <message>
        <source>Records a finding (with evidence files) while verifying a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what the fact comes from (a colleague, a contract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom it supports: customer, us or neutral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file kept as evidence (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction must be customer, us or neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with %n evidence file(s)</source>
        <translation>
            <numerusform>with %n evidence file</numerusform>
            <numerusform>with %n evidence files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DisputeLearnCommand</name>
    <message>
        <source>Records what went wrong internally, the department and the preventive action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong internally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action that prevents it from happening again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeListView</name>
    <message>
        <source>Answer &amp;late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search case number, customer number or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open cases whose promised answer is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeOpenCommand</name>
    <message>
        <source>Opens a case for a customer&apos;s complaint and prints its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disputed invoice (repeat for more invoices of the same customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disputed amount, with one invoice (default: all that is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code (see `disputedesk-cli reasons`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the complaint came in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact person at the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the complaint was received (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who handles the case (default: --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--invoice NUMBER is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount goes with a single --invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: &quot;%1&quot; is not a reason code (see `disputedesk-cli reasons`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeReassignCommand</name>
    <message>
        <source>Hands a case to another controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who handles the case from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeReport</name>
    <message>
        <source>The report needs a period and an as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeResolveCommand</name>
    <message>
        <source>Resolves a case: credit, amicable, arrangement, paid, legal or goodwill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit (the justified part), amicable (explain why the invoice stands), arrangement (instalments agreed), paid (paid after explanation), legal (hand over for collection) or goodwill (write off once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation (amicable), the instalments (arrangement), the reason (goodwill), or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--path must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--path %1 needs --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 already had goodwill in case %2 (%3); goodwill is meant to be given once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeRulesCommand</name>
    <message>
        <source>Shows the dispute rules of the database; the options given change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise an answer this many business days after receipt (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about a product when this many customers complained (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...within this many days (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the dispute rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeRulesDialog</name>
    <message>
        <source>Dispute Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules are kept in the database, so everyone who works in it uses the same ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise an answer &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about a product after complaints from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...received within the last:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeService</name>
    <message>
        <source>There is no dispute case with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute is about at least one invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code; see the list of reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the customer&apos;s own story: why do they not pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute needs the date the complaint was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer; one case covers one customer&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is in %2, the other invoices of the case in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is already disputed in open case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disputed amount of invoice %1 must be in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open to dispute, or the amount is not positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disputed amount %1 exceeds what is open on invoice %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint received by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs its source (a colleague, a document) and what it establishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a verdict: justified, partly justified or unjustified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why: a verdict needs its rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partly justified verdict needs the justified amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justified amount must be in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justified part must be more than zero and less than the disputed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain, with substantiation, why the invoice stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the payment arrangement: amounts and dates of the instalments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why goodwill is given: the letter tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this customer already had goodwill in case %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback needs what went wrong, the department responsible and the action that prevents it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the step is taken back: the audit trail keeps the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a summary of what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of case %1 is still open: there is nothing to write off as goodwill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill (coulance) in case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 is larger than %2 MB, the most DisputeDesk keeps; keep it elsewhere and say where in the finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is no longer in step %2; that edit cannot be undone any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot go back to step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact finding started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact finding concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot close as paid: %2 is still open on its invoices on %3. Record the payment first, or choose the outcome that happened; the invoices stay on dunning hold until they are settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot close as collected: %2 is still open on its invoices on %3. Money collected is money received: record the payment first, or choose the outcome that happened; the invoices stay on dunning hold until they are settled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeSettings</name>
    <message>
        <source>The response time must be 1 to 60 business days (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning needs complaints from 2 to 1,000 customers (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning window must be 7 to 3,650 days (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeShowCommand</name>
    <message>
        <source>Shows a case in full, with findings, contacts and audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output as text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 by %2, answer promised by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(OVERDUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: %2 disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 (%2 justified) - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeStepBackCommand</name>
    <message>
        <source>Takes a case back one step to correct a wrong move (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the step is taken back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeTableModel</name>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet; the customer was promised one by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeUndoCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen %1 (step back to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 back from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputeWorkflow</name>
    <message>
        <source>Case %1 is closed; reopen it (step back) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no findings yet: a conclusion needs at least one established fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was found unjustified: there is nothing to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justified part of case %1 has already been credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 already follows a path for the unjustified part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment arrangement follows the amicable explanation of case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment after explanation is recorded on the amicable path of case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal collection of case %1 comes only after an amicable attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer of case %1 has paid; there is nothing to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a cost-benefit assessment for case %1 before choosing legal collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer of case %1 is a consumer: the statutory 14-day letter must be sent before legal collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 already follows the %2 path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer of case %1 has paid; there is nothing to write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not resolved yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the justified part still has to be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unjustified part still needs payment, an arrangement, legal collection or goodwill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was (partly) justified: record what went wrong, the department and the preventive action before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is at its first step; there is no step to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputesCommand</name>
    <message>
        <source>Lists dispute cases, filtered by step, reason, assignee or an overdue answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cases of this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases not answered by the promised date (as of --as-of).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: &quot;%1&quot; is not a reason code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DisputesView</name>
    <message>
        <source>Products with repeated complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with repeated complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DoNotDunCommand</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not dun %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dun %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DocumentFiles</name>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DocumentTemplates</name>
    <message>
        <source>The built-in template %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningHistoryDialog</name>
    <message>
        <source>Dunning History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) and hand-over file(s) sent to %1, newest first.</source>
        <translation>
            <numerusform>%n letter and hand-over file sent to %1, newest first.</numerusform>
            <numerusform>%n letters and hand-over files sent to %1, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer is marked &quot;do not dun&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has not been in a dunning letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 was in %n letter(s); the level it reached: %2.</source>
        <translation>
            <numerusform>Invoice %1 was in %n letter; the level it reached: %2.</numerusform>
            <numerusform>Invoice %1 was in %n letters; the level it reached: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice level after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n):</source>
        <translation>
            <numerusform>Contacts (%n):</numerusform>
            <numerusform>Contacts (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningLetterActions</name>
    <message>
        <source>No program on this computer opens folders from here. The files are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up on this computer to open %1 files, so the letter could not be shown. It was written to %2 — &lt;a href=&quot;%3&quot;&gt;open the folder&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this letter will be sent: tick an invoice that moves up a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter to %1 goes out with the standard text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter to %1 goes out with your text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningLetterDocument</name>
    <message>
        <source>The dunning template %1 (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over is a file for the collector, not a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dunning letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningLetterEditDialog</name>
    <message>
        <source>&amp;Revert to Standard Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Letter — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You change the wording of this letter, not its figures. The invoice table, the amounts, the interest and costs and the date to pay by stand in the text as fields such as {{dunning.total}} and {{dunning.invoices}}; the dunning run fills them in as it computed them (the preview on the right shows the result). The edited text is written and recorded for this customer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text lost figures the letter must state: %1. Put them back (or revert to the standard text); the run fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningLetterFolder</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningLevel</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of default / 14-day letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningPreviewModel</name>
    <message numerus="yes">
        <source>%1: %n hand-over file(s)</source>
        <translation>
            <numerusform>%1: %n hand-over file</numerusform>
            <numerusform>%1: %n hand-over files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n letter(s)</source>
        <translation>
            <numerusform>%1: %n letter</numerusform>
            <numerusform>%1: %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invoice(s)</source>
        <translation>
            <numerusform>Skipped: %n invoice</numerusform>
            <numerusform>Skipped: %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not handed over (tick to hand over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: no ticked invoice moves up a level, or the total is below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14-day letter, costs from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed, its level stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level, customer, invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningRun</name>
    <message>
        <source>Another dunning run was committed after this preview was made; make the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent for %n invoice(s): %2</source>
        <translation>
            <numerusform>%1 sent for %n invoice: %2</numerusform>
            <numerusform>%1 sent for %n invoices: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Other dunning runs kept being committed at the same time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot state the statutory interest (%1) and will say it is calculated on payment. Add the interest rates for %2 first (Settings ▸ Interest Rates and Court Fees, or disputedesk-cli interest-rates --add).</source>
        <translation>
            <numerusform>%n letter cannot state the statutory interest (%1) and will say it is calculated on payment. Add the interest rates for %2 first (Settings ▸ Interest Rates and Court Fees, or disputedesk-cli interest-rates --add).</numerusform>
            <numerusform>%n letters cannot state the statutory interest (%1) and will say it is calculated on payment. Add the interest rates for %2 first (Settings ▸ Interest Rates and Court Fees, or disputedesk-cli interest-rates --add).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) state interest computed with rates marked &quot;to verify&quot; in the interest table. Check those periods against their publication in the Staatsblad (Settings ▸ Interest Rates and Court Fees) before sending.</source>
        <translation>
            <numerusform>%n letter states interest computed with rates marked &quot;to verify&quot; in the interest table. Check those periods against their publication in the Staatsblad (Settings ▸ Interest Rates and Court Fees) before sending.</numerusform>
            <numerusform>%n letters state interest computed with rates marked &quot;to verify&quot; in the interest table. Check those periods against their publication in the Staatsblad (Settings ▸ Interest Rates and Court Fees) before sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>(text edited before sending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningRunCommand</name>
    <message>
        <source>Dunning run: preview which customers get which letter; --commit writes the letters and records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letters and record them in the dunning history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --commit: the folder for the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --commit: also write each letter as an e-mail (.eml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --commit: also write the hand-over files (a human decision; left out otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who commits the run (default: your login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of DATE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--commit needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out, --eml and --hand-over go with --commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 letters, %3 hand-overs written to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address known, no .eml written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed, level stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of an earlier run that was interrupted after it was recorded were moved into the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is recorded, but these files could not be moved into the folder; the next run in the folder moves them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs in EUR on %1 EUR (1 EUR = %2 %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter file(s) of an earlier run that was interrupted before it was recorded were deleted; they were never sent.</source>
        <translation>
            <numerusform>%n letter file of an earlier run that was interrupted before it was recorded was deleted; it was never sent.</numerusform>
            <numerusform>%n letter files of an earlier run that was interrupted before it was recorded were deleted; they were never sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DunningRunMessages</name>
    <message>
        <source>Dunning Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the letters go out:

%1

Send them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write and Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write and record %n letter(s)</source>
        <translation>
            <numerusform>Write and record %n letter</numerusform>
            <numerusform>Write and record %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n hand-over file(s)</source>
        <translation>
            <numerusform> and %n hand-over file</numerusform>
            <numerusform> and %n hand-over files</numerusform>
        </translation>
    </message>
    <message>
        <source>Total claimed (open amounts): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded run cannot be undone: the letters go into the dunning history and the customers&apos; contact logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address known, no .eml written for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of an earlier run that was interrupted after it was recorded were moved into the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is recorded, but these files could not be moved into the folder; the next run in the folder moves them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n letter(s) written to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; and recorded.</source>
        <translation>
            <numerusform>Run %1: %n letter written to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; and recorded.</numerusform>
            <numerusform>Run %1: %n letters written to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; and recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-over file(s) written with them.</source>
        <translation>
            <numerusform>%n hand-over file written with them.</numerusform>
            <numerusform>%n hand-over files written with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter file(s) of an earlier run that was interrupted before it was recorded were deleted; they were never sent.</source>
        <translation>
            <numerusform>%n letter file of an earlier run that was interrupted before it was recorded was deleted; it was never sent.</numerusform>
            <numerusform>%n letter files of an earlier run that was interrupted before it was recorded were deleted; they were never sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DunningSettings</name>
    <message>
        <source>Dunning needs at least one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dunning level code &quot;%1&quot; may hold only a-z, 0-9 and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dunning level code &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning level &quot;%1&quot;: days, interval and minimum cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning level &quot;%1&quot; comes before the previous level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment term of a reminder must be 1 to 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs can be charged at the earliest 17 days after posting: receipt is assumed 2 business days after posting, then the debtor has 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningSkip</name>
    <message>
        <source>on dispute hold (case %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a payment arrangement (case %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum of %1 for this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer marked &quot;do not dun&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no euro rate for %1 on or before the letter date: the collection costs, euro amounts by law, cannot be stated (disputedesk-cli exchange-rates)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DunningView</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;Not Dun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;k All Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also as &amp;e-mail (.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write and Record Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every letter; hand-over files stay as they are, each is a decision of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning run preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected customer&apos;s letter as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters sent before to the selected customer, or listing the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected customer no dunning letters (their invoices are skipped) or lift that mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send on this date: no invoice has reached its next level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-over(s)</source>
        <translation>
            <numerusform>%n hand-over</numerusform>
            <numerusform>%n hand-overs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) skipped</source>
        <translation>
            <numerusform>%n invoice skipped</numerusform>
            <numerusform>%n invoices skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s) in all</source>
        <translation>
            <numerusform>%n overdue invoice in all</numerusform>
            <numerusform>%n overdue invoices in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Dun &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing letter %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded and no letter was left in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ticked: %n letter(s)</source>
        <translation>
            <numerusform>ticked: %n letter</numerusform>
            <numerusform>ticked: %n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;it Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the wording of the selected customer&apos;s letter before it is written; the figures stay as computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::EcbRatesFile</name>
    <message>
        <source>%1, line %2: not an ECB reference rate file: the first line must be &quot;Date&quot; followed by currency codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, field Date: &quot;%3&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 rates for %4 currencies in the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, field %3: &quot;%4&quot; is not a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: not an ECB reference rate file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::EmlWriter</name>
    <message>
        <source>An e-mail (.eml) is sent from the company&apos;s e-mail address, which is not filled in. Fill it in under Settings ▸ Company and Letters ▸ E-mail (or disputedesk-cli company --email), then try again; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s e-mail address &quot;%1&quot; (Settings ▸ Company and Letters ▸ E-mail) is not a valid address, so an e-mail (.eml) cannot be sent from it. Correct it, then try again; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRate</name>
    <message>
        <source>a %1 rate cannot convert an amount in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a euro rate converts euros, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRateRepository</name>
    <message>
        <source>A euro rate needs a currency other than EUR (three capital letters), a date and a rate above zero: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRateTableModel</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRatesCommand</name>
    <message>
        <source>Shows the euro reference rates; --rate enters one, --import reads the ECB&apos;s rate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this currency (GBP); with --rate the currency of the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters a rate: units of the currency per euro, as the ECB quotes it (0.8613 for 1 EUR = 0.8613 GBP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the rate entered (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the ECB&apos;s reference rates file eurofxref.csv or eurofxref-hist.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate and --import cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate needs --currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date belongs to --rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate: &quot;%1&quot; is not a rate above zero with at most six decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rates read from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ECB Reference Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECB rate files (eurofxref*.csv);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro reference rates: how many units of a currency one euro buys (1 EUR = 0.8613 GBP), as the ECB quotes them. A credit note in another currency states its VAT in euros at the rate of the invoice date, or the latest rate before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rates of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import ECB File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eurofxref.csv (one day) or eurofxref-hist.csv (every day since 1999) from the ECB&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units per euro, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n rate</numerusform>
            <numerusform>%n rates</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not the three-letter code of a currency other than the euro (e.g. GBP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: &quot;%1&quot; is not a rate above zero with at most six decimals (units of %2 per euro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: 1 EUR = %1 %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rate(s) from %1.</source>
        <translation>
            <numerusform>Imported %n rate from %1.</numerusform>
            <numerusform>Imported %n rates from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ExportCommand</name>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports customers, invoices, payments, disputes or credit notes as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers, invoices, payments, disputes or credit-notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind customers|invoices|payments|disputes|credit-notes is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be customers, invoices, payments, disputes or credit-notes, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FieldLimits</name>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FileNameIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FileWriteProblem</name>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written completely: the disk may be full or no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FinishResolutionCommand</name>
    <message>
        <source>finish the resolution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FourteenDayLetter</name>
    <message>
        <source>A 14-day letter is sent once the invoice is overdue: it is due on %1, the letter is dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::GoodwillCommand</name>
    <message>
        <source>give goodwill on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goodwill credit note cannot be taken back: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ImportCommand</name>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%n error in %1; nothing was imported</numerusform>
            <numerusform>%n errors in %1; nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <source>A JSON column mapping for this source (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and write the rejected ones to FILE.rejected.csv next to the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (1.234,56) or point (1,234.56); default: comma for semicolon files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is a UBL 2.1 invoice, or a folder of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to a CSV import (--kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping: %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping: %1 is a mapping for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decimal must be comma or point, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left over from an import into %2 that did not finish; it may be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports customers, invoices, payments, disputes or credit notes (CSV), UBL invoices or a bank statement (CAMT.052/.053/.054, MT940, .zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the CSV file holds: customers, invoices, payments, disputes or credit-notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY or auto (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is a bank statement: CAMT.053 (or a CAMT.052 account report, CAMT.054 notification), MT940 or a .zip of them (told apart by content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --bank: book the proposed matches scoring at least SCORE (0-100) as payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --kind KIND, --ubl or --bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm-above belongs to --bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be customers, invoices, payments, disputes or credit-notes, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-format must be YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY or auto, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits, %2 booked, %3 debits left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ImportStore</name>
    <message>
        <source>invoice %1 is disputed in case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has a credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; its amount changed from %2 to %3 and was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is already paid %2, more than its new amount %3; not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ImportValues</name>
    <message>
        <source>no date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an impossible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT rate in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad amount: &quot;%1&quot; has a minus sign both before and after the number, or only a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad amount: &quot;%1&quot;: a minus sign belongs before or after the number, not inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a two-letter country code nor a country name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds which value. The preview shows the first rows as the file has them and as they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts: decimal comma (1.234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts: decimal point (1,234.56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is imported in one go; if any row is wrong nothing is written, unless you import the valid rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (the others go to a .rejected.csv file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1
Contents: %2
Encoding: %3, separator &quot;%4&quot;
Columns: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Required but not in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Imported %n row: %1 new, %2 updated, %3 unchanged.</numerusform>
            <numerusform>Imported %n rows: %1 new, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n row(s) left out, written to %1.</source>
        <translation>
            <numerusform> %n row left out, written to %1.</numerusform>
            <numerusform> %n rows left out, written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found. Correct the file, or go back and import the valid rows only.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found. Correct the file, or go back and import the valid rows only.</numerusform>
            <numerusform>Nothing was imported: %n problems found. Correct the file, or go back and import the valid rows only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV file and say what it holds, or UBL invoices: one file or a folder of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBL invoices (e-invoices, file or folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the accounting package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file comes from. A saved mapping is chosen by itself for the next file with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of UBL invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBL invoices (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2
Contents: UBL invoices (Peppol BIS Billing 3.0), %n document(s). Buyers are found by VAT id or created; credit notes are recognised and left out.</source>
        <translation>
            <numerusform>%1: %2
Contents: UBL invoices (Peppol BIS Billing 3.0), %n document. Buyers are found by VAT id or created; credit notes are recognised and left out.</numerusform>
            <numerusform>%1: %2
Contents: UBL invoices (Peppol BIS Billing 3.0), %n documents. Buyers are found by VAT id or created; credit notes are recognised and left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Imported %n document: %1 new, %2 updated, %3 unchanged.</numerusform>
            <numerusform>Imported %n documents: %1 new, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n credit note(s) left out.</source>
        <translation>
            <numerusform> %n credit note left out.</numerusform>
            <numerusform> %n credit notes left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the columns from a mapping file (the JSON that disputedesk-cli import --mapping reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these columns to a mapping file for disputedesk-cli import --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The columns are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names no column of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping loaded from %1. Not in this file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IncludeMatchCommand</name>
    <message>
        <source>tick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untick %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InterestCommand</name>
    <message>
        <source>Statutory interest (art. 6:119 / 6:119a BW), compounded yearly, with the breakdown per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unpaid principal (1234.56 or 1.234,56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of default (commercial: the day after the due date; consumer: the day after the deadline of the notice of default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day counted (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer (art. 6:119 BW) or commercial (art. 6:119a BW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compounded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* rate marked &quot;to verify&quot; in the rate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal plus interest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InterestRateTable</name>
    <message>
        <source>interest rate table: not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest rate table: no periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest rate table: %1 is not in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped interest rate table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interest rate period must end on or after its first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interest rate cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statutory interest rates are known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>how a date is written in a message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statutory interest rate for consumer transactions is known for %1 (the table covers %2 to %3; add the period under Settings, Interest Rates and Court Fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statutory commercial interest rate is known for %1 (the table covers %2 to %3; add the period under Settings, Interest Rates and Court Fees)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InterestRatesCommand</name>
    <message>
        <source>The statutory interest rate table; --add stores a new period in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer or commercial (listing: both when absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a period (needs --db, --kind, --from, --until, --rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the added period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the added period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly rate in percent, e.g. 10.15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the rate was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add needs --db FILE to store the period in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate: &quot;%1&quot; is not a percentage with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InvoiceDetailDialog</name>
    <message>
        <source>This invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: disputed in case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Dispute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InvoiceListView</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoice number, customer number or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid, overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InvoiceRepository</name>
    <message>
        <source>An invoice needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 needs an issue date and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is due before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of invoice %2 is in %3, the invoice in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 names a customer that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InvoiceTableModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed, on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On dunning hold: disputed in case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InvoiceWriter</name>
    <message>
        <source>Invoice number %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not report the new invoices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::InvoicesCommand</name>
    <message>
        <source>Lists invoices with their open amount and days overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the invoices of this customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invoices still open after their due date (as of --as-of).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer with number %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IsoDate</name>
    <message>
        <source>%1 is outside the dates DisputeDesk accepts (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IssueCreditNoteDialog</name>
    <message>
        <source>Con&amp;firm and Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Credit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;Price agreed in the quotation&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the credit note is issued and has its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note as Peppol BIS Billing 3.0 UBL, for the customer&apos;s bookkeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (the number is taken when you confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Credit Note · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · open %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 · %3 + %4 VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the invoice to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to credit, including VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the invoice lines to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for the credit; it is printed on the credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::LegalCalculatorWindow</name>
    <message>
        <source>Legal calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Principal (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In default &amp;from (first day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest &amp;to (last day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business (commercial interest, art. 6:119a BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer (statutory interest, art. 6:119 BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;VAT to the collection costs (creditor cannot deduct VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer purchase of &amp;goods (2-year limitation, art. 7:28 BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection costs (art. 6:96 BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day count: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee, totals and limitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-benefit of going to court for a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from payment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the principal to calculate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal is not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection costs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; with %1 VAT: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Alternative for a business: the fixed EU compensation of %1 per late invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest: the last day is before the first day of default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Interest (%1) over %n day(s): %2</source>
        <translation>
            <numerusform>Interest (%1) over %n day: %2</numerusform>
            <numerusform>Interest (%1) over %n days: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; compounded %n time(s)</source>
        <translation>
            <numerusform>; compounded %n time</numerusform>
            <numerusform>; compounded %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>. Some rates are marked &quot;to verify&quot; in the table: check them in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for a claim of %2, paid by the claimant (organisation)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (principal, collection costs and interest, without the court fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barred from %1 (%2 years, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; already barred on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n day(s) left on the last day</source>
        <translation>
            <numerusform>; %n day left on the last day</numerusform>
            <numerusform>; %n days left on the last day</numerusform>
        </translation>
    </message>
    <message>
        <source>No case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommendation for %1: %2&lt;/b&gt; (expected net gain of going to court: %3)&lt;br&gt;%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot be assessed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::LegalCommand</name>
    <message>
        <source>--%1 AMOUNT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: no amount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is negative; give a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 DATE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DisputeDesk database whose added rate and fee periods are used too (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand %1 over for legal collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim handed over for collection cannot be taken back: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::LegalTablesDialog</name>
    <message>
        <source>Interest rates and court fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an interest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial (art. 6:119a BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer (art. 6:119 BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent per year, e.g. 10,15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Staatscourant, rijksoverheid.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped, to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bracket(s)</source>
        <translation>
            <numerusform>%n bracket</numerusform>
            <numerusform>%n brackets</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation / person:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate is not a percentage (at most two decimals): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 from %2 to %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped tables: the statutory interest rates for consumers (art. 6:119 BW) and for commercial transactions (art. 6:119a BW) as published in the Staatsblad, and the court fees of the Wet griffierechten burgerlijke zaken. Periods marked &quot;to verify&quot; come from secondary sources only; check them and add the official rate over them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::LetterCommand</name>
    <message>
        <source>Writes a case letter as PDF (and .eml), records it in the contact log and keeps it with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write an e-mail (.eml) to the customer&apos;s contact with the PDF attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::LetterDialog</name>
    <message>
        <source>Acknowledgement of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are right (with the credit note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantiated rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment arrangement confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record as Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;E-mail (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the letter to the case&apos;s contact log and keeps its PDF with the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter as an e-mail with the PDF attached, to send from your own mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Letter · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no e-mail address known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter Sent · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Letter as E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::LetterService</name>
    <message>
        <source>A credit note is issued, not written as a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dispute case with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed; an acknowledgement is sent while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was not found justified; a &quot;you are right&quot; letter does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the credit note of case %1 first: the letter encloses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was not found (partly) unjustified; a rejection does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection must be substantiated: record a finding that supports the invoice in case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment arrangement was agreed in case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goodwill was granted in case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address is known for the customer of case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Limitation</name>
    <message>
        <source>a due date and an as-of date are needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::LimitationCommand</name>
    <message>
        <source>Limitation date of a claim (art. 3:307 / 7:28 BW), interrupted by reminders (art. 3:317 BW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the claim became due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer-goods (price of a consumer purchase, 2 years) or other (5 years, default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written reminder sent on DATE; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when this many days or fewer remain (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-barred since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: time-barred from %1, %2 days left; send a written reminder (art. 3:317 BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-barred from %1 (%2 days left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ListCsvExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ListOutput</name>
    <message>
        <source>Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1: %2 of %3 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list holds %1 rows, about %n page(s). Print them all? A filter makes the list shorter.</source>
        <translation>
            <numerusform>The list holds %1 rows, about %n page. Print them all? A filter makes the list shorter.</numerusform>
            <numerusform>The list holds %1 rows, about %n pages. Print them all? A filter makes the list shorter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ListPrinter</name>
    <message numerus="yes">
        <source>%n row(s), printed %1</source>
        <translation>
            <numerusform>%n row, printed %1</numerusform>
            <numerusform>%n rows, printed %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aged receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another DisputeDesk database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty DisputeDesk database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the empty database with example customers, invoices and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aged Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search field of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue Invoices Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lists again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DisputeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no customers or invoices yet.

Load demo data (%1 customers, %2 invoices) to try DisputeDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisputeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when DisputeDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DisputeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DisputeDesk %1&lt;/h3&gt;&lt;p&gt;Credit control for the invoices customers do not pay because they disagree: invoices, payments, aged receivables and, step by step, every dispute to its end.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons, handling times and outcomes of the disputes of a period, as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aged Receivables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged receivables per customer, disputed and undisputed, with DSO, as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal Calculator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection costs, statutory interest, court fee and limitation of a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, invoices or payments from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest Rates and Court &amp;Fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statutory interest rates and court fees used, and new periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Dispute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a letter to the customer of the case shown, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit an invoice of the case shown, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company and Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead, credit note numbering and letter templates of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunnin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Bank Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the credits of a CAMT.053 bank statement to open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response time promised on new cases and when a product&apos;s complaints raise a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Dun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisputeDesk databases (*.sqlite *.db *.disputedesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The euro reference rates for credit notes in other currencies, and the ECB&apos;s rate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list in front, as filtered and sorted, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list in front, as filtered and sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Customer Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details, open items, cases, letters, payments and statement of the customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed when opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a DisputeDesk database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Database To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole database to a new file or an empty team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices: counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MatchByHandCommand</name>
    <message>
        <source>match %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take back the match of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Money</name>
    <message>
        <source>no amount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Mt940Reader</name>
    <message>
        <source>no MT940 statement in the file (a statement starts with :20:)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::NewDatabaseFile</name>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist or may not be written to (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be completed: its changes are still in %2. Nothing was put in place of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put in place (%2); the complete database was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::OpenCaseCommand</name>
    <message>
        <source>open a dispute about invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::OpenDisputeDialog</name>
    <message>
        <source>Open Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute about invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the customer out: write down why they do not pay, in their own words. The case starts with an acknowledgement that promises an answer by a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the customer not pay? Their own words, unedited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed &amp;amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer promised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is already disputed in open case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open to dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disputed amount is not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 opened. Invoice %2 is on dunning hold while the case is open; the customer was promised an answer by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PackageBalances</name>
    <message>
        <source>%1: invoice %2 is credited %3 in the file, but its payments leave room for %4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance: paid before the import of %1 (per the accounting package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credit note %2 was imported before with another amount (%3); it is left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits: credit note %1 corrects invoice %2, which is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits: invoice %1 belongs to another customer than credit note %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits: invoice %1 is in %2, credit note %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credit note %2 (%3) exceeds what is open on invoice %4; %5 of it is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credit note %2 (%3) names no invoice it corrects; it is kept, but no invoice&apos;s open amount changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PaidCommand</name>
    <message>
        <source>record that %1 was paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Parser</name>
    <message>
        <source>field outside a statement (a statement starts with :20:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not an MT940 amount (digits with a decimal comma, at most two decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a balance (C or D, date YYMMDD, currency, amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a statement line (value date YYMMDD, entry date MMDD, C, D, RC or RD, amount, transaction type, reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry date &quot;%1&quot; is not a date (MMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second opening balance in one statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement line outside the opening (:60F:) and closing (:62F:) balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second closing balance in one statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement without the account (:25:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement without its number (:28C:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement without an opening balance (:60F: or :60M:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement without a closing balance (:62F: or :62M:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing balance in %1, opening balance in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account and statement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the movements add up to more than any balance; the statement is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opening balance %1 plus the movements is %2, but the closing balance is %3; the statement is incomplete or damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PasswordKeychain</name>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PaymentCommand</name>
    <message>
        <source>Records a refund paid out of an invoice&apos;s credit balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses a payment received; the payment stays, a reversal is recorded beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a payment received on an invoice, entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment&apos;s number (as `payment add` printed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the money moved (YYYY-MM-DD, default today; never later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who enters it (default: your login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount received, in the invoice&apos;s currency (1234.56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid back (default: all that is owed back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank reference or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYMENT is a payment&apos;s number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 reversed by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount AMOUNT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than was open: a refund owed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1: %2 %3; open %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PaymentEntryDialog</name>
    <message>
        <source>Record Payment on Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on invoice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay Refund on Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed back to the customer on invoice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse Payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of %1 on %2 is taken back: a reversal is recorded beside it and the invoices it paid are open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: returned by the bank, entered twice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank reference, cheque number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1 more than is open: the invoice will be overpaid and the excess shown as a refund owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PaymentRepository</name>
    <message>
        <source>A payment must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation is in %1, the payment in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocations (%1) exceed the payment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is allocated to an invoice that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer than the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is in %2, the payment in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has %2 open; %3 cannot be allocated to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is allocated to invoice %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money going back must be a reversal or a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocations (%1) do not add up to the amount going back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money going back must be a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation of money going back must be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PaymentService</name>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: a payment needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is in the future; a payment is recorded when the money has moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is before %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: a payment received must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: invoice %1 is in %2, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment recorded by hand on invoice %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is itself money going back; only a payment received can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was reversed before (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is an opening balance from the accounting package; import its figures again to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment it reverses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal of payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 settles no invoice; there is nothing to reverse here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment reversed on invoice %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no credit balance; nothing is owed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: a refund must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1 is more than the %2 owed back on invoice %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 no longer exists: a reversal on a bank statement may have taken it back already. Nothing was reversed; the invoice shows what is open now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PeppolParticipant</name>
    <message>
        <source>%1 is not a Peppol identifier scheme (EAS code, e.g. 0106 KvK, 9944 Dutch VAT, 0208 Belgian enterprise number, 9930 German VAT, 0088 GLN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier after scheme %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a KvK number (0106) has 8 digits, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GLN (0088): 13 digits with a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Belgian enterprise number (0208): 10 digits with a valid check number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VAT number for scheme %1 starts with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Peppol participant id: write scheme:identifier, e.g. 0106:12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRENE number (FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation number (SE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET code (FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LY-tunnus (FI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLN (GS1 location number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KvK number (NL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR number (DK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIN, Dutch government body (NL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation number (NO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leitweg-ID (DE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise number (BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partita IVA (IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PeppolParticipantEdit</name>
    <message>
        <source>Peppol identifier scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Electronic Address Scheme (EAS) of the identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: none entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: credit notes go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PostgresCopyIn</name>
    <message>
        <source>The connection to the team database %1 cannot stream rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PostgresDialect</name>
    <message>
        <source>The team database %1 is empty, not a DisputeDesk database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 belongs to another program, not to DisputeDesk; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is damaged: its schema version cannot be read; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PostgresErrors</name>
    <message>
        <source>The connection to the team database %1 was lost; nothing was changed. Check the network and that the server is running, then open the database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user was changing the same data in %1 at the same moment; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may not do this in the team database %1 (permission denied); nothing was changed. Ask its administrator for the right role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is read-only for this connection; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of the team database %1 is out of space or memory; nothing was changed. Ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisputeDesk could not save the change to %1: %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 refused the login: the user name or password is wrong, or a password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named as in %1. Check the database name, or ask its administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 knows no such user. Check the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 does not let this user connect from here. Ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of the team database %1 cannot be reached. Check the host name and port, the network, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PostgresLocation</name>
    <message>
        <source>This is not a valid team database location: write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database location names no database: write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ProactiveWarningsView</name>
    <message>
        <source>Products with repeated complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product / customer to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — complaints from %3 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand to list the other customers who bought it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product drew complaints from %1 or more customers in the last %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers disputed these products in the last %1 days. Expand a product to list the other customers who bought it, and warn them before they complain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 others bought it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Customers to Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Warned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers to contact of the selected products, or of all products, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in each customer&apos;s contact log that they were warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to contact written to %1.</source>
        <translation>
            <numerusform>%n customer to contact written to %1.</numerusform>
            <numerusform>%n customers to contact written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) marked as warned in their contact log.</source>
        <translation>
            <numerusform>%n customer marked as warned in their contact log.</numerusform>
            <numerusform>%n customers marked as warned in their contact log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Customers to Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers-to-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record in the contact log of %n customer(s) that they were warned about %1? A contact cannot be removed once recorded.</source>
        <translation>
            <numerusform>Record in the contact log of %n customer that they were warned about %1? A contact cannot be removed once recorded.</numerusform>
            <numerusform>Record in the contact log of %n customers that they were warned about %1? A contact cannot be removed once recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Warned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ProductWarningContacts</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warned about complaints from other customers over %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReasonTaxonomy</name>
    <message>
        <source>Price too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice error (wrong amount, wrong recipient, billed twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of the product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery late or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement not kept (promise by sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor service or not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing payment options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lack of transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong or missing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation error or misunderstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection handled badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product-technical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReasonsCommand</name>
    <message>
        <source>Lists the reason codes for disputes and their class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReassignCommand</name>
    <message>
        <source>reassign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is no longer assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RecentDatabasesMenu</name>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RecordAssessmentCommand</name>
    <message>
        <source>record the cost-benefit assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RecordLessonsCommand</name>
    <message>
        <source>record the lessons of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the earlier lessons of %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportCommand</name>
    <message>
        <source>Dispute report for a period: PDF with charts (--pdf), tables as CSV (--csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged receivables report (disputed and undisputed, DSO): PDF (--pdf), tables as CSV (--csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the open cases (YYYY-MM-DD); default the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every table as a CSV file into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF: nl or en (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the dispute amounts (default EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name on the title page (default: from the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 DATE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency must be an ISO 4217 code such as EUR, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of DATE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF output needs the graphical Qt platform (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 CSV files to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportCsvWriter</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportDialog</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged Receivables Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is out of date: press Update Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report&apos;s content; Save as PDF writes the printed layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute-report-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged-receivables-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportPdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportPreview</name>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n rows; the PDF and the printout have them all.</source>
        <translation>
            <numerusform>The preview shows the first %1 of %n rows; the PDF and the printout have them all.</numerusform>
            <numerusform>The preview shows the first %1 of %n rows; the PDF and the printout have them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ReportTexts</name>
    <message>
        <source>Dispute report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed amount of the cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases on the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases past the promised response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases answered after the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days to first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases in other currencies are counted, but their amounts are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases per step and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases per step and age (days since received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons of the cases opened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (Pareto): cases and cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases were opened in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational or product-technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational vs product-technical (reference: 96% / 4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational vs product-technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: 96% organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of the cases closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undisputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off (goodwill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened and closed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened and closed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened vs closed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers by disputed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with the largest disputed amounts in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with repeated complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products several customers complained about, and customers to warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product drew complaints from several customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaining customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other customers to warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned recorded in the period, by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons were recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more lessons are in the CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount by days overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged receivables per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amounts by days overdue, disputed and undisputed, and days to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO by the countback method: the open receivables are set against the invoiced sales (incl. VAT) of the most recent months, counting back from the as-of date; every month fully used adds its days, the last month its days in proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to pay: from invoice date to payment, weighted by amount, over the payments of the 365 days up to the as-of date. Disputed: the part of the open amount in disputes open on the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid after explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off as goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected legally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a field at the cursor; it is filled in when the letter is made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SavedChangeButtons</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ServerLogin</name>
    <message>
        <source>%1 is not a PostgreSQL address DisputeDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SetRecoveryProbabilityCommand</name>
    <message>
        <source>set the recovery probability of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the recovery probability of %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when DisputeDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the audit trail, the contact log and the letters show for your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SettingsRepository</name>
    <message>
        <source>The company needs a name: it heads every letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note prefix &quot;%1&quot; must be 1 to 12 letters, digits or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment term of a letter must be 1 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SqliteDialect</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a DisputeDesk database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DisputeDesk database (it is not an SQLite file); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a DisputeDesk database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SqliteErrors</name>
    <message>
        <source>%1 is in use by another program (or another DisputeDesk) that is writing to it; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisputeDesk cannot write to %1: its folder is read-only; nothing was changed. Move the file to a folder you may write to, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisputeDesk cannot write to %1: the file is read-only; nothing was changed. Check the file&apos;s permissions, or work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read or written (a disk or network error); nothing was changed. Check that the disk or network share is still there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder does not exist or may not be used (check the permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisputeDesk may not use %1 (permission denied); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a DisputeDesk database; nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisputeDesk could not save the change to %1: %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StandardFields</name>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation (Dear …,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer VAT number line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to pay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the complaint was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date we promised to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence with the date we answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of the disputed invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount found justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount still to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill credited, excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence with the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence with what is left to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason on the credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of the credited lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of the VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the invoice credited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StartVerificationCommand</name>
    <message>
        <source>start verification of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StatementArchive</name>
    <message>
        <source>cannot be read as a .zip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable .zip archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 files; at most %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1 in the archive cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 bytes unpacked; at most %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be unpacked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpacks to more than %1 bytes; the archive is not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StatementReader</name>
    <message>
        <source>not a bank statement: neither CAMT.053 XML nor MT940 nor a .zip of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .zip holds no statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .zip inside the .zip is not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StatsCommand</name>
    <message>
        <source>Dashboard figures: open, overdue and disputed amounts, DSO, open cases, cases past the response date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the amounts (default EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency must be an ISO 4217 code such as EUR, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StatutoryInterest</name>
    <message>
        <source>simple interest per day: principal x rate x days / 365, or / 366 for days in a leap year; each period rounded to the cent; the interest of each year of default is added to the principal on its anniversary (compounded yearly, art. 6:119 lid 2 / 6:119a lid 3 BW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the principal cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first and the last day of the interest are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StepBackCommand</name>
    <message>
        <source>step %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StoredLineVat</name>
    <message>
        <source>line_vat: the lines of VAT category %1 at %2 state VAT %3 where their rate gives %4; they may differ by the rounding of their category, at most a cent a line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TableFigures</name>
    <message>
        <source>The rows of table %1 could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of %1 in table %2 (%3) is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Transaction</name>
    <message>
        <source>%1 was opened read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UblCreditNoteWriter</name>
    <message>
        <source>customer %1 is a consumer, who has no Peppol address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 has no Peppol participant id (and no VAT number that gives one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company has no Peppol participant id: fill in its KvK or VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it mixes lines not subject to VAT with other VAT categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an intra-community supply (VAT category K) needs its delivery date and country, which are not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UblImporter</name>
    <message>
        <source>the folder holds no .xml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credit note %2 (for invoice %3) recognised and not imported: issue credit notes in DisputeDesk, so that its own series stays gap-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 names no buyer (no VAT id, identifier or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new customer %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is due before it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invoice %2 was also in %3; this file&apos;s version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invoice %2 has a negative total (%3): a corrective invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invoice %2 was prepaid %3, more than its total %4: %5 is a credit balance of the customer (an unallocated payment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UblReader</name>
    <message>
        <source>not a UBL invoice or credit note (the document is &lt;%1&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2, the document in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no XML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has no number (cbc:ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has no DocumentCurrencyCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has no IssueDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IssueDate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DueDate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: LineExtensionAmount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AllowanceCharge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: TaxExclusiveAmount %3 plus TaxAmount %4 is not TaxInclusiveAmount %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep; this is not a UBL document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaxSubtotal/TaxCategory/Percent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AllowanceCharge/TaxCategory/Percent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayableAmount %1 is not TaxInclusiveAmount %2 + PayableRoundingAmount %3 - PrepaidAmount %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UndoInView</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::WarningsCommand</name>
    <message>
        <source>Products several customers complained about, and the other customers who bought them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints from at least this many customers (default: the database&apos;s rule, 3 unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within this many days before the as-of date (default: the database&apos;s rule, 90 unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
