<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Move %n cards</source>
        <translation>Move %n cards</translation>
    </message>
    <message>
        <source>Delete %n cards</source>
        <translation>Delete %n cards</translation>
    </message>
    <message>
        <source>Duplicate %n cards</source>
        <translation>Duplicate %n cards</translation>
    </message>
    <message>
        <source>Paste %n cards</source>
        <translation>Paste %n cards</translation>
    </message>
    <message>
        <source>Cut %n cards</source>
        <translation>Cut %n cards</translation>
    </message>
    <message>
        <source>Add %n cards</source>
        <translation>Add %n cards</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Move touchpoint</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Move action</translation>
    </message>
    <message>
        <source>Move pain point</source>
        <translation>Move pain point</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>Move opportunity</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Move note</translation>
    </message>
    <message>
        <source>Move text</source>
        <translation>Move text</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Add touchpoint</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Add pain point</source>
        <translation>Add pain point</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Add opportunity</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Add text</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Delete touchpoint</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Delete pain point</source>
        <translation>Delete pain point</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Delete opportunity</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation>Delete text</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Edit touchpoint</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>Edit pain point</source>
        <translation>Edit pain point</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Edit opportunity</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Duplicate touchpoint</source>
        <translation>Duplicate touchpoint</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Duplicate action</translation>
    </message>
    <message>
        <source>Duplicate pain point</source>
        <translation>Duplicate pain point</translation>
    </message>
    <message>
        <source>Duplicate opportunity</source>
        <translation>Duplicate opportunity</translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation>Duplicate note</translation>
    </message>
    <message>
        <source>Duplicate text</source>
        <translation>Duplicate text</translation>
    </message>
    <message>
        <source>Paste touchpoint</source>
        <translation>Paste touchpoint</translation>
    </message>
    <message>
        <source>Paste action</source>
        <translation>Paste action</translation>
    </message>
    <message>
        <source>Paste pain point</source>
        <translation>Paste pain point</translation>
    </message>
    <message>
        <source>Paste opportunity</source>
        <translation>Paste opportunity</translation>
    </message>
    <message>
        <source>Paste note</source>
        <translation>Paste note</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Paste text</translation>
    </message>
    <message>
        <source>Cut touchpoint</source>
        <translation>Cut touchpoint</translation>
    </message>
    <message>
        <source>Cut action</source>
        <translation>Cut action</translation>
    </message>
    <message>
        <source>Cut pain point</source>
        <translation>Cut pain point</translation>
    </message>
    <message>
        <source>Cut opportunity</source>
        <translation>Cut opportunity</translation>
    </message>
    <message>
        <source>Cut note</source>
        <translation>Cut note</translation>
    </message>
    <message>
        <source>Cut text</source>
        <translation>Cut text</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>New touchpoint</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>New pain point</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>New text</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>This file is open read-only; the change was not saved.</source>
        <translation>This file is open read-only; the change was not saved.</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Change emotion</translation>
    </message>
    <message>
        <source>Add note to card</source>
        <translation>Add note to card</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Add lane</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Rename stage</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Rename lane</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Rename journey</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Recolour stage</source>
        <translation>Recolour stage</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Hide lane</translation>
    </message>
    <message>
        <source>Show lane</source>
        <translation>Show lane</translation>
    </message>
    <message>
        <source>Change lane type</source>
        <translation>Change lane type</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Delete lane</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Reorder stages</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>Reorder lanes</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Reorder journeys</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Customer actions</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Add journey</translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation>Duplicate journey</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Delete journey</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <source>New improvement…</source>
        <translation>New improvement…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>In voting mode each click on an improvement adds a vote.</source>
        <translation>In voting mode each click on an improvement adds a vote.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Votes per participant (0 = no limit)</source>
        <translation>Votes per participant (0 = no limit)</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Reset votes</translation>
    </message>
    <message>
        <source>Votes each:</source>
        <translation>Votes each:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Search improvements…</source>
        <translation>Search improvements…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n improvement(s)</source>
        <translation>
            <numerusform>Delete %n improvement</numerusform>
            <numerusform>Delete %n improvements</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the card on the map</source>
        <translation>Show the card on the map</translation>
    </message>
    <message>
        <source>Add a vote</source>
        <translation>Add a vote</translation>
    </message>
    <message>
        <source>Set every vote of this journey back to zero? You can undo it.</source>
        <translation>Set every vote of this journey back to zero? You can undo it.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) cast</source>
        <translation>
            <numerusform>%n vote cast</numerusform>
            <numerusform>%n votes cast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) left</source>
        <translation>
            <numerusform>%n vote left</numerusform>
            <numerusform>%n votes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPalette</name>
    <message>
        <source>Card palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a kind onto the map, or press Enter to add it to the current cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CornerItem</name>
    <message>
        <source>Stages → / Lanes ↓</source>
        <translation>Stages → / Lanes ↓</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Find in cards, notes and improvements</source>
        <translation>Find in cards, notes and improvements</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Find text</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Jornada in five minutes</source>
        <translation>Jornada in five minutes</translation>
    </message>
    <message>
        <source>A journey map shows what a customer goes through: &lt;b&gt;stages&lt;/b&gt; run from left to right, &lt;b&gt;lanes&lt;/b&gt; from top to bottom, and &lt;b&gt;cards&lt;/b&gt; sit in the cells.</source>
        <translation>A journey map shows what a customer goes through: &lt;b&gt;stages&lt;/b&gt; run from left to right, &lt;b&gt;lanes&lt;/b&gt; from top to bottom, and &lt;b&gt;cards&lt;/b&gt; sit in the cells.</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Build the map</translation>
    </message>
    <message>
        <source>Start from a template on the start screen, or open a .jornada file.</source>
        <translation>Start from a template on the start screen, or open a .jornada file.</translation>
    </message>
    <message>
        <source>Add a card with the palette or by double-clicking a cell; drag cards between cells.</source>
        <translation>Add a card with the palette or by double-clicking a cell; drag cards between cells.</translation>
    </message>
    <message>
        <source>Give touchpoints a channel and an emotion; the emotion curve follows them. Every emotion has a face and a word, not only a colour.</source>
        <translation>Give touchpoints a channel and an emotion; the emotion curve follows them. Every emotion has a face and a word, not only a colour.</translation>
    </message>
    <message>
        <source>Every change is saved in the file at once. Undo and redo go back and forth.</source>
        <translation>Every change is saved in the file at once. Undo and redo go back and forth.</translation>
    </message>
    <message>
        <source>Run a workshop</source>
        <translation>Run a workshop</translation>
    </message>
    <message>
        <source>Presentation mode (F5) fills the screen. The arrow keys step through the stages; the current stage is highlighted and the rest dimmed.</source>
        <translation>Presentation mode (F5) fills the screen. The arrow keys step through the stages; the current stage is highlighted and the rest dimmed.</translation>
    </message>
    <message>
        <source>Lock the structure so that stages and lanes cannot be moved, renamed or deleted while participants add cards.</source>
        <translation>Lock the structure so that stages and lanes cannot be moved, renamed or deleted while participants add cards.</translation>
    </message>
    <message>
        <source>Quick capture: type and press Enter to add a card to the focused cell; Tab moves to the next cell. Each participant can have a colour.</source>
        <translation>Quick capture: type and press Enter to add a card to the focused cell; Tab moves to the next cell. Each participant can have a colour.</translation>
    </message>
    <message>
        <source>Start the countdown for each activity; at the end, keep a post-workshop snapshot.</source>
        <translation>Start the countdown for each activity; at the end, keep a post-workshop snapshot.</translation>
    </message>
    <message>
        <source>Find and share</source>
        <translation>Find and share</translation>
    </message>
    <message>
        <source>Ctrl+F finds text in cards, notes and improvements; F3 and Shift+F3 go to the next and previous match.</source>
        <translation>Ctrl+F finds text in cards, notes and improvements; F3 and Shift+F3 go to the next and previous match.</translation>
    </message>
    <message>
        <source>Filter the map by lane, persona, channel or evidence, and save the filter as a view.</source>
        <translation>Filter the map by lane, persona, channel or evidence, and save the filter as a view.</translation>
    </message>
    <message>
        <source>Export the map as an image or PDF, and the backlog as an Excel workbook.</source>
        <translation>Export the map as an image or PDF, and the backlog as an Excel workbook.</translation>
    </message>
    <message>
        <source>Language, theme and card text size are in Preferences.</source>
        <translation>Language, theme and card text size are in Preferences.</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Move between cells (canvas) or stages (presentation)</source>
        <translation>Move between cells (canvas) or stages (presentation)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Edit the selected card; in quick capture, add the card</source>
        <translation>Edit the selected card; in quick capture, add the card</translation>
    </message>
    <message>
        <source>Next / previous cell in quick capture; next control elsewhere</source>
        <translation>Next / previous cell in quick capture; next control elsewhere</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected cards</source>
        <translation>Delete the selected cards</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Next / previous match</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Leave presentation mode or close the find bar</source>
        <translation>Leave presentation mode or close the find bar</translation>
    </message>
    <message>
        <source>Lock or unlock the structure (presentation mode)</source>
        <translation>Lock or unlock the structure (presentation mode)</translation>
    </message>
    <message>
        <source>Start or pause the countdown (presentation mode)</source>
        <translation>Start or pause the countdown (presentation mode)</translation>
    </message>
    <message>
        <source>Jornada help</source>
        <translation>Jornada help</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a card to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colou&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rsona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished">Persona</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyList</name>
    <message>
        <source>Journeys</source>
        <translation type="unfinished">Journeys</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation type="unfinished">Rename journey</translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation type="unfinished">Duplicate journey</translation>
    </message>
    <message>
        <source>Delete journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move journey up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move journey down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>This journey is empty: add a stage and a lane.</source>
        <translation>This journey is empty: add a stage and a lane.</translation>
    </message>
    <message>
        <source>Add a stage to place cards.</source>
        <translation>Add a stage to place cards.</translation>
    </message>
    <message>
        <source>Add a lane to place cards.</source>
        <translation>Add a lane to place cards.</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Journey map</source>
        <translation>Journey map</translation>
    </message>
    <message>
        <source>New %1 — type a title, Enter to add</source>
        <translation>New %1 — type a title, Enter to add</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Jornada</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <source>Open journey map</source>
        <translation>Open journey map</translation>
    </message>
    <message>
        <source>Jornada files (*.jornada);;All files (*)</source>
        <translation>Jornada files (*.jornada);;All files (*)</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <source>Read-only: this file cannot be changed here. Edits are disabled.</source>
        <translation>Read-only: this file cannot be changed here. Edits are disabled.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaActions</name>
    <message>
        <source>%n card(s) tied to it will keep their place without a persona.</source>
        <translation>%n card(s) tied to it will keep their place without a persona.</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, GIF or BMP image; it is scaled down and stored in the file.</source>
        <translation>A PNG, JPEG, GIF or BMP image; it is scaled down and stored in the file.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olour…</translation>
    </message>
    <message>
        <source>The colour of this persona&apos;s emotion curve and avatar.</source>
        <translation>The colour of this persona&apos;s emotion curve and avatar.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>e.g. Online shopper, 34, marketing analyst</source>
        <translation>e.g. Online shopper, 34, marketing analyst</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Quote:</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>&amp;Expectations:</source>
        <translation>&amp;Expectations:</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrations:</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Preferred &amp;channels:</source>
        <translation>Preferred &amp;channels:</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Preferred channels</translation>
    </message>
    <message>
        <source>Tick the channels this persona prefers.</source>
        <translation>Tick the channels this persona prefers.</translation>
    </message>
</context>
<context>
    <name>PersonaLibrary</name>
    <message>
        <source>Tick a persona to show it on this journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaStrip</name>
    <message>
        <source>Personas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a persona to this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average emotion of each stage today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average to-be emotion of each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One curve per persona, in the persona&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>When the file is closed</source>
        <translation>When the file is closed</translation>
    </message>
    <message>
        <source>When the file is opened</source>
        <translation>When the file is opened</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Once a day</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Default export folder</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Language and look</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of menus and dialogs. It changes at once.</source>
        <translation>The language of menus and dialogs. It changes at once.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Light, dark, or the same as the system.</source>
        <translation>Light, dark, or the same as the system.</translation>
    </message>
    <message>
        <source>Card &amp;text size:</source>
        <translation>Card &amp;text size:</translation>
    </message>
    <message>
        <source>Card text size in points</source>
        <translation>Card text size in points</translation>
    </message>
    <message>
        <source>Larger text reads better on a projector.</source>
        <translation>Larger text reads better on a projector.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>&amp;Snapshots:</source>
        <translation>&amp;Snapshots:</translation>
    </message>
    <message>
        <source>Snapshot policy</source>
        <translation>Snapshot policy</translation>
    </message>
    <message>
        <source>When Jornada keeps a dated copy of the open file, to go back to later.</source>
        <translation>When Jornada keeps a dated copy of the open file, to go back to later.</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Export folder:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Default export folder</translation>
    </message>
    <message>
        <source>The folder of the map file</source>
        <translation>The folder of the map file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choose the export folder</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Jornada — start</source>
        <translation>Jornada — start</translation>
    </message>
    <message>
        <source>Customer-journey maps for workshops and teams, offline.</source>
        <translation>Customer-journey maps for workshops and teams, offline.</translation>
    </message>
    <message>
        <source>&amp;New map from the selected template</source>
        <translation>&amp;New map from the selected template</translation>
    </message>
    <message>
        <source>New map from the selected template</source>
        <translation>New map from the selected template</translation>
    </message>
    <message>
        <source>&amp;Open a map…</source>
        <translation>&amp;Open a map…</translation>
    </message>
    <message>
        <source>Open a map file</source>
        <translation>Open a map file</translation>
    </message>
    <message>
        <source>Explore the &amp;sample map</source>
        <translation>Explore the &amp;sample map</translation>
    </message>
    <message>
        <source>Open the sample map</source>
        <translation>Open the sample map</translation>
    </message>
    <message>
        <source>&amp;Recent maps</source>
        <translation>&amp;Recent maps</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Recent maps</translation>
    </message>
    <message>
        <source>Maps you open will be listed here.</source>
        <translation>Maps you open will be listed here.</translation>
    </message>
    <message>
        <source>New from a &amp;template</source>
        <translation>New from a &amp;template</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Press Enter to create a map from the template.</source>
        <translation>Press Enter to create a map from the template.</translation>
    </message>
    <message>
        <source>Double-click a template, or select it and press Enter.</source>
        <translation>Double-click a template, or select it and press Enter.</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>New map</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1” already exists; choose another name.</translation>
    </message>
    <message>
        <source>The map could not be created: %1</source>
        <translation>The map could not be created: %1</translation>
    </message>
    <message>
        <source>Sample map</source>
        <translation>Sample map</translation>
    </message>
    <message>
        <source>The sample map could not be created: %1</source>
        <translation>The sample map could not be created: %1</translation>
    </message>
    <message>
        <source>Jornada files (*.jornada)</source>
        <translation>Jornada files (*.jornada)</translation>
    </message>
    <message>
        <source>Open journey map</source>
        <translation>Open journey map</translation>
    </message>
    <message>
        <source>Jornada files (*.jornada);;All files (*)</source>
        <translation>Jornada files (*.jornada);;All files (*)</translation>
    </message>
</context>
<context>
    <name>StructureLock</name>
    <message>
        <source>The structure of this journey is locked: stages and lanes cannot be added, moved, renamed or deleted. Unlock the structure first (Workshop menu).</source>
        <translation>The structure of this journey is locked: stages and lanes cannot be added, moved, renamed or deleted. Unlock the structure first (Workshop menu).</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Your workspace could not be created: %1</source>
        <translation>Your workspace could not be created: %1</translation>
    </message>
</context>
</TS>
