import type { SeedTranslations } from "../../lib/db/seed/types";

/**
 * Spanish titles and descriptions of the shipped commitments of data.ts: translations of Pledgeboard's own English
 * summaries, for readers in the region, not the source. The source (each commitment's sourceText) stays as the White
 * House published it, in English, and is never translated here. Figures and dates say exactly what the English says
 * (a test compares every number): money as US$, thousands with a point and decimals with a comma (25.500; 4,4
 * millones), as most of the region writes them. Terms follow docs/data-model.md "Translations": compromiso, meta,
 * plazo, avance; países adherentes (endorsing countries); vías legales (lawful pathways); Oficinas de Movilidad Segura.
 */
export const laDeclaration2024Es: SeedTranslations = {
  declaration: "la-declaration-2024-ministerial",
  locale: "es",
  // The declaration's pillars as the region names them: vías legales, and aplicación humana de la ley, the words the
  // commitments' Spanish below uses for "humane enforcement".
  pillars: {
    "root-causes-and-integration": {
      name: "Atender las causas profundas y apoyar la integración de las personas migrantes para lograr una " +
        "estabilización duradera",
      shortName: "Causas profundas e integración",
      description: "Atender los factores que provocan el desplazamiento y ayudar a las personas migrantes a obtener una " +
        "situación migratoria regular e integrarse en las comunidades de acogida.",
    },
    "lawful-pathways": {
      name: "Ampliar las vías legales para la migración y la protección",
      shortName: "Vías legales",
      description: "Ampliar las rutas seguras y legales para personas refugiadas, trabajadores y otros migrantes en todo " +
        "el hemisferio.",
    },
    "humane-enforcement": {
      name: "Fortalecer la aplicación humana de la ley",
      shortName: "Aplicación humana de la ley",
      description: "Disuadir la migración irregular y hacer que los traficantes y tratantes de personas rindan cuentas, " +
        "sin dejar de identificar a quienes necesitan protección.",
    },
  },
  commitments: {
    "us-686-million-assistance": {
      title: "Estados Unidos anuncia más de US$686 millones en nueva asistencia para los países socios",
      description:
        "Estados Unidos anunció más de US$686 millones en nueva asistencia humanitaria, para el desarrollo, económica y de seguridad. Su fin es ayudar a los países socios a atender necesidades humanitarias urgentes, reforzar una aplicación humana de la ley, ampliar las vías legales, y regularizar e integrar a las personas migrantes en la región.",
    },
    "us-686m-humanitarian-needs": {
      title: "Fondos de Estados Unidos para necesidades humanitarias urgentes de migrantes, entre ellos venezolanos",
      description:
        "Una parte importante de los US$686 millones en nuevos fondos de Estados Unidos apoyará esfuerzos regionales para atender necesidades humanitarias urgentes, como alimentación básica, albergue y atención de salud, de personas migrantes y desplazadas, entre ellas casi 8 millones de venezolanos.",
    },
    "us-686m-migrant-integration": {
      title: "Fondos de Estados Unidos para que los socios regionales acojan e integren a migrantes",
      description:
        "Los fondos de Estados Unidos apoyan a los socios regionales en la acogida e integración de personas migrantes: promueven su inclusión financiera y su inserción en el mercado laboral, y apoyan a las comunidades de acogida.",
    },
    "us-1-2-billion-committed-2024": {
      title: "Estados Unidos ha comprometido más de US$1.200 millones en el marco de la Declaración de Los Ángeles en 2024",
      description:
        "Con el nuevo anuncio, Estados Unidos ha comprometido en 2024 más de US$1.200 millones en el marco de la Declaración de Los Ángeles.",
    },
    "us-expanded-enforcement-partnerships": {
      title: "Estados Unidos anuncia más alianzas de aplicación de la ley para disuadir la migración irregular",
      description:
        "Estados Unidos anunció la ampliación de sus alianzas de aplicación de la ley para disuadir la migración irregular, entre ellas un programa piloto de expulsiones con Panamá y nuevas restricciones de visa contra agencias de viajes y operadores turísticos que se aprovechan de las personas migrantes. Con estas medidas se busca que rindan cuentas quienes explotan a los migrantes y disuadir los viajes irregulares peligrosos.",
    },
    "pa-us-funded-removal-program": {
      title: "Panamá ejecuta un programa de expulsiones financiado por Estados Unidos",
      description:
        "Panamá ejecuta un programa de expulsiones financiado por Estados Unidos. Con él ha expulsado a cientos de extranjeros sin base legal para permanecer en Panamá, tras evaluar si necesitaban protección.",
    },
    "us-visa-restrictions-travel-executives": {
      title: "Restricciones de visa de Estados Unidos a directivos de empresas de viajes que facilitan la migración irregular",
      description:
        "Estados Unidos sigue imponiendo restricciones de visa a directivos de agencias de viajes y de empresas de transporte aéreo chárter y marítimo de todo el mundo que facilitan la migración irregular hacia Estados Unidos. El 24 de septiembre de 2024, el Departamento de Estado impuso nuevas restricciones a directivos de agencias de viajes que operan en Europa, África y Medio Oriente.",
    },
    "la-declaration-secretariat": {
      title: "Los países adherentes crearán una Secretaría a cargo de la FUPAD y la OEA",
      description:
        "Los países adherentes acordaron institucionalizar la Declaración de Los Ángeles con la creación de una Secretaría. La administrarán la Fundación Panamericana para el Desarrollo y la Organización de los Estados Americanos, para sostener un avance coordinado en la gestión de la migración.",
    },
    "co-rotating-country-chair": {
      title: "Colombia ejercerá la presidencia rotativa de la Declaración de Los Ángeles durante el próximo año",
      description:
        "Colombia anunció formalmente que asumirá la presidencia rotativa de la Declaración de Los Ángeles durante el próximo año.",
    },
    "co-rotating-country-chair-2025-ministerial": {
      title: "Colombia será sede de la quinta Reunión Ministerial de la Declaración de Los Ángeles en 2025",
      description:
        "Colombia anunció formalmente que será sede de la quinta Reunión Ministerial de la Declaración de Los Ángeles en 2025.",
    },
    "us-asylum-bar-executive-actions": {
      title: "Acciones ejecutivas de Estados Unidos niegan el asilo a quienes cruzan de forma irregular cuando los encuentros son muy altos",
      description:
        "El 4 de junio de 2024, el Presidente anunció acciones ejecutivas que impiden recibir asilo a las personas migrantes que cruzan de forma irregular la frontera sur de Estados Unidos cuando el alto número de encuentros supera la capacidad de aplicar consecuencias a tiempo. Desde entonces, los encuentros entre puertos de entrada han bajado más del 50 %.",
    },
    "la-entry-transit-visa-policies": {
      title: "Los países adherentes usan visas de entrada y de tránsito para frenar la migración extracontinental",
      description:
        "Los países socios reafirmaron su compromiso de frenar la migración irregular extracontinental mediante el uso estratégico de visas de entrada y de tránsito y el control de pasajeros. Los países adherentes han adoptado más de 300 nuevas medidas de política de visas para restringir los viajes cuyo único fin es la migración irregular.",
    },
    "us-smuggling-trafficking-investigations": {
      title: "Estados Unidos intensifica las investigaciones y los procesos judiciales contra redes de tráfico y trata de personas",
      description:
        "Estados Unidos ha movilizado recursos para aumentar las investigaciones, detenciones y procesos judiciales contra redes de tráfico ilícito de migrantes y de trata de personas, también en alianza con otros países de la Declaración de Los Ángeles.",
    },
    "gt-dismantles-san-antonio-smuggling-network": {
      title: "Guatemala desarticula la red de tráfico de migrantes responsable de las muertes en el tráiler de San Antonio en 2022",
      description:
        "Las fuerzas de seguridad de Guatemala, en una investigación apoyada por los Departamentos de Justicia y de Seguridad Nacional de Estados Unidos, desarticularon una red de tráfico de migrantes con base en Guatemala, responsable de la muerte de 53 migrantes en un tráiler en San Antonio, Texas, en junio de 2022.",
    },
    "us-sanctions-smuggling-networks": {
      title: "Estados Unidos sanciona a redes de tráfico de migrantes, entre ellas operadores del Tapón del Darién",
      description:
        "Estados Unidos ha sancionado a ocho redes de tráfico de migrantes, con más de 30 personas y entidades, para que rindan cuentas quienes explotan a los migrantes. El 24 de septiembre de 2024, la Oficina de Control de Activos Extranjeros del Departamento del Tesoro sancionó a cinco ciudadanos colombianos y a dos empresas con sede en México, entre ellos dos personas vinculadas al Clan del Golfo que controlan los flujos de migrantes por el Tapón del Darién.",
    },
    "co-reward-capture-clan-del-golfo-smugglers": {
      title: "Colombia ofrece una recompensa por la captura de dos traficantes del Clan del Golfo sancionados",
      description:
        "Las autoridades colombianas ofrecen una recompensa de 50 millones de pesos colombianos por la captura de las dos personas buscadas, vinculadas al Clan del Golfo y sancionadas por Estados Unidos.",
    },
    "us-regional-biometric-sharing": {
      title: "Estados Unidos amplía el intercambio de datos biométricos en la región",
      description:
        "Estados Unidos ha ampliado la capacidad de intercambio de datos biométricos en toda la región, para que las fuerzas del orden puedan actuar contra actores criminales antes de que entren en alguno de los países participantes.",
    },
    "gt-la-aurora-airport-biometric-program": {
      title: "Guatemala anuncia un programa de control biométrico en el Aeropuerto Internacional La Aurora",
      description:
        "Guatemala, con apoyo de Estados Unidos, anunció un nuevo programa biométrico en el Aeropuerto Internacional La Aurora. Cotejará a los viajeros con las bases de datos de seguridad de Estados Unidos casi en tiempo real para identificar a los pasajeros de alto riesgo que llegan al país.",
    },
    "us-refugee-resettlement-100000": {
      title: "Estados Unidos va camino de recibir a 100.000 refugiados este año fiscal",
      description:
        "Estados Unidos ha reconstruido su programa de reasentamiento de refugiados y ha ampliado las vías legales hacia Estados Unidos y los países socios. Va camino de recibir este año fiscal a 100.000 refugiados de todo el mundo, la cifra más alta en tres décadas.",
    },
    "us-safe-mobility-refugee-resettlement": {
      title: "La Iniciativa de Movilidad Segura reasienta a más de 23.000 refugiados del hemisferio occidental en el año fiscal 2024",
      description:
        "En el marco de la Iniciativa de Movilidad Segura de Estados Unidos, más de 23.000 refugiados del hemisferio occidental fueron reasentados en Estados Unidos en el año fiscal 2024, cuatro veces más que en el año fiscal 2023.",
    },
    "us-labor-neighbors": {
      title: "Estados Unidos incorpora Vecinos Laborales a la Iniciativa de Movilidad Segura",
      description:
        "Estados Unidos incorpora Vecinos Laborales a la Iniciativa de Movilidad Segura para derivar a las personas migrantes a más vías legales y para conectar la demanda con la oferta de mano de obra en todo el hemisferio.",
    },
    "bz-seasonal-migrant-worker-program": {
      title: "Belice crea un programa de trabajadores migrantes temporales para la agricultura y la construcción",
      description: "Belice está creando un programa de trabajadores migrantes temporales centrado en la agricultura y la construcción.",
    },
    "ca-economic-mobility-pathways-pilot": {
      title: "Canadá busca apoyar la movilidad laboral con su Programa Piloto de Vías de Movilidad Económica",
      description: "Canadá busca apoyar la movilidad laboral mediante su Programa Piloto de Vías de Movilidad Económica.",
    },
    "ec-labor-mobility-unit": {
      title: "Ecuador pone en marcha una unidad de movilidad laboral con apoyo de Estados Unidos",
      description: "Ecuador pone en marcha una nueva unidad de movilidad laboral con el apoyo de Estados Unidos.",
    },
    "us-safe-mobility-offices": {
      title: "Las Oficinas de Movilidad Segura en Guatemala, Costa Rica, Colombia y Ecuador siguen atendiendo a migrantes",
      description:
        "En el marco de la Iniciativa de Movilidad Segura, Estados Unidos sigue brindando información y recursos a personas migrantes y desplazadas a través de las Oficinas de Movilidad Segura en Guatemala, Costa Rica, Colombia y Ecuador.",
    },
    "cr-safe-mobility-offices": {
      title: "Costa Rica y Estados Unidos extenderán las Oficinas de Movilidad Segura en Costa Rica; Costa Rica ampliará los requisitos de elegibilidad",
      description:
        "Costa Rica y Estados Unidos anunciaron que las Oficinas de Movilidad Segura en Costa Rica seguirán abiertas hasta diciembre de 2025. Costa Rica también ampliará la elegibilidad a nacionales de países elegibles que estuvieran en Costa Rica el 15 de septiembre de 2024 o antes.",
    },
    "cr-safe-mobility-offices-extension": {
      title: "Costa Rica y Estados Unidos extenderán las Oficinas de Movilidad Segura en Costa Rica hasta diciembre de 2025",
      description:
        "Costa Rica y Estados Unidos anunciaron que las Oficinas de Movilidad Segura en Costa Rica se extenderán hasta diciembre de 2025.",
    },
    "cr-safe-mobility-eligibility-expansion": {
      title: "Costa Rica ampliará la elegibilidad de Movilidad Segura a quienes estuvieran en el país al 15 de septiembre de 2024",
      description:
        "Costa Rica ampliará los criterios de elegibilidad de Movilidad Segura para incluir a nacionales de países elegibles que estuvieran en Costa Rica el 15 de septiembre de 2024 o antes.",
    },
    "ca-safe-mobility-referrals": {
      title: "Canadá recibe casos remitidos por las Oficinas de Movilidad Segura y espera las primeras llegadas a partir de 2025",
      description:
        "Canadá comenzó a recibir casos remitidos por las Oficinas de Movilidad Segura del hemisferio y espera las primeras llegadas al país a partir de 2025.",
    },
    "us-chnv-parole-processes": {
      title: "Procesos de permiso humanitario (parole) de Estados Unidos para Cuba, Haití, Nicaragua y Venezuela (CHNV)",
      description:
        "Los procesos de permiso humanitario (parole) de Estados Unidos para nacionales de Cuba, Haití, Nicaragua y Venezuela permiten a las personas migrantes solicitar desde donde están la entrada legal a Estados Unidos, y han ayudado a reducir los flujos irregulares desde esos países.",
    },
    "la-regular-status-policies": {
      title: "Más de la mitad de los países adherentes tienen políticas que dan a los migrantes una situación migratoria regular",
      description:
        "Más de la mitad de los países adherentes han puesto en marcha políticas que dan a las personas migrantes una situación migratoria regular y las ayudan a integrarse en América Latina y el Caribe. En conjunto, estos esfuerzos han permitido que 4,4 millones de venezolanos obtengan un estatus legal.",
    },
    "ar-venezuelan-admission-regularization": {
      title: "Argentina anuncia un programa de regularización para venezolanos con documentos de identidad vencidos",
      description:
        "Argentina anunció un programa especial de admisión y regularización que permite solicitar la residencia a venezolanos cuyos documentos de identidad vencieron en los últimos 10 años. A falta de documentos, la identidad o los antecedentes penales pueden acreditarse mediante una declaración jurada.",
    },
    "ca-francophone-minority-student-program": {
      title: "Canadá anuncia un programa para estudiantes de comunidades francófonas minoritarias, con servicios de asentamiento",
      description:
        "Canadá anunció un nuevo programa para estudiantes de comunidades francófonas minoritarias que dará a sus participantes acceso a servicios de asentamiento mientras estudian, para ayudarlos a integrarse en sus comunidades.",
    },
    "co-regularization-plan-parents-guardians": {
      title: "Colombia firma un plan de regularización para padres indocumentados de niños con Permiso por Protección Temporal",
      description:
        "Colombia anunció la firma de un plan de regularización que podría beneficiar a unos 600.000 padres y tutores legales indocumentados de niños, niñas y adolescentes que tienen un Permiso por Protección Temporal vigente en Colombia.",
    },
    "ec-venezuelan-regularization-integration": {
      title: "Ecuador extiende la regularización, se compromete a renovar visas y obtiene apoyo de Estados Unidos para créditos del Banco Mundial",
      description:
        "Ecuador extendió hasta abril de 2025 su proceso de regularización de migrantes venezolanos y se comprometió a renovar casi 95.000 visas de dos años. Con ayuda de Estados Unidos, además está obteniendo más créditos del Banco Mundial para su proyecto de Red de Protección Social en favor de los migrantes venezolanos que viven en el país.",
    },
    "ec-regularization-extension": {
      title: "Ecuador extiende hasta abril de 2025 su proceso de regularización para venezolanos",
      description:
        "Ecuador extendió hasta abril de 2025 su proceso de regularización, que permite que aproximadamente 100.000 migrantes venezolanos obtengan un estatus legal.",
    },
    "ec-two-year-visa-renewals": {
      title: "Ecuador renovará casi 95.000 visas de dos años de venezolanos regularizados",
      description:
        "Ecuador se comprometió a renovar casi 95.000 visas de dos años emitidas anteriormente a venezolanos que se regularizaron.",
    },
    "ec-social-safety-net-world-bank-lending": {
      title: "Estados Unidos ayuda a Ecuador a obtener créditos del Banco Mundial para su proyecto de Red de Protección Social",
      description:
        "Como parte del anuncio de fondos de Estados Unidos, este país ayuda a Ecuador a obtener más créditos del Banco Mundial para su proyecto de Red de Protección Social, que contribuye a estabilizar e integrar a los 450.000 migrantes venezolanos que viven en el país.",
    },
    "mx-chiapas-multi-purpose-processing-center": {
      title: "México abrirá un Centro de Procesamiento Multipropósito en Chiapas",
      description:
        "México se comprometió a abrir un Centro de Procesamiento Multipropósito en Chiapas para agilizar la atención de las personas migrantes que buscan refugio y darles apoyo para su integración con acceso a servicios financieros, de salud y de educación.",
    },
    "pa-regularization-process-intent": {
      title: "Panamá se propone permitir que los migrantes en situación irregular soliciten estatus legal y permiso de trabajo",
      description:
        "Panamá anunció su intención de iniciar un proceso que permita a las personas migrantes que viven en Panamá en situación irregular solicitar un estatus legal y obtener permiso de trabajo.",
    },
    "pe-migrant-children-school-documentation": {
      title: "Perú dará prioridad a la documentación de niños, niñas y adolescentes migrantes en las escuelas públicas",
      description:
        "Perú, junto con agencias implementadoras de las Naciones Unidas, prevé dar prioridad a la documentación de niños, niñas y adolescentes migrantes en el sistema de educación pública, y brindar protección y servicios básicos a los menores y sus familias.",
    },
    "uy-regularization-decrees": {
      title: "Uruguay aprueba dos decretos que dan estatus legal a unos 25.500 extranjeros con solicitudes de asilo pendientes",
      description:
        "Uruguay aprobó dos decretos para dar estatus legal a aproximadamente 25.500 personas extranjeras que viven en Uruguay con solicitudes de asilo pendientes y que probablemente no calificarían para el asilo.",
    },
  },
};
