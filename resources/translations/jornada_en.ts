<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
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
            <source>Mark observed</source>
            <translation>Mark observed</translation>
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
        <message>
            <source> since %1</source>
            <translation> since %1</translation>
        </message>
        <message>
            <source>%1 has used all %2 votes.</source>
            <translation type="vanished">%1 has used all %2 votes.</translation>
        </message>
        <message>
            <source>&amp;Insights dashboard</source>
            <translation>In&amp;sights dashboard</translation>
        </message>
        <message>
            <source>&amp;Take over (the other computer is off)</source>
            <translation>&amp;Take over (the other computer is off)</translation>
        </message>
        <message>
            <source>(no card)</source>
            <translation>(no card)</translation>
        </message>
        <message>
            <source>(no stage)</source>
            <translation>(no stage)</translation>
        </message>
        <message>
            <source>(no touchpoint)</source>
            <translation>(no touchpoint)</translation>
        </message>
        <message>
            <source>(whole journey)</source>
            <translation>(whole journey)</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Add &amp;improvement for selected card</source>
            <translation>Add &amp;improvement for selected card</translation>
        </message>
        <message>
            <source>Add improvement</source>
            <translation>Add improvement</translation>
        </message>
        <message>
            <source>Add improvement…</source>
            <translation>Add improvement…</translation>
        </message>
        <message>
            <source>Add metric</source>
            <translation>Add metric</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Add persona</translation>
        </message>
        <message>
            <source>Add persona to journey</source>
            <translation>Add persona to journey</translation>
        </message>
        <message>
            <source>Add ↓ or “lower is better” when a smaller value is the better one.</source>
            <translation>Add ↓ or “lower is better” when a smaller value is the better one.</translation>
        </message>
        <message>
            <source>All touchpoints</source>
            <translation>All touchpoints</translation>
        </message>
        <message>
            <source>Another Jornada window is using it.</source>
            <translation>Another Jornada window is using it.</translation>
        </message>
        <message>
            <source>As-is (average)</source>
            <translation>As-is (average)</translation>
        </message>
        <message>
            <source>Average emotion per stage</source>
            <translation>Average emotion per stage</translation>
        </message>
        <message>
            <source>Backlog by status</source>
            <translation>Backlog by status</translation>
        </message>
        <message>
            <source>Big bets</source>
            <translation>Big bets</translation>
        </message>
        <message>
            <source>CSV: improvement backlog</source>
            <translation>CSV: improvement backlog</translation>
        </message>
        <message>
            <source>CSV: touchpoints</source>
            <translation>CSV: touchpoints</translation>
        </message>
        <message>
            <source>Change votes</source>
            <translation>Change votes</translation>
        </message>
        <message>
            <source>Channel: %1</source>
            <translation>Channel: %1</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choose a photo</translation>
        </message>
        <message>
            <source>Click a point to select the improvement in the backlog.</source>
            <translation>Click a point to select the improvement in the backlog.</translation>
        </message>
        <message>
            <source>Close to target</source>
            <translation>Close to target</translation>
        </message>
        <message>
            <source>Copy personas</source>
            <translation>Copy personas</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>Copy to:</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>Delete persona</translation>
        </message>
        <message>
            <source>Delete the persona “%1”?</source>
            <translation>Delete the persona “%1”?</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Department: %1</source>
            <translation>Department: %1</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Edit improvement</source>
            <translation>Edit improvement</translation>
        </message>
        <message>
            <source>Edit metric</source>
            <translation>Edit metric</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Edit persona</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <source>Effort (1–5)</source>
            <translation>Effort (1–5)</translation>
        </message>
        <message>
            <source>Emotion: %1</source>
            <translation>Emotion: %1</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Evidence: %1</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Expectations</translation>
        </message>
        <message>
            <source>Export persona sheet</source>
            <translation>Export persona sheet</translation>
        </message>
        <message>
            <source>File in use</source>
            <translation>File in use</translation>
        </message>
        <message>
            <source>Fill-ins</source>
            <translation>Fill-ins</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustrations</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Happiness index per stage</source>
            <translation>Happiness index per stage</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Higher is better</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
            <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Impact (1–5)</source>
            <translation>Impact (1–5)</translation>
        </message>
        <message>
            <source>Impact × effort</source>
            <translation>Impact × effort</translation>
        </message>
        <message>
            <source>Impact × effort &amp;matrix</source>
            <translation>Impact × effort matri&amp;x</translation>
        </message>
        <message>
            <source>Import personas</source>
            <translation>Import personas</translation>
        </message>
        <message>
            <source>Import personas from a file</source>
            <translation>Import personas from a file</translation>
        </message>
        <message>
            <source>Improve: %1</source>
            <translation>Improve: %1</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Improvement</translation>
        </message>
        <message>
            <source>Improvement backlog</source>
            <translation>Improvement backlog</translation>
        </message>
        <message>
            <source>Improvements</source>
            <translation>Improvements</translation>
        </message>
        <message>
            <source>It is open in another Jornada window (process %1, %2)</source>
            <translation>It is open in another Jornada window (process %1, %2)</translation>
        </message>
        <message>
            <source>JSON: journey with its personas</source>
            <translation>JSON: journey with its personas</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada);;All files (*)</source>
            <translation>Jornada files (*.jornada);;All files (*)</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Journey</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Linked card</source>
            <translation>Linked card</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Lower is better</translation>
        </message>
        <message>
            <source>Measured on</source>
            <translation>Measured on</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrics</translation>
        </message>
        <message>
            <source>Money pits</source>
            <translation>Money pits</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>New improvement</source>
            <translation>New improvement</translation>
        </message>
        <message>
            <source>New metric</source>
            <translation>New metric</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>New persona</translation>
        </message>
        <message>
            <source>No target or value</source>
            <translation>No target or value</translation>
        </message>
        <message>
            <source>Off target</source>
            <translation>Off target</translation>
        </message>
        <message>
            <source>On target</source>
            <translation>On target</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>Open the other file in a second Jornada window first, then copy.</source>
            <translation>Open the other file in a second Jornada window first, then copy.</translation>
        </message>
        <message>
            <source>Overdue: the follow-up or due date has passed.</source>
            <translation>Overdue: the follow-up or due date has passed.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;PNG image (*.png)</source>
            <translation>PDF document (*.pdf);;PNG image (*.png)</translation>
        </message>
        <message>
            <source>PDF document (vector)</source>
            <translation>PDF document (vector)</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG image</translation>
        </message>
        <message>
            <source>Pain points per stage</source>
            <translation>Pain points per stage</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Persona colour</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Personas in “%1”:</source>
            <translation>Personas in “%1”:</translation>
        </message>
        <message>
            <source>Please choose a name ending in .png or .pdf.</source>
            <translation>Please choose a name ending in .png or .pdf.</translation>
        </message>
        <message>
            <source>Please give the improvement a title.</source>
            <translation>Please give the improvement a title.</translation>
        </message>
        <message>
            <source>Please give the persona a name.</source>
            <translation>Please give the persona a name.</translation>
        </message>
        <message>
            <source>Please type a whole number.</source>
            <translation>Please type a whole number.</translation>
        </message>
        <message>
            <source>Positive touchpoints (%)</source>
            <translation>Positive touchpoints (%)</translation>
        </message>
        <message>
            <source>Preferred channels</source>
            <translation>Preferred channels</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick wins</translation>
        </message>
        <message>
            <source>Remove persona from journey</source>
            <translation>Remove persona from journey</translation>
        </message>
        <message>
            <source>Reset votes</source>
            <translation type="vanished">Reset votes</translation>
        </message>
        <message>
            <source>SVG image (vector)</source>
            <translation>SVG image (vector)</translation>
        </message>
        <message>
            <source>Select one card to add an improvement for it.</source>
            <translation>Select one card to add an improvement for it.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Target and actual must be numbers, such as 42 or 4.5 (or left empty).</source>
            <translation>Target and actual must be numbers, such as 42 or 4.5 (or left empty).</translation>
        </message>
        <message>
            <source>That file has no personas.</source>
            <translation>That file has no personas.</translation>
        </message>
        <message>
            <source>The PDF could not be started.</source>
            <translation>The PDF could not be started.</translation>
        </message>
        <message>
            <source>The file “%1” could not be read.</source>
            <translation>The file “%1” could not be read.</translation>
        </message>
        <message>
            <source>The vote was not saved.</source>
            <translation type="vanished">The vote was not saved.</translation>
        </message>
        <message>
            <source>This file is open read-only; votes cannot be added.</source>
            <translation type="vanished">This file is open read-only; votes cannot be added.</translation>
        </message>
        <message>
            <source>This improvement no longer exists.</source>
            <translation type="vanished">This improvement no longer exists.</translation>
        </message>
        <message>
            <source>This participant</source>
            <translation type="vanished">This participant</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>To-be (average)</source>
            <translation>To-be (average)</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation type="vanished">Vote</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>What should change?</source>
            <translation>What should change?</translation>
        </message>
        <message>
            <source>Whole journey</source>
            <translation>Whole journey</translation>
        </message>
        <message>
            <source>You can open it read-only now and edit it when the other window closes.</source>
            <translation>You can open it read-only now and edit it when the other window closes.</translation>
        </message>
        <message>
            <source>You can undo it.</source>
            <translation>You can undo it.</translation>
        </message>
        <message>
            <source>card</source>
            <translation>card</translation>
        </message>
        <message>
            <source>close to target</source>
            <translation>close to target</translation>
        </message>
        <message>
            <source>e.g. quarterly survey</source>
            <translation>e.g. quarterly survey</translation>
        </message>
        <message>
            <source>no target or value</source>
            <translation>no target or value</translation>
        </message>
        <message>
            <source>off target</source>
            <translation>off target</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>on target</translation>
        </message>
        <message>
            <source>on the computer “%1”</source>
            <translation>on the computer “%1”</translation>
        </message>
        <message>
            <source>on this computer</source>
            <translation>on this computer</translation>
        </message>
        <message>
            <source>“%1” already has these personas.</source>
            <translation>“%1” already has these personas.</translation>
        </message>
        <message>
            <source>“%1” could not be read as an image (%2).</source>
            <translation>“%1” could not be read as an image (%2).</translation>
        </message>
        <message>
            <source>“%1” could not be written (%2).</source>
            <translation>“%1” could not be written (%2).</translation>
        </message>
        <message>
            <source>“%1” could not be written.</source>
            <translation>“%1” could not be written.</translation>
        </message>
        <message>
            <source>“%1” is already open for editing.</source>
            <translation>“%1” is already open for editing.</translation>
        </message>
        <message>
            <source>“%1” is not a file.</source>
            <translation>“%1” is not a file.</translation>
        </message>
        <message>
            <source>“%1” is not an image Jornada can read (use PNG, JPEG, GIF or BMP).</source>
            <translation>“%1” is not an image Jornada can read (use PNG, JPEG, GIF or BMP).</translation>
        </message>
        <message>
            <source>“%1” is too large for a photo (more than 30 MB).</source>
            <translation>“%1” is too large for a photo (more than 30 MB).</translation>
        </message>
        <message>
            <source>“%1” is too large: %2 × %3 pixels (at most 50 million pixels).</source>
            <translation>“%1” is too large: %2 × %3 pixels (at most 50 million pixels).</translation>
        </message>
        <message>
            <source>That card is in a hidden lane: show the lane to see it.</source>
            <translation type="vanished">That card is in a hidden lane: show the lane to see it.</translation>
        </message>
        <message>
            <source>This file is open read-only; improvements cannot be added.</source>
            <translation>This file is open read-only; improvements cannot be added.</translation>
        </message>
        <message>
            <source>%1 already exists; choose another name.</source>
            <translation>%1 already exists; choose another name.</translation>
        </message>
        <message>
            <source>%1 contains parts Jornada never makes; it was not opened, for safety.</source>
            <translation>%1 contains parts Jornada never makes; it was not opened, for safety.</translation>
        </message>
        <message>
            <source>%1 could not be created.</source>
            <translation>%1 could not be created.</translation>
        </message>
        <message>
            <source>%1 could not be read.</source>
            <translation>%1 could not be read.</translation>
        </message>
        <message>
            <source>%1 holds invalid data.</source>
            <translation>%1 holds invalid data.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a Jornada file.</source>
            <translation>%1 is a folder, not a Jornada file.</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another application, not a Jornada file.</source>
            <translation>%1 is an SQLite database of another application, not a Jornada file.</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be read.</source>
            <translation>%1 is damaged and cannot be read.</translation>
        </message>
        <message>
            <source>%1 is empty (0 bytes); it is not a Jornada file.</source>
            <translation>%1 is empty (0 bytes); it is not a Jornada file.</translation>
        </message>
        <message>
            <source>%1 is incomplete: a column Jornada needs is missing.</source>
            <translation>%1 is incomplete: a column Jornada needs is missing.</translation>
        </message>
        <message>
            <source>%1 is incomplete: a table Jornada needs is missing.</source>
            <translation>%1 is incomplete: a table Jornada needs is missing.</translation>
        </message>
        <message>
            <source>%1 is not a Jornada file (it is not an SQLite database).</source>
            <translation>%1 is not a Jornada file (it is not an SQLite database).</translation>
        </message>
        <message>
            <source>%1 was saved by a newer version of Jornada. Please update Jornada.</source>
            <translation>%1 was saved by a newer version of Jornada. Please update Jornada.</translation>
        </message>
        <message>
            <source>The file %1 does not exist (it may have been moved or deleted).</source>
            <translation>The file %1 does not exist (it may have been moved or deleted).</translation>
        </message>
        <message>
            <source>The folder of %1 does not exist.</source>
            <translation>The folder of %1 does not exist.</translation>
        </message>
        <message>
            <source>You do not have permission to read %1.</source>
            <translation>You do not have permission to read %1.</translation>
        </message>
        <message>
            <source>%1 was moved or deleted while it was open, so the change was not saved. Use “Save a copy as…” to keep your work.</source>
            <translation>%1 was moved or deleted while it was open, so the change was not saved. Use “Save a copy as…” to keep your work.</translation>
        </message>
        <message>
            <source>%1 was replaced by another file while it was open, so the change was not saved. Use “Save a copy as…” to keep your work.</source>
            <translation>%1 was replaced by another file while it was open, so the change was not saved. Use “Save a copy as…” to keep your work.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: another program is using the file. Nothing was changed.</source>
            <translation>The change could not be saved to %1: another program is using the file. Nothing was changed.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: the disk is full. Nothing was changed.</source>
            <translation>The change could not be saved to %1: the disk is full. Nothing was changed.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: the file cannot be written any more (it became read-only). Nothing was changed.</source>
            <translation>The change could not be saved to %1: the file cannot be written any more (it became read-only). Nothing was changed.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: the file or its folder is no longer reachable (moved, deleted or on a lost drive). Nothing was changed.</source>
            <translation>The change could not be saved to %1: the file or its folder is no longer reachable (moved, deleted or on a lost drive). Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 %2 already exists.</source>
            <translation>%1 %2 already exists.</translation>
        </message>
        <message>
            <source>%1 %2 belongs to another journey.</source>
            <translation>%1 %2 belongs to another journey.</translation>
        </message>
        <message>
            <source>%1 %2 does not exist.</source>
            <translation>%1 %2 does not exist.</translation>
        </message>
        <message>
            <source>%1 %2 is still used by other rows.</source>
            <translation>%1 %2 is still used by other rows.</translation>
        </message>
        <message>
            <source>%1 cannot be empty.</source>
            <translation>%1 cannot be empty.</translation>
        </message>
        <message>
            <source>%1 is longer than %2 characters.</source>
            <translation>%1 is longer than %2 characters.</translation>
        </message>
        <message>
            <source>%1 is not a card.</source>
            <translation>%1 is not a card.</translation>
        </message>
        <message>
            <source>%1 must be a date as YYYY-MM-DD (got %2).</source>
            <translation>%1 must be a date as YYYY-MM-DD (got %2).</translation>
        </message>
        <message>
            <source>%1 must be a number (got %2).</source>
            <translation>%1 must be a number (got %2).</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3 (got %4).</source>
            <translation>%1 must be a whole number from %2 to %3 (got %4).</translation>
        </message>
        <message>
            <source>%1 must be an object.</source>
            <translation>%1 must be an object.</translation>
        </message>
        <message>
            <source>%1 must be text.</source>
            <translation>%1 must be text.</translation>
        </message>
        <message>
            <source>%1, note %2</source>
            <translation>%1, note %2</translation>
        </message>
        <message>
            <source>%1: its key is missing or repeated.</source>
            <translation>%1: its key is missing or repeated.</translation>
        </message>
        <message>
            <source>%1: its notes are damaged.</source>
            <translation>%1: its notes are damaged.</translation>
        </message>
        <message>
            <source>%1: the photo is not valid.</source>
            <translation>%1: the photo is not valid.</translation>
        </message>
        <message>
            <source>%1: “%2” has a value of the wrong type.</source>
            <translation>%1: “%2” has a value of the wrong type.</translation>
        </message>
        <message>
            <source>%1: “%2” is a number too large.</source>
            <translation>%1: “%2” is a number too large.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a number.</source>
            <translation>%1: “%2” is not a number.</translation>
        </message>
        <message>
            <source>%1: “%2” must be a whole number.</source>
            <translation>%1: “%2” must be a whole number.</translation>
        </message>
        <message>
            <source>%1: “%2” must be text.</source>
            <translation>%1: “%2” must be text.</translation>
        </message>
        <message>
            <source>%1: “%2” refers to %3, which is not in the file.</source>
            <translation>%1: “%2” refers to %3, which is not in the file.</translation>
        </message>
        <message>
            <source>A note cannot be attached to itself.</source>
            <translation>A note cannot be attached to itself.</translation>
        </message>
        <message>
            <source>None of the selected cards is on this journey; nothing to export.</source>
            <translation>None of the selected cards is on this journey; nothing to export.</translation>
        </message>
        <message>
            <source>Say which format to write with --format (png, svg, pdf, xlsx, csv or json).</source>
            <translation>Say which format to write with --format (png, svg, pdf, xlsx, csv or json).</translation>
        </message>
        <message>
            <source>Several journeys are called “%1”; use the id instead (%2).</source>
            <translation>Several journeys are called “%1”; use the id instead (%2).</translation>
        </message>
        <message>
            <source>The backlog could not be saved; nothing was changed.</source>
            <translation>The backlog could not be saved; nothing was changed.</translation>
        </message>
        <message>
            <source>The clipboard does not hold Jornada cards.</source>
            <translation>The clipboard does not hold Jornada cards.</translation>
        </message>
        <message>
            <source>The clipboard holds too much data to paste.</source>
            <translation>The clipboard holds too much data to paste.</translation>
        </message>
        <message>
            <source>The clipboard's cards are damaged and cannot be pasted.</source>
            <translation>The clipboard's cards are damaged and cannot be pasted.</translation>
        </message>
        <message>
            <source>The colour must look like #RRGGBB (got %1).</source>
            <translation>The colour must look like #RRGGBB (got %1).</translation>
        </message>
        <message>
            <source>The file has %1 journeys; choose one with --journey (%2).</source>
            <translation>The file has %1 journeys; choose one with --journey (%2).</translation>
        </message>
        <message>
            <source>The file holds a number too large to read.</source>
            <translation>The file holds a number too large to read.</translation>
        </message>
        <message>
            <source>The file holds “%1”, which is not a number JSON allows.</source>
            <translation>The file holds “%1”, which is not a number JSON allows.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB; it was not read.</source>
            <translation>The file is larger than %1 MB; it was not read.</translation>
        </message>
        <message>
            <source>The file is nested too deeply to be a Jornada journey.</source>
            <translation>The file is nested too deeply to be a Jornada journey.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text, so it is not a Jornada journey.</source>
            <translation>The file is not UTF-8 text, so it is not a Jornada journey.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %1, column %2: %3).</source>
            <translation>The file is not valid JSON (line %1, column %2: %3).</translation>
        </message>
        <message>
            <source>The id must be a positive whole number (got %1).</source>
            <translation type="vanished">The id must be a positive whole number (got %1).</translation>
        </message>
        <message>
            <source>The image would be %1 × %2 pixels (%3 megapixels), more than the limit of %4 megapixels and %5 pixels a side; use a scale of %6 or less, or export a PDF or SVG.</source>
            <translation>The image would be %1 × %2 pixels (%3 megapixels), more than the limit of %4 megapixels and %5 pixels a side; use a scale of %6 or less, or export a PDF or SVG.</translation>
        </message>
        <message>
            <source>The journey %1 does not exist in this file.</source>
            <translation>The journey %1 does not exist in this file.</translation>
        </message>
        <message>
            <source>The journey could not be saved; nothing was changed.</source>
            <translation>The journey could not be saved; nothing was changed.</translation>
        </message>
        <message>
            <source>The key “%1” appears twice in one object.</source>
            <translation>The key “%1” appears twice in one object.</translation>
        </message>
        <message>
            <source>The number %1… is too large.</source>
            <translation>The number %1… is too large.</translation>
        </message>
        <message>
            <source>The page size could not be set.</source>
            <translation>The page size could not be set.</translation>
        </message>
        <message>
            <source>The persona's photo must be image bytes.</source>
            <translation>The persona's photo must be image bytes.</translation>
        </message>
        <message>
            <source>The poster would need %1 pages (more than %2); choose fewer pages across.</source>
            <translation>The poster would need %1 pages (more than %2); choose fewer pages across.</translation>
        </message>
        <message>
            <source>The scale must be more than 0 and at most %1 (got %2).</source>
            <translation>The scale must be more than 0 and at most %1 (got %2).</translation>
        </message>
        <message>
            <source>The votes must be a whole number of at least 0 (got %1).</source>
            <translation>The votes must be a whole number of at least 0 (got %1).</translation>
        </message>
        <message>
            <source>The workbook belongs to the journey “%1”, which is not in this file; choose the journey to import it into.</source>
            <translation type="vanished">The workbook belongs to the journey “%1”, which is not in this file; choose the journey to import it into.</translation>
        </message>
        <message>
            <source>The workbook does not say which journey it belongs to; choose the journey to import into.</source>
            <translation type="vanished">The workbook does not say which journey it belongs to; choose the journey to import into.</translation>
        </message>
        <message>
            <source>There is no journey “%1” in this file.</source>
            <translation>There is no journey “%1” in this file.</translation>
        </message>
        <message>
            <source>There is not enough memory for an image this big; lower the scale.</source>
            <translation>There is not enough memory for an image this big; lower the scale.</translation>
        </message>
        <message>
            <source>These cards come from a newer Jornada and cannot be pasted here.</source>
            <translation>These cards come from a newer Jornada and cannot be pasted here.</translation>
        </message>
        <message>
            <source>This is not a Jornada journey (the “format” field is missing or wrong).</source>
            <translation>This is not a Jornada journey (the “format” field is missing or wrong).</translation>
        </message>
        <message>
            <source>This journey cannot be imported: %1</source>
            <translation>This journey cannot be imported: %1</translation>
        </message>
        <message>
            <source>This journey has no stage or lane to paste cards into.</source>
            <translation>This journey has no stage or lane to paste cards into.</translation>
        </message>
        <message>
            <source>This journey uses an unknown format version (%1).</source>
            <translation>This journey uses an unknown format version (%1).</translation>
        </message>
        <message>
            <source>Unknown %1 %2.</source>
            <translation>Unknown %1 %2.</translation>
        </message>
        <message>
            <source>Unknown CSV content “%1”: choose backlog or touchpoints.</source>
            <translation type="vanished">Unknown CSV content “%1”: choose backlog or touchpoints.</translation>
        </message>
        <message>
            <source>Unknown export format “%1”.</source>
            <translation>Unknown export format “%1”.</translation>
        </message>
        <message>
            <source>Unknown fields %1 for %2.</source>
            <translation>Unknown fields %1 for %2.</translation>
        </message>
        <message>
            <source>Unknown image format “%1”: choose png, svg or pdf.</source>
            <translation>Unknown image format “%1”: choose png, svg or pdf.</translation>
        </message>
        <message>
            <source>Unknown operation %1.</source>
            <translation>Unknown operation %1.</translation>
        </message>
        <message>
            <source>Unknown page size “%1”: choose A4, A3 or Letter.</source>
            <translation>Unknown page size “%1”: choose A4, A3 or Letter.</translation>
        </message>
        <message>
            <source>Unknown table %1.</source>
            <translation>Unknown table %1.</translation>
        </message>
        <message>
            <source>a folder has that name</source>
            <translation>a folder has that name</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>card %1</translation>
        </message>
        <message>
            <source>card kind</source>
            <translation>card kind</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidence</translation>
        </message>
        <message>
            <source>improvement %1</source>
            <translation>improvement %1</translation>
        </message>
        <message>
            <source>improvement status</source>
            <translation>improvement status</translation>
        </message>
        <message>
            <source>journey kind</source>
            <translation>journey kind</translation>
        </message>
        <message>
            <source>lane %1</source>
            <translation>lane %1</translation>
        </message>
        <message>
            <source>lane kind</source>
            <translation>lane kind</translation>
        </message>
        <message>
            <source>metric %1</source>
            <translation>metric %1</translation>
        </message>
        <message>
            <source>metric kind</source>
            <translation>metric kind</translation>
        </message>
        <message>
            <source>part of the path is not a folder</source>
            <translation>part of the path is not a folder</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>persona %1</source>
            <translation>persona %1</translation>
        </message>
        <message>
            <source>persona link %1</source>
            <translation>persona link %1</translation>
        </message>
        <message>
            <source>stage %1</source>
            <translation>stage %1</translation>
        </message>
        <message>
            <source>the card</source>
            <translation>the card</translation>
        </message>
        <message>
            <source>the card's department</source>
            <translation>the card's department</translation>
        </message>
        <message>
            <source>the card's description</source>
            <translation>the card's description</translation>
        </message>
        <message>
            <source>the card's title</source>
            <translation>the card's title</translation>
        </message>
        <message>
            <source>the channel</source>
            <translation>the channel</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>the document</translation>
        </message>
        <message>
            <source>the due date</source>
            <translation>the due date</translation>
        </message>
        <message>
            <source>the effort</source>
            <translation>the effort</translation>
        </message>
        <message>
            <source>the emotion</source>
            <translation>the emotion</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>the folder does not exist</translation>
        </message>
        <message>
            <source>the follow-up date</source>
            <translation>the follow-up date</translation>
        </message>
        <message>
            <source>the impact</source>
            <translation>the impact</translation>
        </message>
        <message>
            <source>the improvement</source>
            <translation>the improvement</translation>
        </message>
        <message>
            <source>the improvement's description</source>
            <translation>the improvement's description</translation>
        </message>
        <message>
            <source>the improvement's title</source>
            <translation>the improvement's title</translation>
        </message>
        <message>
            <source>the journey</source>
            <translation>the journey</translation>
        </message>
        <message>
            <source>the journey's description</source>
            <translation>the journey's description</translation>
        </message>
        <message>
            <source>the journey's title</source>
            <translation>the journey's title</translation>
        </message>
        <message>
            <source>the lane</source>
            <translation>the lane</translation>
        </message>
        <message>
            <source>the lane's title</source>
            <translation>the lane's title</translation>
        </message>
        <message>
            <source>the measurement date</source>
            <translation>the measurement date</translation>
        </message>
        <message>
            <source>the metric</source>
            <translation>the metric</translation>
        </message>
        <message>
            <source>the metric's actual value</source>
            <translation>the metric's actual value</translation>
        </message>
        <message>
            <source>the metric's name</source>
            <translation>the metric's name</translation>
        </message>
        <message>
            <source>the metric's target</source>
            <translation>the metric's target</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>the name is too long</translation>
        </message>
        <message>
            <source>the persona</source>
            <translation>the persona</translation>
        </message>
        <message>
            <source>the persona link</source>
            <translation>the persona link</translation>
        </message>
        <message>
            <source>the persona's channels</source>
            <translation>the persona's channels</translation>
        </message>
        <message>
            <source>the persona's expectations</source>
            <translation>the persona's expectations</translation>
        </message>
        <message>
            <source>the persona's frustrations</source>
            <translation>the persona's frustrations</translation>
        </message>
        <message>
            <source>the persona's goals</source>
            <translation>the persona's goals</translation>
        </message>
        <message>
            <source>the persona's name</source>
            <translation>the persona's name</translation>
        </message>
        <message>
            <source>the persona's quote</source>
            <translation>the persona's quote</translation>
        </message>
        <message>
            <source>the persona's role</source>
            <translation>the persona's role</translation>
        </message>
        <message>
            <source>the stage</source>
            <translation>the stage</translation>
        </message>
        <message>
            <source>the stage's description</source>
            <translation>the stage's description</translation>
        </message>
        <message>
            <source>the stage's name</source>
            <translation>the stage's name</translation>
        </message>
        <message>
            <source>the to-be emotion</source>
            <translation>the to-be emotion</translation>
        </message>
        <message>
            <source>“%1” could not be opened for writing.</source>
            <translation>“%1” could not be opened for writing.</translation>
        </message>
        <message>
            <source>“%1” could not be read (%2).</source>
            <translation>“%1” could not be read (%2).</translation>
        </message>
        <message>
            <source>“%1” could not be read to the end; it may be damaged.</source>
            <translation>“%1” could not be read to the end; it may be damaged.</translation>
        </message>
        <message>
            <source>“%1” could not be written as PNG.</source>
            <translation type="vanished">“%1” could not be written as PNG.</translation>
        </message>
        <message>
            <source>“%1” could not be written: %2. Any previous file there was left as it was.</source>
            <translation>“%1” could not be written: %2. Any previous file there was left as it was.</translation>
        </message>
        <message>
            <source>“%1” could not be written: nothing was produced.</source>
            <translation>“%1” could not be written: nothing was produced.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>“%1” does not exist.</translation>
        </message>
        <message>
            <source>“%1” has more than %2 items.</source>
            <translation>“%1” has more than %2 items.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a file.</source>
            <translation>“%1” is a folder, not a file.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a workbook.</source>
            <translation>“%1” is a folder, not a workbook.</translation>
        </message>
        <message>
            <source>“%1” is a folder; give the name of the file to write.</source>
            <translation>“%1” is a folder; give the name of the file to write.</translation>
        </message>
        <message>
            <source>“%1” is larger than %2 MB; it was not read.</source>
            <translation>“%1” is larger than %2 MB; it was not read.</translation>
        </message>
        <message>
            <source>“%1” is not an Excel workbook (.xlsx), so its backlog cannot be imported.</source>
            <translation>“%1” is not an Excel workbook (.xlsx), so its backlog cannot be imported.</translation>
        </message>
        <message>
            <source>“%1” is not an Excel workbook that can be read (it may be damaged or password-protected).</source>
            <translation>“%1” is not an Excel workbook that can be read (it may be damaged or password-protected).</translation>
        </message>
        <message>
            <source>“%1” must be a list.</source>
            <translation>“%1” must be a list.</translation>
        </message>
        <message>
            <source>“%1” was made by Jornada but its improvement backlog sheet is missing or its header row was changed.</source>
            <translation>“%1” was made by Jornada but its improvement backlog sheet is missing or its header row was changed.</translation>
        </message>
        <message>
            <source>“%1” was not made by Jornada: it has no improvement backlog sheet with an id and a title column.</source>
            <translation>“%1” was not made by Jornada: it has no improvement backlog sheet with an id and a title column.</translation>
        </message>
        <message>
            <source>%1 %2 is not a date</source>
            <translation>%1 %2 is not a date</translation>
        </message>
        <message>
            <source>%1 %2 is not at least %3</source>
            <translation>%1 %2 is not at least %3</translation>
        </message>
        <message>
            <source>%1 %2 is not from %3 to %4</source>
            <translation>%1 %2 is not from %3 to %4</translation>
        </message>
        <message>
            <source>%1 “%2” is not a date (use YYYY-MM-DD)</source>
            <translation>%1 “%2” is not a date (use YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>%1 “%2” is not a number</source>
            <translation>%1 “%2” is not a number</translation>
        </message>
        <message>
            <source>%1 “%2” is not a whole number</source>
            <translation>%1 “%2” is not a whole number</translation>
        </message>
        <message>
            <source>Only the first %1 rows were read.</source>
            <translation>Only the first %1 rows were read.</translation>
        </message>
        <message>
            <source>Row %1: %2 held a formula; those cells were not imported.</source>
            <translation>Row %1: %2 held a formula; those cells were not imported.</translation>
        </message>
        <message>
            <source>Row %1: %2; the row was skipped.</source>
            <translation>Row %1: %2; the row was skipped.</translation>
        </message>
        <message>
            <source>a new improvement needs a title</source>
            <translation>a new improvement needs a title</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>due date</translation>
        </message>
        <message>
            <source>effort</source>
            <translation>effort</translation>
        </message>
        <message>
            <source>follow up</source>
            <translation>follow up</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impact</translation>
        </message>
        <message>
            <source>improvement %1 already appears on row %2</source>
            <translation>improvement %1 already appears on row %2</translation>
        </message>
        <message>
            <source>status “%1” is not one of %2</source>
            <translation>status “%1” is not one of %2</translation>
        </message>
        <message>
            <source>there is more than one touchpoint titled “%1” in this journey</source>
            <translation>there is more than one touchpoint titled “%1” in this journey</translation>
        </message>
        <message>
            <source>there is no stage “%1” in this journey</source>
            <translation>there is no stage “%1” in this journey</translation>
        </message>
        <message>
            <source>there is no touchpoint titled “%1” in this journey</source>
            <translation>there is no touchpoint titled “%1” in this journey</translation>
        </message>
        <message>
            <source>votes</source>
            <translation>votes</translation>
        </message>
        <message>
            <source>%1 %2 is missing from the file.</source>
            <translation>%1 %2 is missing from the file.</translation>
        </message>
        <message>
            <source>%1 uses an older file format and must be upgraded, but it cannot be changed where it is. Copy it to a folder you can write to.</source>
            <translation type="vanished">%1 uses an older file format and must be upgraded, but it cannot be changed where it is. Copy it to a folder you can write to.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: %2.</source>
            <translation>The change could not be saved to %1: %2.</translation>
        </message>
        <message>
            <source>The version could not be deleted: %1.</source>
            <translation>The version could not be deleted: %1.</translation>
        </message>
        <message>
            <source>The version could not be saved in “%1”: %2.</source>
            <translation>The version could not be saved in “%1”: %2.</translation>
        </message>
        <message>
            <source>A vote is for one card or one improvement.</source>
            <translation>A vote is for one card or one improvement.</translation>
        </message>
        <message>
            <source>The image would be %1 × %2 pixels (%3 megapixels), more than the limit of %4 megapixels; use a scale of %5 or less, or export a PDF or SVG.</source>
            <translation>The image would be %1 × %2 pixels (%3 megapixels), more than the limit of %4 megapixels; use a scale of %5 or less, or export a PDF or SVG.</translation>
        </message>
        <message>
            <source>The image would be %1 × %2 pixels, more than the limit of %3 pixels a side; use a scale of %4 or less, or export a PDF or SVG.</source>
            <translation>The image would be %1 × %2 pixels, more than the limit of %3 pixels a side; use a scale of %4 or less, or export a PDF or SVG.</translation>
        </message>
        <message>
            <source>The journey's identity must be 32 hexadecimal digits (got %1).</source>
            <translation>The journey's identity must be 32 hexadecimal digits (got %1).</translation>
        </message>
        <message>
            <source>its cells belong to different improvements (%1), as when only some of the columns were sorted; sort whole rows and import again</source>
            <translation>its cells belong to different improvements (%1), as when only some of the columns were sorted; sort whole rows and import again</translation>
        </message>
        <message>
            <source>the agenda step</source>
            <translation>the agenda step</translation>
        </message>
        <message>
            <source>the agenda step's title</source>
            <translation>the agenda step's title</translation>
        </message>
        <message>
            <source>the participant</source>
            <translation>the participant</translation>
        </message>
        <message>
            <source>the participant's name</source>
            <translation>the participant's name</translation>
        </message>
        <message>
            <source>the step's minutes</source>
            <translation>the step's minutes</translation>
        </message>
        <message>
            <source>the vote</source>
            <translation>the vote</translation>
        </message>
        <message>
            <source>the votes per participant</source>
            <translation>the votes per participant</translation>
        </message>
        <message>
            <source>the voting round</source>
            <translation>the voting round</translation>
        </message>
        <message>
            <source>the voting round's title</source>
            <translation>the voting round's title</translation>
        </message>
        <message>
            <source>Added by: %1</source>
            <translation>Added by: %1</translation>
        </message>
        <message>
            <source>Choose the journey of this file to import the workbook into.</source>
            <translation>Choose the journey of this file to import the workbook into.</translation>
        </message>
        <message>
            <source>“%1” does not say which map it was exported from (it was made by an older Jornada, or its hidden sheet was removed), so its rows cannot be matched to “%2” by their ids. To import it anyway, match its rows by their content.</source>
            <translation>“%1” does not say which map it was exported from (it was made by an older Jornada, or its hidden sheet was removed), so its rows cannot be matched to “%2” by their ids. To import it anyway, match its rows by their content.</translation>
        </message>
        <message>
            <source>“%1” was exported from the map “%2” of another file (%3), not from “%4” of this file; its rows were not imported, so as not to change the wrong improvements. To import it anyway, match its rows by their content.</source>
            <translation>“%1” was exported from the map “%2” of another file (%3), not from “%4” of this file; its rows were not imported, so as not to change the wrong improvements. To import it anyway, match its rows by their content.</translation>
        </message>
        <message>
            <source>“%1” was exported from the map “%2”, not from “%3”; its rows were not imported. Import it into “%2”, or match its rows by their content to import it into “%3”.</source>
            <translation>“%1” was exported from the map “%2”, not from “%3”; its rows were not imported. Import it into “%2”, or match its rows by their content to import it into “%3”.</translation>
        </message>
        <message>
            <source>“%1” was exported from the map “%2”, which is not in this file; its rows were not imported into “%3”. To import it anyway, match its rows by their content.</source>
            <translation type="vanished">“%1” was exported from the map “%2”, which is not in this file; its rows were not imported into “%3”. To import it anyway, match its rows by their content.</translation>
        </message>
        <message>
            <source>%1 (Add --match-by-content to do so.)</source>
            <translation>%1 (Add --match-by-content to do so.)</translation>
        </message>
        <message>
            <source>%1 is being changed by another program right now; try again in a moment.</source>
            <translation>%1 is being changed by another program right now; try again in a moment.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (it is a pipe, a device or a socket); it was not opened.</source>
            <translation>%1 is not a regular file (it is a pipe, a device or a socket); it was not opened.</translation>
        </message>
        <message>
            <source>%1 was left unfinished by a crash and has been recovered as it was before the unfinished change; the file as the crash left it is kept in %2.</source>
            <translation>%1 was left unfinished by a crash and has been recovered as it was before the unfinished change; the file as the crash left it is kept in %2.</translation>
        </message>
        <message>
            <source>%1 was left unfinished by a crash, and what was left beside it could not be used to recover it. The file and what is beside it were left as they were; open a version of the file, or ask for help.</source>
            <translation>%1 was left unfinished by a crash, and what was left beside it could not be used to recover it. The file and what is beside it were left as they were; open a version of the file, or ask for help.</translation>
        </message>
        <message>
            <source>%1 was left unfinished by a crash; it is shown as it was before the unfinished change. Open it for editing to recover it.</source>
            <translation>%1 was left unfinished by a crash; it is shown as it was before the unfinished change. Open it for editing to recover it.</translation>
        </message>
        <message>
            <source>%1 holds characters that are not text.</source>
            <translation>%1 holds characters that are not text.</translation>
        </message>
        <message>
            <source>A time must look like 2026-12-02T10:00:00Z (got %1).</source>
            <translation>A time must look like 2026-12-02T10:00:00Z (got %1).</translation>
        </message>
        <message>
            <source>The id must be a whole number from 1 to %1 (got %2).</source>
            <translation>The id must be a whole number from 1 to %1 (got %2).</translation>
        </message>
        <message>
            <source>The persona's photo has no size.</source>
            <translation>The persona's photo has no size.</translation>
        </message>
        <message>
            <source>The persona's photo is larger than %1 MB.</source>
            <translation>The persona's photo is larger than %1 MB.</translation>
        </message>
        <message>
            <source>The persona's photo is not a PNG, JPEG, GIF, BMP or WebP image.</source>
            <translation>The persona's photo is not a PNG, JPEG, GIF, BMP or WebP image.</translation>
        </message>
        <message>
            <source>The persona's photo is too large (%1 × %2 pixels; at most %3 pixels).</source>
            <translation>The persona's photo is too large (%1 × %2 pixels; at most %3 pixels).</translation>
        </message>
        <message>
            <source>The persona's photo must be an image of at most %1 MB.</source>
            <translation>The persona's photo must be an image of at most %1 MB.</translation>
        </message>
        <message>
            <source>The position must be a whole number from 0 to %1 (got %2).</source>
            <translation>The position must be a whole number from 0 to %1 (got %2).</translation>
        </message>
        <message>
            <source>the card's participant</source>
            <translation>the card's participant</translation>
        </message>
        <message>
            <source>the emotion's label</source>
            <translation>the emotion's label</translation>
        </message>
        <message>
            <source>the improvement's department</source>
            <translation>the improvement's department</translation>
        </message>
        <message>
            <source>the improvement's metric</source>
            <translation>the improvement's metric</translation>
        </message>
        <message>
            <source>the improvement's owner</source>
            <translation>the improvement's owner</translation>
        </message>
        <message>
            <source>the improvement's target</source>
            <translation>the improvement's target</translation>
        </message>
        <message>
            <source>the metric's source</source>
            <translation>the metric's source</translation>
        </message>
        <message>
            <source>the metric's unit</source>
            <translation>the metric's unit</translation>
        </message>
        <message>
            <source>“%1” cannot be imported: %2</source>
            <translation>“%1” cannot be imported: %2</translation>
        </message>
        <message>
            <source>“%1” is a drawing (%2), not a photo; save it as PNG or JPEG first.</source>
            <translation>“%1” is a drawing (%2), not a photo; save it as PNG or JPEG first.</translation>
        </message>
        <message>
            <source>The name %1 is too long: Jornada keeps files beside the map with longer names; choose a shorter name.</source>
            <translation>The name %1 is too long: Jornada keeps files beside the map with longer names; choose a shorter name.</translation>
        </message>
        <message>
            <source>%1 cannot be opened for editing: its lock cannot be made beside it (something else has that name, or the folder cannot be written). You can open it read-only.</source>
            <translation>%1 cannot be opened for editing: its lock cannot be made beside it (something else has that name, or the folder cannot be written). You can open it read-only.</translation>
        </message>
        <message>
            <source>%1 needs a value for “%2”.</source>
            <translation>%1 needs a value for “%2”.</translation>
        </message>
        <message>
            <source>Row %1: %2; it was imported without that link.</source>
            <translation>Row %1: %2; it was imported without that link.</translation>
        </message>
        <message>
            <source>“%1” was exported from the map “%2”, which is no longer in this file; its rows were not imported into “%3”. To import it anyway, match its rows by their content.</source>
            <translation>“%1” was exported from the map “%2”, which is no longer in this file; its rows were not imported into “%3”. To import it anyway, match its rows by their content.</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”: %2</translation>
        </message>
        <message>
            <source>scenario</source>
            <translation>scenario</translation>
        </message>
        <message>
            <source>the rating</source>
            <translation>the rating</translation>
        </message>
        <message>
            <source>the rating's reason</source>
            <translation>the rating's reason</translation>
        </message>
        <message>
            <source>“%1” is an OpenDocument spreadsheet that could not be read (it may be damaged or too big).</source>
            <translation>“%1” is an OpenDocument spreadsheet that could not be read (it may be damaged or too big).</translation>
        </message>
        <message>
            <source>%1 (to-be)</source>
            <translation>%1 (to-be)</translation>
        </message>
        <message>
            <source>&amp;Compare curves…</source>
            <translation type="vanished">&amp;Compare curves…</translation>
        </message>
        <message>
            <source>Two curves side by side (persona A and B, or as-is and to-be) and where they differ most</source>
            <translation>Two curves side by side (persona A and B, or as-is and to-be) and where they differ most</translation>
        </message>
        <message>
            <source>Compare c&amp;urves…</source>
            <translation>Compare c&amp;urves…</translation>
        </message>
        <message>
            <source>rating %1</source>
            <translation>rating %1</translation>
        </message>
        <message>
            <source>Rated by: %1</source>
            <translation>Rated by: %1</translation>
        </message>
        <message>
            <source>The period must look like 2026-11 (got %1).</source>
            <translation>The period must look like 2026-11 (got %1).</translation>
        </message>
        <message>
            <source>measurement %1</source>
            <translation>measurement %1</translation>
        </message>
        <message>
            <source>the measured value</source>
            <translation>the measured value</translation>
        </message>
        <message>
            <source>the measurement</source>
            <translation>the measurement</translation>
        </message>
        <message>
            <source>the measurement's note</source>
            <translation>the measurement's note</translation>
        </message>
        <message>
            <source>the measurement's source</source>
            <translation>the measurement's source</translation>
        </message>
        <message>
            <source>the review period</source>
            <translation>the review period</translation>
        </message>
        <message>
            <source>the sample size</source>
            <translation>the sample size</translation>
        </message>
        <message>
            <source>The survey could not be saved; nothing was changed.</source>
            <translation>The survey could not be saved; nothing was changed.</translation>
        </message>
        <message>
            <source>Unknown survey kind “%1” (use nps, csat or ces).</source>
            <translation>Unknown survey kind “%1” (use nps, csat or ces).</translation>
        </message>
        <message>
            <source>“%1” has no answer that can be counted (%2).</source>
            <translation>“%1” has no answer that can be counted (%2).</translation>
        </message>
        <message>
            <source>“%1” is empty.</source>
            <translation>“%1” is empty.</translation>
        </message>
        <message>
            <source>“%1” is not a CSV file or an Excel workbook that can be read.</source>
            <translation>“%1” is not a CSV file or an Excel workbook that can be read.</translation>
        </message>
        <message>
            <source>“%1”: %2.</source>
            <translation>“%1”: %2.</translation>
        </message>
        <message>
            <source>Import survey &amp;results…</source>
            <translation type="vanished">Import survey &amp;results…</translation>
        </message>
        <message>
            <source>Import survey results</source>
            <translation>Import survey results</translation>
        </message>
        <message>
            <source>NPS, CSAT or CES answers from a CSV or Excel file become the metrics' measurements per stage and month</source>
            <translation>NPS, CSAT or CES answers from a CSV or Excel file become the metrics' measurements per stage and month</translation>
        </message>
        <message>
            <source>Survey answers (*.csv *.xlsx *.txt)</source>
            <translation>Survey answers (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Import survey res&amp;ults…</source>
            <translation>Import survey res&amp;ults…</translation>
        </message>
        <message>
            <source>there is no stage “%1”: its answers count for the whole journey</source>
            <translation>there is no stage “%1”: its answers count for the whole journey</translation>
        </message>
        <message>
            <source>there is no touchpoint “%1”: its answers count for its stage</source>
            <translation>there is no touchpoint “%1”: its answers count for its stage</translation>
        </message>
        <message>
            <source>Unknown CSV content “%1”: choose backlog, touchpoints, votes, measurements or ratings.</source>
            <translation type="vanished">Unknown CSV content “%1”: choose backlog, touchpoints, votes, measurements or ratings.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (a pipe or a device); it was not read.</source>
            <translation>“%1” is not a regular file (a pipe or a device); it was not read.</translation>
        </message>
        <message>
            <source>“%1” could not be read back (%2).</source>
            <translation>“%1” could not be read back (%2).</translation>
        </message>
        <message>
            <source>“%1” could not be written whole (the disk may be full); any previous file there was left as it was.</source>
            <translation>“%1” could not be written whole (the disk may be full); any previous file there was left as it was.</translation>
        </message>
        <message>
            <source>%1</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>A contribution's key is 8 to 64 printable characters.</source>
            <translation>A contribution's key is 8 to 64 printable characters.</translation>
        </message>
        <message>
            <source>A participant's secret is a SHA-256 in hexadecimal.</source>
            <translation>A participant's secret is a SHA-256 in hexadecimal.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535 (got %1).</source>
            <translation>A port is a number from 1 to 65535 (got %1).</translation>
        </message>
        <message>
            <source>A room code is 16 to 64 letters, digits, '-' or '_'.</source>
            <translation>A room code is 16 to 64 letters, digits, '-' or '_'.</translation>
        </message>
        <message>
            <source>Accept a participant's card</source>
            <translation>Accept a participant's card</translation>
        </message>
        <message>
            <source>Accept participants' cards</source>
            <translation>Accept participants' cards</translation>
        </message>
        <message>
            <source>Card from %1 (room)</source>
            <translation>Card from %1 (room)</translation>
        </message>
        <message>
            <source>Feeling from %1 (room)</source>
            <translation>Feeling from %1 (room)</translation>
        </message>
        <message>
            <source>Port %1 is already used by another program on this computer; choose another port.</source>
            <translation>Port %1 is already used by another program on this computer; choose another port.</translation>
        </message>
        <message>
            <source>Port %1 needs administrator rights; choose a port above 1024.</source>
            <translation>Port %1 needs administrator rights; choose a port above 1024.</translation>
        </message>
        <message>
            <source>Remove %1 from the room</source>
            <translation>Remove %1 from the room</translation>
        </message>
        <message>
            <source>The room could not be opened: %1</source>
            <translation>The room could not be opened: %1</translation>
        </message>
        <message>
            <source>The room could not listen on %1:%2 (%3).</source>
            <translation>The room could not listen on %1:%2 (%3).</translation>
        </message>
        <message>
            <source>The room stopped: %1. Start it again: participants keep the same address.</source>
            <translation>The room stopped: %1. Start it again: participants keep the same address.</translation>
        </message>
        <message>
            <source>This computer has no address %1 any more (the network changed?); choose another.</source>
            <translation>This computer has no address %1 any more (the network changed?); choose another.</translation>
        </message>
        <message>
            <source>This file is open read-only: a room needs to write what participants send.</source>
            <translation>This file is open read-only: a room needs to write what participants send.</translation>
        </message>
        <message>
            <source>Turn down a participant's card</source>
            <translation>Turn down a participant's card</translation>
        </message>
        <message>
            <source>Vote from %1 (room)</source>
            <translation>Vote from %1 (room)</translation>
        </message>
        <message>
            <source>Vote taken back by %1 (room)</source>
            <translation>Vote taken back by %1 (room)</translation>
        </message>
        <message>
            <source>a room setting</source>
            <translation>a room setting</translation>
        </message>
        <message>
            <source>the contribution</source>
            <translation>the contribution</translation>
        </message>
        <message>
            <source>the contribution's action</source>
            <translation>the contribution's action</translation>
        </message>
        <message>
            <source>the contribution's kind</source>
            <translation>the contribution's kind</translation>
        </message>
        <message>
            <source>the contribution's status</source>
            <translation>the contribution's status</translation>
        </message>
        <message>
            <source>the contribution's text</source>
            <translation>the contribution's text</translation>
        </message>
        <message>
            <source>the feeling</source>
            <translation>the feeling</translation>
        </message>
        <message>
            <source>the quote</source>
            <translation>the quote</translation>
        </message>
        <message>
            <source>the quote's date</source>
            <translation>the quote's date</translation>
        </message>
        <message>
            <source>the quote's source</source>
            <translation>the quote's source</translation>
        </message>
        <message>
            <source>the quote's text</source>
            <translation>the quote's text</translation>
        </message>
        <message>
            <source>the room</source>
            <translation>the room</translation>
        </message>
        <message>
            <source>“%1” has more than %2 cells; it was not read to the end. Split it into smaller workbooks.</source>
            <translation>“%1” has more than %2 cells; it was not read to the end. Split it into smaller workbooks.</translation>
        </message>
        <message>
            <source>“%1” has more than %2 rows; it was not read to the end. Split it into smaller files.</source>
            <translation>“%1” has more than %2 rows; it was not read to the end. Split it into smaller files.</translation>
        </message>
        <message>
            <source>“%1” holds more than %2 parts; it was not read.</source>
            <translation>“%1” holds more than %2 parts; it was not read.</translation>
        </message>
        <message>
            <source>“%1” is not a workbook that can be read (it may be damaged).</source>
            <translation>“%1” is not a workbook that can be read (it may be damaged).</translation>
        </message>
        <message>
            <source>“%1” is not an IP address of this computer (for example 192.168.0.10).</source>
            <translation>“%1” is not an IP address of this computer (for example 192.168.0.10).</translation>
        </message>
        <message>
            <source>“%1” would unpack to more than %2 MB (its part “%3”); it was not read, so that it cannot fill the memory. Save it again from the spreadsheet program, or split it.</source>
            <translation>“%1” would unpack to more than %2 MB (its part “%3”); it was not read, so that it cannot fill the memory. Save it again from the spreadsheet program, or split it.</translation>
        </message>
        <message>
            <source>“%1” would unpack to more than %2 MB; it was not read, so that it cannot fill the memory. Save it again from the spreadsheet program, or split it.</source>
            <translation>“%1” would unpack to more than %2 MB; it was not read, so that it cannot fill the memory. Save it again from the spreadsheet program, or split it.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>%1, as-is</source>
            <translation>%1, as-is</translation>
        </message>
        <message>
            <source>%1, to-be</source>
            <translation>%1, to-be</translation>
        </message>
        <message>
            <source>+%1 more in the metrics panel</source>
            <translation>+%1 more in the metrics panel</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>How often this metric should be measured again; when its last measurement is older, it is listed as needing attention</source>
            <translation>How often this metric should be measured again; when its last measurement is older, it is listed as needing attention</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Measured</translation>
        </message>
        <message>
            <source>Metrics over time</source>
            <translation>Metrics over time</translation>
        </message>
        <message>
            <source>No measurements yet</source>
            <translation>No measurements yet</translation>
        </message>
        <message>
            <source>Review every</source>
            <translation>Review every</translation>
        </message>
        <message>
            <source>The room</source>
            <translation>The room</translation>
        </message>
        <message>
            <source>The room (phones)</source>
            <translation>The room (phones)</translation>
        </message>
        <message>
            <source>Unknown CSV content “%1”: choose backlog, touchpoints, votes, measurements, ratings or quotes.</source>
            <translation>Unknown CSV content “%1”: choose backlog, touchpoints, votes, measurements, ratings or quotes.</translation>
        </message>
        <message>
            <source>its comment was not kept as a quote: %1</source>
            <translation>its comment was not kept as a quote: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>no column holds the scores</source>
            <translation>no column holds the scores</translation>
        </message>
        <message>
            <source>quote %1</source>
            <translation>quote %1</translation>
        </message>
        <message>
            <source>the comment is longer than %1 characters; its quote was cut</source>
            <translation>the comment is longer than %1 characters; its quote was cut</translation>
        </message>
        <message>
            <source>the date “%1” is not a date; counted without one</source>
            <translation>the date “%1” is not a date; counted without one</translation>
        </message>
        <message>
            <source>the score %1 is outside %2–%3</source>
            <translation>the score %1 is outside %2–%3</translation>
        </message>
        <message>
            <source>the score “%1” is not a number</source>
            <translation>the score “%1” is not a number</translation>
        </message>
        <message>
            <source>there is no persona “%1”: their quotes have no persona</source>
            <translation>there is no persona “%1”: their quotes have no persona</translation>
        </message>
        <message>
            <source>“%1” could not be read past its line %2: a cell there is longer than %3 characters.</source>
            <translation>“%1” could not be read past its line %2: a cell there is longer than %3 characters.</translation>
        </message>
        <message>
            <source>The room (%1 people)</source>
            <translation>The room (%1 people)</translation>
        </message>
        <message>
            <source>The room (1 person)</source>
            <translation>The room (1 person)</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>The agenda: timed steps the countdown follows in presentation mode (Ctrl+Shift+T goes to the next step).</source>
            <translation>The agenda: timed steps the countdown follows in presentation mode (Ctrl+Shift+T goes to the next step).</translation>
        </message>
        <message>
            <source>Step, e.g. Capture pain points</source>
            <translation>Step, e.g. Capture pain points</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>New step</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes of the new step</source>
            <translation>Minutes of the new step</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected step (Delete)</source>
            <translation>Remove the selected step (Delete)</translation>
        </message>
        <message>
            <source>Agenda steps</source>
            <translation>Agenda steps</translation>
        </message>
        <message>
            <source>%1. %2 — %3 min</source>
            <translation>%1. %2 — %3 min</translation>
        </message>
        <message>
            <source>Total: %1 min</source>
            <translation>Total: %1 min</translation>
        </message>
        <message>
            <source>Add agenda step</source>
            <translation>Add agenda step</translation>
        </message>
        <message>
            <source>Remove agenda step</source>
            <translation>Remove agenda step</translation>
        </message>
    </context>
    <context>
        <name>Backlog</name>
        <message>
            <source>That card is in a hidden lane: show the lane to see it.</source>
            <translation>That card is in a hidden lane: show the lane to see it.</translation>
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
            <translation type="vanished">Dot voting</translation>
        </message>
        <message>
            <source>In voting mode each click on an improvement adds a vote.</source>
            <translation type="vanished">In voting mode each click on an improvement adds a vote.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation type="vanished">Participant</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation type="vanished">no limit</translation>
        </message>
        <message>
            <source>Votes per participant (0 = no limit)</source>
            <translation type="vanished">Votes per participant (0 = no limit)</translation>
        </message>
        <message>
            <source>Reset votes</source>
            <translation type="vanished">Reset votes</translation>
        </message>
        <message>
            <source>Votes each:</source>
            <translation type="vanished">Votes each:</translation>
        </message>
        <message>
            <source>Vote…</source>
            <translation>Vote…</translation>
        </message>
        <message>
            <source>Dot voting on cards and improvements, in rounds (Workshop ▸ Voting)</source>
            <translation>Dot voting on cards and improvements, in rounds (Workshop ▸ Voting)</translation>
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
            <translation type="vanished">Add a vote</translation>
        </message>
        <message>
            <source>Set every vote of this journey back to zero? You can undo it.</source>
            <translation type="vanished">Set every vote of this journey back to zero? You can undo it.</translation>
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
        <name>BallotModel</name>
        <message>
            <source>Improvement</source>
            <translation>Improvement</translation>
        </message>
        <message>
            <source>Item</source>
            <translation type="vanished">Item</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Card or improvement</source>
            <translation>Card or improvement</translation>
        </message>
        <message>
            <source>Add a vote for “%1” (+)</source>
            <translation>Add a vote for “%1” (+)</translation>
        </message>
        <message>
            <source>Take back a vote from “%1” (−)</source>
            <translation>Take back a vote from “%1” (−)</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CanvasController</name>
        <message numerus="yes">
            <source>Delete the stage “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>Delete the stage “%1” and its %n card?</numerusform>
                <numerusform>Delete the stage “%1” and its %n cards?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lane “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>Delete the lane “%1” and its %n card?</numerusform>
                <numerusform>Delete the lane “%1” and its %n cards?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>You can undo this with Edit ▸ Undo.</translation>
        </message>
        <message>
            <source>Stage colour</source>
            <translation>Stage colour</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Edit title</translation>
        </message>
        <message>
            <source>Notes…</source>
            <translation>Notes…</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <source>No emotion</source>
            <translation>No emotion</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Cut</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>New %1</source>
            <translation type="vanished">New %1</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>Add stage before</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>Add stage after</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Colour…</translation>
        </message>
        <message>
            <source>Automatic colour</source>
            <translation>Automatic colour</translation>
        </message>
        <message>
            <source>Hide in this view</source>
            <translation>Hide in this view</translation>
        </message>
        <message>
            <source>Delete stage…</source>
            <translation>Delete stage…</translation>
        </message>
        <message>
            <source>Add lane above</source>
            <translation>Add lane above</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>Add lane below</translation>
        </message>
        <message>
            <source>Lane type</source>
            <translation>Lane type</translation>
        </message>
        <message>
            <source>Hide lane</source>
            <translation>Hide lane</translation>
        </message>
        <message>
            <source>Delete lane…</source>
            <translation>Delete lane…</translation>
        </message>
        <message>
            <source>Show hidden</source>
            <translation>Show hidden</translation>
        </message>
        <message>
            <source>Lane “%1”</source>
            <translation>Lane “%1”</translation>
        </message>
        <message>
            <source>Stage “%1”</source>
            <translation>Stage “%1”</translation>
        </message>
    </context>
    <context>
        <name>CardKinds</name>
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
            <source>New note</source>
            <translation>New note</translation>
        </message>
        <message>
            <source>New text</source>
            <translation>New text</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>New card</translation>
        </message>
    </context>
    <context>
        <name>CardPalette</name>
        <message>
            <source>Card palette</source>
            <translation>Card palette</translation>
        </message>
        <message>
            <source>Drag a kind onto the map, or press Enter to add it to the current cell</source>
            <translation>Drag a kind onto the map, or press Enter to add it to the current cell</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save PNG…</source>
            <translation>Save PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Save this chart as a PNG image</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare curves</source>
            <translation>Compare curves</translation>
        </message>
        <message>
            <source>First curve</source>
            <translation>First curve</translation>
        </message>
        <message>
            <source>Second curve</source>
            <translation>Second curve</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>Save chart as PNG…</source>
            <translation>Save chart as PNG…</translation>
        </message>
        <message>
            <source>Save table as a workbook…</source>
            <translation>Save table as a workbook…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>A:</source>
            <translation>A:</translation>
        </message>
        <message>
            <source>B:</source>
            <translation>B:</translation>
        </message>
        <message>
            <source>Everyone, as-is</source>
            <translation>Everyone, as-is</translation>
        </message>
        <message>
            <source>Everyone, to-be</source>
            <translation>Everyone, to-be</translation>
        </message>
        <message>
            <source>%1, as-is</source>
            <translation>%1, as-is</translation>
        </message>
        <message>
            <source>%1, to-be</source>
            <translation>%1, to-be</translation>
        </message>
        <message numerus="yes">
            <source>%n touchpoint(s) rated on both; the biggest gaps first.</source>
            <translation>
                <numerusform>%n touchpoint rated on both; the biggest gaps first.</numerusform>
                <numerusform>%n touchpoints rated on both; the biggest gaps first.</numerusform>
            </translation>
        </message>
        <message>
            <source>They differ on %1.</source>
            <translation>They differ on %1.</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>“%1” could not be written.</source>
            <translation>“%1” could not be written.</translation>
        </message>
        <message>
            <source>Save table</source>
            <translation>Save table</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparison</translation>
        </message>
        <message>
            <source>“%1” could not be written (%2).</source>
            <translation>“%1” could not be written (%2).</translation>
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
        <name>CountdownLabel</name>
        <message>
            <source>Time left: %1</source>
            <translation>Time left: %1</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Time is up</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>As-is (today)</source>
            <translation>As-is (today)</translation>
        </message>
        <message>
            <source>To-be (the future aimed at)</source>
            <translation>To-be (the future aimed at)</translation>
        </message>
        <message>
            <source>&amp;Persona:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>&amp;Scenario:</source>
            <translation>&amp;Scenario:</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>The room (phones)</source>
            <translation>The room (phones)</translation>
        </message>
        <message>
            <source>Metric “%1” is due for review (last measured %2)</source>
            <translation>Metric “%1” is due for review (last measured %2)</translation>
        </message>
        <message>
            <source>Metric “%1” is due for review (never measured)</source>
            <translation>Metric “%1” is due for review (never measured)</translation>
        </message>
        <message>
            <source>Improvement “%1”: follow-up was due %2</source>
            <translation>Improvement “%1”: follow-up was due %2</translation>
        </message>
        <message>
            <source>Nothing is overdue.</source>
            <translation>Nothing is overdue.</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
    </context>
    <context>
        <name>DeletionsDialog</name>
        <message>
            <source>Import backlog</source>
            <translation>Import backlog</translation>
        </message>
        <message numerus="yes">
            <source>%n improvement(s) of this journey are no longer in the workbook: their rows were deleted there.</source>
            <translation>
                <numerusform>%n improvement of this journey are no longer in the workbook: their rows were deleted there.</numerusform>
                <numerusform>%n improvements of this journey are no longer in the workbook: their rows were deleted there.</numerusform>
            </translation>
        </message>
        <message>
            <source>(changed here since the export: kept)</source>
            <translation>(changed here since the export: kept)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Delete the %n improvement(s) here too</source>
            <translation>
                <numerusform>&amp;Delete the %n improvement here too</numerusform>
                <numerusform>&amp;Delete the %n improvements here too</numerusform>
            </translation>
        </message>
        <message>
            <source>A version of the file is kept before the import, and Undo takes it back.</source>
            <translation>A version of the file is kept before the import, and Undo takes it back.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Improvements changed here since the export are never deleted.</source>
            <translation>Improvements changed here since the export are never deleted.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>The change was not made, so that it can be undone safely.</source>
            <translation>The change was not made, so that it can be undone safely.</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Save the journey as an image, a workbook, CSV or JSON</source>
            <translation>Save the journey as an image, a workbook, CSV or JSON</translation>
        </message>
        <message>
            <source>Import &amp;journey (JSON)…</source>
            <translation>Import &amp;journey (JSON)…</translation>
        </message>
        <message>
            <source>Import &amp;backlog from a workbook…</source>
            <translation>Import &amp;backlog from a workbook…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <source>Import journey</source>
            <translation>Import journey</translation>
        </message>
        <message>
            <source>Journey JSON (*.json)</source>
            <translation>Journey JSON (*.json)</translation>
        </message>
        <message>
            <source>Import backlog</source>
            <translation>Import backlog</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.ods);;Excel workbook (*.xlsx)</source>
            <translation>Spreadsheets (*.xlsx *.ods);;Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Importing it anyway matches each row to an improvement of the journey shown by its title or description, never by its id; rows that match none are added.</source>
            <translation>Importing it anyway matches each row to an improvement of the journey shown by its title or description, never by its id; rows that match none are added.</translation>
        </message>
        <message>
            <source>Import by &amp;content</source>
            <translation>Import by &amp;content</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="vanished">Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Updated: %1 · added: %2 · unchanged: %3 · conflicts: %4 · unknown ids: %5.</source>
            <translation>Updated: %1 · added: %2 · unchanged: %3 · conflicts: %4 · unknown ids: %5.</translation>
        </message>
        <message>
            <source>Rows deleted in the workbook: %1 · deleted here: %2.</source>
            <translation>Rows deleted in the workbook: %1 · deleted here: %2.</translation>
        </message>
        <message>
            <source>Rows were matched by their content.</source>
            <translation>Rows were matched by their content.</translation>
        </message>
        <message>
            <source>Row %1: improvement %2, “%3” was changed here (%4) and in the workbook (%5); this file's value was kept.</source>
            <translation>Row %1: improvement %2, “%3” was changed here (%4) and in the workbook (%5); this file's value was kept.</translation>
        </message>
        <message>
            <source>Row %1: improvement %2, “%3” was cut to fit the workbook (%4 characters here) and was edited with its cut marker in place; it was not imported, so as not to replace the whole text. Remove the marker to import it.</source>
            <translation>Row %1: improvement %2, “%3” was cut to fit the workbook (%4 characters here) and was edited with its cut marker in place; it was not imported, so as not to replace the whole text. Remove the marker to import it.</translation>
        </message>
        <message>
            <source>Improvement %1 %2: its row was deleted in the workbook; deleted here too.</source>
            <translation>Improvement %1 %2: its row was deleted in the workbook; deleted here too.</translation>
        </message>
        <message>
            <source>Improvement %1 %2: its row was deleted in the workbook, but it was changed here since the export; kept.</source>
            <translation>Improvement %1 %2: its row was deleted in the workbook, but it was changed here since the export; kept.</translation>
        </message>
        <message>
            <source>Improvement %1 %2: its row was deleted in the workbook; kept.</source>
            <translation>Improvement %1 %2: its row was deleted in the workbook; kept.</translation>
        </message>
        <message>
            <source>Row %1: there is no improvement %2 in this journey; the row was skipped.</source>
            <translation>Row %1: there is no improvement %2 in this journey; the row was skipped.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export “%1”</source>
            <translation>Export “%1”</translation>
        </message>
        <message>
            <source>The whole journey</source>
            <translation>The whole journey</translation>
        </message>
        <message numerus="yes">
            <source>The selected cards (%n)</source>
            <translation>
                <numerusform>The selected cards (%n)</numerusform>
                <numerusform>The selected cards (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Fit to one page</source>
            <translation>Fit to one page</translation>
        </message>
        <message>
            <source>Poster, pages across:</source>
            <translation>Poster, pages across:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>&amp;Scale:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Size:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Paper:</translation>
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation>&amp;Orientation:</translation>
        </message>
        <message>
            <source>Pages:</source>
            <translation>Pages:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixels</translation>
        </message>
        <message>
            <source>A workbook with a read-me sheet, the map, the touchpoints, the improvement backlog (to edit and import back), personas, metrics and the emotion curve.</source>
            <translation>A workbook with a read-me sheet, the map, the touchpoints, the improvement backlog (to edit and import back), personas, metrics and the emotion curve.</translation>
        </message>
        <message>
            <source>The improvement backlog as a CSV table (UTF-8, opens in Excel).</source>
            <translation>The improvement backlog as a CSV table (UTF-8, opens in Excel).</translation>
        </message>
        <message>
            <source>Every card of the journey as a CSV table (UTF-8, opens in Excel).</source>
            <translation>Every card of the journey as a CSV table (UTF-8, opens in Excel).</translation>
        </message>
        <message>
            <source>The whole journey with its personas, to import into another Jornada file.</source>
            <translation>The whole journey with its personas, to import into another Jornada file.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Lanes</source>
            <translation>Lanes</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Saved &amp;views:</source>
            <translation>Saved &amp;views:</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Saved views</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>&amp;Save view…</translation>
        </message>
        <message>
            <source>Save the filter as a view</source>
            <translation>Save the filter as a view</translation>
        </message>
        <message>
            <source>Delete view</source>
            <translation>Delete view</translation>
        </message>
        <message>
            <source>Delete the chosen view</source>
            <translation>Delete the chosen view</translation>
        </message>
        <message>
            <source>Filter values: tick what to show</source>
            <translation>Filter values: tick what to show</translation>
        </message>
        <message>
            <source>Show &amp;everything</source>
            <translation>Show &amp;everything</translation>
        </message>
        <message>
            <source>Clear the filter</source>
            <translation>Clear the filter</translation>
        </message>
        <message>
            <source>Showing every card.</source>
            <translation>Showing every card.</translation>
        </message>
        <message>
            <source>Showing %1 of %2 cards; the rest are dimmed.</source>
            <translation>Showing %1 of %2 cards; the rest are dimmed.</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Save view</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Name of the view:</translation>
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
            <translation type="vanished">Find in cards, notes and improvements</translation>
        </message>
        <message>
            <source>Find in cards, notes, improvements and quotes</source>
            <translation>Find in cards, notes, improvements and quotes</translation>
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
            <translation type="vanished">Quick capture: type and press Enter to add a card to the focused cell; Tab moves to the next cell. Each participant can have a colour.</translation>
        </message>
        <message>
            <source>Start the countdown for each activity; at the end, keep a post-workshop snapshot.</source>
            <translation type="vanished">Start the countdown for each activity; at the end, keep a post-workshop snapshot.</translation>
        </message>
        <message>
            <source>Quick capture: type and press Enter to add a card to the focused cell; Tab moves to the next cell. Each participant has their own colour, on their cards and votes.</source>
            <translation>Quick capture: type and press Enter to add a card to the focused cell; Tab moves to the next cell. Each participant has their own colour, on their cards and votes.</translation>
        </message>
        <message>
            <source>Presentation mode starts by asking who is in the room (Ctrl+P). Ctrl+0 shows the current stage with every lane readable from the back of the room.</source>
            <translation>Presentation mode starts by asking who is in the room (Ctrl+P). Ctrl+0 shows the current stage with every lane readable from the back of the room.</translation>
        </message>
        <message>
            <source>Dot voting in rounds (Ctrl+B, or Workshop ▸ Voting): each person's votes are counted against their allowance; + and − vote, selecting never does; closing the round ranks the items.</source>
            <translation>Dot voting in rounds (Ctrl+B, or Workshop ▸ Voting): each person's votes are counted against their allowance; + and − vote, selecting never does; closing the round ranks the items.</translation>
        </message>
        <message>
            <source>Prepare an agenda of timed steps (Workshop ▸ Agenda); the countdown follows it (Ctrl+Shift+T: next step). At the end, keep a post-workshop snapshot.</source>
            <translation>Prepare an agenda of timed steps (Workshop ▸ Agenda); the countdown follows it (Ctrl+Shift+T: next step). At the end, keep a post-workshop snapshot.</translation>
        </message>
        <message>
            <source>The room (Workshop ▸ Room, Ctrl+Shift+J): participants scan a QR code on the projector and add cards, rate each stage and vote from their phones, on this computer's network, without internet. Their cards arrive on the map in their colour, saved at once.</source>
            <translation>The room (Workshop ▸ Room, Ctrl+Shift+J): participants scan a QR code on the projector and add cards, rate each stage and vote from their phones, on this computer's network, without internet. Their cards arrive on the map in their colour, saved at once.</translation>
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
            <source>Reset the countdown (presentation mode)</source>
            <translation>Reset the countdown (presentation mode)</translation>
        </message>
        <message>
            <source>Next step of the agenda (presentation mode)</source>
            <translation>Next step of the agenda (presentation mode)</translation>
        </message>
        <message>
            <source>Who is in the room / dot voting (presentation mode)</source>
            <translation>Who is in the room / dot voting (presentation mode)</translation>
        </message>
        <message>
            <source>Add or take back a vote on the focused item (voting)</source>
            <translation>Add or take back a vote on the focused item (voting)</translation>
        </message>
        <message>
            <source>The room: phones join (in presentation mode: its QR code on the screen)</source>
            <translation>The room: phones join (in presentation mode: its QR code on the screen)</translation>
        </message>
        <message>
            <source>Fit the current stage / switch between the whole map and the stage (presentation mode)</source>
            <translation>Fit the current stage / switch between the whole map and the stage (presentation mode)</translation>
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
        <name>ImprovementBadges</name>
        <message>
            <source>%n improvement(s) in the backlog</source>
            <translation>%n improvement(s) in the backlog</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Select a card to see and edit its details.</source>
            <translation>Select a card to see and edit its details.</translation>
        </message>
        <message>
            <source>No emotion</source>
            <translation>No emotion</translation>
        </message>
        <message>
            <source>How each persona feels here</source>
            <translation>How each persona feels here</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Card colour</source>
            <translation>Card colour</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>C&amp;hannel</translation>
        </message>
        <message>
            <source>De&amp;partment</source>
            <translation>De&amp;partment</translation>
        </message>
        <message>
            <source>&amp;Emotion</source>
            <translation>&amp;Emotion</translation>
        </message>
        <message>
            <source>Emotion, to-&amp;be</source>
            <translation>Emotion, to-&amp;be</translation>
        </message>
        <message>
            <source>E&amp;vidence</source>
            <translation>E&amp;vidence</translation>
        </message>
        <message>
            <source>Colou&amp;r</source>
            <translation>Colou&amp;r</translation>
        </message>
        <message>
            <source>Pe&amp;rsona</source>
            <translation>Pe&amp;rsona</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Quotes</translation>
        </message>
        <message>
            <source>Mark &amp;observed</source>
            <translation>Mark &amp;observed</translation>
        </message>
        <message>
            <source>These quotes are evidence: set the card's evidence to Observed</source>
            <translation>These quotes are evidence: set the card's evidence to Observed</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <source>Emotion, to-be</source>
            <translation>Emotion, to-be</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message numerus="yes">
            <source>%n cards selected.</source>
            <translation>
                <numerusform>%n cards selected.</numerusform>
                <numerusform>%n cards selected.</numerusform>
            </translation>
        </message>
        <message>
            <source>No persona</source>
            <translation>No persona</translation>
        </message>
        <message>
            <source>By kind</source>
            <translation>By kind</translation>
        </message>
        <message>
            <source>Automatic (by kind)</source>
            <translation>Automatic (by kind)</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)…</source>
            <translation>
                <numerusform>%n note…</numerusform>
                <numerusform>%n notes…</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a note…</source>
            <translation>Add a note…</translation>
        </message>
        <message numerus="yes">
            <source>What customers said (%n quote(s))</source>
            <translation>
                <numerusform>What customers said (%n quote)</numerusform>
                <numerusform>What customers said (%n quotes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observed</translation>
        </message>
        <message>
            <source>As-is</source>
            <translation>As-is</translation>
        </message>
        <message>
            <source>To-be</source>
            <translation>To-be</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>as-is</source>
            <translation>as-is</translation>
        </message>
        <message>
            <source>to-be</source>
            <translation>to-be</translation>
        </message>
        <message>
            <source>Add personas to the journey to rate it for each.</source>
            <translation>Add personas to the journey to rate it for each.</translation>
        </message>
    </context>
    <context>
        <name>JoinScreen</name>
        <message>
            <source>Join the workshop</source>
            <translation>Join the workshop</translation>
        </message>
        <message>
            <source>Join “%1” from your phone</source>
            <translation>Join “%1” from your phone</translation>
        </message>
        <message>
            <source>Same Wi-Fi as this computer · no app, no account · Esc closes this screen</source>
            <translation>Same Wi-Fi as this computer · no app, no account · Esc closes this screen</translation>
        </message>
    </context>
    <context>
        <name>JourneyEditor</name>
        <message>
            <source>Rate touchpoint</source>
            <translation>Rate touchpoint</translation>
        </message>
    </context>
    <context>
        <name>JourneyList</name>
        <message>
            <source>Journeys</source>
            <translation>Journeys</translation>
        </message>
        <message>
            <source>New journey</source>
            <translation>New journey</translation>
        </message>
        <message>
            <source>Rename journey</source>
            <translation>Rename journey</translation>
        </message>
        <message>
            <source>Duplicate journey</source>
            <translation>Duplicate journey</translation>
        </message>
        <message>
            <source>Delete journey…</source>
            <translation>Delete journey…</translation>
        </message>
        <message>
            <source>Move journey up</source>
            <translation>Move journey up</translation>
        </message>
        <message>
            <source>Move journey down</source>
            <translation>Move journey down</translation>
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
        <message>
            <source>The structure is locked: stages and lanes stay as they are. Unlock it in the Workshop menu to move or rename them.</source>
            <translation>The structure is locked: stages and lanes stay as they are. Unlock it in the Workshop menu to move or rename them.</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <source>Journey map</source>
            <translation>Journey map</translation>
        </message>
        <message>
            <source>%1 — type a title, Enter to add</source>
            <translation>%1 — type a title, Enter to add</translation>
        </message>
        <message>
            <source>New %1 — type a title, Enter to add</source>
            <translation type="vanished">New %1 — type a title, Enter to add</translation>
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
            <source>&amp;New map…</source>
            <translation>&amp;New map…</translation>
        </message>
        <message>
            <source>Create a new map from a template</source>
            <translation>Create a new map from a template</translation>
        </message>
        <message>
            <source>Open a journey map file</source>
            <translation>Open a journey map file</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>Dup&amp;licate</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Select &amp;all cards</source>
            <translation>Select &amp;all cards</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>New &amp;card in current cell</source>
            <translation>New &amp;card in current cell</translation>
        </message>
        <message>
            <source>Type a card's title in the current cell</source>
            <translation>Type a card's title in the current cell</translation>
        </message>
        <message>
            <source>&amp;Edit title</source>
            <translation>&amp;Edit title</translation>
        </message>
        <message>
            <source>&amp;Notes of card…</source>
            <translation>&amp;Notes of card…</translation>
        </message>
        <message>
            <source>Add &amp;stage</source>
            <translation>Add &amp;stage</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>&amp;Fit map</source>
            <translation>&amp;Fit map</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <source>Go to the &amp;map</source>
            <translation>Go to the &amp;map</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Show &amp;hidden</source>
            <translation>Show &amp;hidden</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Panels</translation>
        </message>
        <message>
            <source>&amp;Journey</source>
            <translation>&amp;Journey</translation>
        </message>
        <message>
            <source>Add &amp;lane</source>
            <translation>Add &amp;lane</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Undo history</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;opened&gt;</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Main</translation>
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
            <source>New map</source>
            <translation>New map</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>Start from:</translation>
        </message>
        <message>
            <source>New journey map</source>
            <translation>New journey map</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada)</source>
            <translation>Jornada files (*.jornada)</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Find cards containing:</source>
            <translation>Find cards containing:</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) found</source>
            <translation>
                <numerusform>%n card found</numerusform>
                <numerusform>%n cards found</numerusform>
            </translation>
        </message>
        <message>
            <source>No card contains “%1”.</source>
            <translation>No card contains “%1”.</translation>
        </message>
        <message>
            <source>Nothing is hidden</source>
            <translation>Nothing is hidden</translation>
        </message>
        <message>
            <source>Read-only: this file cannot be changed here. Edits are disabled.</source>
            <translation>Read-only: this file cannot be changed here. Edits are disabled.</translation>
        </message>
        <message>
            <source>New journey</source>
            <translation>New journey</translation>
        </message>
        <message>
            <source>Title of the journey:</source>
            <translation>Title of the journey:</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copy)</translation>
        </message>
        <message numerus="yes">
            <source>Delete the journey “%1” with its %n card(s)?</source>
            <translation>
                <numerusform>Delete the journey “%1” with its %n card?</numerusform>
                <numerusform>Delete the journey “%1” with its %n cards?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete journey</source>
            <translation>Delete journey</translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>You can undo this with Edit ▸ Undo.</translation>
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
        <name>MetricsPanel</name>
        <message>
            <source>New metric…</source>
            <translation>New metric…</translation>
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
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Measured on</source>
            <translation>Measured on</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message numerus="yes">
            <source>The last %n measurement(s), oldest first; the dotted line is the target</source>
            <translation>
                <numerusform>The last %n measurement, oldest first; the dotted line is the target</numerusform>
                <numerusform>The last %n measurements, oldest first; the dotted line is the target</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete metric</source>
            <translation>Delete metric</translation>
        </message>
    </context>
    <context>
        <name>NotesDialog</name>
        <message>
            <source>Notes on “%1”</source>
            <translation>Notes on “%1”</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Note text</translation>
        </message>
        <message>
            <source>Write a note…</source>
            <translation>Write a note…</translation>
        </message>
        <message>
            <source>&amp;Add as new note</source>
            <translation>&amp;Add as new note</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Save changes</translation>
        </message>
        <message>
            <source>&amp;Delete note</source>
            <translation>&amp;Delete note</translation>
        </message>
        <message>
            <source>Notes attached to this card:</source>
            <translation>Notes attached to this card:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Who is in the room?</source>
            <translation>Who is in the room?</translation>
        </message>
        <message>
            <source>Type a name and press Enter</source>
            <translation>Type a name and press Enter</translation>
        </message>
        <message>
            <source>New participant's name</source>
            <translation>New participant's name</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Take the selected participant off the list (Delete)</source>
            <translation>Take the selected participant off the list (Delete)</translation>
        </message>
        <message>
            <source>New list</source>
            <translation>New list</translation>
        </message>
        <message>
            <source>Start an empty list for a new session</source>
            <translation>Start an empty list for a new session</translation>
        </message>
        <message>
            <source>Each person gets their own colour, on their cards and votes. F2 renames; Esc goes back to capturing cards.</source>
            <translation>Each person gets their own colour, on their cards and votes. F2 renames; Esc goes back to capturing cards.</translation>
        </message>
        <message>
            <source>%1 is already on the list and is now the current participant.</source>
            <translation>%1 is already on the list and is now the current participant.</translation>
        </message>
        <message>
            <source>%1 is already on the list.</source>
            <translation type="vanished">%1 is already on the list.</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Add participant</translation>
        </message>
        <message>
            <source>Rename participant</source>
            <translation>Rename participant</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Remove participant</translation>
        </message>
        <message>
            <source>New participant list</source>
            <translation>New participant list</translation>
        </message>
    </context>
    <context>
        <name>PersonaActions</name>
        <message>
            <source>%n card(s) tied to it will keep their place without a persona.</source>
            <translation type="vanished">%n card(s) tied to it will keep their place without a persona.</translation>
        </message>
    </context>
    <context>
        <name>PersonaCurves</name>
        <message>
            <source>The room (%n people)</source>
            <translation type="vanished">The room (%n people)</translation>
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
            <source>The colour of this persona's emotion curve and avatar.</source>
            <translation>The colour of this persona's emotion curve and avatar.</translation>
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
            <translation>Tick a persona to show it on this journey.</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>New…</translation>
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
            <source>Import from file…</source>
            <translation>Import from file…</translation>
        </message>
        <message>
            <source>Copy to open file…</source>
            <translation>Copy to open file…</translation>
        </message>
        <message>
            <source>Export sheet…</source>
            <translation>Export sheet…</translation>
        </message>
    </context>
    <context>
        <name>PersonaStrip</name>
        <message>
            <source>Personas:</source>
            <translation>Personas:</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>Add a persona to this journey</source>
            <translation>Add a persona to this journey</translation>
        </message>
        <message>
            <source>Curves:</source>
            <translation type="vanished">Curves:</translation>
        </message>
        <message>
            <source>As-is</source>
            <translation type="vanished">As-is</translation>
        </message>
        <message>
            <source>To-be</source>
            <translation type="vanished">To-be</translation>
        </message>
        <message>
            <source>Curves</source>
            <translation>Curves</translation>
        </message>
        <message>
            <source>Which emotion curves the map shows</source>
            <translation>Which emotion curves the map shows</translation>
        </message>
        <message>
            <source>As-is (everyone)</source>
            <translation>As-is (everyone)</translation>
        </message>
        <message>
            <source>To-be (everyone)</source>
            <translation>To-be (everyone)</translation>
        </message>
        <message>
            <source>Per persona</source>
            <translation>Per persona</translation>
        </message>
        <message>
            <source>Stage averages</source>
            <translation>Stage averages</translation>
        </message>
        <message>
            <source>The room's feelings</source>
            <translation>The room's feelings</translation>
        </message>
        <message>
            <source>The average emotion of each stage today</source>
            <translation>The average emotion of each stage today</translation>
        </message>
        <message>
            <source>The average to-be emotion of each stage</source>
            <translation>The average to-be emotion of each stage</translation>
        </message>
        <message>
            <source>One curve per persona and scenario through each touchpoint the persona rated (to-be dashed), in the persona's colour</source>
            <translation>One curve per persona and scenario through each touchpoint the persona rated (to-be dashed), in the persona's colour</translation>
        </message>
        <message>
            <source>The personas' curves through the average of each stage instead of each touchpoint</source>
            <translation>The personas' curves through the average of each stage instead of each touchpoint</translation>
        </message>
        <message>
            <source>How the people in the workshop room felt at each stage, rated from their phones (dotted)</source>
            <translation>How the people in the workshop room felt at each stage, rated from their phones (dotted)</translation>
        </message>
        <message>
            <source>One curve per persona, in the persona's colour</source>
            <translation type="vanished">One curve per persona, in the persona's colour</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Export sheet…</source>
            <translation>Export sheet…</translation>
        </message>
        <message>
            <source>Remove from this journey</source>
            <translation>Remove from this journey</translation>
        </message>
        <message>
            <source>New persona…</source>
            <translation>New persona…</translation>
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
            <source>Card text si&amp;ze:</source>
            <translation>Card text si&amp;ze:</translation>
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
        <name>PresentationWindow</name>
        <message>
            <source>Presentation — Jornada</source>
            <translation>Presentation — Jornada</translation>
        </message>
        <message>
            <source>Previous stage (Left)</source>
            <translation>Previous stage (Left)</translation>
        </message>
        <message>
            <source>Next stage (Right)</source>
            <translation>Next stage (Right)</translation>
        </message>
        <message>
            <source>Start or pause the countdown (Ctrl+T)</source>
            <translation>Start or pause the countdown (Ctrl+T)</translation>
        </message>
        <message>
            <source>Keep a post-workshop snapshot now</source>
            <translation>Keep a post-workshop snapshot now</translation>
        </message>
        <message>
            <source>Leave presentation mode (Esc)</source>
            <translation>Leave presentation mode (Esc)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes for the activity</source>
            <translation>Minutes for the activity</translation>
        </message>
        <message>
            <source>Minutes for the activity (Enter applies them)</source>
            <translation>Minutes for the activity (Enter applies them)</translation>
        </message>
        <message>
            <source>Start or pause the countdown (Ctrl+T) · Ctrl+R resets it</source>
            <translation>Start or pause the countdown (Ctrl+T) · Ctrl+R resets it</translation>
        </message>
        <message>
            <source>The step of the agenda the countdown is for (Ctrl+Shift+T: next step)</source>
            <translation>The step of the agenda the countdown is for (Ctrl+Shift+T: next step)</translation>
        </message>
        <message>
            <source>Agenda step</source>
            <translation>Agenda step</translation>
        </message>
        <message>
            <source>Who is in the room (Ctrl+P)</source>
            <translation>Who is in the room (Ctrl+P)</translation>
        </message>
        <message>
            <source>Dot voting (Ctrl+B)</source>
            <translation>Dot voting (Ctrl+B)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Voting</translation>
        </message>
        <message>
            <source>Type a card and press Enter · Tab: next cell · ←/→: stage · ↑/↓: lane</source>
            <translation>Type a card and press Enter · Tab: next cell · ←/→: stage · ↑/↓: lane</translation>
        </message>
        <message>
            <source>Quick capture: the text of a new card</source>
            <translation>Quick capture: the text of a new card</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Cards you capture carry this name and its colour.</source>
            <translation>Cards you capture carry this name and its colour.</translation>
        </message>
        <message>
            <source>No stages</source>
            <translation>No stages</translation>
        </message>
        <message>
            <source>%1 of %2 · %3</source>
            <translation>%1 of %2 · %3</translation>
        </message>
        <message>
            <source>Facilitator (no name)</source>
            <translation>Facilitator (no name)</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>Colour of %1</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Add card</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) added</source>
            <translation>
                <numerusform>%n card added</numerusform>
                <numerusform>%n cards added</numerusform>
            </translation>
        </message>
        <message>
            <source>Esc again clears the text; Enter adds it</source>
            <translation>Esc again clears the text; Enter adds it</translation>
        </message>
        <message>
            <source>Lock structure</source>
            <translation>Lock structure</translation>
        </message>
        <message>
            <source>Unlock structure</source>
            <translation>Unlock structure</translation>
        </message>
        <message>
            <source>Structure locked: stages and lanes stay put (Ctrl+L to unlock)</source>
            <translation>Structure locked: stages and lanes stay put (Ctrl+L to unlock)</translation>
        </message>
        <message>
            <source>Lock the structure (Ctrl+L)</source>
            <translation>Lock the structure (Ctrl+L)</translation>
        </message>
        <message>
            <source>Structure locked: stages and lanes stay put; cards can still be added. Ctrl+L unlocks.</source>
            <translation>Structure locked: stages and lanes stay put; cards can still be added. Ctrl+L unlocks.</translation>
        </message>
        <message>
            <source>🔒 Structure locked: stages and lanes stay put; cards can still be added. Ctrl+L unlocks.</source>
            <translation type="vanished">🔒 Structure locked: stages and lanes stay put; cards can still be added. Ctrl+L unlocks.</translation>
        </message>
        <message>
            <source>Free countdown</source>
            <translation>Free countdown</translation>
        </message>
        <message>
            <source>%1. %2 (%3 min)</source>
            <translation>%1. %2 (%3 min)</translation>
        </message>
        <message>
            <source>Next: %1, %2 min (Ctrl+T starts)</source>
            <translation>Next: %1, %2 min (Ctrl+T starts)</translation>
        </message>
        <message>
            <source>Time is up: %1</source>
            <translation>Time is up: %1</translation>
        </message>
        <message>
            <source>Ctrl+Shift+T: %1</source>
            <translation>Ctrl+Shift+T: %1</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Time is up</translation>
        </message>
        <message>
            <source>Post-workshop</source>
            <translation>Post-workshop</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Snapshot</translation>
        </message>
        <message>
            <source>Post-workshop snapshot kept</source>
            <translation>Post-workshop snapshot kept</translation>
        </message>
        <message>
            <source>End of the workshop</source>
            <translation>End of the workshop</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) were added. Keep a post-workshop snapshot of the map?</source>
            <translation>
                <numerusform>%n card were added. Keep a post-workshop snapshot of the map?</numerusform>
                <numerusform>%n cards were added. Keep a post-workshop snapshot of the map?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>QrCode</name>
        <message>
            <source>QR code of the room's address</source>
            <translation>QR code of the room's address</translation>
        </message>
    </context>
    <context>
        <name>ReliabilityActions</name>
        <message>
            <source>Save &amp;version…</source>
            <translation>Save &amp;version…</translation>
        </message>
        <message>
            <source>V&amp;ersions…</source>
            <translation>Vers&amp;ions…</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Save a &amp;copy as…</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Save version</translation>
        </message>
        <message>
            <source>A name for this version (optional):</source>
            <translation>A name for this version (optional):</translation>
        </message>
        <message>
            <source>Version saved.</source>
            <translation>Version saved.</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada)</source>
            <translation>Jornada files (*.jornada)</translation>
        </message>
        <message>
            <source>A copy was saved as “%1”.</source>
            <translation>A copy was saved as “%1”.</translation>
        </message>
    </context>
    <context>
        <name>RoomDock</name>
        <message>
            <source>Open a map to prepare the workshop.</source>
            <translation>Open a map to prepare the workshop.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Voting</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
    </context>
    <context>
        <name>RoomWindow</name>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Participants join from their phones on this computer's network: no internet, no app, no account. Everything they send is saved in this file at once.</source>
            <translation>Participants join from their phones on this computer's network: no internet, no app, no account. Everything they send is saved in this file at once.</translation>
        </message>
        <message>
            <source>The network the phones are on. Only this address listens.</source>
            <translation>The network the phones are on. Only this address listens.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Moderate: contributions wait for me to accept them</source>
            <translation>&amp;Moderate: contributions wait for me to accept them</translation>
        </message>
        <message>
            <source>&amp;Silent brainstorming: phones see only their own until I reveal</source>
            <translation>&amp;Silent brainstorming: phones see only their own until I reveal</translation>
        </message>
        <message>
            <source>S&amp;tart room</source>
            <translation>S&amp;tart room</translation>
        </message>
        <message>
            <source>Show on the pro&amp;jector</source>
            <translation>Show on the pro&amp;jector</translation>
        </message>
        <message>
            <source>Acc&amp;ept</source>
            <translation>Acc&amp;ept</translation>
        </message>
        <message>
            <source>Remo&amp;ve from the room</source>
            <translation>Remo&amp;ve from the room</translation>
        </message>
        <message numerus="yes">
            <source>%n joined</source>
            <translation>
                <numerusform>%n joined</numerusform>
                <numerusform>%n joined</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent in all</source>
            <translation>
                <numerusform>%n sent in all</numerusform>
                <numerusform>%n sent in all</numerusform>
            </translation>
        </message>
        <message>
            <source>Show on the &amp;projector</source>
            <translation type="vanished">Show on the &amp;projector</translation>
        </message>
        <message>
            <source>&amp;Reveal everyone's</source>
            <translation>&amp;Reveal everyone's</translation>
        </message>
        <message>
            <source>Waiting for you (moderation):</source>
            <translation>Waiting for you (moderation):</translation>
        </message>
        <message>
            <source>Contributions waiting</source>
            <translation>Contributions waiting</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation type="vanished">&amp;Accept</translation>
        </message>
        <message>
            <source>Tur&amp;n down</source>
            <translation>Tur&amp;n down</translation>
        </message>
        <message>
            <source>Accept a&amp;ll</source>
            <translation>Accept a&amp;ll</translation>
        </message>
        <message>
            <source>People who joined:</source>
            <translation>People who joined:</translation>
        </message>
        <message>
            <source>People who joined</source>
            <translation>People who joined</translation>
        </message>
        <message>
            <source>Re&amp;move from the room</source>
            <translation type="vanished">Re&amp;move from the room</translation>
        </message>
        <message>
            <source>The room is closed; everything sent is in the file.</source>
            <translation>The room is closed; everything sent is in the file.</translation>
        </message>
        <message>
            <source>The room is open at %1</source>
            <translation>The room is open at %1</translation>
        </message>
        <message>
            <source>S&amp;top room</source>
            <translation>S&amp;top room</translation>
        </message>
        <message>
            <source>The room is closed.</source>
            <translation>The room is closed.</translation>
        </message>
        <message>
            <source>%1 joined · %2 waiting · %3 sent in all</source>
            <translation type="vanished">%1 joined · %2 waiting · %3 sent in all</translation>
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
            <source>Needs &amp;attention</source>
            <translation>Needs &amp;attention</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
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
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Metric “%1” is due for review (last measured %2)</source>
            <translation>Metric “%1” is due for review (last measured %2)</translation>
        </message>
        <message>
            <source>Metric “%1” is due for review (never measured)</source>
            <translation>Metric “%1” is due for review (never measured)</translation>
        </message>
        <message>
            <source>Improvement “%1”: follow-up was due %2</source>
            <translation>Improvement “%1”: follow-up was due %2</translation>
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
        <name>SurveyDialog</name>
        <message>
            <source>Import survey results</source>
            <translation>Import survey results</translation>
        </message>
        <message>
            <source>NPS (0–10)</source>
            <translation>NPS (0–10)</translation>
        </message>
        <message>
            <source>CSAT (1–5)</source>
            <translation>CSAT (1–5)</translation>
        </message>
        <message>
            <source>CES (1–7)</source>
            <translation>CES (1–7)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>column %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>The first rows of “%1”:</source>
            <translation>The first rows of “%1”:</translation>
        </message>
        <message>
            <source>In the first %1 rows: </source>
            <translation>In the first %1 rows: </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) will count</source>
            <translation>
                <numerusform>%n answer will count</numerusform>
                <numerusform>%n answers will count</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) computed (per stage, touchpoint and month)</source>
            <translation>
                <numerusform>%n value computed (per stage, touchpoint and month)</numerusform>
                <numerusform>%n values computed (per stage, touchpoint and month)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) will come in from the comments</source>
            <translation>
                <numerusform>%n quote will come in from the comments</numerusform>
                <numerusform>%n quotes will come in from the comments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) reported, first: row %1, %2</source>
            <translation>
                <numerusform>%n row reported, first: row %1, %2</numerusform>
                <numerusform>%n rows reported, first: row %1, %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading “%1”…</source>
            <translation>Reading “%1”…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>The import was cancelled; nothing was changed.</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) added.</source>
            <translation>
                <numerusform>%n quote added.</numerusform>
                <numerusform>%n quotes added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out, first: row %1, %2</source>
            <translation>
                <numerusform>%n row left out, first: row %1, %2</numerusform>
                <numerusform>%n rows left out, first: row %1, %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s) added from “%1”.</source>
            <translation>
                <numerusform>%n measurement added from “%1”.</numerusform>
                <numerusform>%n measurements added from “%1”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Saved by you</source>
            <translation>Saved by you</translation>
        </message>
        <message>
            <source>Start of the day</source>
            <translation>Start of the day</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Before an import</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>When the file was opened</source>
            <translation>When the file was opened</translation>
        </message>
        <message>
            <source>When the file was closed</source>
            <translation>When the file was closed</translation>
        </message>
        <message>
            <source>Versions of “%1”</source>
            <translation>Versions of “%1”</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Versions are kept in the folder “%1” beside the file.</source>
            <translation>Versions are kept in the folder “%1” beside the file.</translation>
        </message>
        <message>
            <source>&amp;Save version…</source>
            <translation>&amp;Save version…</translation>
        </message>
        <message>
            <source>&amp;Restore this version</source>
            <translation>&amp;Restore this version</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>No versions yet. “Save version…” keeps the map as it is now.</source>
            <translation>No versions yet. “Save version…” keeps the map as it is now.</translation>
        </message>
        <message>
            <source>This version cannot be read: %1</source>
            <translation>This version cannot be read: %1</translation>
        </message>
        <message>
            <source>This version has no journeys.</source>
            <translation>This version has no journeys.</translation>
        </message>
        <message numerus="yes">
            <source>%n journey(s)</source>
            <translation>
                <numerusform>%n journey</numerusform>
                <numerusform>%n journeys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n improvement(s)</source>
            <translation>
                <numerusform>%n improvement</numerusform>
                <numerusform>%n improvements</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 journey(s), %2 card(s), %3 improvement(s)</source>
            <translation type="vanished">%1 journey(s), %2 card(s), %3 improvement(s)</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Save version</translation>
        </message>
        <message>
            <source>A name for this version (optional):</source>
            <translation>A name for this version (optional):</translation>
        </message>
        <message>
            <source>Restore version</source>
            <translation>Restore version</translation>
        </message>
        <message>
            <source>Restore the version “%1”? The map as it is now is kept as a version first, and Undo brings it back.</source>
            <translation>Restore the version “%1”? The map as it is now is kept as a version first, and Undo brings it back.</translation>
        </message>
        <message>
            <source>Restore version “%1”</source>
            <translation>Restore version “%1”</translation>
        </message>
        <message>
            <source>Delete version</source>
            <translation>Delete version</translation>
        </message>
        <message>
            <source>Delete the version of %1? This cannot be undone.</source>
            <translation>Delete the version of %1? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <source>Votes each:</source>
            <translation>Votes each:</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Votes per participant in the new round (0: no limit)</source>
            <translation>Votes per participant in the new round (0: no limit)</translation>
        </message>
        <message>
            <source>Open round</source>
            <translation>Open round</translation>
        </message>
        <message>
            <source>Start a voting round; the list keeps its order until it closes</source>
            <translation>Start a voting round; the list keeps its order until it closes</translation>
        </message>
        <message>
            <source>Close round</source>
            <translation>Close round</translation>
        </message>
        <message>
            <source>End the round and rank the items by votes</source>
            <translation>End the round and rank the items by votes</translation>
        </message>
        <message>
            <source>Discard round</source>
            <translation>Discard round</translation>
        </message>
        <message>
            <source>Remove the round shown and all its votes (undoable)</source>
            <translation>Remove the round shown and all its votes (undoable)</translation>
        </message>
        <message>
            <source>Voting:</source>
            <translation>Voting:</translation>
        </message>
        <message>
            <source>Who is voting</source>
            <translation>Who is voting</translation>
        </message>
        <message>
            <source>Ballot: + adds a vote, − takes one back</source>
            <translation>Ballot: + adds a vote, − takes one back</translation>
        </message>
        <message>
            <source>Facilitator (no name)</source>
            <translation>Facilitator (no name)</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Round %1</translation>
        </message>
        <message>
            <source>Open voting round</source>
            <translation>Open voting round</translation>
        </message>
        <message>
            <source>Close voting round</source>
            <translation>Close voting round</translation>
        </message>
        <message numerus="yes">
            <source>%1 closed: %n item(s) got votes.</source>
            <translation>
                <numerusform>%1 closed: %n item got votes.</numerusform>
                <numerusform>%1 closed: %n items got votes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard voting round</source>
            <translation>Discard voting round</translation>
        </message>
        <message>
            <source>Open a round first (Open round).</source>
            <translation>Open a round first (Open round).</translation>
        </message>
        <message>
            <source>This file is open read-only; votes cannot be added.</source>
            <translation>This file is open read-only; votes cannot be added.</translation>
        </message>
        <message>
            <source>%1 has used all %2 votes.</source>
            <translation>%1 has used all %2 votes.</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>%1 has no vote on this item to take back.</source>
            <translation>%1 has no vote on this item to take back.</translation>
        </message>
        <message>
            <source>Take back vote</source>
            <translation>Take back vote</translation>
        </message>
        <message>
            <source>The facilitator</source>
            <translation>The facilitator</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s) each</source>
            <translation>
                <numerusform>%n vote each</numerusform>
                <numerusform>%n votes each</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is open · %2 · + / − to vote</source>
            <translation>%1 is open · %2 · + / − to vote</translation>
        </message>
        <message>
            <source>%1 closed · ranked by votes</source>
            <translation>%1 closed · ranked by votes</translation>
        </message>
        <message>
            <source>No voting round yet: choose the votes each and open one.</source>
            <translation>No voting round yet: choose the votes each and open one.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s) cast</source>
            <translation>
                <numerusform>%n vote cast</numerusform>
                <numerusform>%n votes cast</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left</source>
            <translation>
                <numerusform>%n left</numerusform>
                <numerusform>%n left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopFeatures</name>
        <message>
            <source>Improvement: %1</source>
            <translation>Improvement: %1</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>🔒 Structure locked for the workshop: stages and lanes cannot be added, moved, renamed or deleted; cards can. Workshop ▸ Lock structure (Ctrl+L) unlocks.</source>
            <translation type="vanished">🔒 Structure locked for the workshop: stages and lanes cannot be added, moved, renamed or deleted; cards can. Workshop ▸ Lock structure (Ctrl+L) unlocks.</translation>
        </message>
        <message>
            <source>&amp;Start screen…</source>
            <translation>&amp;Start screen…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>&amp;Filter and views…</source>
            <translation type="vanished">&amp;Filter and views…</translation>
        </message>
        <message>
            <source>Quote: “%1”</source>
            <translation>Quote: “%1”</translation>
        </message>
        <message>
            <source>Structure locked for the workshop: stages and lanes cannot be added, moved, renamed or deleted; cards can. Workshop ▸ Lock structure (Ctrl+L) unlocks.</source>
            <translation>Structure locked for the workshop: stages and lanes cannot be added, moved, renamed or deleted; cards can. Workshop ▸ Lock structure (Ctrl+L) unlocks.</translation>
        </message>
        <message>
            <source>Fi&amp;lter and views…</source>
            <translation>Fi&amp;lter and views…</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Presentation mode</translation>
        </message>
        <message>
            <source>&amp;Lock structure</source>
            <translation>&amp;Lock structure</translation>
        </message>
        <message>
            <source>Keep a post-workshop &amp;snapshot</source>
            <translation>Keep a post-workshop &amp;snapshot</translation>
        </message>
        <message>
            <source>P&amp;eople in the room…</source>
            <translation>P&amp;eople in the room…</translation>
        </message>
        <message>
            <source>&amp;Voting…</source>
            <translation>&amp;Voting…</translation>
        </message>
        <message>
            <source>&amp;Agenda…</source>
            <translation>&amp;Agenda…</translation>
        </message>
        <message>
            <source>&amp;Room: join from phones…</source>
            <translation>&amp;Room: join from phones…</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About Jornada</source>
            <translation>&amp;About Jornada</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>No recent maps</translation>
        </message>
        <message>
            <source>Lock structure</source>
            <translation>Lock structure</translation>
        </message>
        <message>
            <source>Unlock structure</source>
            <translation>Unlock structure</translation>
        </message>
        <message>
            <source>Structure locked: stages and lanes cannot be moved, renamed or deleted.</source>
            <translation>Structure locked: stages and lanes cannot be moved, renamed or deleted.</translation>
        </message>
        <message>
            <source>Structure unlocked.</source>
            <translation>Structure unlocked.</translation>
        </message>
        <message>
            <source>Post-workshop</source>
            <translation>Post-workshop</translation>
        </message>
        <message>
            <source>Post-workshop snapshot kept beside the file.</source>
            <translation>Post-workshop snapshot kept beside the file.</translation>
        </message>
        <message numerus="yes">
            <source>● Room open · %n people</source>
            <translation>
                <numerusform>● Room open · %n people</numerusform>
                <numerusform>● Room open · %n people</numerusform>
            </translation>
        </message>
        <message>
            <source>About Jornada</source>
            <translation>About Jornada</translation>
        </message>
        <message>
            <source>&lt;b&gt;Jornada %1&lt;/b&gt;&lt;br&gt;Customer-journey maps for workshops and teams, offline.</source>
            <translation>&lt;b&gt;Jornada %1&lt;/b&gt;&lt;br&gt;Customer-journey maps for workshops and teams, offline.</translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>%n card(s) tied to it will keep their place without a persona.</source>
            <translation>
                <numerusform>%n card tied to it will keep their place without a persona.</numerusform>
                <numerusform>%n cards tied to it will keep their place without a persona.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <source>Insights</source>
            <translation>Insights</translation>
        </message>
    </context>
</TS>
