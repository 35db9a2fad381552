<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BeforeSyncDialog</name>
    <message>
        <source>Before you sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts and visits still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the client&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some work is still open. You can finish it first, or sync now and finish it later (drafts stay on this laptop until you sign them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: {changes}, {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned draft notes ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits not marked done ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — note of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess; see the advice above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <source>When, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client told</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDesk</name>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportHooks</name>
    <message>
        <source>Client&apos;s own &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this client&apos;s record for them, with other people&apos;s details removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court copy of the case &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed notes of the case shown, with seals and a verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court copy of the selected &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed note selected on the Timeline tab, with its addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a signed note on the Timeline tab first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message>
        <source>Building and encrypting the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is encrypted. Its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or read it out now: it is shown only this once and it is not kept. Pass it on separately from the file (by phone or in person); without it the file cannot be opened. It is typed exactly as shown, dashes included; letters I, L, O and U are never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outside the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file leaves the vault. Once saved, only its password protects it: keep the password apart from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the encrypted PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDesk</name>
    <message>
        <source>New client forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a consent form with the client whose record is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;lient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in a new client (checked for possible duplicates before saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-connect with a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the office changed its certificate: a new code from your supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync by itself when the office can be reached (kept in this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase; the vault is re-encrypted under a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press any key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteHooks</name>
    <message>
        <source>No consent to services in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeConnecting</name>
    <message>
        <source>Re-connected to the office. Nothing of yours is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-connected to the office. %n change of yours waits to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-connected to the office. %n changes of yours wait to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconnectDialog</name>
    <message>
        <source>Re-connect to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s server no longer shows the certificate this laptop knows, so Caseload stopped before sending anything. Ask your supervisor for a re-connection code and paste it below. Your unsent work is kept on this laptop and goes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this client&apos;s details (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated report made on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to services in force: take it (Consent tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent ends on {day}: renew it with the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;losures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (collateral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s own record: review what is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many details are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record names no one else: nothing needs to be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record names other people. Each ticked detail is removed from the PDF (the text itself, not hidden under a box). Untick a detail only if the client may see it, for example an organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details to remove (ticked) or keep (unticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail (ticked: removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore all details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build encrypted PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the encrypted PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 details will be removed; %3 kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>This assessment has no such area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating must be a point of the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate or describe at least one area before saving the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer under {area} is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in who signs the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose on what authority the signer consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is recorded as lacking capacity: a guardian or legal representative must sign, and the client&apos;s own assent is recorded separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please record the document that gives the signer authority (for example a guardianship order or power of attorney).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please record the client&apos;s own assent (agreed, objected, unable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please have the signer sign on the pad first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal consent needs the name of a witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent must end after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature pad has no size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is too large; clear the pad and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has points outside the pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signature is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs a client or a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit lasts between 1 minute and 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is already marked {status}; schedule a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot be before the referral is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is {current} cannot become {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment form (or this version of it) is not in this copy of Caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next re-assessment must be due after the assessment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety flag is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor, or a worker on a case shared with the team, can give a task to a colleague. Share the case first (Case tab), or ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That worker is not in your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the case&apos;s worker or a supervisor can share it with the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has an open case in this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in {current} cannot move to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for closing the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs a reason and a handover note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case cannot close yet: {missing}. Resolve these, or close with an exception and say why (your supervisor is told).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal&apos;s outcome is achieved, partly achieved or not achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can mark a closure exception as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no closure exception waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which client or case the conflict of interest concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This declaration has already been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflict of interest must be reviewed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can review a conflict of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture Caseload can read (PNG, JPEG, TIFF or WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is damaged or incomplete; please scan or photograph the page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large (the limit is 15 MB); please scan at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too large to read; please scan at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent&apos;s form is not in this copy of Caseload: update Caseload to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan shows the code of another consent form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paper form was printed before the consent was changed: print it again and have it signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload has no consent form of this kind in the chosen language: choose another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say what the consent is for (at least one purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release of information needs at least one named recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose which categories of information may be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the limits of confidentiality before preparing the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent is signed and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the limits of confidentiality before the client signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed consent of this client can be renewed or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent in force covers this sharing ({missing}). Share only what a consent covers, or record a legal basis and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet&apos;s fingerprint is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client can only have been told after the sharing, and not later than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet would hold information outside the categories chosen for it: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons for a possible duplicate are not ones this app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client&apos;s language from the list (or a code such as &apos;es&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date of birth: it is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} needs its digits (at least three).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client who lacks capacity needs a guardian or legal representative: fill in their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s case in this programme is past intake; screening is recorded at intake (a new screening needs the case back at intake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is opened only for a client found eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the {what} cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write what the client said about the plan they disagree with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is signed and cannot be changed. Add an addendum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty note cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed note takes an addendum; edit the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum needs a kind and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed note cannot be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress must be a whole number of per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That objective belongs to another goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intervention cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent was given by another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent is not in force (it is not signed, or was withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent had expired by the date of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral shares the client&apos;s information: choose the signed release of information that names this organisation, or prepare one with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent is not a release of information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That release of information does not name this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is {current}: it cannot become {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral&apos;s status cannot change before the referral was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction must be about the same client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can mark a mandated report as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has already been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template can only be changed while the note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsHooks</name>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the signature here with a finger, a pen or the mouse. Delete or Backspace clears it. Someone who cannot sign on the screen can consent on paper or verbally instead: choose that in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>Reading the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>The sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>No consent to services: take it at the next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared without consent by a colleague (%1): review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open case has a consent to services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared without consent (for review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shared without consent recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n shared without consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is protected by your passphrase only (no system keyring). Ask IT to set up the keyring for stronger protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase-only warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time until you can try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your passphrase? Nobody can look it up. Ask your office: they can restore access with the office recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open your caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your office can open this vault now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <source>That record is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} stopped unexpectedly ({kind}). Nothing was lost; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultOpening</name>
    <message>
        <source>Opening the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
