import type { CalendarDate } from "../domain/calendar-date";
import { formatPreciseDate } from "../domain/date-precision";
import type { EnumColumn } from "../domain/import-words";
import type { CommitmentStatus } from "../generated/prisma/enums";
import { DEADLINE_WINDOWS, SORTS } from "../validation/commitment-filters";
import { STATUS_VALUES } from "../validation/progress-update";
import type { Catalogue } from "./en";

/** An import's enumerated columns: said empty (with the adjective's gender) and named before an unknown value. */
const ENUM_COLUMNS: Record<EnumColumn, { empty: string; name: string }> = {
  type: { empty: "El tipo está vacío", name: "El tipo" },
  status: { empty: "El estado está vacío", name: "El estado" },
  "deadline kind": { empty: "El tipo de plazo está vacío", name: "El tipo de plazo" },
  precision: { empty: "La precisión está vacía", name: "La precisión" },
};
const spanishList = (values: readonly string[]) => `${values.slice(0, -1).join(", ")} o ${values.at(-1)}`;
const spanishDay = (date: CalendarDate) => formatPreciseDate({ date, precision: "DAY" }, "es");

/**
 * The catalogue in Spanish, as a reader in Latin America writes it. Its type is the English catalogue's shape, so a
 * key missing here fails the type check; tests/unit/messages-es.test.ts fails on a text left in English. The terms
 * (compromiso, plazo, meta, avance, estado, país, pilar...) are those of docs/glossary-es.md.
 */
export const es: Catalogue = {
  form: {
    needsAttention: "Hay campos que revisar; no se guardó nada.",
    nul: "Este texto contiene un carácter NUL (suele venir de copiar desde un PDF o un archivo binario), que no se puede " +
      "guardar. Quítelo y vuelva a guardar.",
    databaseDown: "No se pudo guardar: no hubo conexión con la base de datos. Lo que escribió se conserva; inténtelo de nuevo.",
    unexpected: "Algo salió mal; no se guardó nada. Lo que escribió se conserva.",
    sessionEnded: "Su sesión terminó. Vuelva a iniciar sesión; lo que escribió se conserva abajo.",
    roleRefused: "Su rol no le permite hacer este cambio.",
  },
  commitment: {
    outsideScope: "Este compromiso está fuera de su ámbito: puede leerlo, pero no modificarlo.",
    goneOrArchived: "Este compromiso ya no existe o fue archivado.",
    gone: "Este compromiso ya no existe.",
    adminsOnly: "Solo los administradores crean, editan o archivan compromisos.",
    noParent: "Ningún compromiso tiene esa clave.",
    parentNested: "Los subcompromisos tienen un solo nivel: elija un compromiso de primer nivel.",
    hasChildren: "Este compromiso tiene subcompromisos propios, así que no puede convertirse en uno.",
    ownParent: "Un compromiso no puede ser su propio compromiso principal.",
    keyTaken: "Otro compromiso ya tiene esta clave; las claves no cambian nunca, así que elija otra.",
    nothingChanged: "No se cambió nada.",
    changedSinceOpened: "No se guardó: alguien modificó este compromiso después de que usted lo abrió. Recargue la " +
      "página para ver su cambio; antes copie su texto, que sigue en el formulario.",
  },
  progress: {
    saved: "Actualización guardada y añadida al historial.",
    deadlineNotHere: "Este plazo no pertenece al compromiso.",
    correctsNotHere: "Elija una entrada del historial de este compromiso.",
    targetNotHere: "Esta meta no pertenece al compromiso, o es un dato de la fuente que no admite avance.",
    noteLanguage: "Escrita en",
  },
  earlyDeadline: {
    endsBefore: (date: string, announced: string) => `${date} termina antes de que se anunciara el compromiso, el ` +
      `${announced}, así que aparecería vencido de inmediato. Revise el año; si la fecha es correcta, marque ` +
      "«Conservar las fechas anteriores al anuncio: son correctas» y vuelva a guardar.",
    confirm: (announced: string) => `Un plazo termina antes de que se anunciara el compromiso, el ${announced}.`,
  },
  content: {
    languageNames: { en: "Inglés (English)", es: "Español" },
    spanishTitle: "Título en español (opcional)",
    spanishDescription: "Descripción en español (opcional)",
    spanishHint: "Una traducción del texto en inglés de arriba, nunca de las palabras de la fuente, que se muestran tal " +
      "como se publicaron. Si se deja vacío, las páginas en español muestran el inglés, marcado como inglés.",
  },
  bulk: {
    updated: (count: number) => `${count} compromisos actualizados, cada uno con su propia entrada en el historial.`,
    share: (count: number, total: number, reason: string) => `${count} de ${total} ${reason}`,
    nothingChanged: (refusals: string) =>
      `No se cambió nada: ${refusals}. Desmárquelos o vuelva a cargar la lista, e inténtelo de nuevo.`,
    reasons: {
      invalid: "ya tenían ese estado o necesitaban evidencia",
      conflict: "fueron modificados por un colega después de que usted cargó la lista",
      forbidden: "están fuera de su ámbito",
      "not-found": "ya no existen o están archivados",
    },
  },
  reminders: {
    snoozed: (until: string) => `Aplazado hasta el ${until}; el historial del compromiso lo registra.`,
    quietDaysAdminOnly: "Solo un administrador cambia este ajuste.",
    quietDaysSaved: (days: number) =>
      `Ahora un compromiso figura como inactivo tras ${days} días sin actualizaciones.`,
  },
  users: {
    adminsOnly: "Solo un administrador gestiona las cuentas.",
    exists: (email: string) => `Ya existe un usuario con el correo ${email}.`,
    notYourself: "No puede cambiar su propio rol ni desactivarse; pídaselo a otro administrador.",
    added: (email: string, role: string, editor: boolean) => `Se agregó a ${email} como ${role}.` +
      (editor ? " No podrá editar nada hasta que le asigne un ámbito abajo." : "") +
      " Entréguele la contraseña en persona.",
    saved: (email: string, roleChanged: boolean) => `Se guardaron el rol y el ámbito de ${email}` +
      (roleChanged ? "; el nuevo rol cerró sus sesiones y anuló su dirección secreta de calendario" : "") + ".",
    disabled: (email: string, disabled: boolean) => `${email} quedó ${disabled ? "desactivado" : "activado"}.`,
    passwordReset: (email: string) =>
      `Se cambió la contraseña de ${email}; sus sesiones abiertas y su dirección secreta de calendario quedaron anuladas.`,
  },
  calendar: {
    newAddress: "Su calendario tiene una nueva dirección; la anterior ya no funciona.",
    publicName: (framework: string) => `${framework}: plazos`,
    publicDescription: (framework: string) =>
      `Cada plazo público de los compromisos de la ${framework}, en el día en que vence.`,
    personalName: "Pledgeboard: mis plazos",
    personalDescription: "Los plazos de los compromisos de su ámbito, cada uno en el día en que vence.",
  },
  importFile: {
    read: {
      tooLarge: (name: string, limit: string) => `«${name}» pesa más de ${limit}: impórtelo por partes.`,
      notCsv: (name: string) => `«${name}» no es un archivo CSV: en la hoja de cálculo, guárdelo como «CSV UTF-8 ` +
        "(delimitado por comas)» (.csv).",
      workbook: (name: string) => `«${name}» es un libro de hoja de cálculo, no un CSV: guárdelo como «CSV UTF-8 ` +
        "(delimitado por comas)».",
      binary: (name: string) => `«${name}» es un archivo binario, no texto CSV.`,
      notUtf8: (name: string, line: number) => `«${name}» no es texto UTF-8 (desde la línea ${line}): guárdelo como ` +
        "«CSV UTF-8» y no como «CSV (delimitado por comas)», para que letras como á y ñ se conserven.",
      tooManyRows: (name: string, cap: number, line: number) => {
        const rows = cap.toLocaleString("es");
        return `«${name}» tiene más de ${rows} filas: una importación admite como máximo ${rows} filas. Impórtelo por ` +
          `partes, por ejemplo un país a la vez. El archivo no se leyó más allá de la línea ${line}.`;
      },
      unreadable: (name: string, line: number | null, why: string) =>
        `«${name}» no se puede leer como CSV${line ? ` en la línea ${line}` : ""}: ${why}.`,
      quoteNotClosed: "una celda entre comillas nunca se cierra (falta una \")",
      openingQuote: "hay una \" dentro de una celda que no va entre comillas; ponga la celda entre comillas y duplique la \"",
      closingQuote: "una \" dentro de una celda entre comillas debe ir duplicada (\"\")",
      empty: (name: string) => `«${name}» está vacío.`,
      header: (name: string, problems: string[]) => `«${name}»: línea 1 (el encabezado): ${problems.join("; ")}.`,
      columnTwice: (column: string) => `la columna «${column}» aparece dos veces`,
      unknownColumn: (column: string) => `«${column}» no es una columna de la exportación`,
      missingColumn: (column: string) => `falta la columna obligatoria «${column}»`,
      noRows: (name: string) => `«${name}» tiene encabezado pero ninguna fila.`,
    },
    cells: {
      noKey: "Cada fila necesita la clave de su compromiso.",
      width: (cells: number, header: number) => `Esta fila tiene ${cells} celdas y el encabezado tiene ${header}: una ` +
        "celda que contiene una coma o un salto de línea debe ir entre comillas.",
      enumEmpty: (what: EnumColumn, values: readonly string[]) =>
        `${ENUM_COLUMNS[what].empty}: use ${spanishList(values)}.`,
      enumUnknown: (what: EnumColumn, text: string, values: readonly string[]) =>
        `${ENUM_COLUMNS[what].name} «${text}» no existe: use ${spanishList(values)}.`,
      countryCode: (text: string) => `«${text}» no es un código de país ISO 3166-1 alfa-2, como CR o PE.`,
      date: {
        notADay: (text: string) => `«${text}» no es un día del calendario.`,
        timeOfDay: (text: string) => `«${text}» tiene una hora, y un plazo es un día: escriba el día como AAAA-MM-DD.`,
        notADate: (text: string) => `«${text}» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2025-12-01.`,
        twoDigitYear: (text: string) =>
          `«${text}» tiene el año en dos cifras, que podría ser de cualquier siglo: escríbala como AAAA-MM-DD.`,
        ambiguous: (text: string, dayFirst: CalendarDate, monthFirst: CalendarDate) =>
          `«${text}» puede ser el ${spanishDay(dayFirst)} o el ${spanishDay(monthFirst)}: escríbala como AAAA-MM-DD ` +
          `(${dayFirst} o ${monthFirst}).`,
      },
    },
    plan: {
      keyTwice: (key: string, earlier: number) =>
        `La clave ${key} también está en la línea ${earlier}: cada compromiso puede aparecer una sola vez.`,
      versionEmpty: "La versión está vacía: conserve la versión de la exportación, que indica si alguien modificó el " +
        "compromiso desde entonces.",
      versionNewer: (file: number, database: number) => `La versión ${file} es más reciente que la de la base de datos ` +
        `(${database}): ¿se exportó este archivo de otra base de datos?`,
      unknownCountry: (code: string) => `Código de país desconocido: ${code}.`,
      leadNotListed: (code: string) => `El país a cargo ${code} también debe figurar en countries.`,
      noActor: "Indique el país a cargo o, en collective_actor, quiénes actúan en conjunto.",
      unknownPillar: (slug: string) => `Ningún pilar tiene el identificador ${slug}.`,
      pillarOfAnotherFramework: (slug: string, document: string) =>
        `El pilar ${slug} pertenece a un marco distinto del del documento ${document}.`,
      unknownDeclaration: (key: string) => `Ninguna declaración tiene la clave ${key}.`,
      statusReason: (from: CommitmentStatus, to: CommitmentStatus) => `El estado cambia de ${es.status[from].label} a ` +
        `${es.status[to].label}: indique el motivo en status_reason; el público lo ve en el historial público.`,
      evidence: (to: CommitmentStatus) => `${es.status[to].label} requiere respaldo: ponga los enlaces en evidence_urls ` +
        "(separados por ;) o escriba none para decir claramente que no hay.",
      newKey: (key: string, problem: string) =>
        `${key} no está en la base de datos y no puede ser la clave de un compromiso nuevo: ${problem}`,
      needs: (key: string, column: string) => `Un compromiso nuevo (${key}) necesita su ${column}.`,
      deadlineKeyMissing: "Indique la deadline_key del plazo al que pertenecen estas fechas.",
      deadlineDateEmpty: (deadlineKey: string) =>
        `La fecha del plazo ${deadlineKey} está vacía: una importación mueve plazos, pero no los elimina.`,
      precisionMissing: "Indique la precisión de la fecha: day, month, quarter, year o fiscal_year.",
      deadlineLabelMissing: (deadlineKey: string) =>
        `${deadlineKey} es un plazo nuevo de este compromiso: indique su deadline_label.`,
      ownParent: "Un compromiso no puede ser su propio compromiso principal.",
      noParent: (key: string) => `Ningún compromiso tiene la clave ${key}.`,
      parentNested: (key: string, grandparent: string) =>
        `Los subcompromisos tienen un solo nivel: ${key} ya forma parte de ${grandparent}.`,
      hasChildren: (key: string, children: string) =>
        `${key} tiene subcompromisos propios (${children}), así que no puede convertirse en uno.`,
      archived: (key: string) => `${key} está archivado: restáurelo en su página antes de importar cambios.`,
    },
    summary: {
      errors: (errors: number, total: number) => `${errors} de ${total} filas tienen errores: corríjalas en el archivo ` +
        "y vuelva a ver la vista previa. No se escribe nada mientras alguna fila tenga un error.",
      noChanges: (unchanged: number, conflicts: number) => `Sin cambios: ${unchanged} filas coinciden con la base de datos` +
        (conflicts > 0 ? `; ${conflicts} filas son más antiguas que la base de datos y no se aplicarán.` : "."),
      toAdd: (count: number) => `${count} por agregar`,
      toChange: (count: number) => `${count} por modificar`,
      leftAlone: (count: number) => `${count} sin cambios`,
      inConflict: (count: number) =>
        `${count} en conflicto (modificadas en la base de datos después de la exportación; no se aplican)`,
      changes: (parts: string) => `${parts}. No se escribe nada hasta que usted aplique los cambios.`,
    },
    notes: {
      semicolons: "Leído como separado por punto y coma (;), como guarda el CSV una hoja de cálculo configurada en un " +
        "idioma con coma decimal.",
      dates: (column: string, cells: number, form: string, line: number, text: string, date: CalendarDate) =>
        `${column}: ${cells === 1 ? "1 celda escrita" : `${cells} celdas escritas`} como ${form}, leídas como ese día ` +
        `(línea ${line}: «${text}» es ${date}).`,
      forms: { "YYYY-MM-DD": "AAAA-MM-DD", "YYYY/MM/DD": "AAAA/MM/DD", "timestamp at midnight": "fecha y hora de medianoche",
        "day/month/year": "día/mes/año", "month/day/year": "mes/día/año" },
      computed: (columns: string) => `No se leen, porque la exportación las calcula: ${columns}. Que una hoja de ` +
        "cálculo haya cambiado el formato de sus fechas o números no cambia nada.",
    },
  },
  import: {
    adminsOnly: "Solo un administrador puede importar compromisos.",
    hasErrors: "El archivo tiene errores: corríjalos y vuelva a ver la vista previa.",
    stale: "No se escribió nada: el archivo o la base de datos cambiaron desde la vista previa. Esta es la vista " +
      "previa con los datos actuales; revísela y vuelva a aplicar.",
    applied: (importId: string, created: number, changed: number, skipped: number) =>
      `Importación ${importId} aplicada: ${created} agregados, ${changed} modificados, cada uno con su entrada en el historial.` +
      (skipped > 0 ? ` No se aplicaron ${skipped} filas en conflicto.` : ""),
  },
  site: {
    skipToContent: "Ir al contenido",
    mainNavigation: "Principal",
    updates: "Actualizaciones",
    map: "Mapa",
    staff: "Personal",
    footer: "Cada compromiso enlaza con la oración de la fuente oficial de la que se transcribió.",
    otherLanguage: "English",
    languageNavigation: "Idioma",
    description: (framework: string) => `En qué estado están los compromisos de la ${framework}.`,
  },
  status: {
    NO_INFORMATION: { label: "Sin información",
      meaning: "Anunciado, sin nada dicho sobre su cumplimiento: la fuente no da base para otro estado." },
    NOT_STARTED: { label: "No iniciado",
      meaning: "Prometido para el futuro (algo «se hará», un país «se comprometió»), sin señales de que el trabajo haya empezado." },
    IN_PROGRESS: { label: "En curso", meaning: "El trabajo empezó y avanza según lo anunciado." },
    AT_RISK: { label: "En riesgo o retrasado",
      meaning: "Atrasado respecto a su plazo, estancado o ante un obstáculo que lo pone en duda." },
    PARTLY_COMPLETED: { label: "Cumplido en parte",
      meaning: "Se entregó una parte de lo prometido; el resto no, o todavía no." },
    COMPLETED: { label: "Cumplido", meaning: "Entregado según lo anunciado, con evidencia." },
    DISCONTINUED: { label: "Abandonado", meaning: "Ya no se persigue: retirado, cancelado o reemplazado." },
  },
  deadline: {
    none: "Sin plazo",
    closed: "cerrado",
    passed: "vencido",
    dueToday: "vence hoy",
    dueTomorrow: "vence mañana",
    inDays: (days: number) => `en ${days} días`,
    inMonths: (months: number) => `en ${months} meses`,
    inYears: (years: number) => `en ${years} años`,
    moved: (first: string, moves: number) =>
      `fijado primero para ${first}, cambiado ${moves === 1 ? "una vez" : moves === 2 ? "dos veces" : `${moves} veces`}`,
    titleDate: (first: string, now: string) =>
      `El título da la fecha tal como se anunció al principio, ${first}; desde entonces cambió a ${now}.`,
    inferred: "Deducido:",
    noDate: "La fuente no da ninguna fecha.",
    next: "Próximo plazo: ",
  },
  roles: { LEAD: "a cargo", PARTNER: "socio", HOST: "anfitrión" },
  commitmentPage: {
    notFound: "Compromiso no encontrado",
    frameworkWide: "(de todo el marco: sin un pilar único)",
    partOf: "parte de",
    since: (day: string) => `desde el ${day}`,
    source: "Fuente",
    readPassage: "Leer este pasaje en la fuente completa",
    published: (day: string) => [`, publicado el ${day}, sección «`, "»."],
    whoActs: "Quién actúa",
    deadlines: "Plazos",
    figures: "Cifras",
    subCommitments: "Subcompromisos",
    timeline: "Cronología",
    publicHistory: "Historial público",
    follow: "Seguir este compromiso (canal Atom)",
    groupNote: "Este registro reúne los subcompromisos de abajo y no asume nada por sí mismo, así que no se cuenta como " +
      "compromiso.",
    noGovernment: "Ningún gobierno nombrado",
    from: "desde el",
  },
  overview: {
    title: (shortName: string) => `Compromisos de la ${shortName}`,
    commitments: "Compromisos",
    matches: (count: number, page: number, pages: number) =>
      `${count} ${count === 1 ? "compromiso coincide" : "compromisos coinciden"}${pages > 1 ? `; página ${page} de ${pages}` : ""}.`,
    noMatch: "Ningún compromiso coincide con estos filtros.",
    page: (page: number, pages: number) => `Página ${page} de ${pages}`,
    counting: (total: number) =>
      `${total} registros en la lista: los grupos de subcompromisos se muestran, pero no se cuentan.`,
    downloadCsv: "Descargar estos compromisos en CSV",
    historyCsv: "su historial público en CSV",
    aboutData: "sobre los datos abiertos",
    judgedIn: (zone: string, today: string) => `Los plazos se calculan según la ${zone}; hoy es ${today}.`,
    byPart: "En qué estado están, por parte",
    byPillar: "Por pilar",
    byCountry: "Por país que actúa",
    latest: "Últimas actualizaciones públicas",
    allUpdates: "Todas las actualizaciones",
    overTime: "Cómo han cambiado los estados",
    overTimeText: "Cada compromiso público según su estado al final de cada mes.",
    seeMap: "Verlos en un mapa",
    groupRow: "grupo de los subcompromisos de abajo, no se cuenta",
  },
  history: {
    none: "Todavía no hay actualizaciones públicas.",
    corrects: "Corrige la entrada del",
    statusChanged: (from: string) => `El estado cambió de ${from} a `,
    statusRecorded: "Estado registrado: ",
    reached: "alcanzados",
    internal: "Las notas sobre este cambio son internas.",
    noEvidence: "No se dio ningún enlace de evidencia.",
    evidence: "Evidencia:",
    readWhole: "Leer la nota completa",
    sources: { SEED: "Hoja informativa", IMPORT: "Importación CSV", STAFF: "Personal" },
    deadlineChange: {
      set: (from: string, to: string) => `fijado para ${to}`,
      extended: (from: string, to: string) => `extendido de ${from} a ${to}`,
      broughtForward: (from: string, to: string) => `adelantado de ${from} a ${to}`,
      kept: (from: string, to: string) => `se mantiene en ${to}`,
      restated: (from: string, to: string) => `reformulado de ${from} como ${to}`,
    },
  },
  pagination: {
    pages: "Páginas",
    previous: "← Página anterior",
    next: "Página siguiente →",
    page: (page: number) => `Página ${page}`,
  },
  embed: {
    summary: "Insertar esto en su sitio",
    copy: "Copie este código en su página; la tarjeta se mantiene al día por sí sola.",
    code: "Código para copiar",
    preview: "Ver la tarjeta",
  },
  statusBar: { none: "ninguno" },
  feed: {
    all: (framework: string) => `Compromisos de la ${framework}: todas las actualizaciones públicas`,
    commitment: (title: string) => `Actualizaciones: ${title}`,
    country: (name: string) => `Actualizaciones: compromisos de ${name}`,
  },
  commitmentForm: {
    document: "Documento fuente (las palabras del compromiso deben estar en su texto)",
    continues: "Continúa un compromiso anterior",
    continuation: "Cómo lo continúa",
    continuesNone: "Ninguno",
    fromPassage: "Crear un compromiso a partir de este pasaje",
    chainHeading: "Cadena entre documentos",
    chainHint: "El compromiso anterior que este amplía, del que informa avances o al que reemplaza. Su página pública, su " +
      "canal y la API muestran la cadena.",
    saveChain: "Guardar el vínculo",
    saving: "Guardando…",
  },
  home: {
    chooseFramework: "Marcos",
    allFrameworks: "todos",
    everyFramework: "Compromisos de todos los marcos",
    commitmentCount: (count: number) => (count === 1 ? "1 compromiso" : `${count} compromisos`),
  },
  chain: {
    kinds: { EXTENDS: "amplía", REPORTS_PROGRESS_ON: "informa avances de", REPLACES: "reemplaza" },
    kindsFrom: { EXTENDS: "ampliado por", REPORTS_PROGRESS_ON: "con avances informados por", REPLACES: "reemplazado por" },
    heading: "A través de los documentos",
    continuesItself: "Un compromiso no puede continuarse a sí mismo: elija uno anterior.",
    loop: (title: string) => `Esto formaría un ciclo: “${title}” ya continúa este compromiso, directamente o a través de ` +
      "otros. Elija otro, o quite primero ese vínculo.",
    edited: (kind: string, key: string) => `Cadena editada por un administrador: ${kind} ${key}.`,
    unlinked: "Cadena editada por un administrador: no continúa ningún compromiso anterior.",
  },
  sources: {
    intro: ["El texto completo tal como se publicó. Cada pasaje que se convirtió en un compromiso, o que informa sobre uno, está ",
      "marcado", ", con un enlace al compromiso y su estado; lo que no está marcado no se convirtió en ningún compromiso."],
    accounted: (marked: number, total: number) => `${marked} de ${total} oraciones contabilizadas`,
    reportOn: "informe de avance sobre",
    quoteDiffers: (quoted: string, document: string, at: number) => document === ""
      ? `Estas palabras no están en el documento: no contiene nada como “${quoted}” (desde el carácter ${at + 1} de la cita).`
      : `No son las palabras del documento: en el carácter ${at + 1} la cita dice “${quoted}” donde el documento dice “${document}”.`,
    noText: "Este documento no tiene texto guardado, así que la cita no puede verificarse; pegue primero su texto.",
    documentKeyTaken: "Otro documento tiene esta clave; las claves no cambian nunca, elija otra.",
    registered: (title: string) => `Se registró “${title}”. Seleccione abajo un pasaje para crear un compromiso a partir de él.`,
    reportLinked: (title: string) => `El pasaje es ahora un informe de avance sobre “${title}”, en su historial público.`,
    reportNote: (title: string) => `Informado en ${title}.`,
    unknownDocument: "Elija un documento de la lista.",
    unknownFramework: "Elija el marco de la lista.",
    unknownCommitment: "Ningún compromiso tiene esa clave.",
    pillarOfAnotherFramework: "Este pilar pertenece a otro marco que el del documento; elija uno de los suyos.",
  },
  updatesPage: {
    title: "Todas las actualizaciones públicas",
    intro: "Cada entrada pública del historial de cada compromiso, de la más reciente a la más antigua. Puede seguirlas " +
      "en un lector de canales:",
    feed: "canal Atom",
    ignoredPage: (given: string) =>
      `Se ignoró la página «${given}»: las páginas se numeran desde 1. Se muestra la página 1.`,
    pageSize: (page: number, size: number) => `Página ${page}, ${size} actualizaciones por página.`,
  },
  countryPage: {
    notFound: "País no encontrado",
    title: (name: string) => `${name}: compromisos`,
    description: (name: string) => `En qué estado están los compromisos en los que actúa ${name}, plazo por plazo.`,
    intro: (name: string) => `Compromisos en los que ${name} actúa, a cargo o como socio.`,
    follow: "Seguirlos (canal Atom)",
  },
  pillarPage: { notFound: "Pilar no encontrado" },
  frameworkGroup: {
    name: "Marco e instituciones",
    description: "Compromisos sobre la declaración en su conjunto: cómo sus gobiernos se reúnen, la conducen y le dan " +
      "seguimiento, fuera de un pilar en particular.",
  },
  sourcePage: {
    notFound: "Fuente no encontrada",
    published: (day: string) => `publicado el ${day}`,
    original: "el original",
    unmatched: "Compromisos cuyas palabras no aparecen en este texto",
    fullText: "Texto completo",
  },
  publicChain: {
    continues: (kind: string) => `Este compromiso ${kind}`,
    continuedBy: (kind: string) => `Fue ${kind}`,
  },
  exportPage: {
    title: "Datos abiertos: archivos CSV",
    format: ["Cada compromiso público y cada entrada pública del historial, en CSV (RFC 4180, UTF-8 con marca de orden " +
      "de bytes, separado por comas, fin de línea CRLF). Estas direcciones son permanentes y aceptan los mismos filtros " +
      "que las páginas públicas, por ejemplo ",
    ". Las fechas van en ISO 8601 (un plazo es el primer día de su período, con su precisión al lado: 2025-12-01 y " +
      "month equivale a «diciembre de 2025»); las horas, en UTC; varios países en una celda son códigos ISO unidos por ",
      ", primero el país a cargo."],
    formulas: "Una celda de texto que empezaría con =, +, -, @, una tabulación o un retorno de carro se escribe con un " +
      "apóstrofo delante (y uno más antes de un texto que ya empieza con apóstrofos seguidos de uno de esos caracteres), " +
      "para que ninguna hoja de cálculo la ejecute como fórmula. Para recuperar el texto exacto, quite ese apóstrofo; la " +
      "importación del personal lo hace.",
    english: "Los archivos son los mismos en cada idioma: los nombres de sus columnas y sus códigos están en inglés, para " +
      "que los programas los lean igual; las tablas de abajo dicen qué contiene cada columna.",
    commitmentsFile: ": una fila por compromiso",
    updatesFile: [": una fila por entrada pública del historial, en el orden de ", " (ordene por ",
      " para verlas en orden cronológico)"],
    commitmentColumns: "Columnas de commitments.csv",
    updateColumns: "Columnas de updates.csv",
    column: "Columna",
    type: "Tipo",
    meaning: "Significado",
    staffOnly: " (solo en los archivos del personal)",
  },
  dataDictionary: {
    commitments: {
      key: { type: "texto", meaning: "Clave estable del compromiso; nunca cambia; su página es /commitments/<clave>" },
      version: { type: "entero", meaning: "Versión de la fila; sube con cada cambio" },
      parent_key: { type: "texto",
        meaning: "Clave del compromiso del que este forma parte; vacía para uno de primer nivel" },
      declaration: { type: "texto", meaning: "Clave de la declaración (documento fuente) de la que proviene" },
      pillar: { type: "texto", meaning: "Identificador del pilar; vacío para los compromisos de todo el marco" },
      title: { type: "texto", meaning: "Título corto, en inglés" },
      description: { type: "texto", meaning: "Qué se comprometió, en palabras sencillas, en inglés" },
      source_text: { type: "texto", meaning: "La(s) oración(es) de la fuente, textuales" },
      source_section: { type: "texto", meaning: "Encabezado de la fuente bajo el cual está la oración" },
      type: { type: "texto",
        meaning: "funding, program, policy_or_law, enforcement_action, institutional o diplomatic (financiamiento, " +
          "programa, política o ley, acción de control, institucional o diplomático)" },
      status: { type: "texto",
        meaning: "no_information, not_started, in_progress, at_risk, partly_completed, completed o discontinued: los " +
          "siete estados, de «Sin información» a «Abandonado»" },
      status_reason: { type: "texto",
        meaning: "Vacía en la exportación; cuando la fila cambia el estado, el porqué, tal como lo mostrará el historial " +
          "público" },
      evidence_urls: { type: "URL unidas por ;, o none",
        meaning: "Vacía en la exportación; para un cambio a partly_completed, completed o discontinued, los enlaces a " +
          "la evidencia, o none" },
      status_changed_at: { type: "fecha y hora ISO 8601 (UTC)", meaning: "Cuándo cambió el estado por última vez" },
      lead_country: { type: "ISO 3166-1 alfa-2",
        meaning: "El gobierno a cargo; vacía cuando actúa un grupo (collective_actor)" },
      countries: { type: "códigos ISO unidos por ;", meaning: "Cada gobierno que actúa, primero el que está a cargo" },
      country_roles: { type: "código:rol unidos por ;",
        meaning: "Cada país con su rol: lead (a cargo; varios en un anuncio conjunto), partner (socio) o host (anfitrión)" },
      collective_actor: { type: "texto", meaning: "Quién actúa cuando no se nombra a un solo gobierno" },
      counted: { type: "yes o no",
        meaning: "no para un grupo (un registro que solo reúne sus subcompromisos): no se cuenta como compromiso" },
      deadline_key: { type: "texto",
        meaning: "Clave estable del plazo de las cuatro columnas siguientes (el próximo por vencer; si no hay, el " +
          "último vencido)" },
      deadline_kind: { type: "texto",
        meaning: "deadline (un plazo: algo debe estar hecho para entonces) o milestone (un hito esperado dentro del " +
          "período)" },
      deadline_label: { type: "texto", meaning: "Qué es el plazo, en inglés, p. ej. Offices open until" },
      deadline_date: { type: "fecha ISO 8601", meaning: "Primer día del período del plazo" },
      deadline_precision: { type: "texto",
        meaning: "day, month, quarter, year o fiscal_year (día, mes, trimestre, año o año fiscal): cuánto se sabe de " +
          "la fecha" },
      deadline_as_written: { type: "texto",
        meaning: "El plazo como lo escribió la fuente, en inglés, p. ej. December 2025" },
      deadline_due_on: { type: "fecha ISO 8601", meaning: "Último día del período: el día en que vence" },
      deadline_original_as_written: { type: "texto",
        meaning: "El plazo como se fijó al principio, p. ej. December 2025 (igual a deadline_as_written hasta que se " +
          "mueve)" },
      deadline_times_moved: { type: "entero", meaning: "Cuántas veces se ha movido el plazo" },
      target_kind: { type: "texto",
        meaning: "El tipo de la primera cifra: goal (una meta por alcanzar), reported (alcanzada) o context (un dato, " +
          "sin meta)" },
      target_as_written: { type: "texto",
        meaning: "La cifra en palabras de la fuente, p. ej. approximately 25,500 non-citizens" },
      target_value: { type: "número",
        meaning: "Su número, p. ej. 25500; vacía cuando las palabras no dan ninguno (hundreds, «cientos»)" },
      target_unit: { type: "texto", meaning: "Su unidad, en inglés, p. ej. people (personas), USD" },
      target_qualifier: { type: "texto",
        meaning: "stated (la fuente no la matiza), about (cerca de), more_than (más de), nearly (casi) o up_to (hasta)" },
      target_current_value: { type: "número", meaning: "El último valor que registró el personal para esa meta" },
      last_update_at: { type: "fecha y hora ISO 8601 (UTC)", meaning: "Cuándo se escribió la última entrada del historial" },
      url: { type: "URL", meaning: "La página pública del compromiso (permanente)" },
      archived_at: { type: "fecha y hora ISO 8601 (UTC)",
        meaning: "Cuándo se archivó; las filas archivadas solo están en el archivo del personal" },
      title_es: { type: "texto",
        meaning: "El título en español, una traducción de title; vacía cuando no la hay (las páginas muestran entonces " +
          "el inglés)" },
      description_es: { type: "texto",
        meaning: "La descripción en español, una traducción de description; vacía cuando no la hay" },
    },
    updates: {
      update_id: { type: "texto", meaning: "Identificador estable de la entrada del historial" },
      commitment_key: { type: "texto", meaning: "Clave del compromiso al que pertenece" },
      created_at: { type: "fecha y hora ISO 8601 (UTC)", meaning: "Cuándo se escribió" },
      author: { type: "texto",
        meaning: "Nombre visible de quien la escribió en el personal (en una importación, el administrador que la hizo); " +
          "en las entradas de la hoja informativa, el nombre de esta en inglés" },
      old_status: { type: "texto", meaning: "El estado anterior, cuando la entrada lo cambió" },
      new_status: { type: "texto", meaning: "El estado nuevo, cuando la entrada lo cambió" },
      status_reason: { type: "texto", meaning: "Por qué cambió el estado" },
      note: { type: "texto", meaning: "La nota, texto simple con saltos de línea" },
      evidence_urls: { type: "URL unidas por ;", meaning: "Enlaces a la evidencia" },
      deadline_changes: { type: "texto",
        meaning: "Plazos movidos, unidos por ;, cada uno descrito en inglés con su fecha anterior y la nueva" },
      value_reached: { type: "número", meaning: "Valor registrado para la meta del compromiso" },
      corrects_update_id: { type: "texto", meaning: "La entrada anterior que esta corrige" },
      visibility: { type: "texto", meaning: "public (pública) o internal (interna)" },
      author_email: { type: "texto", meaning: "Correo electrónico de quien la escribió en el personal" },
      note_lang: { type: "texto", meaning: "El idioma en que está escrita la nota: en (inglés) o es (español)" },
    },
  },
  mapPage: {
    title: "Mapa de los compromisos",
    description: (framework: string) =>
      `En qué estado están los compromisos de la ${framework}, país por país, en un mapa de las Américas.`,
    heading: "En qué estado están los compromisos, país por país",
    inWords: "En palabras",
    mapTitle: "Mapa de las Américas: los países que actúan, coloreados según el estado de la mayoría de sus compromisos",
    caption: "Cada país que actúa tiene el color del estado que tiene la mayoría de sus compromisos (en un empate, el " +
      "menos avanzado); los contornos grises son países sin compromisos aquí.",
    offMap: (names: string) => `Fuera de este mapa: ${names}.`,
    country: (name: string, total: number, statuses: string) =>
      `${name}: ${total} ${total === 1 ? "compromiso" : "compromisos"}, ${statuses}`,
  },
  charts: {
    statusHistory: (from: string, to: string) =>
      `Estados al final de cada mes, de ${from} a ${to}; las cifras están en la tabla de abajo.`,
    monthByMonth: "Las cifras, mes a mes",
    endOf: "Fin de",
    timeline: (from: string, to: string) => `Cronología del ${from} al ${to}; abajo se cuenta lo mismo en palabras.`,
    today: "hoy",
    timelineCaption: ["Franja superior: el estado a lo largo del tiempo. Debajo, cada plazo: ",
      " su fecha actual y, si se movió, ", " su fecha original, unida a ella por una línea."],
    figureDots: " Puntos azules: cifras registradas.",
    statusOverTime: "El estado a lo largo del tiempo",
    deadlinesOverTime: "Plazos, originales y actuales",
    neverMoved: (date: string) => `${date}, nunca se movió`,
    originally: (first: string, now: string) => `originalmente ${first}, ahora ${now}`,
    movedTimes: (moves: number) => ` (se movió ${moves === 1 ? "una vez" : `${moves} veces`})`,
    movedOn: (day: string) => `el ${day}: `,
    noDeadline: "La fuente no da ningún plazo.",
    figuresLogged: "Cifras registradas",
    noFigure: "Todavía no se ha registrado ninguna cifra.",
    progress: (label: string, count: number, latest: string, target: string, unit: string) =>
      `${label}: ${count} valores registrados, el último ${latest} de ${target} ${unit}`,
    progressCaption: "Línea discontinua: la meta. Valores tal como los registró el personal:",
    loggedValues: (label: string) => `${label}: valores registrados`,
    logged: "Registrado",
    value: "Valor",
  },
  figures: {
    none: "La fuente no da ninguna cifra.",
    kinds: {
      GOAL: { heading: "Metas", meaning: "Una cifra que falta alcanzar; el personal registra el avance hacia ella." },
      REPORTED: { heading: "Informadas como alcanzadas", meaning: "Una cifra que la fuente informa como ya alcanzada." },
      CONTEXT: { heading: "Contexto",
        meaning: "Un dato de la situación que da la fuente: no es una meta y nunca se muestra con avance." },
    },
    contextNote: "Datos que da la fuente, no metas.",
    qualifiers: { STATED: "", ABOUT: "cerca de ", MORE_THAN: "más de ", NEARLY: "casi ", UP_TO: "hasta " },
    latest: "Último registro:",
    share: (percent: number) => ` (${percent}% de la meta)`,
    toward: (current: string, target: string) => `${current} de ${target}`,
  },
  filters: {
    label: "Filtrar compromisos",
    search: "Buscar",
    pillar: "Pilar",
    allPillars: "Todos los pilares",
    country: "País",
    allCountries: "Todos los países",
    status: "Estado",
    allStatuses: "Todos los estados",
    deadline: "Plazo",
    anyDeadline: "Cualquier plazo",
    windows: {
      overdue: "Vencidos sin cumplirse", "30": "Vencen en 30 días", "90": "Vencen en 90 días", "365": "Vencen en un año",
      none: "Sin plazo",
    },
    updatedSince: "Actualizados desde",
    sort: "Ordenar por",
    sorts: { source: "Orden de la fuente", title: "Título", status: "Estado", updated: "Última actualización" },
    apply: "Aplicar",
    clear: "Borrar",
    more: "Más filtros y orden",
    ignored: (list: string) => `Se ignoraron filtros que no existen: ${list}.`,
  },
  filterRefusals: {
    labels: {
      q: "búsqueda", pillar: "pilar", country: "país", source: "fuente", framework: "marco", status: "estado",
      deadline: "plazo", updatedSince: "actualizados desde", sort: "orden", page: "página",
    },
    notTaken: {
      q: "tiene más de 200 caracteres o un carácter de control",
      pillar: "no es un pilar",
      country: "no es un código de país de dos letras",
      source: "no es la clave de un documento fuente",
      framework: "no es la clave de un marco",
      status: `no es un estado: ${STATUS_VALUES.join(", ")}`,
      deadline: `no es un período de plazos: ${DEADLINE_WINDOWS.join(", ")}`,
      updatedSince: "no es un día del calendario escrito AAAA-MM-DD",
      sort: `no es un orden: ${SORTS.join(", ")}`,
      page: "no es un número de página desde 1",
    },
    unknown: {
      pillar: "ningún pilar tiene este nombre",
      country: "ningún compromiso nombra a este país",
      source: "ningún documento fuente tiene esta clave",
      framework: "ningún marco tiene esta clave",
    },
  },
  notFoundPage: {
    title: "Página no encontrada",
    text: "Aquí no hay ninguna página. Puede que el compromiso se haya archivado o que el enlace esté mal escrito.",
    home: "Todos los compromisos",
  },
  errorPage: {
    title: "Esta página no está disponible por un momento",
    text: "El sitio no pudo leer sus datos. No se perdió nada de lo que guardó. Inténtelo de nuevo en unos segundos.",
    retry: "Intentar de nuevo",
  },
  embedCard: {
    details: "Detalles y fuentes en Pledgeboard",
    country: (name: string, total: number, framework: string) => `${name}: ${total} compromisos de la ${framework}`,
    everyCommitment: "Todos los compromisos en Pledgeboard",
  },
  preview: {
    commitment: "Compromiso",
    country: "País",
    home: "En qué estado están los compromisos",
    countryTitle: (name: string) => `${name}: en qué estado están sus compromisos`,
  },
  calendarEvent: {
    due: (day: string) => `vence el ${day}`,
    status: (label: string) => `Estado: ${label}.`,
  },
  conflict: {
    intro: "No se guardó: un colega actualizó este compromiso después de que usted lo abriera. Sus cambios:",
    outro: "Su texto sigue en el formulario: revíselo frente al de su colega y vuelva a guardar.",
    line: (author: string, when: string, what: string) => `${author}, el ${when} UTC: ${what}`,
    status: (from: string, to: string) => `estado ${from} → ${to}`,
    noStatus: "ninguno",
    deadlineChanges: (count: number) => count === 1 ? "1 cambio de plazo" : `${count} cambios de plazo`,
    note: (text: string) => `nota: "${text}"`,
    anUpdate: "una actualización",
    noAuthor: "Hoja informativa",
  },
  plainAnswers: {
    unavailableTitle: "No disponible por el momento",
    unavailableHeading: "Pledgeboard no está disponible por el momento",
    unavailableText: "El sistema de seguimiento no puede conectarse a su base de datos en este momento. No se ha perdido " +
      "nada de lo guardado. Vuelva a intentarlo en un minuto.",
    tooLargeTitle: "Archivo demasiado grande",
    tooLargeHeading: "Este archivo es demasiado grande",
    tooLargeText: (limit: string) => `Pledgeboard acepta archivos de hasta ${limit}. No se leyó ni se guardó nada. ` +
      "Importe una hoja más grande por partes, por ejemplo un país a la vez.",
    backToImport: "Volver a la importación",
    notFromThisSite: "Esta solicitud no vino de una página de este sitio, así que no se cambió nada. Vuelva a la página, " +
      "recárguela e inténtelo de nuevo.",
    unreadableForm: "No se pudo leer el formulario: su cuerpo no es un multipart bien formado. No se guardó nada.",
  },
  api: {
    staffOnly: "Inicie sesión como personal para descargar este archivo.",
    noCommitment: "Ningún compromiso público tiene esta clave.",
    noCountry: "Ningún país tiene aquí este código ISO.",
    noCalendar: "Ningún calendario tiene esta dirección.",
    unknownFramework: (key: string) => `Ningún marco tiene la clave "${key}".`,
    unknownSource: (key: string) => `Ningún documento fuente tiene la clave "${key}".`,
    frameworkAndSource: "Indique framework o source, no ambos: un documento fuente ya nombra su marco.",
  },
  glance: {
    whereTheyStand: "En qué estado están",
    all: "Todos",
    allCommitments: "Todos los compromisos",
    passed: "Vencidos sin cumplirse",
    passedEmpty: "Ninguno: cada plazo vencido pertenece a un compromiso cumplido o abandonado.",
    seeAll: (count: number) => `Ver los ${count}`,
    dueNext: "Próximos a vencer",
    dueNextEmpty: "No queda ningún plazo abierto por delante.",
    seeAllYear: "Ver todos los que vencen en un año",
    passedMark: " (vencido)",
  },
  signIn: {
    title: "Acceso del personal",
    intro: "Para el personal que registra el avance. Las páginas públicas no requieren cuenta.",
    email: "Correo electrónico",
    password: "Contraseña",
    submit: "Iniciar sesión",
    pending: "Iniciando sesión…",
    invalid: "El correo electrónico o la contraseña no son correctos.",
    throttled: (minutes: number) =>
      `Demasiados intentos fallidos para esta cuenta o desde esta dirección. Espere ${minutes} minutos e inténtelo de nuevo.`,
    failed: "No se pudo iniciar sesión. Inténtelo de nuevo en un momento.",
    signOut: "Cerrar sesión",
  },
  staff: {
    navigation: "Personal",
    dashboard: "Panel",
    commitments: "Compromisos",
    remindersLink: (overdue: number) => `Recordatorios (${overdue} vencidos)`,
    documents: "Documentos",
    usersLink: "Usuarios",
    roles: { ADMIN: "administrador", EDITOR: "editor", VIEWER: "lector" },
    saving: "Guardando…",
    choose: "Elija…",
    none: "Ninguno",
    noneGiven: "No se indica",
    archived: "Archivado",
    never: "nunca",
    lastUpdate: (day: string) => `última actualización: ${day}`,
    reasonKept: "Motivo (queda en el historial)",
    evidenceNone: "No hay enlace de respaldo disponible",
    home: {
      title: "Panel del personal",
      adminsOnly: "Esa página es solo para administradores.",
      signedInAs: "Sesión iniciada como",
      limitedScope: ", con un ámbito limitado",
      overdue: (count: number) => `${count} ${count === 1 ? "plazo vencido" : "plazos vencidos"} en su ámbito`,
      quiet: (days: number, total: number) => `Sin actualización en ${days} días (${total} en su ámbito)`,
      mine: "Mis actualizaciones recientes",
      mineEmpty: "Todavía no ha registrado ninguna actualización.",
      emailLanguage: "Idioma de sus correos de recordatorio",
      emailLanguageSaved: (language: string) => `Sus correos de recordatorio ahora se escriben en: ${language}.`,
    },
    list: {
      title: "Compromisos (personal)",
      newCommitment: "Nuevo compromiso",
      matches: (count: string, page: number, pages: number) =>
        `${count} compromisos coinciden; página ${page} de ${pages}.`,
      download: "Descargar con los campos internos:",
      downloadCommitments: "compromisos",
      downloadHistory: "historial completo",
      importCsv: "importar un CSV",
      caption: "Compromisos que coinciden con los filtros",
      select: "Seleccionar",
      selectOne: (title: string) => `Seleccionar ${title}`,
      commitment: "Compromiso",
      countries: "Países",
      status: "Estado",
      nextDeadline: "Próximo plazo",
      lastUpdate: "Última actualización",
      framework: "Marco",
      page: (page: number, pages: number) => `Página ${page} de ${pages}`,
    },
    bulk: {
      legend: "Cambiar el estado de los compromisos marcados",
      newStatus: "Nuevo estado",
      evidence: "Enlace de respaldo (opcional)",
      reason: "Motivo (se muestra en cada entrada del historial)",
      submit: "Cambiar estado",
    },
    commitment: {
      title: "Compromiso (personal)",
      all: "← Todos los compromisos",
      since: (day: string) => `desde el ${day}`,
      frameworkWide: "(de todo el marco: ningún pilar en particular)",
      group: "Grupo: no se cuenta",
      version: (version: number) => `versión ${version}`,
      edit: "Editar o archivar",
      partOf: "Parte de",
      section: (section: string) => `, sección «${section}»`,
      facts: "Datos",
      countries: "Países",
      noneNamed: "No se nombra ninguno",
      deadlines: "Plazos",
      inferred: "Deducido:",
      targets: "Metas",
      figureKinds: { GOAL: "meta", REPORTED: "reportada como alcanzada", CONTEXT: "contexto" },
      reached: (value: string) => ` — alcanzado: ${value}`,
      subCommitments: "Subcompromisos",
      logUpdate: "Registrar una actualización",
      archivedNoUpdates: "Los compromisos archivados conservan su historial y no admiten nuevas actualizaciones.",
      viewersRead: "Los lectores pueden leer todo, pero no modificar nada.",
      history: "Historial",
      sourceAuthor: "fuente",
      entryFallback: "actualización",
    },
    updateForm: {
      status: "Estado",
      visibility: "Quién puede leer esta entrada",
      public: "Pública: se muestra en las páginas públicas",
      internal: "Interna: solo el personal",
      statusReason: "Motivo del cambio de estado",
      note: "Nota",
      evidence: "Enlaces de respaldo, uno por línea",
      deadlines: "Plazos (cambie uno para extenderlo o adelantarlo)",
      date: "Fecha",
      precision: "Precisión",
      precisions: { DAY: "Día", MONTH: "Mes", QUARTER: "Trimestre", YEAR: "Año", FISCAL_YEAR: "Año fiscal de EE. UU." },
      hints: { DAY: "AAAA-MM-DD, p. ej. 2026-06-30", MONTH: "AAAA-MM, p. ej. 2026-06", QUARTER: "AAAA-Qn, p. ej. 2026-Q2",
        YEAR: "AAAA, p. ej. 2026", FISCAL_YEAR: "FYAAAA, p. ej. FY2026" },
      confirmEarly: "Conservar las fechas anteriores al anuncio: son correctas",
      target: "Meta",
      valueReached: "Valor alcanzado (opcional)",
      corrects: "Esta entrada corrige (opcional)",
      correctsNothing: "Nada: es una actualización nueva",
      submit: "Guardar actualización",
    },
    history: {
      internal: "Interna",
      public: "Pública",
      imported: "Importación CSV",
      reachedValue: (target: string, value: string, unit: string) => `${target}: alcanzado ${value} ${unit}`,
    },
    fieldsForm: {
      newTitle: "Nuevo compromiso",
      noDeclaration: "Primero cargue una declaración (npm run db:seed).",
      editTitle: "Editar:",
      editPageTitle: "Editar compromiso",
      keptCountries: (names: string) =>
        `El formulario muestra un país a cargo y los socios. Los demás países (${names}) se conservan tal como están, ` +
        "salvo que los indique aquí.",
      host: "anfitrión",
      jointLead: "a cargo en conjunto",
      key: "Clave (permanente; se usa en enlaces e importaciones)",
      title: "Título",
      description: "Descripción",
      sourceText: "Texto de la fuente, literal",
      sourceSection: "Sección de la fuente",
      type: "Tipo",
      types: { FUNDING: "Financiamiento", PROGRAM: "Programa", POLICY_OR_LAW: "Política o ley",
        ENFORCEMENT_ACTION: "Acción de control", INSTITUTIONAL: "Institucional", DIPLOMATIC: "Diplomático" },
      pillar: "Pilar",
      pillarNone: "Ninguno (marco e instituciones)",
      parent: "Parte de (compromiso principal)",
      parentNone: "Ninguno: compromiso de primer nivel",
      lead: "País a cargo",
      collective: "O actúan en conjunto (sin país a cargo)",
      partners: "Países socios",
      save: "Guardar cambios",
      create: "Crear compromiso",
      restore: "Restaurar",
      archive: "Archivar",
      archiveText: "Un compromiso archivado sale de las páginas públicas y de las exportaciones; su historial se conserva " +
        "y se puede restaurar.",
      restoreButton: "Restaurar este compromiso",
      archiveButton: "Archivar este compromiso",
    },
    reminders: {
      title: "Recordatorios",
      calendar: "Plazos en su calendario",
      today: (day: string, zone: string, timeZone: string) =>
        `Hoy es ${day} en ${zone} (zona horaria ${timeZone}, fijada por APP_TIME_ZONE). Un plazo vence el último día ` +
        "de su período («diciembre de 2025», el 31 de diciembre; un año fiscal de EE. UU., el 30 de septiembre) y " +
        "está vencido desde el día siguiente, salvo que el compromiso esté cumplido o abandonado.",
      everything: "Su ámbito abarca todos los compromisos.",
      showingMine: "Se muestra su ámbito.",
      showAll: "Mostrar todos los compromisos",
      showingAll: "Se muestran todos los compromisos.",
      showMine: "Mostrar solo su ámbito",
      groups: { overdue: "Vencidos: sin cumplirse", due30: "Vencen en 30 días",
        due60: "Vencen en 31 a 60 días", due90: "Vencen en 61 a 90 días" },
      quiet: (days: number) => `Sin movimiento: ninguna actualización en ${days} días o más`,
      nothing: "Nada por aquí.",
      firstShown: (shown: number, total: number) =>
        `Se muestran los primeros ${shown} de ${total}; acótelos con los filtros.`,
      dueOn: ", vence el ",
      snoozeWhat: (label: string, title: string) => `el recordatorio de ${label}, ${title}`,
      snoozeQuietWhat: (title: string) => `el recordatorio por falta de actualizaciones de ${title}`,
      snooze: "Aplazar",
      snoozeUntil: "Aplazar hasta",
      snoozing: "Aplazando…",
      quietDays: "Días sin actualización para considerar un compromiso sin movimiento",
      save: "Guardar",
    },
    users: {
      title: "Usuarios",
      add: "Agregar un usuario",
      all: (count: number) => `Todos los usuarios (${count})`,
      email: "Correo electrónico",
      displayName: "Nombre visible (se muestra en público junto a sus actualizaciones)",
      role: "Rol",
      roleLabels: { ADMIN: "Administrador: todo, incluidos los usuarios",
        EDITOR: "Editor: registra el avance en su ámbito", VIEWER: "Lector: lee todo, no escribe nada" },
      password: "Contraseña (al menos 12 caracteres)",
      adding: "Agregando…",
      addButton: "Agregar usuario",
      disabled: "Desactivado",
      writesAll: "Escribe en todos los compromisos",
      noScope: "Sin ámbito: no escribe nada hasta que se le asigne uno",
      scopeCountries: "Ámbito: países",
      scopeAll: "Todos los compromisos (todos los países y pilares)",
      scopePillars: "Ámbito: pilares",
      scopeHint: "Sin ninguna casilla marcada, un editor no escribe nada hasta que se le asigne un ámbito.",
      saveScope: "Guardar rol y ámbito",
      enable: (email: string) => `Activar a ${email}`,
      disable: (email: string) => `Desactivar a ${email}`,
      newPassword: "Nueva contraseña",
      resetPassword: "Cambiar contraseña",
    },
    importPage: {
      title: "Importar compromisos desde un CSV",
      download: "Descargue",
      downloadLink: "commitments.csv con los campos internos",
      steps: (limit: string, rows: string) => `, edítelo en una hoja de cálculo, guárdelo como CSV UTF-8 (delimitado ` +
        `por comas) y súbalo aquí (como máximo ${limit} y ${rows} filas). La vista previa cuenta las filas y muestra ` +
        "cada alta, cada celda modificada y cada error, 50 filas por página; no se escribe nada hasta que la aplique, " +
        "y entonces se escribe todo de una vez o nada.",
      matching: (edited: string, created: string) => "Las filas se emparejan por key. Una fila cuya version es " +
        "anterior a la de la base de datos fue modificada por alguien después de la exportación: se muestra como " +
        `conflicto y no se aplica. Columnas que se leen: ${edited}; para un compromiso o plazo nuevo, también ` +
        `${created}. Las demás se calculan y se ignoran. Una fila que cambia el estado explica el motivo en ` +
        "status_reason, como pide el formulario, y para Cumplido en parte, Cumplido o Abandonado da enlaces en " +
        "evidence_urls o la palabra none; el historial público muestra ese motivo con su nombre. Las columnas se " +
        "describen en",
      openData: "la página de datos abiertos",
      file: (limit: string) => `Archivo CSV (como máximo ${limit})`,
      tooLarge: (limit: string) => `El archivo supera ${limit}: impórtelo por partes.`,
      reading: "Leyendo…",
      preview: "Vista previa",
      applying: "Aplicando…",
      apply: "Aplicar estos cambios",
      previewOf: "Vista previa de",
      notes: "Cómo se leyó el archivo",
      column: "Columna",
      now: "Ahora",
      inFile: "En el archivo",
      empty: "(vacío)",
      pages: "Páginas de la vista previa",
      previous: "Página anterior",
      next: "Página siguiente",
      page: (page: number, pages: number) => `Página ${page} de ${pages}`,
      counts: (error: number, conflict: number, create: number, change: number, unchanged: number) =>
        `${error} con errores, ${conflict} en conflicto, ${create} por agregar, ${change} por cambiar, ${unchanged} sin ` +
        "cambios (iguales a la base de datos).",
      showing: (first: number, last: number, count: number) => ` Se muestran las filas ${first}–${last} de las ` +
        `${count} que cambian o fallan.`,
      errors: (count: number) => `Errores (${count} filas)`,
      lineHeading: "Línea",
      key: "Clave",
      problem: "Problema",
      row: "(fila)",
      conflicts: (count: number) => `Conflictos: no se aplican (${count})`,
      conflictsText: "Estas filas traen una versión anterior a la de la base de datos: alguien modificó el compromiso " +
        "después de exportar el archivo. Se dejan como están en la base de datos; vuelva a exportar para editarlas.",
      line: (line: number) => `Línea ${line}: `,
      versions: (fileVersion: number, version: number) => `, versión ${fileVersion} en el archivo, ${version} en la base de datos`,
      writes: (count: number) => `Por agregar o cambiar (${count})`,
      lineAdd: (line: number) => `Línea ${line}: agregar `,
      lineChange: (line: number) => `Línea ${line}: cambiar `,
    },
    sources: {
      title: "Documentos",
      register: "Registrar un documento",
      registerText: "Una hoja informativa o declaración de una reunión de un marco. Pegue su texto completo tal como se " +
        "publicó: cada compromiso que se cree a partir de él cita sus palabras, verificadas palabra por palabra, y el " +
        "público lo lee completo con esos pasajes marcados.",
      documentTitle: "Documento",
      publicPage: "La página pública",
      framework: "Marco",
      fields: { key: "Clave (permanente; la dirección de su página pública)", title: "Título tal como se publicó",
        publisher: "Entidad que lo publicó", url: "Dirección donde se publicó", publishedOn: "Fecha de publicación",
        meetingName: "Reunión de la que informa", meetingDate: "Fecha de la reunión", meetingPlace: "Lugar de la reunión" },
      text: "Texto completo tal como se publicó (péguelo entero)",
      submit: "Registrar el documento",
      passage: "Pasaje",
      passageHint: "Seleccione palabras en el texto, o péguelas aquí.",
      reportOn: "O vincúlelo como informe de avance sobre",
      chooseCommitment: "Elija un compromiso…",
      linkReport: "Vincular como informe de avance",
    },
    calendar: {
      title: "Plazos en su calendario",
      intro: "Suscríbase a una de las direcciones de abajo en su aplicación de calendario («agregar calendario desde " +
        "URL» o «suscribirse»). Cada plazo es un evento de día completo en la fecha en que vence; si un plazo se " +
        "extiende, el evento se mueve.",
      yours: "Sus plazos",
      everyCommitment: "Los plazos de todos los compromisos",
      inScope: "Los plazos de los compromisos de su ámbito",
      secret: ", con enlaces a las páginas del personal. La dirección es secreta: una aplicación de calendario no puede " +
        "iniciar sesión, así que cualquiera que la tenga puede leer este calendario. Cambie el secreto si se compartió; " +
        "la dirección anterior deja de funcionar.",
      noAddress: "Todavía no tiene una dirección de calendario.",
      replace: "Cambiar la dirección secreta",
      make: "Crear mi dirección de calendario",
      public: "Todos los plazos públicos",
      publicText: "No requiere secreto: son los mismos plazos que muestran las páginas públicas.",
    },
  },
  reminderEmail: {
    subject: (counts: string) => `Recordatorios de Pledgeboard: ${counts}`,
    overdueCount: (count: number) => `${count} ${count === 1 ? "vencido" : "vencidos"}`,
    soonCount: (count: number) => `${count} ${count === 1 ? "vence" : "vencen"} en 30 días`,
    hello: (name: string) => `Hola, ${name}:`,
    intro: (day: string, timeZone: string) =>
      `Estos plazos de su ámbito requieren atención (al ${day}, ${timeZone}).`,
    overdue: "Vencidos: sin cumplirse",
    soon: "Vencen en 30 días",
    footer: "Cada plazo aparece en este correo como máximo una vez al día. Los recordatorios aplazados se omiten " +
      "hasta su fecha.",
    deadline: (label: string, date: string, dueOn: string, when: string) =>
      `${label}: ${date}, vence el ${dueOn} (${when})`,
    daysAgo: (days: number) => `hace ${days} ${days === 1 ? "día" : "días"}`,
    logUpdate: (link: string) => `Registrar una actualización: ${link}`,
  },
  fieldMessages: {
    "The selection is malformed; reload the page.": "La selección no es válida; recargue la página.",
    "Select at least one commitment.": "Seleccione al menos un compromiso.",
    "Select at most 200 commitments at a time.": "Seleccione como máximo 200 compromisos a la vez.",
    "Choose the new status.": "Elija el nuevo estado.",
    "Say why the status changes; each history entry will carry this reason.":
      "Indique por qué cambia el estado; cada entrada del historial llevará este motivo.",
    "A reason has at most 2,000 characters.": "Un motivo tiene como máximo 2.000 caracteres.",
    "Choose countries from the list.": "Elija los países de la lista.",
    "Give the commitment a title of at least 3 characters.": "Dé al compromiso un título de al menos 3 caracteres.",
    "A title has at most 200 characters.": "Un título tiene como máximo 200 caracteres.",
    "Describe the commitment in a sentence or two.": "Describa el compromiso en una o dos oraciones.",
    "A description has at most 5,000 characters.": "Una descripción tiene como máximo 5.000 caracteres.",
    "A Spanish title has at most 200 characters.": "Un título en español tiene como máximo 200 caracteres.",
    "Give the Spanish title at least 3 characters, or leave it empty.":
      "Dé al título en español al menos 3 caracteres, o déjelo vacío.",
    "A Spanish description has at most 5,000 characters.": "Una descripción en español tiene como máximo 5.000 caracteres.",
    "Quote the source's words, so readers can check them.": "Cite las palabras de la fuente, para que se puedan verificar.",
    "The quoted source has at most 10,000 characters.": "La cita de la fuente tiene como máximo 10.000 caracteres.",
    "A section name has at most 300 characters.": "El nombre de una sección tiene como máximo 300 caracteres.",
    "Choose what kind of commitment this is.": "Elija qué tipo de compromiso es.",
    "At most 200 characters.": "Como máximo 200 caracteres.",
    "At most 300 characters.": "Como máximo 300 caracteres.",
    "Choose the parent from the list.": "Elija el compromiso principal de la lista.",
    "Name the lead country, or say who acts together (such as \"the endorsing countries\").":
      "Indique el país a cargo, o quiénes actúan en conjunto (por ejemplo, «los países firmantes»).",
    "The lead country is not also a partner.": "El país a cargo no puede ser también socio.",
    "Use lower-case letters, digits and hyphens, such as pa-new-visa-rule.":
      "Use minúsculas, dígitos y guiones, por ejemplo pa-nueva-regla-visas.",
    "A key has at most 60 characters.": "Una clave tiene como máximo 60 caracteres.",
    "Choose the document the commitment comes from.": "Elija el documento del que proviene el compromiso.",
    "Choose the earlier commitment from the list.": "Elija de la lista el compromiso anterior.",
    "Say how it continues the earlier commitment, or choose no earlier commitment.":
      "Indique cómo continúa el compromiso anterior, o no elija ningún compromiso anterior.",
    "Say why, for the history.": "Indique el motivo, para el historial.",
    "A link has at most 2,000 characters.": "Un enlace tiene como máximo 2.000 caracteres.",
    "Each evidence link must be a full web address starting with http:// or https://.":
      "Cada enlace de respaldo debe ser una dirección web completa que empiece con http:// o https://.",
    "The evidence list is too long.": "La lista de enlaces de respaldo es demasiado larga.",
    "Give at most 10 evidence links.": "Indique como máximo 10 enlaces de respaldo.",
    "Enter the date, or leave the deadline as it was.": "Escriba la fecha, o deje el plazo como estaba.",
    "Choose how precise the date is.": "Elija la precisión de la fecha.",
    "Choose a status.": "Elija un estado.",
    "A note has at most 10,000 characters.": "Una nota tiene como máximo 10.000 caracteres.",
    "Choose the language the note is written in: English or Spanish.":
      "Elija el idioma en que está escrita la nota: inglés o español.",
    "Choose who may read this entry.": "Elija quién puede leer esta entrada.",
    "Enter the value reached as a number, such as 25500 or 25,500.":
      "Escriba el valor alcanzado como número, por ejemplo 25500 o 25,500.",
    "Write the date as YYYY-MM-DD, e.g. 2026-06-30.": "Escriba la fecha como AAAA-MM-DD, p. ej. 2026-06-30.",
    "Write the date as YYYY-MM, e.g. 2026-06.": "Escriba la fecha como AAAA-MM, p. ej. 2026-06.",
    "Write the date as YYYY-Qn, e.g. 2026-Q2.": "Escriba la fecha como AAAA-Qn, p. ej. 2026-Q2.",
    "Write the date as YYYY, e.g. 2026.": "Escriba la fecha como AAAA, p. ej. 2026.",
    "Write the date as FYYYYY, e.g. FY2026.": "Escriba la fecha como FYAAAA, p. ej. FY2026.",
    "Choose the day the reminder comes back (YYYY-MM-DD).": "Elija el día en que vuelve el recordatorio (AAAA-MM-DD).",
    "Say why this reminder can wait.": "Indique por qué este recordatorio puede esperar.",
    "Enter a whole number of days.": "Escriba un número entero de días.",
    "At least 1 day.": "Como mínimo 1 día.",
    "Enter an email address.": "Escriba una dirección de correo electrónico.",
    "An email address has at most 254 characters.": "Una dirección de correo electrónico tiene como máximo 254 caracteres.",
    "Enter an email address such as name@example.org.":
      "Escriba una dirección de correo electrónico como nombre@ejemplo.org.",
    "A password needs at least 12 characters.": "Una contraseña necesita al menos 12 caracteres.",
    "A password has at most 256 characters.": "Una contraseña tiene como máximo 256 caracteres.",
    "Enter the name colleagues and the public will see.": "Escriba el nombre que verán sus colegas y el público.",
    "A display name has at most 80 characters.": "Un nombre visible tiene como máximo 80 caracteres.",
    "Choose a role: admin, editor or viewer.": "Elija un rol: administrador, editor o lector.",
    "Choose English or Spanish.": "Elija inglés o español.",
    "Country codes are two capital letters.": "Los códigos de país son dos letras mayúsculas.",
    "Choose the framework the document belongs to.": "Elija el marco al que pertenece el documento.",
    "Give the document's title as published.": "Indique el título del documento tal como se publicó.",
    "A title has at most 300 characters.": "Un título tiene como máximo 300 caracteres.",
    "Say who published it (such as The White House).": "Indique quién lo publicó (por ejemplo, la Casa Blanca).",
    "An address has at most 2,000 characters.": "Una dirección tiene como máximo 2.000 caracteres.",
    "Give the address where it was published, starting with https://.":
      "Indique la dirección donde se publicó, empezando con https://.",
    "Name the meeting the document reports.": "Indique la reunión de la que informa el documento.",
    "Paste the document's full text as published.": "Pegue el texto completo del documento tal como se publicó.",
    "Choose the commitment the passage reports on.": "Elija el compromiso del que informa el pasaje.",
    "Select or paste the passage first.": "Primero seleccione o pegue el pasaje.",
    "A passage has at most 10,000 characters.": "Un pasaje tiene como máximo 10.000 caracteres.",
    "Choose the CSV file to import.": "Elija el archivo CSV que desea importar.",
    "The file is empty.": "El archivo está vacío.",
    "Preview the file first, then apply it.": "Primero vea la vista previa del archivo y luego aplíquelo.",
    "Preview the file before applying it.": "Vea la vista previa del archivo antes de aplicarlo.",
    "The file is larger than 5 MB: import it in parts.": "El archivo pesa más de 5 MB: impórtelo por partes.",
    "Write the version as a whole number, as exported.": "Escriba la versión como número entero, tal como se exportó.",
    "A version is 1 or more.": "La versión es 1 o más.",
    "A deadline key has at most 80 characters.": "La clave de un plazo tiene como máximo 80 caracteres.",
    "A label has at most 300 characters.": "Una etiqueta tiene como máximo 300 caracteres.",
    "A key has at most 80 characters.": "Una clave tiene como máximo 80 caracteres.",
    "Use lower-case letters, digits and hyphens, such as la-declaration-2025-ministerial.":
      "Use minúsculas, dígitos y guiones, por ejemplo la-declaracion-2025-ministerial.",
    "A document's text has at most 500,000 characters.": "El texto de un documento tiene como máximo 500.000 caracteres.",
    "Give the publication date as a date, such as 2025-09-30.": "Indique la fecha de publicación, por ejemplo 2025-09-30.",
    "Give the meeting's date as a date, such as 2025-09-30.": "Indique la fecha de la reunión, por ejemplo 2025-09-30.",
    "A reason has at most 1,000 characters.": "Un motivo tiene como máximo 1.000 caracteres.",
    "At most 3,650 days.": "Como máximo 3.650 días.",
    "Enter your password.": "Escriba su contraseña.",
    "Remove the invisible direction marks (such as U+202E) from the title; they make text read backwards.":
      "Quite las marcas invisibles de dirección (como U+202E) del título; hacen que el texto se lea al revés.",
    "Remove the invisible direction marks (such as U+202E) from the Spanish title; they make text read backwards.":
      "Quite las marcas invisibles de dirección (como U+202E) del título en español; hacen que el texto se lea al revés.",
    "Remove the invisible direction marks (such as U+202E) from the display name; they make text read backwards.":
      "Quite las marcas invisibles de dirección (como U+202E) del nombre visible; hacen que el texto se lea al revés.",
    // A typed date named in its refusal stands as {text} (lib/messages/say-again.ts).
    "{text} is outside the years the tracker can store (0001 to 9999).":
      "{text} está fuera de los años que el sistema puede guardar (0001 a 9999).",
    "{text} is not a day of the calendar.": "{text} no es un día del calendario.",
  },
};
