<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version and licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt licence note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the About window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseload {version}. Licence: {licence}. It runs on the software below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0): you may replace them with another build of the same version. Their source code is available from the Qt Project at https://code.qt.io.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Software</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not stated by the package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Software and licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each piece of software Caseload uses</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityTab</name>
        <message>
            <source>No date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OVERDUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks and visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the new task to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who the new task is for: you or a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New task, e.g. Call landlord about repairs (Enter adds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day the task is due (untick Set for no date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the task (Enter in the task box)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's tasks; arrow keys move between them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the selected task done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why not held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's visits, newest first; arrow keys move between them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sc&amp;hedule visit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comp&amp;lete visit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete the selected visit and write its note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Missed or cancelled…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the selected visit as cancelled or a no-show, with the reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with tasks or visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;w task:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New task label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assi&amp;gn the new task to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tasks for this client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reopen task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen the selected task</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Client's agreement to the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record whether the client agreed to this plan, in their own words. If they disagree, write what they said: the plan is theirs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed, disagreed or not asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client said, as they said it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Their words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the client answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the client's answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>That client's record could not be opened. Press F5 to refresh the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentDetail</name>
        <message>
            <source>free text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk level: {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the ratings suggested {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no re-assessment date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strengths:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the client's words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety flags added:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety flags removed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes on risk:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>About this assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment tool and its language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The questions to follow, in the language you talk in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A first screening, a full assessment or a re-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to use this tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed &amp;on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections of the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a section with the arrow keys; Ctrl+PgDown and Ctrl+PgUp move on and back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section of the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous section (Ctrl+PgUp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next section (Ctrl+PgDown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk and safety — {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area} — notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Highest rating: {areas}.)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentTab</name>
        <message>
            <source>Not assessed yet. Assess the client's needs and strengths with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last assessed {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>risk {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no re-assessment date set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-assessment OVERDUE since {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-assessment due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>free text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;w assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess needs and strengths with the client ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client has no case, so there is nothing to assess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessments of this case yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment tools are installed: ask office IT.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BeforeSyncDialog</name>
        <message>
            <source>Before you sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drafts and visits still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up and Down choose a draft or a visit; Enter opens the client's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the client's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected client's record to finish it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now and finish these later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without syncing (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some work is still open. You can finish it first, or sync now and finish it later (drafts stay on this laptop until you sign them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting to be sent: {changes}, {entries}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsigned draft notes ({})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits not marked done ({})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(client)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — note of {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>home visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>office meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {kind}, {day}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n activity-log entry</source>
            <translation>
                <numerusform>%n activity-log entry</numerusform>
                <numerusform>%n activity-log entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activity-log entries</source>
            <translation>
                <numerusform>%n activity-log entry</numerusform>
                <numerusform>%n activity-log entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseStage</name>
        <message>
            <source>Intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseTab</name>
        <message>
            <source>No case is recorded for this client on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which of the client's cases is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case number, programme and worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who moved the case, when and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the case (checklist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand the case to a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Op&amp;en a case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a new case for this client, starting at intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage &amp;history (newest first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage history heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the case (you are asked to confirm, with the reason):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About moving the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the case to {stage}; you are asked for the reason first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage changes recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen at {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back to {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On to {stage} →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} · {programme} (closed {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} · {programme} (open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · closed {closed} · worker: {worker}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · closed {closed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · worker: {worker}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} · {programme} · opened {opened}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened at {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage}, step {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current stage: {stage}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadColumns</name>
        <message>
            <source>No open case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} (+{more})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} (today)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{day} (%n day)</source>
            <translation>
                <numerusform>{day} (%n day)</numerusform>
                <numerusform>{day} (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n days)</source>
            <translation>
                <numerusform>{day} (%n day)</numerusform>
                <numerusform>{day} (%n days)</numerusform>
            </translation>
        </message>
        <message>
            <source>{language} + interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A consent in force that expires within 30 days (renew it at the next visit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred name and pronouns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage of the current case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety flags and do-not-call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next scheduled visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A consent in force that expires within 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred language; interpreter needed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadCount</name>
        <message numerus="yes">
            <source>%n+ clients</source>
            <translation>
                <numerusform>%n+ clients</numerusform>
                <numerusform>%n+ clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message>
            <source>No clients match</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n+ clients match</source>
            <translation>
                <numerusform>%n+ clients match</numerusform>
                <numerusform>%n+ clients match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client matches</source>
            <translation>
                <numerusform>%n client matches</numerusform>
                <numerusform>%n clients match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients match</source>
            <translation>
                <numerusform>%n client matches</numerusform>
                <numerusform>%n clients match</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no longer on this device)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {tip}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {tip} (not sortable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadPanel</name>
        <message>
            <source>Search names, phone, notes and tasks  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search clients, notes and tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type part of a name, phone number, note or task. Enter opens the first match; Down moves to the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only clients whose current case is at this stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only clients at this risk level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety flags only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only clients with safety flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists only the clients with a safety flag or a do-not-call note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of clients shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseload and matches</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadTable</name>
        <message>
            <source>Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your clients. Up and Down move between them, Enter opens the selected client, Tab moves on. Click a column title to sort.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault is re-encrypted under a new key, so an old copy of its files and your old passphrase no longer open it. This takes a few seconds for a usual caseload (minutes for a very large one); keep the laptop on until it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-encrypting the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your current passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new passphrase is too easy to guess; see the advice above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientForm</name>
        <message>
            <source>Client details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: as on the client's documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fa&amp;mily name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;referred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: the name the client goes by.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pron&amp;ouns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: choose from the list or type the client's own words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pronouns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick to give the date of birth; leave it unticked if not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's language: their consent forms and letters use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Interpreter needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when the client needs an interpreter for visits and calls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: a number, at least three digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: such as name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: street, town and postcode, on one or more lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client allows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May we p&amp;hone?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May we phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether the client agrees to be phoned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave a messa&amp;ge?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May we leave a message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether a message may be left when the client does not answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Visit at home?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May we visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether a worker may visit the client's home.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sen&amp;d mail?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May we send mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether letters may be sent to the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe contact &amp;time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe contact time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. weekdays 9–12; never evenings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: when it is safe to contact the client, in words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other contact r&amp;ules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other contact rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. text first; use the work number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: any other rule for contacting the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity and representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lac&amp;ks capacity: a guardian or representative decides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lacks capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when someone decides for the client: their name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Represe&amp;ntative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The guardian's or representative's full name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative's role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the representative is to the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative's phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: how to reach the representative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Culture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cultural considerations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cultural considerations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faith, customs, gender of the worker…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: what the worker should know and respect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: who decides for the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit client details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change what is new or wrong. Only the fields you change are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientToldDialog</name>
        <message>
            <source>Client told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record when and how you told the client about this sharing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the client was told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the client was told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add this to the sharing's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day you told the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person, by phone, in writing or another way</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Closure</name>
        <message>
            <source>Closing ends active work on this case. The checklist is read from the record: resolve what is missing, or close anyway and say why (your supervisor is told).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close case {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closure checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist, from the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is met and what is missing; arrow keys read the lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client &amp;knows the case is closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client knows the case is closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick once you have told the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's feedback, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client said, as they said it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. goals met; moved out of the area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason to close with items missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why close now; your supervisor is told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome of the goal {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Achieved, partly achieved or not achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hecklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why is it closing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close &amp;anyway because:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals and their &amp;outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's feedback, in their wo&amp;rds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case has no goals in its plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals and their outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up after closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already &amp;booked: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book a &amp;follow-up on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client &amp;declined it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the client declined follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the client's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Not arranged yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the follow-up booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book a follow-up on the date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client wants no follow-up; say why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-up yet: closing then needs a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed {day}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals: {goals}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none in the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client said: “{words}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed with items missing: flagged for supervisor review. Why: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed with items missing (reviewed by a supervisor). Why: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case sharing and outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with the team: colleagues may be &amp;given its tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case shared with the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome of the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closure exception</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark e&amp;xception reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the closure exception reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client is not told yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n open task</source>
            <translation>
                <numerusform>%n open task</numerusform>
                <numerusform>%n open tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open tasks</source>
            <translation>
                <numerusform>%n open task</numerusform>
                <numerusform>%n open tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral without an outcome</source>
            <translation>
                <numerusform>%n referral without an outcome</numerusform>
                <numerusform>%n referrals without an outcome</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referrals without an outcome</source>
            <translation>
                <numerusform>%n referral without an outcome</numerusform>
                <numerusform>%n referrals without an outcome</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned note</source>
            <translation>
                <numerusform>%n unsigned note</numerusform>
                <numerusform>%n unsigned notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned notes</source>
            <translation>
                <numerusform>%n unsigned note</numerusform>
                <numerusform>%n unsigned notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent still a draft</source>
            <translation>
                <numerusform>%n consent still a draft</numerusform>
                <numerusform>%n consents still drafts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consents still drafts</source>
            <translation>
                <numerusform>%n consent still a draft</numerusform>
                <numerusform>%n consents still drafts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal without an outcome</source>
            <translation>
                <numerusform>%n goal without an outcome</numerusform>
                <numerusform>%n goals without an outcome</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals without an outcome</source>
            <translation>
                <numerusform>%n goal without an outcome</numerusform>
                <numerusform>%n goals without an outcome</numerusform>
            </translation>
        </message>
        <message>
            <source>No follow-up arranged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every referral has an outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every note is signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent left as a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every goal has an outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up booked or declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} · due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up: {label} · {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} · {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} · made {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft note ({label}) · {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft consent: {label}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Declare a conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare any relationship with this client that could affect your judgement, or could be seen to. The declaration is flagged 'pending supervisor review' until your supervisor has reviewed it; keep working as agreed with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Declare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship to the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. neighbour, relative, former colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Relationship:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How you are connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How you know them and what could be affected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description of the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the declaration for your supervisor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictOutcome</name>
        <message>
            <source>No conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reassign the case</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>You declared this one: another supervisor must review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reassign the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review the selected declaration: the outcome and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending supervisor review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} (reviewed by {who} on {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} (reviewed by {who})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} (reviewed on {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} (reviewed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Declare conflict…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare a conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare a conflict of interest with this client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review the selected declaration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict of interest declarations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move between declarations; Enter reviews the selected one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of declarations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with conflicts of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you know this client outside work, or anything could affect your judgement, declare it. Your supervisor reviews every declaration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About conflicts of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts of interest declared for this client.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n declared</source>
            <translation>
                <numerusform>%n declared</numerusform>
                <numerusform>%n declared</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending supervisor review</source>
            <translation>
                <numerusform>%n pending supervisor review</numerusform>
                <numerusform>%n pending supervisor review</numerusform>
            </translation>
        </message>
        <message>
            <source>{declared}, {pending}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your supervisor or office IT gives you a one-time code for this laptop (it starts with CL1. and works once, for 15 minutes). Paste it below. Caseload checks that it is talking to your office's own server before it sends anything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the code first (it starts with CL1.).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrollment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CL1.…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The one-time code from your supervisor; it starts with CL1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the code with the office and connect (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without connecting (Esc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentDialogs</name>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the form with the signer first. Signing seals it: it never changes again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seal the signed consent for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{witness} heard the consent given and can confirm it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Witness confirms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick once the witness has confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Attach photo or scan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a photo or scan of the signed page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a picture of the signed page; it is kept in the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No scan yet: you can attach it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A scan is chosen; it is kept inside the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the box once the witness has confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client may withdraw consent at any time. The signed consent stays on record; a withdrawal is added that points at it, and sharing under it stops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record withdrawal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the client withdrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the client withdrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason, if the client gave one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the withdrawal; sharing under it stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day and time the client said so</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person, by phone, in writing or another way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: the client need not give a reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentForms</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this form without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>{kind} to {recipients}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} – no end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DOES NOT MATCH ITS SEAL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No active consent to services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A consent expires on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every consent of this client; arrow keys move, Tab leaves the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare a consent form with the client (Ctrl+Shift+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign the selected draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview and print the selected consent form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the client withdrew the selected consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;new…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare a new consent that replaces the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach s&amp;can…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a photo or scan of the signed paper form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected draft, which nobody has signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consents yet. Prepare one with the client.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactType</name>
        <message>
            <source>Home visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Disclosure</name>
        <message>
            <source>no consent names this recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the consent does not cover this purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the consent does not cover: {categories}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the consent has expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the client withdrew the consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the consent was replaced by a newer one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the client has signed no release of information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imminent risk of serious harm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duty to report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Court order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save it to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print it and save it to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not covered: {reasons}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosuresTab</name>
        <message>
            <source>When, by whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipient and purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent of {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without consent:
{basis}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged for the supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclosures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclosure history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every sharing, newest first; arrow keys move, Tab leaves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;hare information…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share information with someone ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client t&amp;old…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record when and how the client was told of the selected sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been shared about this client.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DomainPage</name>
        <message>
            <source>Rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rating given for this area yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the rating means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client needs help with here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What already helps: skills, people, services, resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client says about this, as they said it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question to explore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to look for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stren&amp;gths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's own &amp;words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDesk</name>
        <message>
            <source>Exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's own record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Court copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportHooks</name>
        <message>
            <source>Client's own &amp;record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export this client's record for them, with other people's details removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Court copy of the case &amp;file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed notes of the case shown, with seals and a verification page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Court copy of the selected &amp;note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed note selected on the Timeline tab, with its addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a signed note on the Timeline tab first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportResult</name>
        <message>
            <source>Building and encrypting the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with this export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-time password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the encrypted file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close: the document and its password are forgotten (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the encrypted file where you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview the document, then print it on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF is encrypted. Its password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write it down or read it out now: it is shown only this once and it is not kept. Pass it on separately from the file (by phone or in person); without it the file cannot be opened. It is typed exactly as shown, dashes included; letters I, L, O and U are never used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be built.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save outside the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file leaves the vault. Once saved, only its password protects it: keep the password apart from the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the encrypted PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be saved ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. The password:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>There is no signed note to copy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Problem with this form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a date: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick to give this date; leave it out otherwise</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormHelp</name>
        <message>
            <source>Type the day, month and year, or press Alt+Down to choose from a calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a date: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save what this form holds (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the form without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Add a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A goal says, in the client's words where possible, what they want to achieve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Keep the flat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client wants to achieve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More about the goal, optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the goal should be reached, if a date is agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Target date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the goal to the case plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalStatusDialog</name>
        <message>
            <source>Goal status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say where the goal stands, with the client: still being worked on, met, not met, or dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active, met, not met or dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From 0 to 100 per cent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far along, per cent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;How far along:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the goal's status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to use Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every key and what it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version and licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help menu</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntakeDesk</name>
        <message>
            <source>New client forms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntakeTab</name>
        <message>
            <source>criteria met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>criteria not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>knows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no: do not mention it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screenings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's screenings, newest first. Arrow keys move in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household and other people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knows about the service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys choose a person; Enter opens their details to edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record &amp;screening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a programme's screening and its decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;household member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add someone who lives with the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another &amp;contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a professional, relative or other contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;dit person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected person off the list, after asking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screening and eligibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No screening recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take {name} off this client's list?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InterventionDialog</name>
        <message>
            <source>Add an intervention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An intervention is what someone does to reach the goal: who, what, how often.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add intervention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For goal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of the intervention: what is done, by whom, how often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intervention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Budgeting sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. case worker; client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How &amp;often:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the intervention starts and ends, if agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the intervention to the plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageCheck</name>
        <message>
            <source>Respectful language check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wording to reconsider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestions only. Enter on one selects the words in the note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No wording to reconsider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Respectful language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestions only. Click one to find it in the note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the language check works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{found}' — consider '{suggestion}' ({reason})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageName</name>
        <message>
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bangla</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>German</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hindi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Haitian Creole</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Polish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portuguese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Somali</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turkish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ukrainian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urdu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vietnamese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockReason</name>
        <message numerus="yes">
            <source>Caseload locked itself after %n minute(s) without use. Your unsaved notes were kept as drafts.</source>
            <translation>
                <numerusform>Caseload locked itself after %n minute without use. Your unsaved notes were kept as drafts.</numerusform>
                <numerusform>Caseload locked itself after %n minutes without use. Your unsaved notes were kept as drafts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Caseload locked itself when the laptop went to sleep or the screen was locked. Your unsaved notes were kept as drafts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the search box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's visits, tasks and deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The caseload list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a case note for the client whose record is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare a consent form with the client whose record is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New c&amp;lient…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take in a new client (checked for possible duplicates before saving)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload the caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the screen now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock and quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseload menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send your changes to the office and get theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the sync now ({keys}): what was sent and received is kept, the rest goes next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;top sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;onnect to the office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect this laptop with a code from the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Re-connect with a code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the office changed its certificate: a new code from your supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;conflicts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edits of yours that a newer value replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync by itself when the office can be reached (kept in this vault)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a new passphrase; the vault is re-encrypted under a new key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed-in worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase-only vault: weaker protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase-only warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+1 today · Ctrl+2 caseload · Ctrl+F find · Ctrl+N note · Ctrl+L lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeutralScreen</name>
        <message>
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press any key</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <source>Legal name: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>born {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taking in: {details}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This may be someone already on this device. Check with the client (name, date of birth, phone), then say whether the person you are taking in is the one selected below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicate warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person being taken in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients who may be this person. Arrow keys choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Same person: open their record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected client's record; nothing new is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Different person: save the new client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Different person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of them is this person: save the new client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back to the details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the form to check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the client's details with them. Before saving, the vault is checked for someone who may be the same person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save client</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>another worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes not saved yet (they save automatically in a moment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft saved. Changes save automatically as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed notes cannot be changed. To correct or add, use “Add addendum…”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting the addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discarding the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{doing}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed case note ({template})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft case note ({template})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed late entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft late entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this addendum amends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content hash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note this one amends, or its addenda (read only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No addenda to this note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this draft? Its text is removed from this laptop and cannot be brought back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addendum: correct or add to this note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late entry: record something that happened earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question about the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note has wording to reconsider:
{findings}

{warning}
Sign it as it is, or go back and change the wording?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An addendum corrects the note; a late entry records something later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required, e.g. wrong date in the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the addendum (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the signed note needs an addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the addendum as a new draft (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without an addendum (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed note stays as it is. The addendum is a new note that points at it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What an addendum is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the note before signing: an empty note cannot be signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note signed. {rest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dis&amp;card draft…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this draft for good (asks first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add adde&amp;ndum…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an addendum or late entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct or add to this signed note without changing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save now (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the draft now; it also saves by itself as you type (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign note (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign and seal the note; it cannot be changed after (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the note; what you wrote is saved first (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note is signed and cannot be changed. Add an addendum instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing locks this note. Corrections are made as addenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(nothing written yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {who} on {when}. Read only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked just now: the note is unchanged since signing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WARNING: the note no longer matches its hash. Tell your supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content hash (SHA-256): {hash}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} to an earlier note. Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} to the note of {when}. Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft, not signed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed {when} by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} — {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteForm</name>
        <message>
            <source>(goal no longer in the case plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{goal} ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Goals addressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template (only while the note is empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template can be changed only while every section is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How you met or spoke with the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date and time of the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the contact happened, in local time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long the contact lasted, in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where, e.g. client's home, office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who took part, e.g. client, sister</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals addressed (case plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the case plan goals this contact worked on (Space ticks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case plan goals to link (this note has no case, or its plan has no goals).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section: {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteHooks</name>
        <message>
            <source>{name} ({pronouns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety: {flags}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent to services in force</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteTemplate</name>
        <message>
            <source>DAP (Data, Assessment, Plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BIRP (Behaviour, Intervention, Response, Plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subjective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intervention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you observed and what the client said.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your professional view of the situation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next steps, who does them, and by when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's own account, in their words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facts you observed or verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your professional view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client presented with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the client responded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the note.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectiveDialog</name>
        <message>
            <source>Add an objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An objective is a measurable step towards the goal: what is counted or checked, where it starts and the target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective for the selected goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal this objective is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For goal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the objective to the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is counted or checked, e.g. months paid on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Pay rent on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starting value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 0 of 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target &amp;value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 3 of 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of the objective: what is measured, from where, to where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the target should be reached, if a date is agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficeConnecting</name>
        <message>
            <source>Re-connected to the office. Nothing of yours is waiting to be sent.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Re-connected to the office. %n change of yours waits to be sent.</source>
            <translation>
                <numerusform>Re-connected to the office. %n change of yours waits to be sent.</numerusform>
                <numerusform>Re-connected to the office. %n changes of yours wait to be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Re-connected to the office. %n changes of yours wait to be sent.</source>
            <translation>
                <numerusform>Re-connected to the office. %n change of yours waits to be sent.</numerusform>
                <numerusform>Re-connected to the office. %n changes of yours wait to be sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <source>Open a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new case starts at intake, assigned to you. Say which programme it is in and, if you know it, why the client came or who referred them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a programme or type a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Housing stability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Intake date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day the client came</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason or referral source (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. referred by the GP; rent arrears</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the client came, or who referred them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why, or referred by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the case at intake, assigned to you</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-time password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packet ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The packet is encrypted. Its password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass this password on separately from the packet, for example by phone. It is typed exactly as shown, dashes included. It is shown only now: it is not kept anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass the password on separately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened to the packet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the packet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save packet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the packet to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the packet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: forget the packet and its password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the encrypted packet where you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview the packet, then print it on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close: the password is not kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The packet leaves the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file will be outside the vault: only its password protects it. Save it only where the recipient will collect it, and delete it once it is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the packet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>packet.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. Remember to send the password separately.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disagreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target {day} (overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent}% · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} · now {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by {who}, {how_often}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intervention: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} (addendum)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} (late entry)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draft, not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's agreement to the plan: not recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's agreement to the plan: {answer} ({day}). “{words}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's agreement to the plan: {answer} ({day}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Last assessed {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no re-assessment date set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-assessment OVERDUE since {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-assessment due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's agreement to the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals, objectives, interventions and progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each goal with its objectives; arrows move, Enter opens a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's agreement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record whether the client agreed to the plan, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a goal to the case plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add o&amp;bjective…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an objective to the selected goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add intervention…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an intervention to the selected goal or objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recor&amp;d progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record progress on the selected objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal stat&amp;us…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the selected goal's status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client has no case, so there is no plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goals yet. Add the first goal with the client.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept in your vault, for you only; used again each time you unlock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after &amp;idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily s&amp;ync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As this computer ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of menus, screens and messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size of all text; also View &gt; Larger text (Ctrl++) and Smaller (Ctrl+-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;High contrast (black on white, stronger borders)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours with the strongest contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes without use before the screen locks by itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {most} minutes: the office's limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idle lock limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every day at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync by itself once a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily sync time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your laptop's local time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your laptop syncs at this time when the office can be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office syncs every laptop at {time}; that time is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who sets the daily sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep these settings and use them now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrepareConsentDialog</name>
        <message>
            <source>Categories of information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill this in with the client. Saving prepares the form in the client's language to read together; they sign it next (on screen, on paper, or verbally with a witness).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prepare form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Purposes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purposes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One purpose per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who receives it, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How consent is given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Witness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Witness's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lar&amp;ge print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Si&amp;gned by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signer's &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship to client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document giving authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. guardianship order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's &amp;assent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I explained the limits of &amp;confidentiality to the signer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limits of confidentiality explained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a draft and open the filled form to read with the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set an end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent ends on this date; without one it lasts until withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client consents to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the information is used, one purpose per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who may receive the information, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick with Space the kinds of information covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day the consent starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On screen, on paper, or said aloud before a witness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who heard the consent given (verbal consent only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The form prints in this language: the client's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the form in large type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client, or who signs for them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name of the person who signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the signer is related to the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document that gives the signer authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client said about it, when someone signs for them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: tick once you have explained the limits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Print preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a printer and print this document (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the preview; nothing is kept (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Caseload document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client documents can only be printed on paper, not saved to a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document could not be read for printing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer could not start the job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The print system did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The print system could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer did not accept the job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer did not accept the job. ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No memory-backed file system for temporary print files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a plain directory; refusing to use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} belongs to another user; refusing to use it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Record progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write where the objective stands now, measured as planned. Entries are kept as its history; the newest one is where it stands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 2 of 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Value now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the objective stands now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When it was measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still active, met, not met or dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Objective is:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: what helped, what got in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the progress entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} ({day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last entry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReconnectDialog</name>
        <message>
            <source>Re-connect to the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office's server no longer shows the certificate this laptop knows, so Caseload stopped before sending anything. Ask your supervisor for a re-connection code and paste it below. Your unsent work is kept on this laptop and goes with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Re-connect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>No conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reassign the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a date: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the form without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordEmptyState</name>
        <message>
            <source>No client open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today in numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to open a client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today so far:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your caseload is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop has no clients yet. To get started:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>• %n visit(s) today</source>
            <translation>
                <numerusform>• %n visit today</numerusform>
                <numerusform>• %n visits today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n overdue task(s)</source>
            <translation>
                <numerusform>• %n overdue task</numerusform>
                <numerusform>• %n overdue tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n unfinished note(s)</source>
            <translation>
                <numerusform>• %n unfinished note</numerusform>
                <numerusform>• %n unfinished notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n consent(s) expiring within 30 days</source>
            <translation>
                <numerusform>• %n consent expiring within 30 days</numerusform>
                <numerusform>• %n consents expiring within 30 days</numerusform>
            </translation>
        </message>
        <message>
            <source>To open a client: press Ctrl+2 for the caseload list (Ctrl+F to search it) or Ctrl+1 for Today's list, choose a line with the arrow keys and press Enter. The list shows who needs you first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• Connect to the office: choose Sync &gt; Connect to the office… and paste the code your office gave you. Your caseload arrives with the first sync.
• Or import clients from a spreadsheet: the office (or you) can run “caseload import FILE.csv”; the user guide explains the columns.
• Or take in a new client yourself: Caseload &gt; New client… (Ctrl+Shift+N).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordHeader</name>
        <message numerus="yes">
            <source>Conflict of interest declared (%n pending supervisor review). See the Conflicts tab.</source>
            <translation>
                <numerusform>Conflict of interest declared (%n pending supervisor review). See the Conflicts tab.</numerusform>
                <numerusform>Conflict of interest declared (%n pending supervisor review). See the Conflicts tab.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict of interest declared and reviewed. See the Conflicts tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pronouns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language and interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal name and date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk and case stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandated report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note  (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New case note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a case note for this client (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit client details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change this client's details (Ctrl+Shift+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pronouns not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandated report made on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent to services in force: take it (Consent tab).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A consent ends on {day}: renew it with the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaks {language} · Interpreter needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaks {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal name: {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Born {day} (%n year(s) old)</source>
            <translation>
                <numerusform>Born {day} (%n year old)</numerusform>
                <numerusform>Born {day} (%n years old)</numerusform>
            </translation>
        </message>
        <message>
            <source>{stage} ({program})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>Client profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case plan goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case plan objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case plan intervention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case stage change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worker profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress on an objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandated report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>Client record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client record details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile, cases, tasks, visits, recent notes and household, read only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts of the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cons&amp;ent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tas&amp;ks &amp;&amp; visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;nflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disc&amp;losures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parts of the client's record; Alt and the underlined letter opens one</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RedactionReview</name>
        <message>
            <source>Household member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact (collateral)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name found in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{detail} (of {person})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's own record: review what is removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many details are removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record names no one else: nothing needs to be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record names other people. Each ticked detail is removed from the PDF (the text itself, not hidden under a box). Untick a detail only if the client may see it, for example an organisation's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details to remove (ticked) or keep (unticked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move, Space ticks or unticks a detail, Tab leaves the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail (ticked: removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Occurrences</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{detail}, {kind}, %n time(s)</source>
            <translation>
                <numerusform>{detail}, {kind}, %n time</numerusform>
                <numerusform>{detail}, {kind}, %n times</numerusform>
            </translation>
        </message>
        <message>
            <source>Close without building the record (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of {total} details will be removed.</source>
            <translation>
                <numerusform>%n of {total} details will be removed.</numerusform>
                <numerusform>%n of {total} details will be removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n will be kept as written.</source>
            <translation>
                <numerusform>%n will be kept as written.</numerusform>
                <numerusform>%n will be kept as written.</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;move all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove all details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick every detail: none of them is printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Res&amp;tore all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore all details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick every detail: all are printed as written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Build encrypted PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Build the encrypted PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Build the record without the ticked details, encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralDialogs</name>
        <message>
            <source>This client has no active consent to services. You can still make the referral; take their consent to services at the next visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To {recipients} (until {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer the client to another service. Their information is shared only under a signed release of information that names the organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Make referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent to services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick to be reminded in Today on the follow-up date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: the organisation the client is referred to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: the service asked for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: who to ask for there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: what the client needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How soon the client needs it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed release of information the referral is made under.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closes this form, keeping what you typed, and opens the consent form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To (organisation):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Eastside Pantry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Food bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contact there:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: a person or team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Follow up:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release of information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none chosen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Release of information:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether a release of information covers it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prepare release of information…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare a release of information for this referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A signed release of information names this organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No release of information in force names this organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record what happened to the referral, and when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: e.g. why it was declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened to the referral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: anything worth keeping.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this day the referral shows in Today, until it is closed or declined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>Contact: {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral waiting for its consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's referrals, newest first. Arrow keys choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make re&amp;ferral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer the client to another service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stat&amp;us…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record what happened to the selected referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follo&amp;w-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the selected referral's follow-up date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referrals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume re&amp;ferral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The referral to {organisation} waits for a signed release of information. Sign it in the Consent tab, then choose Resume referral.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>This assessment has no such area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A rating must be a point of the scale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate or describe at least one area before saving the assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An answer under {area} is too long (at most {limit} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please fill in who signs the consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose on what authority the signer consents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client is recorded as lacking capacity: a guardian or legal representative must sign, and the client's own assent is recorded separately.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please record the document that gives the signer authority (for example a guardianship order or power of attorney).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please record the client's own assent (agreed, objected, unable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose how the consent was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please have the signer sign on the pad first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verbal consent needs the name of a witness.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent must end after the day it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature pad has no size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature is too large; clear the pad and sign again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature has points outside the pad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored signature is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reason the visit was cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reason for the no-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind of task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A follow-up needs a client or a case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>task title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind of contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A visit lasts between 1 minute and 12 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outcome of the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This visit is already marked {status}; schedule a new one instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up cannot be before the referral is made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reason for the referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>referral status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral that is {current} cannot become {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This assessment form (or this version of it) is not in this copy of Caseload.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next re-assessment must be due after the assessment date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A safety flag is too long (at most {limit} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a supervisor, or a worker on a case shared with the team, can give a task to a colleague. Share the case first (Case tab), or ask your supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That worker is not in your team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the case's worker or a supervisor can share it with the team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the reason for moving the case from {current} to {target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The intake date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client already has an open case in this programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case in {current} cannot move to {target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the reason for closing the case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up cannot be in the past.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A transfer needs a reason and a handover note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case cannot close yet: {missing}. Resolve these, or close with an exception and say why (your supervisor is told).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That goal belongs to another case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A goal's outcome is achieved, partly achieved or not achieved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a supervisor can mark a closure exception as reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case has no closure exception waiting for review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which client or case the conflict of interest concerns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This declaration has already been reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A conflict of interest must be reviewed by someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a supervisor can review a conflict of interest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a picture Caseload can read (PNG, JPEG, TIFF or WebP).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This picture is damaged or incomplete; please scan or photograph the page again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is too large (the limit is 15 MB); please scan at a lower resolution.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This picture is too large to read; please scan at a lower resolution.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This consent's form is not in this copy of Caseload: update Caseload to show it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This scan shows the code of another consent form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This paper form was printed before the consent was changed: print it again and have it signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseload has no consent form of this kind in the chosen language: choose another language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please say what the consent is for (at least one purpose).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A release of information needs at least one named recipient.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose which categories of information may be shared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explain the limits of confidentiality before preparing the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This consent is signed and can no longer change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explain the limits of confidentiality before the client signs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a signed consent of this client can be renewed or withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A withdrawal cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This contact belongs to another client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent in force covers this sharing ({missing}). Share only what a consent covers, or record a legal basis and the reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The packet's fingerprint is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client can only have been told after the sharing, and not later than today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The packet would hold information outside the categories chosen for it: {missing}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please fill in the {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} is too long (at most {limit} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must be one of: {allowed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case belongs to another client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reasons for a possible duplicate are not ones this app knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind of person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>relationship to the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email address does not look right (name@example.org).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pronouns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>safe contact time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>other contact rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>representative's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>representative's role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>representative's phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cultural considerations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client's language from the list (or a code such as 'es').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the date of birth: it is before 1900.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} needs its digits (at least three).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A client who lacks capacity needs a guardian or legal representative: fill in their name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reason for the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client's case in this programme is past intake; screening is recorded at intake (a new screening needs the case back at intake).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The screening date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case is opened only for a client found eligible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of the {what} cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>objective status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>progress entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client's answer to the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please write what the client said about the plan they disagree with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note is signed and cannot be changed. Add an addendum instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note is already signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An empty note cannot be signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a signed note takes an addendum; edit the draft instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An addendum needs a kind and a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A signed note cannot be discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goal title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>person responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goal status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress must be a whole number of per cent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress must be between 0 and 100 per cent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>measure (what will be counted or checked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starting value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That objective belongs to another goal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An intervention cannot end before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>intervention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>service started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That consent was given by another client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That consent is not in force (it is not signed, or was withdrawn).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That consent had expired by the date of the referral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral shares the client's information: choose the signed release of information that names this organisation, or prepare one with the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That consent is not a release of information.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That release of information does not name this organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This referral is {current}: it cannot become {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral's status cannot change before the referral was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>coping steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>means restriction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agency reported to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reference number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what was disclosed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>legal basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind of report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The review date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A report cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That case belongs to another client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A correction must be about the same client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a supervisor can mark a mandated report as reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This report has already been reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template can only be changed while the note is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That language is not available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size goes from {low} % to {high} %, in steps of {step} %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an idle lock time from 1 to {most} minutes (the office's limit).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefusedChanges</name>
        <message>
            <source>Re&amp;fused by the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes refused by the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office did not accept these changes, so its copy does not have them. If one still matters, call the office (for a signed note, add an addendum instead); then dismiss it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About changes refused by the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with refused changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office has not refused any of your changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;pen client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the client's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss the refused change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have dealt with it (called the office, added an addendum): take it off the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} (no longer on this laptop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject}: the office refused it because {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject}: the office refused it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewConflictDialog</name>
        <message>
            <source>Review a conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide what happens next. Your name, today's date and the outcome are recorded with the declaration, and the worker who declared it sees them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declared on and by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you decided about the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome of the review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was decided and why; any safeguards agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was decided and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record your review of the declaration</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <source>Low risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High risk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskLevel</name>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Safety flags on the record; untick one to remove it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move between the flags; Space unticks or ticks one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk and safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk level the ratings suggest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall risk level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes on risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What puts the client or others at risk, and what protects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New safety flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per line, e.g. Visit in pairs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next re-assessment date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to assess again; about three months is usual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You decide the level; the ratings only suggest one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall &amp;risk level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk &amp;notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety &amp;flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No safety flags on the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add safety flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next re-assessment &amp;due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The risk level you choose becomes the client's risk level on the record. Safety flags warn anyone who visits or calls; keep them short and factual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About risk and safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ratings suggest: {level}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyDialogs</name>
        <message>
            <source>Suspected abuse or neglect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duty to warn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the plan with the client, in the words they will recognise in a crisis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What tells the client a crisis may be starting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Coping steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client can do on their own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;People and services to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who the client can call, with their numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Means restriction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the client's surroundings are made safer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's o&amp;wn words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan as the client says it, in their words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reviewed with the client on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick to give the day the plan was reviewed with the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record mandated report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a report you have made. Take down the facts and the client's own words, not opinions. Once saved it cannot be changed, and your supervisor is told at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported &amp;on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agency reported to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;ference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was &amp;disclosed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was disclosed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The facts, and the client's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Legal basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandated report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the report was about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: who the report went to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: the number the agency gave.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: the facts and the client's own words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: the law or duty that required the report.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetySection</name>
        <message>
            <source>Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coping steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People and services to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Means restriction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the client's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No safety plan yet. Write one with the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed with the client: {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was disclosed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged for supervisor review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrected later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety plan and reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit safety plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write or change the client's safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record mandated report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record mandated report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a report the law required you to make</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the report reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the supervisor, mark the selected report reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the safety plan or a report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's safety plan, as written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandated reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandated report details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected report, in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports about the client, newest first. Arrow keys choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No mandated reports about this client.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Clients ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case notes ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No names, notes or tasks contain these words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no client)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>task due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Matches in names, notes and tasks  (Alt+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Matches in names, notes and tasks: {count}  (Alt+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full-text matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches in names, notes and tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up and Down move between matches; Enter opens the client or the note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsHooks</name>
        <message>
            <source>Passphrase changed. Use the new one from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing the passphrase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsMenu</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language, text size, contrast, idle lock and daily sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make all text larger (kept for you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make all text smaller (kept for you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text at its usual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size {percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving your settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupScreen</name>
        <message>
            <source>Your passphrase locks every client record on this laptop. Use a few unrelated words you will remember (at least 10 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you forget it: nobody can look it up or reset it, not IT and not your supervisor. Only your office can restore access, using the office recovery key, so you would have to ask them. Do not keep it written down with the laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no system keyring, so the vault cannot also be tied to this laptop. Anyone who copies the files would only need to guess your passphrase. Ask IT to set up the keyring, or accept the weaker protection below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you forget it: nobody can look it up or reset it. No office recovery key is installed on this laptop, so a forgotten passphrase means the records on it are lost until the office sends them again. Do not keep it written down with the laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a passphrase-only vault (weaker)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Alex Rivera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name as your office knows it; it is shown on the notes you write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least 10 characters: a few unrelated words you will remember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the same passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the passphrase as you type it; make sure nobody is watching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyring warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setup problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating your encrypted vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create my vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the encrypted vault for your caseload on this laptop (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type it &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up Caseload on this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About your passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you forget your passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase is too weak ({label}). {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases are different. Type the same passphrase twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no system keyring. Tick “{option}” to continue without it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Legal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pronouns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put this in the packet (only while its category is ticked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories of information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share: {category}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The packet may hold this kind of information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items to include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan (goals and steps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include the assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed notes to include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move, Space ticks a note to include, Tab leaves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share only what the purpose needs. The app ticks the least the consent covers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share information form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share without consent under a &amp;legal basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share without consent under a legal basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for sharing without consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your supervisor will be told of this sharing at the next sync. The reason is kept in the record and cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning about sharing without consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Build the packet, seal it and record the sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact of the client or a name as consented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it is shared: a purpose the consent names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the packet, save it to a file, or both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only when the law requires or allows it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The law or order that allows sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept in the record; your supervisor is told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covered by the consent of {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without consent, legal basis: {basis}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent signed {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What each key does; arrow keys move down the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignatureField</name>
        <message>
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wipe the pad so the signer can sign again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature pad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw the signature here with a finger, a pen or the mouse. Delete or Backspace clears it. Someone who cannot sign on the screen can consent on paper or verbally instead: choose that in the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageMoveDialog</name>
        <message>
            <source>Move this case from {current} to {target}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the case moves; kept in the stage history with your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the case and record the reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>Intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co-signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiring soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase strength meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncBanner</name>
        <message>
            <source>Sync message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the sync conflicts window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss sync message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <source>Conflic&amp;ts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another device changed these fields after you did, so the office kept its value and your edit was set aside here. If your value should stand, enter it again in the record; then mark the conflict reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync conflicts to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your edit (set aside)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts to review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the client's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have seen this conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the conflicts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncConflictsDialog</name>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your edits that another device's newer values replaced, and changes the office refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts and refused changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts or refused changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left and Right switch between the two lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this window (Esc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncListSection</name>
        <message>
            <source>Up and Down choose a line; Enter opens the client's record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message>
            <source>Sync status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sync</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message>
            <source>signed notes and consents cannot change (add an addendum instead)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>history entries cannot change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is about a client who is not on your caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the office files that record under another client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only the office can change another worker's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the office does not know that kind of record (update Caseload)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the activity log did not match the office's copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected to the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is not connected to the office yet. Choose Sync ▸ Connect to the office… and paste the code your supervisor gives you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync stopped. What was sent and received so far is kept; the rest goes next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing with the office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping the sync…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n change sent…</source>
            <translation>
                <numerusform>Syncing: %n change sent…</numerusform>
                <numerusform>Syncing: %n changes sent…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n changes sent…</source>
            <translation>
                <numerusform>Syncing: %n change sent…</numerusform>
                <numerusform>Syncing: %n changes sent…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n change received…</source>
            <translation>
                <numerusform>Syncing: %n change received…</numerusform>
                <numerusform>Syncing: %n changes received…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n changes received…</source>
            <translation>
                <numerusform>Syncing: %n change received…</numerusform>
                <numerusform>Syncing: %n changes received…</numerusform>
            </translation>
        </message>
        <message>
            <source>Syncing: fetching newly assigned clients ({count})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing: removing reassigned clients ({count})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing ({count})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the office refused it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change was refused: {reasons}. See Refused by the office in Sync conflicts.</source>
            <translation>
                <numerusform>%n change was refused: {reasons}. See Refused by the office in Sync conflicts.</numerusform>
                <numerusform>%n changes were refused: {reasons}. See Refused by the office in Sync conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused: {reasons}. See Refused by the office in Sync conflicts.</source>
            <translation>
                <numerusform>%n change was refused: {reasons}. See Refused by the office in Sync conflicts.</numerusform>
                <numerusform>%n changes were refused: {reasons}. See Refused by the office in Sync conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client was reassigned and removed from this laptop.</source>
            <translation>
                <numerusform>%n client was reassigned and removed from this laptop.</numerusform>
                <numerusform>%n clients were reassigned and removed from this laptop.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients were reassigned and removed from this laptop.</source>
            <translation>
                <numerusform>%n client was reassigned and removed from this laptop.</numerusform>
                <numerusform>%n clients were reassigned and removed from this laptop.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything was already up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent {changes}, received {received}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n conflict to review.</source>
            <translation>
                <numerusform>%n conflict to review.</numerusform>
                <numerusform>%n conflicts to review.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts to review.</source>
            <translation>
                <numerusform>%n conflict to review.</numerusform>
                <numerusform>%n conflicts to review.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some records still differ from the office's copy: sync again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{line} · {changes} to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No unsent changes were lost.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unsent change was lost.</source>
            <translation>
                <numerusform>%n unsent change was lost.</numerusform>
                <numerusform>%n unsent changes were lost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsent changes were lost.</source>
            <translation>
                <numerusform>%n unsent change was lost.</numerusform>
                <numerusform>%n unsent changes were lost.</numerusform>
            </translation>
        </message>
        <message>
            <source>This laptop was removed from the office, so Caseload has erased everything it kept on it. {lost} Set up Caseload again and ask your supervisor for a new code to connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is now connected to the office as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync did not finish. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>{case}: transferred from {old} to {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent renewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral: {service}, {organisation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict of interest declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addendum to the note of {amended}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late entry to the note of {amended}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case note ({template})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done (was due {due})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{case}: {stage_from} → {stage_to}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{case}: {stage_to}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} · by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{scope}, no end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{scope}, until {until}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: {flags}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show on the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every kind of entry, or only one kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of timeline entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When and what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move between entries; Enter on a note opens it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem reading the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing recorded for this client yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entry(s), newest first</source>
            <translation>
                <numerusform>%n entry, newest first</numerusform>
                <numerusform>%n entries, newest first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>(not about a client)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} ({late})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue since {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-assessment of case {case}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires {day} (today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{consent}: renew it with the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent to services: take it at the next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared without consent by a colleague (%1): review it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up was due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral ({status}): {service}, {organisation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits booked today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No overdue tasks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-assessments due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No re-assessments due this week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consents expiring within 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consents expire in the next 30 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without consent to services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every open case has a consent to services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared without consent (for review)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing shared without consent recently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referral follow-ups due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{section} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visit</numerusform>
                <numerusform>%n visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due today</source>
            <translation>
                <numerusform>%n due today</numerusform>
                <numerusform>%n due today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n re-assessment(s)</source>
            <translation>
                <numerusform>%n re-assessment</numerusform>
                <numerusform>%n re-assessments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent(s) ending</source>
            <translation>
                <numerusform>%n consent ending</numerusform>
                <numerusform>%n consents ending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without consent</source>
            <translation>
                <numerusform>%n without consent</numerusform>
                <numerusform>%n without consent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral follow-up(s)</source>
            <translation>
                <numerusform>%n referral follow-up</numerusform>
                <numerusform>%n referral follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared without consent</source>
            <translation>
                <numerusform>%n shared without consent</numerusform>
                <numerusform>%n shared without consent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPane</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary of today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload today's list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read today's list again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move between lines; Enter opens the client's record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem reading today's list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys to move, Enter to open the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to use this list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today, {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>The case and this client move to the worker you choose. Write what they need to know to carry on: open tasks, risks, what the client prefers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trans&amp;fer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The colleague who takes the case on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worker to take over the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (supervisor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. caseload rebalancing; leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the case changes hands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handover note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the next worker needs to know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Handover note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open tasks, risks and what the client prefers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand the case to the chosen worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A transfer needs the other worker on this device, and only you are known here. Sync with the office so your colleagues' profiles are copied to this laptop, then try again, or ask your supervisor to reassign the case from the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why a transfer is not possible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnfinishedNotes</name>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begins with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished notes list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your drafts not signed yet. Enter resumes the selected one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No unfinished notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume the selected note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected draft to go on writing it (Enter)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your passphrase, then press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open your caseload (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forgot your passphrase?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do when you cannot remember your passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why Caseload is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault is protected by your passphrase only (no system keyring). Ask IT to set up the keyring for stronger protection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase-only warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time until you can try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgotten your passphrase? Nobody can look it up or reset it, not IT and not your supervisor. Ask your office: they can restore access with the office recovery key, then you choose a new passphrase. Your notes stay encrypted on this laptop meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgotten passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseload is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your passphrase to open your caseload.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong passphrase. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only your office can open this vault now.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n second.</source>
            <translation>
                <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
                <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n seconds.</source>
            <translation>
                <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
                <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User guide text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys and Page Up/Down scroll; Tab moves to the Close button</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user guide is not installed with this copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the user guide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserMessage</name>
        <message>
            <source>That record is no longer there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong ({kind}). Nothing was changed; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{doing} stopped unexpectedly ({kind}). Nothing was lost; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{doing} failed: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VaultAccess</name>
        <message>
            <source>another worker</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VaultOpening</name>
        <message>
            <source>Opening the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the vault</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Schedule a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book a visit or call with this client. It shows in Today on the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's safe times and contact rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the visit (you are warned first if it is not safe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home visit, phone call, office or video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the visit starts, local time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date and time (local)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long the visit lasts, in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Client's home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Monthly review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe times: {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact rules: {rules}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case was closed on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client has asked not to be phoned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client has said no to home visits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}, {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client's safe times are “{times}”; the visit is {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check before scheduling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule &amp;anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the visit as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to the form; nothing is saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Visits</name>
        <message>
            <source>Home visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark this visit as done. What happened, what was agreed and what comes next go in the case note: start it now while you remember.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Write the note now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the note now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the note editor for this visit after saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the visit as done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what happened to this visit and why. The reason is kept with the visit; book a new one if it is still needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit not held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ancelled before it took place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No-show: the client was not there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened to the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. client in hospital; nobody answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the visit did not take place (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save what happened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today and caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today  (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseload  (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today or caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch between today's work and the caseload list (Ctrl+1, Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's visits, tasks and deadlines (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The caseload list (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>assessment</name>
        <message>
            <source>Screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <source>Consent to services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release of information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo or recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity (name, date of birth)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Physical health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mental health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substance use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Housing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Income and benefits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family and relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education and work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verbal, with a witness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client objected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client could not express a view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft (not signed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiring soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewed (superseded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <source>Someone who lives with the client. Say whether they know the client gets this service: if not, never mention it to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another professional, family member or contact. Record whether the client allows you to contact them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a household member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: the person's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship to the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. son, sister, GP, landlord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: who they are to the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for a professional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: where a professional works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick to give the date of birth; leave it unticked if not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: a number, at least three digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: such as name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Knows the client gets this service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knows about the service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave unticked if they must never hear about the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client allows us to &amp;contact them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May contact them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick only if the client has said yes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: anything else worth knowing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the programme's criteria with the client and record the decision with its reason. It is kept with the client's case at intake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: choose the programme from the list or type its name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The programme's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screening date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Criteria checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criteria checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: the criteria checked, one per line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client &amp;meets the criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criteria met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when every criterion is met.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ecision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was decided about eligibility.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required: why, in plain words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open a case in this programme now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a case now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for an eligible client with no case in this programme yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client has an open case in it already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No: do not call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power of attorney</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending (more information needed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name sounds alike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name spelled nearly alike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>American Sign Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>referrals</name>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soon (within a week)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>render</name>
        <message>
            <source>Do not call this client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not leave messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not visit at home.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not send mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact: {rules}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe times: {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cultural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{case}, opened {opened}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{case}, opened {opened}, closed {closed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{task} (done)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{task} (OVERDUE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ADDENDUM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LATE ENTRY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>knows about services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not aware of services: do not discuss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household and contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
