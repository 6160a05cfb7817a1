<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DataActions</name>
    <message numerus="yes">
      <source>Exported %Ln record(s) to %1.</source>
      <translation>
        <numerusform>Exported %Ln record to %1.</numerusform>
        <numerusform>Exported %Ln records to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>While exporting, Trust Planner found that part of your data file is damaged. It saved what could still be read: %Ln record(s), in %1.</source>
      <translation>
        <numerusform>While exporting, Trust Planner found that part of your data file is damaged. It saved what could still be read: %Ln record, in %1.</numerusform>
        <numerusform>While exporting, Trust Planner found that part of your data file is damaged. It saved what could still be read: %Ln records, in %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln record(s) as CSV files to %1.</source>
      <translation>
        <numerusform>Exported %Ln record as CSV files to %1.</numerusform>
        <numerusform>Exported %Ln records as CSV files to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added from %1: %Ln new record(s).</source>
      <translation>
        <numerusform>Added from %1: %Ln new record.</numerusform>
        <numerusform>Added from %1: %Ln new records.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Already there, so left as they were: %Ln record(s).</source>
      <translation>
        <numerusform>Already there, so left as they were: %Ln record.</numerusform>
        <numerusform>Already there, so left as they were: %Ln records.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FearHistory</name>
    <message numerus="yes">
      <source>%n fear(s) faced shown.</source>
      <translation>
        <numerusform>%n fear faced shown.</numerusform>
        <numerusform>%n fears faced shown.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n week(s) in a row with a fear faced.</source>
      <translation>
        <numerusform>%n week in a row with a fear faced.</numerusform>
        <numerusform>%n weeks in a row with a fear faced.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n fear(s) faced</source>
      <translation>
        <numerusform>Delete %n fear faced</numerusform>
        <numerusform>Delete %n fears faced</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n entry(s). Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>Deleted %n entry. Undo with Ctrl+Z.</numerusform>
        <numerusform>Deleted %n entries. Undo with Ctrl+Z.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FitDialog</name>
    <message numerus="yes">
      <source>Keeps %n thing(s) for today, about %1</source>
      <translation>
        <numerusform>Keeps %n thing for today, about %1</numerusform>
        <numerusform>Keeps %n things for today, about %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(%n big one(s) by a first step, the rest after it)</source>
      <translation>
        <numerusform>(%n big one by a first step, the rest after it)</numerusform>
        <numerusform>(%n big ones by a first step, the rest after it)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>spreads %n over %1</source>
      <translation>
        <numerusform>spreads %n over %1</numerusform>
        <numerusform>spreads %n over %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>keeps %n for some day</source>
      <translation>
        <numerusform>keeps %n for some day</numerusform>
        <numerusform>keeps %n for some day</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LadderSteps</name>
    <message numerus="yes">
      <source>A step counts as mastered after %n time(s) in which what you feared did not happen and your anxiety, at its highest, stayed at or under %1.</source>
      <translation>
        <numerusform>A step counts as mastered after %n time in which what you feared did not happen and your anxiety, at its highest, stayed at or under %1.</numerusform>
        <numerusform>A step counts as mastered after %n times in which what you feared did not happen and your anxiety, at its highest, stayed at or under %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message numerus="yes">
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PasteDialog</name>
    <message numerus="yes">
      <source>%n item(s) found.</source>
      <translation>
        <numerusform>%n item found.</numerusform>
        <numerusform>%n items found.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanController</name>
    <message numerus="yes">
      <source>%n thing(s) bigger than one step (more than %1). You can split, or keep whole: both are fine.</source>
      <translation>
        <numerusform>%n thing bigger than one step (more than %1). You can split, or keep whole: both are fine.</numerusform>
        <numerusform>%n things bigger than one step (more than %1). You can split, or keep whole: both are fine.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>From earlier days, not yet agreed: %n item(s). Bring them here to choose again, or leave them.</source>
      <translation>
        <numerusform>From earlier days, not yet agreed: %n item. Bring them here to choose again, or leave them.</numerusform>
        <numerusform>From earlier days, not yet agreed: %n items. Bring them here to choose again, or leave them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for some day: %n thing(s). There is room on this day to bring something back.</source>
      <translation>
        <numerusform>Waiting for some day: %n thing. There is room on this day to bring something back.</numerusform>
        <numerusform>Waiting for some day: %n things. There is room on this day to bring something back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for some day, with no date yet: %n thing(s).</source>
      <translation>
        <numerusform>Waiting for some day, with no date yet: %n thing.</numerusform>
        <numerusform>Waiting for some day, with no date yet: %n things.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n item(s)</source>
      <translation>
        <numerusform>Add %n item</numerusform>
        <numerusform>Add %n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n item(s) to the plan.</source>
      <translation>
        <numerusform>Added %n item to the plan.</numerusform>
        <numerusform>Added %n items to the plan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Split into %n step(s).</source>
      <translation>
        <numerusform>Split into %n step.</numerusform>
        <numerusform>Split into %n steps.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Keep %n item(s) for some day</source>
      <translation>
        <numerusform>Keep %n item for some day</numerusform>
        <numerusform>Keep %n items for some day</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>On your some-day list now: %n item(s). Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>On your some-day list now: %n item. Undo with Ctrl+Z.</numerusform>
        <numerusform>On your some-day list now: %n items. Undo with Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n item(s)</source>
      <translation>
        <numerusform>Move %n item</numerusform>
        <numerusform>Move %n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Moved %n item(s) to %1. Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>Moved %n item to %1. Undo with Ctrl+Z.</numerusform>
        <numerusform>Moved %n items to %1. Undo with Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Spread %n item(s) over %1.</source>
      <translation>
        <numerusform>Spread %n item over %1.</numerusform>
        <numerusform>Spread %n items over %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No coming day has room for %n of them: they stay where they are.</source>
      <translation>
        <numerusform>No coming day has room for %n of them: they stay where they are.</numerusform>
        <numerusform>No coming day has room for %n of them: they stay where they are.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Spread %n item(s)</source>
      <translation>
        <numerusform>Spread %n item</numerusform>
        <numerusform>Spread %n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Let go of %n item(s)</source>
      <translation>
        <numerusform>Let go of %n item</numerusform>
        <numerusform>Let go of %n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Let go of %n item(s). Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>Let go of %n item. Undo with Ctrl+Z.</numerusform>
        <numerusform>Let go of %n items. Undo with Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n item(s)</source>
      <translation>
        <numerusform>Delete %n item</numerusform>
        <numerusform>Delete %n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n item(s). Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>Deleted %n item. Undo with Ctrl+Z.</numerusform>
        <numerusform>Deleted %n items. Undo with Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You made %n agreement(s) with yourself for today.</source>
      <translation>
        <numerusform>You made %n agreement with yourself for today.</numerusform>
        <numerusform>You made %n agreements with yourself for today.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You made %n agreement(s) with yourself for %1.</source>
      <translation>
        <numerusform>You made %n agreement with yourself for %1.</numerusform>
        <numerusform>You made %n agreements with yourself for %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bring %n item(s) to this day</source>
      <translation>
        <numerusform>Bring %n item to this day</numerusform>
        <numerusform>Bring %n items to this day</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Brought %n item(s) to %1. Undo with Ctrl+Z.</source>
      <translation>
        <numerusform>Brought %n item to %1. Undo with Ctrl+Z.</numerusform>
        <numerusform>Brought %n items to %1. Undo with Ctrl+Z.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bring %n item(s) to today</source>
      <translation>
        <numerusform>Bring %n item to today</numerusform>
        <numerusform>Bring %n items to today</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgressController</name>
    <message numerus="yes">
      <source>Your last %n day(s) with agreements: %1 kept, %2 renegotiated in time, %3 afterwards, %4 didn't happen.</source>
      <translation>
        <numerusform>Your last %n day with agreements: %1 kept, %2 renegotiated in time, %3 afterwards, %4 didn't happen.</numerusform>
        <numerusform>Your last %n days with agreements: %1 kept, %2 renegotiated in time, %3 afterwards, %4 didn't happen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
      <source>Saved what could still be read, %Ln record(s), in %1.</source>
      <translation>
        <numerusform>Saved what could still be read, %Ln record, in %1.</numerusform>
        <numerusform>Saved what could still be read, %Ln records, in %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message numerus="yes">
      <source>Your report was saved to %1 (%n page(s)).</source>
      <translation>
        <numerusform>Your report was saved to %1 (%n page).</numerusform>
        <numerusform>Your report was saved to %1 (%n pages).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewController</name>
    <message numerus="yes">
      <source>%n agreement(s): </source>
      <translation>
        <numerusform>%n agreement: </numerusform>
        <numerusform>%n agreements: </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n earlier agreement(s) still open.</source>
      <translation>
        <numerusform>%n earlier agreement still open.</numerusform>
        <numerusform>%n earlier agreements still open.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Mark %n agreement(s) kept</source>
      <translation>
        <numerusform>Mark %n agreement kept</numerusform>
        <numerusform>Mark %n agreements kept</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Say what %n agreement(s) took</source>
      <translation>
        <numerusform>Say what %n agreement took</numerusform>
        <numerusform>Say what %n agreements took</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Note %n agreement(s) as didn't happen</source>
      <translation>
        <numerusform>Note %n agreement as didn't happen</numerusform>
        <numerusform>Note %n agreements as didn't happen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Reopen %n agreement(s)</source>
      <translation>
        <numerusform>Reopen %n agreement</numerusform>
        <numerusform>Reopen %n agreements</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsController</name>
    <message numerus="yes">
      <source>You had chosen %n day(s). The shortest half-life is now a week, so that one hard day never swings the index too much; yours is set to %1 days.</source>
      <translation>
        <numerusform>You had chosen %n day. The shortest half-life is now a week, so that one hard day never swings the index too much; yours is set to %1 days.</numerusform>
        <numerusform>You had chosen %n days. The shortest half-life is now a week, so that one hard day never swings the index too much; yours is set to %1 days.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncWatch</name>
    <message numerus="yes">
      <source>%n thing(s) deleted on one computer had been changed on the other: the change is kept, on both.</source>
      <translation>
        <numerusform>%n thing deleted on one computer had been changed on the other: the change is kept, on both.</numerusform>
        <numerusform>%n things deleted on one computer had been changed on the other: the change is kept, on both.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TookBar</name>
    <message numerus="yes">
      <source>If you like: how long did these %n take, against what you planned?</source>
      <translation>
        <numerusform>If you like: how long did these %n take, against what you planned?</numerusform>
        <numerusform>If you like: how long did these %n take, against what you planned?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrayController</name>
    <message numerus="yes">
      <source>%n agreement(s) for today</source>
      <translation>
        <numerusform>%n agreement for today</numerusform>
        <numerusform>%n agreements for today</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s), </source>
      <translation>
        <numerusform>%n agreement, </numerusform>
        <numerusform>%n agreements, </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kept</source>
      <translation>
        <numerusform>%n kept</numerusform>
        <numerusform>%n kept</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>charts</name>
    <message numerus="yes">
      <source>%1: %n promise(s), %2 kept; told early %3 of %4 not kept</source>
      <translation>
        <numerusform>%1: %n promise, %2 kept; told early %3 of %4 not kept</numerusform>
        <numerusform>%1: %n promises, %2 kept; told early %3 of %4 not kept</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: %n agreement(s); planned %2 on average, took %3 (%4 times)</source>
      <translation>
        <numerusform>%1: %n agreement; planned %2 on average, took %3 (%4 times)</numerusform>
        <numerusform>%1: %n agreements; planned %2 on average, took %3 (%4 times)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fear(s) faced. What you feared happened in %1 of them, and partly in %2.</source>
      <translation>
        <numerusform>%n fear faced. What you feared happened in %1 of them, and partly in %2.</numerusform>
        <numerusform>%n fears faced. What you feared happened in %1 of them, and partly in %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) with agreements that ended; on %1 of them, every one was kept.</source>
      <translation>
        <numerusform>%n day with agreements that ended; on %1 of them, every one was kept.</numerusform>
        <numerusform>%n days with agreements that ended; on %1 of them, every one was kept.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n promise(s) to others, %1 kept.</source>
      <translation>
        <numerusform>%n promise to others, %1 kept.</numerusform>
        <numerusform>%n promises to others, %1 kept.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message numerus="yes">
      <source>your data file %1 is damaged; exported what could be read, %n record(s), to %2</source>
      <translation>
        <numerusform>your data file %1 is damaged; exported what could be read, %n record, to %2</numerusform>
        <numerusform>your data file %1 is damaged; exported what could be read, %n records, to %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n backup(s) in %1:</source>
      <translation>
        <numerusform>%n backup in %1:</numerusform>
        <numerusform>%n backups in %1:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n record(s) to %1.</source>
      <translation>
        <numerusform>Exported %n record to %1.</numerusform>
        <numerusform>Exported %n records to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n new record(s) from %1.</source>
      <translation>
        <numerusform>Imported %n new record from %1.</numerusform>
        <numerusform>Imported %n new records from %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Already there, so left as they were: %n record(s).</source>
      <translation>
        <numerusform>Already there, so left as they were: %n record.</numerusform>
        <numerusform>Already there, so left as they were: %n records.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Took Trust Planner out of the menu: %n file(s) removed from %1.</source>
      <translation>
        <numerusform>Took Trust Planner out of the menu: %n file removed from %1.</numerusform>
        <numerusform>Took Trust Planner out of the menu: %n files removed from %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Trust Planner is in your desktop's menu now: %n file(s) written to %1.</source>
      <translation>
        <numerusform>Trust Planner is in your desktop's menu now: %n file written to %1.</numerusform>
        <numerusform>Trust Planner is in your desktop's menu now: %n files written to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote the report for %1 (%n page(s)) to %2</source>
      <translation>
        <numerusform>Wrote the report for %1 (%n page) to %2</numerusform>
        <numerusform>Wrote the report for %1 (%n pages) to %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Agreements today: %n</source>
      <translation>
        <numerusform>Agreements today: %n</numerusform>
        <numerusform>Agreements today: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>In step through %1: %n change(s) written</source>
      <translation>
        <numerusform>In step through %1: %n change written</numerusform>
        <numerusform>In step through %1: %n changes written</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n taken over.</source>
      <translation>
        <numerusform>, %n taken over.</numerusform>
        <numerusform>, %n taken over.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) from elsewhere came before a later change here: kept aside, not lost.</source>
      <translation>
        <numerusform>%n change from elsewhere came before a later change here: kept aside, not lost.</numerusform>
        <numerusform>%n changes from elsewhere came before a later change here: kept aside, not lost.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) deleted on one computer had been changed on the other: the change is kept, on both.</source>
      <translation>
        <numerusform>%n thing deleted on one computer had been changed on the other: the change is kept, on both.</numerusform>
        <numerusform>%n things deleted on one computer had been changed on the other: the change is kept, on both.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Other computers in the folder: %n</source>
      <translation>
        <numerusform>Other computers in the folder: %n</numerusform>
        <numerusform>Other computers in the folder: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Changes not written to the folder yet: %n</source>
      <translation>
        <numerusform>Changes not written to the folder yet: %n</numerusform>
        <numerusform>Changes not written to the folder yet: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message numerus="yes">
      <source>and %n more problem(s) like these</source>
      <translation>
        <numerusform>and %n more problem like these</numerusform>
        <numerusform>and %n more problems like these</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 (and %n more problem(s))</source>
      <translation>
        <numerusform>%1 (and %n more problem)</numerusform>
        <numerusform>%1 (and %n more problems)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>learning</name>
    <message numerus="yes">
      <source>(from %n agreement(s))</source>
      <translation>
        <numerusform>(from %n agreement)</numerusform>
        <numerusform>(from %n agreements)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message numerus="yes">
      <source>%1 of the %2 you had (%3), over %n day(s)</source>
      <translation>
        <numerusform>%1 of the %2 you had (%3), over %n day</numerusform>
        <numerusform>%1 of the %2 you had (%3), over %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) with more than the day had</source>
      <translation>
        <numerusform>%n day with more than the day had</numerusform>
        <numerusform>%n days with more than the day had</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>All %n day(s) you planned fitted in the time you had. That is what makes agreements keepable.</source>
      <translation>
        <numerusform>All %n day you planned fitted in the time you had. That is what makes agreements keepable.</numerusform>
        <numerusform>All %n days you planned fitted in the time you had. That is what makes agreements keepable.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You renegotiated %n agreement(s) in time. Saying early that something will not fit is also doing what you said.</source>
      <translation>
        <numerusform>You renegotiated %n agreement in time. Saying early that something will not fit is also doing what you said.</numerusform>
        <numerusform>You renegotiated %n agreements in time. Saying early that something will not fit is also doing what you said.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Of the %n agreement(s) whose time you said, most took about as long as you planned: your estimates are a good guide.</source>
      <translation>
        <numerusform>Of the %n agreement whose time you said, most took about as long as you planned: your estimates are a good guide.</numerusform>
        <numerusform>Of the %n agreements whose time you said, most took about as long as you planned: your estimates are a good guide.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The %n agreement(s) whose time you said took about %1 times what you planned. Knowing that, the realism meter plans with your own pace.</source>
      <translation>
        <numerusform>The %n agreement whose time you said took about %1 times what you planned. Knowing that, the realism meter plans with your own pace.</numerusform>
        <numerusform>The %n agreements whose time you said took about %1 times what you planned. Knowing that, the realism meter plans with your own pace.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>texts</name>
    <message numerus="yes">
      <source>You faced %n fear(s), and what you feared did not happen.</source>
      <translation>
        <numerusform>You faced %n fear, and what you feared did not happen.</numerusform>
        <numerusform>You faced %n fears, and what you feared did not happen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You faced %n fear(s). What you feared happened in %1 of them.</source>
      <translation>
        <numerusform>You faced %n fear. What you feared happened in %1 of them.</numerusform>
        <numerusform>You faced %n fears. What you feared happened in %1 of them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You faced %n fear(s). What you feared partly happened in %2 of them.</source>
      <translation>
        <numerusform>You faced %n fear. What you feared partly happened in %2 of them.</numerusform>
        <numerusform>You faced %n fears. What you feared partly happened in %2 of them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You faced %n fear(s). What you feared happened in %1 of them, and partly in %2.</source>
      <translation>
        <numerusform>You faced %n fear. What you feared happened in %1 of them, and partly in %2.</numerusform>
        <numerusform>You faced %n fears. What you feared happened in %1 of them, and partly in %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Still without an estimate: %n item(s).</source>
      <translation>
        <numerusform>Still without an estimate: %n item.</numerusform>
        <numerusform>Still without an estimate: %n items.</numerusform>
      </translation>
    </message>
  </context>
</TS>