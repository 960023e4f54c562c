import type { SeedDeclaration } from "../../lib/db/seed/types";

/**
 * The White House fact sheet of 26 September 2024 on the fourth Ministerial Meeting on the Los Angeles Declaration
 * on Migration and Protection, transcribed commitment by commitment. Every sourceText is verbatim from the fact sheet
 * (markdown emphasis and link syntax removed); keys are stable and must never change once shipped.
 */

const INTRO = "Ministerial announcements";
const ENFORCEMENT = "Strengthening Humane Enforcement";
const PATHWAYS = "Expanding Lawful Pathways for Migration and Protection";
const ROOT_CAUSES = "Addressing Root Causes and Supporting the Integration of Migrants to Foster Long-term Stabilization";

export const laDeclaration2024: SeedDeclaration = {
  key: "la-declaration-2024-ministerial",
  framework: {
    key: "los-angeles-declaration-on-migration-and-protection",
    name: "Los Angeles Declaration on Migration and Protection",
    shortName: "Los Angeles Declaration",
    description:
      "What the 22 endorsing governments committed to at the fourth ministerial meeting on September 25, 2024, as announced in the White House fact sheet of the next day, and where each commitment stands now.",
    startedOn: "2022-06-10",
    startedPlace: "Los Angeles",
    endorserCount: 22,
  },
  meetingName: "Fourth Ministerial Meeting on the Los Angeles Declaration on Migration and Protection",
  meetingDate: "2024-09-25",
  meetingPlace: "",
  sourceTitle: "Fact sheet: Fourth Ministerial Meeting on the Los Angeles Declaration on Migration and Protection",
  sourceUrl:
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/09/26/fact-sheet-fourth-ministerial-meeting-on-the-los-angeles-declaration-on-migration-and-protection/",
  publishedAt: "2024-09-26T14:00:29-04:00",
  document: { publisher: "The White House", file: "la-declaration-fact-sheet-2024-09-26.md" },

  pillars: [
    {
      slug: "root-causes-and-integration",
      position: 1,
      name: "Addressing root causes and supporting the integration of migrants to foster long-term stabilization",
      shortName: "Root causes & integration",
      description:
        "Tackling the drivers of displacement and helping migrants gain regular status and integrate into host communities.",
    },
    {
      slug: "lawful-pathways",
      position: 2,
      name: "Expanding lawful pathways for migration and protection",
      shortName: "Lawful pathways",
      description: "Widening safe and legal routes for refugees, workers and other migrants across the hemisphere.",
    },
    {
      slug: "humane-enforcement",
      position: 3,
      name: "Strengthening humane enforcement",
      shortName: "Humane enforcement",
      description:
        "Deterring irregular migration and holding smugglers and traffickers to account while screening for protection needs.",
    },
  ],

  countries: [
    { code: "AR", alpha3: "ARG", name: "Argentina" },
    { code: "BZ", alpha3: "BLZ", name: "Belize" },
    { code: "CA", alpha3: "CAN", name: "Canada" },
    { code: "CO", alpha3: "COL", name: "Colombia" },
    { code: "CR", alpha3: "CRI", name: "Costa Rica" },
    { code: "EC", alpha3: "ECU", name: "Ecuador" },
    { code: "GT", alpha3: "GTM", name: "Guatemala" },
    { code: "MX", alpha3: "MEX", name: "Mexico" },
    { code: "PA", alpha3: "PAN", name: "Panama" },
    { code: "PE", alpha3: "PER", name: "Peru" },
    { code: "US", alpha3: "USA", name: "United States" },
    { code: "UY", alpha3: "URY", name: "Uruguay" },
  ],

  commitments: [
    // ─── Ministerial announcements (intro paragraphs) ───────────────────────────────────────────────────────────
    {
      key: "us-686-million-assistance",
      pillar: null,
      pillarNote:
        "Framework-wide: the package is to respond to humanitarian needs, strengthen humane enforcement, expand lawful pathways and facilitate regularization and integration, so it spans all three pillars; its parts stand under the pillar each one serves.",
      title: "United States announces more than $686 million in new assistance for partner countries",
      description:
        "The United States announced more than $686 million in new humanitarian, development, economic and security assistance. It is to help partner countries respond to urgent humanitarian needs, strengthen humane enforcement, expand lawful pathways, and regularize and integrate migrants in the region.",
      sourceText:
        "On behalf of the United States, Secretary Blinken announced more than $686 million in new humanitarian, development, economic, and security assistance to support partner countries to respond to urgent humanitarian needs, strengthen humane enforcement efforts, expand lawful pathways, and facilitate the regularization and integration of migrants within the region.",
      sourceSection: INTRO,
      type: "FUNDING",
      countries: [{ code: "US", role: "LEAD" }],
      status: "NO_INFORMATION",
      statusWords: "Secretary Blinken announced",
      statusReason:
        "“Secretary Blinken announced” the package; the fact sheet says nothing of its delivery.",
      targets: [
        {
          key: "assistance-amount",
          kind: "GOAL",
          label: "New assistance announced",
          qualifier: "MORE_THAN",
          value: 686000000,
          unit: "USD",
          asWritten: "more than $686 million",
          sourceText: "more than $686 million",
        },
      ],
      children: [
        {
          key: "us-686m-humanitarian-needs",
          pillar: "root-causes-and-integration",
          title: "U.S. funding for urgent humanitarian needs of migrants, including Venezuelans",
          description:
            "A significant portion of the $686 million in new U.S. funding will support regional efforts to meet urgent humanitarian needs such as basic food, shelter and health care for migrants and displaced persons, including nearly 8 million Venezuelans.",
          sourceText:
            "A significant portion of the United States’ $686 million in new funding announced on September 25, 2024 will support regional efforts to respond to urgent humanitarian needs, like basic food, shelter, and health care for migrants and displaced persons, including nearly 8 million Venezuelans.",
          sourceSection: ROOT_CAUSES,
          type: "FUNDING",
          countries: [{ code: "US", role: "LEAD" }],
          status: "NOT_STARTED",
          statusWords: "will support",
          statusReason:
            "A significant portion of the funding “will support” these efforts, in the future.",
          targets: [
            {
              key: "venezuelans-in-need",
              kind: "CONTEXT",
              label: "Venezuelans among the migrants and displaced persons in need",
              qualifier: "NEARLY",
              value: 8000000,
              unit: "Venezuelans",
              asWritten: "nearly 8 million Venezuelans",
              sourceText: "including nearly 8 million Venezuelans",
            },
          ],
        },
        {
          key: "us-686m-migrant-integration",
          pillar: "root-causes-and-integration",
          title: "U.S. funding for regional partners to absorb and integrate migrants",
          description:
            "U.S. funding supports regional partners in absorbing and integrating migrants, promoting their financial inclusion and entry into the labor market, and supporting host communities.",
          sourceText:
            "U.S. funding also supports regional partners’ efforts to absorb and integrate migrants, promoting migrants’ financial inclusion and labor market insertion, and supporting host communities.",
          sourceSection: ROOT_CAUSES,
          type: "FUNDING",
          countries: [{ code: "US", role: "LEAD" }],
          status: "IN_PROGRESS",
          statusWords: "U.S. funding also supports",
          statusReason:
            "“U.S. funding also supports” these integration efforts, in the present tense.",
        },
      ],
    },
    {
      key: "us-1-2-billion-committed-2024",
      pillar: null,
      pillarNote:
        "Framework-wide: the total of U.S. funding committed under the framework in 2024, across all three pillars.",
      title: "United States has committed over $1.2 billion under the Los Angeles Declaration in 2024",
      description:
        "Including the new announcement, the United States has committed more than $1.2 billion under the Los Angeles Declaration framework in 2024.",
      sourceText:
        "With this announcement, the United States has now committed over $1.2 billion under the Los Angeles Declaration framework in 2024 alone, reflecting the Biden-Harris Administration’s unwavering commitment to collaboratively addressing this hemispheric challenge.",
      sourceSection: INTRO,
      type: "FUNDING",
      countries: [{ code: "US", role: "LEAD" }],
      status: "COMPLETED",
      statusWords: "has now committed",
      statusReason:
        "The United States “has now committed” over $1.2 billion in 2024: the committing is reported as done (its disbursement is another matter the fact sheet does not report).",
      deadlines: [
        {
          key: "commitment-period",
          kind: "REFERENCE",
          label: "Funding committed during",
          date: "2024-01-01",
          precision: "YEAR",
          sourceText: "in 2024 alone",
        },
      ],
      targets: [
        {
          key: "total-committed",
          kind: "REPORTED",
          label: "Total committed under the framework in 2024",
          qualifier: "MORE_THAN",
          value: 1200000000,
          unit: "USD",
          asWritten: "over $1.2 billion",
          sourceText: "over $1.2 billion under the Los Angeles Declaration framework in 2024 alone",
        },
      ],
    },
    {
      key: "us-expanded-enforcement-partnerships",
      pillar: "humane-enforcement",
      title: "United States announces expanded enforcement partnerships to deter irregular migration",
      description:
        "The United States announced expanded enforcement partnerships to deter irregular migration, including a removal pilot program with Panama and new visa restrictions on travel agencies and tour operators that prey on migrants. The actions aim to hold exploiters of migrants accountable and to dissuade dangerous irregular journeys.",
      sourceText:
        "The United States also announced expanded enforcement partnerships to deter irregular migration, including a removal pilot program with the Government of Panama and new visa restrictions against travel agencies and tour operators that prey on vulnerable migrants. These actions aim to hold accountable those who exploit migrants for profit and to dissuade migrants from attempting dangerous irregular journeys.",
      sourceSection: INTRO,
      type: "ENFORCEMENT_ACTION",
      countries: [
        { code: "US", role: "LEAD" },
        { code: "PA", role: "PARTNER" },
      ],
      status: "IN_PROGRESS",
      statusWords: "Panama is implementing",
      statusReason:
        "The United States “announced” the partnerships, and the fact sheet reports their parts under way: “Panama is implementing” the removal program and the United States “continues to take steps” on visa restrictions.",
      links: [
        {
          label: "removal pilot program with the Government of Panama",
          url: "https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/01/statement-from-nsc-spokesperson-adrienne-watson-welcoming-the-agreement-with-panama-to-address-irregular-migration-jointly/",
        },
        {
          label: "new visa restrictions",
          url: "https://www.state.gov/visa-restrictions-on-executives-of-travel-companies-who-facilitate-irregular-migration-to-the-united-states/",
        },
      ],
      children: [
        {
          key: "pa-us-funded-removal-program",
          pillar: "humane-enforcement",
          title: "Panama implements a U.S.-funded removal program",
          description:
            "Panama is implementing a removal program funded by the United States. It has removed hundreds of foreign nationals with no lawful basis to remain in Panama after screening them for protection needs.",
          sourceText:
            "Panama is implementing a U.S.-funded removal program that has resulted in the removal of hundreds of foreign nationals who did not have a lawful basis to remain in Panama, after they were screened for protection needs.",
          sourceSection: ENFORCEMENT,
          type: "ENFORCEMENT_ACTION",
          countries: [
            { code: "PA", role: "LEAD" },
            { code: "US", role: "PARTNER" },
          ],
          status: "IN_PROGRESS",
          statusWords: "is implementing",
          statusReason:
            "Panama “is implementing” the program, which has already resulted in removals.",
          targets: [
            {
              key: "foreign-nationals-removed",
              kind: "REPORTED",
              label: "Foreign nationals removed after screening for protection needs",
              qualifier: "STATED",
              value: null,
              unit: "foreign nationals",
              asWritten: "hundreds of foreign nationals",
              sourceText: "resulted in the removal of hundreds of foreign nationals",
            },
          ],
        },
        {
          key: "us-visa-restrictions-travel-executives",
          pillar: "humane-enforcement",
          title: "U.S. visa restrictions on travel company executives facilitating irregular migration",
          description:
            "The United States continues to impose visa restrictions on executives of travel agencies and charter air and maritime transportation companies worldwide that facilitate irregular migration to the United States. On September 24, 2024, the State Department imposed additional restrictions on executives of travel agencies operating in Europe, Africa and the Middle East.",
          sourceText:
            "The United States continues to take steps to impose visa restrictions on executives of travel agencies and charter air and maritime transportation companies around the globe that are facilitating irregular migration to the United States. On September 24, 2024, the State Department imposed additional visa restrictions against multiple executives of travel agencies operating in Europe, Africa, and the Middle East that are knowingly facilitating illegal migration.",
          sourceSection: ENFORCEMENT,
          type: "ENFORCEMENT_ACTION",
          countries: [{ code: "US", role: "LEAD" }],
          status: "IN_PROGRESS",
          statusWords: "continues to take steps to impose",
          statusReason:
            "The United States “continues to take steps to impose” visa restrictions; the September 24, 2024 round was one step.",
          links: [
            {
              label:
                "visa restrictions against multiple executives of travel agencies operating in Europe, Africa, and the Middle East",
              url: "https://www.state.gov/actions-against-travel-agency-executives-who-knowingly-facilitate-irregular-migration/",
            },
          ],
          deadlines: [
            {
              key: "additional-restrictions-imposed",
              kind: "REFERENCE",
              label: "Additional visa restrictions imposed",
              date: "2024-09-24",
              precision: "DAY",
              sourceText: "On September 24, 2024",
            },
          ],
        },
      ],
    },
    {
      key: "la-declaration-secretariat",
      pillar: null,
      pillarNote:
        "Framework-wide: the Secretariat is to institutionalize the Declaration as a whole, not one of its pillars.",
      title: "Endorsing countries to set up a Secretariat managed by PADF and the OAS",
      description:
        "The endorsing countries agreed to institutionalize the Los Angeles Declaration by establishing a Secretariat. It will be managed by the Pan American Development Foundation and the Organization of American States to sustain coordinated progress on migration management.",
      sourceText:
        "Endorsing countries agreed to further institutionalize the Los Angeles Declaration through the establishment of a Secretariat, which will be managed by the Pan American Development Foundation and the Organization of American States and will ensure that coordinated progress on migration management is sustained into the future under this framework.",
      sourceSection: INTRO,
      type: "INSTITUTIONAL",
      collectiveActor: "Los Angeles Declaration endorsing countries",
      countries: [],
      status: "NOT_STARTED",
      statusWords: "will be managed",
      statusReason:
        "The countries “agreed to” establish the Secretariat, which “will be managed” by PADF and the OAS: a future act.",
    },
    {
      key: "co-rotating-country-chair",
      pillar: null,
      pillarNote:
        "Framework-wide: a role in running the Declaration itself, not one of its pillars.",
      title: "Colombia to serve as rotating Country Chair of the Los Angeles Declaration over the next year",
      description:
        "Colombia formally announced that it will take on the role of rotating Country Chair of the Los Angeles Declaration over the next year.",
      sourceText:
        "The Government of Colombia formally announced that it will assume the role of rotating Country Chair over the next year and will host the fifth Los Angeles Declaration Ministerial in 2025.",
      sourceSection: INTRO,
      type: "INSTITUTIONAL",
      countries: [{ code: "CO", role: "LEAD" }],
      status: "NOT_STARTED",
      statusWords: "will assume the role of rotating Country Chair over the next year",
      statusReason:
        "Colombia announced that it “will assume the role of rotating Country Chair over the next year”: a future act.",
      deadlines: [
        {
          key: "chair-term-ends",
          kind: "MILESTONE",
          label: "Term as rotating Country Chair ends",
          date: "2025-01-01",
          precision: "YEAR",
          sourceText: "over the next year",
          inferenceNote:
            "The fact sheet says “over the next year”; counted from the Ministerial of September 25, 2024, the term ends in 2025.",
        },
      ],
    },
    {
      key: "co-rotating-country-chair-2025-ministerial",
      pillar: null,
      pillarNote:
        "Framework-wide: the next meeting of all endorsing countries, on every pillar.",
      title: "Colombia to host the fifth Los Angeles Declaration Ministerial in 2025",
      description: "Colombia formally announced that it will host the fifth Los Angeles Declaration Ministerial in 2025.",
      sourceText:
        "The Government of Colombia formally announced that it will assume the role of rotating Country Chair over the next year and will host the fifth Los Angeles Declaration Ministerial in 2025.",
      sourceSection: INTRO,
      type: "INSTITUTIONAL",
      countries: [{ code: "CO", role: "LEAD" }],
      status: "NOT_STARTED",
      statusWords: "will host the fifth Los Angeles Declaration Ministerial in 2025",
      statusReason: "Colombia “will host the fifth Los Angeles Declaration Ministerial in 2025”: a future act.",
      deadlines: [
        {
          key: "fifth-ministerial",
          kind: "MILESTONE",
          label: "Fifth Ministerial hosted by Colombia",
          date: "2025-01-01",
          precision: "YEAR",
          sourceText: "will host the fifth Los Angeles Declaration Ministerial in 2025",
        },
      ],
    },

    // ─── Strengthening Humane Enforcement ──────────────────────────────────────────────────────────────────────
    {
      key: "us-asylum-bar-executive-actions",
      pillar: "humane-enforcement",
      title: "U.S. executive actions bar asylum for unlawful crossings during high encounter levels",
      description:
        "On June 4, 2024, the President announced executive actions barring migrants who cross the U.S. Southern border unlawfully from receiving asylum when high levels of encounters exceed the capacity to deliver timely consequences. Since then, encounters between ports of entry have dropped by more than 50%.",
      sourceText:
        "On June 4, 2024, President Biden announced executive actions to bar migrants who cross the U.S. Southern border unlawfully from receiving asylum during times when high levels of encounters exceed our ability to deliver timely consequences. Since June 4, encounters between ports of entry have dropped by more than 50% and remain at their lowest level in years. Encounters in July and August 2024 dropped to the lowest levels since September 2020.",
      sourceSection: ENFORCEMENT,
      type: "POLICY_OR_LAW",
      countries: [{ code: "US", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "Since June 4, encounters between ports of entry have dropped by more than 50%",
      statusReason:
        "The actions were announced on June 4, 2024 and are applied: “Since June 4, encounters between ports of entry have dropped by more than 50%”.",
      links: [
        {
          label: "executive action",
          url: "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/04/fact-sheet-president-biden-announces-new-actions-to-secure-the-border/",
        },
      ],
      deadlines: [
        {
          key: "announced",
          kind: "REFERENCE",
          label: "Executive actions announced",
          date: "2024-06-04",
          precision: "DAY",
          sourceText: "On June 4, 2024",
        },
      ],
      targets: [
        {
          key: "encounter-drop",
          kind: "REPORTED",
          label: "Drop in encounters between ports of entry since June 4",
          qualifier: "MORE_THAN",
          value: 50,
          unit: "percent",
          asWritten: "more than 50%",
          sourceText: "encounters between ports of entry have dropped by more than 50%",
        },
      ],
    },
    {
      key: "la-entry-transit-visa-policies",
      pillar: "humane-enforcement",
      title: "Endorsing countries use entry and transit visas to curb extracontinental migration",
      description:
        "Partner countries reaffirmed their commitment to stem extracontinental irregular migration through strategic use of entry and transit visas and passenger vetting. Endorsing countries have taken over 300 new visa policy actions to restrict travel intended solely for irregular migration.",
      sourceText:
        "Partner countries reaffirmed their commitment to stem extracontinental irregular migration through the strategic use of entry and transit visas and passenger vetting. In total, Los Angeles Declaration endorsing countries have taken over 300 new visa policy actions to restrict travel intended solely for irregular migration.",
      sourceSection: ENFORCEMENT,
      type: "POLICY_OR_LAW",
      collectiveActor: "Los Angeles Declaration endorsing countries",
      countries: [],
      status: "IN_PROGRESS",
      statusWords: "have taken over 300 new visa policy actions",
      statusReason:
        "The countries “reaffirmed their commitment” and “have taken over 300 new visa policy actions”, an effort that goes on.",
      targets: [
        {
          key: "visa-policy-actions",
          kind: "REPORTED",
          label: "New visa policy actions taken",
          qualifier: "MORE_THAN",
          value: 300,
          unit: "visa policy actions",
          asWritten: "over 300 new visa policy actions",
          sourceText: "have taken over 300 new visa policy actions",
        },
      ],
    },
    {
      key: "us-smuggling-trafficking-investigations",
      pillar: "humane-enforcement",
      title: "U.S. steps up investigations and prosecutions of smuggling and trafficking networks",
      description:
        "The United States has mobilized resources to increase investigations, arrests and prosecutions of human smuggling and trafficking networks, including in partnership with other Los Angeles Declaration countries.",
      sourceText:
        "The United States has mobilized resources to increase investigations, arrests, and prosecutions of human smuggling and trafficking networks, including in partnerships with other Los Angeles Declaration countries.",
      sourceSection: ENFORCEMENT,
      type: "ENFORCEMENT_ACTION",
      countries: [{ code: "US", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "has mobilized resources to increase investigations",
      statusReason:
        "The United States “has mobilized resources to increase investigations”, an effort that goes on.",
      children: [
        {
          key: "gt-dismantles-san-antonio-smuggling-network",
          pillar: "humane-enforcement",
          title: "Guatemala dismantles smuggling network behind the 2022 San Antonio tractor-trailer deaths",
          description:
            "Guatemalan law enforcement, in an investigation supported by the U.S. Departments of Justice and Homeland Security, dismantled a Guatemala-based human smuggling network responsible for the deaths of 53 migrants in a tractor-trailer in San Antonio, Texas in June 2022.",
          sourceText:
            "In August, for example, Guatemalan law enforcement—in an investigation supported by the Departments of Justice and Homeland Security— dismantled a human smuggling network based in Guatemala that was responsible for the deaths of 53 migrants in a tractor-trailer in San Antonio, Texas in June 2022.",
          sourceSection: ENFORCEMENT,
          type: "ENFORCEMENT_ACTION",
          countries: [
            { code: "GT", role: "LEAD" },
            { code: "US", role: "PARTNER" },
          ],
          status: "COMPLETED",
          statusWords: "dismantled a human smuggling network",
          statusReason:
            "Guatemalan law enforcement “dismantled a human smuggling network”: a single act, done.",
          deadlines: [
            {
              key: "network-dismantled",
              kind: "REFERENCE",
              label: "Network dismantled",
              date: "2024-08-01",
              precision: "MONTH",
              sourceText: "In August",
              inferenceNote:
                "The fact sheet says only “In August”; the year 2024 is inferred from its publication on September 26, 2024.",
            },
            {
              key: "san-antonio-deaths",
              kind: "REFERENCE",
              label: "Deaths in the tractor-trailer in San Antonio, Texas",
              date: "2022-06-01",
              precision: "MONTH",
              sourceText: "in San Antonio, Texas in June 2022",
            },
          ],
          targets: [
            {
              key: "migrant-deaths",
              kind: "CONTEXT",
              label: "Migrants who died in the tractor-trailer",
              qualifier: "STATED",
              value: 53,
              unit: "migrants",
              asWritten: "53 migrants",
              sourceText: "responsible for the deaths of 53 migrants",
            },
          ],
        },
      ],
    },
    {
      key: "us-sanctions-smuggling-networks",
      pillar: "humane-enforcement",
      title: "United States sanctions human smuggling networks, including Darien Gap operators",
      description:
        "The United States has sanctioned eight human smuggling networks, including over 30 individuals and entities, to hold accountable those who exploit migrants. On September 24, 2024, the Treasury’s Office of Foreign Assets Control sanctioned five Colombian nationals and two Mexican-based businesses, including two individuals affiliated with the Clan del Golfo who control migrant flows through the Darien Gap.",
      sourceText:
        "Under the Biden-Harris Administration, the United States has sanctioned eight human smuggling networks, including over 30 individuals and entities, to hold accountable those responsible for the exploitation of migrants. On September 24, 2024, for example, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned five Colombian nationals and two Mexican-based businesses, including two individuals affiliated with the Clan del Golfo transnational criminal organization, who are responsible for the control of migrant flows through the Darien Gap.",
      sourceSection: ENFORCEMENT,
      type: "ENFORCEMENT_ACTION",
      countries: [{ code: "US", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "has sanctioned eight human smuggling networks",
      statusReason:
        "The United States “has sanctioned eight human smuggling networks”, most recently on September 24, 2024: an effort that goes on.",
      links: [
        {
          label: "sanctioned five Colombian nationals and two Mexican-based businesses",
          url: "https://home.treasury.gov/news/press-releases/jy2605",
        },
      ],
      deadlines: [
        {
          key: "ofac-designations",
          kind: "REFERENCE",
          label: "OFAC sanctions on Darien Gap smugglers",
          date: "2024-09-24",
          precision: "DAY",
          sourceText: "On September 24, 2024, for example",
        },
      ],
      targets: [
        {
          key: "networks-sanctioned",
          kind: "REPORTED",
          label: "Human smuggling networks sanctioned",
          qualifier: "STATED",
          value: 8,
          unit: "human smuggling networks",
          asWritten: "eight human smuggling networks",
          sourceText: "sanctioned eight human smuggling networks",
        },
        {
          key: "individuals-entities-sanctioned",
          kind: "REPORTED",
          label: "Individuals and entities sanctioned",
          qualifier: "MORE_THAN",
          value: 30,
          unit: "individuals and entities",
          asWritten: "over 30 individuals and entities",
          sourceText: "including over 30 individuals and entities",
        },
        {
          key: "colombian-nationals-sanctioned",
          kind: "REPORTED",
          label: "Colombian nationals sanctioned on September 24, 2024",
          qualifier: "STATED",
          value: 5,
          unit: "individuals",
          asWritten: "five Colombian nationals",
          sourceText: "sanctioned five Colombian nationals",
        },
        {
          key: "mexican-businesses-sanctioned",
          kind: "REPORTED",
          label: "Mexican-based businesses sanctioned on September 24, 2024",
          qualifier: "STATED",
          value: 2,
          unit: "businesses",
          asWritten: "two Mexican-based businesses",
          sourceText: "two Mexican-based businesses",
        },
      ],
      children: [
        {
          key: "co-reward-capture-clan-del-golfo-smugglers",
          pillar: "humane-enforcement",
          title: "Colombia offers a reward for the capture of two sanctioned Clan del Golfo smugglers",
          description:
            "Colombian authorities are offering a reward of 50 million Colombian pesos for the capture of the two wanted Clan del Golfo-affiliated individuals sanctioned by the United States.",
          sourceText:
            "Colombian authorities are offering a reward of 50 million Colombian pesos for the capture of both wanted criminals.",
          sourceSection: ENFORCEMENT,
          type: "ENFORCEMENT_ACTION",
          countries: [{ code: "CO", role: "LEAD" }],
          status: "IN_PROGRESS",
          statusWords: "are offering a reward",
          statusReason:
            "Colombian authorities “are offering a reward”; no capture is reported.",
          targets: [
            {
              key: "reward",
              kind: "CONTEXT",
              label: "Reward offered for the capture of both wanted criminals",
              qualifier: "STATED",
              value: 50000000,
              unit: "COP",
              asWritten: "50 million Colombian pesos",
              sourceText: "a reward of 50 million Colombian pesos",
            },
          ],
        },
      ],
    },
    {
      key: "us-regional-biometric-sharing",
      pillar: "humane-enforcement",
      title: "United States enhances biometric sharing capabilities across the region",
      description:
        "The United States has enhanced biometric sharing capabilities throughout the region so that law enforcement can act against criminal actors before they enter any of the participating countries.",
      sourceText:
        "The United States has enhanced biometric sharing capabilities throughout the region, enabling law enforcement actions against criminal actors before they enter any of our countries.",
      sourceSection: ENFORCEMENT,
      type: "PROGRAM",
      countries: [{ code: "US", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "has enhanced biometric sharing capabilities throughout the region, enabling law enforcement actions",
      statusReason:
        "The United States “has enhanced biometric sharing capabilities throughout the region, enabling law enforcement actions”: the capability is in use.",
      children: [
        {
          key: "gt-la-aurora-airport-biometric-program",
          pillar: "humane-enforcement",
          title: "Guatemala announces a biometric screening program at La Aurora International Airport",
          description:
            "Guatemala, with U.S. support, announced a new biometric program at La Aurora International Airport. It will cross-reference travelers with U.S. security databases in near-real time to identify high-risk arriving passengers.",
          sourceText:
            "Guatemala, with support from the United States, announced a new biometric program at La Aurora International Airport to cross-reference travelers with U.S. security databases in near-real time in order to identify high-risk arriving passengers.",
          sourceSection: ENFORCEMENT,
          type: "PROGRAM",
          countries: [
            { code: "GT", role: "LEAD" },
            { code: "US", role: "PARTNER" },
          ],
          status: "NO_INFORMATION",
          statusWords: "announced a new biometric program",
          statusReason:
            "Guatemala only “announced a new biometric program”: the fact sheet says nothing of whether it runs.",
        },
      ],
    },

    // ─── Expanding Lawful Pathways for Migration and Protection ────────────────────────────────────────────────
    {
      key: "us-refugee-resettlement-100000",
      pillar: "lawful-pathways",
      title: "United States on track to welcome 100,000 refugees this fiscal year",
      description:
        "The United States has rebuilt its refugee resettlement program and expanded lawful pathways to the United States and partner countries. It is on track to welcome 100,000 refugees from around the world this fiscal year, the largest number in three decades.",
      sourceText:
        "The Biden-Harris Administration has rebuilt the United States’ refugee resettlement program and led a historic expansion of lawful pathways to the United States and partner countries. The United States is now on track to welcome 100,000 refugees from around the world this fiscal year, the largest number in three decades.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      countries: [{ code: "US", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "is now on track to welcome",
      statusReason:
        "The United States “is now on track to welcome” 100,000 refugees this fiscal year: under way, not yet reached.",
      deadlines: [
        {
          key: "fiscal-year",
          kind: "MILESTONE",
          label: "Refugee admissions expected in",
          date: "2023-10-01",
          precision: "FISCAL_YEAR",
          sourceText: "this fiscal year",
          inferenceNote:
            "The fact sheet says “this fiscal year”; on its publication day, September 26, 2024, that is the U.S. fiscal year 2024 (October 2023 to September 2024).",
        },
      ],
      targets: [
        {
          key: "refugees-welcomed",
          kind: "GOAL",
          label: "Refugees welcomed this fiscal year",
          qualifier: "STATED",
          value: 100000,
          unit: "refugees",
          asWritten: "100,000 refugees",
          sourceText: "on track to welcome 100,000 refugees",
        },
      ],
    },
    {
      key: "us-safe-mobility-refugee-resettlement",
      pillar: "lawful-pathways",
      title: "Safe Mobility Initiative resettles over 23,000 Western Hemisphere refugees in FY2024",
      description:
        "Under the U.S. Safe Mobility Initiative, more than 23,000 refugees from within the Western Hemisphere were resettled in the United States in fiscal year 2024, four times as many as in fiscal year 2023.",
      sourceText:
        "Under the U.S. Government’s Safe Mobility Initiative, over 23,000 refugees from within the Western Hemisphere have been resettled safely and legally in the United States in Fiscal Year 2024, a four-fold increase over FY 2023.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      countries: [{ code: "US", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "have been resettled safely and legally",
      statusReason:
        "Over 23,000 refugees “have been resettled safely and legally” so far in the fiscal year, under an initiative that goes on.",
      deadlines: [
        {
          key: "reporting-period",
          kind: "REFERENCE",
          label: "Resettlement figure covers",
          date: "2023-10-01",
          precision: "FISCAL_YEAR",
          sourceText: "in Fiscal Year 2024",
        },
      ],
      targets: [
        {
          key: "refugees-resettled",
          kind: "REPORTED",
          label: "Western Hemisphere refugees resettled in FY2024",
          qualifier: "MORE_THAN",
          value: 23000,
          unit: "refugees",
          asWritten: "over 23,000 refugees",
          sourceText: "over 23,000 refugees from within the Western Hemisphere",
        },
        {
          key: "increase-over-fy2023",
          kind: "REPORTED",
          label: "Increase over FY 2023",
          qualifier: "STATED",
          value: 4,
          unit: "times the FY 2023 number",
          asWritten: "four-fold",
          sourceText: "a four-fold increase over FY 2023",
        },
      ],
    },
    {
      key: "us-labor-neighbors",
      pillar: "lawful-pathways",
      title: "United States is incorporating Labor Neighbors into the Safe Mobility Initiative",
      description:
        "The United States is incorporating Labor Neighbors into the Safe Mobility Initiative to refer migrants to more lawful pathways and to match labor demand with labor supply across the hemisphere.",
      sourceText:
        "The United States is incorporating Labor Neighbors as part of the Safe Mobility Initiative to refer migrants to more lawful pathways and help match labor demand to labor supply across the hemisphere.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      countries: [{ code: "US", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "is incorporating",
      statusReason:
        "The United States “is incorporating” Labor Neighbors, in the present progressive.",
    },
    {
      key: "bz-seasonal-migrant-worker-program",
      pillar: "lawful-pathways",
      title: "Belize is establishing a seasonal migrant worker program for agriculture and construction",
      description: "Belize is establishing a seasonal migrant worker program focused on agriculture and construction.",
      sourceText:
        "Belize announced it is establishing a seasonal migrant worker program focused on agriculture and construction.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      countries: [{ code: "BZ", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "is establishing",
      statusReason:
        "Belize announced it “is establishing” the program, in the present progressive.",
    },
    {
      key: "ca-economic-mobility-pathways-pilot",
      pillar: "lawful-pathways",
      title: "Canada seeks to support labor mobility through its Economic Mobility Pathways Pilot",
      description: "Canada seeks to support labor mobility through its Economic Mobility Pathways Pilot.",
      sourceText: "Canada seeks to support labor mobility through its Economic Mobility Pathways Pilot.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      countries: [{ code: "CA", role: "LEAD" }],
      status: "NO_INFORMATION",
      statusWords: "seeks to support",
      statusReason:
        "Canada “seeks to support” labor mobility: an aim, with nothing said of what is done.",
    },
    {
      key: "ec-labor-mobility-unit",
      pillar: "lawful-pathways",
      title: "Ecuador is launching a labor mobility unit with U.S. support",
      description: "Ecuador is launching a new labor mobility unit with support from the United States.",
      sourceText: "Ecuador is launching a new labor mobility unit with U.S. support.",
      sourceSection: PATHWAYS,
      type: "INSTITUTIONAL",
      countries: [
        { code: "EC", role: "LEAD" },
        { code: "US", role: "PARTNER" },
      ],
      status: "IN_PROGRESS",
      statusWords: "is launching",
      statusReason:
        "Ecuador “is launching” the unit, in the present progressive.",
    },
    {
      key: "us-safe-mobility-offices",
      pillar: "lawful-pathways",
      title: "Safe Mobility Offices in Guatemala, Costa Rica, Colombia and Ecuador keep serving migrants",
      description:
        "Under the Safe Mobility Initiative, the United States continues to provide migrants and displaced persons with information and resources through the Safe Mobility Offices in Guatemala, Costa Rica, Colombia and Ecuador.",
      sourceText:
        "As part of the Safe Mobility Initiative, the United States continues to provide migrants and displaced persons with information and resources though the Safe Mobility Offices in Guatemala, Costa Rica, Colombia, and Ecuador.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      countries: [
        { code: "US", role: "LEAD" },
        { code: "CO", role: "HOST" },
        { code: "CR", role: "HOST" },
        { code: "EC", role: "HOST" },
        { code: "GT", role: "HOST" },
      ],
      status: "IN_PROGRESS",
      statusWords: "continues to provide",
      statusReason:
        "The United States “continues to provide” information and resources through the offices.",
    },
    {
      key: "cr-safe-mobility-offices",
      pillar: "lawful-pathways",
      title: "Costa Rica and the United States to extend the Safe Mobility Offices in Costa Rica; Costa Rica to widen eligibility",
      description:
        "Costa Rica and the United States announced that the Safe Mobility Offices in Costa Rica will stay open until December 2025. Costa Rica will also widen eligibility to nationals of eligible countries present in Costa Rica on or before September 15, 2024.",
      sourceText:
        "Costa Rica and the United States announced that the Safe Mobility Offices in Costa Rica will be extended until December 2025. Costa Rica will also expand eligibility criteria to include nationals from eligible countries who were present in Costa Rica on or before September 15, 2024.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      isGroup: true,
      countries: [
        { code: "CR", role: "LEAD" },
        { code: "US", role: "LEAD" },
      ],
      status: "IN_PROGRESS",
      statusWords: "will be extended until December 2025",
      statusReason:
        "A group of the two announcements below: the offices, open today, “will be extended until December 2025”.",
      children: [
        {
          key: "cr-safe-mobility-offices-extension",
          pillar: "lawful-pathways",
          title: "Costa Rica and the United States to extend the Safe Mobility Offices in Costa Rica until December 2025",
          description:
            "Costa Rica and the United States announced that the Safe Mobility Offices in Costa Rica will be extended until December 2025.",
          sourceText:
            "Costa Rica and the United States announced that the Safe Mobility Offices in Costa Rica will be extended until December 2025.",
          sourceSection: PATHWAYS,
          type: "PROGRAM",
          countries: [
            { code: "CR", role: "LEAD" },
            { code: "US", role: "LEAD" },
          ],
          status: "IN_PROGRESS",
          statusWords: "will be extended until December 2025",
          statusReason:
            "The offices run today (the United States “continues to provide” resources through them) and “will be extended until December 2025”.",
          deadlines: [
            {
              key: "offices-open-until",
              kind: "DEADLINE",
              label: "Safe Mobility Offices open until",
              date: "2025-12-01",
              precision: "MONTH",
              sourceText: "until December 2025",
            },
          ],
        },
        {
          key: "cr-safe-mobility-eligibility-expansion",
          pillar: "lawful-pathways",
          title: "Costa Rica to widen Safe Mobility eligibility to those present by September 15, 2024",
          description:
            "Costa Rica will expand Safe Mobility eligibility criteria to include nationals of eligible countries who were present in Costa Rica on or before September 15, 2024.",
          sourceText:
            "Costa Rica will also expand eligibility criteria to include nationals from eligible countries who were present in Costa Rica on or before September 15, 2024.",
          sourceSection: PATHWAYS,
          type: "POLICY_OR_LAW",
          countries: [{ code: "CR", role: "LEAD" }],
          status: "NOT_STARTED",
          statusWords: "will also expand eligibility criteria",
          statusReason:
            "Costa Rica “will also expand eligibility criteria”: a future act.",
          deadlines: [
            {
              key: "presence-cutoff",
              kind: "REFERENCE",
              label: "Must have been present in Costa Rica on or before",
              date: "2024-09-15",
              precision: "DAY",
              sourceText: "on or before September 15, 2024",
            },
          ],
        },
      ],
    },
    {
      key: "ca-safe-mobility-referrals",
      pillar: "lawful-pathways",
      title: "Canada receives Safe Mobility Office referrals, with arrivals expected from 2025",
      description:
        "Canada began receiving referrals from the Safe Mobility Offices in the hemisphere and expects the first arrivals in Canada starting in 2025.",
      sourceText:
        "Canada began receiving referrals from the Safe Mobility Offices in the hemisphere and expects arrivals to Canada starting in 2025.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      countries: [{ code: "CA", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "began receiving referrals",
      statusReason:
        "Canada “began receiving referrals” and expects arrivals starting in 2025.",
      deadlines: [
        {
          key: "arrivals-start",
          kind: "MILESTONE",
          label: "Arrivals to Canada expected from",
          date: "2025-01-01",
          precision: "YEAR",
          sourceText: "expects arrivals to Canada starting in 2025",
        },
      ],
    },
    {
      key: "us-chnv-parole-processes",
      pillar: "lawful-pathways",
      title: "U.S. parole processes for Cuba, Haiti, Nicaragua and Venezuela (CHNV)",
      description:
        "The U.S. parole processes for nationals of Cuba, Haiti, Nicaragua and Venezuela let migrants apply from where they are for lawful entry to the United States and have helped reduce irregular flows from these countries.",
      sourceText:
        "The Cuba, Haiti, Nicaragua, and Venezuela (CHNV) parole processes have helped reduce irregular flows from these four countries, enabling migrants to apply from where they are for lawful entry to the United States.",
      sourceSection: PATHWAYS,
      type: "PROGRAM",
      countries: [{ code: "US", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "have helped reduce irregular flows",
      statusReason:
        "The processes “have helped reduce irregular flows” and are described as operating.",
    },

    // ─── Addressing Root Causes and Supporting the Integration of Migrants ─────────────────────────────────────
    {
      key: "la-regular-status-policies",
      pillar: "root-causes-and-integration",
      title: "More than half of endorsing countries have policies that give migrants regular status",
      description:
        "More than half of the endorsing countries have implemented policies that give migrants regular status and help them integrate in Latin America and the Caribbean. Together these efforts have enabled 4.4 million Venezuelans to obtain legal status.",
      sourceText:
        "More than half of Los Angeles Declaration endorsing countries have implemented policies that provide regular status and help migrants integrate and rebuild their lives in Latin America and the Caribbean, stemming further displacement and reducing migrant vulnerability. Their combined efforts have enabled 4.4 million Venezuelans to attain legal status to date.",
      sourceSection: ROOT_CAUSES,
      type: "POLICY_OR_LAW",
      collectiveActor: "More than half of Los Angeles Declaration endorsing countries",
      countries: [],
      status: "IN_PROGRESS",
      statusWords: "have implemented policies",
      statusReason:
        "The countries “have implemented policies” whose effect is counted “to date”, and new actions keep being taken.",
      targets: [
        {
          key: "venezuelans-with-legal-status",
          kind: "REPORTED",
          label: "Venezuelans who have attained legal status",
          qualifier: "STATED",
          value: 4400000,
          unit: "Venezuelans",
          asWritten: "4.4 million Venezuelans",
          sourceText: "enabled 4.4 million Venezuelans to attain legal status to date",
        },
        {
          key: "endorsing-countries-with-policies",
          kind: "REPORTED",
          label: "Endorsing countries that have implemented such policies",
          qualifier: "MORE_THAN",
          value: null,
          unit: "endorsing countries",
          asWritten: "More than half",
          sourceText: "More than half of Los Angeles Declaration endorsing countries have implemented policies",
        },
      ],
    },
    {
      key: "ar-venezuelan-admission-regularization",
      pillar: "root-causes-and-integration",
      title: "Argentina announces a regularization program for Venezuelans with expired identity documents",
      description:
        "Argentina announced a special admission and regularization program letting Venezuelans whose identity documents expired within the last 10 years seek residency. Without documents, identity or criminal record can be verified through a sworn statement.",
      sourceText:
        "Argentina announced a special admission and regularization program that allows Venezuelans with expired identity documents (within the last 10 years) to seek residency in Argentina, and to verify identity or criminal record through a sworn statement in the absence of documents.",
      sourceSection: ROOT_CAUSES,
      type: "POLICY_OR_LAW",
      countries: [{ code: "AR", role: "LEAD" }],
      status: "NO_INFORMATION",
      statusWords: "announced a special admission and regularization program",
      statusReason:
        "Argentina “announced a special admission and regularization program”: the fact sheet says nothing of whether it runs.",
    },
    {
      key: "ca-francophone-minority-student-program",
      pillar: "root-causes-and-integration",
      title: "Canada announces a Francophone minority community student program with settlement services",
      description:
        "Canada announced a new Francophone minority community student program that will give participants access to settlement services while they study, to help them integrate into their communities.",
      sourceText:
        "Canada announced a new Francophone minority community student program that will give program participants access to settlement services while they are studying to help them integrate successfully into their communities.",
      sourceSection: ROOT_CAUSES,
      type: "PROGRAM",
      countries: [{ code: "CA", role: "LEAD" }],
      status: "NOT_STARTED",
      statusWords: "will give program participants access",
      statusReason:
        "The program “will give program participants access” to services: a future act.",
    },
    {
      key: "co-regularization-plan-parents-guardians",
      pillar: "root-causes-and-integration",
      title: "Colombia signs regularization plan for undocumented parents of children with Colombian TPS",
      description:
        "Colombia announced the signing of a regularization plan that could benefit an estimated 600,000 undocumented parents and legal guardians of children who hold valid Colombian Temporary Protective Status.",
      sourceText:
        "Colombia announced the signing of a regularization plan that could benefit an estimated 600,000 undocumented parents and legal guardians of children with valid Colombian Temporary Protective Status.",
      sourceSection: ROOT_CAUSES,
      type: "POLICY_OR_LAW",
      countries: [{ code: "CO", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "announced the signing of a regularization plan",
      statusReason:
        "Colombia “announced the signing of a regularization plan”: adopted, while it only “could benefit” people so far.",
      targets: [
        {
          key: "parents-guardians",
          kind: "GOAL",
          label: "Undocumented parents and legal guardians who could benefit",
          qualifier: "ABOUT",
          value: 600000,
          unit: "parents and legal guardians",
          asWritten: "an estimated 600,000 undocumented parents and legal guardians",
          sourceText: "an estimated 600,000 undocumented parents and legal guardians",
        },
      ],
    },
    {
      key: "ec-venezuelan-regularization-integration",
      pillar: "root-causes-and-integration",
      title: "Ecuador extends regularization, commits to renew visas, and gets U.S. help with World Bank lending",
      description:
        "Ecuador extended its regularization process for Venezuelan migrants until April 2025 and committed to renew nearly 95,000 two-year visas. With U.S. help, it is also unlocking additional World Bank lending for its Social Safety Net project for the Venezuelan migrants in the country.",
      sourceText:
        "Ecuador extended its regularization process until April 2025, allowing approximately 100,000 Venezuelan migrants to gain legal status. Separately, Ecuador committed to renew nearly 95,000 two-year visas previously issued to regularized Venezuelans. As part of the U.S. funding announcement, the U.S. is helping Ecuador unlock additional World Bank lending to support Ecuador’s Social Safety Net project that contributes to stabilizing and integrating the 450,000 Venezuelan migrants currently in the country.",
      sourceSection: ROOT_CAUSES,
      type: "POLICY_OR_LAW",
      isGroup: true,
      countries: [
        { code: "EC", role: "LEAD" },
        { code: "US", role: "PARTNER" },
      ],
      status: "IN_PROGRESS",
      statusWords: "extended its regularization process",
      statusReason:
        "A group of the three actions below; Ecuador “extended its regularization process”.",
      children: [
        {
          key: "ec-regularization-extension",
          pillar: "root-causes-and-integration",
          title: "Ecuador extends its regularization process for Venezuelans until April 2025",
          description:
            "Ecuador extended its regularization process until April 2025, which allows approximately 100,000 Venezuelan migrants to gain legal status.",
          sourceText:
            "Ecuador extended its regularization process until April 2025, allowing approximately 100,000 Venezuelan migrants to gain legal status.",
          sourceSection: ROOT_CAUSES,
          type: "POLICY_OR_LAW",
          countries: [{ code: "EC", role: "LEAD" }],
          status: "IN_PROGRESS",
          statusWords: "extended its regularization process until April 2025",
          statusReason:
            "Ecuador “extended its regularization process until April 2025”: open, and running.",
          deadlines: [
            {
              key: "regularization-ends",
              kind: "DEADLINE",
              label: "Regularization process open until",
              date: "2025-04-01",
              precision: "MONTH",
              sourceText: "until April 2025",
            },
          ],
          targets: [
            {
              key: "migrants-regularized",
              kind: "GOAL",
              label: "Venezuelan migrants able to gain legal status",
              qualifier: "ABOUT",
              value: 100000,
              unit: "migrants",
              asWritten: "approximately 100,000 Venezuelan migrants",
              sourceText: "approximately 100,000 Venezuelan migrants",
            },
          ],
        },
        {
          key: "ec-two-year-visa-renewals",
          pillar: "root-causes-and-integration",
          title: "Ecuador to renew nearly 95,000 two-year visas of regularized Venezuelans",
          description:
            "Ecuador committed to renew nearly 95,000 two-year visas previously issued to Venezuelans who were regularized.",
          sourceText:
            "Separately, Ecuador committed to renew nearly 95,000 two-year visas previously issued to regularized Venezuelans.",
          sourceSection: ROOT_CAUSES,
          type: "POLICY_OR_LAW",
          countries: [{ code: "EC", role: "LEAD" }],
          status: "NOT_STARTED",
          statusWords: "committed to renew",
          statusReason:
            "Ecuador “committed to renew” the visas; no renewal is reported.",
          targets: [
            {
              key: "visas-renewed",
              kind: "GOAL",
              label: "Two-year visas to renew",
              qualifier: "NEARLY",
              value: 95000,
              unit: "visas",
              asWritten: "nearly 95,000 two-year visas",
              sourceText: "nearly 95,000 two-year visas",
            },
          ],
        },
        {
          key: "ec-social-safety-net-world-bank-lending",
          pillar: "root-causes-and-integration",
          title: "U.S. helps Ecuador unlock World Bank lending for its Social Safety Net project",
          description:
            "As part of the U.S. funding announcement, the United States is helping Ecuador unlock additional World Bank lending for its Social Safety Net project, which helps stabilize and integrate the 450,000 Venezuelan migrants in the country.",
          sourceText:
            "As part of the U.S. funding announcement, the U.S. is helping Ecuador unlock additional World Bank lending to support Ecuador’s Social Safety Net project that contributes to stabilizing and integrating the 450,000 Venezuelan migrants currently in the country.",
          sourceSection: ROOT_CAUSES,
          type: "FUNDING",
          countries: [
            { code: "US", role: "LEAD" },
            { code: "EC", role: "PARTNER" },
          ],
          status: "IN_PROGRESS",
          statusWords: "is helping Ecuador unlock",
          statusReason:
            "The U.S. “is helping Ecuador unlock” the lending, in the present progressive.",
          targets: [
            {
              key: "venezuelan-migrants-supported",
              kind: "CONTEXT",
              label: "Venezuelan migrants in Ecuador, whom the Social Safety Net helps stabilize and integrate",
              qualifier: "STATED",
              value: 450000,
              unit: "migrants",
              asWritten: "450,000 Venezuelan migrants",
              sourceText: "the 450,000 Venezuelan migrants currently in the country",
            },
          ],
        },
      ],
    },
    {
      key: "mx-chiapas-multi-purpose-processing-center",
      pillar: "root-causes-and-integration",
      title: "Mexico to open a Multi-Purpose Processing Center in Chiapas",
      description:
        "Mexico committed to opening a Multi-Purpose Processing Center in Chiapas to streamline processing of migrants seeking refuge and give them integration support through access to financial, health and education services.",
      sourceText:
        "Mexico committed to opening a Multi-Purpose Processing Center in Chiapas to streamline the processing of migrants seeking refuge and to provide them integration support through access to financial, health, and education services.",
      sourceSection: ROOT_CAUSES,
      type: "PROGRAM",
      countries: [{ code: "MX", role: "LEAD" }],
      status: "NOT_STARTED",
      statusWords: "committed to opening",
      statusReason:
        "Mexico “committed to opening” the center: a future act.",
    },
    {
      key: "pa-regularization-process-intent",
      pillar: "root-causes-and-integration",
      title: "Panama intends to let irregular migrants apply for legal status and work authorization",
      description:
        "Panama announced its intent to begin a process allowing migrants living in Panama irregularly to apply for legal status and obtain work authorization.",
      sourceText:
        "Panama announced the intent to begin a process that would allow migrants currently living in Panama irregularly to apply for legal status and obtain work authorizations.",
      sourceSection: ROOT_CAUSES,
      type: "POLICY_OR_LAW",
      countries: [{ code: "PA", role: "LEAD" }],
      status: "NOT_STARTED",
      statusWords: "announced the intent to begin a process",
      statusReason:
        "Panama only “announced the intent to begin a process”.",
    },
    {
      key: "pe-migrant-children-school-documentation",
      pillar: "root-causes-and-integration",
      title: "Peru to prioritize documenting migrant children and adolescents in public schools",
      description:
        "Peru, working with United Nations implementing agencies, plans to prioritize documenting migrant children and adolescents in the public education system, and to provide protection and basic services to minors and their families.",
      sourceText:
        "Peru, working closely with United Nations implementing agencies, announced plans to prioritize documenting migrant children and adolescents in the public education system. Through these efforts, Peru will provide protection and basic services to minors and their families.",
      sourceSection: ROOT_CAUSES,
      type: "PROGRAM",
      countries: [{ code: "PE", role: "LEAD" }],
      status: "NOT_STARTED",
      statusWords: "announced plans to prioritize",
      statusReason:
        "Peru “announced plans to prioritize” documentation and “will provide” services: future acts.",
    },
    {
      key: "uy-regularization-decrees",
      pillar: "root-causes-and-integration",
      title: "Uruguay approves two decrees to grant legal status to about 25,500 non-citizens with pending asylum claims",
      description:
        "Uruguay approved two decrees to grant legal status to approximately 25,500 non-citizens living in Uruguay with pending asylum claims who would likely not qualify for asylum.",
      sourceText:
        "Uruguay approved two decrees to grant legal status to approximately 25,500 non-citizens living in Uruguay with pending asylum claims who likely would not qualify for asylum.",
      sourceSection: ROOT_CAUSES,
      type: "POLICY_OR_LAW",
      countries: [{ code: "UY", role: "LEAD" }],
      status: "IN_PROGRESS",
      statusWords: "approved two decrees",
      statusReason:
        "Uruguay “approved two decrees” to grant legal status; the granting itself is not reported as done.",
      targets: [
        {
          key: "people-granted-status",
          kind: "GOAL",
          label: "Non-citizens with pending asylum claims to receive legal status",
          qualifier: "ABOUT",
          value: 25500,
          unit: "people",
          asWritten: "approximately 25,500 non-citizens",
          sourceText: "approximately 25,500 non-citizens",
        },
        {
          key: "decrees-approved",
          kind: "REPORTED",
          label: "Decrees approved",
          qualifier: "STATED",
          value: 2,
          unit: "decrees",
          asWritten: "two decrees",
          sourceText: "Uruguay approved two decrees",
        },
      ],
    },
  ],
};
