<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Caseload</source>
            <translation>Acerca de Caseload</translation>
        </message>
        <message>
            <source>Version and licence</source>
            <translation>Versión y licencia</translation>
        </message>
        <message>
            <source>Qt licence note</source>
            <translation>Nota sobre la licencia de Qt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the About window</source>
            <translation>Cerrar la ventana Acerca de</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocida</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <source>Caseload {version}. Licence: {licence}. It runs on the software below.</source>
            <translation>Caseload {version}. Licencia: {licence}. Funciona con el software que se indica abajo.</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0): you may replace them with another build of the same version. Their source code is available from the Qt Project at https://code.qt.io.</source>
            <translation>Qt y PySide6 se usan bajo la Licencia Pública General Reducida de GNU, versión 3 (LGPL-3.0): puede sustituirlos por otra compilación de la misma versión. Su código fuente está disponible en el Qt Project, en https://code.qt.io.</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>no instalado</translation>
        </message>
        <message>
            <source>not stated by the package</source>
            <translation>el paquete no la indica</translation>
        </message>
        <message>
            <source>Software and licences</source>
            <translation>Software y licencias</translation>
        </message>
        <message>
            <source>Each piece of software Caseload uses</source>
            <translation>Cada programa que usa Caseload</translation>
        </message>
    </context>
    <context>
        <name>ActivityTab</name>
        <message>
            <source>No date</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>VENCIDA</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Tasks and visits</source>
            <translation>Tareas y visitas</translation>
        </message>
        <message>
            <source>Give the new task to</source>
            <translation>Asignar la nueva tarea a</translation>
        </message>
        <message>
            <source>Who the new task is for: you or a colleague</source>
            <translation>Para quién es la nueva tarea: usted o un colega</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nueva tarea</translation>
        </message>
        <message>
            <source>New task, e.g. Call landlord about repairs (Enter adds)</source>
            <translation>Nueva tarea, p. ej. Llamar al casero por las reparaciones (Intro la añade)</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>The day the task is due (untick Set for no date)</source>
            <translation>El día en que vence la tarea (desmarque la casilla para no poner fecha)</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>Añadir tarea</translation>
        </message>
        <message>
            <source>Add the task (Enter in the task box)</source>
            <translation>Añadir la tarea (Intro en el cuadro de la tarea)</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>The client's tasks; arrow keys move between them.</source>
            <translation>Las tareas del cliente; las flechas se mueven entre ellas.</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;hecha</translation>
        </message>
        <message>
            <source>Mark the selected task done</source>
            <translation>Marcar como hecha la tarea seleccionada</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Why not held</source>
            <translation>Por qué no se hizo</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>The client's visits, newest first; arrow keys move between them.</source>
            <translation>Las visitas del cliente, la más reciente primero; las flechas se mueven entre ellas.</translation>
        </message>
        <message>
            <source>Sc&amp;hedule visit…</source>
            <translation>&amp;Programar visita…</translation>
        </message>
        <message>
            <source>Schedule a visit</source>
            <translation>Programar una visita</translation>
        </message>
        <message>
            <source>Comp&amp;lete visit…</source>
            <translation>Comp&amp;letar visita…</translation>
        </message>
        <message>
            <source>Complete the selected visit and write its note</source>
            <translation>Completar la visita seleccionada y escribir su nota</translation>
        </message>
        <message>
            <source>&amp;Missed or cancelled…</source>
            <translation>&amp;No realizada o cancelada…</translation>
        </message>
        <message>
            <source>Record the selected visit as cancelled or a no-show, with the reason</source>
            <translation>Registrar la visita seleccionada como cancelada o como ausencia, con el motivo</translation>
        </message>
        <message>
            <source>Problem with tasks or visits</source>
            <translation>Problema con las tareas o las visitas</translation>
        </message>
        <message>
            <source>Ne&amp;w task:</source>
            <translation>Nue&amp;va tarea:</translation>
        </message>
        <message>
            <source>New task label</source>
            <translation>Etiqueta de nueva tarea</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>V&amp;ence:</translation>
        </message>
        <message>
            <source>Due date label</source>
            <translation>Etiqueta de fecha límite</translation>
        </message>
        <message>
            <source>Assi&amp;gn the new task to:</source>
            <translation>Asi&amp;gnar la nueva tarea a:</translation>
        </message>
        <message>
            <source>Visits, newest first</source>
            <translation>Visitas, la más reciente primero</translation>
        </message>
        <message>
            <source>No tasks for this client.</source>
            <translation>No hay tareas para este cliente.</translation>
        </message>
        <message>
            <source>No visits booked.</source>
            <translation>No hay visitas programadas.</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Yo</translation>
        </message>
        <message>
            <source>&amp;Reopen task</source>
            <translation>&amp;Reabrir tarea</translation>
        </message>
        <message>
            <source>Reopen the selected task</source>
            <translation>Reabrir la tarea seleccionada</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Client's agreement to the plan</source>
            <translation>Acuerdo de la persona con el plan</translation>
        </message>
        <message>
            <source>Record whether the client agreed to this plan, in their own words. If they disagree, write what they said: the plan is theirs.</source>
            <translation>Registre si la persona está de acuerdo con este plan, con sus propias palabras. Si no lo está, escriba lo que dijo: el plan es suyo.</translation>
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation>&amp;Registrar la respuesta</translation>
        </message>
        <message>
            <source>Client's answer</source>
            <translation>Respuesta de la persona</translation>
        </message>
        <message>
            <source>Agreed, disagreed or not asked</source>
            <translation>De acuerdo, en desacuerdo o no se le preguntó</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>Res&amp;puesta:</translation>
        </message>
        <message>
            <source>What the client said, as they said it</source>
            <translation>Lo que dijo la persona, tal como lo dijo</translation>
        </message>
        <message>
            <source>&amp;Their words:</source>
            <translation>&amp;Sus palabras:</translation>
        </message>
        <message>
            <source>The client's words</source>
            <translation>Las palabras de la persona</translation>
        </message>
        <message>
            <source>Date of the answer</source>
            <translation>Fecha de la respuesta</translation>
        </message>
        <message>
            <source>When the client answered</source>
            <translation>Cuándo respondió la persona</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Save the client's answer</source>
            <translation>Guardar la respuesta de la persona</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>That client's record could not be opened. Press F5 to refresh the list.</source>
            <translation>No se pudo abrir el expediente de ese cliente. Pulse F5 para actualizar la lista.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDetail</name>
        <message>
            <source>free text</source>
            <translation>texto libre</translation>
        </message>
        <message>
            <source>Risk level: {level}</source>
            <translation>Nivel de riesgo: {level}</translation>
        </message>
        <message>
            <source>the ratings suggested {level}</source>
            <translation>las puntuaciones sugerían {level}</translation>
        </message>
        <message>
            <source>by {name}</source>
            <translation>por {name}</translation>
        </message>
        <message>
            <source>next due {day}</source>
            <translation>próxima el {day}</translation>
        </message>
        <message>
            <source>no re-assessment date</source>
            <translation>sin fecha de reevaluación</translation>
        </message>
        <message>
            <source>Needs:</source>
            <translation>Necesidades:</translation>
        </message>
        <message>
            <source>Strengths:</source>
            <translation>Fortalezas:</translation>
        </message>
        <message>
            <source>In the client's words:</source>
            <translation>En palabras del cliente:</translation>
        </message>
        <message>
            <source>Safety flags added:</source>
            <translation>Alertas de seguridad añadidas:</translation>
        </message>
        <message>
            <source>Safety flags removed:</source>
            <translation>Alertas de seguridad retiradas:</translation>
        </message>
        <message>
            <source>Notes on risk:</source>
            <translation>Notas sobre el riesgo:</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>About this assessment</source>
            <translation>Sobre esta evaluación</translation>
        </message>
        <message>
            <source>Assessment tool and its language</source>
            <translation>Herramienta de evaluación y su idioma</translation>
        </message>
        <message>
            <source>Kind of assessment</source>
            <translation>Tipo de evaluación</translation>
        </message>
        <message>
            <source>Date of the assessment</source>
            <translation>Fecha de la evaluación</translation>
        </message>
        <message>
            <source>The questions to follow, in the language you talk in</source>
            <translation>Las preguntas que seguirá, en el idioma en que hablan</translation>
        </message>
        <message>
            <source>A first screening, a full assessment or a re-assessment</source>
            <translation>Un primer cribado, una evaluación completa o una reevaluación</translation>
        </message>
        <message>
            <source>How to use this tool</source>
            <translation>Cómo usar esta herramienta</translation>
        </message>
        <message>
            <source>&amp;Tool</source>
            <translation>&amp;Herramienta</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Assessed &amp;on</source>
            <translation>&amp;Fecha de evaluación</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nueva evaluación</translation>
        </message>
        <message>
            <source>&amp;Save assessment</source>
            <translation>&amp;Guardar evaluación</translation>
        </message>
        <message>
            <source>Sections of the assessment</source>
            <translation>Secciones de la evaluación</translation>
        </message>
        <message>
            <source>Choose a section with the arrow keys; Ctrl+PgDown and Ctrl+PgUp move on and back</source>
            <translation>Elija una sección con las flechas; Ctrl+AvPág y Ctrl+RePág avanzan y retroceden</translation>
        </message>
        <message>
            <source>Section of the assessment</source>
            <translation>Sección de la evaluación</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Anterior</translation>
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Previous section (Ctrl+PgUp)</source>
            <translation>Sección anterior (Ctrl+RePág)</translation>
        </message>
        <message>
            <source>Next section (Ctrl+PgDown)</source>
            <translation>Sección siguiente (Ctrl+AvPág)</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Información general</translation>
        </message>
        <message>
            <source>Risk and safety — {level}</source>
            <translation>Riesgo y seguridad — {level}</translation>
        </message>
        <message>
            <source>{area} — notes</source>
            <translation>{area} — notas</translation>
        </message>
        <message>
            <source>(Highest rating: {areas}.)</source>
            <translation>(Puntuación más alta: {areas}.)</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTab</name>
        <message>
            <source>Not assessed yet. Assess the client's needs and strengths with them.</source>
            <translation>Aún sin evaluar. Evalúe con el cliente sus necesidades y fortalezas.</translation>
        </message>
        <message>
            <source>Last assessed {day}</source>
            <translation>Última evaluación: {day}</translation>
        </message>
        <message>
            <source>risk {level}</source>
            <translation>riesgo {level}</translation>
        </message>
        <message>
            <source>no re-assessment date set</source>
            <translation>sin fecha de reevaluación</translation>
        </message>
        <message>
            <source>re-assessment OVERDUE since {day}</source>
            <translation>reevaluación VENCIDA desde el {day}</translation>
        </message>
        <message>
            <source>re-assessment due {day}</source>
            <translation>reevaluación prevista el {day}</translation>
        </message>
        <message>
            <source>free text</source>
            <translation>texto libre</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Latest assessment</source>
            <translation>Última evaluación</translation>
        </message>
        <message>
            <source>Ne&amp;w assessment…</source>
            <translation>&amp;Nueva evaluación…</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nueva evaluación</translation>
        </message>
        <message>
            <source>Assess needs and strengths with the client ({keys})</source>
            <translation>Evaluar necesidades y fortalezas con el cliente ({keys})</translation>
        </message>
        <message>
            <source>Problem with the assessment</source>
            <translation>Problema con la evaluación</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Próxima</translation>
        </message>
        <message>
            <source>Assessment details</source>
            <translation>Detalles de la evaluación</translation>
        </message>
        <message>
            <source>This client has no case, so there is nothing to assess.</source>
            <translation>Este cliente no tiene caso, así que no hay nada que evaluar.</translation>
        </message>
        <message>
            <source>No assessments of this case yet.</source>
            <translation>Este caso aún no tiene evaluaciones.</translation>
        </message>
        <message>
            <source>No assessment tools are installed: ask office IT.</source>
            <translation>No hay herramientas de evaluación instaladas: consulte con informática de la oficina.</translation>
        </message>
    </context>
    <context>
        <name>BeforeSyncDialog</name>
        <message>
            <source>Before you sync</source>
            <translation>Antes de sincronizar</translation>
        </message>
        <message>
            <source>What is still open</source>
            <translation>Lo que sigue pendiente</translation>
        </message>
        <message>
            <source>Drafts and visits still open</source>
            <translation>Borradores y visitas pendientes</translation>
        </message>
        <message>
            <source>Up and Down choose a draft or a visit; Enter opens the client's record</source>
            <translation>Flecha arriba y abajo eligen un borrador o una visita; Intro abre el expediente del cliente</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Abrir expediente</translation>
        </message>
        <message>
            <source>Open the client's record</source>
            <translation>Abrir el expediente del cliente</translation>
        </message>
        <message>
            <source>Open the selected client's record to finish it</source>
            <translation>Abrir el expediente del cliente seleccionado para terminarlo</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Sync now and finish these later</source>
            <translation>Sincronizar ahora y terminar esto más tarde</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>A&amp;hora no</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Close without syncing (Esc)</source>
            <translation>Cerrar sin sincronizar (Esc)</translation>
        </message>
        <message>
            <source>Some work is still open. You can finish it first, or sync now and finish it later (drafts stay on this laptop until you sign them).</source>
            <translation>Todavía hay trabajo pendiente. Puede terminarlo primero, o sincronizar ahora y terminarlo más tarde (los borradores se quedan en este portátil hasta que usted los firme).</translation>
        </message>
        <message>
            <source>Waiting to be sent: {changes}, {entries}.</source>
            <translation>Pendiente de envío: {changes}, {entries}.</translation>
        </message>
        <message>
            <source>Unsigned draft notes ({})</source>
            <translation>Notas en borrador sin firmar ({})</translation>
        </message>
        <message>
            <source>Visits not marked done ({})</source>
            <translation>Visitas no marcadas como realizadas ({})</translation>
        </message>
        <message>
            <source>(client)</source>
            <translation>(cliente)</translation>
        </message>
        <message>
            <source>{name} — note of {day}</source>
            <translation>{name} — nota del {day}</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>visita a domicilio</translation>
        </message>
        <message>
            <source>phone call</source>
            <translation>llamada telefónica</translation>
        </message>
        <message>
            <source>office meeting</source>
            <translation>cita en la oficina</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>videollamada</translation>
        </message>
        <message>
            <source>{name} — {kind}, {day}</source>
            <translation>{name} — {kind}, {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n activity-log entry</source>
            <translation>
                <numerusform>%n entrada del registro de actividad</numerusform>
                <numerusform>%n entradas del registro de actividad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activity-log entries</source>
            <translation>
                <numerusform>%n entrada del registro de actividad</numerusform>
                <numerusform>%n entradas del registro de actividad</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseStage</name>
        <message>
            <source>Intake</source>
            <translation>Admisión</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento posterior</translation>
        </message>
    </context>
    <context>
        <name>CaseTab</name>
        <message>
            <source>No case is recorded for this client on this device.</source>
            <translation>No hay ningún caso registrado para esta persona en este dispositivo.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Case shown</source>
            <translation>Caso mostrado</translation>
        </message>
        <message>
            <source>Which of the client's cases is shown</source>
            <translation>Cuál de los casos de la persona se muestra</translation>
        </message>
        <message>
            <source>Case number, programme and worker</source>
            <translation>Número de caso, programa y profesional</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Historial de etapas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Who moved the case, when and why</source>
            <translation>Quién cambió la etapa del caso, cuándo y por qué</translation>
        </message>
        <message>
            <source>Problem with the case</source>
            <translation>Problema con el caso</translation>
        </message>
        <message>
            <source>Close case…</source>
            <translation>Cerrar caso…</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>Cerrar caso</translation>
        </message>
        <message>
            <source>Close the case (checklist)</source>
            <translation>Cerrar el caso (lista de comprobación)</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>Transferir…</translation>
        </message>
        <message>
            <source>Transfer case</source>
            <translation>Transferir el caso</translation>
        </message>
        <message>
            <source>Hand the case to a colleague</source>
            <translation>Pasar el caso a un compañero o compañera</translation>
        </message>
        <message>
            <source>Op&amp;en a case…</source>
            <translation>Ab&amp;rir un caso…</translation>
        </message>
        <message>
            <source>Open a case</source>
            <translation>Abrir un caso</translation>
        </message>
        <message>
            <source>Open a new case for this client, starting at intake</source>
            <translation>Abrir un caso nuevo para esta persona, empezando por la acogida</translation>
        </message>
        <message>
            <source>Stage &amp;history (newest first)</source>
            <translation>&amp;Historial de etapas (lo más reciente primero)</translation>
        </message>
        <message>
            <source>Stage history heading</source>
            <translation>Título del historial de etapas</translation>
        </message>
        <message>
            <source>Move the case (you are asked to confirm, with the reason):</source>
            <translation>Cambiar la etapa del caso (se le pedirá que lo confirme, con el motivo):</translation>
        </message>
        <message>
            <source>About moving the case</source>
            <translation>Sobre el cambio de etapa</translation>
        </message>
        <message>
            <source>Move the case to {stage}; you are asked for the reason first</source>
            <translation>Pasar el caso a {stage}; antes se le pedirá el motivo</translation>
        </message>
        <message>
            <source>No stage changes recorded.</source>
            <translation>No hay cambios de etapa registrados.</translation>
        </message>
        <message>
            <source>Reopen at {stage}</source>
            <translation>Reabrir en {stage}</translation>
        </message>
        <message>
            <source>← Back to {stage}</source>
            <translation>← Volver a {stage}</translation>
        </message>
        <message>
            <source>On to {stage} →</source>
            <translation>Pasar a {stage} →</translation>
        </message>
        <message>
            <source>{number} · {programme} (closed {day})</source>
            <translation>{number} · {programme} (cerrado el {day})</translation>
        </message>
        <message>
            <source>{number} · {programme} (open)</source>
            <translation>{number} · {programme} (abierto)</translation>
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · closed {closed} · worker: {worker}</source>
            <translation>{number} · {programme} · abierto el {opened} · cerrado el {closed} · profesional: {worker}</translation>
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · closed {closed}</source>
            <translation>{number} · {programme} · abierto el {opened} · cerrado el {closed}</translation>
        </message>
        <message>
            <source>{number} · {programme} · opened {opened} · worker: {worker}</source>
            <translation>{number} · {programme} · abierto el {opened} · profesional: {worker}</translation>
        </message>
        <message>
            <source>{number} · {programme} · opened {opened}</source>
            <translation>{number} · {programme} · abierto el {opened}</translation>
        </message>
        <message>
            <source>Opened at {stage}</source>
            <translation>Abierto en {stage}</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} → {after}</translation>
        </message>
        <message>
            <source>Case stage</source>
            <translation>Etapa del caso</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Sin caso</translation>
        </message>
        <message>
            <source>{stage}, step {number} of {total}</source>
            <translation>{stage}, etapa {number} de {total}</translation>
        </message>
        <message>
            <source>Current stage: {stage}</source>
            <translation>Etapa actual: {stage}</translation>
        </message>
    </context>
    <context>
        <name>CaseloadColumns</name>
        <message>
            <source>No open case</source>
            <translation>Sin caso abierto</translation>
        </message>
        <message>
            <source>Do not call</source>
            <translation>No llamar</translation>
        </message>
        <message>
            <source>{first} (+{more})</source>
            <translation>{first} (+{more})</translation>
        </message>
        <message>
            <source>None booked</source>
            <translation>Ninguna programada</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Hoy {time}</translation>
        </message>
        <message>
            <source>Tomorrow {time}</source>
            <translation>Mañana {time}</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (hoy)</translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n day)</source>
            <translation>
                <numerusform>{day} (%n día)</numerusform>
                <numerusform>{day} (%n días)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n days)</source>
            <translation>
                <numerusform>{day} (%n día)</numerusform>
                <numerusform>{day} (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>{language} + interpreter</source>
            <translation>{language} + intérprete</translation>
        </message>
        <message>
            <source>A consent in force that expires within 30 days (renew it at the next visit)</source>
            <translation>Un consentimiento vigente que vence en los próximos 30 días (renuévelo en la próxima visita)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Preferred name and pronouns</source>
            <translation>Nombre preferido y pronombres</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Stage of the current case</source>
            <translation>Etapa del caso actual</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Nivel de riesgo</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>Safety flags and do-not-call</source>
            <translation>Alertas de seguridad y «no llamar»</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>Próxima visita</translation>
        </message>
        <message>
            <source>Next scheduled visit</source>
            <translation>Próxima visita programada</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasadas</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Tareas atrasadas</translation>
        </message>
        <message>
            <source>Consent ends</source>
            <translation>Fin del consentimiento</translation>
        </message>
        <message>
            <source>A consent in force that expires within 30 days</source>
            <translation>Un consentimiento vigente que vence en los próximos 30 días</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Preferred language; interpreter needed</source>
            <translation>Idioma preferido; si necesita intérprete</translation>
        </message>
    </context>
    <context>
        <name>CaseloadCount</name>
        <message numerus="yes">
            <source>%n+ clients</source>
            <translation>
                <numerusform>%n+ clientes</numerusform>
                <numerusform>%n+ clientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client</source>
            <translation>
                <numerusform>%n cliente</numerusform>
                <numerusform>%n clientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients</source>
            <translation>
                <numerusform>%n cliente</numerusform>
                <numerusform>%n clientes</numerusform>
            </translation>
        </message>
        <message>
            <source>No clients match</source>
            <translation>Ningún cliente coincide</translation>
        </message>
        <message numerus="yes">
            <source>%n+ clients match</source>
            <translation>
                <numerusform>%n+ clientes coinciden</numerusform>
                <numerusform>%n+ clientes coinciden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client matches</source>
            <translation>
                <numerusform>%n cliente coincide</numerusform>
                <numerusform>%n clientes coinciden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients match</source>
            <translation>
                <numerusform>%n cliente coincide</numerusform>
                <numerusform>%n clientes coinciden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>(no longer on this device)</source>
            <translation>(ya no está en este dispositivo)</translation>
        </message>
        <message>
            <source>{title}: {tip}</source>
            <translation>{title}: {tip}</translation>
        </message>
        <message>
            <source>{title}: {tip} (not sortable)</source>
            <translation>{title}: {tip} (no se puede ordenar)</translation>
        </message>
        <message>
            <source>{title}: {text}</source>
            <translation>{title}: {text}</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPanel</name>
        <message>
            <source>Search names, phone, notes and tasks  (Ctrl+F)</source>
            <translation>Buscar nombres, teléfonos, notas y tareas  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search clients, notes and tasks</source>
            <translation>Buscar clientes, notas y tareas</translation>
        </message>
        <message>
            <source>Type part of a name, phone number, note or task. Enter opens the first match; Down moves to the list.</source>
            <translation>Escriba parte de un nombre, teléfono, nota o tarea. Intro abre la primera coincidencia; flecha abajo pasa a la lista.</translation>
        </message>
        <message>
            <source>Filter by stage</source>
            <translation>Filtrar por etapa</translation>
        </message>
        <message>
            <source>Show only clients whose current case is at this stage</source>
            <translation>Mostrar solo los clientes cuyo caso actual está en esta etapa</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Todas las etapas</translation>
        </message>
        <message>
            <source>Filter by risk</source>
            <translation>Filtrar por riesgo</translation>
        </message>
        <message>
            <source>Show only clients at this risk level</source>
            <translation>Mostrar solo los clientes con este nivel de riesgo</translation>
        </message>
        <message>
            <source>Any risk</source>
            <translation>Cualquier riesgo</translation>
        </message>
        <message>
            <source>Safety flags only</source>
            <translation>Solo con alertas</translation>
        </message>
        <message>
            <source>Show only clients with safety flags</source>
            <translation>Mostrar solo los clientes con alertas de seguridad</translation>
        </message>
        <message>
            <source>Lists only the clients with a safety flag or a do-not-call note</source>
            <translation>Muestra solo los clientes con una alerta de seguridad o la indicación «no llamar»</translation>
        </message>
        <message>
            <source>Number of clients shown</source>
            <translation>Número de clientes mostrados</translation>
        </message>
        <message>
            <source>Caseload and matches</source>
            <translation>Clientes y coincidencias</translation>
        </message>
    </context>
    <context>
        <name>CaseloadTable</name>
        <message>
            <source>Caseload</source>
            <translation>Lista de clientes</translation>
        </message>
        <message>
            <source>Your clients. Up and Down move between them, Enter opens the selected client, Tab moves on. Click a column title to sort.</source>
            <translation>Sus clientes. Flecha arriba y abajo para moverse entre ellos, Intro abre el cliente seleccionado, Tab pasa al siguiente control. Haga clic en el título de una columna para ordenar.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>The vault is re-encrypted under a new key, so an old copy of its files and your old passphrase no longer open it. This takes a few seconds for a usual caseload (minutes for a very large one); keep the laptop on until it is done.</source>
            <translation>La bóveda se vuelve a cifrar con una clave nueva, de modo que una copia antigua de sus archivos y su frase de contraseña anterior ya no la abren. Tarda unos segundos con una carga de casos habitual (minutos con una muy grande); mantenga el portátil encendido hasta que termine.</translation>
        </message>
        <message>
            <source>C&amp;hange</source>
            <translation>Cam&amp;biar</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Repita la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Re-encrypting the vault</source>
            <translation>Volviendo a cifrar la bóveda</translation>
        </message>
        <message>
            <source>Type your current passphrase.</source>
            <translation>Escriba su frase de contraseña actual.</translation>
        </message>
        <message>
            <source>The new passphrase is too easy to guess; see the advice above.</source>
            <translation>La nueva frase de contraseña es demasiado fácil de adivinar; vea el consejo de arriba.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same.</source>
            <translation>Las dos nuevas frases de contraseña no son iguales.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>La nueva frase de contraseña es igual a la actual.</translation>
        </message>
    </context>
    <context>
        <name>ClientForm</name>
        <message>
            <source>Client details</source>
            <translation>Datos del cliente</translation>
        </message>
        <message>
            <source>Who they are</source>
            <translation>Quién es</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Legal first name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Required: as on the client's documents.</source>
            <translation>Obligatorio: tal como figura en los documentos del cliente.</translation>
        </message>
        <message>
            <source>Fa&amp;mily name</source>
            <translation>&amp;Apellidos</translation>
        </message>
        <message>
            <source>Legal family name</source>
            <translation>Apellidos legales</translation>
        </message>
        <message>
            <source>P&amp;referred name</source>
            <translation>Nombre &amp;preferido</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nombre preferido</translation>
        </message>
        <message>
            <source>Optional: the name the client goes by.</source>
            <translation>Opcional: el nombre con el que el cliente prefiere que le llamen.</translation>
        </message>
        <message>
            <source>Pron&amp;ouns</source>
            <translation>Pron&amp;ombres</translation>
        </message>
        <message>
            <source>Optional: choose from the list or type the client's own words.</source>
            <translation>Opcional: elija de la lista o escriba las palabras del propio cliente.</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronombres</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Fecha de na&amp;cimiento</translation>
        </message>
        <message>
            <source>Tick to give the date of birth; leave it unticked if not known.</source>
            <translation>Marque la casilla para indicar la fecha de nacimiento; déjela sin marcar si no se conoce.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The client's language: their consent forms and letters use it.</source>
            <translation>El idioma del cliente: se usa en sus formularios de consentimiento y sus cartas.</translation>
        </message>
        <message>
            <source>&amp;Interpreter needed</source>
            <translation>Necesita &amp;intérprete</translation>
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation>Necesita intérprete</translation>
        </message>
        <message>
            <source>Tick when the client needs an interpreter for visits and calls.</source>
            <translation>Marque la casilla si el cliente necesita intérprete para visitas y llamadas.</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Datos de contacto</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>Optional: a number, at least three digits.</source>
            <translation>Opcional: un número de al menos tres dígitos.</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>Correo &amp;electrónico</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Dirección de correo electrónico</translation>
        </message>
        <message>
            <source>Optional: such as name@example.org.</source>
            <translation>Opcional: por ejemplo, nombre@ejemplo.org.</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Optional: street, town and postcode, on one or more lines.</source>
            <translation>Opcional: calle, localidad y código postal, en una o varias líneas.</translation>
        </message>
        <message>
            <source>What the client allows</source>
            <translation>Lo que el cliente permite</translation>
        </message>
        <message>
            <source>May we p&amp;hone?</source>
            <translation>¿Podemos &amp;llamarle?</translation>
        </message>
        <message>
            <source>May we phone</source>
            <translation>¿Podemos llamarle?</translation>
        </message>
        <message>
            <source>Whether the client agrees to be phoned.</source>
            <translation>Si el cliente acepta que le llamen por teléfono.</translation>
        </message>
        <message>
            <source>Leave a messa&amp;ge?</source>
            <translation>¿Dejar un &amp;mensaje?</translation>
        </message>
        <message>
            <source>May we leave a message</source>
            <translation>¿Podemos dejar un mensaje?</translation>
        </message>
        <message>
            <source>Whether a message may be left when the client does not answer.</source>
            <translation>Si se puede dejar un mensaje cuando el cliente no contesta.</translation>
        </message>
        <message>
            <source>&amp;Visit at home?</source>
            <translation>¿&amp;Visitar en casa?</translation>
        </message>
        <message>
            <source>May we visit</source>
            <translation>¿Podemos visitarle?</translation>
        </message>
        <message>
            <source>Whether a worker may visit the client's home.</source>
            <translation>Si un profesional puede visitar el domicilio del cliente.</translation>
        </message>
        <message>
            <source>Sen&amp;d mail?</source>
            <translation>¿Enviar &amp;correo postal?</translation>
        </message>
        <message>
            <source>May we send mail</source>
            <translation>¿Podemos enviar correo postal?</translation>
        </message>
        <message>
            <source>Whether letters may be sent to the address.</source>
            <translation>Si se pueden enviar cartas a la dirección.</translation>
        </message>
        <message>
            <source>Safe contact &amp;time</source>
            <translation>&amp;Horario seguro de contacto</translation>
        </message>
        <message>
            <source>Safe contact time</source>
            <translation>Horario seguro de contacto</translation>
        </message>
        <message>
            <source>e.g. weekdays 9–12; never evenings</source>
            <translation>p. ej., entre semana de 9 a 12; nunca por la tarde</translation>
        </message>
        <message>
            <source>Optional: when it is safe to contact the client, in words.</source>
            <translation>Opcional: cuándo es seguro contactar con el cliente, en palabras.</translation>
        </message>
        <message>
            <source>Other contact r&amp;ules</source>
            <translation>Otras &amp;normas de contacto</translation>
        </message>
        <message>
            <source>Other contact rules</source>
            <translation>Otras normas de contacto</translation>
        </message>
        <message>
            <source>e.g. text first; use the work number</source>
            <translation>p. ej., enviar un mensaje antes; usar el número del trabajo</translation>
        </message>
        <message>
            <source>Optional: any other rule for contacting the client.</source>
            <translation>Opcional: cualquier otra norma para contactar con el cliente.</translation>
        </message>
        <message>
            <source>Capacity and representative</source>
            <translation>Capacidad y representante</translation>
        </message>
        <message>
            <source>Lac&amp;ks capacity: a guardian or representative decides</source>
            <translation>Sin &amp;capacidad: decide un tutor o representante</translation>
        </message>
        <message>
            <source>Lacks capacity</source>
            <translation>Sin capacidad</translation>
        </message>
        <message>
            <source>Tick when someone decides for the client: their name is required.</source>
            <translation>Marque la casilla si otra persona decide por el cliente: su nombre es obligatorio.</translation>
        </message>
        <message>
            <source>Represe&amp;ntative</source>
            <translation>Re&amp;presentante</translation>
        </message>
        <message>
            <source>Representative's name</source>
            <translation>Nombre del representante</translation>
        </message>
        <message>
            <source>The guardian's or representative's full name.</source>
            <translation>Nombre completo del tutor o representante.</translation>
        </message>
        <message>
            <source>Their role</source>
            <translation>Su función</translation>
        </message>
        <message>
            <source>Representative's role</source>
            <translation>Función del representante</translation>
        </message>
        <message>
            <source>What the representative is to the client.</source>
            <translation>Qué relación tiene el representante con el cliente.</translation>
        </message>
        <message>
            <source>Their phone</source>
            <translation>Su teléfono</translation>
        </message>
        <message>
            <source>Representative's phone number</source>
            <translation>Teléfono del representante</translation>
        </message>
        <message>
            <source>Optional: how to reach the representative.</source>
            <translation>Opcional: cómo contactar con el representante.</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Cultura</translation>
        </message>
        <message>
            <source>&amp;Cultural considerations</source>
            <translation>Consideraciones c&amp;ulturales</translation>
        </message>
        <message>
            <source>Cultural considerations</source>
            <translation>Consideraciones culturales</translation>
        </message>
        <message>
            <source>Faith, customs, gender of the worker…</source>
            <translation>Creencias, costumbres, género del profesional…</translation>
        </message>
        <message>
            <source>Optional: what the worker should know and respect.</source>
            <translation>Opcional: lo que el profesional debe saber y respetar.</translation>
        </message>
        <message>
            <source>Required: who decides for the client</source>
            <translation>Obligatorio: quién decide por el cliente</translation>
        </message>
        <message>
            <source>Edit client details</source>
            <translation>Editar los datos del cliente</translation>
        </message>
        <message>
            <source>Change what is new or wrong. Only the fields you change are saved.</source>
            <translation>Cambie lo que sea nuevo o incorrecto. Solo se guardan los campos que cambie.</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
    </context>
    <context>
        <name>ClientToldDialog</name>
        <message>
            <source>Client told</source>
            <translation>Informada la persona</translation>
        </message>
        <message>
            <source>Record when and how you told the client about this sharing.</source>
            <translation>Registre cuándo y cómo informó a la persona de que se compartió esta información.</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Registrar</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <source>When the client was told</source>
            <translation>Cuándo se informó a la persona</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>C&amp;ómo</translation>
        </message>
        <message>
            <source>How the client was told</source>
            <translation>Cómo se informó a la persona</translation>
        </message>
        <message>
            <source>Add this to the sharing's record</source>
            <translation>Añadirlo al registro de lo compartido</translation>
        </message>
        <message>
            <source>The day you told the client</source>
            <translation>El día en que informó a la persona</translation>
        </message>
        <message>
            <source>In person, by phone, in writing or another way</source>
            <translation>En persona, por teléfono, por escrito o de otra forma</translation>
        </message>
    </context>
    <context>
        <name>Closure</name>
        <message>
            <source>Closing ends active work on this case. The checklist is read from the record: resolve what is missing, or close anyway and say why (your supervisor is told).</source>
            <translation>Cerrar pone fin al trabajo activo en este caso. La lista de comprobación se lee del expediente: resuelva lo que falta, o cierre de todos modos e indique el motivo (se informa a su supervisor).</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>Cerrar caso</translation>
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation>&amp;Cerrar caso</translation>
        </message>
        <message>
            <source>Close case {number}</source>
            <translation>Cerrar el caso {number}</translation>
        </message>
        <message>
            <source>Closure checklist</source>
            <translation>Lista de comprobación del cierre</translation>
        </message>
        <message>
            <source>Checklist, from the record</source>
            <translation>Lista de comprobación, según el expediente</translation>
        </message>
        <message>
            <source>What is met and what is missing; arrow keys read the lines</source>
            <translation>Lo que se cumple y lo que falta; las flechas recorren las líneas</translation>
        </message>
        <message>
            <source>The client &amp;knows the case is closing</source>
            <translation>El cliente &amp;sabe que el caso se cierra</translation>
        </message>
        <message>
            <source>The client knows the case is closing</source>
            <translation>El cliente sabe que el caso se cierra</translation>
        </message>
        <message>
            <source>Tick once you have told the client</source>
            <translation>Márquelo cuando se lo haya dicho al cliente</translation>
        </message>
        <message>
            <source>Client's feedback, in their words</source>
            <translation>Opinión del cliente, en sus palabras</translation>
        </message>
        <message>
            <source>What the client said, as they said it</source>
            <translation>Lo que dijo el cliente, tal como lo dijo</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Motivo del cierre</translation>
        </message>
        <message>
            <source>e.g. goals met; moved out of the area</source>
            <translation>p. ej. objetivos cumplidos; se mudó fuera de la zona</translation>
        </message>
        <message>
            <source>Reason to close with items missing</source>
            <translation>Motivo para cerrar con puntos pendientes</translation>
        </message>
        <message>
            <source>Why close now; your supervisor is told</source>
            <translation>Por qué cerrar ahora; se informa a su supervisor</translation>
        </message>
        <message>
            <source>Outcome of the goal {title}</source>
            <translation>Resultado del objetivo {title}</translation>
        </message>
        <message>
            <source>Achieved, partly achieved or not achieved</source>
            <translation>Logrado, logrado en parte o no logrado</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>C&amp;hecklist</source>
            <translation>&amp;Lista de comprobación</translation>
        </message>
        <message>
            <source>&amp;Why is it closing?</source>
            <translation>¿&amp;Por qué se cierra?</translation>
        </message>
        <message>
            <source>Close &amp;anyway because:</source>
            <translation>Cerrar de todos &amp;modos porque:</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Goals and their &amp;outcomes</source>
            <translation>Objetivos y sus &amp;resultados</translation>
        </message>
        <message>
            <source>Client's feedback, in their wo&amp;rds</source>
            <translation>Opinión del cliente, en s&amp;us palabras</translation>
        </message>
        <message>
            <source>This case has no goals in its plan.</source>
            <translation>Este caso no tiene objetivos en su plan.</translation>
        </message>
        <message>
            <source>No goals</source>
            <translation>Sin objetivos</translation>
        </message>
        <message>
            <source>Goals and their outcomes</source>
            <translation>Objetivos y sus resultados</translation>
        </message>
        <message>
            <source>Met: {text}</source>
            <translation>Cumplido: {text}</translation>
        </message>
        <message>
            <source>Missing: {text}</source>
            <translation>Falta: {text}</translation>
        </message>
        <message>
            <source>Follow-up after closure</source>
            <translation>Seguimiento tras el cierre</translation>
        </message>
        <message>
            <source>Already &amp;booked: {what}</source>
            <translation>Ya pro&amp;gramado: {what}</translation>
        </message>
        <message>
            <source>Book a &amp;follow-up on</source>
            <translation>Programar un segu&amp;imiento el</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Fecha del seguimiento</translation>
        </message>
        <message>
            <source>The client &amp;declined it:</source>
            <translation>El cliente lo rec&amp;hazó:</translation>
        </message>
        <message>
            <source>Why the client declined follow-up</source>
            <translation>Por qué el cliente rechazó el seguimiento</translation>
        </message>
        <message>
            <source>in the client's words</source>
            <translation>en palabras del cliente</translation>
        </message>
        <message>
            <source>&amp;Not arranged yet</source>
            <translation>Aún &amp;no organizado</translation>
        </message>
        <message>
            <source>Keep the follow-up booked</source>
            <translation>Mantener el seguimiento programado</translation>
        </message>
        <message>
            <source>Book a follow-up on the date</source>
            <translation>Programar un seguimiento en esa fecha</translation>
        </message>
        <message>
            <source>The client wants no follow-up; say why</source>
            <translation>El cliente no quiere seguimiento; indique por qué</translation>
        </message>
        <message>
            <source>No follow-up yet: closing then needs a reason</source>
            <translation>Aún sin seguimiento: para cerrar hará falta un motivo</translation>
        </message>
        <message>
            <source>Closed {day}: {reason}</source>
            <translation>Cerrado el {day}: {reason}</translation>
        </message>
        <message>
            <source>Goals: {goals}</source>
            <translation>Objetivos: {goals}</translation>
        </message>
        <message>
            <source>none in the plan</source>
            <translation>ninguno en el plan</translation>
        </message>
        <message>
            <source>The client said: “{words}”</source>
            <translation>El cliente dijo: «{words}»</translation>
        </message>
        <message>
            <source>Closed with items missing: flagged for supervisor review. Why: {reason}</source>
            <translation>Cerrado con puntos pendientes: marcado para revisión del supervisor. Motivo: {reason}</translation>
        </message>
        <message>
            <source>Closed with items missing (reviewed by a supervisor). Why: {reason}</source>
            <translation>Cerrado con puntos pendientes (revisado por un supervisor). Motivo: {reason}</translation>
        </message>
        <message>
            <source>Case sharing and outcome</source>
            <translation>Caso compartido y resultado</translation>
        </message>
        <message>
            <source>Shared with the team: colleagues may be &amp;given its tasks</source>
            <translation>Compartido con el equipo: se pueden &amp;asignar sus tareas a colegas</translation>
        </message>
        <message>
            <source>Case shared with the team</source>
            <translation>Caso compartido con el equipo</translation>
        </message>
        <message>
            <source>Outcome of the case</source>
            <translation>Resultado del caso</translation>
        </message>
        <message>
            <source>Closure exception</source>
            <translation>Excepción de cierre</translation>
        </message>
        <message>
            <source>Mark e&amp;xception reviewed</source>
            <translation>Marcar la e&amp;xcepción como revisada</translation>
        </message>
        <message>
            <source>Mark the closure exception reviewed</source>
            <translation>Marcar la excepción de cierre como revisada</translation>
        </message>
        <message>
            <source>Problem with the case</source>
            <translation>Problema con el caso</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Logrado</translation>
        </message>
        <message>
            <source>Partly achieved</source>
            <translation>Logrado en parte</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation>No logrado</translation>
        </message>
        <message>
            <source>The client is not told yet</source>
            <translation>Aún no se ha informado al cliente</translation>
        </message>
        <message numerus="yes">
            <source>%n open task</source>
            <translation>
                <numerusform>%n tarea abierta</numerusform>
                <numerusform>%n tareas abiertas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open tasks</source>
            <translation>
                <numerusform>%n tarea abierta</numerusform>
                <numerusform>%n tareas abiertas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral without an outcome</source>
            <translation>
                <numerusform>%n derivación sin resultado</numerusform>
                <numerusform>%n derivaciones sin resultado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referrals without an outcome</source>
            <translation>
                <numerusform>%n derivación sin resultado</numerusform>
                <numerusform>%n derivaciones sin resultado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned note</source>
            <translation>
                <numerusform>%n nota sin firmar</numerusform>
                <numerusform>%n notas sin firmar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned notes</source>
            <translation>
                <numerusform>%n nota sin firmar</numerusform>
                <numerusform>%n notas sin firmar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent still a draft</source>
            <translation>
                <numerusform>%n consentimiento aún en borrador</numerusform>
                <numerusform>%n consentimientos aún en borrador</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consents still drafts</source>
            <translation>
                <numerusform>%n consentimiento aún en borrador</numerusform>
                <numerusform>%n consentimientos aún en borrador</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal without an outcome</source>
            <translation>
                <numerusform>%n objetivo sin resultado</numerusform>
                <numerusform>%n objetivos sin resultado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals without an outcome</source>
            <translation>
                <numerusform>%n objetivo sin resultado</numerusform>
                <numerusform>%n objetivos sin resultado</numerusform>
            </translation>
        </message>
        <message>
            <source>No follow-up arranged</source>
            <translation>No hay seguimiento organizado</translation>
        </message>
        <message>
            <source>No open tasks</source>
            <translation>No hay tareas abiertas</translation>
        </message>
        <message>
            <source>Every referral has an outcome</source>
            <translation>Todas las derivaciones tienen resultado</translation>
        </message>
        <message>
            <source>Every note is signed</source>
            <translation>Todas las notas están firmadas</translation>
        </message>
        <message>
            <source>No consent left as a draft</source>
            <translation>Ningún consentimiento queda en borrador</translation>
        </message>
        <message>
            <source>Every goal has an outcome</source>
            <translation>Todos los objetivos tienen resultado</translation>
        </message>
        <message>
            <source>Follow-up booked or declined</source>
            <translation>Seguimiento programado o rechazado</translation>
        </message>
        <message>
            <source>{label} · due {day}</source>
            <translation>{label} · vence el {day}</translation>
        </message>
        <message>
            <source>Follow-up: {label} · {day}</source>
            <translation>Seguimiento: {label} · {day}</translation>
        </message>
        <message>
            <source>{label} · {day}</source>
            <translation>{label} · {day}</translation>
        </message>
        <message>
            <source>{label} · made {day}</source>
            <translation>{label} · hecha el {day}</translation>
        </message>
        <message>
            <source>Draft note ({label}) · {day}</source>
            <translation>Nota en borrador ({label}) · {day}</translation>
        </message>
        <message>
            <source>Draft consent: {label}</source>
            <translation>Consentimiento en borrador: {label}</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Declarar un conflicto de intereses</translation>
        </message>
        <message>
            <source>Declare any relationship with this client that could affect your judgement, or could be seen to. The declaration is flagged 'pending supervisor review' until your supervisor has reviewed it; keep working as agreed with them.</source>
            <translation>Declare cualquier relación con esta persona que pueda afectar a su criterio, o que pueda parecerlo. La declaración queda marcada como «pendiente de revisión por supervisión» hasta que su supervisor la revise; siga trabajando según lo acordado con él o ella.</translation>
        </message>
        <message>
            <source>&amp;Declare</source>
            <translation>&amp;Declarar</translation>
        </message>
        <message>
            <source>Relationship to the client</source>
            <translation>Relación con la persona</translation>
        </message>
        <message>
            <source>e.g. neighbour, relative, former colleague</source>
            <translation>p. ej., vecino, familiar, antiguo compañero de trabajo</translation>
        </message>
        <message>
            <source>&amp;Relationship:</source>
            <translation>&amp;Relación:</translation>
        </message>
        <message>
            <source>How you are connected</source>
            <translation>Qué relación tiene usted con la persona</translation>
        </message>
        <message>
            <source>How you know them and what could be affected</source>
            <translation>Cómo la conoce y qué podría verse afectado</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escripción:</translation>
        </message>
        <message>
            <source>Description of the conflict</source>
            <translation>Descripción del conflicto</translation>
        </message>
        <message>
            <source>Record the declaration for your supervisor</source>
            <translation>Registrar la declaración para su supervisor</translation>
        </message>
    </context>
    <context>
        <name>ConflictOutcome</name>
        <message>
            <source>No conflict of interest</source>
            <translation>Sin conflicto de intereses</translation>
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation>Continuar con salvaguardas</translation>
        </message>
        <message>
            <source>Reassign the case</source>
            <translation>Reasignar el caso</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>You declared this one: another supervisor must review it.</source>
            <translation>Usted hizo esta declaración: debe revisarla otro supervisor.</translation>
        </message>
        <message>
            <source>No conflict of interest</source>
            <translation>No hay conflicto de interés</translation>
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation>Continuar con salvaguardas</translation>
        </message>
        <message>
            <source>Reassign the case</source>
            <translation>Reasignar el caso</translation>
        </message>
        <message>
            <source>Review the selected declaration: the outcome and why</source>
            <translation>Revisar la declaración seleccionada: la decisión y el motivo</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisada</translation>
        </message>
        <message>
            <source>Pending supervisor review</source>
            <translation>Pendiente de revisión por supervisión</translation>
        </message>
        <message>
            <source>{outcome} (reviewed by {who} on {day})</source>
            <translation>{outcome} (revisada por {who} el {day})</translation>
        </message>
        <message>
            <source>{outcome} (reviewed by {who})</source>
            <translation>{outcome} (revisada por {who})</translation>
        </message>
        <message>
            <source>{outcome} (reviewed on {day})</source>
            <translation>{outcome} (revisada el {day})</translation>
        </message>
        <message>
            <source>{outcome} (reviewed)</source>
            <translation>{outcome} (revisada)</translation>
        </message>
        <message>
            <source>Conflicts of interest</source>
            <translation>Conflictos de interés</translation>
        </message>
        <message>
            <source>&amp;Declare conflict…</source>
            <translation>&amp;Declarar conflicto…</translation>
        </message>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Declarar un conflicto de interés</translation>
        </message>
        <message>
            <source>Declare a conflict of interest with this client</source>
            <translation>Declarar un conflicto de interés con este cliente</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Revisar…</translation>
        </message>
        <message>
            <source>Review the selected declaration</source>
            <translation>Revisar la declaración seleccionada</translation>
        </message>
        <message>
            <source>Conflict of interest declarations</source>
            <translation>Declaraciones de conflicto de interés</translation>
        </message>
        <message>
            <source>Declared</source>
            <translation>Declarado</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Arrow keys move between declarations; Enter reviews the selected one.</source>
            <translation>Las flechas se mueven entre las declaraciones; Intro revisa la seleccionada.</translation>
        </message>
        <message>
            <source>Number of declarations</source>
            <translation>Número de declaraciones</translation>
        </message>
        <message>
            <source>Problem with conflicts of interest</source>
            <translation>Problema con los conflictos de interés</translation>
        </message>
        <message>
            <source>If you know this client outside work, or anything could affect your judgement, declare it. Your supervisor reviews every declaration.</source>
            <translation>Si conoce a este cliente fuera del trabajo, o si algo pudiera afectar a su criterio, declárelo. Su supervisor revisa cada declaración.</translation>
        </message>
        <message>
            <source>About conflicts of interest</source>
            <translation>Sobre los conflictos de interés</translation>
        </message>
        <message>
            <source>No conflicts of interest declared for this client.</source>
            <translation>No hay conflictos de interés declarados para este cliente.</translation>
        </message>
        <message numerus="yes">
            <source>%n declared</source>
            <translation>
                <numerusform>%n declarado</numerusform>
                <numerusform>%n declarados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending supervisor review</source>
            <translation>
                <numerusform>%n pendiente de revisión por supervisión</numerusform>
                <numerusform>%n pendientes de revisión por supervisión</numerusform>
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
            <translation>Conectar con la oficina</translation>
        </message>
        <message>
            <source>Your supervisor or office IT gives you a one-time code for this laptop (it starts with CL1. and works once, for 15 minutes). Paste it below. Caseload checks that it is talking to your office's own server before it sends anything.</source>
            <translation>Su supervisor o el servicio informático de la oficina le da un código de un solo uso para este portátil (empieza por CL1. y sirve una vez, durante 15 minutos). Péguelo abajo. Caseload comprueba que se comunica con el servidor de su propia oficina antes de enviar nada.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Paste the code first (it starts with CL1.).</source>
            <translation>Pegue primero el código (empieza por CL1.).</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Código de conexión</translation>
        </message>
        <message>
            <source>CL1.…</source>
            <translation>CL1.…</translation>
        </message>
        <message>
            <source>The one-time code from your supervisor; it starts with CL1.</source>
            <translation>El código de un solo uso que le da su supervisor; empieza por CL1.</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>Có&amp;digo</translation>
        </message>
        <message>
            <source>Connecting to the office</source>
            <translation>Conectando con la oficina</translation>
        </message>
        <message>
            <source>Check the code with the office and connect (Enter)</source>
            <translation>Comprobar el código con la oficina y conectar (Intro)</translation>
        </message>
        <message>
            <source>Close without connecting (Esc)</source>
            <translation>Cerrar sin conectar (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialogs</name>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.tif *.tiff *.webp)</translation>
        </message>
        <message>
            <source>Signed page</source>
            <translation>Página firmada</translation>
        </message>
        <message>
            <source>Sign consent</source>
            <translation>Firmar el consentimiento</translation>
        </message>
        <message>
            <source>Read the form with the signer first. Signing seals it: it never changes again.</source>
            <translation>Primero lea el formulario con quien firma. Al firmarlo queda sellado: ya no cambia nunca.</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Firmar</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Firmado por</translation>
        </message>
        <message>
            <source>Seal the signed consent for good</source>
            <translation>Sellar para siempre el consentimiento firmado</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>{witness} heard the consent given and can confirm it</source>
            <translation>{witness} oyó dar el consentimiento y puede confirmarlo</translation>
        </message>
        <message>
            <source>Witness confirms</source>
            <translation>El testigo lo confirma</translation>
        </message>
        <message>
            <source>Tick once the witness has confirmed</source>
            <translation>Marque la casilla cuando el testigo lo haya confirmado</translation>
        </message>
        <message>
            <source>&amp;Attach photo or scan…</source>
            <translation>&amp;Adjuntar foto o escaneo…</translation>
        </message>
        <message>
            <source>Attach a photo or scan of the signed page</source>
            <translation>Adjuntar una foto o un escaneo de la página firmada</translation>
        </message>
        <message>
            <source>Choose a picture of the signed page; it is kept in the vault</source>
            <translation>Elija una imagen de la página firmada; se guarda en la bóveda</translation>
        </message>
        <message>
            <source>No scan yet: you can attach it later.</source>
            <translation>Todavía no hay escaneo: puede adjuntarlo más tarde.</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Escaneo</translation>
        </message>
        <message>
            <source>A scan is chosen; it is kept inside the vault.</source>
            <translation>Ha elegido un escaneo; se guarda dentro de la bóveda.</translation>
        </message>
        <message>
            <source>Tick the box once the witness has confirmed.</source>
            <translation>Marque la casilla cuando el testigo lo haya confirmado.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Retirar el consentimiento</translation>
        </message>
        <message>
            <source>The client may withdraw consent at any time. The signed consent stays on record; a withdrawal is added that points at it, and sharing under it stops.</source>
            <translation>La persona atendida puede retirar su consentimiento en cualquier momento. El consentimiento firmado se conserva en el expediente; se añade una retirada que remite a él y se deja de compartir información con esa base.</translation>
        </message>
        <message>
            <source>&amp;Record withdrawal</source>
            <translation>&amp;Registrar la retirada</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <source>When the client withdrew</source>
            <translation>Cuándo retiró el consentimiento</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>C&amp;ómo</translation>
        </message>
        <message>
            <source>How the client withdrew</source>
            <translation>Cómo retiró el consentimiento</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>Reason, if the client gave one</source>
            <translation>Motivo, si lo dio</translation>
        </message>
        <message>
            <source>Add the withdrawal; sharing under it stops</source>
            <translation>Añadir la retirada; se deja de compartir con esa base</translation>
        </message>
        <message>
            <source>The day and time the client said so</source>
            <translation>El día y la hora en que lo dijo</translation>
        </message>
        <message>
            <source>In person, by phone, in writing or another way</source>
            <translation>En persona, por teléfono, por escrito o de otra forma</translation>
        </message>
        <message>
            <source>Optional: the client need not give a reason</source>
            <translation>Opcional: no tiene que dar un motivo</translation>
        </message>
    </context>
    <context>
        <name>ConsentForms</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close this form without saving (Esc)</source>
            <translation>Cerrar este formulario sin guardar (Esc)</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Indicar</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>{kind} to {recipients}</source>
            <translation>{kind} a {recipients}</translation>
        </message>
        <message>
            <source>{start} – no end date</source>
            <translation>{start} – sin fecha de fin</translation>
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
            <translation>NO COINCIDE CON SU SELLO</translation>
        </message>
        <message>
            <source>No active consent to services.</source>
            <translation>No hay ningún consentimiento de servicios vigente.</translation>
        </message>
        <message>
            <source>A consent expires on {day}.</source>
            <translation>Un consentimiento vence el {day}.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Consent alerts</source>
            <translation>Avisos de consentimiento</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentimientos</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Qué cubre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Every consent of this client; arrow keys move, Tab leaves the list</source>
            <translation>Todos los consentimientos de esta persona; las flechas se mueven, Tab sale de la lista</translation>
        </message>
        <message>
            <source>Problem with consent</source>
            <translation>Problema con el consentimiento</translation>
        </message>
        <message>
            <source>&amp;New consent…</source>
            <translation>&amp;Nuevo consentimiento…</translation>
        </message>
        <message>
            <source>Prepare a consent form with the client (Ctrl+Shift+C)</source>
            <translation>Preparar un formulario de consentimiento con la persona atendida (Ctrl+Mayús+C)</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Firmar…</translation>
        </message>
        <message>
            <source>Sign the selected draft</source>
            <translation>Firmar el borrador seleccionado</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Preview and print the selected consent form</source>
            <translation>Ver e imprimir el formulario seleccionado</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;Retirar…</translation>
        </message>
        <message>
            <source>Record that the client withdrew the selected consent</source>
            <translation>Registrar que la persona retiró el consentimiento seleccionado</translation>
        </message>
        <message>
            <source>Re&amp;new…</source>
            <translation>Re&amp;novar…</translation>
        </message>
        <message>
            <source>Prepare a new consent that replaces the selected one</source>
            <translation>Preparar un consentimiento nuevo que sustituya al seleccionado</translation>
        </message>
        <message>
            <source>Attach s&amp;can…</source>
            <translation>Adjuntar &amp;escaneo…</translation>
        </message>
        <message>
            <source>Attach a photo or scan of the signed paper form</source>
            <translation>Adjuntar una foto o un escaneo del formulario firmado en papel</translation>
        </message>
        <message>
            <source>&amp;Discard draft</source>
            <translation>&amp;Descartar el borrador</translation>
        </message>
        <message>
            <source>Delete the selected draft, which nobody has signed</source>
            <translation>Eliminar el borrador seleccionado, que nadie ha firmado</translation>
        </message>
        <message>
            <source>No consents yet. Prepare one with the client.</source>
            <translation>Todavía no hay consentimientos. Prepare uno con la persona atendida.</translation>
        </message>
    </context>
    <context>
        <name>ContactType</name>
        <message>
            <source>Home visit</source>
            <translation>Visita a domicilio</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Llamada telefónica</translation>
        </message>
        <message>
            <source>Office meeting</source>
            <translation>Reunión en la oficina</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videollamada</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
    </context>
    <context>
        <name>Disclosure</name>
        <message>
            <source>no consent names this recipient</source>
            <translation>ningún consentimiento nombra a este destinatario</translation>
        </message>
        <message>
            <source>the consent does not cover this purpose</source>
            <translation>el consentimiento no cubre esta finalidad</translation>
        </message>
        <message>
            <source>the consent does not cover: {categories}</source>
            <translation>el consentimiento no cubre: {categories}</translation>
        </message>
        <message>
            <source>the consent has expired</source>
            <translation>el consentimiento ha vencido</translation>
        </message>
        <message>
            <source>the client withdrew the consent</source>
            <translation>la persona retiró el consentimiento</translation>
        </message>
        <message>
            <source>the consent was replaced by a newer one</source>
            <translation>el consentimiento se sustituyó por otro más reciente</translation>
        </message>
        <message>
            <source>the client has signed no release of information</source>
            <translation>la persona no ha firmado ningún permiso para compartir información</translation>
        </message>
        <message>
            <source>Imminent risk of serious harm</source>
            <translation>Riesgo inminente de daño grave</translation>
        </message>
        <message>
            <source>Duty to report</source>
            <translation>Obligación legal de informar</translation>
        </message>
        <message>
            <source>Court order</source>
            <translation>Orden judicial</translation>
        </message>
        <message>
            <source>Print it</source>
            <translation>Imprimirlo</translation>
        </message>
        <message>
            <source>Save it to a file</source>
            <translation>Guardarlo en un archivo</translation>
        </message>
        <message>
            <source>Print it and save it to a file</source>
            <translation>Imprimirlo y guardarlo en un archivo</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En persona</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Por teléfono</translation>
        </message>
        <message>
            <source>In writing</source>
            <translation>Por escrito</translation>
        </message>
        <message>
            <source>Another way</source>
            <translation>De otra forma</translation>
        </message>
        <message>
            <source>Not covered: {reasons}.</source>
            <translation>No está cubierto: {reasons}.</translation>
        </message>
    </context>
    <context>
        <name>DisclosuresTab</name>
        <message>
            <source>When, by whom</source>
            <translation>Cuándo, quién</translation>
        </message>
        <message>
            <source>Recipient and purpose</source>
            <translation>Destinatario y finalidad</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Autorización</translation>
        </message>
        <message>
            <source>Client told</source>
            <translation>Informada la persona</translation>
        </message>
        <message>
            <source>Consent of {day}</source>
            <translation>Consentimiento del {day}</translation>
        </message>
        <message>
            <source>Without consent:
{basis}</source>
            <translation>Sin consentimiento:
{basis}</translation>
        </message>
        <message>
            <source>Flagged for the supervisor</source>
            <translation>Señalado a supervisión</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>{day} ({how})</source>
            <translation>{day} ({how})</translation>
        </message>
        <message>
            <source>Disclosures</source>
            <translation>Información compartida</translation>
        </message>
        <message>
            <source>Disclosure history</source>
            <translation>Historial de información compartida</translation>
        </message>
        <message>
            <source>Every sharing, newest first; arrow keys move, Tab leaves</source>
            <translation>Cada vez que se compartió, lo más reciente primero; las flechas se mueven, Tab sale</translation>
        </message>
        <message>
            <source>Problem with sharing</source>
            <translation>Problema al compartir</translation>
        </message>
        <message>
            <source>S&amp;hare information…</source>
            <translation>Compartir &amp;información…</translation>
        </message>
        <message>
            <source>Share information with someone ({keys})</source>
            <translation>Compartir información con alguien ({keys})</translation>
        </message>
        <message>
            <source>Client t&amp;old…</source>
            <translation>Persona inf&amp;ormada…</translation>
        </message>
        <message>
            <source>Record when and how the client was told of the selected sharing</source>
            <translation>Registrar cuándo y cómo se informó a la persona de lo compartido seleccionado</translation>
        </message>
        <message>
            <source>Nothing has been shared about this client.</source>
            <translation>No se ha compartido nada sobre esta persona.</translation>
        </message>
    </context>
    <context>
        <name>DomainPage</name>
        <message>
            <source>Rating</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Sin puntuar</translation>
        </message>
        <message>
            <source>No rating given for this area yet</source>
            <translation>Aún no se ha puntuado esta área</translation>
        </message>
        <message>
            <source>What the rating means</source>
            <translation>Qué significa la puntuación</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesidades</translation>
        </message>
        <message>
            <source>What the client needs help with here</source>
            <translation>En qué necesita ayuda el cliente aquí</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>What already helps: skills, people, services, resources</source>
            <translation>Lo que ya ayuda: habilidades, personas, servicios, recursos</translation>
        </message>
        <message>
            <source>Client's own words</source>
            <translation>Palabras del propio cliente</translation>
        </message>
        <message>
            <source>What the client says about this, as they said it</source>
            <translation>Lo que dice el cliente sobre esto, tal como lo dijo</translation>
        </message>
        <message>
            <source>Question to explore</source>
            <translation>Pregunta para explorar</translation>
        </message>
        <message>
            <source>What to look for</source>
            <translation>Qué observar</translation>
        </message>
        <message>
            <source>&amp;Needs</source>
            <translation>&amp;Necesidades</translation>
        </message>
        <message>
            <source>Stren&amp;gths</source>
            <translation>&amp;Fortalezas</translation>
        </message>
        <message>
            <source>Client's own &amp;words</source>
            <translation>&amp;Palabras del cliente</translation>
        </message>
    </context>
    <context>
        <name>ExportDesk</name>
        <message>
            <source>Exports</source>
            <translation>Exportaciones</translation>
        </message>
        <message>
            <source>Client's own record</source>
            <translation>Expediente para la persona atendida</translation>
        </message>
        <message>
            <source>Court copy</source>
            <translation>Copia para el juzgado</translation>
        </message>
    </context>
    <context>
        <name>ExportHooks</name>
        <message>
            <source>Client's own &amp;record…</source>
            <translation>&amp;Expediente para la persona atendida…</translation>
        </message>
        <message>
            <source>Export this client's record for them, with other people's details removed</source>
            <translation>Exportar el expediente para la propia persona, sin los datos de otras personas</translation>
        </message>
        <message>
            <source>Court copy of the case &amp;file…</source>
            <translation>Copia para el juzgado del &amp;caso…</translation>
        </message>
        <message>
            <source>Signed notes of the case shown, with seals and a verification page</source>
            <translation>Notas firmadas del caso mostrado, con sellos y una página de verificación</translation>
        </message>
        <message>
            <source>Court copy of the selected &amp;note…</source>
            <translation>Copia para el juzgado de la &amp;nota seleccionada…</translation>
        </message>
        <message>
            <source>The signed note selected on the Timeline tab, with its addenda</source>
            <translation>La nota firmada seleccionada en la pestaña Cronología, con sus anexos</translation>
        </message>
        <message>
            <source>Select a signed note on the Timeline tab first.</source>
            <translation>Primero seleccione una nota firmada en la pestaña Cronología.</translation>
        </message>
    </context>
    <context>
        <name>ExportResult</name>
        <message>
            <source>Building and encrypting the PDF…</source>
            <translation>Creando y cifrando el PDF…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Building the PDF</source>
            <translation>Creando el PDF</translation>
        </message>
        <message>
            <source>About the password</source>
            <translation>Sobre la contraseña</translation>
        </message>
        <message>
            <source>Problem with this export</source>
            <translation>Problema con esta exportación</translation>
        </message>
        <message>
            <source>One-time password</source>
            <translation>Contraseña de un solo uso</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Guardar…</translation>
        </message>
        <message>
            <source>Save the encrypted file</source>
            <translation>Guardar el archivo cifrado</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Print the document</source>
            <translation>Imprimir el documento</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close: the document and its password are forgotten (Esc)</source>
            <translation>Cerrar: se olvidan el documento y su contraseña (Esc)</translation>
        </message>
        <message>
            <source>Save the encrypted file where you choose</source>
            <translation>Guardar el archivo cifrado donde usted elija</translation>
        </message>
        <message>
            <source>Preview the document, then print it on paper</source>
            <translation>Ver el documento y después imprimirlo en papel</translation>
        </message>
        <message>
            <source>The PDF is encrypted. Its password:</source>
            <translation>El PDF está cifrado. Su contraseña:</translation>
        </message>
        <message>
            <source>Write it down or read it out now: it is shown only this once and it is not kept. Pass it on separately from the file (by phone or in person); without it the file cannot be opened. It is typed exactly as shown, dashes included; letters I, L, O and U are never used.</source>
            <translation>Anótela o léala en voz alta ahora: solo se muestra esta vez y no se guarda. Comuníquela aparte del archivo (por teléfono o en persona); sin ella no se puede abrir el archivo. Se escribe tal como aparece, guiones incluidos; nunca lleva las letras I, L, O ni U.</translation>
        </message>
        <message>
            <source>The PDF could not be built.</source>
            <translation>No se pudo crear el PDF.</translation>
        </message>
        <message>
            <source>Save outside the vault</source>
            <translation>Guardar fuera de la bóveda</translation>
        </message>
        <message>
            <source>The file leaves the vault. Once saved, only its password protects it: keep the password apart from the file.</source>
            <translation>El archivo sale de la bóveda. Una vez guardado, solo lo protege su contraseña: guarde la contraseña aparte del archivo.</translation>
        </message>
        <message>
            <source>Choose where to save…</source>
            <translation>Elegir dónde guardar…</translation>
        </message>
        <message>
            <source>Save the encrypted PDF</source>
            <translation>Guardar el PDF cifrado</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be saved ({problem}).</source>
            <translation>No se pudo guardar el archivo ({problem}).</translation>
        </message>
        <message>
            <source>Saved. The password:</source>
            <translation>Guardado. La contraseña:</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>There is no signed note to copy.</source>
            <translation>No hay ninguna nota firmada que copiar.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Problem with this form</source>
            <translation>Problema con este formulario</translation>
        </message>
        <message>
            <source>{action} (Enter)</source>
            <translation>{action} (Intro)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation>Cerrar sin guardar (Esc)</translation>
        </message>
        <message>
            <source>About this form</source>
            <translation>Sobre este formulario</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Indicar</translation>
        </message>
        <message>
            <source>Set a date: {what}</source>
            <translation>Indicar una fecha: {what}</translation>
        </message>
        <message>
            <source>Tick to give this date; leave it out otherwise</source>
            <translation>Márquelo para indicar esta fecha; si no, déjelo sin marcar</translation>
        </message>
    </context>
    <context>
        <name>FormHelp</name>
        <message>
            <source>Type the day, month and year, or press Alt+Down to choose from a calendar.</source>
            <translation>Escriba el día, el mes y el año, o pulse Alt+Abajo para elegir en un calendario.</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Indicar</translation>
        </message>
        <message>
            <source>Give a date: {name}</source>
            <translation>Indicar una fecha: {name}</translation>
        </message>
        <message>
            <source>Save what this form holds (Enter)</source>
            <translation>Guardar lo que contiene este formulario (Intro)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close the form without saving (Esc)</source>
            <translation>Cerrar el formulario sin guardar (Esc)</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Add a goal</source>
            <translation>Añadir una meta</translation>
        </message>
        <message>
            <source>A goal says, in the client's words where possible, what they want to achieve.</source>
            <translation>Una meta expresa, con las palabras de la persona siempre que sea posible, lo que quiere lograr.</translation>
        </message>
        <message>
            <source>&amp;Add goal</source>
            <translation>&amp;Añadir meta</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>e.g. Keep the flat</source>
            <translation>p. ej., Conservar el piso</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Meta:</translation>
        </message>
        <message>
            <source>What the client wants to achieve</source>
            <translation>Lo que la persona quiere lograr</translation>
        </message>
        <message>
            <source>Goal description</source>
            <translation>Descripción de la meta</translation>
        </message>
        <message>
            <source>Optional detail</source>
            <translation>Detalle opcional</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <source>More about the goal, optional</source>
            <translation>Más sobre la meta, opcional</translation>
        </message>
        <message>
            <source>When the goal should be reached, if a date is agreed</source>
            <translation>Cuándo debería alcanzarse la meta, si se acordó una fecha</translation>
        </message>
        <message>
            <source>&amp;Target date:</source>
            <translation>Fecha &amp;prevista:</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha prevista</translation>
        </message>
        <message>
            <source>Add the goal to the case plan</source>
            <translation>Añadir la meta al plan del caso</translation>
        </message>
    </context>
    <context>
        <name>GoalStatusDialog</name>
        <message>
            <source>Goal status</source>
            <translation>Estado de la meta</translation>
        </message>
        <message>
            <source>Say where the goal stands, with the client: still being worked on, met, not met, or dropped.</source>
            <translation>Indique, junto con la persona, en qué punto está la meta: todavía en curso, cumplida, no cumplida o abandonada.</translation>
        </message>
        <message>
            <source>&amp;Save status</source>
            <translation>&amp;Guardar estado</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Meta:</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Active, met, not met or dropped</source>
            <translation>Activa, cumplida, no cumplida o abandonada</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <source>From 0 to 100 per cent</source>
            <translation>De 0 a 100 por ciento</translation>
        </message>
        <message>
            <source>How far along, per cent</source>
            <translation>Grado de avance, en porcentaje</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>&amp;How far along:</source>
            <translation>&amp;Avance:</translation>
        </message>
        <message>
            <source>Save the goal's status</source>
            <translation>Guardar el estado de la meta</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía de uso</translation>
        </message>
        <message>
            <source>How to use Caseload</source>
            <translation>Cómo usar Caseload</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>Every key and what it does</source>
            <translation>Cada tecla y lo que hace</translation>
        </message>
        <message>
            <source>&amp;About Caseload</source>
            <translation>&amp;Acerca de Caseload</translation>
        </message>
        <message>
            <source>Version and licences</source>
            <translation>Versión y licencias</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Help menu</source>
            <translation>Menú Ayuda</translation>
        </message>
    </context>
    <context>
        <name>IntakeDesk</name>
        <message>
            <source>New client forms</source>
            <translation>Formularios de nuevo cliente</translation>
        </message>
    </context>
    <context>
        <name>IntakeTab</name>
        <message>
            <source>criteria met</source>
            <translation>cumple los criterios</translation>
        </message>
        <message>
            <source>criteria not met</source>
            <translation>no cumple los criterios</translation>
        </message>
        <message>
            <source>knows</source>
            <translation>lo sabe</translation>
        </message>
        <message>
            <source>no: do not mention it</source>
            <translation>no: no lo mencione</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Admisión</translation>
        </message>
        <message>
            <source>Problem with intake</source>
            <translation>Problema con la admisión</translation>
        </message>
        <message>
            <source>Screenings</source>
            <translation>Evaluaciones iniciales</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>The client's screenings, newest first. Arrow keys move in the list.</source>
            <translation>Evaluaciones iniciales del cliente, de la más reciente a la más antigua. Las flechas se mueven por la lista.</translation>
        </message>
        <message>
            <source>Household and other people</source>
            <translation>Hogar y otras personas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Knows about the service</source>
            <translation>Conoce el servicio</translation>
        </message>
        <message>
            <source>May contact</source>
            <translation>Se puede contactar</translation>
        </message>
        <message>
            <source>Arrow keys choose a person; Enter opens their details to edit.</source>
            <translation>Las flechas eligen a una persona; Intro abre sus datos para editarlos.</translation>
        </message>
        <message>
            <source>Record &amp;screening…</source>
            <translation>Registrar &amp;evaluación…</translation>
        </message>
        <message>
            <source>Record a programme's screening and its decision</source>
            <translation>Registrar la evaluación inicial de un programa y su decisión</translation>
        </message>
        <message>
            <source>Add &amp;household member…</source>
            <translation>Añadir miembro del &amp;hogar…</translation>
        </message>
        <message>
            <source>Add someone who lives with the client</source>
            <translation>Añadir a alguien que vive con el cliente</translation>
        </message>
        <message>
            <source>Add another &amp;contact…</source>
            <translation>Añadir otro &amp;contacto…</translation>
        </message>
        <message>
            <source>Add a professional, relative or other contact</source>
            <translation>Añadir un profesional, un familiar u otro contacto</translation>
        </message>
        <message>
            <source>E&amp;dit person…</source>
            <translation>E&amp;ditar persona…</translation>
        </message>
        <message>
            <source>Edit the selected person</source>
            <translation>Editar la persona seleccionada</translation>
        </message>
        <message>
            <source>Re&amp;move person…</source>
            <translation>&amp;Quitar persona…</translation>
        </message>
        <message>
            <source>Take the selected person off the list, after asking</source>
            <translation>Quitar de la lista a la persona seleccionada, tras confirmarlo</translation>
        </message>
        <message>
            <source>Screening and eligibility</source>
            <translation>Evaluación inicial y elegibilidad</translation>
        </message>
        <message>
            <source>No screening recorded yet.</source>
            <translation>Aún no hay ninguna evaluación inicial registrada.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Ninguno registrado.</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>Quitar persona</translation>
        </message>
        <message>
            <source>Take {name} off this client's list?</source>
            <translation>¿Quitar a {name} de la lista de este cliente?</translation>
        </message>
    </context>
    <context>
        <name>InterventionDialog</name>
        <message>
            <source>Add an intervention</source>
            <translation>Añadir una intervención</translation>
        </message>
        <message>
            <source>An intervention is what someone does to reach the goal: who, what, how often.</source>
            <translation>Una intervención es lo que alguien hace para alcanzar la meta: quién, qué y con qué frecuencia.</translation>
        </message>
        <message>
            <source>&amp;Add intervention</source>
            <translation>&amp;Añadir intervención</translation>
        </message>
        <message>
            <source>For goal:</source>
            <translation>Para la meta:</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Objective:</source>
            <translation>Objetivo:</translation>
        </message>
        <message>
            <source>Part of the intervention: what is done, by whom, how often</source>
            <translation>Parte de la intervención: qué se hace, quién lo hace y con qué frecuencia</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Qué:</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervención</translation>
        </message>
        <message>
            <source>e.g. Budgeting sessions</source>
            <translation>p. ej., Sesiones de presupuesto</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>Q&amp;uién:</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>Quién lo hace</translation>
        </message>
        <message>
            <source>e.g. case worker; client</source>
            <translation>p. ej., profesional de referencia; la persona</translation>
        </message>
        <message>
            <source>How &amp;often:</source>
            <translation>&amp;Frecuencia:</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Con qué frecuencia</translation>
        </message>
        <message>
            <source>e.g. weekly</source>
            <translation>p. ej., semanal</translation>
        </message>
        <message>
            <source>When the intervention starts and ends, if agreed</source>
            <translation>Cuándo empieza y termina la intervención, si se acordó</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Empieza:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Termina:</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Add the intervention to the plan</source>
            <translation>Añadir la intervención al plan</translation>
        </message>
    </context>
    <context>
        <name>LanguageCheck</name>
        <message>
            <source>Respectful language check</source>
            <translation>Revisión de lenguaje respetuoso</translation>
        </message>
        <message>
            <source>Wording to reconsider</source>
            <translation>Expresiones que revisar</translation>
        </message>
        <message>
            <source>Suggestions only. Enter on one selects the words in the note.</source>
            <translation>Solo son sugerencias. Intro sobre una selecciona las palabras en la nota.</translation>
        </message>
        <message>
            <source>No wording to reconsider.</source>
            <translation>Ninguna expresión que revisar.</translation>
        </message>
        <message>
            <source>Respectful language</source>
            <translation>Lenguaje respetuoso</translation>
        </message>
        <message>
            <source>Suggestions only. Click one to find it in the note.</source>
            <translation>Solo son sugerencias. Haga clic en una para encontrarla en la nota.</translation>
        </message>
        <message>
            <source>How the language check works</source>
            <translation>Cómo funciona la revisión del lenguaje</translation>
        </message>
        <message>
            <source>'{found}' — consider '{suggestion}' ({reason})</source>
            <translation>«{found}» — considere «{suggestion}» ({reason})</translation>
        </message>
    </context>
    <context>
        <name>LanguageName</name>
        <message>
            <source>Arabic</source>
            <translation>Árabe</translation>
        </message>
        <message>
            <source>Bangla</source>
            <translation>Bengalí</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Alemán</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persa</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>Haitian Creole</source>
            <translation>Criollo haitiano</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japonés</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Coreano</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polaco</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugués</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Ruso</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somalí</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turco</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ucraniano</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>Urdu</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnamita</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chino</translation>
        </message>
    </context>
    <context>
        <name>LockReason</name>
        <message numerus="yes">
            <source>Caseload locked itself after %n minute(s) without use. Your unsaved notes were kept as drafts.</source>
            <translation>
                <numerusform>Caseload se bloqueó solo tras %n minuto sin uso. Sus notas sin guardar se conservaron como borradores.</numerusform>
                <numerusform>Caseload se bloqueó solo tras %n minutos sin uso. Sus notas sin guardar se conservaron como borradores.</numerusform>
            </translation>
        </message>
        <message>
            <source>Caseload locked itself when the laptop went to sleep or the screen was locked. Your unsaved notes were kept as drafts.</source>
            <translation>Caseload se bloqueó solo cuando el portátil entró en suspensión o se bloqueó la pantalla. Sus notas sin guardar se conservaron como borradores.</translation>
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
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>{what} ({keys})</source>
            <translation>{what} ({keys})</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>&amp;Buscar cliente</translation>
        </message>
        <message>
            <source>Focus the search box</source>
            <translation>Ir al cuadro de búsqueda</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>Today's visits, tasks and deadlines</source>
            <translation>Visitas, tareas y plazos de hoy</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Casos</translation>
        </message>
        <message>
            <source>The caseload list</source>
            <translation>La lista de casos</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nueva nota</translation>
        </message>
        <message>
            <source>Start a case note for the client whose record is open</source>
            <translation>Empezar una nota de caso para el cliente cuyo expediente está abierto</translation>
        </message>
        <message>
            <source>New &amp;consent</source>
            <translation>Nuevo &amp;consentimiento</translation>
        </message>
        <message>
            <source>Prepare a consent form with the client whose record is open</source>
            <translation>Preparar un formulario de consentimiento con el cliente cuyo expediente está abierto</translation>
        </message>
        <message>
            <source>New c&amp;lient…</source>
            <translation>Nuevo c&amp;liente…</translation>
        </message>
        <message>
            <source>Take in a new client (checked for possible duplicates before saving)</source>
            <translation>Dar de alta a un nuevo cliente (se buscan posibles duplicados antes de guardar)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Reload the caseload</source>
            <translation>Volver a cargar los casos</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Bloquear ahora</translation>
        </message>
        <message>
            <source>Lock the screen now</source>
            <translation>Bloquear la pantalla ahora</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Lock and quit</source>
            <translation>Bloquear y salir</translation>
        </message>
        <message>
            <source>Caseload menu</source>
            <translation>Menú Casos</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>View menu</source>
            <translation>Menú Ver</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra de menús</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <source>Send your changes to the office and get theirs</source>
            <translation>Enviar sus cambios a la oficina y recibir los de ella</translation>
        </message>
        <message>
            <source>Stop the sync now ({keys}): what was sent and received is kept, the rest goes next time</source>
            <translation>Detener la sincronización ahora ({keys}): lo enviado y recibido se conserva, el resto irá la próxima vez</translation>
        </message>
        <message>
            <source>S&amp;top sync</source>
            <translation>De&amp;tener la sincronización</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>C&amp;onnect to the office…</source>
            <translation>C&amp;onectar con la oficina…</translation>
        </message>
        <message>
            <source>Connect this laptop with a code from the office</source>
            <translation>Conectar este portátil con un código de la oficina</translation>
        </message>
        <message>
            <source>&amp;Re-connect with a code…</source>
            <translation>&amp;Volver a conectar con un código…</translation>
        </message>
        <message>
            <source>After the office changed its certificate: a new code from your supervisor</source>
            <translation>Después de que la oficina cambie su certificado: un código nuevo de su supervisor</translation>
        </message>
        <message>
            <source>Sync &amp;conflicts…</source>
            <translation>&amp;Conflictos de sincronización…</translation>
        </message>
        <message>
            <source>Edits of yours that a newer value replaced</source>
            <translation>Cambios suyos que un valor más reciente reemplazó</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>Sincronizar &amp;automáticamente</translation>
        </message>
        <message>
            <source>Sync by itself when the office can be reached (kept in this vault)</source>
            <translation>Sincronizar por sí solo cuando se pueda llegar a la oficina (se guarda en esta bóveda)</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Sincronización</translation>
        </message>
        <message>
            <source>Sync menu</source>
            <translation>Menú Sincronización</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Cambiar la &amp;frase de contraseña…</translation>
        </message>
        <message>
            <source>Choose a new passphrase; the vault is re-encrypted under a new key</source>
            <translation>Elegir una nueva frase de contraseña; la bóveda se vuelve a cifrar con una clave nueva</translation>
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>Settings menu</source>
            <translation>Menú Configuración</translation>
        </message>
        <message>
            <source>Signed-in worker</source>
            <translation>Profesional con sesión iniciada</translation>
        </message>
        <message>
            <source>Passphrase-only vault: weaker protection</source>
            <translation>Bóveda solo con frase de contraseña: protección más débil</translation>
        </message>
        <message>
            <source>Passphrase-only warning</source>
            <translation>Aviso de protección solo con frase de contraseña</translation>
        </message>
        <message>
            <source>Ctrl+1 today · Ctrl+2 caseload · Ctrl+F find · Ctrl+N note · Ctrl+L lock</source>
            <translation>Ctrl+1 hoy · Ctrl+2 casos · Ctrl+F buscar · Ctrl+N nota · Ctrl+L bloquear</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>Sesión iniciada: {name}</translation>
        </message>
    </context>
    <context>
        <name>NeutralScreen</name>
        <message>
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Press any key</source>
            <translation>Pulse cualquier tecla</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <source>Legal name: {name}</source>
            <translation>Nombre legal: {name}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>born {day}</source>
            <translation>nacido/a el {day}</translation>
        </message>
        <message>
            <source>Taking in: {details}</source>
            <translation>Persona en admisión: {details}</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <source>This may be someone already on this device. Check with the client (name, date of birth, phone), then say whether the person you are taking in is the one selected below.</source>
            <translation>Puede que esta persona ya esté en este dispositivo. Compruébelo con el cliente (nombre, fecha de nacimiento, teléfono) y luego indique si la persona que está admitiendo es la seleccionada abajo.</translation>
        </message>
        <message>
            <source>Possible duplicate warning</source>
            <translation>Aviso de posible duplicado</translation>
        </message>
        <message>
            <source>The person being taken in</source>
            <translation>La persona en admisión</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacimiento</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Found because</source>
            <translation>Encontrado por</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>Clients who may be this person. Arrow keys choose one.</source>
            <translation>Clientes que pueden ser esta persona. Las flechas eligen uno.</translation>
        </message>
        <message>
            <source>&amp;Same person: open their record</source>
            <translation>&amp;Misma persona: abrir su expediente</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>Misma persona</translation>
        </message>
        <message>
            <source>Open the selected client's record; nothing new is saved.</source>
            <translation>Abrir el expediente del cliente seleccionado; no se guarda nada nuevo.</translation>
        </message>
        <message>
            <source>&amp;Different person: save the new client</source>
            <translation>Persona &amp;distinta: guardar el nuevo cliente</translation>
        </message>
        <message>
            <source>Different person</source>
            <translation>Persona distinta</translation>
        </message>
        <message>
            <source>None of them is this person: save the new client.</source>
            <translation>Ninguno es esta persona: guardar el nuevo cliente.</translation>
        </message>
        <message>
            <source>&amp;Back to the details</source>
            <translation>&amp;Volver a los datos</translation>
        </message>
        <message>
            <source>Back to the details</source>
            <translation>Volver a los datos</translation>
        </message>
        <message>
            <source>Go back to the form to check it.</source>
            <translation>Volver al formulario para revisarlo.</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Nuevo cliente</translation>
        </message>
        <message>
            <source>Take the client's details with them. Before saving, the vault is checked for someone who may be the same person.</source>
            <translation>Tome los datos del cliente junto con él. Antes de guardar, se comprueba si en el almacén ya hay alguien que pueda ser la misma persona.</translation>
        </message>
        <message>
            <source>&amp;Save client</source>
            <translation>&amp;Guardar cliente</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>another worker</source>
            <translation>otro profesional</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Changes not saved yet (they save automatically in a moment)</source>
            <translation>Cambios aún sin guardar (se guardan solos en un momento)</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Draft saved. Changes save automatically as you type.</source>
            <translation>Borrador guardado. Los cambios se guardan solos mientras escribe.</translation>
        </message>
        <message>
            <source>Signed notes cannot be changed. To correct or add, use “Add addendum…”.</source>
            <translation>Las notas firmadas no se pueden modificar. Para corregir o añadir, use «Añadir adenda…».</translation>
        </message>
        <message>
            <source>Creating the draft</source>
            <translation>Crear el borrador</translation>
        </message>
        <message>
            <source>Opening the note</source>
            <translation>Abrir la nota</translation>
        </message>
        <message>
            <source>Changing the template</source>
            <translation>Cambiar la plantilla</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Firmar</translation>
        </message>
        <message>
            <source>Starting the addendum</source>
            <translation>Iniciar la adenda</translation>
        </message>
        <message>
            <source>Discarding the draft</source>
            <translation>Descartar el borrador</translation>
        </message>
        <message>
            <source>{doing}…</source>
            <translation>{doing}…</translation>
        </message>
        <message>
            <source>Signed case note ({template})</source>
            <translation>Nota del caso firmada ({template})</translation>
        </message>
        <message>
            <source>Draft case note ({template})</source>
            <translation>Nota del caso en borrador ({template})</translation>
        </message>
        <message>
            <source>Signed addendum</source>
            <translation>Adenda firmada</translation>
        </message>
        <message>
            <source>Draft addendum</source>
            <translation>Adenda en borrador</translation>
        </message>
        <message>
            <source>Signed late entry</source>
            <translation>Anotación tardía firmada</translation>
        </message>
        <message>
            <source>Draft late entry</source>
            <translation>Anotación tardía en borrador</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Kind of note</source>
            <translation>Tipo de nota</translation>
        </message>
        <message>
            <source>What this addendum amends</source>
            <translation>Qué corrige esta adenda</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Content hash</source>
            <translation>Huella del contenido</translation>
        </message>
        <message>
            <source>Opening the note…</source>
            <translation>Abriendo la nota…</translation>
        </message>
        <message>
            <source>Related notes</source>
            <translation>Notas relacionadas</translation>
        </message>
        <message>
            <source>The note this one amends, or its addenda (read only)</source>
            <translation>La nota que esta corrige, o sus adendas (solo lectura)</translation>
        </message>
        <message>
            <source>Original note</source>
            <translation>Nota original</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Adendas</translation>
        </message>
        <message>
            <source>No addenda to this note.</source>
            <translation>Esta nota no tiene adendas.</translation>
        </message>
        <message>
            <source>Discard this draft? Its text is removed from this laptop and cannot be brought back.</source>
            <translation>¿Descartar este borrador? Su texto se borra de este portátil y no se puede recuperar.</translation>
        </message>
        <message>
            <source>Addendum: correct or add to this note</source>
            <translation>Adenda: corregir o completar esta nota</translation>
        </message>
        <message>
            <source>Late entry: record something that happened earlier</source>
            <translation>Anotación tardía: registrar algo que ocurrió antes</translation>
        </message>
        <message>
            <source>Question about the note</source>
            <translation>Pregunta sobre la nota</translation>
        </message>
        <message>
            <source>Sign note</source>
            <translation>Firmar nota</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>This note has wording to reconsider:
{findings}

{warning}
Sign it as it is, or go back and change the wording?</source>
            <translation>Esta nota tiene expresiones que conviene revisar:
{findings}

{warning}
¿La firma tal cual o vuelve para cambiar la redacción?</translation>
        </message>
        <message>
            <source>Sign anyway</source>
            <translation>Firmar de todos modos</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Add addendum</source>
            <translation>Añadir adenda</translation>
        </message>
        <message>
            <source>Kind of addendum</source>
            <translation>Tipo de adenda</translation>
        </message>
        <message>
            <source>An addendum corrects the note; a late entry records something later</source>
            <translation>Una adenda corrige la nota; una anotación tardía registra algo después</translation>
        </message>
        <message>
            <source>Required, e.g. wrong date in the plan</source>
            <translation>Obligatorio, p. ej. fecha equivocada en el plan</translation>
        </message>
        <message>
            <source>Reason for the addendum (required)</source>
            <translation>Motivo de la adenda (obligatorio)</translation>
        </message>
        <message>
            <source>Why the signed note needs an addendum</source>
            <translation>Por qué la nota firmada necesita una adenda</translation>
        </message>
        <message>
            <source>Start addendum</source>
            <translation>Iniciar adenda</translation>
        </message>
        <message>
            <source>Start the addendum as a new draft (Enter)</source>
            <translation>Iniciar la adenda como un borrador nuevo (Intro)</translation>
        </message>
        <message>
            <source>Close without an addendum (Esc)</source>
            <translation>Cerrar sin adenda (Esc)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>The signed note stays as it is. The addendum is a new note that points at it.</source>
            <translation>La nota firmada queda tal cual. La adenda es una nota nueva que remite a ella.</translation>
        </message>
        <message>
            <source>What an addendum is</source>
            <translation>Qué es una adenda</translation>
        </message>
        <message>
            <source>Write the note before signing: an empty note cannot be signed.</source>
            <translation>Escriba la nota antes de firmar: no se puede firmar una nota vacía.</translation>
        </message>
        <message>
            <source>Note signed. {rest}</source>
            <translation>Nota firmada. {rest}</translation>
        </message>
        <message>
            <source>Keep draft</source>
            <translation>Conservar borrador</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Descartar borrador</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Dis&amp;card draft…</source>
            <translation>Descar&amp;tar borrador…</translation>
        </message>
        <message>
            <source>Discard this draft</source>
            <translation>Descartar este borrador</translation>
        </message>
        <message>
            <source>Remove this draft for good (asks first)</source>
            <translation>Borrar este borrador definitivamente (pregunta antes)</translation>
        </message>
        <message>
            <source>Add adde&amp;ndum…</source>
            <translation>Añadir ade&amp;nda…</translation>
        </message>
        <message>
            <source>Add an addendum or late entry</source>
            <translation>Añadir una adenda o anotación tardía</translation>
        </message>
        <message>
            <source>Correct or add to this signed note without changing it</source>
            <translation>Corregir o completar esta nota firmada sin modificarla</translation>
        </message>
        <message>
            <source>Save now (Ctrl+S)</source>
            <translation>Guardar ahora (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save now</source>
            <translation>Guardar ahora</translation>
        </message>
        <message>
            <source>Save the draft now; it also saves by itself as you type (Ctrl+S)</source>
            <translation>Guardar el borrador ahora; también se guarda solo mientras escribe (Ctrl+S)</translation>
        </message>
        <message>
            <source>Sign note (Ctrl+Enter)</source>
            <translation>Firmar nota (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Sign and seal the note; it cannot be changed after (Ctrl+Enter)</source>
            <translation>Firmar y sellar la nota; después no se puede modificar (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Close the note</source>
            <translation>Cerrar la nota</translation>
        </message>
        <message>
            <source>Close the note; what you wrote is saved first (Esc)</source>
            <translation>Cerrar la nota; lo escrito se guarda antes (Esc)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Nota del caso</translation>
        </message>
        <message>
            <source>This note is signed and cannot be changed. Add an addendum instead.</source>
            <translation>Esta nota está firmada y no se puede modificar. Añada una adenda.</translation>
        </message>
        <message>
            <source>Signing locks this note. Corrections are made as addenda.</source>
            <translation>Al firmar, esta nota queda bloqueada. Las correcciones se hacen con adendas.</translation>
        </message>
        <message>
            <source>(nothing written yet)</source>
            <translation>(aún no hay nada escrito)</translation>
        </message>
        <message>
            <source>someone unknown</source>
            <translation>alguien desconocido</translation>
        </message>
        <message>
            <source>Signed by {who} on {when}. Read only.</source>
            <translation>Firmada por {who} el {when}. Solo lectura.</translation>
        </message>
        <message>
            <source>Not checked.</source>
            <translation>Sin comprobar.</translation>
        </message>
        <message>
            <source>Checked just now: the note is unchanged since signing.</source>
            <translation>Comprobado ahora mismo: la nota no ha cambiado desde la firma.</translation>
        </message>
        <message>
            <source>WARNING: the note no longer matches its hash. Tell your supervisor.</source>
            <translation>ATENCIÓN: la nota ya no coincide con su huella. Avise a su supervisor.</translation>
        </message>
        <message>
            <source>Content hash (SHA-256): {hash}</source>
            <translation>Huella del contenido (SHA-256): {hash}</translation>
        </message>
        <message>
            <source>{kind} to an earlier note. Reason: {reason}</source>
            <translation>{kind} a una nota anterior. Motivo: {reason}</translation>
        </message>
        <message>
            <source>{kind} to the note of {when}. Reason: {reason}</source>
            <translation>{kind} a la nota del {when}. Motivo: {reason}</translation>
        </message>
        <message>
            <source>Draft, not signed yet</source>
            <translation>Borrador, aún sin firmar</translation>
        </message>
        <message>
            <source>Signed {when} by {who}</source>
            <translation>Firmada el {when} por {who}</translation>
        </message>
        <message>
            <source>Signed {when}</source>
            <translation>Firmada el {when}</translation>
        </message>
        <message>
            <source>{kind} — {when}</source>
            <translation>{kind} — {when}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Adenda</translation>
        </message>
        <message>
            <source>Late entry</source>
            <translation>Anotación tardía</translation>
        </message>
    </context>
    <context>
        <name>NoteForm</name>
        <message>
            <source>(goal no longer in the case plan)</source>
            <translation>(objetivo que ya no está en el plan del caso)</translation>
        </message>
        <message>
            <source>met</source>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>no cumplido</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>abandonado</translation>
        </message>
        <message>
            <source>{goal} ({status})</source>
            <translation>{goal} ({status})</translation>
        </message>
        <message>
            <source>&amp;Goals addressed</source>
            <translation>&amp;Objetivos trabajados</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>Template (only while the note is empty)</source>
            <translation>Plantilla (solo mientras la nota esté vacía)</translation>
        </message>
        <message>
            <source>The template can be changed only while every section is empty.</source>
            <translation>La plantilla solo se puede cambiar mientras todas las secciones estén vacías.</translation>
        </message>
        <message>
            <source>Contact type</source>
            <translation>Tipo de contacto</translation>
        </message>
        <message>
            <source>How you met or spoke with the client</source>
            <translation>Cómo se reunió o habló con el cliente</translation>
        </message>
        <message>
            <source>Date and time of the contact</source>
            <translation>Fecha y hora del contacto</translation>
        </message>
        <message>
            <source>When the contact happened, in local time</source>
            <translation>Cuándo tuvo lugar el contacto, en hora local</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duración en minutos</translation>
        </message>
        <message>
            <source>How long the contact lasted, in minutes</source>
            <translation>Cuánto duró el contacto, en minutos</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Where, e.g. client's home, office</source>
            <translation>Dónde, p. ej. domicilio del cliente, oficina</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Who took part, e.g. client, sister</source>
            <translation>Quién participó, p. ej. cliente, hermana</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Plantilla</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>&amp;Contacto</translation>
        </message>
        <message>
            <source>&amp;Date and time</source>
            <translation>&amp;Fecha y hora</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uración</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>P&amp;articipantes</translation>
        </message>
        <message>
            <source>Goals addressed (case plan)</source>
            <translation>Objetivos trabajados (plan del caso)</translation>
        </message>
        <message>
            <source>Tick the case plan goals this contact worked on (Space ticks)</source>
            <translation>Marque los objetivos del plan trabajados en este contacto (Espacio marca)</translation>
        </message>
        <message>
            <source>No case plan goals to link (this note has no case, or its plan has no goals).</source>
            <translation>No hay objetivos del plan que vincular (esta nota no tiene caso, o su plan no tiene objetivos).</translation>
        </message>
        <message>
            <source>Section: {title}</source>
            <translation>Sección: {title}</translation>
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
            <translation>Seguridad: {flags}</translation>
        </message>
        <message>
            <source>Do not call</source>
            <translation>No llamar</translation>
        </message>
        <message>
            <source>No consent to services in force</source>
            <translation>Sin consentimiento vigente para los servicios</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplate</name>
        <message>
            <source>DAP (Data, Assessment, Plan)</source>
            <translation>DAP (Datos, Apreciación, Plan)</translation>
        </message>
        <message>
            <source>SOAP (Subjective, Objective, Assessment, Plan)</source>
            <translation>SOAP (Subjetivo, Objetivo, Apreciación, Plan)</translation>
        </message>
        <message>
            <source>BIRP (Behaviour, Intervention, Response, Plan)</source>
            <translation>BIRP (Conducta, Intervención, Respuesta, Plan)</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Texto libre</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Apreciación</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Subjective</source>
            <translation>Subjetivo</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Conducta</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervención</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Next steps.</source>
            <translation>Próximos pasos.</translation>
        </message>
        <message>
            <source>What you observed and what the client said.</source>
            <translation>Lo que observó y lo que dijo el cliente.</translation>
        </message>
        <message>
            <source>Your professional view of the situation.</source>
            <translation>Su valoración profesional de la situación.</translation>
        </message>
        <message>
            <source>Next steps, who does them, and by when.</source>
            <translation>Próximos pasos, quién los hace y para cuándo.</translation>
        </message>
        <message>
            <source>The client's own account, in their words.</source>
            <translation>El relato del propio cliente, en sus palabras.</translation>
        </message>
        <message>
            <source>Facts you observed or verified.</source>
            <translation>Hechos que observó o comprobó.</translation>
        </message>
        <message>
            <source>Your professional view.</source>
            <translation>Su valoración profesional.</translation>
        </message>
        <message>
            <source>What the client presented with.</source>
            <translation>Cómo se presentó el cliente.</translation>
        </message>
        <message>
            <source>What you did.</source>
            <translation>Lo que hizo usted.</translation>
        </message>
        <message>
            <source>How the client responded.</source>
            <translation>Cómo respondió el cliente.</translation>
        </message>
        <message>
            <source>Write the note.</source>
            <translation>Escriba la nota.</translation>
        </message>
    </context>
    <context>
        <name>ObjectiveDialog</name>
        <message>
            <source>Add an objective</source>
            <translation>Añadir un objetivo</translation>
        </message>
        <message>
            <source>An objective is a measurable step towards the goal: what is counted or checked, where it starts and the target.</source>
            <translation>Un objetivo es un paso medible hacia la meta: qué se cuenta o se comprueba, de dónde se parte y cuál es el objetivo.</translation>
        </message>
        <message>
            <source>&amp;Add objective</source>
            <translation>&amp;Añadir objetivo</translation>
        </message>
        <message>
            <source>Objective for the selected goal</source>
            <translation>Objetivo para la meta seleccionada</translation>
        </message>
        <message>
            <source>Goal this objective is for</source>
            <translation>Meta a la que corresponde este objetivo</translation>
        </message>
        <message>
            <source>For goal:</source>
            <translation>Para la meta:</translation>
        </message>
        <message>
            <source>Add the objective to the goal</source>
            <translation>Añadir el objetivo a la meta</translation>
        </message>
        <message>
            <source>What is counted or checked, e.g. months paid on time</source>
            <translation>Qué se cuenta o se comprueba, p. ej., meses pagados a tiempo</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Objetivo:</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>e.g. Pay rent on time</source>
            <translation>p. ej., Pagar el alquiler a tiempo</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Medida:</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>&amp;Starting value:</source>
            <translation>Valor &amp;inicial:</translation>
        </message>
        <message>
            <source>Starting value</source>
            <translation>Valor inicial</translation>
        </message>
        <message>
            <source>e.g. 0 of 3</source>
            <translation>p. ej., 0 de 3</translation>
        </message>
        <message>
            <source>Target &amp;value:</source>
            <translation>&amp;Valor previsto:</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Valor previsto</translation>
        </message>
        <message>
            <source>e.g. 3 of 3</source>
            <translation>p. ej., 3 de 3</translation>
        </message>
        <message>
            <source>Part of the objective: what is measured, from where, to where</source>
            <translation>Parte del objetivo: qué se mide, desde dónde y hasta dónde</translation>
        </message>
        <message>
            <source>When the target should be reached, if a date is agreed</source>
            <translation>Cuándo debería alcanzarse el valor previsto, si se acordó una fecha</translation>
        </message>
        <message>
            <source>Target &amp;date:</source>
            <translation>&amp;Fecha prevista:</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha prevista</translation>
        </message>
    </context>
    <context>
        <name>OfficeConnecting</name>
        <message>
            <source>Re-connected to the office. Nothing of yours is waiting to be sent.</source>
            <translation>Conectado de nuevo con la oficina. No hay nada suyo pendiente de envío.</translation>
        </message>
        <message numerus="yes">
            <source>Re-connected to the office. %n change of yours waits to be sent.</source>
            <translation>
                <numerusform>Conectado de nuevo con la oficina. %n cambio suyo está pendiente de envío.</numerusform>
                <numerusform>Conectado de nuevo con la oficina. %n cambios suyos están pendientes de envío.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Re-connected to the office. %n changes of yours wait to be sent.</source>
            <translation>
                <numerusform>Conectado de nuevo con la oficina. %n cambio suyo está pendiente de envío.</numerusform>
                <numerusform>Conectado de nuevo con la oficina. %n cambios suyos están pendientes de envío.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <source>Open a case</source>
            <translation>Abrir un caso</translation>
        </message>
        <message>
            <source>A new case starts at intake, assigned to you. Say which programme it is in and, if you know it, why the client came or who referred them.</source>
            <translation>Un caso nuevo empieza en la acogida y se le asigna a usted. Indique en qué programa está y, si lo sabe, por qué vino la persona o quién la derivó.</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Abrir caso</translation>
        </message>
        <message>
            <source>Choose a programme or type a new one</source>
            <translation>Elija un programa o escriba uno nuevo</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>e.g. Housing stability</source>
            <translation>p. ej., Estabilidad en la vivienda</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Programa:</translation>
        </message>
        <message>
            <source>Intake date</source>
            <translation>Fecha de acogida</translation>
        </message>
        <message>
            <source>&amp;Intake date:</source>
            <translation>Fecha de &amp;acogida:</translation>
        </message>
        <message>
            <source>The day the client came</source>
            <translation>El día en que vino la persona</translation>
        </message>
        <message>
            <source>Reason or referral source (optional)</source>
            <translation>Motivo u origen de la derivación (opcional)</translation>
        </message>
        <message>
            <source>e.g. referred by the GP; rent arrears</source>
            <translation>p. ej., derivada por su médico; atrasos en el alquiler</translation>
        </message>
        <message>
            <source>Why the client came, or who referred them</source>
            <translation>Por qué vino la persona o quién la derivó</translation>
        </message>
        <message>
            <source>&amp;Why, or referred by:</source>
            <translation>&amp;Motivo o derivada por:</translation>
        </message>
        <message>
            <source>Open the case at intake, assigned to you</source>
            <translation>Abrir el caso en la acogida, asignado a usted</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>One-time password</source>
            <translation>Contraseña de un solo uso</translation>
        </message>
        <message>
            <source>Packet ready</source>
            <translation>Paquete listo</translation>
        </message>
        <message>
            <source>The packet is encrypted. Its password:</source>
            <translation>El paquete está cifrado. Su contraseña:</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>Pass this password on separately from the packet, for example by phone. It is typed exactly as shown, dashes included. It is shown only now: it is not kept anywhere.</source>
            <translation>Comunique esta contraseña aparte del paquete, por ejemplo por teléfono. Se escribe tal como aparece, guiones incluidos. Solo se muestra ahora: no se guarda en ningún sitio.</translation>
        </message>
        <message>
            <source>Pass the password on separately</source>
            <translation>Comunique la contraseña por separado</translation>
        </message>
        <message>
            <source>What happened to the packet</source>
            <translation>Qué ha pasado con el paquete</translation>
        </message>
        <message>
            <source>Problem with the packet</source>
            <translation>Problema con el paquete</translation>
        </message>
        <message>
            <source>&amp;Save packet…</source>
            <translation>&amp;Guardar el paquete…</translation>
        </message>
        <message>
            <source>Save the packet to a file</source>
            <translation>Guardar el paquete en un archivo</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Print the packet</source>
            <translation>Imprimir el paquete</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Terminado</translation>
        </message>
        <message>
            <source>Done: forget the packet and its password</source>
            <translation>Terminado: olvidar el paquete y su contraseña</translation>
        </message>
        <message>
            <source>Save the encrypted packet where you choose</source>
            <translation>Guardar el paquete cifrado donde usted elija</translation>
        </message>
        <message>
            <source>Preview the packet, then print it on paper</source>
            <translation>Ver el paquete y después imprimirlo en papel</translation>
        </message>
        <message>
            <source>Close: the password is not kept</source>
            <translation>Cerrar: la contraseña no se guarda</translation>
        </message>
        <message>
            <source>The packet leaves the vault</source>
            <translation>El paquete sale de la bóveda</translation>
        </message>
        <message>
            <source>The file will be outside the vault: only its password protects it. Save it only where the recipient will collect it, and delete it once it is sent.</source>
            <translation>El archivo quedará fuera de la bóveda: solo lo protege su contraseña. Guárdelo únicamente donde lo vaya a recoger el destinatario y bórrelo cuando se haya enviado.</translation>
        </message>
        <message>
            <source>Save the packet</source>
            <translation>Guardar el paquete</translation>
        </message>
        <message>
            <source>packet.pdf</source>
            <translation>paquete.pdf</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Saved. Remember to send the password separately.</source>
            <translation>Guardado. Recuerde enviar la contraseña por separado.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>active</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>met</source>
            <translation>se cumplió</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>no se cumplió</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>se abandonó</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>prevista</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecha</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>detenida</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>De acuerdo</translation>
        </message>
        <message>
            <source>Disagreed</source>
            <translation>En desacuerdo</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>No se le preguntó</translation>
        </message>
        <message>
            <source>no target date</source>
            <translation>sin fecha prevista</translation>
        </message>
        <message>
            <source>target {day} (overdue)</source>
            <translation>prevista para {day} (atrasada)</translation>
        </message>
        <message>
            <source>target {day}</source>
            <translation>prevista para {day}</translation>
        </message>
        <message>
            <source>Goal: {title}</source>
            <translation>Meta: {title}</translation>
        </message>
        <message>
            <source>{percent}% · {status}</source>
            <translation>{percent} % · {status}</translation>
        </message>
        <message>
            <source>{status} · now {value}</source>
            <translation>{status} · ahora {value}</translation>
        </message>
        <message>
            <source>Objective: {text}</source>
            <translation>Objetivo: {text}</translation>
        </message>
        <message>
            <source>by {who}, {how_often}</source>
            <translation>a cargo de {who}, {how_often}</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>a cargo de {who}</translation>
        </message>
        <message>
            <source>Intervention: {text}</source>
            <translation>Intervención: {text}</translation>
        </message>
        <message>
            <source>Progress: {value}</source>
            <translation>Avance: {value}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>{kind} (addendum)</source>
            <translation>{kind} (adenda)</translation>
        </message>
        <message>
            <source>{kind} (late entry)</source>
            <translation>{kind} (anotación tardía)</translation>
        </message>
        <message>
            <source>draft, not signed</source>
            <translation>borrador, sin firmar</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>firmada</translation>
        </message>
        <message>
            <source>Client's agreement to the plan: not recorded yet.</source>
            <translation>Acuerdo de la persona con el plan: todavía sin registrar.</translation>
        </message>
        <message>
            <source>Client's agreement to the plan: {answer} ({day}). “{words}”</source>
            <translation>Acuerdo de la persona con el plan: {answer} ({day}). «{words}»</translation>
        </message>
        <message>
            <source>Client's agreement to the plan: {answer} ({day}).</source>
            <translation>Acuerdo de la persona con el plan: {answer} ({day}).</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Last assessed {day}</source>
            <translation>Última valoración: {day}</translation>
        </message>
        <message>
            <source>no re-assessment date set</source>
            <translation>sin fecha de nueva valoración</translation>
        </message>
        <message>
            <source>re-assessment OVERDUE since {day}</source>
            <translation>nueva valoración ATRASADA desde {day}</translation>
        </message>
        <message>
            <source>re-assessment due {day}</source>
            <translation>nueva valoración prevista: {day}</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Sin valorar todavía</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Assessment dates</source>
            <translation>Fechas de valoración</translation>
        </message>
        <message>
            <source>Client's agreement to the plan</source>
            <translation>Acuerdo de la persona con el plan</translation>
        </message>
        <message>
            <source>Goals, objectives, interventions and progress</source>
            <translation>Metas, objetivos, intervenciones y avances</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Each goal with its objectives; arrows move, Enter opens a note</source>
            <translation>Cada meta con sus objetivos; las flechas mueven, Intro abre una nota</translation>
        </message>
        <message>
            <source>Problem with the plan</source>
            <translation>Problema con el plan</translation>
        </message>
        <message>
            <source>Client's agreement…</source>
            <translation>Acuerdo de la persona…</translation>
        </message>
        <message>
            <source>Record whether the client agreed to the plan, in their words</source>
            <translation>Registrar si la persona está de acuerdo con el plan, con sus palabras</translation>
        </message>
        <message>
            <source>Add &amp;goal…</source>
            <translation>Añadir &amp;meta…</translation>
        </message>
        <message>
            <source>Add a goal to the case plan</source>
            <translation>Añadir una meta al plan del caso</translation>
        </message>
        <message>
            <source>Add o&amp;bjective…</source>
            <translation>Añadir o&amp;bjetivo…</translation>
        </message>
        <message>
            <source>Add an objective to the selected goal</source>
            <translation>Añadir un objetivo a la meta seleccionada</translation>
        </message>
        <message>
            <source>Add intervention…</source>
            <translation>Añadir intervención…</translation>
        </message>
        <message>
            <source>Add an intervention to the selected goal or objective</source>
            <translation>Añadir una intervención a la meta o al objetivo seleccionado</translation>
        </message>
        <message>
            <source>Recor&amp;d progress…</source>
            <translation>Registrar a&amp;vance…</translation>
        </message>
        <message>
            <source>Record progress on the selected objective</source>
            <translation>Registrar el avance del objetivo seleccionado</translation>
        </message>
        <message>
            <source>Goal stat&amp;us…</source>
            <translation>Estado de la me&amp;ta…</translation>
        </message>
        <message>
            <source>Set the selected goal's status</source>
            <translation>Fijar el estado de la meta seleccionada</translation>
        </message>
        <message>
            <source>This client has no case, so there is no plan.</source>
            <translation>Esta persona no tiene ningún caso, así que no hay plan.</translation>
        </message>
        <message>
            <source>No goals yet. Add the first goal with the client.</source>
            <translation>Todavía no hay metas. Añada la primera meta junto con la persona.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Kept in your vault, for you only; used again each time you unlock.</source>
            <translation>Se guardan en su bóveda, solo para usted; se aplican de nuevo cada vez que desbloquea.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Tamaño del texto</translation>
        </message>
        <message>
            <source>Lock after &amp;idle</source>
            <translation>Bloquear tras &amp;inactividad</translation>
        </message>
        <message>
            <source>Daily s&amp;ync</source>
            <translation>Sincronización &amp;diaria</translation>
        </message>
        <message>
            <source>As this computer ({language})</source>
            <translation>Como este equipo ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of menus, screens and messages</source>
            <translation>El idioma de los menús, las pantallas y los mensajes</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Size of all text; also View &gt; Larger text (Ctrl++) and Smaller (Ctrl+-)</source>
            <translation>Tamaño de todo el texto; también Ver &gt; Texto más grande (Ctrl++) y más pequeño (Ctrl+-)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>&amp;High contrast (black on white, stronger borders)</source>
            <translation>&amp;Alto contraste (negro sobre blanco, bordes más marcados)</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Colours with the strongest contrast</source>
            <translation>Colores con el mayor contraste</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes without use before the screen locks by itself</source>
            <translation>Minutos sin uso antes de que la pantalla se bloquee sola</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Minutos de inactividad antes del bloqueo</translation>
        </message>
        <message>
            <source>At most {most} minutes: the office's limit.</source>
            <translation>Como máximo {most} minutos: el límite de la oficina.</translation>
        </message>
        <message>
            <source>Idle lock limit</source>
            <translation>Límite del bloqueo por inactividad</translation>
        </message>
        <message>
            <source>Every day at</source>
            <translation>Cada día a las</translation>
        </message>
        <message>
            <source>Sync every day</source>
            <translation>Sincronizar cada día</translation>
        </message>
        <message>
            <source>Sync by itself once a day</source>
            <translation>Sincronizar automáticamente una vez al día</translation>
        </message>
        <message>
            <source>Daily sync time</source>
            <translation>Hora de la sincronización diaria</translation>
        </message>
        <message>
            <source>Your laptop's local time</source>
            <translation>La hora local de su portátil</translation>
        </message>
        <message>
            <source>Your laptop syncs at this time when the office can be reached.</source>
            <translation>Su portátil se sincroniza a esta hora cuando puede conectarse con la oficina.</translation>
        </message>
        <message>
            <source>The office syncs every laptop at {time}; that time is used.</source>
            <translation>La oficina sincroniza todos los portátiles a las {time}; se usa esa hora.</translation>
        </message>
        <message>
            <source>Who sets the daily sync</source>
            <translation>Quién fija la sincronización diaria</translation>
        </message>
        <message>
            <source>Keep these settings and use them now</source>
            <translation>Guardar estas preferencias y aplicarlas ahora</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Cerrar sin cambiar nada</translation>
        </message>
    </context>
    <context>
        <name>PrepareConsentDialog</name>
        <message>
            <source>Categories of information</source>
            <translation>Categorías de información</translation>
        </message>
        <message>
            <source>New consent</source>
            <translation>Nuevo consentimiento</translation>
        </message>
        <message>
            <source>Fill this in with the client. Saving prepares the form in the client's language to read together; they sign it next (on screen, on paper, or verbally with a witness).</source>
            <translation>Rellénelo junto con la persona atendida. Al guardar se prepara el formulario en su idioma para leerlo juntos; después lo firma (en la pantalla, en papel o de palabra ante un testigo).</translation>
        </message>
        <message>
            <source>&amp;Prepare form</source>
            <translation>&amp;Preparar el formulario</translation>
        </message>
        <message>
            <source>Consent details</source>
            <translation>Datos del consentimiento</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Kind of consent</source>
            <translation>Tipo de consentimiento</translation>
        </message>
        <message>
            <source>&amp;Purposes</source>
            <translation>&amp;Finalidades</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Finalidades</translation>
        </message>
        <message>
            <source>One purpose per line</source>
            <translation>Una finalidad por línea</translation>
        </message>
        <message>
            <source>&amp;Recipients</source>
            <translation>&amp;Destinatarios</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Who receives it, one per line</source>
            <translation>Quién lo recibe, uno por línea</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Empieza</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Termina</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>C&amp;ómo</translation>
        </message>
        <message>
            <source>How consent is given</source>
            <translation>Cómo se da el consentimiento</translation>
        </message>
        <message>
            <source>&amp;Witness</source>
            <translation>Tes&amp;tigo</translation>
        </message>
        <message>
            <source>Witness's name</source>
            <translation>Nombre del testigo</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Form language</source>
            <translation>Idioma del formulario</translation>
        </message>
        <message>
            <source>Lar&amp;ge print</source>
            <translation>Letra &amp;grande</translation>
        </message>
        <message>
            <source>Si&amp;gned by</source>
            <translation>Fir&amp;mado por</translation>
        </message>
        <message>
            <source>Who signs</source>
            <translation>Quién firma</translation>
        </message>
        <message>
            <source>Signer's &amp;name</source>
            <translation>&amp;Nombre de quien firma</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Nombre de quien firma</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Relationship to client</source>
            <translation>Relación con la persona atendida</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Autorización</translation>
        </message>
        <message>
            <source>Document giving authority</source>
            <translation>Documento que da la autorización</translation>
        </message>
        <message>
            <source>e.g. guardianship order</source>
            <translation>p. ej., resolución de tutela</translation>
        </message>
        <message>
            <source>Client's &amp;assent</source>
            <translation>&amp;Conformidad de la persona atendida</translation>
        </message>
        <message>
            <source>Assent</source>
            <translation>Conformidad</translation>
        </message>
        <message>
            <source>I explained the limits of &amp;confidentiality to the signer</source>
            <translation>Expliqué a quien firma los límites de la &amp;confidencialidad</translation>
        </message>
        <message>
            <source>Limits of confidentiality explained</source>
            <translation>Límites de la confidencialidad explicados</translation>
        </message>
        <message>
            <source>Save a draft and open the filled form to read with the client</source>
            <translation>Guardar un borrador y abrir el formulario relleno para leerlo con la persona atendida</translation>
        </message>
        <message>
            <source>Set an end date</source>
            <translation>Indicar una fecha de fin</translation>
        </message>
        <message>
            <source>The consent ends on this date; without one it lasts until withdrawn</source>
            <translation>El consentimiento termina en esta fecha; sin fecha, dura hasta que se retire</translation>
        </message>
        <message>
            <source>What the client consents to</source>
            <translation>A qué da su consentimiento</translation>
        </message>
        <message>
            <source>Why the information is used, one purpose per line</source>
            <translation>Para qué se usa la información, una finalidad por línea</translation>
        </message>
        <message>
            <source>Who may receive the information, one per line</source>
            <translation>Quién puede recibir la información, uno por línea</translation>
        </message>
        <message>
            <source>Tick with Space the kinds of information covered</source>
            <translation>Marque con la barra espaciadora los tipos de información incluidos</translation>
        </message>
        <message>
            <source>The day the consent starts</source>
            <translation>El día en que empieza el consentimiento</translation>
        </message>
        <message>
            <source>On screen, on paper, or said aloud before a witness</source>
            <translation>En la pantalla, en papel o de palabra ante un testigo</translation>
        </message>
        <message>
            <source>Who heard the consent given (verbal consent only)</source>
            <translation>Quién oyó dar el consentimiento (solo consentimiento verbal)</translation>
        </message>
        <message>
            <source>The form prints in this language: the client's</source>
            <translation>El formulario se imprime en este idioma: el de la persona atendida</translation>
        </message>
        <message>
            <source>Print the form in large type</source>
            <translation>Imprimir el formulario en letra grande</translation>
        </message>
        <message>
            <source>The client, or who signs for them</source>
            <translation>La persona atendida, o quien firma por ella</translation>
        </message>
        <message>
            <source>The name of the person who signs</source>
            <translation>El nombre de la persona que firma</translation>
        </message>
        <message>
            <source>How the signer is related to the client</source>
            <translation>Qué relación tiene quien firma con la persona atendida</translation>
        </message>
        <message>
            <source>The document that gives the signer authority</source>
            <translation>El documento que autoriza a quien firma</translation>
        </message>
        <message>
            <source>What the client said about it, when someone signs for them</source>
            <translation>Qué opinó la persona atendida, cuando otra persona firma por ella</translation>
        </message>
        <message>
            <source>Required: tick once you have explained the limits</source>
            <translation>Obligatorio: marque cuando haya explicado los límites</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Document pages</source>
            <translation>Páginas del documento</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Ampliar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Reducir</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Número de página</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Choose a printer and print this document (Ctrl+P)</source>
            <translation>Elegir una impresora e imprimir este documento (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the preview; nothing is kept (Esc)</source>
            <translation>Cerrar la vista previa; no se guarda nada (Esc)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Caseload document</source>
            <translation>Documento de Caseload</translation>
        </message>
        <message>
            <source>Client documents can only be printed on paper, not saved to a file.</source>
            <translation>Los documentos de las personas atendidas solo se pueden imprimir en papel, no guardar en un archivo.</translation>
        </message>
        <message>
            <source>The document could not be read for printing.</source>
            <translation>No se pudo leer el documento para imprimirlo.</translation>
        </message>
        <message>
            <source>The printer could not start the job.</source>
            <translation>La impresora no pudo empezar el trabajo.</translation>
        </message>
        <message>
            <source>The print system did not answer in time.</source>
            <translation>El sistema de impresión no respondió a tiempo.</translation>
        </message>
        <message>
            <source>The print system could not be started.</source>
            <translation>No se pudo iniciar el sistema de impresión.</translation>
        </message>
        <message>
            <source>The printer did not accept the job.</source>
            <translation>La impresora no aceptó el trabajo.</translation>
        </message>
        <message>
            <source>The printer did not accept the job. ({reason})</source>
            <translation>La impresora no aceptó el trabajo. ({reason})</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>No memory-backed file system for temporary print files.</source>
            <translation>No hay un sistema de archivos en memoria para los archivos temporales de impresión.</translation>
        </message>
        <message>
            <source>{path} is not a plain directory; refusing to use it.</source>
            <translation>{path} no es una carpeta normal; no se usará.</translation>
        </message>
        <message>
            <source>{path} belongs to another user; refusing to use it.</source>
            <translation>{path} pertenece a otro usuario; no se usará.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Record progress</source>
            <translation>Registrar el avance</translation>
        </message>
        <message>
            <source>Write where the objective stands now, measured as planned. Entries are kept as its history; the newest one is where it stands.</source>
            <translation>Escriba en qué punto está ahora el objetivo, medido como se planificó. Las anotaciones se guardan como su historial; la más reciente indica dónde está.</translation>
        </message>
        <message>
            <source>&amp;Record progress</source>
            <translation>&amp;Registrar el avance</translation>
        </message>
        <message>
            <source>Value now</source>
            <translation>Valor actual</translation>
        </message>
        <message>
            <source>e.g. 2 of 3</source>
            <translation>p. ej., 2 de 3</translation>
        </message>
        <message>
            <source>&amp;Value now:</source>
            <translation>&amp;Valor actual:</translation>
        </message>
        <message>
            <source>Where the objective stands now</source>
            <translation>En qué punto está ahora el objetivo</translation>
        </message>
        <message>
            <source>Date of the entry</source>
            <translation>Fecha de la anotación</translation>
        </message>
        <message>
            <source>When it was measured</source>
            <translation>Cuándo se midió</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Objective status</source>
            <translation>Estado del objetivo</translation>
        </message>
        <message>
            <source>Still active, met, not met or dropped</source>
            <translation>Sigue activo, cumplido, no cumplido o abandonado</translation>
        </message>
        <message>
            <source>&amp;Objective is:</source>
            <translation>El &amp;objetivo está:</translation>
        </message>
        <message>
            <source>Optional: what helped, what got in the way</source>
            <translation>Opcional: qué ayudó, qué lo dificultó</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Save the progress entry</source>
            <translation>Guardar la anotación de avance</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Objective:</source>
            <translation>Objetivo:</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Medida:</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>{value} ({day})</source>
            <translation>{value} ({day})</translation>
        </message>
        <message>
            <source>Last entry:</source>
            <translation>Última anotación:</translation>
        </message>
        <message>
            <source>Last entry</source>
            <translation>Última anotación</translation>
        </message>
    </context>
    <context>
        <name>ReconnectDialog</name>
        <message>
            <source>Re-connect to the office</source>
            <translation>Volver a conectar con la oficina</translation>
        </message>
        <message>
            <source>The office's server no longer shows the certificate this laptop knows, so Caseload stopped before sending anything. Ask your supervisor for a re-connection code and paste it below. Your unsent work is kept on this laptop and goes with the next sync.</source>
            <translation>El servidor de la oficina ya no presenta el certificado que conoce este portátil, así que Caseload se detuvo antes de enviar nada. Pida a su supervisor un código de reconexión y péguelo abajo. Su trabajo sin enviar se conserva en este portátil y se enviará con la próxima sincronización.</translation>
        </message>
        <message>
            <source>&amp;Re-connect</source>
            <translation>&amp;Volver a conectar</translation>
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>No conflict of interest</source>
            <translation>No hay conflicto de intereses</translation>
        </message>
        <message>
            <source>Continue with safeguards</source>
            <translation>Continuar con medidas de protección</translation>
        </message>
        <message>
            <source>Reassign the case</source>
            <translation>Reasignar el caso</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Fijar</translation>
        </message>
        <message>
            <source>Set a date: {what}</source>
            <translation>Fijar una fecha: {what}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close the form without saving (Esc)</source>
            <translation>Cerrar el formulario sin guardar (Esc)</translation>
        </message>
    </context>
    <context>
        <name>RecordEmptyState</name>
        <message>
            <source>No client open</source>
            <translation>Ningún cliente abierto</translation>
        </message>
        <message>
            <source>Today in numbers</source>
            <translation>Hoy en cifras</translation>
        </message>
        <message>
            <source>Today's counts</source>
            <translation>Cifras de hoy</translation>
        </message>
        <message>
            <source>How to open a client</source>
            <translation>Cómo abrir un cliente</translation>
        </message>
        <message>
            <source>Today so far:</source>
            <translation>Hoy, por ahora:</translation>
        </message>
        <message>
            <source>Your caseload is empty</source>
            <translation>Su lista de casos está vacía</translation>
        </message>
        <message>
            <source>This laptop has no clients yet. To get started:</source>
            <translation>Este portátil todavía no tiene clientes. Para empezar:</translation>
        </message>
        <message numerus="yes">
            <source>• %n visit(s) today</source>
            <translation>
                <numerusform>• %n visita hoy</numerusform>
                <numerusform>• %n visitas hoy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n overdue task(s)</source>
            <translation>
                <numerusform>• %n tarea vencida</numerusform>
                <numerusform>• %n tareas vencidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n unfinished note(s)</source>
            <translation>
                <numerusform>• %n nota sin terminar</numerusform>
                <numerusform>• %n notas sin terminar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n consent(s) expiring within 30 days</source>
            <translation>
                <numerusform>• %n consentimiento vence en 30 días</numerusform>
                <numerusform>• %n consentimientos vencen en 30 días</numerusform>
            </translation>
        </message>
        <message>
            <source>To open a client: press Ctrl+2 for the caseload list (Ctrl+F to search it) or Ctrl+1 for Today's list, choose a line with the arrow keys and press Enter. The list shows who needs you first.</source>
            <translation>Para abrir un cliente: pulse Ctrl+2 para la lista de casos (Ctrl+F para buscar en ella) o Ctrl+1 para la lista de hoy, elija una línea con las flechas y pulse Intro. La lista muestra primero a quién debe atender.</translation>
        </message>
        <message>
            <source>• Connect to the office: choose Sync &gt; Connect to the office… and paste the code your office gave you. Your caseload arrives with the first sync.
• Or import clients from a spreadsheet: the office (or you) can run “caseload import FILE.csv”; the user guide explains the columns.
• Or take in a new client yourself: Caseload &gt; New client… (Ctrl+Shift+N).</source>
            <translation>• Conéctese a la oficina: elija Sincronizar &gt; Conectar con la oficina… y pegue el código que le dio su oficina. Su lista de casos llega con la primera sincronización.
• O importe clientes desde una hoja de cálculo: la oficina (o usted) puede ejecutar “caseload import FILE.csv”; la guía de uso explica las columnas.
• O registre usted mismo un cliente nuevo: Casos &gt; Nuevo cliente… (Ctrl+Shift+N).</translation>
        </message>
    </context>
    <context>
        <name>RecordHeader</name>
        <message numerus="yes">
            <source>Conflict of interest declared (%n pending supervisor review). See the Conflicts tab.</source>
            <translation>
                <numerusform>Conflicto de interés declarado (%n pendiente de revisión por supervisión). Vea la pestaña Conflictos.</numerusform>
                <numerusform>Conflicto de interés declarado (%n pendientes de revisión por supervisión). Vea la pestaña Conflictos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict of interest declared and reviewed. See the Conflicts tab.</source>
            <translation>Conflicto de interés declarado y revisado. Vea la pestaña Conflictos.</translation>
        </message>
        <message>
            <source>Client summary</source>
            <translation>Resumen del cliente</translation>
        </message>
        <message>
            <source>Client name</source>
            <translation>Nombre del cliente</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronombres</translation>
        </message>
        <message>
            <source>Language and interpreter</source>
            <translation>Idioma e intérprete</translation>
        </message>
        <message>
            <source>Legal name and date of birth</source>
            <translation>Nombre legal y fecha de nacimiento</translation>
        </message>
        <message>
            <source>Risk and case stage</source>
            <translation>Riesgo y etapa del caso</translation>
        </message>
        <message>
            <source>Safety flags</source>
            <translation>Alertas de seguridad</translation>
        </message>
        <message>
            <source>Contact rules</source>
            <translation>Reglas de contacto</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Conflicto de interés</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Mandated report</source>
            <translation>Denuncia obligatoria</translation>
        </message>
        <message>
            <source>New note  (Ctrl+N)</source>
            <translation>Nueva nota  (Ctrl+N)</translation>
        </message>
        <message>
            <source>New case note</source>
            <translation>Nueva nota del caso</translation>
        </message>
        <message>
            <source>Start a case note for this client (Ctrl+N)</source>
            <translation>Empezar una nota del caso para este cliente (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit details…</source>
            <translation>Editar datos…</translation>
        </message>
        <message>
            <source>Edit client details</source>
            <translation>Editar los datos del cliente</translation>
        </message>
        <message>
            <source>Change this client's details (Ctrl+Shift+E)</source>
            <translation>Cambiar los datos de este cliente (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Pronouns not recorded</source>
            <translation>Pronombres no registrados</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>Mandated report made on {day}.</source>
            <translation>Denuncia obligatoria hecha el {day}.</translation>
        </message>
        <message>
            <source>No consent to services in force: take it (Consent tab).</source>
            <translation>No hay consentimiento para los servicios vigente: obténgalo (pestaña Consentimiento).</translation>
        </message>
        <message>
            <source>A consent ends on {day}: renew it with the client.</source>
            <translation>Un consentimiento vence el {day}: renuévelo con el cliente.</translation>
        </message>
        <message>
            <source>Speaks {language} · Interpreter needed</source>
            <translation>Habla {language} · Necesita intérprete</translation>
        </message>
        <message>
            <source>Speaks {language}</source>
            <translation>Habla {language}</translation>
        </message>
        <message>
            <source>Legal name: {name}</source>
            <translation>Nombre legal: {name}</translation>
        </message>
        <message numerus="yes">
            <source>Born {day} (%n year(s) old)</source>
            <translation>
                <numerusform>Nació el {day} (%n año)</numerusform>
                <numerusform>Nació el {day} (%n años)</numerusform>
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
            <translation>Ficha del cliente</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Nota del caso</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>Formulario de consentimiento</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Archivo adjunto</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Case plan goal</source>
            <translation>Objetivo general del plan</translation>
        </message>
        <message>
            <source>Case plan objective</source>
            <translation>Objetivo específico del plan</translation>
        </message>
        <message>
            <source>Case plan intervention</source>
            <translation>Intervención del plan</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <source>Case stage change</source>
            <translation>Cambio de etapa del caso</translation>
        </message>
        <message>
            <source>Case transfer</source>
            <translation>Traspaso del caso</translation>
        </message>
        <message>
            <source>Worker profile</source>
            <translation>Perfil del profesional</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Persona relacionada</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Conflicto de intereses</translation>
        </message>
        <message>
            <source>Duplicate check</source>
            <translation>Comprobación de duplicados</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Cribado</translation>
        </message>
        <message>
            <source>Progress on an objective</source>
            <translation>Avance en un objetivo</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Plan de seguridad</translation>
        </message>
        <message>
            <source>Mandated report</source>
            <translation>Notificación obligatoria</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>Client record</source>
            <translation>Expediente del cliente</translation>
        </message>
        <message>
            <source>Client record details</source>
            <translation>Detalles del expediente del cliente</translation>
        </message>
        <message>
            <source>Profile, cases, tasks, visits, recent notes and household, read only</source>
            <translation>Perfil, casos, tareas, visitas, notas recientes y hogar, solo lectura</translation>
        </message>
        <message>
            <source>Parts of the record</source>
            <translation>Partes del expediente</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Cronología</translation>
        </message>
        <message>
            <source>C&amp;ase</source>
            <translation>C&amp;aso</translation>
        </message>
        <message>
            <source>&amp;Intake</source>
            <translation>&amp;Admisión</translation>
        </message>
        <message>
            <source>Cons&amp;ent</source>
            <translation>Cons&amp;entimiento</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>&amp;Referrals</source>
            <translation>&amp;Derivaciones</translation>
        </message>
        <message>
            <source>Tas&amp;ks &amp;&amp; visits</source>
            <translation>Tar&amp;eas y visitas</translation>
        </message>
        <message>
            <source>Co&amp;nflicts</source>
            <translation>Co&amp;nflictos</translation>
        </message>
        <message>
            <source>Disc&amp;losures</source>
            <translation>Com&amp;unicaciones</translation>
        </message>
        <message>
            <source>Record tabs</source>
            <translation>Pestañas del expediente</translation>
        </message>
        <message>
            <source>The parts of the client's record; Alt and the underlined letter opens one</source>
            <translation>Las partes del expediente del cliente; Alt y la letra subrayada abren una</translation>
        </message>
    </context>
    <context>
        <name>RedactionReview</name>
        <message>
            <source>Household member</source>
            <translation>Persona del hogar</translation>
        </message>
        <message>
            <source>Contact (collateral)</source>
            <translation>Contacto (profesional o allegado)</translation>
        </message>
        <message>
            <source>Name found in the text</source>
            <translation>Nombre encontrado en el texto</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Dirección postal</translation>
        </message>
        <message>
            <source>{detail} (of {person})</source>
            <translation>{detail} (de {person})</translation>
        </message>
        <message>
            <source>Client's own record: review what is removed</source>
            <translation>Expediente para la persona atendida: revise qué se quita</translation>
        </message>
        <message>
            <source>About this review</source>
            <translation>Sobre esta revisión</translation>
        </message>
        <message>
            <source>How many details are removed</source>
            <translation>Cuántos datos se quitan</translation>
        </message>
        <message>
            <source>The record names no one else: nothing needs to be removed.</source>
            <translation>El expediente no nombra a nadie más: no hay que quitar nada.</translation>
        </message>
        <message>
            <source>The record names other people. Each ticked detail is removed from the PDF (the text itself, not hidden under a box). Untick a detail only if the client may see it, for example an organisation's name.</source>
            <translation>El expediente nombra a otras personas. Cada dato marcado se quita del PDF (se borra el texto, no se tapa con un recuadro). Desmarque un dato solo si la persona puede verlo, por ejemplo el nombre de una organización.</translation>
        </message>
        <message>
            <source>Details to remove (ticked) or keep (unticked)</source>
            <translation>Datos que quitar (marcados) o mantener (sin marcar)</translation>
        </message>
        <message>
            <source>Arrow keys move, Space ticks or unticks a detail, Tab leaves the list</source>
            <translation>Las flechas se mueven, Espacio marca o desmarca un dato, Tab sale de la lista</translation>
        </message>
        <message>
            <source>Detail (ticked: removed)</source>
            <translation>Dato (marcado: se quita)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Occurrences</source>
            <translation>Apariciones</translation>
        </message>
        <message numerus="yes">
            <source>{detail}, {kind}, %n time(s)</source>
            <translation>
                <numerusform>{detail}, {kind}, %n vez</numerusform>
                <numerusform>{detail}, {kind}, %n veces</numerusform>
            </translation>
        </message>
        <message>
            <source>Close without building the record (Esc)</source>
            <translation>Cerrar sin crear el expediente (Esc)</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} details will be removed.</source>
            <translation>
                <numerusform>Se quitará %n de {total} datos.</numerusform>
                <numerusform>Se quitarán %n de {total} datos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n will be kept as written.</source>
            <translation>
                <numerusform>%n se mantendrá tal como está escrito.</numerusform>
                <numerusform>%n se mantendrán tal como están escritos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;move all</source>
            <translation>&amp;Quitar todo</translation>
        </message>
        <message>
            <source>Remove all details</source>
            <translation>Quitar todos los datos</translation>
        </message>
        <message>
            <source>Tick every detail: none of them is printed</source>
            <translation>Marcar todos los datos: no se imprime ninguno</translation>
        </message>
        <message>
            <source>Res&amp;tore all</source>
            <translation>&amp;Mantener todo</translation>
        </message>
        <message>
            <source>Restore all details</source>
            <translation>Mantener todos los datos</translation>
        </message>
        <message>
            <source>Untick every detail: all are printed as written</source>
            <translation>Desmarcar todos los datos: todos se imprimen tal como están escritos</translation>
        </message>
        <message>
            <source>&amp;Build encrypted PDF</source>
            <translation>&amp;Crear el PDF cifrado</translation>
        </message>
        <message>
            <source>Build the encrypted PDF</source>
            <translation>Crear el PDF cifrado</translation>
        </message>
        <message>
            <source>Build the record without the ticked details, encrypted</source>
            <translation>Crear el expediente cifrado, sin los datos marcados</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialogs</name>
        <message>
            <source>This client has no active consent to services. You can still make the referral; take their consent to services at the next visit.</source>
            <translation>Este cliente no tiene un consentimiento para los servicios vigente. Puede hacer la derivación igualmente; recoja su consentimiento para los servicios en la próxima visita.</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>sin fecha de fin</translation>
        </message>
        <message>
            <source>To {recipients} (until {day})</source>
            <translation>A {recipients} (hasta el {day})</translation>
        </message>
        <message>
            <source>Make a referral</source>
            <translation>Hacer una derivación</translation>
        </message>
        <message>
            <source>Refer the client to another service. Their information is shared only under a signed release of information that names the organisation.</source>
            <translation>Derive al cliente a otro servicio. Su información solo se comparte con una autorización firmada para compartir información que nombre a la organización.</translation>
        </message>
        <message>
            <source>&amp;Make referral</source>
            <translation>&amp;Hacer la derivación</translation>
        </message>
        <message>
            <source>No consent to services</source>
            <translation>Sin consentimiento para los servicios</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <source>Tick to be reminded in Today on the follow-up date.</source>
            <translation>Marque la casilla para recibir un recordatorio en Hoy en la fecha de seguimiento.</translation>
        </message>
        <message>
            <source>Required: the organisation the client is referred to.</source>
            <translation>Obligatorio: la organización a la que se deriva al cliente.</translation>
        </message>
        <message>
            <source>Required: the service asked for.</source>
            <translation>Obligatorio: el servicio solicitado.</translation>
        </message>
        <message>
            <source>Optional: who to ask for there.</source>
            <translation>Opcional: por quién preguntar allí.</translation>
        </message>
        <message>
            <source>Required: what the client needs.</source>
            <translation>Obligatorio: lo que necesita el cliente.</translation>
        </message>
        <message>
            <source>How soon the client needs it.</source>
            <translation>Con qué urgencia lo necesita el cliente.</translation>
        </message>
        <message>
            <source>The signed release of information the referral is made under.</source>
            <translation>La autorización firmada para compartir información con la que se hace la derivación.</translation>
        </message>
        <message>
            <source>Closes this form, keeping what you typed, and opens the consent form.</source>
            <translation>Cierra este formulario, conserva lo que ha escrito y abre el formulario de consentimiento.</translation>
        </message>
        <message>
            <source>&amp;To (organisation):</source>
            <translation>&amp;A (organización):</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>e.g. Eastside Pantry</source>
            <translation>p. ej., Banco de Alimentos del Este</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>&amp;Servicio:</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <source>e.g. Food bank</source>
            <translation>p. ej., banco de alimentos</translation>
        </message>
        <message>
            <source>&amp;Contact there:</source>
            <translation>&amp;Contacto allí:</translation>
        </message>
        <message>
            <source>Contact there</source>
            <translation>Contacto allí</translation>
        </message>
        <message>
            <source>Optional: a person or team</source>
            <translation>Opcional: una persona o un equipo</translation>
        </message>
        <message>
            <source>&amp;What for:</source>
            <translation>&amp;Para qué:</translation>
        </message>
        <message>
            <source>Reason for the referral</source>
            <translation>Motivo de la derivación</translation>
        </message>
        <message>
            <source>What the client needs</source>
            <translation>Lo que necesita el cliente</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Urgencia:</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message>
            <source>Made &amp;on:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Date of the referral</source>
            <translation>Fecha de la derivación</translation>
        </message>
        <message>
            <source>&amp;Follow up:</source>
            <translation>S&amp;eguimiento:</translation>
        </message>
        <message>
            <source>Release of information</source>
            <translation>Autorización para compartir información</translation>
        </message>
        <message>
            <source>(none chosen)</source>
            <translation>(ninguna elegida)</translation>
        </message>
        <message>
            <source>&amp;Release of information:</source>
            <translation>Au&amp;torización para compartir información:</translation>
        </message>
        <message>
            <source>Whether a release of information covers it</source>
            <translation>Si una autorización para compartir información la cubre</translation>
        </message>
        <message>
            <source>&amp;Prepare release of information…</source>
            <translation>&amp;Preparar autorización para compartir información…</translation>
        </message>
        <message>
            <source>Prepare a release of information for this referral</source>
            <translation>Preparar una autorización para compartir información para esta derivación</translation>
        </message>
        <message>
            <source>A signed release of information names this organisation.</source>
            <translation>Una autorización firmada para compartir información nombra a esta organización.</translation>
        </message>
        <message>
            <source>No release of information in force names this organisation.</source>
            <translation>Ninguna autorización vigente para compartir información nombra a esta organización.</translation>
        </message>
        <message>
            <source>Referral status</source>
            <translation>Estado de la derivación</translation>
        </message>
        <message>
            <source>Record what happened to the referral, and when.</source>
            <translation>Registre qué pasó con la derivación y cuándo.</translation>
        </message>
        <message>
            <source>&amp;Save status</source>
            <translation>&amp;Guardar estado</translation>
        </message>
        <message>
            <source>Referral:</source>
            <translation>Derivación:</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Ahora:</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>Estado actual</translation>
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation>&amp;Nuevo estado:</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nuevo estado</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Date of the change</source>
            <translation>Fecha del cambio</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Optional: e.g. why it was declined</source>
            <translation>Opcional: p. ej., por qué se rechazó</translation>
        </message>
        <message>
            <source>What happened to the referral.</source>
            <translation>Qué pasó con la derivación.</translation>
        </message>
        <message>
            <source>Optional: anything worth keeping.</source>
            <translation>Opcional: cualquier cosa que merezca la pena guardar.</translation>
        </message>
        <message>
            <source>On this day the referral shows in Today, until it is closed or declined.</source>
            <translation>Ese día la derivación aparece en Hoy, hasta que se cierre o se rechace.</translation>
        </message>
        <message>
            <source>&amp;Save date</source>
            <translation>&amp;Guardar fecha</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>Contact: {who}</source>
            <translation>Contacto: {who}</translation>
        </message>
        <message>
            <source>{status} on {day}</source>
            <translation>{status} el {day}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Derivaciones</translation>
        </message>
        <message>
            <source>Referral waiting for its consent</source>
            <translation>Derivación a la espera de su consentimiento</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>The client's referrals, newest first. Arrow keys choose one.</source>
            <translation>Derivaciones del cliente, de la más reciente a la más antigua. Las flechas eligen una.</translation>
        </message>
        <message>
            <source>Problem with referrals</source>
            <translation>Problema con las derivaciones</translation>
        </message>
        <message>
            <source>Make re&amp;ferral…</source>
            <translation>Hacer &amp;derivación…</translation>
        </message>
        <message>
            <source>Refer the client to another service</source>
            <translation>Derivar al cliente a otro servicio</translation>
        </message>
        <message>
            <source>Stat&amp;us…</source>
            <translation>Est&amp;ado…</translation>
        </message>
        <message>
            <source>Record what happened to the selected referral</source>
            <translation>Registrar qué pasó con la derivación seleccionada</translation>
        </message>
        <message>
            <source>Follo&amp;w-up…</source>
            <translation>Seg&amp;uimiento…</translation>
        </message>
        <message>
            <source>Set the selected referral's follow-up date</source>
            <translation>Fijar la fecha de seguimiento de la derivación seleccionada</translation>
        </message>
        <message>
            <source>No referrals yet.</source>
            <translation>Aún no hay derivaciones.</translation>
        </message>
        <message>
            <source>Resume re&amp;ferral…</source>
            <translation>Reanudar &amp;derivación…</translation>
        </message>
        <message>
            <source>The referral to {organisation} waits for a signed release of information. Sign it in the Consent tab, then choose Resume referral.</source>
            <translation>La derivación a {organisation} está a la espera de una autorización firmada para compartir información. Fírmela en la pestaña Consentimiento y luego elija Reanudar derivación.</translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>This assessment has no such area.</source>
            <translation>Esta evaluación no tiene esa área.</translation>
        </message>
        <message>
            <source>A rating must be a point of the scale.</source>
            <translation>Una puntuación debe ser un punto de la escala.</translation>
        </message>
        <message>
            <source>Rate or describe at least one area before saving the assessment.</source>
            <translation>Puntúe o describa al menos un área antes de guardar la evaluación.</translation>
        </message>
        <message>
            <source>An answer under {area} is too long (at most {limit} characters).</source>
            <translation>Una respuesta en {area} es demasiado larga (como máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>Please fill in who signs the consent.</source>
            <translation>Indique quién firma el consentimiento.</translation>
        </message>
        <message>
            <source>Please choose on what authority the signer consents.</source>
            <translation>Elija con qué autoridad consiente la persona que firma.</translation>
        </message>
        <message>
            <source>This client is recorded as lacking capacity: a guardian or legal representative must sign, and the client's own assent is recorded separately.</source>
            <translation>Consta que este cliente no tiene capacidad: debe firmar un tutor o representante legal, y el asentimiento del propio cliente se registra aparte.</translation>
        </message>
        <message>
            <source>Please record the document that gives the signer authority (for example a guardianship order or power of attorney).</source>
            <translation>Registre el documento que da autoridad a quien firma (por ejemplo, una resolución de tutela o un poder notarial).</translation>
        </message>
        <message>
            <source>Please record the client's own assent (agreed, objected, unable).</source>
            <translation>Registre el asentimiento del propio cliente (de acuerdo, en contra, no puede).</translation>
        </message>
        <message>
            <source>Please choose how the consent was given.</source>
            <translation>Elija cómo se dio el consentimiento.</translation>
        </message>
        <message>
            <source>Please have the signer sign on the pad first.</source>
            <translation>Pida primero a la persona que firme en el panel.</translation>
        </message>
        <message>
            <source>Verbal consent needs the name of a witness.</source>
            <translation>El consentimiento verbal necesita el nombre de un testigo.</translation>
        </message>
        <message>
            <source>The consent must end after the day it starts.</source>
            <translation>El consentimiento debe terminar después del día en que empieza.</translation>
        </message>
        <message>
            <source>The signature pad has no size.</source>
            <translation>El panel de firma no tiene tamaño.</translation>
        </message>
        <message>
            <source>Nothing was signed.</source>
            <translation>No se firmó nada.</translation>
        </message>
        <message>
            <source>The signature is too large; clear the pad and sign again.</source>
            <translation>La firma es demasiado grande; borre el panel y vuelva a firmar.</translation>
        </message>
        <message>
            <source>The signature has points outside the pad.</source>
            <translation>La firma tiene puntos fuera del panel.</translation>
        </message>
        <message>
            <source>The stored signature is damaged.</source>
            <translation>La firma guardada está dañada.</translation>
        </message>
        <message>
            <source>reason the visit was cancelled</source>
            <translation>motivo de la cancelación de la visita</translation>
        </message>
        <message>
            <source>reason for the no-show</source>
            <translation>motivo de la ausencia</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecha</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>no show</source>
            <translation>ausencia</translation>
        </message>
        <message>
            <source>made</source>
            <translation>enviada</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>aceptada</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>rechazada</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completada</translation>
        </message>
        <message>
            <source>kind of task</source>
            <translation>tipo de tarea</translation>
        </message>
        <message>
            <source>A follow-up needs a client or a case.</source>
            <translation>Un seguimiento necesita un cliente o un caso.</translation>
        </message>
        <message>
            <source>task title</source>
            <translation>título de la tarea</translation>
        </message>
        <message>
            <source>kind of contact</source>
            <translation>tipo de contacto</translation>
        </message>
        <message>
            <source>A visit lasts between 1 minute and 12 hours.</source>
            <translation>Una visita dura entre 1 minuto y 12 horas.</translation>
        </message>
        <message>
            <source>location</source>
            <translation>lugar</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>outcome of the visit</source>
            <translation>resultado de la visita</translation>
        </message>
        <message>
            <source>This visit is already marked {status}; schedule a new one instead.</source>
            <translation>Esta visita ya está marcada como {status}; programe una nueva.</translation>
        </message>
        <message>
            <source>The follow-up cannot be before the referral is made.</source>
            <translation>El seguimiento no puede ser anterior a la derivación.</translation>
        </message>
        <message>
            <source>service</source>
            <translation>servicio</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organización</translation>
        </message>
        <message>
            <source>reason for the referral</source>
            <translation>motivo de la derivación</translation>
        </message>
        <message>
            <source>referral status</source>
            <translation>estado de la derivación</translation>
        </message>
        <message>
            <source>A referral that is {current} cannot become {status}.</source>
            <translation>Una derivación {current} no puede pasar a {status}.</translation>
        </message>
        <message>
            <source>This assessment form (or this version of it) is not in this copy of Caseload.</source>
            <translation>Este formulario de evaluación (o esta versión) no está en esta copia de Caseload.</translation>
        </message>
        <message>
            <source>The next re-assessment must be due after the assessment date.</source>
            <translation>La próxima reevaluación debe ser posterior a la fecha de la evaluación.</translation>
        </message>
        <message>
            <source>A safety flag is too long (at most {limit} characters).</source>
            <translation>Una alerta de seguridad es demasiado larga (como máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>Only a supervisor, or a worker on a case shared with the team, can give a task to a colleague. Share the case first (Case tab), or ask your supervisor.</source>
            <translation>Solo un supervisor, o un trabajador en un caso compartido con el equipo, puede asignar una tarea a un compañero. Comparta primero el caso (pestaña Caso) o pregunte a su supervisor.</translation>
        </message>
        <message>
            <source>That worker is not in your team.</source>
            <translation>Ese trabajador no está en su equipo.</translation>
        </message>
        <message>
            <source>Only the case's worker or a supervisor can share it with the team.</source>
            <translation>Solo el trabajador del caso o un supervisor puede compartirlo con el equipo.</translation>
        </message>
        <message>
            <source>Give the reason for moving the case from {current} to {target}.</source>
            <translation>Indique el motivo para pasar el caso de {current} a {target}.</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Acogida</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento posterior</translation>
        </message>
        <message>
            <source>The intake date cannot be in the future.</source>
            <translation>La fecha de acogida no puede ser futura.</translation>
        </message>
        <message>
            <source>This client already has an open case in this programme.</source>
            <translation>Esta persona ya tiene un caso abierto en este programa.</translation>
        </message>
        <message>
            <source>A case in {current} cannot move to {target}.</source>
            <translation>Un caso en {current} no puede pasar a {target}.</translation>
        </message>
        <message>
            <source>Give the reason for closing the case.</source>
            <translation>Indique el motivo para cerrar el caso.</translation>
        </message>
        <message>
            <source>The follow-up cannot be in the past.</source>
            <translation>El seguimiento posterior no puede ser en el pasado.</translation>
        </message>
        <message>
            <source>A transfer needs a reason and a handover note.</source>
            <translation>Una transferencia necesita un motivo y una nota de traspaso.</translation>
        </message>
        <message>
            <source>This case cannot close yet: {missing}. Resolve these, or close with an exception and say why (your supervisor is told).</source>
            <translation>Este caso aún no se puede cerrar: {missing}. Resuélvalo, o cierre con una excepción e indique el motivo (se informa a su supervisor).</translation>
        </message>
        <message>
            <source>That goal belongs to another case.</source>
            <translation>Ese objetivo pertenece a otro caso.</translation>
        </message>
        <message>
            <source>A goal's outcome is achieved, partly achieved or not achieved.</source>
            <translation>El resultado de un objetivo es logrado, logrado en parte o no logrado.</translation>
        </message>
        <message>
            <source>Only a supervisor can mark a closure exception as reviewed.</source>
            <translation>Solo un supervisor puede marcar como revisada una excepción de cierre.</translation>
        </message>
        <message>
            <source>This case has no closure exception waiting for review.</source>
            <translation>Este caso no tiene ninguna excepción de cierre pendiente de revisión.</translation>
        </message>
        <message>
            <source>Say which client or case the conflict of interest concerns.</source>
            <translation>Indique a qué cliente o caso se refiere el conflicto de intereses.</translation>
        </message>
        <message>
            <source>This declaration has already been reviewed.</source>
            <translation>Esta declaración ya se ha revisado.</translation>
        </message>
        <message>
            <source>A conflict of interest must be reviewed by someone else.</source>
            <translation>Un conflicto de intereses debe revisarlo otra persona.</translation>
        </message>
        <message>
            <source>Only a supervisor can review a conflict of interest.</source>
            <translation>Solo un supervisor puede revisar un conflicto de intereses.</translation>
        </message>
        <message>
            <source>This file is not a picture Caseload can read (PNG, JPEG, TIFF or WebP).</source>
            <translation>Este archivo no es una imagen que Caseload pueda leer (PNG, JPEG, TIFF o WebP).</translation>
        </message>
        <message>
            <source>This picture is damaged or incomplete; please scan or photograph the page again.</source>
            <translation>Esta imagen está dañada o incompleta; escanee o fotografíe la página de nuevo.</translation>
        </message>
        <message>
            <source>This file is empty.</source>
            <translation>Este archivo está vacío.</translation>
        </message>
        <message>
            <source>This file is too large (the limit is 15 MB); please scan at a lower resolution.</source>
            <translation>Este archivo es demasiado grande (el límite es 15 MB); escanee con una resolución menor.</translation>
        </message>
        <message>
            <source>This picture is too large to read; please scan at a lower resolution.</source>
            <translation>Esta imagen es demasiado grande para leerla; escanee con una resolución menor.</translation>
        </message>
        <message>
            <source>This consent's form is not in this copy of Caseload: update Caseload to show it.</source>
            <translation>El formulario de este consentimiento no está en esta copia de Caseload: actualice Caseload para verlo.</translation>
        </message>
        <message>
            <source>This scan shows the code of another consent form.</source>
            <translation>Este escaneo muestra el código de otro formulario de consentimiento.</translation>
        </message>
        <message>
            <source>This paper form was printed before the consent was changed: print it again and have it signed.</source>
            <translation>Este formulario en papel se imprimió antes de que cambiara el consentimiento: imprímalo de nuevo y haga que lo firmen.</translation>
        </message>
        <message>
            <source>Caseload has no consent form of this kind in the chosen language: choose another language.</source>
            <translation>Caseload no tiene un formulario de consentimiento de este tipo en el idioma elegido: elija otro idioma.</translation>
        </message>
        <message>
            <source>Please say what the consent is for (at least one purpose).</source>
            <translation>Indique para qué es el consentimiento (al menos una finalidad).</translation>
        </message>
        <message>
            <source>A release of information needs at least one named recipient.</source>
            <translation>Una autorización para compartir información necesita al menos un destinatario con nombre.</translation>
        </message>
        <message>
            <source>Please choose which categories of information may be shared.</source>
            <translation>Elija qué categorías de información se pueden compartir.</translation>
        </message>
        <message>
            <source>Explain the limits of confidentiality before preparing the form.</source>
            <translation>Explique los límites de la confidencialidad antes de preparar el formulario.</translation>
        </message>
        <message>
            <source>This consent is signed and can no longer change.</source>
            <translation>Este consentimiento está firmado y ya no puede cambiar.</translation>
        </message>
        <message>
            <source>Explain the limits of confidentiality before the client signs.</source>
            <translation>Explique los límites de la confidencialidad antes de que el cliente firme.</translation>
        </message>
        <message>
            <source>Only a signed consent of this client can be renewed or withdrawn.</source>
            <translation>Solo se puede renovar o retirar un consentimiento firmado de este cliente.</translation>
        </message>
        <message>
            <source>A withdrawal cannot be dated in the future.</source>
            <translation>Una retirada no puede tener fecha futura.</translation>
        </message>
        <message>
            <source>This contact belongs to another client.</source>
            <translation>Este contacto pertenece a otro cliente.</translation>
        </message>
        <message>
            <source>No consent in force covers this sharing ({missing}). Share only what a consent covers, or record a legal basis and the reason.</source>
            <translation>Ningún consentimiento vigente cubre este intercambio ({missing}). Comparta solo lo que cubre un consentimiento, o registre una base legal y el motivo.</translation>
        </message>
        <message>
            <source>The packet's fingerprint is not valid.</source>
            <translation>La huella del paquete no es válida.</translation>
        </message>
        <message>
            <source>The client can only have been told after the sharing, and not later than today.</source>
            <translation>Al cliente solo se le pudo informar después del intercambio, y no más tarde que hoy.</translation>
        </message>
        <message>
            <source>The packet would hold information outside the categories chosen for it: {missing}.</source>
            <translation>El paquete contendría información fuera de las categorías elegidas para él: {missing}.</translation>
        </message>
        <message>
            <source>Please fill in the {what}.</source>
            <translation>Complete el campo: {what}.</translation>
        </message>
        <message>
            <source>The {what} is too long (at most {limit} characters).</source>
            <translation>El campo {what} es demasiado largo (como máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>The {what} must be one of: {allowed}.</source>
            <translation>El campo {what} debe ser uno de estos: {allowed}.</translation>
        </message>
        <message>
            <source>This case belongs to another client.</source>
            <translation>Este caso pertenece a otro cliente.</translation>
        </message>
        <message>
            <source>The reasons for a possible duplicate are not ones this app knows.</source>
            <translation>Los motivos del posible duplicado no son de los que conoce esta aplicación.</translation>
        </message>
        <message>
            <source>email address</source>
            <translation>dirección de correo electrónico</translation>
        </message>
        <message>
            <source>kind of person</source>
            <translation>tipo de persona</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>relationship to the client</source>
            <translation>relación con el cliente</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>número de teléfono</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>The email address does not look right (name@example.org).</source>
            <translation>La dirección de correo electrónico no parece correcta (nombre@ejemplo.org).</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede ser futura.</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>apellidos</translation>
        </message>
        <message>
            <source>preferred name</source>
            <translation>nombre preferido</translation>
        </message>
        <message>
            <source>pronouns</source>
            <translation>pronombres</translation>
        </message>
        <message>
            <source>address</source>
            <translation>dirección</translation>
        </message>
        <message>
            <source>safe contact time</source>
            <translation>horario seguro de contacto</translation>
        </message>
        <message>
            <source>other contact rules</source>
            <translation>otras normas de contacto</translation>
        </message>
        <message>
            <source>representative's name</source>
            <translation>nombre del representante</translation>
        </message>
        <message>
            <source>representative's role</source>
            <translation>función del representante</translation>
        </message>
        <message>
            <source>representative's phone number</source>
            <translation>teléfono del representante</translation>
        </message>
        <message>
            <source>cultural considerations</source>
            <translation>consideraciones culturales</translation>
        </message>
        <message>
            <source>Choose the client's language from the list (or a code such as 'es').</source>
            <translation>Elija el idioma del cliente de la lista (o un código como 'es').</translation>
        </message>
        <message>
            <source>Check the date of birth: it is before 1900.</source>
            <translation>Revise la fecha de nacimiento: es anterior a 1900.</translation>
        </message>
        <message>
            <source>The {what} needs its digits (at least three).</source>
            <translation>El campo «{what}» necesita sus dígitos (al menos tres).</translation>
        </message>
        <message>
            <source>A client who lacks capacity needs a guardian or legal representative: fill in their name.</source>
            <translation>Un cliente sin capacidad necesita un tutor o representante legal: escriba su nombre.</translation>
        </message>
        <message>
            <source>programme</source>
            <translation>programa</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decisión</translation>
        </message>
        <message>
            <source>reason for the decision</source>
            <translation>motivo de la decisión</translation>
        </message>
        <message>
            <source>criteria</source>
            <translation>criterios</translation>
        </message>
        <message>
            <source>This client's case in this programme is past intake; screening is recorded at intake (a new screening needs the case back at intake).</source>
            <translation>El caso de este cliente en este programa ya ha pasado la admisión; la evaluación inicial se registra en la admisión (una nueva evaluación requiere que el caso vuelva a admisión).</translation>
        </message>
        <message>
            <source>The screening date cannot be in the future.</source>
            <translation>La fecha de la evaluación inicial no puede ser futura.</translation>
        </message>
        <message>
            <source>A case is opened only for a client found eligible.</source>
            <translation>Solo se abre un caso para un cliente que resulte elegible.</translation>
        </message>
        <message>
            <source>The date of the {what} cannot be in the future.</source>
            <translation>La fecha de {what} no puede ser futura.</translation>
        </message>
        <message>
            <source>objective status</source>
            <translation>estado del objetivo</translation>
        </message>
        <message>
            <source>progress entry</source>
            <translation>la anotación de avance</translation>
        </message>
        <message>
            <source>value reached</source>
            <translation>valor alcanzado</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>client's answer to the plan</source>
            <translation>respuesta de la persona al plan</translation>
        </message>
        <message>
            <source>client's words</source>
            <translation>palabras de la persona</translation>
        </message>
        <message>
            <source>Please write what the client said about the plan they disagree with.</source>
            <translation>Escriba lo que dijo la persona sobre el plan con el que no está de acuerdo.</translation>
        </message>
        <message>
            <source>client's answer</source>
            <translation>la respuesta de la persona</translation>
        </message>
        <message>
            <source>This note is signed and cannot be changed. Add an addendum instead.</source>
            <translation>Esta nota está firmada y no se puede modificar. Añada una adenda.</translation>
        </message>
        <message>
            <source>This note is already signed.</source>
            <translation>Esta nota ya está firmada.</translation>
        </message>
        <message>
            <source>An empty note cannot be signed.</source>
            <translation>No se puede firmar una nota vacía.</translation>
        </message>
        <message>
            <source>Only a signed note takes an addendum; edit the draft instead.</source>
            <translation>Solo una nota firmada admite una adenda; modifique el borrador.</translation>
        </message>
        <message>
            <source>An addendum needs a kind and a reason.</source>
            <translation>Una adenda necesita un tipo y un motivo.</translation>
        </message>
        <message>
            <source>A signed note cannot be discarded.</source>
            <translation>No se puede descartar una nota firmada.</translation>
        </message>
        <message>
            <source>goal title</source>
            <translation>título de la meta</translation>
        </message>
        <message>
            <source>person responsible</source>
            <translation>persona responsable</translation>
        </message>
        <message>
            <source>goal status</source>
            <translation>estado de la meta</translation>
        </message>
        <message>
            <source>Progress must be a whole number of per cent.</source>
            <translation>El avance debe ser un porcentaje entero.</translation>
        </message>
        <message>
            <source>Progress must be between 0 and 100 per cent.</source>
            <translation>El avance debe estar entre 0 y 100 por ciento.</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>measure (what will be counted or checked)</source>
            <translation>medida (lo que se contará o comprobará)</translation>
        </message>
        <message>
            <source>starting value</source>
            <translation>valor inicial</translation>
        </message>
        <message>
            <source>target value</source>
            <translation>valor previsto</translation>
        </message>
        <message>
            <source>That objective belongs to another goal.</source>
            <translation>Ese objetivo pertenece a otra meta.</translation>
        </message>
        <message>
            <source>An intervention cannot end before it starts.</source>
            <translation>Una intervención no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <source>intervention</source>
            <translation>intervención</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviada</translation>
        </message>
        <message>
            <source>service started</source>
            <translation>servicio iniciado</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrada</translation>
        </message>
        <message>
            <source>urgency</source>
            <translation>urgencia</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contacto</translation>
        </message>
        <message>
            <source>That consent was given by another client.</source>
            <translation>Ese consentimiento lo dio otro cliente.</translation>
        </message>
        <message>
            <source>That consent is not in force (it is not signed, or was withdrawn).</source>
            <translation>Ese consentimiento no está vigente (no está firmado o se retiró).</translation>
        </message>
        <message>
            <source>That consent had expired by the date of the referral.</source>
            <translation>Ese consentimiento ya había caducado en la fecha de la derivación.</translation>
        </message>
        <message>
            <source>A referral shares the client's information: choose the signed release of information that names this organisation, or prepare one with the client.</source>
            <translation>Una derivación comparte la información del cliente: elija la autorización firmada para compartir información que nombra a esta organización, o prepare una con el cliente.</translation>
        </message>
        <message>
            <source>That consent is not a release of information.</source>
            <translation>Ese consentimiento no es una autorización para compartir información.</translation>
        </message>
        <message>
            <source>That release of information does not name this organisation.</source>
            <translation>Esa autorización para compartir información no nombra a esta organización.</translation>
        </message>
        <message>
            <source>This referral is {current}: it cannot become {status}.</source>
            <translation>El estado de esta derivación es «{current}»: no puede pasar a «{status}».</translation>
        </message>
        <message>
            <source>A referral's status cannot change before the referral was made.</source>
            <translation>El estado de una derivación no puede cambiar antes de que se hiciera la derivación.</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>señales de alerta</translation>
        </message>
        <message>
            <source>coping steps</source>
            <translation>estrategias de afrontamiento</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contactos</translation>
        </message>
        <message>
            <source>means restriction</source>
            <translation>restricción de medios</translation>
        </message>
        <message>
            <source>client words</source>
            <translation>palabras del cliente</translation>
        </message>
        <message>
            <source>agency reported to</source>
            <translation>organismo al que se informó</translation>
        </message>
        <message>
            <source>reference number</source>
            <translation>número de referencia</translation>
        </message>
        <message>
            <source>what was disclosed</source>
            <translation>lo que se reveló</translation>
        </message>
        <message>
            <source>legal basis</source>
            <translation>fundamento legal</translation>
        </message>
        <message>
            <source>kind of report</source>
            <translation>tipo de denuncia</translation>
        </message>
        <message>
            <source>The review date cannot be in the future.</source>
            <translation>La fecha de revisión no puede ser futura.</translation>
        </message>
        <message>
            <source>A report cannot be dated in the future.</source>
            <translation>Una denuncia no puede tener una fecha futura.</translation>
        </message>
        <message>
            <source>That case belongs to another client.</source>
            <translation>Ese caso pertenece a otro cliente.</translation>
        </message>
        <message>
            <source>A correction must be about the same client.</source>
            <translation>Una corrección debe referirse al mismo cliente.</translation>
        </message>
        <message>
            <source>Only a supervisor can mark a mandated report as reviewed.</source>
            <translation>Solo un supervisor puede marcar una denuncia obligatoria como revisada.</translation>
        </message>
        <message>
            <source>This report has already been reviewed.</source>
            <translation>Esta denuncia ya se ha revisado.</translation>
        </message>
        <message>
            <source>The template can only be changed while the note is empty.</source>
            <translation>La plantilla solo se puede cambiar mientras la nota esté vacía.</translation>
        </message>
        <message>
            <source>That language is not available.</source>
            <translation>Ese idioma no está disponible.</translation>
        </message>
        <message>
            <source>Text size goes from {low} % to {high} %, in steps of {step} %.</source>
            <translation>El tamaño del texto va de {low} % a {high} %, de {step} % en {step} %.</translation>
        </message>
        <message>
            <source>Choose an idle lock time from 1 to {most} minutes (the office's limit).</source>
            <translation>Elija un tiempo de bloqueo por inactividad de 1 a {most} minutos (el límite de la oficina).</translation>
        </message>
    </context>
    <context>
        <name>RefusedChanges</name>
        <message>
            <source>Re&amp;fused by the office</source>
            <translation>Rec&amp;hazados por la oficina</translation>
        </message>
        <message>
            <source>Changes refused by the office</source>
            <translation>Cambios rechazados por la oficina</translation>
        </message>
        <message>
            <source>The office did not accept these changes, so its copy does not have them. If one still matters, call the office (for a signed note, add an addendum instead); then dismiss it.</source>
            <translation>La oficina no aceptó estos cambios, así que su copia no los tiene. Si alguno sigue siendo importante, llame a la oficina (para una nota firmada, añada una adenda); después, descártelo.</translation>
        </message>
        <message>
            <source>About changes refused by the office</source>
            <translation>Acerca de los cambios rechazados por la oficina</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Problem with refused changes</source>
            <translation>Problema con los cambios rechazados</translation>
        </message>
        <message>
            <source>The office has not refused any of your changes.</source>
            <translation>La oficina no ha rechazado ninguno de sus cambios.</translation>
        </message>
        <message>
            <source>O&amp;pen client</source>
            <translation>A&amp;brir cliente</translation>
        </message>
        <message>
            <source>Open the client's record</source>
            <translation>Abrir el expediente del cliente</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Dismiss the refused change</source>
            <translation>Descartar el cambio rechazado</translation>
        </message>
        <message>
            <source>You have dealt with it (called the office, added an addendum): take it off the list</source>
            <translation>Ya se ha ocupado de ello (llamó a la oficina, añadió una adenda): quitarlo de la lista</translation>
        </message>
        <message>
            <source>{kind} for {name}</source>
            <translation>{kind} de {name}</translation>
        </message>
        <message>
            <source>{kind} (no longer on this laptop)</source>
            <translation>{kind} (ya no está en este portátil)</translation>
        </message>
        <message>
            <source>{subject}: the office refused it because {reason}.</source>
            <translation>{subject}: la oficina lo rechazó porque {reason}.</translation>
        </message>
        <message>
            <source>{subject}: the office refused it.</source>
            <translation>{subject}: la oficina lo rechazó.</translation>
        </message>
    </context>
    <context>
        <name>ReviewConflictDialog</name>
        <message>
            <source>Review a conflict of interest</source>
            <translation>Revisar un conflicto de intereses</translation>
        </message>
        <message>
            <source>Decide what happens next. Your name, today's date and the outcome are recorded with the declaration, and the worker who declared it sees them.</source>
            <translation>Decida qué ocurre ahora. Su nombre, la fecha de hoy y la decisión se registran con la declaración, y el profesional que la hizo los verá.</translation>
        </message>
        <message>
            <source>&amp;Record review</source>
            <translation>&amp;Registrar la revisión</translation>
        </message>
        <message>
            <source>another worker</source>
            <translation>otro profesional</translation>
        </message>
        <message>
            <source>{day} by {who}</source>
            <translation>{day}, por {who}</translation>
        </message>
        <message>
            <source>Declared:</source>
            <translation>Declarado:</translation>
        </message>
        <message>
            <source>Declared on and by</source>
            <translation>Fecha y autor de la declaración</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Relationship:</source>
            <translation>Relación:</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Descripción:</translation>
        </message>
        <message>
            <source>What you decided about the conflict</source>
            <translation>Lo que usted decidió sobre el conflicto</translation>
        </message>
        <message>
            <source>Outcome of the review</source>
            <translation>Resultado de la revisión</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Resultado:</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>Nota de revisión</translation>
        </message>
        <message>
            <source>What was decided and why; any safeguards agreed</source>
            <translation>Qué se decidió y por qué; las medidas de protección acordadas</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>What was decided and why</source>
            <translation>Qué se decidió y por qué</translation>
        </message>
        <message>
            <source>Record your review of the declaration</source>
            <translation>Registrar su revisión de la declaración</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <source>Low risk</source>
            <translation>Riesgo bajo</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Riesgo medio</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Riesgo alto</translation>
        </message>
    </context>
    <context>
        <name>RiskLevel</name>
        <message>
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Safety flags on the record; untick one to remove it</source>
            <translation>Alertas de seguridad del expediente; desmarque una para quitarla</translation>
        </message>
        <message>
            <source>Arrow keys move between the flags; Space unticks or ticks one</source>
            <translation>Las flechas recorren las alertas; Espacio marca o desmarca una</translation>
        </message>
        <message>
            <source>Risk and safety</source>
            <translation>Riesgo y seguridad</translation>
        </message>
        <message>
            <source>Risk level the ratings suggest</source>
            <translation>Nivel de riesgo que sugieren las puntuaciones</translation>
        </message>
        <message>
            <source>Overall risk level</source>
            <translation>Nivel de riesgo general</translation>
        </message>
        <message>
            <source>Notes on risk</source>
            <translation>Notas sobre el riesgo</translation>
        </message>
        <message>
            <source>What puts the client or others at risk, and what protects</source>
            <translation>Qué pone en riesgo al cliente o a otras personas, y qué protege</translation>
        </message>
        <message>
            <source>New safety flags</source>
            <translation>Nuevas alertas de seguridad</translation>
        </message>
        <message>
            <source>One per line, e.g. Visit in pairs</source>
            <translation>Una por línea, p. ej. Visitar en pareja</translation>
        </message>
        <message>
            <source>Next re-assessment date</source>
            <translation>Fecha de la próxima reevaluación</translation>
        </message>
        <message>
            <source>When to assess again; about three months is usual</source>
            <translation>Cuándo volver a evaluar; lo habitual es unos tres meses</translation>
        </message>
        <message>
            <source>You decide the level; the ratings only suggest one</source>
            <translation>Usted decide el nivel; las puntuaciones solo sugieren uno</translation>
        </message>
        <message>
            <source>Overall &amp;risk level</source>
            <translation>Nivel de &amp;riesgo general</translation>
        </message>
        <message>
            <source>Risk &amp;notes</source>
            <translation>&amp;Notas sobre el riesgo</translation>
        </message>
        <message>
            <source>Safety &amp;flags</source>
            <translation>Alertas de seg&amp;uridad</translation>
        </message>
        <message>
            <source>No safety flags on the record.</source>
            <translation>No hay alertas de seguridad en el expediente.</translation>
        </message>
        <message>
            <source>&amp;Add safety flags</source>
            <translation>A&amp;ñadir alertas de seguridad</translation>
        </message>
        <message>
            <source>Next re-assessment &amp;due</source>
            <translation>&amp;Próxima reevaluación</translation>
        </message>
        <message>
            <source>The risk level you choose becomes the client's risk level on the record. Safety flags warn anyone who visits or calls; keep them short and factual.</source>
            <translation>El nivel de riesgo que elija pasa a ser el nivel de riesgo del cliente en el expediente. Las alertas de seguridad avisan a quien visite o llame; que sean breves y objetivas.</translation>
        </message>
        <message>
            <source>About risk and safety</source>
            <translation>Sobre riesgo y seguridad</translation>
        </message>
        <message>
            <source>The ratings suggest: {level}.</source>
            <translation>Las puntuaciones sugieren: {level}.</translation>
        </message>
    </context>
    <context>
        <name>SafetyDialogs</name>
        <message>
            <source>Suspected abuse or neglect</source>
            <translation>Sospecha de maltrato o negligencia</translation>
        </message>
        <message>
            <source>Duty to warn</source>
            <translation>Deber de advertir</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Plan de seguridad</translation>
        </message>
        <message>
            <source>Write the plan with the client, in the words they will recognise in a crisis.</source>
            <translation>Escriba el plan con el cliente, con las palabras que reconocerá en una crisis.</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>&amp;Guardar plan</translation>
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation>Señales de &amp;alerta</translation>
        </message>
        <message>
            <source>What tells the client a crisis may be starting.</source>
            <translation>Lo que indica al cliente que puede estar empezando una crisis.</translation>
        </message>
        <message>
            <source>&amp;Coping steps</source>
            <translation>Estrategias de a&amp;frontamiento</translation>
        </message>
        <message>
            <source>What the client can do on their own.</source>
            <translation>Lo que el cliente puede hacer por sí mismo.</translation>
        </message>
        <message>
            <source>&amp;People and services to call</source>
            <translation>&amp;Personas y servicios a los que llamar</translation>
        </message>
        <message>
            <source>Who the client can call, with their numbers.</source>
            <translation>A quién puede llamar el cliente, con sus números.</translation>
        </message>
        <message>
            <source>&amp;Means restriction</source>
            <translation>&amp;Restricción de medios</translation>
        </message>
        <message>
            <source>How the client's surroundings are made safer.</source>
            <translation>Cómo se hace más seguro el entorno del cliente.</translation>
        </message>
        <message>
            <source>The client's o&amp;wn words</source>
            <translation>Las &amp;palabras del propio cliente</translation>
        </message>
        <message>
            <source>The plan as the client says it, in their words.</source>
            <translation>El plan tal como lo dice el cliente, con sus palabras.</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Fecha de revisión</translation>
        </message>
        <message>
            <source>&amp;Reviewed with the client on</source>
            <translation>Re&amp;visado con el cliente el</translation>
        </message>
        <message>
            <source>Tick to give the day the plan was reviewed with the client.</source>
            <translation>Marque la casilla para indicar el día en que se revisó el plan con el cliente.</translation>
        </message>
        <message>
            <source>Record mandated report</source>
            <translation>Registrar denuncia obligatoria</translation>
        </message>
        <message>
            <source>Record a report you have made. Take down the facts and the client's own words, not opinions. Once saved it cannot be changed, and your supervisor is told at the next sync.</source>
            <translation>Registre una denuncia que ya ha hecho. Anote los hechos y las palabras del propio cliente, no opiniones. Una vez guardada no se puede cambiar, y su supervisor recibe el aviso en la próxima sincronización.</translation>
        </message>
        <message>
            <source>&amp;Record report</source>
            <translation>&amp;Registrar denuncia</translation>
        </message>
        <message>
            <source>Kind of report</source>
            <translation>Tipo de denuncia</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Reported &amp;on</source>
            <translation>&amp;Fecha de la denuncia</translation>
        </message>
        <message>
            <source>Date reported</source>
            <translation>Fecha de la denuncia</translation>
        </message>
        <message>
            <source>&amp;Agency</source>
            <translation>&amp;Organismo</translation>
        </message>
        <message>
            <source>Agency reported to</source>
            <translation>Organismo al que se informó</translation>
        </message>
        <message>
            <source>Re&amp;ference</source>
            <translation>Re&amp;ferencia</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Número de referencia</translation>
        </message>
        <message>
            <source>What was &amp;disclosed</source>
            <translation>Lo que se re&amp;veló</translation>
        </message>
        <message>
            <source>What was disclosed</source>
            <translation>Lo que se reveló</translation>
        </message>
        <message>
            <source>The facts, and the client's own words</source>
            <translation>Los hechos y las palabras del propio cliente</translation>
        </message>
        <message>
            <source>&amp;Legal basis</source>
            <translation>Fundamento &amp;legal</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Fundamento legal</translation>
        </message>
        <message>
            <source>Mandated report</source>
            <translation>Denuncia obligatoria</translation>
        </message>
        <message>
            <source>What the report was about.</source>
            <translation>Sobre qué trataba la denuncia.</translation>
        </message>
        <message>
            <source>Required: who the report went to.</source>
            <translation>Obligatorio: a quién se dirigió la denuncia.</translation>
        </message>
        <message>
            <source>Optional: the number the agency gave.</source>
            <translation>Opcional: el número que dio el organismo.</translation>
        </message>
        <message>
            <source>Required: the facts and the client's own words.</source>
            <translation>Obligatorio: los hechos y las palabras del propio cliente.</translation>
        </message>
        <message>
            <source>Required: the law or duty that required the report.</source>
            <translation>Obligatorio: la ley o el deber que exigía la denuncia.</translation>
        </message>
    </context>
    <context>
        <name>SafetySection</name>
        <message>
            <source>Warning signs</source>
            <translation>Señales de alerta</translation>
        </message>
        <message>
            <source>Coping steps</source>
            <translation>Estrategias de afrontamiento</translation>
        </message>
        <message>
            <source>People and services to call</source>
            <translation>Personas y servicios a los que llamar</translation>
        </message>
        <message>
            <source>Means restriction</source>
            <translation>Restricción de medios</translation>
        </message>
        <message>
            <source>In the client's own words</source>
            <translation>Con las palabras del propio cliente</translation>
        </message>
        <message>
            <source>No safety plan yet. Write one with the client.</source>
            <translation>Aún no hay plan de seguridad. Escriba uno con el cliente.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>Reviewed with the client: {day}</source>
            <translation>Revisado con el cliente: {day}</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>Fecha de la denuncia</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Organismo</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>no se indicó</translation>
        </message>
        <message>
            <source>What was disclosed</source>
            <translation>Lo que se reveló</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Fundamento legal</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Flagged for supervisor review</source>
            <translation>Pendiente de revisión por el supervisor</translation>
        </message>
        <message>
            <source>Reviewed by {name}</source>
            <translation>Revisado por {name}</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>un supervisor</translation>
        </message>
        <message>
            <source>Corrected later</source>
            <translation>Corregido después</translation>
        </message>
        <message>
            <source>Safety plan and reports</source>
            <translation>Plan de seguridad y denuncias</translation>
        </message>
        <message>
            <source>Edit safety plan…</source>
            <translation>Editar plan de seguridad…</translation>
        </message>
        <message>
            <source>Edit safety plan</source>
            <translation>Editar plan de seguridad</translation>
        </message>
        <message>
            <source>Write or change the client's safety plan</source>
            <translation>Escribir o cambiar el plan de seguridad del cliente</translation>
        </message>
        <message>
            <source>Record mandated report…</source>
            <translation>Registrar denuncia obligatoria…</translation>
        </message>
        <message>
            <source>Record mandated report</source>
            <translation>Registrar denuncia obligatoria</translation>
        </message>
        <message>
            <source>Record a report the law required you to make</source>
            <translation>Registrar una denuncia que la ley le obligó a hacer</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Marcar como revisada</translation>
        </message>
        <message>
            <source>Mark the report reviewed</source>
            <translation>Marcar la denuncia como revisada</translation>
        </message>
        <message>
            <source>As the supervisor, mark the selected report reviewed</source>
            <translation>Como supervisor, marcar como revisada la denuncia seleccionada</translation>
        </message>
        <message>
            <source>Problem with the safety plan or a report</source>
            <translation>Problema con el plan de seguridad o una denuncia</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Plan de seguridad</translation>
        </message>
        <message>
            <source>The client's safety plan, as written.</source>
            <translation>El plan de seguridad del cliente, tal como está escrito.</translation>
        </message>
        <message>
            <source>Mandated reports</source>
            <translation>Denuncias obligatorias</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Denuncia</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Mandated report details</source>
            <translation>Detalles de la denuncia obligatoria</translation>
        </message>
        <message>
            <source>The selected report, in full.</source>
            <translation>La denuncia seleccionada, completa.</translation>
        </message>
        <message>
            <source>Reports about the client, newest first. Arrow keys choose one.</source>
            <translation>Denuncias sobre el cliente, de la más reciente a la más antigua. Las flechas eligen una.</translation>
        </message>
        <message>
            <source>No mandated reports about this client.</source>
            <translation>No hay denuncias obligatorias sobre este cliente.</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Clients ({count})</source>
            <translation>Clientes ({count})</translation>
        </message>
        <message>
            <source>Case notes ({count})</source>
            <translation>Notas del caso ({count})</translation>
        </message>
        <message>
            <source>Tasks ({count})</source>
            <translation>Tareas ({count})</translation>
        </message>
        <message>
            <source>No names, notes or tasks contain these words.</source>
            <translation>Ningún nombre, nota ni tarea contiene estas palabras.</translation>
        </message>
        <message>
            <source>(no client)</source>
            <translation>(sin cliente)</translation>
        </message>
        <message>
            <source>note of {when}</source>
            <translation>nota del {when}</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tarea</translation>
        </message>
        <message>
            <source>task due {day}</source>
            <translation>tarea para el {day}</translation>
        </message>
        <message>
            <source>&amp;Matches in names, notes and tasks  (Alt+M)</source>
            <translation>&amp;Coincidencias en nombres, notas y tareas  (Alt+C)</translation>
        </message>
        <message>
            <source>&amp;Matches in names, notes and tasks: {count}  (Alt+M)</source>
            <translation>&amp;Coincidencias en nombres, notas y tareas: {count}  (Alt+C)</translation>
        </message>
        <message>
            <source>Full-text matches</source>
            <translation>Coincidencias en el texto</translation>
        </message>
        <message>
            <source>Matches in names, notes and tasks</source>
            <translation>Coincidencias en nombres, notas y tareas</translation>
        </message>
        <message>
            <source>Up and Down move between matches; Enter opens the client or the note</source>
            <translation>Flecha arriba y abajo para moverse entre las coincidencias; Intro abre el cliente o la nota</translation>
        </message>
    </context>
    <context>
        <name>SettingsHooks</name>
        <message>
            <source>Passphrase changed. Use the new one from now on.</source>
            <translation>Frase de contraseña cambiada. Use la nueva a partir de ahora.</translation>
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation>Esa no es su frase de contraseña actual. No se cambió nada.</translation>
        </message>
        <message>
            <source>Changing the passphrase</source>
            <translation>Cambio de la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>SettingsMenu</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>Language, text size, contrast, idle lock and daily sync</source>
            <translation>Idioma, tamaño del texto, contraste, bloqueo por inactividad y sincronización diaria</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>Make all text larger (kept for you)</source>
            <translation>Agrandar todo el texto (se guarda para usted)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <source>Make all text smaller (kept for you)</source>
            <translation>Reducir todo el texto (se guarda para usted)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>Text at its usual size</source>
            <translation>Texto a su tamaño habitual</translation>
        </message>
        <message>
            <source>Text size {percent} %</source>
            <translation>Tamaño del texto: {percent} %</translation>
        </message>
        <message>
            <source>Saving your settings</source>
            <translation>Guardado de sus preferencias</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Preferencias guardadas.</translation>
        </message>
    </context>
    <context>
        <name>SetupScreen</name>
        <message>
            <source>Your passphrase locks every client record on this laptop. Use a few unrelated words you will remember (at least 10 characters).</source>
            <translation>Su frase de contraseña protege todos los expedientes de este portátil. Use unas cuantas palabras sin relación entre sí que pueda recordar (al menos 10 caracteres).</translation>
        </message>
        <message>
            <source>If you forget it: nobody can look it up or reset it, not IT and not your supervisor. Only your office can restore access, using the office recovery key, so you would have to ask them. Do not keep it written down with the laptop.</source>
            <translation>Si la olvida: nadie puede consultarla ni restablecerla, ni el servicio informático ni su supervisor. Solo su oficina puede devolverle el acceso con la clave de recuperación de la oficina, así que tendría que pedírselo. No la guarde por escrito junto al portátil.</translation>
        </message>
        <message>
            <source>This computer has no system keyring, so the vault cannot also be tied to this laptop. Anyone who copies the files would only need to guess your passphrase. Ask IT to set up the keyring, or accept the weaker protection below.</source>
            <translation>Este equipo no tiene llavero del sistema, así que la bóveda no puede quedar ligada también a este portátil. Quien copie los archivos solo tendría que adivinar su frase de contraseña. Pida al servicio informático que configure el llavero, o acepte abajo la protección más débil.</translation>
        </message>
        <message>
            <source>If you forget it: nobody can look it up or reset it. No office recovery key is installed on this laptop, so a forgotten passphrase means the records on it are lost until the office sends them again. Do not keep it written down with the laptop.</source>
            <translation>Si la olvida: nadie puede consultarla ni restablecerla. Este portátil no tiene instalada la clave de recuperación de la oficina, así que si olvida la frase, los expedientes que contiene se pierden hasta que la oficina los vuelva a enviar. No la guarde por escrito junto al portátil.</translation>
        </message>
        <message>
            <source>Create a passphrase-only vault (weaker)</source>
            <translation>Crear una bóveda solo con frase de contraseña (más débil)</translation>
        </message>
        <message>
            <source>e.g. Alex Rivera</source>
            <translation>p. ej., Alex Rivera</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Your name as your office knows it; it is shown on the notes you write</source>
            <translation>Su nombre tal como lo conoce su oficina; aparece en las notas que escriba</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>At least 10 characters: a few unrelated words you will remember</source>
            <translation>Al menos 10 caracteres: unas cuantas palabras sin relación que pueda recordar</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Confirmar la frase de contraseña</translation>
        </message>
        <message>
            <source>Type the same passphrase again</source>
            <translation>Escriba de nuevo la misma frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Show passphrase</source>
            <translation>&amp;Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>Shows the passphrase as you type it; make sure nobody is watching</source>
            <translation>Muestra la frase de contraseña mientras la escribe; asegúrese de que nadie esté mirando</translation>
        </message>
        <message>
            <source>Keyring warning</source>
            <translation>Aviso sobre el llavero</translation>
        </message>
        <message>
            <source>Setup problem</source>
            <translation>Problema de configuración</translation>
        </message>
        <message>
            <source>Creating your encrypted vault</source>
            <translation>Creando su bóveda cifrada</translation>
        </message>
        <message>
            <source>Create my vault</source>
            <translation>Crear mi bóveda</translation>
        </message>
        <message>
            <source>Create the encrypted vault for your caseload on this laptop (Enter)</source>
            <translation>Crear la bóveda cifrada para sus casos en este portátil (Intro)</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Su &amp;nombre</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>Type it &amp;again</source>
            <translation>Escríbala &amp;otra vez</translation>
        </message>
        <message>
            <source>Set up Caseload on this laptop</source>
            <translation>Configurar Caseload en este portátil</translation>
        </message>
        <message>
            <source>About your passphrase</source>
            <translation>Sobre su frase de contraseña</translation>
        </message>
        <message>
            <source>If you forget your passphrase</source>
            <translation>Si olvida su frase de contraseña</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Escriba su nombre.</translation>
        </message>
        <message>
            <source>That passphrase is too weak ({label}). {advice}</source>
            <translation>Esa frase de contraseña es demasiado débil ({label}). {advice}</translation>
        </message>
        <message>
            <source>The two passphrases are different. Type the same passphrase twice.</source>
            <translation>Las dos frases de contraseña son distintas. Escriba la misma frase dos veces.</translation>
        </message>
        <message>
            <source>There is no system keyring. Tick “{option}” to continue without it.</source>
            <translation>No hay llavero del sistema. Marque «{option}» para continuar sin él.</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Legal name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nombre que prefiere</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronombres</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Put this in the packet (only while its category is ticked)</source>
            <translation>Incluir esto en el paquete (solo mientras su categoría esté marcada)</translation>
        </message>
        <message>
            <source>Categories of information</source>
            <translation>Categorías de información</translation>
        </message>
        <message>
            <source>Share: {category}</source>
            <translation>Compartir: {category}</translation>
        </message>
        <message>
            <source>The packet may hold this kind of information</source>
            <translation>El paquete puede contener este tipo de información</translation>
        </message>
        <message>
            <source>Items to include</source>
            <translation>Qué incluir</translation>
        </message>
        <message>
            <source>The plan (goals and steps)</source>
            <translation>El plan (metas y pasos)</translation>
        </message>
        <message>
            <source>Include the plan</source>
            <translation>Incluir el plan</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>Include the assessments</source>
            <translation>Incluir las evaluaciones</translation>
        </message>
        <message>
            <source>Signed notes to include</source>
            <translation>Notas firmadas que incluir</translation>
        </message>
        <message>
            <source>Arrow keys move, Space ticks a note to include, Tab leaves</source>
            <translation>Las flechas se mueven, Espacio marca una nota para incluirla, Tab sale</translation>
        </message>
        <message>
            <source>Share information</source>
            <translation>Compartir información</translation>
        </message>
        <message>
            <source>Share only what the purpose needs. The app ticks the least the consent covers.</source>
            <translation>Comparta solo lo que la finalidad necesita. La aplicación marca lo mínimo que cubre el consentimiento.</translation>
        </message>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Compartir</translation>
        </message>
        <message>
            <source>Share information form</source>
            <translation>Formulario para compartir información</translation>
        </message>
        <message>
            <source>&amp;Recipient</source>
            <translation>&amp;Destinatario</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Finalidad</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalidad</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>Include</source>
            <translation>Incluir</translation>
        </message>
        <message>
            <source>&amp;Delivery</source>
            <translation>&amp;Entrega</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Entrega</translation>
        </message>
        <message>
            <source>Consent check</source>
            <translation>Comprobación del consentimiento</translation>
        </message>
        <message>
            <source>Share without consent under a &amp;legal basis</source>
            <translation>Compartir sin consentimiento por un motivo &amp;legal</translation>
        </message>
        <message>
            <source>Share without consent under a legal basis</source>
            <translation>Compartir sin consentimiento por un motivo legal</translation>
        </message>
        <message>
            <source>&amp;Basis</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Motivo legal</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Razón</translation>
        </message>
        <message>
            <source>Reason for sharing without consent</source>
            <translation>Razón para compartir sin consentimiento</translation>
        </message>
        <message>
            <source>Your supervisor will be told of this sharing at the next sync. The reason is kept in the record and cannot be changed.</source>
            <translation>Se informará a su supervisor o supervisora en la próxima sincronización. La razón queda en el expediente y no se puede cambiar.</translation>
        </message>
        <message>
            <source>Warning about sharing without consent</source>
            <translation>Aviso sobre compartir sin consentimiento</translation>
        </message>
        <message>
            <source>Build the packet, seal it and record the sharing</source>
            <translation>Preparar el paquete, sellarlo y registrar que se comparte</translation>
        </message>
        <message>
            <source>A contact of the client or a name as consented</source>
            <translation>Un contacto de la persona atendida o un nombre según el consentimiento</translation>
        </message>
        <message>
            <source>Why it is shared: a purpose the consent names</source>
            <translation>Para qué se comparte: una finalidad que nombre el consentimiento</translation>
        </message>
        <message>
            <source>Print the packet, save it to a file, or both</source>
            <translation>Imprimir el paquete, guardarlo en un archivo o ambas cosas</translation>
        </message>
        <message>
            <source>Only when the law requires or allows it</source>
            <translation>Solo cuando la ley lo exige o lo permite</translation>
        </message>
        <message>
            <source>The law or order that allows sharing</source>
            <translation>La ley o la orden que permite compartir</translation>
        </message>
        <message>
            <source>Kept in the record; your supervisor is told</source>
            <translation>Queda en el expediente; se informa a su supervisor o supervisora</translation>
        </message>
        <message>
            <source>Covered by the consent of {day}.</source>
            <translation>Cubierto por el consentimiento del {day}.</translation>
        </message>
        <message>
            <source>Without consent, legal basis: {basis}</source>
            <translation>Sin consentimiento, motivo legal: {basis}</translation>
        </message>
        <message>
            <source>Consent signed {day}</source>
            <translation>Consentimiento firmado el {day}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What each key does; arrow keys move down the list</source>
            <translation>Lo que hace cada tecla; las flechas recorren la lista</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation>Cerrar la lista de atajos</translation>
        </message>
    </context>
    <context>
        <name>SignatureField</name>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Clear the signature</source>
            <translation>Borrar la firma</translation>
        </message>
        <message>
            <source>Wipe the pad so the signer can sign again</source>
            <translation>Limpiar el panel para volver a firmar</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature pad</source>
            <translation>Panel de firma</translation>
        </message>
        <message>
            <source>Draw the signature here with a finger, a pen or the mouse. Delete or Backspace clears it. Someone who cannot sign on the screen can consent on paper or verbally instead: choose that in the form.</source>
            <translation>Dibuje aquí la firma con el dedo, un lápiz o el ratón. Supr o Retroceso la borran. Quien no pueda firmar en la pantalla puede dar su consentimiento en papel o de palabra: elíjalo en el formulario.</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>Firme aquí</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Intake</source>
            <translation>Admisión</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Seguimiento del plan</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento posterior</translation>
        </message>
    </context>
    <context>
        <name>StageMoveDialog</name>
        <message>
            <source>Move this case from {current} to {target}?</source>
            <translation>¿Pasar este caso de {current} a {target}?</translation>
        </message>
        <message>
            <source>Move the case</source>
            <translation>Cambiar la etapa del caso</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Cambiar</translation>
        </message>
        <message>
            <source>Why the case moves; kept in the stage history with your name</source>
            <translation>Por qué cambia el caso; se guarda en el historial de etapas con su nombre</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Motivo (obligatorio):</translation>
        </message>
        <message>
            <source>Reason for the move</source>
            <translation>Motivo del cambio</translation>
        </message>
        <message>
            <source>Move the case and record the reason</source>
            <translation>Cambiar la etapa y registrar el motivo</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>Intake</source>
            <translation>Acogida</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento posterior</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Scheduled</source>
            <translation>Programada</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Ausencia</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Adenda</translation>
        </message>
        <message>
            <source>Late entry</source>
            <translation>Entrada tardía</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Firmada</translation>
        </message>
        <message>
            <source>Co-signed</source>
            <translation>Cofirmada</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Sustituido</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Expiring soon</source>
            <translation>Vence pronto</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Seguimiento pendiente</translation>
        </message>
        <message>
            <source>Pending review</source>
            <translation>Pendiente de revisión</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisado</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Solidez de la frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase strength meter</source>
            <translation>Indicador de solidez de la frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase advice</source>
            <translation>Consejo sobre la frase de contraseña</translation>
        </message>
        <message>
            <source>Strength: %1</source>
            <translation>Solidez: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncBanner</name>
        <message>
            <source>Sync message</source>
            <translation>Mensaje de sincronización</translation>
        </message>
        <message>
            <source>Sync message text</source>
            <translation>Texto del mensaje de sincronización</translation>
        </message>
        <message>
            <source>Review conflicts</source>
            <translation>Revisar conflictos</translation>
        </message>
        <message>
            <source>Open the sync conflicts window</source>
            <translation>Abrir la ventana de conflictos de sincronización</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Dismiss sync message</source>
            <translation>Descartar el mensaje de sincronización</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ocultar este mensaje</translation>
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <source>Conflic&amp;ts</source>
            <translation>Confli&amp;ctos</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflictos de sincronización</translation>
        </message>
        <message>
            <source>Another device changed these fields after you did, so the office kept its value and your edit was set aside here. If your value should stand, enter it again in the record; then mark the conflict reviewed.</source>
            <translation>Otro dispositivo cambió estos campos después que usted, así que la oficina conservó su valor y su cambio quedó apartado aquí. Si su valor debe mantenerse, vuelva a escribirlo en el expediente; después marque el conflicto como revisado.</translation>
        </message>
        <message>
            <source>About sync conflicts</source>
            <translation>Acerca de los conflictos de sincronización</translation>
        </message>
        <message>
            <source>Sync conflicts to review</source>
            <translation>Conflictos de sincronización por revisar</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Your edit (set aside)</source>
            <translation>Su cambio (apartado)</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>Valor conservado</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Problem with sync conflicts</source>
            <translation>Problema con los conflictos de sincronización</translation>
        </message>
        <message>
            <source>No conflicts to review.</source>
            <translation>No hay conflictos por revisar.</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Abrir expediente</translation>
        </message>
        <message>
            <source>Open the client's record</source>
            <translation>Abrir el expediente del cliente</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Mark &amp;reviewed</source>
            <translation>Marcar como &amp;revisado</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Marcar como revisado</translation>
        </message>
        <message>
            <source>I have seen this conflict</source>
            <translation>He visto este conflicto</translation>
        </message>
        <message>
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Reading the conflicts</source>
            <translation>Leyendo los conflictos</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictsDialog</name>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflictos de sincronización</translation>
        </message>
        <message>
            <source>Your edits that another device's newer values replaced, and changes the office refused</source>
            <translation>Sus cambios que reemplazaron los valores más recientes de otro dispositivo, y los cambios que la oficina rechazó</translation>
        </message>
        <message>
            <source>Conflicts and refused changes</source>
            <translation>Conflictos y cambios rechazados</translation>
        </message>
        <message>
            <source>Conflicts or refused changes</source>
            <translation>Conflictos o cambios rechazados</translation>
        </message>
        <message>
            <source>Left and Right switch between the two lists</source>
            <translation>Flecha izquierda y derecha cambian entre las dos listas</translation>
        </message>
        <message>
            <source>Close sync conflicts</source>
            <translation>Cerrar los conflictos de sincronización</translation>
        </message>
        <message>
            <source>Close this window (Esc)</source>
            <translation>Cerrar esta ventana (Esc)</translation>
        </message>
    </context>
    <context>
        <name>SyncListSection</name>
        <message>
            <source>Up and Down choose a line; Enter opens the client's record</source>
            <translation>Flecha arriba y abajo eligen una línea; Intro abre el expediente del cliente</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message>
            <source>Sync status</source>
            <translation>Estado de la sincronización</translation>
        </message>
        <message>
            <source>Sync in progress</source>
            <translation>Sincronización en curso</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Stop sync</source>
            <translation>Detener la sincronización</translation>
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message>
            <source>signed notes and consents cannot change (add an addendum instead)</source>
            <translation>las notas y los consentimientos firmados no se pueden cambiar (añada una adenda)</translation>
        </message>
        <message>
            <source>history entries cannot change</source>
            <translation>las entradas del historial no se pueden cambiar</translation>
        </message>
        <message>
            <source>it is about a client who is not on your caseload</source>
            <translation>se refiere a un cliente que no está entre sus casos asignados</translation>
        </message>
        <message>
            <source>the office files that record under another client</source>
            <translation>la oficina archiva ese registro con otro cliente</translation>
        </message>
        <message>
            <source>only the office can change another worker's details</source>
            <translation>solo la oficina puede cambiar los datos de otro profesional</translation>
        </message>
        <message>
            <source>the office does not know that kind of record (update Caseload)</source>
            <translation>la oficina no conoce ese tipo de registro (actualice Caseload)</translation>
        </message>
        <message>
            <source>the activity log did not match the office's copy</source>
            <translation>el registro de actividad no coincidía con la copia de la oficina</translation>
        </message>
        <message>
            <source>Not connected to the office</source>
            <translation>Sin conexión con la oficina</translation>
        </message>
        <message>
            <source>This laptop is not connected to the office yet. Choose Sync ▸ Connect to the office… and paste the code your supervisor gives you.</source>
            <translation>Este portátil todavía no está conectado con la oficina. Elija Sincronizar ▸ Conectar con la oficina… y pegue el código que le dé su supervisor.</translation>
        </message>
        <message>
            <source>Sync stopped. What was sent and received so far is kept; the rest goes next time.</source>
            <translation>Sincronización detenida. Lo enviado y recibido hasta ahora se conserva; el resto irá la próxima vez.</translation>
        </message>
        <message>
            <source>Syncing with the office…</source>
            <translation>Sincronizando con la oficina…</translation>
        </message>
        <message>
            <source>Stopping the sync…</source>
            <translation>Deteniendo la sincronización…</translation>
        </message>
        <message numerus="yes">
            <source>%n change</source>
            <translation>
                <numerusform>%n cambio</numerusform>
                <numerusform>%n cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n cambio</numerusform>
                <numerusform>%n cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n change sent…</source>
            <translation>
                <numerusform>Sincronizando: %n cambio enviado…</numerusform>
                <numerusform>Sincronizando: %n cambios enviados…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n changes sent…</source>
            <translation>
                <numerusform>Sincronizando: %n cambio enviado…</numerusform>
                <numerusform>Sincronizando: %n cambios enviados…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n change received…</source>
            <translation>
                <numerusform>Sincronizando: %n cambio recibido…</numerusform>
                <numerusform>Sincronizando: %n cambios recibidos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Syncing: %n changes received…</source>
            <translation>
                <numerusform>Sincronizando: %n cambio recibido…</numerusform>
                <numerusform>Sincronizando: %n cambios recibidos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Syncing: fetching newly assigned clients ({count})…</source>
            <translation>Sincronizando: descargando los clientes recién asignados ({count})…</translation>
        </message>
        <message>
            <source>Syncing: removing reassigned clients ({count})…</source>
            <translation>Sincronizando: quitando los clientes reasignados ({count})…</translation>
        </message>
        <message>
            <source>Syncing ({count})…</source>
            <translation>Sincronizando ({count})…</translation>
        </message>
        <message>
            <source>the office refused it</source>
            <translation>la oficina lo rechazó</translation>
        </message>
        <message numerus="yes">
            <source>%n change was refused: {reasons}. See Refused by the office in Sync conflicts.</source>
            <translation>
                <numerusform>%n cambio fue rechazado: {reasons}. Consulte Rechazados por la oficina en Conflictos de sincronización.</numerusform>
                <numerusform>%n cambios fueron rechazados: {reasons}. Consulte Rechazados por la oficina en Conflictos de sincronización.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused: {reasons}. See Refused by the office in Sync conflicts.</source>
            <translation>
                <numerusform>%n cambio fue rechazado: {reasons}. Consulte Rechazados por la oficina en Conflictos de sincronización.</numerusform>
                <numerusform>%n cambios fueron rechazados: {reasons}. Consulte Rechazados por la oficina en Conflictos de sincronización.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client was reassigned and removed from this laptop.</source>
            <translation>
                <numerusform>%n cliente fue reasignado y retirado de este portátil.</numerusform>
                <numerusform>%n clientes fueron reasignados y retirados de este portátil.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clients were reassigned and removed from this laptop.</source>
            <translation>
                <numerusform>%n cliente fue reasignado y retirado de este portátil.</numerusform>
                <numerusform>%n clientes fueron reasignados y retirados de este portátil.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything was already up to date.</source>
            <translation>Todo estaba ya al día.</translation>
        </message>
        <message>
            <source>Sent {changes}, received {received}.</source>
            <translation>Enviados: {changes}; recibidos: {received}.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict to review.</source>
            <translation>
                <numerusform>%n conflicto por revisar.</numerusform>
                <numerusform>%n conflictos por revisar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts to review.</source>
            <translation>
                <numerusform>%n conflicto por revisar.</numerusform>
                <numerusform>%n conflictos por revisar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some records still differ from the office's copy: sync again later.</source>
            <translation>Algunos registros todavía difieren de la copia de la oficina: vuelva a sincronizar más tarde.</translation>
        </message>
        <message>
            <source>Last sync {when}</source>
            <translation>Última sincronización: {when}</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Aún sin sincronizar</translation>
        </message>
        <message>
            <source>{line} · {changes} to send</source>
            <translation>{line} · {changes} por enviar</translation>
        </message>
        <message>
            <source>No unsent changes were lost.</source>
            <translation>No se perdió ningún cambio sin enviar.</translation>
        </message>
        <message numerus="yes">
            <source>%n unsent change was lost.</source>
            <translation>
                <numerusform>Se perdió %n cambio sin enviar.</numerusform>
                <numerusform>Se perdieron %n cambios sin enviar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsent changes were lost.</source>
            <translation>
                <numerusform>Se perdió %n cambio sin enviar.</numerusform>
                <numerusform>Se perdieron %n cambios sin enviar.</numerusform>
            </translation>
        </message>
        <message>
            <source>This laptop was removed from the office, so Caseload has erased everything it kept on it. {lost} Set up Caseload again and ask your supervisor for a new code to connect.</source>
            <translation>Este portátil fue retirado de la oficina, así que Caseload ha borrado todo lo que guardaba en él. {lost} Vuelva a configurar Caseload y pida a su supervisor un nuevo código para conectarse.</translation>
        </message>
        <message>
            <source>This laptop is now connected to the office as {name}.</source>
            <translation>Este portátil está ahora conectado con la oficina como {name}.</translation>
        </message>
        <message>
            <source>The sync did not finish. {reason}</source>
            <translation>La sincronización no terminó. {reason}</translation>
        </message>
        <message>
            <source>The sync</source>
            <translation>La sincronización</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Conectando</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>{case}: transferred from {old} to {new}</source>
            <translation>{case}: traspasado de {old} a {new}</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>sin asignar</translation>
        </message>
        <message>
            <source>another worker</source>
            <translation>otro profesional</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Consentimiento retirado</translation>
        </message>
        <message>
            <source>Consent renewed</source>
            <translation>Consentimiento renovado</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Referral: {service}, {organisation}</source>
            <translation>Derivación: {service}, {organisation}</translation>
        </message>
        <message>
            <source>Follow up on {day}</source>
            <translation>Seguimiento el {day}</translation>
        </message>
        <message>
            <source>Conflict of interest declared</source>
            <translation>Conflicto de interés declarado</translation>
        </message>
        <message>
            <source>Addendum to the note of {amended}</source>
            <translation>Adenda a la nota del {amended}</translation>
        </message>
        <message>
            <source>Late entry to the note of {amended}</source>
            <translation>Entrada tardía de la nota del {amended}</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Adenda</translation>
        </message>
        <message>
            <source>Late entry</source>
            <translation>Entrada tardía</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Nota del caso</translation>
        </message>
        <message>
            <source>Case note ({template})</source>
            <translation>Nota del caso ({template})</translation>
        </message>
        <message>
            <source>Done (was due {due})</source>
            <translation>Hecha (vencía el {due})</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Due {due}</source>
            <translation>Vence el {due}</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Sin fecha límite</translation>
        </message>
        <message>
            <source>{case}: {stage_from} → {stage_to}</source>
            <translation>{case}: {stage_from} → {stage_to}</translation>
        </message>
        <message>
            <source>{case}: {stage_to}</source>
            <translation>{case}: {stage_to}</translation>
        </message>
        <message>
            <source>{reason} · by {who}</source>
            <translation>{reason} · por {who}</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>por {who}</translation>
        </message>
        <message>
            <source>{scope}, no end date</source>
            <translation>{scope}, sin fecha de fin</translation>
        </message>
        <message>
            <source>{scope}, until {until}</source>
            <translation>{scope}, hasta el {until}</translation>
        </message>
        <message>
            <source>{kind}: {flags}</source>
            <translation>{kind}: {flags}</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Traspaso</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>Stage changes</source>
            <translation>Cambios de etapa</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Traspasos</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentimientos</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Derivaciones</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Show on the timeline</source>
            <translation>Mostrar en la cronología</translation>
        </message>
        <message>
            <source>Show every kind of entry, or only one kind</source>
            <translation>Mostrar todos los tipos de entrada o solo uno</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Number of timeline entries</source>
            <translation>Número de entradas de la cronología</translation>
        </message>
        <message>
            <source>Timeline, newest first</source>
            <translation>Cronología, lo más reciente primero</translation>
        </message>
        <message>
            <source>When and what</source>
            <translation>Cuándo y qué</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>Arrow keys move between entries; Enter on a note opens it.</source>
            <translation>Las flechas se mueven entre las entradas; Intro en una nota la abre.</translation>
        </message>
        <message>
            <source>Problem reading the timeline</source>
            <translation>Problema al leer la cronología</translation>
        </message>
        <message>
            <source>Nothing recorded for this client yet.</source>
            <translation>Todavía no hay nada registrado para este cliente.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s), newest first</source>
            <translation>
                <numerusform>%n entrada, la más reciente primero</numerusform>
                <numerusform>%n entradas, la más reciente primero</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>(not about a client)</source>
            <translation>(no es sobre un cliente)</translation>
        </message>
        <message>
            <source>Do not call</source>
            <translation>No llamar</translation>
        </message>
        <message>
            <source>Follow-up: {title}</source>
            <translation>Seguimiento: {title}</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Vence hoy</translation>
        </message>
        <message>
            <source>{day} ({late})</source>
            <translation>{day} ({late})</translation>
        </message>
        <message>
            <source>Overdue since {day}</source>
            <translation>Vencida desde {day}</translation>
        </message>
        <message>
            <source>Due {day}</source>
            <translation>Vence {day}</translation>
        </message>
        <message>
            <source>Re-assessment of case {case}</source>
            <translation>Reevaluación del caso {case}</translation>
        </message>
        <message>
            <source>Expires {day} (today)</source>
            <translation>Vence {day} (hoy)</translation>
        </message>
        <message>
            <source>{consent}: renew it with the client</source>
            <translation>{consent}: renuévelo con el cliente</translation>
        </message>
        <message>
            <source>No consent to services: take it at the next visit</source>
            <translation>Sin consentimiento para los servicios: obténgalo en la próxima visita</translation>
        </message>
        <message>
            <source>Shared without consent by a colleague (%1): review it</source>
            <translation>Compartido sin consentimiento por un colega (%1): revíselo</translation>
        </message>
        <message>
            <source>Follow-up was due {day}</source>
            <translation>El seguimiento vencía {day}</translation>
        </message>
        <message>
            <source>Follow up {day}</source>
            <translation>Seguimiento {day}</translation>
        </message>
        <message>
            <source>Referral ({status}): {service}, {organisation}</source>
            <translation>Derivación ({status}): {service}, {organisation}</translation>
        </message>
        <message>
            <source>Visits today</source>
            <translation>Visitas de hoy</translation>
        </message>
        <message>
            <source>No visits booked today.</source>
            <translation>No hay visitas programadas hoy.</translation>
        </message>
        <message>
            <source>Tasks due today</source>
            <translation>Tareas que vencen hoy</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Nada vence hoy.</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Tareas vencidas</translation>
        </message>
        <message>
            <source>No overdue tasks.</source>
            <translation>No hay tareas vencidas.</translation>
        </message>
        <message>
            <source>Re-assessments due</source>
            <translation>Reevaluaciones pendientes</translation>
        </message>
        <message>
            <source>No re-assessments due this week.</source>
            <translation>No hay reevaluaciones pendientes esta semana.</translation>
        </message>
        <message>
            <source>Consents expiring within 30 days</source>
            <translation>Consentimientos que vencen en 30 días</translation>
        </message>
        <message>
            <source>No consents expire in the next 30 days.</source>
            <translation>Ningún consentimiento vence en los próximos 30 días.</translation>
        </message>
        <message>
            <source>Without consent to services</source>
            <translation>Sin consentimiento para los servicios</translation>
        </message>
        <message>
            <source>Every open case has a consent to services.</source>
            <translation>Todos los casos abiertos tienen consentimiento para los servicios.</translation>
        </message>
        <message>
            <source>Shared without consent (for review)</source>
            <translation>Compartido sin consentimiento (para revisar)</translation>
        </message>
        <message>
            <source>Nothing shared without consent recently.</source>
            <translation>Nada se ha compartido sin consentimiento recientemente.</translation>
        </message>
        <message>
            <source>Referral follow-ups</source>
            <translation>Seguimientos de derivaciones</translation>
        </message>
        <message>
            <source>No referral follow-ups due.</source>
            <translation>No hay seguimientos de derivaciones pendientes.</translation>
        </message>
        <message>
            <source>{section} ({count})</source>
            <translation>{section} ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visita</numerusform>
                <numerusform>%n visitas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due today</source>
            <translation>
                <numerusform>%n vence hoy</numerusform>
                <numerusform>%n vencen hoy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencida</numerusform>
                <numerusform>%n vencidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n re-assessment(s)</source>
            <translation>
                <numerusform>%n reevaluación</numerusform>
                <numerusform>%n reevaluaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent(s) ending</source>
            <translation>
                <numerusform>%n consentimiento por vencer</numerusform>
                <numerusform>%n consentimientos por vencer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without consent</source>
            <translation>
                <numerusform>%n sin consentimiento</numerusform>
                <numerusform>%n sin consentimiento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral follow-up(s)</source>
            <translation>
                <numerusform>%n seguimiento de derivación</numerusform>
                <numerusform>%n seguimientos de derivaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared without consent</source>
            <translation>
                <numerusform>%n compartido sin consentimiento</numerusform>
                <numerusform>%n compartidos sin consentimiento</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPane</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Today's date</source>
            <translation>Fecha de hoy</translation>
        </message>
        <message>
            <source>Summary of today</source>
            <translation>Resumen de hoy</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Re&amp;cargar</translation>
        </message>
        <message>
            <source>Reload today's list</source>
            <translation>Recargar la lista de hoy</translation>
        </message>
        <message>
            <source>Read today's list again</source>
            <translation>Volver a leer la lista de hoy</translation>
        </message>
        <message>
            <source>Today's work</source>
            <translation>Trabajo de hoy</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Arrow keys move between lines; Enter opens the client's record.</source>
            <translation>Las flechas se mueven entre las líneas; Intro abre el expediente del cliente.</translation>
        </message>
        <message>
            <source>Problem reading today's list</source>
            <translation>Problema al leer la lista de hoy</translation>
        </message>
        <message>
            <source>Arrow keys to move, Enter to open the client.</source>
            <translation>Flechas para moverse, Intro para abrir el cliente.</translation>
        </message>
        <message>
            <source>How to use this list</source>
            <translation>Cómo usar esta lista</translation>
        </message>
        <message>
            <source>Today, {day}</source>
            <translation>Hoy, {day}</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>The case and this client move to the worker you choose. Write what they need to know to carry on: open tasks, risks, what the client prefers.</source>
            <translation>El caso y esta persona pasan al profesional que usted elija. Escriba lo que necesita saber para continuar: tareas pendientes, riesgos, preferencias de la persona.</translation>
        </message>
        <message>
            <source>Transfer case</source>
            <translation>Transferir el caso</translation>
        </message>
        <message>
            <source>Trans&amp;fer</source>
            <translation>Trans&amp;ferir</translation>
        </message>
        <message>
            <source>The colleague who takes the case on</source>
            <translation>El compañero o la compañera que asume el caso</translation>
        </message>
        <message>
            <source>Worker to take over the case</source>
            <translation>Profesional que asume el caso</translation>
        </message>
        <message>
            <source>{name} (supervisor)</source>
            <translation>{name} (supervisión)</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Para:</translation>
        </message>
        <message>
            <source>Reason for the transfer</source>
            <translation>Motivo de la transferencia</translation>
        </message>
        <message>
            <source>e.g. caseload rebalancing; leave</source>
            <translation>p. ej., reparto de la carga de casos; permiso</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Why the case changes hands</source>
            <translation>Por qué el caso cambia de profesional</translation>
        </message>
        <message>
            <source>Handover note</source>
            <translation>Nota de traspaso</translation>
        </message>
        <message>
            <source>What the next worker needs to know</source>
            <translation>Lo que necesita saber el siguiente profesional</translation>
        </message>
        <message>
            <source>&amp;Handover note:</source>
            <translation>Nota de &amp;traspaso:</translation>
        </message>
        <message>
            <source>Open tasks, risks and what the client prefers</source>
            <translation>Tareas pendientes, riesgos y preferencias de la persona</translation>
        </message>
        <message>
            <source>Hand the case to the chosen worker</source>
            <translation>Pasar el caso al profesional elegido</translation>
        </message>
        <message>
            <source>A transfer needs the other worker on this device, and only you are known here. Sync with the office so your colleagues' profiles are copied to this laptop, then try again, or ask your supervisor to reassign the case from the office.</source>
            <translation>Para transferir hace falta que el otro profesional esté en este dispositivo, y aquí solo le conocemos a usted. Sincronice con la oficina para copiar los perfiles de sus compañeros en este portátil y vuelva a intentarlo, o pida a su supervisor que reasigne el caso desde la oficina.</translation>
        </message>
        <message>
            <source>Why a transfer is not possible</source>
            <translation>Por qué no es posible transferir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>UnfinishedNotes</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Begins with</source>
            <translation>Empieza por</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Unfinished notes</source>
            <translation>Notas sin terminar</translation>
        </message>
        <message>
            <source>Unfinished notes list</source>
            <translation>Lista de notas sin terminar</translation>
        </message>
        <message>
            <source>Your drafts not signed yet. Enter resumes the selected one.</source>
            <translation>Sus borradores aún sin firmar. Intro retoma el seleccionado.</translation>
        </message>
        <message>
            <source>No unfinished notes.</source>
            <translation>No hay notas sin terminar.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Retomar</translation>
        </message>
        <message>
            <source>Resume the selected note</source>
            <translation>Retomar la nota seleccionada</translation>
        </message>
        <message>
            <source>Open the selected draft to go on writing it (Enter)</source>
            <translation>Abrir el borrador seleccionado para seguir escribiéndolo (Intro)</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Type your passphrase, then press Enter</source>
            <translation>Escriba su frase de contraseña y pulse Intro</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Open your caseload (Enter)</source>
            <translation>Abrir sus casos (Intro)</translation>
        </message>
        <message>
            <source>&amp;Forgot your passphrase?</source>
            <translation>¿&amp;Olvidó su frase de contraseña?</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>¿Olvidó su frase de contraseña?</translation>
        </message>
        <message>
            <source>What to do when you cannot remember your passphrase</source>
            <translation>Qué hacer si no recuerda su frase de contraseña</translation>
        </message>
        <message>
            <source>Why Caseload is locked</source>
            <translation>Por qué Caseload está bloqueado</translation>
        </message>
        <message>
            <source>This vault is protected by your passphrase only (no system keyring). Ask IT to set up the keyring for stronger protection.</source>
            <translation>Esta bóveda está protegida solo por su frase de contraseña (sin llavero del sistema). Pida al servicio informático que configure el llavero para una protección más fuerte.</translation>
        </message>
        <message>
            <source>Passphrase-only warning</source>
            <translation>Aviso de protección solo con frase de contraseña</translation>
        </message>
        <message>
            <source>Unlock problem</source>
            <translation>Problema al desbloquear</translation>
        </message>
        <message>
            <source>Time until you can try again</source>
            <translation>Tiempo hasta que pueda volver a intentarlo</translation>
        </message>
        <message>
            <source>Forgotten your passphrase? Nobody can look it up or reset it, not IT and not your supervisor. Ask your office: they can restore access with the office recovery key, then you choose a new passphrase. Your notes stay encrypted on this laptop meanwhile.</source>
            <translation>¿Ha olvidado su frase de contraseña? Nadie puede consultarla ni restablecerla, ni el servicio informático ni su supervisor. Pida ayuda a su oficina: puede devolverle el acceso con la clave de recuperación de la oficina y luego usted elige una frase nueva. Mientras tanto, sus notas siguen cifradas en este portátil.</translation>
        </message>
        <message>
            <source>Forgotten passphrase</source>
            <translation>Frase de contraseña olvidada</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Desbloqueando</translation>
        </message>
        <message>
            <source>Caseload is locked</source>
            <translation>Caseload está bloqueado</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your caseload.</source>
            <translation>Escriba su frase de contraseña para abrir sus casos.</translation>
        </message>
        <message>
            <source>Wrong passphrase. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Frase de contraseña incorrecta. Compruebe la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Only your office can open this vault now.</source>
            <translation>Ahora solo su oficina puede abrir esta bóveda.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n second.</source>
            <translation>
                <numerusform>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo dentro de %n segundo.</numerusform>
                <numerusform>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n seconds.</source>
            <translation>
                <numerusform>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo dentro de %n segundo.</numerusform>
                <numerusform>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo dentro de %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Guía de uso</translation>
        </message>
        <message>
            <source>User guide text</source>
            <translation>Texto de la guía de uso</translation>
        </message>
        <message>
            <source>Arrow keys and Page Up/Down scroll; Tab moves to the Close button</source>
            <translation>Las flechas y Re Pág/Av Pág desplazan el texto; Tab va al botón Cerrar</translation>
        </message>
        <message>
            <source>The user guide is not installed with this copy.</source>
            <translation>La guía de uso no está instalada en esta copia.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the user guide</source>
            <translation>Cerrar la guía de uso</translation>
        </message>
    </context>
    <context>
        <name>UserMessage</name>
        <message>
            <source>That record is no longer there.</source>
            <translation>Ese registro ya no existe.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Nothing was changed; try again.</source>
            <translation>Algo salió mal ({kind}). No se cambió nada; vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>{doing} stopped unexpectedly ({kind}). Nothing was lost; try again.</source>
            <translation>{doing}: se detuvo de forma inesperada ({kind}). No se perdió nada; vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>{doing} failed: {reason}</source>
            <translation>{doing}: no se pudo completar: {reason}</translation>
        </message>
    </context>
    <context>
        <name>VaultAccess</name>
        <message>
            <source>another worker</source>
            <translation>otro profesional</translation>
        </message>
    </context>
    <context>
        <name>VaultOpening</name>
        <message>
            <source>Opening the vault</source>
            <translation>Abrir la bóveda</translation>
        </message>
        <message>
            <source>Creating the vault</source>
            <translation>Crear la bóveda</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Schedule a visit</source>
            <translation>Programar una visita</translation>
        </message>
        <message>
            <source>Book a visit or call with this client. It shows in Today on the day.</source>
            <translation>Programe una visita o llamada con esta persona. Aparecerá en Hoy ese día.</translation>
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation>&amp;Programar</translation>
        </message>
        <message>
            <source>The client's safe times and contact rules</source>
            <translation>Horarios seguros y normas de contacto de la persona</translation>
        </message>
        <message>
            <source>Save the visit (you are warned first if it is not safe)</source>
            <translation>Guardar la visita (se le avisará antes si no es segura)</translation>
        </message>
        <message>
            <source>Home visit, phone call, office or video</source>
            <translation>Visita a domicilio, llamada, oficina o vídeo</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Tipo de contacto</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>When the visit starts, local time</source>
            <translation>Cuándo empieza la visita, hora local</translation>
        </message>
        <message>
            <source>Date and time (local)</source>
            <translation>Fecha y hora (local)</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <source>How long the visit lasts, in minutes</source>
            <translation>Cuánto dura la visita, en minutos</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duración en minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Duración:</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>e.g. Client's home</source>
            <translation>p. ej., Domicilio de la persona</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalidad</translation>
        </message>
        <message>
            <source>e.g. Monthly review</source>
            <translation>p. ej., Revisión mensual</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Finalidad:</translation>
        </message>
        <message>
            <source>Safe times: {times}</source>
            <translation>Horarios seguros: {times}</translation>
        </message>
        <message>
            <source>Contact rules: {rules}</source>
            <translation>Normas de contacto: {rules}</translation>
        </message>
        <message>
            <source>This case was closed on {day}.</source>
            <translation>Este caso se cerró el {day}.</translation>
        </message>
        <message>
            <source>This client has asked not to be phoned.</source>
            <translation>Esta persona ha pedido que no se le llame por teléfono.</translation>
        </message>
        <message>
            <source>This client has said no to home visits.</source>
            <translation>Esta persona ha dicho que no quiere visitas a domicilio.</translation>
        </message>
        <message>
            <source>{day}, {times}</source>
            <translation>{day}, {times}</translation>
        </message>
        <message>
            <source>This client's safe times are “{times}”; the visit is {when}.</source>
            <translation>Los horarios seguros de esta persona son «{times}»; la visita es {when}.</translation>
        </message>
        <message>
            <source>Schedule it anyway?</source>
            <translation>¿Programarla de todos modos?</translation>
        </message>
        <message>
            <source>Check before scheduling</source>
            <translation>Compruebe antes de programar</translation>
        </message>
        <message>
            <source>Schedule &amp;anyway</source>
            <translation>Programar de &amp;todos modos</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Volver</translation>
        </message>
        <message>
            <source>Save the visit as it is</source>
            <translation>Guardar la visita tal como está</translation>
        </message>
        <message>
            <source>Return to the form; nothing is saved</source>
            <translation>Volver al formulario; no se guarda nada</translation>
        </message>
    </context>
    <context>
        <name>Visits</name>
        <message>
            <source>Home visit</source>
            <translation>Visita a domicilio</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Llamada telefónica</translation>
        </message>
        <message>
            <source>Office meeting</source>
            <translation>Cita en la oficina</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videollamada</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programada</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No se presentó</translation>
        </message>
        <message>
            <source>{kind}, {when}</source>
            <translation>{kind}, {when}</translation>
        </message>
        <message>
            <source>Mark this visit as done. What happened, what was agreed and what comes next go in the case note: start it now while you remember.</source>
            <translation>Marque esta visita como realizada. Lo que pasó, lo que se acordó y los próximos pasos van en la nota del caso: empiécela ahora que lo recuerda.</translation>
        </message>
        <message>
            <source>Complete visit</source>
            <translation>Completar la visita</translation>
        </message>
        <message>
            <source>&amp;Complete</source>
            <translation>&amp;Completar</translation>
        </message>
        <message>
            <source>Visit:</source>
            <translation>Visita:</translation>
        </message>
        <message>
            <source>The visit</source>
            <translation>La visita</translation>
        </message>
        <message>
            <source>&amp;Write the note now</source>
            <translation>&amp;Escribir la nota ahora</translation>
        </message>
        <message>
            <source>Write the note now</source>
            <translation>Escribir la nota ahora</translation>
        </message>
        <message>
            <source>Open the note editor for this visit after saving</source>
            <translation>Abrir el editor de notas para esta visita después de guardar</translation>
        </message>
        <message>
            <source>Mark the visit as done</source>
            <translation>Marcar la visita como realizada</translation>
        </message>
        <message>
            <source>Say what happened to this visit and why. The reason is kept with the visit; book a new one if it is still needed.</source>
            <translation>Indique qué pasó con esta visita y por qué. El motivo se guarda con la visita; programe otra si todavía hace falta.</translation>
        </message>
        <message>
            <source>Visit not held</source>
            <translation>Visita no realizada</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>C&amp;ancelled before it took place</source>
            <translation>C&amp;ancelada antes de realizarse</translation>
        </message>
        <message>
            <source>&amp;No-show: the client was not there</source>
            <translation>&amp;No se presentó: la persona no estaba</translation>
        </message>
        <message>
            <source>What happened to the visit</source>
            <translation>Qué pasó con la visita</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>Qué pasó:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>e.g. client in hospital; nobody answered</source>
            <translation>p. ej., la persona está en el hospital; nadie contestó</translation>
        </message>
        <message>
            <source>Why the visit did not take place (required)</source>
            <translation>Por qué no se realizó la visita (obligatorio)</translation>
        </message>
        <message>
            <source>Save what happened</source>
            <translation>Guardar lo que pasó</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <source>Today and caseload</source>
            <translation>Hoy y casos</translation>
        </message>
        <message>
            <source>Today  (Ctrl+1)</source>
            <translation>Hoy  (Ctrl+1)</translation>
        </message>
        <message>
            <source>Caseload  (Ctrl+2)</source>
            <translation>Casos  (Ctrl+2)</translation>
        </message>
        <message>
            <source>Today or caseload</source>
            <translation>Hoy o casos</translation>
        </message>
        <message>
            <source>Switch between today's work and the caseload list (Ctrl+1, Ctrl+2)</source>
            <translation>Cambiar entre el trabajo de hoy y la lista de casos (Ctrl+1, Ctrl+2)</translation>
        </message>
        <message>
            <source>Today's visits, tasks and deadlines (Ctrl+1)</source>
            <translation>Visitas, tareas y plazos de hoy (Ctrl+1)</translation>
        </message>
        <message>
            <source>The caseload list (Ctrl+2)</source>
            <translation>La lista de casos (Ctrl+2)</translation>
        </message>
    </context>
    <context>
        <name>assessment</name>
        <message>
            <source>Screening</source>
            <translation>Cribado</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Re-assessment</source>
            <translation>Reevaluación</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <source>Consent to services</source>
            <translation>Consentimiento para los servicios</translation>
        </message>
        <message>
            <source>Release of information</source>
            <translation>Permiso para compartir información</translation>
        </message>
        <message>
            <source>Photo or recording</source>
            <translation>Fotos o grabaciones</translation>
        </message>
        <message>
            <source>Other consent</source>
            <translation>Otro consentimiento</translation>
        </message>
        <message>
            <source>Identity (name, date of birth)</source>
            <translation>Identidad (nombre, fecha de nacimiento)</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Datos de contacto</translation>
        </message>
        <message>
            <source>Case plan</source>
            <translation>Plan de trabajo</translation>
        </message>
        <message>
            <source>Case notes</source>
            <translation>Notas del caso</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>Physical health</source>
            <translation>Salud física</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Salud mental</translation>
        </message>
        <message>
            <source>Substance use</source>
            <translation>Consumo de alcohol y drogas</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Vivienda</translation>
        </message>
        <message>
            <source>Income and benefits</source>
            <translation>Ingresos y ayudas</translation>
        </message>
        <message>
            <source>Family and relationships</source>
            <translation>Familia y relaciones</translation>
        </message>
        <message>
            <source>Education and work</source>
            <translation>Estudios y trabajo</translation>
        </message>
        <message>
            <source>Legal matters</source>
            <translation>Asuntos legales</translation>
        </message>
        <message>
            <source>Signed on screen</source>
            <translation>Firmado en la pantalla</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <translation>Firmado en papel</translation>
        </message>
        <message>
            <source>Verbal, with a witness</source>
            <translation>De palabra, ante un testigo</translation>
        </message>
        <message>
            <source>The client</source>
            <translation>La persona atendida</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Tutor o tutora</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Madre o padre</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Representante legal</translation>
        </message>
        <message>
            <source>The client agreed</source>
            <translation>La persona atendida estuvo de acuerdo</translation>
        </message>
        <message>
            <source>The client objected</source>
            <translation>La persona atendida no estuvo de acuerdo</translation>
        </message>
        <message>
            <source>The client could not express a view</source>
            <translation>La persona atendida no pudo expresar su opinión</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En persona</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Por teléfono</translation>
        </message>
        <message>
            <source>In writing</source>
            <translation>Por escrito</translation>
        </message>
        <message>
            <source>Another way</source>
            <translation>De otra forma</translation>
        </message>
        <message>
            <source>Draft (not signed)</source>
            <translation>Borrador (sin firmar)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>Expiring soon</source>
            <translation>Vence pronto</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Renewed (superseded)</source>
            <translation>Renovado (sustituido)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <source>Someone who lives with the client. Say whether they know the client gets this service: if not, never mention it to them.</source>
            <translation>Alguien que vive con el cliente. Indique si sabe que el cliente recibe este servicio: si no lo sabe, no se lo mencione nunca.</translation>
        </message>
        <message>
            <source>Another professional, family member or contact. Record whether the client allows you to contact them.</source>
            <translation>Otro profesional, familiar o contacto. Indique si el cliente le permite contactar con esa persona.</translation>
        </message>
        <message>
            <source>Household member</source>
            <translation>Miembro del hogar</translation>
        </message>
        <message>
            <source>Add a household member</source>
            <translation>Añadir un miembro del hogar</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>Otro contacto</translation>
        </message>
        <message>
            <source>Add another contact</source>
            <translation>Añadir otro contacto</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Person's details</source>
            <translation>Datos de la persona</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Required: the person's name.</source>
            <translation>Obligatorio: el nombre de la persona.</translation>
        </message>
        <message>
            <source>&amp;Relationship</source>
            <translation>&amp;Relación</translation>
        </message>
        <message>
            <source>Relationship to the client</source>
            <translation>Relación con el cliente</translation>
        </message>
        <message>
            <source>e.g. son, sister, GP, landlord</source>
            <translation>p. ej., hijo, hermana, médico de cabecera, casero</translation>
        </message>
        <message>
            <source>Required: who they are to the client.</source>
            <translation>Obligatorio: qué relación tiene con el cliente.</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>for a professional</source>
            <translation>para un profesional</translation>
        </message>
        <message>
            <source>Optional: where a professional works.</source>
            <translation>Opcional: dónde trabaja el profesional.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Fecha de na&amp;cimiento</translation>
        </message>
        <message>
            <source>Tick to give the date of birth; leave it unticked if not known.</source>
            <translation>Marque la casilla para indicar la fecha de nacimiento; déjela sin marcar si no se conoce.</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>Optional: a number, at least three digits.</source>
            <translation>Opcional: un número de al menos tres dígitos.</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>Correo &amp;electrónico</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Dirección de correo electrónico</translation>
        </message>
        <message>
            <source>Optional: such as name@example.org.</source>
            <translation>Opcional: por ejemplo, nombre@ejemplo.org.</translation>
        </message>
        <message>
            <source>&amp;Knows the client gets this service</source>
            <translation>&amp;Sabe que el cliente recibe este servicio</translation>
        </message>
        <message>
            <source>Knows about the service</source>
            <translation>Conoce el servicio</translation>
        </message>
        <message>
            <source>Leave unticked if they must never hear about the service.</source>
            <translation>Déjela sin marcar si nunca debe saber nada del servicio.</translation>
        </message>
        <message>
            <source>The client allows us to &amp;contact them</source>
            <translation>El cliente nos permite &amp;contactar con esta persona</translation>
        </message>
        <message>
            <source>May contact them</source>
            <translation>Se puede contactar</translation>
        </message>
        <message>
            <source>Tick only if the client has said yes.</source>
            <translation>Márquela solo si el cliente ha dicho que sí.</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Optional: anything else worth knowing.</source>
            <translation>Opcional: cualquier otra cosa que convenga saber.</translation>
        </message>
        <message>
            <source>Record a screening</source>
            <translation>Registrar una evaluación inicial</translation>
        </message>
        <message>
            <source>Check the programme's criteria with the client and record the decision with its reason. It is kept with the client's case at intake.</source>
            <translation>Revise con el cliente los criterios del programa y registre la decisión con su motivo. Se guarda con el caso del cliente en admisión.</translation>
        </message>
        <message>
            <source>&amp;Record screening</source>
            <translation>&amp;Registrar evaluación</translation>
        </message>
        <message>
            <source>&amp;Programme</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <source>Required: choose the programme from the list or type its name.</source>
            <translation>Obligatorio: elija el programa de la lista o escriba su nombre.</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Evaluación inicial</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>The programme's name</source>
            <translation>Nombre del programa</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>Screening date</source>
            <translation>Fecha de la evaluación</translation>
        </message>
        <message>
            <source>&amp;Criteria checked</source>
            <translation>&amp;Criterios revisados</translation>
        </message>
        <message>
            <source>Criteria checked</source>
            <translation>Criterios revisados</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Uno por línea</translation>
        </message>
        <message>
            <source>Optional: the criteria checked, one per line.</source>
            <translation>Opcional: los criterios revisados, uno por línea.</translation>
        </message>
        <message>
            <source>The client &amp;meets the criteria</source>
            <translation>El cliente cu&amp;mple los criterios</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Cumple los criterios</translation>
        </message>
        <message>
            <source>Tick when every criterion is met.</source>
            <translation>Marque la casilla si se cumplen todos los criterios.</translation>
        </message>
        <message>
            <source>D&amp;ecision</source>
            <translation>D&amp;ecisión</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>What was decided about eligibility.</source>
            <translation>Qué se decidió sobre la elegibilidad.</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>Moti&amp;vo</translation>
        </message>
        <message>
            <source>Reason for the decision</source>
            <translation>Motivo de la decisión</translation>
        </message>
        <message>
            <source>Required: why, in plain words.</source>
            <translation>Obligatorio: por qué, con palabras sencillas.</translation>
        </message>
        <message>
            <source>&amp;Open a case in this programme now</source>
            <translation>&amp;Abrir ahora un caso en este programa</translation>
        </message>
        <message>
            <source>Open a case now</source>
            <translation>Abrir un caso ahora</translation>
        </message>
        <message>
            <source>Only for an eligible client with no case in this programme yet.</source>
            <translation>Solo para un cliente elegible que aún no tenga caso en este programa.</translation>
        </message>
        <message>
            <source>The client has an open case in it already.</source>
            <translation>El cliente ya tiene un caso abierto en él.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No: do not call</source>
            <translation>No: no llamar</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Aún no se ha preguntado</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Tutor</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Padre o madre</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Representante legal</translation>
        </message>
        <message>
            <source>Power of attorney</source>
            <translation>Apoderado</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Elegible</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>No elegible</translation>
        </message>
        <message>
            <source>Referred elsewhere</source>
            <translation>Derivado a otro servicio</translation>
        </message>
        <message>
            <source>Pending (more information needed)</source>
            <translation>Pendiente (se necesita más información)</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>mismo número de teléfono</translation>
        </message>
        <message>
            <source>name sounds alike</source>
            <translation>el nombre suena parecido</translation>
        </message>
        <message>
            <source>name spelled nearly alike</source>
            <translation>el nombre se escribe casi igual</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>misma fecha de nacimiento</translation>
        </message>
        <message>
            <source>American Sign Language</source>
            <translation>Lengua de signos americana</translation>
        </message>
    </context>
    <context>
        <name>referrals</name>
        <message>
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Service started</source>
            <translation>Servicio iniciado</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Ordinaria</translation>
        </message>
        <message>
            <source>Soon (within a week)</source>
            <translation>Pronto (en una semana)</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
    </context>
    <context>
        <name>render</name>
        <message>
            <source>Do not call this client.</source>
            <translation>No llame a este cliente.</translation>
        </message>
        <message>
            <source>Do not leave messages.</source>
            <translation>No deje mensajes.</translation>
        </message>
        <message>
            <source>Do not visit at home.</source>
            <translation>No lo visite en casa.</translation>
        </message>
        <message>
            <source>Do not send mail.</source>
            <translation>No envíe correo postal.</translation>
        </message>
        <message>
            <source>Contact: {rules}</source>
            <translation>Contacto: {rules}</translation>
        </message>
        <message>
            <source>Safe times: {times}</source>
            <translation>Horarios seguros: {times}</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Nada registrado.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Cultural</source>
            <translation>Aspectos culturales</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>{case}, opened {opened}</source>
            <translation>{case}, abierto el {opened}</translation>
        </message>
        <message>
            <source>{case}, opened {opened}, closed {closed}</source>
            <translation>{case}, abierto el {opened}, cerrado el {closed}</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>{task} (done)</source>
            <translation>{task} (hecha)</translation>
        </message>
        <message>
            <source>{task} (OVERDUE)</source>
            <translation>{task} (VENCIDA)</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>ADDENDUM</source>
            <translation>ADENDA</translation>
        </message>
        <message>
            <source>LATE ENTRY</source>
            <translation>ENTRADA TARDÍA</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Recent notes</source>
            <translation>Notas recientes</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Todavía no hay notas.</translation>
        </message>
        <message>
            <source>knows about services</source>
            <translation>sabe de los servicios</translation>
        </message>
        <message>
            <source>not aware of services: do not discuss</source>
            <translation>no sabe de los servicios: no lo mencione</translation>
        </message>
        <message>
            <source>Household and contacts</source>
            <translation>Hogar y contactos</translation>
        </message>
    </context>
</TS>
