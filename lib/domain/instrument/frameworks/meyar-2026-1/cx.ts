// Module "cx": Digital customer-experience management.
// The six categories of seed 002, in the paper's order, each measured as one factor.
// "Macro digital policies" is the initiating category: it governs the operation of the other five.
import type { ModuleDef } from "../../types";
import { R, factor } from "./build";

const M = "cx";

export const cxModule: ModuleDef = {
  key: M,
  name: "Digital customer-experience management",
  description:
    "How the bank sets its digital policy, organises for digital work, runs its transformation, structures the customer's " +
    "digital experience, builds its digital ecosystem and manages digital performance. The six categories of seed 002; " +
    "macro digital policies is the initiating category that governs the others.",
  optional: false,
  factors: [
    factor(M, {
      key: "macro-digital-policies",
      name: "Macro digital policies",
      definition:
        "The bank's overarching digital direction: a formal digital vision and strategy with medium- and long-term goals, " +
        "based on an assessment of how ready and willing customers and society are to use digital banking. " +
        "Seed 002 identifies it as the initiating category that governs all the others.",
      sources: ["002"],
      items: [
        "Our bank has a written digital strategy, approved by the board, with medium- and long-term goals.",
        "Before launching a digital service, our bank assesses how willing its target customers are to use digital channels.",
        "Senior managers refer to the digital strategy when they decide on budgets and projects.",
        "Our bank's digital policies take account of differences in customers' age, region and familiarity with technology.",
        R("Digital projects in our bank are often started without a clear link to an overall digital strategy."),
      ],
      rubric: [
        "There is no written digital vision; digital initiatives arise from individual departments or vendor offers.",
        "A digital vision exists in general terms, but it has no measurable goals and is rarely used in decisions.",
        "A board-approved digital strategy sets medium- and long-term goals and draws on research into customers' digital readiness.",
        "The digital strategy drives budget allocation and project approval, and the board reviews progress against its goals at least twice a year.",
        "The strategy is refreshed every year from customer-adoption data and market trends, and every department's plan is demonstrably aligned with it.",
      ],
      actions: [
        [
          "Draft a one-page digital vision stating what customers should be able to do digitally within three years.",
          "Appoint an executive sponsor accountable for the bank's digital direction.",
          "Run a first survey of customers' use of, and attitude to, digital banking services.",
        ],
        [
          "Turn the vision into a strategy document with medium- and long-term goals and have the board approve it.",
          "Segment customers by digital readiness (age, region, channel habits) and reflect the segments in the strategy.",
          "Require every new digital project proposal to state which strategic goal it serves.",
        ],
        [
          "Link the annual budget for digital projects to the strategic goals each project advances.",
          "Report progress against the digital strategy's goals to the board at least twice a year.",
          "Align operational policies and procedures (product approval, risk, HR) with the digital strategy.",
        ],
        [
          "Refresh the strategy every year using adoption data, customer research and regulatory developments.",
          "Benchmark the strategy against a recognised international model of digital customer-experience management.",
          "Communicate the digital vision to all staff so that it guides decisions at every level.",
        ],
      ],
    }),
    factor(M, {
      key: "digital-organisation",
      name: "Digitally-centred organisational framework",
      definition:
        "The organisational arrangements that make digital work part of the bank's structure: clear ownership of digital " +
        "channels, digitally skilled staff and human-resource practices that build digital talent. Seed 002 recommends " +
        "evaluating employees' digital proficiency and building an internal pool of digital talent.",
      sources: ["002"],
      items: [
        "Our bank has a dedicated unit with clear responsibility for digital channels and services.",
        "Our bank assesses employees' digital skills at least once a year.",
        "Our bank has an internal pool of digital specialists it can assign to new projects.",
        "Job descriptions in our bank state the digital skills each role requires.",
        R("No one in our bank is clearly accountable for the performance of digital services."),
      ],
      rubric: [
        "Digital work is handled ad hoc by IT or individual departments, with no unit, role or skills model dedicated to it.",
        "A digital team exists, but its mandate overlaps with other departments and staff digital skills are not assessed.",
        "A digital unit has a documented mandate, roles include defined digital skills, and employees' digital proficiency is assessed.",
        "Business, IT and digital staff work in joint teams with shared goals, and HR plans and develops a digital talent pool.",
        "The organisation is designed around digital delivery; digital skills count in hiring, promotion and pay, and the talent pool is renewed continuously.",
      ],
      actions: [
        [
          "Name a single executive owner for digital channels and services.",
          "Set up a core digital team with a written mandate.",
          "List the digital skills the bank lacks most urgently.",
        ],
        [
          "Document the digital unit's responsibilities and its interfaces with IT, operations and marketing.",
          "Assess every employee's digital proficiency with a standard test or structured self-assessment.",
          "Add the required digital skills to the job descriptions of customer-facing and management roles.",
        ],
        [
          "Form cross-functional teams of business, IT and digital staff for each major customer journey.",
          "Create a managed internal pool of digital talent with a development plan for each member.",
          "Include digital objectives in managers' performance appraisals.",
        ],
        [
          "Make digital skills a criterion in hiring, promotion and reward decisions.",
          "Run a digital academy or job-rotation programme that renews the talent pool every year.",
          "Review the organisation structure every year against the digital strategy and adjust it.",
        ],
      ],
    }),
    factor(M, {
      key: "transformation-management",
      name: "Management and assessment of digital transformation initiatives",
      definition:
        "How the bank selects, runs and evaluates its digital transformation initiatives: portfolio governance, business " +
        "cases, milestones and a review of what each initiative actually delivered for customers and for the bank.",
      sources: ["002"],
      items: [
        "Each digital transformation initiative in our bank has a business case with expected customer and financial benefits.",
        "Our bank keeps a single, up-to-date list of all its digital initiatives and their status.",
        "Completed digital projects are reviewed to check whether they delivered the expected benefits.",
        "Our bank stops or redirects digital initiatives that are not delivering results.",
        R("Our bank often launches digital projects without deciding how their success will be measured."),
      ],
      rubric: [
        "Digital initiatives start and run independently, without business cases, a shared portfolio or any review of results.",
        "Major initiatives have business cases, but there is no complete portfolio view and benefits are seldom checked after launch.",
        "All initiatives sit in one portfolio with owners, milestones and success measures, and completed projects are reviewed.",
        "A transformation office steers the portfolio on evidence, moving funds and stopping initiatives that miss their targets.",
        "Initiatives run as small, measurable increments whose results feed the next round of prioritisation, and benefits are tracked for years after launch.",
      ],
      actions: [
        [
          "Compile a register of every digital initiative with its owner, budget and status.",
          "Require a short business case for any new digital initiative above an agreed budget.",
        ],
        [
          "Define success measures (adoption, satisfaction, cost, revenue) for each initiative before it starts.",
          "Hold a post-implementation review three to six months after each launch.",
          "Set up a steering committee that reviews the whole portfolio every quarter.",
        ],
        [
          "Establish a transformation office with authority to reprioritise funding across initiatives.",
          "Introduce stage gates at which initiatives that miss their targets are stopped or redirected.",
          "Publish a quarterly dashboard of portfolio progress and realised benefits to the executive committee.",
        ],
        [
          "Fund initiatives in small increments tied to measured customer results.",
          "Track realised benefits for at least two years after launch and feed the lessons into prioritisation.",
          "Benchmark the bank's transformation practice against leading banks every year.",
        ],
      ],
    }),
    factor(M, {
      key: "cx-structures",
      name: "Structures centred on the customer's digital experience",
      definition:
        "The processes, roles and channels the bank configures around the customer's digital experience: customer-centred " +
        "design of digital services, an active digital customer engagement centre, and journeys that can be completed without " +
        "a branch visit. Seed 002 recommends a customer-centric digital service perspective and a more dynamic engagement centre.",
      sources: ["002"],
      items: [
        "Our mobile app lets customers complete a loan application without visiting a branch.",
        "Our bank tests new digital services with real customers before launch.",
        "Our bank has a digital customer engagement centre that answers customers through chat, messaging and social media.",
        "A named manager is responsible for each main customer journey across digital channels.",
        R("Customers often have to visit a branch to finish something they started online."),
      ],
      rubric: [
        "Digital services copy branch processes; no one owns the customer's digital experience and customers often finish tasks in a branch.",
        "Some key services can be completed digitally and feedback on them is collected, but design is driven by internal processes.",
        "Main customer journeys are mapped and owned, designed with customer input, and supported by a digital customer engagement centre.",
        "Journeys are managed against experience measures (completion, effort, satisfaction), and the engagement centre resolves most requests at first contact.",
        "Nearly all services can be completed end to end digitally, journeys are personalised, and experience data continuously drives redesign.",
      ],
      actions: [
        [
          "Identify the five services customers use most and make each of them completable online.",
          "Collect customer feedback at the end of every digital transaction.",
        ],
        [
          "Map the main customer journeys end to end and appoint a named owner for each.",
          "Test every major release with customers for usability before launch.",
          "Set up a digital customer engagement centre that handles chat, messaging and social-media requests.",
        ],
        [
          "Measure completion rate, customer effort and satisfaction for each journey and review them monthly.",
          "Set first-contact resolution targets for the digital engagement centre and staff it to meet them.",
          "Remove the remaining steps that force customers into a branch in the main journeys.",
        ],
        [
          "Personalise journeys using customers' history and stated preferences.",
          "Run continuous experiments (A/B tests) on key journeys and release improvements every month.",
          "Adopt a globally recognised model for managing customers' digital experience, as seed 002 recommends.",
        ],
      ],
    }),
    factor(M, {
      key: "digital-ecosystem",
      name: "Strategic digital-banking ecosystem",
      definition:
        "The bank's deliberate design of a digital ecosystem with partners such as fintechs, platforms, merchants and other " +
        "institutions, connected through open interfaces, so that customers receive services beyond what the bank offers alone.",
      sources: ["002"],
      items: [
        "Our bank offers services to customers jointly with fintech companies or other digital partners.",
        "Our bank provides documented APIs that approved partners can use to connect to its services.",
        "Our bank has a written policy on which partners it works with and on what terms.",
        "Customers can use our bank's services from within partners' apps or platforms.",
        R("Our bank's systems make connecting a new external partner slow and costly."),
      ],
      rubric: [
        "The bank works alone; its systems and products are closed to outside partners.",
        "The bank has a few bilateral partnerships, each built as a one-off integration without an overall plan.",
        "An ecosystem strategy defines target partners and terms, and partners connect through documented APIs.",
        "The bank manages a portfolio of partners with shared goals and measures, and customers use bank services inside partners' platforms.",
        "The bank orchestrates a platform where partner and bank services combine into new offers, and the ecosystem is a significant source of customers and revenue.",
      ],
      actions: [
        [
          "Identify the customer needs the bank cannot meet alone and the partners who could meet them.",
          "Pilot one partnership with a fintech on a single customer journey.",
        ],
        [
          "Write an ecosystem strategy that defines target partner types, their roles and commercial terms.",
          "Publish documented APIs and a partner onboarding process.",
          "Set the security and data-sharing standards every partner must meet.",
        ],
        [
          "Agree shared goals and performance measures with each strategic partner and review them quarterly.",
          "Embed bank services in the partner apps and platforms customers already use.",
          "Assign a partnership manager to each strategic partner.",
        ],
        [
          "Design joint offers that combine partner and bank services in one customer journey.",
          "Open a developer portal and sandbox so that new partners can join with little effort.",
          "Report the share of new customers and revenue that comes from the ecosystem to the board.",
        ],
      ],
    }),
    factor(M, {
      key: "digital-performance",
      name: "Digital performance management",
      definition:
        "Measuring and managing the performance of digital channels and services with quantitative indicators (adoption, " +
        "usage, service levels, satisfaction, cost) and using them to set targets and take decisions. Seed 002 proposes such " +
        "criteria as benchmarks for the effectiveness of a bank's digital investments.",
      sources: ["002"],
      items: [
        "Our bank tracks the number of active users of its digital channels every month.",
        "Our bank measures customer satisfaction with its digital services at regular intervals.",
        "Managers in our bank have targets linked to the performance of digital channels.",
        "Our bank compares the cost of a transaction made digitally with the cost of the same transaction in a branch.",
        R("Reports on digital channel performance reach managers too late to act on them."),
      ],
      rubric: [
        "Digital performance is not measured beyond basic system statistics.",
        "A few indicators such as transaction counts are reported, but without targets and not consistently.",
        "A defined set of digital indicators (adoption, usage, availability, satisfaction, cost) is reported monthly against targets.",
        "Digital indicators are part of managers' objectives, are reviewed by the executive committee and trigger corrective action.",
        "Near-real-time dashboards combine digital, financial and customer data, are benchmarked against peers, and steer investment decisions.",
      ],
      actions: [
        [
          "Choose five core digital indicators (for example active users, digital share of transactions, uptime, satisfaction, complaints).",
          "Assign an owner to collect and report them every month.",
        ],
        [
          "Set an annual target for each digital indicator.",
          "Publish a monthly digital performance dashboard to senior management.",
          "Measure the cost per transaction for each channel.",
        ],
        [
          "Link managers' objectives and incentives to digital performance targets.",
          "Review the digital dashboard at the executive committee and record the actions agreed.",
          "Use the indicators to evaluate the effectiveness of each digital investment.",
        ],
        [
          "Automate data collection so that dashboards update daily or in near real time.",
          "Benchmark digital indicators against peer banks every year.",
          "Use performance trends to forecast demand and steer the digital investment budget.",
        ],
      ],
    }),
  ],
};
