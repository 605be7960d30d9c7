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
        <source>%1 is not a DisputeDesk database (it is not an SQLite file); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a DisputeDesk database (%2); it was left unchanged.</source>
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
    <message>
        <source>%1 was written by a newer version of DisputeDesk (database version %2; this program knows up to %3). Update DisputeDesk to open it; the file was left unchanged.</source>
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
        <source>--as-of: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
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
        <source>business: the scale is the default unless the contract agrees otherwise; the alternative is EUR 40 per late invoice (Directive 2011/7/EU art. 6, CJEU C-78/22), due without reminder</source>
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
        <source>The party the fee is charged to: organisation or person.</source>
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
</context>
<context>
    <name>dd::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
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
        <source>Double-click a customer to see its invoices.</source>
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
    <message>
        <source>%1 (cum. %2)</source>
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
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older database version and must be opened for writing once to be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1
in: %2</source>
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
    <message>
        <source>--until: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
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
    <message>
        <source>Resolution complete</source>
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
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
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
    <message>
        <source>Fact finding concluded</source>
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
        <source>Fact finding started</source>
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
    <message>
        <source>Resolution complete</source>
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
        <source>--received: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
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
        <source>Case %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
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
        <source>no %1 statutory interest rate is known for %2 (the table covers %3 to %4; add the period in the settings)</source>
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
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
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
        <source>--reminder: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
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
    <name>dd::MainWindow</name>
    <message>
        <source>DisputeDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>dd::WarningsCommand</name>
    <message>
        <source>Products several customers complained about, and the other customers who bought them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints from at least this many customers (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within this many days before the as-of date (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
