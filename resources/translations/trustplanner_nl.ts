<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name>AgreementModel</name>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Afspraak</translation>
    </message>
    <message>
      <source>With</source>
      <translation>Met wie</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
    <message>
      <source>How it ended</source>
      <translation>Hoe het afliep</translation>
    </message>
    <message>
      <source>to %1</source>
      <translation>naar %1</translation>
    </message>
    <message>
      <source>now %1</source>
      <translation>nu %1</translation>
    </message>
    <message>
      <source>told them</source>
      <translation>laten weten</translation>
    </message>
    <message>
      <source>a repair</source>
      <translation>om het goed te maken</translation>
    </message>
  </context>
  <context>
    <name>AppContext</name>
    <message>
      <source>A large undo is still being done. Nothing was changed; try again in a moment.</source>
      <translation>Er wordt nog een grote stap ongedaan gemaakt. Er is niets veranderd; probeer het zo nog eens.</translation>
    </message>
    <message>
      <source>Your data can be read but not changed just now (the file or its folder does not allow writing). Your data is safe and nothing was changed.</source>
      <translation>Je gegevens kunnen nu wel gelezen maar niet veranderd worden (het bestand of de map staat schrijven niet toe). Je gegevens zijn veilig en er is niets veranderd.</translation>
    </message>
    <message>
      <source>There is not enough free space on this disk. Your data is safe and nothing was changed. Free some space and try again.</source>
      <translation>Er is niet genoeg vrije ruimte op deze schijf. Je gegevens zijn veilig en er is niets veranderd. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>This change could not be written to the disk (%1). Your data is safe and nothing was changed. If the disk is full, free some space and try again.</source>
      <translation>Deze verandering kon niet naar de schijf worden geschreven (%1). Je gegevens zijn veilig en er is niets veranderd. Is de schijf vol, maak dan wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>This changed in the meantime, so nothing was done. The list is up to date now.</source>
      <translation>Dit is intussen veranderd, dus er is niets gedaan. De lijst is nu bijgewerkt.</translation>
    </message>
  </context>
  <context>
    <name>CommitConfirmation</name>
    <message>
      <source>More than fits</source>
      <translation>Meer dan er past</translation>
    </message>
    <message>
      <source>This plan takes %1, and you have set no time for this day.</source>
      <translation>Dit plan kost %1, en je hebt voor deze dag geen tijd ingesteld.</translation>
    </message>
    <message>
      <source>This plan takes %1, and you have %2 on this day: about %3 times what fits.</source>
      <translation>Dit plan kost %1, en je hebt %2 op deze dag: ongeveer %3 keer wat er past.</translation>
    </message>
    <message>
      <source>You can make these your agreements anyway. Smaller plans are easier to keep, and every kept agreement builds trust in yourself.</source>
      <translation>Je kunt er toch je afspraken van maken. Kleinere plannen zijn makkelijker na te komen, en elke nagekomen afspraak bouwt vertrouwen in jezelf op.</translation>
    </message>
    <message>
      <source>Make them my agreements anyway</source>
      <translation>Toch mijn afspraken maken</translation>
    </message>
    <message>
      <source>Go back and choose</source>
      <translation>Nog even kiezen</translation>
    </message>
  </context>
  <context>
    <name>DataActions</name>
    <message>
      <source>That did not work</source>
      <translation>Dat lukte niet</translation>
    </message>
    <message>
      <source>Your data could not be backed up just now.</source>
      <translation>Er kon zojuist geen reservekopie van je gegevens worden gemaakt.</translation>
    </message>
    <message>
      <source>Backed up your data to %1.</source>
      <translation>Reservekopie van je gegevens gemaakt in %1.</translation>
    </message>
    <message>
      <source>Export everything</source>
      <translation>Alles exporteren</translation>
    </message>
    <message>
      <source>Trust Planner export (*.json)</source>
      <translation>Trust Planner-export (*.json)</translation>
    </message>
    <message>
      <source>%1 could not be written.</source>
      <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln record(s) to %1.</source>
      <translation>
        <numerusform>%Ln item geëxporteerd naar %1.</numerusform>
        <numerusform>%Ln items geëxporteerd naar %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Your data file is damaged</source>
      <translation>Je gegevensbestand is beschadigd</translation>
    </message>
    <message numerus="yes">
      <source>While exporting, Trust Planner found that part of your data file is damaged. It saved what could still be read: %Ln record(s), in %1.</source>
      <translation>
        <numerusform>Bij het exporteren zag Trust Planner dat een deel van je gegevensbestand beschadigd is. Wat nog leesbaar was, %Ln record, staat nu in %1.</numerusform>
        <numerusform>Bij het exporteren zag Trust Planner dat een deel van je gegevensbestand beschadigd is. Wat nog leesbaar was, %Ln records, staat nu in %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing more is written to the damaged file. Next you can put back your newest good backup; importing this export after that adds what is newer.</source>
      <translation>Er wordt niets meer in het beschadigde bestand geschreven. Je kunt nu je nieuwste goede reservekopie terugzetten. Importeer daarna deze export, dan komt wat nieuwer is er weer bij.</translation>
    </message>
    <message>
      <source>Choose where to put the CSV files</source>
      <translation>Kies waar de CSV-bestanden moeten komen</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln record(s) as CSV files to %1.</source>
      <translation>
        <numerusform>%Ln item als CSV-bestanden geëxporteerd naar %1.</numerusform>
        <numerusform>%Ln items als CSV-bestanden geëxporteerd naar %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import an export</source>
      <translation>Een export importeren</translation>
    </message>
    <message>
      <source>Adding the records from %1…</source>
      <translation>De items uit %1 worden toegevoegd…</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <source>Nothing was imported from %1, and your data is unchanged.</source>
      <translation>Er is niets geïmporteerd uit %1, en je gegevens zijn ongewijzigd.</translation>
    </message>
    <message numerus="yes">
      <source>Added from %1: %Ln new record(s).</source>
      <translation>
        <numerusform>Toegevoegd uit %1: %Ln nieuw item.</numerusform>
        <numerusform>Toegevoegd uit %1: %Ln nieuwe items.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Already there, so left as they were: %Ln record(s).</source>
      <translation>
        <numerusform>Al aanwezig en ongewijzigd gelaten: %Ln item.</numerusform>
        <numerusform>Al aanwezig en ongewijzigd gelaten: %Ln items.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit → Undo takes the import back.</source>
      <translation>Bewerken → Ongedaan maken draait de import terug.</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Geïmporteerd</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
      <source>What is wrong with the file:</source>
      <translation>Wat er niet klopt aan het bestand:</translation>
    </message>
    <message>
      <source>Not everything could be deleted.</source>
      <translation>Niet alles kon worden verwijderd.</translation>
    </message>
    <message>
      <source>Your data is deleted</source>
      <translation>Je gegevens zijn verwijderd</translation>
    </message>
    <message>
      <source>Everything Trust Planner kept about you, with every backup, is deleted from this computer. Trust Planner closes now.</source>
      <translation>Alles wat Trust Planner over jou bewaarde, met elke reservekopie, is van deze computer verwijderd. Trust Planner sluit nu af.</translation>
    </message>
    <message>
      <source>Delete all my data?</source>
      <translation>Al mijn gegevens verwijderen?</translation>
    </message>
    <message>
      <source>Delete all your data from this computer?</source>
      <translation>Al je gegevens van deze computer verwijderen?</translation>
    </message>
    <message>
      <source>This deletes your plans, agreements, fears, ladders and settings, and every backup, from %1. It cannot be undone.

If you may want them later, export them first (File → Export everything…).</source>
      <translation>Hiermee verwijder je je plannen, afspraken, angsten, ladders en instellingen, en elke reservekopie, uit %1. Dit kan niet ongedaan worden gemaakt.

Wil je ze later misschien nog hebben, exporteer ze dan eerst (Bestand → Alles exporteren…).</translation>
    </message>
    <message>
      <source>Delete everything</source>
      <translation>Alles verwijderen</translation>
    </message>
    <message>
      <source>Keep my data</source>
      <translation>Mijn gegevens bewaren</translation>
    </message>
  </context>
  <context>
    <name>DayNavigator</name>
    <message>
      <source>Previous day</source>
      <translation>Vorige dag</translation>
    </message>
    <message>
      <source>Previous day (Alt+Left)</source>
      <translation>Vorige dag (Alt+Links)</translation>
    </message>
    <message>
      <source>Next day</source>
      <translation>Volgende dag</translation>
    </message>
    <message>
      <source>Next day (Alt+Right)</source>
      <translation>Volgende dag (Alt+Rechts)</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>Back to today (Alt+Home)</source>
      <translation>Terug naar vandaag (Alt+Home)</translation>
    </message>
  </context>
  <context>
    <name>DidntHappenDialog</name>
    <message>
      <source>Didn't happen</source>
      <translation>Niet gedaan</translation>
    </message>
    <message>
      <source>That is all right. Saying honestly how it went is part of keeping your word, and it helps you plan what fits next time.</source>
      <translation>Dat is oké. Eerlijk zeggen hoe het ging, hoort ook bij je woord houden, en het helpt je de volgende keer te plannen wat past. Blijf lief voor jezelf.</translation>
    </message>
    <message>
      <source>A note for yourself (optional)</source>
      <translation>Een notitie voor jezelf (hoeft niet)</translation>
    </message>
    <message>
      <source>Note it</source>
      <translation>Noteren</translation>
    </message>
  </context>
  <context>
    <name>DurationSpinBox</name>
    <message>
      <source>no time</source>
      <translation>geen tijd</translation>
    </message>
  </context>
  <context>
    <name>EstimateField</name>
    <message>
      <source>Estimate</source>
      <translation>Schatting</translation>
    </message>
    <message>
      <source>How long it will take: choose, or type for example 20 min or 1h30</source>
      <translation>Hoe lang het duurt: kies, of typ bijvoorbeeld 20 min of 1u30</translation>
    </message>
    <message>
      <source>How long?</source>
      <translation>Hoe lang?</translation>
    </message>
  </context>
  <context>
    <name>ExplanationDialog</name>
    <message>
      <source>&lt;p&gt;Your &lt;b&gt;self-trust index&lt;/b&gt; is a number from 0 to 100. It follows what you do with the agreements you make with yourself. It starts at 50.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Each day on which agreements ended&lt;/b&gt; gets a day score, the average of:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;kept&lt;/b&gt; counts 100: you did what you said;&lt;/li&gt;&lt;li&gt;&lt;b&gt;renegotiated a day or more ahead&lt;/b&gt; counts 85: saying early that something will not fit is keeping your word too, and the earlier, the more room it leaves;&lt;/li&gt;&lt;li&gt;&lt;b&gt;renegotiated on the day itself&lt;/b&gt; counts 75;&lt;/li&gt;&lt;li&gt;&lt;b&gt;renegotiated afterwards&lt;/b&gt; counts 25;&lt;/li&gt;&lt;li&gt;&lt;b&gt;didn't happen&lt;/b&gt; counts 0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A fear you faced counts 100, and twice over.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The index then takes a step towards that day score.&lt;/b&gt; Recent days weigh the most: after %1 days with agreements, a day counts half as much as it did. You can change this number in Settings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Days without agreements do not change the index.&lt;/b&gt; A rest day, a holiday or a day off never lowers it.&lt;/p&gt;&lt;p&gt;For those who like formulas:&lt;br&gt;&lt;tt&gt;new index = index × %2 + day score × (1 − %2)&lt;/tt&gt;,&lt;br&gt;where %2 = 0.5&lt;sup&gt;1/%1&lt;/sup&gt;.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Je &lt;b&gt;zelfvertrouwensindex&lt;/b&gt; is een getal van 0 tot 100. Hij volgt hoe het gaat met de afspraken die je met jezelf maakt, niet wat je waard bent. Hij begint bij 50.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Elke dag waarop afspraken zijn afgerond&lt;/b&gt; krijgt een dagscore, het gemiddelde van:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;nagekomen&lt;/b&gt; telt 100: je deed wat je zei;&lt;/li&gt;&lt;li&gt;&lt;b&gt;een dag of langer van tevoren bijgesteld&lt;/b&gt; telt 85: op tijd zeggen dat iets niet past, is ook je woord houden, en hoe eerder, hoe meer ruimte het geeft;&lt;/li&gt;&lt;li&gt;&lt;b&gt;op de dag zelf bijgesteld&lt;/b&gt; telt 75;&lt;/li&gt;&lt;li&gt;&lt;b&gt;achteraf bijgesteld&lt;/b&gt; telt 25;&lt;/li&gt;&lt;li&gt;&lt;b&gt;niet gedaan&lt;/b&gt; telt 0. Eerlijk noteren helpt je wel om de volgende keer haalbaarder te plannen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Iets spannends dat je aandurfde, telt als 100, en telt dubbel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;De index zet dan een stap naar die dagscore.&lt;/b&gt; Recente dagen wegen het zwaarst: na %1 dagen met afspraken telt een dag half zo zwaar als eerst. Dit getal kun je veranderen in Instellingen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dagen zonder afspraken veranderen de index niet.&lt;/b&gt; Een rustdag, een vakantie of een vrije dag verlaagt hem nooit.&lt;/p&gt;&lt;p&gt;Voor wie van formules houdt:&lt;br&gt;&lt;tt&gt;nieuwe index = index × %2 + dagscore × (1 − %2)&lt;/tt&gt;,&lt;br&gt;waarbij %2 = 0,5&lt;sup&gt;1/%1&lt;/sup&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>How is this computed?</source>
      <translation>Hoe wordt dit berekend?</translation>
    </message>
  </context>
  <context>
    <name>ExposureOffer</name>
    <message>
      <source>You did it</source>
      <translation>Het is je gelukt</translation>
    </message>
    <message>
      <source>You kept “%1”, a step on your fear ladder.</source>
      <translation>Je bent “%1” nagekomen, een stap op je angstladder.</translation>
    </message>
    <message>
      <source>Would you like to write down how anxious you were, and what happened?</source>
      <translation>Wil je opschrijven hoe gespannen je was, en wat er gebeurde?</translation>
    </message>
    <message>
      <source>Write it down</source>
      <translation>Opschrijven</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Nu niet</translation>
    </message>
  </context>
  <context>
    <name>FearDialog</name>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
  </context>
  <context>
    <name>FearForm</name>
    <message>
      <source>What did you face? For example: asked a question</source>
      <translation>Wat durfde je aan? Bijvoorbeeld: een vraag gesteld</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Situatie</translation>
    </message>
    <message>
      <source>What did you expect would happen? (if you like)</source>
      <translation>Wat verwachtte je dat er zou gebeuren? (hoeft niet)</translation>
    </message>
    <message>
      <source>What you expected would happen</source>
      <translation>Wat je verwachtte dat er zou gebeuren</translation>
    </message>
    <message>
      <source>Anxiety just before, 0 to 100</source>
      <translation>Spanning vlak ervoor, 0 tot 100</translation>
    </message>
    <message>
      <source>Anxiety afterwards, 0 to 100</source>
      <translation>Spanning achteraf, 0 tot 100</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Meer</translation>
    </message>
    <message>
      <source>What you feared, how strongly you believed it, what happened, what you learned</source>
      <translation>Wat je vreesde, hoe sterk je het geloofde, wat er gebeurde, wat je leerde</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Did what you expected happen?</source>
      <translation>Gebeurde wat je verwachtte?</translation>
    </message>
    <message>
      <source>I said &amp;no, or set a boundary</source>
      <translation>Ik zei n&amp;ee, of gaf een grens aan</translation>
    </message>
    <message>
      <source>Saying no, or where your limit is, takes courage: it counts as a fear faced</source>
      <translation>Nee zeggen, of zeggen waar je grens ligt, vraagt moed: het telt als iets spannends dat je aandurfde</translation>
    </message>
    <message>
      <source>Who asked? (if you like)</source>
      <translation>Wie vroeg het? (als je wilt)</translation>
    </message>
    <message>
      <source>Who asked</source>
      <translation>Wie het vroeg</translation>
    </message>
    <message>
      <source>How strongly I believed it, 0 to 100 %</source>
      <translation>Hoe sterk ik het geloofde, 0 tot 100 %</translation>
    </message>
    <message>
      <source>Anxiety I expected, 0 to 100</source>
      <translation>Spanning die ik verwachtte, 0 tot 100</translation>
    </message>
    <message>
      <source>Highest anxiety, 0 to 100</source>
      <translation>Hoogste spanning, 0 tot 100</translation>
    </message>
    <message>
      <source>What actually happened</source>
      <translation>Wat er echt gebeurde</translation>
    </message>
    <message>
      <source>How strongly I believe the fear now, 0 to 100 %</source>
      <translation>Hoe sterk ik dat nu nog geloof, 0 tot 100 %</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Wat ik leerde</translation>
    </message>
    <message>
      <source>work, family, … (separate with commas)</source>
      <translation>werk, familie, … (gescheiden door komma's)</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Step of a fear ladder</source>
      <translation>Stap van een angstladder</translation>
    </message>
    <message>
      <source>What was asked, and what did you say? For example: no to extra work</source>
      <translation>Wat werd er gevraagd, en wat zei je? Bijvoorbeeld: nee tegen extra werk</translation>
    </message>
    <message>
      <source>Anxiety &amp;just before:</source>
      <translation>Spanning &amp;vlak ervoor:</translation>
    </message>
    <message>
      <source>af&amp;terwards:</source>
      <translation>&amp;achteraf:</translation>
    </message>
    <message>
      <source>Did it happen?</source>
      <translation>Gebeurde het?</translation>
    </message>
    <message>
      <source>Day:</source>
      <translation>Dag:</translation>
    </message>
    <message>
      <source>How strongly I believed it (%):</source>
      <translation>Hoe sterk ik het geloofde (%):</translation>
    </message>
    <message>
      <source>Anxiety I expected:</source>
      <translation>Spanning die ik verwachtte:</translation>
    </message>
    <message>
      <source>Highest anxiety:</source>
      <translation>Hoogste spanning:</translation>
    </message>
    <message>
      <source>What actually happened:</source>
      <translation>Wat er echt gebeurde:</translation>
    </message>
    <message>
      <source>How strongly I believe it now (%):</source>
      <translation>Hoe sterk ik het nu geloof (%):</translation>
    </message>
    <message>
      <source>What I learned:</source>
      <translation>Wat ik leerde:</translation>
    </message>
    <message>
      <source>Tags:</source>
      <translation>Labels:</translation>
    </message>
    <message>
      <source>Fear ladder step:</source>
      <translation>Stap van de angstladder:</translation>
    </message>
    <message>
      <source>Not part of a ladder</source>
      <translation>Hoort niet bij een ladder</translation>
    </message>
    <message>
      <source>Choose yes, partly or no.</source>
      <translation>Kies ja, deels of nee.</translation>
    </message>
  </context>
  <context>
    <name>FearHistory</name>
    <message>
      <source>All ladders</source>
      <translation>Alle ladders</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Alle labels</translation>
    </message>
    <message>
      <source>Nothing written down yet. Every fear you face counts, even a small one.</source>
      <translation>Nog niets opgeschreven. Alles wat je aandurft telt, ook iets kleins.</translation>
    </message>
    <message>
      <source>Nothing matches. Try other words, or all dates and ladders.</source>
      <translation>Niets gevonden. Probeer andere woorden, of alle datums en ladders.</translation>
    </message>
    <message numerus="yes">
      <source>%n fear(s) faced shown.</source>
      <translation>
        <numerusform>%n notitie getoond.</numerusform>
        <numerusform>%n notities getoond.</numerusform>
      </translation>
    </message>
    <message>
      <source>Facing something you fear, one small step at a time, builds trust in yourself. Write it down here: how anxious you were before and after, and whether what you feared happened.</source>
      <translation>Iets aandurven waar je bang voor bent, stap voor stap, bouwt vertrouwen in jezelf op. Schrijf het hier op: hoe gespannen je was, ervoor en erna, en of uitkwam wat je vreesde.</translation>
    </message>
    <message numerus="yes">
      <source>%n week(s) in a row with a fear faced.</source>
      <translation>
        <numerusform>Deze week iets spannends aangedurfd.</numerusform>
        <numerusform>Al %n weken op rij iets spannends aangedurfd.</numerusform>
      </translation>
    </message>
    <message>
      <source>Change a fear faced</source>
      <translation>Notitie wijzigen</translation>
    </message>
    <message>
      <source>Change “%1”</source>
      <translation>“%1” wijzigen</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Opgeslagen.</translation>
    </message>
    <message numerus="yes">
      <source>Delete %n fear(s) faced</source>
      <translation>
        <numerusform>%n notitie verwijderen</numerusform>
        <numerusform>%n notities verwijderen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n entry(s). Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>%n notitie verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
        <numerusform>%n notities verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FearModel</name>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>What you faced</source>
      <translation>Wat je aandurfde</translation>
    </message>
    <message>
      <source>Anxiety before → after</source>
      <translation>Spanning ervoor → erna</translation>
    </message>
    <message>
      <source>Happened?</source>
      <translation>Uitgekomen?</translation>
    </message>
    <message>
      <source>Ladder step</source>
      <translation>Ladderstap</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Did what you feared happen?</source>
      <translation>Kwam uit wat je vreesde?</translation>
    </message>
    <message>
      <source>Learned: %1</source>
      <translation>Geleerd: %1</translation>
    </message>
    <message>
      <source>Your anxiety went from %1 just before to %2 afterwards.</source>
      <translation>Je spanning ging van %1 vlak ervoor naar %2 achteraf.</translation>
    </message>
    <message>
      <source>Said no to %1: %2</source>
      <translation>Nee gezegd tegen %1: %2</translation>
    </message>
    <message>
      <source>Said no: %1</source>
      <translation>Nee gezegd: %1</translation>
    </message>
  </context>
  <context>
    <name>FearsController</name>
    <message>
      <source>A step now counts as mastered when what you feared did not happen and your anxiety, at its highest, stayed low: anxiety that only fell afterwards, with relief, says less about the step itself.</source>
      <translation>Een stap telt nu als onder de knie als wat je vreesde niet gebeurde en je spanning ook op het hoogste punt laag bleef: spanning die pas achteraf zakte, van opluchting, zegt minder over de stap zelf.</translation>
    </message>
    <message>
      <source>So these steps are open again, to practise a little more: %1.</source>
      <translation>Deze stappen staan daarom weer open, om nog wat te oefenen: %1.</translation>
    </message>
    <message>
      <source>These steps now count as mastered: %1.</source>
      <translation>Deze stappen tellen nu als onder de knie: %1.</translation>
    </message>
    <message>
      <source>How a ladder step counts as mastered has changed: see Ladders.</source>
      <translation>Wanneer een stap als onder de knie telt, is veranderd: kijk bij Ladders.</translation>
    </message>
    <message>
      <source>Write down “%1”</source>
      <translation>“%1” opschrijven</translation>
    </message>
    <message>
      <source>Written down.</source>
      <translation>Opgeschreven.</translation>
    </message>
    <message>
      <source>Written down. Facing a fear builds trust in yourself.</source>
      <translation>Opgeschreven. Iets spannends aandurven bouwt vertrouwen in jezelf op.</translation>
    </message>
    <message>
      <source>How did it go?</source>
      <translation>Hoe ging het?</translation>
    </message>
  </context>
  <context>
    <name>FearsView</name>
    <message>
      <source>Write down a fear you faced</source>
      <translation>Schrijf op wat je aandurfde</translation>
    </message>
    <message>
      <source>&amp;Write it down</source>
      <translation>&amp;Opschrijven</translation>
    </message>
    <message>
      <source>Save this fear faced (Enter)</source>
      <translation>Deze notitie opslaan (Enter)</translation>
    </message>
    <message>
      <source>Fears you faced</source>
      <translation>Wat je aandurfde</translation>
    </message>
    <message>
      <source>What your fears faced show</source>
      <translation>Wat je notities laten zien</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Tot</translation>
    </message>
    <message>
      <source>Ladder</source>
      <translation>Ladder</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Label</translation>
    </message>
    <message>
      <source>Fears faced</source>
      <translation>Wat je aandurfde</translation>
    </message>
    <message>
      <source>&amp;Change…</source>
      <translation>W&amp;ijzigen…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Delete the selected entries (Delete); Ctrl+Z undoes it</source>
      <translation>De gekozen notities verwijderen (Delete); Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
      <source>from</source>
      <translation>van</translation>
    </message>
    <message>
      <source>to</source>
      <translation>tot</translation>
    </message>
    <message>
      <source>Fear ladders</source>
      <translation>Angstladders</translation>
    </message>
    <message>
      <source>New &amp;ladder…</source>
      <translation>Nieuwe &amp;ladder…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Naam wijzigen…</translation>
    </message>
    <message>
      <source>Delete ladder</source>
      <translation>Ladder verwijderen</translation>
    </message>
    <message>
      <source>Steps of the ladder</source>
      <translation>Stappen van de ladder</translation>
    </message>
    <message>
      <source>&amp;Add a step…</source>
      <translation>Stap &amp;toevoegen…</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Wijzigen…</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <source>Move the step one place easier</source>
      <translation>Stap een plek naar voren (makkelijker)</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <source>Move the step one place harder</source>
      <translation>Stap een plek naar achteren (moeilijker)</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>Stap verwijderen</translation>
    </message>
    <message>
      <source>&amp;Plan this step…</source>
      <translation>Deze stap &amp;plannen…</translation>
    </message>
    <message>
      <source>Make this step an agreement with yourself on a day</source>
      <translation>Maak van deze stap een afspraak met jezelf op een dag</translation>
    </message>
    <message>
      <source>Write down how &amp;it went…</source>
      <translation>Opschrijven hoe het gi&amp;ng…</translation>
    </message>
    <message>
      <source>Times you faced this ladder's steps</source>
      <translation>Hoe vaak je de stappen van deze ladder deed</translation>
    </message>
    <message>
      <source>Each time you faced a step: anxiety before and after</source>
      <translation>Elke keer dat je een stap deed: spanning ervoor en erna</translation>
    </message>
    <message>
      <source>Ladders</source>
      <translation>Ladders</translation>
    </message>
  </context>
  <context>
    <name>FitDialog</name>
    <message>
      <source>Make it fit</source>
      <translation>Laat het passen</translation>
    </message>
    <message>
      <source>Nothing moves until you say so. Tick what must be today, whatever happens (Space): the proposal follows. Everything you move can be undone with Ctrl+Z.</source>
      <translation>Er verschuift niets tot jij het zegt. Vink aan wat hoe dan ook vandaag moet (spatie): het voorstel past zich aan. Alles wat je verschuift kun je ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>The proposal</source>
      <translation>Het voorstel</translation>
    </message>
    <message>
      <source>Make it so</source>
      <translation>Zo doen</translation>
    </message>
    <message>
      <source>Today: about %1 of the %2 you have</source>
      <translation>Vandaag: ongeveer %1 van de %2 die je hebt</translation>
    </message>
    <message>
      <source>Some day, no date yet: none of the coming days has room</source>
      <translation>Ooit, nog zonder datum: geen van de komende dagen heeft ruimte</translation>
    </message>
    <message>
      <source>no estimate</source>
      <translation>geen schatting</translation>
    </message>
    <message>
      <source>Ticked: today, whatever happens</source>
      <translation>Aangevinkt: hoe dan ook vandaag</translation>
    </message>
    <message numerus="yes">
      <source>Keeps %n thing(s) for today, about %1</source>
      <translation>
        <numerusform>Houdt %n ding voor vandaag, ongeveer %1</numerusform>
        <numerusform>Houdt %n dingen voor vandaag, ongeveer %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Keeps nothing for today: there is no room left in it</source>
      <translation>Bewaart niets voor vandaag: er is geen ruimte meer in</translation>
    </message>
    <message numerus="yes">
      <source>(%n big one(s) by a first step, the rest after it)</source>
      <translation>
        <numerusform>(%n grote klus begint met een eerste stap, de rest komt daarna)</numerusform>
        <numerusform>(%n grote klussen beginnen met een eerste stap, de rest komt daarna)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>keeps %n for some day</source>
      <translation>
        <numerusform>bewaart %n voor ooit</numerusform>
        <numerusform>bewaart er %n voor ooit</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 tot en met %2</translation>
    </message>
    <message numerus="yes">
      <source>spreads %n over %1</source>
      <translation>
        <numerusform>verdeelt er %n over %1</numerusform>
        <numerusform>verdeelt er %n over %1</numerusform>
      </translation>
    </message>
    <message>
      <source>What you ticked for today is more than today has: you can still choose it.</source>
      <translation>Wat je voor vandaag aanvinkte is meer dan vandaag heeft: je mag er nog steeds voor kiezen.</translation>
    </message>
  </context>
  <context>
    <name>LadderDialog</name>
    <message>
      <source>Fear ladder</source>
      <translation>Angstladder</translation>
    </message>
    <message>
      <source>A ladder breaks a big fear into steps, from easy to hard. What is it about? For example: speaking up at work.</source>
      <translation>Een ladder deelt een grote angst op in stappen, van makkelijk naar moeilijk. Waar gaat hij over? Bijvoorbeeld: je uitspreken op het werk.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <source>Theme:</source>
      <translation>Onderwerp:</translation>
    </message>
    <message>
      <source>Write what this ladder is about.</source>
      <translation>Schrijf waar deze ladder over gaat.</translation>
    </message>
  </context>
  <context>
    <name>LadderListModel</name>
    <message>
      <source>%1 (%2 of %3 steps)</source>
      <translation>%1 (%2 van %3 stappen)</translation>
    </message>
  </context>
  <context>
    <name>LadderSteps</name>
    <message>
      <source>No ladder yet. A ladder breaks a big fear into small steps, from easy to hard: make one with “New ladder…”.</source>
      <translation>Nog geen ladder. Een ladder deelt een grote angst op in kleine stappen, van makkelijk naar moeilijk: maak er een met “Nieuwe ladder…”.</translation>
    </message>
    <message>
      <source>This ladder has no steps yet. Add the easiest one first.</source>
      <translation>Deze ladder heeft nog geen stappen. Voeg eerst de makkelijkste toe.</translation>
    </message>
    <message>
      <source>Every step of this ladder is mastered. Well done.</source>
      <translation>Elke stap van deze ladder heb je onder de knie. Goed gedaan.</translation>
    </message>
    <message>
      <source>%1 of %2 steps mastered. Next: %3</source>
      <translation>%1 van %2 stappen onder de knie. Volgende: %3</translation>
    </message>
    <message numerus="yes">
      <source>A step counts as mastered after %n time(s) in which what you feared did not happen and your anxiety, at its highest, stayed at or under %1.</source>
      <translation>
        <numerusform>Een stap telt als onder de knie na %n keer waarin wat je vreesde niet gebeurde en je spanning op het hoogste punt op of onder %1 bleef.</numerusform>
        <numerusform>Een stap telt als onder de knie na %n keer waarin wat je vreesde niet gebeurde en je spanning op het hoogste punt op of onder %1 bleef.</numerusform>
      </translation>
    </message>
    <message>
      <source>New ladder “%1”</source>
      <translation>Nieuwe ladder “%1”</translation>
    </message>
    <message>
      <source>Rename the ladder</source>
      <translation>De ladder een andere naam geven</translation>
    </message>
    <message>
      <source>Delete ladder</source>
      <translation>Ladder verwijderen</translation>
    </message>
    <message>
      <source>Delete the ladder “%1” and its steps? The fears you wrote down stay in your history. You can undo this with Ctrl+Z.</source>
      <translation>De ladder “%1” en zijn stappen verwijderen? De angsten die je opschreef blijven in je geschiedenis. Je kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Delete the ladder “%1”</source>
      <translation>De ladder “%1” verwijderen</translation>
    </message>
    <message>
      <source>Ladder deleted. Undo with Ctrl+Z.</source>
      <translation>Ladder verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Add the step “%1”</source>
      <translation>De stap “%1” toevoegen</translation>
    </message>
    <message>
      <source>Change the step “%1”</source>
      <translation>De stap “%1” wijzigen</translation>
    </message>
    <message>
      <source>Move the step “%1”</source>
      <translation>De stap “%1” verplaatsen</translation>
    </message>
    <message>
      <source>Delete the step “%1”</source>
      <translation>De stap “%1” verwijderen</translation>
    </message>
    <message>
      <source>Step deleted. Undo with Ctrl+Z.</source>
      <translation>Stap verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Plan “%1”</source>
      <translation>“%1” plannen</translation>
    </message>
    <message>
      <source>Planned for %1. Say how it went in Review.</source>
      <translation>Gepland voor %1. Vertel bij Terugkijken hoe het ging.</translation>
    </message>
    <message>
      <source>How did it go?</source>
      <translation>Hoe ging het?</translation>
    </message>
  </context>
  <context>
    <name>LearnedDialog</name>
    <message>
      <source>What your days say</source>
      <translation>Wat je dagen laten zien</translation>
    </message>
    <message>
      <source>What was learned cannot be read just now. Your data is checked in the background, and you will be told if anything needs doing.</source>
      <translation>Wat er geleerd is, kan nu even niet gelezen worden. Je gegevens worden op de achtergrond nagekeken; als er iets moet gebeuren, hoor je het.</translation>
    </message>
  </context>
  <context>
    <name>LetGoDialog</name>
    <message>
      <source>Let go</source>
      <translation>Loslaten</translation>
    </message>
    <message>
      <source>Letting go is a choice too. It comes off your plan and stays in your history.</source>
      <translation>Loslaten is ook een keuze. Het gaat van je plan af en blijft in je geschiedenis.</translation>
    </message>
    <message>
      <source>Why let it go? (optional, just for you)</source>
      <translation>Waarom loslaten? (hoeft niet, alleen voor jou)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Areas</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plannen</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Terugkijken</translation>
    </message>
    <message>
      <source>Fears</source>
      <translation>Angsten</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Example history — %1</source>
      <translation>Voorbeeldgeschiedenis — %1</translation>
    </message>
    <message>
      <source>This is an example history, made up to look around in. Nothing here is yours, and nothing you do here touches your own days.</source>
      <translation>Dit is een verzonnen voorbeeldgeschiedenis om rond te kijken. Niets hiervan is van jou, en niets wat je hier doet, raakt je eigen dagen.</translation>
    </message>
    <message>
      <source>Leave the e&amp;xample</source>
      <translation>Het voorbeeld &amp;sluiten</translation>
    </message>
    <message>
      <source>What is one small thing you want to do today? Type it below, and Enter.</source>
      <translation>Wat is één klein ding dat je vandaag wilt doen? Typ het hieronder en druk op Enter.</translation>
    </message>
    <message>
      <source>Your history is here. Plan today whenever you are ready.</source>
      <translation>Je geschiedenis staat erin. Plan vandaag wanneer je eraan toe bent.</translation>
    </message>
    <message>
      <source>Example history</source>
      <translation>Voorbeeldgeschiedenis</translation>
    </message>
    <message>
      <source>The example could not be opened just now. Your own data is as it was; you can start with one small agreement instead.</source>
      <translation>Het voorbeeld kon nu even niet worden geopend. Je eigen gegevens zijn zoals ze waren; je kunt ook meteen beginnen met één kleine afspraak.</translation>
    </message>
    <message>
      <source>The example opens in a window of its own. Close it when you have seen enough.</source>
      <translation>Het voorbeeld opent in een eigen venster. Sluit het als je genoeg hebt gezien.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Print a report…</source>
      <translation>Verslag &amp;afdrukken…</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
      <source>&amp;Export everything…</source>
      <translation>Alles &amp;exporteren…</translation>
    </message>
    <message>
      <source>Export as &amp;CSV files…</source>
      <translation>Exporteren als &amp;CSV-bestanden…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importeren…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Opnieu&amp;w</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Ga naar</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Welcome</source>
      <translation>&amp;Welkom</translation>
    </message>
    <message>
      <source>&amp;About Trust Planner</source>
      <translation>&amp;Over Trust Planner</translation>
    </message>
    <message>
      <source>About Trust Planner</source>
      <translation>Over Trust Planner</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Trust Planner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Trust in yourself grows when you do what you say and say what you do. Make small agreements with yourself, keep them, and say honestly when something will not fit.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in %2&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Trust Planner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vertrouwen in jezelf groeit als je doet wat je zegt en zegt wat je doet. Maak kleine afspraken met jezelf, kom ze na, en zeg eerlijk wanneer iets niet past.&lt;/p&gt;&lt;p&gt;Je gegevens blijven op deze computer, in %2&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <source>Not today</source>
      <translation>Niet vandaag</translation>
    </message>
    <message>
      <source>Saying “not today” is honest, and it keeps your agreements small enough to keep. Which day suits better?</source>
      <translation>“Niet vandaag” zeggen is eerlijk, en het houdt je afspraken klein genoeg om na te komen. Welke dag past beter?</translation>
    </message>
    <message>
      <source>Why? (optional, just for you)</source>
      <translation>Waarom? (hoeft niet, alleen voor jou)</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Verplaatsen</translation>
    </message>
    <message>
      <source>The new day</source>
      <translation>De nieuwe dag</translation>
    </message>
    <message>
      <source>Where they land</source>
      <translation>Waar ze terechtkomen</translation>
    </message>
    <message>
      <source>&amp;Spread them over the coming days, each only as full as it fits</source>
      <translation>&amp;Verdeel ze over de komende dagen, elke dag maar zo vol als past</translation>
    </message>
    <message>
      <source>Some &amp;day, no date yet</source>
      <translation>&amp;Ooit, nog zonder datum</translation>
    </message>
    <message>
      <source>They wait on a short list on Plan, and are offered back when a day has room.</source>
      <translation>Ze wachten op een korte lijst bij Plannen, en komen weer in beeld als een dag ruimte heeft.</translation>
    </message>
    <message>
      <source>Next Monday</source>
      <translation>Volgende maandag</translation>
    </message>
    <message>
      <source>Keep for some day</source>
      <translation>Bewaren voor ooit</translation>
    </message>
    <message>
      <source>They wait on your some-day list, with no date, until you bring them to a day. Nothing reminds you of them.</source>
      <translation>Ze wachten op je ooit-lijst, zonder datum, tot jij ze naar een dag haalt. Je krijgt er geen herinneringen over.</translation>
    </message>
    <message>
      <source>From %1 on, each day takes what fits in its time; what fits nowhere in the coming days stays where it is.</source>
      <translation>Vanaf %1 krijgt elke dag wat in zijn tijd past; wat op geen van de komende dagen past, blijft staan waar het staat.</translation>
    </message>
    <message>
      <source>Moves to: %1</source>
      <translation>Gaat naar: %1</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message numerus="yes">
      <source>and %n more</source>
      <translation>
        <numerusform>en nog %n</numerusform>
        <numerusform>en nog %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NudgeWindow</name>
    <message>
      <source>Remind me again:</source>
      <translation>Herinner me later:</translation>
    </message>
    <message>
      <source>In &amp;15 minutes</source>
      <translation>Over &amp;15 minuten</translation>
    </message>
    <message>
      <source>In an &amp;hour</source>
      <translation>Over een &amp;uur</translation>
    </message>
    <message>
      <source>&amp;Tomorrow</source>
      <translation>&amp;Morgen</translation>
    </message>
  </context>
  <context>
    <name>PasteDialog</name>
    <message>
      <source>Paste a list</source>
      <translation>Een lijst plakken</translation>
    </message>
    <message>
      <source>Paste or type your list, one thing per line. Bullets and numbers are taken off. An estimate at the end of a line, like “(30 min)”, is kept.</source>
      <translation>Plak of typ je lijst, één ding per regel. Opsommingstekens en nummers gaan eraf. Een schatting aan het eind van een regel, zoals “(30 min)”, blijft staan.</translation>
    </message>
    <message>
      <source>Your list</source>
      <translation>Je lijst</translation>
    </message>
    <message>
      <source>- Call the dentist
- Clean the kitchen (45 min)
- …</source>
      <translation>- De tandarts bellen
- De keuken schoonmaken (45 min)
- …</translation>
    </message>
    <message>
      <source>Items that will be added</source>
      <translation>Punten die worden toegevoegd</translation>
    </message>
    <message>
      <source>Add to the plan</source>
      <translation>Aan het plan toevoegen</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>Regel %1: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) found.</source>
      <translation>
        <numerusform>%n punt gevonden.</numerusform>
        <numerusform>%n punten gevonden.</numerusform>
      </translation>
    </message>
    <message>
      <source>No items yet.</source>
      <translation>Nog geen punten.</translation>
    </message>
  </context>
  <context>
    <name>PlanController</name>
    <message numerus="yes">
      <source>%n thing(s) bigger than one step (more than %1). You can split, or keep whole: both are fine.</source>
      <translation>
        <numerusform>%n ding is groter dan één stap (meer dan %1). Je kunt het opdelen, of heel laten: allebei goed.</numerusform>
        <numerusform>%n dingen zijn groter dan één stap (meer dan %1). Je kunt ze opdelen, of heel laten: allebei goed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>From earlier days, not yet agreed: %n item(s). Bring them here to choose again, or leave them.</source>
      <translation>
        <numerusform>Van eerdere dagen, nog niet afgesproken: %n punt. Haal het hierheen om opnieuw te kiezen, of laat het staan.</numerusform>
        <numerusform>Van eerdere dagen, nog niet afgesproken: %n punten. Haal ze hierheen om opnieuw te kiezen, of laat ze staan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for some day, with no date yet: %n thing(s).</source>
      <translation>
        <numerusform>Wacht op ooit, nog zonder datum: %n punt.</numerusform>
        <numerusform>Wacht op ooit, nog zonder datum: %n punten.</numerusform>
      </translation>
    </message>
    <message>
      <source>Add “%1”</source>
      <translation>“%1” toevoegen</translation>
    </message>
    <message numerus="yes">
      <source>Add %n item(s)</source>
      <translation>
        <numerusform>%n punt toevoegen</numerusform>
        <numerusform>%n punten toevoegen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n item(s) to the plan.</source>
      <translation>
        <numerusform>%n punt aan het plan toegevoegd.</numerusform>
        <numerusform>%n punten aan het plan toegevoegd.</numerusform>
      </translation>
    </message>
    <message>
      <source>Split “%1”</source>
      <translation>“%1” opdelen</translation>
    </message>
    <message numerus="yes">
      <source>Split into %n step(s).</source>
      <translation>
        <numerusform>Opgedeeld in %n stap.</numerusform>
        <numerusform>Opgedeeld in %n stappen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>On your some-day list now: %n item(s). Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>Nu op je ooit-lijst: %n punt. Ongedaan maken met Ctrl+Z.</numerusform>
        <numerusform>Nu op je ooit-lijst: %n punten. Ongedaan maken met Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n item(s)</source>
      <translation>
        <numerusform>%n punt verplaatsen</numerusform>
        <numerusform>%n punten verplaatsen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Moved %n item(s) to %1. Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>%n punt verplaatst naar %1. Ongedaan maken met Ctrl+Z.</numerusform>
        <numerusform>%n punten verplaatst naar %1. Ongedaan maken met Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message>
      <source>Make the plan fit</source>
      <translation>Het plan laten passen</translation>
    </message>
    <message>
      <source>Undo with Ctrl+Z.</source>
      <translation>Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
      <source>Waiting for some day: %n thing(s). There is room on this day to bring something back.</source>
      <translation>
        <numerusform>Wacht op ooit: %n punt. Op deze dag is ruimte om het terug te halen.</numerusform>
        <numerusform>Wacht op ooit: %n punten. Op deze dag is ruimte om iets terug te halen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Say who “%1” is for or with</source>
      <translation>Zeggen voor of met wie “%1” is</translation>
    </message>
    <message numerus="yes">
      <source>Keep %n item(s) for some day</source>
      <translation>
        <numerusform>%n punt bewaren voor ooit</numerusform>
        <numerusform>%n punten bewaren voor ooit</numerusform>
      </translation>
    </message>
    <message>
      <source>None of the coming days has room for these: they stay where they are.</source>
      <translation>Geen van de komende dagen heeft hier ruimte voor: ze blijven staan waar ze staan.</translation>
    </message>
    <message numerus="yes">
      <source>Spread %n item(s) over %1.</source>
      <translation>
        <numerusform>%n punt verdeeld over %1.</numerusform>
        <numerusform>%n punten verdeeld over %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No coming day has room for %n of them: they stay where they are.</source>
      <translation>
        <numerusform>Geen komende dag heeft ruimte voor %n ervan: dat blijft staan waar het staat.</numerusform>
        <numerusform>Geen komende dag heeft ruimte voor %n ervan: die blijven staan waar ze staan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Spread %n item(s)</source>
      <translation>
        <numerusform>%n punt verdelen</numerusform>
        <numerusform>%n punten verdelen</numerusform>
      </translation>
    </message>
    <message>
      <source>Change the order</source>
      <translation>Volgorde veranderen</translation>
    </message>
    <message numerus="yes">
      <source>Let go of %n item(s)</source>
      <translation>
        <numerusform>%n punt loslaten</numerusform>
        <numerusform>%n punten loslaten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Let go of %n item(s). Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>%n punt losgelaten. Ongedaan maken met Ctrl+Z.</numerusform>
        <numerusform>%n punten losgelaten. Ongedaan maken met Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n item(s)</source>
      <translation>
        <numerusform>%n punt verwijderen</numerusform>
        <numerusform>%n punten verwijderen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n item(s). Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>%n punt verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
        <numerusform>%n punten verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You made %n agreement(s) with yourself for today.</source>
      <translation>
        <numerusform>Je hebt voor vandaag %n afspraak met jezelf gemaakt.</numerusform>
        <numerusform>Je hebt voor vandaag %n afspraken met jezelf gemaakt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You made %n agreement(s) with yourself for %1.</source>
      <translation>
        <numerusform>Je hebt voor %1 %n afspraak met jezelf gemaakt.</numerusform>
        <numerusform>Je hebt voor %1 %n afspraken met jezelf gemaakt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Make agreements</source>
      <translation>Afspraken maken</translation>
    </message>
    <message>
      <source>This day is over. Move these items to today or a later day first.</source>
      <translation>Deze dag is voorbij. Verplaats deze punten eerst naar vandaag of een latere dag.</translation>
    </message>
    <message>
      <source>Give every item an estimate first, so that you can see the day fits. Double-click an estimate to change it.</source>
      <translation>Geef eerst elk punt een schatting, zodat je ziet of de dag past. Dubbelklik op een schatting om hem te veranderen.</translation>
    </message>
    <message>
      <source>There is nothing new to agree on for this day.</source>
      <translation>Er is voor deze dag niets nieuws om af te spreken.</translation>
    </message>
    <message>
      <source>Change the time for this day</source>
      <translation>De tijd voor deze dag veranderen</translation>
    </message>
    <message>
      <source>Use the usual time for this day</source>
      <translation>De gebruikelijke tijd voor deze dag gebruiken</translation>
    </message>
    <message numerus="yes">
      <source>Bring %n item(s) to this day</source>
      <translation>
        <numerusform>%n punt naar deze dag halen</numerusform>
        <numerusform>%n punten naar deze dag halen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Brought %n item(s) to %1. Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>%n punt naar %1 gehaald. Ongedaan maken met Ctrl+Z.</numerusform>
        <numerusform>%n punten naar %1 gehaald. Ongedaan maken met Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bring %n item(s) to today</source>
      <translation>
        <numerusform>%n punt naar vandaag halen</numerusform>
        <numerusform>%n punten naar vandaag halen</numerusform>
      </translation>
    </message>
    <message>
      <source>Rename “%1”</source>
      <translation>“%1” een andere naam geven</translation>
    </message>
    <message>
      <source>Change the estimate of “%1”</source>
      <translation>De schatting van “%1” veranderen</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>Estimate</source>
      <translation>Schatting</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>With</source>
      <translation>Met wie</translation>
    </message>
    <message>
      <source>Who this is for or with, and when: optional. Double-click to say.</source>
      <translation>Voor of met wie dit is, en wanneer: niet verplicht. Dubbelklik om het in te vullen.</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation>Afgesproken</translation>
    </message>
    <message>
      <source>Needs an estimate</source>
      <translation>Heeft een schatting nodig</translation>
    </message>
    <message>
      <source>Bigger than one step: split it into small steps that are easy to keep, or keep it whole if it suits you.</source>
      <translation>Groter dan één stap: deel het op in kleine stappen die makkelijk na te komen zijn, of laat het heel als dat je beter past.</translation>
    </message>
    <message>
      <source>An agreement with yourself. Say how it went in Review.</source>
      <translation>Een afspraak met jezelf. Vertel bij Terugkijken hoe het ging.</translation>
    </message>
    <message>
      <source>Double-click the estimate to say how long it will take.</source>
      <translation>Dubbelklik op de schatting om te zeggen hoe lang het duurt.</translation>
    </message>
  </context>
  <context>
    <name>PlanStepDialog</name>
    <message>
      <source>Plan this step</source>
      <translation>Deze stap plannen</translation>
    </message>
    <message>
      <source>“%1” becomes an agreement with yourself on the day you choose. When you have done it, you can write down how it went.</source>
      <translation>“%1” wordt een afspraak met jezelf op de dag die je kiest. Als je het gedaan hebt, kun je opschrijven hoe het ging.</translation>
    </message>
    <message>
      <source>Make it an agreement</source>
      <translation>Er een afspraak van maken</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Day:</source>
      <translation>Dag:</translation>
    </message>
    <message>
      <source>Time it takes:</source>
      <translation>Tijd die het kost:</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>Time you have on this day</source>
      <translation>Tijd die je op deze dag hebt</translation>
    </message>
    <message>
      <source>The focused time you have on this day. Change it for this day only.</source>
      <translation>De tijd voor je plannen die je op deze dag hebt. Verander hem alleen voor deze dag.</translation>
    </message>
    <message>
      <source>Time you have:</source>
      <translation>Tijd die je hebt:</translation>
    </message>
    <message>
      <source>Back to usual</source>
      <translation>Gebruikelijke tijd</translation>
    </message>
    <message>
      <source>Use the usual time for this weekday again (set in Settings)</source>
      <translation>Weer de gebruikelijke tijd voor deze weekdag gebruiken (in te stellen in Instellingen)</translation>
    </message>
    <message>
      <source>How realistic this plan is</source>
      <translation>Hoe haalbaar dit plan is</translation>
    </message>
    <message>
      <source>What your own days say</source>
      <translation>Wat je eigen dagen laten zien</translation>
    </message>
    <message>
      <source>How is this computed?</source>
      <translation>Hoe wordt dit berekend?</translation>
    </message>
    <message>
      <source>What Trust Planner learned from your days, and from how much</source>
      <translation>Wat Trust Planner van je dagen heeft geleerd, en waaruit</translation>
    </message>
    <message>
      <source>Make it fi&amp;t…</source>
      <translation>Laat het pa&amp;ssen…</translation>
    </message>
    <message>
      <source>A proposal: keep what fits today, spread the rest over the coming days. Nothing moves until you say so.</source>
      <translation>Een voorstel: houd vandaag wat past, verdeel de rest over de komende dagen. Er verschuift niets tot jij het zegt.</translation>
    </message>
    <message>
      <source>Bring them to this day</source>
      <translation>Haal ze naar deze dag</translation>
    </message>
    <message>
      <source>Some da&amp;y…</source>
      <translation>Oo&amp;it…</translation>
    </message>
    <message>
      <source>What waits with no date yet: bring some of it to this day</source>
      <translation>Wat nog zonder datum wacht: haal er iets van naar deze dag</translation>
    </message>
    <message>
      <source>The plan for this day</source>
      <translation>Het plan voor deze dag</translation>
    </message>
    <message>
      <source>Nothing planned for this day yet.

Paste your to-do list (Ctrl+Shift+V), or add one thing below. Then keep what fits, split what is too big, and move the rest.</source>
      <translation>Nog niets gepland voor deze dag.

Plak je takenlijst (Ctrl+Shift+V), of voeg hieronder één ding toe. Houd dan wat past, deel op wat te groot is, en verplaats de rest.</translation>
    </message>
    <message>
      <source>Add one thing you want to do…</source>
      <translation>Voeg één ding toe dat je wilt doen…</translation>
    </message>
    <message>
      <source>New item</source>
      <translation>Nieuw punt</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Toevoegen</translation>
    </message>
    <message>
      <source>Add this item to the plan (Enter)</source>
      <translation>Dit punt aan het plan toevoegen (Enter)</translation>
    </message>
    <message>
      <source>&amp;Paste a list…</source>
      <translation>Lijst &amp;plakken…</translation>
    </message>
    <message>
      <source>Add many items at once, one per line (Ctrl+Shift+V)</source>
      <translation>Veel punten tegelijk toevoegen, één per regel (Ctrl+Shift+V)</translation>
    </message>
    <message>
      <source>&amp;Split…</source>
      <translation>&amp;Opdelen…</translation>
    </message>
    <message>
      <source>Cut the selected item into small steps</source>
      <translation>Het gekozen punt in kleine stappen opdelen</translation>
    </message>
    <message>
      <source>&amp;With…</source>
      <translation>Met wi&amp;e…</translation>
    </message>
    <message>
      <source>Say who the selected item is for or with, and when: a promise to someone</source>
      <translation>Zeg voor of met wie het gekozen punt is, en wanneer: een belofte aan iemand</translation>
    </message>
    <message>
      <source>&amp;Not today…</source>
      <translation>&amp;Niet vandaag…</translation>
    </message>
    <message>
      <source>Move the selected items to a later day</source>
      <translation>De gekozen punten naar een latere dag verplaatsen</translation>
    </message>
    <message>
      <source>&amp;Let go…</source>
      <translation>&amp;Loslaten…</translation>
    </message>
    <message>
      <source>Take the selected items off the plan, on purpose</source>
      <translation>De gekozen punten bewust van het plan halen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Remove items added by mistake (Delete)</source>
      <translation>Per ongeluk toegevoegde punten weghalen (Delete)</translation>
    </message>
    <message>
      <source>&amp;Make these my agreements</source>
      <translation>&amp;Maak er mijn afspraken van</translation>
    </message>
    <message>
      <source>Turn the items on this plan into agreements with yourself (Ctrl+Enter)</source>
      <translation>Maak van de punten op dit plan afspraken met jezelf (Ctrl+Enter)</translation>
    </message>
  </context>
  <context>
    <name>ProgressController</name>
    <message>
      <source>Your history could not be read just now. Open Progress again to try again.</source>
      <translation>Je geschiedenis kon zojuist niet worden gelezen. Open Voortgang nog eens om het opnieuw te proberen.</translation>
    </message>
    <message>
      <source>Your self-trust index: %1</source>
      <translation>Je zelfvertrouwensindex: %1</translation>
    </message>
    <message>
      <source>It starts at 50. Once your first agreements have ended, it follows what you do.</source>
      <translation>Hij begint bij 50. Zodra je eerste afspraken zijn afgerond, volgt hij wat je doet.</translation>
    </message>
    <message>
      <source>%1 over the last 7 days, %2 over the last 30 days.</source>
      <translation>%1 in de laatste 7 dagen, %2 in de laatste 30 dagen.</translation>
    </message>
    <message numerus="yes">
      <source>Your last %n day(s) with agreements: %1 kept, %2 renegotiated in time, %3 afterwards, %4 didn't happen.</source>
      <translation>
        <numerusform>Je laatste dag met afspraken: %1 nagekomen, %2 op tijd bijgesteld, %3 achteraf, %4 niet gedaan.</numerusform>
        <numerusform>Je laatste %n dagen met afspraken: %1 nagekomen, %2 op tijd bijgesteld, %3 achteraf, %4 niet gedaan.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save chart</source>
      <translation>Grafiek opslaan</translation>
    </message>
    <message>
      <source>PNG picture (*.png);;SVG picture (*.svg)</source>
      <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
      <source>The chart was not saved</source>
      <translation>De grafiek is niet opgeslagen</translation>
    </message>
    <message>
      <source>It could not be written to %1: %2</source>
      <translation>Hij kon niet worden geschreven naar %1: %2</translation>
    </message>
    <message>
      <source>Chart saved to %1</source>
      <translation>Grafiek opgeslagen in %1</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <source>Preparing your charts…</source>
      <translation>Je grafieken worden klaargezet…</translation>
    </message>
  </context>
  <context>
    <name>ProgressView</name>
    <message>
      <source>Your self-trust index</source>
      <translation>Je zelfvertrouwensindex</translation>
    </message>
    <message>
      <source>How is this &amp;computed?</source>
      <translation>Hoe wordt dit bere&amp;kend?</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>&amp;Toon:</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Tot</translation>
    </message>
    <message>
      <source>from</source>
      <translation>van</translation>
    </message>
    <message>
      <source>to</source>
      <translation>tot</translation>
    </message>
    <message>
      <source>Sa&amp;ve chart…</source>
      <translation>Grafiek &amp;opslaan…</translation>
    </message>
    <message>
      <source>Save this chart as a PNG or SVG picture</source>
      <translation>Deze grafiek opslaan als PNG- of SVG-afbeelding</translation>
    </message>
    <message>
      <source>Print a &amp;report…</source>
      <translation>Verslag &amp;afdrukken…</translation>
    </message>
    <message>
      <source>Print your progress over some days, or save it as a PDF</source>
      <translation>Druk je voortgang over een aantal dagen af, of sla hem op als PDF</translation>
    </message>
    <message>
      <source>Self-trust over time</source>
      <translation>Zelfvertrouwen in de loop van de tijd</translation>
    </message>
    <message>
      <source>How agreements ended</source>
      <translation>Hoe afspraken afliepen</translation>
    </message>
    <message>
      <source>How realistic your plans were</source>
      <translation>Hoe haalbaar je plannen waren</translation>
    </message>
    <message>
      <source>Fears faced</source>
      <translation>Wat je aandurfde</translation>
    </message>
    <message>
      <source>The year at a glance</source>
      <translation>Het jaar in één oogopslag</translation>
    </message>
    <message>
      <source>Which days keep best</source>
      <translation>Op welke dagen je het meest nakomt</translation>
    </message>
    <message>
      <source>Planned and what it took</source>
      <translation>Gepland en hoe lang het duurde</translation>
    </message>
    <message>
      <source>Promises to others</source>
      <translation>Beloftes aan anderen</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Grafieken</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>Grafiek</translation>
    </message>
    <message>
      <source>Value under the mouse</source>
      <translation>Waarde onder de muis</translation>
    </message>
    <message>
      <source>What the chart shows</source>
      <translation>Wat de grafiek laat zien</translation>
    </message>
    <message>
      <source>As a &amp;table…</source>
      <translation>Als tab&amp;el…</translation>
    </message>
    <message>
      <source>The chart's values as a table, to read or go through</source>
      <translation>De waarden van de grafiek als tabel, om te lezen of door te lopen</translation>
    </message>
  </context>
  <context>
    <name>PromiseDialog</name>
    <message>
      <source>For or with someone</source>
      <translation>Voor of met iemand</translation>
    </message>
    <message>
      <source>Is “%1” a promise to someone? Say who it is for or with, and at what time if there is one. Both are optional, and names stay on this computer.</source>
      <translation>Is “%1” een belofte aan iemand? Zeg voor of met wie het is, en hoe laat, als er een tijd is. Allebei mag je leeg laten, en namen blijven op deze computer.</translation>
    </message>
    <message>
      <source>A name, for example Sam</source>
      <translation>Een naam, bijvoorbeeld Sam</translation>
    </message>
    <message>
      <source>Who it is for or with</source>
      <translation>Voor of met wie het is</translation>
    </message>
    <message>
      <source>For example 19:00</source>
      <translation>Bijvoorbeeld 19:00</translation>
    </message>
    <message>
      <source>At what time</source>
      <translation>Hoe laat</translation>
    </message>
    <message>
      <source>&amp;Who:</source>
      <translation>&amp;Wie:</translation>
    </message>
    <message>
      <source>At what &amp;time:</source>
      <translation>Hoe &amp;laat:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
  </context>
  <context>
    <name>RealismMeter</name>
    <message>
      <source>Realism meter</source>
      <translation>Haalbaarheidsmeter</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>Your data file is empty. This can happen when the computer stopped while the file was being written.</source>
      <translation>Je gegevensbestand is leeg. Dat kan gebeuren als de computer stopte terwijl het bestand werd geschreven.</translation>
    </message>
    <message>
      <source>The data file is not one Trust Planner can read. Perhaps another program wrote over it.</source>
      <translation>Het gegevensbestand is er geen dat Trust Planner kan lezen. Misschien heeft een ander programma eroverheen geschreven.</translation>
    </message>
    <message>
      <source>Part of your data file is damaged, so Trust Planner cannot read it safely. This can happen after a disk problem or a sudden power cut.</source>
      <translation>Een deel van je gegevensbestand is beschadigd, dus Trust Planner kan het niet veilig lezen. Dat kan gebeuren na een probleem met de schijf of als de stroom plotseling uitviel.</translation>
    </message>
    <message>
      <source>Your data needs attention</source>
      <translation>Je gegevens hebben aandacht nodig</translation>
    </message>
    <message>
      <source>Nothing has been written to it. Whatever you choose, the file is kept beside the new one, so nothing in it is thrown away.</source>
      <translation>Er is niets naar geschreven. Wat je ook kiest, het bestand blijft naast het nieuwe bewaard, dus er gaat niets uit verloren.</translation>
    </message>
    <message>
      <source>Your newest good backup is from %1. Restoring it brings back everything up to that day.</source>
      <translation>Je nieuwste goede reservekopie is van %1. Als je die terugzet, komt alles tot en met die dag terug.</translation>
    </message>
    <message>
      <source>Restore the backup</source>
      <translation>De reservekopie terugzetten</translation>
    </message>
    <message>
      <source>There is no backup to restore. You can start again with an empty planner.</source>
      <translation>Er is geen reservekopie om terug te zetten. Je kunt opnieuw beginnen met een lege planner.</translation>
    </message>
    <message>
      <source>Start with an empty planner</source>
      <translation>Beginnen met een lege planner</translation>
    </message>
    <message>
      <source>Save what can still be read…</source>
      <translation>Opslaan wat nog leesbaar is…</translation>
    </message>
    <message>
      <source>Export what can still be read from the damaged file. After restoring the backup, importing that export adds what is newer than the backup.</source>
      <translation>Sla op wat nog leesbaar is in het beschadigde bestand. Importeer die export nadat je de reservekopie hebt teruggezet, dan komt wat nieuwer is dan de reservekopie er weer bij.</translation>
    </message>
    <message>
      <source>Close Trust Planner</source>
      <translation>Trust Planner sluiten</translation>
    </message>
    <message>
      <source>Save what can still be read</source>
      <translation>Opslaan wat nog leesbaar is</translation>
    </message>
    <message>
      <source>%1 could not be written: %2</source>
      <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
      <source>Saved what could still be read, %Ln record(s), in %1.</source>
      <translation>
        <numerusform>Wat nog leesbaar was, %Ln record, staat nu in %1.</numerusform>
        <numerusform>Wat nog leesbaar was, %Ln records, staat nu in %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>After restoring the backup, File → Import… with this file adds what is newer than the backup.</source>
      <translation>Als je de reservekopie hebt teruggezet, voegt Bestand → Importeren… met dit bestand toe wat nieuwer is dan de reservekopie.</translation>
    </message>
  </context>
  <context>
    <name>RefusedMessage</name>
    <message>
      <source>Your data file is a link to another place. Trust Planner does not follow links to your data, so nothing was read or changed.</source>
      <translation>Je gegevensbestand is een koppeling naar een andere plek. Trust Planner volgt geen koppelingen naar je gegevens, dus er is niets gelezen of veranderd.</translation>
    </message>
    <message>
      <source>Where your data file should be, there is a folder. Nothing in it was read or changed.</source>
      <translation>Waar je gegevensbestand hoort te staan, staat een map. Er is niets in gelezen of veranderd.</translation>
    </message>
    <message>
      <source>Your data was written by a newer version of Trust Planner. This version leaves it as it is, so nothing was changed.</source>
      <translation>Je gegevens zijn geschreven door een nieuwere versie van Trust Planner. Deze versie laat ze zoals ze zijn, dus er is niets veranderd.</translation>
    </message>
    <message>
      <source>Please use the newer version: your data is safe.</source>
      <translation>Gebruik de nieuwere versie: je gegevens zijn veilig.</translation>
    </message>
    <message>
      <source>Your data is safe. Put the data file itself in its folder (%1), or move what is there out of the way, and start Trust Planner again.</source>
      <translation>Je gegevens zijn veilig. Zet het gegevensbestand zelf in de map (%1), of zet weg wat daar staat, en start Trust Planner opnieuw.</translation>
    </message>
    <message>
      <source>Your data needs attention</source>
      <translation>Je gegevens hebben aandacht nodig</translation>
    </message>
  </context>
  <context>
    <name>RenegotiateDialog</name>
    <message>
      <source>Renegotiate</source>
      <translation>Bijstellen</translation>
    </message>
    <message>
      <source>The day of this agreement is over. You can still renegotiate it: it will be noted as renegotiated afterwards.</source>
      <translation>De dag van deze afspraak is voorbij. Je kunt haar nog bijstellen: dan wordt ze genoteerd als achteraf bijgesteld.</translation>
    </message>
    <message>
      <source>Saying in time that something will not fit is keeping your word, honestly. Make it smaller, or give it another day.</source>
      <translation>Op tijd zeggen dat iets niet past, is ook je woord houden. Maak het kleiner, of geef het een andere dag.</translation>
    </message>
    <message>
      <source>New agreement</source>
      <translation>Nieuwe afspraak</translation>
    </message>
    <message>
      <source>New day</source>
      <translation>Nieuwe dag</translation>
    </message>
    <message>
      <source>What the new day then holds</source>
      <translation>Wat er dan op de nieuwe dag staat</translation>
    </message>
    <message>
      <source>What changed? Just for you.</source>
      <translation>Wat is er veranderd? Alleen voor jou.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>&amp;Wat:</translation>
    </message>
    <message>
      <source>&amp;Size:</source>
      <translation>&amp;Tijd:</translation>
    </message>
    <message>
      <source>&amp;Day:</source>
      <translation>&amp;Dag:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Reden:</translation>
    </message>
  </context>
  <context>
    <name>RepairDialog</name>
    <message>
      <source>Repair with %1</source>
      <translation>Goedmaken met %1</translation>
    </message>
    <message>
      <source>Trust between people is repaired much as it was built: by what you say, and then by what you do. Note what you did about “%1”, if you like. Every step is optional, and none of them counts for or against you.</source>
      <translation>Vertrouwen tussen mensen herstel je ongeveer zoals je het opbouwt: met wat je zegt, en daarna met wat je doet. Schrijf op wat je deed rond “%1”, als je wilt. Elke stap is vrijwillig, en geen ervan telt voor of tegen je.</translation>
    </message>
    <message>
      <source>I &amp;acknowledged that it did not happen</source>
      <translation>Ik heb &amp;erkend dat het niet doorging</translation>
    </message>
    <message>
      <source>I said &amp;sorry</source>
      <translation>Ik heb &amp;sorry gezegd</translation>
    </message>
    <message>
      <source>I gave them &amp;room to ask, and to be upset</source>
      <translation>Ik gaf de ander &amp;ruimte om te vragen, en om boos te zijn</translation>
    </message>
    <message>
      <source>We made a &amp;new agreement</source>
      <translation>We maakten een &amp;nieuwe afspraak</translation>
    </message>
    <message>
      <source>The new agreement</source>
      <translation>De nieuwe afspraak</translation>
    </message>
    <message>
      <source>Its day</source>
      <translation>De dag ervan</translation>
    </message>
    <message>
      <source>For example 19:00</source>
      <translation>Bijvoorbeeld 19:00</translation>
    </message>
    <message>
      <source>At what time</source>
      <translation>Hoe laat</translation>
    </message>
    <message>
      <source>What:</source>
      <translation>Wat:</translation>
    </message>
    <message>
      <source>Day:</source>
      <translation>Dag:</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>Grootte:</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Hoe laat:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Print a report</source>
      <translation>Een verslag afdrukken</translation>
    </message>
    <message>
      <source>A report tells the story of a stretch of days: what you agreed with yourself, what you kept, what you honestly changed, and the fears you faced.</source>
      <translation>Een verslag vertelt het verhaal van een reeks dagen: wat je met jezelf afsprak, wat je nakwam, wat je eerlijk bijstelde, en wat je aandurfde.</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Vorige maand</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Deze maand</translation>
    </message>
    <message>
      <source>Last week</source>
      <translation>Vorige week</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>Deze week</translation>
    </message>
    <message>
      <source>Choose dates…</source>
      <translation>Datums kiezen…</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Tot</translation>
    </message>
    <message>
      <source>&amp;from</source>
      <translation>&amp;van</translation>
    </message>
    <message>
      <source>&amp;to</source>
      <translation>&amp;tot</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>As usual where you live (%1)</source>
      <translation>Zoals gebruikelijk waar je woont (%1)</translation>
    </message>
    <message>
      <source>&amp;Days:</source>
      <translation>&amp;Dagen:</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Papier:</translation>
    </message>
    <message>
      <source>List &amp;every agreement and fear</source>
      <translation>&amp;Elke afspraak en notitie opnemen</translation>
    </message>
    <message>
      <source>Off: a short summary, with your agreements week by week. On: every one of them, which for a year is a long document.</source>
      <translation>Uit: een korte samenvatting, met je afspraken per week. Aan: elke afspraak en notitie apart; voor een jaar wordt dat een lang document.</translation>
    </message>
    <message>
      <source>Leave out the &amp;names of people</source>
      <translation>&amp;Namen van mensen weglaten</translation>
    </message>
    <message>
      <source>Your promises to others are counted per person. On: they are shown as “Someone 1”, “Someone 2”, for a report you show to others.</source>
      <translation>Je beloftes aan anderen worden per persoon geteld. Aan: ze staan er als “Iemand 1”, “Iemand 2”, voor een verslag dat je aan anderen laat zien.</translation>
    </message>
    <message>
      <source>Pre&amp;view and print…</source>
      <translation>&amp;Voorbeeld en afdrukken…</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
      <source>The first day needs to come before the last day.</source>
      <translation>De eerste dag moet voor de laatste dag komen.</translation>
    </message>
    <message>
      <source>That is a very long stretch; choose at most 20 years.</source>
      <translation>Dat is een heel lange periode; kies hoogstens 20 jaar.</translation>
    </message>
    <message>
      <source>Preparing your report…</source>
      <translation>Je verslag wordt klaargezet…</translation>
    </message>
    <message>
      <source>trustplanner-report-%1-to-%2.pdf</source>
      <translation>trustplanner-verslag-%1-tot-%2.pdf</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Het verslag opslaan</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
      <source>Your report was saved to %1 (%n page(s)).</source>
      <translation>
        <numerusform>Je verslag is opgeslagen in %1 (%n pagina).</numerusform>
        <numerusform>Je verslag is opgeslagen in %1 (%n pagina's).</numerusform>
      </translation>
    </message>
    <message>
      <source>The report could not be saved to %1: %2

Choose another folder, or check that there is room on the disk.</source>
      <translation>Het verslag kon niet worden opgeslagen in %1: %2

Kies een andere map, of kijk of er ruimte op de schijf is.</translation>
    </message>
    <message>
      <source>The report could not be prepared just now: %2

Please try again.</source>
      <translation>Het verslag kon zojuist niet worden klaargezet: %2

Probeer het nog eens.</translation>
    </message>
    <message>
      <source>No report this time</source>
      <translation>Deze keer geen verslag</translation>
    </message>
    <message>
      <source>Your report</source>
      <translation>Je verslag</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Niet afgedrukt</translation>
    </message>
    <message>
      <source>The printer could not take the report: %1</source>
      <translation>De printer kon het verslag niet afdrukken: %1</translation>
    </message>
  </context>
  <context>
    <name>ReviewController</name>
    <message>
      <source>Everyone</source>
      <translation>Iedereen</translation>
    </message>
    <message>
      <source>No agreements for this day.</source>
      <translation>Geen afspraken voor deze dag.</translation>
    </message>
    <message>
      <source>%1 kept</source>
      <translation>%1 nagekomen</translation>
    </message>
    <message>
      <source>%1 renegotiated</source>
      <translation>%1 bijgesteld</translation>
    </message>
    <message>
      <source>%1 didn't happen</source>
      <translation>%1 niet gedaan</translation>
    </message>
    <message>
      <source>%1 open</source>
      <translation>%1 open</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s): </source>
      <translation>
        <numerusform>%n afspraak: </numerusform>
        <numerusform>%n afspraken: </numerusform>
      </translation>
    </message>
    <message>
      <source>Every agreement has an ending. Thank you for looking back honestly.</source>
      <translation>Elke afspraak heeft een afloop. Dank je wel dat je eerlijk terugkijkt.</translation>
    </message>
    <message numerus="yes">
      <source>%n earlier agreement(s) still open.</source>
      <translation>
        <numerusform>%n eerdere afspraak staat nog open.</numerusform>
        <numerusform>%n eerdere afspraken staan nog open.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Mark %n agreement(s) kept</source>
      <translation>
        <numerusform>%n afspraak als nagekomen noteren</numerusform>
        <numerusform>%n afspraken als nagekomen noteren</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Say what %n agreement(s) took</source>
      <translation>
        <numerusform>Zeggen hoe lang %n afspraak duurde</numerusform>
        <numerusform>Zeggen hoe lang %n afspraken duurden</numerusform>
      </translation>
    </message>
    <message>
      <source>Noted. Thank you: this is how the app learns your days.</source>
      <translation>Genoteerd. Dank je: zo leert de app hoe jouw dagen echt gaan.</translation>
    </message>
    <message numerus="yes">
      <source>Note %n agreement(s) as didn't happen</source>
      <translation>
        <numerusform>%n afspraak als niet gedaan noteren</numerusform>
        <numerusform>%n afspraken als niet gedaan noteren</numerusform>
      </translation>
    </message>
    <message>
      <source>Note that you told them about “%1”</source>
      <translation>Noteren dat je het over “%1” liet weten</translation>
    </message>
    <message>
      <source>Noted that you told them. Saying it in time is keeping your word too.</source>
      <translation>Genoteerd dat je het liet weten. Op tijd iets zeggen is ook je woord houden.</translation>
    </message>
    <message>
      <source>Plan a smaller “%1”</source>
      <translation>Een kleinere “%1” inplannen</translation>
    </message>
    <message>
      <source>On the plan for %1: %2. A smaller step is still a step.</source>
      <translation>Op het plan voor %1: %2. Een kleinere stap is ook een stap.</translation>
    </message>
    <message>
      <source>Renegotiate “%1”</source>
      <translation>“%1” bijstellen</translation>
    </message>
    <message>
      <source>Renegotiated. The new agreement is for %1.</source>
      <translation>Bijgesteld. De nieuwe afspraak is voor %1.</translation>
    </message>
    <message>
      <source>Noted, with a new agreement for %1.</source>
      <translation>Genoteerd, met een nieuwe afspraak voor %1.</translation>
    </message>
    <message>
      <source>Noted. Repairing takes courage.</source>
      <translation>Genoteerd. Iets goedmaken vraagt moed.</translation>
    </message>
    <message>
      <source>Note the repair of “%1”</source>
      <translation>Noteren hoe je “%1” goedmaakte</translation>
    </message>
    <message numerus="yes">
      <source>Reopen %n agreement(s)</source>
      <translation>
        <numerusform>%n afspraak weer openzetten</numerusform>
        <numerusform>%n afspraken weer openzetten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <source>Summary of the day</source>
      <translation>Samenvatting van de dag</translation>
    </message>
    <message>
      <source>Also show earlier agreements that are still open, or were ended on this day</source>
      <translation>Ook eerdere afspraken tonen die nog open staan, of op deze dag zijn afgerond</translation>
    </message>
    <message>
      <source>Show the agreements with</source>
      <translation>Toon de afspraken met</translation>
    </message>
    <message>
      <source>Show only the promises to one person</source>
      <translation>Toon alleen de beloftes aan één persoon</translation>
    </message>
    <message>
      <source>With:</source>
      <translation>Met wie:</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Afspraken</translation>
    </message>
    <message>
      <source>No agreements for this day.

In Plan, choose a few small things you can keep, and make them your agreements. Come back here to say how they went.</source>
      <translation>Geen afspraken voor deze dag.

Kies in Plannen een paar kleine dingen die je kunt nakomen, en maak er je afspraken van. Kom hier terug om te zeggen hoe ze gingen.</translation>
    </message>
    <message>
      <source>&amp;Kept</source>
      <translation>&amp;Nagekomen</translation>
    </message>
    <message>
      <source>I did what I said (Alt+K)</source>
      <translation>Ik deed wat ik zei (Alt+N)</translation>
    </message>
    <message>
      <source>&amp;Renegotiate…</source>
      <translation>Bij&amp;stellen…</translation>
    </message>
    <message>
      <source>Make it smaller, or give it another day (Alt+R)</source>
      <translation>Maak het kleiner, of geef het een andere dag (Alt+S)</translation>
    </message>
    <message>
      <source>&amp;Didn't happen…</source>
      <translation>Niet ge&amp;daan…</translation>
    </message>
    <message>
      <source>It didn't happen this time (Alt+D)</source>
      <translation>Het is er deze keer niet van gekomen (Alt+D)</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>Weer &amp;openzetten</translation>
    </message>
    <message>
      <source>Take back how it ended, so it is open again (Alt+O)</source>
      <translation>De afloop terugdraaien, zodat het weer open staat (Alt+O)</translation>
    </message>
    <message>
      <source>Re&amp;pair…</source>
      <translation>Goed&amp;maken…</translation>
    </message>
    <message>
      <source>A promise to someone that did not happen: note how you repaired it (Alt+P)</source>
      <translation>Een belofte aan iemand die niet doorging: noteer hoe je het goedmaakte (Alt+M)</translation>
    </message>
    <message>
      <source>What you said no to on this day</source>
      <translation>Waar je op deze dag nee tegen zei</translation>
    </message>
  </context>
  <context>
    <name>SaidNoModel</name>
    <message>
      <source>Moved to %1: %2</source>
      <translation>Verplaatst naar %1: %2</translation>
    </message>
    <message>
      <source>For some day, no date yet: %2</source>
      <translation>Voor ooit, nog zonder datum: %2</translation>
    </message>
    <message>
      <source>Let go: %2</source>
      <translation>Losgelaten: %2</translation>
    </message>
  </context>
  <context>
    <name>SettingsController</name>
    <message>
      <source>Saved. The other computer sees the new name soon.</source>
      <translation>Bewaard. De andere computer ziet de nieuwe naam binnenkort.</translation>
    </message>
    <message>
      <source>Not kept in step with another computer.</source>
      <translation>Niet gelijk gehouden met een andere computer.</translation>
    </message>
    <message>
      <source>Kept in step through %1.</source>
      <translation>Gelijk gehouden via %1.</translation>
    </message>
    <message>
      <source>The folder you keep in step between your computers</source>
      <translation>De map die je tussen je computers gelijk houdt</translation>
    </message>
    <message>
      <source>Kept in step through this folder. Choose the same folder on your other computer.</source>
      <translation>Gelijk gehouden via deze map. Kies dezelfde map op je andere computer.</translation>
    </message>
    <message>
      <source>The folder could not be used just now. Your data is safe and unchanged.</source>
      <translation>De map kon nu even niet gebruikt worden. Je gegevens zijn veilig en niet veranderd.</translation>
    </message>
    <message>
      <source>No longer kept in step. Everything stays as it is, here and in the folder.</source>
      <translation>Niet meer gelijk gehouden. Alles blijft zoals het is, hier en in de map.</translation>
    </message>
    <message numerus="yes">
      <source>You had chosen %n day(s). The shortest half-life is now a week, so that one hard day never swings the index too much; yours is set to %1 days.</source>
      <translation>
        <numerusform>Je had %n dag gekozen. De kortste halveringstijd is nu een week, zodat één zware dag de index nooit te sterk laat schommelen; de jouwe staat nu op %1 dagen.</numerusform>
        <numerusform>Je had %n dagen gekozen. De kortste halveringstijd is nu een week, zodat één zware dag de index nooit te sterk laat schommelen; de jouwe staat nu op %1 dagen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Saved. Trust Planner speaks the language you chose from its next start.</source>
      <translation>Opgeslagen. De gekozen taal gaat in zodra je Trust Planner opnieuw start.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
      <source>Settings are already at the defaults.</source>
      <translation>De instellingen staan al op de standaard.</translation>
    </message>
    <message>
      <source>Back to the default settings</source>
      <translation>Terug naar de standaardinstellingen</translation>
    </message>
    <message>
      <source>Settings are back to the defaults. Ctrl+Z brings yours back.</source>
      <translation>De instellingen staan weer op de standaard. Ctrl+Z brengt de jouwe terug.</translation>
    </message>
    <message>
      <source>Learning already starts afresh from today.</source>
      <translation>Het leren begint al opnieuw vanaf vandaag.</translation>
    </message>
    <message>
      <source>Start learning afresh</source>
      <translation>Opnieuw beginnen met leren</translation>
    </message>
    <message>
      <source>Learning starts afresh from today; your history stays as it is. Ctrl+Z brings back what was learned.</source>
      <translation>Het leren begint opnieuw vanaf vandaag; je geschiedenis blijft zoals ze is. Met Ctrl+Z komt terug wat er geleerd was.</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Time you usually have for your plans</source>
      <translation>Tijd die je gewoonlijk voor je plannen hebt</translation>
    </message>
    <message>
      <source>The focused time you have on each weekday, apart from work you cannot move. Be generous with yourself: a day that fits is a day you can keep. You can change a single day in Plan.</source>
      <translation>De tijd voor je plannen die je op elke weekdag hebt, naast werk dat je niet kunt verschuiven. Reken ruim en wees mild voor jezelf: op een dag die past, kun je je afspraken nakomen. Eén losse dag verander je in Plannen.</translation>
    </message>
    <message>
      <source>Usual time on %1</source>
      <translation>Gebruikelijke tijd op %1</translation>
    </message>
    <message>
      <source>Learning from your days</source>
      <translation>Leren van je dagen</translation>
    </message>
    <message>
      <source>From how your agreements ended, and how long they took when you said so, the realism meter learns what your days really hold. It stays on this computer.</source>
      <translation>Uit hoe je afspraken afliepen, en hoe lang ze duurden als je dat zei, leert de haalbaarheidsmeter wat er echt in je dagen past. Het blijft op deze computer.</translation>
    </message>
    <message>
      <source>Learn from my days</source>
      <translation>Leer van mijn dagen</translation>
    </message>
    <message>
      <source>See what was learned…</source>
      <translation>Bekijk wat er geleerd is…</translation>
    </message>
    <message>
      <source>Start learning afresh</source>
      <translation>Opnieuw beginnen met leren</translation>
    </message>
    <message>
      <source>Learns only from today on; your history itself stays as it is</source>
      <translation>Leert alleen vanaf vandaag; je geschiedenis zelf blijft zoals ze is</translation>
    </message>
    <message>
      <source>Small steps</source>
      <translation>Kleine stappen</translation>
    </message>
    <message>
      <source>Items bigger than this are marked “too big to keep as one step”, and Split proposes steps no bigger than this.</source>
      <translation>Punten die groter zijn, krijgen het label “te groot om als één stap na te komen”, en Opdelen stelt stappen voor die niet groter zijn dan dit.</translation>
    </message>
    <message>
      <source>Biggest step</source>
      <translation>Grootste stap</translation>
    </message>
    <message>
      <source>Biggest step:</source>
      <translation>Grootste stap:</translation>
    </message>
    <message>
      <source>Self-trust index</source>
      <translation>Zelfvertrouwensindex</translation>
    </message>
    <message>
      <source>How quickly the index follows what you do. After this many days with agreements, a day counts half as much as it did. Shorter follows you quickly; longer is steadier.</source>
      <translation>Hoe snel de index volgt wat je doet. Na zoveel dagen met afspraken telt een dag half zo zwaar als eerst. Korter volgt je snel; langer is rustiger.</translation>
    </message>
    <message>
      <source> days</source>
      <translation> dagen</translation>
    </message>
    <message>
      <source>Half-life of the index</source>
      <translation>Halveringstijd van de index</translation>
    </message>
    <message>
      <source>Half-life:</source>
      <translation>Halveringstijd:</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Herinneringen</translation>
    </message>
    <message>
      <source>A quiet reminder from the tray: in the morning to choose today's agreements, in the evening to look back on them. A reminder whose job is done stays away.</source>
      <translation>Een rustige herinnering vanuit het systeemvak: 's ochtends om de afspraken van vandaag te kiezen, 's avonds om erop terug te kijken. Een herinnering die niet meer nodig is, blijft weg.</translation>
    </message>
    <message>
      <source>Morning, to choose today's agreements, at</source>
      <translation>Ochtendherinnering (afspraken kiezen) om</translation>
    </message>
    <message>
      <source>Time of the morning reminder</source>
      <translation>Tijd van de ochtendherinnering</translation>
    </message>
    <message>
      <source>Evening, to look back on them, at</source>
      <translation>Avondherinnering (terugkijken) om</translation>
    </message>
    <message>
      <source>Time of the evening reminder</source>
      <translation>Tijd van de avondherinnering</translation>
    </message>
    <message>
      <source>Reminders on %1</source>
      <translation>Herinneringen op %1</translation>
    </message>
    <message>
      <source>On:</source>
      <translation>Op:</translation>
    </message>
    <message>
      <source>The evening before a promise to someone: still on, or tell them early?</source>
      <translation>De avond voor een belofte aan iemand: gaat het door, of laat je het op tijd weten?</translation>
    </message>
    <message>
      <source> h</source>
      <translation> u</translation>
    </message>
    <message>
      <source>Hours before a promise's time that still count as in time</source>
      <translation>Uren voor de tijd van een belofte die nog als op tijd tellen</translation>
    </message>
    <message>
      <source>Telling someone counts as in time up to this long before a promise:</source>
      <translation>Iemand iets laten weten telt als op tijd tot zo lang voor een belofte:</translation>
    </message>
    <message>
      <source>Keep running in the tray when the window is closed</source>
      <translation>In het systeemvak blijven draaien als het venster dicht is</translation>
    </message>
    <message>
      <source>Start quietly in the tray when I log in</source>
      <translation>Rustig in het systeemvak starten als ik inlog</translation>
    </message>
    <message>
      <source>Fear ladders</source>
      <translation>Angstladders</translation>
    </message>
    <message>
      <source>A step counts as mastered after you faced it this many times with what you feared not happening and your anxiety, at its highest, at or under this level. The ladder then points to the next step.</source>
      <translation>Een stap telt als onder de knie als je hem zo vaak hebt gedaan zonder dat gebeurde wat je vreesde, en met je spanning op het hoogste punt op of onder dit niveau. De ladder wijst dan naar de volgende stap.</translation>
    </message>
    <message>
      <source>Highest anxiety, 0 to 100</source>
      <translation>Hoogste spanning, 0 tot 100</translation>
    </message>
    <message>
      <source>Anxiety at its highest, at most:</source>
      <translation>Spanning op het hoogste punt, hoogstens:</translation>
    </message>
    <message>
      <source> times</source>
      <translation> keer</translation>
    </message>
    <message>
      <source>Times faced to master a step</source>
      <translation>Aantal keer nodig om een stap onder de knie te krijgen</translation>
    </message>
    <message>
      <source>Times faced:</source>
      <translation>Aantal keer:</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>Je gegevens</translation>
    </message>
    <message>
      <source>Everything stays on this computer, in one folder. A backup is made every day you make a change; the last 7 days, 4 weeks and 12 months are kept.</source>
      <translation>Alles blijft op deze computer, in één map. Elke dag waarop je iets verandert wordt een reservekopie gemaakt; de laatste 7 dagen, 4 weken en 12 maanden worden bewaard.</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Map:</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
      <source>Show the backups</source>
      <translation>De reservekopieën tonen</translation>
    </message>
    <message>
      <source>Keep in step with another computer…</source>
      <translation>Gelijk houden met een andere computer…</translation>
    </message>
    <message>
      <source>Choose a folder you already keep in step between your computers (Syncthing, Nextcloud, Dropbox): the same folder on both</source>
      <translation>Kies een map die je al gelijk houdt tussen je computers (Syncthing, Nextcloud, Dropbox): dezelfde map op allebei</translation>
    </message>
    <message>
      <source>Stop keeping in step</source>
      <translation>Niet meer gelijk houden</translation>
    </message>
    <message>
      <source>This computer's name</source>
      <translation>Naam van deze computer</translation>
    </message>
    <message>
      <source>How the other computer names this one, for example “laptop”</source>
      <translation>Hoe de andere computer deze noemt, bijvoorbeeld “laptop”</translation>
    </message>
    <message>
      <source>This computer's name:</source>
      <translation>Naam van deze computer:</translation>
    </message>
    <message>
      <source>Delete all my data…</source>
      <translation>Al mijn gegevens verwijderen…</translation>
    </message>
    <message>
      <source>Deletes your data and every backup from this computer, after asking</source>
      <translation>Verwijdert je gegevens en elke reservekopie van deze computer (je krijgt eerst een vraag)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>The language Trust Planner speaks. A new choice applies from its next start.</source>
      <translation>De taal van Trust Planner. Een nieuwe keuze geldt na een herstart.</translation>
    </message>
    <message>
      <source>As on this computer (%1)</source>
      <translation>Zoals op deze computer (%1)</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Taal:</translation>
    </message>
    <message>
      <source>Look</source>
      <translation>Weergave</translation>
    </message>
    <message>
      <source>Light or dark. As on this computer, it follows your desktop's choice.</source>
      <translation>Licht of donker. Met ‘Zoals op deze computer’ volgt het de keuze van je bureaublad.</translation>
    </message>
    <message>
      <source>As on this computer</source>
      <translation>Zoals op deze computer</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Licht</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Donker</translation>
    </message>
    <message>
      <source>Look:</source>
      <translation>Weergave:</translation>
    </message>
    <message>
      <source>Back to the defaults</source>
      <translation>Terug naar de standaard</translation>
    </message>
    <message>
      <source>Changes are saved as you make them.</source>
      <translation>Wijzigingen worden meteen bewaard.</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <source>Trust Planner keeps running</source>
      <translation>Trust Planner blijft draaien</translation>
    </message>
    <message>
      <source>It stays in the tray to remind you in the morning and evening. Choose Quit in its menu to stop it; Settings can change this.</source>
      <translation>Het blijft in het systeemvak om je 's ochtends en 's avonds te herinneren. Kies Afsluiten in het menu om het te stoppen; in Instellingen kun je dit veranderen.</translation>
    </message>
  </context>
  <context>
    <name>SmallerBar</name>
    <message>
      <source>It didn't happen this time, and that is all right. Would a smaller version on another day help?</source>
      <translation>Het is er deze keer niet van gekomen, en dat is goed. Zou een kleinere versie op een andere dag helpen?</translation>
    </message>
    <message>
      <source>A smaller &amp;version on another day…</source>
      <translation>Een kleinere &amp;versie op een andere dag…</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Nu niet</translation>
    </message>
    <message>
      <source>That is always fine (Esc)</source>
      <translation>Dat is altijd goed (Esc)</translation>
    </message>
  </context>
  <context>
    <name>SmallerDialog</name>
    <message>
      <source>A smaller version</source>
      <translation>Een kleinere versie</translation>
    </message>
    <message>
      <source>A smaller step is still a step. It goes on that day's plan, where you can make it an agreement when the day comes.</source>
      <translation>Een kleinere stap is ook een stap. Hij komt op het plan van die dag, waar je er een afspraak van kunt maken als het zover is.</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Plan it</source>
      <translation>Inplannen</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>&amp;Wat:</translation>
    </message>
    <message>
      <source>&amp;Size:</source>
      <translation>&amp;Tijd:</translation>
    </message>
    <message>
      <source>&amp;Day:</source>
      <translation>&amp;Dag:</translation>
    </message>
  </context>
  <context>
    <name>SomedayDialog</name>
    <message>
      <source>Some day</source>
      <translation>Ooit</translation>
    </message>
    <message>
      <source>These wait with no date. Choose what you want to bring to %1; the rest can wait as long as it needs.</source>
      <translation>Deze wachten zonder datum. Kies wat je naar %1 wilt halen; de rest mag wachten zo lang als nodig is.</translation>
    </message>
    <message>
      <source>%1 has %2 free.</source>
      <translation>%1 heeft nog %2 vrij.</translation>
    </message>
    <message>
      <source>%1 is full already: another day may suit better.</source>
      <translation>%1 is al vol: een andere dag past misschien beter.</translation>
    </message>
    <message>
      <source>no estimate</source>
      <translation>geen schatting</translation>
    </message>
    <message>
      <source>waiting since %1</source>
      <translation>wacht sinds %1</translation>
    </message>
    <message>
      <source>Waiting for some day</source>
      <translation>Wacht op ooit</translation>
    </message>
    <message>
      <source>Bring to %1</source>
      <translation>Naar %1 halen</translation>
    </message>
  </context>
  <context>
    <name>SplitDialog</name>
    <message>
      <source>Split into small steps</source>
      <translation>In kleine stappen opdelen</translation>
    </message>
    <message>
      <source>“%1” is a lot to keep as one agreement. Here is a proposal: a first step of at most %2, so that starting is easy, then steps of at most %3. Name the steps as you like: double-click a step to rename it or change its estimate.</source>
      <translation>“%1” is veel om als één afspraak na te komen. Hier is een voorstel: een eerste stap van hoogstens %2, zodat beginnen makkelijk is, en daarna stappen van hoogstens %3. Noem de stappen zoals je wilt: dubbelklik op een stap om de naam of de tijd te veranderen.</translation>
    </message>
    <message>
      <source>For example: put the things you need on the table</source>
      <translation>Bijvoorbeeld: leg wat je nodig hebt op tafel</translation>
    </message>
    <message>
      <source>The very first thing you would do</source>
      <translation>Het allereerste wat je zou doen</translation>
    </message>
    <message>
      <source>What is the very &amp;first thing you would do?</source>
      <translation>Wat is het aller&amp;eerste wat je zou doen?</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Stappen</translation>
    </message>
    <message>
      <source>&amp;Add a step</source>
      <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
      <source>&amp;Remove step</source>
      <translation>Stap &amp;weghalen</translation>
    </message>
    <message>
      <source>Use these steps</source>
      <translation>Deze stappen gebruiken</translation>
    </message>
    <message>
      <source>Together: %1</source>
      <translation>Samen: %1</translation>
    </message>
    <message>
      <source>Together: %1 (it was %2)</source>
      <translation>Samen: %1 (het was %2)</translation>
    </message>
    <message>
      <source>First step of %1</source>
      <translation>Eerste stap van %1</translation>
    </message>
    <message>
      <source>Next step of %1</source>
      <translation>Volgende stap van %1</translation>
    </message>
  </context>
  <context>
    <name>StartAtLoginQuestion</name>
    <message>
      <source>Start when you log in?</source>
      <translation>Starten als je inlogt?</translation>
    </message>
    <message>
      <source>Shall Trust Planner start quietly when you log in?</source>
      <translation>Mag Trust Planner op de achtergrond starten als je inlogt?</translation>
    </message>
    <message>
      <source>It sits in the tray and reminds you in the morning to choose your agreements, and in the evening to look back on them. You can change this in Settings.</source>
      <translation>Het staat in het systeemvak en herinnert je 's ochtends aan het kiezen van je afspraken, en 's avonds aan het terugkijken. Je kunt dit veranderen in Instellingen.</translation>
    </message>
    <message>
      <source>Yes, start at login</source>
      <translation>Ja, starten bij inloggen</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Nu niet</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <source>Step</source>
      <translation>Stap</translation>
    </message>
    <message>
      <source>One step on the ladder, and how anxious you expect to be (0 to 100). Steps are kept in order from the least to the most anxiety.</source>
      <translation>Eén stap op de ladder, en hoe gespannen je verwacht te zijn (0 tot 100). Stappen staan op volgorde van de minste naar de meeste spanning.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Anxiety expected, 0 to 100</source>
      <translation>Verwachte spanning, 0 tot 100</translation>
    </message>
    <message>
      <source>Step:</source>
      <translation>Stap:</translation>
    </message>
    <message>
      <source>Anxiety expected:</source>
      <translation>Verwachte spanning:</translation>
    </message>
    <message>
      <source>Describe the step.</source>
      <translation>Beschrijf de stap.</translation>
    </message>
  </context>
  <context>
    <name>StepModel</name>
    <message>
      <source>Step</source>
      <translation>Stap</translation>
    </message>
    <message>
      <source>Anxiety expected</source>
      <translation>Verwachte spanning</translation>
    </message>
    <message>
      <source>Times faced</source>
      <translation>Aantal keer gedaan</translation>
    </message>
    <message>
      <source>Times that count</source>
      <translation>Keren die tellen</translation>
    </message>
    <message>
      <source>The times what you feared did not happen and your anxiety, at its highest, stayed low enough (see Settings)</source>
      <translation>De keren dat wat je vreesde niet gebeurde en je spanning op het hoogste punt laag genoeg bleef (zie Instellingen)</translation>
    </message>
    <message>
      <source>Where you are</source>
      <translation>Waar je bent</translation>
    </message>
    <message>
      <source>Mastered</source>
      <translation>Onder de knie</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Volgende stap</translation>
    </message>
  </context>
  <context>
    <name>StepsModel</name>
    <message>
      <source>Step</source>
      <translation>Stap</translation>
    </message>
    <message>
      <source>Estimate</source>
      <translation>Schatting</translation>
    </message>
    <message>
      <source>Still bigger than %1: you could split it further.</source>
      <translation>Nog groter dan %1: je zou het verder kunnen opdelen.</translation>
    </message>
    <message>
      <source>Another step</source>
      <translation>Nog een stap</translation>
    </message>
  </context>
  <context>
    <name>StoreCommand</name>
    <message>
      <source>Taking back: %1…</source>
      <translation>Bezig met ongedaan maken: %1…</translation>
    </message>
    <message>
      <source>Doing again: %1…</source>
      <translation>Bezig met opnieuw doen: %1…</translation>
    </message>
    <message>
      <source>This could not be done just now (%1). Your data is safe and nothing was changed; Edit → Undo and Redo are as they were.</source>
      <translation>Dit lukte nu even niet (%1). Je gegevens zijn veilig en er is niets veranderd; Bewerken → Ongedaan maken en Opnieuw staan zoals ze stonden.</translation>
    </message>
    <message>
      <source>This can no longer be undone, because it was changed in the meantime.</source>
      <translation>Dit kan niet meer ongedaan worden gemaakt, omdat het intussen is veranderd.</translation>
    </message>
  </context>
  <context>
    <name>SyncWatch</name>
    <message numerus="yes">
      <source>%n thing(s) deleted on one computer had been changed on the other: the change is kept, on both.</source>
      <translation>
        <numerusform>%n ding dat op de ene computer was verwijderd, was op de andere veranderd: de verandering is bewaard, op allebei.</numerusform>
        <numerusform>%n dingen die op de ene computer waren verwijderd, waren op de andere veranderd: de verandering is bewaard, op allebei.</numerusform>
      </translation>
    </message>
    <message>
      <source>A file from your other computer is not read yet: it is still syncing, or from a newer version of Trust Planner. It is read once it is whole.</source>
      <translation>Een bestand van je andere computer is nog niet gelezen: het wordt nog gesynchroniseerd, of komt van een nieuwere versie van Trust Planner. Het wordt gelezen zodra het compleet is.</translation>
    </message>
  </context>
  <context>
    <name>TellDialog</name>
    <message>
      <source>Tell %1?</source>
      <translation>%1 laten weten?</translation>
    </message>
    <message>
      <source>“%1” was a promise to %2. Have you told them? Telling them early is kind: it leaves them room to make other plans.</source>
      <translation>“%1” was een belofte aan %2. Heb je het al laten weten? Het vroeg laten weten is vriendelijk: dan houdt de ander ruimte om iets anders te plannen.</translation>
    </message>
    <message>
      <source>A message you could send in your own way. Change it as you like; Trust Planner never sends anything.</source>
      <translation>Een bericht dat je op je eigen manier kunt sturen. Pas het aan zoals je wilt; Trust Planner verstuurt nooit iets.</translation>
    </message>
    <message>
      <source>A message to %1</source>
      <translation>Een bericht aan %1</translation>
    </message>
    <message>
      <source>&amp;Copy the message</source>
      <translation>Bericht &amp;kopiëren</translation>
    </message>
    <message>
      <source>I &amp;told them</source>
      <translation>Ik heb het laten &amp;weten</translation>
    </message>
    <message>
      <source>&amp;Not now</source>
      <translation>&amp;Nu niet</translation>
    </message>
    <message>
      <source>Copied. Paste it where you talk with them.</source>
      <translation>Gekopieerd. Plak het waar je met de ander praat.</translation>
    </message>
  </context>
  <context>
    <name>TookBar</name>
    <message>
      <source>Shorter</source>
      <translation>Korter</translation>
    </message>
    <message>
      <source>&amp;About as planned</source>
      <translation>Ongeveer &amp;zoals gepland</translation>
    </message>
    <message>
      <source>Longer</source>
      <translation>Langer</translation>
    </message>
    <message>
      <source>Twice as long</source>
      <translation>Twee keer zo lang</translation>
    </message>
    <message>
      <source>or type it, e.g. 40 min</source>
      <translation>of typ het, bijv. 40 min</translation>
    </message>
    <message>
      <source>How long it took</source>
      <translation>Hoe lang het duurde</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Overslaan</translation>
    </message>
    <message>
      <source>Leave it unsaid: that is always fine (Esc)</source>
      <translation>Laat het zo: dat is altijd goed (Esc)</translation>
    </message>
    <message>
      <source>If you like: how long did “%1” take? It helps the app learn what your days really hold.</source>
      <translation>Als je wilt: hoe lang duurde “%1”? Zo leert de app wat er echt in jouw dagen past.</translation>
    </message>
    <message numerus="yes">
      <source>If you like: how long did these %n take, against what you planned?</source>
      <translation>
        <numerusform>Als je wilt: hoe lang duurde deze, vergeleken met wat je had gepland?</numerusform>
        <numerusform>Als je wilt: hoe lang duurden deze %n, vergeleken met wat je had gepland?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrayController</name>
    <message>
      <source>Open Trust Planner</source>
      <translation>Trust Planner openen</translation>
    </message>
    <message>
      <source>Plan today</source>
      <translation>Vandaag plannen</translation>
    </message>
    <message>
      <source>Review today</source>
      <translation>Terugkijken op vandaag</translation>
    </message>
    <message>
      <source>Write down a fear faced</source>
      <translation>Opschrijven wat je aandurfde</translation>
    </message>
    <message>
      <source>Remind me again</source>
      <translation>Herinner me later</translation>
    </message>
    <message>
      <source>In 15 minutes</source>
      <translation>Over 15 minuten</translation>
    </message>
    <message>
      <source>In an hour</source>
      <translation>Over een uur</translation>
    </message>
    <message>
      <source>Tomorrow</source>
      <translation>Morgen</translation>
    </message>
    <message>
      <source>Pause reminders for today</source>
      <translation>Herinneringen voor vandaag pauzeren</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Afsluiten</translation>
    </message>
    <message>
      <source>No agreements yet today</source>
      <translation>Nog geen afspraken vandaag</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s) for today</source>
      <translation>
        <numerusform>%n afspraak voor vandaag</numerusform>
        <numerusform>%n afspraken voor vandaag</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s), </source>
      <translation>
        <numerusform>%n afspraak, </numerusform>
        <numerusform>%n afspraken, </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kept</source>
      <translation>
        <numerusform>%n nagekomen</numerusform>
        <numerusform>%n nagekomen</numerusform>
      </translation>
    </message>
    <message>
      <source>Trust Planner: %1</source>
      <translation>Trust Planner: %1</translation>
    </message>
    <message>
      <source>A promise to %1</source>
      <translation>Een belofte aan %1</translation>
    </message>
    <message>
      <source>Still on for “%1” %2? If not, telling them now is kind.</source>
      <translation>Gaat “%1” %2 door? Zo niet, dan is het fijn om het nu te laten weten.</translation>
    </message>
    <message>
      <source>Choose today's agreements</source>
      <translation>Kies de afspraken van vandaag</translation>
    </message>
    <message>
      <source>How did today go?</source>
      <translation>Hoe ging het vandaag?</translation>
    </message>
    <message>
      <source>A few small things you can keep. Click to plan your day.</source>
      <translation>Een paar kleine dingen die je kunt nakomen. Klik om je dag te plannen.</translation>
    </message>
    <message>
      <source>Take a minute to look back on today's agreements. Click to review.</source>
      <translation>Neem even de tijd om terug te kijken op de afspraken van vandaag. Klik om terug te kijken.</translation>
    </message>
    <message>
      <source>A few small things you can keep, chosen now, make a day you can trust.</source>
      <translation>Kies nu een paar kleine dingen die je kunt nakomen: zo wordt het een dag waar je op kunt vertrouwen.</translation>
    </message>
    <message>
      <source>Take a minute to look back on today's agreements, kindly and honestly.</source>
      <translation>Neem even de tijd om terug te kijken op de afspraken van vandaag, mild en eerlijk.</translation>
    </message>
    <message>
      <source>&amp;Plan today</source>
      <translation>Vandaag &amp;plannen</translation>
    </message>
    <message>
      <source>&amp;Review today</source>
      <translation>&amp;Terugkijken op vandaag</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <source>Welcome to Trust Planner</source>
      <translation>Welkom bij Trust Planner</translation>
    </message>
    <message>
      <source>Trust in yourself grows when you do what you say and say what you do. Each day you choose a few small things that fit the time you have, and make them agreements with yourself. In the evening you look back kindly: kept, honestly changed, or it didn't happen, and all three are fine to say.</source>
      <translation>Vertrouwen in jezelf groeit als je doet wat je zegt en zegt wat je doet. Elke dag kies je een paar kleine dingen die passen in de tijd die je hebt, en maak je er afspraken met jezelf van. 's Avonds kijk je mild terug: nagekomen, eerlijk bijgesteld of het is er niet van gekomen, en alle drie mag je gewoon zeggen.</translation>
    </message>
    <message>
      <source>What Trust Planner is for</source>
      <translation>Waar Trust Planner voor is</translation>
    </message>
    <message>
      <source>&amp;Start with one small agreement for today</source>
      <translation>Begin met één &amp;kleine afspraak voor vandaag</translation>
    </message>
    <message>
      <source>Opens Plan, ready for the first thing you want to do today</source>
      <translation>Opent Plannen, klaar voor het eerste wat je vandaag wilt doen</translation>
    </message>
    <message>
      <source>&amp;Look around in an example history</source>
      <translation>Rondkijken in een &amp;voorbeeldgeschiedenis</translation>
    </message>
    <message>
      <source>Opens a second window with made-up days, kept apart from your own; close it when you have seen enough</source>
      <translation>Opent een tweede venster met verzonnen dagen, los van je eigen; sluit het als je genoeg hebt gezien</translation>
    </message>
    <message>
      <source>You can see this again under Help → Welcome.</source>
      <translation>Je kunt dit later terugzien via Help → Welkom.</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Trust Planner cannot start</source>
      <translation>Trust Planner kan niet starten</translation>
    </message>
    <message>
      <source>Your data folder %1 cannot be opened: %2

Nothing was changed in it.</source>
      <translation>Je gegevensmap %1 kan niet worden geopend: %2

Er is niets in veranderd.</translation>
    </message>
    <message>
      <source>Before your data is updated for this version, a copy of it is made; that copy could not be made (%1). Nothing was changed: your data is safe. If the disk is full, free some space and start Trust Planner again.</source>
      <translation>Voordat je gegevens worden bijgewerkt voor deze versie, wordt er een kopie van gemaakt; die kopie kon niet worden gemaakt (%1). Er is niets veranderd: je gegevens zijn veilig. Is de schijf vol, maak dan wat ruimte vrij en start Trust Planner opnieuw.</translation>
    </message>
    <message>
      <source>There is not enough free space on this disk. Your data is safe and nothing was changed. Free some space and start Trust Planner again.</source>
      <translation>Er is niet genoeg vrije ruimte op deze schijf. Je gegevens zijn veilig en er is niets veranderd. Maak wat ruimte vrij en start Trust Planner opnieuw.</translation>
    </message>
    <message>
      <source>Your data in %1 can be read but not changed just now (the file or its folder does not allow writing). Your data is safe and nothing was changed. Let your account write there again, and start Trust Planner again.</source>
      <translation>Je gegevens in %1 kunnen nu wel gelezen maar niet veranderd worden (het bestand of de map staat schrijven niet toe). Je gegevens zijn veilig en er is niets veranderd. Geef je account daar weer schrijfrechten en start Trust Planner opnieuw.</translation>
    </message>
    <message>
      <source>Your data is in order again. Nothing was written to the damaged file.</source>
      <translation>Je gegevens zijn weer in orde. Er is niets naar het beschadigde bestand geschreven.</translation>
    </message>
  </context>
  <context>
    <name>calendar</name>
    <message>
      <source>Calendar</source>
      <translation>Kalender</translation>
    </message>
    <message>
      <source>Previous month</source>
      <translation>Vorige maand</translation>
    </message>
    <message>
      <source>Next month</source>
      <translation>Volgende maand</translation>
    </message>
    <message>
      <source>Choose the month</source>
      <translation>Kies de maand</translation>
    </message>
    <message>
      <source>Choose the year</source>
      <translation>Kies het jaar</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jaar</translation>
    </message>
    <message>
      <source>Days of the month</source>
      <translation>Dagen van de maand</translation>
    </message>
  </context>
  <context>
    <name>charts</name>
    <message>
      <source>0 to 100</source>
      <translation>0 tot 100</translation>
    </message>
    <message>
      <source>Your self-trust index appears here once your first agreements have ended.</source>
      <translation>Je zelfvertrouwensindex verschijnt hier zodra je eerste afspraken zijn afgerond.</translation>
    </message>
    <message>
      <source>Day score</source>
      <translation>Dagscore</translation>
    </message>
    <message>
      <source>Self-trust index</source>
      <translation>Zelfvertrouwensindex</translation>
    </message>
    <message>
      <source>%1: index %2</source>
      <translation>%1: index %2</translation>
    </message>
    <message>
      <source>day score %1</source>
      <translation>dagscore %1</translation>
    </message>
    <message>
      <source>Agreements per week</source>
      <translation>Afspraken per week</translation>
    </message>
    <message>
      <source>Here you will see, week by week, how your agreements ended.</source>
      <translation>Hier zie je, week na week, hoe je afspraken afliepen.</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>Nagekomen</translation>
    </message>
    <message>
      <source>Renegotiated</source>
      <translation>Bijgesteld</translation>
    </message>
    <message>
      <source>Renegotiated afterwards</source>
      <translation>Achteraf bijgesteld</translation>
    </message>
    <message>
      <source>Didn't happen</source>
      <translation>Niet gedaan</translation>
    </message>
    <message>
      <source>Week of %1: %2 kept, %3 renegotiated, %4 afterwards, %5 didn't happen</source>
      <translation>Week van %1: %2 nagekomen, %3 bijgesteld, %4 achteraf, %5 niet gedaan</translation>
    </message>
    <message>
      <source>% of the time you had</source>
      <translation>% van de tijd die je had</translation>
    </message>
    <message>
      <source>a full day</source>
      <translation>een volle dag</translation>
    </message>
    <message>
      <source>Here you will see how much you planned against the time you had.</source>
      <translation>Hier zie je hoeveel je plande in verhouding tot de tijd die je had.</translation>
    </message>
    <message>
      <source>Fitted the day</source>
      <translation>Binnen je tijd</translation>
    </message>
    <message>
      <source>Nearly full</source>
      <translation>Bijna vol</translation>
    </message>
    <message>
      <source>More than the day had</source>
      <translation>Meer dan je tijd</translation>
    </message>
    <message>
      <source>%1: %2 agreed of %3 (%4 %)</source>
      <translation>%1: %2 afgesproken van %3 (%4 %)</translation>
    </message>
    <message>
      <source>Anxiety, 0 to 100</source>
      <translation>Spanning, 0 tot 100</translation>
    </message>
    <message>
      <source>Fears you face show here: your anxiety before and after, and how often what you feared really happened. Write them down in Fears.</source>
      <translation>Wat je aandurft, zie je hier: je spanning ervoor en erna, en hoe vaak echt uitkwam wat je vreesde. Schrijf het op bij Angsten.</translation>
    </message>
    <message>
      <source>Anxiety just before</source>
      <translation>Spanning vlak ervoor</translation>
    </message>
    <message>
      <source>Anxiety afterwards</source>
      <translation>Spanning achteraf</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 van %2</translation>
    </message>
    <message>
      <source>Along the top: in how many of the fears faced each year what you feared happened (fully or partly)</source>
      <translation>Bovenaan: bij hoeveel van wat je per jaar aandurfde gebeurde wat je vreesde (helemaal of deels)</translation>
    </message>
    <message>
      <source>Along the top: in how many of the fears faced each month what you feared happened (fully or partly)</source>
      <translation>Bovenaan: bij hoeveel van wat je per maand aandurfde gebeurde wat je vreesde (helemaal of deels)</translation>
    </message>
    <message>
      <source>what you feared happened</source>
      <translation>wat je vreesde, kwam uit</translation>
    </message>
    <message>
      <source>what you feared partly happened</source>
      <translation>wat je vreesde, kwam deels uit</translation>
    </message>
    <message>
      <source>what you feared did not happen</source>
      <translation>wat je vreesde, kwam niet uit</translation>
    </message>
    <message>
      <source>%1: anxiety %2 → %3; %4</source>
      <translation>%1: spanning %2 → %3; %4</translation>
    </message>
    <message>
      <source>Share of each day's agreements kept</source>
      <translation>Per dag: welk deel van je afspraken je nakwam</translation>
    </message>
    <message>
      <source>Greener: more of that day's agreements kept. Pale: nothing ended.</source>
      <translation>Groener: meer afspraken van die dag nagekomen. Lichtgrijs: niets afgerond.</translation>
    </message>
    <message>
      <source>%1: nothing ended</source>
      <translation>%1: niets afgerond</translation>
    </message>
    <message>
      <source>%1: %2 of %3 kept</source>
      <translation>%1: %2 van %3 nagekomen</translation>
    </message>
    <message>
      <source>% of agreements kept</source>
      <translation>% van de afspraken nagekomen</translation>
    </message>
    <message>
      <source>Here you will see which days of the week you keep your agreements best.</source>
      <translation>Hier zie je op welke dagen van de week je je afspraken het best nakomt.</translation>
    </message>
    <message>
      <source>minutes per agreement, on average</source>
      <translation>minuten per afspraak, gemiddeld</translation>
    </message>
    <message>
      <source>When you mark an agreement kept and say how long it took, you will see here how long things of each size take you.</source>
      <translation>Als je een afspraak als nagekomen markeert en zegt hoe lang het duurde, zie je hier hoe lang dingen van elke grootte bij jou duren.</translation>
    </message>
    <message>
      <source>×%1</source>
      <translation>×%1</translation>
    </message>
    <message>
      <source>As planned</source>
      <translation>Gepland</translation>
    </message>
    <message>
      <source>What it took</source>
      <translation>Hoe lang het duurde</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n agreement(s); planned %2 on average, took %3 (%4 times)</source>
      <translation>
        <numerusform>%1: %n afspraak; gemiddeld %2 gepland, duurde %3 (%4 keer zo lang)</numerusform>
        <numerusform>%1: %n afspraken; gemiddeld %2 gepland, duurde %3 (%4 keer zo lang)</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Self-trust went from %1 on %2 to %3 on %4.</source>
      <translation>De zelfvertrouwensindex ging van %1 op %2 naar %3 op %4.</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>Week van</translation>
    </message>
    <message>
      <source>Renegotiated in time</source>
      <translation>Op tijd bijgesteld</translation>
    </message>
    <message>
      <source>No agreements ended in these days.</source>
      <translation>In deze dagen is geen afspraak afgerond.</translation>
    </message>
    <message>
      <source>Of the agreements that ended: %1 kept, %2 renegotiated in time, %3 afterwards, %4 didn't happen.</source>
      <translation>Van de afgeronde afspraken: %1 nagekomen, %2 op tijd bijgesteld, %3 achteraf bijgesteld, %4 niet gedaan.</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation>Afgesproken</translation>
    </message>
    <message>
      <source>Time you had</source>
      <translation>Tijd die je had</translation>
    </message>
    <message>
      <source>Share of the day</source>
      <translation>Deel van de dag</translation>
    </message>
    <message>
      <source>Nothing was agreed in these days.</source>
      <translation>In deze dagen is niets afgesproken.</translation>
    </message>
    <message>
      <source>On %1 of %2 days with agreements, they fitted in the time you had.</source>
      <translation>Op %1 van de %2 dagen met afspraken pasten ze in de tijd die je had.</translation>
    </message>
    <message>
      <source>Anxiety before</source>
      <translation>Spanning ervoor</translation>
    </message>
    <message>
      <source>Anxiety after</source>
      <translation>Spanning erna</translation>
    </message>
    <message>
      <source>What you feared</source>
      <translation>Wat je vreesde</translation>
    </message>
    <message>
      <source>No fears faced in these days.</source>
      <translation>In deze dagen heb je geen angst aangedurfd.</translation>
    </message>
    <message numerus="yes">
      <source>%n fear(s) faced. What you feared happened in %1 of them, and partly in %2.</source>
      <translation>
        <numerusform>%n keer iets aangedurfd. Wat je vreesde, gebeurde in %1 daarvan, en deels in %2.</numerusform>
        <numerusform>%n keer iets aangedurfd. Wat je vreesde, gebeurde in %1 daarvan, en deels in %2.</numerusform>
      </translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>No agreements ended in this year.</source>
      <translation>In dit jaar is geen afspraak afgerond.</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) with agreements that ended; on %1 of them, every one was kept.</source>
      <translation>
        <numerusform>%n dag met afgeronde afspraken; op %1 daarvan is elke afspraak nagekomen.</numerusform>
        <numerusform>%n dagen met afgeronde afspraken; op %1 daarvan is elke afspraak nagekomen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Weekday</source>
      <translation>Weekdag</translation>
    </message>
    <message>
      <source>Share kept</source>
      <translation>Deel nagekomen</translation>
    </message>
    <message>
      <source>Kept most on %1 (%2), least on %3 (%4).</source>
      <translation>Het meest nagekomen op %1 (%2), het minst op %3 (%4).</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Afspraken</translation>
    </message>
    <message>
      <source>Planned, on average</source>
      <translation>Gepland, gemiddeld</translation>
    </message>
    <message>
      <source>Took, on average</source>
      <translation>Kostte, gemiddeld</translation>
    </message>
    <message>
      <source>Times the plan</source>
      <translation>Keer de planning</translation>
    </message>
    <message>
      <source>No kept agreements with the time they took in these days.</source>
      <translation>In deze dagen geen nagekomen afspraken waarbij je zei hoe lang ze duurden.</translation>
    </message>
    <message>
      <source>Agreements of %1 took about %2 times what you planned.</source>
      <translation>Afspraken %1 kostten ongeveer %2 keer wat je plande.</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Could not be kept</source>
      <translation>Kon niet doorgaan</translation>
    </message>
    <message>
      <source>Of those, told them early</source>
      <translation>Daarvan op tijd laten weten</translation>
    </message>
    <message>
      <source>Repaired</source>
      <translation>Goedgemaakt</translation>
    </message>
    <message>
      <source>No promises to others in these days.</source>
      <translation>Geen beloftes aan anderen in deze dagen.</translation>
    </message>
    <message numerus="yes">
      <source>%n promise(s) to others, %1 kept.</source>
      <translation>
        <numerusform>%n belofte aan anderen, %1 nagekomen.</numerusform>
        <numerusform>%n beloftes aan anderen, %1 nagekomen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Of the %1 that could not be kept, you told them early %2 times.</source>
      <translation>Van de %1 die niet konden doorgaan, liet je het %2 keer op tijd weten.</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Iedereen</translation>
    </message>
    <message>
      <source>Promises</source>
      <translation>Beloftes</translation>
    </message>
    <message>
      <source>When an agreement is a promise to someone (With… on Plan), you will see here how your promises to others went, and how often you told them early.</source>
      <translation>Als een afspraak een belofte aan iemand is (Met wie… bij Plannen), zie je hier hoe je beloftes aan anderen gingen, en hoe vaak je het op tijd liet weten.</translation>
    </message>
    <message>
      <source>Told them early</source>
      <translation>Op tijd laten weten</translation>
    </message>
    <message>
      <source>Told them later</source>
      <translation>Later laten weten</translation>
    </message>
    <message>
      <source>Not told</source>
      <translation>Niet laten weten</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n promise(s), %2 kept; told early %3 of %4 not kept</source>
      <translation>
        <numerusform>%1: %n belofte, %2 nagekomen; van de %4 die niet doorgingen %3 op tijd laten weten</numerusform>
        <numerusform>%1: %n beloftes, %2 nagekomen; van de %4 die niet doorgingen %3 op tijd laten weten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>days must be a whole number</source>
      <translation>het aantal dagen moet een heel getal zijn</translation>
    </message>
    <message>
      <source>days must be between 1 and %1</source>
      <translation>het aantal dagen moet tussen 1 en %1 liggen</translation>
    </message>
    <message>
      <source>%1 is not a date; write it as YYYY-MM-DD, for example 2026-11-01</source>
      <translation>%1 is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-01</translation>
    </message>
    <message>
      <source>use this data folder instead of the usual one</source>
      <translation>deze gegevensmap gebruiken in plaats van de standaardmap</translation>
    </message>
    <message>
      <source>Small agreements with yourself, kept. Without a command, opens the window.</source>
      <translation>Kleine afspraken met jezelf, nagekomen. Zonder opdracht opent het venster.</translation>
    </message>
    <message>
      <source>start in the tray only, without the window (as at login)</source>
      <translation>alleen in het systeemvak starten, zonder venster (zoals bij inloggen)</translation>
    </message>
    <message>
      <source>fill an empty data folder with a realistic example history</source>
      <translation>een lege gegevensmap vullen met een realistische voorbeeldgeschiedenis</translation>
    </message>
    <message>
      <source>how many days of history</source>
      <translation>hoeveel dagen geschiedenis</translation>
    </message>
    <message>
      <source>another seed gives another history</source>
      <translation>een ander startgetal geeft een andere geschiedenis</translation>
    </message>
    <message>
      <source>show today's agreements and your self-trust index</source>
      <translation>de afspraken van vandaag en je zelfvertrouwensindex tonen</translation>
    </message>
    <message>
      <source>print one JSON object, for scripts</source>
      <translation>één JSON-object afdrukken, voor scripts</translation>
    </message>
    <message>
      <source>write a progress report as a PDF file</source>
      <translation>een voortgangsverslag als PDF-bestand schrijven</translation>
    </message>
    <message>
      <source>the first day of the report (default: the first of last month)</source>
      <translation>de eerste dag van het verslag (standaard: de eerste van vorige maand)</translation>
    </message>
    <message>
      <source>the last day of the report (default: the end of last month)</source>
      <translation>de laatste dag van het verslag (standaard: het eind van vorige maand)</translation>
    </message>
    <message>
      <source>where to write it</source>
      <translation>waar het moet komen</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>gebruik: </translation>
    </message>
    <message>
      <source>commands</source>
      <translation>opdrachten</translation>
    </message>
    <message>
      <source>options</source>
      <translation>opties</translation>
    </message>
    <message>
      <source>arguments</source>
      <translation>argumenten</translation>
    </message>
    <message>
      <source>show this help and stop</source>
      <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>OPDRACHT</translation>
    </message>
    <message>
      <source>there is no command %1; the commands are %2</source>
      <translation>er is geen opdracht %1; de opdrachten zijn %2</translation>
    </message>
    <message>
      <source>%1 cannot be %2; choose %3</source>
      <translation>%1 kan niet %2 zijn; kies %3</translation>
    </message>
    <message>
      <source>%1 needs a whole number, not %2</source>
      <translation>%1 heeft een heel getal nodig, geen %2</translation>
    </message>
    <message>
      <source>%1 needs a value after it</source>
      <translation>%1 heeft er een waarde achter nodig</translation>
    </message>
    <message>
      <source>this command needs %1</source>
      <translation>deze opdracht heeft %1 nodig</translation>
    </message>
    <message>
      <source>this command does not know %1</source>
      <translation>deze opdracht kent %1 niet</translation>
    </message>
    <message>
      <source>the example person is 1, 2 or 3</source>
      <translation>de voorbeeldpersoon is 1, 2 of 3</translation>
    </message>
    <message>
      <source>%1 is not a day from 1970 to 2200</source>
      <translation>%1 is geen dag van 1970 tot en met 2200</translation>
    </message>
    <message>
      <source>DIR</source>
      <translation>MAP</translation>
    </message>
    <message>
      <source>the language to speak (default: as chosen in Settings, else the computer's)</source>
      <translation>de taal van de app (standaard: zoals gekozen in Instellingen, anders die van de computer)</translation>
    </message>
    <message>
      <source>show the version and stop</source>
      <translation>de versie tonen en stoppen</translation>
    </message>
    <message>
      <source>open the window on an example history in --data-dir, to look around (no tray, no reminders; made with the demo command)</source>
      <translation>het venster openen op een voorbeeldgeschiedenis in --data-dir, om rond te kijken (geen systeemvak, geen herinneringen; gemaakt met de opdracht demo)</translation>
    </message>
    <message>
      <source>check that this installation works, without a display, on a temporary store</source>
      <translation>nagaan of deze installatie werkt, zonder scherm, op tijdelijke gegevens</translation>
    </message>
    <message>
      <source>which example person: 1 (things take them about a third longer than planned), 2 (as planned, and they keep less above 80 %% of a day), 3 (things take them much longer, and they say so less often)</source>
      <translation>welke voorbeeldpersoon: 1 (dingen duren ongeveer een derde langer dan gepland), 2 (zoals gepland, en boven 80 %% van een dag komt minder van hun afspraken), 3 (dingen duren veel langer, en ze zeggen dat minder vaak)</translation>
    </message>
    <message>
      <source>show what Trust Planner has learned from your days</source>
      <translation>laat zien wat Trust Planner van je dagen heeft geleerd</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
      <source>learn from your history up to this day only (default: up to yesterday)</source>
      <translation>leer alleen van je geschiedenis tot en met deze dag (standaard: tot en met gisteren)</translation>
    </message>
    <message>
      <source>list every agreement and fear (default: a summary, agreements week by week)</source>
      <translation>elke afspraak en notitie opnemen (standaard: een samenvatting, afspraken per week)</translation>
    </message>
    <message>
      <source>leave out the names of the people your promises were to (default: named)</source>
      <translation>laat de namen weg van de mensen aan wie je iets beloofde (standaard: met namen)</translation>
    </message>
    <message>
      <source>FILE.pdf</source>
      <translation>BESTAND.pdf</translation>
    </message>
    <message>
      <source>the paper size (default: the one used in your country)</source>
      <translation>het papierformaat (standaard: dat van je land)</translation>
    </message>
    <message>
      <source>make a backup of your data now</source>
      <translation>nu een reservekopie van je gegevens maken</translation>
    </message>
    <message>
      <source>check your data file thoroughly and list the backups</source>
      <translation>je gegevensbestand grondig nakijken en de reservekopieën opsommen</translation>
    </message>
    <message>
      <source>put back the newest good backup of a damaged data file</source>
      <translation>de nieuwste goede reservekopie van een beschadigd gegevensbestand terugzetten</translation>
    </message>
    <message>
      <source>write everything to a JSON file, or CSV files into a folder</source>
      <translation>alles naar een JSON-bestand schrijven, of naar CSV-bestanden in een map</translation>
    </message>
    <message>
      <source>where to write</source>
      <translation>waar het moet komen</translation>
    </message>
    <message>
      <source>FILE.json|DIR</source>
      <translation>BESTAND.json|MAP</translation>
    </message>
    <message>
      <source>json or csv</source>
      <translation>json of csv</translation>
    </message>
    <message>
      <source>add what is new in an exported JSON file to your data</source>
      <translation>wat nieuw is in een geëxporteerd JSON-bestand aan je gegevens toevoegen</translation>
    </message>
    <message>
      <source>the file to import</source>
      <translation>het bestand dat je wilt importeren</translation>
    </message>
    <message>
      <source>FILE.json</source>
      <translation>BESTAND.json</translation>
    </message>
    <message>
      <source>keep this computer in step with another through a folder you already sync</source>
      <translation>houd deze computer gelijk met een andere via een map die je al synchroniseert</translation>
    </message>
    <message>
      <source>the synced folder (needed once; then remembered)</source>
      <translation>de gesynchroniseerde map (één keer nodig; daarna onthouden)</translation>
    </message>
    <message>
      <source>say how it stands, and stop</source>
      <translation>zeg hoe het ervoor staat, en stop</translation>
    </message>
    <message>
      <source>put Trust Planner in your desktop's menu, with its icon</source>
      <translation>Trust Planner in het menu van je bureaublad zetten, met zijn pictogram</translation>
    </message>
    <message>
      <source>take it out of the menu again</source>
      <translation>het weer uit het menu halen</translation>
    </message>
    <message>
      <source>Trust Planner was not in the menu of %1.</source>
      <translation>Trust Planner stond niet in het menu van %1.</translation>
    </message>
    <message numerus="yes">
      <source>Took Trust Planner out of the menu: %n file(s) removed from %1.</source>
      <translation>
        <numerusform>Trust Planner uit het menu gehaald: %n bestand verwijderd uit %1.</numerusform>
        <numerusform>Trust Planner uit het menu gehaald: %n bestanden verwijderd uit %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Trust Planner is in your desktop's menu now: %n file(s) written to %1.</source>
      <translation>
        <numerusform>Trust Planner staat nu in het menu van je bureaublad: %n bestand geschreven naar %1.</numerusform>
        <numerusform>Trust Planner staat nu in het menu van je bureaublad: %n bestanden geschreven naar %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 already holds your own plans; demo data only goes into an empty folder. Choose another one with --data-dir.</source>
      <translation>%1 bevat al je eigen plannen; voorbeeldgegevens gaan alleen in een lege map. Kies een andere met --data-dir.</translation>
    </message>
    <message>
      <source>Wrote %1 days of example history (%2 agreements) to %3</source>
      <translation>%1 dagen voorbeeldgeschiedenis (%2 afspraken) geschreven naar %3</translation>
    </message>
    <message>
      <source>%1 kept</source>
      <translation>%1 nagekomen</translation>
    </message>
    <message>
      <source>%1 renegotiated</source>
      <translation>%1 bijgesteld</translation>
    </message>
    <message>
      <source>%1 didn't happen</source>
      <translation>%1 niet gedaan</translation>
    </message>
    <message>
      <source>%1 open</source>
      <translation>%1 open</translation>
    </message>
    <message numerus="yes">
      <source>Agreements today: %n</source>
      <translation>
        <numerusform>Afspraken vandaag: %n</numerusform>
        <numerusform>Afspraken vandaag: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>No agreements for today yet.</source>
      <translation>Nog geen afspraken voor vandaag.</translation>
    </message>
    <message>
      <source>Self-trust index: %1 (%2 over 7 days, %3 over 30 days)</source>
      <translation>Zelfvertrouwensindex: %1 (%2 in 7 dagen, %3 in 30 dagen)</translation>
    </message>
    <message>
      <source>%1 is a folder; give the name of the PDF file to write</source>
      <translation>%1 is een map; geef de naam van het PDF-bestand dat gemaakt moet worden</translation>
    </message>
    <message>
      <source>cannot write %1 (%2)</source>
      <translation>kan %1 niet schrijven (%2)</translation>
    </message>
    <message numerus="yes">
      <source>Wrote the report for %1 (%n page(s)) to %2</source>
      <translation>
        <numerusform>Het verslag over %1 (%n pagina) geschreven naar %2</numerusform>
        <numerusform>Het verslag over %1 (%n pagina's) geschreven naar %2</numerusform>
      </translation>
    </message>
    <message>
      <source>--from (%1) is after --to (%2); the first day comes first</source>
      <translation>--from (%1) ligt na --to (%2); de eerste dag komt eerst</translation>
    </message>
    <message>
      <source>a report covers at most %1 days; choose a shorter period</source>
      <translation>een verslag beslaat hoogstens %1 dagen; kies een kortere periode</translation>
    </message>
    <message>
      <source>there is no desktop to show the window on (DISPLAY is not set). Start Trust Planner from your desktop session.</source>
      <translation>er is geen bureaublad om het venster op te tonen (DISPLAY is niet ingesteld). Start Trust Planner vanuit je bureaubladsessie.</translation>
    </message>
    <message>
      <source>the window needs system libraries that are not installed: %1. Install them, for example with: sudo apt install %1</source>
      <translation>het venster heeft systeembibliotheken nodig die niet geïnstalleerd zijn: %1. Installeer ze, bijvoorbeeld met: sudo apt install %1</translation>
    </message>
    <message>
      <source>stopped before the end: what it was doing was not saved, and your data is as it was before</source>
      <translation>gestopt voor het einde: wat er gebeurde is niet opgeslagen, en je gegevens zijn zoals ze waren</translation>
    </message>
    <message>
      <source>a backup could not be made (%1), and without one nothing is changed: your data is safe. If the disk is full, free some space and try again.</source>
      <translation>er kon geen reservekopie worden gemaakt (%1), en zonder kopie wordt er niets veranderd: je gegevens zijn veilig. Is de schijf vol, maak dan wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>the data in %1 could not be used just now (%2). Nothing was changed in it: your data is safe</source>
      <translation>de gegevens in %1 konden nu niet gebruikt worden (%2). Er is niets in veranderd: je gegevens zijn veilig</translation>
    </message>
    <message>
      <source>cannot use the data folder %1 (%2)</source>
      <translation>kan de gegevensmap %1 niet gebruiken (%2)</translation>
    </message>
    <message>
      <source>%1 can be read but not changed just now (its permissions, or a disk that is read-only). Your data is safe and nothing was changed. Let your account write there again, and try again.</source>
      <translation>%1 kan nu wel gelezen maar niet veranderd worden (door de rechten, of een schijf die alleen gelezen kan worden). Je gegevens zijn veilig en er is niets veranderd. Geef je account daar weer schrijfrechten en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>there is not enough free space on this disk. Your data is safe and nothing was changed. Free some space and try again.</source>
      <translation>er is niet genoeg vrije ruimte op deze schijf. Je gegevens zijn veilig en er is niets veranderd. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>your data file %1 is empty</source>
      <translation>je gegevensbestand %1 is leeg</translation>
    </message>
    <message>
      <source>%1 is not a Trust Planner data file</source>
      <translation>%1 is geen gegevensbestand van Trust Planner</translation>
    </message>
    <message>
      <source>your data file %1 is damaged</source>
      <translation>je gegevensbestand %1 is beschadigd</translation>
    </message>
    <message>
      <source>nothing was written to it, and there is no backup to restore</source>
      <translation>er is niets naar geschreven, en er is geen reservekopie om terug te zetten</translation>
    </message>
    <message>
      <source>nothing was written to it; 'trustplanner restore' puts back the backup of %1</source>
      <translation>er is niets naar geschreven; 'trustplanner restore' zet de reservekopie van %1 terug</translation>
    </message>
    <message>
      <source>your data file %1 is a link to another place (%2); Trust Planner does not follow it, so nothing was read or changed. Put the file itself there, or start with --data-dir set to the folder it is in</source>
      <translation>je gegevensbestand %1 is een koppeling naar een andere plek (%2); Trust Planner volgt die niet, dus er is niets gelezen of veranderd. Zet het bestand zelf daar, of start met --data-dir naar de map waar het staat</translation>
    </message>
    <message>
      <source>where your data file %1 should be, there is a folder; nothing in it was read or changed. Move it out of the way, and start again</source>
      <translation>waar je gegevensbestand %1 hoort te staan, staat een map; er is niets in gelezen of veranderd. Zet die opzij en start opnieuw</translation>
    </message>
    <message>
      <source>your data file %1 was written by a newer version of Trust Planner; this version leaves it as it is, so nothing was changed. Use the newer version</source>
      <translation>je gegevensbestand %1 is geschreven door een nieuwere versie van Trust Planner; deze versie laat het zoals het is, dus er is niets veranderd. Gebruik de nieuwere versie</translation>
    </message>
    <message numerus="yes">
      <source>your data file %1 is damaged; exported what could be read, %n record(s), to %2</source>
      <translation>
        <numerusform>je gegevensbestand %1 is beschadigd; wat nog leesbaar was, %n record, staat in %2</numerusform>
        <numerusform>je gegevensbestand %1 is beschadigd; wat nog leesbaar was, %n records, staat in %2</numerusform>
      </translation>
    </message>
    <message>
      <source>there is no backup to restore, so keep this export safe</source>
      <translation>er is geen reservekopie om terug te zetten, dus bewaar deze export goed</translation>
    </message>
    <message>
      <source>'trustplanner restore' puts back the backup of %1, and importing this export afterwards adds what is newer</source>
      <translation>'trustplanner restore' zet de reservekopie van %1 terug; importeer daarna deze export, dan komt wat nieuwer is er weer bij</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <source>There is nothing to back up yet: %1 holds no data.</source>
      <translation>Er is nog niets om een reservekopie van te maken: %1 bevat geen gegevens.</translation>
    </message>
    <message>
      <source>Backed up your data to %1 (%2).</source>
      <translation>Reservekopie van je gegevens gemaakt in %1 (%2).</translation>
    </message>
    <message>
      <source>There is no data file in %1 yet.</source>
      <translation>Er is nog geen gegevensbestand in %1.</translation>
    </message>
    <message>
      <source>Your data file %1 is sound.</source>
      <translation>Je gegevensbestand %1 is in orde.</translation>
    </message>
    <message>
      <source>%1 is not a Trust Planner data file (another program's, perhaps); nothing was written to it.</source>
      <translation>%1 is geen gegevensbestand van Trust Planner (misschien van een ander programma); er is niets naar geschreven.</translation>
    </message>
    <message>
      <source>Your data file %1 is damaged: %2</source>
      <translation>Je gegevensbestand %1 is beschadigd: %2</translation>
    </message>
    <message>
      <source>There are no backups yet.</source>
      <translation>Er zijn nog geen reservekopieën.</translation>
    </message>
    <message numerus="yes">
      <source>%n backup(s) in %1:</source>
      <translation>
        <numerusform>%n reservekopie in %1:</numerusform>
        <numerusform>%n reservekopieën in %1:</numerusform>
      </translation>
    </message>
    <message>
      <source>sound</source>
      <translation>in orde</translation>
    </message>
    <message>
      <source>damaged</source>
      <translation>beschadigd</translation>
    </message>
    <message>
      <source>your data file %1 is sound, so there is nothing to restore</source>
      <translation>je gegevensbestand %1 is in orde, dus er is niets terug te zetten</translation>
    </message>
    <message>
      <source>there is no good backup in %1 to restore</source>
      <translation>er is geen goede reservekopie in %1 om terug te zetten</translation>
    </message>
    <message>
      <source>Restored your data from the backup of %1.</source>
      <translation>Je gegevens zijn teruggezet uit de reservekopie van %1.</translation>
    </message>
    <message>
      <source>The damaged file is kept as %1.</source>
      <translation>Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
      <source>%1 is a folder; give the name of the JSON file to write</source>
      <translation>%1 is een map; geef de naam van het JSON-bestand dat gemaakt moet worden</translation>
    </message>
    <message>
      <source>%1 is a file; CSV files go into a folder</source>
      <translation>%1 is een bestand; CSV-bestanden gaan in een map</translation>
    </message>
    <message>
      <source>%1 holds no data to export</source>
      <translation>%1 bevat geen gegevens om te exporteren</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n record(s) to %1.</source>
      <translation>
        <numerusform>%n item geëxporteerd naar %1.</numerusform>
        <numerusform>%n items geëxporteerd naar %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>nothing was imported from %1: %2</source>
      <translation>er is niets geïmporteerd uit %1: %2</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n new record(s) from %1.</source>
      <translation>
        <numerusform>%n nieuw item geïmporteerd uit %1.</numerusform>
        <numerusform>%n nieuwe items geïmporteerd uit %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Already there, so left as they were: %n record(s).</source>
      <translation>
        <numerusform>Al aanwezig en ongewijzigd gelaten: %n item.</numerusform>
        <numerusform>Al aanwezig en ongewijzigd gelaten: %n items.</numerusform>
      </translation>
    </message>
    <message>
      <source>there is no history yet to learn from on %1</source>
      <translation>er is op %1 nog geen geschiedenis om van te leren</translation>
    </message>
    <message>
      <source>%1 is outside your history, which runs from %2 to %3</source>
      <translation>%1 valt buiten je geschiedenis, die loopt van %2 tot en met %3</translation>
    </message>
    <message>
      <source>What your days say, learned from your history up to %1</source>
      <translation>Wat je dagen laten zien, geleerd uit je geschiedenis tot en met %1</translation>
    </message>
    <message>
      <source>Learning is off in Settings: the meter goes by your estimates.</source>
      <translation>Leren staat uit in Instellingen: de meter gaat uit van je eigen schattingen.</translation>
    </message>
    <message>
      <source>Choose the synced folder once: trustplanner sync --folder DIR</source>
      <translation>Kies één keer de gesynchroniseerde map: trustplanner sync --folder MAP</translation>
    </message>
    <message>
      <source>%1 is not a folder</source>
      <translation>%1 is geen map</translation>
    </message>
    <message numerus="yes">
      <source>In step through %1: %n change(s) written</source>
      <translation>
        <numerusform>Gelijk via %1: %n wijziging weggeschreven</numerusform>
        <numerusform>Gelijk via %1: %n wijzigingen weggeschreven</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n taken over.</source>
      <translation>
        <numerusform>, %n overgenomen.</numerusform>
        <numerusform>, %n overgenomen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) from elsewhere came before a later change here: kept aside, not lost.</source>
      <translation>
        <numerusform>%n wijziging van elders kwam vóór een latere wijziging hier: apart bewaard, niet kwijt.</numerusform>
        <numerusform>%n wijzigingen van elders kwamen vóór een latere wijziging hier: apart bewaard, niet kwijt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) deleted on one computer had been changed on the other: the change is kept, on both.</source>
      <translation>
        <numerusform>%n ding dat op de ene computer was verwijderd, was op de andere veranderd: de verandering is bewaard, op allebei.</numerusform>
        <numerusform>%n dingen die op de ene computer waren verwijderd, waren op de andere veranderd: de verandering is bewaard, op allebei.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not read yet: %1 (still syncing, or from a newer version of Trust Planner). It is read once it is whole.</source>
      <translation>Nog niet gelezen: %1 (wordt nog gesynchroniseerd, of komt van een nieuwere versie van Trust Planner). Het wordt gelezen zodra het compleet is.</translation>
    </message>
    <message>
      <source>Not kept in step with another computer.</source>
      <translation>Niet gelijk gehouden met een andere computer.</translation>
    </message>
    <message>
      <source>Kept in step through %1, as computer %2.</source>
      <translation>Gelijk gehouden via %1, als computer %2.</translation>
    </message>
    <message numerus="yes">
      <source>Other computers in the folder: %n</source>
      <translation>
        <numerusform>Andere computers in de map: %n</numerusform>
        <numerusform>Andere computers in de map: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Changes not written to the folder yet: %n</source>
      <translation>
        <numerusform>Wijzigingen nog niet in de map: %n</numerusform>
        <numerusform>Wijzigingen nog niet in de map: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>Answer the letter from the council</source>
      <translation>De brief van de gemeente beantwoorden</translation>
    </message>
    <message>
      <source>Call the dentist</source>
      <translation>De tandarts bellen</translation>
    </message>
    <message>
      <source>Clean the kitchen</source>
      <translation>De keuken schoonmaken</translation>
    </message>
    <message>
      <source>Write the project proposal</source>
      <translation>Het projectvoorstel schrijven</translation>
    </message>
    <message>
      <source>Go for a walk</source>
      <translation>Een wandeling maken</translation>
    </message>
    <message>
      <source>Pay the bills</source>
      <translation>De rekeningen betalen</translation>
    </message>
    <message>
      <source>Tidy the desk</source>
      <translation>Het bureau opruimen</translation>
    </message>
    <message>
      <source>Read a chapter</source>
      <translation>Een hoofdstuk lezen</translation>
    </message>
    <message>
      <source>Prepare the meeting</source>
      <translation>Het overleg voorbereiden</translation>
    </message>
    <message>
      <source>Reply to emails</source>
      <translation>Mails beantwoorden</translation>
    </message>
    <message>
      <source>Do the laundry</source>
      <translation>De was doen</translation>
    </message>
    <message>
      <source>Fix the bike tyre</source>
      <translation>De fietsband plakken</translation>
    </message>
    <message>
      <source>Sort the tax papers</source>
      <translation>De belastingpapieren uitzoeken</translation>
    </message>
    <message>
      <source>Practise Spanish</source>
      <translation>Spaans oefenen</translation>
    </message>
    <message>
      <source>Cook a proper dinner</source>
      <translation>Een echte maaltijd koken</translation>
    </message>
    <message>
      <source>Water the plants</source>
      <translation>De planten water geven</translation>
    </message>
    <message>
      <source>Update my CV</source>
      <translation>Mijn cv bijwerken</translation>
    </message>
    <message>
      <source>Clear out the wardrobe</source>
      <translation>De kledingkast uitruimen</translation>
    </message>
    <message>
      <source>Send a card to grandma</source>
      <translation>Oma een kaartje sturen</translation>
    </message>
    <message>
      <source>Plan the holiday</source>
      <translation>De vakantie plannen</translation>
    </message>
    <message>
      <source>Stretch and breathe</source>
      <translation>Even stretchen en ademhalen</translation>
    </message>
    <message>
      <source>Back up the photos</source>
      <translation>Een reservekopie van de foto's maken</translation>
    </message>
    <message>
      <source>Book the car service</source>
      <translation>Een onderhoudsbeurt voor de auto afspreken</translation>
    </message>
    <message>
      <source>Review the budget</source>
      <translation>Het huishoudboekje nakijken</translation>
    </message>
    <message>
      <source>Write in my journal</source>
      <translation>In mijn dagboek schrijven</translation>
    </message>
    <message>
      <source>Paint the hallway</source>
      <translation>De gang schilderen</translation>
    </message>
    <message>
      <source>Learn the new software</source>
      <translation>Leren werken met het nieuwe programma</translation>
    </message>
    <message>
      <source>Return the library books</source>
      <translation>De bibliotheekboeken terugbrengen</translation>
    </message>
    <message>
      <source>Not important after all</source>
      <translation>Toch niet belangrijk</translation>
    </message>
    <message>
      <source>Someone else did it</source>
      <translation>Iemand anders heeft het gedaan</translation>
    </message>
    <message>
      <source>Too much this week</source>
      <translation>Deze week te veel</translation>
    </message>
    <message>
      <source>Busy day</source>
      <translation>Drukke dag</translation>
    </message>
    <message>
      <source>Waiting for an answer</source>
      <translation>Wacht nog op antwoord</translation>
    </message>
    <message>
      <source>The day filled up</source>
      <translation>De dag liep vol</translation>
    </message>
    <message>
      <source>It was bigger than I thought</source>
      <translation>Het was meer werk dan ik dacht</translation>
    </message>
    <message>
      <source>I felt unwell</source>
      <translation>Ik voelde me niet lekker</translation>
    </message>
    <message>
      <source>Forgot about it</source>
      <translation>Schoot erbij in</translation>
    </message>
    <message>
      <source>Too tired in the evening</source>
      <translation>'s Avonds te moe</translation>
    </message>
    <message>
      <source>Speaking up at work</source>
      <translation>Je uitspreken op het werk</translation>
    </message>
    <message>
      <source>Say good morning to the whole team</source>
      <translation>Het hele team goedemorgen wensen</translation>
    </message>
    <message>
      <source>Ask a question in the team meeting</source>
      <translation>Een vraag stellen in het teamoverleg</translation>
    </message>
    <message>
      <source>Share an idea in the meeting</source>
      <translation>Een idee delen in het overleg</translation>
    </message>
    <message>
      <source>Disagree politely with a colleague</source>
      <translation>Vriendelijk van mening verschillen met een collega</translation>
    </message>
    <message>
      <source>Give a short talk to the team</source>
      <translation>Een kort praatje houden voor het team</translation>
    </message>
    <message>
      <source>Phone calls</source>
      <translation>Telefoneren</translation>
    </message>
    <message>
      <source>Call a friend back</source>
      <translation>Een vriend terugbellen</translation>
    </message>
    <message>
      <source>Call the pharmacy</source>
      <translation>De apotheek bellen</translation>
    </message>
    <message>
      <source>Call the dentist to book</source>
      <translation>De tandarts bellen voor een afspraak</translation>
    </message>
    <message>
      <source>Call the council with a question</source>
      <translation>De gemeente bellen met een vraag</translation>
    </message>
    <message>
      <source>Call to complain about a bill</source>
      <translation>Bellen om over een rekening te klagen</translation>
    </message>
    <message>
      <source>Being among people</source>
      <translation>Onder de mensen zijn</translation>
    </message>
    <message>
      <source>Have a coffee on a quiet terrace</source>
      <translation>Koffie drinken op een rustig terras</translation>
    </message>
    <message>
      <source>Do the shopping on a Saturday</source>
      <translation>Op zaterdag boodschappen doen</translation>
    </message>
    <message>
      <source>Take the busy train</source>
      <translation>De drukke trein nemen</translation>
    </message>
    <message>
      <source>Go to a birthday party</source>
      <translation>Naar een verjaardag gaan</translation>
    </message>
    <message>
      <source>Go to a concert</source>
      <translation>Naar een concert gaan</translation>
    </message>
    <message>
      <source>Said no to an extra task</source>
      <translation>Nee gezegd tegen een extra taak</translation>
    </message>
    <message>
      <source>work</source>
      <translation>werk</translation>
    </message>
    <message>
      <source>Asked for help with the move</source>
      <translation>Om hulp gevraagd bij de verhuizing</translation>
    </message>
    <message>
      <source>friends</source>
      <translation>vrienden</translation>
    </message>
    <message>
      <source>Went to the doctor about my back</source>
      <translation>Naar de huisarts gegaan voor mijn rug</translation>
    </message>
    <message>
      <source>health</source>
      <translation>gezondheid</translation>
    </message>
    <message>
      <source>Told my sister how I felt</source>
      <translation>Mijn zus verteld hoe ik me voelde</translation>
    </message>
    <message>
      <source>family</source>
      <translation>familie</translation>
    </message>
    <message>
      <source>Returned a broken kettle to the shop</source>
      <translation>Een kapotte waterkoker teruggebracht naar de winkel</translation>
    </message>
    <message>
      <source>Asked for a raise</source>
      <translation>Om opslag gevraagd</translation>
    </message>
    <message>
      <source>Drove on the motorway</source>
      <translation>Over de snelweg gereden</translation>
    </message>
    <message>
      <source>travel</source>
      <translation>reizen</translation>
    </message>
    <message>
      <source>They will think I am stupid</source>
      <translation>Ze zullen me dom vinden</translation>
    </message>
    <message>
      <source>I will stumble over my words</source>
      <translation>Ik ga over mijn woorden struikelen</translation>
    </message>
    <message>
      <source>They will be annoyed with me</source>
      <translation>Ze gaan zich aan me ergeren</translation>
    </message>
    <message>
      <source>I will panic and have to leave</source>
      <translation>Ik raak in paniek en moet weg</translation>
    </message>
    <message>
      <source>It went fine; nobody seemed to mind</source>
      <translation>Het ging goed; niemand leek het erg te vinden</translation>
    </message>
    <message>
      <source>I was nervous at first, then it passed</source>
      <translation>Eerst was ik zenuwachtig, daarna ging het over</translation>
    </message>
    <message>
      <source>Someone even thanked me</source>
      <translation>Iemand bedankte me zelfs</translation>
    </message>
    <message>
      <source>It was awkward for a moment, that was all</source>
      <translation>Het was even ongemakkelijk, meer niet</translation>
    </message>
    <message>
      <source>The worry beforehand is worse than the thing itself</source>
      <translation>Het piekeren vooraf is erger dan het moment zelf</translation>
    </message>
    <message>
      <source>People are kinder than I expect</source>
      <translation>Mensen zijn aardiger dan ik verwacht</translation>
    </message>
    <message>
      <source>I can feel nervous and still do it</source>
      <translation>Ik kan zenuwachtig zijn en het toch doen</translation>
    </message>
    <message>
      <source>Grandma</source>
      <translation>Oma</translation>
    </message>
    <message>
      <source>No to extra work on Saturday</source>
      <translation>Nee tegen extra werk op zaterdag</translation>
    </message>
    <message>
      <source>my manager</source>
      <translation>mijn leidinggevende</translation>
    </message>
    <message>
      <source>Said I need an evening to myself</source>
      <translation>Gezegd dat ik een avond voor mezelf nodig heb</translation>
    </message>
    <message>
      <source>They will think I don't care</source>
      <translation>Ze gaan denken dat het me niet kan schelen</translation>
    </message>
    <message>
      <source>They said it was fine</source>
      <translation>Ze zeiden dat het goed was</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Something went wrong</source>
      <translation>Er ging iets mis</translation>
    </message>
    <message>
      <source>Something unexpected happened, and that last step may not have worked. Everything you saved before is safe.</source>
      <translation>Er gebeurde iets onverwachts, en die laatste stap heeft misschien niet gewerkt. Alles wat je eerder opsloeg, is veilig.</translation>
    </message>
    <message>
      <source>If it keeps happening, the details are in %1</source>
      <translation>Als het blijft gebeuren: de details staan in %1</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <source>the file cannot be read (%1)</source>
      <translation>het bestand kan niet worden gelezen (%1)</translation>
    </message>
    <message>
      <source>the file is larger than %1 MB, too large to be an export</source>
      <translation>het bestand is groter dan %1 MB, te groot voor een export</translation>
    </message>
    <message>
      <source>this is not a JSON file (the problem is on line %1)</source>
      <translation>dit is geen JSON-bestand (het probleem zit op regel %1)</translation>
    </message>
    <message>
      <source>this is not a JSON text file</source>
      <translation>dit is geen JSON-tekstbestand</translation>
    </message>
    <message>
      <source>the file is nested too deeply to be an export</source>
      <translation>het bestand is te diep genest voor een export</translation>
    </message>
    <message>
      <source>this is not a Trust Planner export</source>
      <translation>dit is geen export van Trust Planner</translation>
    </message>
    <message>
      <source>this export has format version %1, and this Trust Planner reads version %2; a newer Trust Planner may read it</source>
      <translation>deze export heeft formaatversie %1, en deze Trust Planner leest versie %2; een nieuwere Trust Planner kan hem misschien lezen</translation>
    </message>
    <message>
      <source>there is no part called “%1” in an export</source>
      <translation>een export heeft geen onderdeel “%1”</translation>
    </message>
    <message>
      <source>should be a list of records</source>
      <translation>moet een lijst met items zijn</translation>
    </message>
    <message>
      <source>should be a record with named fields</source>
      <translation>moet een item met benoemde velden zijn</translation>
    </message>
    <message>
      <source>holds more than %1 records</source>
      <translation>bevat meer dan %1 items</translation>
    </message>
    <message>
      <source>is missing</source>
      <translation>ontbreekt</translation>
    </message>
    <message>
      <source>should be text</source>
      <translation>moet tekst zijn</translation>
    </message>
    <message>
      <source>should not be empty</source>
      <translation>mag niet leeg zijn</translation>
    </message>
    <message>
      <source>is longer than %1 characters</source>
      <translation>is langer dan %1 tekens</translation>
    </message>
    <message>
      <source>should be a whole number</source>
      <translation>moet een heel getal zijn</translation>
    </message>
    <message>
      <source>should be a whole number from %1 to %2</source>
      <translation>moet een heel getal van %1 tot %2 zijn</translation>
    </message>
    <message>
      <source>should be a number</source>
      <translation>moet een getal zijn</translation>
    </message>
    <message>
      <source>should be true or false</source>
      <translation>moet true of false zijn</translation>
    </message>
    <message>
      <source>is not a field that an export has</source>
      <translation>is geen veld dat een export heeft</translation>
    </message>
    <message>
      <source>should be a date written as YYYY-MM-DD, from 1970 to 2200</source>
      <translation>moet een datum zijn, geschreven als JJJJ-MM-DD, van 1970 tot en met 2200</translation>
    </message>
    <message>
      <source>should be a date and time, like 2026-11-25T09:10:00+01:00</source>
      <translation>moet een datum en tijd zijn, zoals 2026-11-25T09:10:00+01:00</translation>
    </message>
    <message>
      <source>should be one of: %1</source>
      <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
      <source>should be a list of at most %1 tags of at most %2 characters</source>
      <translation>moet een lijst van hoogstens %1 labels van hoogstens %2 tekens zijn</translation>
    </message>
    <message>
      <source>uses %1, which an earlier record of this kind uses too</source>
      <translation>gebruikt %1, net als een eerder item van deze soort</translation>
    </message>
    <message>
      <source>refers to %1, which is not in the file</source>
      <translation>verwijst naar %1, dat niet in het bestand staat</translation>
    </message>
    <message>
      <source>leads back to the record itself</source>
      <translation>leidt terug naar het item zelf</translation>
    </message>
    <message>
      <source>an ending needs both its outcome and its time</source>
      <translation>een afloop heeft zowel de uitkomst als de tijd nodig</translation>
    </message>
    <message>
      <source>%1 is not a value this setting can have</source>
      <translation>%1 is geen waarde die deze instelling kan hebben</translation>
    </message>
    <message>
      <source>the data folder refused a record (%1)</source>
      <translation>de gegevensmap weigerde een item (%1)</translation>
    </message>
    <message>
      <source>holds a broken character (half of a pair), so it cannot be kept as text</source>
      <translation>bevat een kapot teken (de helft van een paar), dus het kan niet als tekst bewaard worden</translation>
    </message>
    <message>
      <source>holds a control character, which a name cannot have</source>
      <translation>bevat een stuurteken, en dat hoort niet in een naam</translation>
    </message>
    <message>
      <source>should be a time of day, such as 19:00</source>
      <translation>moet een tijdstip zijn, zoals 19:00</translation>
    </message>
    <message>
      <source>%1, record %2, “%3”</source>
      <translation>%1, item %2, “%3”</translation>
    </message>
    <message>
      <source>%1, record %2</source>
      <translation>%1, item %2</translation>
    </message>
    <message numerus="yes">
      <source>and %n more problem(s) like these</source>
      <translation>
        <numerusform>en nog %n probleem zoals deze</numerusform>
        <numerusform>en nog %n problemen zoals deze</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 (and %n more problem(s))</source>
      <translation>
        <numerusform>%1 (en nog %n probleem)</numerusform>
        <numerusform>%1 (en nog %n problemen)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>learning</name>
    <message>
      <source>Still getting to know your days; until then the meter goes by your estimates.</source>
      <translation>De app leert je dagen nog kennen; tot dan gaat de meter uit van je eigen schattingen.</translation>
    </message>
    <message>
      <source>As your days usually go, this takes about as long as planned.</source>
      <translation>Zoals je dagen meestal gaan, duurt dit ongeveer zo lang als gepland.</translation>
    </message>
    <message>
      <source>As your days usually go, this takes about %1, a little more than the %2 you have. Things often take a bit longer than planned; that is very common.</source>
      <translation>Zoals je dagen meestal gaan, duurt dit ongeveer %1: iets meer dan de %2 die je hebt. Dingen duren vaak wat langer dan gepland; dat heeft bijna iedereen.</translation>
    </message>
    <message>
      <source>As your days usually go, this takes about %1. Things often take a bit longer than planned; that is very common.</source>
      <translation>Zoals je dagen meestal gaan, duurt dit ongeveer %1. Dingen duren vaak wat langer dan gepland; dat heeft bijna iedereen.</translation>
    </message>
    <message>
      <source>As your days usually go, this takes about %1: often less than you plan.</source>
      <translation>Zoals je dagen meestal gaan, duurt dit ongeveer %1: vaak minder dan je plant.</translation>
    </message>
    <message>
      <source>On days like this one you kept nearly all of them.</source>
      <translation>Op dagen zoals deze kwam je ze bijna allemaal na.</translation>
    </message>
    <message>
      <source>On days like this one you kept about %1 of 10.</source>
      <translation>Op dagen zoals deze kwam je ongeveer %1 van de 10 afspraken na.</translation>
    </message>
    <message>
      <source>A plan you are likely to keep.</source>
      <translation>Een plan dat je waarschijnlijk waarmaakt.</translation>
    </message>
    <message>
      <source>A fair chance; a little lighter would make it likelier.</source>
      <translation>Een redelijke kans; iets lichter maakt het waarschijnlijker.</translation>
    </message>
    <message>
      <source>About half and half; a lighter plan is kept more often.</source>
      <translation>Ongeveer half om half; een lichter plan lukt vaker.</translation>
    </message>
    <message>
      <source>A full day by your own history. Lighter days are kept more often: choose what matters most, and move or let go of the rest.</source>
      <translation>Een volle dag, naar je eigen geschiedenis. Lichtere dagen lukken vaker: kies wat het belangrijkst is, en verplaats de rest of laat het los.</translation>
    </message>
    <message>
      <source>Up to %1</source>
      <translation>Tot %1</translation>
    </message>
    <message>
      <source>Longer than %1</source>
      <translation>Langer dan %1</translation>
    </message>
    <message>
      <source>Days planned up to half full</source>
      <translation>Dagen gepland tot half vol</translation>
    </message>
    <message>
      <source>Days planned up to %1 %</source>
      <translation>Dagen gepland tot %1 %</translation>
    </message>
    <message>
      <source>Days planned over %1 %</source>
      <translation>Dagen gepland boven %1 %</translation>
    </message>
    <message numerus="yes">
      <source>(from %n agreement(s))</source>
      <translation>
        <numerusform>(uit %n afspraak)</numerusform>
        <numerusform>(uit %n afspraken)</numerusform>
      </translation>
    </message>
    <message>
      <source>not enough to say yet (%1 of %2)</source>
      <translation>nog te weinig om iets te zeggen (%1 van %2)</translation>
    </message>
    <message>
      <source>takes about %1 times what you planned</source>
      <translation>duurt ongeveer %1 keer zo lang als je plande</translation>
    </message>
    <message>
      <source>you kept about %1 of 10</source>
      <translation>je kwam er ongeveer %1 van de 10 na</translation>
    </message>
    <message>
      <source>about as usual</source>
      <translation>ongeveer zoals gewoonlijk</translation>
    </message>
    <message>
      <source>about %1 in 10 more kept than usual</source>
      <translation>ongeveer %1 van de 10 vaker nagekomen dan gewoonlijk</translation>
    </message>
    <message>
      <source>about %1 in 10 fewer kept than usual</source>
      <translation>ongeveer %1 van de 10 minder vaak nagekomen dan gewoonlijk</translation>
    </message>
    <message>
      <source>The last four weeks</source>
      <translation>De afgelopen vier weken</translation>
    </message>
    <message>
      <source>about as much kept as four weeks before</source>
      <translation>ongeveer even vaak nagekomen als vier weken eerder</translation>
    </message>
    <message>
      <source>about %1 in 10 more kept than four weeks before</source>
      <translation>ongeveer %1 van de 10 vaker nagekomen dan vier weken eerder</translation>
    </message>
    <message>
      <source>about %1 in 10 fewer kept than four weeks before</source>
      <translation>ongeveer %1 van de 10 minder vaak nagekomen dan vier weken eerder</translation>
    </message>
    <message>
      <source>Trust Planner learns only from your own days, and only on this computer. When you mark an agreement kept you may say how long it took; from that it learns how long things of each size take you, on average. From how your agreements ended it learns how much of a day's plan you keep when the day is light or full: a fuller day never counts as kept more often than a lighter one. A weekday counts as different only as far as that is more than chance. Recent weeks count more: something from %1 days ago counts half, and the way things have been going lately moves every figure, so that it follows you when you change. Your figures over all days start from a neutral value (as planned; %2 % kept), and each size and kind of day starts from those; each start is worth %3 agreements, so one odd day never swings a figure, and once a figure rests on 50 agreements, its start counts for less than a tenth. With fewer than %4 agreements to go on, no figure is given. Today counts from tomorrow.</source>
      <translation>Trust Planner leert alleen van je eigen dagen, en alleen op deze computer. Als je een afspraak als nagekomen aanmerkt, kun je zeggen hoe lang het duurde; daaruit leert de app hoe lang dingen van elke omvang bij jou gemiddeld duren. Uit hoe je afspraken afliepen leert de app hoeveel van een dagplanning je nakomt op lichte en op volle dagen: een vollere dag telt nooit als vaker nagekomen dan een lichtere. Een weekdag telt alleen als anders voor zover dat meer is dan toeval. Recente weken tellen zwaarder: iets van %1 dagen geleden telt half, en de kant die het de laatste tijd op gaat, verschuift elk getal, zodat het met je meegaat als je verandert. Je getallen over alle dagen beginnen bij een neutrale waarde (zoals gepland; %2 % nagekomen), en elke omvang en soort dag begint bij die getallen; elk begin telt als %3 afspraken, zodat één vreemde dag een getal nooit omgooit, en rust een getal op 50 afspraken, dan telt zijn begin voor minder dan een tiende. Met minder dan %4 afspraken geeft de app nog geen getal. Vandaag telt vanaf morgen mee.</translation>
    </message>
    <message>
      <source>How long things take you</source>
      <translation>Hoe lang dingen bij jou duren</translation>
    </message>
    <message>
      <source>How much of a day you keep</source>
      <translation>Hoeveel van een dag je nakomt</translation>
    </message>
    <message>
      <source>All days</source>
      <translation>Alle dagen</translation>
    </message>
    <message>
      <source>By weekday, and lately</source>
      <translation>Per weekdag, en de laatste tijd</translation>
    </message>
  </context>
  <context>
    <name>promises</name>
    <message>
      <source>on %1</source>
      <translation>op %1</translation>
    </message>
    <message>
      <source>%1 at %2</source>
      <translation>%1 om %2</translation>
    </message>
    <message>
      <source>About “%1” %2: I didn't make it, and I'm sorry. You were counting on me. Could we find another time?</source>
      <translation>Over “%1” %2: ik ben er niet bij geweest, en het spijt me. Je rekende op me. Zullen we een ander moment zoeken?</translation>
    </message>
    <message>
      <source>About “%1” %2: I can't make it, and I'd rather tell you now than at the last moment. Could we move it to %3?</source>
      <translation>Over “%1” %2: het lukt me niet, en ik zeg het je liever nu dan op het laatste moment. Kunnen we het verzetten naar %3?</translation>
    </message>
    <message>
      <source>About “%1” %2: I can't make it, and I'd rather tell you now than at the last moment. Could we find another time?</source>
      <translation>Over “%1” %2: het lukt me niet, en ik zeg het je liever nu dan op het laatste moment. Zullen we een ander moment zoeken?</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <source>the charts could not be drawn just now</source>
      <translation>de grafieken konden zojuist niet worden getekend</translation>
    </message>
    <message>
      <source>%1 (continued)</source>
      <translation>%1 (vervolg)</translation>
    </message>
    <message>
      <source>Your agreements</source>
      <translation>Je afspraken</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Afspraak</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <source>How it ended</source>
      <translation>Hoe het afliep</translation>
    </message>
    <message>
      <source>Reason or note</source>
      <translation>Reden of notitie</translation>
    </message>
    <message>
      <source>No agreements were made for these days.</source>
      <translation>Voor deze dagen zijn geen afspraken gemaakt.</translation>
    </message>
    <message>
      <source>%1 (%2×)</source>
      <translation>%1 (%2×)</translation>
    </message>
    <message>
      <source>Your agreements, week by week</source>
      <translation>Je afspraken, per week</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>Week van</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Gemaakt</translation>
    </message>
    <message>
      <source>Reasons and notes</source>
      <translation>Redenen en notities</translation>
    </message>
    <message>
      <source>What you dared, month by month</source>
      <translation>Wat je aandurfde, per maand</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Maand</translation>
    </message>
    <message>
      <source>Times</source>
      <translation>Aantal keer</translation>
    </message>
    <message>
      <source>Anxiety before → after, on average</source>
      <translation>Spanning ervoor → erna, gemiddeld</translation>
    </message>
    <message>
      <source>What you feared came true: yes, partly, no</source>
      <translation>Kwam uit wat je vreesde: ja, deels, nee</translation>
    </message>
    <message>
      <source>Fears you faced</source>
      <translation>Wat je aandurfde</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Situatie</translation>
    </message>
    <message>
      <source>Anxiety before → after</source>
      <translation>Spanning ervoor → erna</translation>
    </message>
    <message>
      <source>Did what you feared happen?</source>
      <translation>Kwam uit wat je vreesde?</translation>
    </message>
    <message>
      <source>What you learned</source>
      <translation>Wat je leerde</translation>
    </message>
    <message>
      <source>No fears faced were written down for these days.</source>
      <translation>Voor deze dagen is niet opgeschreven wat je aandurfde.</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Iedereen</translation>
    </message>
    <message>
      <source>Someone %1</source>
      <translation>Iemand %1</translation>
    </message>
    <message>
      <source>Promises to others</source>
      <translation>Beloftes aan anderen</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Promises</source>
      <translation>Beloftes</translation>
    </message>
    <message>
      <source>Could not be kept</source>
      <translation>Kon niet doorgaan</translation>
    </message>
    <message>
      <source>Of those, told them early</source>
      <translation>Daarvan op tijd laten weten</translation>
    </message>
    <message>
      <source>Repaired</source>
      <translation>Goedgemaakt</translation>
    </message>
    <message>
      <source>No promises to others in these days.</source>
      <translation>Geen beloftes aan anderen in deze dagen.</translation>
    </message>
    <message>
      <source>the report cannot be written there</source>
      <translation>het verslag kan daar niet worden geschreven</translation>
    </message>
    <message>
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Your progress</source>
      <translation>Je voortgang</translation>
    </message>
    <message>
      <source>Self-trust index: %1 at the start, %2 at the end (%3).</source>
      <translation>Zelfvertrouwensindex: %1 aan het begin, %2 aan het eind (%3).</translation>
    </message>
    <message>
      <source>Agreements made</source>
      <translation>Gemaakte afspraken</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>Nagekomen</translation>
    </message>
    <message>
      <source>Renegotiated in time</source>
      <translation>Op tijd bijgesteld</translation>
    </message>
    <message>
      <source>Renegotiated afterwards</source>
      <translation>Achteraf bijgesteld</translation>
    </message>
    <message>
      <source>Didn't happen</source>
      <translation>Niet gedaan</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>Nog open</translation>
    </message>
    <message>
      <source>Kept, of the agreements that ended</source>
      <translation>Nagekomen (van de afgeronde afspraken)</translation>
    </message>
    <message numerus="yes">
      <source>%1 of the %2 you had (%3), over %n day(s)</source>
      <translation>
        <numerusform>%1 gepland bij %2 beschikbaar (%3), over %n dag</numerusform>
        <numerusform>%1 gepland bij %2 beschikbaar (%3), over %n dagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) with more than the day had</source>
      <translation>
        <numerusform>op %n dag meer gepland dan er tijd was</numerusform>
        <numerusform>op %n dagen meer gepland dan er tijd was</numerusform>
      </translation>
    </message>
    <message>
      <source>Time agreed, against the time you had</source>
      <translation>Afgesproken tijd tegenover je beschikbare tijd</translation>
    </message>
    <message>
      <source>Fears faced</source>
      <translation>Wat je aandurfde</translation>
    </message>
    <message>
      <source>What you feared happened</source>
      <translation>Wat je vreesde, kwam uit</translation>
    </message>
    <message>
      <source>On days you planned within the time you had, you kept %1 of your agreements; on days with more than that, %2. Planning what fits helped.</source>
      <translation>Op dagen waarop je binnen je tijd plande, kwam je %1 van je afspraken na; op overvolle dagen %2. Plannen wat past, hielp.</translation>
    </message>
    <message numerus="yes">
      <source>All %n day(s) you planned fitted in the time you had. That is what makes agreements keepable.</source>
      <translation>
        <numerusform>De dag die je plande paste in de tijd die je had. Dat maakt afspraken haalbaar.</numerusform>
        <numerusform>Alle %n dagen die je plande pasten in de tijd die je had. Dat maakt afspraken haalbaar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Agreements of %1 or less were kept %2 of the time; longer ones %3. Small steps helped.</source>
      <translation>Afspraken van %1 of minder kwam je in %2 van de gevallen na; langere in %3. Kleine stappen hielpen.</translation>
    </message>
    <message>
      <source>Your best day of the week was %1: %2 of its agreements kept.</source>
      <translation>Je beste dag van de week was %1: %2 van de afspraken nagekomen.</translation>
    </message>
    <message numerus="yes">
      <source>You renegotiated %n agreement(s) in time. Saying early that something will not fit is also doing what you said.</source>
      <translation>
        <numerusform>Je stelde %n afspraak op tijd bij. Op tijd zeggen dat iets niet past, hoort ook bij doen wat je zegt.</numerusform>
        <numerusform>Je stelde %n afspraken op tijd bij. Op tijd zeggen dat iets niet past, hoort ook bij doen wat je zegt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Of the %n agreement(s) whose time you said, most took about as long as you planned: your estimates are a good guide.</source>
      <translation>
        <numerusform>Van de %n afspraak waarvan je zei hoe lang die duurde, duurde die ongeveer zo lang als gepland: je schattingen zijn een goede gids.</numerusform>
        <numerusform>Van de %n afspraken waarvan je zei hoe lang ze duurden, duurden de meeste ongeveer zo lang als gepland: je schattingen zijn een goede gids.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The %n agreement(s) whose time you said took about %1 times what you planned. Knowing that, the realism meter plans with your own pace.</source>
      <translation>
        <numerusform>De %n afspraak waarvan je zei hoe lang die duurde, duurde ongeveer %1 keer zo lang als gepland. Met dat in gedachten rekent de haalbaarheidsmeter met jouw eigen tempo.</numerusform>
        <numerusform>De %n afspraken waarvan je zei hoe lang ze duurden, duurden ongeveer %1 keer zo lang als gepland. Met dat in gedachten rekent de haalbaarheidsmeter met jouw eigen tempo.</numerusform>
      </translation>
    </message>
    <message>
      <source>in %1 of them; partly in %2</source>
      <translation>bij %1 daarvan; deels bij %2</translation>
    </message>
    <message>
      <source>Anxiety just before, and afterwards, on average</source>
      <translation>Spanning vlak ervoor, en erna, gemiddeld</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1 en %2</translation>
    </message>
    <message>
      <source>There is not enough in these days yet to see what helps. Each small agreement, kept or honestly changed, adds to this.</source>
      <translation>In deze dagen is nog niet genoeg te zien om te weten wat helpt. Elke kleine afspraak, nagekomen of eerlijk bijgesteld, draagt eraan bij.</translation>
    </message>
    <message>
      <source>Self-trust over time</source>
      <translation>Zelfvertrouwen in de loop van de tijd</translation>
    </message>
    <message>
      <source>How agreements ended, per week</source>
      <translation>Hoe afspraken afliepen, per week</translation>
    </message>
    <message>
      <source>How realistic your plans were</source>
      <translation>Hoe haalbaar je plannen waren</translation>
    </message>
    <message>
      <source>The year up to the end of this report</source>
      <translation>Het jaar tot het eind van dit verslag</translation>
    </message>
    <message>
      <source>Planned and what it took</source>
      <translation>Gepland en hoe lang het duurde</translation>
    </message>
    <message>
      <source>Which days keep best</source>
      <translation>Op welke dagen je het meest nakomt</translation>
    </message>
    <message>
      <source>Trust Planner · %1 · made on %2 · page %3 of %4</source>
      <translation>Trust Planner · %1 · gemaakt op %2 · pagina %3 van %4</translation>
    </message>
    <message>
      <source>In figures</source>
      <translation>In cijfers</translation>
    </message>
    <message>
      <source>What helped</source>
      <translation>Wat hielp</translation>
    </message>
    <message>
      <source>the report could not be written whole (perhaps the disk is full); nothing was put there, and your data is safe</source>
      <translation>het verslag kon niet helemaal worden geschreven (misschien is de schijf vol); er is niets neergezet, en je gegevens zijn veilig</translation>
    </message>
  </context>
  <context>
    <name>selftest</name>
    <message>
      <source>%1 agreements in %2 days</source>
      <translation>%1 afspraken in %2 dagen</translation>
    </message>
    <message>
      <source>index %1</source>
      <translation>index %1</translation>
    </message>
    <message>
      <source>%1 pages</source>
      <translation>%1 pagina's</translation>
    </message>
    <message>
      <source>%1 charts</source>
      <translation>%1 grafieken</translation>
    </message>
    <message>
      <source>a store with the demo history</source>
      <translation>gegevens met de voorbeeldgeschiedenis</translation>
    </message>
    <message>
      <source>the self-trust index</source>
      <translation>de zelfvertrouwensindex</translation>
    </message>
    <message>
      <source>a PDF report</source>
      <translation>een PDF-verslag</translation>
    </message>
    <message>
      <source>every Progress chart</source>
      <translation>elke grafiek van Voortgang</translation>
    </message>
    <message>
      <source>self-test failed at %1: %2</source>
      <translation>zelftest mislukt bij %1: %2</translation>
    </message>
    <message>
      <source>ok: %1 (%2)</source>
      <translation>in orde: %1 (%2)</translation>
    </message>
    <message>
      <source>self-test passed</source>
      <translation>zelftest geslaagd</translation>
    </message>
  </context>
  <context>
    <name>spans</name>
    <message>
      <source>All</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Last 4 weeks</source>
      <translation>Laatste 4 weken</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>Laatste 3 maanden</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Afgelopen jaar</translation>
    </message>
    <message>
      <source>Choose dates…</source>
      <translation>Datums kiezen…</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
  </context>
  <context>
    <name>texts</name>
    <message>
      <source>Please fill this in.</source>
      <translation>Vul dit alsjeblieft in.</translation>
    </message>
    <message>
      <source>This is longer than fits here. Please shorten it a little.</source>
      <translation>Dit is langer dan hier past. Maak het alsjeblieft wat korter.</translation>
    </message>
    <message>
      <source>Use a whole number from 0 to 100.</source>
      <translation>Gebruik een heel getal van 0 tot 100.</translation>
    </message>
    <message>
      <source>Use at most %1 tags.</source>
      <translation>Gebruik hoogstens %1 labels.</translation>
    </message>
    <message>
      <source>Keep each tag under %1 characters.</source>
      <translation>Houd elk label onder de %1 tekens.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Partly</source>
      <translation>Deels</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nee</translation>
    </message>
    <message>
      <source>Feeling nervous and doing it anyway is exactly how confidence grows.</source>
      <translation>Zenuwachtig zijn en het toch doen: precies zo groeit zelfvertrouwen.</translation>
    </message>
    <message numerus="yes">
      <source>You faced %n fear(s), and what you feared did not happen.</source>
      <translation>
        <numerusform>Je hebt %n keer iets spannends aangedurfd, en wat je vreesde gebeurde niet.</numerusform>
        <numerusform>Je hebt %n keer iets spannends aangedurfd, en wat je vreesde gebeurde niet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You faced %n fear(s). What you feared happened in %1 of them.</source>
      <translation>
        <numerusform>Je hebt %n keer iets spannends aangedurfd. Wat je vreesde gebeurde bij %1 daarvan.</numerusform>
        <numerusform>Je hebt %n keer iets spannends aangedurfd. Wat je vreesde gebeurde bij %1 daarvan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You faced %n fear(s). What you feared partly happened in %2 of them.</source>
      <translation>
        <numerusform>Je hebt %n keer iets spannends aangedurfd. Wat je vreesde gebeurde deels bij %2 daarvan.</numerusform>
        <numerusform>Je hebt %n keer iets spannends aangedurfd. Wat je vreesde gebeurde deels bij %2 daarvan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You faced %n fear(s). What you feared happened in %1 of them, and partly in %2.</source>
      <translation>
        <numerusform>Je hebt %n keer iets spannends aangedurfd. Wat je vreesde gebeurde bij %1 daarvan, en deels bij %2.</numerusform>
        <numerusform>Je hebt %n keer iets spannends aangedurfd. Wat je vreesde gebeurde bij %1 daarvan, en deels bij %2.</numerusform>
      </translation>
    </message>
    <message>
      <source>Your anxiety was %1 on average just before, and %2 afterwards.</source>
      <translation>Je spanning was gemiddeld %1 vlak ervoor, en %2 erna.</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 u</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 u %2 min</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>Tomorrow</source>
      <translation>Morgen</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>Gisteren</translation>
    </message>
    <message>
      <source>today</source>
      <translation>vandaag</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>morgen</translation>
    </message>
    <message>
      <source>yesterday</source>
      <translation>gisteren</translation>
    </message>
    <message>
      <source>ddd d MMM yyyy</source>
      <comment>Qt date format for date fields</comment>
      <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>Nagekomen</translation>
    </message>
    <message>
      <source>Renegotiated</source>
      <translation>Bijgesteld</translation>
    </message>
    <message>
      <source>Renegotiated afterwards</source>
      <translation>Achteraf bijgesteld</translation>
    </message>
    <message>
      <source>Didn't happen</source>
      <translation>Niet gedaan</translation>
    </message>
    <message>
      <source>Kept. One more time you did what you said.</source>
      <translation>Nagekomen. Weer deed je wat je zei.</translation>
    </message>
    <message>
      <source>Kept. This is how trust in yourself grows.</source>
      <translation>Nagekomen. Zo groeit het vertrouwen in jezelf.</translation>
    </message>
    <message>
      <source>Kept. You said it, and you did it.</source>
      <translation>Nagekomen. Je zei het, en je deed het.</translation>
    </message>
    <message>
      <source>Kept. A promise to yourself, kept.</source>
      <translation>Nagekomen. Een afspraak met jezelf, waargemaakt.</translation>
    </message>
    <message>
      <source>Noted. Thank you for being honest with yourself.</source>
      <translation>Genoteerd. Dank je wel dat je eerlijk bent tegen jezelf.</translation>
    </message>
    <message>
      <source>Noted. Saying so honestly is part of keeping your word.</source>
      <translation>Genoteerd. Het eerlijk zeggen hoort ook bij woord houden.</translation>
    </message>
    <message>
      <source>Noted. Some days go differently, and that is all right.</source>
      <translation>Genoteerd. Sommige dagen lopen anders, en dat mag.</translation>
    </message>
    <message>
      <source>Nothing planned yet. Paste your list, or add one thing below.</source>
      <translation>Nog niets gepland. Plak je lijst, of voeg hieronder één ding toe.</translation>
    </message>
    <message>
      <source>You have set no time for this day, so everything here is extra. Move it to another day, or give this day some time.</source>
      <translation>Je hebt voor deze dag geen tijd ingesteld, dus alles hier is extra. Verplaats het naar een andere dag, of geef deze dag wat tijd.</translation>
    </message>
    <message>
      <source>This fits in your day, with room to spare.</source>
      <translation>Dit past in je dag, met ruimte over.</translation>
    </message>
    <message>
      <source>This just fits in your day. Leave a little room for the unexpected.</source>
      <translation>Dit past net in je dag. Laat wat ruimte voor het onverwachte.</translation>
    </message>
    <message>
      <source>This list is about %1 more than fits in your day: choose what to keep, split or move.</source>
      <translation>Deze lijst is ongeveer %1 meer dan in je dag past: kies wat je houdt, opdeelt of verplaatst.</translation>
    </message>
    <message>
      <source>This list is about %1 times what fits in your day: choose what to keep, split or move.</source>
      <translation>Deze lijst is ongeveer %1 keer wat in je dag past: kies wat je houdt, opdeelt of verplaatst.</translation>
    </message>
    <message numerus="yes">
      <source>Still without an estimate: %n item(s).</source>
      <translation>
        <numerusform>Nog zonder schatting: %n punt.</numerusform>
        <numerusform>Nog zonder schatting: %n punten.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 available</source>
      <translation>%1 beschikbaar</translation>
    </message>
    <message>
      <source>%1 planned of %2</source>
      <translation>%1 gepland van %2</translation>
    </message>
    <message>
      <source>That day then holds %1 of the %2 it has.</source>
      <translation>Op die dag staat dan %1 gepland, van de %2 die je hebt.</translation>
    </message>
    <message>
      <source>On days planned as full as that, you kept nearly all of it.</source>
      <translation>Op dagen die zo vol gepland waren, kwam je bijna alles na.</translation>
    </message>
    <message>
      <source>On days planned as full as that, you kept about %1 of every 10 things.</source>
      <translation>Op dagen die zo vol gepland waren, kwam je ongeveer %1 van elke 10 afspraken na.</translation>
    </message>
    <message>
      <source>That is more than the day has: another day with more room may suit you better.</source>
      <translation>Dat is meer dan de dag heeft: een andere dag met meer ruimte past je misschien beter.</translation>
    </message>
    <message>
      <source>Choose or type how long it will take.</source>
      <translation>Kies of typ hoe lang het duurt.</translation>
    </message>
    <message>
      <source>An estimate needs to be more than 0 minutes.</source>
      <translation>Een schatting moet meer dan 0 minuten zijn.</translation>
    </message>
    <message>
      <source>That is more than %1. Make it smaller, or split it over several days.</source>
      <translation>Dat is meer dan %1. Maak het kleiner, of verdeel het over een paar dagen.</translation>
    </message>
    <message>
      <source>Type a time such as 20, 45 min, 1h30 or 1.5 h.</source>
      <translation>Typ een tijd zoals 20, 45 min, 1u30 of 1,5 uur.</translation>
    </message>
    <message>
      <source>Type how long it took, or choose Skip.</source>
      <translation>Typ hoe lang het duurde, of kies Overslaan.</translation>
    </message>
    <message>
      <source>Type a time of at least 1 minute, or choose Skip.</source>
      <translation>Typ een tijd van minstens 1 minuut, of kies Overslaan.</translation>
    </message>
    <message>
      <source>That is more than a day. Type the time for this agreement alone.</source>
      <translation>Dat is meer dan een dag. Typ alleen de tijd voor deze afspraak.</translation>
    </message>
    <message>
      <source>Write what you want to do.</source>
      <translation>Schrijf op wat je wilt doen.</translation>
    </message>
    <message>
      <source>This is %1 characters long; the limit is %2. Shorten it, or put part of it in a second item.</source>
      <translation>Dit is %1 tekens lang; de grens is %2. Maak het korter, of zet een deel in een tweede punt.</translation>
    </message>
    <message>
      <source>Write a short reason, for yourself: what changed?</source>
      <translation>Schrijf een korte reden op, voor jezelf: wat is er veranderd?</translation>
    </message>
    <message>
      <source>Choose today or a later day: a day that is over cannot hold a new agreement.</source>
      <translation>Kies vandaag of een latere dag: een dag die voorbij is kan geen nieuwe afspraak krijgen.</translation>
    </message>
    <message>
      <source>On the same day, the new agreement needs to be smaller than the old one.</source>
      <translation>Op dezelfde dag moet de nieuwe afspraak kleiner zijn dan de oude.</translation>
    </message>
    <message>
      <source>Please keep this under %1 characters.</source>
      <translation>Houd dit alsjeblieft onder de %1 tekens.</translation>
    </message>
    <message>
      <source>This name is %1 characters long; the limit is %2. A first name is enough.</source>
      <translation>Deze naam is %1 tekens lang; het maximum is %2. Een voornaam is genoeg.</translation>
    </message>
    <message>
      <source>This holds a character that is not part of a name (pasted along, perhaps).</source>
      <translation>Hier staat een teken in dat niet bij een naam hoort (misschien mee geplakt).</translation>
    </message>
    <message>
      <source>Type a time of day such as 19:00 or 7.30, or leave it empty.</source>
      <translation>Typ een tijdstip zoals 19:00 of 7.30, of laat het leeg.</translation>
    </message>
  </context>
</TS>