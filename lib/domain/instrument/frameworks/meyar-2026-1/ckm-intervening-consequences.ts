// Module "ckm": the intervening conditions (2) and the consequences (3) of seed 004. Categories are defined in ./ckm.ts.
import type { FactorDef } from "../../types";
import { R, factor } from "./build";

const M = "ckm";

export const ckmInterveningConsequencesFactors: FactorDef[] = [
  // ── Intervening conditions ────────────────────────────────────────────────────────────────
  factor(M, {
    key: "empowerment-culture",
    name: "Culture of bank empowerment",
    category: "intervening",
    definition:
      "A culture that empowers employees to act on customer knowledge: authority to decide within clear limits, " +
      "encouragement to share knowledge, and learning from mistakes. Seed 004 names it an intervening condition.",
    sources: ["004"],
    items: [
      "Customer-facing staff can resolve common customer problems without asking a manager.",
      "Employees are encouraged to share what they learn from customers.",
      "Staff suggestions for improving customer service are acted on.",
      R("Employees in our bank avoid making decisions for customers for fear of making mistakes."),
    ],
    rubric: [
      "Decisions are centralised, and staff are discouraged from acting or sharing knowledge beyond their instructions.",
      "Some authority is delegated, but staff rarely share customer knowledge and suggestions go unanswered.",
      "Decision limits for customer-facing staff are defined, knowledge sharing is encouraged and suggestions are reviewed.",
      "Empowerment is measured in staff surveys, knowledge sharing is recognised, and staff suggestions regularly change practice.",
      "Empowered staff resolve customer issues at first contact, and learning from customers and mistakes is part of daily work.",
    ],
    actions: [
      [
        "Define what customer-facing staff may decide without approval.",
        "Create a simple channel for staff suggestions on customer service.",
      ],
      ["Widen decision limits for common customer problems.", "Answer every staff suggestion within a set time."],
      [
        "Measure empowerment and knowledge sharing in the annual staff survey.",
        "Recognise staff whose shared customer knowledge improved service.",
      ],
      ["Hold regular, blame-free reviews of mistakes and lessons learned.", "Let front-line teams redesign their own customer processes."],
    ],
  }),
  factor(M, {
    key: "dynamic-competition",
    name: "Dynamic competition",
    category: "intervening",
    definition:
      "The intensity and speed of competition in the bank's markets, and how well the bank monitors competitors and uses " +
      "customer knowledge to respond. Seed 004 names it an intervening condition and stresses intense competition between " +
      "private and state banks for customers and funds.",
    sources: ["004"],
    items: [
      "Our bank tracks competitors' products, prices and service levels regularly.",
      "Our bank knows why customers move to competitors.",
      "Our bank uses customer knowledge to respond to competitors' moves.",
      R("Our bank usually hears about competitors' new offers from its own customers."),
    ],
    rubric: [
      "Competitors are not monitored; the bank reacts only when it loses customers.",
      "Competitor information is gathered informally and occasionally.",
      "A defined competitor-monitoring process and analysis of why customers leave inform the bank's responses.",
      "Competitive intelligence and customer knowledge are combined in regular reviews that trigger timely responses.",
      "The bank sets the pace of competition in its market, anticipating competitors' moves from customer and market data.",
    ],
    actions: [
      ["Assign someone to track competitors' products and prices every month.", "Ask departing customers why they are leaving."],
      ["Produce a regular competitor report on products, prices and service.", "Analyse the reasons for customer departures by segment."],
      [
        "Review competitive intelligence together with customer knowledge at management level every month.",
        "Prepare response plans for likely competitor moves.",
      ],
      [
        "Use analytics to anticipate competitor moves and customer switching.",
        "Differentiate on strengths competitors cannot easily copy, such as customer knowledge and relationships.",
      ],
    ],
  }),
  // ── Consequences ──────────────────────────────────────────────────────────────────────────
  factor(M, {
    key: "competitive-advantage",
    name: "Gaining competitive advantage for the bank",
    category: "consequences",
    definition:
      "The lasting advantage over competitors that the bank gains from integrating customer knowledge with CRM, visible in " +
      "market share, customer acquisition and margins. Seed 004 names it a consequence.",
    sources: ["004"],
    items: [
      "Our bank is gaining market share in its target customer segments.",
      "Customers choose our bank for reasons competitors cannot easily copy.",
      "Our bank assesses its position against competitors at least once a year.",
      R("Our bank loses customers to competitors faster than it wins new ones."),
    ],
    rubric: [
      "The bank has no clear advantage and does not measure its competitive position.",
      "Some strengths are recognised, but they do not rest on customer knowledge and are easily matched.",
      "The bank measures its competitive position and can show advantages that come from customer knowledge and CRM.",
      "Advantages from customer knowledge are managed deliberately and show in market share and customer acquisition.",
      "The bank holds a durable lead in its target segments, sustained by customer knowledge competitors cannot copy.",
    ],
    actions: [
      ["Measure market share and customer acquisition in the target segments.", "Ask new customers why they chose the bank."],
      [
        "Identify which of the bank's advantages come from customer knowledge and CRM.",
        "Benchmark the bank's position against competitors every year.",
      ],
      [
        "Invest deliberately in the capabilities behind the bank's advantages.",
        "Track market share and acquisition by segment against targets.",
      ],
      [
        "Protect distinctive customer knowledge and relationships as strategic assets.",
        "Review the sources of advantage every year and renew those competitors are copying.",
      ],
    ],
  }),
  factor(M, {
    key: "customer-satisfaction",
    name: "Customer satisfaction",
    category: "consequences",
    definition:
      "Customers' satisfaction with the bank's services and relationships as a result of using customer knowledge in CRM. " +
      "Seed 004 names it a consequence.",
    sources: ["004"],
    items: [
      "Our bank measures customer satisfaction at least twice a year.",
      "Customer-satisfaction results are shared with the staff who serve customers.",
      "Our bank acts on the main causes of customer dissatisfaction.",
      "Customer satisfaction at our bank has improved over the last two years.",
      R("Our bank repeats satisfaction surveys without changing anything as a result."),
    ],
    rubric: [
      "Customer satisfaction is not measured.",
      "Satisfaction is surveyed occasionally, but the results are neither shared nor acted on.",
      "Satisfaction is measured regularly by segment and channel, results are shared, and the main causes of dissatisfaction are addressed.",
      "Satisfaction is managed against targets, linked to staff objectives and improving over time.",
      "Satisfaction is among the highest in the market and is monitored continuously after key interactions.",
    ],
    actions: [
      ["Run a customer-satisfaction survey at least once a year.", "Present the results to management."],
      [
        "Measure satisfaction by segment and channel at least twice a year.",
        "Share the results with the staff who serve customers.",
        "Assign an owner to each main cause of dissatisfaction.",
      ],
      [
        "Set satisfaction targets and include them in staff objectives.",
        "Link satisfaction results with CRM data to find which experiences drive them.",
      ],
      ["Measure satisfaction after key interactions in near real time.", "Benchmark satisfaction against competitors every year."],
    ],
  }),
  factor(M, {
    key: "community-banking-services",
    name: "Strengthening banking services in the community",
    category: "consequences",
    definition:
      "Strengthening the place of banking services in the community: wider access, financial education and services " +
      "adapted to local needs, informed by customer knowledge. Seed 004 names it a consequence.",
    sources: ["004"],
    items: [
      "Our bank's services are accessible to people in all the communities it serves.",
      "Our bank runs financial-education activities for the public.",
      "Our bank adapts its services to the needs of local communities.",
      R("Some communities in our bank's area have little practical access to its services."),
    ],
    rubric: [
      "The bank does not consider its role in the community beyond serving existing customers.",
      "Community activities happen locally and occasionally, without a plan or measurement.",
      "The bank identifies underserved communities from customer and market data and runs defined access and education programmes.",
      "Community programmes have targets, are measured and are adapted to local needs.",
      "The bank is recognised for strengthening banking in its communities, and community insight feeds its products and channels.",
    ],
    actions: [
      ["Map which communities in the bank's area are underserved.", "Run a pilot financial-education programme in one community."],
      [
        "Define access and financial-education programmes with owners and budgets.",
        "Use customer and market data to target underserved communities.",
      ],
      [
        "Set targets for the reach and results of community programmes and report on them.",
        "Adapt services to local needs, for example through banking agents or mobile access.",
      ],
      [
        "Partner with local organisations to extend the reach of banking services.",
        "Feed community insight into product and channel design.",
      ],
    ],
  }),
];
