<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Caseload</source>
            <translation>À propos de Caseload</translation>
        </message>
        <message>
            <source>Version and licence</source>
            <translation>Version et licence</translation>
        </message>
        <message>
            <source>Qt licence note</source>
            <translation>Note sur la licence de Qt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the About window</source>
            <translation>Fermer la fenêtre À propos</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>non indiquée</translation>
        </message>
        <message>
            <source>Caseload {version}. Licence: {licence}. It runs on the software below.</source>
            <translation>Caseload {version}. Licence : {licence}. Il s'appuie sur les logiciels ci-dessous.</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0): you may replace them with another build of the same version. Their source code is available from the Qt Project at https://code.qt.io.</source>
            <translation>Qt et PySide6 sont utilisés sous la licence publique générale limitée GNU, version 3 (LGPL-3.0) : vous pouvez les remplacer par une autre compilation de la même version. Leur code source est disponible auprès du Qt Project sur https://code.qt.io.</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Logiciel</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>non installé</translation>
        </message>
        <message>
            <source>not stated by the package</source>
            <translation>non indiquée par le paquet</translation>
        </message>
        <message>
            <source>Software and licences</source>
            <translation>Logiciels et licences</translation>
        </message>
        <message>
            <source>Each piece of software Caseload uses</source>
            <translation>Chaque logiciel qu'utilise Caseload</translation>
        </message>
    </context>
    <context>
        <name>ActivityTab</name>
        <message>
            <source>No date</source>
            <translation>Sans date</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>EN RETARD</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Tasks and visits</source>
            <translation>Tâches et visites</translation>
        </message>
        <message>
            <source>Give the new task to</source>
            <translation>Confier la nouvelle tâche à</translation>
        </message>
        <message>
            <source>Who the new task is for: you or a colleague</source>
            <translation>À qui revient la nouvelle tâche : vous ou un collègue</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nouvelle tâche</translation>
        </message>
        <message>
            <source>New task, e.g. Call landlord about repairs (Enter adds)</source>
            <translation>Nouvelle tâche, p. ex. Appeler le propriétaire pour les réparations (Entrée l'ajoute)</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Date d'échéance</translation>
        </message>
        <message>
            <source>The day the task is due (untick Set for no date)</source>
            <translation>Le jour d'échéance de la tâche (décochez la case pour ne pas mettre de date)</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>Ajouter la tâche</translation>
        </message>
        <message>
            <source>Add the task (Enter in the task box)</source>
            <translation>Ajouter la tâche (Entrée dans le champ de la tâche)</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>The client's tasks; arrow keys move between them.</source>
            <translation>Les tâches du client ; les flèches passent de l'une à l'autre.</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marquer comme &amp;faite</translation>
        </message>
        <message>
            <source>Mark the selected task done</source>
            <translation>Marquer la tâche sélectionnée comme faite</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Why not held</source>
            <translation>Pourquoi elle n'a pas eu lieu</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>The client's visits, newest first; arrow keys move between them.</source>
            <translation>Les visites du client, la plus récente d'abord ; les flèches passent de l'une à l'autre.</translation>
        </message>
        <message>
            <source>Sc&amp;hedule visit…</source>
            <translation>&amp;Planifier une visite…</translation>
        </message>
        <message>
            <source>Schedule a visit</source>
            <translation>Planifier une visite</translation>
        </message>
        <message>
            <source>Comp&amp;lete visit…</source>
            <translation>Termi&amp;ner la visite…</translation>
        </message>
        <message>
            <source>Complete the selected visit and write its note</source>
            <translation>Terminer la visite sélectionnée et rédiger sa note</translation>
        </message>
        <message>
            <source>&amp;Missed or cancelled…</source>
            <translation>&amp;Manquée ou annulée…</translation>
        </message>
        <message>
            <source>Record the selected visit as cancelled or a no-show, with the reason</source>
            <translation>Enregistrer la visite sélectionnée comme annulée ou manquée, avec le motif</translation>
        </message>
        <message>
            <source>Problem with tasks or visits</source>
            <translation>Problème avec les tâches ou les visites</translation>
        </message>
        <message>
            <source>Ne&amp;w task:</source>
            <translation>Nou&amp;velle tâche :</translation>
        </message>
        <message>
            <source>New task label</source>
            <translation>Libellé de la nouvelle tâche</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>Due date label</source>
            <translation>Libellé de la date d'échéance</translation>
        </message>
        <message>
            <source>Assi&amp;gn the new task to:</source>
            <translation>Confi&amp;er la nouvelle tâche à :</translation>
        </message>
        <message>
            <source>Visits, newest first</source>
            <translation>Visites, la plus récente d'abord</translation>
        </message>
        <message>
            <source>No tasks for this client.</source>
            <translation>Aucune tâche pour ce client.</translation>
        </message>
        <message>
            <source>No visits booked.</source>
            <translation>Aucune visite prévue.</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <source>&amp;Reopen task</source>
            <translation>&amp;Rouvrir la tâche</translation>
        </message>
        <message>
            <source>Reopen the selected task</source>
            <translation>Rouvrir la tâche sélectionnée</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Client's agreement to the plan</source>
            <translation>Accord de la personne sur le plan</translation>
        </message>
        <message>
            <source>Record whether the client agreed to this plan, in their own words. If they disagree, write what they said: the plan is theirs.</source>
            <translation>Indiquez si la personne est d'accord avec ce plan, avec ses propres mots. Si elle ne l'est pas, écrivez ce qu'elle a dit : le plan est le sien.</translation>
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation>&amp;Enregistrer la réponse</translation>
        </message>
        <message>
            <source>Client's answer</source>
            <translation>Réponse de la personne</translation>
        </message>
        <message>
            <source>Agreed, disagreed or not asked</source>
            <translation>D'accord, pas d'accord ou pas demandé</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>Ré&amp;ponse :</translation>
        </message>
        <message>
            <source>What the client said, as they said it</source>
            <translation>Ce que la personne a dit, comme elle l'a dit</translation>
        </message>
        <message>
            <source>&amp;Their words:</source>
            <translation>&amp;Ses mots :</translation>
        </message>
        <message>
            <source>The client's words</source>
            <translation>Les mots de la personne</translation>
        </message>
        <message>
            <source>Date of the answer</source>
            <translation>Date de la réponse</translation>
        </message>
        <message>
            <source>When the client answered</source>
            <translation>Quand la personne a répondu</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Save the client's answer</source>
            <translation>Enregistrer la réponse de la personne</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>That client's record could not be opened. Press F5 to refresh the list.</source>
            <translation>Le dossier de cette personne n’a pas pu être ouvert. Appuyez sur F5 pour actualiser la liste.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDetail</name>
        <message>
            <source>free text</source>
            <translation>texte libre</translation>
        </message>
        <message>
            <source>Risk level: {level}</source>
            <translation>Niveau de risque : {level}</translation>
        </message>
        <message>
            <source>the ratings suggested {level}</source>
            <translation>les notes suggéraient {level}</translation>
        </message>
        <message>
            <source>by {name}</source>
            <translation>par {name}</translation>
        </message>
        <message>
            <source>next due {day}</source>
            <translation>prochaine le {day}</translation>
        </message>
        <message>
            <source>no re-assessment date</source>
            <translation>pas de date de réévaluation</translation>
        </message>
        <message>
            <source>Needs:</source>
            <translation>Besoins :</translation>
        </message>
        <message>
            <source>Strengths:</source>
            <translation>Forces :</translation>
        </message>
        <message>
            <source>In the client's words:</source>
            <translation>Selon les mots du client :</translation>
        </message>
        <message>
            <source>Safety flags added:</source>
            <translation>Alertes de sécurité ajoutées :</translation>
        </message>
        <message>
            <source>Safety flags removed:</source>
            <translation>Alertes de sécurité retirées :</translation>
        </message>
        <message>
            <source>Notes on risk:</source>
            <translation>Notes sur le risque :</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>About this assessment</source>
            <translation>À propos de cette évaluation</translation>
        </message>
        <message>
            <source>Assessment tool and its language</source>
            <translation>Outil d'évaluation et sa langue</translation>
        </message>
        <message>
            <source>Kind of assessment</source>
            <translation>Type d'évaluation</translation>
        </message>
        <message>
            <source>Date of the assessment</source>
            <translation>Date de l'évaluation</translation>
        </message>
        <message>
            <source>The questions to follow, in the language you talk in</source>
            <translation>Les questions à suivre, dans la langue de l'entretien</translation>
        </message>
        <message>
            <source>A first screening, a full assessment or a re-assessment</source>
            <translation>Un premier repérage, une évaluation complète ou une réévaluation</translation>
        </message>
        <message>
            <source>How to use this tool</source>
            <translation>Comment utiliser cet outil</translation>
        </message>
        <message>
            <source>&amp;Tool</source>
            <translation>&amp;Outil</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Assessed &amp;on</source>
            <translation>Évalué &amp;le</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nouvelle évaluation</translation>
        </message>
        <message>
            <source>&amp;Save assessment</source>
            <translation>&amp;Enregistrer l'évaluation</translation>
        </message>
        <message>
            <source>Sections of the assessment</source>
            <translation>Sections de l'évaluation</translation>
        </message>
        <message>
            <source>Choose a section with the arrow keys; Ctrl+PgDown and Ctrl+PgUp move on and back</source>
            <translation>Choisissez une section avec les flèches ; Ctrl+PgSuiv et Ctrl+PgPréc avancent et reculent</translation>
        </message>
        <message>
            <source>Section of the assessment</source>
            <translation>Section de l'évaluation</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Précédente</translation>
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation>&amp;Suivante</translation>
        </message>
        <message>
            <source>Previous section (Ctrl+PgUp)</source>
            <translation>Section précédente (Ctrl+PgPréc)</translation>
        </message>
        <message>
            <source>Next section (Ctrl+PgDown)</source>
            <translation>Section suivante (Ctrl+PgSuiv)</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Présentation</translation>
        </message>
        <message>
            <source>Risk and safety — {level}</source>
            <translation>Risque et sécurité — {level}</translation>
        </message>
        <message>
            <source>{area} — notes</source>
            <translation>{area} — notes</translation>
        </message>
        <message>
            <source>(Highest rating: {areas}.)</source>
            <translation>(Note la plus élevée : {areas}.)</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTab</name>
        <message>
            <source>Not assessed yet. Assess the client's needs and strengths with them.</source>
            <translation>Pas encore évalué. Évaluez avec le client ses besoins et ses forces.</translation>
        </message>
        <message>
            <source>Last assessed {day}</source>
            <translation>Dernière évaluation : {day}</translation>
        </message>
        <message>
            <source>risk {level}</source>
            <translation>risque {level}</translation>
        </message>
        <message>
            <source>no re-assessment date set</source>
            <translation>aucune date de réévaluation</translation>
        </message>
        <message>
            <source>re-assessment OVERDUE since {day}</source>
            <translation>réévaluation EN RETARD depuis le {day}</translation>
        </message>
        <message>
            <source>re-assessment due {day}</source>
            <translation>réévaluation prévue le {day}</translation>
        </message>
        <message>
            <source>free text</source>
            <translation>texte libre</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Latest assessment</source>
            <translation>Dernière évaluation</translation>
        </message>
        <message>
            <source>Ne&amp;w assessment…</source>
            <translation>&amp;Nouvelle évaluation…</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nouvelle évaluation</translation>
        </message>
        <message>
            <source>Assess needs and strengths with the client ({keys})</source>
            <translation>Évaluer les besoins et les forces avec le client ({keys})</translation>
        </message>
        <message>
            <source>Problem with the assessment</source>
            <translation>Problème avec l'évaluation</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Prochaine</translation>
        </message>
        <message>
            <source>Assessment details</source>
            <translation>Détails de l'évaluation</translation>
        </message>
        <message>
            <source>This client has no case, so there is nothing to assess.</source>
            <translation>Ce client n'a pas de dossier : il n'y a rien à évaluer.</translation>
        </message>
        <message>
            <source>No assessments of this case yet.</source>
            <translation>Aucune évaluation pour ce dossier pour l'instant.</translation>
        </message>
        <message>
            <source>No assessment tools are installed: ask office IT.</source>
            <translation>Aucun outil d'évaluation n'est installé : demandez au service informatique du bureau.</translation>
        </message>
    </context>
    <context>
        <name>BeforeSyncDialog</name>
        <message>
            <source>Before you sync</source>
            <translation>Avant de synchroniser</translation>
        </message>
        <message>
            <source>What is still open</source>
            <translation>Ce qui reste en cours</translation>
        </message>
        <message>
            <source>Drafts and visits still open</source>
            <translation>Brouillons et visites en cours</translation>
        </message>
        <message>
            <source>Up and Down choose a draft or a visit; Enter opens the client's record</source>
            <translation>Les flèches haut et bas choisissent un brouillon ou une visite ; Entrée ouvre le dossier du client</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Open the client's record</source>
            <translation>Ouvrir le dossier du client</translation>
        </message>
        <message>
            <source>Open the selected client's record to finish it</source>
            <translation>Ouvrir le dossier du client sélectionné pour le terminer</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Sync now and finish these later</source>
            <translation>Synchroniser maintenant et terminer cela plus tard</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>Close without syncing (Esc)</source>
            <translation>Fermer sans synchroniser (Échap)</translation>
        </message>
        <message>
            <source>Some work is still open. You can finish it first, or sync now and finish it later (drafts stay on this laptop until you sign them).</source>
            <translation>Du travail reste en cours. Vous pouvez le terminer d'abord, ou synchroniser maintenant et le terminer plus tard (les brouillons restent sur cet ordinateur portable jusqu'à ce que vous les signiez).</translation>
        </message>
        <message>
            <source>Waiting to be sent: {changes}, {entries}.</source>
            <translation>En attente d'envoi : {changes}, {entries}.</translation>
        </message>
        <message>
            <source>Unsigned draft notes ({})</source>
            <translation>Notes en brouillon non signées ({})</translation>
        </message>
        <message>
            <source>Visits not marked done ({})</source>
            <translation>Visites non marquées comme faites ({})</translation>
        </message>
        <message>
            <source>(client)</source>
            <translation>(client)</translation>
        </message>
        <message>
            <source>{name} — note of {day}</source>
            <translation>{name} — note du {day}</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>visite à domicile</translation>
        </message>
        <message>
            <source>phone call</source>
            <translation>appel téléphonique</translation>
        </message>
        <message>
            <source>office meeting</source>
            <translation>rendez-vous au bureau</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>appel vidéo</translation>
        </message>
        <message>
            <source>{name} — {kind}, {day}</source>
            <translation>{name} — {kind}, {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n activity-log entry</source>
            <translation>
                <numerusform>%n entrée du journal d'activité</numerusform>
                <numerusform>%n entrées du journal d'activité</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activity-log entries</source>
            <translation>
                <numerusform>%n entrée du journal d'activité</numerusform>
                <numerusform>%n entrées du journal d'activité</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseStage</name>
        <message>
            <source>Intake</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planification</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi post-clôture</translation>
        </message>
    </context>
    <context>
        <name>CaseTab</name>
        <message>
            <source>No case is recorded for this client on this device.</source>
            <translation>Aucun dossier n'est enregistré pour cette personne sur cet appareil.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Case shown</source>
            <translation>Dossier affiché</translation>
        </message>
        <message>
            <source>Which of the client's cases is shown</source>
            <translation>Lequel des dossiers de la personne est affiché</translation>
        </message>
        <message>
            <source>Case number, programme and worker</source>
            <translation>Numéro de dossier, programme et intervenant</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Historique des étapes</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Changement</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Who moved the case, when and why</source>
            <translation>Qui a changé l'étape du dossier, quand et pourquoi</translation>
        </message>
        <message>
            <source>Problem with the case</source>
            <translation>Problème avec le dossier</translation>
        </message>
        <message>
            <source>Close case…</source>
            <translation>Clore le dossier…</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>Clore le dossier</translation>
        </message>
        <message>
            <source>Close the case (checklist)</source>
            <translation>Clore le dossier (liste de vérification)</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>Transférer…</translation>
        </message>
        <message>
            <source>Transfer case</source>
            <translation>Transférer le dossier</translation>
        </message>
        <message>
            <source>Hand the case to a colleague</source>
            <translation>Confier le dossier à un ou une collègue</translation>
        </message>
        <message>
            <source>Op&amp;en a case…</source>
            <translation>Ou&amp;vrir un dossier…</translation>
        </message>
        <message>
            <source>Open a case</source>
            <translation>Ouvrir un dossier</translation>
        </message>
        <message>
            <source>Open a new case for this client, starting at intake</source>
            <translation>Ouvrir un nouveau dossier pour cette personne, en commençant par l'accueil</translation>
        </message>
        <message>
            <source>Stage &amp;history (newest first)</source>
            <translation>&amp;Historique des étapes (le plus récent d'abord)</translation>
        </message>
        <message>
            <source>Stage history heading</source>
            <translation>Titre de l'historique des étapes</translation>
        </message>
        <message>
            <source>Move the case (you are asked to confirm, with the reason):</source>
            <translation>Changer l'étape du dossier (on vous demande de confirmer, avec le motif) :</translation>
        </message>
        <message>
            <source>About moving the case</source>
            <translation>À propos du changement d'étape</translation>
        </message>
        <message>
            <source>Move the case to {stage}; you are asked for the reason first</source>
            <translation>Faire passer le dossier à {stage} ; le motif vous est d'abord demandé</translation>
        </message>
        <message>
            <source>No stage changes recorded.</source>
            <translation>Aucun changement d'étape enregistré.</translation>
        </message>
        <message>
            <source>Reopen at {stage}</source>
            <translation>Rouvrir à l'étape {stage}</translation>
        </message>
        <message>
            <source>← Back to {stage}</source>
            <translation>← Retour à {stage}</translation>
        </message>
        <message>
            <source>On to {stage} →</source>
            <translation>Passer à {stage} →</translation>
        </message>
        <message>
            <source>{number} · {programme} (closed {day})</source>
            <translation>{number} · {programme} (clos le {day})</translation>
        </message>
        <message>
            <source>{number} · {programme} (open)</source>
            <translation>{number} · {programme} (ouvert)</translation>
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · closed {closed} · worker: {worker}</source>
            <translation>{number} · {programme} · ouvert le {opened} · clos le {closed} · intervenant : {worker}</translation>
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · closed {closed}</source>
            <translation>{number} · {programme} · ouvert le {opened} · clos le {closed}</translation>
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · worker: {worker}</source>
            <translation>{number} · {programme} · ouvert le {opened} · intervenant : {worker}</translation>
        </message>
        <message>
            <source>{number} · {programme} · opened {opened}</source>
            <translation>{number} · {programme} · ouvert le {opened}</translation>
        </message>
        <message>
            <source>Opened at {stage}</source>
            <translation>Ouvert à l'étape {stage}</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} → {after}</translation>
        </message>
        <message>
            <source>Case stage</source>
            <translation>Étape du dossier</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Aucun dossier</translation>
        </message>
        <message>
            <source>{stage}, step {number} of {total}</source>
            <translation>{stage}, étape {number} sur {total}</translation>
        </message>
        <message>
            <source>Current stage: {stage}</source>
            <translation>Étape actuelle : {stage}</translation>
        </message>
    </context>
    <context>
        <name>CaseloadColumns</name>
        <message>
            <source>No open case</source>
            <translation>Aucun dossier ouvert</translation>
        </message>
        <message>
            <source>Do not call</source>
            <translation>Ne pas appeler</translation>
        </message>
        <message>
            <source>{first} (+{more})</source>
            <translation>{first} (+{more})</translation>
        </message>
        <message>
            <source>None booked</source>
            <translation>Aucune prévue</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Aujourd'hui {time}</translation>
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation>Demain {time}</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (aujourd'hui)</translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n day)</source>
            <translation>
                <numerusform>{day} (%n jour)</numerusform>
                <numerusform>{day} (%n jours)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n days)</source>
            <translation>
                <numerusform>{day} (%n jour)</numerusform>
                <numerusform>{day} (%n jours)</numerusform>
            </translation>
        </message>
        <message>
            <source>{language} + interpreter</source>
            <translation>{language} + interprète</translation>
        </message>
        <message>
            <source>A consent in force that expires within 30 days (renew it at the next visit)</source>
            <translation>Un consentement en vigueur qui expire dans les 30 jours (renouvelez-le à la prochaine visite)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Preferred name and pronouns</source>
            <translation>Nom d'usage et pronoms</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Stage of the current case</source>
            <translation>Étape du dossier en cours</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Niveau de risque</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Safety flags and do-not-call</source>
            <translation>Alertes de sécurité et « ne pas appeler »</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>Prochaine visite</translation>
        </message>
        <message>
            <source>Next scheduled visit</source>
            <translation>Prochaine visite prévue</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Tâches en retard</translation>
        </message>
        <message>
            <source>Consent ends</source>
            <translation>Fin du consentement</translation>
        </message>
        <message>
            <source>A consent in force that expires within 30 days</source>
            <translation>Un consentement en vigueur qui expire dans les 30 jours</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Preferred language; interpreter needed</source>
            <translation>Langue préférée ; besoin d'un interprète</translation>
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
            <translation>Aucun client ne correspond</translation>
        </message>
        <message numerus="yes">
            <source>%n+ clients match</source>
            <translation>
                <numerusform>%n+ clients correspondent</numerusform>
                <numerusform>%n+ clients correspondent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client matches</source>
            <translation>
                <numerusform>%n client correspond</numerusform>
                <numerusform>%n clients correspondent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients match</source>
            <translation>
                <numerusform>%n client correspond</numerusform>
                <numerusform>%n clients correspondent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>(no longer on this device)</source>
            <translation>(n'est plus sur cet appareil)</translation>
        </message>
        <message>
            <source>{title}: {tip}</source>
            <translation>{title} : {tip}</translation>
        </message>
        <message>
            <source>{title}: {tip} (not sortable)</source>
            <translation>{title} : {tip} (tri impossible)</translation>
        </message>
        <message>
            <source>{title}: {text}</source>
            <translation>{title} : {text}</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPanel</name>
        <message>
            <source>Search names, phone, notes and tasks  (Ctrl+F)</source>
            <translation>Chercher des noms, téléphones, notes et tâches  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search clients, notes and tasks</source>
            <translation>Chercher des clients, notes et tâches</translation>
        </message>
        <message>
            <source>Type part of a name, phone number, note or task. Enter opens the first match; Down moves to the list.</source>
            <translation>Tapez une partie d'un nom, d'un numéro de téléphone, d'une note ou d'une tâche. Entrée ouvre le premier résultat ; la flèche bas passe à la liste.</translation>
        </message>
        <message>
            <source>Filter by stage</source>
            <translation>Filtrer par étape</translation>
        </message>
        <message>
            <source>Show only clients whose current case is at this stage</source>
            <translation>Afficher seulement les clients dont le dossier en cours est à cette étape</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Toutes les étapes</translation>
        </message>
        <message>
            <source>Filter by risk</source>
            <translation>Filtrer par risque</translation>
        </message>
        <message>
            <source>Show only clients at this risk level</source>
            <translation>Afficher seulement les clients de ce niveau de risque</translation>
        </message>
        <message>
            <source>Any risk</source>
            <translation>Tout risque</translation>
        </message>
        <message>
            <source>Safety flags only</source>
            <translation>Avec alertes</translation>
        </message>
        <message>
            <source>Show only clients with safety flags</source>
            <translation>Afficher seulement les clients avec des alertes de sécurité</translation>
        </message>
        <message>
            <source>Lists only the clients with a safety flag or a do-not-call note</source>
            <translation>N'affiche que les clients avec une alerte de sécurité ou la mention « ne pas appeler »</translation>
        </message>
        <message>
            <source>Number of clients shown</source>
            <translation>Nombre de clients affichés</translation>
        </message>
        <message>
            <source>Caseload and matches</source>
            <translation>Clients et résultats</translation>
        </message>
    </context>
    <context>
        <name>CaseloadTable</name>
        <message>
            <source>Caseload</source>
            <translation>Liste des clients</translation>
        </message>
        <message>
            <source>Your clients. Up and Down move between them, Enter opens the selected client, Tab moves on. Click a column title to sort.</source>
            <translation>Vos clients. Les flèches haut et bas passent de l'un à l'autre, Entrée ouvre le client sélectionné, Tab passe à la suite. Cliquez sur le titre d'une colonne pour trier.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>The vault is re-encrypted under a new key, so an old copy of its files and your old passphrase no longer open it. This takes a few seconds for a usual caseload (minutes for a very large one); keep the laptop on until it is done.</source>
            <translation>Le coffre est chiffré à nouveau avec une nouvelle clé : une ancienne copie de ses fichiers et votre ancienne phrase secrète ne l'ouvrent plus. Cela prend quelques secondes pour une charge de dossiers habituelle (quelques minutes pour une très grande) ; laissez l'ordinateur allumé jusqu'à la fin.</translation>
        </message>
        <message>
            <source>C&amp;hange</source>
            <translation>C&amp;hanger</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actuelle</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>À nouveau</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Nouvelle phrase secrète, à nouveau</translation>
        </message>
        <message>
            <source>Re-encrypting the vault</source>
            <translation>Nouveau chiffrement du coffre</translation>
        </message>
        <message>
            <source>Type your current passphrase.</source>
            <translation>Saisissez votre phrase secrète actuelle.</translation>
        </message>
        <message>
            <source>The new passphrase is too easy to guess; see the advice above.</source>
            <translation>La nouvelle phrase secrète est trop facile à deviner ; voyez le conseil ci-dessus.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same.</source>
            <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>La nouvelle phrase secrète est identique à l'actuelle.</translation>
        </message>
    </context>
    <context>
        <name>ClientForm</name>
        <message>
            <source>Client details</source>
            <translation>Coordonnées du client</translation>
        </message>
        <message>
            <source>Who they are</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Prénom</translation>
        </message>
        <message>
            <source>Legal first name</source>
            <translation>Prénom légal</translation>
        </message>
        <message>
            <source>Required: as on the client's documents.</source>
            <translation>Obligatoire : tel qu’il figure sur les documents du client.</translation>
        </message>
        <message>
            <source>Fa&amp;mily name</source>
            <translation>Nom de &amp;famille</translation>
        </message>
        <message>
            <source>Legal family name</source>
            <translation>Nom de famille légal</translation>
        </message>
        <message>
            <source>P&amp;referred name</source>
            <translation>Nom &amp;d’usage</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nom d’usage</translation>
        </message>
        <message>
            <source>Optional: the name the client goes by.</source>
            <translation>Facultatif : le nom que le client utilise au quotidien.</translation>
        </message>
        <message>
            <source>Pron&amp;ouns</source>
            <translation>Pron&amp;oms</translation>
        </message>
        <message>
            <source>Optional: choose from the list or type the client's own words.</source>
            <translation>Facultatif : choisissez dans la liste ou saisissez les mots du client.</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronoms</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Date de nai&amp;ssance</translation>
        </message>
        <message>
            <source>Tick to give the date of birth; leave it unticked if not known.</source>
            <translation>Cochez pour indiquer la date de naissance ; laissez décoché si elle est inconnue.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The client's language: their consent forms and letters use it.</source>
            <translation>La langue du client : ses formulaires de consentement et ses courriers l’utilisent.</translation>
        </message>
        <message>
            <source>&amp;Interpreter needed</source>
            <translation>Besoin d’un &amp;interprète</translation>
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation>Besoin d’un interprète</translation>
        </message>
        <message>
            <source>Tick when the client needs an interpreter for visits and calls.</source>
            <translation>Cochez si le client a besoin d’un interprète pour les visites et les appels.</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>Optional: a number, at least three digits.</source>
            <translation>Facultatif : un numéro d’au moins trois chiffres.</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Adresse électronique</translation>
        </message>
        <message>
            <source>Optional: such as name@example.org.</source>
            <translation>Facultatif : par exemple nom@exemple.org.</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Optional: street, town and postcode, on one or more lines.</source>
            <translation>Facultatif : rue, ville et code postal, sur une ou plusieurs lignes.</translation>
        </message>
        <message>
            <source>What the client allows</source>
            <translation>Ce que le client autorise</translation>
        </message>
        <message>
            <source>May we p&amp;hone?</source>
            <translation>Pouvons-nous a&amp;ppeler ?</translation>
        </message>
        <message>
            <source>May we phone</source>
            <translation>Pouvons-nous appeler ?</translation>
        </message>
        <message>
            <source>Whether the client agrees to be phoned.</source>
            <translation>Si le client accepte d’être appelé.</translation>
        </message>
        <message>
            <source>Leave a messa&amp;ge?</source>
            <translation>Laisser un &amp;message ?</translation>
        </message>
        <message>
            <source>May we leave a message</source>
            <translation>Pouvons-nous laisser un message ?</translation>
        </message>
        <message>
            <source>Whether a message may be left when the client does not answer.</source>
            <translation>Si l’on peut laisser un message quand le client ne répond pas.</translation>
        </message>
        <message>
            <source>&amp;Visit at home?</source>
            <translation>&amp;Visite à domicile ?</translation>
        </message>
        <message>
            <source>May we visit</source>
            <translation>Pouvons-nous lui rendre visite ?</translation>
        </message>
        <message>
            <source>Whether a worker may visit the client's home.</source>
            <translation>Si un intervenant peut se rendre au domicile du client.</translation>
        </message>
        <message>
            <source>Sen&amp;d mail?</source>
            <translation>En&amp;voyer du courrier ?</translation>
        </message>
        <message>
            <source>May we send mail</source>
            <translation>Pouvons-nous envoyer du courrier ?</translation>
        </message>
        <message>
            <source>Whether letters may be sent to the address.</source>
            <translation>Si des lettres peuvent être envoyées à l’adresse.</translation>
        </message>
        <message>
            <source>Safe contact &amp;time</source>
            <translation>&amp;Horaire de contact sûr</translation>
        </message>
        <message>
            <source>Safe contact time</source>
            <translation>Horaire de contact sûr</translation>
        </message>
        <message>
            <source>e.g. weekdays 9–12; never evenings</source>
            <translation>p. ex. en semaine de 9 h à 12 h ; jamais le soir</translation>
        </message>
        <message>
            <source>Optional: when it is safe to contact the client, in words.</source>
            <translation>Facultatif : quand il est sûr de contacter le client, en toutes lettres.</translation>
        </message>
        <message>
            <source>Other contact r&amp;ules</source>
            <translation>Autres &amp;règles de contact</translation>
        </message>
        <message>
            <source>Other contact rules</source>
            <translation>Autres règles de contact</translation>
        </message>
        <message>
            <source>e.g. text first; use the work number</source>
            <translation>p. ex. envoyer d’abord un SMS ; utiliser le numéro professionnel</translation>
        </message>
        <message>
            <source>Optional: any other rule for contacting the client.</source>
            <translation>Facultatif : toute autre règle pour contacter le client.</translation>
        </message>
        <message>
            <source>Capacity and representative</source>
            <translation>Capacité et représentant</translation>
        </message>
        <message>
            <source>Lac&amp;ks capacity: a guardian or representative decides</source>
            <translation>Sans &amp;capacité : un tuteur ou représentant décide</translation>
        </message>
        <message>
            <source>Lacks capacity</source>
            <translation>Sans capacité</translation>
        </message>
        <message>
            <source>Tick when someone decides for the client: their name is required.</source>
            <translation>Cochez si quelqu’un décide pour le client : son nom est alors obligatoire.</translation>
        </message>
        <message>
            <source>Represe&amp;ntative</source>
            <translation>Représe&amp;ntant</translation>
        </message>
        <message>
            <source>Representative's name</source>
            <translation>Nom du représentant</translation>
        </message>
        <message>
            <source>The guardian's or representative's full name.</source>
            <translation>Nom complet du tuteur ou du représentant.</translation>
        </message>
        <message>
            <source>Their role</source>
            <translation>Son rôle</translation>
        </message>
        <message>
            <source>Representative's role</source>
            <translation>Rôle du représentant</translation>
        </message>
        <message>
            <source>What the representative is to the client.</source>
            <translation>Ce que le représentant est pour le client.</translation>
        </message>
        <message>
            <source>Their phone</source>
            <translation>Son téléphone</translation>
        </message>
        <message>
            <source>Representative's phone number</source>
            <translation>Numéro de téléphone du représentant</translation>
        </message>
        <message>
            <source>Optional: how to reach the representative.</source>
            <translation>Facultatif : comment joindre le représentant.</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Culture</translation>
        </message>
        <message>
            <source>&amp;Cultural considerations</source>
            <translation>Considérations c&amp;ulturelles</translation>
        </message>
        <message>
            <source>Cultural considerations</source>
            <translation>Considérations culturelles</translation>
        </message>
        <message>
            <source>Faith, customs, gender of the worker…</source>
            <translation>Croyances, coutumes, genre de l’intervenant…</translation>
        </message>
        <message>
            <source>Optional: what the worker should know and respect.</source>
            <translation>Facultatif : ce que l’intervenant doit savoir et respecter.</translation>
        </message>
        <message>
            <source>Required: who decides for the client</source>
            <translation>Obligatoire : qui décide pour le client</translation>
        </message>
        <message>
            <source>Edit client details</source>
            <translation>Modifier les coordonnées du client</translation>
        </message>
        <message>
            <source>Change what is new or wrong. Only the fields you change are saved.</source>
            <translation>Modifiez ce qui est nouveau ou erroné. Seuls les champs modifiés sont enregistrés.</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Enregistrer les modifications</translation>
        </message>
    </context>
    <context>
        <name>ClientToldDialog</name>
        <message>
            <source>Client told</source>
            <translation>Personne informée</translation>
        </message>
        <message>
            <source>Record when and how you told the client about this sharing.</source>
            <translation>Enregistrez quand et comment vous avez informé la personne de ce partage.</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Quand</translation>
        </message>
        <message>
            <source>When the client was told</source>
            <translation>Quand la personne a été informée</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>C&amp;omment</translation>
        </message>
        <message>
            <source>How the client was told</source>
            <translation>Comment la personne a été informée</translation>
        </message>
        <message>
            <source>Add this to the sharing's record</source>
            <translation>Ajouter ceci à l'enregistrement du partage</translation>
        </message>
        <message>
            <source>The day you told the client</source>
            <translation>Le jour où vous avez informé la personne</translation>
        </message>
        <message>
            <source>In person, by phone, in writing or another way</source>
            <translation>En personne, par téléphone, par écrit ou autrement</translation>
        </message>
    </context>
    <context>
        <name>Closure</name>
        <message>
            <source>Closing ends active work on this case. The checklist is read from the record: resolve what is missing, or close anyway and say why (your supervisor is told).</source>
            <translation>La clôture met fin au travail actif sur ce dossier. La liste de contrôle est lue dans le dossier : réglez ce qui manque, ou clôturez quand même en indiquant pourquoi (votre superviseur en est informé).</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>Clôturer le dossier</translation>
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation>&amp;Clôturer le dossier</translation>
        </message>
        <message>
            <source>Close case {number}</source>
            <translation>Clôturer le dossier {number}</translation>
        </message>
        <message>
            <source>Closure checklist</source>
            <translation>Liste de contrôle de la clôture</translation>
        </message>
        <message>
            <source>Checklist, from the record</source>
            <translation>Liste de contrôle, d'après le dossier</translation>
        </message>
        <message>
            <source>What is met and what is missing; arrow keys read the lines</source>
            <translation>Ce qui est fait et ce qui manque ; les flèches parcourent les lignes</translation>
        </message>
        <message>
            <source>The client &amp;knows the case is closing</source>
            <translation>Le client &amp;sait que le dossier est clôturé</translation>
        </message>
        <message>
            <source>The client knows the case is closing</source>
            <translation>Le client sait que le dossier est clôturé</translation>
        </message>
        <message>
            <source>Tick once you have told the client</source>
            <translation>Cochez une fois que vous l'avez dit au client</translation>
        </message>
        <message>
            <source>Client's feedback, in their words</source>
            <translation>Avis du client, avec ses mots</translation>
        </message>
        <message>
            <source>What the client said, as they said it</source>
            <translation>Ce que le client a dit, tel qu'il l'a dit</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Motif de la clôture</translation>
        </message>
        <message>
            <source>e.g. goals met; moved out of the area</source>
            <translation>p. ex. objectifs atteints ; a quitté le secteur</translation>
        </message>
        <message>
            <source>Reason to close with items missing</source>
            <translation>Motif de clôture malgré des points manquants</translation>
        </message>
        <message>
            <source>Why close now; your supervisor is told</source>
            <translation>Pourquoi clôturer maintenant ; votre superviseur en est informé</translation>
        </message>
        <message>
            <source>Outcome of the goal {title}</source>
            <translation>Résultat de l'objectif {title}</translation>
        </message>
        <message>
            <source>Achieved, partly achieved or not achieved</source>
            <translation>Atteint, partiellement atteint ou non atteint</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>C&amp;hecklist</source>
            <translation>&amp;Liste de contrôle</translation>
        </message>
        <message>
            <source>&amp;Why is it closing?</source>
            <translation>&amp;Pourquoi le clôturer ?</translation>
        </message>
        <message>
            <source>Close &amp;anyway because:</source>
            <translation>Clôturer &amp;quand même parce que :</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Goals and their &amp;outcomes</source>
            <translation>Objectifs et leurs &amp;résultats</translation>
        </message>
        <message>
            <source>Client's feedback, in their wo&amp;rds</source>
            <translation>Avis du client, avec ses &amp;mots</translation>
        </message>
        <message>
            <source>This case has no goals in its plan.</source>
            <translation>Ce dossier n'a aucun objectif dans son plan.</translation>
        </message>
        <message>
            <source>No goals</source>
            <translation>Aucun objectif</translation>
        </message>
        <message>
            <source>Goals and their outcomes</source>
            <translation>Objectifs et leurs résultats</translation>
        </message>
        <message>
            <source>Met: {text}</source>
            <translation>Fait : {text}</translation>
        </message>
        <message>
            <source>Missing: {text}</source>
            <translation>Manquant : {text}</translation>
        </message>
        <message>
            <source>Follow-up after closure</source>
            <translation>Suivi après la clôture</translation>
        </message>
        <message>
            <source>Already &amp;booked: {what}</source>
            <translation>Déjà pré&amp;vu : {what}</translation>
        </message>
        <message>
            <source>Book a &amp;follow-up on</source>
            <translation>Prévoir un s&amp;uivi le</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Date du suivi</translation>
        </message>
        <message>
            <source>The client &amp;declined it:</source>
            <translation>Le client l'a re&amp;fusé :</translation>
        </message>
        <message>
            <source>Why the client declined follow-up</source>
            <translation>Pourquoi le client a refusé le suivi</translation>
        </message>
        <message>
            <source>in the client's words</source>
            <translation>avec les mots du client</translation>
        </message>
        <message>
            <source>&amp;Not arranged yet</source>
            <translation>Pas encore &amp;organisé</translation>
        </message>
        <message>
            <source>Keep the follow-up booked</source>
            <translation>Garder le suivi prévu</translation>
        </message>
        <message>
            <source>Book a follow-up on the date</source>
            <translation>Prévoir un suivi à cette date</translation>
        </message>
        <message>
            <source>The client wants no follow-up; say why</source>
            <translation>Le client ne souhaite pas de suivi ; indiquez pourquoi</translation>
        </message>
        <message>
            <source>No follow-up yet: closing then needs a reason</source>
            <translation>Pas encore de suivi : la clôture demandera alors un motif</translation>
        </message>
        <message>
            <source>Closed {day}: {reason}</source>
            <translation>Clôturé le {day} : {reason}</translation>
        </message>
        <message>
            <source>Goals: {goals}</source>
            <translation>Objectifs : {goals}</translation>
        </message>
        <message>
            <source>none in the plan</source>
            <translation>aucun dans le plan</translation>
        </message>
        <message>
            <source>The client said: “{words}”</source>
            <translation>Le client a dit : « {words} »</translation>
        </message>
        <message>
            <source>Closed with items missing: flagged for supervisor review. Why: {reason}</source>
            <translation>Clôturé malgré des points manquants : signalé pour examen par le superviseur. Motif : {reason}</translation>
        </message>
        <message>
            <source>Closed with items missing (reviewed by a supervisor). Why: {reason}</source>
            <translation>Clôturé malgré des points manquants (examiné par un superviseur). Motif : {reason}</translation>
        </message>
        <message>
            <source>Case sharing and outcome</source>
            <translation>Partage et résultat du dossier</translation>
        </message>
        <message>
            <source>Shared with the team: colleagues may be &amp;given its tasks</source>
            <translation>Partagé avec l'équipe : ses tâches peuvent être &amp;confiées à des collègues</translation>
        </message>
        <message>
            <source>Case shared with the team</source>
            <translation>Dossier partagé avec l'équipe</translation>
        </message>
        <message>
            <source>Outcome of the case</source>
            <translation>Résultat du dossier</translation>
        </message>
        <message>
            <source>Closure exception</source>
            <translation>Exception de clôture</translation>
        </message>
        <message>
            <source>Mark e&amp;xception reviewed</source>
            <translation>Marquer l'e&amp;xception comme examinée</translation>
        </message>
        <message>
            <source>Mark the closure exception reviewed</source>
            <translation>Marquer l'exception de clôture comme examinée</translation>
        </message>
        <message>
            <source>Problem with the case</source>
            <translation>Problème avec le dossier</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Atteint</translation>
        </message>
        <message>
            <source>Partly achieved</source>
            <translation>Partiellement atteint</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation>Non atteint</translation>
        </message>
        <message>
            <source>The client is not told yet</source>
            <translation>Le client n'est pas encore informé</translation>
        </message>
        <message numerus="yes">
            <source>%n open task</source>
            <translation>
                <numerusform>%n tâche ouverte</numerusform>
                <numerusform>%n tâches ouvertes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open tasks</source>
            <translation>
                <numerusform>%n tâche ouverte</numerusform>
                <numerusform>%n tâches ouvertes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral without an outcome</source>
            <translation>
                <numerusform>%n orientation sans résultat</numerusform>
                <numerusform>%n orientations sans résultat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referrals without an outcome</source>
            <translation>
                <numerusform>%n orientation sans résultat</numerusform>
                <numerusform>%n orientations sans résultat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned note</source>
            <translation>
                <numerusform>%n note non signée</numerusform>
                <numerusform>%n notes non signées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned notes</source>
            <translation>
                <numerusform>%n note non signée</numerusform>
                <numerusform>%n notes non signées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent still a draft</source>
            <translation>
                <numerusform>%n consentement encore en brouillon</numerusform>
                <numerusform>%n consentements encore en brouillon</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consents still drafts</source>
            <translation>
                <numerusform>%n consentement encore en brouillon</numerusform>
                <numerusform>%n consentements encore en brouillon</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal without an outcome</source>
            <translation>
                <numerusform>%n objectif sans résultat</numerusform>
                <numerusform>%n objectifs sans résultat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals without an outcome</source>
            <translation>
                <numerusform>%n objectif sans résultat</numerusform>
                <numerusform>%n objectifs sans résultat</numerusform>
            </translation>
        </message>
        <message>
            <source>No follow-up arranged</source>
            <translation>Aucun suivi organisé</translation>
        </message>
        <message>
            <source>No open tasks</source>
            <translation>Aucune tâche ouverte</translation>
        </message>
        <message>
            <source>Every referral has an outcome</source>
            <translation>Chaque orientation a un résultat</translation>
        </message>
        <message>
            <source>Every note is signed</source>
            <translation>Toutes les notes sont signées</translation>
        </message>
        <message>
            <source>No consent left as a draft</source>
            <translation>Aucun consentement laissé en brouillon</translation>
        </message>
        <message>
            <source>Every goal has an outcome</source>
            <translation>Chaque objectif a un résultat</translation>
        </message>
        <message>
            <source>Follow-up booked or declined</source>
            <translation>Suivi prévu ou refusé</translation>
        </message>
        <message>
            <source>{label} · due {day}</source>
            <translation>{label} · échéance le {day}</translation>
        </message>
        <message>
            <source>Follow-up: {label} · {day}</source>
            <translation>Suivi : {label} · {day}</translation>
        </message>
        <message>
            <source>{label} · {day}</source>
            <translation>{label} · {day}</translation>
        </message>
        <message>
            <source>{label} · made {day}</source>
            <translation>{label} · faite le {day}</translation>
        </message>
        <message>
            <source>Draft note ({label}) · {day}</source>
            <translation>Note en brouillon ({label}) · {day}</translation>
        </message>
        <message>
            <source>Draft consent: {label}</source>
            <translation>Consentement en brouillon : {label}</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Déclarer un conflit d'intérêts</translation>
        </message>
        <message>
            <source>Declare any relationship with this client that could affect your judgement, or could be seen to. The declaration is flagged 'pending supervisor review' until your supervisor has reviewed it; keep working as agreed with them.</source>
            <translation>Déclarez toute relation avec cette personne qui pourrait influencer votre jugement, ou sembler le faire. La déclaration est marquée « en attente de l'avis du superviseur » jusqu'à ce que votre superviseur l'ait examinée ; continuez à travailler comme convenu avec lui ou elle.</translation>
        </message>
        <message>
            <source>&amp;Declare</source>
            <translation>&amp;Déclarer</translation>
        </message>
        <message>
            <source>Relationship to the client</source>
            <translation>Relation avec la personne</translation>
        </message>
        <message>
            <source>e.g. neighbour, relative, former colleague</source>
            <translation>p. ex. voisin, parent, ancien collègue</translation>
        </message>
        <message>
            <source>&amp;Relationship:</source>
            <translation>&amp;Relation :</translation>
        </message>
        <message>
            <source>How you are connected</source>
            <translation>Quel lien vous avez avec la personne</translation>
        </message>
        <message>
            <source>How you know them and what could be affected</source>
            <translation>Comment vous la connaissez et ce qui pourrait être affecté</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escription :</translation>
        </message>
        <message>
            <source>Description of the conflict</source>
            <translation>Description du conflit</translation>
        </message>
        <message>
            <source>Record the declaration for your supervisor</source>
            <translation>Enregistrer la déclaration pour votre superviseur</translation>
        </message>
    </context>
    <context>
        <name>ConflictOutcome</name>
        <message>
            <source>No conflict of interest</source>
            <translation>Pas de conflit d'intérêts</translation>
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation>Continuer avec des garde-fous</translation>
        </message>
        <message>
            <source>Reassign the case</source>
            <translation>Réattribuer le dossier</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>You declared this one: another supervisor must review it.</source>
            <translation>Vous avez fait cette déclaration : un autre superviseur doit l'examiner.</translation>
        </message>
        <message>
            <source>No conflict of interest</source>
            <translation>Pas de conflit d'intérêts</translation>
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation>Continuer avec des garde-fous</translation>
        </message>
        <message>
            <source>Reassign the case</source>
            <translation>Réattribuer le dossier</translation>
        </message>
        <message>
            <source>Review the selected declaration: the outcome and why</source>
            <translation>Examiner la déclaration sélectionnée : la décision et pourquoi</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Examinée</translation>
        </message>
        <message>
            <source>Pending supervisor review</source>
            <translation>En attente d'examen par la supervision</translation>
        </message>
        <message>
            <source>{outcome} (reviewed by {who} on {day})</source>
            <translation>{outcome} (examinée par {who} le {day})</translation>
        </message>
        <message>
            <source>{outcome} (reviewed by {who})</source>
            <translation>{outcome} (examinée par {who})</translation>
        </message>
        <message>
            <source>{outcome} (reviewed on {day})</source>
            <translation>{outcome} (examinée le {day})</translation>
        </message>
        <message>
            <source>{outcome} (reviewed)</source>
            <translation>{outcome} (examinée)</translation>
        </message>
        <message>
            <source>Conflicts of interest</source>
            <translation>Conflits d'intérêts</translation>
        </message>
        <message>
            <source>&amp;Declare conflict…</source>
            <translation>&amp;Déclarer un conflit…</translation>
        </message>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Déclarer un conflit d'intérêts</translation>
        </message>
        <message>
            <source>Declare a conflict of interest with this client</source>
            <translation>Déclarer un conflit d'intérêts avec ce client</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>E&amp;xaminer…</translation>
        </message>
        <message>
            <source>Review the selected declaration</source>
            <translation>Examiner la déclaration sélectionnée</translation>
        </message>
        <message>
            <source>Conflict of interest declarations</source>
            <translation>Déclarations de conflit d'intérêts</translation>
        </message>
        <message>
            <source>Declared</source>
            <translation>Déclaré</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Arrow keys move between declarations; Enter reviews the selected one.</source>
            <translation>Les flèches passent d'une déclaration à l'autre ; Entrée examine celle sélectionnée.</translation>
        </message>
        <message>
            <source>Number of declarations</source>
            <translation>Nombre de déclarations</translation>
        </message>
        <message>
            <source>Problem with conflicts of interest</source>
            <translation>Problème avec les conflits d'intérêts</translation>
        </message>
        <message>
            <source>If you know this client outside work, or anything could affect your judgement, declare it. Your supervisor reviews every declaration.</source>
            <translation>Si vous connaissez ce client en dehors du travail, ou si quelque chose pourrait influencer votre jugement, déclarez-le. Votre superviseur examine chaque déclaration.</translation>
        </message>
        <message>
            <source>About conflicts of interest</source>
            <translation>À propos des conflits d'intérêts</translation>
        </message>
        <message>
            <source>No conflicts of interest declared for this client.</source>
            <translation>Aucun conflit d'intérêts déclaré pour ce client.</translation>
        </message>
        <message numerus="yes">
            <source>%n declared</source>
            <translation>
                <numerusform>%n déclaré</numerusform>
                <numerusform>%n déclarés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending supervisor review</source>
            <translation>
                <numerusform>%n en attente d'examen par la supervision</numerusform>
                <numerusform>%n en attente d'examen par la supervision</numerusform>
            </translation>
        </message>
        <message>
            <source>{declared}, {pending}</source>
            <translation>{declared}, {pending}</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to the office</source>
            <translation>Se connecter au bureau</translation>
        </message>
        <message>
            <source>Your supervisor or office IT gives you a one-time code for this laptop (it starts with CL1. and works once, for 15 minutes). Paste it below. Caseload checks that it is talking to your office's own server before it sends anything.</source>
            <translation>Votre responsable ou le service informatique du bureau vous donne un code à usage unique pour cet ordinateur portable (il commence par CL1. et ne sert qu'une fois, pendant 15 minutes). Collez-le ci-dessous. Caseload vérifie qu'il s'adresse bien au serveur de votre bureau avant d'envoyer quoi que ce soit.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Paste the code first (it starts with CL1.).</source>
            <translation>Collez d'abord le code (il commence par CL1.).</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Code de connexion</translation>
        </message>
        <message>
            <source>CL1.…</source>
            <translation>CL1.…</translation>
        </message>
        <message>
            <source>The one-time code from your supervisor; it starts with CL1.</source>
            <translation>Le code à usage unique donné par votre responsable ; il commence par CL1.</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>Connecting to the office</source>
            <translation>Connexion au bureau</translation>
        </message>
        <message>
            <source>Check the code with the office and connect (Enter)</source>
            <translation>Vérifier le code auprès du bureau et se connecter (Entrée)</translation>
        </message>
        <message>
            <source>Close without connecting (Esc)</source>
            <translation>Fermer sans se connecter (Échap)</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialogs</name>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp)</translation>
        </message>
        <message>
            <source>Signed page</source>
            <translation>Page signée</translation>
        </message>
        <message>
            <source>Sign consent</source>
            <translation>Signer le consentement</translation>
        </message>
        <message>
            <source>Read the form with the signer first. Signing seals it: it never changes again.</source>
            <translation>Lisez d'abord le formulaire avec la personne qui signe. La signature le scelle : il ne change plus jamais.</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Signer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signé par</translation>
        </message>
        <message>
            <source>Seal the signed consent for good</source>
            <translation>Sceller définitivement le consentement signé</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>{witness} heard the consent given and can confirm it</source>
            <translation>{witness} a entendu le consentement donné et peut le confirmer</translation>
        </message>
        <message>
            <source>Witness confirms</source>
            <translation>Le témoin confirme</translation>
        </message>
        <message>
            <source>Tick once the witness has confirmed</source>
            <translation>Cochez une fois que le témoin a confirmé</translation>
        </message>
        <message>
            <source>&amp;Attach photo or scan…</source>
            <translation>&amp;Joindre une photo ou un scan…</translation>
        </message>
        <message>
            <source>Attach a photo or scan of the signed page</source>
            <translation>Joindre une photo ou un scan de la page signée</translation>
        </message>
        <message>
            <source>Choose a picture of the signed page; it is kept in the vault</source>
            <translation>Choisissez une image de la page signée ; elle est conservée dans le coffre</translation>
        </message>
        <message>
            <source>No scan yet: you can attach it later.</source>
            <translation>Pas encore de scan : vous pourrez le joindre plus tard.</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>A scan is chosen; it is kept inside the vault.</source>
            <translation>Un scan est choisi ; il est conservé dans le coffre.</translation>
        </message>
        <message>
            <source>Tick the box once the witness has confirmed.</source>
            <translation>Cochez la case une fois que le témoin a confirmé.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Retirer le consentement</translation>
        </message>
        <message>
            <source>The client may withdraw consent at any time. The signed consent stays on record; a withdrawal is added that points at it, and sharing under it stops.</source>
            <translation>La personne accompagnée peut retirer son consentement à tout moment. Le consentement signé reste au dossier ; un retrait y renvoyant est ajouté et le partage sur cette base s'arrête.</translation>
        </message>
        <message>
            <source>&amp;Record withdrawal</source>
            <translation>&amp;Enregistrer le retrait</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Quand</translation>
        </message>
        <message>
            <source>When the client withdrew</source>
            <translation>Date du retrait</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>C&amp;omment</translation>
        </message>
        <message>
            <source>How the client withdrew</source>
            <translation>Comment la personne a retiré son consentement</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>Reason, if the client gave one</source>
            <translation>Motif, si la personne en a donné un</translation>
        </message>
        <message>
            <source>Add the withdrawal; sharing under it stops</source>
            <translation>Ajouter le retrait ; le partage sur cette base s'arrête</translation>
        </message>
        <message>
            <source>The day and time the client said so</source>
            <translation>Le jour et l'heure où la personne l'a dit</translation>
        </message>
        <message>
            <source>In person, by phone, in writing or another way</source>
            <translation>En personne, par téléphone, par écrit ou autrement</translation>
        </message>
        <message>
            <source>Optional: the client need not give a reason</source>
            <translation>Facultatif : la personne n'a pas à donner de motif</translation>
        </message>
    </context>
    <context>
        <name>ConsentForms</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close this form without saving (Esc)</source>
            <translation>Fermer ce formulaire sans enregistrer (Échap)</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Définir</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>{kind} to {recipients}</source>
            <translation>{kind} à {recipients}</translation>
        </message>
        <message>
            <source>{start} – no end date</source>
            <translation>{start} – sans date de fin</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>{status} ({how})</source>
            <translation>{status} ({how})</translation>
        </message>
        <message>
            <source>DOES NOT MATCH ITS SEAL</source>
            <translation>NE CORRESPOND PAS À SON SCEAU</translation>
        </message>
        <message>
            <source>No active consent to services.</source>
            <translation>Aucun consentement aux services en vigueur.</translation>
        </message>
        <message>
            <source>A consent expires on {day}.</source>
            <translation>Un consentement expire le {day}.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Consent alerts</source>
            <translation>Alertes de consentement</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Couvre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Every consent of this client; arrow keys move, Tab leaves the list</source>
            <translation>Tous les consentements de cette personne ; les flèches déplacent, Tab quitte la liste</translation>
        </message>
        <message>
            <source>Problem with consent</source>
            <translation>Problème de consentement</translation>
        </message>
        <message>
            <source>&amp;New consent…</source>
            <translation>&amp;Nouveau consentement…</translation>
        </message>
        <message>
            <source>Prepare a consent form with the client (Ctrl+Shift+C)</source>
            <translation>Préparer un formulaire de consentement avec la personne (Ctrl+Maj+C)</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Signer…</translation>
        </message>
        <message>
            <source>Sign the selected draft</source>
            <translation>Signer le brouillon sélectionné</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Preview and print the selected consent form</source>
            <translation>Aperçu et impression du formulaire sélectionné</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;Retirer…</translation>
        </message>
        <message>
            <source>Record that the client withdrew the selected consent</source>
            <translation>Enregistrer que la personne a retiré le consentement sélectionné</translation>
        </message>
        <message>
            <source>Re&amp;new…</source>
            <translation>Re&amp;nouveler…</translation>
        </message>
        <message>
            <source>Prepare a new consent that replaces the selected one</source>
            <translation>Préparer un nouveau consentement qui remplace celui sélectionné</translation>
        </message>
        <message>
            <source>Attach s&amp;can…</source>
            <translation>Joindre un s&amp;can…</translation>
        </message>
        <message>
            <source>Attach a photo or scan of the signed paper form</source>
            <translation>Joindre une photo ou un scan du formulaire papier signé</translation>
        </message>
        <message>
            <source>&amp;Discard draft</source>
            <translation>&amp;Supprimer le brouillon</translation>
        </message>
        <message>
            <source>Delete the selected draft, which nobody has signed</source>
            <translation>Supprimer le brouillon sélectionné, que personne n'a signé</translation>
        </message>
        <message>
            <source>No consents yet. Prepare one with the client.</source>
            <translation>Pas encore de consentement. Préparez-en un avec la personne.</translation>
        </message>
    </context>
    <context>
        <name>ContactType</name>
        <message>
            <source>Home visit</source>
            <translation>Visite à domicile</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>Office meeting</source>
            <translation>Rendez-vous au bureau</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Appel vidéo</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
    </context>
    <context>
        <name>Disclosure</name>
        <message>
            <source>no consent names this recipient</source>
            <translation>aucun consentement ne nomme ce destinataire</translation>
        </message>
        <message>
            <source>the consent does not cover this purpose</source>
            <translation>le consentement ne couvre pas cette finalité</translation>
        </message>
        <message>
            <source>the consent does not cover: {categories}</source>
            <translation>le consentement ne couvre pas : {categories}</translation>
        </message>
        <message>
            <source>the consent has expired</source>
            <translation>le consentement a expiré</translation>
        </message>
        <message>
            <source>the client withdrew the consent</source>
            <translation>la personne a retiré le consentement</translation>
        </message>
        <message>
            <source>the consent was replaced by a newer one</source>
            <translation>le consentement a été remplacé par un plus récent</translation>
        </message>
        <message>
            <source>the client has signed no release of information</source>
            <translation>la personne n'a signé aucune autorisation de partage</translation>
        </message>
        <message>
            <source>Imminent risk of serious harm</source>
            <translation>Risque imminent de préjudice grave</translation>
        </message>
        <message>
            <source>Duty to report</source>
            <translation>Obligation de signalement</translation>
        </message>
        <message>
            <source>Court order</source>
            <translation>Décision de justice</translation>
        </message>
        <message>
            <source>Print it</source>
            <translation>L'imprimer</translation>
        </message>
        <message>
            <source>Save it to a file</source>
            <translation>L'enregistrer dans un fichier</translation>
        </message>
        <message>
            <source>Print it and save it to a file</source>
            <translation>L'imprimer et l'enregistrer dans un fichier</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En personne</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Par téléphone</translation>
        </message>
        <message>
            <source>In writing</source>
            <translation>Par écrit</translation>
        </message>
        <message>
            <source>Another way</source>
            <translation>Autrement</translation>
        </message>
        <message>
            <source>Not covered: {reasons}.</source>
            <translation>Non couvert : {reasons}.</translation>
        </message>
    </context>
    <context>
        <name>DisclosuresTab</name>
        <message>
            <source>When, by whom</source>
            <translation>Quand, par qui</translation>
        </message>
        <message>
            <source>Recipient and purpose</source>
            <translation>Destinataire et finalité</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informations</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Autorité</translation>
        </message>
        <message>
            <source>Client told</source>
            <translation>Personne informée</translation>
        </message>
        <message>
            <source>Consent of {day}</source>
            <translation>Consentement du {day}</translation>
        </message>
        <message>
            <source>Without consent:
{basis}</source>
            <translation>Sans consentement :
{basis}</translation>
        </message>
        <message>
            <source>Flagged for the supervisor</source>
            <translation>Signalé au responsable</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>{day} ({how})</source>
            <translation>{day} ({how})</translation>
        </message>
        <message>
            <source>Disclosures</source>
            <translation>Partages</translation>
        </message>
        <message>
            <source>Disclosure history</source>
            <translation>Historique des partages</translation>
        </message>
        <message>
            <source>Every sharing, newest first; arrow keys move, Tab leaves</source>
            <translation>Chaque partage, le plus récent d'abord ; les flèches déplacent, Tab quitte la liste</translation>
        </message>
        <message>
            <source>Problem with sharing</source>
            <translation>Problème de partage</translation>
        </message>
        <message>
            <source>S&amp;hare information…</source>
            <translation>Partager des &amp;informations…</translation>
        </message>
        <message>
            <source>Share information with someone ({keys})</source>
            <translation>Partager des informations avec quelqu'un ({keys})</translation>
        </message>
        <message>
            <source>Client t&amp;old…</source>
            <translation>Personne inf&amp;ormée…</translation>
        </message>
        <message>
            <source>Record when and how the client was told of the selected sharing</source>
            <translation>Enregistrer quand et comment la personne a été informée du partage sélectionné</translation>
        </message>
        <message>
            <source>Nothing has been shared about this client.</source>
            <translation>Rien n'a été partagé sur cette personne.</translation>
        </message>
    </context>
    <context>
        <name>DomainPage</name>
        <message>
            <source>Rating</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Non noté</translation>
        </message>
        <message>
            <source>No rating given for this area yet</source>
            <translation>Aucune note donnée pour ce domaine pour l'instant</translation>
        </message>
        <message>
            <source>What the rating means</source>
            <translation>Ce que signifie la note</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <source>What the client needs help with here</source>
            <translation>Ce pour quoi le client a besoin d'aide ici</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Forces</translation>
        </message>
        <message>
            <source>What already helps: skills, people, services, resources</source>
            <translation>Ce qui aide déjà : compétences, personnes, services, ressources</translation>
        </message>
        <message>
            <source>Client's own words</source>
            <translation>Les mots du client</translation>
        </message>
        <message>
            <source>What the client says about this, as they said it</source>
            <translation>Ce que le client en dit, tel qu'il l'a dit</translation>
        </message>
        <message>
            <source>Question to explore</source>
            <translation>Question à explorer</translation>
        </message>
        <message>
            <source>What to look for</source>
            <translation>Points d'attention</translation>
        </message>
        <message>
            <source>&amp;Needs</source>
            <translation>&amp;Besoins</translation>
        </message>
        <message>
            <source>Stren&amp;gths</source>
            <translation>&amp;Forces</translation>
        </message>
        <message>
            <source>Client's own &amp;words</source>
            <translation>&amp;Mots du client</translation>
        </message>
    </context>
    <context>
        <name>ExportDesk</name>
        <message>
            <source>Exports</source>
            <translation>Exports</translation>
        </message>
        <message>
            <source>Client's own record</source>
            <translation>Dossier remis à la personne</translation>
        </message>
        <message>
            <source>Court copy</source>
            <translation>Copie pour le tribunal</translation>
        </message>
    </context>
    <context>
        <name>ExportHooks</name>
        <message>
            <source>Client's own &amp;record…</source>
            <translation>&amp;Dossier remis à la personne…</translation>
        </message>
        <message>
            <source>Export this client's record for them, with other people's details removed</source>
            <translation>Exporter le dossier pour la personne elle-même, sans les informations sur d'autres personnes</translation>
        </message>
        <message>
            <source>Court copy of the case &amp;file…</source>
            <translation>Copie du &amp;dossier pour le tribunal…</translation>
        </message>
        <message>
            <source>Signed notes of the case shown, with seals and a verification page</source>
            <translation>Notes signées du dossier affiché, avec sceaux et page de vérification</translation>
        </message>
        <message>
            <source>Court copy of the selected &amp;note…</source>
            <translation>Copie de la &amp;note sélectionnée pour le tribunal…</translation>
        </message>
        <message>
            <source>The signed note selected on the Timeline tab, with its addenda</source>
            <translation>La note signée sélectionnée dans l'onglet Chronologie, avec ses compléments</translation>
        </message>
        <message>
            <source>Select a signed note on the Timeline tab first.</source>
            <translation>Sélectionnez d'abord une note signée dans l'onglet Chronologie.</translation>
        </message>
    </context>
    <context>
        <name>ExportResult</name>
        <message>
            <source>Building and encrypting the PDF…</source>
            <translation>Création et chiffrement du PDF…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Building the PDF</source>
            <translation>Création du PDF</translation>
        </message>
        <message>
            <source>About the password</source>
            <translation>À propos du mot de passe</translation>
        </message>
        <message>
            <source>Problem with this export</source>
            <translation>Problème avec cet export</translation>
        </message>
        <message>
            <source>One-time password</source>
            <translation>Mot de passe à usage unique</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Enregistrer…</translation>
        </message>
        <message>
            <source>Save the encrypted file</source>
            <translation>Enregistrer le fichier chiffré</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Print the document</source>
            <translation>Imprimer le document</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close: the document and its password are forgotten (Esc)</source>
            <translation>Fermer : le document et son mot de passe sont oubliés (Échap)</translation>
        </message>
        <message>
            <source>Save the encrypted file where you choose</source>
            <translation>Enregistrer le fichier chiffré à l'endroit choisi</translation>
        </message>
        <message>
            <source>Preview the document, then print it on paper</source>
            <translation>Afficher un aperçu du document, puis l'imprimer sur papier</translation>
        </message>
        <message>
            <source>The PDF is encrypted. Its password:</source>
            <translation>Le PDF est chiffré. Son mot de passe :</translation>
        </message>
        <message>
            <source>Write it down or read it out now: it is shown only this once and it is not kept. Pass it on separately from the file (by phone or in person); without it the file cannot be opened. It is typed exactly as shown, dashes included; letters I, L, O and U are never used.</source>
            <translation>Notez-le ou lisez-le à voix haute maintenant : il n'est affiché qu'une fois et n'est pas conservé. Transmettez-le séparément du fichier (par téléphone ou en personne) ; sans lui, le fichier ne peut pas être ouvert. Il se tape exactement comme affiché, tirets compris ; les lettres I, L, O et U ne sont jamais utilisées.</translation>
        </message>
        <message>
            <source>The PDF could not be built.</source>
            <translation>Le PDF n'a pas pu être créé.</translation>
        </message>
        <message>
            <source>Save outside the vault</source>
            <translation>Enregistrer hors du coffre</translation>
        </message>
        <message>
            <source>The file leaves the vault. Once saved, only its password protects it: keep the password apart from the file.</source>
            <translation>Le fichier quitte le coffre. Une fois enregistré, seul son mot de passe le protège : gardez le mot de passe à part du fichier.</translation>
        </message>
        <message>
            <source>Choose where to save…</source>
            <translation>Choisir où enregistrer…</translation>
        </message>
        <message>
            <source>Save the encrypted PDF</source>
            <translation>Enregistrer le PDF chiffré</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be saved ({problem}).</source>
            <translation>Le fichier n'a pas pu être enregistré ({problem}).</translation>
        </message>
        <message>
            <source>Saved. The password:</source>
            <translation>Enregistré. Le mot de passe :</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>There is no signed note to copy.</source>
            <translation>Il n'y a aucune note signée à copier.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Problem with this form</source>
            <translation>Problème dans ce formulaire</translation>
        </message>
        <message>
            <source>{action} (Enter)</source>
            <translation>{action} (Entrée)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation>Fermer sans enregistrer (Échap)</translation>
        </message>
        <message>
            <source>About this form</source>
            <translation>À propos de ce formulaire</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Indiquer</translation>
        </message>
        <message>
            <source>Set a date: {what}</source>
            <translation>Indiquer une date : {what}</translation>
        </message>
        <message>
            <source>Tick to give this date; leave it out otherwise</source>
            <translation>Cochez pour indiquer cette date ; sinon, laissez décoché</translation>
        </message>
    </context>
    <context>
        <name>FormHelp</name>
        <message>
            <source>Type the day, month and year, or press Alt+Down to choose from a calendar.</source>
            <translation>Saisissez le jour, le mois et l’année, ou appuyez sur Alt+Bas pour choisir dans un calendrier.</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Indiquer</translation>
        </message>
        <message>
            <source>Give a date: {name}</source>
            <translation>Indiquer une date : {name}</translation>
        </message>
        <message>
            <source>Save what this form holds (Enter)</source>
            <translation>Enregistrer le contenu de ce formulaire (Entrée)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close the form without saving (Esc)</source>
            <translation>Fermer le formulaire sans enregistrer (Échap)</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Add a goal</source>
            <translation>Ajouter un objectif général</translation>
        </message>
        <message>
            <source>A goal says, in the client's words where possible, what they want to achieve.</source>
            <translation>Un objectif général dit, si possible avec les mots de la personne, ce qu'elle veut atteindre.</translation>
        </message>
        <message>
            <source>&amp;Add goal</source>
            <translation>&amp;Ajouter l'objectif général</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif général</translation>
        </message>
        <message>
            <source>e.g. Keep the flat</source>
            <translation>p. ex. Garder l'appartement</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>Objectif &amp;général :</translation>
        </message>
        <message>
            <source>What the client wants to achieve</source>
            <translation>Ce que la personne veut atteindre</translation>
        </message>
        <message>
            <source>Goal description</source>
            <translation>Description de l'objectif général</translation>
        </message>
        <message>
            <source>Optional detail</source>
            <translation>Précision facultative</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>More about the goal, optional</source>
            <translation>Plus de détails sur l'objectif général, facultatif</translation>
        </message>
        <message>
            <source>When the goal should be reached, if a date is agreed</source>
            <translation>Quand l'objectif général devrait être atteint, si une date est convenue</translation>
        </message>
        <message>
            <source>&amp;Target date:</source>
            <translation>Date &amp;visée :</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
        <message>
            <source>Add the goal to the case plan</source>
            <translation>Ajouter l'objectif général au plan du dossier</translation>
        </message>
    </context>
    <context>
        <name>GoalStatusDialog</name>
        <message>
            <source>Goal status</source>
            <translation>État de l'objectif général</translation>
        </message>
        <message>
            <source>Say where the goal stands, with the client: still being worked on, met, not met, or dropped.</source>
            <translation>Indiquez avec la personne où en est l'objectif général : toujours en cours, atteint, non atteint ou abandonné.</translation>
        </message>
        <message>
            <source>&amp;Save status</source>
            <translation>&amp;Enregistrer l'état</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Objectif général :</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif général</translation>
        </message>
        <message>
            <source>Active, met, not met or dropped</source>
            <translation>Actif, atteint, non atteint ou abandonné</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>From 0 to 100 per cent</source>
            <translation>De 0 à 100 pour cent</translation>
        </message>
        <message>
            <source>How far along, per cent</source>
            <translation>Degré d'avancement, en pourcentage</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>&amp;How far along:</source>
            <translation>&amp;Avancement :</translation>
        </message>
        <message>
            <source>Save the goal's status</source>
            <translation>Enregistrer l'état de l'objectif général</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guide d'utilisation</translation>
        </message>
        <message>
            <source>How to use Caseload</source>
            <translation>Comment utiliser Caseload</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>Every key and what it does</source>
            <translation>Chaque touche et ce qu'elle fait</translation>
        </message>
        <message>
            <source>&amp;About Caseload</source>
            <translation>À &amp;propos de Caseload</translation>
        </message>
        <message>
            <source>Version and licences</source>
            <translation>Version et licences</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Help menu</source>
            <translation>Menu Aide</translation>
        </message>
    </context>
    <context>
        <name>IntakeDesk</name>
        <message>
            <source>New client forms</source>
            <translation>Formulaires de nouveau client</translation>
        </message>
    </context>
    <context>
        <name>IntakeTab</name>
        <message>
            <source>criteria met</source>
            <translation>critères remplis</translation>
        </message>
        <message>
            <source>criteria not met</source>
            <translation>critères non remplis</translation>
        </message>
        <message>
            <source>knows</source>
            <translation>est au courant</translation>
        </message>
        <message>
            <source>no: do not mention it</source>
            <translation>non : ne pas en parler</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Problem with intake</source>
            <translation>Problème avec l’accueil</translation>
        </message>
        <message>
            <source>Screenings</source>
            <translation>Évaluations initiales</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>The client's screenings, newest first. Arrow keys move in the list.</source>
            <translation>Évaluations initiales du client, les plus récentes d’abord. Les flèches se déplacent dans la liste.</translation>
        </message>
        <message>
            <source>Household and other people</source>
            <translation>Foyer et autres personnes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Knows about the service</source>
            <translation>Est au courant du service</translation>
        </message>
        <message>
            <source>May contact</source>
            <translation>Peut être contacté</translation>
        </message>
        <message>
            <source>Arrow keys choose a person; Enter opens their details to edit.</source>
            <translation>Les flèches choisissent une personne ; Entrée ouvre ses informations pour les modifier.</translation>
        </message>
        <message>
            <source>Record &amp;screening…</source>
            <translation>Enregistrer une é&amp;valuation…</translation>
        </message>
        <message>
            <source>Record a programme's screening and its decision</source>
            <translation>Enregistrer l’évaluation initiale d’un programme et sa décision</translation>
        </message>
        <message>
            <source>Add &amp;household member…</source>
            <translation>Ajouter un membre du &amp;foyer…</translation>
        </message>
        <message>
            <source>Add someone who lives with the client</source>
            <translation>Ajouter une personne qui vit avec le client</translation>
        </message>
        <message>
            <source>Add another &amp;contact…</source>
            <translation>Ajouter un autre &amp;contact…</translation>
        </message>
        <message>
            <source>Add a professional, relative or other contact</source>
            <translation>Ajouter un professionnel, un proche ou un autre contact</translation>
        </message>
        <message>
            <source>E&amp;dit person…</source>
            <translation>&amp;Modifier la personne…</translation>
        </message>
        <message>
            <source>Edit the selected person</source>
            <translation>Modifier la personne sélectionnée</translation>
        </message>
        <message>
            <source>Re&amp;move person…</source>
            <translation>&amp;Retirer la personne…</translation>
        </message>
        <message>
            <source>Take the selected person off the list, after asking</source>
            <translation>Retirer la personne sélectionnée de la liste, après confirmation</translation>
        </message>
        <message>
            <source>Screening and eligibility</source>
            <translation>Évaluation initiale et admissibilité</translation>
        </message>
        <message>
            <source>No screening recorded yet.</source>
            <translation>Aucune évaluation initiale enregistrée pour l’instant.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Aucun enregistrement.</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>Retirer la personne</translation>
        </message>
        <message>
            <source>Take {name} off this client's list?</source>
            <translation>Retirer {name} de la liste de ce client ?</translation>
        </message>
    </context>
    <context>
        <name>InterventionDialog</name>
        <message>
            <source>Add an intervention</source>
            <translation>Ajouter une intervention</translation>
        </message>
        <message>
            <source>An intervention is what someone does to reach the goal: who, what, how often.</source>
            <translation>Une intervention est ce que quelqu'un fait pour atteindre l'objectif général : qui, quoi, à quelle fréquence.</translation>
        </message>
        <message>
            <source>&amp;Add intervention</source>
            <translation>&amp;Ajouter l'intervention</translation>
        </message>
        <message>
            <source>For goal:</source>
            <translation>Pour l'objectif général :</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif général</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Objective:</source>
            <translation>Objectif :</translation>
        </message>
        <message>
            <source>Part of the intervention: what is done, by whom, how often</source>
            <translation>Partie de l'intervention : ce qui est fait, par qui, à quelle fréquence</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>e.g. Budgeting sessions</source>
            <translation>p. ex. Séances sur le budget</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>Q&amp;ui :</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>Qui s'en charge</translation>
        </message>
        <message>
            <source>e.g. case worker; client</source>
            <translation>p. ex. l'intervenant ; la personne</translation>
        </message>
        <message>
            <source>How &amp;often:</source>
            <translation>&amp;Fréquence :</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>À quelle fréquence</translation>
        </message>
        <message>
            <source>e.g. weekly</source>
            <translation>p. ex. chaque semaine</translation>
        </message>
        <message>
            <source>When the intervention starts and ends, if agreed</source>
            <translation>Quand l'intervention commence et se termine, si c'est convenu</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>Fi&amp;n :</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Add the intervention to the plan</source>
            <translation>Ajouter l'intervention au plan</translation>
        </message>
    </context>
    <context>
        <name>LanguageCheck</name>
        <message>
            <source>Respectful language check</source>
            <translation>Vérification du langage respectueux</translation>
        </message>
        <message>
            <source>Wording to reconsider</source>
            <translation>Formulations à revoir</translation>
        </message>
        <message>
            <source>Suggestions only. Enter on one selects the words in the note.</source>
            <translation>Simples suggestions. Entrée sur l'une d'elles sélectionne les mots dans la note.</translation>
        </message>
        <message>
            <source>No wording to reconsider.</source>
            <translation>Aucune formulation à revoir.</translation>
        </message>
        <message>
            <source>Respectful language</source>
            <translation>Langage respectueux</translation>
        </message>
        <message>
            <source>Suggestions only. Click one to find it in the note.</source>
            <translation>Simples suggestions. Cliquez sur l'une d'elles pour la retrouver dans la note.</translation>
        </message>
        <message>
            <source>How the language check works</source>
            <translation>Fonctionnement de la vérification du langage</translation>
        </message>
        <message>
            <source>'{found}' — consider '{suggestion}' ({reason})</source>
            <translation>« {found} » — envisagez « {suggestion} » ({reason})</translation>
        </message>
    </context>
    <context>
        <name>LanguageName</name>
        <message>
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <source>Bangla</source>
            <translation>Bengali</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Allemand</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persan</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>Haitian Creole</source>
            <translation>Créole haïtien</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italien</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japonais</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Coréen</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polonais</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugais</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russe</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turc</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainien</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>Ourdou</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnamien</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinois</translation>
        </message>
    </context>
    <context>
        <name>LockReason</name>
        <message numerus="yes">
            <source>Caseload locked itself after %n minute(s) without use. Your unsaved notes were kept as drafts.</source>
            <translation>
                <numerusform>Caseload s’est verrouillé tout seul après %n minute sans utilisation. Vos notes non enregistrées ont été conservées comme brouillons.</numerusform>
                <numerusform>Caseload s’est verrouillé tout seul après %n minutes sans utilisation. Vos notes non enregistrées ont été conservées comme brouillons.</numerusform>
            </translation>
        </message>
        <message>
            <source>Caseload locked itself when the laptop went to sleep or the screen was locked. Your unsaved notes were kept as drafts.</source>
            <translation>Caseload s’est verrouillé tout seul quand l’ordinateur portable s’est mis en veille ou que l’écran a été verrouillé. Vos notes non enregistrées ont été conservées comme brouillons.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Caseload</source>
            <translation>Caseload</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>{what} ({keys})</source>
            <translation>{what} ({keys})</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>&amp;Rechercher une personne</translation>
        </message>
        <message>
            <source>Focus the search box</source>
            <translation>Aller au champ de recherche</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Au&amp;jourd’hui</translation>
        </message>
        <message>
            <source>Today's visits, tasks and deadlines</source>
            <translation>Visites, tâches et échéances du jour</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Dossiers</translation>
        </message>
        <message>
            <source>The caseload list</source>
            <translation>La liste des dossiers</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nouvelle note</translation>
        </message>
        <message>
            <source>Start a case note for the client whose record is open</source>
            <translation>Commencer une note de suivi pour la personne dont le dossier est ouvert</translation>
        </message>
        <message>
            <source>New &amp;consent</source>
            <translation>Nouveau &amp;consentement</translation>
        </message>
        <message>
            <source>Prepare a consent form with the client whose record is open</source>
            <translation>Préparer un formulaire de consentement avec la personne dont le dossier est ouvert</translation>
        </message>
        <message>
            <source>New c&amp;lient…</source>
            <translation>Nouvelle &amp;personne…</translation>
        </message>
        <message>
            <source>Take in a new client (checked for possible duplicates before saving)</source>
            <translation>Accueillir une nouvelle personne (les doublons possibles sont vérifiés avant l’enregistrement)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Reload the caseload</source>
            <translation>Recharger les dossiers</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Verrouiller maintenant</translation>
        </message>
        <message>
            <source>Lock the screen now</source>
            <translation>Verrouiller l’écran maintenant</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Lock and quit</source>
            <translation>Verrouiller et quitter</translation>
        </message>
        <message>
            <source>Caseload menu</source>
            <translation>Menu Dossiers</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Afficha&amp;ge</translation>
        </message>
        <message>
            <source>View menu</source>
            <translation>Menu Affichage</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barre de menus</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Send your changes to the office and get theirs</source>
            <translation>Envoyer vos modifications au bureau et recevoir les siennes</translation>
        </message>
        <message>
            <source>Stop the sync now ({keys}): what was sent and received is kept, the rest goes next time</source>
            <translation>Arrêter la synchronisation maintenant ({keys}) : ce qui a été envoyé et reçu est conservé, le reste partira la prochaine fois</translation>
        </message>
        <message>
            <source>S&amp;top sync</source>
            <translation>Arrê&amp;ter la synchronisation</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>C&amp;onnect to the office…</source>
            <translation>C&amp;onnecter au bureau…</translation>
        </message>
        <message>
            <source>Connect this laptop with a code from the office</source>
            <translation>Connecter cet ordinateur portable avec un code du bureau</translation>
        </message>
        <message>
            <source>&amp;Re-connect with a code…</source>
            <translation>&amp;Reconnecter avec un code…</translation>
        </message>
        <message>
            <source>After the office changed its certificate: a new code from your supervisor</source>
            <translation>Après un changement de certificat du bureau : un nouveau code de votre responsable</translation>
        </message>
        <message>
            <source>Sync &amp;conflicts…</source>
            <translation>&amp;Conflits de synchronisation…</translation>
        </message>
        <message>
            <source>Edits of yours that a newer value replaced</source>
            <translation>Vos modifications remplacées par une valeur plus récente</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>Synchroniser &amp;automatiquement</translation>
        </message>
        <message>
            <source>Sync by itself when the office can be reached (kept in this vault)</source>
            <translation>Synchroniser tout seul quand le bureau est joignable (conservé dans ce coffre)</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisation</translation>
        </message>
        <message>
            <source>Sync menu</source>
            <translation>Menu Synchronisation</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Changer la &amp;phrase secrète…</translation>
        </message>
        <message>
            <source>Choose a new passphrase; the vault is re-encrypted under a new key</source>
            <translation>Choisir une nouvelle phrase secrète ; le coffre est rechiffré avec une nouvelle clé</translation>
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>Settings menu</source>
            <translation>Menu Paramètres</translation>
        </message>
        <message>
            <source>Signed-in worker</source>
            <translation>Intervenant·e connecté·e</translation>
        </message>
        <message>
            <source>Passphrase-only vault: weaker protection</source>
            <translation>Coffre protégé par la phrase secrète seule : protection plus faible</translation>
        </message>
        <message>
            <source>Passphrase-only warning</source>
            <translation>Avertissement : phrase secrète seule</translation>
        </message>
        <message>
            <source>Ctrl+1 today · Ctrl+2 caseload · Ctrl+F find · Ctrl+N note · Ctrl+L lock</source>
            <translation>Ctrl+1 aujourd’hui · Ctrl+2 dossiers · Ctrl+F rechercher · Ctrl+N note · Ctrl+L verrouiller</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>Connecté·e : {name}</translation>
        </message>
    </context>
    <context>
        <name>NeutralScreen</name>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>Press any key</source>
            <translation>Appuyez sur une touche</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <source>Legal name: {name}</source>
            <translation>Nom légal : {name}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>born {day}</source>
            <translation>né(e) le {day}</translation>
        </message>
        <message>
            <source>Taking in: {details}</source>
            <translation>Personne accueillie : {details}</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <source>This may be someone already on this device. Check with the client (name, date of birth, phone), then say whether the person you are taking in is the one selected below.</source>
            <translation>Cette personne est peut-être déjà sur cet appareil. Vérifiez avec le client (nom, date de naissance, téléphone), puis indiquez si la personne que vous accueillez est celle sélectionnée ci-dessous.</translation>
        </message>
        <message>
            <source>Possible duplicate warning</source>
            <translation>Avertissement de doublon possible</translation>
        </message>
        <message>
            <source>The person being taken in</source>
            <translation>La personne accueillie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Found because</source>
            <translation>Trouvé car</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <source>Clients who may be this person. Arrow keys choose one.</source>
            <translation>Clients qui pourraient être cette personne. Les flèches en choisissent un.</translation>
        </message>
        <message>
            <source>&amp;Same person: open their record</source>
            <translation>&amp;Même personne : ouvrir son dossier</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>Même personne</translation>
        </message>
        <message>
            <source>Open the selected client's record; nothing new is saved.</source>
            <translation>Ouvrir le dossier du client sélectionné ; rien de nouveau n’est enregistré.</translation>
        </message>
        <message>
            <source>&amp;Different person: save the new client</source>
            <translation>Personne &amp;différente : enregistrer le nouveau client</translation>
        </message>
        <message>
            <source>Different person</source>
            <translation>Personne différente</translation>
        </message>
        <message>
            <source>None of them is this person: save the new client.</source>
            <translation>Aucun n’est cette personne : enregistrer le nouveau client.</translation>
        </message>
        <message>
            <source>&amp;Back to the details</source>
            <translation>&amp;Retour aux informations</translation>
        </message>
        <message>
            <source>Back to the details</source>
            <translation>Retour aux informations</translation>
        </message>
        <message>
            <source>Go back to the form to check it.</source>
            <translation>Revenir au formulaire pour le vérifier.</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <source>Take the client's details with them. Before saving, the vault is checked for someone who may be the same person.</source>
            <translation>Recueillez les informations du client avec lui. Avant l’enregistrement, le coffre est vérifié pour trouver une personne qui pourrait être la même.</translation>
        </message>
        <message>
            <source>&amp;Save client</source>
            <translation>&amp;Enregistrer le client</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>another worker</source>
            <translation>un autre intervenant</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Changes not saved yet (they save automatically in a moment)</source>
            <translation>Modifications pas encore enregistrées (elles le seront automatiquement dans un instant)</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>L'enregistrement</translation>
        </message>
        <message>
            <source>Draft saved. Changes save automatically as you type.</source>
            <translation>Brouillon enregistré. Les modifications s'enregistrent automatiquement pendant la saisie.</translation>
        </message>
        <message>
            <source>Signed notes cannot be changed. To correct or add, use “Add addendum…”.</source>
            <translation>Les notes signées ne peuvent pas être modifiées. Pour corriger ou compléter, utilisez « Ajouter un addendum… ».</translation>
        </message>
        <message>
            <source>Creating the draft</source>
            <translation>La création du brouillon</translation>
        </message>
        <message>
            <source>Opening the note</source>
            <translation>L'ouverture de la note</translation>
        </message>
        <message>
            <source>Changing the template</source>
            <translation>Le changement de modèle</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>La signature</translation>
        </message>
        <message>
            <source>Starting the addendum</source>
            <translation>Le début de l'addendum</translation>
        </message>
        <message>
            <source>Discarding the draft</source>
            <translation>La suppression du brouillon</translation>
        </message>
        <message>
            <source>{doing}…</source>
            <translation>{doing}…</translation>
        </message>
        <message>
            <source>Signed case note ({template})</source>
            <translation>Note de suivi signée ({template})</translation>
        </message>
        <message>
            <source>Draft case note ({template})</source>
            <translation>Note de suivi en brouillon ({template})</translation>
        </message>
        <message>
            <source>Signed addendum</source>
            <translation>Addendum signé</translation>
        </message>
        <message>
            <source>Draft addendum</source>
            <translation>Addendum en brouillon</translation>
        </message>
        <message>
            <source>Signed late entry</source>
            <translation>Note tardive signée</translation>
        </message>
        <message>
            <source>Draft late entry</source>
            <translation>Note tardive en brouillon</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Kind of note</source>
            <translation>Type de note</translation>
        </message>
        <message>
            <source>What this addendum amends</source>
            <translation>Ce que cet addendum modifie</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Content hash</source>
            <translation>Empreinte du contenu</translation>
        </message>
        <message>
            <source>Opening the note…</source>
            <translation>Ouverture de la note…</translation>
        </message>
        <message>
            <source>Related notes</source>
            <translation>Notes liées</translation>
        </message>
        <message>
            <source>The note this one amends, or its addenda (read only)</source>
            <translation>La note que celle-ci modifie, ou ses addenda (lecture seule)</translation>
        </message>
        <message>
            <source>Original note</source>
            <translation>Note d'origine</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>No addenda to this note.</source>
            <translation>Cette note n'a pas d'addendum.</translation>
        </message>
        <message>
            <source>Discard this draft? Its text is removed from this laptop and cannot be brought back.</source>
            <translation>Supprimer ce brouillon ? Son texte est effacé de cet ordinateur et ne pourra pas être récupéré.</translation>
        </message>
        <message>
            <source>Addendum: correct or add to this note</source>
            <translation>Addendum : corriger ou compléter cette note</translation>
        </message>
        <message>
            <source>Late entry: record something that happened earlier</source>
            <translation>Note tardive : consigner un fait survenu plus tôt</translation>
        </message>
        <message>
            <source>Question about the note</source>
            <translation>Question sur la note</translation>
        </message>
        <message>
            <source>Sign note</source>
            <translation>Signer la note</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>This note has wording to reconsider:
{findings}

{warning}
Sign it as it is, or go back and change the wording?</source>
            <translation>Cette note contient des formulations à revoir :
{findings}

{warning}
La signer telle quelle, ou revenir pour modifier la formulation ?</translation>
        </message>
        <message>
            <source>Sign anyway</source>
            <translation>Signer quand même</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Revenir</translation>
        </message>
        <message>
            <source>Add addendum</source>
            <translation>Ajouter un addendum</translation>
        </message>
        <message>
            <source>Kind of addendum</source>
            <translation>Type d'addendum</translation>
        </message>
        <message>
            <source>An addendum corrects the note; a late entry records something later</source>
            <translation>Un addendum corrige la note ; une note tardive consigne un fait après coup</translation>
        </message>
        <message>
            <source>Required, e.g. wrong date in the plan</source>
            <translation>Obligatoire, p. ex. mauvaise date dans le plan</translation>
        </message>
        <message>
            <source>Reason for the addendum (required)</source>
            <translation>Motif de l'addendum (obligatoire)</translation>
        </message>
        <message>
            <source>Why the signed note needs an addendum</source>
            <translation>Pourquoi la note signée a besoin d'un addendum</translation>
        </message>
        <message>
            <source>Start addendum</source>
            <translation>Commencer l'addendum</translation>
        </message>
        <message>
            <source>Start the addendum as a new draft (Enter)</source>
            <translation>Commencer l'addendum comme nouveau brouillon (Entrée)</translation>
        </message>
        <message>
            <source>Close without an addendum (Esc)</source>
            <translation>Fermer sans addendum (Échap)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>The signed note stays as it is. The addendum is a new note that points at it.</source>
            <translation>La note signée reste telle quelle. L'addendum est une nouvelle note qui y renvoie.</translation>
        </message>
        <message>
            <source>What an addendum is</source>
            <translation>Ce qu'est un addendum</translation>
        </message>
        <message>
            <source>Write the note before signing: an empty note cannot be signed.</source>
            <translation>Rédigez la note avant de signer : une note vide ne peut pas être signée.</translation>
        </message>
        <message>
            <source>Note signed. {rest}</source>
            <translation>Note signée. {rest}</translation>
        </message>
        <message>
            <source>Keep draft</source>
            <translation>Garder le brouillon</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Supprimer le brouillon</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>État de l'enregistrement</translation>
        </message>
        <message>
            <source>Dis&amp;card draft…</source>
            <translation>Supprimer le &amp;brouillon…</translation>
        </message>
        <message>
            <source>Discard this draft</source>
            <translation>Supprimer ce brouillon</translation>
        </message>
        <message>
            <source>Remove this draft for good (asks first)</source>
            <translation>Supprimer définitivement ce brouillon (demande d'abord)</translation>
        </message>
        <message>
            <source>Add adde&amp;ndum…</source>
            <translation>Ajouter un adde&amp;ndum…</translation>
        </message>
        <message>
            <source>Add an addendum or late entry</source>
            <translation>Ajouter un addendum ou une note tardive</translation>
        </message>
        <message>
            <source>Correct or add to this signed note without changing it</source>
            <translation>Corriger ou compléter cette note signée sans la modifier</translation>
        </message>
        <message>
            <source>Save now (Ctrl+S)</source>
            <translation>Enregistrer maintenant (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save now</source>
            <translation>Enregistrer maintenant</translation>
        </message>
        <message>
            <source>Save the draft now; it also saves by itself as you type (Ctrl+S)</source>
            <translation>Enregistrer le brouillon maintenant ; il s'enregistre aussi tout seul pendant la saisie (Ctrl+S)</translation>
        </message>
        <message>
            <source>Sign note (Ctrl+Enter)</source>
            <translation>Signer la note (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Sign and seal the note; it cannot be changed after (Ctrl+Enter)</source>
            <translation>Signer et sceller la note ; elle ne pourra plus être modifiée (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>Close the note</source>
            <translation>Fermer la note</translation>
        </message>
        <message>
            <source>Close the note; what you wrote is saved first (Esc)</source>
            <translation>Fermer la note ; ce que vous avez écrit est d'abord enregistré (Échap)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Note de suivi</translation>
        </message>
        <message>
            <source>This note is signed and cannot be changed. Add an addendum instead.</source>
            <translation>Cette note est signée et ne peut plus être modifiée. Ajoutez plutôt un addendum.</translation>
        </message>
        <message>
            <source>Signing locks this note. Corrections are made as addenda.</source>
            <translation>La signature verrouille cette note. Les corrections se font par addendum.</translation>
        </message>
        <message>
            <source>(nothing written yet)</source>
            <translation>(rien d'écrit pour l'instant)</translation>
        </message>
        <message>
            <source>someone unknown</source>
            <translation>une personne inconnue</translation>
        </message>
        <message>
            <source>Signed by {who} on {when}. Read only.</source>
            <translation>Signée par {who} le {when}. Lecture seule.</translation>
        </message>
        <message>
            <source>Not checked.</source>
            <translation>Non vérifiée.</translation>
        </message>
        <message>
            <source>Checked just now: the note is unchanged since signing.</source>
            <translation>Vérifiée à l'instant : la note n'a pas changé depuis la signature.</translation>
        </message>
        <message>
            <source>WARNING: the note no longer matches its hash. Tell your supervisor.</source>
            <translation>ATTENTION : la note ne correspond plus à son empreinte. Prévenez votre superviseur.</translation>
        </message>
        <message>
            <source>Content hash (SHA-256): {hash}</source>
            <translation>Empreinte du contenu (SHA-256) : {hash}</translation>
        </message>
        <message>
            <source>{kind} to an earlier note. Reason: {reason}</source>
            <translation>{kind} à une note antérieure. Motif : {reason}</translation>
        </message>
        <message>
            <source>{kind} to the note of {when}. Reason: {reason}</source>
            <translation>{kind} à la note du {when}. Motif : {reason}</translation>
        </message>
        <message>
            <source>Draft, not signed yet</source>
            <translation>Brouillon, pas encore signé</translation>
        </message>
        <message>
            <source>Signed {when} by {who}</source>
            <translation>Signée le {when} par {who}</translation>
        </message>
        <message>
            <source>Signed {when}</source>
            <translation>Signée le {when}</translation>
        </message>
        <message>
            <source>{kind} — {when}</source>
            <translation>{kind} — {when}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motif : {reason}</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Enregistré à {time}</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Addendum</translation>
        </message>
        <message>
            <source>Late entry</source>
            <translation>Note tardive</translation>
        </message>
    </context>
    <context>
        <name>NoteForm</name>
        <message>
            <source>(goal no longer in the case plan)</source>
            <translation>(objectif qui ne figure plus dans le plan)</translation>
        </message>
        <message>
            <source>met</source>
            <translation>atteint</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>non atteint</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>abandonné</translation>
        </message>
        <message>
            <source>{goal} ({status})</source>
            <translation>{goal} ({status})</translation>
        </message>
        <message>
            <source>&amp;Goals addressed</source>
            <translation>&amp;Objectifs abordés</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Template (only while the note is empty)</source>
            <translation>Modèle (seulement tant que la note est vide)</translation>
        </message>
        <message>
            <source>The template can be changed only while every section is empty.</source>
            <translation>Le modèle ne peut être changé que tant que toutes les sections sont vides.</translation>
        </message>
        <message>
            <source>Contact type</source>
            <translation>Type de contact</translation>
        </message>
        <message>
            <source>How you met or spoke with the client</source>
            <translation>Comment vous avez rencontré le client ou lui avez parlé</translation>
        </message>
        <message>
            <source>Date and time of the contact</source>
            <translation>Date et heure du contact</translation>
        </message>
        <message>
            <source>When the contact happened, in local time</source>
            <translation>Quand le contact a eu lieu, en heure locale</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <source>How long the contact lasted, in minutes</source>
            <translation>Durée du contact, en minutes</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Where, e.g. client's home, office</source>
            <translation>Où, p. ex. domicile du client, bureau</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Who took part, e.g. client, sister</source>
            <translation>Qui a participé, p. ex. client, sœur</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Modèle</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>&amp;Contact</translation>
        </message>
        <message>
            <source>&amp;Date and time</source>
            <translation>&amp;Date et heure</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;urée</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>P&amp;articipants</translation>
        </message>
        <message>
            <source>Goals addressed (case plan)</source>
            <translation>Objectifs abordés (plan du dossier)</translation>
        </message>
        <message>
            <source>Tick the case plan goals this contact worked on (Space ticks)</source>
            <translation>Cochez les objectifs du plan abordés lors de ce contact (Espace coche)</translation>
        </message>
        <message>
            <source>No case plan goals to link (this note has no case, or its plan has no goals).</source>
            <translation>Aucun objectif du plan à lier (cette note n'a pas de dossier, ou son plan n'a pas d'objectif).</translation>
        </message>
        <message>
            <source>Section: {title}</source>
            <translation>Section : {title}</translation>
        </message>
    </context>
    <context>
        <name>NoteHooks</name>
        <message>
            <source>{name} ({pronouns})</source>
            <translation>{name} ({pronouns})</translation>
        </message>
        <message>
            <source>Safety: {flags}</source>
            <translation>Sécurité : {flags}</translation>
        </message>
        <message>
            <source>Do not call</source>
            <translation>Ne pas appeler</translation>
        </message>
        <message>
            <source>No consent to services in force</source>
            <translation>Aucun consentement aux services en vigueur</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplate</name>
        <message>
            <source>DAP (Data, Assessment, Plan)</source>
            <translation>DAP (Données, Analyse, Plan)</translation>
        </message>
        <message>
            <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
            <translation>SOAP (Subjectif, Objectif, Analyse, Plan)</translation>
        </message>
        <message>
            <source>BIRP (Behaviour, Intervention, Response, Plan)</source>
            <translation>BIRP (Comportement, Intervention, Réponse, Plan)</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Texte libre</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Subjective</source>
            <translation>Subjectif</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Comportement</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Next steps.</source>
            <translation>Prochaines étapes.</translation>
        </message>
        <message>
            <source>What you observed and what the client said.</source>
            <translation>Ce que vous avez observé et ce que le client a dit.</translation>
        </message>
        <message>
            <source>Your professional view of the situation.</source>
            <translation>Votre regard professionnel sur la situation.</translation>
        </message>
        <message>
            <source>Next steps, who does them, and by when.</source>
            <translation>Prochaines étapes, qui s'en charge et pour quand.</translation>
        </message>
        <message>
            <source>The client's own account, in their words.</source>
            <translation>Le récit du client, avec ses propres mots.</translation>
        </message>
        <message>
            <source>Facts you observed or verified.</source>
            <translation>Faits que vous avez observés ou vérifiés.</translation>
        </message>
        <message>
            <source>Your professional view.</source>
            <translation>Votre regard professionnel.</translation>
        </message>
        <message>
            <source>What the client presented with.</source>
            <translation>Ce que le client a présenté.</translation>
        </message>
        <message>
            <source>What you did.</source>
            <translation>Ce que vous avez fait.</translation>
        </message>
        <message>
            <source>How the client responded.</source>
            <translation>Comment le client a réagi.</translation>
        </message>
        <message>
            <source>Write the note.</source>
            <translation>Rédigez la note.</translation>
        </message>
    </context>
    <context>
        <name>ObjectiveDialog</name>
        <message>
            <source>Add an objective</source>
            <translation>Ajouter un objectif</translation>
        </message>
        <message>
            <source>An objective is a measurable step towards the goal: what is counted or checked, where it starts and the target.</source>
            <translation>Un objectif est une étape mesurable vers l'objectif général : ce qui est compté ou vérifié, le point de départ et la cible.</translation>
        </message>
        <message>
            <source>&amp;Add objective</source>
            <translation>&amp;Ajouter l'objectif</translation>
        </message>
        <message>
            <source>Objective for the selected goal</source>
            <translation>Objectif pour l'objectif général sélectionné</translation>
        </message>
        <message>
            <source>Goal this objective is for</source>
            <translation>Objectif général auquel se rattache cet objectif</translation>
        </message>
        <message>
            <source>For goal:</source>
            <translation>Pour l'objectif général :</translation>
        </message>
        <message>
            <source>Add the objective to the goal</source>
            <translation>Ajouter l'objectif à l'objectif général</translation>
        </message>
        <message>
            <source>What is counted or checked, e.g. months paid on time</source>
            <translation>Ce qui est compté ou vérifié, p. ex. mois payés à temps</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Objectif :</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>e.g. Pay rent on time</source>
            <translation>p. ex. Payer le loyer à temps</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Mesure :</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>&amp;Starting value:</source>
            <translation>Valeur de &amp;départ :</translation>
        </message>
        <message>
            <source>Starting value</source>
            <translation>Valeur de départ</translation>
        </message>
        <message>
            <source>e.g. 0 of 3</source>
            <translation>p. ex. 0 sur 3</translation>
        </message>
        <message>
            <source>Target &amp;value:</source>
            <translation>&amp;Valeur cible :</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Valeur cible</translation>
        </message>
        <message>
            <source>e.g. 3 of 3</source>
            <translation>p. ex. 3 sur 3</translation>
        </message>
        <message>
            <source>Part of the objective: what is measured, from where, to where</source>
            <translation>Partie de l'objectif : ce qui est mesuré, d'où l'on part, où l'on veut arriver</translation>
        </message>
        <message>
            <source>When the target should be reached, if a date is agreed</source>
            <translation>Quand la cible devrait être atteinte, si une date est convenue</translation>
        </message>
        <message>
            <source>Target &amp;date:</source>
            <translation>&amp;Date visée :</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
    </context>
    <context>
        <name>OfficeConnecting</name>
        <message>
            <source>Re-connected to the office. Nothing of yours is waiting to be sent.</source>
            <translation>Reconnecté au bureau. Rien de votre part n'attend d'être envoyé.</translation>
        </message>
        <message numerus="yes">
            <source>Re-connected to the office. %n change of yours waits to be sent.</source>
            <translation>
                <numerusform>Reconnecté au bureau. %n modification de votre part attend d'être envoyée.</numerusform>
                <numerusform>Reconnecté au bureau. %n modifications de votre part attendent d'être envoyées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Re-connected to the office. %n changes of yours wait to be sent.</source>
            <translation>
                <numerusform>Reconnecté au bureau. %n modification de votre part attend d'être envoyée.</numerusform>
                <numerusform>Reconnecté au bureau. %n modifications de votre part attendent d'être envoyées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <source>Open a case</source>
            <translation>Ouvrir un dossier</translation>
        </message>
        <message>
            <source>A new case starts at intake, assigned to you. Say which programme it is in and, if you know it, why the client came or who referred them.</source>
            <translation>Un nouveau dossier commence à l'accueil et vous est attribué. Indiquez dans quel programme il s'inscrit et, si vous le savez, pourquoi la personne est venue ou qui l'a orientée.</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Choose a programme or type a new one</source>
            <translation>Choisissez un programme ou saisissez-en un nouveau</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>e.g. Housing stability</source>
            <translation>p. ex. Stabilité du logement</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Programme :</translation>
        </message>
        <message>
            <source>Intake date</source>
            <translation>Date d'accueil</translation>
        </message>
        <message>
            <source>&amp;Intake date:</source>
            <translation>Date d'&amp;accueil :</translation>
        </message>
        <message>
            <source>The day the client came</source>
            <translation>Le jour où la personne est venue</translation>
        </message>
        <message>
            <source>Reason or referral source (optional)</source>
            <translation>Motif ou origine de l'orientation (facultatif)</translation>
        </message>
        <message>
            <source>e.g. referred by the GP; rent arrears</source>
            <translation>p. ex. orientée par le médecin traitant ; loyers impayés</translation>
        </message>
        <message>
            <source>Why the client came, or who referred them</source>
            <translation>Pourquoi la personne est venue ou qui l'a orientée</translation>
        </message>
        <message>
            <source>&amp;Why, or referred by:</source>
            <translation>&amp;Motif ou orientée par :</translation>
        </message>
        <message>
            <source>Open the case at intake, assigned to you</source>
            <translation>Ouvrir le dossier à l'accueil, à votre nom</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>One-time password</source>
            <translation>Mot de passe à usage unique</translation>
        </message>
        <message>
            <source>Packet ready</source>
            <translation>Dossier prêt</translation>
        </message>
        <message>
            <source>The packet is encrypted. Its password:</source>
            <translation>Le dossier est chiffré. Son mot de passe :</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>Pass this password on separately from the packet, for example by phone. It is typed exactly as shown, dashes included. It is shown only now: it is not kept anywhere.</source>
            <translation>Transmettez ce mot de passe séparément du dossier, par exemple par téléphone. Il se tape exactement comme affiché, tirets compris. Il n'est affiché que maintenant : il n'est conservé nulle part.</translation>
        </message>
        <message>
            <source>Pass the password on separately</source>
            <translation>Transmettez le mot de passe séparément</translation>
        </message>
        <message>
            <source>What happened to the packet</source>
            <translation>Ce qu'il est advenu du dossier</translation>
        </message>
        <message>
            <source>Problem with the packet</source>
            <translation>Problème avec le dossier</translation>
        </message>
        <message>
            <source>&amp;Save packet…</source>
            <translation>&amp;Enregistrer le dossier…</translation>
        </message>
        <message>
            <source>Save the packet to a file</source>
            <translation>Enregistrer le dossier dans un fichier</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Print the packet</source>
            <translation>Imprimer le dossier</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Terminé</translation>
        </message>
        <message>
            <source>Done: forget the packet and its password</source>
            <translation>Terminé : oublier le dossier et son mot de passe</translation>
        </message>
        <message>
            <source>Save the encrypted packet where you choose</source>
            <translation>Enregistrer le dossier chiffré à l'endroit choisi</translation>
        </message>
        <message>
            <source>Preview the packet, then print it on paper</source>
            <translation>Afficher un aperçu du dossier, puis l'imprimer sur papier</translation>
        </message>
        <message>
            <source>Close: the password is not kept</source>
            <translation>Fermer : le mot de passe n'est pas conservé</translation>
        </message>
        <message>
            <source>The packet leaves the vault</source>
            <translation>Le dossier quitte le coffre</translation>
        </message>
        <message>
            <source>The file will be outside the vault: only its password protects it. Save it only where the recipient will collect it, and delete it once it is sent.</source>
            <translation>Le fichier sera hors du coffre : seul son mot de passe le protège. Enregistrez-le uniquement là où le destinataire le récupérera, et supprimez-le une fois envoyé.</translation>
        </message>
        <message>
            <source>Save the packet</source>
            <translation>Enregistrer le dossier</translation>
        </message>
        <message>
            <source>packet.pdf</source>
            <translation>dossier.pdf</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Saved. Remember to send the password separately.</source>
            <translation>Enregistré. Pensez à envoyer le mot de passe séparément.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Envoyé à l'imprimante.</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>active</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>met</source>
            <translation>atteint</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>non atteint</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>abandonné</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>prévue</translation>
        </message>
        <message>
            <source>done</source>
            <translation>réalisée</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêtée</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>D'accord</translation>
        </message>
        <message>
            <source>Disagreed</source>
            <translation>Pas d'accord</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Pas demandé</translation>
        </message>
        <message>
            <source>no target date</source>
            <translation>aucune date visée</translation>
        </message>
        <message>
            <source>target {day} (overdue)</source>
            <translation>visée le {day} (en retard)</translation>
        </message>
        <message>
            <source>target {day}</source>
            <translation>visée le {day}</translation>
        </message>
        <message>
            <source>Goal: {title}</source>
            <translation>Objectif général : {title}</translation>
        </message>
        <message>
            <source>{percent}% · {status}</source>
            <translation>{percent} % · {status}</translation>
        </message>
        <message>
            <source>{status} · now {value}</source>
            <translation>{status} · maintenant {value}</translation>
        </message>
        <message>
            <source>Objective: {text}</source>
            <translation>Objectif : {text}</translation>
        </message>
        <message>
            <source>by {who}, {how_often}</source>
            <translation>par {who}, {how_often}</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>par {who}</translation>
        </message>
        <message>
            <source>Intervention: {text}</source>
            <translation>Intervention : {text}</translation>
        </message>
        <message>
            <source>Progress: {value}</source>
            <translation>Progression : {value}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{kind} (addendum)</source>
            <translation>{kind} (addendum)</translation>
        </message>
        <message>
            <source>{kind} (late entry)</source>
            <translation>{kind} (saisie tardive)</translation>
        </message>
        <message>
            <source>draft, not signed</source>
            <translation>brouillon, non signé</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signée</translation>
        </message>
        <message>
            <source>Client's agreement to the plan: not recorded yet.</source>
            <translation>Accord de la personne sur le plan : pas encore enregistré.</translation>
        </message>
        <message>
            <source>Client's agreement to the plan: {answer} ({day}). “{words}”</source>
            <translation>Accord de la personne sur le plan : {answer} ({day}). « {words} »</translation>
        </message>
        <message>
            <source>Client's agreement to the plan: {answer} ({day}).</source>
            <translation>Accord de la personne sur le plan : {answer} ({day}).</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Last assessed {day}</source>
            <translation>Dernière évaluation : {day}</translation>
        </message>
        <message>
            <source>no re-assessment date set</source>
            <translation>aucune date de réévaluation</translation>
        </message>
        <message>
            <source>re-assessment OVERDUE since {day}</source>
            <translation>réévaluation EN RETARD depuis le {day}</translation>
        </message>
        <message>
            <source>re-assessment due {day}</source>
            <translation>réévaluation prévue le {day}</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Pas encore évalué</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Assessment dates</source>
            <translation>Dates d'évaluation</translation>
        </message>
        <message>
            <source>Client's agreement to the plan</source>
            <translation>Accord de la personne sur le plan</translation>
        </message>
        <message>
            <source>Goals, objectives, interventions and progress</source>
            <translation>Objectifs généraux, objectifs, interventions et progression</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Each goal with its objectives; arrows move, Enter opens a note</source>
            <translation>Chaque objectif général avec ses objectifs ; les flèches déplacent, Entrée ouvre une note</translation>
        </message>
        <message>
            <source>Problem with the plan</source>
            <translation>Problème avec le plan</translation>
        </message>
        <message>
            <source>Client's agreement…</source>
            <translation>Accord de la personne…</translation>
        </message>
        <message>
            <source>Record whether the client agreed to the plan, in their words</source>
            <translation>Indiquer si la personne est d'accord avec le plan, avec ses mots</translation>
        </message>
        <message>
            <source>Add &amp;goal…</source>
            <translation>Ajouter un objectif &amp;général…</translation>
        </message>
        <message>
            <source>Add a goal to the case plan</source>
            <translation>Ajouter un objectif général au plan du dossier</translation>
        </message>
        <message>
            <source>Add o&amp;bjective…</source>
            <translation>Ajouter un o&amp;bjectif…</translation>
        </message>
        <message>
            <source>Add an objective to the selected goal</source>
            <translation>Ajouter un objectif à l'objectif général sélectionné</translation>
        </message>
        <message>
            <source>Add intervention…</source>
            <translation>Ajouter une intervention…</translation>
        </message>
        <message>
            <source>Add an intervention to the selected goal or objective</source>
            <translation>Ajouter une intervention à l'objectif général ou à l'objectif sélectionné</translation>
        </message>
        <message>
            <source>Recor&amp;d progress…</source>
            <translation>Enregistrer la pro&amp;gression…</translation>
        </message>
        <message>
            <source>Record progress on the selected objective</source>
            <translation>Enregistrer la progression de l'objectif sélectionné</translation>
        </message>
        <message>
            <source>Goal stat&amp;us…</source>
            <translation>É&amp;tat de l'objectif général…</translation>
        </message>
        <message>
            <source>Set the selected goal's status</source>
            <translation>Définir l'état de l'objectif général sélectionné</translation>
        </message>
        <message>
            <source>This client has no case, so there is no plan.</source>
            <translation>Cette personne n'a pas de dossier, il n'y a donc pas de plan.</translation>
        </message>
        <message>
            <source>No goals yet. Add the first goal with the client.</source>
            <translation>Pas encore d'objectif général. Ajoutez le premier avec la personne.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Kept in your vault, for you only; used again each time you unlock.</source>
            <translation>Conservées dans votre coffre, pour vous seul ; appliquées à nouveau à chaque déverrouillage.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Taille du texte</translation>
        </message>
        <message>
            <source>Lock after &amp;idle</source>
            <translation>Verrouiller après &amp;inactivité</translation>
        </message>
        <message>
            <source>Daily s&amp;ync</source>
            <translation>S&amp;ynchronisation quotidienne</translation>
        </message>
        <message>
            <source>As this computer ({language})</source>
            <translation>Comme cet ordinateur ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of menus, screens and messages</source>
            <translation>La langue des menus, des écrans et des messages</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Size of all text; also View &gt; Larger text (Ctrl++) and Smaller (Ctrl+-)</source>
            <translation>Taille de tout le texte ; aussi Affichage &gt; Texte plus grand (Ctrl++) et plus petit (Ctrl+-)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <source>&amp;High contrast (black on white, stronger borders)</source>
            <translation>&amp;Contraste élevé (noir sur blanc, bordures plus marquées)</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>Colours with the strongest contrast</source>
            <translation>Couleurs au contraste le plus fort</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes without use before the screen locks by itself</source>
            <translation>Minutes sans utilisation avant que l'écran se verrouille tout seul</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Minutes d'inactivité avant le verrouillage</translation>
        </message>
        <message>
            <source>At most {most} minutes: the office's limit.</source>
            <translation>Au plus {most} minutes : la limite fixée par le bureau.</translation>
        </message>
        <message>
            <source>Idle lock limit</source>
            <translation>Limite du verrouillage pour inactivité</translation>
        </message>
        <message>
            <source>Every day at</source>
            <translation>Chaque jour à</translation>
        </message>
        <message>
            <source>Sync every day</source>
            <translation>Synchroniser chaque jour</translation>
        </message>
        <message>
            <source>Sync by itself once a day</source>
            <translation>Synchroniser automatiquement une fois par jour</translation>
        </message>
        <message>
            <source>Daily sync time</source>
            <translation>Heure de la synchronisation quotidienne</translation>
        </message>
        <message>
            <source>Your laptop's local time</source>
            <translation>L'heure locale de votre ordinateur</translation>
        </message>
        <message>
            <source>Your laptop syncs at this time when the office can be reached.</source>
            <translation>Votre ordinateur se synchronise à cette heure quand le bureau est joignable.</translation>
        </message>
        <message>
            <source>The office syncs every laptop at {time}; that time is used.</source>
            <translation>Le bureau synchronise tous les ordinateurs à {time} ; c'est cette heure qui s'applique.</translation>
        </message>
        <message>
            <source>Who sets the daily sync</source>
            <translation>Qui fixe la synchronisation quotidienne</translation>
        </message>
        <message>
            <source>Keep these settings and use them now</source>
            <translation>Enregistrer ces préférences et les appliquer maintenant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Fermer sans rien modifier</translation>
        </message>
    </context>
    <context>
        <name>PrepareConsentDialog</name>
        <message>
            <source>Categories of information</source>
            <translation>Catégories d'informations</translation>
        </message>
        <message>
            <source>New consent</source>
            <translation>Nouveau consentement</translation>
        </message>
        <message>
            <source>Fill this in with the client. Saving prepares the form in the client's language to read together; they sign it next (on screen, on paper, or verbally with a witness).</source>
            <translation>Remplissez-le avec la personne accompagnée. L'enregistrement prépare le formulaire dans sa langue pour le lire ensemble ; elle le signe ensuite (à l'écran, sur papier ou oralement devant un témoin).</translation>
        </message>
        <message>
            <source>&amp;Prepare form</source>
            <translation>&amp;Préparer le formulaire</translation>
        </message>
        <message>
            <source>Consent details</source>
            <translation>Détails du consentement</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Kind of consent</source>
            <translation>Type de consentement</translation>
        </message>
        <message>
            <source>&amp;Purposes</source>
            <translation>&amp;Finalités</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Finalités</translation>
        </message>
        <message>
            <source>One purpose per line</source>
            <translation>Une finalité par ligne</translation>
        </message>
        <message>
            <source>&amp;Recipients</source>
            <translation>&amp;Destinataires</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <source>Who receives it, one per line</source>
            <translation>Qui le reçoit, un par ligne</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informations</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>C&amp;omment</translation>
        </message>
        <message>
            <source>How consent is given</source>
            <translation>Comment le consentement est donné</translation>
        </message>
        <message>
            <source>&amp;Witness</source>
            <translation>&amp;Témoin</translation>
        </message>
        <message>
            <source>Witness's name</source>
            <translation>Nom du témoin</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Form language</source>
            <translation>Langue du formulaire</translation>
        </message>
        <message>
            <source>Lar&amp;ge print</source>
            <translation>&amp;Gros caractères</translation>
        </message>
        <message>
            <source>Si&amp;gned by</source>
            <translation>Si&amp;gné par</translation>
        </message>
        <message>
            <source>Who signs</source>
            <translation>Qui signe</translation>
        </message>
        <message>
            <source>Signer's &amp;name</source>
            <translation>&amp;Nom du signataire</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Nom du signataire</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Relationship to client</source>
            <translation>Lien avec la personne accompagnée</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Autorité</translation>
        </message>
        <message>
            <source>Document giving authority</source>
            <translation>Document conférant l'autorité</translation>
        </message>
        <message>
            <source>e.g. guardianship order</source>
            <translation>p. ex. jugement de tutelle</translation>
        </message>
        <message>
            <source>Client's &amp;assent</source>
            <translation>&amp;Assentiment de la personne</translation>
        </message>
        <message>
            <source>Assent</source>
            <translation>Assentiment</translation>
        </message>
        <message>
            <source>I explained the limits of &amp;confidentiality to the signer</source>
            <translation>J'ai expliqué les limites de la &amp;confidentialité au signataire</translation>
        </message>
        <message>
            <source>Limits of confidentiality explained</source>
            <translation>Limites de la confidentialité expliquées</translation>
        </message>
        <message>
            <source>Save a draft and open the filled form to read with the client</source>
            <translation>Enregistrer un brouillon et ouvrir le formulaire rempli pour le lire avec la personne</translation>
        </message>
        <message>
            <source>Set an end date</source>
            <translation>Définir une date de fin</translation>
        </message>
        <message>
            <source>The consent ends on this date; without one it lasts until withdrawn</source>
            <translation>Le consentement prend fin à cette date ; sans date, il dure jusqu'à son retrait</translation>
        </message>
        <message>
            <source>What the client consents to</source>
            <translation>Ce à quoi la personne consent</translation>
        </message>
        <message>
            <source>Why the information is used, one purpose per line</source>
            <translation>Pourquoi les informations sont utilisées, une finalité par ligne</translation>
        </message>
        <message>
            <source>Who may receive the information, one per line</source>
            <translation>Qui peut recevoir les informations, un par ligne</translation>
        </message>
        <message>
            <source>Tick with Space the kinds of information covered</source>
            <translation>Cochez avec Espace les types d'informations couverts</translation>
        </message>
        <message>
            <source>The day the consent starts</source>
            <translation>Le jour où le consentement commence</translation>
        </message>
        <message>
            <source>On screen, on paper, or said aloud before a witness</source>
            <translation>À l'écran, sur papier ou à voix haute devant un témoin</translation>
        </message>
        <message>
            <source>Who heard the consent given (verbal consent only)</source>
            <translation>Qui a entendu le consentement (consentement oral seulement)</translation>
        </message>
        <message>
            <source>The form prints in this language: the client's</source>
            <translation>Le formulaire s'imprime dans cette langue : celle de la personne</translation>
        </message>
        <message>
            <source>Print the form in large type</source>
            <translation>Imprimer le formulaire en gros caractères</translation>
        </message>
        <message>
            <source>The client, or who signs for them</source>
            <translation>La personne accompagnée, ou qui signe pour elle</translation>
        </message>
        <message>
            <source>The name of the person who signs</source>
            <translation>Le nom de la personne qui signe</translation>
        </message>
        <message>
            <source>How the signer is related to the client</source>
            <translation>Le lien entre le signataire et la personne</translation>
        </message>
        <message>
            <source>The document that gives the signer authority</source>
            <translation>Le document qui donne autorité au signataire</translation>
        </message>
        <message>
            <source>What the client said about it, when someone signs for them</source>
            <translation>Ce qu'en a dit la personne, quand quelqu'un signe pour elle</translation>
        </message>
        <message>
            <source>Required: tick once you have explained the limits</source>
            <translation>Obligatoire : cochez une fois les limites expliquées</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Print preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
        <message>
            <source>Document pages</source>
            <translation>Pages du document</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajuster à la largeur</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Numéro de page</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Choose a printer and print this document (Ctrl+P)</source>
            <translation>Choisir une imprimante et imprimer ce document (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the preview; nothing is kept (Esc)</source>
            <translation>Fermer l'aperçu ; rien n'est conservé (Échap)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Caseload document</source>
            <translation>Document Caseload</translation>
        </message>
        <message>
            <source>Client documents can only be printed on paper, not saved to a file.</source>
            <translation>Les documents des personnes accompagnées ne peuvent être qu'imprimés sur papier, pas enregistrés dans un fichier.</translation>
        </message>
        <message>
            <source>The document could not be read for printing.</source>
            <translation>Le document n'a pas pu être lu pour l'impression.</translation>
        </message>
        <message>
            <source>The printer could not start the job.</source>
            <translation>L'imprimante n'a pas pu démarrer la tâche.</translation>
        </message>
        <message>
            <source>The print system did not answer in time.</source>
            <translation>Le système d'impression n'a pas répondu à temps.</translation>
        </message>
        <message>
            <source>The print system could not be started.</source>
            <translation>Le système d'impression n'a pas pu être démarré.</translation>
        </message>
        <message>
            <source>The printer did not accept the job.</source>
            <translation>L'imprimante n'a pas accepté la tâche.</translation>
        </message>
        <message>
            <source>The printer did not accept the job. ({reason})</source>
            <translation>L'imprimante n'a pas accepté la tâche. ({reason})</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>No memory-backed file system for temporary print files.</source>
            <translation>Aucun système de fichiers en mémoire pour les fichiers d'impression temporaires.</translation>
        </message>
        <message>
            <source>{path} is not a plain directory; refusing to use it.</source>
            <translation>{path} n'est pas un simple dossier ; il ne sera pas utilisé.</translation>
        </message>
        <message>
            <source>{path} belongs to another user; refusing to use it.</source>
            <translation>{path} appartient à un autre utilisateur ; il ne sera pas utilisé.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Record progress</source>
            <translation>Enregistrer la progression</translation>
        </message>
        <message>
            <source>Write where the objective stands now, measured as planned. Entries are kept as its history; the newest one is where it stands.</source>
            <translation>Indiquez où en est l'objectif maintenant, mesuré comme prévu. Les saisies sont conservées comme son historique ; la plus récente indique où il en est.</translation>
        </message>
        <message>
            <source>&amp;Record progress</source>
            <translation>&amp;Enregistrer la progression</translation>
        </message>
        <message>
            <source>Value now</source>
            <translation>Valeur actuelle</translation>
        </message>
        <message>
            <source>e.g. 2 of 3</source>
            <translation>p. ex. 2 sur 3</translation>
        </message>
        <message>
            <source>&amp;Value now:</source>
            <translation>&amp;Valeur actuelle :</translation>
        </message>
        <message>
            <source>Where the objective stands now</source>
            <translation>Où en est l'objectif maintenant</translation>
        </message>
        <message>
            <source>Date of the entry</source>
            <translation>Date de la saisie</translation>
        </message>
        <message>
            <source>When it was measured</source>
            <translation>Quand cela a été mesuré</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Objective status</source>
            <translation>État de l'objectif</translation>
        </message>
        <message>
            <source>Still active, met, not met or dropped</source>
            <translation>Toujours actif, atteint, non atteint ou abandonné</translation>
        </message>
        <message>
            <source>&amp;Objective is:</source>
            <translation>L'&amp;objectif est :</translation>
        </message>
        <message>
            <source>Optional: what helped, what got in the way</source>
            <translation>Facultatif : ce qui a aidé, ce qui a fait obstacle</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <source>Save the progress entry</source>
            <translation>Enregistrer la saisie de progression</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Objective:</source>
            <translation>Objectif :</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Mesure :</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>{value} ({day})</source>
            <translation>{value} ({day})</translation>
        </message>
        <message>
            <source>Last entry:</source>
            <translation>Dernière saisie :</translation>
        </message>
        <message>
            <source>Last entry</source>
            <translation>Dernière saisie</translation>
        </message>
    </context>
    <context>
        <name>ReconnectDialog</name>
        <message>
            <source>Re-connect to the office</source>
            <translation>Se reconnecter au bureau</translation>
        </message>
        <message>
            <source>The office's server no longer shows the certificate this laptop knows, so Caseload stopped before sending anything. Ask your supervisor for a re-connection code and paste it below. Your unsent work is kept on this laptop and goes with the next sync.</source>
            <translation>Le serveur du bureau ne présente plus le certificat que connaît cet ordinateur portable : Caseload s'est donc arrêté avant d'envoyer quoi que ce soit. Demandez un code de reconnexion à votre responsable et collez-le ci-dessous. Votre travail non envoyé reste sur cet ordinateur portable et partira avec la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>&amp;Re-connect</source>
            <translation>Se &amp;reconnecter</translation>
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>No conflict of interest</source>
            <translation>Pas de conflit d'intérêts</translation>
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation>Continuer avec des garanties</translation>
        </message>
        <message>
            <source>Reassign the case</source>
            <translation>Réattribuer le dossier</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Définir</translation>
        </message>
        <message>
            <source>Set a date: {what}</source>
            <translation>Définir une date : {what}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close the form without saving (Esc)</source>
            <translation>Fermer le formulaire sans enregistrer (Échap)</translation>
        </message>
    </context>
    <context>
        <name>RecordEmptyState</name>
        <message>
            <source>No client open</source>
            <translation>Aucun client ouvert</translation>
        </message>
        <message>
            <source>Today in numbers</source>
            <translation>La journée en chiffres</translation>
        </message>
        <message>
            <source>Today's counts</source>
            <translation>Chiffres du jour</translation>
        </message>
        <message>
            <source>How to open a client</source>
            <translation>Comment ouvrir un client</translation>
        </message>
        <message>
            <source>Today so far:</source>
            <translation>Aujourd'hui, pour l'instant :</translation>
        </message>
        <message>
            <source>Your caseload is empty</source>
            <translation>Votre liste de dossiers est vide</translation>
        </message>
        <message>
            <source>This laptop has no clients yet. To get started:</source>
            <translation>Cet ordinateur n'a pas encore de clients. Pour commencer :</translation>
        </message>
        <message numerus="yes">
            <source>• %n visit(s) today</source>
            <translation>
                <numerusform>• %n visite aujourd'hui</numerusform>
                <numerusform>• %n visites aujourd'hui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n overdue task(s)</source>
            <translation>
                <numerusform>• %n tâche en retard</numerusform>
                <numerusform>• %n tâches en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n unfinished note(s)</source>
            <translation>
                <numerusform>• %n note inachevée</numerusform>
                <numerusform>• %n notes inachevées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n consent(s) expiring within 30 days</source>
            <translation>
                <numerusform>• %n consentement expire dans les 30 jours</numerusform>
                <numerusform>• %n consentements expirent dans les 30 jours</numerusform>
            </translation>
        </message>
        <message>
            <source>To open a client: press Ctrl+2 for the caseload list (Ctrl+F to search it) or Ctrl+1 for Today's list, choose a line with the arrow keys and press Enter. The list shows who needs you first.</source>
            <translation>Pour ouvrir un client : appuyez sur Ctrl+2 pour la liste des dossiers (Ctrl+F pour y chercher) ou sur Ctrl+1 pour la liste du jour, choisissez une ligne avec les flèches et appuyez sur Entrée. La liste montre d'abord qui a besoin de vous.</translation>
        </message>
        <message>
            <source>• Connect to the office: choose Sync &gt; Connect to the office… and paste the code your office gave you. Your caseload arrives with the first sync.
• Or import clients from a spreadsheet: the office (or you) can run “caseload import FILE.csv”; the user guide explains the columns.
• Or take in a new client yourself: Caseload &gt; New client… (Ctrl+Shift+N).</source>
            <translation>• Connectez-vous au bureau : choisissez Synchronisation &gt; Se connecter au bureau… et collez le code que votre bureau vous a donné. Votre liste de dossiers arrive avec la première synchronisation.
• Ou importez des clients depuis un tableur : le bureau (ou vous) peut lancer « caseload import FILE.csv » ; le guide d'utilisation explique les colonnes.
• Ou accueillez vous-même un nouveau client : Dossiers &gt; Nouveau client… (Ctrl+Shift+N).</translation>
        </message>
    </context>
    <context>
        <name>RecordHeader</name>
        <message numerus="yes">
            <source>Conflict of interest declared (%n pending supervisor review). See the Conflicts tab.</source>
            <translation>
                <numerusform>Conflit d'intérêts déclaré (%n en attente d'examen par la supervision). Voir l'onglet Conflits.</numerusform>
                <numerusform>Conflit d'intérêts déclaré (%n en attente d'examen par la supervision). Voir l'onglet Conflits.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict of interest declared and reviewed. See the Conflicts tab.</source>
            <translation>Conflit d'intérêts déclaré et examiné. Voir l'onglet Conflits.</translation>
        </message>
        <message>
            <source>Client summary</source>
            <translation>Résumé du client</translation>
        </message>
        <message>
            <source>Client name</source>
            <translation>Nom du client</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronoms</translation>
        </message>
        <message>
            <source>Language and interpreter</source>
            <translation>Langue et interprète</translation>
        </message>
        <message>
            <source>Legal name and date of birth</source>
            <translation>Nom légal et date de naissance</translation>
        </message>
        <message>
            <source>Risk and case stage</source>
            <translation>Risque et étape du dossier</translation>
        </message>
        <message>
            <source>Safety flags</source>
            <translation>Alertes de sécurité</translation>
        </message>
        <message>
            <source>Contact rules</source>
            <translation>Règles de contact</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Conflit d'intérêts</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Mandated report</source>
            <translation>Signalement obligatoire</translation>
        </message>
        <message>
            <source>New note  (Ctrl+N)</source>
            <translation>Nouvelle note  (Ctrl+N)</translation>
        </message>
        <message>
            <source>New case note</source>
            <translation>Nouvelle note de suivi</translation>
        </message>
        <message>
            <source>Start a case note for this client (Ctrl+N)</source>
            <translation>Commencer une note de suivi pour ce client (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit details…</source>
            <translation>Modifier les informations…</translation>
        </message>
        <message>
            <source>Edit client details</source>
            <translation>Modifier les informations du client</translation>
        </message>
        <message>
            <source>Change this client's details (Ctrl+Shift+E)</source>
            <translation>Modifier les informations de ce client (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Pronouns not recorded</source>
            <translation>Pronoms non renseignés</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Mandated report made on {day}.</source>
            <translation>Signalement obligatoire fait le {day}.</translation>
        </message>
        <message>
            <source>No consent to services in force: take it (Consent tab).</source>
            <translation>Aucun consentement aux services en vigueur : recueillez-le (onglet Consentement).</translation>
        </message>
        <message>
            <source>A consent ends on {day}: renew it with the client.</source>
            <translation>Un consentement prend fin le {day} : renouvelez-le avec le client.</translation>
        </message>
        <message>
            <source>Speaks {language} · Interpreter needed</source>
            <translation>Parle {language} · Interprète nécessaire</translation>
        </message>
        <message>
            <source>Speaks {language}</source>
            <translation>Parle {language}</translation>
        </message>
        <message>
            <source>Legal name: {name}</source>
            <translation>Nom légal : {name}</translation>
        </message>
        <message numerus="yes">
            <source>Born {day} (%n year(s) old)</source>
            <translation>
                <numerusform>Né(e) le {day} (%n an)</numerusform>
                <numerusform>Né(e) le {day} (%n ans)</numerusform>
            </translation>
        </message>
        <message>
            <source>{stage} ({program})</source>
            <translation>{stage} ({program})</translation>
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>Client profile</source>
            <translation>Fiche du client</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Note de suivi</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>Formulaire de consentement</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Pièce jointe</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Case plan goal</source>
            <translation>Objectif du plan</translation>
        </message>
        <message>
            <source>Case plan objective</source>
            <translation>Objectif opérationnel du plan</translation>
        </message>
        <message>
            <source>Case plan intervention</source>
            <translation>Intervention du plan</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Case stage change</source>
            <translation>Changement d'étape du dossier</translation>
        </message>
        <message>
            <source>Case transfer</source>
            <translation>Transfert du dossier</translation>
        </message>
        <message>
            <source>Worker profile</source>
            <translation>Profil de l'intervenant</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Personne liée</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Conflit d'intérêts</translation>
        </message>
        <message>
            <source>Duplicate check</source>
            <translation>Vérification des doublons</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Dépistage</translation>
        </message>
        <message>
            <source>Progress on an objective</source>
            <translation>Progrès sur un objectif</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Plan de sécurité</translation>
        </message>
        <message>
            <source>Mandated report</source>
            <translation>Signalement obligatoire</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>Client record</source>
            <translation>Dossier du client</translation>
        </message>
        <message>
            <source>Client record details</source>
            <translation>Détails du dossier du client</translation>
        </message>
        <message>
            <source>Profile, cases, tasks, visits, recent notes and household, read only</source>
            <translation>Profil, dossiers, tâches, visites, notes récentes et foyer, en lecture seule</translation>
        </message>
        <message>
            <source>Parts of the record</source>
            <translation>Parties du dossier</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Vue d'ensemble</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Chronologie</translation>
        </message>
        <message>
            <source>C&amp;ase</source>
            <translation>Do&amp;ssier</translation>
        </message>
        <message>
            <source>&amp;Intake</source>
            <translation>&amp;Accueil</translation>
        </message>
        <message>
            <source>Cons&amp;ent</source>
            <translation>Cons&amp;entement</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>&amp;Referrals</source>
            <translation>&amp;Orientations</translation>
        </message>
        <message>
            <source>Tas&amp;ks &amp;&amp; visits</source>
            <translation>Tâc&amp;hes et visites</translation>
        </message>
        <message>
            <source>Co&amp;nflicts</source>
            <translation>Co&amp;nflits</translation>
        </message>
        <message>
            <source>Disc&amp;losures</source>
            <translation>Comm&amp;unications</translation>
        </message>
        <message>
            <source>Record tabs</source>
            <translation>Onglets du dossier</translation>
        </message>
        <message>
            <source>The parts of the client's record; Alt and the underlined letter opens one</source>
            <translation>Les parties du dossier du client ; Alt et la lettre soulignée en ouvrent une</translation>
        </message>
    </context>
    <context>
        <name>RedactionReview</name>
        <message>
            <source>Household member</source>
            <translation>Membre du foyer</translation>
        </message>
        <message>
            <source>Contact (collateral)</source>
            <translation>Contact (tiers)</translation>
        </message>
        <message>
            <source>Name found in the text</source>
            <translation>Nom trouvé dans le texte</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Adresse postale</translation>
        </message>
        <message>
            <source>{detail} (of {person})</source>
            <translation>{detail} (de {person})</translation>
        </message>
        <message>
            <source>Client's own record: review what is removed</source>
            <translation>Dossier remis à la personne : vérifiez ce qui est retiré</translation>
        </message>
        <message>
            <source>About this review</source>
            <translation>À propos de cette vérification</translation>
        </message>
        <message>
            <source>How many details are removed</source>
            <translation>Combien d'informations sont retirées</translation>
        </message>
        <message>
            <source>The record names no one else: nothing needs to be removed.</source>
            <translation>Le dossier ne nomme personne d'autre : rien n'est à retirer.</translation>
        </message>
        <message>
            <source>The record names other people. Each ticked detail is removed from the PDF (the text itself, not hidden under a box). Untick a detail only if the client may see it, for example an organisation's name.</source>
            <translation>Le dossier nomme d'autres personnes. Chaque information cochée est retirée du PDF (le texte lui-même, pas masqué sous un cadre). Ne décochez une information que si la personne peut la voir, par exemple le nom d'un organisme.</translation>
        </message>
        <message>
            <source>Details to remove (ticked) or keep (unticked)</source>
            <translation>Informations à retirer (cochées) ou à garder (non cochées)</translation>
        </message>
        <message>
            <source>Arrow keys move, Space ticks or unticks a detail, Tab leaves the list</source>
            <translation>Les flèches déplacent, Espace coche ou décoche une information, Tab quitte la liste</translation>
        </message>
        <message>
            <source>Detail (ticked: removed)</source>
            <translation>Information (cochée : retirée)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Occurrences</source>
            <translation>Occurrences</translation>
        </message>
        <message numerus="yes">
            <source>{detail}, {kind}, %n time(s)</source>
            <translation>
                <numerusform>{detail}, {kind}, %n fois</numerusform>
                <numerusform>{detail}, {kind}, %n fois</numerusform>
            </translation>
        </message>
        <message>
            <source>Close without building the record (Esc)</source>
            <translation>Fermer sans créer le dossier (Échap)</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} details will be removed.</source>
            <translation>
                <numerusform>%n information sur {total} sera retirée.</numerusform>
                <numerusform>%n informations sur {total} seront retirées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n will be kept as written.</source>
            <translation>
                <numerusform>%n sera gardée telle qu'écrite.</numerusform>
                <numerusform>%n seront gardées telles qu'écrites.</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;move all</source>
            <translation>&amp;Tout retirer</translation>
        </message>
        <message>
            <source>Remove all details</source>
            <translation>Retirer toutes les informations</translation>
        </message>
        <message>
            <source>Tick every detail: none of them is printed</source>
            <translation>Cocher toutes les informations : aucune n'est imprimée</translation>
        </message>
        <message>
            <source>Res&amp;tore all</source>
            <translation>Tout &amp;garder</translation>
        </message>
        <message>
            <source>Restore all details</source>
            <translation>Garder toutes les informations</translation>
        </message>
        <message>
            <source>Untick every detail: all are printed as written</source>
            <translation>Décocher toutes les informations : toutes sont imprimées telles qu'écrites</translation>
        </message>
        <message>
            <source>&amp;Build encrypted PDF</source>
            <translation>&amp;Créer le PDF chiffré</translation>
        </message>
        <message>
            <source>Build the encrypted PDF</source>
            <translation>Créer le PDF chiffré</translation>
        </message>
        <message>
            <source>Build the record without the ticked details, encrypted</source>
            <translation>Créer le dossier chiffré, sans les informations cochées</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialogs</name>
        <message>
            <source>This client has no active consent to services. You can still make the referral; take their consent to services at the next visit.</source>
            <translation>Ce client n’a pas de consentement aux services en vigueur. Vous pouvez tout de même faire l’orientation ; recueillez son consentement aux services lors de la prochaine visite.</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>sans date de fin</translation>
        </message>
        <message>
            <source>To {recipients} (until {day})</source>
            <translation>À {recipients} (jusqu’au {day})</translation>
        </message>
        <message>
            <source>Make a referral</source>
            <translation>Faire une orientation</translation>
        </message>
        <message>
            <source>Refer the client to another service. Their information is shared only under a signed release of information that names the organisation.</source>
            <translation>Orientez le client vers un autre service. Ses informations ne sont partagées qu’avec une autorisation de communication signée qui nomme l’organisme.</translation>
        </message>
        <message>
            <source>&amp;Make referral</source>
            <translation>&amp;Faire l’orientation</translation>
        </message>
        <message>
            <source>No consent to services</source>
            <translation>Pas de consentement aux services</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Date de suivi</translation>
        </message>
        <message>
            <source>Tick to be reminded in Today on the follow-up date.</source>
            <translation>Cochez pour recevoir un rappel dans Aujourd’hui à la date de suivi.</translation>
        </message>
        <message>
            <source>Required: the organisation the client is referred to.</source>
            <translation>Obligatoire : l’organisme vers lequel le client est orienté.</translation>
        </message>
        <message>
            <source>Required: the service asked for.</source>
            <translation>Obligatoire : le service demandé.</translation>
        </message>
        <message>
            <source>Optional: who to ask for there.</source>
            <translation>Facultatif : qui demander sur place.</translation>
        </message>
        <message>
            <source>Required: what the client needs.</source>
            <translation>Obligatoire : ce dont le client a besoin.</translation>
        </message>
        <message>
            <source>How soon the client needs it.</source>
            <translation>Dans quel délai le client en a besoin.</translation>
        </message>
        <message>
            <source>The signed release of information the referral is made under.</source>
            <translation>L’autorisation de communication signée sous laquelle l’orientation est faite.</translation>
        </message>
        <message>
            <source>Closes this form, keeping what you typed, and opens the consent form.</source>
            <translation>Ferme ce formulaire en gardant ce que vous avez saisi, et ouvre le formulaire de consentement.</translation>
        </message>
        <message>
            <source>&amp;To (organisation):</source>
            <translation>&amp;Vers (organisme) :</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <source>e.g. Eastside Pantry</source>
            <translation>p. ex. Épicerie solidaire Est</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>&amp;Service :</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>e.g. Food bank</source>
            <translation>p. ex. banque alimentaire</translation>
        </message>
        <message>
            <source>&amp;Contact there:</source>
            <translation>&amp;Contact sur place :</translation>
        </message>
        <message>
            <source>Contact there</source>
            <translation>Contact sur place</translation>
        </message>
        <message>
            <source>Optional: a person or team</source>
            <translation>Facultatif : une personne ou une équipe</translation>
        </message>
        <message>
            <source>&amp;What for:</source>
            <translation>&amp;Pour quoi :</translation>
        </message>
        <message>
            <source>Reason for the referral</source>
            <translation>Motif de l’orientation</translation>
        </message>
        <message>
            <source>What the client needs</source>
            <translation>Ce dont le client a besoin</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Urgence :</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Made &amp;on:</source>
            <translation>&amp;Faite le :</translation>
        </message>
        <message>
            <source>Date of the referral</source>
            <translation>Date de l’orientation</translation>
        </message>
        <message>
            <source>&amp;Follow up:</source>
            <translation>Su&amp;ivi :</translation>
        </message>
        <message>
            <source>Release of information</source>
            <translation>Autorisation de communication</translation>
        </message>
        <message>
            <source>(none chosen)</source>
            <translation>(aucune choisie)</translation>
        </message>
        <message>
            <source>&amp;Release of information:</source>
            <translation>Au&amp;torisation de communication :</translation>
        </message>
        <message>
            <source>Whether a release of information covers it</source>
            <translation>Si une autorisation de communication la couvre</translation>
        </message>
        <message>
            <source>&amp;Prepare release of information…</source>
            <translation>&amp;Préparer une autorisation de communication…</translation>
        </message>
        <message>
            <source>Prepare a release of information for this referral</source>
            <translation>Préparer une autorisation de communication pour cette orientation</translation>
        </message>
        <message>
            <source>A signed release of information names this organisation.</source>
            <translation>Une autorisation de communication signée nomme cet organisme.</translation>
        </message>
        <message>
            <source>No release of information in force names this organisation.</source>
            <translation>Aucune autorisation de communication en vigueur ne nomme cet organisme.</translation>
        </message>
        <message>
            <source>Referral status</source>
            <translation>Statut de l’orientation</translation>
        </message>
        <message>
            <source>Record what happened to the referral, and when.</source>
            <translation>Enregistrez ce qu’il est advenu de l’orientation, et quand.</translation>
        </message>
        <message>
            <source>&amp;Save status</source>
            <translation>&amp;Enregistrer le statut</translation>
        </message>
        <message>
            <source>Referral:</source>
            <translation>Orientation :</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Actuellement :</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>Statut actuel</translation>
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation>&amp;Nouveau statut :</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nouveau statut</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date of the change</source>
            <translation>Date du changement</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote :</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Optional: e.g. why it was declined</source>
            <translation>Facultatif : p. ex. pourquoi elle a été refusée</translation>
        </message>
        <message>
            <source>What happened to the referral.</source>
            <translation>Ce qu’il est advenu de l’orientation.</translation>
        </message>
        <message>
            <source>Optional: anything worth keeping.</source>
            <translation>Facultatif : tout ce qui mérite d’être gardé.</translation>
        </message>
        <message>
            <source>On this day the referral shows in Today, until it is closed or declined.</source>
            <translation>Ce jour-là, l’orientation apparaît dans Aujourd’hui, jusqu’à ce qu’elle soit clôturée ou refusée.</translation>
        </message>
        <message>
            <source>&amp;Save date</source>
            <translation>&amp;Enregistrer la date</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>Contact: {who}</source>
            <translation>Contact : {who}</translation>
        </message>
        <message>
            <source>{status} on {day}</source>
            <translation>{status} le {day}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Orientations</translation>
        </message>
        <message>
            <source>Referral waiting for its consent</source>
            <translation>Orientation en attente de son consentement</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>The client's referrals, newest first. Arrow keys choose one.</source>
            <translation>Orientations du client, les plus récentes d’abord. Les flèches en choisissent une.</translation>
        </message>
        <message>
            <source>Problem with referrals</source>
            <translation>Problème avec les orientations</translation>
        </message>
        <message>
            <source>Make re&amp;ferral…</source>
            <translation>Faire une &amp;orientation…</translation>
        </message>
        <message>
            <source>Refer the client to another service</source>
            <translation>Orienter le client vers un autre service</translation>
        </message>
        <message>
            <source>Stat&amp;us…</source>
            <translation>Stat&amp;ut…</translation>
        </message>
        <message>
            <source>Record what happened to the selected referral</source>
            <translation>Enregistrer ce qu’il est advenu de l’orientation sélectionnée</translation>
        </message>
        <message>
            <source>Follo&amp;w-up…</source>
            <translation>Su&amp;ivi…</translation>
        </message>
        <message>
            <source>Set the selected referral's follow-up date</source>
            <translation>Fixer la date de suivi de l’orientation sélectionnée</translation>
        </message>
        <message>
            <source>No referrals yet.</source>
            <translation>Aucune orientation pour l’instant.</translation>
        </message>
        <message>
            <source>Resume re&amp;ferral…</source>
            <translation>Reprendre l’&amp;orientation…</translation>
        </message>
        <message>
            <source>The referral to {organisation} waits for a signed release of information. Sign it in the Consent tab, then choose Resume referral.</source>
            <translation>L’orientation vers {organisation} attend une autorisation de communication signée. Faites-la signer dans l’onglet Consentement, puis choisissez Reprendre l’orientation.</translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>This assessment has no such area.</source>
            <translation>Cette évaluation n’a pas ce domaine.</translation>
        </message>
        <message>
            <source>A rating must be a point of the scale.</source>
            <translation>Une note doit être un point de l’échelle.</translation>
        </message>
        <message>
            <source>Rate or describe at least one area before saving the assessment.</source>
            <translation>Notez ou décrivez au moins un domaine avant d’enregistrer l’évaluation.</translation>
        </message>
        <message>
            <source>An answer under {area} is too long (at most {limit} characters).</source>
            <translation>Une réponse sous {area} est trop longue ({limit} caractères au plus).</translation>
        </message>
        <message>
            <source>Please fill in who signs the consent.</source>
            <translation>Indiquez qui signe le consentement.</translation>
        </message>
        <message>
            <source>Please choose on what authority the signer consents.</source>
            <translation>Choisissez à quel titre le signataire consent.</translation>
        </message>
        <message>
            <source>This client is recorded as lacking capacity: a guardian or legal representative must sign, and the client's own assent is recorded separately.</source>
            <translation>Ce client est enregistré comme n’ayant pas la capacité : un tuteur ou représentant légal doit signer, et l’assentiment du client lui-même est enregistré à part.</translation>
        </message>
        <message>
            <source>Please record the document that gives the signer authority (for example a guardianship order or power of attorney).</source>
            <translation>Enregistrez le document qui donne autorité au signataire (par exemple un jugement de tutelle ou une procuration).</translation>
        </message>
        <message>
            <source>Please record the client's own assent (agreed, objected, unable).</source>
            <translation>Enregistrez l’assentiment du client lui-même (d’accord, opposé, dans l’incapacité).</translation>
        </message>
        <message>
            <source>Please choose how the consent was given.</source>
            <translation>Choisissez comment le consentement a été donné.</translation>
        </message>
        <message>
            <source>Please have the signer sign on the pad first.</source>
            <translation>Faites d’abord signer le signataire sur la tablette.</translation>
        </message>
        <message>
            <source>Verbal consent needs the name of a witness.</source>
            <translation>Un consentement verbal nécessite le nom d’un témoin.</translation>
        </message>
        <message>
            <source>The consent must end after the day it starts.</source>
            <translation>Le consentement doit se terminer après le jour où il commence.</translation>
        </message>
        <message>
            <source>The signature pad has no size.</source>
            <translation>La zone de signature n’a pas de taille.</translation>
        </message>
        <message>
            <source>Nothing was signed.</source>
            <translation>Rien n’a été signé.</translation>
        </message>
        <message>
            <source>The signature is too large; clear the pad and sign again.</source>
            <translation>La signature est trop grande ; effacez la zone et signez de nouveau.</translation>
        </message>
        <message>
            <source>The signature has points outside the pad.</source>
            <translation>La signature a des points hors de la zone.</translation>
        </message>
        <message>
            <source>The stored signature is damaged.</source>
            <translation>La signature enregistrée est endommagée.</translation>
        </message>
        <message>
            <source>reason the visit was cancelled</source>
            <translation>motif de l'annulation de la visite</translation>
        </message>
        <message>
            <source>reason for the no-show</source>
            <translation>motif de l'absence</translation>
        </message>
        <message>
            <source>done</source>
            <translation>faite</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>no show</source>
            <translation>absence</translation>
        </message>
        <message>
            <source>made</source>
            <translation>envoyée</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>acceptée</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>refusée</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>kind of task</source>
            <translation>type de tâche</translation>
        </message>
        <message>
            <source>A follow-up needs a client or a case.</source>
            <translation>Un suivi doit concerner un client ou un dossier.</translation>
        </message>
        <message>
            <source>task title</source>
            <translation>intitulé de la tâche</translation>
        </message>
        <message>
            <source>kind of contact</source>
            <translation>type de contact</translation>
        </message>
        <message>
            <source>A visit lasts between 1 minute and 12 hours.</source>
            <translation>Une visite dure entre 1 minute et 12 heures.</translation>
        </message>
        <message>
            <source>location</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>objet</translation>
        </message>
        <message>
            <source>outcome of the visit</source>
            <translation>résultat de la visite</translation>
        </message>
        <message>
            <source>This visit is already marked {status}; schedule a new one instead.</source>
            <translation>Cette visite est déjà marquée {status} ; planifiez-en une nouvelle.</translation>
        </message>
        <message>
            <source>The follow-up cannot be before the referral is made.</source>
            <translation>Le suivi ne peut pas précéder l'orientation.</translation>
        </message>
        <message>
            <source>service</source>
            <translation>service</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisme</translation>
        </message>
        <message>
            <source>reason for the referral</source>
            <translation>motif de l'orientation</translation>
        </message>
        <message>
            <source>referral status</source>
            <translation>statut de l'orientation</translation>
        </message>
        <message>
            <source>A referral that is {current} cannot become {status}.</source>
            <translation>Une orientation {current} ne peut pas devenir {status}.</translation>
        </message>
        <message>
            <source>This assessment form (or this version of it) is not in this copy of Caseload.</source>
            <translation>Ce formulaire d'évaluation (ou cette version) ne se trouve pas dans cette copie de Caseload.</translation>
        </message>
        <message>
            <source>The next re-assessment must be due after the assessment date.</source>
            <translation>La prochaine réévaluation doit être prévue après la date de l'évaluation.</translation>
        </message>
        <message>
            <source>A safety flag is too long (at most {limit} characters).</source>
            <translation>Une alerte de sécurité est trop longue ({limit} caractères au maximum).</translation>
        </message>
        <message>
            <source>Only a supervisor, or a worker on a case shared with the team, can give a task to a colleague. Share the case first (Case tab), or ask your supervisor.</source>
            <translation>Seul un superviseur, ou un intervenant sur un dossier partagé avec l’équipe, peut confier une tâche à un collègue. Partagez d’abord le dossier (onglet Dossier) ou demandez à votre superviseur.</translation>
        </message>
        <message>
            <source>That worker is not in your team.</source>
            <translation>Cet intervenant ne fait pas partie de votre équipe.</translation>
        </message>
        <message>
            <source>Only the case's worker or a supervisor can share it with the team.</source>
            <translation>Seul l’intervenant du dossier ou un superviseur peut le partager avec l’équipe.</translation>
        </message>
        <message>
            <source>Give the reason for moving the case from {current} to {target}.</source>
            <translation>Indiquez le motif pour faire passer le dossier de {current} à {target}.</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planification</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi post-clôture</translation>
        </message>
        <message>
            <source>The intake date cannot be in the future.</source>
            <translation>La date d'accueil ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>This client already has an open case in this programme.</source>
            <translation>Cette personne a déjà un dossier ouvert dans ce programme.</translation>
        </message>
        <message>
            <source>A case in {current} cannot move to {target}.</source>
            <translation>Un dossier à l'étape {current} ne peut pas passer à {target}.</translation>
        </message>
        <message>
            <source>Give the reason for closing the case.</source>
            <translation>Indiquez le motif de clôture du dossier.</translation>
        </message>
        <message>
            <source>The follow-up cannot be in the past.</source>
            <translation>Le suivi post-clôture ne peut pas être dans le passé.</translation>
        </message>
        <message>
            <source>A transfer needs a reason and a handover note.</source>
            <translation>Un transfert nécessite un motif et une note de passation.</translation>
        </message>
        <message>
            <source>This case cannot close yet: {missing}. Resolve these, or close with an exception and say why (your supervisor is told).</source>
            <translation>Ce dossier ne peut pas encore être clôturé : {missing}. Réglez ces points, ou clôturez avec une exception en indiquant pourquoi (votre superviseur en est informé).</translation>
        </message>
        <message>
            <source>That goal belongs to another case.</source>
            <translation>Cet objectif appartient à un autre dossier.</translation>
        </message>
        <message>
            <source>A goal's outcome is achieved, partly achieved or not achieved.</source>
            <translation>Le résultat d'un objectif est atteint, partiellement atteint ou non atteint.</translation>
        </message>
        <message>
            <source>Only a supervisor can mark a closure exception as reviewed.</source>
            <translation>Seul un superviseur peut marquer une exception de clôture comme examinée.</translation>
        </message>
        <message>
            <source>This case has no closure exception waiting for review.</source>
            <translation>Ce dossier n'a aucune exception de clôture en attente d'examen.</translation>
        </message>
        <message>
            <source>Say which client or case the conflict of interest concerns.</source>
            <translation>Indiquez le client ou le dossier concerné par le conflit d'intérêts.</translation>
        </message>
        <message>
            <source>This declaration has already been reviewed.</source>
            <translation>Cette déclaration a déjà été examinée.</translation>
        </message>
        <message>
            <source>A conflict of interest must be reviewed by someone else.</source>
            <translation>Un conflit d'intérêts doit être examiné par quelqu'un d'autre.</translation>
        </message>
        <message>
            <source>Only a supervisor can review a conflict of interest.</source>
            <translation>Seul un responsable peut examiner un conflit d'intérêts.</translation>
        </message>
        <message>
            <source>This file is not a picture Caseload can read (PNG, JPEG, TIFF or WebP).</source>
            <translation>Ce fichier n’est pas une image que Caseload peut lire (PNG, JPEG, TIFF ou WebP).</translation>
        </message>
        <message>
            <source>This picture is damaged or incomplete; please scan or photograph the page again.</source>
            <translation>Cette image est endommagée ou incomplète ; numérisez ou photographiez la page de nouveau.</translation>
        </message>
        <message>
            <source>This file is empty.</source>
            <translation>Ce fichier est vide.</translation>
        </message>
        <message>
            <source>This file is too large (the limit is 15 MB); please scan at a lower resolution.</source>
            <translation>Ce fichier est trop volumineux (la limite est de 15 Mo) ; numérisez avec une résolution plus basse.</translation>
        </message>
        <message>
            <source>This picture is too large to read; please scan at a lower resolution.</source>
            <translation>Cette image est trop grande pour être lue ; numérisez avec une résolution plus basse.</translation>
        </message>
        <message>
            <source>This consent's form is not in this copy of Caseload: update Caseload to show it.</source>
            <translation>Le formulaire de ce consentement n’est pas dans cette copie de Caseload : mettez Caseload à jour pour l’afficher.</translation>
        </message>
        <message>
            <source>This scan shows the code of another consent form.</source>
            <translation>Cette numérisation montre le code d’un autre formulaire de consentement.</translation>
        </message>
        <message>
            <source>This paper form was printed before the consent was changed: print it again and have it signed.</source>
            <translation>Ce formulaire papier a été imprimé avant la modification du consentement : imprimez-le de nouveau et faites-le signer.</translation>
        </message>
        <message>
            <source>Caseload has no consent form of this kind in the chosen language: choose another language.</source>
            <translation>Caseload n’a pas de formulaire de consentement de ce type dans la langue choisie : choisissez une autre langue.</translation>
        </message>
        <message>
            <source>Please say what the consent is for (at least one purpose).</source>
            <translation>Indiquez à quoi sert le consentement (au moins une finalité).</translation>
        </message>
        <message>
            <source>A release of information needs at least one named recipient.</source>
            <translation>Une autorisation de communication nécessite au moins un destinataire nommé.</translation>
        </message>
        <message>
            <source>Please choose which categories of information may be shared.</source>
            <translation>Choisissez quelles catégories d’informations peuvent être communiquées.</translation>
        </message>
        <message>
            <source>Explain the limits of confidentiality before preparing the form.</source>
            <translation>Expliquez les limites de la confidentialité avant de préparer le formulaire.</translation>
        </message>
        <message>
            <source>This consent is signed and can no longer change.</source>
            <translation>Ce consentement est signé et ne peut plus changer.</translation>
        </message>
        <message>
            <source>Explain the limits of confidentiality before the client signs.</source>
            <translation>Expliquez les limites de la confidentialité avant que le client signe.</translation>
        </message>
        <message>
            <source>Only a signed consent of this client can be renewed or withdrawn.</source>
            <translation>Seul un consentement signé de ce client peut être renouvelé ou retiré.</translation>
        </message>
        <message>
            <source>A withdrawal cannot be dated in the future.</source>
            <translation>Un retrait ne peut pas être daté dans le futur.</translation>
        </message>
        <message>
            <source>This contact belongs to another client.</source>
            <translation>Ce contact appartient à un autre client.</translation>
        </message>
        <message>
            <source>No consent in force covers this sharing ({missing}). Share only what a consent covers, or record a legal basis and the reason.</source>
            <translation>Aucun consentement en vigueur ne couvre cette communication ({missing}). Communiquez seulement ce qu’un consentement couvre, ou enregistrez un fondement légal et la raison.</translation>
        </message>
        <message>
            <source>The packet's fingerprint is not valid.</source>
            <translation>L’empreinte du paquet n’est pas valide.</translation>
        </message>
        <message>
            <source>The client can only have been told after the sharing, and not later than today.</source>
            <translation>Le client ne peut avoir été informé qu’après la communication, et au plus tard aujourd’hui.</translation>
        </message>
        <message>
            <source>The packet would hold information outside the categories chosen for it: {missing}.</source>
            <translation>Le paquet contiendrait des informations hors des catégories choisies : {missing}.</translation>
        </message>
        <message>
            <source>Please fill in the {what}.</source>
            <translation>Veuillez remplir le champ : {what}.</translation>
        </message>
        <message>
            <source>The {what} is too long (at most {limit} characters).</source>
            <translation>Le champ {what} est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <source>The {what} must be one of: {allowed}.</source>
            <translation>Le champ {what} doit être l’un de ceux-ci : {allowed}.</translation>
        </message>
        <message>
            <source>This case belongs to another client.</source>
            <translation>Ce dossier appartient à un autre client.</translation>
        </message>
        <message>
            <source>The reasons for a possible duplicate are not ones this app knows.</source>
            <translation>Les raisons du doublon possible ne sont pas connues de cette application.</translation>
        </message>
        <message>
            <source>email address</source>
            <translation>adresse électronique</translation>
        </message>
        <message>
            <source>kind of person</source>
            <translation>type de personne</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>relationship to the client</source>
            <translation>lien avec le client</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>numéro de téléphone</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>The email address does not look right (name@example.org).</source>
            <translation>L’adresse électronique ne semble pas correcte (nom@exemple.org).</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>La date de naissance ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>prénom</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>nom de famille</translation>
        </message>
        <message>
            <source>preferred name</source>
            <translation>nom d’usage</translation>
        </message>
        <message>
            <source>pronouns</source>
            <translation>pronoms</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>safe contact time</source>
            <translation>horaire de contact sûr</translation>
        </message>
        <message>
            <source>other contact rules</source>
            <translation>autres règles de contact</translation>
        </message>
        <message>
            <source>representative's name</source>
            <translation>nom du représentant</translation>
        </message>
        <message>
            <source>representative's role</source>
            <translation>rôle du représentant</translation>
        </message>
        <message>
            <source>representative's phone number</source>
            <translation>numéro de téléphone du représentant</translation>
        </message>
        <message>
            <source>cultural considerations</source>
            <translation>considérations culturelles</translation>
        </message>
        <message>
            <source>Choose the client's language from the list (or a code such as 'es').</source>
            <translation>Choisissez la langue du client dans la liste (ou un code comme 'es').</translation>
        </message>
        <message>
            <source>Check the date of birth: it is before 1900.</source>
            <translation>Vérifiez la date de naissance : elle est antérieure à 1900.</translation>
        </message>
        <message>
            <source>The {what} needs its digits (at least three).</source>
            <translation>Le champ « {what} » doit contenir des chiffres (au moins trois).</translation>
        </message>
        <message>
            <source>A client who lacks capacity needs a guardian or legal representative: fill in their name.</source>
            <translation>Un client sans capacité a besoin d’un tuteur ou d’un représentant légal : indiquez son nom.</translation>
        </message>
        <message>
            <source>programme</source>
            <translation>programme</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>décision</translation>
        </message>
        <message>
            <source>reason for the decision</source>
            <translation>motif de la décision</translation>
        </message>
        <message>
            <source>criteria</source>
            <translation>critères</translation>
        </message>
        <message>
            <source>This client's case in this programme is past intake; screening is recorded at intake (a new screening needs the case back at intake).</source>
            <translation>Le dossier de ce client dans ce programme a dépassé l’accueil ; l’évaluation initiale s’enregistre à l’accueil (une nouvelle évaluation exige que le dossier revienne à l’accueil).</translation>
        </message>
        <message>
            <source>The screening date cannot be in the future.</source>
            <translation>La date de l’évaluation initiale ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>A case is opened only for a client found eligible.</source>
            <translation>Un dossier n’est ouvert que pour un client jugé admissible.</translation>
        </message>
        <message>
            <source>The date of the {what} cannot be in the future.</source>
            <translation>La date de {what} ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>objective status</source>
            <translation>état de l'objectif</translation>
        </message>
        <message>
            <source>progress entry</source>
            <translation>la saisie de progression</translation>
        </message>
        <message>
            <source>value reached</source>
            <translation>valeur atteinte</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>client's answer to the plan</source>
            <translation>réponse de la personne au plan</translation>
        </message>
        <message>
            <source>client's words</source>
            <translation>mots de la personne</translation>
        </message>
        <message>
            <source>Please write what the client said about the plan they disagree with.</source>
            <translation>Veuillez écrire ce que la personne a dit du plan avec lequel elle n'est pas d'accord.</translation>
        </message>
        <message>
            <source>client's answer</source>
            <translation>la réponse de la personne</translation>
        </message>
        <message>
            <source>This note is signed and cannot be changed. Add an addendum instead.</source>
            <translation>Cette note est signée et ne peut plus être modifiée. Ajoutez plutôt un addendum.</translation>
        </message>
        <message>
            <source>This note is already signed.</source>
            <translation>Cette note est déjà signée.</translation>
        </message>
        <message>
            <source>An empty note cannot be signed.</source>
            <translation>Une note vide ne peut pas être signée.</translation>
        </message>
        <message>
            <source>Only a signed note takes an addendum; edit the draft instead.</source>
            <translation>Seule une note signée peut recevoir un addendum ; modifiez plutôt le brouillon.</translation>
        </message>
        <message>
            <source>An addendum needs a kind and a reason.</source>
            <translation>Un addendum nécessite un type et un motif.</translation>
        </message>
        <message>
            <source>A signed note cannot be discarded.</source>
            <translation>Une note signée ne peut pas être supprimée.</translation>
        </message>
        <message>
            <source>goal title</source>
            <translation>intitulé de l'objectif général</translation>
        </message>
        <message>
            <source>person responsible</source>
            <translation>personne responsable</translation>
        </message>
        <message>
            <source>goal status</source>
            <translation>état de l'objectif général</translation>
        </message>
        <message>
            <source>Progress must be a whole number of per cent.</source>
            <translation>La progression doit être un pourcentage entier.</translation>
        </message>
        <message>
            <source>Progress must be between 0 and 100 per cent.</source>
            <translation>La progression doit être comprise entre 0 et 100 pour cent.</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>objectif</translation>
        </message>
        <message>
            <source>measure (what will be counted or checked)</source>
            <translation>mesure (ce qui sera compté ou vérifié)</translation>
        </message>
        <message>
            <source>starting value</source>
            <translation>valeur de départ</translation>
        </message>
        <message>
            <source>target value</source>
            <translation>valeur cible</translation>
        </message>
        <message>
            <source>That objective belongs to another goal.</source>
            <translation>Cet objectif appartient à un autre objectif général.</translation>
        </message>
        <message>
            <source>An intervention cannot end before it starts.</source>
            <translation>Une intervention ne peut pas se terminer avant de commencer.</translation>
        </message>
        <message>
            <source>intervention</source>
            <translation>intervention</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyée</translation>
        </message>
        <message>
            <source>service started</source>
            <translation>service commencé</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>clôturée</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>urgence</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>That consent was given by another client.</source>
            <translation>Ce consentement a été donné par un autre client.</translation>
        </message>
        <message>
            <source>That consent is not in force (it is not signed, or was withdrawn).</source>
            <translation>Ce consentement n’est pas en vigueur (il n’est pas signé ou a été retiré).</translation>
        </message>
        <message>
            <source>That consent had expired by the date of the referral.</source>
            <translation>Ce consentement avait expiré à la date de l’orientation.</translation>
        </message>
        <message>
            <source>A referral shares the client's information: choose the signed release of information that names this organisation, or prepare one with the client.</source>
            <translation>Une orientation partage les informations du client : choisissez l’autorisation de communication signée qui nomme cet organisme, ou préparez-en une avec le client.</translation>
        </message>
        <message>
            <source>That consent is not a release of information.</source>
            <translation>Ce consentement n’est pas une autorisation de communication.</translation>
        </message>
        <message>
            <source>That release of information does not name this organisation.</source>
            <translation>Cette autorisation de communication ne nomme pas cet organisme.</translation>
        </message>
        <message>
            <source>This referral is {current}: it cannot become {status}.</source>
            <translation>Le statut de cette orientation est « {current} » : il ne peut pas devenir « {status} ».</translation>
        </message>
        <message>
            <source>A referral's status cannot change before the referral was made.</source>
            <translation>Le statut d’une orientation ne peut pas changer avant qu’elle ait été faite.</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>signes d’alerte</translation>
        </message>
        <message>
            <source>coping steps</source>
            <translation>stratégies d’adaptation</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacts</translation>
        </message>
        <message>
            <source>means restriction</source>
            <translation>restriction des moyens</translation>
        </message>
        <message>
            <source>client words</source>
            <translation>mots du client</translation>
        </message>
        <message>
            <source>agency reported to</source>
            <translation>organisme destinataire du signalement</translation>
        </message>
        <message>
            <source>reference number</source>
            <translation>numéro de référence</translation>
        </message>
        <message>
            <source>what was disclosed</source>
            <translation>ce qui a été révélé</translation>
        </message>
        <message>
            <source>legal basis</source>
            <translation>fondement juridique</translation>
        </message>
        <message>
            <source>kind of report</source>
            <translation>type de signalement</translation>
        </message>
        <message>
            <source>The review date cannot be in the future.</source>
            <translation>La date de révision ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>A report cannot be dated in the future.</source>
            <translation>Un signalement ne peut pas être daté dans le futur.</translation>
        </message>
        <message>
            <source>That case belongs to another client.</source>
            <translation>Ce dossier appartient à un autre client.</translation>
        </message>
        <message>
            <source>A correction must be about the same client.</source>
            <translation>Une correction doit concerner le même client.</translation>
        </message>
        <message>
            <source>Only a supervisor can mark a mandated report as reviewed.</source>
            <translation>Seul un superviseur peut marquer un signalement obligatoire comme examiné.</translation>
        </message>
        <message>
            <source>This report has already been reviewed.</source>
            <translation>Ce signalement a déjà été examiné.</translation>
        </message>
        <message>
            <source>The template can only be changed while the note is empty.</source>
            <translation>Le modèle ne peut être changé que tant que la note est vide.</translation>
        </message>
        <message>
            <source>That language is not available.</source>
            <translation>Cette langue n'est pas disponible.</translation>
        </message>
        <message>
            <source>Text size goes from {low} % to {high} %, in steps of {step} %.</source>
            <translation>La taille du texte va de {low} % à {high} %, par paliers de {step} %.</translation>
        </message>
        <message>
            <source>Choose an idle lock time from 1 to {most} minutes (the office's limit).</source>
            <translation>Choisissez un délai de verrouillage pour inactivité de 1 à {most} minutes (la limite fixée par le bureau).</translation>
        </message>
    </context>
    <context>
        <name>RefusedChanges</name>
        <message>
            <source>Re&amp;fused by the office</source>
            <translation>Re&amp;fusés par le bureau</translation>
        </message>
        <message>
            <source>Changes refused by the office</source>
            <translation>Modifications refusées par le bureau</translation>
        </message>
        <message>
            <source>The office did not accept these changes, so its copy does not have them. If one still matters, call the office (for a signed note, add an addendum instead); then dismiss it.</source>
            <translation>Le bureau n'a pas accepté ces modifications : sa copie ne les contient donc pas. Si l'une d'elles compte encore, appelez le bureau (pour une note signée, ajoutez plutôt un addendum) ; puis ignorez-la.</translation>
        </message>
        <message>
            <source>About changes refused by the office</source>
            <translation>À propos des modifications refusées par le bureau</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Problem with refused changes</source>
            <translation>Problème avec les modifications refusées</translation>
        </message>
        <message>
            <source>The office has not refused any of your changes.</source>
            <translation>Le bureau n'a refusé aucune de vos modifications.</translation>
        </message>
        <message>
            <source>O&amp;pen client</source>
            <translation>Ou&amp;vrir le client</translation>
        </message>
        <message>
            <source>Open the client's record</source>
            <translation>Ouvrir le dossier du client</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>Dismiss the refused change</source>
            <translation>Ignorer la modification refusée</translation>
        </message>
        <message>
            <source>You have dealt with it (called the office, added an addendum): take it off the list</source>
            <translation>Vous vous en êtes occupé (appel au bureau, addendum ajouté) : le retirer de la liste</translation>
        </message>
        <message>
            <source>{kind} for {name}</source>
            <translation>{kind} pour {name}</translation>
        </message>
        <message>
            <source>{kind} (no longer on this laptop)</source>
            <translation>{kind} (n'est plus sur cet ordinateur portable)</translation>
        </message>
        <message>
            <source>{subject}: the office refused it because {reason}.</source>
            <translation>{subject} : le bureau l'a refusé, car {reason}.</translation>
        </message>
        <message>
            <source>{subject}: the office refused it.</source>
            <translation>{subject} : le bureau l'a refusé.</translation>
        </message>
    </context>
    <context>
        <name>ReviewConflictDialog</name>
        <message>
            <source>Review a conflict of interest</source>
            <translation>Examiner un conflit d'intérêts</translation>
        </message>
        <message>
            <source>Decide what happens next. Your name, today's date and the outcome are recorded with the declaration, and the worker who declared it sees them.</source>
            <translation>Décidez de la suite. Votre nom, la date du jour et la décision sont enregistrés avec la déclaration, et l'intervenant qui l'a faite les verra.</translation>
        </message>
        <message>
            <source>&amp;Record review</source>
            <translation>&amp;Enregistrer l'examen</translation>
        </message>
        <message>
            <source>another worker</source>
            <translation>un autre intervenant</translation>
        </message>
        <message>
            <source>{day} by {who}</source>
            <translation>{day}, par {who}</translation>
        </message>
        <message>
            <source>Declared:</source>
            <translation>Déclaré :</translation>
        </message>
        <message>
            <source>Declared on and by</source>
            <translation>Date et auteur de la déclaration</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Relationship:</source>
            <translation>Relation :</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description :</translation>
        </message>
        <message>
            <source>What you decided about the conflict</source>
            <translation>Ce que vous avez décidé au sujet du conflit</translation>
        </message>
        <message>
            <source>Outcome of the review</source>
            <translation>Résultat de l'examen</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Résultat :</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>Note d'examen</translation>
        </message>
        <message>
            <source>What was decided and why; any safeguards agreed</source>
            <translation>Ce qui a été décidé et pourquoi ; les garanties convenues</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <source>What was decided and why</source>
            <translation>Ce qui a été décidé et pourquoi</translation>
        </message>
        <message>
            <source>Record your review of the declaration</source>
            <translation>Enregistrer votre examen de la déclaration</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <source>Low risk</source>
            <translation>Risque faible</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Risque moyen</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Risque élevé</translation>
        </message>
    </context>
    <context>
        <name>RiskLevel</name>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Safety flags on the record; untick one to remove it</source>
            <translation>Alertes de sécurité du dossier ; décochez-en une pour la retirer</translation>
        </message>
        <message>
            <source>Arrow keys move between the flags; Space unticks or ticks one</source>
            <translation>Les flèches passent d'une alerte à l'autre ; Espace coche ou décoche</translation>
        </message>
        <message>
            <source>Risk and safety</source>
            <translation>Risque et sécurité</translation>
        </message>
        <message>
            <source>Risk level the ratings suggest</source>
            <translation>Niveau de risque suggéré par les notes</translation>
        </message>
        <message>
            <source>Overall risk level</source>
            <translation>Niveau de risque global</translation>
        </message>
        <message>
            <source>Notes on risk</source>
            <translation>Notes sur le risque</translation>
        </message>
        <message>
            <source>What puts the client or others at risk, and what protects</source>
            <translation>Ce qui met en danger le client ou d'autres personnes, et ce qui protège</translation>
        </message>
        <message>
            <source>New safety flags</source>
            <translation>Nouvelles alertes de sécurité</translation>
        </message>
        <message>
            <source>One per line, e.g. Visit in pairs</source>
            <translation>Une par ligne, p. ex. Visiter à deux</translation>
        </message>
        <message>
            <source>Next re-assessment date</source>
            <translation>Date de la prochaine réévaluation</translation>
        </message>
        <message>
            <source>When to assess again; about three months is usual</source>
            <translation>Quand évaluer à nouveau ; environ trois mois est l'usage</translation>
        </message>
        <message>
            <source>You decide the level; the ratings only suggest one</source>
            <translation>Vous décidez du niveau ; les notes n'en suggèrent qu'un</translation>
        </message>
        <message>
            <source>Overall &amp;risk level</source>
            <translation>Niveau de &amp;risque global</translation>
        </message>
        <message>
            <source>Risk &amp;notes</source>
            <translation>&amp;Notes sur le risque</translation>
        </message>
        <message>
            <source>Safety &amp;flags</source>
            <translation>&amp;Alertes de sécurité</translation>
        </message>
        <message>
            <source>No safety flags on the record.</source>
            <translation>Aucune alerte de sécurité dans le dossier.</translation>
        </message>
        <message>
            <source>&amp;Add safety flags</source>
            <translation>A&amp;jouter des alertes de sécurité</translation>
        </message>
        <message>
            <source>Next re-assessment &amp;due</source>
            <translation>Prochaine réé&amp;valuation</translation>
        </message>
        <message>
            <source>The risk level you choose becomes the client's risk level on the record. Safety flags warn anyone who visits or calls; keep them short and factual.</source>
            <translation>Le niveau de risque que vous choisissez devient celui du client dans le dossier. Les alertes de sécurité préviennent toute personne qui visite ou appelle ; gardez-les brèves et factuelles.</translation>
        </message>
        <message>
            <source>About risk and safety</source>
            <translation>À propos du risque et de la sécurité</translation>
        </message>
        <message>
            <source>The ratings suggest: {level}.</source>
            <translation>Les notes suggèrent : {level}.</translation>
        </message>
    </context>
    <context>
        <name>SafetyDialogs</name>
        <message>
            <source>Suspected abuse or neglect</source>
            <translation>Soupçon de maltraitance ou de négligence</translation>
        </message>
        <message>
            <source>Duty to warn</source>
            <translation>Devoir de mise en garde</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Plan de sécurité</translation>
        </message>
        <message>
            <source>Write the plan with the client, in the words they will recognise in a crisis.</source>
            <translation>Rédigez le plan avec le client, avec les mots qu’il reconnaîtra en situation de crise.</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>&amp;Enregistrer le plan</translation>
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation>Signes d’&amp;alerte</translation>
        </message>
        <message>
            <source>What tells the client a crisis may be starting.</source>
            <translation>Ce qui indique au client qu’une crise pourrait commencer.</translation>
        </message>
        <message>
            <source>&amp;Coping steps</source>
            <translation>Stratégies d’a&amp;daptation</translation>
        </message>
        <message>
            <source>What the client can do on their own.</source>
            <translation>Ce que le client peut faire par lui-même.</translation>
        </message>
        <message>
            <source>&amp;People and services to call</source>
            <translation>&amp;Personnes et services à appeler</translation>
        </message>
        <message>
            <source>Who the client can call, with their numbers.</source>
            <translation>Qui le client peut appeler, avec les numéros.</translation>
        </message>
        <message>
            <source>&amp;Means restriction</source>
            <translation>&amp;Restriction des moyens</translation>
        </message>
        <message>
            <source>How the client's surroundings are made safer.</source>
            <translation>Comment l’environnement du client est rendu plus sûr.</translation>
        </message>
        <message>
            <source>The client's o&amp;wn words</source>
            <translation>Les &amp;mots du client</translation>
        </message>
        <message>
            <source>The plan as the client says it, in their words.</source>
            <translation>Le plan tel que le client le formule, avec ses mots.</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Date de révision</translation>
        </message>
        <message>
            <source>&amp;Reviewed with the client on</source>
            <translation>&amp;Révisé avec le client le</translation>
        </message>
        <message>
            <source>Tick to give the day the plan was reviewed with the client.</source>
            <translation>Cochez pour indiquer le jour où le plan a été révisé avec le client.</translation>
        </message>
        <message>
            <source>Record mandated report</source>
            <translation>Enregistrer un signalement obligatoire</translation>
        </message>
        <message>
            <source>Record a report you have made. Take down the facts and the client's own words, not opinions. Once saved it cannot be changed, and your supervisor is told at the next sync.</source>
            <translation>Enregistrez un signalement que vous avez fait. Notez les faits et les mots du client, pas des opinions. Une fois enregistré, il ne peut plus être modifié, et votre superviseur en est informé à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>&amp;Record report</source>
            <translation>&amp;Enregistrer le signalement</translation>
        </message>
        <message>
            <source>Kind of report</source>
            <translation>Type de signalement</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Reported &amp;on</source>
            <translation>&amp;Signalé le</translation>
        </message>
        <message>
            <source>Date reported</source>
            <translation>Date du signalement</translation>
        </message>
        <message>
            <source>&amp;Agency</source>
            <translation>&amp;Organisme</translation>
        </message>
        <message>
            <source>Agency reported to</source>
            <translation>Organisme destinataire du signalement</translation>
        </message>
        <message>
            <source>Re&amp;ference</source>
            <translation>Ré&amp;férence</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Numéro de référence</translation>
        </message>
        <message>
            <source>What was &amp;disclosed</source>
            <translation>Ce qui a été ré&amp;vélé</translation>
        </message>
        <message>
            <source>What was disclosed</source>
            <translation>Ce qui a été révélé</translation>
        </message>
        <message>
            <source>The facts, and the client's own words</source>
            <translation>Les faits, et les mots du client</translation>
        </message>
        <message>
            <source>&amp;Legal basis</source>
            <translation>Fondement &amp;juridique</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Fondement juridique</translation>
        </message>
        <message>
            <source>Mandated report</source>
            <translation>Signalement obligatoire</translation>
        </message>
        <message>
            <source>What the report was about.</source>
            <translation>L’objet du signalement.</translation>
        </message>
        <message>
            <source>Required: who the report went to.</source>
            <translation>Obligatoire : à qui le signalement a été adressé.</translation>
        </message>
        <message>
            <source>Optional: the number the agency gave.</source>
            <translation>Facultatif : le numéro donné par l’organisme.</translation>
        </message>
        <message>
            <source>Required: the facts and the client's own words.</source>
            <translation>Obligatoire : les faits et les mots du client.</translation>
        </message>
        <message>
            <source>Required: the law or duty that required the report.</source>
            <translation>Obligatoire : la loi ou l’obligation qui imposait le signalement.</translation>
        </message>
    </context>
    <context>
        <name>SafetySection</name>
        <message>
            <source>Warning signs</source>
            <translation>Signes d’alerte</translation>
        </message>
        <message>
            <source>Coping steps</source>
            <translation>Stratégies d’adaptation</translation>
        </message>
        <message>
            <source>People and services to call</source>
            <translation>Personnes et services à appeler</translation>
        </message>
        <message>
            <source>Means restriction</source>
            <translation>Restriction des moyens</translation>
        </message>
        <message>
            <source>In the client's own words</source>
            <translation>Avec les mots du client</translation>
        </message>
        <message>
            <source>No safety plan yet. Write one with the client.</source>
            <translation>Pas encore de plan de sécurité. Rédigez-en un avec le client.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <source>Reviewed with the client: {day}</source>
            <translation>Révisé avec le client : {day}</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>Signalé le</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>non indiquée</translation>
        </message>
        <message>
            <source>What was disclosed</source>
            <translation>Ce qui a été révélé</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Fondement juridique</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Enregistré par</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Flagged for supervisor review</source>
            <translation>À examiner par le superviseur</translation>
        </message>
        <message>
            <source>Reviewed by {name}</source>
            <translation>Examiné par {name}</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>un superviseur</translation>
        </message>
        <message>
            <source>Corrected later</source>
            <translation>Corrigé par la suite</translation>
        </message>
        <message>
            <source>Safety plan and reports</source>
            <translation>Plan de sécurité et signalements</translation>
        </message>
        <message>
            <source>Edit safety plan…</source>
            <translation>Modifier le plan de sécurité…</translation>
        </message>
        <message>
            <source>Edit safety plan</source>
            <translation>Modifier le plan de sécurité</translation>
        </message>
        <message>
            <source>Write or change the client's safety plan</source>
            <translation>Rédiger ou modifier le plan de sécurité du client</translation>
        </message>
        <message>
            <source>Record mandated report…</source>
            <translation>Enregistrer un signalement obligatoire…</translation>
        </message>
        <message>
            <source>Record mandated report</source>
            <translation>Enregistrer un signalement obligatoire</translation>
        </message>
        <message>
            <source>Record a report the law required you to make</source>
            <translation>Enregistrer un signalement que la loi vous imposait de faire</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Marquer comme examiné</translation>
        </message>
        <message>
            <source>Mark the report reviewed</source>
            <translation>Marquer le signalement comme examiné</translation>
        </message>
        <message>
            <source>As the supervisor, mark the selected report reviewed</source>
            <translation>En tant que superviseur, marquer comme examiné le signalement sélectionné</translation>
        </message>
        <message>
            <source>Problem with the safety plan or a report</source>
            <translation>Problème avec le plan de sécurité ou un signalement</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Plan de sécurité</translation>
        </message>
        <message>
            <source>The client's safety plan, as written.</source>
            <translation>Le plan de sécurité du client, tel qu’il est rédigé.</translation>
        </message>
        <message>
            <source>Mandated reports</source>
            <translation>Signalements obligatoires</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Signalement</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Mandated report details</source>
            <translation>Détails du signalement obligatoire</translation>
        </message>
        <message>
            <source>The selected report, in full.</source>
            <translation>Le signalement sélectionné, en entier.</translation>
        </message>
        <message>
            <source>Reports about the client, newest first. Arrow keys choose one.</source>
            <translation>Signalements concernant le client, les plus récents d’abord. Les flèches en choisissent un.</translation>
        </message>
        <message>
            <source>No mandated reports about this client.</source>
            <translation>Aucun signalement obligatoire concernant ce client.</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Clients ({count})</source>
            <translation>Clients ({count})</translation>
        </message>
        <message>
            <source>Case notes ({count})</source>
            <translation>Notes de suivi ({count})</translation>
        </message>
        <message>
            <source>Tasks ({count})</source>
            <translation>Tâches ({count})</translation>
        </message>
        <message>
            <source>No names, notes or tasks contain these words.</source>
            <translation>Aucun nom, aucune note ni tâche ne contient ces mots.</translation>
        </message>
        <message>
            <source>(no client)</source>
            <translation>(aucun client)</translation>
        </message>
        <message>
            <source>note of {when}</source>
            <translation>note du {when}</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tâche</translation>
        </message>
        <message>
            <source>task due {day}</source>
            <translation>tâche à faire le {day}</translation>
        </message>
        <message>
            <source>&amp;Matches in names, notes and tasks  (Alt+M)</source>
            <translation>&amp;Résultats dans les noms, notes et tâches  (Alt+R)</translation>
        </message>
        <message>
            <source>&amp;Matches in names, notes and tasks: {count}  (Alt+M)</source>
            <translation>&amp;Résultats dans les noms, notes et tâches : {count}  (Alt+R)</translation>
        </message>
        <message>
            <source>Full-text matches</source>
            <translation>Résultats dans le texte</translation>
        </message>
        <message>
            <source>Matches in names, notes and tasks</source>
            <translation>Résultats dans les noms, notes et tâches</translation>
        </message>
        <message>
            <source>Up and Down move between matches; Enter opens the client or the note</source>
            <translation>Les flèches haut et bas passent d'un résultat à l'autre ; Entrée ouvre le client ou la note</translation>
        </message>
    </context>
    <context>
        <name>SettingsHooks</name>
        <message>
            <source>Passphrase changed. Use the new one from now on.</source>
            <translation>Phrase secrète modifiée. Utilisez la nouvelle à partir de maintenant.</translation>
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation>Ce n'est pas votre phrase secrète actuelle. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Changing the passphrase</source>
            <translation>Changement de la phrase secrète</translation>
        </message>
    </context>
    <context>
        <name>SettingsMenu</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>Language, text size, contrast, idle lock and daily sync</source>
            <translation>Langue, taille du texte, contraste, verrouillage pour inactivité et synchronisation quotidienne</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <source>Make all text larger (kept for you)</source>
            <translation>Agrandir tout le texte (conservé pour vous)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texte plus &amp;petit</translation>
        </message>
        <message>
            <source>Make all text smaller (kept for you)</source>
            <translation>Réduire tout le texte (conservé pour vous)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Taille de texte &amp;normale</translation>
        </message>
        <message>
            <source>Text at its usual size</source>
            <translation>Texte à sa taille habituelle</translation>
        </message>
        <message>
            <source>Text size {percent} %</source>
            <translation>Taille du texte : {percent} %</translation>
        </message>
        <message>
            <source>Saving your settings</source>
            <translation>Enregistrement de vos préférences</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Préférences enregistrées.</translation>
        </message>
    </context>
    <context>
        <name>SetupScreen</name>
        <message>
            <source>Your passphrase locks every client record on this laptop. Use a few unrelated words you will remember (at least 10 characters).</source>
            <translation>Votre phrase secrète verrouille tous les dossiers sur cet ordinateur portable. Utilisez quelques mots sans rapport entre eux dont vous vous souviendrez (au moins 10 caractères).</translation>
        </message>
        <message>
            <source>If you forget it: nobody can look it up or reset it, not IT and not your supervisor. Only your office can restore access, using the office recovery key, so you would have to ask them. Do not keep it written down with the laptop.</source>
            <translation>Si vous l’oubliez : personne ne peut la retrouver ni la réinitialiser, ni le service informatique ni votre responsable. Seul votre bureau peut rétablir l’accès, avec la clé de récupération du bureau : il faudrait le lui demander. Ne la gardez pas écrite avec l’ordinateur portable.</translation>
        </message>
        <message>
            <source>This computer has no system keyring, so the vault cannot also be tied to this laptop. Anyone who copies the files would only need to guess your passphrase. Ask IT to set up the keyring, or accept the weaker protection below.</source>
            <translation>Cet ordinateur n’a pas de trousseau système : le coffre ne peut donc pas être lié aussi à cet ordinateur portable. Quiconque copierait les fichiers n’aurait qu’à deviner votre phrase secrète. Demandez au service informatique de configurer le trousseau, ou acceptez la protection plus faible ci-dessous.</translation>
        </message>
        <message>
            <source>If you forget it: nobody can look it up or reset it. No office recovery key is installed on this laptop, so a forgotten passphrase means the records on it are lost until the office sends them again. Do not keep it written down with the laptop.</source>
            <translation>Si vous l’oubliez : personne ne peut la retrouver ni la réinitialiser. Aucune clé de récupération du bureau n’est installée sur cet ordinateur portable : une phrase secrète oubliée signifie que ses dossiers sont perdus jusqu’à ce que le bureau les renvoie. Ne la gardez pas écrite avec l’ordinateur portable.</translation>
        </message>
        <message>
            <source>Create a passphrase-only vault (weaker)</source>
            <translation>Créer un coffre protégé par la phrase secrète seule (plus faible)</translation>
        </message>
        <message>
            <source>e.g. Alex Rivera</source>
            <translation>p. ex. Alex Rivera</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Your name as your office knows it; it is shown on the notes you write</source>
            <translation>Votre nom tel que votre bureau le connaît ; il figure sur les notes que vous rédigez</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>At least 10 characters: a few unrelated words you will remember</source>
            <translation>Au moins 10 caractères : quelques mots sans rapport dont vous vous souviendrez</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Confirmer la phrase secrète</translation>
        </message>
        <message>
            <source>Type the same passphrase again</source>
            <translation>Saisissez de nouveau la même phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Show passphrase</source>
            <translation>&amp;Afficher la phrase secrète</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Afficher la phrase secrète</translation>
        </message>
        <message>
            <source>Shows the passphrase as you type it; make sure nobody is watching</source>
            <translation>Affiche la phrase secrète pendant la saisie ; vérifiez que personne ne regarde</translation>
        </message>
        <message>
            <source>Keyring warning</source>
            <translation>Avertissement sur le trousseau</translation>
        </message>
        <message>
            <source>Setup problem</source>
            <translation>Problème de configuration</translation>
        </message>
        <message>
            <source>Creating your encrypted vault</source>
            <translation>Création de votre coffre chiffré</translation>
        </message>
        <message>
            <source>Create my vault</source>
            <translation>Créer mon coffre</translation>
        </message>
        <message>
            <source>Create the encrypted vault for your caseload on this laptop (Enter)</source>
            <translation>Créer le coffre chiffré de vos dossiers sur cet ordinateur portable (Entrée)</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase secrète</translation>
        </message>
        <message>
            <source>Type it &amp;again</source>
            <translation>Saisissez-la à &amp;nouveau</translation>
        </message>
        <message>
            <source>Set up Caseload on this laptop</source>
            <translation>Configurer Caseload sur cet ordinateur portable</translation>
        </message>
        <message>
            <source>About your passphrase</source>
            <translation>À propos de votre phrase secrète</translation>
        </message>
        <message>
            <source>If you forget your passphrase</source>
            <translation>Si vous oubliez votre phrase secrète</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Saisissez votre nom.</translation>
        </message>
        <message>
            <source>That passphrase is too weak ({label}). {advice}</source>
            <translation>Cette phrase secrète est trop faible ({label}). {advice}</translation>
        </message>
        <message>
            <source>The two passphrases are different. Type the same passphrase twice.</source>
            <translation>Les deux phrases secrètes sont différentes. Saisissez la même phrase secrète deux fois.</translation>
        </message>
        <message>
            <source>There is no system keyring. Tick “{option}” to continue without it.</source>
            <translation>Il n’y a pas de trousseau système. Cochez « {option} » pour continuer sans lui.</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Legal name</source>
            <translation>Nom légal</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nom d'usage</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronoms</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Put this in the packet (only while its category is ticked)</source>
            <translation>Mettre ceci dans le dossier (seulement si sa catégorie est cochée)</translation>
        </message>
        <message>
            <source>Categories of information</source>
            <translation>Catégories d'informations</translation>
        </message>
        <message>
            <source>Share: {category}</source>
            <translation>Partager : {category}</translation>
        </message>
        <message>
            <source>The packet may hold this kind of information</source>
            <translation>Le dossier peut contenir ce type d'informations</translation>
        </message>
        <message>
            <source>Items to include</source>
            <translation>Éléments à inclure</translation>
        </message>
        <message>
            <source>The plan (goals and steps)</source>
            <translation>Le plan (objectifs et étapes)</translation>
        </message>
        <message>
            <source>Include the plan</source>
            <translation>Inclure le plan</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Include the assessments</source>
            <translation>Inclure les évaluations</translation>
        </message>
        <message>
            <source>Signed notes to include</source>
            <translation>Notes signées à inclure</translation>
        </message>
        <message>
            <source>Arrow keys move, Space ticks a note to include, Tab leaves</source>
            <translation>Les flèches déplacent, Espace coche une note à inclure, Tab quitte la liste</translation>
        </message>
        <message>
            <source>Share information</source>
            <translation>Partager des informations</translation>
        </message>
        <message>
            <source>Share only what the purpose needs. The app ticks the least the consent covers.</source>
            <translation>Ne partagez que ce dont la finalité a besoin. L'application coche le minimum couvert par le consentement.</translation>
        </message>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Partager</translation>
        </message>
        <message>
            <source>Share information form</source>
            <translation>Formulaire de partage d'informations</translation>
        </message>
        <message>
            <source>&amp;Recipient</source>
            <translation>&amp;Destinataire</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Finalité</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalité</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informations</translation>
        </message>
        <message>
            <source>Include</source>
            <translation>Inclure</translation>
        </message>
        <message>
            <source>&amp;Delivery</source>
            <translation>&amp;Remise</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Remise</translation>
        </message>
        <message>
            <source>Consent check</source>
            <translation>Vérification du consentement</translation>
        </message>
        <message>
            <source>Share without consent under a &amp;legal basis</source>
            <translation>Partager sans consentement sur une base &amp;légale</translation>
        </message>
        <message>
            <source>Share without consent under a legal basis</source>
            <translation>Partager sans consentement sur une base légale</translation>
        </message>
        <message>
            <source>&amp;Basis</source>
            <translation>&amp;Base</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Base légale</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Raison</translation>
        </message>
        <message>
            <source>Reason for sharing without consent</source>
            <translation>Raison du partage sans consentement</translation>
        </message>
        <message>
            <source>Your supervisor will be told of this sharing at the next sync. The reason is kept in the record and cannot be changed.</source>
            <translation>Votre responsable sera informé·e de ce partage à la prochaine synchronisation. La raison est conservée au dossier et ne peut pas être modifiée.</translation>
        </message>
        <message>
            <source>Warning about sharing without consent</source>
            <translation>Avertissement sur le partage sans consentement</translation>
        </message>
        <message>
            <source>Build the packet, seal it and record the sharing</source>
            <translation>Constituer le dossier, le sceller et enregistrer le partage</translation>
        </message>
        <message>
            <source>A contact of the client or a name as consented</source>
            <translation>Un contact de la personne ou un nom prévu par le consentement</translation>
        </message>
        <message>
            <source>Why it is shared: a purpose the consent names</source>
            <translation>Pourquoi c'est partagé : une finalité nommée dans le consentement</translation>
        </message>
        <message>
            <source>Print the packet, save it to a file, or both</source>
            <translation>Imprimer le dossier, l'enregistrer dans un fichier, ou les deux</translation>
        </message>
        <message>
            <source>Only when the law requires or allows it</source>
            <translation>Seulement quand la loi l'exige ou le permet</translation>
        </message>
        <message>
            <source>The law or order that allows sharing</source>
            <translation>La loi ou la décision qui permet le partage</translation>
        </message>
        <message>
            <source>Kept in the record; your supervisor is told</source>
            <translation>Conservé au dossier ; votre responsable en est informé·e</translation>
        </message>
        <message>
            <source>Covered by the consent of {day}.</source>
            <translation>Couvert par le consentement du {day}.</translation>
        </message>
        <message>
            <source>Without consent, legal basis: {basis}</source>
            <translation>Sans consentement, base légale : {basis}</translation>
        </message>
        <message>
            <source>Consent signed {day}</source>
            <translation>Consentement signé le {day}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>What each key does; arrow keys move down the list</source>
            <translation>Ce que fait chaque touche ; les flèches parcourent la liste</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation>Fermer la liste des raccourcis</translation>
        </message>
    </context>
    <context>
        <name>SignatureField</name>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>Clear the signature</source>
            <translation>Effacer la signature</translation>
        </message>
        <message>
            <source>Wipe the pad so the signer can sign again</source>
            <translation>Effacer la zone pour signer à nouveau</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature pad</source>
            <translation>Zone de signature</translation>
        </message>
        <message>
            <source>Draw the signature here with a finger, a pen or the mouse. Delete or Backspace clears it. Someone who cannot sign on the screen can consent on paper or verbally instead: choose that in the form.</source>
            <translation>Tracez ici la signature avec le doigt, un stylet ou la souris. Suppr ou Retour arrière l'efface. Une personne qui ne peut pas signer à l'écran peut consentir sur papier ou oralement : choisissez-le dans le formulaire.</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>Signez ici</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Intake</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planification</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Suivi du plan</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi post-clôture</translation>
        </message>
    </context>
    <context>
        <name>StageMoveDialog</name>
        <message>
            <source>Move this case from {current} to {target}?</source>
            <translation>Faire passer ce dossier de {current} à {target} ?</translation>
        </message>
        <message>
            <source>Move the case</source>
            <translation>Changer l'étape du dossier</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Changer</translation>
        </message>
        <message>
            <source>Why the case moves; kept in the stage history with your name</source>
            <translation>Pourquoi le dossier change d'étape ; conservé dans l'historique des étapes avec votre nom</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Motif (obligatoire) :</translation>
        </message>
        <message>
            <source>Reason for the move</source>
            <translation>Motif du changement</translation>
        </message>
        <message>
            <source>Move the case and record the reason</source>
            <translation>Changer l'étape et enregistrer le motif</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>Intake</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planification</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi post-clôture</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Scheduled</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absence</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>Late entry</source>
            <translation>Saisie tardive</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <source>Co-signed</source>
            <translation>Cosignée</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Remplacé</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Expiring soon</source>
            <translation>Expire bientôt</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Suivi à faire</translation>
        </message>
        <message>
            <source>Pending review</source>
            <translation>En attente d'examen</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Examiné</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Robustesse de la phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase strength meter</source>
            <translation>Indicateur de robustesse de la phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase advice</source>
            <translation>Conseil sur la phrase secrète</translation>
        </message>
        <message>
            <source>Strength: %1</source>
            <translation>Robustesse : %1</translation>
        </message>
    </context>
    <context>
        <name>SyncBanner</name>
        <message>
            <source>Sync message</source>
            <translation>Message de synchronisation</translation>
        </message>
        <message>
            <source>Sync message text</source>
            <translation>Texte du message de synchronisation</translation>
        </message>
        <message>
            <source>Review conflicts</source>
            <translation>Examiner les conflits</translation>
        </message>
        <message>
            <source>Open the sync conflicts window</source>
            <translation>Ouvrir la fenêtre des conflits de synchronisation</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Dismiss sync message</source>
            <translation>Ignorer le message de synchronisation</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Masquer ce message</translation>
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <source>Conflic&amp;ts</source>
            <translation>Confli&amp;ts</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>Another device changed these fields after you did, so the office kept its value and your edit was set aside here. If your value should stand, enter it again in the record; then mark the conflict reviewed.</source>
            <translation>Un autre appareil a modifié ces champs après vous : le bureau a donc gardé sa valeur et votre modification a été mise de côté ici. Si votre valeur doit prévaloir, saisissez-la de nouveau dans le dossier ; puis marquez le conflit comme examiné.</translation>
        </message>
        <message>
            <source>About sync conflicts</source>
            <translation>À propos des conflits de synchronisation</translation>
        </message>
        <message>
            <source>Sync conflicts to review</source>
            <translation>Conflits de synchronisation à examiner</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Your edit (set aside)</source>
            <translation>Votre modification (mise de côté)</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>Valeur conservée</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Problem with sync conflicts</source>
            <translation>Problème avec les conflits de synchronisation</translation>
        </message>
        <message>
            <source>No conflicts to review.</source>
            <translation>Aucun conflit à examiner.</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Open the client's record</source>
            <translation>Ouvrir le dossier du client</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Mark &amp;reviewed</source>
            <translation>Marquer comme e&amp;xaminé</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Marquer comme examiné</translation>
        </message>
        <message>
            <source>I have seen this conflict</source>
            <translation>J'ai vu ce conflit</translation>
        </message>
        <message>
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Reading the conflicts</source>
            <translation>Lecture des conflits</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictsDialog</name>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>Your edits that another device's newer values replaced, and changes the office refused</source>
            <translation>Vos modifications remplacées par les valeurs plus récentes d'un autre appareil, et les modifications refusées par le bureau</translation>
        </message>
        <message>
            <source>Conflicts and refused changes</source>
            <translation>Conflits et modifications refusées</translation>
        </message>
        <message>
            <source>Conflicts or refused changes</source>
            <translation>Conflits ou modifications refusées</translation>
        </message>
        <message>
            <source>Left and Right switch between the two lists</source>
            <translation>Les flèches gauche et droite passent d'une liste à l'autre</translation>
        </message>
        <message>
            <source>Close sync conflicts</source>
            <translation>Fermer les conflits de synchronisation</translation>
        </message>
        <message>
            <source>Close this window (Esc)</source>
            <translation>Fermer cette fenêtre (Échap)</translation>
        </message>
    </context>
    <context>
        <name>SyncListSection</name>
        <message>
            <source>Up and Down choose a line; Enter opens the client's record</source>
            <translation>Les flèches haut et bas choisissent une ligne ; Entrée ouvre le dossier du client</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message>
            <source>Sync status</source>
            <translation>État de la synchronisation</translation>
        </message>
        <message>
            <source>Sync in progress</source>
            <translation>Synchronisation en cours</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Stop sync</source>
            <translation>Arrêter la synchronisation</translation>
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message>
            <source>signed notes and consents cannot change (add an addendum instead)</source>
            <translation>les notes et consentements signés ne peuvent pas changer (ajoutez plutôt un addendum)</translation>
        </message>
        <message>
            <source>history entries cannot change</source>
            <translation>les entrées de l'historique ne peuvent pas changer</translation>
        </message>
        <message>
            <source>it is about a client who is not on your caseload</source>
            <translation>il concerne un client qui ne fait pas partie de vos dossiers</translation>
        </message>
        <message>
            <source>the office files that record under another client</source>
            <translation>le bureau classe cet élément sous un autre client</translation>
        </message>
        <message>
            <source>only the office can change another worker's details</source>
            <translation>seul le bureau peut modifier les informations d'un autre intervenant</translation>
        </message>
        <message>
            <source>the office does not know that kind of record (update Caseload)</source>
            <translation>le bureau ne connaît pas ce type d'élément (mettez Caseload à jour)</translation>
        </message>
        <message>
            <source>the activity log did not match the office's copy</source>
            <translation>le journal d'activité ne correspondait pas à la copie du bureau</translation>
        </message>
        <message>
            <source>Not connected to the office</source>
            <translation>Non connecté au bureau</translation>
        </message>
        <message>
            <source>This laptop is not connected to the office yet. Choose Sync ▸ Connect to the office… and paste the code your supervisor gives you.</source>
            <translation>Cet ordinateur portable n'est pas encore connecté au bureau. Choisissez Synchroniser ▸ Se connecter au bureau… et collez le code que vous donne votre responsable.</translation>
        </message>
        <message>
            <source>Sync stopped. What was sent and received so far is kept; the rest goes next time.</source>
            <translation>Synchronisation arrêtée. Ce qui a été envoyé et reçu jusqu'ici est conservé ; le reste partira la prochaine fois.</translation>
        </message>
        <message>
            <source>Syncing with the office…</source>
            <translation>Synchronisation avec le bureau…</translation>
        </message>
        <message>
            <source>Stopping the sync…</source>
            <translation>Arrêt de la synchronisation…</translation>
        </message>
        <message numerus="yes">
            <source>%n change</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n change sent…</source>
            <translation>
                <numerusform>Synchronisation : %n modification envoyée…</numerusform>
                <numerusform>Synchronisation : %n modifications envoyées…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n changes sent…</source>
            <translation>
                <numerusform>Synchronisation : %n modification envoyée…</numerusform>
                <numerusform>Synchronisation : %n modifications envoyées…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n change received…</source>
            <translation>
                <numerusform>Synchronisation : %n modification reçue…</numerusform>
                <numerusform>Synchronisation : %n modifications reçues…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n changes received…</source>
            <translation>
                <numerusform>Synchronisation : %n modification reçue…</numerusform>
                <numerusform>Synchronisation : %n modifications reçues…</numerusform>
            </translation>
        </message>
        <message>
            <source>Syncing: fetching newly assigned clients ({count})…</source>
            <translation>Synchronisation : récupération des clients nouvellement attribués ({count})…</translation>
        </message>
        <message>
            <source>Syncing: removing reassigned clients ({count})…</source>
            <translation>Synchronisation : retrait des clients réattribués ({count})…</translation>
        </message>
        <message>
            <source>Syncing ({count})…</source>
            <translation>Synchronisation ({count})…</translation>
        </message>
        <message>
            <source>the office refused it</source>
            <translation>le bureau l'a refusé</translation>
        </message>
        <message numerus="yes">
            <source>%n change was refused: {reasons}. See Refused by the office in Sync conflicts.</source>
            <translation>
                <numerusform>%n modification a été refusée : {reasons}. Voir Refusés par le bureau dans Conflits de synchronisation.</numerusform>
                <numerusform>%n modifications ont été refusées : {reasons}. Voir Refusés par le bureau dans Conflits de synchronisation.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused: {reasons}. See Refused by the office in Sync conflicts.</source>
            <translation>
                <numerusform>%n modification a été refusée : {reasons}. Voir Refusés par le bureau dans Conflits de synchronisation.</numerusform>
                <numerusform>%n modifications ont été refusées : {reasons}. Voir Refusés par le bureau dans Conflits de synchronisation.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client was reassigned and removed from this laptop.</source>
            <translation>
                <numerusform>%n client a été réattribué et retiré de cet ordinateur portable.</numerusform>
                <numerusform>%n clients ont été réattribués et retirés de cet ordinateur portable.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients were reassigned and removed from this laptop.</source>
            <translation>
                <numerusform>%n client a été réattribué et retiré de cet ordinateur portable.</numerusform>
                <numerusform>%n clients ont été réattribués et retirés de cet ordinateur portable.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything was already up to date.</source>
            <translation>Tout était déjà à jour.</translation>
        </message>
        <message>
            <source>Sent {changes}, received {received}.</source>
            <translation>Envoyé : {changes} ; reçu : {received}.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict to review.</source>
            <translation>
                <numerusform>%n conflit à examiner.</numerusform>
                <numerusform>%n conflits à examiner.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts to review.</source>
            <translation>
                <numerusform>%n conflit à examiner.</numerusform>
                <numerusform>%n conflits à examiner.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some records still differ from the office's copy: sync again later.</source>
            <translation>Certains éléments diffèrent encore de la copie du bureau : synchronisez de nouveau plus tard.</translation>
        </message>
        <message>
            <source>Last sync {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <source>{line} · {changes} to send</source>
            <translation>{line} · {changes} à envoyer</translation>
        </message>
        <message>
            <source>No unsent changes were lost.</source>
            <translation>Aucune modification non envoyée n'a été perdue.</translation>
        </message>
        <message numerus="yes">
            <source>%n unsent change was lost.</source>
            <translation>
                <numerusform>%n modification non envoyée a été perdue.</numerusform>
                <numerusform>%n modifications non envoyées ont été perdues.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsent changes were lost.</source>
            <translation>
                <numerusform>%n modification non envoyée a été perdue.</numerusform>
                <numerusform>%n modifications non envoyées ont été perdues.</numerusform>
            </translation>
        </message>
        <message>
            <source>This laptop was removed from the office, so Caseload has erased everything it kept on it. {lost} Set up Caseload again and ask your supervisor for a new code to connect.</source>
            <translation>Cet ordinateur portable a été retiré du bureau : Caseload a donc effacé tout ce qu'il y conservait. {lost} Configurez de nouveau Caseload et demandez à votre responsable un nouveau code pour vous connecter.</translation>
        </message>
        <message>
            <source>This laptop is now connected to the office as {name}.</source>
            <translation>Cet ordinateur portable est maintenant connecté au bureau en tant que {name}.</translation>
        </message>
        <message>
            <source>The sync did not finish. {reason}</source>
            <translation>La synchronisation n'a pas abouti. {reason}</translation>
        </message>
        <message>
            <source>The sync</source>
            <translation>La synchronisation</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Connexion</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>{case}: transferred from {old} to {new}</source>
            <translation>{case} : transféré de {old} à {new}</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>non attribué</translation>
        </message>
        <message>
            <source>another worker</source>
            <translation>un autre intervenant</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Consentement retiré</translation>
        </message>
        <message>
            <source>Consent renewed</source>
            <translation>Consentement renouvelé</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Referral: {service}, {organisation}</source>
            <translation>Orientation : {service}, {organisation}</translation>
        </message>
        <message>
            <source>Follow up on {day}</source>
            <translation>Suivi le {day}</translation>
        </message>
        <message>
            <source>Conflict of interest declared</source>
            <translation>Conflit d'intérêts déclaré</translation>
        </message>
        <message>
            <source>Addendum to the note of {amended}</source>
            <translation>Addenda à la note du {amended}</translation>
        </message>
        <message>
            <source>Late entry to the note of {amended}</source>
            <translation>Saisie tardive de la note du {amended}</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>Late entry</source>
            <translation>Saisie tardive</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motif : {reason}</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Note de suivi</translation>
        </message>
        <message>
            <source>Case note ({template})</source>
            <translation>Note de suivi ({template})</translation>
        </message>
        <message>
            <source>Done (was due {due})</source>
            <translation>Faite (échéance le {due})</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Due {due}</source>
            <translation>Échéance le {due}</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Sans échéance</translation>
        </message>
        <message>
            <source>{case}: {stage_from} → {stage_to}</source>
            <translation>{case} : {stage_from} → {stage_to}</translation>
        </message>
        <message>
            <source>{case}: {stage_to}</source>
            <translation>{case} : {stage_to}</translation>
        </message>
        <message>
            <source>{reason} · by {who}</source>
            <translation>{reason} · par {who}</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>par {who}</translation>
        </message>
        <message>
            <source>{scope}, no end date</source>
            <translation>{scope}, sans date de fin</translation>
        </message>
        <message>
            <source>{scope}, until {until}</source>
            <translation>{scope}, jusqu'au {until}</translation>
        </message>
        <message>
            <source>{kind}: {flags}</source>
            <translation>{kind} : {flags}</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfert</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>Stage changes</source>
            <translation>Changements d'étape</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Transferts</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Orientations</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Show on the timeline</source>
            <translation>Afficher dans la chronologie</translation>
        </message>
        <message>
            <source>Show every kind of entry, or only one kind</source>
            <translation>Afficher tous les types d'entrées ou un seul</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Number of timeline entries</source>
            <translation>Nombre d'entrées de la chronologie</translation>
        </message>
        <message>
            <source>Timeline, newest first</source>
            <translation>Chronologie, le plus récent d'abord</translation>
        </message>
        <message>
            <source>When and what</source>
            <translation>Quand et quoi</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Arrow keys move between entries; Enter on a note opens it.</source>
            <translation>Les flèches passent d'une entrée à l'autre ; Entrée sur une note l'ouvre.</translation>
        </message>
        <message>
            <source>Problem reading the timeline</source>
            <translation>Problème de lecture de la chronologie</translation>
        </message>
        <message>
            <source>Nothing recorded for this client yet.</source>
            <translation>Rien d'enregistré pour ce client pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s), newest first</source>
            <translation>
                <numerusform>%n entrée, la plus récente d'abord</numerusform>
                <numerusform>%n entrées, la plus récente d'abord</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>(not about a client)</source>
            <translation>(ne concerne pas un client)</translation>
        </message>
        <message>
            <source>Do not call</source>
            <translation>Ne pas appeler</translation>
        </message>
        <message>
            <source>Follow-up: {title}</source>
            <translation>Suivi : {title}</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>À faire aujourd'hui</translation>
        </message>
        <message>
            <source>{day} ({late})</source>
            <translation>{day} ({late})</translation>
        </message>
        <message>
            <source>Overdue since {day}</source>
            <translation>En retard depuis {day}</translation>
        </message>
        <message>
            <source>Due {day}</source>
            <translation>Échéance {day}</translation>
        </message>
        <message>
            <source>Re-assessment of case {case}</source>
            <translation>Réévaluation du dossier {case}</translation>
        </message>
        <message>
            <source>Expires {day} (today)</source>
            <translation>Expire {day} (aujourd'hui)</translation>
        </message>
        <message>
            <source>{consent}: renew it with the client</source>
            <translation>{consent} : renouvelez-le avec le client</translation>
        </message>
        <message>
            <source>No consent to services: take it at the next visit</source>
            <translation>Pas de consentement aux services : recueillez-le à la prochaine visite</translation>
        </message>
        <message>
            <source>Shared without consent by a colleague (%1): review it</source>
            <translation>Partagé sans consentement par un collègue (%1) : à examiner</translation>
        </message>
        <message>
            <source>Follow-up was due {day}</source>
            <translation>Le suivi était prévu {day}</translation>
        </message>
        <message>
            <source>Follow up {day}</source>
            <translation>Suivi {day}</translation>
        </message>
        <message>
            <source>Referral ({status}): {service}, {organisation}</source>
            <translation>Orientation ({status}) : {service}, {organisation}</translation>
        </message>
        <message>
            <source>Visits today</source>
            <translation>Visites du jour</translation>
        </message>
        <message>
            <source>No visits booked today.</source>
            <translation>Aucune visite prévue aujourd'hui.</translation>
        </message>
        <message>
            <source>Tasks due today</source>
            <translation>Tâches à faire aujourd'hui</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Rien à faire aujourd'hui.</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Tâches en retard</translation>
        </message>
        <message>
            <source>No overdue tasks.</source>
            <translation>Aucune tâche en retard.</translation>
        </message>
        <message>
            <source>Re-assessments due</source>
            <translation>Réévaluations à faire</translation>
        </message>
        <message>
            <source>No re-assessments due this week.</source>
            <translation>Aucune réévaluation à faire cette semaine.</translation>
        </message>
        <message>
            <source>Consents expiring within 30 days</source>
            <translation>Consentements expirant dans les 30 jours</translation>
        </message>
        <message>
            <source>No consents expire in the next 30 days.</source>
            <translation>Aucun consentement n'expire dans les 30 prochains jours.</translation>
        </message>
        <message>
            <source>Without consent to services</source>
            <translation>Sans consentement aux services</translation>
        </message>
        <message>
            <source>Every open case has a consent to services.</source>
            <translation>Chaque dossier ouvert a un consentement aux services.</translation>
        </message>
        <message>
            <source>Shared without consent (for review)</source>
            <translation>Partagé sans consentement (à examiner)</translation>
        </message>
        <message>
            <source>Nothing shared without consent recently.</source>
            <translation>Rien n'a été partagé sans consentement récemment.</translation>
        </message>
        <message>
            <source>Referral follow-ups</source>
            <translation>Suivis d'orientations</translation>
        </message>
        <message>
            <source>No referral follow-ups due.</source>
            <translation>Aucun suivi d'orientation à faire.</translation>
        </message>
        <message>
            <source>{section} ({count})</source>
            <translation>{section} ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visite</numerusform>
                <numerusform>%n visites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due today</source>
            <translation>
                <numerusform>%n à faire aujourd'hui</numerusform>
                <numerusform>%n à faire aujourd'hui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n re-assessment(s)</source>
            <translation>
                <numerusform>%n réévaluation</numerusform>
                <numerusform>%n réévaluations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent(s) ending</source>
            <translation>
                <numerusform>%n consentement bientôt expiré</numerusform>
                <numerusform>%n consentements bientôt expirés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without consent</source>
            <translation>
                <numerusform>%n sans consentement</numerusform>
                <numerusform>%n sans consentement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral follow-up(s)</source>
            <translation>
                <numerusform>%n suivi d'orientation</numerusform>
                <numerusform>%n suivis d'orientations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared without consent</source>
            <translation>
                <numerusform>%n partagé sans consentement</numerusform>
                <numerusform>%n partagés sans consentement</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPane</name>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Today's date</source>
            <translation>Date du jour</translation>
        </message>
        <message>
            <source>Summary of today</source>
            <translation>Résumé de la journée</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Re&amp;charger</translation>
        </message>
        <message>
            <source>Reload today's list</source>
            <translation>Recharger la liste du jour</translation>
        </message>
        <message>
            <source>Read today's list again</source>
            <translation>Relire la liste du jour</translation>
        </message>
        <message>
            <source>Today's work</source>
            <translation>Travail du jour</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Arrow keys move between lines; Enter opens the client's record.</source>
            <translation>Les flèches passent d'une ligne à l'autre ; Entrée ouvre le dossier du client.</translation>
        </message>
        <message>
            <source>Problem reading today's list</source>
            <translation>Problème de lecture de la liste du jour</translation>
        </message>
        <message>
            <source>Arrow keys to move, Enter to open the client.</source>
            <translation>Flèches pour se déplacer, Entrée pour ouvrir le client.</translation>
        </message>
        <message>
            <source>How to use this list</source>
            <translation>Comment utiliser cette liste</translation>
        </message>
        <message>
            <source>Today, {day}</source>
            <translation>Aujourd'hui, {day}</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>The case and this client move to the worker you choose. Write what they need to know to carry on: open tasks, risks, what the client prefers.</source>
            <translation>Le dossier et cette personne passent au collègue que vous choisissez. Écrivez ce qu'il doit savoir pour continuer : tâches en cours, risques, préférences de la personne.</translation>
        </message>
        <message>
            <source>Transfer case</source>
            <translation>Transférer le dossier</translation>
        </message>
        <message>
            <source>Trans&amp;fer</source>
            <translation>Trans&amp;férer</translation>
        </message>
        <message>
            <source>The colleague who takes the case on</source>
            <translation>Le ou la collègue qui reprend le dossier</translation>
        </message>
        <message>
            <source>Worker to take over the case</source>
            <translation>Intervenant qui reprend le dossier</translation>
        </message>
        <message>
            <source>{name} (supervisor)</source>
            <translation>{name} (superviseur)</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;À :</translation>
        </message>
        <message>
            <source>Reason for the transfer</source>
            <translation>Motif du transfert</translation>
        </message>
        <message>
            <source>e.g. caseload rebalancing; leave</source>
            <translation>p. ex. rééquilibrage des dossiers ; congé</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Why the case changes hands</source>
            <translation>Pourquoi le dossier change de mains</translation>
        </message>
        <message>
            <source>Handover note</source>
            <translation>Note de passation</translation>
        </message>
        <message>
            <source>What the next worker needs to know</source>
            <translation>Ce que le prochain intervenant doit savoir</translation>
        </message>
        <message>
            <source>&amp;Handover note:</source>
            <translation>Note de &amp;passation :</translation>
        </message>
        <message>
            <source>Open tasks, risks and what the client prefers</source>
            <translation>Tâches en cours, risques et préférences de la personne</translation>
        </message>
        <message>
            <source>Hand the case to the chosen worker</source>
            <translation>Confier le dossier à l'intervenant choisi</translation>
        </message>
        <message>
            <source>A transfer needs the other worker on this device, and only you are known here. Sync with the office so your colleagues' profiles are copied to this laptop, then try again, or ask your supervisor to reassign the case from the office.</source>
            <translation>Un transfert nécessite que l'autre intervenant soit sur cet appareil, et seul vous y êtes connu. Synchronisez avec le bureau pour copier les profils de vos collègues sur cet ordinateur, puis réessayez, ou demandez à votre superviseur de réattribuer le dossier depuis le bureau.</translation>
        </message>
        <message>
            <source>Why a transfer is not possible</source>
            <translation>Pourquoi un transfert n'est pas possible</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>UnfinishedNotes</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Begins with</source>
            <translation>Commence par</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Unfinished notes</source>
            <translation>Notes inachevées</translation>
        </message>
        <message>
            <source>Unfinished notes list</source>
            <translation>Liste des notes inachevées</translation>
        </message>
        <message>
            <source>Your drafts not signed yet. Enter resumes the selected one.</source>
            <translation>Vos brouillons pas encore signés. Entrée reprend celui qui est sélectionné.</translation>
        </message>
        <message>
            <source>No unfinished notes.</source>
            <translation>Aucune note inachevée.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <source>Resume the selected note</source>
            <translation>Reprendre la note sélectionnée</translation>
        </message>
        <message>
            <source>Open the selected draft to go on writing it (Enter)</source>
            <translation>Ouvrir le brouillon sélectionné pour continuer à l'écrire (Entrée)</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Type your passphrase, then press Enter</source>
            <translation>Saisissez votre phrase secrète, puis appuyez sur Entrée</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Open your caseload (Enter)</source>
            <translation>Ouvrir vos dossiers (Entrée)</translation>
        </message>
        <message>
            <source>&amp;Forgot your passphrase?</source>
            <translation>Phrase secrète &amp;oubliée ?</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Phrase secrète oubliée ?</translation>
        </message>
        <message>
            <source>What to do when you cannot remember your passphrase</source>
            <translation>Que faire si vous ne vous souvenez plus de votre phrase secrète</translation>
        </message>
        <message>
            <source>Why Caseload is locked</source>
            <translation>Pourquoi Caseload est verrouillé</translation>
        </message>
        <message>
            <source>This vault is protected by your passphrase only (no system keyring). Ask IT to set up the keyring for stronger protection.</source>
            <translation>Ce coffre n’est protégé que par votre phrase secrète (pas de trousseau système). Demandez au service informatique de configurer le trousseau pour une meilleure protection.</translation>
        </message>
        <message>
            <source>Passphrase-only warning</source>
            <translation>Avertissement : phrase secrète seule</translation>
        </message>
        <message>
            <source>Unlock problem</source>
            <translation>Problème de déverrouillage</translation>
        </message>
        <message>
            <source>Time until you can try again</source>
            <translation>Délai avant de pouvoir réessayer</translation>
        </message>
        <message>
            <source>Forgotten your passphrase? Nobody can look it up or reset it, not IT and not your supervisor. Ask your office: they can restore access with the office recovery key, then you choose a new passphrase. Your notes stay encrypted on this laptop meanwhile.</source>
            <translation>Phrase secrète oubliée ? Personne ne peut la retrouver ni la réinitialiser, ni le service informatique ni votre responsable. Adressez-vous à votre bureau : il peut rétablir l’accès avec la clé de récupération du bureau, puis vous choisissez une nouvelle phrase secrète. En attendant, vos notes restent chiffrées sur cet ordinateur portable.</translation>
        </message>
        <message>
            <source>Forgotten passphrase</source>
            <translation>Phrase secrète oubliée</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Déverrouillage</translation>
        </message>
        <message>
            <source>Caseload is locked</source>
            <translation>Caseload est verrouillé</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your caseload.</source>
            <translation>Saisissez votre phrase secrète pour ouvrir vos dossiers.</translation>
        </message>
        <message>
            <source>Wrong passphrase. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Phrase secrète incorrecte. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.</translation>
        </message>
        <message>
            <source>Only your office can open this vault now.</source>
            <translation>Seul votre bureau peut désormais ouvrir ce coffre.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n second.</source>
            <translation>
                <numerusform>Trop de phrases secrètes incorrectes. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de phrases secrètes incorrectes. Réessayez dans %n seconde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n seconds.</source>
            <translation>
                <numerusform>Trop de phrases secrètes incorrectes. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de phrases secrètes incorrectes. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Guide d'utilisation</translation>
        </message>
        <message>
            <source>User guide text</source>
            <translation>Texte du guide d'utilisation</translation>
        </message>
        <message>
            <source>Arrow keys and Page Up/Down scroll; Tab moves to the Close button</source>
            <translation>Les flèches et Page préc./Page suiv. font défiler ; Tab va au bouton Fermer</translation>
        </message>
        <message>
            <source>The user guide is not installed with this copy.</source>
            <translation>Le guide d'utilisation n'est pas installé avec cette copie.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the user guide</source>
            <translation>Fermer le guide d'utilisation</translation>
        </message>
    </context>
    <context>
        <name>UserMessage</name>
        <message>
            <source>That record is no longer there.</source>
            <translation>Cet enregistrement n’existe plus.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Nothing was changed; try again.</source>
            <translation>Un problème est survenu ({kind}). Rien n’a été modifié ; réessayez.</translation>
        </message>
        <message>
            <source>{doing} stopped unexpectedly ({kind}). Nothing was lost; try again.</source>
            <translation>{doing} : arrêt inattendu ({kind}). Rien n’a été perdu ; réessayez.</translation>
        </message>
        <message>
            <source>{doing} failed: {reason}</source>
            <translation>{doing} : échec : {reason}</translation>
        </message>
    </context>
    <context>
        <name>VaultAccess</name>
        <message>
            <source>another worker</source>
            <translation>un·e autre intervenant·e</translation>
        </message>
    </context>
    <context>
        <name>VaultOpening</name>
        <message>
            <source>Opening the vault</source>
            <translation>L’ouverture du coffre</translation>
        </message>
        <message>
            <source>Creating the vault</source>
            <translation>La création du coffre</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Schedule a visit</source>
            <translation>Prévoir une visite</translation>
        </message>
        <message>
            <source>Book a visit or call with this client. It shows in Today on the day.</source>
            <translation>Prévoyez une visite ou un appel avec cette personne. Elle apparaîtra dans Aujourd'hui le jour venu.</translation>
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation>&amp;Prévoir</translation>
        </message>
        <message>
            <source>The client's safe times and contact rules</source>
            <translation>Horaires sûrs et règles de contact de la personne</translation>
        </message>
        <message>
            <source>Save the visit (you are warned first if it is not safe)</source>
            <translation>Enregistrer la visite (vous êtes averti d'abord si elle n'est pas sûre)</translation>
        </message>
        <message>
            <source>Home visit, phone call, office or video</source>
            <translation>Visite à domicile, appel, bureau ou vidéo</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Type de contact</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>When the visit starts, local time</source>
            <translation>Quand la visite commence, heure locale</translation>
        </message>
        <message>
            <source>Date and time (local)</source>
            <translation>Date et heure (locale)</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <source>How long the visit lasts, in minutes</source>
            <translation>Durée de la visite, en minutes</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Durée :</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>e.g. Client's home</source>
            <translation>p. ex. Domicile de la personne</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>e.g. Monthly review</source>
            <translation>p. ex. Point mensuel</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>Safe times: {times}</source>
            <translation>Horaires sûrs : {times}</translation>
        </message>
        <message>
            <source>Contact rules: {rules}</source>
            <translation>Règles de contact : {rules}</translation>
        </message>
        <message>
            <source>This case was closed on {day}.</source>
            <translation>Ce dossier a été clos le {day}.</translation>
        </message>
        <message>
            <source>This client has asked not to be phoned.</source>
            <translation>Cette personne a demandé à ne pas être appelée.</translation>
        </message>
        <message>
            <source>This client has said no to home visits.</source>
            <translation>Cette personne a refusé les visites à domicile.</translation>
        </message>
        <message>
            <source>{day}, {times}</source>
            <translation>{day}, {times}</translation>
        </message>
        <message>
            <source>This client's safe times are “{times}”; the visit is {when}.</source>
            <translation>Les horaires sûrs de cette personne sont « {times} » ; la visite est prévue {when}.</translation>
        </message>
        <message>
            <source>Schedule it anyway?</source>
            <translation>La prévoir quand même ?</translation>
        </message>
        <message>
            <source>Check before scheduling</source>
            <translation>Vérifiez avant de prévoir</translation>
        </message>
        <message>
            <source>Schedule &amp;anyway</source>
            <translation>Prévoir &amp;quand même</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Revenir</translation>
        </message>
        <message>
            <source>Save the visit as it is</source>
            <translation>Enregistrer la visite telle quelle</translation>
        </message>
        <message>
            <source>Return to the form; nothing is saved</source>
            <translation>Revenir au formulaire ; rien n'est enregistré</translation>
        </message>
    </context>
    <context>
        <name>Visits</name>
        <message>
            <source>Home visit</source>
            <translation>Visite à domicile</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>Office meeting</source>
            <translation>Rendez-vous au bureau</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Appel vidéo</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Effectuée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absence</translation>
        </message>
        <message>
            <source>{kind}, {when}</source>
            <translation>{kind}, {when}</translation>
        </message>
        <message>
            <source>Mark this visit as done. What happened, what was agreed and what comes next go in the case note: start it now while you remember.</source>
            <translation>Marquez cette visite comme effectuée. Ce qui s'est passé, ce qui a été convenu et la suite vont dans la note du dossier : commencez-la maintenant, tant que vous vous en souvenez.</translation>
        </message>
        <message>
            <source>Complete visit</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <source>&amp;Complete</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Visit:</source>
            <translation>Visite :</translation>
        </message>
        <message>
            <source>The visit</source>
            <translation>La visite</translation>
        </message>
        <message>
            <source>&amp;Write the note now</source>
            <translation>&amp;Rédiger la note maintenant</translation>
        </message>
        <message>
            <source>Write the note now</source>
            <translation>Rédiger la note maintenant</translation>
        </message>
        <message>
            <source>Open the note editor for this visit after saving</source>
            <translation>Ouvrir l'éditeur de notes pour cette visite après l'enregistrement</translation>
        </message>
        <message>
            <source>Mark the visit as done</source>
            <translation>Marquer la visite comme effectuée</translation>
        </message>
        <message>
            <source>Say what happened to this visit and why. The reason is kept with the visit; book a new one if it is still needed.</source>
            <translation>Indiquez ce qui est arrivé à cette visite et pourquoi. Le motif est conservé avec la visite ; prévoyez-en une nouvelle si elle reste nécessaire.</translation>
        </message>
        <message>
            <source>Visit not held</source>
            <translation>Visite non effectuée</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>C&amp;ancelled before it took place</source>
            <translation>&amp;Annulée avant d'avoir lieu</translation>
        </message>
        <message>
            <source>&amp;No-show: the client was not there</source>
            <translation>Ab&amp;sence : la personne n'était pas là</translation>
        </message>
        <message>
            <source>What happened to the visit</source>
            <translation>Ce qui est arrivé à la visite</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>Ce qui s'est passé :</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>e.g. client in hospital; nobody answered</source>
            <translation>p. ex. personne hospitalisée ; personne n'a répondu</translation>
        </message>
        <message>
            <source>Why the visit did not take place (required)</source>
            <translation>Pourquoi la visite n'a pas eu lieu (obligatoire)</translation>
        </message>
        <message>
            <source>Save what happened</source>
            <translation>Enregistrer ce qui s'est passé</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>Today and caseload</source>
            <translation>Aujourd’hui et dossiers</translation>
        </message>
        <message>
            <source>Today  (Ctrl+1)</source>
            <translation>Aujourd’hui  (Ctrl+1)</translation>
        </message>
        <message>
            <source>Caseload  (Ctrl+2)</source>
            <translation>Dossiers  (Ctrl+2)</translation>
        </message>
        <message>
            <source>Today or caseload</source>
            <translation>Aujourd’hui ou dossiers</translation>
        </message>
        <message>
            <source>Switch between today's work and the caseload list (Ctrl+1, Ctrl+2)</source>
            <translation>Passer du travail du jour à la liste des dossiers (Ctrl+1, Ctrl+2)</translation>
        </message>
        <message>
            <source>Today's visits, tasks and deadlines (Ctrl+1)</source>
            <translation>Visites, tâches et échéances du jour (Ctrl+1)</translation>
        </message>
        <message>
            <source>The caseload list (Ctrl+2)</source>
            <translation>La liste des dossiers (Ctrl+2)</translation>
        </message>
    </context>
    <context>
        <name>assessment</name>
        <message>
            <source>Screening</source>
            <translation>Repérage</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Re-assessment</source>
            <translation>Réévaluation</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <source>Consent to services</source>
            <translation>Consentement aux services</translation>
        </message>
        <message>
            <source>Release of information</source>
            <translation>Autorisation de partage d'informations</translation>
        </message>
        <message>
            <source>Photo or recording</source>
            <translation>Photos ou enregistrements</translation>
        </message>
        <message>
            <source>Other consent</source>
            <translation>Autre consentement</translation>
        </message>
        <message>
            <source>Identity (name, date of birth)</source>
            <translation>Identité (nom, date de naissance)</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>Case plan</source>
            <translation>Plan d'accompagnement</translation>
        </message>
        <message>
            <source>Case notes</source>
            <translation>Notes de suivi</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Physical health</source>
            <translation>Santé physique</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Santé mentale</translation>
        </message>
        <message>
            <source>Substance use</source>
            <translation>Consommation de substances</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Logement</translation>
        </message>
        <message>
            <source>Income and benefits</source>
            <translation>Revenus et prestations</translation>
        </message>
        <message>
            <source>Family and relationships</source>
            <translation>Famille et relations</translation>
        </message>
        <message>
            <source>Education and work</source>
            <translation>Études et emploi</translation>
        </message>
        <message>
            <source>Legal matters</source>
            <translation>Questions juridiques</translation>
        </message>
        <message>
            <source>Signed on screen</source>
            <translation>Signé à l'écran</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <translation>Signé sur papier</translation>
        </message>
        <message>
            <source>Verbal, with a witness</source>
            <translation>Oral, devant un témoin</translation>
        </message>
        <message>
            <source>The client</source>
            <translation>La personne accompagnée</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Tuteur ou tutrice</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Représentant légal</translation>
        </message>
        <message>
            <source>The client agreed</source>
            <translation>La personne était d'accord</translation>
        </message>
        <message>
            <source>The client objected</source>
            <translation>La personne s'y est opposée</translation>
        </message>
        <message>
            <source>The client could not express a view</source>
            <translation>La personne n'a pas pu donner son avis</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En personne</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Par téléphone</translation>
        </message>
        <message>
            <source>In writing</source>
            <translation>Par écrit</translation>
        </message>
        <message>
            <source>Another way</source>
            <translation>Autrement</translation>
        </message>
        <message>
            <source>Draft (not signed)</source>
            <translation>Brouillon (non signé)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <source>Expiring soon</source>
            <translation>Expire bientôt</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Renewed (superseded)</source>
            <translation>Renouvelé (remplacé)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <source>Someone who lives with the client. Say whether they know the client gets this service: if not, never mention it to them.</source>
            <translation>Une personne qui vit avec le client. Indiquez si elle sait que le client bénéficie de ce service : sinon, ne lui en parlez jamais.</translation>
        </message>
        <message>
            <source>Another professional, family member or contact. Record whether the client allows you to contact them.</source>
            <translation>Un autre professionnel, un proche ou un contact. Indiquez si le client vous autorise à le contacter.</translation>
        </message>
        <message>
            <source>Household member</source>
            <translation>Membre du foyer</translation>
        </message>
        <message>
            <source>Add a household member</source>
            <translation>Ajouter un membre du foyer</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>Autre contact</translation>
        </message>
        <message>
            <source>Add another contact</source>
            <translation>Ajouter un autre contact</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Person's details</source>
            <translation>Informations sur la personne</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Required: the person's name.</source>
            <translation>Obligatoire : le nom de la personne.</translation>
        </message>
        <message>
            <source>&amp;Relationship</source>
            <translation>&amp;Lien</translation>
        </message>
        <message>
            <source>Relationship to the client</source>
            <translation>Lien avec le client</translation>
        </message>
        <message>
            <source>e.g. son, sister, GP, landlord</source>
            <translation>p. ex. fils, sœur, médecin traitant, propriétaire</translation>
        </message>
        <message>
            <source>Required: who they are to the client.</source>
            <translation>Obligatoire : qui cette personne est pour le client.</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisme</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <source>for a professional</source>
            <translation>pour un professionnel</translation>
        </message>
        <message>
            <source>Optional: where a professional works.</source>
            <translation>Facultatif : où travaille le professionnel.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Date de nai&amp;ssance</translation>
        </message>
        <message>
            <source>Tick to give the date of birth; leave it unticked if not known.</source>
            <translation>Cochez pour indiquer la date de naissance ; laissez décoché si elle est inconnue.</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>Optional: a number, at least three digits.</source>
            <translation>Facultatif : un numéro d’au moins trois chiffres.</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Adresse électronique</translation>
        </message>
        <message>
            <source>Optional: such as name@example.org.</source>
            <translation>Facultatif : par exemple nom@exemple.org.</translation>
        </message>
        <message>
            <source>&amp;Knows the client gets this service</source>
            <translation>&amp;Sait que le client bénéficie de ce service</translation>
        </message>
        <message>
            <source>Knows about the service</source>
            <translation>Est au courant du service</translation>
        </message>
        <message>
            <source>Leave unticked if they must never hear about the service.</source>
            <translation>Laissez décoché si cette personne ne doit jamais entendre parler du service.</translation>
        </message>
        <message>
            <source>The client allows us to &amp;contact them</source>
            <translation>Le client nous autorise à la &amp;contacter</translation>
        </message>
        <message>
            <source>May contact them</source>
            <translation>Peut être contacté</translation>
        </message>
        <message>
            <source>Tick only if the client has said yes.</source>
            <translation>Cochez seulement si le client a dit oui.</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Optional: anything else worth knowing.</source>
            <translation>Facultatif : tout autre élément utile.</translation>
        </message>
        <message>
            <source>Record a screening</source>
            <translation>Enregistrer une évaluation initiale</translation>
        </message>
        <message>
            <source>Check the programme's criteria with the client and record the decision with its reason. It is kept with the client's case at intake.</source>
            <translation>Vérifiez avec le client les critères du programme et enregistrez la décision avec son motif. Elle est conservée avec le dossier du client à l’accueil.</translation>
        </message>
        <message>
            <source>&amp;Record screening</source>
            <translation>&amp;Enregistrer l’évaluation</translation>
        </message>
        <message>
            <source>&amp;Programme</source>
            <translation>&amp;Programme</translation>
        </message>
        <message>
            <source>Required: choose the programme from the list or type its name.</source>
            <translation>Obligatoire : choisissez le programme dans la liste ou saisissez son nom.</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Évaluation initiale</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>The programme's name</source>
            <translation>Nom du programme</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Screening date</source>
            <translation>Date de l’évaluation</translation>
        </message>
        <message>
            <source>&amp;Criteria checked</source>
            <translation>&amp;Critères vérifiés</translation>
        </message>
        <message>
            <source>Criteria checked</source>
            <translation>Critères vérifiés</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Un par ligne</translation>
        </message>
        <message>
            <source>Optional: the criteria checked, one per line.</source>
            <translation>Facultatif : les critères vérifiés, un par ligne.</translation>
        </message>
        <message>
            <source>The client &amp;meets the criteria</source>
            <translation>Le client re&amp;mplit les critères</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Critères remplis</translation>
        </message>
        <message>
            <source>Tick when every criterion is met.</source>
            <translation>Cochez si tous les critères sont remplis.</translation>
        </message>
        <message>
            <source>D&amp;ecision</source>
            <translation>D&amp;écision</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>What was decided about eligibility.</source>
            <translation>Ce qui a été décidé sur l’admissibilité.</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>Moti&amp;f</translation>
        </message>
        <message>
            <source>Reason for the decision</source>
            <translation>Motif de la décision</translation>
        </message>
        <message>
            <source>Required: why, in plain words.</source>
            <translation>Obligatoire : pourquoi, en termes simples.</translation>
        </message>
        <message>
            <source>&amp;Open a case in this programme now</source>
            <translation>&amp;Ouvrir maintenant un dossier dans ce programme</translation>
        </message>
        <message>
            <source>Open a case now</source>
            <translation>Ouvrir un dossier maintenant</translation>
        </message>
        <message>
            <source>Only for an eligible client with no case in this programme yet.</source>
            <translation>Seulement pour un client admissible qui n’a pas encore de dossier dans ce programme.</translation>
        </message>
        <message>
            <source>The client has an open case in it already.</source>
            <translation>Le client y a déjà un dossier ouvert.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No: do not call</source>
            <translation>Non : ne pas appeler</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Pas encore demandé</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Tuteur</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Représentant légal</translation>
        </message>
        <message>
            <source>Power of attorney</source>
            <translation>Mandataire</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Admissible</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Non admissible</translation>
        </message>
        <message>
            <source>Referred elsewhere</source>
            <translation>Orienté ailleurs</translation>
        </message>
        <message>
            <source>Pending (more information needed)</source>
            <translation>En attente (plus d’informations nécessaires)</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>même numéro de téléphone</translation>
        </message>
        <message>
            <source>name sounds alike</source>
            <translation>nom qui se prononce de la même façon</translation>
        </message>
        <message>
            <source>name spelled nearly alike</source>
            <translation>nom presque identique à l’écrit</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>même date de naissance</translation>
        </message>
        <message>
            <source>American Sign Language</source>
            <translation>Langue des signes américaine</translation>
        </message>
    </context>
    <context>
        <name>referrals</name>
        <message>
            <source>Sent</source>
            <translation>Envoyée</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Service started</source>
            <translation>Service commencé</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Ordinaire</translation>
        </message>
        <message>
            <source>Soon (within a week)</source>
            <translation>Bientôt (sous une semaine)</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
    </context>
    <context>
        <name>render</name>
        <message>
            <source>Do not call this client.</source>
            <translation>N'appelez pas ce client.</translation>
        </message>
        <message>
            <source>Do not leave messages.</source>
            <translation>Ne laissez pas de message.</translation>
        </message>
        <message>
            <source>Do not visit at home.</source>
            <translation>Pas de visite à domicile.</translation>
        </message>
        <message>
            <source>Do not send mail.</source>
            <translation>N'envoyez pas de courrier.</translation>
        </message>
        <message>
            <source>Contact: {rules}</source>
            <translation>Contact : {rules}</translation>
        </message>
        <message>
            <source>Safe times: {times}</source>
            <translation>Horaires sûrs : {times}</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Rien d'enregistré.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Cultural</source>
            <translation>Aspects culturels</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>{case}, opened {opened}</source>
            <translation>{case}, ouvert le {opened}</translation>
        </message>
        <message>
            <source>{case}, opened {opened}, closed {closed}</source>
            <translation>{case}, ouvert le {opened}, fermé le {closed}</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>{task} (done)</source>
            <translation>{task} (faite)</translation>
        </message>
        <message>
            <source>{task} (OVERDUE)</source>
            <translation>{task} (EN RETARD)</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>ADDENDUM</source>
            <translation>ADDENDA</translation>
        </message>
        <message>
            <source>LATE ENTRY</source>
            <translation>SAISIE TARDIVE</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Recent notes</source>
            <translation>Notes récentes</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Pas encore de notes.</translation>
        </message>
        <message>
            <source>knows about services</source>
            <translation>est au courant des services</translation>
        </message>
        <message>
            <source>not aware of services: do not discuss</source>
            <translation>n'est pas au courant des services : ne pas en parler</translation>
        </message>
        <message>
            <source>Household and contacts</source>
            <translation>Foyer et contacts</translation>
        </message>
    </context>
</TS>
