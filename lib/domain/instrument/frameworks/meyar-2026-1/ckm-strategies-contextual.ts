// Module "ckm": the strategies (4) and the contextual conditions (2) of seed 004. Categories are defined in ./ckm.ts.
import type { FactorDef } from "../../types";
import { R, factor } from "./build";

const M = "ckm";

export const ckmStrategiesContextualFactors: FactorDef[] = [
  // ── Strategies ────────────────────────────────────────────────────────────────────────────
  factor(M, {
    key: "integrated-marketing",
    name: "Integrated marketing",
    category: "strategies",
    definition:
      "Coordinating marketing, sales and service across all channels around one view of the customer drawn from integrated " +
      "customer knowledge and CRM. Seed 004 lists integrated marketing among the strategies.",
    sources: ["004"],
    items: [
      "Our bank's marketing, sales and service units share the same customer information.",
      "Our marketing campaigns are coordinated across branches, digital channels and the call centre.",
      "Marketing plans in our bank are based on customer knowledge from the CRM system.",
      R("Different units of our bank sometimes contact the same customer with conflicting offers."),
    ],
    rubric: [
      "Marketing, sales and service work separately, each with its own data and messages.",
      "Some campaigns are coordinated, but units still use separate customer data.",
      "Marketing, sales and service share one customer view, and campaigns are planned jointly across channels.",
      "Integrated plans are built from CRM insight, contact rules prevent conflicting offers, and results are measured across channels.",
      "All customer communication is orchestrated as one dialogue driven by up-to-date customer knowledge.",
    ],
    actions: [
      [
        "Keep one shared calendar of campaigns across all units and channels.",
        "Give marketing access to sales and service data about customers.",
      ],
      [
        "Use one customer view for marketing, sales and service.",
        "Plan campaigns jointly across branches, digital channels and the call centre.",
      ],
      ["Set contact rules so that no customer receives conflicting offers.", "Measure campaign results across all channels together."],
      [
        "Orchestrate all customer communication from one decision engine.",
        "Update marketing plans continuously from new customer insight.",
      ],
    ],
  }),
  factor(M, {
    key: "technology-novel-services",
    name: "Development of technology and novel banking services",
    category: "strategies",
    definition:
      "Developing technology and new banking services that put customer knowledge to work, such as analytics, digital " +
      "channels and innovative products. Seed 004 lists it among the strategies.",
    sources: ["004"],
    items: [
      "Our bank launches new banking services based on insights from customer data.",
      "Our bank's systems let staff record customer knowledge during every contact.",
      "Customers' ideas have led to new services at our bank.",
      R("New services at our bank are usually copies of competitors' services."),
    ],
    rubric: [
      "New services are rare and copied from competitors; technology does not support customer knowledge.",
      "New services and technology projects appear, but they are driven by IT or competitors rather than customer knowledge.",
      "A defined innovation process uses customer knowledge to design new services, supported by CRM and analytics technology.",
      "A pipeline of new services is managed on customer evidence, and technology captures and shares customer knowledge across the bank.",
      "The bank leads its market in new services built on customer knowledge and emerging technology.",
    ],
    actions: [
      [
        "Collect customers' ideas and unmet needs in one place.",
        "Identify the technology gaps that stop staff from recording customer knowledge.",
      ],
      [
        "Set up an innovation process that starts from customer insight.",
        "Equip staff with CRM tools to record customer knowledge during every contact.",
      ],
      [
        "Manage a pipeline of new services with customer evidence required at each stage.",
        "Share customer knowledge across units through the CRM platform.",
      ],
      [
        "Pilot emerging technologies with customers in controlled experiments.",
        "Measure the share of revenue from services launched in the last three years.",
      ],
    ],
  }),
  factor(M, {
    key: "strategic-alliance",
    name: "Strategic alliance",
    category: "strategies",
    definition:
      "Long-term partnerships with other organisations, such as fintechs, insurers, retailers or universities, that widen " +
      "the bank's offer and its knowledge of customers. Seed 004 lists strategic alliance among the strategies.",
    sources: ["004"],
    items: [
      "Our bank has long-term partnerships that give customers services the bank cannot offer alone.",
      "Our bank has clear rules on which customer information may be shared with partners.",
      "Each strategic partnership has goals that are reviewed regularly.",
      R("Our bank's partnerships rarely last beyond a single project."),
    ],
    rubric: [
      "The bank has no strategic alliances; cooperation with other organisations is transactional.",
      "A few partnerships exist, but they are project-based, without shared goals or exchange of knowledge.",
      "Alliances are chosen against the bank's strategy, have shared goals and exchange customer knowledge within consent rules.",
      "Alliances are managed as a portfolio with joint offers and regular performance reviews.",
      "Alliances create joint customer value and knowledge that competitors cannot easily copy.",
    ],
    actions: [
      ["Identify partners whose offer or knowledge complements the bank's.", "Start one long-term partnership with shared goals."],
      [
        "Select alliances against the strategy and set their goals in written agreements.",
        "Define legal and consent rules for exchanging customer knowledge with partners.",
      ],
      ["Review each alliance's performance every quarter.", "Develop joint offers with the strongest partners."],
      [
        "Build shared knowledge assets, such as joint customer research, with key partners.",
        "Renew or end each alliance every year according to its value for customers.",
      ],
    ],
  }),
  factor(M, {
    key: "delta-model",
    name: "Delta model",
    category: "strategies",
    definition:
      "Applying the Delta model of strategic positioning: moving from competing on best product towards total customer " +
      "solutions and system lock-in, based on deep customer knowledge. Seed 004 lists the Delta model among the strategies.",
    sources: ["004"],
    items: [
      "Our bank offers bundled solutions that meet a customer's whole financial need, not only single products.",
      "Our bank understands key customers' situations well enough to design solutions for them.",
      "Our bank's services are built into key customers' daily operations, such as payroll and supplier payments.",
      R("Our bank competes mainly on the price of individual products."),
    ],
    rubric: [
      "The bank competes on single products and price; its strategic position towards customers is not considered.",
      "Some bundles exist, but they are product packages rather than solutions built on customer knowledge.",
      "The bank has chosen its strategic position and designs total customer solutions for key segments from customer knowledge.",
      "Customer solutions are embedded in key customers' operations, and their effect on retention and profitability is measured.",
      "The bank holds a system lock-in position: its services and partners form a network that customers and partners rely on.",
    ],
    actions: [
      ["Map key customers' complete financial needs beyond single products.", "Design one bundled solution for a priority segment."],
      [
        "Choose the bank's target position for each segment: best product, total customer solution or system lock-in.",
        "Design total customer solutions using CRM knowledge of each segment.",
      ],
      [
        "Build services into key customers' operations, such as payroll and supplier payments.",
        "Compare the retention and profitability of customers using solutions with those using single products.",
      ],
      [
        "Build a network of complementary partners around the bank's platform.",
        "Review the bank's strategic position against competitors every year.",
      ],
    ],
  }),
  // ── Contextual conditions ─────────────────────────────────────────────────────────────────
  factor(M, {
    key: "senior-management-approach",
    name: "Changing the approach of senior management",
    category: "contextual",
    definition:
      "A shift in senior managers' approach towards customer orientation, knowledge sharing and CRM, shown in their " +
      "attention, commitment and example. Seed 004 names it a contextual condition.",
    sources: ["004"],
    items: [
      "Senior managers in our bank regularly review customer feedback.",
      "Senior managers actively support the sharing of customer knowledge across units.",
      "Customer measures are on the agenda of top-management meetings.",
      R("Senior managers in our bank focus on products and volumes rather than on customers."),
    ],
    rubric: [
      "Senior management focuses on products and volumes; customer knowledge and CRM are left to operational staff.",
      "Senior managers endorse customer orientation in statements, but their agendas and decisions rarely reflect it.",
      "Senior managers sponsor CRM and customer knowledge initiatives and review customer measures regularly.",
      "Customer measures carry weight in top-management decisions and pay, and managers set an example of knowledge sharing.",
      "The leadership team is visibly customer-led, and customer knowledge shapes every major decision.",
    ],
    actions: [
      [
        "Put customer feedback on the executive committee agenda every month.",
        "Have each senior manager spend time with customers or customer-facing staff every quarter.",
      ],
      ["Appoint a senior sponsor for CRM and customer knowledge.", "Add customer measures to the executive dashboard."],
      [
        "Link part of senior managers' variable pay to customer measures.",
        "Require every major proposal to state its expected effect on customers.",
      ],
      [
        "Run leadership development on customer-led decision-making.",
        "Publish the leadership's customer commitments to staff and customers.",
      ],
    ],
  }),
  factor(M, {
    key: "liberalisation-deregulation",
    name: "Liberalisation and deregulation by the government",
    category: "contextual",
    definition:
      "Government liberalisation and deregulation of banking (new entrants, freer pricing and products) and how well the " +
      "bank anticipates and uses it. Seed 004 names it a contextual condition; because the bank cannot control it, the items " +
      "measure the bank's monitoring and response.",
    sources: ["004"],
    items: [
      "Our bank monitors planned changes in banking regulation that affect customers.",
      "Our bank quickly uses new regulatory freedoms, for example in pricing or products, to serve customers better.",
      "Our bank takes part in consultations on banking regulation.",
      R("Changes in banking regulation usually catch our bank unprepared."),
    ],
    rubric: [
      "Regulatory change is handled only as a compliance task, usually late.",
      "Legal and compliance teams track regulatory change, but business units do not plan for the opportunities it opens.",
      "Compliance and business units monitor regulatory change together and assess the opportunities liberalisation creates.",
      "The bank plans for regulatory change in advance and uses new freedoms quickly to improve its offer to customers.",
      "The bank helps shape regulation through consultations and industry bodies and is among the first to turn deregulation into customer value.",
    ],
    actions: [
      [
        "Assign responsibility for tracking regulatory changes that affect customers.",
        "Brief business units on upcoming regulatory changes every quarter.",
      ],
      [
        "Assess each significant regulatory change for customer opportunities as well as risks.",
        "Involve business units in planning the bank's response to regulatory change.",
      ],
      ["Keep a regulatory roadmap with prepared responses.", "Measure how long the bank takes to use new regulatory freedoms."],
      [
        "Contribute to regulatory consultations and industry working groups.",
        "Use customer knowledge to propose improvements to regulation.",
      ],
    ],
  }),
];
