// Module "ecrm", part 1: the causal / central factors (1–4) and the contextual factors (5–7) of seed 001.
// Keys, names, roles and published levels come from the reference data (see ./ecrm-reference.ts);
// this file holds the questionnaire content.
import type { FactorDef } from "../../types";
import { R, factor } from "./build";
import { ecrmRef } from "./ecrm-reference";

const M = "ecrm";

export const ecrmCausalContextualFactors: FactorDef[] = [
  factor(M, {
    ...ecrmRef("infrastructure"),
    definition:
      "The technical foundation for electronic customer relationships: networks, data centres or cloud capacity, core-banking " +
      "integration and security infrastructure that let digital channels run reliably at scale. Seed 001 treats it as a causal " +
      "condition and recommends keeping infrastructure in line with global patterns.",
    sources: ["001"],
    items: [
      "Our online and mobile banking services are available to customers around the clock.",
      "Our core banking system exchanges data with our digital channels in real time.",
      "Our bank's IT infrastructure handles peak transaction volumes without slowing down.",
      "Our bank has a tested plan to restore digital services quickly after an outage.",
      R("Outdated systems in our bank delay the launch of new digital services."),
    ],
    rubric: [
      "Digital channels run on ageing, fragmented systems with frequent outages and no capacity planning.",
      "Core systems feed digital channels through batch or manual interfaces; availability is monitored, but outages still disrupt customers.",
      "A documented target architecture links core banking to digital channels in real time, with availability targets and tested recovery plans.",
      "Capacity, availability and security are managed against service levels, and scaling to peak demand is routine.",
      "A modern, modular platform lets the bank launch and scale new digital services quickly, and its architecture is benchmarked against global practice.",
    ],
    actions: [
      [
        "Inventory the systems behind each digital channel with their age, owner and known weaknesses.",
        "Monitor the availability of online and mobile banking and report outages monthly.",
        "Remove the causes of the most frequent outages first.",
      ],
      [
        "Define a target architecture that connects core banking and digital channels in real time.",
        "Set availability and response-time targets for each digital channel.",
        "Write and test a disaster-recovery plan for digital services.",
      ],
      [
        "Introduce capacity planning based on transaction forecasts and peak periods.",
        "Manage infrastructure providers against service-level agreements.",
        "Replace batch interfaces in the main customer journeys with real-time APIs.",
      ],
      [
        "Move suitable workloads to a modular or cloud platform that scales on demand.",
        "Benchmark the architecture against leading international banks every year, as seed 001 recommends.",
        "Automate testing and deployment so that changes reach customers within days.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("brand"),
    definition:
      "How the bank's brand is built and perceived in electronic channels: a consistent, trusted identity and promise that " +
      "customers recognise online. Seed 001 places brand-related factors among both the causal conditions and the central " +
      "phenomenon, noting that customers' perception of the brand affects their loyalty.",
    sources: ["001"],
    items: [
      "Our bank's brand looks and sounds the same on its website, app and social media.",
      "Our bank measures how customers perceive its brand in digital channels.",
      "Our bank has a clear statement of what its brand promises customers.",
      "Our bank monitors what customers say about it on social media and review sites.",
      R("Customers' experience of our digital services falls short of what our advertising promises."),
    ],
    rubric: [
      "The brand is managed only through advertising; digital channels look inconsistent and brand perception is not measured.",
      "Brand guidelines are applied to the main digital channels, but perception and reputation online are not tracked.",
      "A defined brand promise guides digital design and communication, and brand perception and online reputation are measured regularly.",
      "Brand-health indicators are managed against targets, and each digital service is checked against the brand promise before release.",
      "The brand is recognised as a digital leader; its positioning is refined from customer data and delivered consistently in every interaction.",
    ],
    actions: [
      [
        "Issue brand guidelines that cover the website, the app and social media.",
        "Start monitoring mentions of the bank on social media and review sites.",
      ],
      [
        "Define the brand promise in a short statement and test it with customers.",
        "Run a brand-perception survey among digital customers at least once a year.",
        "Appoint an owner for online reputation who responds to public complaints.",
      ],
      [
        "Set targets for brand-health indicators (awareness, trust, willingness to recommend) and review them quarterly.",
        "Check each new digital service against the brand promise before launch.",
        "Train customer-facing staff to deliver the brand promise in digital interactions.",
      ],
      [
        "Use customer data to refine the bank's brand positioning against competitors, as seed 001 recommends.",
        "Link brand indicators to loyalty and retention results in management reporting.",
        "Co-create campaigns and content with loyal customers who recommend the bank.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("digital-banking"),
    definition:
      "The scope and quality of the bank's digital banking services: what customers can do through internet and mobile " +
      "banking, from account opening to payments and loans, built on social, mobile, analytics and cloud capabilities. " +
      "Seed 001 places digital banking among both the causal conditions and the central phenomenon.",
    sources: ["001"],
    items: [
      "Customers can open an account with our bank entirely online.",
      "Most everyday transactions can be completed in our mobile app.",
      "Our bank adds new features to its digital channels several times a year.",
      "Our bank studies the digital services of leading banks abroad when planning its own.",
      R("Many of our products can still only be obtained by visiting a branch."),
    ],
    rubric: [
      "Digital banking offers balance enquiries and simple transfers; most products require a branch visit.",
      "Everyday transactions and payments are available online and in the app, but account opening and lending remain branch-based.",
      "Most products, including account opening and simple loans, can be obtained digitally, following a defined digital product roadmap.",
      "Digital is the main channel for most customers; features are released regularly and usage and satisfaction are managed against targets.",
      "The bank offers a complete digital bank on a modern platform, with personalised, analytics-driven services that match leading international banks.",
    ],
    actions: [
      [
        "Make the most-used everyday transactions available in the mobile app.",
        "Publish which services are available in each channel so that staff and customers know what can be done digitally.",
      ],
      [
        "Enable end-to-end digital account opening with remote identity verification.",
        "Adopt a digital product roadmap that brings every retail product online in stages.",
        "Study digital banking in leading countries and adopt proven features, as seed 001 suggests.",
      ],
      [
        "Release new digital features on a fixed, frequent schedule.",
        "Set targets for digital adoption and active use for each product.",
        "Move routine service requests such as card blocking, limit changes and statements to self-service.",
      ],
      [
        "Use customer analytics to offer personalised products and advice inside the app.",
        "Build new services on modular, cloud-ready components so that they can be launched quickly.",
        "Compare the digital offer with leading international banks every year and close the gaps.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("information-system"),
    definition:
      "The information systems that collect, integrate and analyse customer data for e-CRM: a single customer view, " +
      "value-based segmentation and analytics that tell staff who the customer is and what they need. Seed 001 places " +
      "information systems among both the causal conditions and the central phenomenon and recommends developing them in line with leading countries.",
    sources: ["001", "003"],
    items: [
      "Staff can see a customer's products, transactions and recent contacts on one screen.",
      "Our CRM system records customer contacts from every channel, including branch, phone and online.",
      "Our bank segments its customers by value using data from its systems.",
      "Customer data in our systems is accurate and up to date.",
      R("Staff have to re-enter the same customer data in several different systems."),
    ],
    rubric: [
      "Customer data is scattered across product systems and spreadsheets; there is no customer view and no CRM system.",
      "A CRM system exists, but it covers only some channels and its data is incomplete or duplicated.",
      "A single customer view integrates data from all channels, with data-quality rules and value-based segmentation.",
      "Analytics on integrated data drive daily work: next-best offers, service priorities and churn alerts reach staff in their tools.",
      "Artificial intelligence and big-data analysis predict customer needs and behaviour in real time, and the systems are benchmarked against leading banks.",
    ],
    actions: [
      ["Select and deploy a CRM system for customer-facing staff.", "Define one customer identifier used across all product systems."],
      [
        "Integrate contacts from branch, call centre, web and app into the CRM record.",
        "Set data-quality rules and appoint an owner for customer master data.",
        "Segment customers by value using transaction and product data.",
      ],
      [
        "Deliver analytics results such as next-best offer and churn risk to staff inside the CRM screen.",
        "Measure data quality monthly and fix the main sources of error.",
        "Give marketing and service teams self-service access to customer reports.",
      ],
      [
        "Apply machine-learning models to predict customer needs and behaviour.",
        "Move from batch to real-time integration of customer events.",
        "Benchmark the bank's information systems against those of leading countries, as seed 001 recommends.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("training"),
    definition:
      "Training that equips employees and managers to use e-CRM and digital channels and to help customers use them. " +
      "Seed 001 treats training as a contextual condition and recommends periodic training for employees and managers to keep pace with technology.",
    sources: ["001"],
    items: [
      "Employees receive training whenever a new digital service or system is introduced.",
      "Managers in our bank take part in regular training on digital banking trends.",
      "Branch staff are trained to help customers start using digital channels.",
      "Our bank checks whether training has changed how employees use digital tools.",
      R("Employees often have to learn new digital systems on their own, without formal training."),
    ],
    rubric: [
      "Training on digital systems is occasional and informal; employees learn on the job.",
      "Training is given when major systems are launched, but there is no plan and managers are rarely included.",
      "A periodic training plan covers employees and managers, including how to help customers use digital channels.",
      "Training needs are assessed per role, completion and effect are measured, and the results shape the next plan.",
      "Continuous learning is part of the culture: staff follow digital learning paths, certify their skills and coach customers and colleagues.",
    ],
    actions: [
      [
        "Train the staff concerned before every new digital service is launched.",
        "Write short guides for staff on the digital services customers ask about most.",
      ],
      [
        "Adopt an annual plan of periodic digital-banking training for employees and managers, as seed 001 recommends.",
        "Train branch staff to show customers how to use the app and website.",
        "Include managers in training on digital trends and e-CRM.",
      ],
      [
        "Assess training needs for each role against the digital skills the role requires.",
        "Measure completion and test results, and track changes in the use of digital tools after training.",
        "Make digital training part of every new employee's induction.",
      ],
      [
        "Offer online learning paths and certifications that staff can follow at their own pace.",
        "Appoint internal digital champions who coach colleagues and customers.",
        "Review training content every year against technological developments.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("customer-issues"),
    definition:
      "Attention to customers' needs, expectations, habits and constraints in designing and delivering electronic services, " +
      "including customer groups that find digital channels hard to use. Seed 001 treats customer-related issues as a " +
      "contextual condition and advises banks always to consider them.",
    sources: ["001"],
    items: [
      "Our bank regularly asks customers what they need from its digital services.",
      "Our bank designs digital services for specific customer groups, such as older customers or small businesses.",
      "Customer complaints about digital services are analysed to find their root causes.",
      "Our bank explains the fees and terms of its digital services in plain language.",
      R("Customer complaints received online are often left without a response for more than a week."),
    ],
    rubric: [
      "Customer needs are assumed rather than researched; complaints about digital services are handled case by case, if at all.",
      "Customer feedback is collected through surveys and complaints, but it seldom changes digital services.",
      "Needs are researched by customer segment, complaints have response targets, and the findings feed the design of digital services.",
      "Management reviews customer insight regularly, root causes of complaints are removed, and services are adapted for vulnerable groups.",
      "The bank anticipates customer needs from data and research, co-designs services with customers and is known for fair, transparent treatment.",
    ],
    actions: [
      [
        "Set up one channel for customers to report problems with digital services and log every report.",
        "Run a yearly survey of customers' needs and expectations for digital banking.",
      ],
      [
        "Set a response-time target for online complaints and monitor it weekly.",
        "Research the needs of distinct groups such as older customers, small businesses and rural customers.",
        "Rewrite the fees and terms of digital services in plain language.",
      ],
      [
        "Analyse complaints monthly for root causes and assign an owner to fix each one.",
        "Review customer insight at the executive committee every quarter.",
        "Offer assisted options for customers who cannot use digital channels unaided.",
      ],
      [
        "Use behavioural data to anticipate customer needs and contact customers before problems arise.",
        "Run a customer panel that co-designs new digital services.",
        "Publish the bank's service commitments and its performance against them.",
      ],
    ],
  }),
  factor(M, {
    ...ecrmRef("socio-cultural"),
    definition:
      "The social and cultural conditions that shape how customers and employees take up electronic banking, such as trust " +
      "in online transactions, digital literacy, language and lifestyle, and how far the bank takes them into account. " +
      "Seed 001 treats socio-cultural factors as a contextual condition that banks should not overlook.",
    sources: ["001"],
    items: [
      "Our bank runs programmes that help customers gain confidence in using digital banking safely.",
      "Our bank adapts its digital communication to the language and culture of different customer groups.",
      "Our bank takes customers' trust in online transactions into account when it designs digital services.",
      "Our bank studies social trends, such as changing lifestyles, that affect how customers bank.",
      R("Our bank assumes that all customers are equally comfortable with technology."),
    ],
    rubric: [
      "Social and cultural differences among customers are not considered in digital services.",
      "The bank knows that trust and digital literacy limit adoption, but acts only through occasional campaigns.",
      "Trust, digital literacy, language and lifestyle are researched and built into service design and communication.",
      "Digital-literacy and trust programmes run for target groups, and adoption is tracked group by group.",
      "The bank helps shape digital culture in its market through education and partnerships, and its services fit the lifestyles of all its customer groups.",
    ],
    actions: [
      [
        "Identify the customer groups whose trust or digital literacy limits their use of digital services.",
        "Publish simple guidance on safe digital banking in branches and online.",
      ],
      [
        "Add trust, digital-literacy and language checks to the design checklist for digital services.",
        "Research how social trends and lifestyles affect banking habits in the bank's markets.",
        "Offer digital communication in the languages customers use.",
      ],
      [
        "Run digital-literacy and safe-banking programmes for the groups identified.",
        "Track digital adoption by age, region and segment, and act where a group lags.",
        "Use trusted community channels and branch staff to introduce digital services.",
      ],
      [
        "Partner with schools, universities or community bodies on financial and digital education.",
        "Review every year how well services fit the lifestyles of all customer groups.",
        "Share insight on digital culture with regulators and industry bodies.",
      ],
    ],
  }),
];
