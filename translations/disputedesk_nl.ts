<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>dd</name>
    <message>
        <source>Usage: disputedesk-cli &lt;command&gt; [options]

Commands:
</source>
        <translation>Gebruik: disputedesk-cli &lt;opdracht&gt; [opties]

Opdrachten:
</translation>
    </message>
    <message>
        <source>
`disputedesk-cli &lt;command&gt; --help` describes a command&apos;s options.
</source>
        <translation>
`disputedesk-cli &lt;opdracht&gt; --help` beschrijft de opties van een opdracht.
</translation>
    </message>
    <message>
        <source>Case %1 is in step %2; this can only be done in step %3.</source>
        <translation>Dossier %1 staat in stap %2; dit kan alleen in stap %3.</translation>
    </message>
    <message>
        <source>Case %1 was found justified in full: nothing is left to collect; credit it instead.</source>
        <translation>Dossier %1 is volledig terecht bevonden: er valt niets te incasseren; crediteer het in plaats daarvan.</translation>
    </message>
    <message>
        <source>all amounts of a cost-benefit assessment must be in one currency</source>
        <translation>alle bedragen van een kosten-batenafweging moeten in één valuta zijn</translation>
    </message>
    <message>
        <source>the amounts of a cost-benefit assessment cannot be negative</source>
        <translation>de bedragen van een kosten-batenafweging kunnen niet negatief zijn</translation>
    </message>
    <message>
        <source>the recovery probability must be from 0% to 100%</source>
        <translation>de kans op verhaal moet tussen 0% en 100% liggen</translation>
    </message>
    <message>
        <source>the months to judgment cannot be negative</source>
        <translation>het aantal maanden tot het vonnis kan niet negatief zijn</translation>
    </message>
    <message>
        <source>the relationship loss must be from 0% to 100%</source>
        <translation>het verlies aan klantrelatie moet tussen 0% en 100% liggen</translation>
    </message>
    <message>
        <source>the cost of capital cannot be negative</source>
        <translation>de kapitaalkosten kunnen niet negatief zijn</translation>
    </message>
    <message>
        <source>court fee table: %1 is not an amount</source>
        <translation>griffierechttabel: %1 is geen bedrag</translation>
    </message>
    <message>
        <source>court fee table: %1 has no valid &quot;%2&quot; date</source>
        <translation>griffierechttabel: %1 heeft geen geldige datum &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, bracket %2</source>
        <translation>%1, schijf %2</translation>
    </message>
    <message>
        <source>a court fee period needs at least one bracket</source>
        <translation>een griffierechtperiode heeft minstens één schijf nodig</translation>
    </message>
    <message>
        <source>only the last court fee bracket can be open-ended</source>
        <translation>alleen de laatste griffierechtschijf kan zonder bovengrens zijn</translation>
    </message>
    <message>
        <source>court fee brackets must be in ascending order</source>
        <translation>griffierechtschijven moeten oplopend zijn</translation>
    </message>
    <message>
        <source>interest rate table: %1 has no valid &quot;%2&quot; date</source>
        <translation>rentetabel: %1 heeft geen geldige datum &quot;%2&quot;</translation>
    </message>
    <message>
        <source>interest rate table: %1 has no valid &quot;%2&quot; rate</source>
        <translation>rentetabel: %1 heeft geen geldig percentage &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a stored legal table period has an invalid date &quot;%1&quot;</source>
        <translation>een opgeslagen periode van een wettelijke tabel heeft een ongeldige datum &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The letters are dated %1, a weekend day or public holiday on which nothing is posted. Date the run on the day the letters go out.</source>
        <translation>De brieven zijn gedateerd op %1, een weekenddag of feestdag waarop geen post wordt verzonden. Dateer de ronde op de dag dat de brieven de deur uitgaan.</translation>
    </message>
    <message>
        <source>Letters in %1 that state collection costs are held back: the costs are euro amounts by law and there is no euro rate on or before %2. Enter or import the rate (disputedesk-cli exchange-rates).</source>
        <translation>Brieven in %1 die incassokosten vermelden, worden aangehouden: de kosten zijn wettelijk eurobedragen en er is geen eurokoers op of vóór %2. Voer de koers in of importeer die (disputedesk-cli exchange-rates).</translation>
    </message>
    <message>
        <source>The euro rates used for the collection costs are more than %1 days older than the letters: %2. Check that no newer rate is missing.</source>
        <translation>De eurokoersen die voor de incassokosten zijn gebruikt, zijn meer dan %1 dagen ouder dan de brieven: %2. Controleer of er geen nieuwere koers ontbreekt.</translation>
    </message>
    <message>
        <source>the payment history&apos;s</source>
        <translation>die uit het betaalgedrag</translation>
    </message>
</context>
<context>
    <name>dd::AddContactCommand</name>
    <message>
        <source>log a contact in %1</source>
        <translation>contact vastleggen in %1</translation>
    </message>
    <message>
        <source>A letter that was sent cannot be unsent: this cannot be undone.</source>
        <translation>Een verstuurde brief kan niet worden teruggehaald: dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>dd::AddFindingCommand</name>
    <message>
        <source>record finding &quot;%1&quot; in %2</source>
        <translation>bevinding „%1” vastleggen in %2</translation>
    </message>
</context>
<context>
    <name>dd::AddInterestPeriodCommand</name>
    <message>
        <source>add the interest period from %1</source>
        <translation>de renteperiode vanaf %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>dd::AgingCommand</name>
    <message>
        <source>Aged receivables: open amounts by days overdue, per currency or per customer.</source>
        <translation>Ouderdomsanalyse: openstaande bedragen naar dagen vervallen, per valuta of per klant.</translation>
    </message>
    <message>
        <source>One line per customer instead of per currency.</source>
        <translation>Eén regel per klant in plaats van per valuta.</translation>
    </message>
</context>
<context>
    <name>dd::AgingTableModel</name>
    <message>
        <source>Not yet due</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 dagen</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dagen</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dagen</translation>
    </message>
    <message>
        <source>91–120 days</source>
        <translation>91–120 dagen</translation>
    </message>
    <message>
        <source>Over 120 days</source>
        <translation>Meer dan 120 dagen</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Klantnr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Totaal openstaand</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Refund owed</source>
        <translation>Terug te betalen</translation>
    </message>
</context>
<context>
    <name>dd::AgingView</name>
    <message>
        <source>Aged receivables per currency</source>
        <translation>Ouderdomsanalyse per valuta</translation>
    </message>
    <message>
        <source>Aged receivables per customer</source>
        <translation>Ouderdomsanalyse per klant</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Per currency</source>
        <translation>Per valuta</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Per klant</translation>
    </message>
    <message>
        <source>Open invoices: %1 · Customers with open invoices: %2</source>
        <translation>Openstaande facturen: %1 · Klanten met openstaande facturen: %2</translation>
    </message>
    <message>
        <source>Calculating the aged receivables as of %1…</source>
        <translation>De ouderdomsanalyse per %1 wordt berekend…</translation>
    </message>
</context>
<context>
    <name>dd::AmicableCommand</name>
    <message>
        <source>explain %1 amicably</source>
        <translation>%1 minnelijk uitleggen</translation>
    </message>
</context>
<context>
    <name>dd::ArrangementCommand</name>
    <message>
        <source>record a payment arrangement for %1</source>
        <translation>betalingsregeling vastleggen voor %1</translation>
    </message>
</context>
<context>
    <name>dd::BankMatchEdits</name>
    <message numerus="yes">
        <source>Book %n ticked entry(s) as payments?

Booking cannot be undone here: only a reversal on a later bank statement takes a booked payment back.</source>
        <translation>
            <numerusform>%n aangevinkte post als betaling boeken?

Boeken kan hier niet ongedaan worden gemaakt: alleen een terugboeking op een later bankafschrift neemt een geboekte betaling terug.</numerusform>
            <numerusform>%n aangevinkte posten als betalingen boeken?

Boeken kan hier niet ongedaan worden gemaakt: alleen een terugboeking op een later bankafschrift neemt een geboekte betaling terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>dd::BankMatchTableModel</name>
    <message>
        <source>%1
IBAN %2</source>
        <translation>%1
IBAN %2</translation>
    </message>
    <message>
        <source>Statement %1, entry %2</source>
        <translation>Afschrift %1, post %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — customer %2</source>
        <translation>%1 — klant %2</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Tegenpartij</translation>
    </message>
    <message>
        <source>Remittance information</source>
        <translation>Betalingskenmerk</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Why not matched</source>
        <translation>Waarom niet gekoppeld</translation>
    </message>
    <message>
        <source>Proposed invoices</source>
        <translation>Voorgestelde facturen</translation>
    </message>
</context>
<context>
    <name>dd::BankReconciler</name>
    <message>
        <source>remittance names %1; amount equals what is open</source>
        <translation>betalingskenmerk noemt %1; bedrag is gelijk aan wat openstaat</translation>
    </message>
    <message>
        <source>remittance names %1; partial payment of %2 open</source>
        <translation>betalingskenmerk noemt %1; deelbetaling, %2 staat open</translation>
    </message>
    <message>
        <source>remittance names %1; pays %2 more than is open</source>
        <translation>betalingskenmerk noemt %1; betaalt %2 meer dan wat openstaat</translation>
    </message>
    <message>
        <source>; the IBAN paid for another customer before</source>
        <translation>; het IBAN betaalde eerder voor een andere klant</translation>
    </message>
    <message>
        <source>IBAN known; the only open invoice of this amount</source>
        <translation>IBAN bekend; de enige openstaande factuur met dit bedrag</translation>
    </message>
    <message>
        <source>IBAN known; %1 open invoices of this amount, the oldest taken</source>
        <translation>IBAN bekend; %1 openstaande facturen met dit bedrag, de oudste genomen</translation>
    </message>
    <message>
        <source>IBAN known; the amount pays all open invoices</source>
        <translation>IBAN bekend; het bedrag voldoet alle openstaande facturen</translation>
    </message>
    <message>
        <source>IBAN known; no open invoice of this amount, oldest first</source>
        <translation>IBAN bekend; geen openstaande factuur met dit bedrag, oudste eerst</translation>
    </message>
    <message>
        <source>the only open invoice of this amount</source>
        <translation>de enige openstaande factuur met dit bedrag</translation>
    </message>
    <message>
        <source>ambiguous: %1 have this amount open</source>
        <translation>niet eenduidig: %1 hebben dit bedrag openstaan</translation>
    </message>
    <message>
        <source>no open invoice found</source>
        <translation>geen openstaande factuur gevonden</translation>
    </message>
    <message>
        <source>%1 already settled</source>
        <translation>%1 al voldaan</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>booked before as payment %1</source>
        <translation>eerder geboekt als betaling %1</translation>
    </message>
    <message>
        <source>not booked: %1</source>
        <translation>niet geboekt: %1</translation>
    </message>
    <message>
        <source>no invoice to book it on</source>
        <translation>geen factuur om het op te boeken</translation>
    </message>
    <message>
        <source>the entry is not in the database</source>
        <translation>de post staat niet in de database</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3): not booked: %4</source>
        <translation>post %1 (%2, %3): niet geboekt: %4</translation>
    </message>
    <message>
        <source>no invoice number given</source>
        <translation>geen factuurnummer opgegeven</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>er is geen factuur %1</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the entry in %3</source>
        <translation>factuur %1 is in %2, de post in %3</translation>
    </message>
    <message>
        <source>invoice %1 has nothing open</source>
        <translation>factuur %1 heeft niets openstaan</translation>
    </message>
    <message>
        <source>invoice %1 is of another customer than %2</source>
        <translation>factuur %1 is van een andere klant dan %2</translation>
    </message>
    <message>
        <source>the amount is used up before invoice %1</source>
        <translation>het bedrag is op vóór factuur %1</translation>
    </message>
    <message>
        <source>chosen by hand: %1; %2 more than is open</source>
        <translation>met de hand gekozen: %1; %2 meer dan wat openstaat</translation>
    </message>
    <message>
        <source>chosen by hand: %1</source>
        <translation>met de hand gekozen: %1</translation>
    </message>
    <message>
        <source>you rejected the proposal %1</source>
        <translation>u hebt het voorstel %1 afgewezen</translation>
    </message>
    <message>
        <source>a credit of %1 %2 pays nothing; left out</source>
        <translation>een bijschrijving van %1 %2 betaalt niets; overgeslagen</translation>
    </message>
    <message>
        <source>taken back by the bank (a reversal); not booked again</source>
        <translation>door de bank teruggeboekt (een terugboeking); niet opnieuw geboekt</translation>
    </message>
    <message>
        <source>the bank took it back (a reversal)</source>
        <translation>de bank heeft deze post teruggeboekt (een terugboeking)</translation>
    </message>
    <message>
        <source>the opening balance of invoice %1 changed since the proposal</source>
        <translation>het beginsaldo van factuur %1 is sinds het voorstel gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%n reversal(s) by the bank: %1 undone, %2 to check by hand</source>
        <translation>
            <numerusform>%n terugboeking door de bank: %1 ongedaan gemaakt, %2 met de hand te controleren</numerusform>
            <numerusform>%n terugboekingen door de bank: %1 ongedaan gemaakt, %2 met de hand te controleren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::BankReconciliationView</name>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>Afschrift &amp;importeren…</translation>
    </message>
    <message>
        <source>Read a CAMT.053 bank statement and match its credits to open invoices</source>
        <translation>Lees een CAMT.053-bankafschrift en koppel de ontvangsten aan openstaande facturen</translation>
    </message>
    <message>
        <source>&amp;Tick proposals scoring at least:</source>
        <translation>&amp;Voorstellen aanvinken met een score van ten minste:</translation>
    </message>
    <message>
        <source>100: the remittance names the invoices and the amount is what they have open; 80: a partial payment of named invoices; 75: the amount of the one open invoice of the customer the IBAN paid for before; 50: the only open invoice of this amount</source>
        <translation>100: het betalingskenmerk noemt de facturen en het bedrag is wat ervan openstaat; 80: een deelbetaling van genoemde facturen; 75: het bedrag van de enige openstaande factuur van de klant voor wie deze IBAN eerder betaalde; 50: de enige openstaande factuur van dit bedrag</translation>
    </message>
    <message>
        <source>Proposed matches</source>
        <translation>Voorgestelde koppelingen</translation>
    </message>
    <message>
        <source>&amp;Book Ticked</source>
        <translation>Aangevinkte &amp;boeken</translation>
    </message>
    <message>
        <source>Book the ticked entries as payments on their invoices, all in one go</source>
        <translation>Boek de aangevinkte posten als betalingen op hun facturen, alles in één keer</translation>
    </message>
    <message>
        <source>Unmatched entries</source>
        <translation>Niet-gekoppelde posten</translation>
    </message>
    <message>
        <source>invoice numbers, separated by spaces</source>
        <translation>factuurnummers, gescheiden door spaties</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <source>No proposals: import a statement.</source>
        <translation>Geen voorstellen: importeer een afschrift.</translation>
    </message>
    <message>
        <source>%1 of %2 ticked.</source>
        <translation>%1 van %2 aangevinkt.</translation>
    </message>
    <message>
        <source>%1 of %2 ticked, %3.</source>
        <translation>%1 van %2 aangevinkt, %3.</translation>
    </message>
    <message>
        <source>Import Bank Statement</source>
        <translation>Bankafschrift importeren</translation>
    </message>
    <message>
        <source>CAMT.053 statements (*.xml *.053);;All files (*)</source>
        <translation>CAMT.053-afschriften (*.xml *.053);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Er is niets geïmporteerd uit %1:
%2</translation>
    </message>
    <message>
        <source>Nothing was booked:
%1</source>
        <translation>Er is niets geboekt:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n payment(s).</source>
        <translation>
            <numerusform>%n betaling geboekt.</numerusform>
            <numerusform>%n betalingen geboekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Niet gekoppeld: %1</translation>
    </message>
    <message>
        <source>The entry of %1 now pays %2; book it with the other ticked proposals.</source>
        <translation>De post van %1 betaalt nu %2; boek hem met de andere aangevinkte voorstellen.</translation>
    </message>
    <message>
        <source>Re&amp;ject Proposal</source>
        <translation>Voorstel &amp;afwijzen</translation>
    </message>
    <message>
        <source>The selected entry does not pay these invoices: move it to the unmatched entries, where its invoices can be named by hand (Delete)</source>
        <translation>De gekozen post betaalt deze facturen niet: verplaats hem naar de niet-gekoppelde posten, waar u de facturen zelf kunt noemen (Delete)</translation>
    </message>
    <message>
        <source>No proposals: name the invoices of the unmatched entries below.</source>
        <translation>Geen voorstellen: noem hieronder de facturen van de niet-gekoppelde posten.</translation>
    </message>
    <message>
        <source>Not rejected: %1</source>
        <translation>Niet afgewezen: %1</translation>
    </message>
    <message>
        <source>The entry of %1 no longer pays %2; it is proposed for %3 now.</source>
        <translation>De post van %1 betaalt %2 niet meer; hij wordt nu voorgesteld voor %3.</translation>
    </message>
    <message>
        <source>Invoices paid by the selected entry:</source>
        <translation>Facturen betaald met de geselecteerde post:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n credit(s), of which %2 with a proposal, %3 unmatched, %4 booked before.</source>
        <translation>
            <numerusform>%1: %n bijschrijving, waarvan %2 met een voorstel, %3 niet gekoppeld, %4 al eerder geboekt.</numerusform>
            <numerusform>%1: %n bijschrijvingen, waarvan %2 met een voorstel, %3 niet gekoppeld, %4 al eerder geboekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debit(s) left out.</source>
        <translation>
            <numerusform>%n afschrijving overgeslagen.</numerusform>
            <numerusform>%n afschrijvingen overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry of %1 no longer pays %2; name the invoices it pays under the unmatched entries.</source>
        <translation>De post van %1 betaalt %2 niet meer; noem de facturen die hij betaalt bij de niet-gekoppelde posten.</translation>
    </message>
</context>
<context>
    <name>dd::BankReversals</name>
    <message>
        <source>payment %1 of %2 undone; open again: %3</source>
        <translation>betaling %1 van %2 ongedaan gemaakt; weer open: %3</translation>
    </message>
    <message>
        <source>the credit %1 (not booked) is taken back; it is no longer proposed</source>
        <translation>de bijschrijving %1 (niet geboekt) is teruggeboekt; ze wordt niet meer voorgesteld</translation>
    </message>
    <message>
        <source>applied before: %1</source>
        <translation>eerder verwerkt: %1</translation>
    </message>
    <message>
        <source>%1 earlier credits fit this reversal; none was undone: check which one it takes back</source>
        <translation>%1 eerdere bijschrijvingen passen bij deze terugboeking; geen ervan is ongedaan gemaakt: controleer welke ervan wordt teruggeboekt</translation>
    </message>
    <message numerus="yes">
        <source>no earlier credit with this EndToEndId, reference or invoice; nothing was undone: check which of the %n payment(s) of this amount it takes back</source>
        <translation>
            <numerusform>geen eerdere bijschrijving met deze EndToEndId, dit kenmerk of deze factuur; er is niets ongedaan gemaakt: controleer welke betaling van dit bedrag wordt teruggeboekt (er is er %n)</numerusform>
            <numerusform>geen eerdere bijschrijving met deze EndToEndId, dit kenmerk of deze factuur; er is niets ongedaan gemaakt: controleer welke van de %n betalingen van dit bedrag wordt teruggeboekt</numerusform>
        </translation>
    </message>
    <message>
        <source>payment %1 of %2 was already reversed by hand on %3 by %4; nothing was undone: check that the bank&apos;s reversal is the same money</source>
        <translation>betaling %1 van %2 is al met de hand teruggedraaid op %3 door %4; er is niets ongedaan gemaakt: controleer of de terugboeking van de bank over hetzelfde geld gaat</translation>
    </message>
</context>
<context>
    <name>dd::BatchInsert</name>
    <message>
        <source>A row of table %1 was refused by %2 as a duplicate; nothing was written.</source>
        <translation>Een rij van tabel %1 is door %2 geweigerd als dubbel; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>dd::CamtReader</name>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>geen goedgevormde XML: %1</translation>
    </message>
    <message>
        <source>entry with a bad amount &quot;%1 %2&quot;</source>
        <translation>post met een ongeldig bedrag &quot;%1 %2&quot;</translation>
    </message>
    <message>
        <source>entry without CdtDbtInd CRDT or DBIT</source>
        <translation>post zonder CdtDbtInd CRDT of DBIT</translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep; this is not a bank statement</source>
        <translation>elementen zijn meer dan %1 niveaus diep genest; dit is geen bankafschrift</translation>
    </message>
    <message>
        <source>entry with a negative amount &quot;%1 %2&quot;; amounts in a statement are never negative</source>
        <translation>post met een negatief bedrag &quot;%1 %2&quot;; bedragen in een afschrift zijn nooit negatief</translation>
    </message>
    <message>
        <source>not a bank statement (CAMT.052, CAMT.053 or CAMT.054); the document is &lt;%1&gt; in &quot;%2&quot;</source>
        <translation>geen bankafschrift (CAMT.052, CAMT.053 of CAMT.054); het document is &lt;%1&gt; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>entry without a date: no BookgDt, no ValDt, and the statement has no CreDtTm</source>
        <translation>post zonder datum: geen BookgDt, geen ValDt, en het afschrift heeft geen CreDtTm</translation>
    </message>
    <message>
        <source>entry&apos;s date &quot;%1&quot;: %2</source>
        <translation>datum van de post &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the %1 transactions of this entry do not each give their amount; taken as one credit of the entry&apos;s amount</source>
        <translation>de %1 transacties van deze post vermelden niet elk hun eigen bedrag; opgevat als één bijschrijving van het bedrag van de post</translation>
    </message>
</context>
<context>
    <name>dd::CaseAssessment</name>
    <message>
        <source>Case %1 was found justified in full: there is nothing to collect.</source>
        <translation>Dossier %1 is volledig terecht bevonden: er valt niets te incasseren.</translation>
    </message>
    <message>
        <source>Interest as entered: %1.</source>
        <translation>Rente zoals ingevoerd: %1.</translation>
    </message>
    <message>
        <source>No interest yet: it runs from %1.</source>
        <translation>Nog geen rente: die loopt vanaf %1.</translation>
    </message>
    <message>
        <source>Statutory interest (%1) from %2 to %3: %4.</source>
        <translation>Wettelijke rente (%1) van %2 tot en met %3: %4.</translation>
    </message>
    <message>
        <source>No collection costs: a consumer owes them only after a valid 14-day letter (art. 6:96 lid 6 BW).</source>
        <translation>Geen incassokosten: een consument is die pas verschuldigd na een geldige veertiendagenbrief (art. 6:96 lid 6 BW).</translation>
    </message>
    <message>
        <source>Collection costs by the statutory scale (art. 6:96 BW): %1.</source>
        <translation>Incassokosten volgens de wettelijke staffel (art. 6:96 BW): %1.</translation>
    </message>
    <message>
        <source>Recovery probability as estimated: %1%.</source>
        <translation>Kans op verhaal zoals geschat: %1%.</translation>
    </message>
    <message>
        <source>Recovery probability from the customer&apos;s payment history: %1%.</source>
        <translation>Kans op verhaal op basis van de betaalhistorie van de klant: %1%.</translation>
    </message>
    <message>
        <source>No collection costs yet: the term of the 14-day letter of %1 runs until %2 (14 days after the assumed receipt); they count from %3.</source>
        <translation>Nog geen incassokosten: de termijn van de veertiendagenbrief van %1 loopt tot en met %2 (14 dagen na de veronderstelde ontvangst); ze zijn verschuldigd vanaf %3.</translation>
    </message>
    <message>
        <source>Court fee for a claim of %1, paid by the claimant: %2 (to verify: %3).</source>
        <translation>Griffierecht bij een vordering van %1, te betalen door de eiser: %2 (te controleren: %3).</translation>
    </message>
    <message>
        <source>Court fee for a claim of %1, paid by the claimant: %2.</source>
        <translation>Griffierecht bij een vordering van %1, te betalen door de eiser: %2.</translation>
    </message>
    <message>
        <source>Case %1 is in %2, and collection costs and court fees are euro amounts: enter the euro rate of %2 for %3 first (disputedesk-cli exchange-rates).</source>
        <translation>Dossier %1 is in %2, en incassokosten en griffierechten zijn eurobedragen: voer eerst de eurokoers van %2 voor %3 in (disputedesk-cli exchange-rates).</translation>
    </message>
    <message>
        <source>Euro amounts converted at 1 EUR = %1 %2 (rate of %3).</source>
        <translation>Eurobedragen omgerekend tegen 1 EUR = %1 %2 (koers van %3).</translation>
    </message>
    <message>
        <source>Collection costs by the statutory scale (art. 6:96 BW) on %1: %2, that is %3.</source>
        <translation>Incassokosten volgens de wettelijke staffel (art. 6:96 BW) over %1: %2, dat is %3.</translation>
    </message>
    <message>
        <source>Case %1 is in %2: an estimate in %3 cannot be used.</source>
        <translation>Dossier %1 is in %2: een schatting in %3 kan niet worden gebruikt.</translation>
    </message>
</context>
<context>
    <name>dd::CaseBookkeeping</name>
    <message>
        <source>There is no dispute case with id %1.</source>
        <translation>Er is geen dossier met id %1.</translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation>Dossier %1 is gesloten.</translation>
    </message>
    <message>
        <source>The recovery probability must be from 0% to 100%.</source>
        <translation>De kans op inning moet tussen 0% en 100% liggen.</translation>
    </message>
    <message>
        <source>from the payment history</source>
        <translation>uit het betaalgedrag</translation>
    </message>
    <message>
        <source>Recovery probability: %1 (was %2)</source>
        <translation>Kans op inning: %1 (was %2)</translation>
    </message>
    <message>
        <source>Assignee: name the controller who takes over the case.</source>
        <translation>Behandelaar: noem de medewerker die het dossier overneemt.</translation>
    </message>
    <message>
        <source>Assignee: a name of at most 100 characters.</source>
        <translation>Behandelaar: een naam van hoogstens 100 tekens.</translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2 already.</source>
        <translation>Dossier %1 is al toegewezen aan %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2</source>
        <translation>overgedragen van %1 aan %2</translation>
    </message>
</context>
<context>
    <name>dd::CliApplication</name>
    <message>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>onbekende opdracht &quot;%1&quot; (probeer --help)</translation>
    </message>
</context>
<context>
    <name>dd::CliCommand</name>
    <message>
        <source>The DisputeDesk database file.</source>
        <translation>Het DisputeDesk-databasebestand.</translation>
    </message>
    <message>
        <source>Output as table (default), csv or json.</source>
        <translation>Uitvoer als tabel (standaard), csv of json.</translation>
    </message>
    <message>
        <source>The date to compute for (YYYY-MM-DD); default today.</source>
        <translation>De datum waarvoor berekend wordt (JJJJ-MM-DD); standaard vandaag.</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>Het dossiernummer.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is verplicht</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db BESTAND is verplicht</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 bestaat niet</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;</source>
        <translation>--format moet table, csv of json zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot; is geen geheel getal van %3 tot en met %4</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
</context>
<context>
    <name>dd::CloseCommand</name>
    <message>
        <source>close %1: %2</source>
        <translation>%1 sluiten: %2</translation>
    </message>
    <message>
        <source>close</source>
        <translation>sluiten</translation>
    </message>
    <message>
        <source>The case is closed with its credit notes issued, which cannot be taken back: closing it cannot be undone.</source>
        <translation>Het dossier wordt gesloten met de gemaakte creditnota&apos;s, die niet kunnen worden teruggedraaid: het sluiten kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>dd::CollectionCosts</name>
    <message>
        <source>the principal must be more than zero</source>
        <translation>de hoofdsom moet groter zijn dan nul</translation>
    </message>
    <message>
        <source>at least one late invoice is needed</source>
        <translation>er is minstens één te laat betaalde factuur nodig</translation>
    </message>
</context>
<context>
    <name>dd::CollectionCostsCommand</name>
    <message>
        <source>Statutory collection costs (art. 6:96 BW), with the breakdown per bracket.</source>
        <translation>Wettelijke incassokosten (art. 6:96 BW), met de opbouw per staffel.</translation>
    </message>
    <message>
        <source>The unpaid principal, without interest (1234.56 or 1.234,56).</source>
        <translation>De onbetaalde hoofdsom, zonder rente (1234.56 of 1.234,56).</translation>
    </message>
    <message>
        <source>The debtor: consumer (default) or business.</source>
        <translation>De klant: consumer (standaard) of business (zakelijk).</translation>
    </message>
    <message>
        <source>Add 21% VAT (for a creditor that cannot deduct VAT).</source>
        <translation>Tel 21% btw op (voor een schuldeiser die geen btw kan aftrekken).</translation>
    </message>
    <message>
        <source>Business: the number of late invoices for the EU compensation of EUR 40 each (default 1).</source>
        <translation>Zakelijk: het aantal te laat betaalde facturen voor de EU-vergoeding van EUR 40 per factuur (standaard 1).</translation>
    </message>
    <message>
        <source>consumer: due only after a valid 14-day letter (art. 6:96 lid 6 BW) that states this amount</source>
        <translation>consument: pas verschuldigd na een geldige veertiendagenbrief (art. 6:96 lid 6 BW) die dit bedrag noemt</translation>
    </message>
    <message>
        <source>business: the scale is the default unless the contract agrees otherwise; the alternative is EUR 40 per late invoice (Directive 2011/7/EU art. 6, CJEU C-585/20), due without reminder</source>
        <translation>zakelijk: de staffel geldt, tenzij het contract iets anders bepaalt; het alternatief is EUR 40 per te laat betaalde factuur (Richtlijn 2011/7/EU art. 6, HvJ EU C-585/20), verschuldigd zonder aanmaning</translation>
    </message>
</context>
<context>
    <name>dd::ColumnMapping</name>
    <message>
        <source>the mapping is not a JSON object (%1)</source>
        <translation>de koppeling is geen JSON-object (%1)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; in the mapping</source>
        <translation>onbekende soort &quot;%1&quot; in de koppeling</translation>
    </message>
    <message>
        <source>unknown dateFormat &quot;%1&quot; in the mapping</source>
        <translation>onbekend dateFormat &quot;%1&quot; in de koppeling</translation>
    </message>
    <message>
        <source>&quot;decimal&quot; must be &quot;comma&quot; or &quot;point&quot;, not &quot;%1&quot;</source>
        <translation>&quot;decimal&quot; moet &quot;comma&quot; of &quot;point&quot; zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the mapping names an unknown field &quot;%1&quot;</source>
        <translation>de koppeling noemt een onbekend veld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the column of &quot;%1&quot; must be a header text</source>
        <translation>de kolom van &quot;%1&quot; moet een kolomkoptekst zijn</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <source>Allocated amount</source>
        <translation>Toegewezen bedrag</translation>
    </message>
    <message>
        <source>Amicable settlement</source>
        <translation>Minnelijke regeling</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>Payment arrangement</source>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kredietlimiet</translation>
    </message>
    <message>
        <source>Reason for the credit</source>
        <translation>Reden van de creditering</translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation>Gecrediteerd bedrag</translation>
    </message>
    <message>
        <source>Invoice credited</source>
        <translation>Gecrediteerde factuur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Amount disputed</source>
        <translation>Betwist bedrag</translation>
    </message>
    <message>
        <source>Do not dun</source>
        <translation>Niet aanmanen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Euro exchange rate</source>
        <translation>Wisselkoers euro</translation>
    </message>
    <message>
        <source>Date of the euro rate</source>
        <translation>Datum van de eurokoers</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Coulance</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Factuurregel</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Opgesteld op</translation>
    </message>
    <message>
        <source>Amount justified</source>
        <translation>Terecht bedrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>Preventieve maatregel</translation>
    </message>
    <message>
        <source>Department responsible</source>
        <translation>Verantwoordelijke afdeling</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Wat ging er mis</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Regelnummer</translation>
    </message>
    <message>
        <source>Line VAT</source>
        <translation>Btw van de regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobedrag</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Amount open</source>
        <translation>Openstaand bedrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Betaald bedrag</translation>
    </message>
    <message>
        <source>Payment term (days)</source>
        <translation>Betalingstermijn (dagen)</translation>
    </message>
    <message>
        <source>Peppol ID</source>
        <translation>Peppol-ID</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Prepaid amount</source>
        <translation>Vooruitbetaald bedrag</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Productcode</translation>
    </message>
    <message>
        <source>Answer promised on</source>
        <translation>Antwoord toegezegd op</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation>Volgnummer in de reeks</translation>
    </message>
    <message>
        <source>Series year</source>
        <translation>Jaar van de reeks</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Customer&apos;s account</source>
        <translation>Verhaal van de klant</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Totaal excl. btw</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Totaal incl. btw</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Path if unjustified</source>
        <translation>Vervolg bij onterecht</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Btw-bedrag</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Btw-categorie</translation>
    </message>
    <message>
        <source>VAT in euros</source>
        <translation>Btw in euro</translation>
    </message>
    <message>
        <source>VAT exemption code</source>
        <translation>Code btw-vrijstelling</translation>
    </message>
    <message>
        <source>VAT exemption reason</source>
        <translation>Reden btw-vrijstelling</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
</context>
<context>
    <name>dd::CompanyCommand</name>
    <message>
        <source>The company&apos;s name.</source>
        <translation>De naam van het bedrijf.</translation>
    </message>
    <message>
        <source>Street and number.</source>
        <translation>Straat en huisnummer.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Postcode.</translation>
    </message>
    <message>
        <source>City: also the place before a letter&apos;s date.</source>
        <translation>Plaats: ook de plaatsnaam vóór de datum van een brief.</translation>
    </message>
    <message>
        <source>Country, ISO 3166 code (NL).</source>
        <translation>Land, ISO 3166-code (NL).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mailadres.</translation>
    </message>
    <message>
        <source>Telephone number.</source>
        <translation>Telefoonnummer.</translation>
    </message>
    <message>
        <source>Web site.</source>
        <translation>Website.</translation>
    </message>
    <message>
        <source>The account customers pay into.</source>
        <translation>De rekening waarop klanten betalen.</translation>
    </message>
    <message>
        <source>BIC of that account.</source>
        <translation>BIC van die rekening.</translation>
    </message>
    <message>
        <source>Chamber of Commerce (KvK) number.</source>
        <translation>Nummer bij de Kamer van Koophandel (KvK-nummer).</translation>
    </message>
    <message>
        <source>VAT number (NL123456789B01).</source>
        <translation>Btw-nummer (NL123456789B01).</translation>
    </message>
    <message>
        <source>Prefix of the credit note numbers (CN).</source>
        <translation>Voorvoegsel van de creditnotanummers (CN).</translation>
    </message>
    <message>
        <source>Shows the company details of letters and credit notes; the options given change them.</source>
        <translation>Toont de bedrijfsgegevens voor brieven en creditnota&apos;s; de opgegeven opties wijzigen ze.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>veld</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>Still missing for credit notes and letters: %1</source>
        <translation>Ontbreekt nog voor creditnota&apos;s en brieven: %1</translation>
    </message>
</context>
<context>
    <name>dd::CompanySettings</name>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>btw-nummer</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>%1 needs the company&apos;s %2, which are not filled in. Fill them in under Settings ▸ Company and Letters in the program, or with disputedesk-cli company, then try again; nothing was issued or recorded.</source>
        <translation>%1 vereist deze bedrijfsgegevens, die nog niet zijn ingevuld: %2. Vul ze in het programma in onder Instellingen ▸ Bedrijf en brieven, of met disputedesk-cli company, en probeer het daarna opnieuw; er is niets gemaakt of vastgelegd.</translation>
    </message>
</context>
<context>
    <name>dd::CompanySettingsCommand</name>
    <message>
        <source>change the company details</source>
        <translation>de bedrijfsgegevens wijzigen</translation>
    </message>
</context>
<context>
    <name>dd::CompanySettingsDialog</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>You are right</source>
        <translation>U hebt gelijk</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Afwijzing</translation>
    </message>
    <message>
        <source>Payment arrangement</source>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Coulance</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Company and Letters</source>
        <translation>Bedrijf en brieven</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Bedrijf</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Sjablonen</translation>
    </message>
    <message>
        <source>Two letters (ISO 3166), e.g. NL</source>
        <translation>Twee letters (ISO 3166), bijv. NL</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;-&apos;; numbers read PREFIX-YEAR-NUMBER</source>
        <translation>Letters, cijfers en &apos;-&apos;; nummers luiden PREFIX-JAAR-NUMMER</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straat:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Plaa&amp;ts:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <source>&amp;KvK number:</source>
        <translation>&amp;KvK-nummer:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <source>Credit note pre&amp;fix:</source>
        <translation>Voorvoegsel &amp;creditnota:</translation>
    </message>
    <message>
        <source>Pa&amp;yment term in letters:</source>
        <translation>Betaal&amp;termijn in brieven:</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>&amp;Reset to Built-in Text</source>
        <translation>&amp;Standaardtekst herstellen</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Eigen tekst</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Standaardtekst</translation>
    </message>
    <message>
        <source>Example Customer B.V.</source>
        <translation>Voorbeeldklant B.V.</translation>
    </message>
    <message>
        <source>Example Street 1</source>
        <translation>Voorbeeldstraat 1</translation>
    </message>
    <message>
        <source>Amsterdam</source>
        <translation>Amsterdam</translation>
    </message>
    <message>
        <source>J. de Vries</source>
        <translation>J. de Vries</translation>
    </message>
    <message>
        <source>Changed; saved on OK</source>
        <translation>Gewijzigd; wordt opgeslagen bij OK</translation>
    </message>
    <message>
        <source>Filled in from the case when the letter is made (or misspelt): %1</source>
        <translation>Ingevuld uit het dossier bij het maken van de brief (of verkeerd gespeld): %1</translation>
    </message>
    <message>
        <source>Logo for the Letterhead</source>
        <translation>Logo voor het briefpapier</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Edit &amp;HTML</source>
        <translation>&amp;HTML bewerken</translation>
    </message>
    <message>
        <source>For the advanced: the template as the HTML that is stored, placeholders included</source>
        <translation>Voor gevorderden: het sjabloon als de HTML die wordt opgeslagen, met de velden</translation>
    </message>
    <message>
        <source>Fields such as {{company.name}} and {{customer.name}} are filled in when the letter is made: put them in with Insert Field. The preview fills in the company above and an example customer.</source>
        <translation>Velden zoals {{company.name}} en {{customer.name}} worden ingevuld als de brief wordt gemaakt: zet ze erin met Veld invoegen. Het voorbeeld vult het bedrijf hierboven en een voorbeeldklant in.</translation>
    </message>
</context>
<context>
    <name>dd::ConcludeVerificationCommand</name>
    <message>
        <source>conclude verification of %1</source>
        <translation>verificatie van %1 afronden</translation>
    </message>
    <message>
        <source>conclude verification</source>
        <translation>verificatie afronden</translation>
    </message>
</context>
<context>
    <name>dd::ConnectDatabaseDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelhanger</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Verbinden met teamdatabase</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, or the folder of its Unix socket (starting with /)</source>
        <translation>De naam of het adres van de server, of de map van zijn Unix-socket (begint met /)</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Uw inlognaam</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable: nooit versleutelen</translation>
    </message>
    <message>
        <source>allow: encrypt when the server insists</source>
        <translation>allow: versleutelen als de server erom vraagt</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can</source>
        <translation>prefer: versleutelen als de server het kan</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require: altijd versleutelen</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, and check the server&apos;s certificate</source>
        <translation>verify-ca: versleutelen en het certificaat van de server controleren</translation>
    </message>
    <message>
        <source>verify-full: encrypt, and check the certificate and the server&apos;s name</source>
        <translation>verify-full: versleutelen en het certificaat en de naam van de server controleren</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass, PGPASSWORD or PGSERVICE</source>
        <translation>Leeg: uit ~/.pgpass, PGPASSWORD of PGSERVICE</translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keychain, never in DisputeDesk&apos;s settings</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelhanger van het bureaublad, nooit in de instellingen van DisputeDesk</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databasenaam:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SS&amp;L-modus:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Verbindt met %1</translation>
    </message>
    <message>
        <source>Name the database to connect to.</source>
        <translation>Geef de database op om mee te verbinden.</translation>
    </message>
</context>
<context>
    <name>dd::CopyCommand</name>
    <message>
        <source>Copies a whole database between a file and a team database, and compares both sides.</source>
        <translation>Kopieert een hele database tussen een bestand en een teamdatabase en vergelijkt beide kanten.</translation>
    </message>
    <message>
        <source>The database to copy: a file or a postgresql:// URL.</source>
        <translation>De database die gekopieerd wordt: een bestand of een postgresql://-URL.</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or a postgresql:// URL of an empty database.</source>
        <translation>Waarheen: een nieuw bestand, of een postgresql://-URL van een lege database.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied to %1; both sides identical.</source>
        <translation>
            <numerusform>%n rij gekopieerd naar %1; beide kanten gelijk.</numerusform>
            <numerusform>%n rijen gekopieerd naar %1; beide kanten gelijk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::CopyDatabaseDialog</name>
    <message>
        <source>A new &amp;file:</source>
        <translation>Een nieuw &amp;bestand:</translation>
    </message>
    <message>
        <source>A &amp;team database (PostgreSQL), empty:</source>
        <translation>Een lege &amp;teamdatabase (PostgreSQL):</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Copy Database To</source>
        <translation>Database kopiëren naar</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/dbname</source>
        <translation>postgresql://gebruiker@server:5432/database</translation>
    </message>
    <message>
        <source>Copies every customer, invoice, payment, case, credit note and document of %1, with its audit trail, to another place. The copy is checked table by table: the same rows and the same amounts on both sides.</source>
        <translation>Kopieert elke klant, factuur, betaling, elk dossier, elke creditnota en elk document van %1, met de audittrail, naar een andere plek. De kopie wordt per tabel gecontroleerd: dezelfde rijen en dezelfde bedragen aan beide kanten.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>dd::CostBenefitAssessment</name>
    <message>
        <source>Go to court. With a %1% chance of recovery, collecting through the court is expected to bring %2 more than writing the claim off as goodwill: %3 expected back, minus %4 in court, summons and representative costs, %5 for waiting %6 months and %7 of customer relationship at stake.</source>
        <translation>Naar de rechter. Met %1% kans op verhaal levert incasso via de rechter naar verwachting %2 meer op dan de vordering uit coulance af te boeken: %3 verwacht terug, min %4 aan griffierecht, dagvaardings- en gemachtigdenkosten, %5 voor %6 maanden wachten en %7 aan klantrelatie op het spel.</translation>
    </message>
    <message>
        <source>Consider goodwill. With a %1% chance of recovery, going to court is expected to cost %2 more than writing off the %3 claim: %4 expected back, minus %5 in court, summons and representative costs, %6 for waiting %7 months and %8 of customer relationship at stake.</source>
        <translation>Overweeg coulance. Met %1% kans op verhaal kost naar de rechter gaan naar verwachting %2 meer dan de vordering van %3 af te boeken: %4 verwacht terug, min %5 aan griffierecht, dagvaardings- en gemachtigdenkosten, %6 voor %7 maanden wachten en %8 aan klantrelatie op het spel.</translation>
    </message>
    <message>
        <source>Court pays off above a %1% chance of recovery.</source>
        <translation>Een gerechtelijke procedure loont boven %1% kans op verhaal.</translation>
    </message>
    <message>
        <source>Even a certain recovery would not cover the costs of court.</source>
        <translation>Zelfs een zeker verhaal zou de proceskosten niet dekken.</translation>
    </message>
</context>
<context>
    <name>dd::CostBenefitCommand</name>
    <message>
        <source>Cost-benefit of legal collection versus goodwill for a case; --record keeps it with the case.</source>
        <translation>Kosten-batenafweging van juridische incasso tegenover coulance voor een dossier; --record legt die vast bij het dossier.</translation>
    </message>
    <message>
        <source>Your estimate of the chance to recover, in percent (default: from the customer&apos;s payment history).</source>
        <translation>Uw schatting van de kans op verhaal, in procenten (standaard: op basis van de betaalhistorie van de klant).</translation>
    </message>
    <message>
        <source>Interest to date, when you know better than the rate table.</source>
        <translation>Rente tot nu toe, als u die beter weet dan de rentetabel.</translation>
    </message>
    <message>
        <source>Bailiff&apos;s summons costs (default 110.00).</source>
        <translation>Dagvaardingskosten van de deurwaarder (standaard 110.00).</translation>
    </message>
    <message>
        <source>Lawyer or agency costs (default 250.00).</source>
        <translation>Kosten van advocaat of incassobureau (standaard 250.00).</translation>
    </message>
    <message>
        <source>Months to judgment (default 6).</source>
        <translation>Maanden tot het vonnis (standaard 6).</translation>
    </message>
    <message>
        <source>Record the assessment with the case.</source>
        <translation>Leg de afweging vast bij het dossier.</translation>
    </message>
    <message>
        <source>--probability must be a percentage from 0 to 100</source>
        <translation>--probability moet een percentage van 0 tot en met 100 zijn</translation>
    </message>
    <message>
        <source>it cannot be negative</source>
        <translation>mag niet negatief zijn</translation>
    </message>
    <message>
        <source>assessment recorded with %1</source>
        <translation>afweging vastgelegd bij %1</translation>
    </message>
</context>
<context>
    <name>dd::CostBenefitTable</name>
    <message>
        <source>Claim (unjustified part)</source>
        <translation>Vordering (onterecht deel)</translation>
    </message>
    <message>
        <source>Statutory interest to date</source>
        <translation>Wettelijke rente tot heden</translation>
    </message>
    <message>
        <source>Collection costs</source>
        <translation>Incassokosten</translation>
    </message>
    <message>
        <source>Court fee, awarded</source>
        <translation>Griffierecht, toegewezen</translation>
    </message>
    <message>
        <source>Summons costs, awarded</source>
        <translation>Dagvaardingskosten, toegewezen</translation>
    </message>
    <message>
        <source>Claim awarded by the court</source>
        <translation>Door de rechter toegewezen vordering</translation>
    </message>
    <message>
        <source>Expected recovery: %1% of %2</source>
        <translation>Verwachte opbrengst: %1% van %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n month(s) at %1% cost of capital a year</source>
        <translation>
            <numerusform>%n maand wachten tegen %1% vermogenskosten per jaar</numerusform>
            <numerusform>%n maanden wachten tegen %1% vermogenskosten per jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Court fee, paid up front</source>
        <translation>Griffierecht, vooraf betaald</translation>
    </message>
    <message>
        <source>Summons costs, paid up front</source>
        <translation>Dagvaardingskosten, vooraf betaald</translation>
    </message>
    <message>
        <source>Lawyer or agency, not awarded</source>
        <translation>Advocaat of incassobureau, niet toegewezen</translation>
    </message>
    <message>
        <source>Customer relationship at stake: %1% of %2 yearly revenue</source>
        <translation>Klantrelatie op het spel: %1% van %2 jaaromzet</translation>
    </message>
    <message>
        <source>Gain of legal collection over goodwill</source>
        <translation>Voordeel van juridische incasso boven coulance</translation>
    </message>
</context>
<context>
    <name>dd::CostBenefitView</name>
    <message>
        <source>Use for this case</source>
        <translation>Gebruiken voor dit dossier</translation>
    </message>
    <message>
        <source>Use payment history</source>
        <translation>Betaalgedrag gebruiken</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Recorded with the case and in its audit trail; Undo takes it back</source>
        <translation>Vastgelegd bij het dossier en in de audittrail; Ongedaan maken draait het terug</translation>
    </message>
    <message>
        <source>Recovery probability:</source>
        <translation>Kans op inning:</translation>
    </message>
    <message>
        <source>%1 (to verify)</source>
        <translation>%1 (te controleren)</translation>
    </message>
    <message>
        <source>The probability is the estimate set for this case.</source>
        <translation>De kans is de schatting die voor dit dossier is ingesteld.</translation>
    </message>
    <message>
        <source>The probability follows from the customer&apos;s payment history.</source>
        <translation>De kans volgt uit het betaalgedrag van de klant.</translation>
    </message>
</context>
<context>
    <name>dd::CourtFeeCommand</name>
    <message>
        <source>Court fee (griffierecht) at the kantonrechter by claim and kind of party.</source>
        <translation>Griffierecht bij de kantonrechter naar vordering en soort partij.</translation>
    </message>
    <message>
        <source>The amount claimed (1234.56 or 1.234,56).</source>
        <translation>Het gevorderde bedrag (1234.56 of 1.234,56).</translation>
    </message>
    <message>
        <source>The date of filing (YYYY-MM-DD); default today.</source>
        <translation>De datum van indiening (JJJJ-MM-DD); standaard vandaag.</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>bron: %1</translation>
    </message>
    <message>
        <source>the fee table is marked &quot;to verify&quot; for %1</source>
        <translation>de griffierechttabel is voor %1 gemarkeerd als &quot;te controleren&quot;</translation>
    </message>
    <message>
        <source>The party that sues, and so pays the fee: organisation, person or low-income (a person with little income).</source>
        <translation>De partij die dagvaardt en dus het griffierecht betaalt: organisation (rechtspersoon), person (natuurlijk persoon) of low-income (een onvermogende: een persoon met een laag inkomen).</translation>
    </message>
    <message>
        <source>Old name of --claimant.</source>
        <translation>Oude naam van --claimant.</translation>
    </message>
</context>
<context>
    <name>dd::CourtFeeTable</name>
    <message>
        <source>court fee brackets: not a valid JSON list</source>
        <translation>griffierechtschijven: geen geldige JSON-lijst</translation>
    </message>
    <message>
        <source>brackets</source>
        <translation>schijven</translation>
    </message>
    <message>
        <source>court fee table: not valid JSON (%1)</source>
        <translation>griffierechttabel: geen geldige JSON (%1)</translation>
    </message>
    <message>
        <source>court fee table: no periods</source>
        <translation>griffierechttabel: geen perioden</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>periode %1</translation>
    </message>
    <message>
        <source>court fee table: %1 has no &quot;from&quot; date</source>
        <translation>griffierechttabel: %1 heeft geen begindatum (&quot;from&quot;)</translation>
    </message>
    <message>
        <source>the shipped court fee table is missing</source>
        <translation>de meegeleverde griffierechttabel ontbreekt</translation>
    </message>
    <message>
        <source>a court fee period needs a first day</source>
        <translation>een griffierechtperiode heeft een eerste dag nodig</translation>
    </message>
    <message>
        <source>a court fee period must end on or after its first day</source>
        <translation>een griffierechtperiode moet eindigen op of na de eerste dag</translation>
    </message>
    <message>
        <source>the claim must be more than zero</source>
        <translation>de vordering moet groter zijn dan nul</translation>
    </message>
    <message>
        <source>no court fees are known</source>
        <translation>er zijn geen griffierechten bekend</translation>
    </message>
    <message>
        <source>no court fee table is known for %1 (the first table starts %2; add the period in the settings)</source>
        <translation>er is geen griffierechttabel bekend voor %1 (de eerste tabel begint op %2; voeg de periode toe in de instellingen)</translation>
    </message>
    <message>
        <source>a claim above %1 goes to the rechtbank; its court fees are not in the kantonrechter table</source>
        <translation>een vordering boven %1 gaat naar de rechtbank; die griffierechten staan niet in de tabel van de kantonrechter</translation>
    </message>
    <message>
        <source>the court fee table in force on %1 has no bracket for %2</source>
        <translation>de griffierechttabel die geldt op %1 heeft geen schijf voor %2</translation>
    </message>
    <message>
        <source>%1, lowIncome</source>
        <translation>%1, lowIncome</translation>
    </message>
    <message>
        <source>the court fee of a claimant with little income is not in the table in force on %1; add it in the settings</source>
        <translation>het griffierecht voor een onvermogende eiser (met een laag inkomen) staat niet in de tabel die geldt op %1; voeg het toe in de instellingen</translation>
    </message>
</context>
<context>
    <name>dd::CreditCommand</name>
    <message>
        <source>credit the justified part of %1</source>
        <translation>terecht deel van %1 crediteren</translation>
    </message>
    <message>
        <source>An issued credit note cannot be taken back: this cannot be undone.</source>
        <translation>Een gemaakte creditnota kan niet worden teruggedraaid: dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteCalculator</name>
    <message>
        <source>Name at least one line of invoice %1 to credit.</source>
        <translation>Noem ten minste één regel van factuur %1 om te crediteren.</translation>
    </message>
    <message>
        <source>Line %1 is named twice.</source>
        <translation>Regel %1 is twee keer genoemd.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2 (it has %3 lines).</source>
        <translation>Factuur %1 heeft geen regel %2 (de factuur heeft %3 regels).</translation>
    </message>
    <message>
        <source>The amount must be in %1, the currency of invoice %2.</source>
        <translation>Het bedrag moet in %1 zijn, de valuta van factuur %2.</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>Het te crediteren bedrag moet groter zijn dan nul.</translation>
    </message>
    <message>
        <source>Invoice %1 has no amount to credit.</source>
        <translation>Factuur %1 heeft geen bedrag om te crediteren.</translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteExportCommand</name>
    <message>
        <source>Writes an issued credit note as PDF.</source>
        <translation>Schrijft een uitgegeven creditnota als PDF.</translation>
    </message>
    <message>
        <source>Writes an issued credit note as UBL 2.1 CreditNote (Peppol BIS Billing 3.0).</source>
        <translation>Schrijft een uitgegeven creditnota als UBL 2.1 CreditNote (Peppol BIS Billing 3.0).</translation>
    </message>
    <message>
        <source>The credit note number, e.g. CN-2026-000001.</source>
        <translation>Het creditnotanummer, bijvoorbeeld CN-2026-000001.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is verplicht</translation>
    </message>
    <message>
        <source>there is no credit note %1</source>
        <translation>er is geen creditnota %1</translation>
    </message>
    <message>
        <source>Plain EN 16931, without the Peppol rules (for a buyer without a Peppol address).</source>
        <translation>Gewone EN 16931, zonder de Peppol-regels (voor een koper zonder Peppol-adres).</translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteFileSaver</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Save Credit Note as PDF</source>
        <translation>Creditnota opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Save Credit Note as Peppol UBL</source>
        <translation>Creditnota opslaan als Peppol-UBL</translation>
    </message>
    <message>
        <source>Save Credit Note as EN 16931 UBL (not Peppol)</source>
        <translation>Creditnota opslaan als EN 16931-UBL (geen Peppol)</translation>
    </message>
    <message>
        <source>UBL invoices (*.xml)</source>
        <translation>UBL-facturen (*.xml)</translation>
    </message>
    <message>
        <source>Not a Peppol Credit Note</source>
        <translation>Geen Peppol-creditnota</translation>
    </message>
    <message>
        <source>Credit note %1 cannot go over Peppol: %2.</source>
        <translation>Creditnota %1 kan niet via Peppol worden verzonden: %2.</translation>
    </message>
    <message>
        <source>Send the customer the PDF instead. A plain EN 16931 UBL file follows the European standard without the Peppol rules: fine for the customer&apos;s bookkeeping, but a Peppol access point refuses it.</source>
        <translation>Stuur de klant in plaats daarvan de PDF. Een gewoon EN 16931-UBL-bestand volgt de Europese norm zonder de Peppol-regels: geschikt voor de boekhouding van de klant, maar een Peppol-toegangspunt weigert het.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;EN 16931 UBL (not Peppol)…</source>
        <translation>Opslaan als &amp;EN 16931-UBL (geen Peppol)…</translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteIssueCommand</name>
    <message>
        <source>Issues a credit note for an invoice (all of it, some lines, or an amount) and prints its number.</source>
        <translation>Maakt een creditnota voor een factuur (geheel, enkele regels of een bedrag) en toont het nummer ervan.</translation>
    </message>
    <message>
        <source>The invoice to credit.</source>
        <translation>De te crediteren factuur.</translation>
    </message>
    <message>
        <source>The amount to credit, including VAT (default: all that is open).</source>
        <translation>Het te crediteren bedrag, inclusief btw (standaard: alles wat openstaat).</translation>
    </message>
    <message>
        <source>The invoice lines to credit in full, e.g. 1,3.</source>
        <translation>De factuurregels die volledig worden gecrediteerd, bijvoorbeeld 1,3.</translation>
    </message>
    <message>
        <source>Why the invoice is credited (printed on the credit note).</source>
        <translation>Waarom de factuur wordt gecrediteerd (wordt op de creditnota afgedrukt).</translation>
    </message>
    <message>
        <source>The dispute case the credit comes from.</source>
        <translation>Het dossier waaruit de creditering voortkomt.</translation>
    </message>
    <message>
        <source>The date of the credit note (YYYY-MM-DD); default today.</source>
        <translation>De datum van de creditnota (JJJJ-MM-DD); standaard vandaag.</translation>
    </message>
    <message>
        <source>Also write the credit note as PDF to this file.</source>
        <translation>Schrijf de creditnota ook als PDF naar dit bestand.</translation>
    </message>
    <message>
        <source>Also write the credit note as UBL 2.1 (Peppol) to this file.</source>
        <translation>Schrijf de creditnota ook als UBL 2.1 (Peppol) naar dit bestand.</translation>
    </message>
    <message>
        <source>give --amount or --lines, not both</source>
        <translation>geef --amount of --lines, niet allebei</translation>
    </message>
    <message>
        <source>--lines: &quot;%1&quot; is not a list of line numbers such as 1,3</source>
        <translation>--lines: &quot;%1&quot; is geen lijst van regelnummers zoals 1,3</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>er is geen factuur %1</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>er is geen dossier %1</translation>
    </message>
    <message>
        <source>credit note %1 was issued, but %2 could not be written (%3). Do not issue it again; write the file with: disputedesk-cli credit-note %4 %1 --out FILE</source>
        <translation>creditnota %1 is gemaakt, maar %2 kon niet worden geschreven (%3). Maak de creditnota niet opnieuw; schrijf het bestand met: disputedesk-cli credit-note %4 %1 --out FILE</translation>
    </message>
    <message>
        <source>Write --ubl as plain EN 16931, without the Peppol rules (for a buyer without a Peppol address).</source>
        <translation>Schrijf --ubl als gewone EN 16931, zonder de Peppol-regels (voor een koper zonder Peppol-adres).</translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteListView</name>
    <message>
        <source>&amp;Issue Credit Note…</source>
        <translation>Creditnota &amp;maken…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation>&amp;UBL opslaan…</translation>
    </message>
    <message numerus="yes">
        <source>%n credit note(s)</source>
        <translation>
            <numerusform>%n creditnota</numerusform>
            <numerusform>%n creditnota&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Creditnota&apos;s</translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteService</name>
    <message>
        <source>A credit note needs its reason.</source>
        <translation>Een creditnota heeft een reden nodig.</translation>
    </message>
    <message>
        <source>Credit either an amount or lines, not both.</source>
        <translation>Crediteer een bedrag of regels, niet allebei.</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Er is geen factuur %1.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to credit (status: %2).</source>
        <translation>Op factuur %1 valt niets meer te crediteren (status: %2).</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before invoice %1 (%2).</source>
        <translation>Een creditnota kan niet vóór factuur %1 (%2) gedateerd zijn.</translation>
    </message>
    <message>
        <source>Line %1 of invoice %2 has already been credited.</source>
        <translation>Regel %1 van factuur %2 is al gecrediteerd.</translation>
    </message>
    <message>
        <source>A credit note must credit more than zero.</source>
        <translation>Een creditnota moet meer dan nul crediteren.</translation>
    </message>
    <message>
        <source>Credit note number %1 is already in use; change the prefix.</source>
        <translation>Creditnotanummer %1 is al in gebruik; wijzig het voorvoegsel.</translation>
    </message>
    <message>
        <source>Invoice %1 changed while the credit note was made; try again.</source>
        <translation>Factuur %1 is gewijzigd terwijl de creditnota werd gemaakt; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A credit note</source>
        <translation>Een creditnota</translation>
    </message>
    <message>
        <source>A credit note cannot be dated after today (%1): %2 is in the future.</source>
        <translation>Een creditnota kan niet na vandaag (%1) gedateerd zijn: %2 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The credit notes of %1 already run to %2: a new one cannot be dated earlier (%3), or its number would come after a note of a later date.</source>
        <translation>De creditnota&apos;s van %1 lopen al tot en met %2: een nieuwe kan niet eerder gedateerd zijn (%3), anders zou het nummer ervan na dat van een creditnota met een latere datum komen.</translation>
    </message>
    <message>
        <source>Enter the euro rate of %1 for %2 first (disputedesk-cli exchange-rates --currency %1 --date %2 --rate R, or --import the ECB&apos;s file).</source>
        <translation>Voer eerst de eurokoers van %1 voor %2 in (disputedesk-cli exchange-rates --currency %1 --date %2 --rate R, of --import het koersbestand van de ECB).</translation>
    </message>
    <message>
        <source>A credit note in %1 states its VAT in euros too (VAT Directive art. 230), at the rate of invoice %2&apos;s date, and there is no euro rate for %1 on or before %3. %4</source>
        <translation>Een creditnota in %1 vermeldt de btw ook in euro (btw-richtlijn art. 230), tegen de koers van de datum van factuur %2, en er is geen eurokoers voor %1 op of vóór %3. %4</translation>
    </message>
    <message>
        <source>The latest euro rate of %1 before invoice %2&apos;s date (%3) is of %4, more than %5 days earlier: the VAT in euros would rest on an outdated rate. %6</source>
        <translation>De laatste eurokoers van %1 vóór de datum van factuur %2 (%3) is van %4, meer dan %5 dagen eerder: de btw in euro zou op een verouderde koers berusten. %6</translation>
    </message>
    <message>
        <source>Credit note %1 cannot go over Peppol: %2. Send the PDF instead, or a plain EN 16931 UBL file without the Peppol rules (--en16931%3).</source>
        <translation>Creditnota %1 kan niet via Peppol worden verzonden: %2. Stuur in plaats daarvan de PDF, of een gewoon EN 16931-UBL-bestand zonder de Peppol-regels (--en16931%3).</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(concept)</translation>
    </message>
    <message>
        <source>A credit note of %1 exceeds what invoice %2 still comes to after earlier credit notes (%3).</source>
        <translation>Een creditnota van %1 is meer dan factuur %2 na eerdere creditnota&apos;s nog bedraagt (%3).</translation>
    </message>
</context>
<context>
    <name>dd::CreditNoteTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. btw</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. btw</translation>
    </message>
</context>
<context>
    <name>dd::CreditNotesCommand</name>
    <message>
        <source>Lists the issued credit notes.</source>
        <translation>Toont de uitgegeven creditnota&apos;s.</translation>
    </message>
    <message>
        <source>Only the credit notes of this invoice.</source>
        <translation>Alleen de creditnota&apos;s van deze factuur.</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>er is geen factuur %1</translation>
    </message>
</context>
<context>
    <name>dd::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>dd::CsvImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not an ISO currency code</source>
        <translation>currency: &quot;%1&quot; is geen ISO-valutacode</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is leeg</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>missing required column &quot;%1&quot;</source>
        <translation>verplichte kolom &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>missing required column &quot;%1&quot; (or &quot;%2&quot; for one row per invoice line)</source>
        <translation>verplichte kolom &quot;%1&quot; ontbreekt (of &quot;%2&quot; voor één rij per factuurregel)</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>another row of the same invoice was rejected</source>
        <translation>een andere rij van dezelfde factuur is afgewezen</translation>
    </message>
    <message>
        <source>duplicate number %1 in the file (also on line %2)</source>
        <translation>dubbel nummer %1 in het bestand (ook op regel %2)</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is neither business nor consumer</source>
        <translation>kind: &quot;%1&quot; is business noch consumer</translation>
    </message>
    <message>
        <source>language: &quot;%1&quot; is neither nl nor en</source>
        <translation>language: &quot;%1&quot; is nl noch en</translation>
    </message>
    <message>
        <source>payment_term_days: &quot;%1&quot; is not a number of days</source>
        <translation>payment_term_days: &quot;%1&quot; is geen aantal dagen</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>onbekende klant %1</translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in the file (also on line %2)</source>
        <translation>dubbel factuurnummer %1 in het bestand (ook op regel %2)</translation>
    </message>
    <message>
        <source>duplicate invoice number %1 in the file: line %2 has another customer, date or currency</source>
        <translation>dubbel factuurnummer %1 in het bestand: regel %2 heeft een andere klant, datum of valuta</translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation>quantity: %1</translation>
    </message>
    <message>
        <source>vat_rate: %1</source>
        <translation>vat_rate: %1</translation>
    </message>
    <message>
        <source>total_incl %1 does not match the lines (%2)</source>
        <translation>total_incl %1 komt niet overeen met de regels (%2)</translation>
    </message>
    <message>
        <source>invoice %1 has neither a total_incl nor lines</source>
        <translation>factuur %1 heeft geen total_incl en geen regels</translation>
    </message>
    <message>
        <source>total_excl %1 plus vat %2 is not total_incl %3</source>
        <translation>total_excl %1 plus vat %2 is niet gelijk aan total_incl %3</translation>
    </message>
    <message>
        <source>due_date %1 is before issue_date %2</source>
        <translation>due_date %1 ligt vóór issue_date %2</translation>
    </message>
    <message>
        <source>amount: a payment must be positive, not %1</source>
        <translation>amount: een betaling moet positief zijn, niet %1</translation>
    </message>
    <message>
        <source>iban: &quot;%1&quot; is not an IBAN</source>
        <translation>iban: &quot;%1&quot; is geen IBAN</translation>
    </message>
    <message>
        <source>unknown invoice %1</source>
        <translation>onbekende factuur %1</translation>
    </message>
    <message>
        <source>invoice %1 belongs to another customer</source>
        <translation>factuur %1 hoort bij een andere klant</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the payment in %3</source>
        <translation>factuur %1 is in %2, de betaling in %3</translation>
    </message>
    <message>
        <source>the same payment (customer, date, amount, reference) is also on line %1</source>
        <translation>dezelfde betaling (klant, datum, bedrag, kenmerk) staat ook op regel %1</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan niet worden gelezen</translation>
    </message>
    <message>
        <source>column %1: the header name contains a control character (U+%2)</source>
        <translation>kolom %1: de kolomnaam bevat een besturingsteken (U+%2)</translation>
    </message>
    <message>
        <source>the rows of credit note %1 are not together, or its number is used twice</source>
        <translation>de regels van creditnota %1 staan niet bij elkaar, of het nummer wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive whole number</source>
        <translation>%1: &quot;%2&quot; is geen positief geheel getal</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the credit note in %3</source>
        <translation>factuur %1 is in %2, de creditnota in %3</translation>
    </message>
    <message>
        <source>goodwill: %1</source>
        <translation>goodwill: %1</translation>
    </message>
    <message>
        <source>issued_at: &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>issued_at: &quot;%1&quot; is geen datum en tijd volgens ISO 8601</translation>
    </message>
    <message>
        <source>vat_eur, eur_rate_date and eur_rate go together</source>
        <translation>vat_eur, eur_rate_date en eur_rate horen bij elkaar</translation>
    </message>
    <message>
        <source>eur_rate: &quot;%1&quot; is not a rate</source>
        <translation>eur_rate: &quot;%1&quot; is geen koers</translation>
    </message>
    <message>
        <source>%1 differs from line %2, the first of credit note %3</source>
        <translation>%1 wijkt af van regel %2, de eerste van creditnota %3</translation>
    </message>
    <message>
        <source>line_no: &quot;%1&quot; is not the next line of credit note %2 (%3)</source>
        <translation>line_no: &quot;%1&quot; is niet de volgende regel van creditnota %2 (%3)</translation>
    </message>
    <message>
        <source>invoice_line_no: &quot;%1&quot; is not a line number</source>
        <translation>invoice_line_no: &quot;%1&quot; is geen regelnummer</translation>
    </message>
    <message>
        <source>credit note %1: %2</source>
        <translation>creditnota %1: %2</translation>
    </message>
    <message>
        <source>totals %1 + %2 = %3 do not match its lines (%4 + %5)</source>
        <translation>totalen %1 + %2 = %3 komen niet overeen met de regels (%4 + %5)</translation>
    </message>
    <message>
        <source>it is in the series of %1 but issued in %2</source>
        <translation>het nummer hoort bij de reeks van %1, maar de creditnota is gemaakt in %2</translation>
    </message>
    <message>
        <source>case %1 is not in the database: import the disputes before the credit notes</source>
        <translation>dossier %1 staat niet in de database: importeer de dossiers vóór de creditnota&apos;s</translation>
    </message>
    <message>
        <source>case %1 is not about invoice %2</source>
        <translation>dossier %1 gaat niet over factuur %2</translation>
    </message>
    <message>
        <source>the database has a credit note with this number and other content; an issued credit note is never changed or replaced</source>
        <translation>de database bevat een creditnota met dit nummer en een andere inhoud; een gemaakte creditnota wordt nooit gewijzigd of vervangen</translation>
    </message>
    <message>
        <source>it is number %1 of the %2 series, which continues at %3 here: the series must stay without gaps or doubles</source>
        <translation>het is nummer %1 van de reeks %2, die hier verdergaat bij %3: de reeks moet zonder gaten en zonder dubbele nummers blijven</translation>
    </message>
    <message>
        <source>invoice %1 of %2 would be credited %3 with %4 paid: more than its total</source>
        <translation>factuur %1 van %2 zou voor %3 worden gecrediteerd terwijl er %4 is betaald: meer dan het totaal</translation>
    </message>
    <message>
        <source>country: %1</source>
        <translation>country: %1</translation>
    </message>
    <message>
        <source>peppol_id: %1</source>
        <translation>peppol_id: %1</translation>
    </message>
    <message>
        <source>do_not_dun: %1</source>
        <translation>do_not_dun: %1</translation>
    </message>
    <message>
        <source>reason: &quot;%1&quot; is not a reason code</source>
        <translation>reason: &quot;%1&quot; is geen redencode</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the codes</source>
        <translation>%1: &quot;%2&quot; is geen van de codes</translation>
    </message>
    <message>
        <source>credit_decided: %1</source>
        <translation>credit_decided: %1</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the case in %3</source>
        <translation>factuur %1 is in %2, het dossier in %3</translation>
    </message>
    <message>
        <source>invoices: &quot;%1&quot; is not NUMBER=AMOUNT</source>
        <translation>invoices: &quot;%1&quot; is geen NUMMER=BEDRAG</translation>
    </message>
    <message>
        <source>invoices: %1 disputed on invoice %2 is not between 0 and its total</source>
        <translation>invoices: %1 betwist op factuur %2 ligt niet tussen 0 en het totaal van de factuur</translation>
    </message>
    <message>
        <source>invoices: a case is about at least one invoice</source>
        <translation>invoices: een dossier gaat over ten minste één factuur</translation>
    </message>
    <message>
        <source>disputed %1 is not the sum of the invoices&apos; parts (%2)</source>
        <translation>disputed %1 is niet de som van de delen per factuur (%2)</translation>
    </message>
    <message>
        <source>%1: case %2 cannot be in this state: %3</source>
        <translation>%1: dossier %2 kan niet in deze toestand zijn: %3</translation>
    </message>
    <message>
        <source>step %1 comes after the verdict, and there is none</source>
        <translation>stap %1 komt na het oordeel, en er is geen oordeel</translation>
    </message>
    <message>
        <source>a verdict is given in step decide; the case is in step %1</source>
        <translation>een oordeel wordt gegeven in stap decide; het dossier staat in stap %1</translation>
    </message>
    <message>
        <source>a case with a verdict has the date it was answered</source>
        <translation>een dossier met een oordeel heeft de datum waarop het is beantwoord</translation>
    </message>
    <message>
        <source>justified in full is all of the disputed %1, not %2</source>
        <translation>volledig terecht is het hele betwiste bedrag %1, niet %2</translation>
    </message>
    <message>
        <source>the justified part %1 must be more than zero and less than the disputed %2</source>
        <translation>het terechte deel %1 moet groter zijn dan nul en kleiner dan het betwiste %2</translation>
    </message>
    <message>
        <source>only a (partly) justified case has a justified part</source>
        <translation>alleen een (deels) terecht dossier heeft een terecht deel</translation>
    </message>
    <message>
        <source>only a (partly) justified case is credited</source>
        <translation>alleen een (deels) terecht dossier wordt gecrediteerd</translation>
    </message>
    <message>
        <source>only a case with an unjustified part follows a path for it</source>
        <translation>alleen een dossier met een onterecht deel volgt daarvoor een traject</translation>
    </message>
    <message>
        <source>amicable state %1 does not go with path %2</source>
        <translation>minnelijke toestand %1 past niet bij traject %2</translation>
    </message>
    <message>
        <source>goodwill %1 is not between 0 and the unjustified part %2</source>
        <translation>coulance %1 ligt niet tussen 0 en het onterechte deel %2</translation>
    </message>
    <message>
        <source>goodwill is written off on the goodwill path, and only there</source>
        <translation>coulance wordt afgeboekt op het coulancetraject, en alleen daar</translation>
    </message>
    <message>
        <source>step %1 comes after the resolution, and the case is not resolved</source>
        <translation>stap %1 komt na de afhandeling, en het dossier is niet afgehandeld</translation>
    </message>
    <message>
        <source>a closed case has an outcome, an open one none</source>
        <translation>een gesloten dossier heeft een uitkomst, een open dossier niet</translation>
    </message>
    <message>
        <source>a closed case has the date it was closed, an open one none</source>
        <translation>een gesloten dossier heeft de datum waarop het is gesloten, een open dossier niet</translation>
    </message>
    <message>
        <source>a (partly) justified case is closed with its lessons recorded</source>
        <translation>een (deels) terecht dossier wordt pas gesloten als de lessen zijn vastgelegd</translation>
    </message>
    <message>
        <source>invoice %1 is already disputed in open case %2</source>
        <translation>factuur %1 wordt al betwist in open dossier %2</translation>
    </message>
    <message>
        <source>%1: case %2 exists with &quot;%3&quot;, the file has &quot;%4&quot;; an import never changes a case: change it through the decision tree</source>
        <translation>%1: dossier %2 bestaat met &quot;%3&quot;, het bestand heeft &quot;%4&quot;; een import wijzigt nooit een dossier: wijzig het via de beslisboom</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>geïmporteerd uit %1</translation>
    </message>
    <message>
        <source>%1:%2: a total row (&quot;%3&quot;) was recognised and skipped</source>
        <translation>%1:%2: een totaalregel (&quot;%3&quot;) is herkend en overgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%1: the header is on line %2; the %n line(s) above it were skipped</source>
        <translation>
            <numerusform>%1: de kopregel staat op regel %2; de %n regel erboven is overgeslagen</numerusform>
            <numerusform>%1: de kopregel staat op regel %2; de %n regels erboven zijn overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>the mapping names no column for the required field &quot;%1&quot;</source>
        <translation>de koppeling noemt geen kolom voor het verplichte veld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>prepaid: %1 is positive; a prepayment received is a payment (paid), only money paid back to the buyer (negative) is kept as prepaid</source>
        <translation>prepaid: %1 is positief; een ontvangen vooruitbetaling is een betaling (paid), alleen geld dat aan de koper is terugbetaald (negatief) wordt als prepaid bewaard</translation>
    </message>
    <message>
        <source>invoice %1: a credit note (negative total %2) is read from its totals, not from lines</source>
        <translation>factuur %1: een creditnota (negatief totaal %2) wordt uit de totalen gelezen, niet uit regels</translation>
    </message>
    <message>
        <source>%1: invoice %2 has a negative total %3; nothing can be %1 on it</source>
        <translation>%1: factuur %2 heeft een negatief totaal %3; %1 kan daarop alleen nul zijn</translation>
    </message>
    <message>
        <source>credits: invoice %1 has a positive total; only a credit note (a negative total) corrects another invoice</source>
        <translation>credits: factuur %1 heeft een positief totaal; alleen een creditnota (een negatief totaal) corrigeert een andere factuur</translation>
    </message>
    <message>
        <source>%1: %2 is negative; it must lie between 0 and the total %3</source>
        <translation>%1: %2 is negatief; het bedrag moet tussen 0 en het totaal %3 liggen</translation>
    </message>
    <message>
        <source>%1: %2 is more than the total %3</source>
        <translation>%1: %2 is meer dan het totaal %3</translation>
    </message>
    <message>
        <source>paid %1, credited %2 and open %3 together are more than the total %4</source>
        <translation>betaald %1, gecrediteerd %2 en open %3 zijn samen meer dan het totaal %4</translation>
    </message>
    <message>
        <source>vat_category: &quot;%1&quot; is not a VAT category (S, Z, E, AE, K, G, O, L or M)</source>
        <translation>vat_category: &quot;%1&quot; is geen btw-categorie (S, Z, E, AE, K, G, O, L of M)</translation>
    </message>
    <message>
        <source>vat_rate: VAT category %1 charges no VAT; its rate is 0, not %2</source>
        <translation>vat_rate: bij btw-categorie %1 wordt geen btw berekend; het percentage is 0, niet %2</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>factuur %1: %2</translation>
    </message>
    <message>
        <source>; its open, paid and credited amounts in the file were not applied either</source>
        <translation>; de openstaande, betaalde en gecrediteerde bedragen in het bestand zijn evenmin verwerkt</translation>
    </message>
    <message>
        <source>allocated: %1 is not between 0 and the amount %2</source>
        <translation>allocated: %1 ligt niet tussen 0 en het bedrag %2</translation>
    </message>
    <message>
        <source>invoice: &quot;%1&quot; is not NUMBER=AMOUNT with a positive amount</source>
        <translation>invoice: &quot;%1&quot; is geen NUMMER=BEDRAG met een positief bedrag</translation>
    </message>
    <message>
        <source>invoice: the parts (%1) exceed what the payment allocates (%2)</source>
        <translation>invoice: de delen (%1) zijn hoger dan wat de betaling toewijst (%2)</translation>
    </message>
    <message>
        <source>credited: credit note %1 of %2 cannot have %3 of it applied; it lies between 0 and %2</source>
        <translation>credited: van creditnota %1 van %2 kan geen %3 worden verwerkt; dat ligt tussen 0 en %2</translation>
    </message>
    <message>
        <source>open %1: an overpaid invoice; import the overpayment as a payment</source>
        <translation>open %1: een te veel betaalde factuur; importeer de te veel betaalde som als betaling</translation>
    </message>
</context>
<context>
    <name>dd::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>een veld tussen aanhalingstekens wordt nooit gesloten</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>dd::CustomerCardDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandeld door</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Total claimed</source>
        <translation>Totaal gevorderd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Customer Card: %1</source>
        <translation>Klantkaart: %1</translation>
    </message>
    <message>
        <source>Open Items</source>
        <translation>Openstaande posten</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Letters Sent</source>
        <translation>Verzonden brieven</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Statement of Account</source>
        <translation>Rekeningoverzicht</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>VAT: %1</source>
        <translation>Btw: %1</translation>
    </message>
    <message numerus="yes">
        <source>Payment term: %n day(s)</source>
        <translation>
            <numerusform>Betalingstermijn: %n dag</numerusform>
            <numerusform>Betalingstermijn: %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 owed back</source>
        <translation>%1 terug te betalen</translation>
    </message>
    <message numerus="yes">
        <source>%1: open %2 (%n invoice(s))</source>
        <translation>
            <numerusform>%1: open %2 (%n factuur)</numerusform>
            <numerusform>%1: open %2 (%n facturen)</numerusform>
        </translation>
    </message>
    <message>
        <source>refund owed %1</source>
        <translation>terug te betalen %1</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>Er staat niets open.</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Terugboeking</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Received, reversed</source>
        <translation>Ontvangen, teruggedraaid</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
</context>
<context>
    <name>dd::CustomerContactRepository</name>
    <message>
        <source>A contact needs a date and a summary of what was said.</source>
        <translation>Een contact vraagt een datum en een samenvatting van wat er gezegd is.</translation>
    </message>
</context>
<context>
    <name>dd::CustomerContactsCommand</name>
    <message>
        <source>Lists a customer&apos;s contact log, newest first (the dunning letters sent).</source>
        <translation>Toont het contactlogboek van een klant, nieuwste eerst (de verstuurde aanmaningen).</translation>
    </message>
    <message>
        <source>The customer number.</source>
        <translation>Het klantnummer.</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>er is geen klant %1</translation>
    </message>
</context>
<context>
    <name>dd::CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>The customer number is the key of imports and cannot be changed here.</source>
        <translation>Het klantnummer is de sleutel bij imports en kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <source>Consumers fall under other rules for collection costs and interest</source>
        <translation>Voor consumenten gelden andere regels voor incassokosten en rente</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>The language of the customer&apos;s letters and credit notes</source>
        <translation>De taal van de brieven en creditnota&apos;s aan de klant</translation>
    </message>
    <message>
        <source>Two letters (ISO 3166), e.g. NL</source>
        <translation>Twee letters (ISO 3166), bijv. NL</translation>
    </message>
    <message>
        <source>Several addresses separated by &apos;;&apos;</source>
        <translation>Meerdere adressen, gescheiden door &apos;;&apos;</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straat:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Pl&amp;aats:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Pa&amp;yment term:</source>
        <translation>Betalingster&amp;mijn:</translation>
    </message>
    <message>
        <source>E-invoicing (Peppol)</source>
        <translation>E-facturatie (Peppol)</translation>
    </message>
    <message>
        <source>Participant &amp;id:</source>
        <translation>Deelnemer-&amp;id:</translation>
    </message>
    <message>
        <source>Show &amp;Invoices</source>
        <translation>&amp;Facturen tonen</translation>
    </message>
    <message>
        <source>None entered: derived from the VAT number, %1.</source>
        <translation>Niet ingevuld: afgeleid van het btw-nummer, %1.</translation>
    </message>
    <message>
        <source>None entered: a consumer receives credit notes as PDF, not over Peppol.</source>
        <translation>Niet ingevuld: een consument ontvangt creditnota&apos;s als PDF, niet via Peppol.</translation>
    </message>
    <message>
        <source>None entered, and the VAT number gives none: credit notes cannot go over Peppol.</source>
        <translation>Niet ingevuld, en het btw-nummer levert er geen op: creditnota&apos;s kunnen niet via Peppol worden verzonden.</translation>
    </message>
</context>
<context>
    <name>dd::CustomerDoNotDunCommand</name>
    <message>
        <source>Marks a customer &quot;do not dun&quot; (no dunning letters); --off lifts the mark.</source>
        <translation>Markeert een klant als &quot;niet aanmanen&quot; (geen aanmaningen); --off heft de markering op.</translation>
    </message>
    <message>
        <source>The customer number.</source>
        <translation>Het klantnummer.</translation>
    </message>
    <message>
        <source>Lift the mark: the customer is dunned again.</source>
        <translation>Hef de markering op: de klant wordt weer aangemaand.</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>er is geen klant %1</translation>
    </message>
    <message>
        <source>%1 %2: do not dun</source>
        <translation>%1 %2: niet aanmanen</translation>
    </message>
    <message>
        <source>%1 %2: dunned again</source>
        <translation>%1 %2: wordt weer aangemaand</translation>
    </message>
</context>
<context>
    <name>dd::CustomerListView</name>
    <message>
        <source>Search customer number, name or city…</source>
        <translation>Zoek op klantnummer, naam of plaats…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Klanten zoeken</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>Double-click a customer to edit its details; its invoices are in the context menu.</source>
        <translation>Dubbelklik op een klant om de gegevens te bewerken; de facturen staan in het contextmenu.</translation>
    </message>
</context>
<context>
    <name>dd::CustomerPeppolCommand</name>
    <message>
        <source>Shows or sets a customer&apos;s Peppol participant id (scheme:identifier, e.g. 0106:12345678).</source>
        <translation>Toont of wijzigt de Peppol-deelnemer-id van een klant (schema:identificatie, bijv. 0106:12345678).</translation>
    </message>
    <message>
        <source>The customer number.</source>
        <translation>Het klantnummer.</translation>
    </message>
    <message>
        <source>The participant id: an EAS scheme and the identifier, e.g. 0208:0417497106.</source>
        <translation>De deelnemer-id: een EAS-schema en de identificatie, bijv. 0208:0417497106.</translation>
    </message>
    <message>
        <source>Remove the participant id.</source>
        <translation>Verwijder de deelnemer-id.</translation>
    </message>
    <message>
        <source>give --id or --clear, not both</source>
        <translation>geef --id of --clear, niet allebei</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>er is geen klant %1</translation>
    </message>
    <message>
        <source>no Peppol participant id</source>
        <translation>geen Peppol-deelnemer-id</translation>
    </message>
    <message>
        <source>%1 (from the VAT number)</source>
        <translation>%1 (uit het btw-nummer)</translation>
    </message>
</context>
<context>
    <name>dd::CustomerRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>Er is geen klant met id %1.</translation>
    </message>
</context>
<context>
    <name>dd::CustomerService</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Betalingstermijn</translation>
    </message>
    <message>
        <source>Peppol participant id</source>
        <translation>Peppol-deelnemer-id</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>de tekst</translation>
    </message>
    <message>
        <source>contains a control character (a tab or line break pasted in?)</source>
        <translation>bevat een besturingsteken (een tab of regeleinde meegeplakt?)</translation>
    </message>
    <message>
        <source>a customer needs a name: it heads every letter</source>
        <translation>een klant heeft een naam nodig: die staat boven elke brief</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166), e.g. NL</source>
        <translation>&quot;%1&quot; is geen landcode van twee letters (ISO 3166), bijv. NL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; is geen e-mailadres</translation>
    </message>
    <message>
        <source>%1 days is not a payment term (0 to %2 days)</source>
        <translation>%1 dagen is geen betalingstermijn (0 tot en met %2 dagen)</translation>
    </message>
    <message>
        <source>Customer %1 no longer exists: it was not saved.</source>
        <translation>Klant %1 bestaat niet meer: er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>dd::CustomerStatementTab</name>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot en met:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Betaling teruggedraaid</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Rekeningoverzicht</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 tot en met %3</translation>
    </message>
    <message>
        <source>No invoices, credit notes or payments up to this date.</source>
        <translation>Geen facturen, creditnota&apos;s of betalingen tot deze datum.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Balance: owed back to the customer</source>
        <translation>Saldo: terug te betalen aan de klant</translation>
    </message>
    <message>
        <source>The statement could not be written to %1.</source>
        <translation>Het rekeningoverzicht kon niet worden geschreven naar %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>rekeningoverzicht-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save Statement as PDF</source>
        <translation>Rekeningoverzicht opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>dd::CustomerTableModel</name>
    <message>
        <source>Consumer</source>
        <translation>Consument</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Klantnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Betalingstermijn</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Open facturen</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
</context>
<context>
    <name>dd::DashboardView</name>
    <message>
        <source>Reasons for disputes</source>
        <translation>Redenen van geschillen</translation>
    </message>
    <message>
        <source>Organisational and product-technical disputes</source>
        <translation>Organisatorische en producttechnische geschillen</translation>
    </message>
    <message>
        <source>Open cases per step</source>
        <translation>Open dossiers per stap</translation>
    </message>
    <message>
        <source>Click a bar to list the cases with that reason</source>
        <translation>Klik op een balk om de dossiers met die reden te tonen</translation>
    </message>
    <message>
        <source>Click a slice to list the cases</source>
        <translation>Klik op een segment om de dossiers te tonen</translation>
    </message>
    <message>
        <source>Click a bar to list the cases in that step</source>
        <translation>Klik op een balk om de dossiers in die stap te tonen</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Openstaand bedrag</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>Vervallen bedrag</translation>
    </message>
    <message>
        <source>Disputed amount</source>
        <translation>Betwist bedrag</translation>
    </message>
    <message>
        <source>DSO (countback)</source>
        <translation>DSO (countback-methode)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open dossiers</translation>
    </message>
    <message>
        <source>Cases past response date</source>
        <translation>Dossiers over de antwoorddatum</translation>
    </message>
    <message>
        <source>As of %1; charts over the cases received from %2 to %3</source>
        <translation>Peildatum %1; grafieken over de dossiers ontvangen van %2 tot en met %3</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>meer dan %1 dagen</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>Reasons for disputes: none received in the period</source>
        <translation>Redenen van geschillen: geen ontvangen in de periode</translation>
    </message>
    <message>
        <source>Reasons for disputes (Pareto, cases received)</source>
        <translation>Redenen van geschillen (Pareto, ontvangen dossiers)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s), %2 (%3 of the cases, cumulative %4)</source>
        <translation>
            <numerusform>%1: %n dossier, %2 (%3 van de dossiers, cumulatief %4)</numerusform>
            <numerusform>%1: %n dossiers, %2 (%3 van de dossiers, cumulatief %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisational vs product-technical (reference %1 organisational)</source>
        <translation>Organisatorisch vs producttechnisch (referentie %1 organisatorisch)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Calculating the figures as of %1…</source>
        <translation>De cijfers per %1 worden berekend…</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>%1 uses an older database version and must be opened for writing once to be updated.</source>
        <translation>%1 gebruikt een oudere databaseversie en moet eenmaal met schrijfrechten worden geopend om te worden bijgewerkt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of DisputeDesk (database version %2; this program knows up to %3). Update DisputeDesk to open it; it was left unchanged.</source>
        <translation>%1 is geschreven door een nieuwere versie van DisputeDesk (databaseversie %2; dit programma kent tot en met %3). Werk DisputeDesk bij om de database te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database did not report the new row.</source>
        <translation>De database meldde de nieuwe regel niet.</translation>
    </message>
    <message>
        <source>A database statement failed; nothing was changed.</source>
        <translation>Een opdracht aan de database is mislukt; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCopy</name>
    <message>
        <source>A database cannot be copied onto itself (%1).</source>
        <translation>Een database kan niet naar zichzelf worden gekopieerd (%1).</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); a database is only copied into a new file or an empty database. Nothing was written.</source>
        <translation>%1 bevat al gegevens (tabel %2); een database wordt alleen naar een nieuw bestand of een lege database gekopieerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 already holds a DisputeDesk database of an older version; a database is only copied into a new file or an empty database. Nothing was written.</source>
        <translation>%1 bevat al een DisputeDesk-database van een oudere versie; een database wordt alleen naar een nieuw bestand of een lege database gekopieerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 has no table %2; it is not a complete DisputeDesk database.</source>
        <translation>%1 heeft geen tabel %2; het is geen volledige DisputeDesk-database.</translation>
    </message>
    <message>
        <source>%1 has tables this version of DisputeDesk does not copy: %2.</source>
        <translation>%1 heeft tabellen die deze versie van DisputeDesk niet kopieert: %2.</translation>
    </message>
    <message>
        <source>The copy in %1 differs from the source in table %2: the source has %3, the copy %4. Nothing was kept.</source>
        <translation>De kopie in %1 wijkt af van de bron in tabel %2: de bron heeft %3, de kopie %4. Er is niets bewaard.</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCopyRunner</name>
    <message>
        <source>Copying the database…</source>
        <translation>Database wordt gekopieerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Copy Database</source>
        <translation>Database kopiëren</translation>
    </message>
    <message>
        <source>Copying the database to %1: %2 of %3 rows…</source>
        <translation>Database wordt gekopieerd naar %1: %2 van %3 rijen…</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to %1.</source>
        <translation>Het kopiëren is geannuleerd; er is niets naar %1 gekopieerd.</translation>
    </message>
    <message numerus="yes">
        <source>The database was copied to %1: %n row(s) in %2 tables. Every table has the same rows and the same amounts on both sides.</source>
        <translation>
            <numerusform>De database is gekopieerd naar %1: %n rij in %2 tabellen. Elke tabel heeft aan beide kanten dezelfde rijen en dezelfde bedragen.</numerusform>
            <numerusform>De database is gekopieerd naar %1: %n rijen in %2 tabellen. Elke tabel heeft aan beide kanten dezelfde rijen en dezelfde bedragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DecideCommand</name>
    <message>
        <source>decide %1: %2</source>
        <translation>%1 beslissen: %2</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>beslissing %1</translation>
    </message>
</context>
<context>
    <name>dd::DecisionTreeWidget</name>
    <message>
        <source>Decision tree</source>
        <translation>Beslisboom</translation>
    </message>
    <message>
        <source>Current step: %1</source>
        <translation>Huidige stap: %1</translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation>regeling</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>uitgelegd</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crediteren</translation>
    </message>
    <message>
        <source>justified part</source>
        <translation>terecht deel</translation>
    </message>
    <message>
        <source>Amicable</source>
        <translation>Minnelijk</translation>
    </message>
    <message>
        <source>explain, arrange</source>
        <translation>uitleggen, regelen</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>incasso</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Coulance</translation>
    </message>
    <message>
        <source>write off once</source>
        <translation>eenmalig afboeken</translation>
    </message>
</context>
<context>
    <name>dd::DemoCommand</name>
    <message>
        <source>Creates a database filled with demo customers, invoices and payments.</source>
        <translation>Maakt een database gevuld met demoklanten, -facturen en -betalingen.</translation>
    </message>
    <message>
        <source>Number of customers (default 400).</source>
        <translation>Aantal klanten (standaard 400).</translation>
    </message>
    <message>
        <source>Number of invoices (default 6000).</source>
        <translation>Aantal facturen (standaard 6000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 2026).</source>
        <translation>Startwaarde van het toeval; dezelfde waarde geeft dezelfde gegevens (standaard 2026).</translation>
    </message>
    <message>
        <source>Date of the last invoice (YYYY-MM-DD); default today.</source>
        <translation>Datum van de laatste factuur (JJJJ-MM-DD); standaard vandaag.</translation>
    </message>
</context>
<context>
    <name>dd::DemoDataGenerator</name>
    <message>
        <source>Demo data needs at least one customer and no negative number of invoices.</source>
        <translation>Demogegevens hebben minstens één klant nodig en geen negatief aantal facturen.</translation>
    </message>
    <message>
        <source>Demo data needs an end date.</source>
        <translation>Demogegevens hebben een einddatum nodig.</translation>
    </message>
    <message>
        <source>%1 already holds data; demo data is only added to an empty database.</source>
        <translation>%1 bevat al gegevens; demogegevens worden alleen aan een lege database toegevoegd.</translation>
    </message>
    <message>
        <source>Invoice number %1 is already in use.</source>
        <translation>Factuurnummer %1 is al in gebruik.</translation>
    </message>
</context>
<context>
    <name>dd::DemoDataLoader</name>
    <message>
        <source>Creating demo data…</source>
        <translation>Demogegevens aanmaken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
</context>
<context>
    <name>dd::DisputeCaseView</name>
    <message>
        <source>the customer</source>
        <translation>de klant</translation>
    </message>
    <message>
        <source>us</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Facturen:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>Betwist:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>Answer promised:</source>
        <translation>Antwoord beloofd:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Behandelaar:</translation>
    </message>
    <message>
        <source>Optional: a note for the audit trail</source>
        <translation>Optioneel: een notitie voor de audittrail</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Only for a partly justified verdict</source>
        <translation>Alleen bij een deels terecht oordeel</translation>
    </message>
    <message>
        <source>Why: what the findings show</source>
        <translation>Waarom: wat de bevindingen laten zien</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Oordeel:</translation>
    </message>
    <message>
        <source>Justified amount:</source>
        <translation>Terecht bedrag:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <source>Why the invoice stands, with the agreements and facts that show it</source>
        <translation>Waarom de factuur blijft staan, met de afspraken en feiten die dat aantonen</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Uitleg:</translation>
    </message>
    <message>
        <source>Amounts and dates of the instalments</source>
        <translation>Bedragen en data van de termijnen</translation>
    </message>
    <message>
        <source>Arrangement:</source>
        <translation>Regeling:</translation>
    </message>
    <message>
        <source>Why the amount is written off; the letter tells the customer</source>
        <translation>Waarom het bedrag wordt afgeboekt; de brief vertelt het de klant</translation>
    </message>
    <message>
        <source>What went wrong internally</source>
        <translation>Wat er intern misging</translation>
    </message>
    <message>
        <source>Sales, Billing, Logistics…</source>
        <translation>Verkoop, Facturatie, Logistiek…</translation>
    </message>
    <message>
        <source>What prevents it next time</source>
        <translation>Wat het de volgende keer voorkomt</translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation>Wat ging er mis:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <source>Preventive action:</source>
        <translation>Preventieve actie:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <source>Required: why the step is taken back</source>
        <translation>Verplicht: waarom de stap wordt teruggedraaid</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Customer&apos;s story:</source>
        <translation>Verhaal van de klant:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Afhandeling:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lessen:</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Steunt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Drop evidence files here to attach them to a new finding.</source>
        <translation>Sleep bewijsbestanden hierheen om ze aan een nieuwe bevinding te koppelen.</translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation>Bevinding toevoegen…</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nieuwe bevinding</translation>
    </message>
    <message>
        <source>A colleague, the contract, an e-mail</source>
        <translation>Een collega, het contract, een e-mail</translation>
    </message>
    <message>
        <source>Supports the customer</source>
        <translation>Steunt de klant</translation>
    </message>
    <message>
        <source>Supports us</source>
        <translation>Steunt ons</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation>Steunt:</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Bevinding:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Bevinding opslaan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>Van de klant</translation>
    </message>
    <message>
        <source>To the customer</source>
        <translation>Naar de klant</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Wat er gezegd is</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Geen dossier gekozen</translation>
    </message>
    <message>
        <source>Choose a case in the list, or open one from an invoice (right-click it in the invoice list).</source>
        <translation>Kies een dossier in de lijst, of open er een vanuit een factuur (klik er met rechts op in de factuurlijst).</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Gesloten: %1</translation>
    </message>
    <message>
        <source>on dunning hold</source>
        <translation>aangehouden voor aanmaningen</translation>
    </message>
    <message>
        <source>hold lifted</source>
        <translation>aanhouding opgeheven</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, van %2</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · te laat</translation>
    </message>
    <message>
        <source>Not answered yet; the customer was promised an answer by %1.</source>
        <translation>Nog niet beantwoord; de klant is een antwoord beloofd op %1.</translation>
    </message>
    <message>
        <source>%1 · answered %2</source>
        <translation>%1 · beantwoord %2</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet beslist</translation>
    </message>
    <message>
        <source>%1: %2 justified</source>
        <translation>%1: %2 terecht</translation>
    </message>
    <message>
        <source>justified part credited (%1)</source>
        <translation>terecht deel gecrediteerd (%1)</translation>
    </message>
    <message>
        <source>amicable: payment arrangement (%1)</source>
        <translation>minnelijk: betalingsregeling (%1)</translation>
    </message>
    <message>
        <source>amicable: paid after explanation</source>
        <translation>minnelijk: betaald na uitleg</translation>
    </message>
    <message>
        <source>amicable: explained, awaiting payment</source>
        <translation>minnelijk: uitgelegd, wacht op betaling</translation>
    </message>
    <message>
        <source>handed over for legal collection</source>
        <translation>overgedragen voor juridische incasso</translation>
    </message>
    <message>
        <source>goodwill: %1 written off</source>
        <translation>coulance: %1 afgeboekt</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>Nog niet afgehandeld</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Niets vastgelegd</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Start verification…</source>
        <translation>Verificatie starten…</translation>
    </message>
    <message>
        <source>Conclude verification…</source>
        <translation>Verificatie afronden…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Beslissen…</translation>
    </message>
    <message>
        <source>Credit justified part…</source>
        <translation>Terecht deel crediteren…</translation>
    </message>
    <message>
        <source>Amicable: explain…</source>
        <translation>Minnelijk: uitleggen…</translation>
    </message>
    <message>
        <source>Payment arrangement…</source>
        <translation>Betalingsregeling…</translation>
    </message>
    <message>
        <source>Customer paid…</source>
        <translation>Klant heeft betaald…</translation>
    </message>
    <message>
        <source>Legal collection…</source>
        <translation>Juridische incasso…</translation>
    </message>
    <message>
        <source>Goodwill…</source>
        <translation>Coulance…</translation>
    </message>
    <message>
        <source>Resolved: to Learn…</source>
        <translation>Afgehandeld: naar Leren…</translation>
    </message>
    <message>
        <source>Record lessons…</source>
        <translation>Lessen vastleggen…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Dossier sluiten…</translation>
    </message>
    <message>
        <source>Step back…</source>
        <translation>Stap terug…</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Cost-benefit assessment</source>
        <translation>Kosten-batenafweging</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Volgende:</translation>
    </message>
    <message>
        <source>Assess legal collection…</source>
        <translation>Juridische incasso afwegen…</translation>
    </message>
    <message>
        <source>Record findings or contacts below.</source>
        <translation>Leg hieronder bevindingen of contacten vast.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Het dossier is gesloten.</translation>
    </message>
    <message>
        <source>Correct a wrong move: back to %1, recorded in the audit trail</source>
        <translation>Een verkeerde stap herstellen: terug naar %1, vastgelegd in de audittrail</translation>
    </message>
    <message>
        <source>Fact finding: consult the colleagues involved and read the agreements. Each fact becomes a finding.</source>
        <translation>Feiten verzamelen: raadpleeg de betrokken collega&apos;s en lees de afspraken na. Elk feit wordt een bevinding.</translation>
    </message>
    <message>
        <source>The findings are complete; the case goes to a verdict.</source>
        <translation>De bevindingen zijn compleet; het dossier gaat naar een oordeel.</translation>
    </message>
    <message>
        <source>A credit note is issued for the justified part, %1. This cannot be undone.</source>
        <translation>Voor het terechte deel, %1, wordt een creditnota gemaakt. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The customer paid the unjustified part after the explanation.</source>
        <translation>De klant heeft het onterechte deel na de uitleg betaald.</translation>
    </message>
    <message>
        <source>The claim of %1 goes to a collection agency or lawyer. This cannot be undone.</source>
        <translation>De vordering van %1 gaat naar een incassobureau of advocaat. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Every part of the claim has been dealt with; record what the case teaches.</source>
        <translation>Elk deel van de vordering is afgehandeld; leg vast wat het dossier leert.</translation>
    </message>
    <message>
        <source>This customer already had goodwill in case %1 (%2, %3).</source>
        <translation>Deze klant kreeg al coulance in dossier %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Give goodwill again</source>
        <translation>Opnieuw coulance geven</translation>
    </message>
    <message>
        <source>The case goes back from %1 to %2; what was decided there no longer stands.</source>
        <translation>Het dossier gaat terug van %1 naar %2; wat daar besloten is, vervalt.</translation>
    </message>
    <message>
        <source>Cost-benefit of legal collection</source>
        <translation>Kosten en baten van juridische incasso</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>Afweging vastleggen</translation>
    </message>
    <message>
        <source>The justified amount is not an amount: %1</source>
        <translation>Het terechte bedrag is geen bedrag: %1</translation>
    </message>
    <message>
        <source>Evidence Files</source>
        <translation>Bewijsbestanden</translation>
    </message>
    <message>
        <source>14-day letter</source>
        <translation>Veertiendagenbrief</translation>
    </message>
    <message>
        <source>This letter to the customer was the statutory 14-day letter (art. 6:96 lid 6 BW)</source>
        <translation>Deze brief aan de klant was de wettelijke veertiendagenbrief (art. 6:96 lid 6 BW)</translation>
    </message>
    <message>
        <source>14-day letter: %1</source>
        <translation>Veertiendagenbrief: %1</translation>
    </message>
    <message>
        <source>%1 is written off once, as a commercial choice, with a goodwill credit note in the credit-note series; an issued credit note cannot be taken back.</source>
        <translation>%1 wordt eenmalig afgeschreven, als commerciële keuze, met een creditnota voor coulance in de reeks creditnota&apos;s; een gemaakte creditnota kan niet worden teruggedraaid.</translation>
    </message>
    <message>
        <source>The reason printed on the credit note for the customer</source>
        <translation>De reden die voor de klant op de creditnota staat</translation>
    </message>
    <message>
        <source>Reason for the customer:</source>
        <translation>Reden voor de klant:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>Credit note on invoice %1: %2 (excl. VAT %3, VAT %4)</source>
        <translation>Creditnota op factuur %1: %2 (excl. btw %3, btw %4)</translation>
    </message>
    <message>
        <source>Invoice %1 is paid: a refund of %2 is due to the customer.</source>
        <translation>Factuur %1 is betaald: de klant krijgt %2 terug.</translation>
    </message>
    <message>
        <source>An issued credit note cannot be taken back: this cannot be undone.</source>
        <translation>Een gemaakte creditnota kan niet worden teruggedraaid: dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible: %1 is still open on the invoices of the case.</source>
        <translation>Niet mogelijk: er staat nog %1 open op de facturen van het dossier.</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Overdragen…</translation>
    </message>
    <message>
        <source>Hand the case to another controller, recorded in the audit trail</source>
        <translation>Het dossier aan een andere medewerker overdragen, vastgelegd in het auditlogboek</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>%1 overdragen</translation>
    </message>
    <message>
        <source>Handled by %1 now. Hand the case to:</source>
        <translation>Dit dossier wordt nu behandeld door %1. Overdragen aan:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>%1 is still open on the invoices of this case: it cannot close as &quot;Paid&quot; or &quot;Collected&quot; until that is settled. Record the payment first, or choose the outcome that happened; the invoices stay on dunning hold until they are settled.</source>
        <translation>Er staat nog %1 open op de facturen van dit dossier: het kan pas als &quot;Betaald&quot; of &quot;Geïncasseerd&quot; worden gesloten als dat is voldaan. Leg eerst de betaling vast, of kies de uitkomst die zich heeft voorgedaan; de facturen blijven uitgesloten van aanmanen tot ze zijn voldaan.</translation>
    </message>
</context>
<context>
    <name>dd::DisputeCliCommand</name>
    <message>
        <source>Who does this, for the audit trail (default: your login name).</source>
        <translation>Wie dit doet, voor het audittrail (standaard: uw inlognaam).</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>er is geen dossier %1</translation>
    </message>
    <message>
        <source>--%1 must be more than zero</source>
        <translation>--%1 moet groter zijn dan nul</translation>
    </message>
    <message>
        <source>--%1 TEXT is required</source>
        <translation>--%1 TEKST is verplicht</translation>
    </message>
</context>
<context>
    <name>dd::DisputeCloseCommand</name>
    <message>
        <source>Closes a case with its outcome.</source>
        <translation>Sluit een dossier af met de uitkomst.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>A note for the audit trail.</source>
        <translation>Een notitie voor het audittrail.</translation>
    </message>
    <message>
        <source>--outcome must be one of %1</source>
        <translation>--outcome moet een van %1 zijn</translation>
    </message>
</context>
<context>
    <name>dd::DisputeCodes</name>
    <message>
        <source>Hear</source>
        <translation>Horen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifiëren</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Beslissen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Afhandelen</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Terecht</translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation>Deels terecht</translation>
    </message>
    <message>
        <source>Unjustified</source>
        <translation>Onterecht</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Afgeboekt</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Geïncasseerd</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>dd::DisputeContactCommand</name>
    <message>
        <source>Records a contact with the customer about a case.</source>
        <translation>Legt een contact met de klant over een dossier vast.</translation>
    </message>
    <message>
        <source>in (from the customer) or out (from us).</source>
        <translation>in (van de klant) of out (van ons).</translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation>Wat er is gezegd.</translation>
    </message>
    <message>
        <source>For a letter we sent: its kind, e.g. fourteen-day.</source>
        <translation>Voor een brief die wij stuurden: de soort, bijvoorbeeld fourteen-day (veertiendagenbrief).</translation>
    </message>
    <message>
        <source>Date of the contact (default today).</source>
        <translation>Datum van het contact (standaard vandaag).</translation>
    </message>
    <message>
        <source>--channel must be one of %1</source>
        <translation>--channel moet een van %1 zijn</translation>
    </message>
    <message>
        <source>--direction must be in or out</source>
        <translation>--direction moet in of out zijn</translation>
    </message>
    <message>
        <source>--letter is for a letter we sent: --channel letter --direction out</source>
        <translation>--letter is voor een brief die wij stuurden: --channel letter --direction out</translation>
    </message>
    <message>
        <source>contact recorded</source>
        <translation>contact vastgelegd</translation>
    </message>
</context>
<context>
    <name>dd::DisputeDecideCommand</name>
    <message>
        <source>Gives the verdict: justified, partly justified or unjustified.</source>
        <translation>Geeft het oordeel: terecht, deels terecht of onterecht.</translation>
    </message>
    <message>
        <source>justified, partly or unjustified.</source>
        <translation>justified (terecht), partly (deels) of unjustified (onterecht).</translation>
    </message>
    <message>
        <source>The justified amount (with --verdict partly).</source>
        <translation>Het terechte bedrag (bij --verdict partly).</translation>
    </message>
    <message>
        <source>Why: the verdict&apos;s substantiation.</source>
        <translation>Waarom: de onderbouwing van het oordeel.</translation>
    </message>
    <message>
        <source>--verdict must be justified, partly or unjustified</source>
        <translation>--verdict moet justified, partly of unjustified zijn</translation>
    </message>
    <message>
        <source>--verdict partly needs --amount X, the justified part</source>
        <translation>--verdict partly vraagt --amount X, het terechte deel</translation>
    </message>
    <message>
        <source>--amount goes with --verdict partly only</source>
        <translation>--amount hoort alleen bij --verdict partly</translation>
    </message>
</context>
<context>
    <name>dd::DisputeEditor</name>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
</context>
<context>
    <name>dd::DisputeFindingCommand</name>
    <message>
        <source>Records a finding (with evidence files) while verifying a case.</source>
        <translation>Legt een bevinding vast (met bewijsstukken) tijdens het verifiëren van een dossier.</translation>
    </message>
    <message>
        <source>Who or what the fact comes from (a colleague, a contract).</source>
        <translation>Van wie of wat het feit komt (een collega, een contract).</translation>
    </message>
    <message>
        <source>Whom it supports: customer, us or neutral.</source>
        <translation>Wie het steunt: customer (klant), us (ons) of neutral (neutraal).</translation>
    </message>
    <message>
        <source>What was established.</source>
        <translation>Wat er is vastgesteld.</translation>
    </message>
    <message>
        <source>A file kept as evidence (repeat for more).</source>
        <translation>Een bestand dat als bewijs wordt bewaard (herhaal voor meer).</translation>
    </message>
    <message>
        <source>--direction must be customer, us or neutral</source>
        <translation>--direction moet customer, us of neutral zijn</translation>
    </message>
    <message>
        <source>finding %1 recorded</source>
        <translation>bevinding %1 vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>with %n evidence file(s)</source>
        <translation>
            <numerusform>met %n bewijsstuk</numerusform>
            <numerusform>met %n bewijsstukken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DisputeLearnCommand</name>
    <message>
        <source>Records what went wrong internally, the department and the preventive action.</source>
        <translation>Legt vast wat er intern misging, de verantwoordelijke afdeling en de preventieve maatregel.</translation>
    </message>
    <message>
        <source>What went wrong internally.</source>
        <translation>Wat er intern misging.</translation>
    </message>
    <message>
        <source>The department responsible.</source>
        <translation>De verantwoordelijke afdeling.</translation>
    </message>
    <message>
        <source>The action that prevents it from happening again.</source>
        <translation>De maatregel die herhaling voorkomt.</translation>
    </message>
</context>
<context>
    <name>dd::DisputeListView</name>
    <message>
        <source>Answer &amp;late</source>
        <translation>Antwoord &amp;te laat</translation>
    </message>
    <message>
        <source>Search case number, customer number or name…</source>
        <translation>Zoek op dossiernummer, klantnummer of naam…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open dossiers</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Elke behandelaar</translation>
    </message>
    <message>
        <source>Only open cases whose promised answer is late</source>
        <translation>Alleen open dossiers waarvan het beloofde antwoord te laat is</translation>
    </message>
    <message>
        <source>Dispute cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · te laat</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>dd::DisputeOpenCommand</name>
    <message>
        <source>Opens a case for a customer&apos;s complaint and prints its number.</source>
        <translation>Opent een dossier voor de klacht van een klant en toont het nummer.</translation>
    </message>
    <message>
        <source>The disputed invoice (repeat for more invoices of the same customer).</source>
        <translation>De betwiste factuur (herhaal voor meer facturen van dezelfde klant).</translation>
    </message>
    <message>
        <source>The disputed amount, with one invoice (default: all that is open).</source>
        <translation>Het betwiste bedrag, bij één factuur (standaard: alles wat openstaat).</translation>
    </message>
    <message>
        <source>Reason code (see `disputedesk-cli reasons`).</source>
        <translation>Redencode (zie `disputedesk-cli reasons`).</translation>
    </message>
    <message>
        <source>How the complaint came in: %1.</source>
        <translation>Hoe de klacht binnenkwam: %1.</translation>
    </message>
    <message>
        <source>The customer&apos;s own words.</source>
        <translation>De eigen woorden van de klant.</translation>
    </message>
    <message>
        <source>The contact person at the customer.</source>
        <translation>De contactpersoon bij de klant.</translation>
    </message>
    <message>
        <source>Date the complaint was received (default today).</source>
        <translation>Datum waarop de klacht is ontvangen (standaard vandaag).</translation>
    </message>
    <message>
        <source>Who handles the case (default: --user).</source>
        <translation>Wie het dossier behandelt (standaard: --user).</translation>
    </message>
    <message>
        <source>--invoice NUMBER is required</source>
        <translation>--invoice NUMMER is verplicht</translation>
    </message>
    <message>
        <source>--amount goes with a single --invoice</source>
        <translation>--amount hoort bij één enkele --invoice</translation>
    </message>
    <message>
        <source>--reason: &quot;%1&quot; is not a reason code (see `disputedesk-cli reasons`)</source>
        <translation>--reason: &quot;%1&quot; is geen redencode (zie `disputedesk-cli reasons`)</translation>
    </message>
    <message>
        <source>--channel must be one of %1</source>
        <translation>--channel moet een van %1 zijn</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>er is geen factuur %1</translation>
    </message>
</context>
<context>
    <name>dd::DisputeReassignCommand</name>
    <message>
        <source>Hands a case to another controller.</source>
        <translation>Draagt een dossier over aan een andere medewerker.</translation>
    </message>
    <message>
        <source>Who handles the case from now on.</source>
        <translation>Wie het dossier voortaan behandelt.</translation>
    </message>
</context>
<context>
    <name>dd::DisputeReport</name>
    <message>
        <source>The report needs a period and an as-of date.</source>
        <translation>Voor de rapportage zijn een periode en een peildatum nodig.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>De periode eindigt (%1) vóór ze begint (%2).</translation>
    </message>
</context>
<context>
    <name>dd::DisputeResolveCommand</name>
    <message>
        <source>Resolves a case: credit, amicable, arrangement, paid, legal or goodwill.</source>
        <translation>Handelt een dossier af: credit, amicable, arrangement, paid, legal of goodwill.</translation>
    </message>
    <message>
        <source>credit (the justified part), amicable (explain why the invoice stands), arrangement (instalments agreed), paid (paid after explanation), legal (hand over for collection) or goodwill (write off once).</source>
        <translation>credit (het terechte deel crediteren), amicable (minnelijk: uitleggen waarom de factuur blijft staan), arrangement (betalingsregeling afgesproken), paid (betaald na uitleg), legal (juridisch: overdragen ter incasso) of goodwill (coulance: eenmalig afboeken).</translation>
    </message>
    <message>
        <source>The explanation (amicable), the instalments (arrangement), the reason (goodwill), or a note.</source>
        <translation>De uitleg (minnelijk), de termijnen (regeling), de reden (coulance) of een notitie.</translation>
    </message>
    <message>
        <source>--path must be one of %1</source>
        <translation>--path moet een van %1 zijn</translation>
    </message>
    <message>
        <source>--path %1 needs --note TEXT</source>
        <translation>--path %1 vraagt --note TEKST</translation>
    </message>
    <message>
        <source>warning: %1 already had goodwill in case %2 (%3); goodwill is meant to be given once.</source>
        <translation>waarschuwing: %1 kreeg al coulance in dossier %2 (%3); coulance is bedoeld als eenmalig.</translation>
    </message>
</context>
<context>
    <name>dd::DisputeRulesCommand</name>
    <message>
        <source>Shows the dispute rules of the database; the options given change them.</source>
        <translation>Toont de geschilregels van de database; de opgegeven opties wijzigen ze.</translation>
    </message>
    <message>
        <source>Promise an answer this many business days after receipt (default 5).</source>
        <translation>Beloof een antwoord zoveel werkdagen na ontvangst (standaard 5).</translation>
    </message>
    <message>
        <source>Warn about a product when this many customers complained (default 3).</source>
        <translation>Waarschuw voor een product als zoveel klanten klaagden (standaard 3).</translation>
    </message>
    <message>
        <source>...within this many days (default 90).</source>
        <translation>...binnen zoveel dagen (standaard 90).</translation>
    </message>
    <message>
        <source>change the dispute rules</source>
        <translation>de geschilregels wijzigen</translation>
    </message>
</context>
<context>
    <name>dd::DisputeRulesDialog</name>
    <message>
        <source>Dispute Rules</source>
        <translation>Geschilregels</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> klanten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>These rules are kept in the database, so everyone who works in it uses the same ones.</source>
        <translation>Deze regels staan in de database, zodat iedereen die erin werkt dezelfde gebruikt.</translation>
    </message>
    <message>
        <source>Promise an answer &amp;within:</source>
        <translation>Beloof een antwoord &amp;binnen:</translation>
    </message>
    <message>
        <source>Warn about a product after complaints from:</source>
        <translation>Waarschuw voor een product na klachten van:</translation>
    </message>
    <message>
        <source>...received within the last:</source>
        <translation>...ontvangen in de laatste:</translation>
    </message>
</context>
<context>
    <name>dd::DisputeService</name>
    <message>
        <source>There is no dispute case with id %1.</source>
        <translation>Er is geen dossier met id %1.</translation>
    </message>
    <message>
        <source>A dispute is about at least one invoice.</source>
        <translation>Een geschil gaat over minstens één factuur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code; see the list of reasons.</source>
        <translation>&quot;%1&quot; is geen redencode; zie de lijst met redenen.</translation>
    </message>
    <message>
        <source>Record the customer&apos;s own story: why do they not pay?</source>
        <translation>Leg het eigen verhaal van de klant vast: waarom betaalt de klant niet?</translation>
    </message>
    <message>
        <source>A dispute needs the date the complaint was received.</source>
        <translation>Een geschil heeft de datum nodig waarop de klacht is ontvangen.</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Er is geen factuur %1.</translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer; one case covers one customer&apos;s invoices.</source>
        <translation>Factuur %1 hoort bij een andere klant; één dossier omvat de facturen van één klant.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2, the other invoices of the case in %3.</source>
        <translation>Factuur %1 is in %2, de andere facturen van het dossier in %3.</translation>
    </message>
    <message>
        <source>Invoice %1 is already disputed in open case %2.</source>
        <translation>Factuur %1 wordt al betwist in open dossier %2.</translation>
    </message>
    <message>
        <source>The disputed amount of invoice %1 must be in %2.</source>
        <translation>Het betwiste bedrag van factuur %1 moet in %2 zijn.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open to dispute, or the amount is not positive.</source>
        <translation>Factuur %1 heeft niets openstaan om te betwisten, of het bedrag is niet positief.</translation>
    </message>
    <message>
        <source>The disputed amount %1 exceeds what is open on invoice %2 (%3).</source>
        <translation>Het betwiste bedrag %1 is hoger dan wat op factuur %2 openstaat (%3).</translation>
    </message>
    <message>
        <source>Complaint received by %1</source>
        <translation>Klacht ontvangen per %1</translation>
    </message>
    <message>
        <source>A finding needs its source (a colleague, a document) and what it establishes.</source>
        <translation>Een bevinding heeft een bron nodig (een collega, een document) en wat ze vaststelt.</translation>
    </message>
    <message>
        <source>Choose a verdict: justified, partly justified or unjustified.</source>
        <translation>Kies een oordeel: terecht, deels terecht of onterecht.</translation>
    </message>
    <message>
        <source>Write down why: a verdict needs its rationale.</source>
        <translation>Schrijf op waarom: een oordeel heeft een onderbouwing nodig.</translation>
    </message>
    <message>
        <source>A partly justified verdict needs the justified amount.</source>
        <translation>Een deels terecht oordeel heeft het terechte bedrag nodig.</translation>
    </message>
    <message>
        <source>The justified amount must be in %1.</source>
        <translation>Het terechte bedrag moet in %1 zijn.</translation>
    </message>
    <message>
        <source>The justified part must be more than zero and less than the disputed %1.</source>
        <translation>Het terechte deel moet groter zijn dan nul en kleiner dan het betwiste %1.</translation>
    </message>
    <message>
        <source>Explain, with substantiation, why the invoice stands.</source>
        <translation>Leg met onderbouwing uit waarom de factuur blijft staan.</translation>
    </message>
    <message>
        <source>Describe the payment arrangement: amounts and dates of the instalments.</source>
        <translation>Beschrijf de betalingsregeling: bedragen en data van de termijnen.</translation>
    </message>
    <message>
        <source>Say why goodwill is given: the letter tells the customer.</source>
        <translation>Geef aan waarom coulance wordt verleend: de brief vertelt het de klant.</translation>
    </message>
    <message>
        <source>Warning: this customer already had goodwill in case %1 (%2).</source>
        <translation>Waarschuwing: deze klant kreeg al coulance in dossier %1 (%2).</translation>
    </message>
    <message>
        <source>Feedback needs what went wrong, the department responsible and the action that prevents it.</source>
        <translation>Terugkoppeling vraagt wat er misging, de verantwoordelijke afdeling en de maatregel die herhaling voorkomt.</translation>
    </message>
    <message>
        <source>Choose the outcome of the case: %1.</source>
        <translation>Kies de uitkomst van het dossier: %1.</translation>
    </message>
    <message>
        <source>Say why the step is taken back: the audit trail keeps the reason.</source>
        <translation>Geef aan waarom de stap wordt teruggedraaid: het audittrail bewaart de reden.</translation>
    </message>
    <message>
        <source>A contact needs a summary of what was said.</source>
        <translation>Een contact heeft een samenvatting nodig van wat er is gezegd.</translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
        <translation>Bewijsstuk %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Nothing of case %1 is still open: there is nothing to write off as goodwill.</source>
        <translation>Van dossier %1 staat niets meer open: er valt niets als coulance af te boeken.</translation>
    </message>
    <message>
        <source>Goodwill (coulance) in case %1: %2</source>
        <translation>Coulance in dossier %1: %2</translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Factuur %1: %2</translation>
    </message>
    <message>
        <source>Evidence file %1 is not a regular file.</source>
        <translation>Bewijsstuk %1 is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>Evidence file %1 is larger than %2 MB, the most DisputeDesk keeps; keep it elsewhere and say where in the finding.</source>
        <translation>Bewijsstuk %1 is groter dan %2 MB, het maximum dat DisputeDesk bewaart; bewaar het elders en vermeld in de bevinding waar het staat.</translation>
    </message>
    <message>
        <source>Case %1 is no longer in step %2; that edit cannot be undone any more.</source>
        <translation>Dossier %1 staat niet meer in stap %2; die wijziging kan niet meer ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Case %1 cannot go back to step %2.</source>
        <translation>Dossier %1 kan niet terug naar stap %2.</translation>
    </message>
    <message>
        <source>Fact finding started</source>
        <translation>Feitenonderzoek gestart</translation>
    </message>
    <message>
        <source>Fact finding concluded</source>
        <translation>Feitenonderzoek afgerond</translation>
    </message>
    <message>
        <source>Resolution complete</source>
        <translation>Afhandeling voltooid</translation>
    </message>
    <message>
        <source>Case %1 cannot close as paid: %2 is still open on its invoices on %3. Record the payment first, or choose the outcome that happened; the invoices stay on dunning hold until they are settled.</source>
        <translation>Dossier %1 kan niet als betaald worden gesloten: op %3 staat op de facturen nog %2 open. Leg eerst de betaling vast, of kies de afloop die werkelijk plaatsvond; de facturen blijven buiten de aanmaningen tot ze zijn voldaan.</translation>
    </message>
    <message>
        <source>Case %1 cannot close as collected: %2 is still open on its invoices on %3. Money collected is money received: record the payment first, or choose the outcome that happened; the invoices stay on dunning hold until they are settled.</source>
        <translation>Dossier %1 kan niet als geïncasseerd worden gesloten: op %3 staat op de facturen nog %2 open. Geïncasseerd geld is ontvangen geld: leg eerst de betaling vast, of kies de afloop die werkelijk plaatsvond; de facturen blijven buiten de aanmaningen tot ze zijn voldaan.</translation>
    </message>
</context>
<context>
    <name>dd::DisputeSettings</name>
    <message>
        <source>The response time must be 1 to 60 business days (it is %1).</source>
        <translation>De antwoordtermijn moet 1 tot 60 werkdagen zijn (het is %1).</translation>
    </message>
    <message>
        <source>A warning needs complaints from 2 to 1,000 customers (it is %1).</source>
        <translation>Een waarschuwing vraagt klachten van 2 tot 1.000 klanten (het is %1).</translation>
    </message>
    <message>
        <source>The warning window must be 7 to 3,650 days (it is %1).</source>
        <translation>De waarschuwingsperiode moet 7 tot 3.650 dagen zijn (het is %1).</translation>
    </message>
</context>
<context>
    <name>dd::DisputeShowCommand</name>
    <message>
        <source>Shows a case in full, with findings, contacts and audit trail.</source>
        <translation>Toont een dossier volledig, met bevindingen, contacten en audittrail.</translation>
    </message>
    <message>
        <source>Output as text (default) or json.</source>
        <translation>Uitvoer als tekst (standaard) of json.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format moet text of json zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Received %1 by %2, answer promised by %3</source>
        <translation>Ontvangen %1 per %2, antwoord toegezegd voor %3</translation>
    </message>
    <message>
        <source>(OVERDUE)</source>
        <translation>(TE LAAT)</translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation>Verhaal: %1</translation>
    </message>
    <message>
        <source>Invoice %1: %2 disputed</source>
        <translation>Factuur %1: %2 betwist</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2 justified) - %3</source>
        <translation>Oordeel: %1 (%2 terecht) - %3</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
</context>
<context>
    <name>dd::DisputeStepBackCommand</name>
    <message>
        <source>Takes a case back one step to correct a wrong move (recorded).</source>
        <translation>Zet een dossier één stap terug om een verkeerde stap te herstellen (wordt vastgelegd).</translation>
    </message>
    <message>
        <source>Why the step is taken back.</source>
        <translation>Waarom de stap wordt teruggedraaid.</translation>
    </message>
</context>
<context>
    <name>dd::DisputeTableModel</name>
    <message>
        <source>Closed: %1</source>
        <translation>Gesloten: %1</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · te laat</translation>
    </message>
    <message>
        <source>No answer yet; the customer was promised one by %1.</source>
        <translation>Nog geen antwoord; de klant is er een beloofd op %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>Antwoord beloofd</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
</context>
<context>
    <name>dd::DisputeUndoCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan: %1</translation>
    </message>
    <message>
        <source>reopen %1 (step back to %2)</source>
        <translation>%1 heropenen (stap terug naar %2)</translation>
    </message>
    <message>
        <source>step %1 back from %2 to %3</source>
        <translation>%1 een stap terugzetten van %2 naar %3</translation>
    </message>
</context>
<context>
    <name>dd::DisputeWorkflow</name>
    <message>
        <source>Case %1 is closed; reopen it (step back) to change it.</source>
        <translation>Dossier %1 is gesloten; heropen het (stap terug) om het te wijzigen.</translation>
    </message>
    <message>
        <source>Case %1 has no findings yet: a conclusion needs at least one established fact.</source>
        <translation>Dossier %1 heeft nog geen bevindingen: een conclusie vraagt minstens één vastgesteld feit.</translation>
    </message>
    <message>
        <source>Case %1 was found unjustified: there is nothing to credit.</source>
        <translation>Dossier %1 is onterecht bevonden: er valt niets te crediteren.</translation>
    </message>
    <message>
        <source>The justified part of case %1 has already been credited.</source>
        <translation>Het terechte deel van dossier %1 is al gecrediteerd.</translation>
    </message>
    <message>
        <source>Case %1 already follows a path for the unjustified part.</source>
        <translation>Dossier %1 volgt al een traject voor het onterechte deel.</translation>
    </message>
    <message>
        <source>A payment arrangement follows the amicable explanation of case %1.</source>
        <translation>Een betalingsregeling volgt op de minnelijke uitleg van dossier %1.</translation>
    </message>
    <message>
        <source>Payment after explanation is recorded on the amicable path of case %1.</source>
        <translation>Betaling na uitleg wordt vastgelegd op het minnelijke traject van dossier %1.</translation>
    </message>
    <message>
        <source>Legal collection of case %1 comes only after an amicable attempt.</source>
        <translation>Juridische incasso van dossier %1 komt pas na een minnelijke poging.</translation>
    </message>
    <message>
        <source>The customer of case %1 has paid; there is nothing to collect.</source>
        <translation>De klant van dossier %1 heeft betaald; er valt niets te incasseren.</translation>
    </message>
    <message>
        <source>Record a cost-benefit assessment for case %1 before choosing legal collection.</source>
        <translation>Leg een kosten-batenafweging vast voor dossier %1 voordat u voor juridische incasso kiest.</translation>
    </message>
    <message>
        <source>The customer of case %1 is a consumer: the statutory 14-day letter must be sent before legal collection.</source>
        <translation>De klant van dossier %1 is een consument: de wettelijke veertiendagenbrief moet vóór juridische incasso zijn verstuurd.</translation>
    </message>
    <message>
        <source>Case %1 already follows the %2 path.</source>
        <translation>Dossier %1 volgt al het traject %2.</translation>
    </message>
    <message>
        <source>The customer of case %1 has paid; there is nothing to write off.</source>
        <translation>De klant van dossier %1 heeft betaald; er valt niets af te boeken.</translation>
    </message>
    <message>
        <source>Case %1 is not resolved yet: %2</source>
        <translation>Dossier %1 is nog niet afgehandeld: %2</translation>
    </message>
    <message>
        <source>the justified part still has to be credited.</source>
        <translation>het terechte deel moet nog worden gecrediteerd.</translation>
    </message>
    <message>
        <source>the unjustified part still needs payment, an arrangement, legal collection or goodwill.</source>
        <translation>het onterechte deel vraagt nog betaling, een regeling, juridische incasso of coulance.</translation>
    </message>
    <message>
        <source>Case %1 was (partly) justified: record what went wrong, the department and the preventive action before closing.</source>
        <translation>Dossier %1 was (deels) terecht: leg vóór het afsluiten vast wat er misging, de afdeling en de preventieve maatregel.</translation>
    </message>
    <message>
        <source>Case %1 is at its first step; there is no step to go back to.</source>
        <translation>Dossier %1 staat bij de eerste stap; er is geen stap om naar terug te gaan.</translation>
    </message>
</context>
<context>
    <name>dd::DisputesCommand</name>
    <message>
        <source>Lists dispute cases, filtered by step, reason, assignee or an overdue answer.</source>
        <translation>Toont dossiers, gefilterd op stap, reden, behandelaar of een te laat antwoord.</translation>
    </message>
    <message>
        <source>Only this reason code.</source>
        <translation>Alleen deze redencode.</translation>
    </message>
    <message>
        <source>Only the cases of this person.</source>
        <translation>Alleen de dossiers van deze persoon.</translation>
    </message>
    <message>
        <source>Only open cases.</source>
        <translation>Alleen open dossiers.</translation>
    </message>
    <message>
        <source>Only cases not answered by the promised date (as of --as-of).</source>
        <translation>Alleen dossiers die niet op de toegezegde datum zijn beantwoord (per --as-of).</translation>
    </message>
    <message>
        <source>--step must be one of %1</source>
        <translation>--step moet een van %1 zijn</translation>
    </message>
    <message>
        <source>--reason: &quot;%1&quot; is not a reason code</source>
        <translation>--reason: &quot;%1&quot; is geen redencode</translation>
    </message>
</context>
<context>
    <name>dd::DisputesView</name>
    <message>
        <source>Products with repeated complaints</source>
        <translation>Producten met herhaalde klachten</translation>
    </message>
    <message>
        <source>Products with repeated complaints (%1)</source>
        <translation>Producten met herhaalde klachten (%1)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Product warnings</source>
        <translation>Productwaarschuwingen</translation>
    </message>
    <message>
        <source>Product warnings (%1)</source>
        <translation>Productwaarschuwingen (%1)</translation>
    </message>
</context>
<context>
    <name>dd::DoNotDunCommand</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>Er is geen klant met id %1.</translation>
    </message>
    <message>
        <source>do not dun %1</source>
        <translation>%1 niet aanmanen</translation>
    </message>
    <message>
        <source>dun %1 again</source>
        <translation>%1 weer aanmanen</translation>
    </message>
</context>
<context>
    <name>dd::DocumentFiles</name>
    <message>
        <source>it is not a regular file</source>
        <translation>het is geen gewoon bestand</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
</context>
<context>
    <name>dd::DocumentTemplates</name>
    <message>
        <source>The built-in template %1 is missing.</source>
        <translation>Het ingebouwde sjabloon %1 ontbreekt.</translation>
    </message>
</context>
<context>
    <name>dd::DunningHistoryDialog</name>
    <message>
        <source>Dunning History: %1</source>
        <translation>Aanmaningshistorie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) and hand-over file(s) sent to %1, newest first.</source>
        <translation>
            <numerusform>%n brief of overdrachtsbestand verstuurd aan %1, nieuwste eerst.</numerusform>
            <numerusform>%n brieven en overdrachtsbestanden verstuurd aan %1, nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer is marked &quot;do not dun&quot;.</source>
        <translation>De klant is gemarkeerd als &quot;niet aanmanen&quot;.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Costs from</source>
        <translation>Kosten vanaf</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Level after</source>
        <translation>Niveau daarna</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Verhoogd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Invoice %1 has not been in a dunning letter.</source>
        <translation>Factuur %1 heeft nog in geen aanmaning gestaan.</translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 was in %n letter(s); the level it reached: %2.</source>
        <translation>
            <numerusform>Factuur %1 stond in %n brief; bereikt niveau: %2.</numerusform>
            <numerusform>Factuur %1 stond in %n brieven; bereikt niveau: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Invoice level after</source>
        <translation>Factuurniveau daarna</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no, listed</source>
        <translation>nee, vermeld</translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n):</source>
        <translation>
            <numerusform>Contacten (%n):</numerusform>
            <numerusform>Contacten (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>Van de klant</translation>
    </message>
    <message>
        <source>To the customer</source>
        <translation>Naar de klant</translation>
    </message>
</context>
<context>
    <name>dd::DunningLetterActions</name>
    <message>
        <source>No program on this computer opens folders from here. The files are in %1</source>
        <translation>Geen programma op deze computer opent mappen vanuit hier. De bestanden staan in %1</translation>
    </message>
    <message>
        <source>No program is set up on this computer to open %1 files, so the letter could not be shown. It was written to %2 — &lt;a href=&quot;%3&quot;&gt;open the folder&lt;/a&gt;.</source>
        <translation>Op deze computer is geen programma ingesteld om %1-bestanden te openen, dus de brief kon niet worden getoond. Hij is geschreven naar %2 — &lt;a href=&quot;%3&quot;&gt;open de map&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Nothing of this letter will be sent: tick an invoice that moves up a level.</source>
        <translation>Van deze brief wordt niets verstuurd: vink een factuur aan die een niveau omhoog gaat.</translation>
    </message>
    <message>
        <source>The letter cannot be written to %1: %2</source>
        <translation>De brief kan niet worden geschreven naar %1: %2</translation>
    </message>
    <message>
        <source>The letter to %1 goes out with the standard text.</source>
        <translation>De brief aan %1 gaat uit met de standaardtekst.</translation>
    </message>
    <message>
        <source>The letter to %1 goes out with your text.</source>
        <translation>De brief aan %1 gaat uit met uw tekst.</translation>
    </message>
</context>
<context>
    <name>dd::DunningLetterDocument</name>
    <message>
        <source>The dunning template %1 (%2) is missing.</source>
        <translation>Het aanmaningssjabloon %1 (%2) ontbreekt.</translation>
    </message>
    <message>
        <source>A hand-over is a file for the collector, not a letter.</source>
        <translation>Een overdracht is een bestand voor het incassobureau, geen brief.</translation>
    </message>
    <message>
        <source>A dunning letter</source>
        <translation>Een aanmaning</translation>
    </message>
</context>
<context>
    <name>dd::DunningLetterEditDialog</name>
    <message>
        <source>&amp;Revert to Standard Text</source>
        <translation>&amp;Terug naar de standaardtekst</translation>
    </message>
    <message>
        <source>Edit Letter — %1</source>
        <translation>Brief bewerken — %1</translation>
    </message>
    <message>
        <source>You change the wording of this letter, not its figures. The invoice table, the amounts, the interest and costs and the date to pay by stand in the text as fields such as {{dunning.total}} and {{dunning.invoices}}; the dunning run fills them in as it computed them (the preview on the right shows the result). The edited text is written and recorded for this customer only.</source>
        <translation>U wijzigt de tekst van deze brief, niet de bedragen. De factuurtabel, de bedragen, de rente en kosten en de uiterste betaaldatum staan in de tekst als velden zoals {{dunning.total}} en {{dunning.invoices}}; de aanmaningsronde vult ze in zoals ze zijn berekend (het voorbeeld rechts toont het resultaat). De aangepaste tekst wordt alleen voor deze klant geschreven en vastgelegd.</translation>
    </message>
    <message>
        <source>The text lost figures the letter must state: %1. Put them back (or revert to the standard text); the run fills them in.</source>
        <translation>In de tekst ontbreken bedragen die de brief moet vermelden: %1. Zet ze terug (of ga terug naar de standaardtekst); de ronde vult ze in.</translation>
    </message>
</context>
<context>
    <name>dd::DunningLetterFolder</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2</source>
        <translation>Kan niet schrijven in de map %1: %2</translation>
    </message>
</context>
<context>
    <name>dd::DunningLevel</name>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Tweede herinnering</translation>
    </message>
    <message>
        <source>Notice of default / 14-day letter</source>
        <translation>Ingebrekestelling / veertiendagenbrief</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Overdracht ter incasso</translation>
    </message>
</context>
<context>
    <name>dd::DunningPreviewModel</name>
    <message numerus="yes">
        <source>%1: %n hand-over file(s)</source>
        <translation>
            <numerusform>%1: %n overdrachtsbestand</numerusform>
            <numerusform>%1: %n overdrachtsbestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n letter(s)</source>
        <translation>
            <numerusform>%1: %n brief</numerusform>
            <numerusform>%1: %n brieven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invoice(s)</source>
        <translation>
            <numerusform>Overgeslagen: %n factuur</numerusform>
            <numerusform>Overgeslagen: %n facturen</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>not handed over (tick to hand over)</source>
        <translation>niet overgedragen (vink aan om over te dragen)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verstuurd</translation>
    </message>
    <message>
        <source>not sent: no ticked invoice moves up a level, or the total is below the minimum</source>
        <translation>niet verstuurd: geen aangevinkte factuur gaat een niveau omhoog, of het totaal ligt onder het minimum</translation>
    </message>
    <message>
        <source>sent as %1</source>
        <translation>verstuurd als %1</translation>
    </message>
    <message>
        <source>14-day letter, costs from %1</source>
        <translation>veertiendagenbrief, kosten vanaf %1</translation>
    </message>
    <message>
        <source>moves up to %1</source>
        <translation>gaat naar %1</translation>
    </message>
    <message>
        <source>listed, its level stays</source>
        <translation>vermeld, niveau blijft gelijk</translation>
    </message>
    <message>
        <source>Level, customer, invoice</source>
        <translation>Niveau, klant, factuur</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>own text</source>
        <translation>eigen tekst</translation>
    </message>
</context>
<context>
    <name>dd::DunningRun</name>
    <message>
        <source>Another dunning run was committed after this preview was made; make the preview again.</source>
        <translation>Na het maken van dit voorbeeld is een andere aanmaningsronde vastgelegd; maak het voorbeeld opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent for %n invoice(s): %2</source>
        <translation>
            <numerusform>%1 verstuurd voor %n factuur: %2</numerusform>
            <numerusform>%1 verstuurd voor %n facturen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Other dunning runs kept being committed at the same time; try again.</source>
        <translation>Er werden steeds tegelijkertijd andere aanmaningsrondes vastgelegd; probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot state the statutory interest (%1) and will say it is calculated on payment. Add the interest rates for %2 first (Settings ▸ Interest Rates and Court Fees, or disputedesk-cli interest-rates --add).</source>
        <translation>
            <numerusform>In %n brief kan de wettelijke rente (%1) niet worden vermeld; daarin staat dan dat de rente bij betaling wordt berekend. Voeg eerst de rentepercentages voor %2 toe (Instellingen ▸ Rentepercentages en griffierechten, of disputedesk-cli interest-rates --add).</numerusform>
            <numerusform>In %n brieven kan de wettelijke rente (%1) niet worden vermeld; daarin staat dan dat de rente bij betaling wordt berekend. Voeg eerst de rentepercentages voor %2 toe (Instellingen ▸ Rentepercentages en griffierechten, of disputedesk-cli interest-rates --add).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) state interest computed with rates marked &quot;to verify&quot; in the interest table. Check those periods against their publication in the Staatsblad (Settings ▸ Interest Rates and Court Fees) before sending.</source>
        <translation>
            <numerusform>In %n brief is rente vermeld die berekend is met percentages die in de rentetabel als &quot;te controleren&quot; zijn gemarkeerd. Controleer die periodes aan de hand van de publicatie in het Staatsblad (Instellingen ▸ Rentepercentages en griffierechten) voordat u verstuurt.</numerusform>
            <numerusform>In %n brieven is rente vermeld die berekend is met percentages die in de rentetabel als &quot;te controleren&quot; zijn gemarkeerd. Controleer die periodes aan de hand van de publicatie in het Staatsblad (Instellingen ▸ Rentepercentages en griffierechten) voordat u verstuurt.</numerusform>
        </translation>
    </message>
    <message>
        <source>(text edited before sending)</source>
        <translation>(tekst vóór verzending aangepast)</translation>
    </message>
</context>
<context>
    <name>dd::DunningRunCommand</name>
    <message>
        <source>Dunning run: preview which customers get which letter; --commit writes the letters and records them.</source>
        <translation>Aanmaningsronde: voorbeeld van welke klanten welke brief krijgen; --commit schrijft de brieven en legt ze vast.</translation>
    </message>
    <message>
        <source>Write the letters and record them in the dunning history.</source>
        <translation>Schrijf de brieven en leg ze vast in de aanmaningshistorie.</translation>
    </message>
    <message>
        <source>With --commit: the folder for the letters.</source>
        <translation>Met --commit: de map voor de brieven.</translation>
    </message>
    <message>
        <source>With --commit: also write each letter as an e-mail (.eml).</source>
        <translation>Met --commit: schrijf elke brief ook als e-mail (.eml).</translation>
    </message>
    <message>
        <source>With --commit: also write the hand-over files (a human decision; left out otherwise).</source>
        <translation>Met --commit: schrijf ook de overdrachtsbestanden (een menselijke beslissing; anders weggelaten).</translation>
    </message>
    <message>
        <source>Who commits the run (default: your login name).</source>
        <translation>Wie de ronde vastlegt (standaard: uw inlognaam).</translation>
    </message>
    <message>
        <source>--as-of DATE is required</source>
        <translation>--as-of DATE is verplicht</translation>
    </message>
    <message>
        <source>--commit needs --out DIR</source>
        <translation>--commit vereist --out DIR</translation>
    </message>
    <message>
        <source>--out, --eml and --hand-over go with --commit</source>
        <translation>--out, --eml en --hand-over horen bij --commit</translation>
    </message>
    <message>
        <source>Run %1: %2 letters, %3 hand-overs written to %4.</source>
        <translation>Ronde %1: %2 brieven, %3 overdrachten geschreven naar %4.</translation>
    </message>
    <message>
        <source>No e-mail address known, no .eml written: %1</source>
        <translation>Geen e-mailadres bekend, geen .eml geschreven: %1</translation>
    </message>
    <message>
        <source>interest not available: %1</source>
        <translation>rente niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>listed, level stays</source>
        <translation>vermeld, niveau blijft gelijk</translation>
    </message>
    <message>
        <source>Letters of an earlier run that was interrupted after it was recorded were moved into the folder: %1</source>
        <translation>Brieven van een eerdere ronde die na het vastleggen werd onderbroken, zijn naar de map verplaatst: %1</translation>
    </message>
    <message>
        <source>The run is recorded, but these files could not be moved into the folder; the next run in the folder moves them: %1</source>
        <translation>De ronde is vastgelegd, maar deze bestanden konden niet naar de map worden verplaatst; de volgende ronde in deze map verplaatst ze alsnog: %1</translation>
    </message>
    <message>
        <source>costs in EUR on %1 EUR (1 EUR = %2 %3, %4)</source>
        <translation>kosten in EUR over %1 EUR (1 EUR = %2 %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter file(s) of an earlier run that was interrupted before it was recorded were deleted; they were never sent.</source>
        <translation>
            <numerusform>%n briefbestand van een eerdere ronde die vóór het vastleggen werd onderbroken, is verwijderd; het is nooit verstuurd.</numerusform>
            <numerusform>%n briefbestanden van een eerdere ronde die vóór het vastleggen werd onderbroken, zijn verwijderd; ze zijn nooit verstuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DunningRunMessages</name>
    <message>
        <source>Dunning Run</source>
        <translation>Aanmaningsronde</translation>
    </message>
    <message>
        <source>Before the letters go out:

%1

Send them anyway?</source>
        <translation>Voordat de brieven worden verstuurd:

%1

Toch versturen?</translation>
    </message>
    <message>
        <source>&amp;Write and Record</source>
        <translation>&amp;Schrijven en vastleggen</translation>
    </message>
    <message numerus="yes">
        <source>Write and record %n letter(s)</source>
        <translation>
            <numerusform>%n brief schrijven en vastleggen</numerusform>
            <numerusform>%n brieven schrijven en vastleggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n hand-over file(s)</source>
        <translation>
            <numerusform> en %n overdrachtsbestand</numerusform>
            <numerusform> en %n overdrachtsbestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Total claimed (open amounts): %1</source>
        <translation>Totaal gevorderd (openstaande bedragen): %1</translation>
    </message>
    <message>
        <source>A recorded run cannot be undone: the letters go into the dunning history and the customers&apos; contact logs.</source>
        <translation>Een vastgelegde ronde kan niet ongedaan worden gemaakt: de brieven komen in de aanmaningshistorie en in de contactlogboeken van de klanten.</translation>
    </message>
    <message>
        <source>No e-mail address known, no .eml written for: %1</source>
        <translation>Geen e-mailadres bekend, geen .eml geschreven voor: %1</translation>
    </message>
    <message>
        <source>Letters of an earlier run that was interrupted after it was recorded were moved into the folder: %1</source>
        <translation>Brieven van een eerdere ronde die na het vastleggen werd onderbroken, zijn naar de map verplaatst: %1</translation>
    </message>
    <message>
        <source>The run is recorded, but these files could not be moved into the folder; the next run in the folder moves them: %1</source>
        <translation>De ronde is vastgelegd, maar deze bestanden konden niet naar de map worden verplaatst; de volgende ronde in deze map verplaatst ze alsnog: %1</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n letter(s) written to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; and recorded.</source>
        <translation>
            <numerusform>Ronde %1: %n brief geschreven naar &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; en vastgelegd.</numerusform>
            <numerusform>Ronde %1: %n brieven geschreven naar &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; en vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-over file(s) written with them.</source>
        <translation>
            <numerusform>Daarbij is %n overdrachtsbestand geschreven.</numerusform>
            <numerusform>Daarbij zijn %n overdrachtsbestanden geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter file(s) of an earlier run that was interrupted before it was recorded were deleted; they were never sent.</source>
        <translation>
            <numerusform>%n briefbestand van een eerdere ronde die vóór het vastleggen werd onderbroken, is verwijderd; het is nooit verstuurd.</numerusform>
            <numerusform>%n briefbestanden van een eerdere ronde die vóór het vastleggen werd onderbroken, zijn verwijderd; ze zijn nooit verstuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DunningSettings</name>
    <message>
        <source>Dunning needs at least one level.</source>
        <translation>Aanmanen vereist ten minste één niveau.</translation>
    </message>
    <message>
        <source>The dunning level code &quot;%1&quot; may hold only a-z, 0-9 and &apos;-&apos;.</source>
        <translation>De aanmaningsniveaucode &quot;%1&quot; mag alleen a-z, 0-9 en &apos;-&apos; bevatten.</translation>
    </message>
    <message>
        <source>The dunning level code &quot;%1&quot; is used twice.</source>
        <translation>De aanmaningsniveaucode &quot;%1&quot; wordt twee keer gebruikt.</translation>
    </message>
    <message>
        <source>Dunning level &quot;%1&quot;: days, interval and minimum cannot be negative.</source>
        <translation>Aanmaningsniveau &quot;%1&quot;: dagen, interval en minimum mogen niet negatief zijn.</translation>
    </message>
    <message>
        <source>Dunning level &quot;%1&quot; comes before the previous level.</source>
        <translation>Aanmaningsniveau &quot;%1&quot; komt vóór het vorige niveau.</translation>
    </message>
    <message>
        <source>The payment term of a reminder must be 1 to 90 days.</source>
        <translation>De betalingstermijn van een herinnering moet 1 tot en met 90 dagen zijn.</translation>
    </message>
    <message>
        <source>The costs can be charged at the earliest 17 days after posting: receipt is assumed 2 business days after posting, then the debtor has 14 days.</source>
        <translation>De kosten kunnen op zijn vroegst 17 dagen na verzending in rekening worden gebracht: de ontvangst wordt verondersteld 2 werkdagen na verzending, daarna heeft de klant 14 dagen.</translation>
    </message>
</context>
<context>
    <name>dd::DunningSkip</name>
    <message>
        <source>on dispute hold (case %1)</source>
        <translation>aangehouden wegens geschil (dossier %1)</translation>
    </message>
    <message>
        <source>under a payment arrangement (case %1)</source>
        <translation>onder een betalingsregeling (dossier %1)</translation>
    </message>
    <message>
        <source>below the minimum of %1 for this level</source>
        <translation>onder het minimum van %1 voor dit niveau</translation>
    </message>
    <message>
        <source>customer marked &quot;do not dun&quot;</source>
        <translation>klant gemarkeerd als &quot;niet aanmanen&quot;</translation>
    </message>
    <message>
        <source>no euro rate for %1 on or before the letter date: the collection costs, euro amounts by law, cannot be stated (disputedesk-cli exchange-rates)</source>
        <translation>geen eurokoers voor %1 op of vóór de briefdatum: de incassokosten, wettelijk eurobedragen, kunnen niet worden vermeld (disputedesk-cli exchange-rates)</translation>
    </message>
</context>
<context>
    <name>dd::DunningView</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>Show &amp;Letter</source>
        <translation>&amp;Brief tonen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historie…</translation>
    </message>
    <message>
        <source>Do &amp;Not Dun</source>
        <translation>&amp;Niet aanmanen</translation>
    </message>
    <message>
        <source>Tic&amp;k All Letters</source>
        <translation>Alle brieven aan&amp;vinken</translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation>Alles &amp;uitvinken</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Also as &amp;e-mail (.eml)</source>
        <translation>Ook als &amp;e-mail (.eml)</translation>
    </message>
    <message>
        <source>&amp;Write and Record Letters…</source>
        <translation>Brieven &amp;schrijven en vastleggen…</translation>
    </message>
    <message>
        <source>Tick every letter; hand-over files stay as they are, each is a decision of its own</source>
        <translation>Vink elke brief aan; overdrachtsbestanden blijven zoals ze zijn, elk is een eigen beslissing</translation>
    </message>
    <message>
        <source>Dunning run preview</source>
        <translation>Voorbeeld van de aanmaningsronde</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <source>Open the selected customer&apos;s letter as it will be printed</source>
        <translation>Open de brief van de geselecteerde klant zoals hij wordt afgedrukt</translation>
    </message>
    <message>
        <source>The letters sent before to the selected customer, or listing the selected invoice</source>
        <translation>De brieven die eerder aan de geselecteerde klant zijn gestuurd, of waarin de geselecteerde factuur stond</translation>
    </message>
    <message>
        <source>Send the selected customer no dunning letters (their invoices are skipped) or lift that mark</source>
        <translation>Stuur de geselecteerde klant geen aanmaningen (de facturen worden overgeslagen) of hef die markering op</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>Nothing to send on this date: no invoice has reached its next level.</source>
        <translation>Niets te versturen op deze datum: geen factuur heeft het volgende niveau bereikt.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brief</numerusform>
            <numerusform>%n brieven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-over(s)</source>
        <translation>
            <numerusform>%n overdracht</numerusform>
            <numerusform>%n overdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) skipped</source>
        <translation>
            <numerusform>%n factuur overgeslagen</numerusform>
            <numerusform>%n facturen overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s) in all</source>
        <translation>
            <numerusform>%n vervallen factuur in totaal</numerusform>
            <numerusform>%n vervallen facturen in totaal</numerusform>
        </translation>
    </message>
    <message>
        <source>Dun &amp;Again</source>
        <translation>&amp;Weer aanmanen</translation>
    </message>
    <message>
        <source>Invoice &amp;History…</source>
        <translation>&amp;Historie van de factuur…</translation>
    </message>
    <message>
        <source>Customer &amp;History…</source>
        <translation>&amp;Historie van de klant…</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <source>Nothing is ticked.</source>
        <translation>Er is niets aangevinkt.</translation>
    </message>
    <message>
        <source>Choose the folder for the letters.</source>
        <translation>Kies de map voor de brieven.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>De brieven worden geschreven…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Dunning Run</source>
        <translation>Aanmaningsronde</translation>
    </message>
    <message>
        <source>Writing letter %1 of %2…</source>
        <translation>Brief %1 van %2 wordt geschreven…</translation>
    </message>
    <message>
        <source>Recording the run…</source>
        <translation>De ronde wordt vastgelegd…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded and no letter was left in the folder.</source>
        <translation>Geannuleerd: er is niets vastgelegd en er is geen brief in de map achtergebleven.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Waarschuwing:</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Er is niets verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>ticked: %n letter(s)</source>
        <translation>
            <numerusform>aangevinkt: %n brief</numerusform>
            <numerusform>aangevinkt: %n brieven</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;it Letter…</source>
        <translation>Brief be&amp;werken…</translation>
    </message>
    <message>
        <source>Change the wording of the selected customer&apos;s letter before it is written; the figures stay as computed</source>
        <translation>Pas de tekst van de brief aan de geselecteerde klant aan voordat hij wordt geschreven; de bedragen blijven zoals ze zijn berekend</translation>
    </message>
</context>
<context>
    <name>dd::EcbRatesFile</name>
    <message>
        <source>%1, line %2: not an ECB reference rate file: the first line must be &quot;Date&quot; followed by currency codes</source>
        <translation>%1, regel %2: geen ECB-referentiekoersbestand: de eerste regel moet &quot;Date&quot; zijn, gevolgd door valutacodes</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a currency code</source>
        <translation>%1, regel %2, kolom %3: &quot;%4&quot; is geen valutacode</translation>
    </message>
    <message>
        <source>%1, line %2, field Date: &quot;%3&quot; is not a date</source>
        <translation>%1, regel %2, veld Date: &quot;%3&quot; is geen datum</translation>
    </message>
    <message>
        <source>%1, line %2: %3 rates for %4 currencies in the first line</source>
        <translation>%1, regel %2: %3 koersen voor %4 valuta&apos;s in de eerste regel</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: &quot;%4&quot; is not a rate</source>
        <translation>%1, regel %2, veld %3: &quot;%4&quot; is geen koers</translation>
    </message>
    <message>
        <source>%1 is empty: not an ECB reference rate file</source>
        <translation>%1 is leeg: geen ECB-referentiekoersbestand</translation>
    </message>
</context>
<context>
    <name>dd::EmlWriter</name>
    <message>
        <source>An e-mail (.eml) is sent from the company&apos;s e-mail address, which is not filled in. Fill it in under Settings ▸ Company and Letters ▸ E-mail (or disputedesk-cli company --email), then try again; nothing was written.</source>
        <translation>Een e-mail (.eml) wordt verstuurd vanaf het e-mailadres van het bedrijf, en dat is niet ingevuld. Vul het in onder Instellingen ▸ Bedrijf en brieven ▸ E-mail (of met disputedesk-cli company --email) en probeer het opnieuw; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The company&apos;s e-mail address &quot;%1&quot; (Settings ▸ Company and Letters ▸ E-mail) is not a valid address, so an e-mail (.eml) cannot be sent from it. Correct it, then try again; nothing was written.</source>
        <translation>Het e-mailadres van het bedrijf &quot;%1&quot; (Instellingen ▸ Bedrijf en brieven ▸ E-mail) is geen geldig adres, dus er kan geen e-mail (.eml) vanaf worden verstuurd. Verbeter het en probeer het opnieuw; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRate</name>
    <message>
        <source>a %1 rate cannot convert an amount in %2</source>
        <translation>een koers van %1 kan geen bedrag in %2 omrekenen</translation>
    </message>
    <message>
        <source>a euro rate converts euros, not %1</source>
        <translation>een eurokoers rekent euro&apos;s om, geen %1</translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRateRepository</name>
    <message>
        <source>A euro rate needs a currency other than EUR (three capital letters), a date and a rate above zero: %1 %2 %3</source>
        <translation>Een eurokoers vereist een andere valuta dan EUR (drie hoofdletters), een datum en een koers boven nul: %1 %2 %3</translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRateTableModel</name>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Units per euro</source>
        <translation>Eenheden per euro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>ingevoerd</translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRatesCommand</name>
    <message>
        <source>Shows the euro reference rates; --rate enters one, --import reads the ECB&apos;s rate file.</source>
        <translation>Toont de euroreferentiekoersen; --rate voert er een in, --import leest het koersbestand van de ECB.</translation>
    </message>
    <message>
        <source>Only this currency (GBP); with --rate the currency of the rate.</source>
        <translation>Alleen deze valuta (GBP); met --rate de valuta van de koers.</translation>
    </message>
    <message>
        <source>Enters a rate: units of the currency per euro, as the ECB quotes it (0.8613 for 1 EUR = 0.8613 GBP).</source>
        <translation>Voert een koers in: eenheden van de valuta per euro, zoals de ECB die noteert (0.8613 voor 1 EUR = 0.8613 GBP).</translation>
    </message>
    <message>
        <source>The day of the rate entered (default today).</source>
        <translation>De dag van de ingevoerde koers (standaard vandaag).</translation>
    </message>
    <message>
        <source>Reads the ECB&apos;s reference rates file eurofxref.csv or eurofxref-hist.csv.</source>
        <translation>Leest het referentiekoersbestand van de ECB, eurofxref.csv of eurofxref-hist.csv.</translation>
    </message>
    <message>
        <source>--rate and --import cannot be combined</source>
        <translation>--rate en --import kunnen niet samen worden gebruikt</translation>
    </message>
    <message>
        <source>--rate needs --currency</source>
        <translation>--rate vereist --currency</translation>
    </message>
    <message>
        <source>--date belongs to --rate</source>
        <translation>--date hoort bij --rate</translation>
    </message>
    <message>
        <source>--rate: &quot;%1&quot; is not a rate above zero with at most six decimals</source>
        <translation>--rate: &quot;%1&quot; is geen koers boven nul met ten hoogste zes decimalen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 rates read from %2.</source>
        <translation>%1 koersen gelezen uit %2.</translation>
    </message>
</context>
<context>
    <name>dd::ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Wisselkoersen</translation>
    </message>
    <message>
        <source>Import ECB Reference Rates</source>
        <translation>ECB-referentiekoersen importeren</translation>
    </message>
    <message>
        <source>ECB rate files (eurofxref*.csv);;CSV files (*.csv);;All files (*)</source>
        <translation>ECB-koersbestanden (eurofxref*.csv);;CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Euro reference rates: how many units of a currency one euro buys (1 EUR = 0.8613 GBP), as the ECB quotes them. A credit note in another currency states its VAT in euros at the rate of the invoice date, or the latest rate before it.</source>
        <translation>Euroreferentiekoersen: hoeveel eenheden van een valuta u voor één euro krijgt (1 EUR = 0.8613 GBP), zoals de ECB ze noteert. Een creditnota in een andere valuta vermeldt de btw in euro tegen de koers van de factuurdatum, of de laatste koers daarvóór.</translation>
    </message>
    <message>
        <source>Show the rates of</source>
        <translation>Toon de koersen van</translation>
    </message>
    <message>
        <source>&amp;Import ECB File…</source>
        <translation>ECB-bestand &amp;importeren…</translation>
    </message>
    <message>
        <source>eurofxref.csv (one day) or eurofxref-hist.csv (every day since 1999) from the ECB&apos;s website</source>
        <translation>eurofxref.csv (één dag) of eurofxref-hist.csv (elke dag sinds 1999) van de website van de ECB</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Va&amp;luta:</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>ingevoerd</translation>
    </message>
    <message>
        <source>Enter a rate</source>
        <translation>Een koers invoeren</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>units per euro, e.g. %1</source>
        <translation>eenheden per euro, bijv. %1</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Koers:</translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation>Koers &amp;toevoegen</translation>
    </message>
    <message>
        <source>Newest of each</source>
        <translation>Nieuwste per valuta</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n koers</numerusform>
            <numerusform>%n koersen</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not the three-letter code of a currency other than the euro (e.g. GBP).</source>
        <translation>Valuta: &quot;%1&quot; is niet de drielettercode van een andere valuta dan de euro (bijv. GBP).</translation>
    </message>
    <message>
        <source>Rate: &quot;%1&quot; is not a rate above zero with at most six decimals (units of %2 per euro).</source>
        <translation>Koers: &quot;%1&quot; is geen koers boven nul met ten hoogste zes decimalen (eenheden %2 per euro).</translation>
    </message>
    <message>
        <source>Added: 1 EUR = %1 %2 on %3.</source>
        <translation>Toegevoegd: 1 EUR = %1 %2 op %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Er is niets geïmporteerd. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rate(s) from %1.</source>
        <translation>
            <numerusform>%n koers geïmporteerd uit %1.</numerusform>
            <numerusform>%n koersen geïmporteerd uit %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ExportCommand</name>
    <message>
        <source>The CSV file to write.</source>
        <translation>Het CSV-bestand om te schrijven.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is verplicht</translation>
    </message>
    <message>
        <source>Exports customers, invoices, payments, disputes or credit notes as CSV.</source>
        <translation>Exporteert klanten, facturen, betalingen, geschillen of creditnota&apos;s als CSV.</translation>
    </message>
    <message>
        <source>customers, invoices, payments, disputes or credit-notes.</source>
        <translation>customers (klanten), invoices (facturen), payments (betalingen), disputes (geschillen) of credit-notes (creditnota&apos;s).</translation>
    </message>
    <message>
        <source>--kind customers|invoices|payments|disputes|credit-notes is required</source>
        <translation>--kind customers|invoices|payments|disputes|credit-notes is verplicht</translation>
    </message>
    <message>
        <source>--kind must be customers, invoices, payments, disputes or credit-notes, not &quot;%1&quot;</source>
        <translation>--kind moet customers, invoices, payments, disputes of credit-notes zijn, niet &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>dd::FieldLimits</name>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted</source>
        <translation>%1 is %2 tekens lang; er worden ten hoogste %3 geaccepteerd</translation>
    </message>
</context>
<context>
    <name>dd::FileNameIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-bestand</translation>
    </message>
</context>
<context>
    <name>dd::FileWriteProblem</name>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>%1 kan niet worden geschreven: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be written completely: the disk may be full or no longer there.</source>
        <translation>%1 kan niet volledig worden geschreven: de schijf is misschien vol of niet meer bereikbaar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>dd::FinishResolutionCommand</name>
    <message>
        <source>finish the resolution of %1</source>
        <translation>afhandeling van %1 afronden</translation>
    </message>
    <message>
        <source>resolution finished</source>
        <translation>afhandeling afgerond</translation>
    </message>
</context>
<context>
    <name>dd::FourteenDayLetter</name>
    <message>
        <source>A 14-day letter is sent once the invoice is overdue: it is due on %1, the letter is dated %2.</source>
        <translation>Een veertiendagenbrief wordt pas verstuurd als de factuur vervallen is: de vervaldatum is %1, de brief is gedateerd op %2.</translation>
    </message>
</context>
<context>
    <name>dd::GoodwillCommand</name>
    <message>
        <source>give goodwill on %1</source>
        <translation>coulance geven op %1</translation>
    </message>
    <message>
        <source>The goodwill credit note cannot be taken back: this cannot be undone.</source>
        <translation>De creditnota voor coulance kan niet worden teruggedraaid: dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>dd::ImportCommand</name>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%n fout in %1; er is niets geïmporteerd</numerusform>
            <numerusform>%n fouten in %1; er is niets geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>A JSON column mapping for this source (see README).</source>
        <translation>Een JSON-kolomkoppeling voor deze bron (zie README).</translation>
    </message>
    <message>
        <source>Import the valid rows and write the rejected ones to FILE.rejected.csv next to the source.</source>
        <translation>Importeer de geldige rijen en schrijf de afgewezen rijen naar FILE.rejected.csv naast de bron.</translation>
    </message>
    <message>
        <source>comma (1.234,56) or point (1,234.56); default: comma for semicolon files.</source>
        <translation>comma (1.234,56) of point (1,234.56); standaard: comma voor bestanden met puntkomma&apos;s.</translation>
    </message>
    <message>
        <source>FILE is a UBL 2.1 invoice, or a folder of them.</source>
        <translation>FILE is een UBL 2.1-factuur of een map met zulke facturen.</translation>
    </message>
    <message>
        <source>--%1 belongs to a CSV import (--kind)</source>
        <translation>--%1 hoort bij een CSV-import (--kind)</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is verplicht</translation>
    </message>
    <message>
        <source>--mapping: %1 cannot be read</source>
        <translation>--mapping: %1 kan niet worden gelezen</translation>
    </message>
    <message>
        <source>--mapping: %1: %2</source>
        <translation>--mapping: %1: %2</translation>
    </message>
    <message>
        <source>--mapping: %1 is a mapping for %2</source>
        <translation>--mapping: %1 is een koppeling voor %2</translation>
    </message>
    <message>
        <source>--decimal must be comma or point, not &quot;%1&quot;</source>
        <translation>--decimal moet comma of point zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is left over from an import into %2 that did not finish; it may be deleted.</source>
        <translation>%1 is overgebleven van een niet voltooide import in %2; het mag worden verwijderd.</translation>
    </message>
    <message>
        <source>Imports customers, invoices, payments, disputes or credit notes (CSV), UBL invoices or a bank statement (CAMT.052/.053/.054, MT940, .zip).</source>
        <translation>Importeert klanten, facturen, betalingen, geschillen of creditnota&apos;s (CSV), UBL-facturen of een bankafschrift (CAMT.052/.053/.054, MT940, .zip).</translation>
    </message>
    <message>
        <source>What the CSV file holds: customers, invoices, payments, disputes or credit-notes.</source>
        <translation>Wat het CSV-bestand bevat: customers (klanten), invoices (facturen), payments (betalingen), disputes (geschillen) of credit-notes (creditnota&apos;s).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY or auto (default).</source>
        <translation>YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY of auto (standaard).</translation>
    </message>
    <message>
        <source>FILE is a bank statement: CAMT.053 (or a CAMT.052 account report, CAMT.054 notification), MT940 or a .zip of them (told apart by content).</source>
        <translation>FILE is een bankafschrift: CAMT.053 (of een CAMT.052-rekeningrapport, een CAMT.054-melding), MT940 of een .zip daarvan (onderscheiden op inhoud).</translation>
    </message>
    <message>
        <source>With --bank: book the proposed matches scoring at least SCORE (0-100) as payments.</source>
        <translation>Met --bank: boek de voorgestelde koppelingen met een score van ten minste SCORE (0-100) als betalingen.</translation>
    </message>
    <message>
        <source>give exactly one of --kind KIND, --ubl or --bank</source>
        <translation>geef precies één van --kind KIND, --ubl of --bank</translation>
    </message>
    <message>
        <source>--confirm-above belongs to --bank</source>
        <translation>--confirm-above hoort bij --bank</translation>
    </message>
    <message>
        <source>--kind must be customers, invoices, payments, disputes or credit-notes, not &quot;%1&quot;</source>
        <translation>--kind moet customers, invoices, payments, disputes of credit-notes zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--date-format must be YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY or auto, not &quot;%1&quot;</source>
        <translation>--date-format moet YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY of auto zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 credits, %2 booked, %3 debits left out</source>
        <translation>%1 ontvangsten, %2 geboekt, %3 afschrijvingen overgeslagen</translation>
    </message>
</context>
<context>
    <name>dd::ImportStore</name>
    <message>
        <source>invoice %1 is disputed in case %2</source>
        <translation>factuur %1 wordt betwist in dossier %2</translation>
    </message>
    <message>
        <source>invoice %1 has a credit note</source>
        <translation>factuur %1 heeft een creditnota</translation>
    </message>
    <message>
        <source>%1; its amount changed from %2 to %3 and was not overwritten</source>
        <translation>%1; het bedrag is gewijzigd van %2 naar %3 en is niet overschreven</translation>
    </message>
    <message>
        <source>invoice %1 is already paid %2, more than its new amount %3; not overwritten</source>
        <translation>op factuur %1 is al %2 betaald, meer dan het nieuwe bedrag %3; niet overschreven</translation>
    </message>
    <message>
        <source>invoice %1 exists already</source>
        <translation>factuur %1 bestaat al</translation>
    </message>
</context>
<context>
    <name>dd::ImportValues</name>
    <message>
        <source>no date given</source>
        <translation>geen datum opgegeven</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (%2)</source>
        <translation>&quot;%1&quot; is geen datum (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an impossible date</source>
        <translation>&quot;%1&quot; is een onmogelijke datum</translation>
    </message>
    <message>
        <source>bad amount: %1</source>
        <translation>ongeldig bedrag: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT rate in percent</source>
        <translation>&quot;%1&quot; is geen btw-percentage</translation>
    </message>
    <message>
        <source>bad amount: &quot;%1&quot; has a minus sign both before and after the number, or only a sign</source>
        <translation>ongeldig bedrag: &quot;%1&quot; heeft een minteken zowel vóór als na het getal, of bestaat alleen uit een teken</translation>
    </message>
    <message>
        <source>bad amount: &quot;%1&quot;: a minus sign belongs before or after the number, not inside it</source>
        <translation>ongeldig bedrag: &quot;%1&quot;: een minteken hoort vóór of na het getal, niet erin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a two-letter country code nor a country name</source>
        <translation>&quot;%1&quot; is geen landcode van twee letters en geen landnaam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>&quot;%1&quot; is ja noch nee</translation>
    </message>
</context>
<context>
    <name>dd::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Inhoud:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Say which column holds which value. The preview shows the first rows as the file has them and as they will be read.</source>
        <translation>Geef aan welke kolom welke waarde bevat. Het voorbeeld toont de eerste regels zoals ze in het bestand staan en zoals ze gelezen worden.</translation>
    </message>
    <message>
        <source>Dates: recognise</source>
        <translation>Datums: herkennen</translation>
    </message>
    <message>
        <source>Amounts: decimal comma (1.234,56)</source>
        <translation>Bedragen: decimale komma (1.234,56)</translation>
    </message>
    <message>
        <source>Amounts: decimal point (1,234.56)</source>
        <translation>Bedragen: decimale punt (1,234.56)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>The whole file is imported in one go; if any row is wrong nothing is written, unless you import the valid rows only.</source>
        <translation>Het hele bestand wordt in één keer geïmporteerd; is één regel fout, dan wordt niets weggeschreven, tenzij u alleen de geldige regels importeert.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (the others go to a .rejected.csv file)</source>
        <translation>Alleen de &amp;geldige regels importeren (de andere gaan naar een .rejected.csv-bestand)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (verplicht):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>%1 ⚠ %2</source>
        <translation>%1 ⚠ %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>as in the file: %1</source>
        <translation>zoals in het bestand: %1</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>File: %1
Contents: %2
Encoding: %3, separator &quot;%4&quot;
Columns: %5</source>
        <translation>Bestand: %1
Inhoud: %2
Codering: %3, scheidingsteken &quot;%4&quot;
Kolommen: %5</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>
Required but not in the file: %1</source>
        <translation>
Verplicht maar niet in het bestand: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%n regel geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</numerusform>
            <numerusform>%n regels geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n row(s) left out, written to %1.</source>
        <translation>
            <numerusform> %n regel weggelaten, geschreven naar %1.</numerusform>
            <numerusform> %n regels weggelaten, geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found. Correct the file, or go back and import the valid rows only.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: %n probleem gevonden. Verbeter het bestand, of ga terug en importeer alleen de geldige regels.</numerusform>
            <numerusform>Er is niets geïmporteerd: %n problemen gevonden. Verbeter het bestand, of ga terug en importeer alleen de geldige regels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV file and say what it holds, or UBL invoices: one file or a folder of them.</source>
        <translation>Kies een CSV-bestand en geef aan wat erin staat, of UBL-facturen: één bestand of een map vol.</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>M&amp;ap…</translation>
    </message>
    <message>
        <source>UBL invoices (e-invoices, file or folder)</source>
        <translation>UBL-facturen (e-facturen, bestand of map)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>e.g. the accounting package</source>
        <translation>bijv. het boekhoudpakket</translation>
    </message>
    <message>
        <source>Where the file comes from. A saved mapping is chosen by itself for the next file with the same columns.</source>
        <translation>Waar het bestand vandaan komt. Een bewaarde koppeling wordt vanzelf gekozen voor het volgende bestand met dezelfde kolommen.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping</source>
        <translation>Koppeling &amp;bewaren</translation>
    </message>
    <message>
        <source>Folder of UBL invoices</source>
        <translation>Map met UBL-facturen</translation>
    </message>
    <message>
        <source>Sa&amp;ved</source>
        <translation>&amp;Bewaard</translation>
    </message>
    <message>
        <source>UBL invoices (*.xml);;All files (*)</source>
        <translation>UBL-facturen (*.xml);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2
Contents: UBL invoices (Peppol BIS Billing 3.0), %n document(s). Buyers are found by VAT id or created; credit notes are recognised and left out.</source>
        <translation>
            <numerusform>%1: %2
Inhoud: UBL-facturen (Peppol BIS Billing 3.0), %n document. Kopers worden gevonden op btw-nummer of aangemaakt; creditnota&apos;s worden herkend en overgeslagen.</numerusform>
            <numerusform>%1: %2
Inhoud: UBL-facturen (Peppol BIS Billing 3.0), %n documenten. Kopers worden gevonden op btw-nummer of aangemaakt; creditnota&apos;s worden herkend en overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>De import is geannuleerd: er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%n document geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</numerusform>
            <numerusform>%n documenten geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n credit note(s) left out.</source>
        <translation>
            <numerusform> %n creditnota overgeslagen.</numerusform>
            <numerusform> %n creditnota&apos;s overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: %n probleem gevonden.</numerusform>
            <numerusform>Er is niets geïmporteerd: %n problemen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>Koppeling &amp;laden…</translation>
    </message>
    <message>
        <source>Take the columns from a mapping file (the JSON that disputedesk-cli import --mapping reads).</source>
        <translation>Neem de kolommen over uit een koppelingsbestand (de JSON die disputedesk-cli import --mapping leest).</translation>
    </message>
    <message>
        <source>E&amp;xport Mapping…</source>
        <translation>Koppeling e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Write these columns to a mapping file for disputedesk-cli import --mapping.</source>
        <translation>Schrijf deze kolommen naar een koppelingsbestand voor disputedesk-cli import --mapping.</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Kolomkoppelingen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export Mapping</source>
        <translation>Koppeling exporteren</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Koppeling laden</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Mapping written to %1.</source>
        <translation>Koppeling geschreven naar %1.</translation>
    </message>
    <message>
        <source>%1: %2. The columns are unchanged.</source>
        <translation>%1: %2. De kolommen zijn ongewijzigd.</translation>
    </message>
    <message>
        <source>a mapping for %1, not for %2</source>
        <translation>een koppeling voor %1, niet voor %2</translation>
    </message>
    <message>
        <source>the mapping names no column of this file</source>
        <translation>de koppeling noemt geen enkele kolom van dit bestand</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Koppeling geladen uit %1.</translation>
    </message>
    <message>
        <source>Mapping loaded from %1. Not in this file: %2.</source>
        <translation>Koppeling geladen uit %1. Niet in dit bestand: %2.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/JJJJ</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>dd::IncludeMatchCommand</name>
    <message>
        <source>tick %1</source>
        <translation>%1 aanvinken</translation>
    </message>
    <message>
        <source>untick %1</source>
        <translation>%1 uitvinken</translation>
    </message>
</context>
<context>
    <name>dd::InterestCommand</name>
    <message>
        <source>Statutory interest (art. 6:119 / 6:119a BW), compounded yearly, with the breakdown per period.</source>
        <translation>Wettelijke rente (art. 6:119 / 6:119a BW), jaarlijks samengesteld, met de opbouw per periode.</translation>
    </message>
    <message>
        <source>The unpaid principal (1234.56 or 1.234,56).</source>
        <translation>De onbetaalde hoofdsom (1234.56 of 1.234,56).</translation>
    </message>
    <message>
        <source>The first day of default (commercial: the day after the due date; consumer: the day after the deadline of the notice of default).</source>
        <translation>De eerste dag van verzuim (handels: de dag na de vervaldatum; consument: de dag na de termijn van de ingebrekestelling).</translation>
    </message>
    <message>
        <source>The last day counted (inclusive).</source>
        <translation>De laatste meegetelde dag (inclusief).</translation>
    </message>
    <message>
        <source>consumer (art. 6:119 BW) or commercial (art. 6:119a BW).</source>
        <translation>consumer (art. 6:119 BW) of commercial (handelsrente, art. 6:119a BW).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 ligt vóór --from %2</translation>
    </message>
    <message>
        <source>compounded on %1</source>
        <translation>samengesteld op %1</translation>
    </message>
    <message>
        <source>* rate marked &quot;to verify&quot; in the rate table</source>
        <translation>* percentage gemarkeerd als &quot;te controleren&quot; in de rentetabel</translation>
    </message>
    <message>
        <source>principal plus interest: %1</source>
        <translation>hoofdsom plus rente: %1</translation>
    </message>
</context>
<context>
    <name>dd::InterestRateTable</name>
    <message>
        <source>interest rate table: not valid JSON (%1)</source>
        <translation>rentetabel: geen geldige JSON (%1)</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>de tabel</translation>
    </message>
    <message>
        <source>interest rate table: no periods</source>
        <translation>rentetabel: geen perioden</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>periode %1</translation>
    </message>
    <message>
        <source>interest rate table: %1 is not in date order</source>
        <translation>rentetabel: %1 staat niet op datumvolgorde</translation>
    </message>
    <message>
        <source>the shipped interest rate table is missing</source>
        <translation>de meegeleverde rentetabel ontbreekt</translation>
    </message>
    <message>
        <source>an interest rate period must end on or after its first day</source>
        <translation>een renteperiode moet eindigen op of na de eerste dag</translation>
    </message>
    <message>
        <source>an interest rate cannot be negative</source>
        <translation>een rentepercentage kan niet negatief zijn</translation>
    </message>
    <message>
        <source>no statutory interest rates are known</source>
        <translation>er zijn geen wettelijke rentepercentages bekend</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>how a date is written in a message</comment>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>no statutory interest rate for consumer transactions is known for %1 (the table covers %2 to %3; add the period under Settings, Interest Rates and Court Fees)</source>
        <translation>er is geen wettelijke rente voor niet-handelstransacties bekend voor %1 (de tabel loopt van %2 tot %3; voeg de periode toe onder Instellingen, Rentepercentages en griffierechten)</translation>
    </message>
    <message>
        <source>no statutory commercial interest rate is known for %1 (the table covers %2 to %3; add the period under Settings, Interest Rates and Court Fees)</source>
        <translation>er is geen wettelijke handelsrente bekend voor %1 (de tabel loopt van %2 tot %3; voeg de periode toe onder Instellingen, Rentepercentages en griffierechten)</translation>
    </message>
</context>
<context>
    <name>dd::InterestRatesCommand</name>
    <message>
        <source>The statutory interest rate table; --add stores a new period in the database.</source>
        <translation>De tabel met wettelijke rentepercentages; --add slaat een nieuwe periode op in de database.</translation>
    </message>
    <message>
        <source>consumer or commercial (listing: both when absent).</source>
        <translation>consumer of commercial (bij het tonen: beide als de optie ontbreekt).</translation>
    </message>
    <message>
        <source>Add a period (needs --db, --kind, --from, --until, --rate).</source>
        <translation>Voeg een periode toe (vereist --db, --kind, --from, --until, --rate).</translation>
    </message>
    <message>
        <source>The first day of the added period.</source>
        <translation>De eerste dag van de toegevoegde periode.</translation>
    </message>
    <message>
        <source>The last day of the added period.</source>
        <translation>De laatste dag van de toegevoegde periode.</translation>
    </message>
    <message>
        <source>The yearly rate in percent, e.g. 10.15.</source>
        <translation>Het jaarpercentage, bijvoorbeeld 10.15.</translation>
    </message>
    <message>
        <source>Where the rate was found.</source>
        <translation>Waar het percentage is gevonden.</translation>
    </message>
    <message>
        <source>--add needs --db FILE to store the period in</source>
        <translation>--add vereist --db FILE om de periode in op te slaan</translation>
    </message>
    <message>
        <source>--until %1 is before --from %2</source>
        <translation>--until %1 ligt vóór --from %2</translation>
    </message>
    <message>
        <source>--rate: &quot;%1&quot; is not a percentage with at most two decimals</source>
        <translation>--rate: &quot;%1&quot; is geen percentage met ten hoogste twee decimalen</translation>
    </message>
</context>
<context>
    <name>dd::InvoiceDetailDialog</name>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Deze factuur bestaat niet meer.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Invoice date:</source>
        <translation>Factuurdatum:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Days overdue:</source>
        <translation>Dagen vervallen:</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (per %2)</translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation>Niet vervallen</translation>
    </message>
    <message>
        <source>Total excl. VAT:</source>
        <translation>Totaal excl. btw:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>Btw:</translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation>Totaal incl. btw:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Betaald:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Openstaand:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Factuurregels</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>No payments received.</source>
        <translation>Geen betalingen ontvangen.</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <source>Dunning:</source>
        <translation>Aanmaningen:</translation>
    </message>
    <message>
        <source>On hold: disputed in case %1</source>
        <translation>Aangehouden: betwist in dossier %1</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Show Dispute %1</source>
        <translation>Dossier %1 tonen</translation>
    </message>
    <message>
        <source>Open Dispute…</source>
        <translation>Dossier openen…</translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation>Gecrediteerd:</translation>
    </message>
    <message>
        <source>Refund owed:</source>
        <translation>Terug te betalen:</translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation>Betaling vastleggen…</translation>
    </message>
    <message>
        <source>Reverse Payment…</source>
        <translation>Betaling terugdraaien…</translation>
    </message>
    <message>
        <source>Pay Refund…</source>
        <translation>Terugbetalen…</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation>Terugboeking: %1</translation>
    </message>
    <message>
        <source>Refund paid: %1</source>
        <translation>Terugbetaald: %1</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (teruggedraaid)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
</context>
<context>
    <name>dd::InvoiceListView</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Alleen &amp;vervallen</translation>
    </message>
    <message>
        <source>Search invoice number, customer number or name…</source>
        <translation>Zoek op factuurnummer, klantnummer of naam…</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Facturen zoeken</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Alle klanten tonen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Klant: %1</translation>
    </message>
    <message>
        <source>Partly paid, overdue</source>
        <translation>Deels betaald, vervallen</translation>
    </message>
</context>
<context>
    <name>dd::InvoiceRepository</name>
    <message>
        <source>An invoice needs a number.</source>
        <translation>Een factuur heeft een nummer nodig.</translation>
    </message>
    <message>
        <source>Invoice %1 needs an issue date and a due date.</source>
        <translation>Factuur %1 heeft een factuurdatum en een vervaldatum nodig.</translation>
    </message>
    <message>
        <source>Invoice %1 is due before it was issued.</source>
        <translation>Factuur %1 vervalt vóór de factuurdatum.</translation>
    </message>
    <message>
        <source>Line %1 of invoice %2 is in %3, the invoice in %4.</source>
        <translation>Regel %1 van factuur %2 is in %3, de factuur in %4.</translation>
    </message>
    <message>
        <source>Invoice %1 names a customer that does not exist.</source>
        <translation>Factuur %1 noemt een klant die niet bestaat.</translation>
    </message>
    <message>
        <source>Invoice number %1 is already in use.</source>
        <translation>Factuurnummer %1 is al in gebruik.</translation>
    </message>
</context>
<context>
    <name>dd::InvoiceTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Partly paid, overdue</source>
        <translation>Deels betaald, vervallen</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen vervallen</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <source>Disputed, on hold</source>
        <translation>Betwist, aangehouden</translation>
    </message>
    <message>
        <source>On dunning hold: disputed in case %1</source>
        <translation>Aangehouden voor aanmaningen: betwist in dossier %1</translation>
    </message>
</context>
<context>
    <name>dd::InvoiceWriter</name>
    <message>
        <source>Invoice number %1 is already in use.</source>
        <translation>Factuurnummer %1 is al in gebruik.</translation>
    </message>
    <message>
        <source>The database did not report the new invoices.</source>
        <translation>De database meldde de nieuwe facturen niet.</translation>
    </message>
</context>
<context>
    <name>dd::InvoicesCommand</name>
    <message>
        <source>Lists invoices with their open amount and days overdue.</source>
        <translation>Toont facturen met hun openstaande bedrag en dagen vervallen.</translation>
    </message>
    <message>
        <source>Only the invoices of this customer number.</source>
        <translation>Alleen de facturen van dit klantnummer.</translation>
    </message>
    <message>
        <source>Only invoices still open after their due date (as of --as-of).</source>
        <translation>Alleen facturen die na hun vervaldatum nog openstaan (per --as-of).</translation>
    </message>
    <message>
        <source>no customer with number %1</source>
        <translation>geen klant met nummer %1</translation>
    </message>
</context>
<context>
    <name>dd::IsoDate</name>
    <message>
        <source>%1 is outside the dates DisputeDesk accepts (%2 to %3)</source>
        <translation>%1 valt buiten de datums die DisputeDesk accepteert (%2 tot en met %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; is geen datum (JJJJ-MM-DD)</translation>
    </message>
</context>
<context>
    <name>dd::IssueCreditNoteDialog</name>
    <message>
        <source>Con&amp;firm and Issue</source>
        <translation>Be&amp;vestigen en maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation>&amp;UBL opslaan…</translation>
    </message>
    <message>
        <source>Issue Credit Note</source>
        <translation>Creditnota maken</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>The whole invoice</source>
        <translation>De hele factuur</translation>
    </message>
    <message>
        <source>An amount including VAT</source>
        <translation>Een bedrag inclusief btw</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Factuurregels</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;Price agreed in the quotation&quot;</source>
        <translation>Komt op de creditnota, bijv. &quot;Prijs zoals afgesproken in de offerte&quot;</translation>
    </message>
    <message>
        <source>Available once the credit note is issued and has its number</source>
        <translation>Beschikbaar zodra de creditnota is gemaakt en een nummer heeft</translation>
    </message>
    <message>
        <source>The credit note as Peppol BIS Billing 3.0 UBL, for the customer&apos;s bookkeeping</source>
        <translation>De creditnota als Peppol BIS Billing 3.0 UBL, voor de boekhouding van de klant</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Factuur:</translation>
    </message>
    <message>
        <source>&amp;Credit:</source>
        <translation>&amp;Crediteren:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Regels:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Re&amp;den:</translation>
    </message>
    <message>
        <source>Preview (the number is taken when you confirm)</source>
        <translation>Voorbeeld (het nummer wordt toegekend bij bevestigen)</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Dossier %1 · %2</translation>
    </message>
    <message>
        <source>Issue Credit Note · %1</source>
        <translation>Creditnota maken · %1</translation>
    </message>
    <message>
        <source>No invoice %1.</source>
        <translation>Geen factuur %1.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · open %4</source>
        <translation>%1 · %2 van %3 · open %4</translation>
    </message>
    <message>
        <source>%1. %2 · %3 + %4 VAT</source>
        <translation>%1. %2 · %3 + %4 btw</translation>
    </message>
    <message>
        <source>Credited before</source>
        <translation>Eerder gecrediteerd</translation>
    </message>
    <message>
        <source>Enter the number of the invoice to credit.</source>
        <translation>Vul het nummer in van de factuur die u wilt crediteren.</translation>
    </message>
    <message>
        <source>Enter the amount to credit, including VAT.</source>
        <translation>Vul het te crediteren bedrag in, inclusief btw.</translation>
    </message>
    <message>
        <source>The amount is not valid. %1</source>
        <translation>Het bedrag is niet geldig. %1</translation>
    </message>
    <message>
        <source>Tick the invoice lines to credit.</source>
        <translation>Vink de factuurregels aan die u wilt crediteren.</translation>
    </message>
    <message>
        <source>Enter the reason for the credit; it is printed on the credit note.</source>
        <translation>Vul de reden van de creditering in; die komt op de creditnota.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation>Creditnota %1 gemaakt.</translation>
    </message>
    <message>
        <source>Credit Note %1</source>
        <translation>Creditnota %1</translation>
    </message>
</context>
<context>
    <name>dd::LegalCalculatorWindow</name>
    <message>
        <source>Legal calculator</source>
        <translation>Juridische rekenhulp</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <source>e.g. 1.234,56</source>
        <translation>bijv. 1.234,56</translation>
    </message>
    <message>
        <source>&amp;Principal (€):</source>
        <translation>&amp;Hoofdsom (€):</translation>
    </message>
    <message>
        <source>In default &amp;from (first day):</source>
        <translation>In verzuim &amp;vanaf (eerste dag):</translation>
    </message>
    <message>
        <source>Interest &amp;to (last day):</source>
        <translation>Rente &amp;tot en met (laatste dag):</translation>
    </message>
    <message>
        <source>Business (commercial interest, art. 6:119a BW)</source>
        <translation>Bedrijf (handelsrente, art. 6:119a BW)</translation>
    </message>
    <message>
        <source>Consumer (statutory interest, art. 6:119 BW)</source>
        <translation>Consument (wettelijke rente, art. 6:119 BW)</translation>
    </message>
    <message>
        <source>&amp;Debtor:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>Add &amp;VAT to the collection costs (creditor cannot deduct VAT)</source>
        <translation>&amp;Btw over de incassokosten (schuldeiser kan btw niet verrekenen)</translation>
    </message>
    <message>
        <source>Consumer purchase of &amp;goods (2-year limitation, art. 7:28 BW)</source>
        <translation>Consumentenkoop van &amp;goederen (verjaring 2 jaar, art. 7:28 BW)</translation>
    </message>
    <message>
        <source>Collection costs (art. 6:96 BW)</source>
        <translation>Incassokosten (art. 6:96 BW)</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Part of principal</source>
        <translation>Deel van de hoofdsom</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Statutory interest</source>
        <translation>Wettelijke rente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Hoofdsom</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Day count: %1.</source>
        <translation>Dagtelling: %1.</translation>
    </message>
    <message>
        <source>Court fee, totals and limitation</source>
        <translation>Griffierecht, totalen en verjaring</translation>
    </message>
    <message>
        <source>Court fee:</source>
        <translation>Griffierecht:</translation>
    </message>
    <message>
        <source>Total claim:</source>
        <translation>Totale vordering:</translation>
    </message>
    <message>
        <source>Limitation:</source>
        <translation>Verjaring:</translation>
    </message>
    <message>
        <source>Cost-benefit of going to court for a case</source>
        <translation>Kosten en baten van een procedure voor een dossier</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>dossiernummer</translation>
    </message>
    <message>
        <source>from payment history</source>
        <translation>uit betaalgedrag</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>Recovery &amp;probability:</source>
        <translation>Kans op &amp;inning:</translation>
    </message>
    <message>
        <source>Enter the principal to calculate.</source>
        <translation>Vul de hoofdsom in om te rekenen.</translation>
    </message>
    <message>
        <source>The principal must be more than zero.</source>
        <translation>De hoofdsom moet meer dan nul zijn.</translation>
    </message>
    <message>
        <source>The principal is not an amount: %1</source>
        <translation>De hoofdsom is geen bedrag: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>boven %1</translation>
    </message>
    <message>
        <source>Collection costs: %1</source>
        <translation>Incassokosten: %1</translation>
    </message>
    <message>
        <source> (the minimum)</source>
        <translation> (het minimum)</translation>
    </message>
    <message>
        <source> (the maximum)</source>
        <translation> (het maximum)</translation>
    </message>
    <message>
        <source>; with %1 VAT: %2</source>
        <translation>; met %1 btw: %2</translation>
    </message>
    <message>
        <source>. Alternative for a business: the fixed EU compensation of %1 per late invoice.</source>
        <translation>. Alternatief bij een bedrijf: de vaste EU-vergoeding van %1 per te laat betaalde factuur.</translation>
    </message>
    <message>
        <source>Interest: the last day is before the first day of default.</source>
        <translation>Rente: de laatste dag ligt voor de eerste verzuimdag.</translation>
    </message>
    <message>
        <source> (to verify)</source>
        <translation> (te controleren)</translation>
    </message>
    <message numerus="yes">
        <source>Interest (%1) over %n day(s): %2</source>
        <translation>
            <numerusform>Rente (%1) over %n dag: %2</numerusform>
            <numerusform>Rente (%1) over %n dagen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; compounded %n time(s)</source>
        <translation>
            <numerusform>; %n keer gekapitaliseerd</numerusform>
            <numerusform>; %n keer gekapitaliseerd</numerusform>
        </translation>
    </message>
    <message>
        <source>. Some rates are marked &quot;to verify&quot; in the table: check them in the settings.</source>
        <translation>. Sommige percentages staan als &quot;te controleren&quot; in de tabel: controleer ze in de instellingen.</translation>
    </message>
    <message>
        <source>Interest not computed: %1</source>
        <translation>Rente niet berekend: %1</translation>
    </message>
    <message>
        <source>%1 for a claim of %2, paid by the claimant (organisation)%3</source>
        <translation>%1 bij een vordering van %2, te betalen door de eiser (rechtspersoon)%3</translation>
    </message>
    <message>
        <source>Court fee: %1</source>
        <translation>Griffierecht: %1</translation>
    </message>
    <message>
        <source>%1 (principal, collection costs and interest, without the court fee)</source>
        <translation>%1 (hoofdsom, incassokosten en rente, zonder griffierecht)</translation>
    </message>
    <message>
        <source>barred from %1 (%2 years, %3)</source>
        <translation>verjaard vanaf %1 (%2 jaar, %3)</translation>
    </message>
    <message>
        <source>; already barred on the last day</source>
        <translation>; op de laatste dag al verjaard</translation>
    </message>
    <message numerus="yes">
        <source>; %n day(s) left on the last day</source>
        <translation>
            <numerusform>; op de laatste dag nog %n dag</numerusform>
            <numerusform>; op de laatste dag nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No case %1.</source>
        <translation>Geen dossier %1.</translation>
    </message>
    <message>
        <source>Legal collection</source>
        <translation>Gerechtelijke incasso</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Coulance</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommendation for %1: %2&lt;/b&gt; (expected net gain of going to court: %3)&lt;br&gt;%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;b&gt;Advies voor %1: %2&lt;/b&gt; (verwachte netto opbrengst van procederen: %3)&lt;br&gt;%4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Case %1 cannot be assessed: %2</source>
        <translation>Dossier %1 kan niet beoordeeld worden: %2</translation>
    </message>
</context>
<context>
    <name>dd::LegalCommand</name>
    <message>
        <source>--%1 AMOUNT is required</source>
        <translation>--%1 BEDRAG is verplicht</translation>
    </message>
    <message>
        <source>--%1: no amount given</source>
        <translation>--%1: geen bedrag opgegeven</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is negative; give a positive amount</source>
        <translation>--%1: &quot;%2&quot; is negatief; geef een positief bedrag</translation>
    </message>
    <message>
        <source>--%1: the amount must be more than zero</source>
        <translation>--%1: het bedrag moet groter zijn dan nul</translation>
    </message>
    <message>
        <source>--%1 DATE is required</source>
        <translation>--%1 DATUM is verplicht</translation>
    </message>
    <message>
        <source>--%1 is required (%2)</source>
        <translation>--%1 is verplicht (%2)</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &quot;%3&quot;</source>
        <translation>--%1 moet %2 zijn, niet &quot;%3&quot;</translation>
    </message>
    <message>
        <source>A DisputeDesk database whose added rate and fee periods are used too (optional).</source>
        <translation>Een DisputeDesk-database waarvan de toegevoegde rente- en griffierechtperioden ook worden gebruikt (optioneel).</translation>
    </message>
    <message>
        <source>hand %1 over for legal collection</source>
        <translation>%1 overdragen voor juridische incasso</translation>
    </message>
    <message>
        <source>A claim handed over for collection cannot be taken back: this cannot be undone.</source>
        <translation>Een vordering die ter incasso is overgedragen kan niet worden teruggenomen: dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>dd::LegalTablesDialog</name>
    <message>
        <source>Interest rates and court fees</source>
        <translation>Rentepercentages en griffierechten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>Staffels</translation>
    </message>
    <message>
        <source>Statutory interest</source>
        <translation>Wettelijke rente</translation>
    </message>
    <message>
        <source>Court fees</source>
        <translation>Griffierechten</translation>
    </message>
    <message>
        <source>Add an interest period</source>
        <translation>Een renteperiode toevoegen</translation>
    </message>
    <message>
        <source>Commercial (art. 6:119a BW)</source>
        <translation>Handelsrente (art. 6:119a BW)</translation>
    </message>
    <message>
        <source>Consumer (art. 6:119 BW)</source>
        <translation>Wettelijke rente (art. 6:119 BW)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>percent per year, e.g. 10,15</source>
        <translation>procent per jaar, bijv. 10,15</translation>
    </message>
    <message>
        <source>&amp;Rate (%):</source>
        <translation>&amp;Percentage (%):</translation>
    </message>
    <message>
        <source>e.g. Staatscourant, rijksoverheid.nl</source>
        <translation>bijv. Staatscourant, rijksoverheid.nl</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>Periode &amp;toevoegen</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>door u toegevoegd</translation>
    </message>
    <message>
        <source>shipped, to verify</source>
        <translation>meegeleverd, te controleren</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>meegeleverd</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>boven %1</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bracket(s)</source>
        <translation>
            <numerusform>%n staffel</numerusform>
            <numerusform>%n staffels</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation / person:
</source>
        <translation>Rechtspersoon / natuurlijk persoon:
</translation>
    </message>
    <message>
        <source>The rate is not a percentage (at most two decimals): %1</source>
        <translation>Het percentage is geen percentage (hoogstens twee decimalen): %1</translation>
    </message>
    <message>
        <source>Added: %1 from %2 to %3 at %4.</source>
        <translation>Toegevoegd: %1 van %2 tot en met %3 tegen %4.</translation>
    </message>
    <message>
        <source>Shipped tables: the statutory interest rates for consumers (art. 6:119 BW) and for commercial transactions (art. 6:119a BW) as published in the Staatsblad, and the court fees of the Wet griffierechten burgerlijke zaken. Periods marked &quot;to verify&quot; come from secondary sources only; check them and add the official rate over them.</source>
        <translation>Meegeleverde tabellen: de wettelijke rente voor consumenten (art. 6:119 BW) en voor handelstransacties (art. 6:119a BW) zoals gepubliceerd in het Staatsblad, en de griffierechten van de Wet griffierechten burgerlijke zaken. Perioden gemarkeerd met &quot;te controleren&quot; komen alleen uit secundaire bronnen; controleer ze en voeg het officiële tarief eroverheen toe.</translation>
    </message>
</context>
<context>
    <name>dd::LetterCommand</name>
    <message>
        <source>Writes a case letter as PDF (and .eml), records it in the contact log and keeps it with the case.</source>
        <translation>Schrijft een dossierbrief als PDF (en .eml), legt die vast in het contactlogboek en bewaart die bij het dossier.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand om te schrijven.</translation>
    </message>
    <message>
        <source>Also write an e-mail (.eml) to the customer&apos;s contact with the PDF attached.</source>
        <translation>Schrijf ook een e-mail (.eml) aan de contactpersoon van de klant, met de PDF als bijlage.</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind moet een van %1 zijn</translation>
    </message>
    <message>
        <source>--pdf FILE is required</source>
        <translation>--pdf FILE is verplicht</translation>
    </message>
</context>
<context>
    <name>dd::LetterDialog</name>
    <message>
        <source>Acknowledgement of the complaint</source>
        <translation>Ontvangstbevestiging van de klacht</translation>
    </message>
    <message>
        <source>You are right (with the credit note)</source>
        <translation>U hebt gelijk (met de creditnota)</translation>
    </message>
    <message>
        <source>Substantiated rejection</source>
        <translation>Onderbouwde afwijzing</translation>
    </message>
    <message>
        <source>Payment arrangement confirmation</source>
        <translation>Bevestiging betalingsregeling</translation>
    </message>
    <message>
        <source>Goodwill letter</source>
        <translation>Coulancebrief</translation>
    </message>
    <message>
        <source>&amp;Record as Sent</source>
        <translation>&amp;Vastleggen als verstuurd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Save &amp;E-mail (.eml)…</source>
        <translation>&amp;E-mail (.eml) opslaan…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Create Letter</source>
        <translation>Brief opstellen</translation>
    </message>
    <message>
        <source>Adds the letter to the case&apos;s contact log and keeps its PDF with the case</source>
        <translation>Zet de brief in het contactlogboek van het dossier en bewaart de PDF bij het dossier</translation>
    </message>
    <message>
        <source>The letter as an e-mail with the PDF attached, to send from your own mail program</source>
        <translation>De brief als e-mail met de PDF als bijlage, om vanuit uw eigen mailprogramma te versturen</translation>
    </message>
    <message>
        <source>Create Letter · %1 · %2</source>
        <translation>Brief opstellen · %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>%1 (no e-mail address known)</source>
        <translation>%1 (geen e-mailadres bekend)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Letter Sent · %1</source>
        <translation>Brief verstuurd · %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation>Brief opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Save Letter as E-mail</source>
        <translation>Brief opslaan als e-mail</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-mailberichten (*.eml)</translation>
    </message>
</context>
<context>
    <name>dd::LetterService</name>
    <message>
        <source>A credit note is issued, not written as a letter.</source>
        <translation>Een creditnota wordt uitgegeven, niet als brief geschreven.</translation>
    </message>
    <message>
        <source>There is no dispute case with id %1.</source>
        <translation>Er is geen dossier met id %1.</translation>
    </message>
    <message>
        <source>Case %1 is closed; an acknowledgement is sent while it is open.</source>
        <translation>Dossier %1 is gesloten; een ontvangstbevestiging wordt alleen verstuurd zolang het dossier openstaat.</translation>
    </message>
    <message>
        <source>Case %1 was not found justified; a &quot;you are right&quot; letter does not fit.</source>
        <translation>Dossier %1 is niet terecht bevonden; een brief &quot;u hebt gelijk&quot; past niet.</translation>
    </message>
    <message>
        <source>Issue the credit note of case %1 first: the letter encloses it.</source>
        <translation>Maak eerst de creditnota van dossier %1 aan: die wordt bij de brief gevoegd.</translation>
    </message>
    <message>
        <source>Case %1 was not found (partly) unjustified; a rejection does not fit.</source>
        <translation>Dossier %1 is niet (gedeeltelijk) onterecht bevonden; een afwijzing past niet.</translation>
    </message>
    <message>
        <source>A rejection must be substantiated: record a finding that supports the invoice in case %1.</source>
        <translation>Een afwijzing moet onderbouwd zijn: leg in dossier %1 een bevinding vast die de factuur ondersteunt.</translation>
    </message>
    <message>
        <source>No payment arrangement was agreed in case %1.</source>
        <translation>In dossier %1 is geen betalingsregeling afgesproken.</translation>
    </message>
    <message>
        <source>No goodwill was granted in case %1.</source>
        <translation>In dossier %1 is geen coulance verleend.</translation>
    </message>
    <message>
        <source>No e-mail address is known for the customer of case %1.</source>
        <translation>Er is geen e-mailadres bekend van de klant van dossier %1.</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Een brief</translation>
    </message>
</context>
<context>
    <name>dd::Limitation</name>
    <message>
        <source>a due date and an as-of date are needed</source>
        <translation>er zijn een vervaldatum en een peildatum nodig</translation>
    </message>
</context>
<context>
    <name>dd::LimitationCommand</name>
    <message>
        <source>Limitation date of a claim (art. 3:307 / 7:28 BW), interrupted by reminders (art. 3:317 BW).</source>
        <translation>Verjaringsdatum van een vordering (art. 3:307 / 7:28 BW), gestuit door aanmaningen (art. 3:317 BW).</translation>
    </message>
    <message>
        <source>The date the claim became due.</source>
        <translation>De datum waarop de vordering opeisbaar werd.</translation>
    </message>
    <message>
        <source>consumer-goods (price of a consumer purchase, 2 years) or other (5 years, default).</source>
        <translation>consumer-goods (koopprijs bij consumentenkoop, 2 jaar) of other (5 jaar, standaard).</translation>
    </message>
    <message>
        <source>A written reminder sent on DATE; may be repeated.</source>
        <translation>Een schriftelijke aanmaning verstuurd op DATUM; mag herhaald worden.</translation>
    </message>
    <message>
        <source>Warn when this many days or fewer remain (default 90).</source>
        <translation>Waarschuw als er zoveel dagen of minder resteren (standaard 90).</translation>
    </message>
    <message>
        <source>time-barred since %1</source>
        <translation>verjaard sinds %1</translation>
    </message>
    <message>
        <source>warning: time-barred from %1, %2 days left; send a written reminder (art. 3:317 BW)</source>
        <translation>waarschuwing: verjaard vanaf %1, nog %2 dagen; stuur een schriftelijke aanmaning (art. 3:317 BW)</translation>
    </message>
    <message>
        <source>time-barred from %1 (%2 days left)</source>
        <translation>verjaard vanaf %1 (nog %2 dagen)</translation>
    </message>
</context>
<context>
    <name>dd::ListCsvExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>dd::ListOutput</name>
    <message>
        <source>Export List…</source>
        <translation>Lijst exporteren…</translation>
    </message>
    <message>
        <source>Print List…</source>
        <translation>Lijst afdrukken…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Exporting %1: %2 of %3 rows…</source>
        <translation>%1 exporteren: %2 van %3 rijen…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Export geannuleerd; %1 is ongewijzigd gebleven.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The list holds %1 rows, about %n page(s). Print them all? A filter makes the list shorter.</source>
        <translation>
            <numerusform>De lijst telt %1 rijen, ongeveer %n pagina. Alles afdrukken? Met een filter wordt de lijst korter.</numerusform>
            <numerusform>De lijst telt %1 rijen, ongeveer %n pagina&apos;s. Alles afdrukken? Met een filter wordt de lijst korter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print List</source>
        <translation>Lijst afdrukken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
</context>
<context>
    <name>dd::ListPrinter</name>
    <message numerus="yes">
        <source>%n row(s), printed %1</source>
        <translation>
            <numerusform>%n rij, afgedrukt %1</numerusform>
            <numerusform>%n rijen, afgedrukt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturen</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>Kl&amp;anten</translation>
    </message>
    <message>
        <source>&amp;Aged receivables</source>
        <translation>&amp;Ouderdomsanalyse</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>Open another DisputeDesk database file</source>
        <translation>Een ander DisputeDesk-databasebestand openen</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>Create an empty DisputeDesk database file</source>
        <translation>Een leeg DisputeDesk-databasebestand maken</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>&amp;Demogegevens laden…</translation>
    </message>
    <message>
        <source>Fill the empty database with example customers, invoices and payments</source>
        <translation>De lege database vullen met voorbeeldklanten, -facturen en -betalingen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <source>&amp;Aged Receivables</source>
        <translation>&amp;Ouderdomsanalyse</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Go to the search field of the list</source>
        <translation>Naar het zoekveld van de lijst</translation>
    </message>
    <message>
        <source>&amp;Overdue Invoices Only</source>
        <translation>Alleen &amp;vervallen facturen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the lists again from the database</source>
        <translation>De lijsten opnieuw uit de database lezen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;About DisputeDesk</source>
        <translation>&amp;Over DisputeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Andere openen…</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation>Demogegevens kunnen alleen in een lege database worden geladen.</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demogegevens geladen.</translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation>Lege database</translation>
    </message>
    <message>
        <source>This database has no customers or invoices yet.

Load demo data (%1 customers, %2 invoices) to try DisputeDesk?</source>
        <translation>Deze database heeft nog geen klanten of facturen.

Demogegevens laden (%1 klanten, %2 facturen) om DisputeDesk uit te proberen?</translation>
    </message>
    <message>
        <source>DisputeDesk</source>
        <translation>DisputeDesk</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Geen database</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Invoices: %1 of %2</source>
        <translation>Facturen: %1 van %2</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Facturen: %1</translation>
    </message>
    <message>
        <source>Customers: %1 of %2</source>
        <translation>Klanten: %1 van %2</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Klanten: %1</translation>
    </message>
    <message>
        <source>Nothing outstanding</source>
        <translation>Niets openstaand</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Openstaand: %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation>%1 bestaat al. Gebruik Database openen om het te openen.</translation>
    </message>
    <message>
        <source>The new language takes effect when DisputeDesk is started again.</source>
        <translation>De nieuwe taal gaat in wanneer DisputeDesk opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>About DisputeDesk</source>
        <translation>Over DisputeDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DisputeDesk %1&lt;/h3&gt;&lt;p&gt;Credit control for the invoices customers do not pay because they disagree: invoices, payments, aged receivables and, step by step, every dispute to its end.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DisputeDesk %1&lt;/h3&gt;&lt;p&gt;Debiteurenbeheer voor de facturen die klanten niet betalen omdat ze het er niet mee eens zijn: facturen, betalingen, ouderdomsanalyse en, stap voor stap, elk geschil tot het einde.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GNU General Public License, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dispute Report…</source>
        <translation>&amp;Geschillenrapport…</translation>
    </message>
    <message>
        <source>Reasons, handling times and outcomes of the disputes of a period, as PDF</source>
        <translation>Redenen, doorlooptijden en uitkomsten van de geschillen in een periode, als PDF</translation>
    </message>
    <message>
        <source>&amp;Aged Receivables…</source>
        <translation>&amp;Ouderdomsanalyse…</translation>
    </message>
    <message>
        <source>Aged receivables per customer, disputed and undisputed, with DSO, as PDF</source>
        <translation>Ouderdomsanalyse per klant, betwist en onbetwist, met DSO, als PDF</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Legal Calculator…</source>
        <translation>&amp;Juridische rekenhulp…</translation>
    </message>
    <message>
        <source>Collection costs, statutory interest, court fee and limitation of a claim</source>
        <translation>Incassokosten, wettelijke rente, griffierecht en verjaring van een vordering</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import customers, invoices or payments from a CSV file</source>
        <translation>Klanten, facturen of betalingen importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Interest Rates and Court &amp;Fees…</source>
        <translation>Rentepercentages en &amp;griffierechten…</translation>
    </message>
    <message>
        <source>The statutory interest rates and court fees used, and new periods</source>
        <translation>De gebruikte wettelijke rentepercentages en griffierechten, en nieuwe periodes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>Show Invoice</source>
        <translation>Factuur tonen</translation>
    </message>
    <message>
        <source>Open Dispute…</source>
        <translation>Dossier openen…</translation>
    </message>
    <message>
        <source>Show Dispute %1</source>
        <translation>Dossier %1 tonen</translation>
    </message>
    <message>
        <source>Credit &amp;Notes</source>
        <translation>Credit&amp;nota&apos;s</translation>
    </message>
    <message>
        <source>Create &amp;Letter…</source>
        <translation>&amp;Brief opstellen…</translation>
    </message>
    <message>
        <source>Compose a letter to the customer of the case shown, with a preview</source>
        <translation>Een brief aan de klant van het getoonde dossier opstellen, met voorbeeld</translation>
    </message>
    <message>
        <source>Issue &amp;Credit Note…</source>
        <translation>&amp;Creditnota maken…</translation>
    </message>
    <message>
        <source>Credit an invoice of the case shown, with a preview</source>
        <translation>Een factuur van het getoonde dossier crediteren, met voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Company and Letters…</source>
        <translation>&amp;Bedrijf en brieven…</translation>
    </message>
    <message>
        <source>The letterhead, credit note numbering and letter templates of this database</source>
        <translation>Het briefpapier, de nummering van creditnota&apos;s en de briefsjablonen van deze database</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Do&amp;ssier</translation>
    </message>
    <message>
        <source>Issue Credit Note…</source>
        <translation>Creditnota maken…</translation>
    </message>
    <message>
        <source>Dunnin&amp;g</source>
        <translation>Aan&amp;maningen</translation>
    </message>
    <message>
        <source>Ban&amp;k</source>
        <translation>Ban&amp;k</translation>
    </message>
    <message>
        <source>Import &amp;Bank Statement…</source>
        <translation>&amp;Bankafschrift importeren…</translation>
    </message>
    <message>
        <source>Match the credits of a CAMT.053 bank statement to open invoices</source>
        <translation>Koppel de ontvangsten van een CAMT.053-bankafschrift aan openstaande facturen</translation>
    </message>
    <message>
        <source>&amp;Dispute Rules…</source>
        <translation>&amp;Geschilregels…</translation>
    </message>
    <message>
        <source>The response time promised on new cases and when a product&apos;s complaints raise a warning</source>
        <translation>De antwoordtermijn die nieuwe dossiers beloven, en wanneer klachten over een product een waarschuwing geven</translation>
    </message>
    <message>
        <source>Dunning History…</source>
        <translation>Aanmaningshistorie…</translation>
    </message>
    <message>
        <source>Do Not Dun</source>
        <translation>Niet aanmanen</translation>
    </message>
    <message>
        <source>DisputeDesk databases (*.sqlite *.db *.disputedesk);;All files (*)</source>
        <translation>DisputeDesk-databases (*.sqlite *.db *.disputedesk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Wisselkoersen…</translation>
    </message>
    <message>
        <source>The euro reference rates for credit notes in other currencies, and the ECB&apos;s rate file</source>
        <translation>De euroreferentiekoersen voor creditnota&apos;s in andere valuta&apos;s, en het koersbestand van de ECB</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>Klant &amp;bewerken…</translation>
    </message>
    <message>
        <source>Show &amp;Invoices</source>
        <translation>&amp;Facturen tonen</translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation>Lijst &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save the list in front, as filtered and sorted, as a CSV file</source>
        <translation>De lijst die voor ligt, zoals gefilterd en gesorteerd, als CSV-bestand opslaan</translation>
    </message>
    <message>
        <source>&amp;Print List…</source>
        <translation>Lijst a&amp;fdrukken…</translation>
    </message>
    <message>
        <source>Print the list in front, as filtered and sorted</source>
        <translation>De lijst die voor ligt, zoals gefilterd en gesorteerd, afdrukken</translation>
    </message>
    <message>
        <source>Cases: %1 of %2</source>
        <translation>Dossiers: %1 van %2</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Dossiers: %1</translation>
    </message>
    <message>
        <source>Credit notes: %1</source>
        <translation>Creditnota&apos;s: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>Credited: %1</source>
        <translation>Gecrediteerd: %1</translation>
    </message>
    <message>
        <source>Open Customer Card…</source>
        <translation>Klantkaart openen…</translation>
    </message>
    <message>
        <source>Details, open items, cases, letters, payments and statement of the customer selected</source>
        <translation>Gegevens, openstaande posten, dossiers, brieven, betalingen en rekeningoverzicht van de gekozen klant</translation>
    </message>
    <message>
        <source>Disputed when opened: %1</source>
        <translation>Betwist bij opening: %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation>&amp;Verbinden met teamdatabase…</translation>
    </message>
    <message>
        <source>Open a DisputeDesk database on a PostgreSQL server</source>
        <translation>Een DisputeDesk-database op een PostgreSQL-server openen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Cop&amp;y Database To…</source>
        <translation>Database ko&amp;piëren naar…</translation>
    </message>
    <message>
        <source>Copy the whole database to a new file or an empty team database</source>
        <translation>De hele database kopiëren naar een nieuw bestand of een lege teamdatabase</translation>
    </message>
    <message>
        <source>Outstanding: calculating…</source>
        <translation>Openstaand: wordt berekend…</translation>
    </message>
    <message>
        <source>Invoices: counting…</source>
        <translation>Facturen: worden geteld…</translation>
    </message>
    <message>
        <source>Customers: counting…</source>
        <translation>Klanten: worden geteld…</translation>
    </message>
</context>
<context>
    <name>dd::MatchByHandCommand</name>
    <message>
        <source>match %1 to %2</source>
        <translation>%1 koppelen aan %2</translation>
    </message>
    <message>
        <source>take back the match of %1 to %2</source>
        <translation>de koppeling van %1 aan %2 terugnemen</translation>
    </message>
</context>
<context>
    <name>dd::Money</name>
    <message>
        <source>no amount given</source>
        <translation>geen bedrag opgegeven</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; is geen bedrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation>&quot;%1&quot; heeft meer dan twee decimalen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is te groot</translation>
    </message>
</context>
<context>
    <name>dd::Mt940Reader</name>
    <message>
        <source>no MT940 statement in the file (a statement starts with :20:)</source>
        <translation>geen MT940-afschrift in het bestand (een afschrift begint met :20:)</translation>
    </message>
</context>
<context>
    <name>dd::NewDatabaseFile</name>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist or may not be written to (%3).</source>
        <translation>%1 kan niet worden aangemaakt: de map %2 bestaat niet of er mag niet in worden geschreven (%3).</translation>
    </message>
    <message>
        <source>%1 could not be completed: its changes are still in %2. Nothing was put in place of %1.</source>
        <translation>%1 kon niet worden voltooid: de wijzigingen staan nog in %2. Er is niets in de plaats van %1 gezet.</translation>
    </message>
    <message>
        <source>%1 cannot be put in place (%2); the complete database was kept as %3.</source>
        <translation>%1 kan niet op zijn plaats worden gezet (%2); de volledige database is bewaard als %3.</translation>
    </message>
</context>
<context>
    <name>dd::OpenCaseCommand</name>
    <message>
        <source>open a dispute about invoice %1</source>
        <translation>een dossier openen over factuur %1</translation>
    </message>
</context>
<context>
    <name>dd::OpenDisputeDialog</name>
    <message>
        <source>Open Dispute</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Deze factuur bestaat niet meer.</translation>
    </message>
    <message>
        <source>Dispute about invoice %1</source>
        <translation>Geschil over factuur %1</translation>
    </message>
    <message>
        <source>Hear the customer out: write down why they do not pay, in their own words. The case starts with an acknowledgement that promises an answer by a date.</source>
        <translation>Laat de klant uitpraten: schrijf op waarom hij niet betaalt, in zijn eigen woorden. Het dossier begint met een ontvangstbevestiging die een antwoord op een datum belooft.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>%1 of %2, due %3</source>
        <translation>%1 van %2, vervalt %3</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Who complained</source>
        <translation>Wie klaagde</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact&amp;persoon:</translation>
    </message>
    <message>
        <source>Why does the customer not pay? Their own words, unedited.</source>
        <translation>Waarom betaalt de klant niet? In zijn eigen woorden, onbewerkt.</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Verhaal:</translation>
    </message>
    <message>
        <source>Disputed &amp;amount (%1):</source>
        <translation>Betwist &amp;bedrag (%1):</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Ontvangen &amp;op:</translation>
    </message>
    <message>
        <source>Answer promised by:</source>
        <translation>Antwoord beloofd op:</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Invoice %1 is already disputed in open case %2.</source>
        <translation>Factuur %1 wordt al betwist in open dossier %2.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open to dispute.</source>
        <translation>Op factuur %1 staat niets open om te betwisten.</translation>
    </message>
    <message>
        <source>%1 (%2 business days)</source>
        <translation>%1 (%2 werkdagen)</translation>
    </message>
    <message>
        <source>The disputed amount is not an amount: %1</source>
        <translation>Het betwiste bedrag is geen bedrag: %1</translation>
    </message>
    <message>
        <source>Case %1 opened. Invoice %2 is on dunning hold while the case is open; the customer was promised an answer by %3.</source>
        <translation>Dossier %1 geopend. Factuur %2 is aangehouden voor aanmaningen zolang het dossier openstaat; de klant is een antwoord beloofd op %3.</translation>
    </message>
    <message>
        <source>Show Case</source>
        <translation>Dossier tonen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
</context>
<context>
    <name>dd::PackageBalances</name>
    <message>
        <source>%1: invoice %2 is credited %3 in the file, but its payments leave room for %4 only</source>
        <translation>%1: factuur %2 is in het bestand voor %3 gecrediteerd, maar de betalingen laten maar ruimte voor %4</translation>
    </message>
    <message>
        <source>Opening balance: paid before the import of %1 (per the accounting package)</source>
        <translation>Beginsaldo: betaald vóór de import van %1 (volgens het boekhoudpakket)</translation>
    </message>
    <message>
        <source>%1: credit note %2 was imported before with another amount (%3); it is left as it was</source>
        <translation>%1: creditnota %2 is eerder geïmporteerd met een ander bedrag (%3); die blijft ongewijzigd</translation>
    </message>
    <message>
        <source>credits: credit note %1 corrects invoice %2, which is not known</source>
        <translation>credits: creditnota %1 corrigeert factuur %2, die niet bekend is</translation>
    </message>
    <message>
        <source>credits: invoice %1 belongs to another customer than credit note %2</source>
        <translation>credits: factuur %1 hoort bij een andere klant dan creditnota %2</translation>
    </message>
    <message>
        <source>credits: invoice %1 is in %2, credit note %3 in %4</source>
        <translation>credits: factuur %1 is in %2, creditnota %3 in %4</translation>
    </message>
    <message>
        <source>%1: credit note %2 (%3) exceeds what is open on invoice %4; %5 of it is applied</source>
        <translation>%1: creditnota %2 (%3) is hoger dan wat op factuur %4 openstaat; daarvan wordt %5 verrekend</translation>
    </message>
    <message>
        <source>%1: credit note %2 (%3) names no invoice it corrects; it is kept, but no invoice&apos;s open amount changed</source>
        <translation>%1: creditnota %2 (%3) noemt geen factuur die ze corrigeert; ze wordt bewaard, maar bij geen enkele factuur is het openstaande bedrag gewijzigd</translation>
    </message>
</context>
<context>
    <name>dd::PaidCommand</name>
    <message>
        <source>record that %1 was paid</source>
        <translation>vastleggen dat %1 is betaald</translation>
    </message>
</context>
<context>
    <name>dd::Parser</name>
    <message>
        <source>field outside a statement (a statement starts with :20:)</source>
        <translation>veld buiten een afschrift (een afschrift begint met :20:)</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>het veld</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not an MT940 amount (digits with a decimal comma, at most two decimals)</source>
        <translation>bedrag &quot;%1&quot; is geen MT940-bedrag (cijfers met een decimale komma, ten hoogste twee decimalen)</translation>
    </message>
    <message>
        <source>date &quot;%1&quot;: %2</source>
        <translation>datum &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a balance (C or D, date YYMMDD, currency, amount)</source>
        <translation>&quot;%1&quot; is geen saldo (C of D, datum JJMMDD, valuta, bedrag)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a statement line (value date YYMMDD, entry date MMDD, C, D, RC or RD, amount, transaction type, reference)</source>
        <translation>&quot;%1&quot; is geen afschriftregel (valutadatum JJMMDD, boekdatum MMDD, C, D, RC of RD, bedrag, transactiesoort, referentie)</translation>
    </message>
    <message>
        <source>entry date &quot;%1&quot; is not a date (MMDD)</source>
        <translation>boekdatum &quot;%1&quot; is geen datum (MMDD)</translation>
    </message>
    <message>
        <source>a second opening balance in one statement</source>
        <translation>een tweede beginsaldo in één afschrift</translation>
    </message>
    <message>
        <source>statement line outside the opening (:60F:) and closing (:62F:) balance</source>
        <translation>afschriftregel buiten het beginsaldo (:60F:) en het eindsaldo (:62F:)</translation>
    </message>
    <message>
        <source>a second closing balance in one statement</source>
        <translation>een tweede eindsaldo in één afschrift</translation>
    </message>
    <message>
        <source>statement without the account (:25:)</source>
        <translation>afschrift zonder rekening (:25:)</translation>
    </message>
    <message>
        <source>statement without its number (:28C:)</source>
        <translation>afschrift zonder nummer (:28C:)</translation>
    </message>
    <message>
        <source>statement without an opening balance (:60F: or :60M:)</source>
        <translation>afschrift zonder beginsaldo (:60F: of :60M:)</translation>
    </message>
    <message>
        <source>statement without a closing balance (:62F: or :62M:)</source>
        <translation>afschrift zonder eindsaldo (:62F: of :62M:)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; is geen valutacode</translation>
    </message>
    <message>
        <source>closing balance in %1, opening balance in %2</source>
        <translation>eindsaldo in %1, beginsaldo in %2</translation>
    </message>
    <message>
        <source>the account and statement number</source>
        <translation>het rekening- en afschriftnummer</translation>
    </message>
    <message>
        <source>the movements add up to more than any balance; the statement is damaged</source>
        <translation>de mutaties tellen op tot meer dan welk saldo ook; het afschrift is beschadigd</translation>
    </message>
    <message>
        <source>the opening balance %1 plus the movements is %2, but the closing balance is %3; the statement is incomplete or damaged</source>
        <translation>het beginsaldo %1 plus de mutaties is %2, maar het eindsaldo is %3; het afschrift is onvolledig of beschadigd</translation>
    </message>
</context>
<context>
    <name>dd::PasswordKeychain</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>de sleutelhanger gaf geen antwoord</translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation>er is geen sleutelhanger beschikbaar</translation>
    </message>
</context>
<context>
    <name>dd::PaymentCommand</name>
    <message>
        <source>Records a refund paid out of an invoice&apos;s credit balance.</source>
        <translation>Legt een terugbetaling uit het creditsaldo van een factuur vast.</translation>
    </message>
    <message>
        <source>Reverses a payment received; the payment stays, a reversal is recorded beside it.</source>
        <translation>Draait een ontvangen betaling terug; de betaling blijft staan, er wordt een terugboeking naast vastgelegd.</translation>
    </message>
    <message>
        <source>Records a payment received on an invoice, entered by hand.</source>
        <translation>Legt een ontvangen betaling op een factuur met de hand vast.</translation>
    </message>
    <message>
        <source>The payment&apos;s number (as `payment add` printed it).</source>
        <translation>Het nummer van de betaling (zoals `payment add` het toonde).</translation>
    </message>
    <message>
        <source>The invoice number.</source>
        <translation>Het factuurnummer.</translation>
    </message>
    <message>
        <source>The day the money moved (YYYY-MM-DD, default today; never later).</source>
        <translation>De dag waarop het geld is overgemaakt (JJJJ-MM-DD, standaard vandaag; nooit later).</translation>
    </message>
    <message>
        <source>Who enters it (default: your login name).</source>
        <translation>Wie het invoert (standaard: uw inlognaam).</translation>
    </message>
    <message>
        <source>Why it is reversed.</source>
        <translation>Waarom het wordt teruggedraaid.</translation>
    </message>
    <message>
        <source>The amount received, in the invoice&apos;s currency (1234.56).</source>
        <translation>Het ontvangen bedrag, in de valuta van de factuur (1234.56).</translation>
    </message>
    <message>
        <source>The amount paid back (default: all that is owed back).</source>
        <translation>Het terugbetaalde bedrag (standaard: alles wat terug te betalen is).</translation>
    </message>
    <message>
        <source>The bank reference or a note.</source>
        <translation>Het bankkenmerk of een notitie.</translation>
    </message>
    <message>
        <source>PAYMENT is a payment&apos;s number, not &quot;%1&quot;</source>
        <translation>PAYMENT is het nummer van een betaling, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>payment %1 reversed by %2: %3</source>
        <translation>betaling %1 teruggedraaid door %2: %3</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>er is geen factuur %1</translation>
    </message>
    <message>
        <source>--amount AMOUNT is required</source>
        <translation>--amount BEDRAG is verplicht</translation>
    </message>
    <message>
        <source>%1 more than was open: a refund owed on %2</source>
        <translation>%1 meer dan openstond: terug te betalen op %2</translation>
    </message>
    <message>
        <source>payment %1: %2 %3; open %4</source>
        <translation>betaling %1: %2 %3; open %4</translation>
    </message>
</context>
<context>
    <name>dd::PaymentEntryDialog</name>
    <message>
        <source>Record Payment on Invoice %1</source>
        <translation>Betaling vastleggen op factuur %1</translation>
    </message>
    <message>
        <source>Open on invoice %1: %2</source>
        <translation>Openstaand op factuur %1: %2</translation>
    </message>
    <message>
        <source>Pay Refund on Invoice %1</source>
        <translation>Terugbetaling op factuur %1</translation>
    </message>
    <message>
        <source>Owed back to the customer on invoice %1: %2</source>
        <translation>Terug te betalen aan de klant op factuur %1: %2</translation>
    </message>
    <message>
        <source>Reverse Payment of %1</source>
        <translation>Betaling van %1 terugdraaien</translation>
    </message>
    <message>
        <source>The payment of %1 on %2 is taken back: a reversal is recorded beside it and the invoices it paid are open again.</source>
        <translation>De betaling van %1 op %2 wordt teruggedraaid: er wordt een terugboeking naast vastgelegd en de betaalde facturen staan weer open.</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Bedrag (%1):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>why: returned by the bank, entered twice…</source>
        <translation>waarom: gestorneerd door de bank, dubbel ingevoerd…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>bank reference, cheque number…</source>
        <translation>bankkenmerk, chequenummer…</translation>
    </message>
    <message>
        <source>transfer reference</source>
        <translation>kenmerk van de overboeking</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>Betaling vastleggen</translation>
    </message>
    <message>
        <source>Record Refund</source>
        <translation>Terugbetaling vastleggen</translation>
    </message>
    <message>
        <source>Reverse Payment</source>
        <translation>Betaling terugdraaien</translation>
    </message>
    <message>
        <source>This is %1 more than is open: the invoice will be overpaid and the excess shown as a refund owed.</source>
        <translation>Dit is %1 meer dan openstaat: de factuur wordt te veel betaald en het verschil staat als terug te betalen.</translation>
    </message>
    <message>
        <source>Amount: not an amount: %1</source>
        <translation>Bedrag: geen bedrag: %1</translation>
    </message>
</context>
<context>
    <name>dd::PaymentRepository</name>
    <message>
        <source>A payment must be a positive amount.</source>
        <translation>Een betaling moet een positief bedrag zijn.</translation>
    </message>
    <message>
        <source>A payment needs a date.</source>
        <translation>Een betaling heeft een datum nodig.</translation>
    </message>
    <message>
        <source>An allocation must be a positive amount.</source>
        <translation>Een toewijzing moet een positief bedrag zijn.</translation>
    </message>
    <message>
        <source>An allocation is in %1, the payment in %2.</source>
        <translation>Een toewijzing is in %1, de betaling in %2.</translation>
    </message>
    <message>
        <source>The allocations (%1) exceed the payment (%2).</source>
        <translation>De toewijzingen (%1) zijn hoger dan de betaling (%2).</translation>
    </message>
    <message>
        <source>The payment is allocated to an invoice that does not exist.</source>
        <translation>De betaling is toegewezen aan een factuur die niet bestaat.</translation>
    </message>
    <message>
        <source>Invoice %1 belongs to another customer than the payment.</source>
        <translation>Factuur %1 hoort bij een andere klant dan de betaling.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2, the payment in %3.</source>
        <translation>Factuur %1 is in %2, de betaling in %3.</translation>
    </message>
    <message>
        <source>Invoice %1 has %2 open; %3 cannot be allocated to it.</source>
        <translation>Op factuur %1 staat %2 open; %3 kan er niet aan worden toegewezen.</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>Er is geen betaling %1.</translation>
    </message>
    <message>
        <source>The payment is allocated to invoice %1 twice.</source>
        <translation>De betaling is twee keer aan factuur %1 toegewezen.</translation>
    </message>
    <message>
        <source>Money going back must be a reversal or a refund.</source>
        <translation>Terug te boeken geld moet een terugboeking of een terugbetaling zijn.</translation>
    </message>
    <message>
        <source>The allocations (%1) do not add up to the amount going back (%2).</source>
        <translation>De toewijzingen (%1) komen niet uit op het terug te boeken bedrag (%2).</translation>
    </message>
    <message>
        <source>Money going back must be a negative amount.</source>
        <translation>Terug te boeken geld moet een negatief bedrag zijn.</translation>
    </message>
    <message>
        <source>An allocation of money going back must be negative.</source>
        <translation>Een toewijzing van terug te boeken geld moet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>dd::PaymentService</name>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation>Er is geen factuur met id %1.</translation>
    </message>
    <message>
        <source>Date: a payment needs a date.</source>
        <translation>Datum: een betaling heeft een datum nodig.</translation>
    </message>
    <message>
        <source>Date: %1 is in the future; a payment is recorded when the money has moved.</source>
        <translation>Datum: %1 ligt in de toekomst; een betaling wordt vastgelegd als het geld is overgemaakt.</translation>
    </message>
    <message>
        <source>Date: %1 is before %2 (%3).</source>
        <translation>Datum: %1 ligt vóór %2 (%3).</translation>
    </message>
    <message>
        <source>Amount: a payment received must be more than zero.</source>
        <translation>Bedrag: een ontvangen betaling moet meer dan nul zijn.</translation>
    </message>
    <message>
        <source>Amount: invoice %1 is in %2, not in %3.</source>
        <translation>Bedrag: factuur %1 is in %2, niet in %3.</translation>
    </message>
    <message>
        <source>the invoice date</source>
        <translation>de factuurdatum</translation>
    </message>
    <message>
        <source>payment recorded by hand on invoice %1: %2 (%3)</source>
        <translation>betaling met de hand vastgelegd op factuur %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Payment %1 is itself money going back; only a payment received can be reversed.</source>
        <translation>Betaling %1 is zelf een terugboeking; alleen een ontvangen betaling kan worden teruggedraaid.</translation>
    </message>
    <message>
        <source>Payment %1 was reversed before (by %2).</source>
        <translation>Betaling %1 is al eerder teruggedraaid (door %2).</translation>
    </message>
    <message>
        <source>Payment %1 is an opening balance from the accounting package; import its figures again to correct it.</source>
        <translation>Betaling %1 is een beginsaldo uit het boekhoudpakket; importeer de cijfers opnieuw om het te corrigeren.</translation>
    </message>
    <message>
        <source>the payment it reverses</source>
        <translation>de betaling die wordt teruggedraaid</translation>
    </message>
    <message>
        <source>Reversal of payment %1</source>
        <translation>Terugboeking van betaling %1</translation>
    </message>
    <message>
        <source>Payment %1 settles no invoice; there is nothing to reverse here.</source>
        <translation>Betaling %1 is aan geen factuur toegewezen; hier valt niets terug te draaien.</translation>
    </message>
    <message>
        <source>payment reversed on invoice %1: %2 (%3)</source>
        <translation>betaling teruggedraaid op factuur %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Invoice %1 has no credit balance; nothing is owed back.</source>
        <translation>Factuur %1 heeft geen creditsaldo; er hoeft niets terugbetaald te worden.</translation>
    </message>
    <message>
        <source>Amount: a refund must be more than zero.</source>
        <translation>Bedrag: een terugbetaling moet meer dan nul zijn.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than the %2 owed back on invoice %3.</source>
        <translation>Bedrag: %1 is meer dan de %2 die op factuur %3 terugbetaald moet worden.</translation>
    </message>
    <message>
        <source>Refund on invoice %1</source>
        <translation>Terugbetaling op factuur %1</translation>
    </message>
    <message>
        <source>Payment %1 no longer exists: a reversal on a bank statement may have taken it back already. Nothing was reversed; the invoice shows what is open now.</source>
        <translation>Betaling %1 bestaat niet meer: een terugboeking op een bankafschrift heeft haar mogelijk al teruggenomen. Er is niets teruggedraaid; de factuur toont wat nu openstaat.</translation>
    </message>
</context>
<context>
    <name>dd::PeppolParticipant</name>
    <message>
        <source>%1 is not a Peppol identifier scheme (EAS code, e.g. 0106 KvK, 9944 Dutch VAT, 0208 Belgian enterprise number, 9930 German VAT, 0088 GLN)</source>
        <translation>%1 is geen Peppol-identificatieschema (EAS-code, bijv. 0106 KvK, 9944 Nederlands btw-nummer, 0208 Belgisch ondernemingsnummer, 9930 Duits btw-nummer, 0088 GLN)</translation>
    </message>
    <message>
        <source>the identifier after scheme %1 is missing</source>
        <translation>de identificatie na schema %1 ontbreekt</translation>
    </message>
    <message>
        <source>a KvK number (0106) has 8 digits, not %1</source>
        <translation>een KvK-nummer (0106) heeft 8 cijfers, niet %1</translation>
    </message>
    <message>
        <source>%1 is not a GLN (0088): 13 digits with a valid check digit</source>
        <translation>%1 is geen GLN (0088): 13 cijfers met een geldig controlecijfer</translation>
    </message>
    <message>
        <source>%1 is not a Belgian enterprise number (0208): 10 digits with a valid check number</source>
        <translation>%1 is geen Belgisch ondernemingsnummer (0208): 10 cijfers met een geldig controlegetal</translation>
    </message>
    <message>
        <source>a VAT number for scheme %1 starts with %2</source>
        <translation>een btw-nummer voor schema %1 begint met %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Peppol participant id: write scheme:identifier, e.g. 0106:12345678</source>
        <translation>&quot;%1&quot; is geen Peppol-deelnemer-id: schrijf schema:identificatie, bijv. 0106:12345678</translation>
    </message>
    <message>
        <source>SIRENE number (FR)</source>
        <translation>SIRENE-nummer (FR)</translation>
    </message>
    <message>
        <source>organisation number (SE)</source>
        <translation>organisatienummer (SE)</translation>
    </message>
    <message>
        <source>SIRET code (FR)</source>
        <translation>SIRET-code (FR)</translation>
    </message>
    <message>
        <source>LY-tunnus (FI)</source>
        <translation>LY-tunnus (FI)</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>DUNS-nummer</translation>
    </message>
    <message>
        <source>GLN (GS1 location number)</source>
        <translation>GLN (GS1-locatienummer)</translation>
    </message>
    <message>
        <source>KvK number (NL)</source>
        <translation>KvK-nummer (NL)</translation>
    </message>
    <message>
        <source>CVR number (DK)</source>
        <translation>CVR-nummer (DK)</translation>
    </message>
    <message>
        <source>OIN, Dutch government body (NL)</source>
        <translation>OIN, Nederlandse overheidsorganisatie (NL)</translation>
    </message>
    <message>
        <source>organisation number (NO)</source>
        <translation>organisatienummer (NO)</translation>
    </message>
    <message>
        <source>Leitweg-ID (DE)</source>
        <translation>Leitweg-ID (DE)</translation>
    </message>
    <message>
        <source>enterprise number (BE)</source>
        <translation>ondernemingsnummer (BE)</translation>
    </message>
    <message>
        <source>partita IVA (IT)</source>
        <translation>partita IVA (IT)</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <translation>btw-nummer %1</translation>
    </message>
</context>
<context>
    <name>dd::PeppolParticipantEdit</name>
    <message>
        <source>Peppol identifier scheme</source>
        <translation>Peppol-identificatieschema</translation>
    </message>
    <message>
        <source>The Electronic Address Scheme (EAS) of the identifier</source>
        <translation>Het Electronic Address Scheme (EAS) van de identificatie</translation>
    </message>
    <message>
        <source>Peppol identifier</source>
        <translation>Peppol-identificatie</translation>
    </message>
    <message>
        <source>empty: none entered</source>
        <translation>leeg: niets ingevuld</translation>
    </message>
    <message>
        <source>Valid: credit notes go to %1.</source>
        <translation>Geldig: creditnota&apos;s gaan naar %1.</translation>
    </message>
</context>
<context>
    <name>dd::PostgresCopyIn</name>
    <message>
        <source>The connection to the team database %1 cannot stream rows.</source>
        <translation>De verbinding met de teamdatabase %1 kan geen rijen in bulk doorgeven.</translation>
    </message>
</context>
<context>
    <name>dd::PostgresDialect</name>
    <message>
        <source>The team database %1 is empty, not a DisputeDesk database; it was left unchanged.</source>
        <translation>De teamdatabase %1 is leeg, geen DisputeDesk-database; er is niets aan gewijzigd.</translation>
    </message>
    <message>
        <source>The team database %1 belongs to another program, not to DisputeDesk; it was left unchanged.</source>
        <translation>De teamdatabase %1 hoort bij een ander programma, niet bij DisputeDesk; er is niets aan gewijzigd.</translation>
    </message>
    <message>
        <source>The team database %1 is damaged: its schema version cannot be read; it was left unchanged.</source>
        <translation>De teamdatabase %1 is beschadigd: de schemaversie is niet te lezen; er is niets aan gewijzigd.</translation>
    </message>
</context>
<context>
    <name>dd::PostgresErrors</name>
    <message>
        <source>The connection to the team database %1 was lost; nothing was changed. Check the network and that the server is running, then open the database again.</source>
        <translation>De verbinding met de teamdatabase %1 is verbroken; er is niets gewijzigd. Controleer het netwerk en of de server draait, en open de database daarna opnieuw.</translation>
    </message>
    <message>
        <source>Another user was changing the same data in %1 at the same moment; nothing was changed. Try again.</source>
        <translation>Een andere gebruiker wijzigde op hetzelfde moment dezelfde gegevens in %1; er is niets gewijzigd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your login may not do this in the team database %1 (permission denied); nothing was changed. Ask its administrator for the right role.</source>
        <translation>Uw login mag dit niet in de teamdatabase %1 (toegang geweigerd); er is niets gewijzigd. Vraag de beheerder om de juiste rol.</translation>
    </message>
    <message>
        <source>The team database %1 is read-only for this connection; nothing was changed.</source>
        <translation>De teamdatabase %1 is voor deze verbinding alleen-lezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server of the team database %1 is out of space or memory; nothing was changed. Ask its administrator.</source>
        <translation>De server van de teamdatabase %1 heeft geen ruimte of geheugen meer; er is niets gewijzigd. Vraag het de beheerder.</translation>
    </message>
    <message>
        <source>DisputeDesk could not save the change to %1: %2; nothing was changed.</source>
        <translation>DisputeDesk kon de wijziging in %1 niet opslaan: %2; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server of %1 refused the login: the user name or password is wrong, or a password is needed.</source>
        <translation>De server van %1 heeft de aanmelding geweigerd: de gebruikersnaam of het wachtwoord klopt niet, of er is een wachtwoord nodig.</translation>
    </message>
    <message>
        <source>The server has no database named as in %1. Check the database name, or ask its administrator to create it.</source>
        <translation>De server heeft geen database met de naam uit %1. Controleer de naam van de database, of vraag de beheerder haar aan te maken.</translation>
    </message>
    <message>
        <source>The server of %1 knows no such user. Check the user name.</source>
        <translation>De server van %1 kent deze gebruiker niet. Controleer de gebruikersnaam.</translation>
    </message>
    <message>
        <source>The server of %1 does not let this user connect from here. Ask its administrator.</source>
        <translation>De server van %1 laat deze gebruiker vanaf hier niet toe. Vraag het de beheerder.</translation>
    </message>
    <message>
        <source>The server of the team database %1 cannot be reached. Check the host name and port, the network, and that the server is running.</source>
        <translation>De server van de teamdatabase %1 is niet bereikbaar. Controleer de hostnaam en poort, het netwerk en of de server draait.</translation>
    </message>
</context>
<context>
    <name>dd::PostgresLocation</name>
    <message>
        <source>This is not a valid team database location: write it as postgresql://user@host:port/database.</source>
        <translation>Dit is geen geldige locatie van een teamdatabase: schrijf haar als postgresql://gebruiker@host:poort/database.</translation>
    </message>
    <message>
        <source>The team database location names no database: write it as postgresql://user@host:port/database.</source>
        <translation>De locatie van de teamdatabase noemt geen database: schrijf haar als postgresql://gebruiker@host:poort/database.</translation>
    </message>
</context>
<context>
    <name>dd::ProactiveWarningsView</name>
    <message>
        <source>Products with repeated complaints</source>
        <translation>Producten met herhaalde klachten</translation>
    </message>
    <message>
        <source>Product / customer to contact</source>
        <translation>Product / klant om te benaderen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>%1 %2 — complaints from %3 customers</source>
        <translation>%1 %2 — klachten van %3 klanten</translation>
    </message>
    <message>
        <source>Expand to list the other customers who bought it</source>
        <translation>Klap uit om de andere klanten te zien die het kochten</translation>
    </message>
    <message>
        <source>No product drew complaints from %1 or more customers in the last %2 days.</source>
        <translation>Geen product kreeg klachten van %1 of meer klanten in de laatste %2 dagen.</translation>
    </message>
    <message>
        <source>Several customers disputed these products in the last %1 days. Expand a product to list the other customers who bought it, and warn them before they complain.</source>
        <translation>Meerdere klanten betwistten deze producten in de laatste %1 dagen. Klap een product uit om de andere klanten te zien die het kochten, en waarschuw hen voordat ze klagen.</translation>
    </message>
    <message>
        <source>%1; %2 others bought it</source>
        <translation>%1; %2 anderen kochten het</translation>
    </message>
    <message>
        <source>Export Customers to Contact…</source>
        <translation>Te benaderen klanten exporteren…</translation>
    </message>
    <message>
        <source>Mark as Warned…</source>
        <translation>Als gewaarschuwd markeren…</translation>
    </message>
    <message>
        <source>The customers to contact of the selected products, or of all products, as a CSV file</source>
        <translation>De te benaderen klanten van de geselecteerde producten, of van alle producten, als CSV-bestand</translation>
    </message>
    <message>
        <source>Records in each customer&apos;s contact log that they were warned</source>
        <translation>Legt in het contactlogboek van elke klant vast dat die is gewaarschuwd</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to contact written to %1.</source>
        <translation>
            <numerusform>%n te benaderen klant weggeschreven naar %1.</numerusform>
            <numerusform>%n te benaderen klanten weggeschreven naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) marked as warned in their contact log.</source>
        <translation>
            <numerusform>%n klant als gewaarschuwd gemarkeerd in het contactlogboek.</numerusform>
            <numerusform>%n klanten als gewaarschuwd gemarkeerd in hun contactlogboek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Customers to Contact</source>
        <translation>Te benaderen klanten exporteren</translation>
    </message>
    <message>
        <source>customers-to-contact</source>
        <translation>te-benaderen-klanten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Record in the contact log of %n customer(s) that they were warned about %1? A contact cannot be removed once recorded.</source>
        <translation>
            <numerusform>In het contactlogboek van %n klant vastleggen dat die is gewaarschuwd over %1? Een vastgelegd contact kan niet worden verwijderd.</numerusform>
            <numerusform>In het contactlogboek van %n klanten vastleggen dat zij zijn gewaarschuwd over %1? Een vastgelegd contact kan niet worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Warned</source>
        <translation>Als gewaarschuwd markeren</translation>
    </message>
</context>
<context>
    <name>dd::ProductWarningContacts</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Warned about complaints from other customers over %1</source>
        <translation>Gewaarschuwd over klachten van andere klanten over %1</translation>
    </message>
</context>
<context>
    <name>dd::ReasonTaxonomy</name>
    <message>
        <source>Price too high</source>
        <translation>Prijs te hoog</translation>
    </message>
    <message>
        <source>Invoice error (wrong amount, wrong recipient, billed twice)</source>
        <translation>Fout in de factuur (verkeerd bedrag, verkeerde geadresseerde, dubbel gefactureerd)</translation>
    </message>
    <message>
        <source>Quality of the product or service</source>
        <translation>Kwaliteit van het product of de dienst</translation>
    </message>
    <message>
        <source>Delivery late or incomplete</source>
        <translation>Levering te laat of onvolledig</translation>
    </message>
    <message>
        <source>Agreement not kept (promise by sales)</source>
        <translation>Afspraak niet nagekomen (toezegging van verkoop)</translation>
    </message>
    <message>
        <source>Poor service or not reachable</source>
        <translation>Slechte service of niet bereikbaar</translation>
    </message>
    <message>
        <source>Missing payment options</source>
        <translation>Ontbrekende betaalmogelijkheden</translation>
    </message>
    <message>
        <source>Lack of transparency</source>
        <translation>Gebrek aan transparantie</translation>
    </message>
    <message>
        <source>Wrong or missing information</source>
        <translation>Onjuiste of ontbrekende informatie</translation>
    </message>
    <message>
        <source>Translation error or misunderstanding</source>
        <translation>Vertaalfout of misverstand</translation>
    </message>
    <message>
        <source>Collection handled badly</source>
        <translation>Incasso slecht afgehandeld</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Product-technical</source>
        <translation>Producttechnisch</translation>
    </message>
</context>
<context>
    <name>dd::ReasonsCommand</name>
    <message>
        <source>Lists the reason codes for disputes and their class.</source>
        <translation>Toont de redencodes voor geschillen en hun klasse.</translation>
    </message>
</context>
<context>
    <name>dd::ReassignCommand</name>
    <message>
        <source>reassign %1 to %2</source>
        <translation>%1 overdragen aan %2</translation>
    </message>
    <message>
        <source>reassign %1 back to %2</source>
        <translation>%1 teruggeven aan %2</translation>
    </message>
    <message>
        <source>Case %1 is no longer assigned to %2.</source>
        <translation>Dossier %1 is niet meer toegewezen aan %2.</translation>
    </message>
</context>
<context>
    <name>dd::RecentDatabasesMenu</name>
    <message>
        <source>No recent databases</source>
        <translation>Geen recente databases</translation>
    </message>
</context>
<context>
    <name>dd::RecordAssessmentCommand</name>
    <message>
        <source>record the cost-benefit assessment of %1</source>
        <translation>kosten-batenafweging van %1 vastleggen</translation>
    </message>
</context>
<context>
    <name>dd::RecordLessonsCommand</name>
    <message>
        <source>record the lessons of %1</source>
        <translation>lessen van %1 vastleggen</translation>
    </message>
    <message>
        <source>record the earlier lessons of %1 again</source>
        <translation>eerdere lessen van %1 opnieuw vastleggen</translation>
    </message>
</context>
<context>
    <name>dd::ReportCommand</name>
    <message>
        <source>Dispute report for a period: PDF with charts (--pdf), tables as CSV (--csv).</source>
        <translation>Geschillenrapport voor een periode: PDF met grafieken (--pdf), tabellen als CSV (--csv).</translation>
    </message>
    <message>
        <source>Aged receivables report (disputed and undisputed, DSO): PDF (--pdf), tables as CSV (--csv).</source>
        <translation>Ouderdomsanalyse debiteuren (betwist en onbetwist, DSO): PDF (--pdf), tabellen als CSV (--csv).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Eerste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Laatste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Date of the open cases (YYYY-MM-DD); default the last day.</source>
        <translation>Peildatum van de openstaande dossiers (JJJJ-MM-DD); standaard de laatste dag.</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>Schrijf de rapportage als PDF naar FILE.</translation>
    </message>
    <message>
        <source>Write every table as a CSV file into DIR.</source>
        <translation>Schrijf elke tabel als CSV-bestand in DIR.</translation>
    </message>
    <message>
        <source>Language of the PDF: nl or en (default en).</source>
        <translation>Taal van de PDF: nl of en (standaard en).</translation>
    </message>
    <message>
        <source>Currency of the dispute amounts (default EUR).</source>
        <translation>Valuta van de geschilbedragen (standaard EUR).</translation>
    </message>
    <message>
        <source>Company name on the title page (default: from the settings).</source>
        <translation>Bedrijfsnaam op de titelpagina (standaard: uit de instellingen).</translation>
    </message>
    <message>
        <source>--%1 DATE is required</source>
        <translation>--%1 DATE is verplicht</translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &quot;%1&quot;</source>
        <translation>--lang moet nl of en zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--currency must be an ISO 4217 code such as EUR, not &quot;%1&quot;</source>
        <translation>--currency moet een ISO 4217-code zoals EUR zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) ligt vóór --from (%2)</translation>
    </message>
    <message>
        <source>--as-of DATE is required</source>
        <translation>--as-of DATE is verplicht</translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf vereist een bestandsnaam</translation>
    </message>
    <message>
        <source>PDF output needs the graphical Qt platform (QGuiApplication)</source>
        <translation>PDF-uitvoer vereist het grafische Qt-platform (QGuiApplication)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>Wrote %1 CSV files to %2</source>
        <translation>%1 CSV-bestanden geschreven naar %2</translation>
    </message>
</context>
<context>
    <name>dd::ReportCsvWriter</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kan de map %1 niet aanmaken</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>dd::ReportDialog</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Dispute Report</source>
        <translation>Geschillenrapport</translation>
    </message>
    <message>
        <source>Aged Receivables Report</source>
        <translation>Rapport ouderdomsanalyse</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>&amp;Update Preview</source>
        <translation>Voorbeeld &amp;bijwerken</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>The preview is out of date: press Update Preview.</source>
        <translation>Het voorbeeld is verouderd: klik op Voorbeeld bijwerken.</translation>
    </message>
    <message>
        <source>Preview of the report&apos;s content; Save as PDF writes the printed layout.</source>
        <translation>Voorbeeld van de inhoud van het rapport; Opslaan als PDF levert de afdrukopmaak.</translation>
    </message>
    <message>
        <source>Saved as &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Opgeslagen als &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>dispute-report-%1-%2.pdf</source>
        <translation>geschillenrapport-%1-%2.pdf</translation>
    </message>
    <message>
        <source>aged-receivables-%1.pdf</source>
        <translation>ouderdomsanalyse-%1.pdf</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Rapport opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Rapport afdrukken</translation>
    </message>
    <message>
        <source>Calculating the report…</source>
        <translation>Het rapport wordt berekend…</translation>
    </message>
</context>
<context>
    <name>dd::ReportPdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>dd::ReportPreview</name>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n rows; the PDF and the printout have them all.</source>
        <translation>
            <numerusform>Het voorbeeld toont de eerste %1 van %n rij; de PDF en de afdruk bevatten ze allemaal.</numerusform>
            <numerusform>Het voorbeeld toont de eerste %1 van %n rijen; de PDF en de afdruk bevatten ze allemaal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ReportTexts</name>
    <message>
        <source>Dispute report</source>
        <translation>Geschillenrapport</translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation>Ouderdomsanalyse debiteuren</translation>
    </message>
    <message>
        <source>Period %1 to %2</source>
        <translation>Periode %1 tot en met %2</translation>
    </message>
    <message>
        <source>Open cases as of %1</source>
        <translation>Openstaande dossiers per %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Bedragen in %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Cases opened in the period</source>
        <translation>Dossiers geopend in de periode</translation>
    </message>
    <message>
        <source>Cases closed in the period</source>
        <translation>Dossiers gesloten in de periode</translation>
    </message>
    <message>
        <source>Disputed amount of the cases opened</source>
        <translation>Betwist bedrag van de geopende dossiers</translation>
    </message>
    <message>
        <source>Open cases on the as-of date</source>
        <translation>Openstaande dossiers op de peildatum</translation>
    </message>
    <message>
        <source>Open cases past the promised response date</source>
        <translation>Openstaande dossiers na de toegezegde reactiedatum</translation>
    </message>
    <message>
        <source>Cases answered after the promised date</source>
        <translation>Dossiers na de toegezegde datum beantwoord</translation>
    </message>
    <message>
        <source>Average days to first response</source>
        <translation>Gemiddeld aantal dagen tot eerste reactie</translation>
    </message>
    <message>
        <source>Median days to first response</source>
        <translation>Mediaan aantal dagen tot eerste reactie</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>Gemiddeld aantal dagen tot afsluiting</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Mediaan aantal dagen tot afsluiting</translation>
    </message>
    <message>
        <source>%1 cases in other currencies are counted, but their amounts are not included.</source>
        <translation>%1 dossiers in andere valuta zijn meegeteld, hun bedragen niet.</translation>
    </message>
    <message>
        <source>Open cases per step and age</source>
        <translation>Openstaande dossiers per stap en ouderdom</translation>
    </message>
    <message>
        <source>Open cases per step and age (days since received)</source>
        <translation>Openstaande dossiers per stap en ouderdom (dagen sinds ontvangst)</translation>
    </message>
    <message>
        <source>Open cases per step</source>
        <translation>Openstaande dossiers per stap</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>over 90</source>
        <translation>meer dan 90</translation>
    </message>
    <message>
        <source>over 120</source>
        <translation>meer dan 120</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Reasons (Pareto)</source>
        <translation>Redenen (Pareto)</translation>
    </message>
    <message>
        <source>Reasons of the cases opened in the period</source>
        <translation>Redenen van de in de periode geopende dossiers</translation>
    </message>
    <message>
        <source>Reasons (Pareto): cases and cumulative share</source>
        <translation>Redenen (Pareto): dossiers en cumulatief aandeel</translation>
    </message>
    <message>
        <source>No cases were opened in the period.</source>
        <translation>In de periode zijn geen dossiers geopend.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulatief</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount share</source>
        <translation>Aandeel bedrag</translation>
    </message>
    <message>
        <source>Cumulative amount</source>
        <translation>Cumulatief bedrag</translation>
    </message>
    <message>
        <source>Organisational or product-technical</source>
        <translation>Organisatorisch of producttechnisch</translation>
    </message>
    <message>
        <source>Organisational vs product-technical (reference: 96% / 4%)</source>
        <translation>Organisatorisch tegenover producttechnisch (referentie: 96% / 4%)</translation>
    </message>
    <message>
        <source>Organisational vs product-technical</source>
        <translation>Organisatorisch tegenover producttechnisch</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Reference: 96% organisational</source>
        <translation>Referentie: 96% organisatorisch</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <source>Outcomes of the cases closed in the period</source>
        <translation>Uitkomsten van de in de periode gesloten dossiers</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>Undisputed</source>
        <translation>Onbetwist</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <source>Written off (goodwill)</source>
        <translation>Afgeboekt (coulance)</translation>
    </message>
    <message>
        <source>Opened and closed per month</source>
        <translation>Geopend en gesloten per maand</translation>
    </message>
    <message>
        <source>Cases opened and closed per month</source>
        <translation>Dossiers geopend en gesloten per maand</translation>
    </message>
    <message>
        <source>Opened vs closed per month</source>
        <translation>Geopend tegenover gesloten per maand</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Top customers by disputed amount</source>
        <translation>Klanten met het hoogste betwiste bedrag</translation>
    </message>
    <message>
        <source>Customers with the largest disputed amounts in the period</source>
        <translation>Klanten met de hoogste betwiste bedragen in de periode</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Products with repeated complaints</source>
        <translation>Producten met herhaalde klachten</translation>
    </message>
    <message>
        <source>Products several customers complained about, and customers to warn</source>
        <translation>Producten waarover meerdere klanten klaagden, en klanten om te waarschuwen</translation>
    </message>
    <message>
        <source>No product drew complaints from several customers.</source>
        <translation>Geen product kreeg klachten van meerdere klanten.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Complaining customers</source>
        <translation>Klagende klanten</translation>
    </message>
    <message>
        <source>Other customers to warn</source>
        <translation>Andere klanten om te waarschuwen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <source>Lessons learned recorded in the period, by department</source>
        <translation>In de periode vastgelegde lessen, per afdeling</translation>
    </message>
    <message>
        <source>No lessons were recorded in the period.</source>
        <translation>In de periode zijn geen lessen vastgelegd.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>%1 more lessons are in the CSV export.</source>
        <translation>Nog %1 lessen staan in de CSV-export.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Wat ging er mis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Receivables per currency</source>
        <translation>Debiteuren per valuta</translation>
    </message>
    <message>
        <source>Nothing is open on this date.</source>
        <translation>Op deze datum staat niets open.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>DSO (days)</source>
        <translation>DSO (dagen)</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Niet vervallen</translation>
    </message>
    <message>
        <source>Open amount by days overdue (%1)</source>
        <translation>Openstaand bedrag naar dagen vervallen (%1)</translation>
    </message>
    <message>
        <source>Aged receivables per customer</source>
        <translation>Ouderdomsanalyse per klant</translation>
    </message>
    <message>
        <source>Open amounts by days overdue, disputed and undisputed, and days to pay</source>
        <translation>Openstaande bedragen naar dagen vervallen, betwist en onbetwist, en betaalduur</translation>
    </message>
    <message>
        <source>Days to pay</source>
        <translation>Betaalduur</translation>
    </message>
    <message>
        <source>DSO by the countback method: the open receivables are set against the invoiced sales (incl. VAT) of the most recent months, counting back from the as-of date; every month fully used adds its days, the last month its days in proportion.</source>
        <translation>DSO volgens de countback-methode: het openstaande bedrag wordt afgezet tegen de gefactureerde omzet (incl. btw) van de meest recente maanden, terugtellend vanaf de peildatum; elke volledig gebruikte maand telt met al haar dagen, de laatste naar verhouding.</translation>
    </message>
    <message>
        <source>Days to pay: from invoice date to payment, weighted by amount, over the payments of the 365 days up to the as-of date. Disputed: the part of the open amount in disputes open on the as-of date.</source>
        <translation>Betaalduur: van factuurdatum tot betaling, gewogen naar bedrag, over de betalingen van de 365 dagen tot de peildatum. Betwist: het deel van het openstaande bedrag in dossiers die op de peildatum openstonden.</translation>
    </message>
    <message>
        <source>Paid after explanation</source>
        <translation>Betaald na uitleg</translation>
    </message>
    <message>
        <source>Written off as goodwill</source>
        <translation>Afgeboekt als coulance</translation>
    </message>
    <message>
        <source>Collected legally</source>
        <translation>Juridisch geïncasseerd</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Geen uitkomst</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>dd::RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Onderstrepen</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lijst</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation>Lijst met opsommingstekens (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lijst</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation>Veld invoegen</translation>
    </message>
    <message>
        <source>Put a field at the cursor; it is filled in when the letter is made</source>
        <translation>Zet een veld op de plaats van de cursor; het wordt ingevuld als de brief wordt gemaakt</translation>
    </message>
</context>
<context>
    <name>dd::SavedChangeButtons</name>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
</context>
<context>
    <name>dd::ServerLogin</name>
    <message>
        <source>%1 is not a PostgreSQL address DisputeDesk can read.</source>
        <translation>%1 is geen PostgreSQL-adres dat DisputeDesk kan lezen.</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation>Het wachtwoord kon niet uit de sleutelhanger worden gelezen: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Het wachtwoord kon niet in de sleutelhanger worden bewaard: %1</translation>
    </message>
</context>
<context>
    <name>dd::SetRecoveryProbabilityCommand</name>
    <message>
        <source>set the recovery probability of %1 to %2</source>
        <translation>de kans op inning van %1 op %2 zetten</translation>
    </message>
    <message>
        <source>set the recovery probability of %1 back to %2</source>
        <translation>de kans op inning van %1 terugzetten op %2</translation>
    </message>
</context>
<context>
    <name>dd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language takes effect when DisputeDesk is started again.</source>
        <translation>Een nieuwe taal gaat in wanneer DisputeDesk opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>The name the audit trail, the contact log and the letters show for your work</source>
        <translation>De naam die het audittrail, het contactlogboek en de brieven bij uw werk tonen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
</context>
<context>
    <name>dd::SettingsRepository</name>
    <message>
        <source>The company needs a name: it heads every letter.</source>
        <translation>Het bedrijf heeft een naam nodig: die staat boven elke brief.</translation>
    </message>
    <message>
        <source>The credit note prefix &quot;%1&quot; must be 1 to 12 letters, digits or &apos;-&apos;.</source>
        <translation>Het creditnotavoorvoegsel &quot;%1&quot; moet uit 1 tot 12 letters, cijfers of &apos;-&apos; bestaan.</translation>
    </message>
    <message>
        <source>The payment term of a letter must be 1 to 365 days.</source>
        <translation>De betalingstermijn van een brief moet 1 tot en met 365 dagen zijn.</translation>
    </message>
</context>
<context>
    <name>dd::SqliteDialect</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>%1 is empty, not a DisputeDesk database; it was left unchanged.</source>
        <translation>%1 is leeg, geen DisputeDesk-database; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a DisputeDesk database (it is not an SQLite file); it was left unchanged.</source>
        <translation>%1 is geen DisputeDesk-database (het is geen SQLite-bestand); het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a DisputeDesk database; it was left unchanged.</source>
        <translation>%1 is een SQLite-database van een ander programma, geen DisputeDesk-database; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read; it was left unchanged.</source>
        <translation>%1 is beschadigd: de schemaversie is niet leesbaar; het bestand is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>dd::SqliteErrors</name>
    <message>
        <source>%1 is in use by another program (or another DisputeDesk) that is writing to it; nothing was changed. Try again in a moment.</source>
        <translation>%1 wordt gebruikt door een ander programma (of een andere DisputeDesk) dat erin schrijft; er is niets gewijzigd. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>DisputeDesk cannot write to %1: its folder is read-only; nothing was changed. Move the file to a folder you may write to, or ask for write permission.</source>
        <translation>DisputeDesk kan niet schrijven naar %1: de map is alleen-lezen; er is niets gewijzigd. Verplaats het bestand naar een map waarin u mag schrijven, of vraag om schrijfrechten.</translation>
    </message>
    <message>
        <source>DisputeDesk cannot write to %1: the file is read-only; nothing was changed. Check the file&apos;s permissions, or work on a copy.</source>
        <translation>DisputeDesk kan niet schrijven naar %1: het bestand is alleen-lezen; er is niets gewijzigd. Controleer de rechten van het bestand, of werk met een kopie.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>De schijf waarop %1 staat, is vol; er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (a disk or network error); nothing was changed. Check that the disk or network share is still there and try again.</source>
        <translation>%1 kon niet worden gelezen of geschreven (een schijf- of netwerkfout); er is niets gewijzigd. Controleer of de schijf of netwerkmap nog bereikbaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder does not exist or may not be used (check the permissions).</source>
        <translation>%1 kan niet worden geopend: het bestand of de map bestaat niet of mag niet worden gebruikt (controleer de rechten).</translation>
    </message>
    <message>
        <source>DisputeDesk may not use %1 (permission denied); nothing was changed.</source>
        <translation>DisputeDesk mag %1 niet gebruiken (toegang geweigerd); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a DisputeDesk database; nothing was changed. Restore it from a backup.</source>
        <translation>%1 is beschadigd of geen DisputeDesk-database; er is niets gewijzigd. Zet het bestand terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>DisputeDesk could not save the change to %1: %2; nothing was changed.</source>
        <translation>DisputeDesk kon de wijziging niet opslaan in %1: %2; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>dd::StandardFields</name>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>Adres van het bedrijf</translation>
    </message>
    <message>
        <source>Company city</source>
        <translation>Plaats van het bedrijf</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>E-mailadres van het bedrijf</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>Telefoonnummer van het bedrijf</translation>
    </message>
    <message>
        <source>Company IBAN</source>
        <translation>IBAN van het bedrijf</translation>
    </message>
    <message>
        <source>Company KvK number</source>
        <translation>KvK-nummer van het bedrijf</translation>
    </message>
    <message>
        <source>Company VAT number</source>
        <translation>Btw-nummer van het bedrijf</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Adres van de klant</translation>
    </message>
    <message>
        <source>Person addressed</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <source>Salutation (Dear …,)</source>
        <translation>Aanhef (Geachte …,)</translation>
    </message>
    <message>
        <source>Customer VAT number line</source>
        <translation>Regel met het btw-nummer van de klant</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Plaats en datum</translation>
    </message>
    <message>
        <source>Date to pay by</source>
        <translation>Uiterste betaaldatum</translation>
    </message>
    <message>
        <source>Your name (sender)</source>
        <translation>Uw naam (afzender)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Date the complaint was received</source>
        <translation>Datum waarop de klacht binnenkwam</translation>
    </message>
    <message>
        <source>Date we promised to answer</source>
        <translation>Datum waarop wij antwoord beloofden</translation>
    </message>
    <message>
        <source>Sentence with the date we answer by</source>
        <translation>Zin met de datum waarop wij antwoorden</translation>
    </message>
    <message>
        <source>Reason of the dispute</source>
        <translation>Reden van het geschil</translation>
    </message>
    <message>
        <source>The complaint as recorded</source>
        <translation>De klacht zoals vastgelegd</translation>
    </message>
    <message>
        <source>Grounds of the decision</source>
        <translation>Onderbouwing van de beslissing</translation>
    </message>
    <message>
        <source>The payment arrangement</source>
        <translation>De betalingsregeling</translation>
    </message>
    <message>
        <source>Table of the disputed invoices</source>
        <translation>Tabel van de betwiste facturen</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Factuurnummers</translation>
    </message>
    <message>
        <source>Amount disputed</source>
        <translation>Betwist bedrag</translation>
    </message>
    <message>
        <source>Amount found justified</source>
        <translation>Terecht bevonden bedrag</translation>
    </message>
    <message>
        <source>Amount still to pay</source>
        <translation>Nog te betalen bedrag</translation>
    </message>
    <message>
        <source>Goodwill amount</source>
        <translation>Bedrag uit coulance</translation>
    </message>
    <message>
        <source>Goodwill credited, excl. VAT</source>
        <translation>Uit coulance gecrediteerd, excl. btw</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Creditnotanummer</translation>
    </message>
    <message>
        <source>Credit note total incl. VAT</source>
        <translation>Totaal van de creditnota incl. btw</translation>
    </message>
    <message>
        <source>Sentence with the decision</source>
        <translation>Zin met de beslissing</translation>
    </message>
    <message>
        <source>Sentence with what is left to pay</source>
        <translation>Zin met wat nog te betalen is</translation>
    </message>
    <message>
        <source>List of the findings</source>
        <translation>Lijst van de bevindingen</translation>
    </message>
    <message>
        <source>Credit note date</source>
        <translation>Datum van de creditnota</translation>
    </message>
    <message>
        <source>Reason on the credit note</source>
        <translation>Reden op de creditnota</translation>
    </message>
    <message>
        <source>Table of the credited lines</source>
        <translation>Tabel van de gecrediteerde regels</translation>
    </message>
    <message>
        <source>Table of the VAT</source>
        <translation>Btw-tabel</translation>
    </message>
    <message>
        <source>Credit note total excl. VAT</source>
        <translation>Totaal van de creditnota excl. btw</translation>
    </message>
    <message>
        <source>Credit note VAT</source>
        <translation>Btw van de creditnota</translation>
    </message>
    <message>
        <source>Invoice credited</source>
        <translation>Gecrediteerde factuur</translation>
    </message>
    <message>
        <source>Date of the invoice credited</source>
        <translation>Datum van de gecrediteerde factuur</translation>
    </message>
</context>
<context>
    <name>dd::StartVerificationCommand</name>
    <message>
        <source>start verification of %1</source>
        <translation>verificatie van %1 starten</translation>
    </message>
    <message>
        <source>start verification</source>
        <translation>verificatie starten</translation>
    </message>
</context>
<context>
    <name>dd::StatementArchive</name>
    <message>
        <source>cannot be read as a .zip: %1</source>
        <translation>kan niet als .zip worden gelezen: %1</translation>
    </message>
    <message>
        <source>not a readable .zip archive: %1</source>
        <translation>geen leesbaar .zip-archief: %1</translation>
    </message>
    <message>
        <source>holds %1 files; at most %2 are read</source>
        <translation>bevat %1 bestanden; ten hoogste %2 worden gelezen</translation>
    </message>
    <message>
        <source>file %1 in the archive cannot be read: %2</source>
        <translation>bestand %1 in het archief kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>is %1 bytes unpacked; at most %2 are read</source>
        <translation>is uitgepakt %1 bytes groot; ten hoogste %2 bytes worden gelezen</translation>
    </message>
    <message>
        <source>cannot be unpacked: %1</source>
        <translation>kan niet worden uitgepakt: %1</translation>
    </message>
    <message>
        <source>unpacks to more than %1 bytes; the archive is not read</source>
        <translation>wordt uitgepakt groter dan %1 bytes; het archief wordt niet gelezen</translation>
    </message>
</context>
<context>
    <name>dd::StatementReader</name>
    <message>
        <source>not a bank statement: neither CAMT.053 XML nor MT940 nor a .zip of them</source>
        <translation>geen bankafschrift: geen CAMT.053-XML, geen MT940 en geen .zip daarvan</translation>
    </message>
    <message>
        <source>the .zip holds no statement</source>
        <translation>de .zip bevat geen afschrift</translation>
    </message>
    <message>
        <source>a .zip inside the .zip is not read</source>
        <translation>een .zip binnen de .zip wordt niet gelezen</translation>
    </message>
</context>
<context>
    <name>dd::StatsCommand</name>
    <message>
        <source>Dashboard figures: open, overdue and disputed amounts, DSO, open cases, cases past the response date.</source>
        <translation>Dashboardcijfers: openstaande, vervallen en betwiste bedragen, DSO, openstaande dossiers, dossiers na de reactiedatum.</translation>
    </message>
    <message>
        <source>Currency of the amounts (default EUR).</source>
        <translation>Valuta van de bedragen (standaard EUR).</translation>
    </message>
    <message>
        <source>--currency must be an ISO 4217 code such as EUR, not &quot;%1&quot;</source>
        <translation>--currency moet een ISO 4217-code zoals EUR zijn, niet &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>dd::StatutoryInterest</name>
    <message>
        <source>simple interest per day: principal x rate x days / 365, or / 366 for days in a leap year; each period rounded to the cent; the interest of each year of default is added to the principal on its anniversary (compounded yearly, art. 6:119 lid 2 / 6:119a lid 3 BW)</source>
        <translation>enkelvoudige rente per dag: hoofdsom x percentage x dagen / 365, of / 366 voor dagen in een schrikkeljaar; elke periode afgerond op de cent; de rente van elk jaar verzuim wordt op de verjaardag bij de hoofdsom opgeteld (jaarlijks samengesteld, art. 6:119 lid 2 / 6:119a lid 3 BW)</translation>
    </message>
    <message>
        <source>the principal cannot be negative</source>
        <translation>de hoofdsom kan niet negatief zijn</translation>
    </message>
    <message>
        <source>the first and the last day of the interest are needed</source>
        <translation>de eerste en de laatste dag van de rente zijn nodig</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>de einddatum %1 ligt vóór de begindatum %2</translation>
    </message>
</context>
<context>
    <name>dd::StepBackCommand</name>
    <message>
        <source>step %1 back to %2</source>
        <translation>%1 terugzetten naar %2</translation>
    </message>
</context>
<context>
    <name>dd::StoredLineVat</name>
    <message>
        <source>line_vat: the lines of VAT category %1 at %2 state VAT %3 where their rate gives %4; they may differ by the rounding of their category, at most a cent a line</source>
        <translation>line_vat: de regels van btw-categorie %1 tegen %2 vermelden %3 btw, waar hun percentage %4 oplevert; ze mogen verschillen door de afronding van hun categorie, ten hoogste een cent per regel</translation>
    </message>
</context>
<context>
    <name>dd::TableFigures</name>
    <message>
        <source>The rows of table %1 could not be counted.</source>
        <translation>De rijen van tabel %1 konden niet worden geteld.</translation>
    </message>
    <message>
        <source>The sum of %1 in table %2 (%3) is out of range.</source>
        <translation>De som van %1 in tabel %2 (%3) valt buiten het bereik.</translation>
    </message>
</context>
<context>
    <name>dd::Transaction</name>
    <message>
        <source>%1 was opened read-only; nothing was changed.</source>
        <translation>%1 is alleen-lezen geopend; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>dd::UblCreditNoteWriter</name>
    <message>
        <source>customer %1 is a consumer, who has no Peppol address</source>
        <translation>klant %1 is een consument en heeft geen Peppol-adres</translation>
    </message>
    <message>
        <source>customer %1 has no Peppol participant id (and no VAT number that gives one)</source>
        <translation>klant %1 heeft geen Peppol-deelnemer-id (en geen btw-nummer dat er een oplevert)</translation>
    </message>
    <message>
        <source>the company has no Peppol participant id: fill in its KvK or VAT number</source>
        <translation>het bedrijf heeft geen Peppol-deelnemer-id: vul het KvK- of btw-nummer in</translation>
    </message>
    <message>
        <source>it mixes lines not subject to VAT with other VAT categories</source>
        <translation>de creditnota combineert regels die niet aan btw zijn onderworpen met andere btw-categorieën</translation>
    </message>
    <message>
        <source>an intra-community supply (VAT category K) needs its delivery date and country, which are not recorded</source>
        <translation>een intracommunautaire levering (btw-categorie K) vraagt om de leverdatum en het land van levering, en die worden niet vastgelegd</translation>
    </message>
</context>
<context>
    <name>dd::UblImporter</name>
    <message>
        <source>the folder holds no .xml files</source>
        <translation>de map bevat geen .xml-bestanden</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1: credit note %2 (for invoice %3) recognised and not imported: issue credit notes in DisputeDesk, so that its own series stays gap-free</source>
        <translation>%1: creditnota %2 (bij factuur %3) herkend en niet geïmporteerd: maak creditnota&apos;s in DisputeDesk zelf aan, zodat de eigen nummerreeks zonder gaten blijft</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>invoice %1 names no buyer (no VAT id, identifier or name)</source>
        <translation>factuur %1 noemt geen koper (geen btw-nummer, identificatie of naam)</translation>
    </message>
    <message>
        <source>%1: new customer %2 (%3)</source>
        <translation>%1: nieuwe klant %2 (%3)</translation>
    </message>
    <message>
        <source>invoice %1 is due before it was issued</source>
        <translation>factuur %1 vervalt vóór de factuurdatum</translation>
    </message>
    <message>
        <source>%1: invoice %2 was also in %3; this file&apos;s version is kept</source>
        <translation>%1: factuur %2 stond ook in %3; de versie uit dit bestand is behouden</translation>
    </message>
    <message>
        <source>%1: invoice %2 has a negative total (%3): a corrective invoice</source>
        <translation>%1: factuur %2 heeft een negatief totaal (%3): een correctiefactuur</translation>
    </message>
    <message>
        <source>%1: invoice %2 was prepaid %3, more than its total %4: %5 is a credit balance of the customer (an unallocated payment)</source>
        <translation>%1: factuur %2 is voor %3 vooruitbetaald, meer dan het totaal %4: %5 is een tegoed van de klant (een niet-toegewezen betaling)</translation>
    </message>
</context>
<context>
    <name>dd::UblReader</name>
    <message>
        <source>not a UBL invoice or credit note (the document is &lt;%1&gt;)</source>
        <translation>geen UBL-factuur of -creditnota (het document is &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>%1 is in %2, the document in %3</source>
        <translation>%1 is in %2, het document in %3</translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation>hoeveelheid: %1</translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation>prijs: %1</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>geen goedgevormde XML: %1</translation>
    </message>
    <message>
        <source>no XML document</source>
        <translation>geen XML-document</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>creditnota</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <source>the %1 has no number (cbc:ID)</source>
        <translation>de %1 heeft geen nummer (cbc:ID)</translation>
    </message>
    <message>
        <source>the %1 has no DocumentCurrencyCode</source>
        <translation>de %1 heeft geen DocumentCurrencyCode</translation>
    </message>
    <message>
        <source>the %1 has no IssueDate</source>
        <translation>de %1 heeft geen IssueDate</translation>
    </message>
    <message>
        <source>IssueDate: %1</source>
        <translation>IssueDate: %1</translation>
    </message>
    <message>
        <source>DueDate: %1</source>
        <translation>DueDate: %1</translation>
    </message>
    <message>
        <source>the %1 has no %2</source>
        <translation>de %1 heeft geen %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: LineExtensionAmount: %2</source>
        <translation>regel %1: LineExtensionAmount: %2</translation>
    </message>
    <message>
        <source>AllowanceCharge: %1</source>
        <translation>AllowanceCharge: %1</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Toeslag</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>%1 %2: TaxExclusiveAmount %3 plus TaxAmount %4 is not TaxInclusiveAmount %5</source>
        <translation>%1 %2: TaxExclusiveAmount %3 plus TaxAmount %4 is niet gelijk aan TaxInclusiveAmount %5</translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep; this is not a UBL document</source>
        <translation>elementen zijn meer dan %1 niveaus diep genest; dit is geen UBL-document</translation>
    </message>
    <message>
        <source>TaxSubtotal/TaxCategory/Percent: %1</source>
        <translation>TaxSubtotal/TaxCategory/Percent: %1</translation>
    </message>
    <message>
        <source>AllowanceCharge/TaxCategory/Percent: %1</source>
        <translation>AllowanceCharge/TaxCategory/Percent: %1</translation>
    </message>
    <message>
        <source>PayableAmount %1 is not TaxInclusiveAmount %2 + PayableRoundingAmount %3 - PrepaidAmount %4 = %5</source>
        <translation>PayableAmount %1 is niet gelijk aan TaxInclusiveAmount %2 + PayableRoundingAmount %3 - PrepaidAmount %4 = %5</translation>
    </message>
</context>
<context>
    <name>dd::UndoInView</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
</context>
<context>
    <name>dd::WarningsCommand</name>
    <message>
        <source>Products several customers complained about, and the other customers who bought them.</source>
        <translation>Producten waarover meerdere klanten klaagden, en de andere klanten die ze kochten.</translation>
    </message>
    <message>
        <source>Complaints from at least this many customers (default: the database&apos;s rule, 3 unless changed).</source>
        <translation>Klachten van ten minste zoveel klanten (standaard: de regel van de database, 3 tenzij gewijzigd).</translation>
    </message>
    <message>
        <source>Within this many days before the as-of date (default: the database&apos;s rule, 90 unless changed).</source>
        <translation>Binnen zoveel dagen vóór de peildatum (standaard: de regel van de database, 90 tenzij gewijzigd).</translation>
    </message>
</context>
</TS>
