import type { Catalogue } from "./en";

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
    published: (day: string, section: string) => `, publicado el ${day}, sección «${section}».`,
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
    unknownCommitment: "Ningún compromiso tiene esa clave.",
    pillarOfAnotherFramework: "Este pilar pertenece a otro marco que el del documento; elija uno de los suyos.",
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
};
