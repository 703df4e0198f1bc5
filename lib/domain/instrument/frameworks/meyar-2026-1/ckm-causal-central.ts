// Module "ckm": the causal conditions (3) and the central phenomenon (4) of seed 004. Categories are defined in ./ckm.ts.
import type { FactorDef } from "../../types";
import { R, factor } from "./build";

const M = "ckm";

export const ckmCausalCentralFactors: FactorDef[] = [
  // ── Causal conditions ─────────────────────────────────────────────────────────────────────
  factor(M, {
    key: "rapid-response",
    name: "Rapid response of the bank to the external environment",
    category: "causal",
    definition:
      "The bank's ability to sense changes in its environment (customer expectations, competitors, technology, regulation) " +
      "and respond quickly, using what it learns from and about customers. Seed 004 names it a causal condition of the integration.",
    sources: ["004"],
    items: [
      "Our bank tracks changes in customer expectations and competitors' offers on a regular schedule.",
      "Insights from customer contacts reach product managers within days.",
      "Our bank can change a product or service within weeks when the market requires it.",
      R("By the time our bank reacts to a market change, competitors have usually already responded."),
    ],
    rubric: [
      "Changes in the market are noticed late and by chance, and responses take many months.",
      "Some market and customer information is gathered, but it reaches decision-makers slowly and responses are ad hoc.",
      "A defined process scans the environment and customer feedback, and a fast-track procedure exists for market-driven changes.",
      "Market signals and customer knowledge from CRM are reviewed weekly, and response times are measured against targets.",
      "The bank anticipates change from customer and market data and is usually the first in its market to respond.",
    ],
    actions: [
      [
        "Assign a team to review competitors' offers, regulation and technology trends every month.",
        "Summarise the main themes of customer feedback from branches and digital channels every month.",
      ],
      [
        "Set up a fast-track approval route for product and service changes driven by market events.",
        "Route customer insights recorded in the CRM system to product managers automatically.",
      ],
      [
        "Review market signals and customer knowledge weekly at management level.",
        "Measure the time from a market signal to the bank's response and set a target for it.",
      ],
      [
        "Use predictive analytics on customer and market data to anticipate change.",
        "Run scenario exercises so that responses to likely changes are prepared in advance.",
      ],
    ],
  }),
  factor(M, {
    key: "international-standards",
    name: "Implementation of international standards in customer orientation",
    category: "causal",
    definition:
      "Adopting recognised international standards and good practice for customer orientation, such as standards for " +
      "complaint handling, service quality and data protection, in the bank's customer processes. Seed 004 names it a causal condition.",
    sources: ["004"],
    items: [
      "Our bank's complaint handling follows a recognised international standard, such as ISO 10002.",
      "Our bank compares its customer-service practices with international good practice.",
      "Our bank's handling of customer data meets international data-protection standards.",
      R("Our customer-service standards are based only on local habit, not on recognised benchmarks."),
    ],
    rubric: [
      "Customer orientation follows local habit; no international standard is known or applied.",
      "International standards are known and used as a reference in some units, without formal adoption.",
      "Selected international standards for customer orientation are formally adopted and written into procedures.",
      "Compliance with the adopted standards is audited, gaps are closed and results are reported to management.",
      "Key customer processes hold external certification, and the bank helps set standards in its market.",
    ],
    actions: [
      [
        "Identify the international standards relevant to customer orientation (complaints, service quality, data protection).",
        "Compare current practice with one standard and list the gaps.",
      ],
      ["Formally adopt the selected standards and write them into procedures.", "Train the staff concerned on the adopted standards."],
      ["Audit compliance with the adopted standards every year.", "Report the gaps and progress in closing them to senior management."],
      [
        "Seek external certification for key customer processes.",
        "Take part in industry bodies that develop customer-orientation standards.",
      ],
    ],
  }),
  factor(M, {
    key: "social-responsibility",
    name: "Social responsibility of the bank",
    category: "causal",
    definition:
      "The bank's commitments to customers and society beyond profit, such as fair treatment, financial inclusion and " +
      "financial education, informed by what it knows about its customers. Seed 004 names it a causal condition.",
    sources: ["004"],
    items: [
      "Our bank has a published social-responsibility policy with measurable commitments.",
      "Our bank offers products designed for low-income or underserved customers.",
      "Our bank reports publicly on its social-responsibility results.",
      R("Social-responsibility activity in our bank consists mostly of one-off donations unrelated to customers' needs."),
    ],
    rubric: [
      "Social responsibility is limited to occasional donations unrelated to the bank's customers or business.",
      "A social-responsibility policy exists, but activities are scattered and not measured.",
      "Defined commitments on fair treatment, inclusion and education are linked to customer needs and measured.",
      "Social-responsibility goals are part of the strategy and managers' objectives, and results are reported publicly.",
      "The bank is recognised for its social impact, and customer knowledge continuously shapes its community programmes.",
    ],
    actions: [
      [
        "Write a social-responsibility policy that links commitments to customers and communities.",
        "Appoint an owner for social-responsibility activities.",
      ],
      [
        "Set measurable commitments, such as the reach of financial education or the uptake of inclusive products.",
        "Use customer data to identify underserved groups and their needs.",
      ],
      [
        "Include social-responsibility goals in the strategy and in managers' objectives.",
        "Publish an annual report on social-responsibility results.",
      ],
      [
        "Have the social-impact report independently assured.",
        "Design community programmes together with customers and local organisations.",
      ],
    ],
  }),
  // ── Central phenomenon ────────────────────────────────────────────────────────────────────
  factor(M, {
    key: "management-framework",
    name: "Determining the management framework",
    category: "central",
    definition:
      "A defined framework for managing customer knowledge together with CRM: governance, roles, processes and systems for " +
      "capturing knowledge for, from and about customers and using it in customer relationships. Seed 004 places it in the central phenomenon.",
    sources: ["004"],
    items: [
      "Our bank has a named owner for managing customer knowledge.",
      "Our bank has a defined process for capturing what staff learn from customers.",
      "Customer knowledge is stored in the CRM system, where all relevant staff can find it.",
      "Our bank has rules on who may use which customer information, and for what purpose.",
      R("Knowledge about customers in our bank stays in the heads of individual employees."),
    ],
    rubric: [
      "Customer knowledge is not managed; it stays with individual employees and is lost when they leave.",
      "Some customer knowledge is recorded in the CRM system, but there is no owner, process or governance.",
      "A documented framework defines owners, processes and systems for capturing and using customer knowledge in CRM.",
      "The framework is applied across the bank, its use is monitored, and knowledge from customers regularly changes products and service.",
      "Customer knowledge management and CRM operate as one integrated system that is reviewed and improved continuously.",
    ],
    actions: [
      [
        "Appoint an owner for customer knowledge management.",
        "Start recording key customer insights from every contact in the CRM system.",
      ],
      [
        "Document the framework: roles, processes and systems for knowledge for, from and about customers.",
        "Set rules for access to, and use of, customer information.",
      ],
      [
        "Monitor, unit by unit, how often customer knowledge is captured and used.",
        "Hold a regular forum where customer insights are turned into product and service decisions.",
      ],
      [
        "Merge the customer knowledge and CRM processes into one operating model.",
        "Review the framework every year against good practice and the bank's results.",
      ],
    ],
  }),
  factor(M, {
    key: "manpower-supply",
    name: "Manpower supply",
    category: "central",
    definition:
      "Recruiting, developing and retaining staff with the relationship, analytical and digital skills needed to gather, " +
      "share and use customer knowledge in CRM. Seed 004 places it in the central phenomenon.",
    sources: ["004"],
    items: [
      "Our bank recruits staff with the skills to analyse customer information.",
      "Customer-facing staff are trained to record and share what they learn from customers.",
      "Our bank has enough qualified staff to run its CRM activities.",
      R("Our bank often loses staff with strong customer-relationship skills to competitors."),
    ],
    rubric: [
      "Staffing for CRM and customer knowledge is not planned; skills depend on whoever is available.",
      "Some specialists are hired, but skills gaps and turnover in customer roles are not managed.",
      "A workforce plan defines the relationship, analytical and digital skills needed, and recruitment and training follow it.",
      "Skills are assessed regularly, career paths keep key staff, and staff are rewarded for sharing customer knowledge.",
      "The bank attracts and keeps strong relationship and analytics talent, and knowledge sharing is a core competence.",
    ],
    actions: [
      [
        "List the skills needed for CRM and customer knowledge work and the current gaps.",
        "Hire or designate at least one customer-data analyst.",
      ],
      [
        "Write a workforce plan for customer-facing and analytical roles.",
        "Train customer-facing staff to record and share customer knowledge.",
      ],
      [
        "Create career paths for relationship managers and analysts.",
        "Recognise knowledge sharing in staff appraisals.",
        "Track turnover in key customer roles and act on its causes.",
      ],
      [
        "Partner with universities to attract analytics and relationship talent.",
        "Make knowledge sharing a core competence in hiring and promotion.",
      ],
    ],
  }),
  factor(M, {
    key: "knowledge-strategy",
    name: "Determining strategies",
    category: "central",
    definition:
      "Setting explicit strategies for how the bank acquires, shares and uses customer knowledge in its relationship " +
      "management, aligned with its competitive goals. Seed 004 places it in the central phenomenon.",
    sources: ["004"],
    items: [
      "Our bank has a written strategy for using customer knowledge to compete.",
      "Our CRM strategy states what customer information the bank needs, and why.",
      "Objectives for customer knowledge are reviewed together with the bank's business plan.",
      R("Our bank's CRM activities are not guided by any stated strategy."),
    ],
    rubric: [
      "There is no strategy for customer knowledge or CRM; activities follow short-term needs.",
      "Strategic intentions for CRM exist in general terms, without objectives or links to competitive goals.",
      "A documented strategy defines which customer knowledge the bank needs, how it is gathered and how it supports CRM and competitive goals.",
      "The strategy has measurable objectives, is reviewed with the business plan and guides investment.",
      "The strategy is updated from results and market change, and customer knowledge is a recognised source of competitive advantage.",
    ],
    actions: [
      [
        "State in writing how customer knowledge should support the bank's competitive goals.",
        "Identify the customer information the bank most needs and does not yet have.",
      ],
      ["Write a customer knowledge and CRM strategy with objectives and owners.", "Align the strategy with the bank's business plan."],
      [
        "Set measurable objectives and review them with the business plan every year.",
        "Prioritise CRM investments according to the strategy.",
      ],
      ["Update the strategy every year from results and market change.", "Benchmark the strategy against leading banks."],
    ],
  }),
  factor(M, {
    key: "customer-value-creation",
    name: "Value creation for the customers",
    category: "central",
    definition:
      "Creating value for customers from what the bank knows about them: products, advice and service that fit their " +
      "needs. Seed 004 places it in the central phenomenon.",
    sources: ["004"],
    items: [
      "Our bank uses what it knows about customers to offer them products that fit their needs.",
      "Customers receive advice based on their own financial situation.",
      "Our bank measures the value customers see in its products and services.",
      R("Our bank offers the same products and terms to all customers, whatever their needs."),
    ],
    rubric: [
      "Products and service are uniform; customer knowledge is not used to create value for customers.",
      "Some offers are adapted to broad segments, but the value customers perceive is not measured.",
      "Customer knowledge is used to tailor offers and advice by segment, and perceived value is measured.",
      "Offers and advice are personalised from customer data, and value for customers is managed alongside value for the bank.",
      "The bank creates value together with its customers, and its personalised solutions are recognised as leading in its market.",
    ],
    actions: [
      ["Identify the main needs of each customer segment.", "Adapt at least one product to a segment's needs."],
      ["Use CRM data to tailor offers and advice to each segment.", "Measure the value customers perceive in key products."],
      [
        "Personalise offers and advice for individual customers using CRM data.",
        "Track value for customers and value for the bank side by side.",
      ],
      [
        "Develop new solutions with customers through panels or pilots.",
        "Review the product range every year for the value it gives customers.",
      ],
    ],
  }),
];
